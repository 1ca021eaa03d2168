#include "imapsession.h"

#include "net/escape.h"
#include "net/lineconnection.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// "[CODE args]" at the start of a response text.
QByteArray responseCode(const QByteArray &text)
{
    if (!text.startsWith('['))
        return {};
    const qsizetype close = text.indexOf(']');
    return close > 0 ? text.mid(1, close - 1) : QByteArray();
}

QStringList capabilityList(const QByteArray &atoms)
{
    QStringList out;
    for (const QByteArray &a : atoms.split(' ')) {
        if (!a.isEmpty())
            out << escapeServerText(a);
    }
    return out;
}

QByteArray quoted(const QString &s)
{
    QByteArray q = s.toUtf8();
    q.replace("\\", "\\\\").replace("\"", "\\\"");
    return '"' + q + '"';
}

QByteArrayList authMechanisms(const QStringList &caps)
{
    QByteArrayList out;
    for (const QString &c : caps) {
        if (c.startsWith("AUTH="_L1, Qt::CaseInsensitive))
            out << c.mid(5).toUpper().toLatin1();
    }
    return out;
}

} // namespace

QString ImapSession::wireLabel(Phase phase) const
{
    switch (phase) {
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        return u"CAPABILITY"_s;
    case Phase::Auth:
        return m_loginCommand ? u"LOGIN"_s : u"AUTHENTICATE"_s;
    case Phase::Quit:
        return u"LOGOUT"_s;
    default:
        return MailSession::wireLabel(phase);
    }
}

void ImapSession::command(const QByteArray &verb, Phase phase)
{
    enter(phase);
    m_tag = 'a' + QByteArray::number(++m_tagNumber);
    send(m_tag + ' ' + verb);
}

void ImapSession::requestCapabilities(Phase phase)
{
    command("CAPABILITY", phase);
}

void ImapSession::afterStartTls()
{
    // Everything learned before TLS is discarded (RFC 9051 §6.2.1).
    m_result.capabilities.clear();
    requestCapabilities(Phase::CapabilitiesAfterTls);
}

void ImapSession::sendQuit()
{
    m_tag = 'a' + QByteArray::number(++m_tagNumber);
    send(m_tag + " LOGOUT");
}

void ImapSession::onLine(const QByteArray &line)
{
    if (m_finished)
        return;
    // Inside a literal: its bytes (lines included) belong to the response being read.
    if (m_literalLeft > 0) {
        m_literalLeft -= line.size() + 2;
        if (m_literalLeft >= 0)
            return;
        // The literal ended inside this line; the rest continues the response.
        const qsizetype restStart = line.size() + m_literalLeft + 2;
        m_literalLeft = 0;
        const QByteArray rest = line.mid(qMax<qsizetype>(0, restStart));
        onLine(m_pending + "<literal>" + rest);
        return;
    }
    static const QRegularExpression literal(uR"(\{(\d{1,12})\+?\}$)"_s);
    const QRegularExpressionMatch m = literal.match(QString::fromLatin1(line));
    if (m.hasMatch()) {
        const qint64 size = m.captured(1).toLongLong();
        if (size > MaxLiteral) {
            fail(
                Code::ProtocolError,
                u"the server announced a literal of %1 bytes (at most %2 are read)"_s.arg(size).arg(
                    MaxLiteral));
            return;
        }
        m_pending = line.left(line.size() - m.capturedLength());
        m_literalLeft = size;
        if (size == 0)
            onLine(QByteArray());
        return;
    }
    onResponse(line);
}

