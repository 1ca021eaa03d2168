#include "smtpsession.h"

#include "net/escape.h"
#include "net/lineconnection.h"
#include "report/catalogue.h"
#include "smtpreply.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

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

// The mechanisms of "AUTH PLAIN LOGIN" (and of the pre-RFC "AUTH=PLAIN LOGIN" form).
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

} // namespace

SmtpSession::SmtpSession(const SessionSettings &settings, const QElapsedTimer &clock,
                         QObject *parent)
    : MailSession(settings, clock, parent)
    , m_assembler(std::make_unique<SmtpReplyAssembler>())
{}

SmtpSession::~SmtpSession() = default;

QString SmtpSession::wireLabel(Phase phase) const
{
    switch (phase) {
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
        return u"EHLO"_s;
    case Phase::Helo:
        return u"HELO"_s;
    case Phase::MailFrom:
        return u"MAIL FROM"_s;
    case Phase::RcptTo:
        return u"RCPT TO"_s;
    case Phase::Data:
        return u"DATA"_s;
    default:
        return MailSession::wireLabel(phase);
    }
}

void SmtpSession::sendQuit()
{
    send("QUIT");
}

void SmtpSession::sendStartTls()
{
    enter(Phase::StartTls);
    send("STARTTLS");
}

void SmtpSession::afterStartTls()
{
    // Everything learned before TLS is discarded (RFC 3207 §4.2): ask again.
    sendEhlo(Phase::CapabilitiesAfterTls);
}

void SmtpSession::onLine(const QByteArray &line)
{
    if (isDone())
        return;
    switch (m_assembler->feedLine(line)) {
    case SmtpReplyAssembler::Status::NeedMore:
        return;
    case SmtpReplyAssembler::Status::Error:
        fail(Code::ProtocolError, m_assembler->errorText());
        return;
    case SmtpReplyAssembler::Status::Complete:
        onReply(m_assembler->takeReply());
        return;
    }
}

void SmtpSession::failOnReply(const SmtpReply &reply, Code permanentCode)
{
    if (reply.code == 421 || reply.isTransient()) {
        fail(Code::ServerBusy, reply.summary());
    } else if (!reply.hasValidClass() || reply.isIntermediate()) {
        fail(Code::ProtocolError,
             u"unexpected reply in %1: %2"_s.arg(phaseLabel(phase()), reply.summary()));
    } else {
        fail(permanentCode, reply.summary());
    }
}

void SmtpSession::onReply(const SmtpReply &reply)
{
    switch (phase()) {
    case Phase::Greeting:
        if (reply.isPositive()) {
            record().greeted = true;
            record().greeting = reply.summary();
            endPhase(true, record().greeting);
            sendEhlo(Phase::Capabilities);
        } else {
            failOnReply(reply, Code::GreetingRejected);
        }
        return;
    case Phase::Capabilities:
    case Phase::CapabilitiesAfterTls:
    case Phase::Helo:
        if (reply.isPositive()) {
            QStringList caps;
            for (qsizetype i = 1; i < reply.lines.size(); ++i)
                caps << escapeServerText(reply.lines.at(i));
            if (!isEncrypted()) {
                // AUTH offered in the clear: a client that takes it up sends the password in
                // clear (RFC 8314 §5.1). Said whether or not we log in.
                const QByteArrayList clear = secretSendingMechanisms(authMechanisms(caps));
                if (!clear.isEmpty())
                    note(Code::AuthCleartextOffered, Severity::Warning,
                         u"before TLS the server offers AUTH "_s +
                             QString::fromLatin1(clear.join(' ')));
            }
            if (phase() == Phase::CapabilitiesAfterTls)
                record().capabilities = caps;
            else
                record().capabilitiesBeforeTls = record().capabilities = caps;
            endPhase(true, caps.isEmpty()     ? u"no extensions"_s
                           : caps.size() == 1 ? u"1 extension"_s
                                              : u"%1 extensions"_s.arg(caps.size()));
            afterEhlo();
        } else if (phase() == Phase::Capabilities && reply.isPermanent() && reply.code != 421) {
            // An old server without ESMTP: HELO works but offers no extensions (no STARTTLS).
            enter(Phase::Helo);
            send("HELO " + ehloName());
        } else {
            failOnReply(reply, Code::ProtocolError);
        }
        return;
    case Phase::StartTls:
        if (!reply.isPositive()) {
            // Anything but success to STARTTLS is fatal: no fallback to plain text.
            fail(reply.code == 421 ? Code::ServerBusy : Code::StartTlsFailed, reply.summary());
            return;
        }
        upgradeAfterGoAhead(reply.summary());
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
        quitAnswered(reply.summary());
        return;
    default:
        fail(Code::ProtocolError, u"a reply nobody asked for: %1"_s.arg(reply.summary()));
        return;
    }
}

