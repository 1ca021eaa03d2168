#include "discoverypage.h"

#include "checkrun.h"
#include "icons.h"
#include "phasewords.h"
#include "report/catalogue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Portolan {

QString discoverySourceWords(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Autoconfig:
        return DiscoveryPage::tr("your provider's set-up file");
    case DiscoverySource::AutoconfigWellKnown:
        return DiscoveryPage::tr("your domain's set-up file (.well-known)");
    case DiscoverySource::AutoconfigHttp:
        return DiscoveryPage::tr("the set-up file without encryption (http)");
    case DiscoverySource::Ispdb:
        return DiscoveryPage::tr("Thunderbird's database");
    case DiscoverySource::MxAutoconfig:
        return DiscoveryPage::tr("the set-up file of the domain that receives your mail (MX)");
    case DiscoverySource::Srv:
        return DiscoveryPage::tr("DNS service records");
    case DiscoverySource::Autodiscover:
        return DiscoveryPage::tr("Microsoft Autodiscover");
    case DiscoverySource::Guess:
        return DiscoveryPage::tr("guessing");
    }
    return {};
}

QString serverWords(const ServerSetting &server)
{
    return DiscoveryPage::tr("%1 %2, port %3, %4")
        .arg(protocolTitle(server.protocol), server.host)
        .arg(server.port)
        .arg(securityClientWords(server.security));
}

namespace {

bool receivingProtocol(Protocol p)
{
    return p == Protocol::Imap || p == Protocol::Pop3;
}

// Thunderbird's database is on the internet: without it, it fails at once, and that is no
// problem of the address — shown neutral ("not reachable"), unless nothing else could help: every
// other source decided and none has settings.
bool quietFailure(const SourceResult &s, const QList<SourceResult> &all)
{
    if (s.source != DiscoverySource::Ispdb || s.status != SourceStatus::Error)
        return false;
    for (const SourceResult &other : all) {
        if (&other == &s || other.source == DiscoverySource::Ispdb)
            continue;
        if (other.status == SourceStatus::Found || other.status == SourceStatus::Pending)
            return true;
    }
    return false;
}

QString sourceStatusWords(const SourceResult &s, const QList<SourceResult> &all)
{
    if (quietFailure(s, all))
        return DiscoveryPage::tr("not reachable");
    switch (s.status) {
    case SourceStatus::Pending:
        return DiscoveryPage::tr("asking…");
    case SourceStatus::Found:
        return DiscoveryPage::tr("has settings");
    case SourceStatus::None:
        return DiscoveryPage::tr("has none");
    case SourceStatus::Error:
        return DiscoveryPage::tr("could not be read");
    }
    return {};
}

Status sourceStatusIcon(const SourceResult &s, const QList<SourceResult> &all)
{
    if (quietFailure(s, all))
        return Status::Info;
    switch (s.status) {
    case SourceStatus::Pending:
        return Status::Pending;
    case SourceStatus::Found:
        return s.findings.isEmpty() ? Status::Ok : Status::Warning;
    case SourceStatus::None:
        return Status::Info;
    case SourceStatus::Error:
        return Status::Error;
    }
    return Status::Info;
}

// What a source said, in one line: its servers, or why it has none.
QString sourceSaid(const SourceResult &s)
{
    if (s.status == SourceStatus::Found) {
        QStringList parts;
        for (const ServerSetting &server : s.servers)
            parts << serverWords(server);
        return parts.join(QStringLiteral("; "));
    }
    return s.error;
}

bool hasCode(const DiscoveryReport &r, Code code)
{
    return std::any_of(r.diagnoses.cbegin(), r.diagnoses.cend(),
                       [code](const Diagnosis &d) { return d.code == code; });
}

// A source's name in a list of sources: the two set-up files over http are told apart by their
// address.
QString sourceRowWords(const SourceResult &s)
{
    const QString words = discoverySourceWords(s.source);
    if (s.source != DiscoverySource::AutoconfigHttp || s.url.isEmpty())
        return words;
    const QUrl url(s.url);
    QString where = url.host();
    if (url.path().startsWith(QStringLiteral("/.well-known/")))
        where += QStringLiteral("/.well-known/…");
    return DiscoveryPage::tr("%1 at %2").arg(words, where);
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton *copyButton(QWidget *parent, const std::function<QString()> &text)
{
    auto *b = new QPushButton(DiscoveryPage::tr("Copy"), parent);
    QObject::connect(b, &QPushButton::clicked, b,
                     [text] { QApplication::clipboard()->setText(text()); });
    return b;
}

} // namespace

DiscoveryPage::DiscoveryPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(tr("<h2>Set up my mail account</h2>"), content);
    layout->addWidget(title);
    auto *intro = wrappedLabel(content);
    intro->setText(tr("Your e-mail address is all Portolan needs: it asks every place that can "
                      "know your settings at once, checks what they say, and shows what works."));
    layout->addWidget(intro);

