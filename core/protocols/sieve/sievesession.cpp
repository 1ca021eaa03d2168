#include "sievesession.h"

#include "net/escape.h"
#include "net/lineconnection.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

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

SieveResponseParser::Limits SieveSession::parserLimits()
{
    SieveResponseParser::Limits limits;
    limits.maxLiteral = MaxLiteral;
    return limits;
}

void SieveSession::afterStartTls()
{
    // RFC 5804 §2.2: after TLS the server sends its capabilities again, unasked.
    m_parser.reset();
    record().capabilities.clear();
    enter(Phase::CapabilitiesAfterTls);
}

void SieveSession::sendQuit()
{
    send("LOGOUT");
}

void SieveSession::onLine(const QByteArray &line)
{
    if (isDone())
        return;
    switch (m_parser.feedLine(line)) {
    case SieveResponseParser::Status::NeedMore:
        return;
    case SieveResponseParser::Status::Error:
        fail(Code::ProtocolError, u"an unusable ManageSieve response: "_s + m_parser.errorText());
        return;
    case SieveResponseParser::Status::Complete:
        onResponse(m_parser.takeResponse());
        return;
    }
}

void SieveSession::onResponse(const SieveResponse &response)
{
    if (response.isStatus()) {
        onStatus(response);
        return;
    }
    if (phase() == Phase::Auth) {
        // A challenge: one string, quoted or a literal (RFC 5804 §2.1).
        onChallenge(response.strings.value(0));
        return;
    }
    if (phase() == Phase::Greeting || phase() == Phase::CapabilitiesAfterTls) {
        if (record().capabilities.size() >= 200) {
            fail(Code::ProtocolError, u"more than 200 capability lines"_s);
            return;
        }
        record().capabilities << escapeServerText(response.strings.join(' ')).trimmed();
        return;
    }
    fail(Code::ProtocolError, u"unexpected response: "_s + response.summary().left(200));
}

void SieveSession::onStatus(const SieveResponse &response)
{
    const QString evidence = response.summary();
    const bool ok = response.kind == SieveResponse::Kind::Ok;
    if (response.kind == SieveResponse::Kind::Bye && phase() != Phase::Quit) {
        fail(Code::ServerBusy, evidence);
        return;
    }
    switch (phase()) {
    case Phase::Greeting:
        if (!ok) {
            fail(response.code == "TRYLATER" ? Code::ServerBusy : Code::GreetingRejected, evidence);
            return;
        }
        record().greeted = true;
        record().greeting = evidence;
        record().capabilitiesBeforeTls = record().capabilities;
        endPhase(true, u"%1 capabilities"_s.arg(record().capabilities.size()));
        afterCapabilities();
        return;
    case Phase::CapabilitiesAfterTls:
        if (!ok) {
            fail(Code::ProtocolError, evidence);
            return;
        }
        endPhase(true, u"%1 capabilities"_s.arg(record().capabilities.size()));
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
            if (response.code == "SASL" && !response.codeArguments.isEmpty())
                takeServerFinal(response.codeArguments.constFirst());
            acceptLogin(evidence);
            quit();
            return;
        }
        if (authCancelled()) {
            endPhase(false, evidence);
            quit();
            return;
        }
        refuseLogin(response.code == "TRYLATER" ? Code::AuthTemporaryFailure : Code::AuthFailed,
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
    const QStringList &caps = record().capabilities;
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
    QByteArrayList offered = saslMechanisms(record().capabilities);
    offered.removeAll(QByteArray());
    const QByteArray mechanism = pickMechanism(offered, u"the server offers SASL "_s +
                                                            QString::fromLatin1(offered.join(' ')));
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    useMechanism(mechanism, {});
    enter(Phase::Auth);
    QByteArray line = "AUTHENTICATE " + quoted(mechanism);
    QString shown = QString::fromLatin1(line);
    if (const std::optional<QByteArray> initial = sasl()->initialResponse()) {
        line += ' ' + quoted(initial->toBase64());
        shown += u" <redacted>"_s;
    }
    connection()->writeSensitiveLine(line, shown);
}

void SieveSession::onChallenge(const QByteArray &base64)
{
    if (!sasl() || authCancelled()) {
        fail(Code::ProtocolError, u"a challenge nobody asked for"_s);
        return;
    }
    if (const std::optional<QByteArray> response = answerChallenge(base64, u"AUTHENTICATE"_s))
        connection()->writeSensitiveLine(quoted(*response), u"<redacted>"_s);
    else
        connection()->writeLine("\"*\"");
}

} // namespace Portolan
