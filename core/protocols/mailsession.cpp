#include "mailsession.h"

#include "net/escape.h"
#include "net/lineconnection.h"
#include "tls/tlsfacts.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "portolan.session")

namespace Portolan {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3) + u" s"_s;
}

QString addressText(const QHostAddress &a, quint16 port)
{
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]:%2"_s.arg(a.toString()).arg(port);
    return u"%1:%2"_s.arg(a.toString()).arg(port);
}

bool looksLikeTlsRecord(const QByteArray &bytes)
{
    // A TLS record: content type handshake (22) or alert (21), then major version 3.
    return bytes.size() >= 2 && (bytes.at(0) == 0x16 || bytes.at(0) == 0x15) && bytes.at(1) == 0x03;
}

} // namespace

MailSession::MailSession(const SessionSettings &settings, const QElapsedTimer &clock,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this))
    , m_quietTimer(new QTimer(this))
{
    m_transcript.setClock(clock);
    m_timer->setSingleShot(true);
    m_quietTimer->setSingleShot(true);
    // A coarse timer may fire 5 % early: a phase timed out "within 5 s" after 4.75 s.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &MailSession::onTimeout);
    connect(m_quietTimer, &QTimer::timeout, this, [this] {
        const bool silentGreeting = m_phase == Phase::Greeting && !m_anyData;
        const bool silentHandshake = m_phase == Phase::TlsHandshake && m_alert < 0;
        if (silentGreeting || silentHandshake)
            Q_EMIT quietAfterConnect();
    });
}

MailSession::~MailSession() = default;

std::optional<PhaseId> MailSession::phaseId(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
    case Phase::Done:
        break;
    case Phase::Connect:
        return PhaseId::Connect;
    case Phase::TlsHandshake:
        return PhaseId::TlsHandshake;
    case Phase::Greeting:
        return PhaseId::Greeting;
    case Phase::Capabilities:
    case Phase::Helo:
        return PhaseId::Capabilities;
    case Phase::StartTls:
        return PhaseId::StartTls;
    case Phase::StartTlsHandshake:
        return PhaseId::StartTlsHandshake;
    case Phase::CapabilitiesAfterTls:
        return PhaseId::CapabilitiesAfterTls;
    case Phase::Auth:
        return PhaseId::Auth;
    case Phase::MailFrom:
        return PhaseId::MailFrom;
    case Phase::RcptTo:
        return PhaseId::RcptTo;
    case Phase::Data:
        return PhaseId::Data;
    case Phase::Message:
        return PhaseId::Message;
    case Phase::Quit:
        return PhaseId::Quit;
    }
    return std::nullopt;
}

QString MailSession::wireLabel(Phase phase) const
{
    switch (phase) {
    case Phase::StartTls:
        return u"STARTTLS"_s;
    case Phase::Auth:
        return u"AUTH"_s;
    case Phase::Quit:
        return u"QUIT"_s;
    default:
        return {};
    }
}

QString MailSession::phaseLabel(Phase phase) const
{
    if (const std::optional<PhaseId> id = phaseId(phase))
        return Portolan::phaseLabel(*id, wireLabel(phase));
    return phase == Phase::Idle ? u"idle"_s : u"done"_s;
}

void MailSession::start()
{
    m_transcript.event(u"attempt %1: %2 on port %3"_s.arg(m_settings.attempt)
                           .arg(m_settings.security == Security::Tls ? u"implicit TLS (SSL/TLS)"_s
                                : m_settings.security == Security::StartTls
                                    ? u"plain greeting, then STARTTLS"_s
                                    : u"no encryption"_s)
                           .arg(m_settings.port));
    enter(Phase::Connect);
    connectNext();
}

void MailSession::abort(const QString &why)
{
    if (m_finished)
        return;
    m_transcript.event(why);
    if (m_phaseOpen)
        endPhase(false, why);
    if (m_connection)
        m_connection->abort();
    finish();
}

void MailSession::enter(Phase phase)
{
    if (m_phaseOpen && m_phase != phase)
        endPhase(true);
    m_phase = phase;
    m_phaseStart = m_transcript.elapsedMs();
    m_phaseOpen = true;
    if (m_connection)
        m_connection->resetPhaseBudget();
    const auto timeout =
        phase == Phase::Connect ? m_settings.connectTimeout : m_settings.phaseTimeout;
    m_timer->start(timeout);
    Q_EMIT phaseChanged(phase);
}

