#include "pop3session.h"

#include "net/escape.h"
#include "net/lineconnection.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString Pop3Session::wireLabel(Phase phase) const
{
    switch (phase) {
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        return u"CAPA"_s;
    case Phase::StartTls:
        return u"STLS"_s;
    case Phase::Auth:
        return m_userSent ? u"USER"_s : u"AUTH"_s;
    default:
        return MailSession::wireLabel(phase);
    }
}

void Pop3Session::requestCapabilities(Phase phase)
{
    enter(phase);
    record().capabilities.clear();
    m_parser.expectMultiLine();
    send("CAPA");
}

void Pop3Session::afterStartTls()
{
    m_parser.reset();
    requestCapabilities(Phase::CapabilitiesAfterTls);
}

void Pop3Session::sendQuit()
{
    send("QUIT");
}

void Pop3Session::onLine(const QByteArray &line)
{
    if (isDone())
        return;
    switch (m_parser.feedLine(line)) {
    case Pop3ReplyParser::Status::NeedMore:
        return;
    case Pop3ReplyParser::Status::Error:
        fail(Code::ProtocolError, u"an unusable POP3 reply: "_s + m_parser.errorText());
        return;
    case Pop3ReplyParser::Status::Complete:
        onReply(m_parser.takeReply());
        return;
    }
}

void Pop3Session::onReply(const Pop3Reply &reply)
{
    const QString evidence = reply.summary();
    if (reply.isContinuation() && phase() != Phase::Auth) {
        fail(Code::ProtocolError, u"a continuation nobody asked for: "_s + evidence.left(200));
        return;
    }
    switch (phase()) {
    case Phase::Greeting:
        if (reply.isOk()) {
            record().greeted = true;
            record().greeting = evidence;
            endPhase(true, evidence);
            requestCapabilities(Phase::Capabilities);
        } else {
            fail(reply.code == "SYS/TEMP" || reply.code == "IN-USE" ? Code::ServerBusy
                                                                    : Code::GreetingRejected,
                 evidence);
        }
        return;
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        if (!reply.isOk()) {
            // An old server without CAPA (RFC 2449 is an extension): nothing is known.
            m_capaFailed = true;
            endPhase(true, u"CAPA not supported: "_s + evidence);
            afterCapabilities();
            return;
        }
        for (const QByteArray &capability : reply.lines)
            record().capabilities << escapeServerText(capability);
        if (phase() == Phase::Capabilities)
            record().capabilitiesBeforeTls = record().capabilities;
        endPhase(true, u"%1 capabilities"_s.arg(record().capabilities.size()));
        afterCapabilities();
        return;
    case Phase::StartTls:
        if (!reply.isOk()) {
            fail(m_capaFailed ? Code::StartTlsNotOffered : Code::StartTlsFailed, evidence);
            return;
        }
        upgradeAfterGoAhead(evidence);
        return;
    case Phase::Auth:
        onAuthReply(reply);
        return;
    case Phase::Quit:
        quitAnswered(evidence);
        return;
    default:
        fail(Code::ProtocolError, u"unexpected response: "_s + evidence);
        return;
    }
}

void Pop3Session::afterCapabilities()
{
    const QStringList &caps = record().capabilities;
    if (!isEncrypted()) {
        const QByteArrayList clear = secretSendingMechanisms(saslMechanisms(caps));
        if (hasCapability(caps, "USER"_L1) || !clear.isEmpty()) {
            note(Code::AuthCleartextOffered, Severity::Warning,
                 u"before TLS the server offers "_s +
                     (hasCapability(caps, "USER"_L1) ? u"USER/PASS "_s : QString()) +
                     QString::fromLatin1(clear.join(' ')));
        }
    }
    proceedAfterCapabilities(m_capaFailed || hasCapability(caps, "STLS"_L1),
                             u"CAPA lists: "_s + caps.join(u", "_s));
}

void Pop3Session::sendStartTls()
{
    enter(Phase::StartTls);
    send("STLS");
}

void Pop3Session::startAuth()
{
    if (!mayLogIn()) {
        quit();
        return;
    }
    const QStringList &caps = record().capabilities;
    const QByteArrayList offered = saslMechanisms(caps);
    // USER/PASS works where CAPA says USER, or where there is no CAPA at all (RFC 1939).
    const bool userPass = (m_capaFailed || hasCapability(caps, "USER"_L1)) &&
                          !settings().credentials.password.isEmpty();
    const QByteArray wanted = settings().mechanism.isEmpty()
                                  ? chooseMechanism(offered, settings().credentials)
                                  : settings().mechanism.toUpper();
    if (userPass && wanted.isEmpty()) {
        enter(Phase::Auth);
        record().mechanism = u"USER/PASS"_s;
        m_userSent = true;
        send("USER " + settings().credentials.user.toUtf8());
        return;
    }
    const QByteArray mechanism = pickMechanism(offered, u"CAPA lists: "_s + caps.join(u", "_s));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    enter(Phase::Auth);
    useMechanism(mechanism, {});
    QByteArray line = "AUTH " + mechanism;
    QString shown = QString::fromLatin1(line);
    if (const std::optional<QByteArray> initial = sasl()->initialResponse()) {
        // RFC 5034 §4: an initial response may follow the mechanism.
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    }
    connection()->writeSensitiveLine(line, shown);
}

void Pop3Session::authRefused(const Pop3Reply &reply)
{
    const QString evidence = reply.summary();
    Code code = Code::AuthFailed;
    if (reply.code == "IN-USE")
        code = Code::MailboxInUse;
    else if (reply.code == "SYS/TEMP")
        code = Code::AuthTemporaryFailure;
    refuseLogin(code, evidence, evidence);
}

void Pop3Session::onAuthReply(const Pop3Reply &reply)
{
    if (m_userSent && !m_passSent) {
        if (!reply.isOk()) {
            authRefused(reply);
            return;
        }
        m_passSent = true;
        connection()->writeSensitiveLine("PASS " + settings().credentials.password.toUtf8(),
                                         u"PASS <redacted>"_s);
        return;
    }
    switch (reply.status) {
    case Pop3Reply::Status::Ok:
        if (authCancelled()) {
            fail(Code::ProtocolError, u"the server accepted a cancelled login"_s);
            return;
        }
        acceptLogin(reply.summary());
        quit();
        return;
    case Pop3Reply::Status::Err:
        if (authCancelled()) {
            endPhase(false, reply.summary());
            quit();
            return;
        }
        authRefused(reply);
        return;
    case Pop3Reply::Status::Continuation:
        if (!sasl() || authCancelled())
            break;
        if (const std::optional<QByteArray> response =
                answerChallenge(reply.text.trimmed(), u"AUTH"_s))
            connection()->writeSensitiveLine(*response, u"<redacted>"_s);
        else
            connection()->writeLine("*");
        return;
    }
    fail(Code::ProtocolError, u"unexpected response to AUTH: "_s + reply.summary().left(200));
}

} // namespace Portolan
