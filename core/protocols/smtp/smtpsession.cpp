#include "smtpsession.h"

#include "net/escape.h"
#include "net/lineconnection.h"
#include "report/catalogue.h"
#include "smtpreply.h"
#include "tls/tlsfacts.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSmtp, "portolan.smtp")

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

// The mechanisms of "AUTH PLAIN LOGIN" (and of the pre-RFC "AUTH=PLAIN LOGIN" form).
// " (5.7.8: the user name or password is wrong)": an RFC 3463 code in plain words.
QString explainEnhancedStatus(const EnhancedStatus &status)
{
    if (!status.isValid())
        return {};
    const QString text = Catalogue::instance().enhancedStatusText(status.subject, status.detail);
    if (text.isEmpty())
        return {};
    return u" (%1: %2)"_s.arg(status.toString(), text);
}

QByteArrayList authMechanisms(const QStringList &capabilities)
{
    QByteArrayList out;
    for (const QString &c : capabilities) {
        if (c.startsWith("AUTH "_L1, Qt::CaseInsensitive) ||
            c.startsWith("AUTH="_L1, Qt::CaseInsensitive)) {
            for (const QString &m : c.mid(5).split(u' ', Qt::SkipEmptyParts)) {
                const QByteArray name = m.toUpper().toLatin1();
                if (!out.contains(name))
                    out << name;
            }
        }
    }
    return out;
}

bool hasCapability(const QStringList &capabilities, QLatin1StringView keyword)
{
    return std::any_of(capabilities.cbegin(), capabilities.cend(), [keyword](const QString &c) {
        return c.compare(keyword, Qt::CaseInsensitive) == 0 ||
               c.startsWith(keyword + u' ', Qt::CaseInsensitive);
    });
}

} // namespace

SmtpSession::SmtpSession(const SmtpSessionSettings &settings, const QElapsedTimer &clock,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_assembler(new SmtpReplyAssembler)
    , m_timer(new QTimer(this))
    , m_quietTimer(new QTimer(this))
{
    m_transcript.setClock(clock);
    m_timer->setSingleShot(true);
    m_quietTimer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(m_quietTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Greeting && !m_anyData)
            Q_EMIT quietAfterConnect();
    });
}

SmtpSession::~SmtpSession()
{
    delete m_assembler;
}

QString SmtpSession::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return u"idle"_s;
    case Phase::Connect:
        return u"connect"_s;
    case Phase::TlsHandshake:
        return u"tls-handshake"_s;
    case Phase::Greeting:
        return u"greeting"_s;
    case Phase::Ehlo:
        return u"ehlo"_s;
    case Phase::Helo:
        return u"helo"_s;
    case Phase::StartTls:
        return u"starttls"_s;
    case Phase::StartTlsHandshake:
        return u"tls-handshake"_s;
    case Phase::EhloAfterTls:
        return u"ehlo-after-tls"_s;
    case Phase::Auth:
        return u"auth"_s;
    case Phase::MailFrom:
        return u"mail-from"_s;
    case Phase::RcptTo:
        return u"rcpt-to"_s;
    case Phase::Data:
        return u"data"_s;
    case Phase::Message:
        return u"message"_s;
    case Phase::Quit:
        return u"quit"_s;
    case Phase::Done:
        break;
    }
    return u"done"_s;
}

void SmtpSession::start()
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

void SmtpSession::abort(const QString &why)
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

void SmtpSession::enter(Phase phase)
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

void SmtpSession::endPhase(bool ok, const QString &detail)
{
    if (!m_phaseOpen)
        return;
    m_phaseOpen = false;
    m_timer->stop();
    PhaseRecord p;
    p.name = phaseName(m_phase);
    p.attempt = m_settings.attempt;
    p.security = m_settings.security;
    p.startMs = m_phaseStart;
    p.elapsedMs = m_transcript.elapsedMs() - m_phaseStart;
    p.ok = ok;
    p.detail = detail;
    m_result.phases << p;
}

