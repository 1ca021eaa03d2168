// portolan-cli as a user (or a script) runs it: exit status, one-line usage errors, the text
// output and the JSON validated against docs/schema/check.schema.json.
#include "scripteddns.h"
#include "scriptedhttp.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using PortolanTest::ScriptedServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {}, const QString &wrapper = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s);
    p.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        p.start(QStringLiteral(PORTOLAN_CLI), args);
    else
        p.start(wrapper, QStringList{u"-n"_s, QStringLiteral(PORTOLAN_CLI)} + args);
    p.write(stdinData);
    p.closeWriteChannel();
    // Wait on the event loop, so an in-process scripted server can answer meanwhile.
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !done.wait(60000))
        p.kill();
    p.waitForFinished(1000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString GoodStartTls =
    u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 STARTTLS\n"
    "C: STARTTLS\nS: 220 go ahead\nTLS\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"
    "C: QUIT\nS: 221 bye\nX\n"_s;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void commandHelp();
    void scanRoleNotChecked();
    void optionOfAnotherCommand_data();
    void optionOfAnotherCommand();
    void explain();
    void textOutput();
    void jsonValidates_data();
    void jsonValidates();
    void networkUnreachable();
    void dnsServerOption();
    void passwordFromStdinEnvAndPrompt();
    void colourOnTerminalOnly();
    void reportFiles();
    void discoverJson();

private:
    void validate(const QString &json, const QString &schema = u"check.schema.json"_s);
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no host") << QStringList{u"check"_s};
    QTest::newRow("two hosts") << QStringList{u"check"_s, u"a.example"_s, u"b.example"_s};
    QTest::newRow("empty host") << QStringList{u"check"_s, QString()};
    QTest::newRow("host with space") << QStringList{u"check"_s, u"mail example.org"_s};
    QTest::newRow("host with control") << QStringList{u"check"_s, u"mail\x07.example.org"_s};
    QTest::newRow("host with newline") << QStringList{u"check"_s, u"mail.example.org\r\nQUIT"_s};
    QTest::newRow("port 0") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s};
    QTest::newRow("port 70000") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--port"_s, u"70000"_s};
    QTest::newRow("port word") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--port"_s, u"smtp"_s};
    QTest::newRow("unknown option") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--frob"_s};
    QTest::newRow("bad security") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--security"_s,
                                                 u"ssl3"_s};
    QTest::newRow("bad protocol") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--protocol"_s,
                                                 u"gopher"_s};
    QTest::newRow("-4 and -6") << QStringList{u"check"_s, u"127.0.0.1"_s, u"-4"_s, u"-6"_s};
    QTest::newRow("anchor without --dane")
        << QStringList{u"check"_s, u"mail.test"_s, u"--dnssec-anchor"_s, u"/etc/hostname"_s};
    QTest::newRow("unreadable anchor") << QStringList{u"check"_s, u"mail.test"_s, u"--dane"_s,
                                                      u"--dnssec-anchor"_s, u"/nonexistent"_s};
    QTest::newRow("dane in scan") << QStringList{u"scan"_s, u"mail.test"_s, u"--dane"_s};
    QTest::newRow("pdf report") << QStringList{u"check"_s, u"mail.test"_s, u"--report"_s,
                                               u"/tmp/x.pdf"_s};
    QTest::newRow("-6 with an IPv4 address") << QStringList{u"check"_s, u"127.0.0.1"_s, u"-6"_s};
    QTest::newRow("-4 with an IPv6 address") << QStringList{u"check"_s, u"::1"_s, u"-4"_s};
    QTest::newRow("bad timeout") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--timeout"_s,
                                                u"-1"_s};
    QTest::newRow("bad dns server")
        << QStringList{u"check"_s, u"x.test"_s, u"--dns-server"_s, u"dns.example"_s};
    QTest::newRow("missing ca file")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--ca-file"_s, u"/nonexistent.pem"_s};
    QTest::newRow("password as argument")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--password"_s, u"secret"_s};
    QTest::newRow("unknown code") << QStringList{u"explain"_s, u"no-such-code"_s};
    QTest::newRow("discover: no address") << QStringList{u"discover"_s};
    QTest::newRow("discover: two addresses")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"b@example.org"_s};
    QTest::newRow("discover: not an address") << QStringList{u"discover"_s, u"example.org"_s};
    QTest::newRow("discover: empty domain") << QStringList{u"discover"_s, u"alice@"_s};
    QTest::newRow("discover: bad timeout")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--timeout"_s, u"0"_s};
    QTest::newRow("discover: bad dns server")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--dns-server"_s, u"dns.example"_s};
    QTest::newRow("discover: missing ca file")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--ca-file"_s, u"/nonexistent.pem"_s};
    QTest::newRow("discover: password as argument")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--password"_s, u"secret"_s};
    QTest::newRow("discover: both password sources") << QStringList{
        u"discover"_s, u"a@example.org"_s, u"--password-stdin"_s, u"--password-env"_s, u"HOME"_s};
    QTest::newRow("discover: unset password variable") << QStringList{
        u"discover"_s, u"a@example.org"_s, u"--password-env"_s, u"PORTOLAN_NO_SUCH_VARIABLE"_s};
    QTest::newRow("discover: txt report")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--report"_s, u"/tmp/x.txt"_s};
    QTest::newRow("discover: --port is check's")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--port"_s, u"25"_s};
    QTest::newRow("discover: bad https port")
        << QStringList{u"discover"_s, u"a@example.org"_s, u"--https-port"_s, u"0"_s};
    QTest::newRow("password=") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--password=secret"_s};
    QTest::newRow("token") << QStringList{u"check"_s, u"127.0.0.1"_s, u"--token"_s, u"abc"_s};
    QTest::newRow("login without password, no terminal")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--user"_s, u"u"_s};
    QTest::newRow("password without user")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--password-env"_s, u"HOME"_s};
    QTest::newRow("unset password variable")
        << QStringList{u"check"_s, u"127.0.0.1"_s,      u"--user"_s,
                       u"u"_s,     u"--password-env"_s, u"PORTOLAN_NO_SUCH_VARIABLE"_s};
    QTest::newRow("unknown mechanism")
        << QStringList{u"check"_s,          u"127.0.0.1"_s, u"--user"_s, u"u"_s,
                       u"--password-env"_s, u"HOME"_s,      u"--auth"_s, u"NTLM"_s};
    QTest::newRow("oauth mechanism with a password")
        << QStringList{u"check"_s,          u"127.0.0.1"_s, u"--user"_s, u"u"_s,
                       u"--password-env"_s, u"HOME"_s,      u"--auth"_s, u"XOAUTH2"_s};
    QTest::newRow("send without from")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--send"_s, u"--to"_s, u"a@b.example"_s};
    QTest::newRow("send to a non-address")
        << QStringList{u"check"_s,       u"127.0.0.1"_s, u"--send"_s, u"--from"_s,
                       u"a@b.example"_s, u"--to"_s,      u"bob"_s};
    QTest::newRow("address with CRLF") << QStringList{
        u"check"_s, u"127.0.0.1"_s,  u"--send"_s, u"--from"_s, u"a@b.example\r\nRCPT TO:<x@y>"_s,
        u"--to"_s,  u"c@d.example"_s};
    QTest::newRow("to without send")
        << QStringList{u"check"_s, u"127.0.0.1"_s, u"--to"_s, u"a@b.example"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QElapsedTimer t;
    t.start();
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(t.elapsed() < 5000, "a usage error must not try the network");
    if (!args.isEmpty()) {
        QVERIFY2(r.err.startsWith(u"portolan-cli: "_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 2); // the error, and where to find help
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::helpAndVersion()
{
    Run r = runCli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"portolan-cli "_s));
    r = runCli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"check HOST"_s));
    r = runCli({u"check"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--security", "--dns-server", "--ca-file", "--servername", "--json", "--transcript"})
        QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
}

void TestCli::commandHelp()
{
    // Each command's --help lists its own options and no other command's.
    const auto listed = [](const QString &help, const QString &option) {
        return help.contains(QRegularExpression(u"^  (-[-\\w]+, )?"_s +
                                                    QRegularExpression::escape(option) + u"( |$)"_s,
                                                QRegularExpression::MultilineOption));
    };
    const Run check = runCli({u"check"_s, u"--help"_s});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith(u"Usage: portolan-cli check [options] host\n"_s),
             qPrintable(check.out));
    const Run scan = runCli({u"scan"_s, u"--help"_s});
    QCOMPARE(scan.exitCode, 0);
    QVERIFY2(scan.out.startsWith(u"Usage: portolan-cli scan [options] host\n"_s),
             qPrintable(scan.out));
    QVERIFY(scan.out.contains(u"portolan.scan/1"_s));
    QVERIFY(!scan.out.contains(u"portolan.check/1"_s));
    const QStringList shared{u"--protocol"_s,
                             u"--timeout"_s,
                             u"-4"_s,
                             u"-6"_s,
                             u"--dns-server"_s,
                             u"--ca-file"_s,
                             u"--servername"_s,
                             u"--user"_s,
                             u"--password-stdin"_s,
                             u"--password-env"_s,
                             u"--token-stdin"_s,
                             u"--token-env"_s,
                             u"--auth"_s,
                             u"--allow-cleartext-auth"_s,
                             u"--allow-untrusted-auth"_s,
                             u"--json"_s,
                             u"--report"_s};
    const QStringList checkOnly{
        u"--port"_s,          u"--security"_s, u"--tls-detail"_s, u"--dane"_s,
        u"--dnssec-anchor"_s, u"--send"_s,     u"--from"_s,       u"--to"_s,
        u"--subject"_s,       u"--body"_s,     u"--body-file"_s,  u"--transcript"_s};
    for (const QString &o : shared) {
        QVERIFY2(listed(check.out, o), qPrintable(u"check --help lacks "_s + o));
        QVERIFY2(listed(scan.out, o), qPrintable(u"scan --help lacks "_s + o));
    }
    for (const QString &o : checkOnly) {
        QVERIFY2(listed(check.out, o), qPrintable(u"check --help lacks "_s + o));
        QVERIFY2(!listed(scan.out, o), qPrintable(u"scan --help lists "_s + o));
    }
    QVERIFY2(listed(scan.out, u"--ports"_s), qPrintable(scan.out));
    QVERIFY2(!listed(check.out, u"--ports"_s), qPrintable(check.out));
}