    // --- The form: the address, the password; the server name under Advanced ---
    auto *form = new QFormLayout;
    m_address = new QLineEdit(content);
    m_address->setObjectName(QStringLiteral("discoveryAddress"));
    m_address->setPlaceholderText(tr("you@example.org"));
    form->addRow(tr("E-mail address:"), m_address);
    m_addressError = wrappedLabel(content);
    m_addressError->hide();
    form->addRow(QString(), m_addressError);
    m_password = new QLineEdit(content);
    m_password->setObjectName(QStringLiteral("discoveryPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional: to check that you can log in"));
    QAction *show = m_password->addAction(QIcon(), QLineEdit::TrailingPosition);
    show->setText(tr("Show"));
    show->setToolTip(tr("Show the password"));
    show->setCheckable(true);
    connect(show, &QAction::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_find = new QPushButton(tr("Find my settings"), content);
    m_find->setObjectName(QStringLiteral("discoveryFind"));
    m_find->setDefault(true);
    buttons->addWidget(m_find);
    buttons->addStretch(1);
    m_manual = new QPushButton(tr("Advanced: I know my server name…"), content);
    m_manual->setObjectName(QStringLiteral("discoveryManual"));
    m_manual->setFlat(true);
    // A link that takes the keyboard: Tab shows where it is, Return follows it (not "Find").
    m_manual->setFocusPolicy(Qt::StrongFocus);
    m_manual->setAutoDefault(true);
    m_manual->installEventFilter(this);
    m_manual->setStyleSheet(
        QStringLiteral("QPushButton { text-decoration: underline; border: 1px solid transparent; "
                       "padding: 2px 4px; }"
                       "QPushButton:focus { border: 1px solid palette(highlight); }"));
    buttons->addWidget(m_manual);
    layout->addLayout(buttons);

    setFocusProxy(m_address); // the page opens with the address focused
    connect(m_address, &QLineEdit::textChanged, this, &DiscoveryPage::updateEnabled);
    connect(m_address, &QLineEdit::returnPressed, this, &DiscoveryPage::start);
    connect(m_password, &QLineEdit::returnPressed, this, &DiscoveryPage::start);
    connect(m_find, &QPushButton::clicked, this, &DiscoveryPage::start);
    connect(m_manual, &QPushButton::clicked, this,
            [this] { Q_EMIT manualSetup(m_address->text().trimmed()); });

    // --- The live view: the sources as they answer, then the checks ---
    m_progress = new QGroupBox(tr("Looking for your settings"), content);
    auto *pl = new QVBoxLayout(m_progress);
    m_progressNote = wrappedLabel(m_progress);
    pl->addWidget(m_progressNote);
    // Asking before a password goes to a host the domain does not vouch for: on top.
    m_consent = new QFrame(m_progress);
    m_consent->setObjectName(QStringLiteral("discoveryConsent"));
    m_consent->setFrameShape(QFrame::StyledPanel);
    auto *cl = new QHBoxLayout(m_consent);
    m_consentText = wrappedLabel(m_consent);
    cl->addWidget(m_consentText, 1);
    auto *yes = new QPushButton(tr("Send my password there"), m_consent);
    yes->setObjectName(QStringLiteral("discoveryConsentYes"));
    auto *no = new QPushButton(tr("Check without logging in"), m_consent);
    no->setObjectName(QStringLiteral("discoveryConsentNo"));
    cl->addWidget(yes);
    cl->addWidget(no);
    connect(yes, &QPushButton::clicked, this, [this] { answerConsent(true); });
    connect(no, &QPushButton::clicked, this, [this] { answerConsent(false); });
    m_consent->hide();
    pl->addWidget(m_consent);
    m_sources = new QTreeWidget(m_progress);
    m_sources->setObjectName(QStringLiteral("discoverySources"));
    m_sources->setRootIsDecorated(false);
    m_sources->setHeaderLabels({tr("Where"), tr("Status"), tr("What it said")});
    m_sources->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sources->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    pl->addWidget(m_sources);
    m_checks = new QTreeWidget(m_progress);
    m_checks->setObjectName(QStringLiteral("discoveryChecks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Server"), tr("Named by"), tr("Check")});
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    pl->addWidget(m_checks);

