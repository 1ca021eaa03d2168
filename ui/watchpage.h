#pragma once

#include "monitor/analysis.h"
#include "monitor/scheduler.h"
#include "report/report.h"

#include <QWidget>

#include <array>
#include <chrono>
#include <memory>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QValueAxis;
class QLabel;
class QLineEdit;
class QListWidget;
class QSystemTrayIcon;
class QTreeWidget;

namespace Portolan {

class HistoryStore;

// The 24 hours of a day as cells, darker the more checks failed in that hour (UTC).
class HourStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HourStrip(QWidget *parent = nullptr);
    void setHours(const std::array<int, 24> &failures);
    [[nodiscard]] const std::array<int, 24> &hours() const { return m_hours; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<int, 24> m_hours{};
};

// "Watch this server": the monitor inside the app. It checks the watched servers in the
// background while the app is open (in the notification area after the window closes, when the
// person chose that), stores every check in the same history database as `portolan-cli
// monitor`, and shows per server a timeline (response time; failures marked by their code;
// outages shaded), the outages with their reasons, the hour-of-day strip and the reading of the
// pattern. A desktop notification says when an outage begins and when it ends.
class WatchPage : public QWidget
{
    Q_OBJECT
public:
    explicit WatchPage(QWidget *parent = nullptr);
    ~WatchPage() override;

    // The history database; the default is the command line's. Empty, or why it failed.
    QString openHistory(const QString &path = {});
    [[nodiscard]] QString historyPath() const { return m_historyPath; }
    // Watches `target` every `interval` (re-checking every 10 s after a failure), from now on
    // and in later sessions (the list is kept in the settings, never a password).
    void watch(const Target &target, std::chrono::seconds interval = std::chrono::seconds(60));
    // Watches with the options of the check it came from: its trusted CA file (read from
    // `caFile`), the certificate name, DNS server, security and timeout, and the login when
    // `options.credentials` holds a password. `note` goes on the page (e.g. "without login").
    // Empty when watching, else why not (the CA file cannot be read).
    QString watch(const CheckOptions &options, const QString &caFile, const QString &note = {},
                  std::chrono::seconds interval = std::chrono::seconds(60));
    // The start page's form: the trusted CA file it offers (the app's kept one).
    void setFormCaFile(const QString &file);
    [[nodiscard]] QString formCaFile() const;
    [[nodiscard]] QString statusText() const;
    void stopWatching(const QString &name);
    [[nodiscard]] QStringList watched() const;
    // Shows the history of one target (selects it in the list).
    void showTarget(const QString &name);
    [[nodiscard]] QString shownTarget() const { return m_shown; }
    // How far back the chart goes (the outage list and the strip cover the week).
    void setChartSpan(std::chrono::hours span);

    // The shown target's history: Markdown for a ticket, HTML for a report file.
    [[nodiscard]] QString ticketText() const;
    [[nodiscard]] bool exportReport(const QString &file) const;

    // Test hooks: the probe (scripted servers, no DNS), the clock, what the page shows.
    void setProber(MonitorScheduler::Prober prober);
    void setClock(const Clock &clock);
    [[nodiscard]] MonitorScheduler *scheduler() const { return m_scheduler; }
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] QTreeWidget *outageList() const { return m_outages; }
    [[nodiscard]] HourStrip *hourStrip() const { return m_hours; }
    [[nodiscard]] QString reading() const;
    [[nodiscard]] QString headline() const;
    // How the time axis labels a range of this many seconds.
    [[nodiscard]] static QString axisFormat(qint64 rangeSeconds);
    [[nodiscard]] const TargetSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // An outage began or ended: what the desktop notification says.
    void notified(const QString &title, const QString &message);
    // A check of a watched target was stored and the page redrawn.
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void restartScheduler();
    void onCheck(const CheckRecord &record);
    void onOutageStarted(const Outage &outage);
    void onOutageEnded(const Outage &outage);
    void refresh();
    void rebuildChart(const QList<CheckRecord> &checks);
    void fillOutages();
    void addFromForm();
    void saveList() const;
    void addTarget(const MonitorTarget &mt, const QString &caFile);
    void notify(const QString &title, const QString &message);
    void ensureTray();

    std::unique_ptr<HistoryStore> m_store;
    QString m_storeError;
    QString m_historyPath;
    QList<MonitorTarget> m_targets;
    MonitorScheduler *m_scheduler = nullptr;
    MonitorScheduler::Prober m_prober;
    const Clock *m_clock = nullptr;
    QString m_shown;
    TargetSummary m_summary;

    QLineEdit *m_spec = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_span = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_headline = nullptr;
    QChartView *m_chartView = nullptr;
    QDateTimeAxis *m_axisX = nullptr; // kept: axes made anew leave their old labels behind
    QValueAxis *m_axisY = nullptr;
    QTreeWidget *m_outages = nullptr;
    HourStrip *m_hours = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_toTray = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_filterInstalled = false;
};

} // namespace Portolan