void TestCli::optionOfAnotherCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString notScan = u"is for check, not for scan"_s;
    QTest::newRow("scan --port") << QStringList{u"scan"_s, u"mail.test"_s, u"--port"_s, u"25"_s}
                                 << u"--port is for check and monitor, not for scan"_s;
    QTest::newRow("scan --security")
        << QStringList{u"scan"_s, u"mail.test"_s, u"--security"_s, u"tls"_s}
        << u"--security is for check and monitor, not for scan"_s;
    QTest::newRow("scan --send") << QStringList{u"scan"_s, u"mail.test"_s, u"--send"_s}
                                 << u"--send "_s + notScan;
    QTest::newRow("scan --from") << QStringList{u"scan"_s, u"mail.test"_s, u"--from"_s,
                                                u"a@b.example"_s}
                                 << u"--from "_s + notScan;
    QTest::newRow("scan --body") << QStringList{u"scan"_s, u"mail.test"_s, u"--body"_s, u"hi"_s}
                                 << u"--body "_s + notScan;
    QTest::newRow("scan --transcript") << QStringList{u"scan"_s, u"mail.test"_s, u"--transcript"_s}
                                       << u"--transcript "_s + notScan;
    QTest::newRow("scan --tls-detail") << QStringList{u"scan"_s, u"mail.test"_s, u"--tls-detail"_s}
                                       << u"--tls-detail "_s + notScan;
    QTest::newRow("scan --dnssec-anchor")
        << QStringList{u"scan"_s, u"mail.test"_s, u"--dnssec-anchor"_s, u"/etc/hostname"_s}
        << u"--dnssec-anchor is for check and discover, not for scan"_s;
    QTest::newRow("check --ports")
        << QStringList{u"check"_s, u"mail.test"_s, u"--ports"_s, u"587"_s}
        << u"--ports is for scan, not for check"_s;
    QTest::newRow("explain --user")
        << QStringList{u"explain"_s, u"ok"_s, u"--user"_s, u"u"_s}
        << u"--user is for check, scan, discover and monitor, not for explain"_s;
    QTest::newRow("explain -4") << QStringList{u"explain"_s, u"ok"_s, u"-4"_s}
                                << u"-4 is for check, scan and monitor, not for explain"_s;
    QTest::newRow("no command takes it")
        << QStringList{u"scan"_s, u"mail.test"_s, u"--frob"_s} << u"Unknown option 'frob'."_s;
    QTest::newRow("scan without host") << QStringList{u"scan"_s} << u"scan needs a server name"_s;
    QTest::newRow("password as argument to scan")
        << QStringList{u"scan"_s, u"mail.test"_s, u"--password"_s, u"secret"_s}
        << u"a password or token is never taken as an argument"_s;
}