void MailSession::endPhase(bool ok, const QString &detail)
{
    if (!m_phaseOpen)
        return;
    m_phaseOpen = false;
    m_timer->stop();
    PhaseRecord p;
    p.phase = phaseId(m_phase).value_or(PhaseId::Connect); // a phase is open: never Idle or Done
    p.wire = wireLabel(m_phase);
    p.attempt = m_settings.attempt;
    p.security = m_settings.security;
    p.startMs = m_phaseStart;
    p.elapsedMs = m_transcript.elapsedMs() - m_phaseStart;
    p.ok = ok;
    p.detail = detail;
    m_result.phases << p;
}

void MailSession::connectNext()
{
    if (m_addressIndex >= m_settings.addresses.size() || m_result.expired) {
        // Refused says more than the rest (something answered); then a timeout; then no route.
        Code code = Code::NetworkUnreachable;
        if (m_connectKinds.contains(u"refused"_s))
            code = Code::ConnectionRefused;
        else if (m_connectKinds.contains(u"timeout"_s))
            code = Code::ConnectionTimeout;
        fail(code, m_connectFailures.join(u"; "_s));
        return;
    }
    const QHostAddress address = m_settings.addresses.at(m_addressIndex);
    m_transcript.event(u"connecting to %1"_s.arg(addressText(address, m_settings.port)));
    delete m_connection;
    m_connection = new LineConnection(&m_transcript, this);
    connect(m_connection, &LineConnection::connected, this, &MailSession::onConnected);
    connect(m_connection, &LineConnection::encrypted, this, &MailSession::onEncrypted);
    connect(m_connection, &LineConnection::sslErrors, this, &MailSession::onSslErrors);
    connect(m_connection, &LineConnection::lineReceived, this, &MailSession::onLine);
    connect(m_connection, &LineConnection::dataArrived, this, &MailSession::onData);
    connect(m_connection, &LineConnection::alertReceived, this,
            [this](int description, bool fatal) {
                m_result.heardNothing = false;
                if (m_phase != Phase::TlsHandshake && m_phase != Phase::StartTlsHandshake)
                    return;
                m_quietTimer->stop();
                if (fatal || m_alert < 0)
                    m_alert = description;
                m_transcript.event(u"TLS alert %1 from the server (%2)"_s.arg(description)
                                       .arg(fatal ? u"fatal"_s : u"warning"_s));
            });
    connect(m_connection, &LineConnection::socketError, this, &MailSession::onSocketError);
    connect(m_connection, &LineConnection::limitExceeded, this,
            [this](const QString &why) { fail(Code::ProtocolError, why); });
    m_timer->start(m_settings.connectTimeout);
    m_connection->connectTo(address, m_settings.port);
}