    m_cancel = new QPushButton(tr("Cancel"), m_progress);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryPage::cancel);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    pl->addLayout(cancelRow);

    // --- The result: the verdict and the settings first, then the problems; below them, for
    // the curious and for the admin, the sources side by side, the mail apps, what to publish.
    // It stands above the live view, so the verdict needs no scrolling.
    m_result = new QGroupBox(tr("Your settings"), content);
    m_result->setObjectName(QStringLiteral("discoveryResult"));
    auto *rl = new QVBoxLayout(m_result);
    m_verdict = wrappedLabel(m_result);
    m_verdict->setObjectName(QStringLiteral("discoveryVerdict"));
    rl->addWidget(m_verdict);
    auto *settings = new QGridLayout; // a grid: the wrapped lines get the height they need
    settings->setColumnStretch(1, 1);
    int row = 0;
    for (auto [label, target, copy, name] :
         {std::tuple{tr("Receiving:"), &m_receiving, &m_copyReceiving, "Receiving"},
          std::tuple{tr("Sending:"), &m_sending, &m_copySending, "Sending"}}) {
        *target = wrappedLabel(m_result);
        (*target)->setObjectName(QStringLiteral("discovery") + QString::fromLatin1(name));
        QLabel *value = *target;
        settings->addWidget(new QLabel(label, m_result), row, 0, Qt::AlignTop);
        settings->addWidget(value, row, 1);
        // The settings alone on the clipboard (not where they came from).
        *copy = copyButton(m_result, [value] { return value->text().section(u'\n', 0, 0); });
        (*copy)->setObjectName(QStringLiteral("discoveryCopy") + QString::fromLatin1(name));
        settings->addWidget(*copy, row, 2, Qt::AlignTop);
        ++row;
    }
    rl->addLayout(settings);

    m_problems = wrappedLabel(m_result);
    m_problems->setObjectName(QStringLiteral("discoveryProblems"));
    rl->addWidget(m_problems);

    m_comparisonTitle = new QLabel(tr("<b>What each source said</b>"), m_result);
    rl->addWidget(m_comparisonTitle);
    m_comparison = new QTableWidget(0, 4, m_result);
    m_comparison->setObjectName(QStringLiteral("discoveryComparison"));
    m_comparison->setHorizontalHeaderLabels(
        {tr("Source"), tr("Status"), tr("Receiving"), tr("Sending")});
    m_comparison->verticalHeader()->hide();
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setWordWrap(true);
    m_comparison->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    rl->addWidget(m_comparison);

    m_clients = wrappedLabel(m_result);
    m_clients->setObjectName(QStringLiteral("discoveryClients"));
    rl->addWidget(m_clients);

    m_admin = new QGroupBox(tr("For the admin: what to publish"), m_result);
    m_admin->setObjectName(QStringLiteral("discoveryPublish"));
    auto *admin = m_admin;
    auto *al = new QVBoxLayout(admin);
    al->addWidget(wrappedLabel(admin));
    static_cast<QLabel *>(al->itemAt(0)->widget())
        ->setText(tr("Built from the settings that work. Put the file at "
                     "https://autoconfig.DOMAIN/mail/config-v1.1.xml and the records in the "
                     "domain's zone."));
    m_xml = new QPlainTextEdit(admin);
    m_xml->setObjectName(QStringLiteral("discoveryPublishXml"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copyXml = copyButton(admin, [this] { return m_xml->toPlainText(); });
    m_copyXml->setText(tr("Copy config-v1.1.xml"));
    m_srv = new QPlainTextEdit(admin);
    m_srv->setObjectName(QStringLiteral("discoveryPublishSrv"));
    m_srv->setReadOnly(true);
    m_srv->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copySrv = copyButton(admin, [this] { return m_srv->toPlainText(); });
    m_copySrv->setText(tr("Copy the SRV records"));
    al->addWidget(m_xml);
    al->addWidget(m_copyXml, 0, Qt::AlignLeft);
    al->addWidget(m_srv);
    al->addWidget(m_copySrv, 0, Qt::AlignLeft);
    rl->addWidget(admin);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    reset();
}

DiscoveryPage::~DiscoveryPage()
{
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->abort();
    }
}