void SmtpSession::afterEhlo()
{
    const bool tlsActive = isEncrypted();
    const bool offered = std::any_of(
        record().capabilities.cbegin(), record().capabilities.cend(),
        [](const QString &c) { return c.compare("STARTTLS"_L1, Qt::CaseInsensitive) == 0; });
    if (settings().security == Security::None && !tlsActive && !offered &&
        !settings().credentials.isEmpty() && !settings().allowCleartextAuth) {
        // No encryption was chosen and none is to be had here: that, not the choice, is why
        // the password stays home, and "use STARTTLS" would be advice that cannot work.
        note(Code::StartTlsNotOffered, Severity::Error,
             u"EHLO lists: "_s + record().capabilities.join(u", "_s));
    }
    if (settings().security == Security::StartTls && !tlsActive) {
        if (!offered) {
            endPhase(true);
            note(Code::StartTlsNotOffered, Severity::Error,
                 phase() == Phase::Helo ? u"the server does not speak ESMTP (EHLO refused)"_s
                                        : u"EHLO lists: "_s + record().capabilities.join(u", "_s));
            quit();
            return;
        }
        sendStartTls();
        return;
    }
    afterCapabilities();
}

void SmtpSession::afterCapabilities()
{
    if (!settings().credentials.isEmpty()) {
        startAuth();
        return;
    }
    if (settings().send) {
        startMail();
        return;
    }
    quit();
}

void SmtpSession::startAuth()
{
    const QString host = settings().peerName;
    const QByteArrayList offered = authMechanisms(record().capabilities);
    if (offered.isEmpty()) {
        note(Code::AuthNotOffered, Severity::Error,
             record().capabilities.isEmpty()
                 ? u"EHLO listed no extensions"_s
                 : u"EHLO lists: "_s + record().capabilities.join(u", "_s));
        quit();
        return;
    }
    const QString offeredText =
        u"the server offers AUTH "_s + QString::fromLatin1(offered.join(' '));
    const QByteArray mechanism = pickMechanism(offered, offeredText);
    if (mechanism.isEmpty()) {
        quit();
        return;
    }
    useMechanism(mechanism, host);
    if (!mayLogIn()) {
        quit();
        return;
    }
    enter(Phase::Auth);
    // RFC 4954 §4: the initial response goes with the command; "=" stands for an empty one.
    QByteArray line = "AUTH " + mechanism;
    QString shown = u"AUTH "_s + QString::fromLatin1(mechanism);
    if (const std::optional<QByteArray> initial = sasl()->initialResponse()) {
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        shown += u" <redacted>"_s;
    }
    connection()->writeSensitiveLine(line, shown);
}

void SmtpSession::onAuthReply(const SmtpReply &reply)
{
    if (reply.isIntermediate() && reply.code == 334) {
        if (authCancelled()) {
            fail(Code::ProtocolError,
                 u"the server sent another challenge after the exchange was cancelled"_s);
            return;
        }
        const QByteArray text = reply.lines.constFirst().trimmed();
        if (const std::optional<QByteArray> response = answerChallenge(text, u"AUTH"_s)) {
            connection()->writeSensitiveLine(*response, u"<redacted>"_s);
        } else {
            connection()->writeLine("*");
        }
        return;
    }
    if (authCancelled()) {
        // The answer to our "*" (501, usually); the finding is already recorded.
        endPhase(false, reply.summary());
        quit();
        return;
    }
    const QString evidence = reply.summary() + explainEnhancedStatus(reply.enhanced);
    if (reply.isPositive()) {
        // The server's final SCRAM message may come with the 235 (RFC 4954 §4 allows it).
        takeServerFinal(reply.lines.constFirst().split(' ').constLast());
        if (!acceptLogin(reply.summary())) {
            quit();
            return;
        }
        if (settings().send) {
            startMail();
            return;
        }
        quit();
        return;
    }
    Code code = Code::ProtocolError;
    if (reply.code == 421)
        code = Code::ServerBusy;
    else if (reply.code == 454 || (reply.isTransient()))
        code = Code::AuthTemporaryFailure;
    else if (reply.code == 534 || reply.code == 504)
        code = Code::AuthMechanismUnsupported;
    else if (reply.code == 535 || reply.code == 530 || reply.code == 538 || reply.isPermanent())
        code = Code::AuthFailed;
    if (code == Code::ServerBusy) {
        fail(code, evidence);
        return;
    }
    refuseLogin(code, evidence, reply.summary());
}

