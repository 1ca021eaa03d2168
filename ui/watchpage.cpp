#include "watchpage.h"

#include "checkrun.h"
#include "icons.h"
#include "monitor/historystore.h"
#include "monitor/monitortarget.h"
#include "report/catalogue.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QSslCertificate>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const auto SettingsTargets = "watch/targets"_L1;
const auto SettingsToTray = "watch/closeToTray"_L1;
// Per watched target, the options of the check it came from (never a password).
const auto SettingsOptions = "watch/options"_L1;

QList<QSslCertificate> readCaFile(const QString &caFile, QString *why)
{
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *why =
            QCoreApplication::translate("Portolan::WatchPage", "The CA file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(caFile), file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *why = QCoreApplication::translate("Portolan::WatchPage",
                                           "The CA file %1 holds no certificate.")
                   .arg(QDir::toNativeSeparators(caFile));
    return certificates;
}
constexpr std::chrono::seconds Recheck{10};

QString durationWords(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("Portolan::WatchPage", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("Portolan::WatchPage", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60);
    return QCoreApplication::translate("Portolan::WatchPage", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

// "refused connection (connection-refused)": the catalogue's title and the code.
QString reasonWords(const QList<Code> &codes)
{
    QStringList parts;
    for (const Code code : codes) {
        const CatalogueEntry *e = Catalogue::instance().entry(code);
        parts << (e ? u"%1 (%2)"_s.arg(catalogueText(e->title), codeName(code))
                    : QString(codeName(code)));
    }
    return parts.join(u"; "_s);
}

// The app's settings apply to watching as to a check: the timeout per step and a trusted CA file.
void applySettings(MonitorTarget &target)
{
    const QSettings settings;
    target.check.timeout =
        std::chrono::seconds(std::max(1, settings.value(u"timeoutSeconds"_s, 15).toInt()));
    const QString caFile = settings.value(u"caFile"_s).toString();
    QFile file(caFile);
    if (!caFile.isEmpty() && file.open(QIODevice::ReadOnly))
        target.check.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
}

} // namespace

QString WatchPage::axisFormat(qint64 rangeSeconds)
{
    if (rangeSeconds > 12 * 3600) // the same hour can come twice: say the day
        return u"dd.MM. HH:mm"_s;
    if (rangeSeconds <= 2 * 3600)
        return u"HH:mm:ss"_s;
    return u"HH:mm"_s;
}

namespace {

QString timeWords(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

} // namespace

HourStrip::HourStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Failures by hour of day"));
}

void HourStrip::setHours(const std::array<int, 24> &failures)
{
    m_hours = failures;
    QStringList tip;
    for (int h = 0; h < 24; ++h) {
        if (m_hours[h] > 0)
            tip << tr("%1:00–%1:59 UTC: %n failed check(s)", nullptr, m_hours[h])
                       .arg(h, 2, 10, QLatin1Char('0'));
    }
    setToolTip(tip.isEmpty() ? tr("No failed checks") : tip.join(u'\n'));
    update();
}

QSize HourStrip::sizeHint() const
{
    return {24 * 22, fontMetrics().height() * 2 + 10};
}

void HourStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int most = *std::max_element(m_hours.begin(), m_hours.end());
    const qreal cell = qreal(width()) / 24.0;
    const int label = fontMetrics().height();
    const int bar = height() - label - 4;
    const QColor fail = QColor(200, 40, 40);
    for (int h = 0; h < 24; ++h) {
        const QRectF r(h * cell + 1, 0, cell - 2, bar);
        QColor c = palette().color(QPalette::Base);
        if (m_hours[h] > 0) {
            c = fail;
            c.setAlphaF(0.25 + 0.75 * qreal(m_hours[h]) / qreal(most));
        }
        p.fillRect(r, c);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(r);
        if (m_hours[h] > 0) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, QString::number(m_hours[h]));
        }
        if (h % 3 == 0) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(h * cell, bar + 2, cell * 3, label), Qt::AlignLeft,
                       u"%1"_s.arg(h, 2, 10, QLatin1Char('0')));
        }
    }
}

