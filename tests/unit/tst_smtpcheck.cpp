// The SMTP check against scripted servers: every diagnosis code the engine produces, and
// DESIGN.md's hostile items 2, 5, 6, 7, 9, 12, 13 and 14 for SMTP.
#include "checkrunner.h"
#include "net/transcript.h"
#include "protocols/mailcheck.h"
#include "scripteddns.h"
#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Greeting = u"S: 220 mail.test ESMTP ready\n"_s;
const QString EhloPlain =
    u"C: EHLO\nS: 250-mail.test greets you\nS: 250-PIPELINING\nS: 250-SIZE 10240000\n"
    "S: 250-STARTTLS\nS: 250 8BITMIME\n"_s;
const QString StartTls = u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n"_s;
const QString EhloTls =
    u"C: EHLO\nS: 250-mail.test greets you\nS: 250-PIPELINING\nS: 250-AUTH PLAIN LOGIN\n"
    "S: 250 8BITMIME\n"_s;
const QString Quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;
const QString GoodStartTls = Greeting + EhloPlain + StartTls + EhloTls + Quit;
const QString EhloImplicit = u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN\nS: 250 8BITMIME\n"_s;
const QString GoodImplicit = Greeting + EhloImplicit + Quit;

// A listening socket whose accept queue is full: further SYNs are dropped, as by a firewall.
struct BlackHole
{
    int fd = -1;
    quint16 port = 0;
    QList<QTcpSocket *> fillers;
    bool ready = false;
    BlackHole()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(fd, 0);
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
        port = ntohs(a.sin_port);
        for (int i = 0; i < 3; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost(QHostAddress::LocalHost, port);
            fillers << s;
        }
        // The accept queue (backlog 0) is full once the first filler is in: later SYNs drop.
        ready = QTest::qWaitFor(
            [this] { return fillers.constFirst()->state() == QAbstractSocket::ConnectedState; },
            2000);
    }
    ~BlackHole()
    {
        qDeleteAll(fillers);
        ::close(fd);
    }
};

} // namespace

class TestMailCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogue_data();
    void dialogue();
    void stripsPreTlsCapabilities();
    void controlBytesAreEscaped();
    void refusedAndTimeout();
    void triesEveryAddress();
    void dnsOutcomes_data();
    void dnsOutcomes();
    void modeMismatch_data();
    void modeMismatch();
    void autoFindsModeOnUnknownPort_data();
    void autoFindsModeOnUnknownPort();
    void certificates_data();
    void certificates();
    void abortStillFinishesOnce();
    void serverNameOverride();
    void implicitHandshakeReset();
    void rejectedGreetingIsFollowedByQuit();
    void outdatedTlsServer_data();
    void outdatedTlsServer();
    void silentServer_data();
    void silentServer();
    void serverAlert_data();
    void serverAlert();
    void noEncryptionChosenNorOffered();
    void tlsChosenOnPortWithoutAnyTls();
};