void ImapSession::onResponse(const QByteArray &line)
{
    if (line.startsWith("+")) {
        onContinuation(line.mid(2).trimmed());
        return;
    }
    if (line.startsWith("* ")) {
        const QByteArray rest = line.mid(2);
        const QByteArray kind = firstWord(rest).toUpper();
        const QByteArray text = rest.mid(kind.size() + 1);
        if (m_phase == Phase::Greeting) {
            if (kind == "OK" || kind == "PREAUTH") {
                m_result.greeted = true;
                m_result.greeting = escapeServerText(line);
                const QByteArray code = responseCode(text);
                if (code.toUpper().startsWith("CAPABILITY "))
                    m_result.capabilities = m_result.capabilitiesBeforeTls =
                        capabilityList(code.mid(11));
                endPhase(true, m_result.greeting);
                if (kind == "PREAUTH" && !isEncrypted() && m_settings.security != Security::None) {
                    // Logged in before TLS could start: STARTTLS is impossible now (RFC 9051 §13).
                    fail(Code::ImapPreauth, m_result.greeting);
                    return;
                }
                requestCapabilities(Phase::Capabilities);
            } else if (kind == "BYE") {
                fail(Code::ServerBusy, escapeServerText(line));
            } else {
                fail(Code::ProtocolError,
                     u"not an IMAP greeting: "_s + escapeServerText(line.left(200)));
            }
            return;
        }
        if (kind == "BYE" && m_phase != Phase::Quit) {
            fail(Code::ServerBusy, escapeServerText(line));
            return;
        }
        // Untagged capabilities count only where they were asked for; anything injected before
        // the STARTTLS go-ahead is ignored (hostile item 8).
        if (kind == "CAPABILITY" &&
            (m_phase == Phase::Capabilities || m_phase == Phase::CapabilitiesAfterTls)) {
            m_result.capabilities = capabilityList(text);
            if (m_phase == Phase::Capabilities)
                m_result.capabilitiesBeforeTls = m_result.capabilities;
        }
        return;
    }
    const qsizetype sp = line.indexOf(' ');
    const QByteArray tag = line.left(sp);
    if (m_phase == Phase::Greeting || tag != m_tag) {
        fail(Code::ProtocolError, u"a tagged response for a command that was not sent: "_s +
                                      escapeServerText(line.left(200)));
        return;
    }
    const QByteArray rest = line.mid(sp + 1);
    onTagged(firstWord(rest).toUpper(), rest.mid(rest.indexOf(' ') + 1), line);
}

void ImapSession::onTagged(const QByteArray &status, const QByteArray &text, const QByteArray &line)
{
    const QString evidence = escapeServerText(line);
    const bool ok = status == "OK";
    switch (m_phase) {
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls: {
        if (!ok) {
            fail(Code::ProtocolError, evidence);
            return;
        }
        const QByteArray code = responseCode(text);
        if (code.toUpper().startsWith("CAPABILITY "))
            m_result.capabilities = capabilityList(code.mid(11));
        if (m_phase == Phase::Capabilities)
            m_result.capabilitiesBeforeTls = m_result.capabilities;
        endPhase(true, u"%1 capabilities"_s.arg(m_result.capabilities.size()));
        afterCapabilities();
        return;
    }
    case Phase::StartTls:
        if (!ok) {
            fail(Code::StartTlsFailed, evidence);
            return;
        }
        upgradeAfterGoAhead(evidence);
        return;
    case Phase::Auth: {
        if (ok) {
            acceptLogin(evidence);
            quit();
            return;
        }
        if (m_authCancelled) {
            endPhase(false, evidence);
            quit();
            return;
        }
        const QByteArray code = responseCode(text).toUpper();
        Code diagnosis = Code::AuthFailed;
        QString why = evidence;
        if (status == "BAD")
            diagnosis = Code::ProtocolError;
        else if (code.startsWith("UNAVAILABLE"))
            diagnosis = Code::AuthTemporaryFailure;
        else if (code.startsWith("REFERRAL"))
            why += u" (the referral to another server was not followed)"_s; // hostile item 10
        else if (code.startsWith("PRIVACYREQUIRED"))
            diagnosis = Code::CredentialsWithheld;
        refuseLogin(diagnosis, why, evidence);
        return;
    }
    case Phase::Quit:
        quitAnswered(evidence);
        return;
    default:
        fail(Code::ProtocolError, u"unexpected response: "_s + evidence);
        return;
    }
}