WatchPage::WatchPage(QWidget *parent)
    : QWidget(parent)
    , m_clock(&Clock::system())
{
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Watch a server"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    outer->addWidget(title);
    auto *intro = new QLabel(
        tr("Portolan checks the server every minute while the app is open (every 10 seconds "
           "while it fails), keeps every check in the same history as “portolan-cli monitor” and "
           "tells you when an outage begins and ends."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QHBoxLayout;
    m_spec = new QLineEdit(this);
    m_spec->setObjectName(u"watchTarget"_s);
    m_spec->setPlaceholderText(tr("mail.example.com:465 or imap://mail.example.com"));
    m_spec->setAccessibleName(tr("Server to watch"));
    m_security = new QComboBox(this);
    m_security->setObjectName(u"watchSecurity"_s);
    m_security->setAccessibleName(tr("Encryption"));
    m_security->addItem(tr("Automatic"), int(Security::Auto));
    m_security->addItem(tr("Encrypted from the start (SSL/TLS)"), int(Security::Tls));
    m_security->addItem(tr("Starts plain, then encrypts (STARTTLS)"), int(Security::StartTls));
    m_security->addItem(tr("Not encrypted"), int(Security::None));
    auto *add = new QPushButton(tr("&Watch"), this);
    add->setObjectName(u"watchAdd"_s);
    form->addWidget(m_spec, 1);
    form->addWidget(m_security);
    form->addWidget(add);
    outer->addLayout(form);
    auto *caRow = new QHBoxLayout;
    auto *caLabel = new QLabel(tr("Trusted &CA file:"), this);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"watchCaFile"_s);
    m_caFile->setAccessibleName(tr("Trusted CA file"));
    m_caFile->setPlaceholderText(tr("only for a company or test CA"));
    caLabel->setBuddy(m_caFile);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Trusted CA file"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caRow->addWidget(caLabel);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    outer->addLayout(caRow);
    connect(m_caFile, &QLineEdit::returnPressed, this, &WatchPage::addFromForm);
    connect(add, &QPushButton::clicked, this, &WatchPage::addFromForm);
    connect(m_spec, &QLineEdit::returnPressed, this, &WatchPage::addFromForm);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(u"watchList"_s);
    m_list->setAccessibleName(tr("Watched servers"));
    m_list->setMinimumWidth(200);
    connect(m_list, &QListWidget::currentTextChanged, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            showTarget(item->data(Qt::UserRole).toString());
    });

    // The history scrolls when the window is too low for it: nothing is drawn over anything.
    auto *scroll = new QScrollArea(split);
    scroll->setObjectName(u"watchScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(scroll);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(right);
    m_headline->setObjectName(u"watchHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(m_headline, 1);
    m_span = new QComboBox(right);
    m_span->setObjectName(u"watchSpan"_s);
    m_span->setAccessibleName(tr("Time shown in the chart"));
    m_span->addItem(tr("Last 3 hours"), 3);
    m_span->addItem(tr("Last 24 hours"), 24);
    m_span->addItem(tr("Last 7 days"), 24 * 7);
    m_span->setCurrentIndex(1);
    connect(m_span, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    headRow->addWidget(m_span);
    rl->addLayout(headRow);

    auto *chart = new QChart;
    chart->setTitle(tr("Response time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX = new QDateTimeAxis(chart);
    // QDateTimeAxis draws local time (6.4 has no time zone for it).
    m_axisX->setTitleText(tr("Local time"));
    m_axisX->setTickCount(7);
    m_axisY = new QValueAxis(chart);
    m_axisY->setTitleText(tr("ms"));
    m_axisY->setLabelFormat(u"%d"_s);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chartView = new QChartView(chart, right);
    m_chartView->setObjectName(u"watchChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_chartView->setAccessibleName(tr("Response time over time, failures and outages"));
    rl->addWidget(m_chartView, 3);

    auto *outageTitle = new QLabel(tr("Outages"), right);
    outageTitle->setObjectName(u"watchOutagesTitle"_s);
    rl->addWidget(outageTitle);
    m_outages = new QTreeWidget(right);
    m_outages->setObjectName(u"watchOutages"_s);
    m_outages->setRootIsDecorated(false);
    m_outages->setHeaderLabels(
        {tr("Began"), tr("Ended"), tr("Lasted"), tr("Reason"), tr("Addresses")});
    m_outages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    outageTitle->setBuddy(m_outages);
    rl->addWidget(m_outages, 1);

    rl->addWidget(new QLabel(tr("Failed checks by hour of day (UTC):"), right));
    m_hours = new HourStrip(right);
    m_hours->setObjectName(u"watchHours"_s);
    rl->addWidget(m_hours);
    m_reading = new QLabel(right);
    m_reading->setObjectName(u"watchReading"_s);
    m_reading->setWordWrap(true);
    m_reading->setTextFormat(Qt::PlainText);
    rl->addWidget(m_reading);

    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy for &ticket"), right);
    copy->setObjectName(u"watchCopy"_s);
    auto *exportButton = new QPushButton(tr("&Export report…"), right);
    exportButton->setObjectName(u"watchExport"_s);
    auto *stop = new QPushButton(tr("&Stop watching"), right);
    stop->setObjectName(u"watchStop"_s);
    buttons->addWidget(copy);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    buttons->addWidget(stop);
    rl->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_shown.isEmpty())
            QApplication::clipboard()->setText(ticketText());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (m_shown.isEmpty())
            return;
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the history"), QDir::homePath() + u"/portolan-history.html"_s,
            tr("Web page (*.html);;Markdown (*.md)"));
        if (!file.isEmpty() && !exportReport(file))
            m_status->setText(tr("Could not write %1.").arg(file));
    });
    connect(stop, &QPushButton::clicked, this, [this] {
        if (!m_shown.isEmpty())
            stopWatching(m_shown);
    });

    split->addWidget(m_list);
    scroll->setWidget(right);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);

    m_toTray =
        new QCheckBox(tr("Keep watching in the notification area when the window is closed"), this);
    m_toTray->setObjectName(u"watchToTray"_s);
    m_toTray->setChecked(QSettings().value(SettingsToTray, false).toBool());
    m_toTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    connect(m_toTray, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(SettingsToTray, on); });
    outer->addWidget(m_toTray);
    m_status = new QLabel(this);
    m_status->setObjectName(u"watchStatus"_s);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    // What was watched in the last session is watched again.
    for (const QString &line : QSettings().value(SettingsTargets).toStringList()) {
        Target t;
        QString error;
        const QStringList parts = line.split(u' ');
        if (parts.size() != 3 || !parseTargetSpec(parts.at(0), t, &error))
            continue;
        t.security = securityFromName(parts.at(1)).value_or(Security::Auto);
        MonitorTarget mt;
        mt.name = targetName(t);
        mt.check.target = t;
        mt.interval = std::chrono::seconds(std::max(10, parts.at(2).toInt()));
        mt.recheck = Recheck;
        mt.loginEvery = 0;
        applySettings(mt);
        const QVariantMap kept = QSettings().value(SettingsOptions).toMap().value(mt.name).toMap();
        if (!kept.isEmpty()) {
            mt.check.target.serverName = kept.value(u"serverName"_s).toString();
            mt.check.dnsServer = kept.value(u"dnsServer"_s).toString();
            mt.check.timeout = std::chrono::seconds(std::max(1, kept.value(u"timeout"_s).toInt()));
            QString why;
            const QString caFile = kept.value(u"caFile"_s).toString();
            mt.check.extraCaCertificates =
                caFile.isEmpty() ? QList<QSslCertificate>{} : readCaFile(caFile, &why);
        }
        m_targets << mt;
        auto *item = new QListWidgetItem(mt.name, m_list);
        item->setData(Qt::UserRole, mt.name);
    }
    if (!m_targets.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_scheduler)
                return;
            if (!m_store)
                openHistory();
            restartScheduler();
            showTarget(m_targets.first().name);
        });
    }
}