void TestMailCheck::dialogue_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("mode"); // 0 plain (STARTTLS), 1 implicit TLS
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>(
        "commands"); // the client's commands, in order (empty: don't care)

    const QStringList startTlsThenQuit{u"EHLO"_s, u"STARTTLS"_s, u"QUIT"_s};
    QTest::newRow("ok starttls") << GoodStartTls << 0 << u"ok"_s
                                 << QStringList{u"EHLO"_s, u"STARTTLS"_s, u"EHLO"_s, u"QUIT"_s};
    QTest::newRow("ok implicit tls")
        << GoodImplicit << 1 << u"ok"_s << QStringList{u"EHLO"_s, u"QUIT"_s};
    QTest::newRow("bare 250 lines")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250-STARTTLS\nS: 250\n"_s + StartTls +
               u"C: EHLO\nS: 250\n"_s + Quit
        << 0 << u"ok"_s << QStringList{};
    QTest::newRow("quit unanswered")
        << Greeting + EhloPlain + StartTls + EhloTls + u"C: QUIT\nX\n"_s << 0 << u"ok"_s
        << QStringList{};

    // Hostile item 2: STARTTLS answered with anything but success is fatal; nothing else is sent.
    for (const char *reply :
         {"454 4.7.0 TLS not available", "502 5.5.1 Not implemented", "354 go on"}) {
        QTest::addRow("starttls answered %s", reply)
            << Greeting + EhloPlain + u"C: STARTTLS\nS: "_s + QLatin1StringView(reply) + u'\n' +
                   Quit
            << 0 << u"starttls-failed"_s << startTlsThenQuit;
    }
    QTest::newRow("starttls not offered")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"_s + Quit << 0
        << u"starttls-not-offered"_s << QStringList{u"EHLO"_s, u"QUIT"_s};
    // Hostile item 3's cousin: no EHLO at all, HELO only: no STARTTLS, so no plain fallback.
    QTest::newRow("helo only server")
        << Greeting +
               u"C: EHLO\nS: 502 5.5.2 Error: command not recognized\n"
               "C: HELO\nS: 250 mail.test\n"_s +
               Quit
        << 0 << u"starttls-not-offered"_s << QStringList{u"EHLO"_s, u"HELO"_s, u"QUIT"_s};

    // Hostile item 5: odd codes act on their first digit.
    QTest::newRow("221 as greeting")
        << u"S: 221 closing\n"_s + EhloPlain + StartTls + EhloTls + Quit << 0 << u"ok"_s
        << QStringList{};
    QTest::newRow("354 as greeting")
        << u"S: 354 go on\nC: QUIT\nX\n"_s << 0 << u"protocol-error"_s << QStringList{};
    QTest::newRow("666 as greeting")
        << u"S: 666 the number\nC: QUIT\nX\n"_s << 0 << u"protocol-error"_s << QStringList{};
    QTest::newRow("554 as greeting") << u"S: 554 5.7.1 No SMTP service here\nC: QUIT\nX\n"_s << 0
                                     << u"greeting-rejected"_s << QStringList{};
    QTest::newRow("220 to ehlo") << Greeting + u"C: EHLO\nS: 220-mail.test\nS: 220 STARTTLS\n"_s +
                                        StartTls + EhloTls + Quit
                                 << 0 << u"ok"_s << QStringList{};
    QTest::newRow("garbage greeting")
        << u"S: HTTP/1.1 400 Bad Request\nX\n"_s << 0 << u"protocol-error"_s << QStringList{};
    QTest::newRow("code changes mid reply")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 550 oops\n"_s << 0 << u"protocol-error"_s
        << QStringList{};

    // Hostile item 6: bytes after the STARTTLS go-ahead, in one segment and split.
    QTest::newRow("injection one segment")
        << Greeting + EhloPlain +
               u"C: STARTTLS\nS: 220 2.0.0 Ready\\r\\n250-injected\\r\\n250 AUTH PLAIN\n"_s
        << 0 << u"starttls-injection"_s << QStringList{u"EHLO"_s, u"STARTTLS"_s};
    QTest::newRow("injection split")
        << Greeting + EhloPlain + u"C: STARTTLS\nS: 220 2.0.0 Ready\nW: 50\nS: 250 injected\n"_s
        << 0 << u"starttls-failed"_s << QStringList{u"EHLO"_s, u"STARTTLS"_s};

    // Hostile item 12: partial reply then close; 421 at every step; reset during the handshake.
    QTest::newRow("partial reply then close")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nR: 250-PIPEL\nX\n"_s << 0
        << u"connection-closed"_s << QStringList{};
    QTest::newRow("421 greeting") << u"S: 421 4.3.2 Service shutting down for backup\nX\n"_s << 0
                                  << u"server-busy"_s << QStringList{};
    QTest::newRow("421 to ehlo") << Greeting + u"C: EHLO\nS: 421 4.7.0 Too many connections\nX\n"_s
                                 << 0 << u"server-busy"_s << QStringList{};
    QTest::newRow("421 to starttls")
        << Greeting + EhloPlain + u"C: STARTTLS\nS: 421 4.3.2 Busy\nX\n"_s << 0 << u"server-busy"_s
        << QStringList{};
    QTest::newRow("421 to ehlo after tls")
        << Greeting + EhloPlain + StartTls + u"C: EHLO\nS: 421 4.3.2 Busy\nX\n"_s << 0
        << u"server-busy"_s << QStringList{};
    QTest::newRow("421 to quit") << Greeting + EhloPlain + StartTls + EhloTls +
                                        u"C: QUIT\nS: 421 bye\nX\n"_s
                                 << 0 << u"ok"_s << QStringList{};
    QTest::newRow("close before greeting")
        << u"X\n"_s << 1 << u"connection-closed"_s << QStringList{};
    QTest::newRow("reset in starttls handshake")
        << Greeting + EhloPlain + u"C: STARTTLS\nS: 220 Ready\nBYTES\nRST\n"_s << 0
        << u"starttls-failed"_s << QStringList{};

    // Hostile item 13: stalls, each ended by its phase's timeout.
    QTest::newRow("no banner over tls")
        << u"W: 60000\n"_s << 1 << u"greeting-timeout"_s << QStringList{};
    QTest::newRow("starttls accepted, no handshake")
        << Greeting + EhloPlain + u"C: STARTTLS\nS: 220 Ready\nW: 60000\n"_s << 0
        << u"starttls-failed"_s << QStringList{};
    QTest::newRow("ehlo never answered")
        << Greeting + u"C: EHLO\nW: 60000\n"_s << 0 << u"reply-timeout"_s << QStringList{};

    // Hostile item 14: unbounded input fails closed.
    QTest::newRow("endless line") << u"FLOOD: 400000\n"_s << 0 << u"protocol-error"_s
                                  << QStringList{};
    QTest::newRow("endless continuations") << Greeting + u"C: EHLO\nREPEAT: 5000 250-AUTH PLAIN\n"_s
                                           << 0 << u"protocol-error"_s << QStringList{};
    QTest::newRow("512-octet reply lines are fine")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250-X-"_s + QString(506, u'a') +
               u"\nS: 250 STARTTLS\n"_s + StartTls + EhloTls + Quit
        << 0 << u"ok"_s << QStringList{};
}