void SmtpSession::connectNext()
{
    if (m_addressIndex >= m_settings.addresses.size()) {
        // Refused says more than the rest (something answered); then a timeout; then no route.
        QString code = u"network-unreachable"_s;
        if (m_connectKinds.contains(u"refused"_s))
            code = u"connection-refused"_s;
        else if (m_connectKinds.contains(u"timeout"_s))
            code = u"connection-timeout"_s;
        fail(code, m_connectFailures.join(u"; "_s));
        return;
    }
    const QHostAddress address = m_settings.addresses.at(m_addressIndex);
    m_transcript.event(u"connecting to %1"_s.arg(addressText(address, m_settings.port)));
    delete m_connection;
    m_connection = new LineConnection(&m_transcript, this);
    connect(m_connection, &LineConnection::connected, this, &SmtpSession::onConnected);
    connect(m_connection, &LineConnection::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_connection, &LineConnection::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_connection, &LineConnection::lineReceived, this, &SmtpSession::onLine);
    connect(m_connection, &LineConnection::dataArrived, this, &SmtpSession::onData);
    connect(m_connection, &LineConnection::socketError, this, &SmtpSession::onSocketError);
    connect(m_connection, &LineConnection::limitExceeded, this,
            [this](const QString &why) { fail(u"protocol-error"_s, why); });
    m_timer->start(m_settings.connectTimeout);
    m_connection->connectTo(address, m_settings.port);
}

void SmtpSession::onConnectFailed(const QString &kind, const QString &why)
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

void SmtpSession::onConnected()
{
    const QHostAddress address = m_settings.addresses.at(m_addressIndex);
    m_result.address = addressText(address, m_settings.port);
    m_transcript.event(u"TCP connected to %1"_s.arg(m_result.address));
    endPhase(true, m_result.address);
    if (m_settings.security == Security::Tls) {
        beginTls(Phase::TlsHandshake);
        return;
    }
    enter(Phase::Greeting);
    if (m_settings.quietDelay.count() > 0)
        m_quietTimer->start(m_settings.quietDelay);
}

void SmtpSession::beginTls(Phase phase)
{
    enter(phase);
    m_sslErrors.clear();
    m_connection->startTls(m_settings.tlsConfiguration, m_settings.peerName);
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    // A tester records what is wrong with the certificate and goes on to learn the rest; only
    // these errors are let through, and credentials are never sent on such a session.
    m_sslErrors = errors;
    m_connection->socket()->ignoreSslErrors(errors);
}

void SmtpSession::onEncrypted()
{
    const QSslSocket *socket = m_connection->socket();
    m_result.tls = tlsFacts(*socket);
    for (const QSslError &e : std::as_const(m_sslErrors))
        m_result.tls.errors << e.errorString();
    m_result.tls.verified = m_sslErrors.isEmpty();
    m_transcript.event(u"TLS established: %1, %2%3"_s.arg(
        m_result.tls.protocol, m_result.tls.cipher,
        m_result.tls.verified
            ? u", certificate verified for "_s + m_settings.peerName
            : u", certificate NOT verified: "_s + m_result.tls.errors.join(u"; "_s)));
    endPhase(true, m_result.tls.protocol + u' ' + m_result.tls.cipher);
    m_result.diagnoses << certificateDiagnoses(m_sslErrors, socket->peerCertificateChain(),
                                               m_settings.peerName,
                                               QDateTime::currentDateTimeUtc());
    if (m_result.tls.protocol == "TLSv1.0"_L1 || m_result.tls.protocol == "TLSv1.1"_L1) {
        m_result.diagnoses << Diagnosis{u"tls-outdated-protocol"_s,
                                        Severity::Warning,
                                        phaseName(m_phase),
                                        m_result.tls.protocol,
                                        {}};
    }
    if (m_phase == Phase::TlsHandshake || m_phase == Phase::Idle) {
        enter(Phase::Greeting);
    } else {
        // After STARTTLS: everything learned before TLS is discarded (RFC 3207 §4.2).
        sendEhlo(Phase::EhloAfterTls);
    }
}

void SmtpSession::onData()
{
    if (m_phase == Phase::Greeting && !m_anyData) {
        m_anyData = true;
        m_quietTimer->stop();
        if (m_settings.security != Security::Tls &&
            looksLikeTlsRecord(m_connection->peekPending())) {
            m_result.hint = Hint::MaybeImplicitTlsPort;
            m_result.hintEvidence = u"the server answered with TLS bytes instead of a greeting"_s;
            fail(u"protocol-error"_s, m_result.hintEvidence);
        }
    }
}