WatchPage::~WatchPage()
{
    // The schedulers store into m_store: they go first.
    qDeleteAll(findChildren<MonitorScheduler *>(Qt::FindDirectChildrenOnly));
    m_scheduler = nullptr;
}

QString WatchPage::openHistory(const QString &path)
{
    // The default is the one the command line uses too.
    const QString file = path.isEmpty() ? HistoryStore::defaultPath() : path;
    m_store = std::make_unique<HistoryStore>();
    m_historyPath = file;
    m_storeError = m_store->open(file);
    if (!m_storeError.isEmpty()) {
        m_status->setText(tr("The history cannot be kept: %1").arg(m_storeError));
        m_store.reset();
    } else {
        m_status->setText(tr("History: %1").arg(QDir::toNativeSeparators(file)));
    }
    if (m_scheduler)
        restartScheduler();
    return m_storeError;
}

void WatchPage::setProber(MonitorScheduler::Prober prober)
{
    m_prober = std::move(prober);
    if (m_scheduler)
        m_scheduler->setProber(m_prober);
}

void WatchPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    if (m_scheduler)
        restartScheduler();
}

void WatchPage::setChartSpan(std::chrono::hours span)
{
    const int i = m_span->findData(int(span.count()));
    if (i >= 0)
        m_span->setCurrentIndex(i);
}