void MailSession::onConnectFailed(const QString &kind, const QString &why)
{
    const QHostAddress address = m_settings.addresses.at(m_addressIndex);
    const QString line = u"%1: %2"_s.arg(addressText(address, m_settings.port), why);
    m_transcript.event(u"connection to "_s + line);
    m_connectFailures << line;
    m_connectKinds << kind;
    if (m_connection) {
        m_connection->abort();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    ++m_addressIndex;
    connectNext();
}

void MailSession::onConnected()
{
    const QHostAddress address = m_settings.addresses.at(m_addressIndex);
    m_result.address = addressText(address, m_settings.port);
    m_transcript.event(u"TCP connected to %1"_s.arg(m_result.address));
    endPhase(true, m_result.address);
    if (m_settings.security == Security::Tls)
        beginTls(Phase::TlsHandshake);
    else
        enter(Phase::Greeting);
    if (m_settings.quietDelay.count() > 0)
        m_quietTimer->start(m_settings.quietDelay);
}

void MailSession::beginTls(Phase phase)
{
    enter(phase);
    m_sslErrors.clear();
    m_ocspErrors.clear();
    m_connection->startTls(m_settings.tlsConfiguration, m_settings.peerName);
}

void MailSession::onSslErrors(const QList<QSslError> &errors)
{
    // A tester records what is wrong with the certificate and goes on to learn the rest; only
    // these errors are let through, and credentials are never sent on such a session.
    m_sslErrors.clear();
    m_ocspErrors.clear();
    for (const QSslError &e : errors)
        (isOcspError(e) ? m_ocspErrors : m_sslErrors) << e;
    m_connection->socket()->ignoreSslErrors(errors);
}

void MailSession::onEncrypted()
{
    const QSslSocket *socket = m_connection->socket();
    m_result.tls = tlsFacts(*socket, m_ocspErrors);
    m_result.peerChain = socket->peerCertificateChain();
    for (const QSslError &e : std::as_const(m_sslErrors))
        m_result.tls.errors << e.errorString();
    m_result.tls.verified = m_sslErrors.isEmpty();
    m_result.heardNothing = false;
    m_quietTimer->stop();
    if (m_settings.handshakeOnly) {
        // A TLS-detail probe: the handshake is all it is for.
        m_transcript.event(
            u"TLS established: %1, %2"_s.arg(m_result.tls.protocol, m_result.tls.cipher));
        endPhase(true, m_result.tls.protocol + u' ' + m_result.tls.cipher);
        m_result.completed = true;
        m_connection->close();
        finish();
        return;
    }
    m_transcript.event(u"TLS established: %1, %2%3"_s.arg(
        m_result.tls.protocol, m_result.tls.cipher,
        m_result.tls.verified
            ? u", certificate verified for "_s + m_settings.peerName
            : u", certificate NOT verified: "_s + m_result.tls.errors.join(u"; "_s)));
    endPhase(true, m_result.tls.protocol + u' ' + m_result.tls.cipher);
    for (Diagnosis d : certificateDiagnoses(m_sslErrors, socket->peerCertificateChain(),
                                            m_settings.peerName, QDateTime::currentDateTimeUtc())) {
        d.phase = phaseId(m_phase); // the implicit handshake or the one after STARTTLS
        m_result.diagnoses << d;
    }
    if (m_result.tls.protocol == "TLSv1.0"_L1 || m_result.tls.protocol == "TLSv1.1"_L1) {
        note(Code::TlsOutdatedProtocol, Severity::Warning, m_result.tls.protocol);
    }
    const bool implicit = m_phase == Phase::TlsHandshake || m_phase == Phase::Idle;
    Q_EMIT tlsEstablished();
    if (m_finished)
        return;
    if (implicit) {
        enter(Phase::Greeting);
    } else {
        // After STARTTLS: everything learned before TLS is discarded (RFC 3207 §4.2).
        afterStartTls();
    }
}

void MailSession::onData()
{
    m_result.heardNothing = false;
    if (m_phase == Phase::Greeting && !m_anyData) {
        m_anyData = true;
        m_quietTimer->stop();
        if (m_settings.security != Security::Tls &&
            looksLikeTlsRecord(m_connection->peekPending())) {
            m_result.hint = Hint::MaybeImplicitTlsPort;
            m_result.hintEvidence = u"the server answered with TLS bytes instead of a greeting"_s;
            fail(Code::ProtocolError, m_result.hintEvidence);
        }
    }
}

void MailSession::note(Code code, Severity severity, const QString &evidence,
                       const QStringList &detail)
{
    const Diagnosis d{code, severity, phaseId(m_phase), wireLabel(m_phase), evidence, detail};
    m_result.diagnoses << d;
}

void MailSession::send(const QByteArray &command)
{
    m_connection->writeLine(command);
}

void MailSession::quit()
{
    enter(Phase::Quit);
    m_timer->start(std::min(m_settings.phaseTimeout, std::chrono::milliseconds(5000)));
    sendQuit();
}

void MailSession::onSocketError(QAbstractSocket::SocketError error, const QString &text)
{
    if (m_finished)
        return;
    if (m_phase == Phase::Connect) {
        const QString kind = error == QAbstractSocket::ConnectionRefusedError ? u"refused"_s
                             : error == QAbstractSocket::SocketTimeoutError   ? u"timeout"_s
                                                                              : u"unreachable"_s;
        onConnectFailed(kind, text);
        return;
    }
    if (m_phase == Phase::Quit) {
        // The server hung up after QUIT instead of answering 221: harmless.
        endPhase(true, u"closed by the server"_s);
        m_result.completed = true;
        finish();
        return;
    }
    const bool closed = error == QAbstractSocket::RemoteHostClosedError;
    const QString evidence = u"%1 during %2"_s.arg(text, phaseLabel(m_phase));
    if (m_phase == Phase::TlsHandshake || m_phase == Phase::StartTlsHandshake) {
        handshakeFailed(error, text);
    } else if (m_phase == Phase::Greeting && closed && !m_result.greeted &&
               m_settings.security != Security::Tls && !m_anyData) {
        m_result.hint = Hint::MaybeImplicitTlsPort;
        m_result.hintEvidence = u"the server closed the connection without a greeting"_s;
        fail(Code::ConnectionClosed, m_result.hintEvidence);
    } else if (closed || error == QAbstractSocket::NetworkError) {
        fail(Code::ConnectionClosed, evidence);
    } else {
        fail(Code::ProtocolError, evidence);
    }
}

void MailSession::handshakeFailed(QAbstractSocket::SocketError error, const QString &text)
{
    const bool implicit = m_phase == Phase::TlsHandshake;
    if (m_alert >= 0) {
        // The server answered in TLS: the port speaks TLS, whatever went wrong.
        m_result.handshakeFailure = HandshakeFailure::Alert;
        m_result.alert = m_alert;
        fail(Code::TlsAlert, (implicit ? u"the server "_s : u"after STARTTLS the server "_s) +
                                 tlsAlertWords(m_alert));
        return;
    }
    m_result.handshakeFailure = error == QAbstractSocket::RemoteHostClosedError
                                    ? HandshakeFailure::Closed
                                    : HandshakeFailure::Error;
    if (!implicit) {
        fail(Code::StartTlsFailed, u"the TLS handshake after STARTTLS failed: "_s + text);
        return;
    }
    m_result.hint = Hint::MaybePlainPort;
    // For the person reading it only (nothing is decided on it: the plain attempt alongside says
    // what the port speaks): OpenSSL reads a plain "220 " greeting as a TLS record header.
    const bool plainAnswer = text.contains("wrong version number"_L1) ||
                             text.contains("packet length too long"_L1) ||
                             text.contains("unknown protocol"_L1);
    m_result.hintEvidence = plainAnswer
                                ? u"the server answered in plain text, not TLS ("_s + text + u')'
                                : u"%1 during %2"_s.arg(text, phaseLabel(m_phase));
    fail(Code::TlsHandshakeFailed, m_result.hintEvidence);
}

void MailSession::onTimeout()
{
    if (m_finished)
        return;
    timedOut(u"within %1"_s.arg(
        seconds(m_phase == Phase::Connect ? m_settings.connectTimeout : m_settings.phaseTimeout)));
}

void MailSession::expire(const QString &limit)
{
    if (m_finished)
        return;
    m_result.expired = true;
    timedOut(limit);
}

void MailSession::timedOut(const QString &limit)
{
    switch (m_phase) {
    case Phase::Idle:
        fail(Code::ReplyTimeout, u"not started "_s + limit);
        return;
    case Phase::Connect:
        onConnectFailed(u"timeout"_s, u"no answer to the connection attempt "_s + limit);
        return;
    case Phase::TlsHandshake:
        m_result.handshakeFailure = HandshakeFailure::Timeout;
        m_result.hint = Hint::MaybePlainPort;
        m_result.hintEvidence = u"no TLS handshake "_s + limit;
        fail(Code::TlsHandshakeFailed, m_result.hintEvidence);
        return;
    case Phase::StartTlsHandshake:
        m_result.handshakeFailure = HandshakeFailure::Timeout;
        fail(Code::StartTlsFailed,
             u"STARTTLS was accepted but no TLS handshake completed "_s + limit);
        return;
    case Phase::Greeting:
        if (!m_anyData && m_settings.security != Security::Tls) {
            m_result.hint = Hint::MaybeImplicitTlsPort;
            m_result.hintEvidence = u"no greeting "_s + limit;
        }
        fail(Code::GreetingTimeout, u"no complete greeting "_s + limit);
        return;
    case Phase::Quit:
        endPhase(true, u"no reply to QUIT; closed"_s);
        m_result.completed = true;
        m_connection->abort();
        finish();
        return;
    default:
        fail(Code::ReplyTimeout, u"no reply to %1 %2"_s.arg(phaseLabel(m_phase), limit));
        return;
    }
}

void MailSession::fail(Code code, const QString &evidence, const QStringList &detail)
{
    if (m_finished)
        return;
    qCDebug(lcSession) << "attempt" << m_settings.attempt << "failed in" << phaseLabel(m_phase)
                       << codeName(code) << evidence;
    note(code, Severity::Error, evidence, detail);
    endPhase(false, evidence);
    // A refusal with the connection still sane: say goodbye properly (RFC 5321 §3.1, §4.1.1.10).
    const bool sane =
        m_connection && m_connection->socket()->state() == QAbstractSocket::ConnectedState;
    const bool canQuit = sane && ((code == Code::StartTlsFailed && m_phase == Phase::StartTls) ||
                                  code == Code::GreetingRejected);
    if (canQuit) {
        quit();
        return;
    }
    if (m_connection)
        m_connection->abort();
    finish();
}

QByteArray MailSession::firstWord(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? line : line.left(space);
}

QByteArrayList MailSession::saslMechanisms(const QStringList &capabilities)
{
    for (const QString &c : capabilities) {
        if (!c.startsWith("SASL"_L1, Qt::CaseInsensitive) || (c.size() > 4 && c.at(4) != u' '))
            continue;
        QByteArrayList out;
        for (const QByteArray &m : c.mid(4).trimmed().toUpper().toLatin1().split(' ')) {
            if (!m.isEmpty())
                out << m;
        }
        return out;
    }
    return {};
}

void MailSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_quietTimer->stop();
    m_phase = Phase::Done;
    m_result.transcript = m_transcript.entries();
    // Let the caller's slot run after this frame, with the socket in a quiet state.
    QMetaObject::invokeMethod(this, &MailSession::finished, Qt::QueuedConnection);
}

