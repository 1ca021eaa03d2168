#include "cli.h"

#include "advisor/portscan.h"
#include "net/escape.h"
#include "net/hostname.h"
#include "protocols/mailcheck.h"
#include "report/catalogue.h"
#include "report/writers.h"
#include "sasl/sasl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr int ExitPassed = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    // The message may quote what the user typed: keep it on one line, control bytes escaped.
    err() << "portolan-cli: " << escapeServerText(message.toUtf8()) << "\n"
          << "Try 'portolan-cli --help'.\n";
    err().flush();
    return ExitUsage;
}

QString mainHelp()
{
    return uR"(Usage: portolan-cli COMMAND [OPTIONS]

Tests mail servers and says in plain words what is wrong and how to fix it.

Commands:
  check HOST      check one server and port (SMTP, IMAP, POP3, ManageSieve): connection, TLS,
                  greeting, capabilities, STARTTLS, login, and for SMTP a test message
  scan HOST       check every mail port of a host at once and say which to use (the port advisor)
  explain CODE    explain a diagnosis code (--all lists every code; --markdown for the docs)

Options:
  -h, --help      this help ('portolan-cli check --help' for the options of check)
  -v, --version   the version

Exit status: 0 the check passed (warnings allowed), 1 it found an error, 2 usage error.
)"_s;
}

bool useColour()
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    if (qgetenv("TERM") == "dumb")
        return false;
    return isatty(STDOUT_FILENO) == 1;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Explains a diagnosis code: what it means, its likely causes, "
        "and what the user and the server's admin can do."_s);
    parser.addHelpOption();
    parser.addOption({u"all"_s, u"Every code."_s});
    parser.addOption({u"markdown"_s, u"The catalogue as Markdown (docs/diagnoses.md)."_s});
    parser.addPositionalArgument(u"code"_s, u"A diagnosis code, e.g. connection-refused."_s);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitPassed;
    }
    const Catalogue &catalogue = Catalogue::instance();
    if (parser.isSet(u"markdown"_s)) {
        out() << catalogue.toMarkdown();
        return ExitPassed;
    }
    QStringList codes = parser.positionalArguments();
    if (parser.isSet(u"all"_s))
        codes = catalogue.codes();
    if (codes.isEmpty())
        return usageError(u"explain needs a diagnosis code (or --all)"_s);
    for (const QString &code : std::as_const(codes)) {
        const CatalogueEntry *e = catalogue.entry(code);
        if (!e)
            return usageError(u"unknown diagnosis code '%1'"_s.arg(code));
        out() << code << " — " << e->title << " (" << severityName(e->severity)
              << ", fault: " << faultName(e->fault) << ")\n  " << e->explanation << "\n";
        auto list = [](const QString &heading, const QStringList &items) {
            if (items.isEmpty())
                return;
            out() << "  " << heading << ":\n";
            for (const QString &i : items)
                out() << "    - " << i << "\n";
        };
        list(u"Likely causes"_s, e->causes);
        list(u"What the user can do"_s, e->userFixes);
        list(u"What the server's admin can do"_s, e->adminFixes);
        if (!e->reference.isEmpty())
            out() << "  See " << e->reference << "\n";
        out() << "\n";
    }
    return ExitPassed;
}

// Reads the password (or token) from where the user said, never from the command line.
QString readSecret(bool fromStdin, const QString &envVar, QString *secret)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return u"cannot read standard input"_s;
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        if (secret->isEmpty())
            return u"standard input held no password or token"_s;
        return {};
    }
    if (!envVar.isEmpty()) {
        if (!qEnvironmentVariableIsSet(envVar.toLocal8Bit().constData()))
            return u"the environment variable %1 is not set"_s.arg(envVar);
        *secret = qEnvironmentVariable(envVar.toLocal8Bit().constData());
        return {};
    }
    return {};
}

// Asks for the password on the terminal without echo.
QString promptPassword(const QString &prompt, QString *secret)
{
    QFile tty(u"/dev/tty"_s);
    if (!tty.open(QIODevice::ReadWrite))
        return u"a login needs a password: use --password-stdin or --password-env"_s;
    const int fd = tty.handle();
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    tty.write(prompt.toUtf8());
    tty.flush();
    QByteArray line = tty.readLine(64 * 1024);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *secret = QString::fromUtf8(line);
    return secret->isEmpty() ? u"no password was given"_s : QString();
}