QChart *WatchPage::chart() const
{
    return m_chartView->chart();
}

QString WatchPage::reading() const
{
    return m_reading->text();
}

QString WatchPage::headline() const
{
    return m_headline->text();
}

QStringList WatchPage::watched() const
{
    QStringList names;
    for (const MonitorTarget &t : m_targets)
        names << t.name;
    return names;
}

void WatchPage::watch(const Target &target, std::chrono::seconds interval)
{
    MonitorTarget mt;
    mt.check.target = target;
    mt.check.target.serverName.clear();
    mt.name = targetName(target);
    mt.interval = interval;
    mt.recheck = std::min(Recheck, interval);
    mt.loginEvery = 0; // the app watches without logging in: no password is kept for it
    applySettings(mt);
    addTarget(mt, {});
}

QString WatchPage::watch(const CheckOptions &options, const QString &caFile, const QString &note,
                         std::chrono::seconds interval)
{
    MonitorTarget mt;
    mt.check = options;
    mt.check.tlsDetail = false;
    mt.check.send = false;
    mt.name = targetName(options.target);
    mt.interval = interval;
    mt.recheck = std::min(Recheck, interval);
    // The login only with a password at hand (from the keychain); it stays in memory.
    mt.loginEvery = options.credentials.password.isEmpty() ? 0 : 1;
    if (mt.loginEvery == 0)
        mt.check.credentials = {};
    if (!caFile.isEmpty()) {
        QString why;
        mt.check.extraCaCertificates = readCaFile(caFile, &why);
        if (!why.isEmpty()) {
            m_status->setText(why);
            return why;
        }
    }
    // A target watched already is watched from now on with these options.
    m_targets.removeIf([&](const MonitorTarget &t) { return t.name == mt.name; });
    QVariantMap all = QSettings().value(SettingsOptions).toMap();
    all.insert(
        mt.name,
        QVariantMap{
            {u"caFile"_s, caFile},
            {u"serverName"_s, mt.check.target.serverName},
            {u"dnsServer"_s, mt.check.dnsServer},
            {u"timeout"_s,
             qlonglong(
                 std::chrono::duration_cast<std::chrono::seconds>(mt.check.timeout).count())}});
    QSettings().setValue(SettingsOptions, all);
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == mt.name)
            delete m_list->takeItem(i);
    }
    addTarget(mt, caFile);
    if (!note.isEmpty())
        m_status->setText(note);
    return {};
}

void WatchPage::addTarget(const MonitorTarget &mt, const QString &caFile)
{
    const bool known = std::any_of(m_targets.begin(), m_targets.end(),
                                   [&](const MonitorTarget &t) { return t.name == mt.name; });
    if (!known) {
        m_targets << mt;
        auto *item = new QListWidgetItem(mt.name, m_list);
        item->setData(Qt::UserRole, mt.name);
        if (!caFile.isEmpty())
            item->setToolTip(tr("Trusts the CA file %1").arg(QDir::toNativeSeparators(caFile)));
        saveList();
        if (!m_store)
            openHistory();
        restartScheduler();
    }
    showTarget(mt.name);
}