void TestCli::optionOfAnotherCommand()
{
    // An option the command does not take is a one-line usage error that says which command
    // takes it, before anything touches the network.
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QElapsedTimer t;
    t.start();
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(t.elapsed() < 5000, "a usage error must not try the network");
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(u"portolan-cli: "_s + message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 2);
}

void TestCli::explain()
{
    const Run r = runCli({u"explain"_s, u"connection-timeout"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"What the server's admin can do"_s));
    QVERIFY(r.out.contains(u"DROP"_s));
}

void TestCli::textOutput()
{
    ScriptedServer server;
    server.addScript(GoodStartTls);
    const quint16 port = server.start();
    const Run r = runCli({u"check"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                          u"--security"_s, u"starttls"_s, u"--ca-file"_s,
                          PortolanTest::certificatePath(u"ca"_s), u"--transcript"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    QVERIFY2(lines.constFirst().startsWith(u"✓ "_s), qPrintable(r.out));
    QVERIFY(lines.constFirst().contains(u"STARTTLS"_s));
    QVERIFY2(!r.out.contains(QChar(0x1b)), "NO_COLOR and a pipe: no colour codes");
    QVERIFY(r.out.contains(u"Phases"_s));
    QVERIFY(r.out.contains(u"C: EHLO"_s));
    QVERIFY(r.out.contains(u"S: 220 go ahead"_s));
    QVERIFY(r.out.contains(u"TLS established"_s));
    QVERIFY(r.out.contains(u"SHA-256"_s));
}

void TestCli::validate(const QString &json, const QString &schema)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import json, sys, jsonschema\n"
              "schema = json.load(open(sys.argv[1]))\n"
              "jsonschema.Draft202012Validator.check_schema(schema)\n"
              "jsonschema.Draft202012Validator(schema).validate(json.load(sys.stdin))\n"_s,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/"_s + schema});
    py.write(json.toUtf8());
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(30000));
    QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
}