void MailSession::quitAnswered(const QString &reply)
{
    endPhase(true, reply);
    m_result.completed = true;
    m_connection->abort();
    finish();
}

std::optional<QByteArray> MailSession::answerChallenge(const QByteArray &base64,
                                                       const QString &what)
{
    const std::optional<QByteArray> challenge = decodeChallenge(base64);
    if (!challenge) {
        // RFC 4954 §4 and its kin: a challenge that cannot be decoded is cancelled.
        m_authCancelled = true;
        note(Code::ProtocolError, Severity::Error,
             u"the server's %1 challenge is not valid base64: \"%2\""_s.arg(
                 what, escapeServerText(base64.left(80))));
        return std::nullopt;
    }
    const SaslMechanism::Step step = m_sasl->respond(*challenge);
    if (!step.ok) {
        m_authCancelled = true;
        note(step.kind == SaslError::BadServerSignature ? Code::AuthServerUnverified
                                                        : Code::ProtocolError,
             Severity::Error, step.error);
        return std::nullopt;
    }
    if (m_sasl->authenticatesServer() && challenge->startsWith("v="))
        m_serverVerified = true;
    return step.response.toBase64();
}

QByteArray MailSession::pickMechanism(const QByteArrayList &offered, const QString &offeredText)
{
    const QByteArray forced = m_settings.mechanism.toUpper();
    if (!forced.isEmpty()) {
        if (offered.contains(forced))
            return forced;
        note(Code::AuthMechanismUnsupported, Severity::Error,
             u"%1 was asked for; %2"_s.arg(QString::fromLatin1(forced), offeredText));
        return {};
    }
    const QByteArray chosen = chooseMechanism(offered, m_settings.credentials);
    if (chosen.isEmpty()) {
        const bool oauthOnly =
            !offered.isEmpty() && std::all_of(offered.cbegin(), offered.cend(), isOAuthMechanism);
        note(oauthOnly && m_settings.credentials.token.isEmpty() ? Code::AuthOAuthOnly
             : offered.isEmpty()                                 ? Code::AuthNotOffered
                                                                 : Code::AuthMechanismUnsupported,
             Severity::Error, offeredText);
    }
    return chosen;
}

