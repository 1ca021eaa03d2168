#pragma once

#include "dns/resolver.h"
#include "protocols/mailsession.h"
#include "report/report.h"
#include "sasl/sasl.h"
#include "smtp/message.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>

#include <chrono>

class QTimer;

namespace Portolan {

class DnsLookup;
class MailSession;
struct AddressResult;

struct CheckOptions
{
    Target target;
    QString dnsServer; // "ADDR[:PORT]"; empty: the system's resolver configuration
    AddressFamily family = AddressFamily::Any;
    std::chrono::milliseconds timeout{15000}; // per phase
    QList<QSslCertificate> extraCaCertificates;
    // How long a plain connection may stay silent before implicit TLS is tried alongside.
    std::chrono::milliseconds quietDelay{1500};

    Credentials credentials; // empty: no login
    QByteArray mechanism;    // forced SASL mechanism; empty: the strongest offered
    bool allowCleartextAuth = false;
    bool allowUntrustedAuth = false;
    QByteArray saslNonce; // tests only: a fixed SCRAM client nonce
    bool send = false;    // send `message` (MAIL FROM, RCPT TO, DATA)
    TestMessage message;
    // After the check: which TLS versions the server accepts, one handshake each (an admin's
    // question; the plain check does not need it).
    bool tlsDetail = false;
    // DANE: look up the port's TLSA records (DNSSEC-validated) and match them against the chain.
    bool dane = false;
    QString trustAnchorFile; // DNSSEC trust anchors; empty: the root's key where installed
};

// A whole SMTP check of one host and port: resolve, then one attempt in the chosen security
// mode, and when that fails in a way that says "wrong mode for this port", a second attempt in
// the other mode, so the report can say which mode works. Produces one Report.
class MailCheck : public QObject
{
    Q_OBJECT
public:
    explicit MailCheck(const CheckOptions &options, QObject *parent = nullptr);
    ~MailCheck() override;

    void start();
    // Stops everything in flight; finished() still comes, once.
    void abort();
    [[nodiscard]] const Report &report() const { return m_report; }

    // The mode a port is meant for: SMTP 465 → SSL/TLS, 25/587/2525 → STARTTLS; IMAP 993 / 143;
    // POP3 995 / 110; ManageSieve 4190 → STARTTLS. Empty for other ports.
    [[nodiscard]] static std::optional<Security> conventionalSecurity(Protocol protocol,
                                                                      quint16 port);
    [[nodiscard]] static quint16 defaultPort(Protocol protocol, Security security);

Q_SIGNALS:
    // The check entered a phase; `attempt`: 1, 2 for the other security mode, 3 for the
    // diagnostic legacy-TLS handshake, 10 and up for the TLS-detail probes.
    void progress(Portolan::PhaseId phase, int attempt);
    void finished();

private:
    void onResolved(const AddressResult &result);
    [[nodiscard]] SessionSettings sessionSettings(Security security) const;
    [[nodiscard]] MailSession *createSession(const SessionSettings &settings);
    void startAttempt(Security security, const QString &why, bool legacy = false);
    void stopPlainListeners(const QString &why);
    void startDetail(Security security);
    void onProbeFinished();
    [[nodiscard]] bool allProbesDone() const;
    void finishDetail();
    void applyDane();
    // Which attempt the report speaks for, and why.
    struct Outcome
    {
        enum class Why {
            FirstAttempt,
            OtherModeGreeted,   // the other mode got a greeting: the first spoke the wrong one
            OtherModeSpeaksTls, // no plain greeting, and TLS got a TLS answer (an alert)
            Silent,             // neither a greeting nor a handshake reply: the service hangs
        };
        const MailSession::Result *used = nullptr;
        Why why = Why::FirstAttempt;
    };
    [[nodiscard]] Outcome outcome() const;
    [[nodiscard]] const MailSession::Result *usedResult() const;
    void maybeConclude();
    void concludeNow();
    void onAttemptFinished(MailSession *session);
    void conclude();
    void finalize();
    void onDeadline();
    void finish();

    CheckOptions m_options;
    Report m_report;
    QElapsedTimer m_clock;
    DnsLookup *m_resolver = nullptr;
    QList<QHostAddress> m_addresses;
    MailSession *m_first = nullptr;
    MailSession *m_second = nullptr;
    MailSession *m_legacy = nullptr;            // the diagnostic handshake that allows TLS 1.0/1.1
    QList<MailSession *> m_probes;              // the TLS detail: one handshake per TLS version
    Security m_detailSecurity = Security::None; // the mode the probes ran in
    qint64 m_detailStartMs = 0;
    QTimer *m_deadline;
    bool m_concludeQueued = false; // every attempt is done; the report is written next
    bool m_concluded = false;      // the attempts' part of the report is written
    bool m_portSpeaksTls = false;  // a TLS answer (an alert, an old-version handshake) came
    DnsLookup *m_tlsaResolver = nullptr;
    std::optional<TlsaResult> m_tlsa;
    bool m_waitingForDane = false;
    QList<TranscriptEntry> m_preamble;
    QList<TranscriptEntry> m_legacyWhy; // why the diagnostic connection was opened
    bool m_done = false;
    bool m_aborted = false;
};

} // namespace Portolan