void SmtpSession::onLine(const QByteArray &line)
{
    if (m_finished)
        return;
    switch (m_assembler->feedLine(line)) {
    case SmtpReplyAssembler::Status::NeedMore:
        return;
    case SmtpReplyAssembler::Status::Error:
        fail(u"protocol-error"_s, m_assembler->errorText());
        return;
    case SmtpReplyAssembler::Status::Complete:
        onReply(m_assembler->takeReply());
        return;
    }
}

void SmtpSession::failOnReply(const SmtpReply &reply, const QString &permanentCode)
{
    if (reply.code == 421 || reply.isTransient()) {
        fail(u"server-busy"_s, reply.summary());
    } else if (!reply.hasValidClass() || reply.isIntermediate()) {
        fail(u"protocol-error"_s,
             u"unexpected reply in %1: %2"_s.arg(phaseName(m_phase), reply.summary()));
    } else {
        fail(permanentCode, reply.summary());
    }
}

void SmtpSession::onReply(const SmtpReply &reply)
{
    switch (m_phase) {
    case Phase::Greeting:
        if (reply.isPositive()) {
            m_result.greeted = true;
            m_result.greeting = reply.summary();
            endPhase(true, m_result.greeting);
            sendEhlo(Phase::Ehlo);
        } else {
            failOnReply(reply, u"greeting-rejected"_s);
        }
        return;
    case Phase::Ehlo:
    case Phase::EhloAfterTls:
    case Phase::Helo:
        if (reply.isPositive()) {
            QStringList caps;
            for (qsizetype i = 1; i < reply.lines.size(); ++i)
                caps << escapeServerText(reply.lines.at(i));
            if (!m_connection->socket()->isEncrypted()) {
                // AUTH offered in the clear: a client that takes it up sends the password in
                // clear (RFC 8314 §5.1). Said whether or not we log in.
                const QByteArrayList clear = authMechanisms(caps);
                if (!clear.isEmpty())
                    note(u"auth-cleartext-offered"_s, Severity::Warning,
                         u"before TLS the server offers AUTH "_s +
                             QString::fromLatin1(clear.join(' ')));
            }
            if (m_phase == Phase::EhloAfterTls)
                m_result.capabilities = caps;
            else
                m_result.capabilitiesBeforeTls = m_result.capabilities = caps;
            endPhase(true, caps.isEmpty()     ? u"no extensions"_s
                           : caps.size() == 1 ? u"1 extension"_s
                                              : u"%1 extensions"_s.arg(caps.size()));
            afterEhlo();
        } else if (m_phase == Phase::Ehlo && reply.isPermanent() && reply.code != 421) {
            // An old server without ESMTP: HELO works but offers no extensions (no STARTTLS).
            enter(Phase::Helo);
            send("HELO " + ehloName());
        } else {
            failOnReply(reply, u"protocol-error"_s);
        }
        return;
    case Phase::StartTls:
        if (!reply.isPositive()) {
            // Anything but success to STARTTLS is fatal: no fallback to plain text.
            fail(reply.code == 421 ? u"server-busy"_s : u"starttls-failed"_s, reply.summary());
            return;
        }
        // RFC 3207 §5 / CVE-2011-0411: nothing may follow the go-ahead in the clear.
        if (m_connection->pendingBytes() > 0) {
            m_connection->holdLines();
            fail(u"starttls-injection"_s,
                 u"%1 bytes arrived after \"%2\" before the TLS handshake: \"%3\""_s
                     .arg(m_connection->pendingBytes())
                     .arg(reply.summary(), escapeServerText(m_connection->peekPending().left(80))));
            return;
        }
        beginTls(Phase::StartTlsHandshake);
        return;
    case Phase::Auth:
        onAuthReply(reply);
        return;
    case Phase::MailFrom:
    case Phase::RcptTo:
    case Phase::Data:
    case Phase::Message:
        onMailReply(reply);
        return;
    case Phase::Quit:
        endPhase(true, reply.summary());
        m_result.completed = true;
        m_connection->abort();
        finish();
        return;
    default:
        fail(u"protocol-error"_s, u"a reply nobody asked for: %1"_s.arg(reply.summary()));
        return;
    }
}

