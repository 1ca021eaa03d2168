#include "mainwindow.h"

#include "detailspage.h"
#include "discoverypage.h"
#include "explaintls.h"
#include "formpage.h"
#include "icons.h"
#include "livepage.h"
#include "portspage.h"
#include "report/writers.h"
#include "resultpage.h"
#include "routeview.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "startpage.h"
#include "watchpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Portolan {

namespace {

// The page's own choice of first field (its focus proxy), else its first field in Tab order.
void focusFirstField(QWidget *page)
{
    if (page->focusProxy()) {
        page->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    page->setFocus(Qt::OtherFocusReason);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_status(new QLabel(this))
    , m_start(new StartPage(this))
    , m_form(new FormPage(this))
    , m_live(new LivePage(this))
    , m_result(new ResultPage(this))
    , m_details(new DetailsPage(this))
    , m_explain(new ExplainTlsPage(this))
    , m_route(new RoutePage(this))
    , m_watch(new WatchPage(this))
    , m_ports(new PortsPage(this))
    , m_secrets(new SecretStore(this))
{
    setWindowTitle(tr("Portolan — mail connection check"));
    setWindowIcon(appIcon());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    // Alt+Left everywhere, and the platform's own Back key where it has another one (two equal
    // sequences on one action would be ambiguous and do nothing).
    auto *backAction = new QAction(tr("Back"), this);
    QList<QKeySequence> backKeys{QKeySequence(Qt::ALT | Qt::Key_Left)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!backKeys.contains(k))
            backKeys << k;
    }
    backAction->setShortcuts(backKeys);
    addAction(backAction);
    connect(backAction, &QAction::triggered, this, &MainWindow::back);
    m_back->setToolTip(
        tr("Back (%1)").arg(backKeys.constFirst().toString(QKeySequence::NativeText)));
    top->addWidget(m_back);
    top->addStretch();
    layout->addLayout(top);
    // What went wrong with the keychain: above the page, in words, until dismissed.
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    static_cast<QFrame *>(m_notice)->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    auto *noticeIcon = new QLabel(m_notice);
    noticeIcon->setPixmap(statusIcon(Status::Warning, palette()).pixmap(24, 24));
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    dismiss->setObjectName(QStringLiteral("dismissNotice"));
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    noticeLayout->addWidget(noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(m_status, 1);
    for (QWidget *page : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_form),
                          static_cast<QWidget *>(m_live), static_cast<QWidget *>(m_result),
                          static_cast<QWidget *>(m_details), static_cast<QWidget *>(m_explain),
                          static_cast<QWidget *>(m_route), static_cast<QWidget *>(m_watch),
                          static_cast<QWidget *>(m_ports)})
        m_pages->addWidget(page);
    m_start->setObjectName(QStringLiteral("startPage"));
    m_form->setObjectName(QStringLiteral("formPage"));
    m_live->setObjectName(QStringLiteral("livePage"));
    m_result->setObjectName(QStringLiteral("resultPage"));
    m_details->setObjectName(QStringLiteral("detailsPage"));
    m_explain->setObjectName(QStringLiteral("explainPage"));
    m_route->setObjectName(QStringLiteral("routePage"));
    m_watch->setObjectName(QStringLiteral("watchPage"));
    m_ports->setObjectName(QStringLiteral("portsPage"));
    m_discovery = new DiscoveryPage(this); // "Set up my mail account": from the address alone
    m_discovery->setObjectName(QStringLiteral("discoveryPage"));
    m_pages->addWidget(m_discovery);
    connect(m_discovery, &DiscoveryPage::manualSetup, this, [this](const QString &address) {
        CheckRequest r; // Advanced: "I know my server name" - the ordinary form, this address
        r.user = address;
        r.caFile = m_form->keptCaFile();
        m_form->fill(r, false);
        showPage(m_form);
    });

    auto *menu = menuBar()->addMenu(tr("Porto&lan"));
    auto *newCheck = menu->addAction(tr("&New check"));
    newCheck->setShortcut(QKeySequence::New);
    connect(newCheck, &QAction::triggered, this, [this] {
        m_history.clear();
        showPage(m_start);
    });
    auto *settings = menu->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::recentForgotten, m_start, &StartPage::reload);
        if (dialog.exec() == QDialog::Accepted)
            m_form->keepCaFile(QSettings().value(QStringLiteral("caFile")).toString());
    });
    auto *explain = menu->addAction(tr("Explain &TLS"));
    connect(explain, &QAction::triggered, this, [this] {
        m_explain->setReport(leadingReport());
        showPage(m_explain);
    });
    menu->addSeparator();
    auto *quit = menu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_start, &StartPage::chosen, this, [this](CheckRequest::Kind kind) {
        m_pendingRepeat.reset();
        if (kind == CheckRequest::Kind::Account) {
            m_discovery->reset();
            return showPage(m_discovery);
        }
        m_form->setKind(kind); // a clean page: only the kept CA file carries over
        showPage(m_form);
    });
    connect(m_start, &StartPage::repeat, this, &MainWindow::repeatCheck);
    connect(m_form, &FormPage::submitted, this, [this] {
        m_rememberPassword = m_form->rememberPassword();
        startCheck(m_form->request());
    });
    connect(m_live, &LivePage::cancelRequested, this, [this] {
        if (m_run)
            m_run->cancel();
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_result, &ResultPage::copyTicket, this, [this] {
        QGuiApplication::clipboard()->setText(ticketText());
        m_status->setText(tr("The summary for a ticket is on the clipboard (passwords are never "
                             "in it)."));
    });
    connect(m_result, &ResultPage::exportReport, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the report"), QStringLiteral("portolan-report.html"),
            tr("Web page (*.html);;PDF document (*.pdf)"));
        if (!file.isEmpty())
            m_status->setText(exportReport(file) ? tr("Saved %1.").arg(file)
                                                 : tr("Could not write %1.").arg(file));
    });
    connect(m_result, &ResultPage::explainTls, this, [this] {
        m_explain->setReport(leadingReport());
        showPage(m_explain);
    });
    connect(m_result, &ResultPage::showRoute, this, [this] {
        m_route->setScan(&scan());
        showPage(m_route);
    });
    connect(m_result, &ResultPage::showPorts, this, &MainWindow::showPortsPage);
    connect(m_route, &RoutePage::showPorts, this, &MainWindow::showPortsPage);
    const auto copied = [this](const QString &what) {
        m_status->setText(tr("Copied to the clipboard: %1").arg(what));
    };
    connect(m_result, &ResultPage::copied, this, copied);
    connect(m_ports, &PortsPage::copied, this, copied);
    connect(m_result, &ResultPage::showDetails, this, [this](int port) {
        m_details->show(scan(), port);
        showPage(m_details);
    });
    // Watch this server: the target of the leading result, in the mode that worked.
    // The same options as the check: its CA file, certificate name, DNS server and timeout; the
    // login only when the keychain holds the password.
    connect(m_result, &ResultPage::watchServer, this, [this] {
        const Report *r = leadingReport();
        if (!r || !m_run) {
            showPage(m_watch);
            return;
        }
        const CheckRequest &request = m_run->request();
        CheckOptions options;
        options.target = r->target;
        if (options.target.security == Security::Auto)
            options.target.security = r->effectiveSecurity;
        options.target.serverName = request.serverName.trimmed();
        options.dnsServer = request.dnsServer;
        options.timeout = std::chrono::seconds(qMax(1, request.timeoutSeconds));
        options.allowCleartextAuth = request.allowCleartextAuth;
        if (request.user.isEmpty()) {
            m_watch->watch(options, request.caFile);
        } else {
            m_pendingWatch = PendingWatch{options, request.caFile, request.user, request.host};
            m_secrets->load(keychainAccount(request.user, request.host));
        }
        showPage(m_watch);
    });
    connect(m_start, &StartPage::watchRequested, this, [this] {
        if (m_watch->formCaFile().isEmpty())
            m_watch->setFormCaFile(m_form->keptCaFile());
        showPage(m_watch);
    });
    connect(m_result, &ResultPage::newCheck, this, [this] {
        m_history.clear();
        showPage(m_start);
    });
    connect(m_secrets, &SecretStore::saved, this, [this](const QString &, const QString &error) {
        if (error.isEmpty())
            m_status->setText(tr("The password is saved in the system keychain."));
        else
            showNotice(error);
    });
    connect(m_secrets, &SecretStore::loaded, this,
            [this](const QString &account, const QString &password, const QString &,
                   KeychainProblem problem) {
                if (m_pendingWatch &&
                    account == keychainAccount(m_pendingWatch->user, m_pendingWatch->host)) {
                    PendingWatch w = *m_pendingWatch;
                    m_pendingWatch.reset();
                    if (!password.isEmpty()) {
                        w.options.credentials = Credentials{w.user, password, {}};
                        m_watch->watch(w.options, w.caFile,
                                       tr("Watching with the login of %1 (the password from the "
                                          "system keychain).")
                                           .arg(w.user));
                    } else {
                        m_watch->watch(w.options, w.caFile,
                                       tr("Watching without logging in: the password of %1 is not "
                                          "saved in the system keychain.")
                                           .arg(w.user));
                    }
                    return;
                }
                if (!m_pendingRepeat ||
                    account != keychainAccount(m_pendingRepeat->user, m_pendingRepeat->host))
                    return;
                CheckRequest r = *m_pendingRepeat;
                m_pendingRepeat.reset();
                m_status->clear();
                if (!password.isEmpty()) {
                    r.password = password;
                    startCheck(r);
                    return;
                }
                // Not in the keychain (or the keychain is not working): ask for it.
                m_form->fill(r, false);
                m_form->askPassword(
                    problem == KeychainProblem::None || problem == KeychainProblem::NotFound
                        ? tr("The password for %1 is not saved: type it and press Enter to repeat "
                             "the check.")
                              .arg(r.user)
                        : tr("The system keychain could not be read: type the password for %1 and "
                             "press Enter to repeat the check.")
                              .arg(r.user));
                showPage(m_form);
            });
    showPage(m_start);
    resize(900, 680);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