void WatchPage::setFormCaFile(const QString &file)
{
    m_caFile->setText(file);
}

QString WatchPage::formCaFile() const
{
    return m_caFile->text().trimmed();
}

QString WatchPage::statusText() const
{
    return m_status->text();
}

void WatchPage::stopWatching(const QString &name)
{
    const auto before = m_targets.size();
    m_targets.removeIf([&](const MonitorTarget &t) { return t.name == name; });
    if (m_targets.size() == before)
        return;
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            delete m_list->takeItem(i);
    }
    saveList();
    QVariantMap all = QSettings().value(SettingsOptions).toMap();
    if (all.remove(name) > 0)
        QSettings().setValue(SettingsOptions, all);
    restartScheduler();
    if (m_shown == name)
        showTarget(m_targets.isEmpty() ? QString() : m_targets.first().name);
}

void WatchPage::saveList() const
{
    QStringList lines;
    for (const MonitorTarget &t : m_targets)
        lines << u"%1 %2 %3"_s.arg(t.name, securityName(t.check.target.security))
                     .arg(t.interval.count());
    QSettings().setValue(SettingsTargets, lines);
}

void WatchPage::restartScheduler()
{
    if (m_scheduler) {
        MonitorScheduler *old = m_scheduler;
        m_scheduler = nullptr;
        disconnect(old, nullptr, this, nullptr);
        connect(old, &MonitorScheduler::stopped, old, &QObject::deleteLater);
        old->stop();
    }
    if (m_targets.isEmpty())
        return;
    m_scheduler = new MonitorScheduler(m_targets, *m_clock, this);
    if (m_store)
        m_scheduler->setStore(m_store.get());
    if (m_prober)
        m_scheduler->setProber(m_prober);
    connect(m_scheduler, &MonitorScheduler::checkFinished, this, &WatchPage::onCheck);
    connect(m_scheduler, &MonitorScheduler::outageStarted, this, &WatchPage::onOutageStarted);
    connect(m_scheduler, &MonitorScheduler::outageEnded, this, &WatchPage::onOutageEnded);
    connect(m_scheduler, &MonitorScheduler::storeFailed, this, [this](const QString &error) {
        m_status->setText(tr("The history cannot be kept: %1").arg(error));
    });
    m_scheduler->start();
}

void WatchPage::onCheck(const CheckRecord &record)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(Qt::UserRole).toString() != record.target)
            continue;
        const Status s = record.passed ? Status::Ok : Status::Error;
        item->setIcon(statusIcon(s, palette()));
        item->setToolTip(record.passed ? tr("Last check passed") : tr("Last check failed"));
    }
    m_status->setText(tr("Last check: %1 at %2 — %3")
                          .arg(record.target, timeWords(record.time),
                               record.passed ? tr("passed") : reasonWords({record.verdictCode})));
    if (record.target == m_shown)
        refresh();
}

void WatchPage::onOutageStarted(const Outage &outage)
{
    notify(tr("%1 is failing").arg(outage.target),
           tr("Since %1: %2").arg(timeWords(outage.start), reasonWords(outage.codes)));
}

void WatchPage::onOutageEnded(const Outage &outage)
{
    notify(tr("%1 works again").arg(outage.target),
           tr("The outage lasted %1: %2")
               .arg(durationWords(outage.seconds), reasonWords(outage.codes)));
}

void WatchPage::notify(const QString &title, const QString &message)
{
    Q_EMIT notified(title, message);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    ensureTray();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}

void WatchPage::ensureTray()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(tr("Portolan is watching your mail servers"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Portolan"), this, [this] {
        window()->showNormal();
        window()->raise();
        window()->activateWindow();
    });
    menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            window()->showNormal();
            window()->raise();
        }
    });
    m_tray->show();
}

void WatchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_filterInstalled && window() != this) {
        window()->installEventFilter(this);
        m_filterInstalled = true;
    }
    m_spec->setFocus();
}

bool WatchPage::eventFilter(QObject *watchedObject, QEvent *event)
{
    // Closing the window while watching, when the person chose it: the window hides, the
    // watching goes on in the notification area.
    if (watchedObject == window() && event->type() == QEvent::Close && m_toTray->isChecked() &&
        !m_targets.isEmpty() && QSystemTrayIcon::isSystemTrayAvailable()) {
        ensureTray();
        window()->hide();
        event->ignore();
        m_tray->showMessage(tr("Portolan keeps watching"),
                            tr("Your servers are still checked; click the icon to come back."),
                            QSystemTrayIcon::Information, 5000);
        return true;
    }
    return QWidget::eventFilter(watchedObject, event);
}

void WatchPage::addFromForm()
{
    Target t;
    t.security = Security(m_security->currentData().toInt());
    QString error;
    if (!parseTargetSpec(m_spec->text().trimmed(), t, &error)) {
        m_status->setText(error);
        return;
    }
    t.security = Security(m_security->currentData().toInt());
    CheckOptions options;
    options.target = t;
    const QSettings settings;
    options.timeout =
        std::chrono::seconds(std::max(1, settings.value(u"timeoutSeconds"_s, 15).toInt()));
    if (watch(options, m_caFile->text().trimmed()).isEmpty())
        m_spec->clear();
}

void WatchPage::showTarget(const QString &name)
{
    m_shown = name;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name && m_list->currentRow() != i) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
    }
    refresh();
}

void WatchPage::refresh()
{
    const QDateTime now = m_clock->now();
    QList<CheckRecord> checks;
    if (m_store && !m_shown.isEmpty())
        checks = m_store->checks(m_shown, now.addDays(-7));
    m_summary = m_shown.isEmpty() ? TargetSummary{} : summarize(m_shown, checks, now);
    if (m_shown.isEmpty()) {
        m_headline->setText(tr("Type a server above, or choose “Watch this server” on a result."));
    } else if (checks.isEmpty()) {
        m_headline->setText(tr("%1: the first check is running…").arg(m_shown));
    } else {
        const bool down = !m_summary.outages.isEmpty() && !m_summary.outages.last().end;
        // The numbers describe the range the chart shows (the picker beside them).
        const int hours = m_span->currentData().toInt();
        const QDateTime from = now.addSecs(-3600 * qint64(hours));
        QList<CheckRecord> shown;
        for (const CheckRecord &c : std::as_const(checks)) {
            if (c.time >= from)
                shown << c;
        }
        const TargetSummary range = summarize(m_shown, shown, now);
        const QString spanWords = hours == 3    ? tr("the last 3 hours")
                                  : hours == 24 ? tr("the last 24 hours")
                                                : tr("the last 7 days");
        m_headline->setText(
            tr("%1: %2 — %n check(s), %3 % available, %4 outage(s) in %5", nullptr, range.checks)
                .arg(m_shown,
                     down ? tr("failing now: %1").arg(reasonWords(m_summary.outages.last().codes))
                          : tr("working"))
                .arg(range.uptime * 100.0, 0, 'f', 2)
                .arg(range.outages.size())
                .arg(spanWords));
    }
    rebuildChart(checks);
    fillOutages();
    m_hours->setHours(m_summary.byHour);
    m_reading->setText(m_summary.reading);
    Q_EMIT refreshed();
}

