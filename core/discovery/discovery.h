#pragma once

#include "advisor/portscan.h"
#include "discovery/mailconfig.h"
#include "report/report.h"
#include "sasl/sasl.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <memory>

namespace Portolan {

// Where a setting came from. The names are the JSON's `source` values (portolan.discover/1).
enum class DiscoverySource {
    Autoconfig,          // https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=ADDR
    AutoconfigWellKnown, // https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml
    AutoconfigHttp,      // the same two over http:// (insecure)
    Ispdb,               // Thunderbird's ISP database, BASE/DOMAIN
    MxAutoconfig, // the most preferred MX host's parent domain: its autoconfig and ISPDB entry
    Srv,          // RFC 6186 / RFC 8314 SRV records
    Autodiscover, // Microsoft Autodiscover (POX)
    Guess, // imap., pop3., pop., mail., smtp., the domain: only when nothing else has settings
};
[[nodiscard]] QString discoverySourceName(DiscoverySource source); // "autoconfig-wellknown"
[[nodiscard]] std::optional<DiscoverySource> discoverySourceFromName(const QString &name);
// For people: "provider autoconfig (https)", "ISPDB", "SRV records" …
[[nodiscard]] QString discoverySourceTitle(DiscoverySource source);

enum class SourceStatus {
    Pending, // still asking
    Found,   // it has settings (servers is not empty)
    None,    // it answered, without settings (404, NXDOMAIN, no records, only "." targets)
    Error,   // it could not be asked or its answer is broken (see `error` and `findings`)
};
[[nodiscard]] QString sourceStatusName(SourceStatus status); // "pending", "found", "none", "error"

// What one source said. A source may have been asked at several URLs or names (redirects,
// Autodiscover's four ways): `url`/`name` is the one whose answer counts (else the first asked).
struct SourceResult
{
    DiscoverySource source = DiscoverySource::Autoconfig;
    QString url;  // HTTP sources: the URL whose answer counts
    QString name; // DNS sources: the names asked ("_imaps._tcp.example.org", the MX host)
    SourceStatus status = SourceStatus::Pending;
    QString error;         // when status is Error (or None): why, for people
    QStringList redirects; // every URL a redirect led to, in order
    bool secure = false;   // https with a verified certificate all the way / DNSSEC-validated
    bool vouched = false;  // the address's domain vouches for what this source says
    QList<ServerSetting> servers; // in the source's order of preference
    QList<Diagnosis> findings;    // this source's audit findings (autoconfig-insecure, …)
    qint64 elapsedMs = 0;

    friend bool operator==(const SourceResult &, const SourceResult &) = default;
};

// Why a candidate's check did or did not log in.
enum class LoginDecision {
    NoPassword, // no password was given
    Sent,       // a source the domain vouches for names the host (or it is inside the domain)
    Consented,  // not vouched for; the user said yes
    Declined,   // not vouched for; the user said no
    NotVouched, // not vouched for, nobody asked (no terminal, no app): checked without login
};
[[nodiscard]] QString loginDecisionName(LoginDecision decision); // "sent", "not-vouched", …

// One distinct (protocol, host, port, security) some source names, and its check.
struct Candidate
{
    ServerSetting server;           // the first source's words for it
    QList<DiscoverySource> sources; // every source that names it
    LoginDecision login = LoginDecision::NoPassword;
    QString loginWhy;    // for people: why the password was or was not sent
    bool probed = false; // false with --no-probe, or when the discovery ended first
    PortAdvice advice;   // the check (advice.report: portolan.check/1), works, rank, reason
    // Set on a derived candidate: what the sources named (`correctedFrom`: the same host and
    // port in another TLS mode) failed because the port speaks the other mode, so this setting —
    // that host and port in the mode the port really speaks — got a check of its own. `sources`
    // are the sources that named the wrong setting; the login follows the same rule as theirs.
    std::optional<ServerSetting> correctedFrom;

    friend bool operator==(const Candidate &, const Candidate &) = default;
};

// The settings one mail client would pick from the same sources, by its published rules.
struct ClientPrediction
{
    QString client;     // "thunderbird", "evolution", "k9"
    QString clientName; // "Thunderbird", "Evolution / GNOME Online Accounts", "K-9 Mail"
    std::optional<DiscoverySource>
        source; // where its settings would come from; none: it finds none
    std::optional<ServerSetting> receiving;
    std::optional<ServerSetting> sending;
    bool receivingWorks = false; // the matching candidate's check works
    bool sendingWorks = false;
    // Where the client's pick fails only because the source names the wrong TLS mode: the
    // corrected setting Portolan verified and recommends instead.
    std::optional<ServerSetting> receivingCorrected;
    std::optional<ServerSetting> sendingCorrected;
    QString why; // its rule in one sentence, and where it stopped