void TestCli::reportFiles()
{
    // --report: the ticket summary (.md) or everything (.html), passwords never in either.
    ScriptedServer server;
    server.addScript(u"S: 421 4.3.2 Backup running\nX\n"_s);
    const quint16 port = server.start();
    QTemporaryDir dir;
    for (const QString &name : {u"r.md"_s, u"r.html"_s}) {
        const Run r = runCli({u"check"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                              u"--security"_s, u"starttls"_s, u"--report"_s, dir.filePath(name)});
        QCOMPARE(r.exitCode, 1);
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        if (name.endsWith(u".md"_s)) {
            QVERIFY2(text.startsWith(u"Portolan check — "_s), qPrintable(text));
            QVERIFY(text.contains(u"Verdict: server"_s));
            QVERIFY(text.contains(u"server-busy"_s));
            QVERIFY(text.contains(u"S: 421 4.3.2 Backup running"_s));
        } else {
            QVERIFY(text.startsWith(u"<!DOCTYPE html>"_s));
            QVERIFY(text.contains(u"Backup running"_s));
        }
    }
}

void TestCli::jsonValidates_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("ok") << GoodStartTls << u"valid"_s << 0 << u"none"_s << QStringList{};
    QTest::newRow("expired") << GoodStartTls << u"expired"_s << 1 << u"server"_s << QStringList{};
    QTest::newRow("busy") << u"S: 421 4.3.2 Backup running\nX\n"_s << u"valid"_s << 1 << u"server"_s
                          << QStringList{};
    QTest::newRow("warning") << GoodStartTls << u"expiring"_s << 0 << u"server"_s << QStringList{};
    QTest::newRow("tls detail") << GoodStartTls << u"valid+oldtls"_s << 0 << u"server"_s
                                << QStringList{u"--tls-detail"_s};
    QTest::newRow("incomplete chain")
        << GoodStartTls << u"chained"_s << 1 << u"server"_s << QStringList{u"--tls-detail"_s};
}

