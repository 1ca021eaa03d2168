#pragma once

#include "discovery/discovery.h"

#include <QPointer>
#include <QWidget>

class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Portolan {

// "Set up my mail account" from the address alone: the address and the password are all it asks
// (the server name is under Advanced: "I know my server name" opens the ordinary form). The live
// view shows each source as it answers, then the checks of what they named; the result shows the
// settings to type in and where they came from, the sources side by side (what each said, ✓/✗
// against what works), what Thunderbird and other mail apps would have picked, the problems, and
// for the admin the records to publish, each with a copy button.
class DiscoveryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiscoveryPage(QWidget *parent = nullptr);
    ~DiscoveryPage() override;

    // What every discovery from this page starts with (DNS server, CA, timeout …); the address
    // and the password come from the form. The app leaves them at their defaults; tests set them.
    void setBaseOptions(const DiscoveryOptions &options);
    // An empty form, the address focused; nothing from an earlier run shown.
    void reset();
    // Runs the discovery for what the form holds (the button and Enter do this).
    void start();
    void cancel();

    // Shows a finished report as the result (what a run ends with; tests feed one directly).
    void showReport(const DiscoveryReport &report);

    [[nodiscard]] bool running() const;
    // The last run's report (null before the first run).
    [[nodiscard]] const DiscoveryReport *report() const;
    // The settings as the result shows them, one line per role ("" when none works): for the
    // clipboard and for tests.
    [[nodiscard]] QString receivingText() const;
    [[nodiscard]] QString sendingText() const;

Q_SIGNALS:
    // "I know my server name": the ordinary form, for this address.
    void manualSetup(const QString &address);
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEnabled();
    void onSourceChanged(int index);
    void onCandidateAdded(int index);
    void onCandidateProgress(int index, Portolan::PhaseId phase);
    void onCandidateFinished(int index);
    void onConsentNeeded(const QString &host, const QString &why);
    void showNextConsent();
    void answerConsent(bool send);
    void onFinished();
    void showResult();
    [[nodiscard]] QTreeWidgetItem *sourceItem(int index);
    void fillCandidateItem(QTreeWidgetItem *item, const Candidate &candidate, const QString &state);

    DiscoveryOptions m_base;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_addressError = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_manual = nullptr;

    QGroupBox *m_progress = nullptr;
    QLabel *m_progressNote = nullptr;
    QTreeWidget *m_sources = nullptr;
    QTreeWidget *m_checks = nullptr;
    QPushButton *m_cancel = nullptr;
    QFrame *m_consent = nullptr;
    QLabel *m_consentText = nullptr;
    QList<QPair<QString, QString>> m_consentQueue; // host, why

    QGroupBox *m_result = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_receiving = nullptr;
    QLabel *m_sending = nullptr;
    QPushButton *m_copyReceiving = nullptr;
    QPushButton *m_copySending = nullptr;
    QLabel *m_comparisonTitle = nullptr;
    QTableWidget *m_comparison = nullptr;
    QGroupBox *m_admin = nullptr;
    QLabel *m_clients = nullptr;
    QLabel *m_problems = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    QPlainTextEdit *m_srv = nullptr;
    QPushButton *m_copyXml = nullptr;
    QPushButton *m_copySrv = nullptr;

    QPointer<Discovery> m_discovery;
    std::unique_ptr<DiscoveryReport> m_report;
    QHash<int, QTreeWidgetItem *> m_sourceItems;    // by index into report().sources
    QHash<int, QTreeWidgetItem *> m_candidateItems; // by index into report().candidates
};

// The UI's words for where settings came from ("your provider's set-up file").
[[nodiscard]] QString discoverySourceWords(DiscoverySource source);
// One server as a person types it in: "IMAP imap.example.org, port 993, SSL/TLS".
[[nodiscard]] QString serverWords(const ServerSetting &server);

} // namespace Portolan