    friend bool operator==(const ClientPrediction &, const ClientPrediction &) = default;
};

// For the admin: what to publish, built from the candidates that work.
struct Publishable
{
    QString autoconfigXml;  // a config-v1.1.xml; empty when nothing works
    QStringList srvRecords; // zone-file lines ("_imaps._tcp.example.org. 3600 IN SRV 0 1 993
                            // imap.example.org.")

    friend bool operator==(const Publishable &, const Publishable &) = default;
};

struct DiscoveryReport
{
    QString address;
    QString domain;   // the part after the last '@', lower case, in ASCII (IDNA)
    QString username; // the login name used for the checks (--user, else the address)
    QDateTime started;
    QList<SourceResult> sources; // in the order of DiscoverySource, then as asked
    QList<Candidate> candidates; // ranked like the port advisor: per role, best first
    ScanReport ranking;          // the candidates' checks as a scan (host per port varies)
    QList<Diagnosis> diagnoses;  // the audit: discovery-* and the sources' findings
    QList<ClientPrediction> clients;
    Publishable publish;
    qint64 elapsedMs = 0;

    // The recommendation (as in portolan.scan/1): the best working candidate per role, or null.
    [[nodiscard]] const Candidate *bestSending() const;
    [[nodiscard]] const Candidate *bestReceiving() const;
    // The candidate for a server a source names (same protocol, host, port, security), or null.
    [[nodiscard]] const Candidate *candidateFor(const ServerSetting &server) const;
    // The derived candidate that corrects `server`'s TLS mode (see Candidate::correctedFrom), or
    // null.
    [[nodiscard]] const Candidate *correctionFor(const ServerSetting &server) const;
    [[nodiscard]] Severity result() const; // the worst audit severity

    friend bool operator==(const DiscoveryReport &, const DiscoveryReport &) = default;
};

struct DiscoveryOptions
{
    QString address;         // user@example.org
    Credentials credentials; // user defaults to the address; empty password: no login
    QString dnsServer;       // "ADDR[:PORT]": every name, also the HTTP hosts, is asked there
    QString trustAnchorFile; // DNSSEC trust anchors for the SRV records' validation
    QList<QSslCertificate> extraCaCertificates; // trusted for HTTPS and for the checks
    std::chrono::milliseconds timeout{15000};   // per source and per check phase
    bool probe = true;                          // false: only ask the sources (--no-probe)
    // Ask before sending the password to a host no vouching source names (loginConsentNeeded);
    // false: check such hosts without a login, and say why.
    bool askConsent = false;
    QString ispdbBaseUrl = QStringLiteral("https://autoconfig.thunderbird.net/v1.1/");
    // Tests only: the ports the HTTP fetches use instead of 80 and 443.
    quint16 httpPort = 80;
    quint16 httpsPort = 443;
};

class DiscoveryPrivate;

// From an e-mail address to settings that work: every source asked at once, each candidate
// checked as it appears, the audit, what clients would pick, what to publish. Decided within
// 1.5 × timeout + 1 s (the time spent waiting for a consent answer not counted).
// One finished(), also after abort().
class Discovery : public QObject
{
    Q_OBJECT
public:
    explicit Discovery(const DiscoveryOptions &options, QObject *parent = nullptr);
    ~Discovery() override;

    // Checks the address; empty when it is usable, else why not (a usage error).
    [[nodiscard]] static QString validateAddress(const QString &address);

    void start();
    void abort();
    [[nodiscard]] const DiscoveryReport &report() const;

    // The answer to loginConsentNeeded(host): true sends the password to that host's checks.
    void answerLoginConsent(const QString &host, bool send);

Q_SIGNALS:
    // report().sources[index] changed (asked, or decided).
    void sourceChanged(int index);
    // report().candidates grew: a new candidate at `index`, its check about to start. (Indexes
    // are stable until finished(), when the candidates are sorted into their ranks.)
    void candidateAdded(int index);
    void candidateProgress(int index, Portolan::PhaseId phase);
    void candidateFinished(int index);
    // Only with askConsent: `host` is named only by sources the domain does not vouch for
    // (`why` says which). Its checks wait for answerLoginConsent(host, …); the discovery's
    // deadline does not run meanwhile.
    void loginConsentNeeded(const QString &host, const QString &why);
    void finished();

private:
    std::unique_ptr<DiscoveryPrivate> d;
    friend class DiscoveryPrivate;
};

} // namespace Portolan
