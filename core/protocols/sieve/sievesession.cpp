#include "sievesession.h"

#include "net/escape.h"
#include "net/lineconnection.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The quoted strings of a line: "SASL" "PLAIN LOGIN" → [SASL, PLAIN LOGIN].
QByteArrayList strings(const QByteArray &line)
{
    QByteArrayList out;
    QByteArray current;
    bool in = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (!in) {
            if (c == '"') {
                in = true;
                current.clear();
            }
        } else if (c == '\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == '"') {
            in = false;
            out << current;
        } else {
            current += c;
        }
    }
    return out;
}

QByteArray quoted(const QByteArray &s)
{
    QByteArray q = s;
    q.replace("\\", "\\\\").replace("\"", "\\\"");
    return '"' + q + '"';
}

} // namespace

QString SieveSession::wireLabel(Phase phase) const
{
    switch (phase) {
    case Phase::CapabilitiesAfterTls:
        return u"CAPABILITY"_s;
    case Phase::Auth:
        return u"AUTHENTICATE"_s;
    case Phase::Quit:
        return u"LOGOUT"_s;
    default:
        return MailSession::wireLabel(phase);
    }
}

void SieveSession::afterStartTls()
{
    // RFC 5804 §2.2: after TLS the server sends its capabilities again, unasked.
    m_result.capabilities.clear();
    enter(Phase::CapabilitiesAfterTls);
}

void SieveSession::sendQuit()
{
    send("LOGOUT");
}

void SieveSession::onLine(const QByteArray &line)
{
    if (m_finished)
        return;
    if (m_literalLeft >= 0) {
        // The line carrying a literal string (a challenge, during AUTHENTICATE).
        m_literalLeft = -1;
        if (m_phase == Phase::Auth)
            onChallenge(line);
        return;
    }
    static const QRegularExpression literal(uR"(^\{(\d{1,12})\+?\}$)"_s);
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
        m_literalLeft = size;
        return;
    }
    const QByteArray word = firstWord(line).toUpper();
    if (word == "OK" || word == "NO" || word == "BYE") {
        onStatus(word, line);
        return;
    }
    if (line.startsWith('"')) {
        const QByteArrayList s = strings(line);
        if (m_phase == Phase::Auth) {
            onChallenge(s.value(0));
            return;
        }
        if (m_phase == Phase::Greeting || m_phase == Phase::CapabilitiesAfterTls) {
            if (m_result.capabilities.size() >= 200) {
                fail(Code::ProtocolError, u"more than 200 capability lines"_s);
                return;
            }
            m_result.capabilities << escapeServerText(s.join(' ')).trimmed();
            return;
        }
    }
    fail(Code::ProtocolError, u"not a ManageSieve response: "_s + escapeServerText(line.left(200)));
}

void SieveSession::onStatus(const QByteArray &status, const QByteArray &line)
{
    const QString evidence = escapeServerText(line);
    const bool ok = status == "OK";
    if (status == "BYE" && m_phase != Phase::Quit) {
        fail(Code::ServerBusy, evidence);
        return;
    }
    switch (m_phase) {
    case Phase::Greeting:
        if (!ok) {
            fail(line.toUpper().contains("(TRYLATER)") ? Code::ServerBusy : Code::GreetingRejected,
                 evidence);
            return;
        }
        m_result.greeted = true;
        m_result.greeting = evidence;
        m_result.capabilitiesBeforeTls = m_result.capabilities;
        endPhase(true, u"%1 capabilities"_s.arg(m_result.capabilities.size()));
        afterCapabilities();
        return;
    case Phase::CapabilitiesAfterTls:
        if (!ok) {
            fail(Code::ProtocolError, evidence);
            return;
        }
        endPhase(true, u"%1 capabilities"_s.arg(m_result.capabilities.size()));
        afterCapabilities();
        return;
    case Phase::StartTls:
        if (!ok) {
            fail(Code::StartTlsFailed, evidence);
            return;
        }
        upgradeAfterGoAhead(evidence);
        return;
    case Phase::Auth: {
        if (ok) {
            // The server's final SCRAM message may ride on the OK: OK (SASL "...").
            static const QRegularExpression saslCode(uR"re(\(SASL "([^"]*)"\))re"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch serverFinal = saslCode.match(QString::fromLatin1(line));
            if (m_sasl && m_sasl->authenticatesServer() && !m_serverVerified &&
                serverFinal.hasMatch()) {
                const std::optional<QByteArray> data =
                    decodeChallenge(serverFinal.captured(1).toLatin1());
                m_serverVerified = data && m_sasl->verifyServerFinal(*data);
            }
            acceptLogin(evidence);
            quit();
            return;
        }
        if (m_authCancelled) {
            endPhase(false, evidence);
            quit();
            return;
        }
        refuseLogin(line.toUpper().contains("(TRYLATER)") ? Code::AuthTemporaryFailure
                                                          : Code::AuthFailed,
                    evidence, evidence);
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

void SieveSession::afterCapabilities()
{
    const QStringList &caps = m_result.capabilities;
    if (!isEncrypted()) {
        const QByteArrayList clear = secretSendingMechanisms(saslMechanisms(caps));
        if (!clear.isEmpty())
            note(Code::AuthCleartextOffered, Severity::Warning,
                 u"before TLS the server offers SASL "_s + QString::fromLatin1(clear.join(' ')));
    }
    proceedAfterCapabilities(hasCapability(caps, "STARTTLS"_L1),
                             u"capabilities: "_s + caps.join(u"; "_s));
}

void SieveSession::sendStartTls()
{
    enter(Phase::StartTls);
    send("STARTTLS");
}

void SieveSession::startAuth()
{
    if (!mayLogIn()) {
        quit();
        return;
    }
    QByteArrayList offered = saslMechanisms(m_result.capabilities);
    offered.removeAll(QByteArray());
    const QByteArray mechanism = pickMechanism(offered, u"the server offers SASL "_s +
                                                            QString::fromLatin1(offered.join(' ')));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    m_sasl = createMechanism(mechanism, m_settings.credentials, m_settings.peerName,
                             m_settings.port, m_settings.saslNonce);
    m_result.mechanism = QString::fromLatin1(mechanism);
    enter(Phase::Auth);
    QByteArray line = "AUTHENTICATE " + quoted(mechanism);
    QString shown = QString::fromLatin1(line);
    if (const std::optional<QByteArray> initial = m_sasl->initialResponse()) {
        line += ' ' + quoted(initial->toBase64());
        shown += u" <redacted>"_s;
    }
    m_connection->writeSensitiveLine(line, shown);
}

void SieveSession::onChallenge(const QByteArray &base64)
{
    if (!m_sasl || m_authCancelled) {
        fail(Code::ProtocolError, u"a challenge nobody asked for"_s);
        return;
    }
    if (const std::optional<QByteArray> response = answerChallenge(base64, u"AUTHENTICATE"_s))
        m_connection->writeSensitiveLine(quoted(*response), u"<redacted>"_s);
    else
        m_connection->writeLine("\"*\"");
}

} // namespace Portolan
