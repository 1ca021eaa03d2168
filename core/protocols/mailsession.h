#pragma once

#include "net/transcript.h"
#include "protocols/smtp/message.h"
#include "report/report.h"
#include "sasl/sasl.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <chrono>
#include <memory>

class QTimer;

namespace Portolan {

class LineConnection;

// What one attempt needs to know. The check fills it from the user's options.
struct SessionSettings
{
    QList<QHostAddress> addresses; // tried in order until one connects
    quint16 port = 25;
    Security security = Security::StartTls; // Tls, StartTls or None: never Auto here
    QString peerName;                       // the name the certificate must match
    QSslConfiguration tlsConfiguration;
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds phaseTimeout{15000};
    // In a plain mode: when the greeting has not begun this long after connecting, say so
    // through quietAfterConnect() (the check then tries implicit TLS alongside). Zero: never.
    std::chrono::milliseconds quietDelay{0};
    int attempt = 1;
    // A probe of the TLS detail: stop once the handshake is done (no login, no dialogue after).
    bool handshakeOnly = false;

    // Logging in: only inside TLS whose certificate verified for peerName, unless the user
    // explicitly allows otherwise (RFC 8314 §5.1).
    Credentials credentials;
    QByteArray mechanism; // forced; empty: the strongest offered
    bool allowCleartextAuth = false;
    bool allowUntrustedAuth = false;
    QByteArray saslNonce; // tests only: a fixed SCRAM client nonce, for the RFC vectors
    // SMTP: the test message, sent only when asked (--send).
    bool send = false;
    TestMessage message;
};

// One attempt over one connection, in one security mode, of any of the mail protocols: the
// transport half (connect to each address in turn, implicit TLS or STARTTLS with the injection
// check, certificate facts, per-phase timers and byte budgets, the failure that hints at the
// other security mode) lives here; each protocol's dialogue is a subclass. An asynchronous
// state machine on the event loop; exactly one finished(), also after abort().
class MailSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Connect,
        TlsHandshake,
        Greeting,
        Capabilities,
        Helo,
        StartTls,
        StartTlsHandshake,
        CapabilitiesAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Message,
        Quit,
        Done
    };
    Q_ENUM(Phase)

    // A failure that may mean the port speaks the other security mode.
    enum class Hint { None, MaybeImplicitTlsPort, MaybePlainPort };

    // How a TLS handshake of this attempt failed: what the check decides on (never the words of
    // the evidence). Alert: the server answered in TLS, so the port speaks TLS.
    enum class HandshakeFailure { None, Timeout, Alert, Closed, Error };

    struct Result
    {
        QList<Diagnosis> diagnoses;
        QList<PhaseRecord> phases;
        QList<TranscriptEntry> transcript;
        QString address;
        QString greeting;
        QStringList capabilitiesBeforeTls;
        QStringList capabilities;
        TlsFacts tls;
        QList<QSslCertificate> peerChain; // as presented (for DANE)
        bool authenticated = false;
        QString mechanism;
        QString queueId;        // SMTP: the server's words when it took the message
        bool greeted = false;   // a positive greeting arrived
        bool completed = false; // the dialogue ran to its end
        Hint hint = Hint::None;
        QString hintEvidence;
        HandshakeFailure handshakeFailure = HandshakeFailure::None;
        int alert = -1;           // the TLS alert the server sent during a handshake, if it did
        bool expired = false;     // stopped by the check's time limit, not by its own phase timer
        bool heardNothing = true; // not one byte (nor a TLS record) came from the server
    };

    MailSession(const SessionSettings &settings, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~MailSession() override;

    void start();
    void abort(const QString &why);
    // The check's time limit ran out: the phase that is waiting fails as its own timeout would,
    // its evidence saying which limit (`limit`: "before the check's time limit of 23.5 s").
    void expire(const QString &limit);
    [[nodiscard]] Security security() const { return m_settings.security; }
    [[nodiscard]] bool isDone() const { return m_finished; }
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    // The phase of the report a state stands for (HELO is the capabilities' fallback); none for
    // Idle and Done.
    [[nodiscard]] static std::optional<PhaseId> phaseId(Phase phase);
    // What this protocol sends in the phase ("EHLO", "CAPABILITY", "CAPA", "LOGIN"); empty where
    // it sends no command of its own (connect, TLS handshakes, greeting).
    [[nodiscard]] virtual QString wireLabel(Phase phase) const;
    // The phase in the protocol's words, for evidence ("ehlo", "capa-after-tls"): phaseLabel().
    [[nodiscard]] QString phaseLabel(Phase phase) const;

Q_SIGNALS:
    void phaseChanged(Portolan::MailSession::Phase phase);
    // Nothing from the server quietDelay after connecting: no greeting in a plain mode, no
    // handshake reply with implicit TLS. The check then tries the other mode alongside.
    void quietAfterConnect();
    // A TLS session is up (implicit or after STARTTLS), its facts in result().tls.
    void tlsEstablished();
    void finished();

protected:
    // A line from the server, once the greeting phase has begun (after TLS where implicit).
    virtual void onLine(const QByteArray &line) = 0;
    // After the STARTTLS handshake: ask for the capabilities again (RFC 3207 §4.2 and kin).
    virtual void afterStartTls() = 0;
    virtual void sendQuit() = 0;
    // The protocol's STARTTLS command, and its login.
    virtual void sendStartTls() = 0;
    virtual void startAuth() = 0;
    // After the capabilities: STARTTLS where it is due (starttls-not-offered when the server
    // does not list it), else the login when asked for, else goodbye. `listed` is the evidence.
    void proceedAfterCapabilities(bool startTlsOffered, const QString &listed);

    void enter(Phase phase);
    void endPhase(bool ok, const QString &detail = {});
    void send(const QByteArray &command);
    void quit();
    void beginTls(Phase phase);
    void fail(Code code, const QString &evidence, const QStringList &detail = {});
    void note(Code code, Severity severity, const QString &evidence,
              const QStringList &detail = {});
    // The credential rule: true when a login may go on this connection; otherwise records
    // credentials-withheld (or warns, when the user allowed it) and returns false.
    [[nodiscard]] bool mayLogIn();
    // After the server's go-ahead to STARTTLS: fails with starttls-injection when anything
    // followed it, else starts the handshake.
    void upgradeAfterGoAhead(const QString &goAhead);
    // Answers one SASL challenge (the server's base64 text): the response, base64-encoded, or
    // nullopt when the exchange must be cancelled (the finding is recorded; the caller sends the
    // protocol's cancel: "*", or "\"*\"" in ManageSieve).
    [[nodiscard]] std::optional<QByteArray> answerChallenge(const QByteArray &base64,
                                                            const QString &what);
    // The mechanism to use from those offered (the user's choice, else the strongest that fits the
    // credentials); empty after recording why none can be used.
    [[nodiscard]] QByteArray pickMechanism(const QByteArrayList &offered,
                                           const QString &offeredText);
    // The server said the login worked: true, unless SASL should have authenticated the server
    // too and did not (then auth-server-unverified is recorded). Ends the Auth phase either way.
    bool acceptLogin(const QString &evidence);
    // The server refused the login: records `code`, ends the Auth phase, says goodbye.
    void refuseLogin(Code code, const QString &evidence, const QString &reply);
    // The first word of a line ("a1 OK done" → "a1").
    [[nodiscard]] static QByteArray firstWord(const QByteArray &line);
    // The mechanisms of a "SASL PLAIN LOGIN" capability (POP3 CAPA, ManageSieve), upper case.
    [[nodiscard]] static QByteArrayList saslMechanisms(const QStringList &capabilities);
    // The largest literal ({N}) an IMAP or ManageSieve server may announce.
    static constexpr qint64 MaxLiteral = 64 * 1024;
    // "CAPA"/"EHLO"/"CAPABILITY" lists: the keyword alone or followed by arguments.
    [[nodiscard]] static bool hasCapability(const QStringList &capabilities,
                                            QLatin1StringView keyword);
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QHostAddress localAddress() const;
    // The server answered the goodbye: the dialogue is complete.
    void quitAnswered(const QString &reply);
    void finish();

    // The session's state is the base class's; a protocol reads it through these.
    [[nodiscard]] const SessionSettings &settings() const { return m_settings; }
    [[nodiscard]] Result &record() { return m_result; }
    [[nodiscard]] LineConnection *connection() const { return m_connection; }
    [[nodiscard]] SaslMechanism *sasl() const { return m_sasl.get(); }
    [[nodiscard]] bool authCancelled() const { return m_authCancelled; }
    // The SASL mechanism chosen for this login (`host`: the name it binds to, where it differs
    // from the certificate's name); recorded as the report's mechanism.
    void useMechanism(const QByteArray &mechanism, const QString &host = {});
    // The server's final SASL message that came with its success reply (SMTP's 235 text,
    // ManageSieve's OK (SASL "…")): checked where the mechanism authenticates the server.
    void takeServerFinal(const QByteArray &base64);

private:
    SessionSettings m_settings;
    Transcript m_transcript;
    Result m_result;
    Phase m_phase = Phase::Idle;
    LineConnection *m_connection = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<SaslMechanism> m_sasl;
    bool m_authCancelled = false;
    bool m_serverVerified = false; // SCRAM: the server's signature checked out
    bool m_finished = false;

    void connectNext();
    void onConnected();
    void onConnectFailed(const QString &kind, const QString &why);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error, const QString &text);
    void onTimeout();
    void timedOut(const QString &limit);
    void handshakeFailed(QAbstractSocket::SocketError error, const QString &text);
    void onData();

    qint64 m_phaseStart = 0;
    bool m_phaseOpen = false;
    QTimer *m_quietTimer = nullptr;
    qsizetype m_addressIndex = 0;
    QStringList m_connectFailures;
    QStringList m_connectKinds;
    QList<QSslError> m_sslErrors;
    QList<QSslError> m_ocspErrors;
    bool m_anyData = false;
    int m_alert = -1;
};

} // namespace Portolan
