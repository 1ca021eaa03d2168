#pragma once

#include "checkrun.h"
#include "protocols/mailcheck.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Portolan {

class DetailsPage;
class DiscoveryPage;
class ExplainTlsPage;
class FormPage;
class LivePage;
class PortsPage;
class ResultPage;
class RoutePage;
class SecretStore;
class StartPage;
class WatchPage;

// The window: start → form → live check → result, and from the result the details, the TLS
// pictures and the mail route. A Back button and Alt+Left go one page back.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the command line: what is on screen.
    [[nodiscard]] QWidget *currentPage() const;
    [[nodiscard]] StartPage *startPage() const { return m_start; }
    [[nodiscard]] FormPage *formPage() const { return m_form; }
    [[nodiscard]] LivePage *livePage() const { return m_live; }
    [[nodiscard]] ResultPage *resultPage() const { return m_result; }
    [[nodiscard]] DetailsPage *detailsPage() const { return m_details; }
    [[nodiscard]] ExplainTlsPage *explainPage() const { return m_explain; }
    [[nodiscard]] RoutePage *routePage() const { return m_route; }
    [[nodiscard]] WatchPage *watchPage() const { return m_watch; }
    [[nodiscard]] PortsPage *portsPage() const { return m_ports; }
    [[nodiscard]] DiscoveryPage *discoveryPage() const { return m_discovery; }
    [[nodiscard]] CheckRun *run() const { return m_run; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }
    // The message about the keychain above the page (empty and hidden when there is none).
    [[nodiscard]] QString notice() const;
    // The run's results (empty before the first finishes).
    [[nodiscard]] const ScanReport &scan() const;
    [[nodiscard]] QString ticketText() const;
    // Writes the report as HTML, or as PDF when the name ends in .pdf.
    [[nodiscard]] bool exportReport(const QString &file);

public Q_SLOTS:
    void startCheck(const Portolan::CheckRequest &request);
    // A recent check, run again as it was: its password from the keychain when it needs one and
    // one is saved there, else the form asks for it.
    void repeatCheck(const Portolan::CheckRequest &request);
    void showPage(QWidget *page);
    void back();
    // "Ports your server needs" for the result on show (from the result page; the route view's
    // button can connect here too).
    void showPortsPage();

Q_SIGNALS:
    void checkFinished();

private:
    void onRunFinished();
    void showNotice(const QString &text);
    [[nodiscard]] const Report *leadingReport() const;

    QStackedWidget *m_pages = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    StartPage *m_start = nullptr;
    FormPage *m_form = nullptr;
    LivePage *m_live = nullptr;
    ResultPage *m_result = nullptr;
    DetailsPage *m_details = nullptr;
    ExplainTlsPage *m_explain = nullptr;
    RoutePage *m_route = nullptr;
    WatchPage *m_watch = nullptr;
    PortsPage *m_ports = nullptr;
    DiscoveryPage *m_discovery = nullptr;
    CheckRun *m_run = nullptr;
    SecretStore *m_secrets = nullptr;
    QList<QWidget *> m_history;
    bool m_rememberPassword = false;
    std::optional<CheckRequest> m_pendingRepeat; // waiting for its password from the keychain
    struct PendingWatch
    {
        CheckOptions options;
        QString caFile;
        QString user;
        QString host; // as the keychain knows it
    };
    std::optional<PendingWatch> m_pendingWatch; // "Watch this server" with a login, ditto
};

} // namespace Portolan