void TestCli::jsonValidates()
{
    QFETCH(QString, script);
    QFETCH(QString, certificate);
    QFETCH(int, exitCode);
    QFETCH(QString, fault);
    QFETCH(QStringList, extra);
    ScriptedServer server;
    server.addScript(script, ScriptedServer::Mode::Plain, certificate);
    const quint16 port = server.start();
    const Run r = runCli(QStringList{u"check"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                                     u"--ca-file"_s, PortolanTest::certificatePath(u"ca"_s),
                                     u"--security"_s, u"starttls"_s, u"--json"_s} +
                         extra);
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"schema"_s).toString(), u"portolan.check/1"_s);
    QCOMPARE(o.value(u"verdict"_s).toObject().value(u"fault"_s).toString(), fault);
    QCOMPARE(o[u"tls"_s][u"versions"_s].toArray().size(), extra.isEmpty() ? 0 : 4);
    validate(r.out);
}

void TestCli::networkUnreachable()
{
    // In a new network namespace nothing is up, not even loopback: no route to anything, and no
    // packet can leave the machine.
    if (QProcess::execute(u"unshare"_s, {u"-n"_s, u"true"_s}) != 0)
        QSKIP("unshare -n needs root (CI runs as root)");
    const Run r =
        runCli({u"check"_s, u"127.0.0.1"_s, u"--port"_s, u"587"_s, u"--json"_s}, {}, u"unshare"_s);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"diagnoses"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"network-unreachable"_s);
    QCOMPARE(o.value(u"verdict"_s).toObject().value(u"fault"_s).toString(), u"network"_s);
    validate(r.out);
}

void TestCli::dnsServerOption()
{
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    const Run r =
        runCli({u"check"_s, u"nothing.test"_s, u"--dns-server"_s, dns.address(), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"diagnoses"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"dns-nxdomain"_s);
    QCOMPARE(o.value(u"verdict"_s).toObject().value(u"fault"_s).toString(), u"settings"_s);
    QVERIFY(dns.queries() > 0);
    validate(r.out);
}

void TestCli::colourOnTerminalOnly()
{
    // `script` gives the program a terminal; with NO_COLOR, or piped, there is no colour.
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QSKIP("util-linux 'script' is not installed");
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(closed.serverPort());
    closed.close();
    const QString command = QStringLiteral(PORTOLAN_CLI) + u" check 127.0.0.1 --port "_s + port;
    for (const bool noColor : {false, true}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"NO_COLOR"_s);
        env.insert(u"TERM"_s, u"xterm"_s);
        if (noColor)
            env.insert(u"NO_COLOR"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(u"connection"_s), qPrintable(out));
        QCOMPARE(out.contains(QChar(0x1b)), !noColor);
        QCOMPARE(p.exitCode(), 1);
    }
}

