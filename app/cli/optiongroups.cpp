#include "optiongroups.h"

#include "advisor/portscan.h"
#include "dns/resolver.h"
#include "net/hostname.h"
#include "protocols/mailcheck.h"
#include "report/writers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

TargetOptions::TargetOptions(const QString &commandName, const QString &protocolHelp)
    : command(commandName)
    , protocol(u"protocol"_s, protocolHelp, u"NAME"_s, u"smtp"_s)
{}

QList<QCommandLineOption> TargetOptions::options() const
{
    return {protocol};
}

QString TargetOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return positional.isEmpty()
                   ? u"%1 needs a server name"_s.arg(command)
                   : u"%1 takes one server name, not %2"_s.arg(command).arg(positional.size());
    options.target.host = positional.constFirst();
    if (const QString why = hostProblem(options.target.host); !why.isEmpty())
        return why;
    const std::optional<Protocol> chosen = protocolFromName(parser.value(protocol));
    if (!chosen)
        return u"--protocol must be smtp, imap, pop3 or sieve, not '%1'"_s.arg(
            parser.value(protocol));
    options.target.protocol = *chosen;
    return {};
}

PortOptions::PortOptions()
    : port(u"port"_s,
           u"Port (default: SMTP 587, IMAP 143, POP3 110, ManageSieve 4190; with --security tls "
           "465, 993, 995)."_s,
           u"N"_s)
    , security(u"security"_s,
               u"tls (SSL/TLS from the first byte), starttls, none, or auto "
               "(default: 465 tls, 25/587/2525 starttls, other ports found out)."_s,
               u"MODE"_s, u"auto"_s)
{}

QList<QCommandLineOption> PortOptions::options() const
{
    return {port, security};
}

QString PortOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    const std::optional<Security> mode = securityFromName(parser.value(security));
    if (!mode)
        return u"--security must be tls, starttls, none or auto, not '%1'"_s.arg(
            parser.value(security));
    options.target.security = *mode;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint n = parser.value(port).toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return u"--port must be a number from 1 to 65535, not '%1'"_s.arg(parser.value(port));
        options.target.port = quint16(n);
    }
    return {};
}

NetworkOptions::NetworkOptions()
    : timeout(u"timeout"_s, u"Seconds each phase may take (default 15)."_s, u"SECONDS"_s, u"15"_s)
    , ipv4(u"4"_s, u"IPv4 addresses only."_s)
    , ipv6(u"6"_s, u"IPv6 addresses only."_s)
    , dnsServer(u"dns-server"_s, u"Ask this DNS server instead of the system's."_s,
                u"ADDR[:PORT]"_s)
{}

QList<QCommandLineOption> NetworkOptions::options() const
{
    return {timeout, ipv4, ipv6, dnsServer};
}

QString NetworkOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return u"--timeout must be a number of seconds from 0 to 3600"_s;
        options.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(ipv4) && parser.isSet(ipv6))
        return u"-4 and -6 exclude each other"_s;
    {
        QString bare = options.target.host;
        if (bare.startsWith(u'[') && bare.endsWith(u']'))
            bare = bare.mid(1, bare.size() - 2);
        const QHostAddress literal(bare);
        if ((parser.isSet(ipv4) && literal.protocol() == QAbstractSocket::IPv6Protocol) ||
            (parser.isSet(ipv6) && literal.protocol() == QAbstractSocket::IPv4Protocol))
            return u"%1 is an address of the other family than %2 asks for"_s.arg(
                options.target.host, parser.isSet(ipv4) ? u"-4"_s : u"-6"_s);
    }
    options.family = parser.isSet(ipv4)   ? AddressFamily::IPv4
                     : parser.isSet(ipv6) ? AddressFamily::IPv6
                                          : AddressFamily::Any;
    if (parser.isSet(dnsServer)) {
        options.dnsServer = parser.value(dnsServer);
        if (Resolver::unboundServerSpec(options.dnsServer).isEmpty())
            return u"--dns-server must be an address with an optional port, not '%1'"_s.arg(
                options.dnsServer);
    }
    return {};
}

TlsOptions::TlsOptions()
    : caFile(u"ca-file"_s, u"Also trust the CA certificates in this PEM file."_s, u"PEM"_s)
    , serverName(u"servername"_s, u"The name the certificate must match (default: HOST)."_s,
                 u"NAME"_s)
{}

QList<QCommandLineOption> TlsOptions::options() const
{
    return {caFile, serverName};
}

QString TlsOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    if (parser.isSet(serverName)) {
        options.target.serverName = parser.value(serverName);
        if (const QString why = hostProblem(options.target.serverName); !why.isEmpty())
            return u"--servername: "_s + why;
    }
    if (parser.isSet(caFile)) {
        QFile file(parser.value(caFile));
        if (!file.open(QIODevice::ReadOnly))
            return u"cannot read --ca-file %1: %2"_s.arg(file.fileName(), file.errorString());
        options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return u"--ca-file %1 holds no PEM certificate"_s.arg(file.fileName());
    }
    return {};
}