void SmtpSession::afterEhlo()
{
    const bool tlsActive = m_connection->socket()->isEncrypted();
    if (m_settings.security == Security::StartTls && !tlsActive) {
        const bool offered = std::any_of(
            m_result.capabilities.cbegin(), m_result.capabilities.cend(),
            [](const QString &c) { return c.compare("STARTTLS"_L1, Qt::CaseInsensitive) == 0; });
        if (!offered) {
            endPhase(true);
            m_result.diagnoses << Diagnosis{
                u"starttls-not-offered"_s,
                Severity::Error,
                phaseName(m_phase),
                m_phase == Phase::Helo ? u"the server does not speak ESMTP (EHLO refused)"_s
                                       : u"EHLO lists: "_s + m_result.capabilities.join(u", "_s),
                {}};
            quit();
            return;
        }
        enter(Phase::StartTls);
        send("STARTTLS");
        return;
    }
    afterCapabilities();
}

void SmtpSession::note(const QString &code, Severity severity, const QString &evidence,
                       const QStringList &detail)
{
    m_result.diagnoses << Diagnosis{code, severity, phaseName(m_phase), evidence, detail};
}

void SmtpSession::afterCapabilities()
{
    if (!m_settings.credentials.isEmpty()) {
        startAuth();
        return;
    }
    if (m_settings.send) {
        startMail();
        return;
    }
    quit();
}

void SmtpSession::startAuth()
{
    const bool encrypted = m_connection->socket()->isEncrypted();
    const QString host = m_settings.peerName;
    if (!encrypted && !m_settings.allowCleartextAuth) {
        note(u"credentials-withheld"_s, Severity::Error,
             u"the connection is not encrypted, so the password was not sent"_s);
        quit();
        return;
    }
    if (encrypted && !m_result.tls.verified && !m_settings.allowUntrustedAuth) {
        note(u"credentials-withheld"_s, Severity::Error,
             u"the server's certificate did not verify for %1, so the password was not sent"_s.arg(
                 host));
        quit();
        return;
    }
    const QByteArrayList offered = authMechanisms(m_result.capabilities);
    if (offered.isEmpty()) {
        note(u"auth-not-offered"_s, Severity::Error,
             m_result.capabilities.isEmpty()
                 ? u"EHLO listed no extensions"_s
                 : u"EHLO lists: "_s + m_result.capabilities.join(u", "_s));
        quit();
        return;
    }
    const QString offeredText =
        u"the server offers AUTH "_s + QString::fromLatin1(offered.join(' '));
    QByteArray mechanism = m_settings.mechanism.toUpper();
    if (!mechanism.isEmpty() && !offered.contains(mechanism)) {
        note(u"auth-mechanism-unsupported"_s, Severity::Error,
             u"%1 was asked for; %2"_s.arg(QString::fromLatin1(mechanism), offeredText));
        quit();
        return;
    }
    if (mechanism.isEmpty())
        mechanism = chooseMechanism(offered, m_settings.credentials);
    if (mechanism.isEmpty()) {
        const bool oauthOnly = std::all_of(offered.cbegin(), offered.cend(), isOAuthMechanism);
        note(oauthOnly && m_settings.credentials.token.isEmpty() ? u"auth-oauth-only"_s
                                                                 : u"auth-mechanism-unsupported"_s,
             Severity::Error, offeredText);
        quit();
        return;
    }
    m_sasl = createMechanism(mechanism, m_settings.credentials, host, m_settings.port);
    m_result.mechanism = QString::fromLatin1(mechanism);
    if (!encrypted || !m_result.tls.verified) {
        note(u"credentials-sent-insecurely"_s, Severity::Warning,
             !encrypted
                 ? u"the password was sent over a connection that is not encrypted, as asked"_s
                 : u"the password was sent although the certificate did not verify, as asked"_s);
    }
    enter(Phase::Auth);
    // RFC 4954 §4: the initial response goes with the command; "=" stands for an empty one.
    QByteArray line = "AUTH " + mechanism;
    QString shown = u"AUTH "_s + QString::fromLatin1(mechanism);
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    }
    m_connection->writeSensitiveLine(line, shown);
}

void SmtpSession::sendAuthResponse(const QByteArray &response)
{
    m_connection->writeSensitiveLine(response.toBase64(), u"<redacted>"_s);
}