void MailSession::useMechanism(const QByteArray &mechanism, const QString &host)
{
    m_sasl = createMechanism(mechanism, m_settings.credentials,
                             host.isEmpty() ? m_settings.peerName : host, m_settings.port,
                             m_settings.saslNonce);
    m_result.mechanism = QString::fromLatin1(mechanism);
}

void MailSession::takeServerFinal(const QByteArray &base64)
{
    if (!m_sasl || !m_sasl->authenticatesServer() || m_serverVerified)
        return;
    const std::optional<QByteArray> data = decodeChallenge(base64);
    m_serverVerified = data && m_sasl->verifyServerFinal(*data);
}

bool MailSession::acceptLogin(const QString &evidence)
{
    if (m_sasl && m_sasl->authenticatesServer() && !m_serverVerified) {
        note(Code::AuthServerUnverified, Severity::Error,
             u"the server accepted the login without proving that it knows the password ("_s +
                 evidence + u')');
        endPhase(false, evidence);
        return false;
    }
    m_result.authenticated = true;
    endPhase(true, m_result.mechanism + u": "_s + evidence);
    return true;
}

void MailSession::refuseLogin(Code code, const QString &evidence, const QString &reply)
{
    note(code, Severity::Error, evidence);
    endPhase(false, reply);
    quit();
}

