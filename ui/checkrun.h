#pragma once

#include "advisor/portscan.h"

#include <QObject>

namespace Portolan {

// What the user asked for, from the form: everything one run needs.
struct CheckRequest
{
    enum class Kind { Account, Server, ErrorText };
    enum class Role { Sending, Receiving, Both };
    Kind kind = Kind::Account;
    Role role = Role::Both;
    QString host;
    quint16 port = 0; // one port only (the "Server" form, an error message); 0: the port advisor
    Protocol protocol = Protocol::Smtp;
    Security security = Security::Auto;
    QString ports; // advanced: "587,imap:993" instead of the standard ports
    QString user;
    QString password; // in memory only, for this run; never written anywhere
    QString caFile;
    QString dnsServer;
    QString serverName; // the name the certificate must carry; empty: the host
    int timeoutSeconds = 15;
    bool allowCleartextAuth = false;
};

// One run behind the live view: the port advisor over the ports the request names (one port is
// a scan of one). Rows appear as checks start and change as their phases do.
class CheckRun : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        ScanTarget target;
        std::optional<PhaseId> phase; // the current phase; none before the first
        bool done = false;
        Severity result = Severity::Ok;
        QString summary; // when done: the verdict
        // When done and working: the mode that worked (`= {}`: Auto until then, or when it failed).
        Security security = {};
    };

    explicit CheckRun(const CheckRequest &request, QObject *parent = nullptr);
    ~CheckRun() override;

    // Empty when the run can start; else why not, in words for the user.
    [[nodiscard]] QString start();
    void cancel();
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const ScanReport &report() const;
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const CheckRequest &request() const { return m_request; }

Q_SIGNALS:
    void rowChanged(int row);
    void finished();

private:
    CheckRequest m_request;
    PortScan *m_scan = nullptr;
    QList<Row> m_rows;
    bool m_finished = false;
};

// "Sending, port 465, encrypted from the start" — a row's words.
[[nodiscard]] QString portWords(const ScanTarget &target, Security security);
// The report's one-sentence verdict in the user's language (the catalogue's template translated,
// then filled), or as core made it when there is no translation.
[[nodiscard]] QString verdictWords(const Report &report, quint16 knownTlsPort = 0);
// A security mode as a mail app's setting names it (the verdict's {works} and {mode}): "SSL/TLS",
// "STARTTLS", "no encryption" in the user's language.
[[nodiscard]] QString securitySettingWords(Security s);
// Why a port is advised (or what went wrong on it): core's PortAdvice::reason in the user's
// language.
[[nodiscard]] QString adviceWords(const PortAdvice &advice, quint16 knownTlsPort = 0);
// A catalogue text in the user's language (context "Diagnoses", listed for lupdate by the
// generated catalogue_strings.cpp).
[[nodiscard]] QString catalogueText(const QString &text);

} // namespace Portolan