void ImapSession::afterCapabilities()
{
    const QStringList &caps = m_result.capabilities;
    if (!isEncrypted()) {
        const QByteArrayList clear = secretSendingMechanisms(authMechanisms(caps));
        if (!hasCapability(caps, "LOGINDISABLED"_L1) || !clear.isEmpty()) {
            note(
                Code::AuthCleartextOffered, Severity::Warning,
                hasCapability(caps, "LOGINDISABLED"_L1)
                    ? u"before TLS the server offers AUTHENTICATE "_s +
                          QString::fromLatin1(clear.join(' '))
                    : u"before TLS the server does not announce LOGINDISABLED: LOGIN is accepted in clear"_s);
        }
    }
    proceedAfterCapabilities(hasCapability(caps, "STARTTLS"_L1),
                             u"CAPABILITY lists: "_s + caps.join(u' '));
}

void ImapSession::sendStartTls()
{
    command("STARTTLS", Phase::StartTls);
}

void ImapSession::startAuth()
{
    if (!mayLogIn()) {
        quit();
        return;
    }
    const QStringList &caps = m_result.capabilities;
    const QByteArrayList offered = authMechanisms(caps);
    const bool loginAllowed =
        !hasCapability(caps, "LOGINDISABLED"_L1) && !m_settings.credentials.password.isEmpty();
    // The LOGIN command where no SASL mechanism fits (or "LOGIN" was asked for and only the
    // command exists), unless the server disabled it.
    const QByteArray wanted = m_settings.mechanism.isEmpty()
                                  ? chooseMechanism(offered, m_settings.credentials)
                                  : m_settings.mechanism.toUpper();
    if (loginAllowed && (wanted.isEmpty() || (wanted == "LOGIN" && !offered.contains("LOGIN")))) {
        // The LOGIN command: the password goes as a quoted string.
        const QString user = m_settings.credentials.user;
        const QString password = m_settings.credentials.password;
        if (user.contains(u'\r') || user.contains(u'\n') || password.contains(u'\r') ||
            password.contains(u'\n')) {
            note(Code::AuthMechanismUnsupported, Severity::Error,
                 u"a line break in the user name or password cannot go in LOGIN"_s);
            quit();
            return;
        }
        m_loginCommand = true;
        m_result.mechanism = u"LOGIN command"_s;
        enter(Phase::Auth);
        m_tag = 'a' + QByteArray::number(++m_tagNumber);
        m_connection->writeSensitiveLine(m_tag + " LOGIN " + quoted(user) + ' ' + quoted(password),
                                         QString::fromLatin1(m_tag) + u" LOGIN "_s +
                                             escapeServerText(quoted(user)) + u" <redacted>"_s);
        return;
    }
    const QByteArray mechanism = pickMechanism(offered, u"CAPABILITY lists: "_s + caps.join(u' '));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    m_sasl = createMechanism(mechanism, m_settings.credentials, m_settings.peerName,
                             m_settings.port, m_settings.saslNonce);
    m_result.mechanism = QString::fromLatin1(mechanism);
    enter(Phase::Auth);
    m_tag = 'a' + QByteArray::number(++m_tagNumber);
    QByteArray line = m_tag + " AUTHENTICATE " + mechanism;
    QString shown = QString::fromLatin1(line);
    const std::optional<QByteArray> initial = m_sasl->initialResponse();
    if (initial && hasCapability(caps, "SASL-IR"_L1)) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    } else {
        m_initialPending = initial.has_value();
    }
    m_connection->writeSensitiveLine(line, shown);
}

void ImapSession::onContinuation(const QByteArray &text)
{
    if (m_phase != Phase::Auth || !m_sasl || m_authCancelled) {
        fail(Code::ProtocolError,
             u"a continuation request nobody asked for: + "_s + escapeServerText(text.left(80)));
        return;
    }
    if (m_initialPending) {
        m_initialPending = false;
        m_connection->writeSensitiveLine(m_sasl->initialResponse()->toBase64(), u"<redacted>"_s);
        return;
    }
    if (const std::optional<QByteArray> response = answerChallenge(text, u"AUTHENTICATE"_s))
        m_connection->writeSensitiveLine(*response, u"<redacted>"_s);
    else
        m_connection->writeLine("*");
}

} // namespace Portolan
