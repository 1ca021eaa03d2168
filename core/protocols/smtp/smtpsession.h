#pragma once

#include "message.h"
#include "net/transcript.h"
#include "report/report.h"
#include "sasl/sasl.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>

#include <chrono>

class QTimer;

namespace Portolan {

class LineConnection;
class SmtpReplyAssembler;
struct SmtpReply;

// What one SMTP attempt needs to know. The check fills it from the user's options.
struct SmtpSessionSettings
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

    // Authentication (RFC 4954): only inside TLS whose certificate verified for peerName, unless
    // the user explicitly allows otherwise.
    Credentials credentials;
    QByteArray mechanism; // forced; empty: the strongest offered
    bool allowCleartextAuth = false;
    bool allowUntrustedAuth = false;
    // The test message, sent only when asked (--send).
    bool send = false;
    TestMessage message;
};

// One SMTP attempt over one connection, in one security mode: connect → [TLS] → greeting →
// EHLO → [STARTTLS → TLS → EHLO] → QUIT. An asynchronous state machine on the event loop;
// exactly one finished(), also after abort().
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase {
        Idle,
        Connect,
        TlsHandshake,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        StartTlsHandshake,
        EhloAfterTls,
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
        bool authenticated = false;
        QString mechanism;
        QString queueId;        // the server's words when it took the message
        bool greeted = false;   // a positive greeting arrived
        bool completed = false; // the dialogue ran to QUIT
        Hint hint = Hint::None;
        QString hintEvidence;
    };

    SmtpSession(const SmtpSessionSettings &settings, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~SmtpSession() override;

    void start();
    void abort(const QString &why);
    [[nodiscard]] const Result &result() const { return m_result; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] static QString phaseName(Phase phase);

Q_SIGNALS:
    void phaseChanged(Portolan::SmtpSession::Phase phase);
    void quietAfterConnect();
    void finished();

private:
    void connectNext();
    void onConnected();
    void onConnectFailed(const QString &kind, const QString &why);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onLine(const QByteArray &line);
    void onReply(const SmtpReply &reply);
    void onSocketError(QAbstractSocket::SocketError error, const QString &text);
    void onTimeout();
    void onData();

    void enter(Phase phase);
    void endPhase(bool ok, const QString &detail = {});
    void send(const QByteArray &command);
    void sendEhlo(Phase phase);
    void afterEhlo();
    void afterCapabilities();
    void startAuth();
    void onAuthReply(const SmtpReply &reply);
    void sendAuthResponse(const QByteArray &response);
    void startMail();
    void onMailReply(const SmtpReply &reply);
    void finishTransaction();
    void note(const QString &code, Severity severity, const QString &evidence,
              const QStringList &detail = {});
    void beginTls(Phase phase);
    void quit();
    void fail(const QString &code, const QString &evidence, const QStringList &detail = {});
    void failOnReply(const SmtpReply &reply, const QString &permanentCode);
    void finish();
    [[nodiscard]] QByteArray ehloName() const;

    SmtpSessionSettings m_settings;
    Transcript m_transcript;
    Result m_result;
    Phase m_phase = Phase::Idle;
    qint64 m_phaseStart = 0;
    bool m_phaseOpen = false;
    LineConnection *m_connection = nullptr;
    SmtpReplyAssembler *m_assembler = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_quietTimer = nullptr;
    qsizetype m_addressIndex = 0;
    QStringList m_connectFailures;
    QStringList m_connectKinds;
    QList<QSslError> m_sslErrors;
    std::unique_ptr<SaslMechanism> m_sasl;
    bool m_authCancelled = false;
    bool m_serverVerified = false;
    int m_rcptIndex = 0;
    int m_rcptAccepted = 0;
    bool m_finished = false;
    bool m_anyData = false;
};

} // namespace Portolan