const ScanReport &MainWindow::scan() const
{
    static const ScanReport empty;
    return m_run ? m_run->report() : empty;
}

void MainWindow::showPage(QWidget *page)
{
    QWidget *current = m_pages->currentWidget();
    if (current && current != page && current != m_live)
        m_history << current;
    if (page == m_start) {
        m_history.clear();
        m_start->reload();
    }
    // A message belongs to the page it was said on ("Saved …", "Copied …"): a new page starts
    // without one.
    if (current != page)
        m_status->clear();
    m_pages->setCurrentWidget(page);
    m_back->setEnabled(!m_history.isEmpty() && page != m_live);
    focusFirstField(page);
}

void MainWindow::back()
{
    if (m_history.isEmpty() || m_pages->currentWidget() == m_live)
        return;
    QWidget *page = m_history.takeLast();
    m_status->clear();
    if (page == m_start)
        m_start->reload();
    m_pages->setCurrentWidget(page);
    m_back->setEnabled(!m_history.isEmpty());
    focusFirstField(page);
}

void MainWindow::repeatCheck(const CheckRequest &request)
{
    if (m_run && !m_run->isFinished())
        return;
    m_pendingRepeat.reset();
    if (request.user.isEmpty()) {
        startCheck(request); // no login: nothing to ask for
        return;
    }
    m_pendingRepeat = request;
    m_status->setText(
        tr("Looking in the system keychain for the password of %1…").arg(request.user));
    m_secrets->load(keychainAccount(request.user, request.host));
}

