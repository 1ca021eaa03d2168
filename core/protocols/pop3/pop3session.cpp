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
    m_inCapaList = false;
    m_capaLines = 0;
    m_result.capabilities.clear();
    send("CAPA");
}

void Pop3Session::afterStartTls()
{
    requestCapabilities(Phase::CapabilitiesAfterTls);
}

void Pop3Session::sendQuit()
{
    send("QUIT");
}

void Pop3Session::onLine(const QByteArray &line)
{
    if (m_finished)
        return;
    const bool ok = line.startsWith("+OK");
    const bool err = line.startsWith("-ERR");
    const QString evidence = escapeServerText(line);
    switch (m_phase) {
    case Phase::Greeting:
        if (ok) {
            m_result.greeted = true;
            m_result.greeting = evidence;
            endPhase(true, evidence);
            requestCapabilities(Phase::Capabilities);
        } else if (err) {
            fail(line.contains("[SYS/TEMP]") || line.contains("[IN-USE]") ? Code::ServerBusy
                                                                          : Code::GreetingRejected,
                 evidence);
        } else {
            fail(Code::ProtocolError,
                 u"not a POP3 greeting: "_s + escapeServerText(line.left(200)));
        }
        return;
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        if (!m_inCapaList) {
            if (ok) {
                m_inCapaList = true;
                return;
            }
            // An old server without CAPA (RFC 2449 is an extension): nothing is known.
            m_capaFailed = true;
            endPhase(true, u"CAPA not supported: "_s + evidence);
            afterCapabilities();
            return;
        }
        if (line == ".") {
            if (m_phase == Phase::Capabilities)
                m_result.capabilitiesBeforeTls = m_result.capabilities;
            endPhase(true, u"%1 capabilities"_s.arg(m_result.capabilities.size()));
            afterCapabilities();
            return;
        }
        if (++m_capaLines > 200) {
            fail(Code::ProtocolError, u"the CAPA list has more than 200 lines"_s);
            return;
        }
        m_result.capabilities << escapeServerText(line.startsWith("..") ? line.mid(1) : line);
        return;
    case Phase::StartTls:
        if (!ok) {
            fail(m_capaFailed ? Code::StartTlsNotOffered : Code::StartTlsFailed, evidence);
            return;
        }
        upgradeAfterGoAhead(evidence);
        return;
    case Phase::Auth:
        onAuthLine(line);
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
    const QStringList &caps = m_result.capabilities;
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
    const QStringList &caps = m_result.capabilities;
    const QByteArrayList offered = saslMechanisms(caps);
    // USER/PASS works where CAPA says USER, or where there is no CAPA at all (RFC 1939).
    const bool userPass = (m_capaFailed || hasCapability(caps, "USER"_L1)) &&
                          !m_settings.credentials.password.isEmpty();
    const QByteArray wanted = m_settings.mechanism.isEmpty()
                                  ? chooseMechanism(offered, m_settings.credentials)
                                  : m_settings.mechanism.toUpper();
    if (userPass && wanted.isEmpty()) {
        enter(Phase::Auth);
        m_result.mechanism = u"USER/PASS"_s;
        m_userSent = true;
        send("USER " + m_settings.credentials.user.toUtf8());
        return;
    }
    const QByteArray mechanism = pickMechanism(offered, u"CAPA lists: "_s + caps.join(u", "_s));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    enter(Phase::Auth);
    m_sasl = createMechanism(mechanism, m_settings.credentials, m_settings.peerName,
                             m_settings.port, m_settings.saslNonce);
    m_result.mechanism = QString::fromLatin1(mechanism);
    QByteArray line = "AUTH " + mechanism;
    QString shown = QString::fromLatin1(line);
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        // RFC 5034 §4: an initial response may follow the mechanism.
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    }
    m_connection->writeSensitiveLine(line, shown);
}

void Pop3Session::authRefused(const QByteArray &line)
{
    const QString evidence = escapeServerText(line);
    Code code = Code::AuthFailed;
    if (line.contains("[IN-USE]"))
        code = Code::MailboxInUse;
    else if (line.contains("[SYS/TEMP]"))
        code = Code::AuthTemporaryFailure;
    refuseLogin(code, evidence, evidence);
}

void Pop3Session::onAuthLine(const QByteArray &line)
{
    if (m_userSent && !m_passSent) {
        if (!line.startsWith("+OK")) {
            authRefused(line);
            return;
        }
        m_passSent = true;
        m_connection->writeSensitiveLine("PASS " + m_settings.credentials.password.toUtf8(),
                                         u"PASS <redacted>"_s);
        return;
    }
    if (line.startsWith("+OK")) {
        if (m_authCancelled) {
            fail(Code::ProtocolError, u"the server accepted a cancelled login"_s);
            return;
        }
        acceptLogin(escapeServerText(line));
        quit();
        return;
    }
    if (line.startsWith("-ERR")) {
        if (m_authCancelled) {
            endPhase(false, escapeServerText(line));
            quit();
            return;
        }
        authRefused(line);
        return;
    }
    if (line.startsWith("+") && m_sasl && !m_authCancelled) {
        const QByteArray text = line.mid(1).trimmed();
        if (const std::optional<QByteArray> response = answerChallenge(text, u"AUTH"_s))
            m_connection->writeSensitiveLine(*response, u"<redacted>"_s);
        else
            m_connection->writeLine("*");
        return;
    }
    fail(Code::ProtocolError,
         u"unexpected response to AUTH: "_s + escapeServerText(line.left(200)));
}

} // namespace Portolan
