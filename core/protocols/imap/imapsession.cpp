#include "imapsession.h"

#include "net/escape.h"
#include "net/lineconnection.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QStringList capabilityList(const QByteArrayList &atoms)
{
    QStringList out;
    for (const QByteArray &a : atoms)
        out << escapeServerText(a);
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

ImapResponseParser::Limits ImapSession::parserLimits()
{
    ImapResponseParser::Limits limits;
    limits.maxLiteral = MaxLiteral;
    return limits;
}

void ImapSession::afterStartTls()
{
    // Everything learned before TLS is discarded (RFC 9051 §6.2.1).
    m_parser.reset();
    record().capabilities.clear();
    requestCapabilities(Phase::CapabilitiesAfterTls);
}

void ImapSession::sendQuit()
{
    m_tag = 'a' + QByteArray::number(++m_tagNumber);
    send(m_tag + " LOGOUT");
}

void ImapSession::onLine(const QByteArray &line)
{
    if (isDone())
        return;
    switch (m_parser.feedLine(line)) {
    case ImapResponseParser::Status::NeedMore:
        return;
    case ImapResponseParser::Status::Error:
        fail(Code::ProtocolError, u"an unusable IMAP response: "_s + m_parser.errorText());
        return;
    case ImapResponseParser::Status::Complete:
        onResponse(m_parser.takeResponse());
        return;
    }
}

void ImapSession::onResponse(const ImapResponse &response)
{
    switch (response.type) {
    case ImapResponse::Type::Continuation:
        onContinuation(response.text.trimmed());
        return;
    case ImapResponse::Type::Untagged:
        if (phase() == Phase::Greeting)
            onGreeting(response);
        else
            onUntagged(response);
        return;
    case ImapResponse::Type::Tagged:
        if (phase() == Phase::Greeting || response.tag != m_tag) {
            fail(Code::ProtocolError, u"a tagged response for a command that was not sent: "_s +
                                          response.summary().left(200));
            return;
        }
        onTagged(response);
        return;
    }
}

void ImapSession::onGreeting(const ImapResponse &response)
{
    using Status = ImapResponse::Status;
    if (response.status == Status::Bye) {
        fail(Code::ServerBusy, response.summary());
        return;
    }
    if (response.status != Status::Ok && response.status != Status::PreAuth) {
        fail(Code::ProtocolError, u"not an IMAP greeting: "_s + response.summary().left(200));
        return;
    }
    record().greeted = true;
    record().greeting = response.summary();
    if (response.code == "CAPABILITY")
        record().capabilities = record().capabilitiesBeforeTls =
            capabilityList(response.capabilities);
    endPhase(true, record().greeting);
    if (response.status == Status::PreAuth && !isEncrypted() &&
        settings().security != Security::None) {
        // Logged in before TLS could start: STARTTLS is impossible now (RFC 9051 §13).
        fail(Code::ImapPreauth, record().greeting);
        return;
    }
    requestCapabilities(Phase::Capabilities);
}

void ImapSession::onUntagged(const ImapResponse &response)
{
    if (response.status == ImapResponse::Status::Bye && phase() != Phase::Quit) {
        fail(Code::ServerBusy, response.summary());
        return;
    }
    // Untagged capabilities count only where they were asked for; anything injected before
    // the STARTTLS go-ahead is ignored (hostile item 8).
    if (response.keyword == "CAPABILITY" &&
        (phase() == Phase::Capabilities || phase() == Phase::CapabilitiesAfterTls)) {
        record().capabilities = capabilityList(response.capabilities);
        if (phase() == Phase::Capabilities)
            record().capabilitiesBeforeTls = record().capabilities;
    }
}

void ImapSession::onTagged(const ImapResponse &response)
{
    const QString evidence = response.summary();
    const bool ok = response.status == ImapResponse::Status::Ok;
    switch (phase()) {
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls: {
        if (!ok) {
            fail(Code::ProtocolError, evidence);
            return;
        }
        if (response.code == "CAPABILITY")
            record().capabilities = capabilityList(response.capabilities);
        if (phase() == Phase::Capabilities)
            record().capabilitiesBeforeTls = record().capabilities;
        endPhase(true, u"%1 capabilities"_s.arg(record().capabilities.size()));
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
        if (authCancelled()) {
            endPhase(false, evidence);
            quit();
            return;
        }
        Code diagnosis = Code::AuthFailed;
        QString why = evidence;
        if (response.status == ImapResponse::Status::Bad)
            diagnosis = Code::ProtocolError;
        else if (response.code == "UNAVAILABLE")
            diagnosis = Code::AuthTemporaryFailure;
        else if (response.code == "REFERRAL")
            why += u" (the referral to another server was not followed)"_s; // hostile item 10
        else if (response.code == "PRIVACYREQUIRED")
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
    const QStringList &caps = record().capabilities;
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
    const QStringList &caps = record().capabilities;
    const QByteArrayList offered = authMechanisms(caps);
    const bool loginAllowed =
        !hasCapability(caps, "LOGINDISABLED"_L1) && !settings().credentials.password.isEmpty();
    // The LOGIN command where no SASL mechanism fits (or "LOGIN" was asked for and only the
    // command exists), unless the server disabled it.
    const QByteArray wanted = settings().mechanism.isEmpty()
                                  ? chooseMechanism(offered, settings().credentials)
                                  : settings().mechanism.toUpper();
    if (loginAllowed && (wanted.isEmpty() || (wanted == "LOGIN" && !offered.contains("LOGIN")))) {
        // The LOGIN command: the password goes as a quoted string.
        const QString user = settings().credentials.user;
        const QString password = settings().credentials.password;
        if (user.contains(u'\r') || user.contains(u'\n') || password.contains(u'\r') ||
            password.contains(u'\n')) {
            note(Code::AuthMechanismUnsupported, Severity::Error,
                 u"a line break in the user name or password cannot go in LOGIN"_s);
            quit();
            return;
        }
        m_loginCommand = true;
        record().mechanism = u"LOGIN command"_s;
        enter(Phase::Auth);
        m_tag = 'a' + QByteArray::number(++m_tagNumber);
        connection()->writeSensitiveLine(m_tag + " LOGIN " + quoted(user) + ' ' + quoted(password),
                                         QString::fromLatin1(m_tag) + u" LOGIN "_s +
                                             escapeServerText(quoted(user)) + u" <redacted>"_s);
        return;
    }
    const QByteArray mechanism = pickMechanism(offered, u"CAPABILITY lists: "_s + caps.join(u' '));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    useMechanism(mechanism, {});
    enter(Phase::Auth);
    m_tag = 'a' + QByteArray::number(++m_tagNumber);
    QByteArray line = m_tag + " AUTHENTICATE " + mechanism;
    QString shown = QString::fromLatin1(line);
    const std::optional<QByteArray> initial = sasl()->initialResponse();
    if (initial && hasCapability(caps, "SASL-IR"_L1)) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    } else {
        m_initialPending = initial.has_value();
    }
    connection()->writeSensitiveLine(line, shown);
}

void ImapSession::onContinuation(const QByteArray &text)
{
    if (phase() != Phase::Auth || !sasl() || authCancelled()) {
        fail(Code::ProtocolError,
             u"a continuation request nobody asked for: + "_s + escapeServerText(text.left(80)));
        return;
    }
    if (m_initialPending) {
        m_initialPending = false;
        connection()->writeSensitiveLine(sasl()->initialResponse()->toBase64(), u"<redacted>"_s);
        return;
    }
    if (const std::optional<QByteArray> response = answerChallenge(text, u"AUTHENTICATE"_s))
        connection()->writeSensitiveLine(*response, u"<redacted>"_s);
    else
        connection()->writeLine("*");
}

} // namespace Portolan