TlsDetailOptions::TlsDetailOptions()
    : tlsDetail(u"tls-detail"_s,
                u"Also test which TLS versions (1.0-1.3) the server accepts, with the cipher of "
                "each (one extra handshake per version; always done by scan)."_s)
    , dane(u"dane"_s, u"Also look up the port's TLSA records (DANE), DNSSEC-validated, and match "
                      "them against the server's certificates."_s)
    , dnssecAnchor(u"dnssec-anchor"_s,
                   u"DNSSEC trust anchors for --dane (DS or DNSKEY records in zone-file form; "
                   "default: /usr/share/dns/root.key)."_s,
                   u"FILE"_s)
{}

QList<QCommandLineOption> TlsDetailOptions::options() const
{
    return {tlsDetail, dane, dnssecAnchor};
}

QString TlsDetailOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    options.tlsDetail = parser.isSet(tlsDetail);
    options.dane = parser.isSet(dane);
    if (parser.isSet(dnssecAnchor)) {
        if (!options.dane)
            return u"--dnssec-anchor is for --dane"_s;
        options.trustAnchorFile = parser.value(dnssecAnchor);
        if (!QFileInfo(options.trustAnchorFile).isReadable())
            return u"cannot read --dnssec-anchor %1"_s.arg(options.trustAnchorFile);
    }
    return {};
}

MessageOptions::MessageOptions()
    : send(u"send"_s, u"Send a test message (needs --from and --to)."_s)
    , from(u"from"_s, u"Sender address of the test message."_s, u"ADDR"_s)
    , to(u"to"_s, u"Recipient of the test message (repeatable)."_s, u"ADDR"_s)
    , subject(u"subject"_s, u"Subject of the test message."_s, u"TEXT"_s,
              u"Portolan test message"_s)
    , body(u"body"_s, u"Body of the test message."_s, u"TEXT"_s)
    , bodyFile(u"body-file"_s, u"Read the body of the test message from this file."_s, u"FILE"_s)
{}

QList<QCommandLineOption> MessageOptions::options() const
{
    return {send, from, to, subject, body, bodyFile};
}

QString MessageOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    if (!parser.isSet(send)) {
        if (parser.isSet(from) || parser.isSet(to))
            return u"--from and --to only make sense with --send"_s;
        return {};
    }
    if (options.target.protocol != Protocol::Smtp)
        return u"--send is for SMTP; %1 receives mail"_s.arg(
            protocolTitle(options.target.protocol));
    options.send = true;
    options.message.from = parser.value(from);
    options.message.to = parser.values(to);
    options.message.subject = parser.value(subject);
    if (options.message.from.isEmpty() || options.message.to.isEmpty())
        return u"--send needs --from and at least one --to"_s;
    for (const QString &address : QStringList{options.message.from} + options.message.to) {
        if (!address.contains(u'@') || address.contains(u'<') || address.contains(u'>') ||
            std::any_of(address.cbegin(), address.cend(),
                        [](QChar c) { return c.isSpace() || c.unicode() < 0x20; }))
            return u"'%1' is not an email address"_s.arg(address);
    }
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly))
            return u"cannot read --body-file %1: %2"_s.arg(file.fileName(), file.errorString());
        options.message.body = QString::fromUtf8(file.read(10 * 1024 * 1024));
    } else {
        options.message.body =
            parser.isSet(body)
                ? parser.value(body)
                : u"This is a test message sent by Portolan %1 to check that mail can be "
                  "sent through this server.\n"_s.arg(QCoreApplication::applicationVersion());
    }
    return {};
}

OutputOptions::OutputOptions(const QString &schema)
    : json(u"json"_s, u"Print one JSON object (schema %1)."_s.arg(schema))
    , report(
          u"report"_s,
          u"Also write a report: FILE.md (the summary for a ticket) or FILE.html (everything)."_s,
          u"FILE"_s)
{}

QList<QCommandLineOption> OutputOptions::options() const
{
    return {json, report};
}

QString OutputOptions::read(const QCommandLineParser &parser) const
{
    if (!parser.isSet(report))
        return {};
    const QString lower = parser.value(report).toLower();
    if (lower.endsWith(".md"_L1) || lower.endsWith(".markdown"_L1) || lower.endsWith(".html"_L1) ||
        lower.endsWith(".htm"_L1))
        return {};
    if (lower.endsWith(".pdf"_L1))
        return u"--report writes .md or .html; for PDF use the desktop app's Export report"_s;
    return u"--report FILE must end in .md or .html"_s;
}

QString writeReportFile(const QString &file, const ScanReport &report)
{
    const QString lower = file.toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = lower.endsWith(".html"_L1) || lower.endsWith(".htm"_L1)
                             ? reportHtml(report, now, Audience::CommandLine)
                             : ticketMarkdown(report, now);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0)
        return u"cannot write %1: %2"_s.arg(file, out.errorString());
    return {};
}

} // namespace Portolan::Cli