void SmtpSession::onAuthReply(const SmtpReply &reply)
{
    if (reply.isIntermediate() && reply.code == 334) {
        if (m_authCancelled) {
            fail(u"protocol-error"_s,
                 u"the server sent another challenge after the exchange was cancelled"_s);
            return;
        }
        const QByteArray text = reply.lines.constFirst().trimmed();
        const std::optional<QByteArray> challenge = decodeChallenge(text);
        if (!challenge) {
            // RFC 4954 §4: a client that cannot decode a challenge cancels with "*".
            m_authCancelled = true;
            note(u"protocol-error"_s, Severity::Error,
                 u"the server's AUTH challenge is not valid base64: \"%1\""_s.arg(
                     escapeServerText(text.left(80))));
            m_connection->writeLine("*");
            return;
        }
        const SaslMechanism::Step step = m_sasl->respond(*challenge);
        if (!step.ok) {
            m_authCancelled = true;
            const bool forged =
                m_sasl->authenticatesServer() && step.error.contains(u"signature"_s);
            note(forged ? u"auth-server-unverified"_s : u"protocol-error"_s, Severity::Error,
                 step.error);
            m_connection->writeLine("*");
            return;
        }
        if (m_sasl->authenticatesServer() && challenge->startsWith("v="))
            m_serverVerified = true;
        sendAuthResponse(step.response);
        return;
    }
    if (m_authCancelled) {
        // The answer to our "*" (501, usually); the finding is already recorded.
        endPhase(false, reply.summary());
        quit();
        return;
    }
    const QString evidence = reply.summary() + explainEnhancedStatus(reply.enhanced);
    if (reply.isPositive()) {
        if (m_sasl->authenticatesServer() && !m_serverVerified) {
            // The server's final SCRAM message may come with the 235 (RFC 4954 §4 allows it).
            const std::optional<QByteArray> extra =
                decodeChallenge(reply.lines.constFirst().split(' ').constLast());
            if (!extra || !m_sasl->verifyServerFinal(*extra)) {
                note(
                    u"auth-server-unverified"_s, Severity::Error,
                    u"the server accepted the login without proving that it knows the password (%1)"_s
                        .arg(reply.summary()));
                endPhase(false, reply.summary());
                quit();
                return;
            }
        }
        m_result.authenticated = true;
        endPhase(true, m_result.mechanism + u": "_s + reply.summary());
        if (m_settings.send) {
            startMail();
            return;
        }
        quit();
        return;
    }
    QString code = u"protocol-error"_s;
    if (reply.code == 421)
        code = u"server-busy"_s;
    else if (reply.code == 454 || (reply.isTransient()))
        code = u"auth-temporary-failure"_s;
    else if (reply.code == 534 || reply.code == 504)
        code = u"auth-mechanism-unsupported"_s;
    else if (reply.code == 535 || reply.code == 530 || reply.code == 538 || reply.isPermanent())
        code = u"auth-failed"_s;
    if (code == "server-busy"_L1) {
        fail(code, evidence);
        return;
    }
    note(code, Severity::Error, evidence);
    endPhase(false, reply.summary());
    quit();
}

void SmtpSession::startMail()
{
    const TestMessage &m = m_settings.message;
    const bool utf8 =
        needsSmtpUtf8(m.from) ||
        std::any_of(m.to.cbegin(), m.to.cend(), [](const QString &t) { return needsSmtpUtf8(t); });
    if (utf8 && !hasCapability(m_result.capabilities, "SMTPUTF8"_L1)) {
        note(u"sender-rejected"_s, Severity::Error,
             u"the addresses need SMTPUTF8 (RFC 6531), which the server does not offer"_s);
        quit();
        return;
    }
    enter(Phase::MailFrom);
    QByteArray line = "MAIL FROM:<" + m.from.toUtf8() + ">";
    if (hasCapability(m_result.capabilities, "8BITMIME"_L1))
        line += " BODY=8BITMIME";
    if (utf8)
        line += " SMTPUTF8";
    send(line);
}