bool DiscoveryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Return or Enter on the link follows it.
    if (watched == m_manual && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_manual->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiscoveryPage::setBaseOptions(const DiscoveryOptions &options)
{
    m_base = options;
}

void DiscoveryPage::reset()
{
    cancel();
    m_address->clear();
    m_password->clear();
    m_addressError->hide();
    m_progress->hide();
    m_result->hide();
    m_consent->hide();
    m_consentQueue.clear();
    m_report.reset();
    updateEnabled();
    m_address->setFocus();
}

void DiscoveryPage::updateEnabled()
{
    m_find->setEnabled(!running() && !m_address->text().trimmed().isEmpty());
    m_address->setEnabled(!running());
    m_password->setEnabled(!running());
    m_cancel->setEnabled(running());
}

bool DiscoveryPage::running() const
{
    return !m_discovery.isNull();
}

const DiscoveryReport *DiscoveryPage::report() const
{
    return m_report.get();
}

void DiscoveryPage::start()
{
    if (running())
        return;
    const QString address = m_address->text().trimmed();
    if (const QString error = Discovery::validateAddress(address); !error.isEmpty()) {
        m_addressError->setText(error);
        m_addressError->show();
        return;
    }
    m_addressError->hide();
    DiscoveryOptions o = m_base;
    o.address = address;
    o.credentials.user = address;
    o.credentials.password = m_password->text();
    o.askConsent = true;
    m_report.reset();
    m_sources->clear();
    m_checks->clear();
    m_sourceItems.clear();
    m_candidateItems.clear();
    m_consentQueue.clear();
    m_consent->hide();
    m_result->hide();
    m_progress->show();
    m_progressNote->setText(
        tr("Asking every source at once; each is given %n seconds at most.", nullptr,
           int(std::chrono::duration_cast<std::chrono::seconds>(o.timeout).count())));

    auto *d = new Discovery(o, this);
    m_discovery = d;
    connect(d, &Discovery::sourceChanged, this, &DiscoveryPage::onSourceChanged);
    connect(d, &Discovery::candidateAdded, this, &DiscoveryPage::onCandidateAdded);
    connect(d, &Discovery::candidateProgress, this, &DiscoveryPage::onCandidateProgress);
    connect(d, &Discovery::candidateFinished, this, &DiscoveryPage::onCandidateFinished);
    connect(d, &Discovery::loginConsentNeeded, this, &DiscoveryPage::onConsentNeeded);
    connect(d, &Discovery::finished, this, &DiscoveryPage::onFinished);
    updateEnabled();
    d->start();
}

void DiscoveryPage::cancel()
{
    if (m_discovery)
        m_discovery->abort(); // ends with finished()
}

QTreeWidgetItem *DiscoveryPage::sourceItem(int index)
{
    QTreeWidgetItem *&item = m_sourceItems[index];
    if (!item)
        item = new QTreeWidgetItem(m_sources);
    return item;
}

void DiscoveryPage::onSourceChanged(int index)
{
    const QList<SourceResult> &sources = m_discovery->report().sources;
    if (index < 0 || index >= sources.size())
        return;
    const SourceResult &s = sources.at(index);
    QTreeWidgetItem *item = sourceItem(index);
    item->setText(0, sourceRowWords(s));
    item->setToolTip(0, s.url.isEmpty() ? s.name : s.url);
    item->setIcon(1, statusIcon(sourceStatusIcon(s, sources), palette()));
    item->setText(1, sourceStatusWords(s, sources));
    item->setText(2, sourceSaid(s));
    item->setToolTip(2, sourceSaid(s));
}

void DiscoveryPage::fillCandidateItem(QTreeWidgetItem *item, const Candidate &c,
                                      const QString &state)
{
    item->setText(0, serverWords(c.server));
    QStringList named;
    for (DiscoverySource s : c.sources)
        named << discoverySourceWords(s);
    QString from = named.join(QStringLiteral(", "));
    if (c.correctedFrom)
        from += QLatin1Char(' ') +
                tr("(corrected from %1)").arg(securityClientWords(c.correctedFrom->security));
    item->setText(1, from);
    item->setText(2, state);
}

void DiscoveryPage::onCandidateAdded(int index)
{
    const QList<Candidate> &candidates = m_discovery->report().candidates;
    if (index < 0 || index >= candidates.size())
        return;
    auto *item = new QTreeWidgetItem(m_checks);
    m_candidateItems.insert(index, item);
    item->setIcon(0, statusIcon(Status::Pending, palette()));
    fillCandidateItem(item, candidates.at(index), tr("waiting…"));
}

void DiscoveryPage::onCandidateProgress(int index, PhaseId phase)
{
    QTreeWidgetItem *item = m_candidateItems.value(index);
    const QList<Candidate> &candidates = m_discovery->report().candidates;
    if (item && index >= 0 && index < candidates.size())
        fillCandidateItem(item, candidates.at(index), phaseWords(phase));
}

void DiscoveryPage::onCandidateFinished(int index)
{
    QTreeWidgetItem *item = m_candidateItems.value(index);
    const QList<Candidate> &candidates = m_discovery->report().candidates;
    if (!item || index < 0 || index >= candidates.size())
        return;
    const Candidate &c = candidates.at(index);
    item->setIcon(0, statusIcon(c.advice.works ? Status::Ok : Status::Error, palette()));
    fillCandidateItem(
        item, c,
        (c.advice.works ? tr("works") : tr("does not work")) +
            (c.advice.reason.isEmpty() ? QString() : QStringLiteral(": ") + c.advice.reason));
}

void DiscoveryPage::onConsentNeeded(const QString &host, const QString &why)
{
    m_consentQueue.append({host, why});
    if (m_consent->isHidden())
        showNextConsent();
}

void DiscoveryPage::showNextConsent()
{
    if (m_consentQueue.isEmpty()) {
        m_consent->hide();
        return;
    }
    const auto &[host, why] = m_consentQueue.constFirst();
    m_consentText->setText(
        tr("<b>Send your password to %1?</b> %2").arg(host.toHtmlEscaped(), why.toHtmlEscaped()));
    m_consent->show();
    m_scroll->ensureWidgetVisible(m_consent);
}

void DiscoveryPage::answerConsent(bool send)
{
    if (m_consentQueue.isEmpty())
        return;
    const QString host = m_consentQueue.takeFirst().first;
    if (m_discovery)
        m_discovery->answerLoginConsent(host, send);
    showNextConsent();
}

void DiscoveryPage::onFinished()
{
    if (!m_discovery)
        return;
    m_report = std::make_unique<DiscoveryReport>(m_discovery->report());
    m_discovery->deleteLater();
    m_discovery.clear();
    m_consentQueue.clear();
    m_consent->hide();
    // The candidates are sorted into their ranks now: the checks list follows them.
    m_checks->clear();
    m_candidateItems.clear();
    for (const Candidate &c : m_report->candidates) {
        auto *item = new QTreeWidgetItem(m_checks);
        const Status st = !c.probed ? Status::Info : c.advice.works ? Status::Ok : Status::Error;
        item->setIcon(0, statusIcon(st, palette()));
        QString state = !c.probed        ? tr("not checked")
                        : c.advice.works ? tr("works")
                                         : tr("does not work");
        if (c.probed && !c.advice.reason.isEmpty())
            state += QStringLiteral(": ") + c.advice.reason;
        if (!c.loginWhy.isEmpty())
            item->setToolTip(2, c.loginWhy);
        fillCandidateItem(item, c, state);
    }
    m_progressNote->setText(
        tr("Done in %1 s.").arg(double(m_report->elapsedMs) / 1000.0, 0, 'f', 1));
    showResult();
    updateEnabled();
    Q_EMIT finished();
}

void DiscoveryPage::showReport(const DiscoveryReport &report)
{
    cancel();
    m_report = std::make_unique<DiscoveryReport>(report);
    m_progress->hide();
    showResult();
    updateEnabled();
}

QString DiscoveryPage::receivingText() const
{
    return m_receiving->text();
}

QString DiscoveryPage::sendingText() const
{
    return m_sending->text();
}

void DiscoveryPage::showResult()
{
    const DiscoveryReport &r = *m_report;
    const auto settingLine = [&r](const Candidate *c) -> QString {
        if (!c)
            return tr("nothing that works was found");
        QStringList from;
        for (DiscoverySource s : c->sources)
            from << discoverySourceWords(s);
        QString line = serverWords(c->server);
        const QString user = c->server.username.isEmpty() ? r.username : c->server.username;
        if (!user.isEmpty())
            line += tr(", user name %1").arg(user);
        line += QLatin1Char('\n') + tr("from %1").arg(from.join(QStringLiteral(", ")));
        if (c->correctedFrom)
            line += QLatin1Char(' ') + tr("(corrected: the source says %1, the port speaks %2)")
                                           .arg(securityClientWords(c->correctedFrom->security),
                                                securityClientWords(c->server.security));
        return line;
    };
    const Candidate *receiving = r.bestReceiving();
    const Candidate *sending = r.bestSending();
    m_receiving->setText(settingLine(receiving));
    m_sending->setText(settingLine(sending));
    // Nothing to copy where nothing works.
    m_copyReceiving->setVisible(receiving != nullptr);
    m_copySending->setVisible(sending != nullptr);
    if (receiving && sending)
        m_verdict->setText(tr("<b>These settings work.</b> Type them into your mail app."));
    else if (receiving || sending)
        m_verdict->setText(tr("<b>Only part of your settings work.</b> %1")
                               .arg(receiving ? tr("Nothing found for sending works.")
                                              : tr("Nothing found for receiving works.")));
    else if (hasCode(r, Code::DiscoveryDomainNotFound))
        m_verdict->setText(tr("<b>The domain %1 does not exist.</b> Is there a typing mistake in "
                              "the address? Check the part after the @.")
                               .arg(r.domain.toHtmlEscaped()));
    else if (hasCode(r, Code::DiscoveryDnsFailed))
        m_verdict->setText(tr("<b>The DNS does not work on this computer or network.</b> No "
                              "lookup got an answer, so no settings could be found: check the "
                              "network connection and try again. The address is not at "
                              "fault."));
    else
        m_verdict->setText(tr("<b>No working settings were found.</b> Ask your mail provider "
                              "for the server names, or try \"I know my server name\"."));

    // The sources side by side, each server marked against what works.
    const auto mark = [&r](const SourceResult &s, bool wantReceiving) -> QString {
        QStringList parts;
        for (const ServerSetting &server : s.servers) {
            if (receivingProtocol(server.protocol) != wantReceiving)
                continue;
            const Candidate *c = r.candidateFor(server);
            const QString sign = !c || !c->probed  ? QStringLiteral("?")
                                 : c->advice.works ? QStringLiteral("✓")
                                                   : QStringLiteral("✗");
            parts << sign + QLatin1Char(' ') + serverWords(server);
        }
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QLatin1Char('\n'));
    };
    m_comparison->setRowCount(0);
    for (const SourceResult &s : r.sources) {
        const int row = m_comparison->rowCount();
        m_comparison->insertRow(row);
        auto *name = new QTableWidgetItem(sourceRowWords(s));
        name->setToolTip(s.url.isEmpty() ? s.name : s.url);
        m_comparison->setItem(row, 0, name);
        auto *status = new QTableWidgetItem(statusIcon(sourceStatusIcon(s, r.sources), palette()),
                                            sourceStatusWords(s, r.sources));
        status->setToolTip(s.error);
        m_comparison->setItem(row, 1, status);
        m_comparison->setItem(row, 2, new QTableWidgetItem(mark(s, true)));
        m_comparison->setItem(row, 3, new QTableWidgetItem(mark(s, false)));
    }
    m_comparison->resizeRowsToContents();
    // The table as tall as its rows: the page scrolls, the table does not (no row is clipped).
    int height =
        m_comparison->horizontalHeader()->sizeHint().height() + 2 * m_comparison->frameWidth();
    for (int i = 0; i < m_comparison->rowCount(); ++i)
        height += m_comparison->rowHeight(i);
    if (m_comparison->horizontalScrollBar()->isVisible())
        height += m_comparison->horizontalScrollBar()->sizeHint().height();
    m_comparison->setFixedHeight(height);
    m_comparisonTitle->setVisible(!r.sources.isEmpty());
    m_comparison->setVisible(!r.sources.isEmpty());

    // What the mail apps would have picked from the same sources.
    QStringList clients;
    for (const ClientPrediction &p : r.clients) {
        const auto one = [](const std::optional<ServerSetting> &s, bool works) {
            return s ? (works ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + serverWords(*s)
                     : tr("nothing");
        };
        QString line = tr("<b>%1</b> would use %2")
                           .arg(p.clientName.toHtmlEscaped(),
                                p.source ? discoverySourceWords(*p.source).toHtmlEscaped()
                                         : tr("no source: it finds nothing"));
        if (p.source)
            line += tr(": receiving %1; sending %2")
                        .arg(one(p.receiving, p.receivingWorks).toHtmlEscaped(),
                             one(p.sending, p.sendingWorks).toHtmlEscaped());
        // The published setting fails only for its TLS mode: what Portolan recommends instead.
        for (const std::optional<ServerSetting> *fixed :
             {&p.receivingCorrected, &p.sendingCorrected}) {
            if (*fixed)
                line += QStringLiteral("<br>&nbsp;&nbsp;") +
                        tr("→ corrected: ✓ %1 (recommended instead)")
                            .arg(serverWords(**fixed).toHtmlEscaped());
        }
        if (!p.why.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(p.why.toHtmlEscaped());
        clients << line;
    }
    m_clients->setText(clients.isEmpty()
                           ? QString()
                           : tr("<b>What mail apps would pick</b>") + QStringLiteral("<br>") +
                                 clients.join(QStringLiteral("<br>")));

    // The audit, most severe first.
    QList<Diagnosis> diagnoses = r.diagnoses;
    std::stable_sort(
        diagnoses.begin(), diagnoses.end(),
        [](const Diagnosis &a, const Diagnosis &b) { return int(a.severity) > int(b.severity); });
    QStringList problems;
    const Catalogue &catalogue = Catalogue::instance();
    // "No settings" says less than its cause, when the cause is known.
    const bool causeKnown =
        hasCode(r, Code::DiscoveryDomainNotFound) || hasCode(r, Code::DiscoveryDnsFailed);
    for (const Diagnosis &d : diagnoses) {
        if (causeKnown && d.code == Code::DiscoveryNoSettings)
            continue;
        const CatalogueEntry *e = catalogue.entry(d.code);
        const QString title = e ? catalogueText(e->title) : QString(codeName(d.code));
        QString line =
            QStringLiteral("%1 <b>%2</b>")
                .arg(statusWord(statusOf(d.severity)).toHtmlEscaped(), title.toHtmlEscaped());
        if (e)
            line += QStringLiteral(" — ") + catalogueText(e->explanation).toHtmlEscaped();
        if (!d.evidence.isEmpty())
            line += QStringLiteral("<br><small>%1</small>").arg(d.evidence.toHtmlEscaped());
        problems << line;
    }
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("<b>Problems found</b>") + QStringLiteral("<br>") +
                                                 problems.join(QStringLiteral("<br>")));

    m_xml->setPlainText(r.publish.autoconfigXml);
    m_srv->setPlainText(r.publish.srvRecords.join(QLatin1Char('\n')));
    // Only what there is to publish: no empty boxes.
    const bool xml = !r.publish.autoconfigXml.isEmpty();
    const bool srv = !r.publish.srvRecords.isEmpty();
    m_xml->setVisible(xml);
    m_copyXml->setVisible(xml);
    m_srv->setVisible(srv);
    m_copySrv->setVisible(srv);
    m_admin->setVisible(xml || srv);
    m_result->show();
    m_scroll->verticalScrollBar()->setValue(0); // the verdict first
}

} // namespace Portolan