void TestMailCheck::dialogue()
{
    QFETCH(QString, script);
    QFETCH(int, mode);
    QFETCH(QString, code);
    QFETCH(QStringList, commands);

    ScriptedServer server;
    server.addScript(script,
                     mode ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain);
    // A second connection (the other mode, tried after some failures) finds nothing useful.
    server.addScript(u"X\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = mode ? Security::Tls : Security::StartTls;
    QVERIFY(c.run());
    QVERIFY2(c.codes().contains(code), qPrintable(u"expected %1, got %2\n%3"_s.arg(
                                           code, c.codes().join(u", "_s), c.transcriptText())));
    if (code == "ok"_L1)
        QCOMPARE(c.report.result(), Severity::Ok);
    else
        QCOMPARE(c.report.result(), Severity::Error);
    QVERIFY(!c.report.verdict.summary.isEmpty());
    if (!commands.isEmpty()) {
        QStringList sent;
        for (const QString &l : server.clientLines()) {
            if (!l.isEmpty())
                sent << l.section(u' ', 0, 0).toUpper();
        }
        // A second connection may follow; the first one's commands come first.
        QCOMPARE(sent.mid(0, commands.size()), commands);
        QVERIFY2(sent.size() == commands.size(), qPrintable(sent.join(u' ')));
    }
    // Every phase is timed; the capabilities' phase says which command asked for them.
    for (const PhaseRecord &p : c.report.phases) {
        QVERIFY(p.elapsedMs >= 0);
        if (p.phase == PhaseId::Capabilities || p.phase == PhaseId::CapabilitiesAfterTls)
            QVERIFY2(p.wire == "EHLO"_L1 || p.wire == "HELO"_L1, qPrintable(p.wire));
    }
}

void TestMailCheck::stripsPreTlsCapabilities()
{
    // Hostile item 7: the capabilities after TLS replace those before; STARTTLS offered again
    // after TLS is not taken up a second time.
    ScriptedServer server;
    server.addScript(
        Greeting +
        u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN LOGIN CRAM-MD5\nS: 250 STARTTLS\n"_s +
        StartTls + u"C: EHLO\nS: 250-mail.test\nS: 250-STARTTLS\nS: 250 AUTH SCRAM-SHA-256\n"_s +
        Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    QVERIFY(c.run());
    // AUTH before TLS is a warning of its own (auth-cleartext-offered).
    QCOMPARE(c.codes(), QStringList{u"auth-cleartext-offered"_s});
    QCOMPARE(c.report.capabilities, (QStringList{u"STARTTLS"_s, u"AUTH SCRAM-SHA-256"_s}));
    QCOMPARE(c.report.capabilitiesBeforeTls,
             (QStringList{u"AUTH PLAIN LOGIN CRAM-MD5"_s, u"STARTTLS"_s}));
    QCOMPARE(server.clientLines().filter(u"STARTTLS"_s).size(), 1);
    QVERIFY(server.mismatches().isEmpty());
}

void TestMailCheck::controlBytesAreEscaped()
{
    // Hostile item 9: attacker text in pre-TLS replies is escaped and stays server text.
    ScriptedServer server;
    server.addScript(
        u"S: 220 mail.test [ALERT] \\x1b[31mYour password expired\\x1b[0m \\x07 call 555\n"_s +
        u"C: EHLO\nS: 250-mail.test \\x00\\x08\nS: 250 STARTTLS\n"_s + StartTls + EhloTls + Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    QVERIFY(c.run());
    const QString all = c.transcriptText() + c.report.greeting;
    QVERIFY2(!all.contains(QChar(0x1b)) && !all.contains(QChar(0x07)) && !all.contains(QChar(0)),
             qPrintable(all));
    QVERIFY2(all.contains(u"S: 220 mail.test [ALERT] \\x1B[31mYour password expired"_s),
             qPrintable(all));
    for (const Diagnosis &d : c.report.diagnoses)
        QVERIFY2(!d.evidence.contains(u"password expired"_s), "server text became a finding");
}

void TestMailCheck::refusedAndTimeout()
{
    {
        // A port nothing listens on: reset.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        CheckRunner c;
        c.options.target.port = port;
        c.options.target.security = Security::StartTls;
        QVERIFY(c.run());
        QCOMPARE(c.codes(), QStringList{u"connection-refused"_s});
        QCOMPARE(c.report.verdict.fault, Fault::Server);
    }
    {
        BlackHole hole;
        QVERIFY(hole.ready);
        CheckRunner c;
        c.options.target.port = hole.port;
        c.options.target.security = Security::StartTls;
        c.options.timeout = std::chrono::milliseconds(800);
        QVERIFY(c.run());
        QCOMPARE(c.codes(), QStringList{u"connection-timeout"_s});
        QCOMPARE(c.report.verdict.fault, Fault::Network);
    }
}

void TestMailCheck::triesEveryAddress()
{
    ScriptedServer server;
    server.addScript(GoodStartTls);
    const quint16 port = server.start();
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    // 127.0.0.2 has nothing on that port; ::1 neither; the check goes on to 127.0.0.1.
    dns.set(
        u"mail.test"_s,
        {0, {QHostAddress(u"127.0.0.2"_s), QHostAddress(u"127.0.0.1"_s), QHostAddress(u"::1"_s)}});
    CheckRunner c;
    c.options.target.host = u"mail.test"_s;
    c.options.target.port = port;
    c.options.target.security = Security::StartTls;
    c.options.dnsServer = dns.address();
    c.options.family = AddressFamily::IPv4;
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{u"ok"_s},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.address, u"127.0.0.1:%1"_s.arg(port));
    const QString t = c.transcriptText();
    QVERIFY2(t.contains(u"127.0.0.2:%1: Connection refused"_s.arg(port)), qPrintable(t));
    QVERIFY2(!t.contains(u"[::1]"_s), "-4 must not try IPv6 addresses");
    QVERIFY(c.report.tls.verified); // verified against the name, mail.test
}

void TestMailCheck::dnsOutcomes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("code");
    QTest::newRow("nxdomain") << u"nothing.test"_s << u"dns-nxdomain"_s;
    QTest::newRow("no address") << u"noaddress.test"_s << u"dns-no-address"_s;
    QTest::newRow("servfail") << u"broken.test"_s << u"dns-failure"_s;
    QTest::newRow("no answer") << u"silent.test"_s << u"dns-failure"_s;
}

void TestMailCheck::dnsOutcomes()
{
    QFETCH(QString, host);
    QFETCH(QString, code);
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"noaddress.test"_s, {0, {}});
    dns.set(u"broken.test"_s, {2, {}});
    dns.set(u"silent.test"_s, {0, {}, true});
    CheckRunner c;
    c.options.target.host = host;
    c.options.target.port = 587;
    c.options.dnsServer = dns.address();
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{code},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QVERIFY(dns.queries() > 0);
    QCOMPARE(c.report.phases.size(), 1); // resolve only: nothing was dialled
}