QString readLogin(const QCommandLineParser &parser, CheckOptions &options,
                  const QCommandLineOption &user, const QCommandLineOption &passwordStdin,
                  const QCommandLineOption &passwordEnv, const QCommandLineOption &tokenStdin,
                  const QCommandLineOption &tokenEnv, const QCommandLineOption &auth)
{
    const bool password = parser.isSet(passwordStdin) || parser.isSet(passwordEnv);
    const bool token = parser.isSet(tokenStdin) || parser.isSet(tokenEnv);
    if (parser.isSet(passwordStdin) && parser.isSet(tokenStdin))
        return u"standard input can carry a password or a token, not both"_s;
    if (parser.isSet(auth)) {
        const QByteArray mechanism = parser.value(auth).toUpper().toLatin1();
        if (!supportedMechanisms().contains(mechanism))
            return u"--auth must be one of %1"_s.arg(
                QString::fromLatin1(supportedMechanisms().join(", ")));
        if (isOAuthMechanism(mechanism) && !token)
            return u"--auth %1 needs a token: --token-stdin or --token-env"_s.arg(
                QString::fromLatin1(mechanism));
        if (!isOAuthMechanism(mechanism) && !password && token)
            return u"--auth %1 needs a password, not a token"_s.arg(QString::fromLatin1(mechanism));
        options.mechanism = mechanism;
    }
    if (!parser.isSet(user)) {
        if (password || token || parser.isSet(auth))
            return u"a password, token or --auth needs --user"_s;
        return {};
    }
    options.credentials.user = parser.value(user);
    if (options.credentials.user.isEmpty())
        return u"--user is empty"_s;
    QString why = readSecret(parser.isSet(passwordStdin), parser.value(passwordEnv),
                             &options.credentials.password);
    if (why.isEmpty())
        why = readSecret(parser.isSet(tokenStdin), parser.value(tokenEnv),
                         &options.credentials.token);
    if (!why.isEmpty())
        return why;
    if (!password && !token) {
        if (isatty(STDIN_FILENO) != 1)
            return u"a login needs a password: use --password-stdin or --password-env"_s;
        return promptPassword(
            u"Password for %1 at %2: "_s.arg(options.credentials.user, options.target.host),
            &options.credentials.password);
    }
    return {};
}

// --report FILE: the ticket summary as Markdown (.md) or the whole report as HTML (.html).
// An empty string when it was written, else why not.
QString writeReportFile(const QString &file, const ScanReport &report)
{
    const QString lower = file.toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = lower.endsWith(".html"_L1) || lower.endsWith(".htm"_L1)
                             ? reportHtml(report, now)
                             : ticketMarkdown(report, now);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0)
        return u"cannot write %1: %2"_s.arg(file, out.errorString());
    return {};
}

// The --report name's problem, before anything runs; empty when it will do.
QString reportNameProblem(const QString &file)
{
    const QString lower = file.toLower();
    if (lower.endsWith(".md"_L1) || lower.endsWith(".markdown"_L1) || lower.endsWith(".html"_L1) ||
        lower.endsWith(".htm"_L1))
        return {};
    if (lower.endsWith(".pdf"_L1))
        return u"--report writes .md or .html; for PDF use the desktop app's Export report"_s;
    return u"--report FILE must end in .md or .html"_s;
}

