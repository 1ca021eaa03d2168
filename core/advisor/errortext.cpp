#include "errortext.h"

#include "protocols/mailcheck.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

std::optional<Protocol> protocolOfPort(quint16 port)
{
    switch (port) {
    case 25:
    case 465:
    case 587:
    case 2525:
        return Protocol::Smtp;
    case 143:
    case 993:
        return Protocol::Imap;
    case 110:
    case 995:
        return Protocol::Pop3;
    case 4190:
        return Protocol::Sieve;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<ErrorTextTarget> targetFromErrorText(const QString &text)
{
    ErrorTextTarget t;
    const QString name = u"((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]|"
                         "\\d{1,3}(?:\\.\\d{1,3}){3})"_s;
    const auto ci = QRegularExpression::CaseInsensitiveOption;

    // scheme://host[:port] (PHPMailer, PHP streams, Python, URLs in app settings)
    static const QRegularExpression url(
        u"\\b(ssl|tls|smtps|imaps|pop3s|smtp|imap|pop3|pop|tcp|starttls)://"_s + name +
            u"(?::(\\d{1,5}))?"_s,
        ci);
    // Postfix and friends: "connect to mail.example.com[192.0.2.1]:25: Connection refused"
    static const QRegularExpression bracketed(name + u"\\[[0-9a-f.:]+\\]:(\\d{1,5})"_s, ci);
    static const QRegularExpression hostPort(name + u":(\\d{1,5})\\b"_s, ci);
    static const QRegularExpression hostThenPort(name + u"\\W+(?:on\\s+)?port\\s+(\\d{1,5})"_s, ci);
    static const QRegularExpression portAlone(u"\\bport\\s*:?\\s*(\\d{1,5})\\b"_s, ci);
    static const QRegularExpression hostAlone(
        u"(?:^|[\\s'\"(<])"_s + name + u"(?=$|[\\s'\")>:,;])"_s, ci);

    QString scheme;
    if (const auto m = url.match(text); m.hasMatch()) {
        scheme = m.captured(1).toLower();
        t.host = m.captured(2);
        t.port = quint16(m.captured(3).toUInt());
        t.clues << u"\"%1\" names the server and the way to connect"_s.arg(m.captured(0));
    } else if (const auto b = bracketed.match(text); b.hasMatch()) {
        t.host = b.captured(1);
        t.port = quint16(b.captured(2).toUInt());
        t.clues << u"\"%1\" names the server and the port"_s.arg(b.captured(0));
    } else if (const auto h = hostPort.match(text); h.hasMatch()) {
        t.host = h.captured(1);
        t.port = quint16(h.captured(2).toUInt());
        t.clues << u"\"%1\" names the server and the port"_s.arg(h.captured(0));
    } else if (const auto hp = hostThenPort.match(text); hp.hasMatch()) {
        t.host = hp.captured(1);
        t.port = quint16(hp.captured(2).toUInt());
        t.clues << u"\"%1\" names the server and the port"_s.arg(hp.captured(0));
    } else if (const auto a = hostAlone.match(text); a.hasMatch()) {
        t.host = a.captured(1);
        if (const auto p = portAlone.match(text); p.hasMatch())
            t.port = quint16(p.captured(1).toUInt());
        t.clues << u"\"%1\" looks like the server's name"_s.arg(t.host);
    }
    if (t.host.isEmpty())
        return std::nullopt;
    t.host = t.host.toLower();

    // The protocol: the scheme, the port, or a word in the text.
    const QString lower = text.toLower();
    if (scheme.startsWith("imap"_L1))
        t.protocol = Protocol::Imap;
    else if (scheme.startsWith("pop"_L1))
        t.protocol = Protocol::Pop3;
    else if (scheme.startsWith("smtp"_L1))
        t.protocol = Protocol::Smtp;
    else if (const std::optional<Protocol> byPort = protocolOfPort(t.port))
        t.protocol = *byPort;
    else if (lower.contains("imap"_L1))
        t.protocol = Protocol::Imap;
    else if (lower.contains("pop3"_L1) || lower.contains("pop "_L1))
        t.protocol = Protocol::Pop3;

    // The security mode the client used.
    if (scheme == "ssl"_L1 || scheme == "tls"_L1 || scheme.endsWith(u's')) {
        t.security = Security::Tls;
        t.clues << u"\"%1://\" means TLS from the first byte (SSL/TLS)"_s.arg(scheme);
    } else if (scheme == "starttls"_L1 || lower.contains("starttls"_L1)) {
        t.security = Security::StartTls;
        t.clues << u"the text mentions STARTTLS"_s;
    } else if (t.port != 0) {
        if (const std::optional<Security> usual =
                MailCheck::conventionalSecurity(t.protocol, t.port)) {
            t.security = *usual;
        }
    }
    if (t.port == 0)
        t.port = MailCheck::defaultPort(t.protocol, t.security);
    return t;
}

} // namespace Portolan