void TestMailCheck::modeMismatch_data()
{
    QTest::addColumn<int>("serverMode");
    QTest::addColumn<int>("clientMode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("works");
    QTest::newRow("starttls to implicit port")
        << 1 << int(Security::StartTls) << u"plain-on-tls-port"_s << int(Security::Tls);
    QTest::newRow("none to implicit port")
        << 1 << int(Security::None) << u"plain-on-tls-port"_s << int(Security::Tls);
    QTest::newRow("tls to plain port")
        << 0 << int(Security::Tls) << u"tls-on-plain-port"_s << int(Security::StartTls);
}

void TestMailCheck::modeMismatch()
{
    QFETCH(int, serverMode);
    QFETCH(int, clientMode);
    QFETCH(QString, code);
    QFETCH(int, works);
    ScriptedServer server;
    server.addScript(serverMode ? GoodImplicit : GoodStartTls,
                     serverMode ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security(clientMode);
    c.options.timeout =
        std::chrono::milliseconds(5000); // the quiet delay, not the timeout, must decide
    QElapsedTimer t;
    t.start();
    QVERIFY(c.run());
    QVERIFY2(c.codes() == (QStringList{code, u"tls-mode-mismatch"_s}),
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.effectiveSecurity, Security(works));
    QCOMPARE(c.report.verdict.fault, Fault::Settings);
    QVERIFY2(c.report.verdict.summary.contains(securityClientWords(Security(works))),
             qPrintable(c.report.verdict.summary));
    QVERIFY2(t.elapsed() < 4000, "the mismatch must be found without waiting for the timeout");
    QVERIFY(c.report.tls.established);
    QVERIFY(c.report.tls.verified);
    // The diagnostic TLS 1.0/1.1 connection does not count here: no line speaks of it.
    QVERIFY2(!c.transcriptText().contains(u"TLS 1.0/1.1 allowed"_s),
             qPrintable(c.transcriptText()));
}

void TestMailCheck::autoFindsModeOnUnknownPort_data()
{
    QTest::addColumn<int>("serverMode");
    QTest::addColumn<int>("works");
    QTest::newRow("implicit") << 1 << int(Security::Tls);
    QTest::newRow("starttls") << 0 << int(Security::StartTls);
}

void TestMailCheck::autoFindsModeOnUnknownPort()
{
    QFETCH(int, serverMode);
    QFETCH(int, works);
    ScriptedServer server;
    server.addScript(serverMode ? GoodImplicit : GoodStartTls,
                     serverMode ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::Auto;
    c.options.timeout = std::chrono::milliseconds(10000);
    QElapsedTimer t;
    t.start();
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{u"ok"_s},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.effectiveSecurity, Security(works));
    QVERIFY2(t.elapsed() < 3000, "auto must not wait for a timeout to find the mode");
}

void TestMailCheck::certificates_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("code");
    for (int mode : {0, 1}) {
        const char *m = mode ? "implicit" : "starttls";
        QTest::addRow("expired %s", m) << u"expired"_s << mode << u"cert-expired"_s;
        QTest::addRow("not yet valid %s", m) << u"notyet"_s << mode << u"cert-not-yet-valid"_s;
        QTest::addRow("wrong name %s", m) << u"wrongname"_s << mode << u"cert-hostname-mismatch"_s;
        QTest::addRow("self-signed %s", m) << u"selfsigned"_s << mode << u"cert-self-signed"_s;
        QTest::addRow("untrusted %s", m) << u"untrusted"_s << mode << u"cert-untrusted"_s;
        QTest::addRow("expires soon %s", m) << u"expiring"_s << mode << u"cert-expires-soon"_s;
    }
}

void TestMailCheck::certificates()
{
    QFETCH(QString, certificate);
    QFETCH(int, mode);
    QFETCH(QString, code);
    ScriptedServer server;
    server.addScript(mode ? GoodImplicit : GoodStartTls,
                     mode ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain,
                     certificate);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = mode ? Security::Tls : Security::StartTls;
    QVERIFY(c.run());
    QVERIFY2(c.codes().contains(code),
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QVERIFY(c.report.tls.established);
    QVERIFY(!c.report.tls.chain.isEmpty());
    const CertificateFacts &leaf = c.report.tls.chain.constFirst();
    QVERIFY(leaf.subject.contains(u"CN="_s));
    QCOMPARE(leaf.keyType, u"EC"_s);
    QCOMPARE(leaf.keyBits, 256);
    QCOMPARE(leaf.signatureAlgorithm, u"ecdsa-with-SHA256"_s);
    QCOMPARE(leaf.sha256.size(), 32 * 3 - 1);
    if (code == "cert-expires-soon"_L1) {
        QCOMPARE(c.report.result(), Severity::Warning);
        QVERIFY(c.report.tls.verified);
    } else {
        QCOMPARE(c.report.result(), Severity::Error);
        QVERIFY(!c.report.tls.verified);
        QVERIFY(!c.report.tls.errors.isEmpty());
    }
    if (code == "cert-hostname-mismatch"_L1) {
        const Diagnosis *d = c.report.find(*codeFromName(code));
        QCOMPARE(d->detail, (QStringList{u"smtp.other.example"_s, u"mx.other.example"_s}));
        QVERIFY(c.report.verdict.summary.contains(u"smtp.other.example"_s));
    }
}

void TestMailCheck::abortStillFinishesOnce()
{
    ScriptedServer server;
    server.addScript(u"W: 60000\n"_s);
    Portolan::CheckOptions options;
    options.target.host = u"127.0.0.1"_s;
    options.target.port = server.start();
    options.target.security = Security::StartTls;
    MailCheck check(options);
    QSignalSpy finished(&check, &MailCheck::finished);
    check.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() == 1, 5000);
    check.abort();
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(check.report().hasCode(Code::Cancelled));
}

void TestMailCheck::serverNameOverride()
{
    // Dialling an address, verifying against the name the certificate should carry.
    for (const auto &[name, verified] :
         {std::pair{u"mail.test"_s, true}, std::pair{u"smtp.example.org"_s, false}}) {
        ScriptedServer server;
        server.addScript(GoodImplicit, ScriptedServer::Mode::ImplicitTls);
        CheckRunner c;
        c.options.target.port = server.start();
        c.options.target.security = Security::Tls;
        c.options.target.serverName = name;
        QVERIFY(c.run());
        QCOMPARE(c.report.tls.peerName, name);
        QCOMPARE(c.report.tls.verified, verified);
        QCOMPARE(c.report.hasCode(Code::CertHostnameMismatch), !verified);
    }
}

void TestMailCheck::implicitHandshakeReset()
{
    // Hostile item 12: the server resets the connection in the middle of the TLS handshake; the
    // plain mode does not work there either, so it is a handshake failure, not a wrong mode.
    ScriptedServer server;
    server.addScript(u"BYTES\nRST\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::Tls;
    c.options.timeout = std::chrono::milliseconds(800);
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{u"tls-handshake-failed"_s},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    // The plain mode was tried on a second connection, and a handshake allowing TLS 1.0/1.1 on
    // a third (it fails too: not an outdated server).
    QCOMPARE(server.connectionCount(), 3);
    QVERIFY(c.transcriptText().contains(u"did not work on this port either"_s));
}

void TestMailCheck::rejectedGreetingIsFollowedByQuit()
{
    // RFC 5321 §3.1: after a 554 greeting the client says QUIT and waits for the reply.
    ScriptedServer server;
    server.addScript(u"S: 554 5.7.1 No SMTP service for you\nC: QUIT\nS: 221 bye\nX\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    QVERIFY(c.run());
    QCOMPARE(c.codes(), QStringList{u"greeting-rejected"_s});
    QCOMPARE(server.clientLines(), QStringList{u"QUIT"_s});
    QVERIFY(server.mismatches().isEmpty());
    QVERIFY(c.report.verdict.summary.contains(u"554 5.7.1 No SMTP service for you"_s));
}

void TestMailCheck::outdatedTlsServer_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("implicit") << 1;
    QTest::newRow("starttls") << 0;
}

void TestMailCheck::outdatedTlsServer()
{
    // A server that only speaks TLS 1.0: the modern handshake fails, a second one that allows
    // TLS 1.0/1.1 (and carries no credential) tells why.
    QFETCH(int, mode);
    ScriptedServer server;
    server.addScript(mode ? GoodImplicit : GoodStartTls,
                     mode ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain,
                     u"valid+tls1"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = mode ? Security::Tls : Security::StartTls;
    c.options.timeout = std::chrono::milliseconds(1000);
    c.options.credentials = {u"alice"_s, u"never-sent"_s, {}};
    QVERIFY(c.run());
    QVERIFY2(c.codes().contains(u"tls-outdated-protocol"_s),
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.verdict.fault, Fault::Server);
    QVERIFY(c.report.find(Code::TlsOutdatedProtocol)->evidence.contains(u"TLSv1.0"_s));
    QVERIFY(server.clientLines().filter(QRegularExpression(u"^AUTH"_s)).isEmpty());
    QVERIFY(std::any_of(c.report.phases.cbegin(), c.report.phases.cend(),
                        [](const PhaseRecord &p) { return p.attempt == 3; }));
}

void TestMailCheck::silentServer_data()
{
    QTest::addColumn<int>("security");
    QTest::newRow("auto, unknown port") << int(Security::Auto);
    QTest::newRow("SSL/TLS") << int(Security::Tls);
    QTest::newRow("STARTTLS") << int(Security::StartTls);
}

void TestMailCheck::silentServer()
{
    // A service that accepts and says nothing, in any mode: greeting-timeout (the server hangs),
    // never a TLS finding that sends the admin to the TLS set-up. The plain connection listens
    // for a greeting while the TLS one tries: both modes are asked at once.
    QFETCH(int, security);
    ScriptedServer server;
    server.addScript(u"W: 60000\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security(security);
    c.options.timeout = std::chrono::milliseconds(800);
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{u"greeting-timeout"_s},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.verdict.fault, Fault::Server);
    QCOMPARE(server.connectionCount(), 2);
    // Both connections were open at the same time: the second began before the first ended.
    const QList<PhaseRecord> &phases = c.report.phases;
    qint64 firstEnd = 0, secondStart = -1;
    for (const PhaseRecord &p : phases) {
        if (p.attempt == 1)
            firstEnd = std::max(firstEnd, p.startMs + p.elapsedMs);
        if (p.attempt == 2 && secondStart < 0)
            secondStart = p.startMs;
    }
    QVERIFY2(secondStart >= 0 && secondStart < firstEnd, qPrintable(c.transcriptText()));
}

void TestMailCheck::serverAlert_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("fault");
    // The alert proves the port speaks TLS: no plain-text connection waits for a greeting after
    // it; the diagnostic handshake allowing TLS 1.0/1.1 runs (and gets the alert too).
    QTest::newRow("SSL/TLS") << int(Security::Tls) << QStringList{u"tls-alert"_s} << 2
                             << int(Fault::Server);
    QTest::newRow("auto, unknown port")
        << int(Security::Auto) << QStringList{u"tls-alert"_s} << 2 << int(Fault::Server);
    // STARTTLS chosen: the plain connection hears nothing, the TLS one alongside gets the alert;
    // the setting is wrong (this port speaks TLS) and the server's TLS is broken as well.
    // The setting is wrong too (this port speaks SSL/TLS), but choosing SSL/TLS would not help:
    // the verdict is the server's broken TLS, the port's mode a note beside it.
    QTest::newRow("STARTTLS chosen")
        << int(Security::StartTls) << QStringList{u"tls-mode-mismatch"_s, u"tls-alert"_s} << 3
        << int(Fault::Server);
}

void TestMailCheck::serverAlert()
{
    // OpenSMTPD's bug: the ClientHello is answered with a fatal alert 80 (internal error).
    QFETCH(int, security);
    QFETCH(QStringList, codes);
    QFETCH(int, connections);
    QFETCH(int, fault);
    ScriptedServer server;
    server.addScript(u"BYTES\nR: \\x15\\x03\\x03\\x00\\x02\\x02\\x50\nX\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security(security);
    c.options.timeout = std::chrono::milliseconds(5000);
    QVERIFY(c.run());
    QVERIFY2(c.codes() == codes, qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(int(c.report.verdict.fault), fault);
    QCOMPARE(server.connectionCount(), connections);
    const Diagnosis *alert = c.report.find(Code::TlsAlert);
    QVERIFY(alert->evidence.contains(u"internal error"_s));
    QVERIFY(alert->evidence.contains(u"TLS alert 80"_s));
    QVERIFY(c.report.verdict.summary.contains(u"internal error"_s));
}

void TestMailCheck::noEncryptionChosenNorOffered()
{
    // Issue 11 §3: security none, a login asked for, and a server that offers AUTH in clear text
    // and no STARTTLS. The password stays home; the verdict says the server has no encryption
    // here and names what can work (SSL/TLS on 465, or the admin enabling TLS), not "STARTTLS".
    ScriptedServer server;
    server.addScript(Greeting +
                     u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN LOGIN\nS: 250 8BITMIME\n"_s +
                     Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::None;
    c.options.credentials = {u"alice"_s, u"never-sent"_s, {}};
    QVERIFY(c.run());
    QVERIFY2(c.codes().contains(u"starttls-not-offered"_s) &&
                 c.codes().contains(u"credentials-withheld"_s),
             qPrintable(c.codes().join(u',')));
    QCOMPARE(c.report.verdict.code, Code::StartTlsNotOffered);
    QVERIFY2(c.report.verdict.summary.contains(u"port 465"_s),
             qPrintable(c.report.verdict.summary));
    QVERIFY(!c.report.verdict.summary.contains(u"or STARTTLS"_s));
    QVERIFY(server.clientLines().filter(QRegularExpression(u"^AUTH"_s)).isEmpty());
}

void TestMailCheck::tlsChosenOnPortWithoutAnyTls()
{
    // SSL/TLS chosen on a plain port that has no STARTTLS either: "choose STARTTLS" would be
    // advice that cannot work. The verdict is that the port has no encryption at all.
    ScriptedServer server;
    server.addScript(u"BYTES\nS: 220 mail.test ESMTP\nX\n"_s);
    server.addScript(Greeting +
                     u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN LOGIN\nS: 250 8BITMIME\n"_s +
                     Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::Tls;
    QVERIFY(c.run());
    const auto why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    QVERIFY2(!c.codes().contains(u"tls-on-plain-port"_s), why.constData());
    QCOMPARE(c.report.verdict.code, Code::StartTlsNotOffered);
    QCOMPARE(c.report.effectiveSecurity, Security::None);
    QVERIFY(!c.report.verdict.summary.contains(u"choose STARTTLS"_s));
}

QTEST_GUILESS_MAIN(TestMailCheck)
#include "tst_smtpcheck.moc"