// portolan-cli scan: every mail port of one host at once, ranked.
int runScan(const QCommandLineParser &parser, CheckOptions options,
            const QCommandLineOption &portsOption, const QCommandLineOption &protocolOption,
            const QList<QCommandLineOption> &notForScan)
{
    for (const QCommandLineOption &o : notForScan) {
        if (parser.isSet(o))
            return usageError(u"--%1 is for check, not for scan"_s.arg(o.names().constFirst()));
    }
    std::optional<Protocol> only;
    if (parser.isSet(protocolOption))
        only = options.target.protocol;
    QList<ScanTarget> targets;
    if (parser.isSet(portsOption)) {
        QString why;
        targets = PortScan::parsePorts(parser.value(portsOption), only, &why);
        if (!why.isEmpty())
            return usageError(u"--ports: "_s + why);
    } else {
        targets = PortScan::defaultTargets(only);
    }
    if (targets.isEmpty())
        return usageError(u"no port to scan"_s);

    PortScan scan(options, targets);
    QObject::connect(&scan, &PortScan::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    scan.start();
    QCoreApplication::exec();
    const ScanReport &report = scan.report();
    if (parser.isSet(u"json"_s))
        out() << QJsonDocument(scanToJson(report)).toJson(QJsonDocument::Indented);
    else
        out() << scanToText(report, useColour());
    out().flush();
    if (parser.isSet(u"report"_s)) {
        if (const QString why = writeReportFile(parser.value(u"report"_s), report); !why.isEmpty())
            err() << "portolan-cli: " << why << Qt::endl;
    }
    const bool anyWorks = std::any_of(report.ports.cbegin(), report.ports.cend(),
                                      [](const PortAdvice &a) { return a.works; });
    return anyWorks ? ExitPassed : ExitFailed;
}

int runCheck(const QStringList &arguments, bool scan)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks one mail server: resolves it, connects, sets up TLS (implicit or STARTTLS), reads "
        "the greeting and capabilities, and says what works, what does not and what to do."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"host"_s, u"The server's name or address."_s);
    const QCommandLineOption port(
        u"port"_s,
        u"Port (default: SMTP 587, IMAP 143, POP3 110, ManageSieve 4190; with --security tls 465, 993, 995)."_s,
        u"N"_s);
    const QCommandLineOption protocol(
        u"protocol"_s, u"Protocol: smtp (default), imap, pop3 or sieve (ManageSieve)."_s, u"NAME"_s,
        u"smtp"_s);
    const QCommandLineOption security(
        u"security"_s,
        u"tls (SSL/TLS from the first byte), starttls, none, or auto "
        "(default: 465 tls, 25/587/2525 starttls, other ports found out)."_s,
        u"MODE"_s, u"auto"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds each phase may take (default 15)."_s,
                                     u"SECONDS"_s, u"15"_s);
    const QCommandLineOption ipv4(u"4"_s, u"IPv4 addresses only."_s);
    const QCommandLineOption ipv6(u"6"_s, u"IPv6 addresses only."_s);
    const QCommandLineOption caFile(
        u"ca-file"_s, u"Also trust the CA certificates in this PEM file."_s, u"PEM"_s);
    const QCommandLineOption serverName(
        u"servername"_s, u"The name the certificate must match (default: HOST)."_s, u"NAME"_s);
    const QCommandLineOption dnsServer(
        u"dns-server"_s, u"Ask this DNS server instead of the system's."_s, u"ADDR[:PORT]"_s);
    const QCommandLineOption ports(
        u"ports"_s,
        u"scan: the ports to try, e.g. 587,465 or imap:10143 (default: SMTP 465, 587, 25, "
        "2525; IMAP 993, 143; POP3 995, 110; ManageSieve 4190)."_s,
        u"LIST"_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON object (schema portolan.check/1)."_s);
    const QCommandLineOption transcript(u"transcript"_s,
                                        u"Add the whole dialogue to the text output."_s);
    const QCommandLineOption user(u"user"_s,
                                  u"Log in as this user (the password is asked for, or "
                                  "read with --password-stdin / --password-env)."_s,
                                  u"U"_s);
    const QCommandLineOption passwordStdin(
        u"password-stdin"_s, u"Read the password from the first line of standard input."_s);
    const QCommandLineOption passwordEnv(
        u"password-env"_s, u"Read the password from this environment variable."_s, u"VAR"_s);
    const QCommandLineOption tokenStdin(
        u"token-stdin"_s, u"Read an OAuth 2.0 token (XOAUTH2/OAUTHBEARER) from standard input."_s);
    const QCommandLineOption tokenEnv(
        u"token-env"_s, u"Read an OAuth 2.0 token from this environment variable."_s, u"VAR"_s);
    const QCommandLineOption auth(u"auth"_s,
                                  u"Use this SASL mechanism (default: the strongest offered): "_s +
                                      QString::fromLatin1(supportedMechanisms().join(", ")) + u'.',
                                  u"MECH"_s);
    const QCommandLineOption allowCleartext(
        u"allow-cleartext-auth"_s,
        u"Send the password even without encryption (unsafe; the report warns)."_s);
    const QCommandLineOption allowUntrusted(
        u"allow-untrusted-auth"_s,
        u"Send the password even if the certificate did not verify (unsafe; the report warns)."_s);
    const QCommandLineOption sendOption(u"send"_s,
                                        u"Send a test message (needs --from and --to)."_s);
    const QCommandLineOption from(u"from"_s, u"Sender address of the test message."_s, u"ADDR"_s);
    const QCommandLineOption to(u"to"_s, u"Recipient of the test message (repeatable)."_s,
                                u"ADDR"_s);
    const QCommandLineOption subject(u"subject"_s, u"Subject of the test message."_s, u"TEXT"_s,
                                     u"Portolan test message"_s);
    const QCommandLineOption body(u"body"_s, u"Body of the test message."_s, u"TEXT"_s);
    const QCommandLineOption bodyFile(
        u"body-file"_s, u"Read the body of the test message from this file."_s, u"FILE"_s);
    const QCommandLineOption tlsDetail(
        u"tls-detail"_s,
        u"Also test which TLS versions (1.0-1.3) the server accepts, with the cipher of each "
        "(one extra handshake per version; always done by scan)."_s);
    const QCommandLineOption dane(
        u"dane"_s, u"Also look up the port's TLSA records (DANE), DNSSEC-validated, and match them "
                   "against the server's certificates."_s);
    const QCommandLineOption dnssecAnchor(
        u"dnssec-anchor"_s,
        u"DNSSEC trust anchors for --dane (DS or DNSKEY records in zone-file form; default: "
        "/usr/share/dns/root.key)."_s,
        u"FILE"_s);
    const QCommandLineOption reportFile(
        u"report"_s,
        u"Also write a report: FILE.md (the summary for a ticket) or FILE.html (everything)."_s,
        u"FILE"_s);
    parser.addOptions({tlsDetail, dane, dnssecAnchor, reportFile});
    parser.addOptions({port,       protocol, security,       timeout,        ipv4,
                       ipv6,       caFile,   serverName,     dnsServer,      json,
                       transcript, user,     passwordStdin,  passwordEnv,    tokenStdin,
                       tokenEnv,   auth,     allowCleartext, allowUntrusted, sendOption,
                       from,       to,       subject,        body,           bodyFile});
    if (scan)
        parser.addOption(ports);
    for (const QString &a : arguments) {
        if (a == "--password"_L1 || a.startsWith("--password="_L1) || a == "--token"_L1 ||
            a.startsWith("--token="_L1))
            return usageError(
                u"a password or token is never taken as an argument (it would show in the process "
                "list): use --password-stdin, --password-env, --token-stdin or --token-env"_s);
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitPassed;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty()
                              ? u"check needs a server name"_s
                              : u"check takes one server name, not %1"_s.arg(positional.size()));
    CheckOptions options;
    options.target.host = positional.constFirst();
    if (const QString why = hostProblem(options.target.host); !why.isEmpty())
        return usageError(why);
    const std::optional<Protocol> chosenProtocol = protocolFromName(parser.value(protocol));
    if (!chosenProtocol)
        return usageError(u"--protocol must be smtp, imap, pop3 or sieve, not '%1'"_s.arg(
            parser.value(protocol)));
    options.target.protocol = *chosenProtocol;
    const std::optional<Security> mode = securityFromName(parser.value(security));
    if (!mode)
        return usageError(u"--security must be tls, starttls, none or auto, not '%1'"_s.arg(
            parser.value(security)));
    options.target.security = *mode;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint n = parser.value(port).toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return usageError(
                u"--port must be a number from 1 to 65535, not '%1'"_s.arg(parser.value(port)));
        options.target.port = quint16(n);
    }
    {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(u"--timeout must be a number of seconds from 0 to 3600"_s);
        options.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(ipv4) && parser.isSet(ipv6))
        return usageError(u"-4 and -6 exclude each other"_s);
    {
        QString bare = options.target.host;
        if (bare.startsWith(u'[') && bare.endsWith(u']'))
            bare = bare.mid(1, bare.size() - 2);
        const QHostAddress literal(bare);
        if ((parser.isSet(ipv4) && literal.protocol() == QAbstractSocket::IPv6Protocol) ||
            (parser.isSet(ipv6) && literal.protocol() == QAbstractSocket::IPv4Protocol))
            return usageError(u"%1 is an address of the other family than %2 asks for"_s.arg(
                options.target.host, parser.isSet(ipv4) ? u"-4"_s : u"-6"_s));
    }
    options.family = parser.isSet(ipv4)   ? AddressFamily::IPv4
                     : parser.isSet(ipv6) ? AddressFamily::IPv6
                                          : AddressFamily::Any;
    if (parser.isSet(serverName)) {
        options.target.serverName = parser.value(serverName);
        if (const QString why = hostProblem(options.target.serverName); !why.isEmpty())
            return usageError(u"--servername: "_s + why);
    }
    if (parser.isSet(dnsServer)) {
        options.dnsServer = parser.value(dnsServer);
        if (Resolver::unboundServerSpec(options.dnsServer).isEmpty())
            return usageError(
                u"--dns-server must be an address with an optional port, not '%1'"_s.arg(
                    options.dnsServer));
    }
    if (parser.isSet(caFile)) {
        QFile file(parser.value(caFile));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                u"cannot read --ca-file %1: %2"_s.arg(file.fileName(), file.errorString()));
        options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return usageError(u"--ca-file %1 holds no PEM certificate"_s.arg(file.fileName()));
    }

    if (const QString why = readLogin(parser, options, user, passwordStdin, passwordEnv, tokenStdin,
                                      tokenEnv, auth);
        !why.isEmpty())
        return usageError(why);
    if (parser.isSet(reportFile)) {
        if (const QString why = reportNameProblem(parser.value(reportFile)); !why.isEmpty())
            return usageError(why);
    }
    options.tlsDetail = parser.isSet(tlsDetail);
    options.dane = parser.isSet(dane);
    if (parser.isSet(dnssecAnchor)) {
        if (!options.dane)
            return usageError(u"--dnssec-anchor is for --dane"_s);
        options.trustAnchorFile = parser.value(dnssecAnchor);
        if (!QFileInfo(options.trustAnchorFile).isReadable())
            return usageError(u"cannot read --dnssec-anchor %1"_s.arg(options.trustAnchorFile));
    }
    options.allowCleartextAuth = parser.isSet(allowCleartext);
    options.allowUntrustedAuth = parser.isSet(allowUntrusted);
    if (parser.isSet(sendOption)) {
        if (options.target.protocol != Protocol::Smtp)
            return usageError(u"--send is for SMTP; %1 receives mail"_s.arg(
                protocolTitle(options.target.protocol)));
        options.send = true;
        options.message.from = parser.value(from);
        options.message.to = parser.values(to);
        options.message.subject = parser.value(subject);
        if (options.message.from.isEmpty() || options.message.to.isEmpty())
            return usageError(u"--send needs --from and at least one --to"_s);
        for (const QString &address : QStringList{options.message.from} + options.message.to) {
            if (!address.contains(u'@') || address.contains(u'<') || address.contains(u'>') ||
                std::any_of(address.cbegin(), address.cend(),
                            [](QChar c) { return c.isSpace() || c.unicode() < 0x20; }))
                return usageError(u"'%1' is not an email address"_s.arg(address));
        }
        if (parser.isSet(bodyFile)) {
            QFile file(parser.value(bodyFile));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(
                    u"cannot read --body-file %1: %2"_s.arg(file.fileName(), file.errorString()));
            options.message.body = QString::fromUtf8(file.read(10 * 1024 * 1024));
        } else {
            options.message.body =
                parser.isSet(body)
                    ? parser.value(body)
                    : u"This is a test message sent by Portolan %1 to check that mail can be "
                      "sent through this server.\n"_s.arg(QCoreApplication::applicationVersion());
        }
    } else if (parser.isSet(from) || parser.isSet(to)) {
        return usageError(u"--from and --to only make sense with --send"_s);
    }

    if (scan)
        return runScan(parser, options, ports, protocol,
                       {port, security, sendOption, transcript, dane, dnssecAnchor});

    MailCheck check(options);
    QObject::connect(&check, &MailCheck::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    check.start();
    QCoreApplication::exec();

    const Report &report = check.report();
    if (parser.isSet(json)) {
        out() << QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    } else {
        out() << reportToText(report, {useColour(), parser.isSet(transcript)});
    }
    out().flush();
    if (parser.isSet(reportFile)) {
        // One check is a scan of one port.
        ScanReport one;
        one.host = report.target.host;
        one.totalMs = one.slowestMs = report.totalMs;
        one.ports << PortAdvice{
            ScanTarget{report.target.protocol, report.target.port, report.target.port}, report,
            report.result() != Severity::Error, 1, QString()};
        if (const QString why = writeReportFile(parser.value(reportFile), one); !why.isEmpty()) {
            err() << "portolan-cli: " << why << Qt::endl;
            return ExitFailed;
        }
    }
    return report.result() == Severity::Error ? ExitFailed : ExitPassed;
}

} // namespace

int runCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command} + arguments.mid(2);
    if (command == "check"_L1)
        return runCheck(rest, false);
    if (command == "scan"_L1)
        return runCheck(rest, true);
    if (command == "explain"_L1)
        return runExplain(rest);
    if (command == "--version"_L1 || command == "-v"_L1) {
        out() << "portolan-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitPassed;
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        out() << mainHelp();
        return ExitPassed;
    }
    if (command.isEmpty()) {
        err() << mainHelp();
        return ExitUsage;
    }
    return usageError(u"unknown command '%1'"_s.arg(command));
}

} // namespace Portolan