void WatchPage::rebuildChart(const QList<CheckRecord> &allChecks)
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();

    // The chart shows the span chosen; the summary below covers the week.
    const QDateTime now = m_clock->now();
    const QDateTime from = now.addSecs(-3600 * qint64(m_span->currentData().toInt()));
    QList<CheckRecord> checks;
    for (const CheckRecord &c : allChecks) {
        if (c.time >= from)
            checks << c;
    }
    if (checks.isEmpty())
        return;

    QDateTimeAxis *x = m_axisX;
    QValueAxis *y = m_axisY;
    // At least two minutes wide, and labelled to fit the range: seconds when the ticks are
    // minutes or less apart, the date when the range spans more than a day.
    const QDateTime last = std::max(now, checks.last().time);
    const QDateTime first = std::min(checks.first().time, last.addSecs(-120));
    x->setFormat(axisFormat(first.secsTo(last)));
    x->setRange(first.toUTC(), last.toUTC());

    qint64 most = 1;
    for (const CheckRecord &c : checks)
        most = std::max(most, c.durationMs);
    const qreal top = qreal(most) * 1.15;
    y->setRange(0, top);

    // Outages first, so the line and the marks are drawn over their shade.
    bool first_outage = true;
    for (const Outage &o : std::as_const(m_summary.outages)) {
        const QDateTime end = o.end.value_or(now);
        if (end < from)
            continue;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        const qreal a = qreal(std::max(o.start, from).toMSecsSinceEpoch());
        const qreal b = qreal(std::max(end, o.start.addSecs(1)).toMSecsSinceEpoch());
        upper->append(a, top);
        upper->append(b, top);
        lower->append(a, 0);
        lower->append(b, 0);
        auto *area = new QAreaSeries(upper, lower);
        // An area series does not own its boundary lines: the area does, so that
        // removeAllSeries() deletes them with it.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(tr("Outage"));
        QColor shade(220, 50, 47, 60);
        area->setBrush(shade);
        area->setPen(QPen(QColor(220, 50, 47, 120), 1));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        if (!first_outage) {
            for (QLegendMarker *m : chart->legend()->markers(area))
                m->setVisible(false);
        }
        first_outage = false;
    }

    auto *line = new QLineSeries;
    line->setName(tr("Response time (passed checks)"));
    line->setPointsVisible(checks.size() < 200);
    std::map<Code, QScatterSeries *> failures;
    static const QColor markColours[] = {QColor(200, 30, 30), QColor(230, 120, 0),
                                         QColor(140, 40, 160), QColor(20, 90, 200),
                                         QColor(120, 80, 40)};
    for (const CheckRecord &c : checks) {
        const qreal t = qreal(c.time.toMSecsSinceEpoch());
        if (c.passed) {
            line->append(t, qreal(c.durationMs));
            continue;
        }
        QScatterSeries *&marks = failures[c.verdictCode];
        if (!marks) {
            marks = new QScatterSeries;
            // Labelled by the code: the legend says what each mark means.
            marks->setName(QString(codeName(c.verdictCode)));
            marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marks->setMarkerSize(9);
            marks->setColor(markColours[failures.size() % std::size(markColours)]);
        }
        marks->append(t, qreal(c.durationMs));
    }
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    for (const auto &[code, marks] : failures) {
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
    }
    // Lay the new axes out now, not at the next layout request: a grab (or a page shown
    // at once) sees the labels of this range.
    if (chart->layout())
        chart->layout()->activate();
}

void WatchPage::fillOutages()
{
    m_outages->clear();
    // Newest first.
    for (auto it = m_summary.outages.crbegin(); it != m_summary.outages.crend(); ++it) {
        const Outage &o = *it;
        auto *item = new QTreeWidgetItem(m_outages);
        item->setText(0, timeWords(o.start));
        item->setText(1, o.end ? timeWords(*o.end) : tr("still failing"));
        item->setText(2, durationWords(o.seconds));
        item->setText(3, reasonWords(o.codes));
        item->setText(4, o.addresses.join(u", "_s));
        item->setIcon(0, statusIcon(o.end ? Status::Warning : Status::Error, palette()));
    }
}

QString WatchPage::ticketText() const
{
    if (m_shown.isEmpty())
        return {};
    return historyToMarkdown({m_summary}, m_clock->now());
}

bool WatchPage::exportReport(const QString &file) const
{
    if (m_shown.isEmpty())
        return false;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString text = file.endsWith(u".md"_s, Qt::CaseInsensitive)
                             ? historyToMarkdown({m_summary}, m_clock->now())
                             : historyToHtml({m_summary}, m_clock->now());
    return out.write(text.toUtf8()) >= 0 && out.flush();
}

} // namespace Portolan