void TestCli::passwordFromStdinEnvAndPrompt()
{
    const QByteArray password = "pr0mpt-Secret";
    const QString blob = QString::fromLatin1((QByteArray("\0alice\0", 7) + password).toBase64());
    const QString script = u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 "
                           u"STARTTLS\nC: STARTTLS\nS: 220 go\nTLS\n"
                           "C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: AUTH PLAIN "_s +
                           blob + u"\nS: 235 2.7.0 ok\nC: QUIT\nS: 221 bye\nX\n"_s;
    ScriptedServer server;
    server.addScript(script);
    const QStringList base{
        u"check"_s,      u"127.0.0.1"_s, u"--port"_s,      QString::number(server.start()),
        u"--security"_s, u"starttls"_s,  u"--ca-file"_s,   PortolanTest::certificatePath(u"ca"_s),
        u"--user"_s,     u"alice"_s,     u"--transcript"_s};
    // Standard input.
    Run r = runCli(base + QStringList{u"--password-stdin"_s}, password + "\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"C: AUTH PLAIN <redacted>"_s));
    QVERIFY(!r.out.contains(QString::fromLatin1(password)) && !r.out.contains(blob));
    // An environment variable.
    qputenv("PORTOLAN_TEST_SECRET", password);
    r = runCli(base + QStringList{u"--password-env"_s, u"PORTOLAN_TEST_SECRET"_s});
    qunsetenv("PORTOLAN_TEST_SECRET");
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The prompt on a terminal (`script` gives one), without echo.
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QSKIP("util-linux 'script' is not installed");
    QStringList quoted;
    for (const QString &a : base)
        quoted << u"'"_s + a + u"'"_s;
    QProcess p;
    p.start(u"script"_s,
            {u"-qec"_s, QStringLiteral(PORTOLAN_CLI) + u' ' + quoted.join(u' '), u"/dev/null"_s});
    QVERIFY(p.waitForStarted());
    QSignalSpy output(&p, &QProcess::readyReadStandardOutput);
    QByteArray seen;
    for (int i = 0; i < 50 && !seen.contains("Password for alice"); ++i) {
        output.wait(200);
        seen += p.readAllStandardOutput();
    }
    QVERIFY2(seen.contains("Password for alice at 127.0.0.1: "), seen.constData());
    p.write(password + "\n");
    QSignalSpy done(&p, &QProcess::finished);
    QVERIFY(done.wait(30000));
    seen += p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(!seen.contains(password), "the password was echoed");
    QVERIFY2(seen.contains("accepted (PLAIN)"), seen.constData());
}

void TestCli::discoverJson()
{
    // alice@disc.test: https autoconfig names IMAP and SMTP on scripted servers; the names are
    // resolved by a scripted DNS server (--dns-server governs the web hosts too), the web server
    // listens where the test hooks point.
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    PortolanTest::ScriptedHttp https(u"discovery"_s);
    QVERIFY(https.start());
    ScriptedServer imap;
    imap.addScript(u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: * "
                   "CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK\nC: a2 AUTHENTICATE PLAIN\nS: a2 OK "
                   "done\nC: a3 LOGOUT\nS: * BYE\nS: a3 OK\nX\n"_s,
                   ScriptedServer::Mode::ImplicitTls, u"discovery"_s);
    ScriptedServer smtp;
    smtp.addScript(u"S: 220 disc.test ESMTP\nC: EHLO\nS: 250-disc.test\nS: 250 AUTH PLAIN\nC: "
                   "AUTH PLAIN\nS: 235 ok\nC: QUIT\nS: 221 bye\nX\n"_s,
                   ScriptedServer::Mode::ImplicitTls, u"discovery"_s);
    const quint16 imapPort = imap.start();
    const quint16 smtpPort = smtp.start();
    for (const QString &h : {u"autoconfig.disc.test"_s, u"imap.disc.test"_s, u"smtp.disc.test"_s})
        dns.set(h, PortolanTest::ScriptedDns::Entry{0, {QHostAddress(u"127.0.0.1"_s)}});
    const QByteArray xml =
        "<clientConfig version=\"1.1\"><emailProvider id=\"disc.test\"><incomingServer "
        "type=\"imap\"><hostname>imap.disc.test</hostname><port>" +
        QByteArray::number(imapPort) +
        "</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>"
        "<outgoingServer type=\"smtp\"><hostname>smtp.disc.test</hostname><port>" +
        QByteArray::number(smtpPort) +
        "</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>";
    https.set(u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s, {200, xml});
    QTemporaryDir dir;
    const QString secret = u"Cli-d1sc-secret"_s;
    qputenv("PORTOLAN_DISCOVER_SECRET", secret.toUtf8());
    const QStringList common{u"discover"_s,       u"alice@disc.test"_s,
                             u"--dns-server"_s,   dns.address(),
                             u"--ca-file"_s,      PortolanTest::certificatePath(u"ca"_s),
                             u"--https-port"_s,   QString::number(https.serverPort()),
                             u"--http-port"_s,    QString::number(https.serverPort()),
                             u"--timeout"_s,      u"3"_s,
                             u"--password-env"_s, u"PORTOLAN_DISCOVER_SECRET"_s};
    const Run r = runCli(common + QStringList{u"--json"_s, u"--report"_s, dir.filePath(u"d.md"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"schema"_s).toString(), u"portolan.discover/1"_s);
    QCOMPARE(o[u"recommendation"_s][u"receiving"_s][u"server"_s].toString(), u"imap.disc.test"_s);
    QCOMPARE(o[u"recommendation"_s][u"sending"_s][u"port"_s].toInt(), int(smtpPort));
    validate(r.out, u"discover.schema.json"_s);
    // Every candidate's report is a whole portolan.check/1 report.
    for (const QJsonValue &c : o.value(u"candidates"_s).toArray()) {
        QCOMPARE(c[u"login"_s].toString(), u"sent"_s);
        validate(QString::fromUtf8(QJsonDocument(c[u"report"_s].toObject()).toJson()));
    }
    QFile md(dir.filePath(u"d.md"_s));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(md.readAll());
    QVERIFY2(report.startsWith(u"Portolan discovery — alice@disc.test"_s), qPrintable(report));
    QVERIFY(report.contains(u"_imaps._tcp.disc.test."_s));
    QVERIFY(!report.contains(secret));

    // The text: the first two lines are the settings to type in. And the HTML report.
    const Run text = runCli(common + QStringList{u"--report"_s, dir.filePath(u"d.html"_s)});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n');
    QVERIFY2(lines.value(0).startsWith(
                 u"Sending:   SMTP server smtp.disc.test, port %1"_s.arg(smtpPort)),
             qPrintable(text.out));
    QVERIFY(lines.value(1).startsWith(u"Receiving: IMAP server imap.disc.test"_s));
    QVERIFY(text.out.contains(u"autoconfig           found"_s));
    QFile html(dir.filePath(u"d.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(page.contains(u"&lt;hostname&gt;imap.disc.test&lt;/hostname&gt;"_s)); // escaped XML
    QVERIFY(!page.contains(secret));

    // --no-probe: the sources only, nothing verified to work, exit 1; still valid JSON.
    const Run sourcesOnly = runCli(common + QStringList{u"--no-probe"_s, u"--json"_s});
    QCOMPARE(sourcesOnly.exitCode, 1);
    validate(sourcesOnly.out, u"discover.schema.json"_s);
    qunsetenv("PORTOLAN_DISCOVER_SECRET");
}

void TestCli::scanRoleNotChecked()
{
    // `scan HOST --ports 587,465` checks no receiving port: receiving was not checked, it did not
    // fail. A port nothing listens on (refused at once).
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QStringList args{u"scan"_s,      u"127.0.0.1"_s, u"--ports"_s, u"smtp:%1"_s.arg(port),
                           u"--timeout"_s, u"2"_s};
    const Run text = runCli(args);
    QVERIFY2(text.out.contains(u"Receiving: not checked (no IMAP/POP3 port was in --ports)"_s),
             qPrintable(text.out + text.err));
    QVERIFY2(text.out.contains(u"Sending:   nothing works"_s), qPrintable(text.out));
    const Run json = runCli(args + QStringList{u"--json"_s});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY2(o.contains(u"recommendation"_s), qPrintable(json.out + json.err));
    QVERIFY(o[u"recommendation"_s][u"receiving"_s].isNull());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
