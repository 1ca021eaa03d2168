#pragma once

#include "protocols/mailcheck.h"
#include "report/catalogue.h"
#include "report/report.h"
#include "report/writers.h" // the scan's views: scanToJson, scanToText, ticketMarkdown, reportHtml

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace Portolan {

// What a port is for; the scan ranks the ports within each role.
enum class PortRole { Sending, Receiving, Filters };
[[nodiscard]] PortRole portRole(Protocol protocol);
[[nodiscard]] QString portRoleName(PortRole role); // "sending", "receiving", "filters"

// One port to try. `standardPort` is the well-known port it plays (25, 465, 587 …), which
// decides its conventional security mode and its rank; it is the port itself unless a test or
// --ports says otherwise.
struct ScanTarget
{
    Protocol protocol = Protocol::Smtp;
    quint16 port = 0;
    quint16 standardPort = 0;
    // The mode to try first; Auto: the one the standard port is meant for (the other mode is
    // tried where that fails, either way).
    Security security = Security::Auto;

    friend bool operator==(const ScanTarget &, const ScanTarget &) = default;
};

// What the scan says about one port.
struct PortAdvice
{
    ScanTarget target;
    Report report;
    bool works = false;
    int rank = 0; // 1 = best within its role (sending, receiving, filters); 0 when it does not work
    QString reason;

    friend bool operator==(const PortAdvice &, const PortAdvice &) = default;
};

struct ScanReport
{
    QString host;
    QList<PortAdvice> ports; // per role, best first; the ports that do not work last
    qint64 totalMs = 0;
    qint64 slowestMs = 0; // the slowest single check: the whole scan should take about this long
    [[nodiscard]] const PortAdvice *best(Protocol protocol) const;
    [[nodiscard]] const PortAdvice *bestReceiving() const;
    // The port whose verdict is the scan's headline: the worst result among the ports that
    // matter — a port that fails while another of its role (sending, receiving) works does not.
    // Used by the app's result card, the ticket summary and the report alike.
    [[nodiscard]] const PortAdvice *headline() const;

    friend bool operator==(const ScanReport &, const ScanReport &) = default;
};

// The context for one port's texts within a scan: where another port of the same protocol on
// this host was seen working with SSL/TLS or with STARTTLS, the advice names that port
// ("port 56271") rather than the standard one.
[[nodiscard]] TextContext textContext(const ScanReport &scan, const Report &report,
                                      Audience audience);

// The ranking's rules, for the scan and for discovery's candidates: a score (lower is better:
// implicit TLS before STARTTLS before nothing, submission before 25, IMAP before POP3) and the
// reason for a working port's rank in plain words (for one that does not work, its verdict).
[[nodiscard]] int portScore(const PortAdvice &advice);
[[nodiscard]] QString portReason(const PortAdvice &advice);

// The port advisor for one host: every mail port checked at once on one event loop, then ranked
// for sending and for receiving: implicit TLS before STARTTLS before nothing (RFC 8314 §3.3),
// submission before port 25, IMAP before POP3, with the reason for each rank in plain words.
class PortScan : public QObject
{
    Q_OBJECT
public:
    // `base` carries what every check shares (DNS server, timeout, CA file, credentials).
    PortScan(const CheckOptions &base, const QList<ScanTarget> &targets, QObject *parent = nullptr);
    ~PortScan() override;

    [[nodiscard]] static QList<ScanTarget>
    defaultTargets(std::optional<Protocol> only = std::nullopt);

    // "587,465,imap:10143": a port alone plays the protocol its number is known for (else `only`,
    // else SMTP); entries of another protocol than `only` are left out. Sets `error` on a bad
    // entry.
    [[nodiscard]] static QList<ScanTarget> parsePorts(const QString &list,
                                                      std::optional<Protocol> only, QString *error);

    void start();
    void abort();
    [[nodiscard]] const ScanReport &report() const { return m_report; }
    // The report of the check of the index-th target, complete once portFinished() said so (the
    // scan's ranking and its port-25 conclusion come only with finished()).
    [[nodiscard]] const Report &checkReport(int index) const;

Q_SIGNALS:
    // The check of the index-th target got as far as a phase: the furthest any of its attempts
    // has reached (a second mode tried alongside a quiet one, the TLS-version probes), so a port
    // whose server has not greeted is not said to be checking a certificate, and never goes back.
    void portProgress(int index, Portolan::PhaseId phase);
    void portFinished(const Portolan::ScanTarget &target);
    void finished();

private:
    void conclude();

    CheckOptions m_base;
    QList<ScanTarget> m_targets;
    QList<MailCheck *> m_checks;
    QList<qint64> m_doneAt;
    QList<std::optional<PhaseId>> m_furthest;
    int m_pending = 0;
    QElapsedTimer m_clock;
    ScanReport m_report;
};

} // namespace Portolan