QString MainWindow::notice() const
{
    return m_notice->isVisible() ? m_noticeText->text() : QString();
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeText->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::showPortsPage()
{
    m_ports->setScan(&m_result->scan());
    showPage(m_ports);
}

void MainWindow::startCheck(const CheckRequest &request)
{
    if (m_run && !m_run->isFinished())
        return;
    delete m_run;
    m_run = new CheckRun(request, this);
    connect(m_run, &CheckRun::finished, this, &MainWindow::onRunFinished);
    if (const QString why = m_run->start(); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot check"), why);
        delete m_run;
        m_run = nullptr;
        return;
    }
    m_form->keepCaFile(request.caFile); // the next new check starts with it
    m_notice->setVisible(false);
    m_live->follow(m_run);
    showPage(m_live);
    m_status->setText(tr("Checking %1…").arg(request.host));
}

void MainWindow::onRunFinished()
{
    const CheckRequest &request = m_run->request();
    rememberCheck(request);
    m_result->show(m_run->report(), request);
    m_history.removeAll(m_live);
    showPage(m_result);
    m_status->setText(tr("Checked %n port(s) in %1 s.", nullptr, int(m_run->report().ports.size()))
                          .arg(double(m_run->report().totalMs) / 1000.0, 0, 'f', 1));
    // The keychain works on a thread of its own: the result is on screen whatever it does, and
    // a failure comes back as a notice above the page.
    if (m_rememberPassword && !request.password.isEmpty())
        m_secrets->save(keychainAccount(request.user, request.host), request.password);
    m_rememberPassword = false;
    Q_EMIT checkFinished();
}

const Report *MainWindow::leadingReport() const
{
    const PortAdvice *lead = scan().headline();
    return lead ? &lead->report : nullptr;
}

QString MainWindow::ticketText() const
{
    return ticketMarkdown(scan(), QDateTime::currentDateTimeUtc());
}

bool MainWindow::exportReport(const QString &file)
{
    const QString html = reportHtml(scan(), QDateTime::currentDateTimeUtc());
    if (file.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(file);
        pdf.setTitle(tr("Portolan report: %1").arg(scan().host));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(96);
        QTextDocument doc;
        doc.setHtml(html);
        doc.setPageSize(QSizeF(pdf.width(), pdf.height()));
        doc.print(&pdf);
        return QFile::exists(file) && QFileInfo(file).size() > 0;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return out.write(html.toUtf8()) > 0;
}

} // namespace Portolan