void SmtpSession::startMail()
{
    const TestMessage &m = settings().message;
    const bool utf8 =
        needsSmtpUtf8(m.from) ||
        std::any_of(m.to.cbegin(), m.to.cend(), [](const QString &t) { return needsSmtpUtf8(t); });
    if (utf8 && !hasCapability(record().capabilities, "SMTPUTF8"_L1)) {
        note(Code::SenderRejected, Severity::Error,
             u"the addresses need SMTPUTF8 (RFC 6531), which the server does not offer"_s);
        quit();
        return;
    }
    enter(Phase::MailFrom);
    QByteArray line = "MAIL FROM:<" + m.from.toUtf8() + ">";
    if (hasCapability(record().capabilities, "8BITMIME"_L1))
        line += " BODY=8BITMIME";
    if (utf8)
        line += " SMTPUTF8";
    send(line);
}

void SmtpSession::onMailReply(const SmtpReply &reply)
{
    const QString evidence = reply.summary() + explainEnhancedStatus(reply.enhanced);
    if (reply.code == 421) {
        fail(Code::ServerBusy, evidence);
        return;
    }
    const QString lower = reply.summary().toLower();
    // A refusal a client that has not logged in gets where a login would help.
    const bool wantsLogin =
        !record().authenticated &&
        (reply.code == 530 ||
         (reply.isPermanent() && reply.enhanced.klass == 5 && reply.enhanced.subject == 7 &&
          (reply.enhanced.detail == 0 || reply.enhanced.detail == 1) &&
          !lower.contains("relay"_L1) && !authMechanisms(record().capabilities).isEmpty()));
    switch (phase()) {
    case Phase::MailFrom:
        if (reply.isPositive()) {
            endPhase(true, reply.summary());
            m_rcptIndex = 0;
            m_rcptAccepted = 0;
            enter(Phase::RcptTo);
            send("RCPT TO:<" + settings().message.to.value(0).toUtf8() + ">");
            return;
        }
        note(reply.isTransient() ? Code::Greylisted
             : wantsLogin        ? Code::AuthRequired
                                 : Code::SenderRejected,
             reply.isTransient() ? Severity::Warning : Severity::Error, evidence,
             {settings().message.from});
        endPhase(false, reply.summary());
        quit();
        return;
    case Phase::RcptTo: {
        const QString rcpt = settings().message.to.value(m_rcptIndex);
        if (reply.isPositive()) {
            ++m_rcptAccepted;
        } else if (lower.contains("relay access denied"_L1) ||
                   lower.contains("relaying denied"_L1) ||
                   lower.contains("relay not permitted"_L1)) {
            note(Code::RelayDenied, Severity::Error, evidence, {rcpt});
        } else if (reply.isTransient()) {
            note(Code::Greylisted, Severity::Warning, evidence, {rcpt});
        } else if (wantsLogin) {
            note(Code::AuthRequired, Severity::Error, evidence, {rcpt});
        } else {
            note(Code::RecipientRejected, Severity::Error, evidence, {rcpt});
        }
        ++m_rcptIndex;
        if (m_rcptIndex < settings().message.to.size()) {
            send("RCPT TO:<" + settings().message.to.at(m_rcptIndex).toUtf8() + ">");
            return;
        }
        endPhase(m_rcptAccepted == settings().message.to.size(),
                 u"%1 of %2 recipients accepted"_s.arg(m_rcptAccepted)
                     .arg(settings().message.to.size()));
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
                settings().message, hasCapability(record().capabilities, "8BITMIME"_L1),
                QDateTime::currentDateTimeUtc(),
                settings().message.from.section(u'@', -1).toUtf8());
            const QByteArray wire = dotStuff(message);
            connection()->writeRaw(wire, u"<the test message: %1 lines, %2 bytes, then \".\">"_s
                                             .arg(wire.count('\n') - 1)
                                             .arg(wire.size()));
            return;
        }
        note(reply.isTransient() ? Code::Greylisted : Code::MessageRejected,
             reply.isTransient() ? Severity::Warning : Severity::Error, evidence);
        endPhase(false, reply.summary());
        quit();
        return;
    case Phase::Message:
        if (reply.isPositive()) {
            record().queueId = reply.summary();
            endPhase(true, reply.summary());
        } else {
            note(reply.isTransient() ? Code::Greylisted : Code::MessageRejected,
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

QByteArray SmtpSession::ehloName() const
{
    // An address literal is always a valid EHLO argument (RFC 5321 §4.1.3); a workstation's
    // own host name often is not a fully qualified one.
    const QHostAddress local = localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return '[' + local.toString().toLatin1() + ']';
}

} // namespace Portolan