void SmtpSession::onMailReply(const SmtpReply &reply)
{
    const QString evidence = reply.summary() + explainEnhancedStatus(reply.enhanced);
    if (reply.code == 421) {
        fail(u"server-busy"_s, evidence);
        return;
    }
    const QString lower = reply.summary().toLower();
    // A refusal a client that has not logged in gets where a login would help.
    const bool wantsLogin =
        !m_result.authenticated &&
        (reply.code == 530 ||
         (reply.isPermanent() && reply.enhanced.klass == 5 && reply.enhanced.subject == 7 &&
          (reply.enhanced.detail == 0 || reply.enhanced.detail == 1) &&
          !lower.contains("relay"_L1) && !authMechanisms(m_result.capabilities).isEmpty()));
    switch (m_phase) {
    case Phase::MailFrom:
        if (reply.isPositive()) {
            endPhase(true, reply.summary());
            m_rcptIndex = 0;
            m_rcptAccepted = 0;
            enter(Phase::RcptTo);
            send("RCPT TO:<" + m_settings.message.to.value(0).toUtf8() + ">");
            return;
        }
        note(reply.isTransient() ? u"greylisted"_s
             : wantsLogin        ? u"auth-required"_s
                                 : u"sender-rejected"_s,
             reply.isTransient() ? Severity::Warning : Severity::Error, evidence,
             {m_settings.message.from});
        endPhase(false, reply.summary());
        quit();
        return;
    case Phase::RcptTo: {
        const QString rcpt = m_settings.message.to.value(m_rcptIndex);
        if (reply.isPositive()) {
            ++m_rcptAccepted;
        } else if (lower.contains("relay access denied"_L1) ||
                   lower.contains("relaying denied"_L1) ||
                   lower.contains("relay not permitted"_L1)) {
            note(u"relay-denied"_s, Severity::Error, evidence, {rcpt});
        } else if (reply.isTransient()) {
            note(u"greylisted"_s, Severity::Warning, evidence, {rcpt});
        } else if (wantsLogin) {
            note(u"auth-required"_s, Severity::Error, evidence, {rcpt});
        } else {
            note(u"recipient-rejected"_s, Severity::Error, evidence, {rcpt});
        }
        ++m_rcptIndex;
        if (m_rcptIndex < m_settings.message.to.size()) {
            send("RCPT TO:<" + m_settings.message.to.at(m_rcptIndex).toUtf8() + ">");
            return;
        }
        endPhase(m_rcptAccepted == m_settings.message.to.size(),
                 u"%1 of %2 recipients accepted"_s.arg(m_rcptAccepted)
                     .arg(m_settings.message.to.size()));
        if (m_rcptAccepted == 0) {
            quit();
            return;
        }
        enter(Phase::Data);
        send("DATA");
        return;
    }
    case Phase::Data:
        if (reply.code == 354 || reply.isIntermediate()) {
            endPhase(true, reply.summary());
            enter(Phase::Message);
            const QByteArray message = composeMessage(
                m_settings.message, hasCapability(m_result.capabilities, "8BITMIME"_L1),
                QDateTime::currentDateTimeUtc(),
                m_settings.message.from.section(u'@', -1).toUtf8());
            const QByteArray wire = dotStuff(message);
            m_connection->writeRaw(wire, u"<the test message: %1 lines, %2 bytes, then \".\">"_s
                                             .arg(wire.count('\n') - 1)
                                             .arg(wire.size()));
            return;
        }
        note(reply.isTransient() ? u"greylisted"_s : u"message-rejected"_s,
             reply.isTransient() ? Severity::Warning : Severity::Error, evidence);
        endPhase(false, reply.summary());
        quit();
        return;
    case Phase::Message:
        if (reply.isPositive()) {
            m_result.queueId = reply.summary();
            endPhase(true, reply.summary());
        } else {
            note(reply.isTransient() ? u"greylisted"_s : u"message-rejected"_s,
                 reply.isTransient() ? Severity::Warning : Severity::Error, evidence);
            endPhase(false, reply.summary());
        }
        quit();
        return;
    default:
        return;
    }
}

void SmtpSession::sendEhlo(Phase phase)
{
    enter(phase);
    send("EHLO " + ehloName());
}

void SmtpSession::send(const QByteArray &command)
{
    m_connection->writeLine(command);
}

void SmtpSession::quit()
{
    enter(Phase::Quit);
    m_timer->start(std::min(m_settings.phaseTimeout, std::chrono::milliseconds(5000)));
    send("QUIT");
}