bool MailSession::hasCapability(const QStringList &capabilities, QLatin1StringView keyword)
{
    return std::any_of(capabilities.cbegin(), capabilities.cend(), [keyword](const QString &c) {
        return c.compare(keyword, Qt::CaseInsensitive) == 0 ||
               c.startsWith(keyword + u' ', Qt::CaseInsensitive);
    });
}

void MailSession::proceedAfterCapabilities(bool startTlsOffered, const QString &listed)
{
    if (!isEncrypted() && m_settings.security == Security::StartTls) {
        if (!startTlsOffered) {
            note(Code::StartTlsNotOffered, Severity::Error, listed);
            quit();
            return;
        }
        sendStartTls();
        return;
    }
    if (!m_settings.credentials.isEmpty()) {
        // No encryption was chosen and none is to be had here: that, not the choice, is why
        // the password stays home, and "use STARTTLS" would be advice that cannot work.
        if (m_settings.security == Security::None && !isEncrypted() && !startTlsOffered &&
            !m_settings.allowCleartextAuth)
            note(Code::StartTlsNotOffered, Severity::Error, listed);
        startAuth();
        return;
    }
    quit();
}

bool MailSession::isEncrypted() const
{
    return m_connection && m_connection->socket()->isEncrypted();
}

QHostAddress MailSession::localAddress() const
{
    return m_connection ? m_connection->socket()->localAddress() : QHostAddress();
}

bool MailSession::mayLogIn()
{
    const bool encrypted = isEncrypted();
    if (!encrypted && !m_settings.allowCleartextAuth) {
        note(Code::CredentialsWithheld, Severity::Error,
             u"the connection is not encrypted, so the password was not sent"_s);
        return false;
    }
    if (encrypted && !m_result.tls.verified && !m_settings.allowUntrustedAuth) {
        note(Code::CredentialsWithheld, Severity::Error,
             u"the server's certificate did not verify for %1, so the password was not sent"_s.arg(
                 m_settings.peerName));
        return false;
    }
    if (!encrypted || !m_result.tls.verified) {
        note(Code::CredentialsSentInsecurely, Severity::Warning,
             !encrypted
                 ? u"the password was sent over a connection that is not encrypted, as asked"_s
                 : u"the password was sent although the certificate did not verify, as asked"_s);
    }
    return true;
}

void MailSession::upgradeAfterGoAhead(const QString &goAhead)
{
    // RFC 3207 §5, RFC 2595 §3.1 / CVE-2011-0411: nothing may follow the go-ahead in the clear.
    if (m_connection->pendingBytes() > 0) {
        m_connection->holdLines();
        fail(Code::StartTlsInjection,
             u"%1 bytes arrived after \"%2\" before the TLS handshake: \"%3\""_s
                 .arg(m_connection->pendingBytes())
                 .arg(goAhead, escapeServerText(m_connection->peekPending().left(80))));
        return;
    }
    beginTls(Phase::StartTlsHandshake);
}

} // namespace Portolan