QByteArray SmtpSession::ehloName() const
{
    // An address literal is always a valid EHLO argument (RFC 5321 §4.1.3); a workstation's
    // own host name often is not a fully qualified one.
    const QHostAddress local = m_connection->socket()->localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

void SmtpSession::onSocketError(QAbstractSocket::SocketError error, const QString &text)
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
    const QString evidence = u"%1 during %2"_s.arg(text, phaseName(m_phase));
    if (m_phase == Phase::TlsHandshake) {
        m_result.hint = Hint::MaybePlainPort;
        // OpenSSL reads a plain "220 " greeting as a TLS record header: "wrong version number".
        const bool plainAnswer = text.contains("wrong version number"_L1) ||
                                 text.contains("packet length too long"_L1) ||
                                 text.contains("unknown protocol"_L1);
        m_result.hintEvidence =
            plainAnswer ? u"the server answered in plain text, not TLS ("_s + text + u')'
                        : evidence;
        fail(u"tls-handshake-failed"_s, m_result.hintEvidence);
    } else if (m_phase == Phase::StartTlsHandshake) {
        fail(u"starttls-failed"_s, u"the TLS handshake after STARTTLS failed: "_s + text);
    } else if (m_phase == Phase::Greeting && closed && !m_result.greeted &&
               m_settings.security != Security::Tls && !m_anyData) {
        m_result.hint = Hint::MaybeImplicitTlsPort;
        m_result.hintEvidence = u"the server closed the connection without a greeting"_s;
        fail(u"connection-closed"_s, m_result.hintEvidence);
    } else if (closed || error == QAbstractSocket::NetworkError) {
        fail(u"connection-closed"_s, evidence);
    } else {
        fail(u"protocol-error"_s, evidence);
    }
}

void SmtpSession::onTimeout()
{
    if (m_finished)
        return;
    switch (m_phase) {
    case Phase::Connect:
        onConnectFailed(u"timeout"_s, u"no answer to the connection attempt within %1"_s.arg(
                                          seconds(m_settings.connectTimeout)));
        return;
    case Phase::TlsHandshake:
        m_result.hint = Hint::MaybePlainPort;
        m_result.hintEvidence =
            u"no TLS handshake within %1"_s.arg(seconds(m_settings.phaseTimeout));
        fail(u"tls-handshake-failed"_s, m_result.hintEvidence);
        return;
    case Phase::StartTlsHandshake:
        fail(u"starttls-failed"_s,
             u"STARTTLS was accepted but no TLS handshake completed within %1"_s.arg(
                 seconds(m_settings.phaseTimeout)));
        return;
    case Phase::Greeting:
        if (!m_anyData && m_settings.security != Security::Tls) {
            m_result.hint = Hint::MaybeImplicitTlsPort;
            m_result.hintEvidence =
                u"no greeting within %1"_s.arg(seconds(m_settings.phaseTimeout));
        }
        fail(u"greeting-timeout"_s,
             u"no complete greeting within %1"_s.arg(seconds(m_settings.phaseTimeout)));
        return;
    case Phase::Quit:
        endPhase(true, u"no reply to QUIT; closed"_s);
        m_result.completed = true;
        m_connection->abort();
        finish();
        return;
    default:
        fail(u"reply-timeout"_s, u"no reply to %1 within %2"_s.arg(
                                     phaseName(m_phase), seconds(m_settings.phaseTimeout)));
        return;
    }
}

void SmtpSession::fail(const QString &code, const QString &evidence, const QStringList &detail)
{
    if (m_finished)
        return;
    qCDebug(lcSmtp) << "attempt" << m_settings.attempt << "failed in" << phaseName(m_phase) << code
                    << evidence;
    m_result.diagnoses << Diagnosis{code, Severity::Error, phaseName(m_phase), evidence, detail};
    endPhase(false, evidence);
    // A refusal with the connection still sane: say goodbye properly (RFC 5321 §3.1, §4.1.1.10).
    const bool sane =
        m_connection && m_connection->socket()->state() == QAbstractSocket::ConnectedState;
    const bool canQuit = sane && ((code == "starttls-failed"_L1 && m_phase == Phase::StartTls) ||
                                  code == "greeting-rejected"_L1);
    if (canQuit) {
        quit();
        return;
    }
    if (m_connection)
        m_connection->abort();
    finish();
}

void SmtpSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_quietTimer->stop();
    m_phase = Phase::Done;
    m_result.transcript = m_transcript.entries();
    // Let the caller's slot run after this frame, with the socket in a quiet state.
    QMetaObject::invokeMethod(this, &SmtpSession::finished, Qt::QueuedConnection);
}

} // namespace Portolan
