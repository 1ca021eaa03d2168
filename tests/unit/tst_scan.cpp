// The port advisor against scripted servers: every port at once, ranked for sending and
// receiving, port 25 told apart when the network drops it, and the JSON against its schema.
#include "advisor/portscan.h"
#include "checkrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString SmtpImplicit =
    u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString SmtpStartTls =
    u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 "
    u"go\nTLS\n"
    "C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString ImapImplicit = u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: "
                             u"* CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK\n"
                             "C: a2 LOGOUT\nS: * BYE\nS: a2 OK\nX\n"_s;
const QString Pop3StartTls =
    u"S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: +OK go\nTLS\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: .\nC: QUIT\nS: +OK\nX\n"_s;

// A listening socket whose accept queue is full drops further SYNs, like a firewall.
struct BlackHole
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    quint16 port = 0;
    QList<QTcpSocket *> fillers;
    bool ready = false;
    BlackHole()
    {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(fd, 0);
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
        port = ntohs(a.sin_port);
        for (int i = 0; i < 3; ++i) {
            fillers << new QTcpSocket;
            fillers.last()->connectToHost(QHostAddress::LocalHost, port);
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

void validate(const QByteArray &json, const QString &schema)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import json, sys, jsonschema\n"
              "v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))\n"
              "c = jsonschema.Draft202012Validator(json.load(open(sys.argv[2])))\n"
              "d = json.load(sys.stdin)\n"
              "v.validate(d)\n"
              "[c.validate(p['report']) for p in d['ports']]\n"_s,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/"_s + schema,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/check.schema.json"_s});
    py.write(json);
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(30000));
    QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
}

} // namespace

class TestScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksAndTellsPortsApart();
};

void TestScan::ranksAndTellsPortsApart()
{
    ScriptedServer s465, s587, s993, s110;
    s465.addScript(SmtpImplicit, ScriptedServer::Mode::ImplicitTls);
    s587.addScript(SmtpStartTls);
    s993.addScript(ImapImplicit, ScriptedServer::Mode::ImplicitTls);
    s110.addScript(Pop3StartTls);
    BlackHole port25;
    QVERIFY(port25.ready);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    ScriptedServer silent; // accepts, never greets
    silent.addScript(u"W: 60000\n"_s);

    CheckRunner base; // the CA, timeouts
    base.options.timeout = std::chrono::milliseconds(1500);
    const QList<ScanTarget> targets{
        {Protocol::Smtp, s587.start(), 587}, {Protocol::Smtp, port25.port, 25},
        {Protocol::Smtp, s465.start(), 465}, {Protocol::Smtp, silent.start(), 2525},
        {Protocol::Imap, closedPort, 143},   {Protocol::Imap, s993.start(), 993},
        {Protocol::Pop3, s110.start(), 110}};
    PortScan scan(base.options, targets);
    QSignalSpy finished(&scan, &PortScan::finished);
    scan.start();
    QVERIFY(finished.wait(30000));
    const ScanReport &r = scan.report();
    QCOMPARE(r.ports.size(), targets.size());

    auto find = [&r](quint16 standard) {
        for (const PortAdvice &a : r.ports) {
            if (a.target.standardPort == standard)
                return a;
        }
        return PortAdvice{};
    };
    // Sending: implicit TLS first, then STARTTLS on 587; 25 dropped while submission answers.
    QCOMPARE(r.ports.at(0).target.standardPort, quint16(465));
    QCOMPARE(r.ports.at(0).rank, 1);
    QCOMPARE(r.ports.at(1).target.standardPort, quint16(587));
    QCOMPARE(r.ports.at(1).rank, 2);
    QVERIFY(r.ports.at(0).reason.contains(u"RFC 8314"_s));
    const PortAdvice p25 = find(25);
    QVERIFY(!p25.works);
    QVERIFY2(p25.report.hasCode(Code::Port25Blocked), qPrintable(p25.reason));
    QCOMPARE(p25.report.verdict.fault, Fault::Network);
    QVERIFY(p25.reason.contains(u"587 or 465"_s));
    QVERIFY(find(2525).report.hasCode(Code::GreetingTimeout)); // accepted, never greeted
    // Receiving: IMAP over SSL/TLS first, then POP3 with STARTTLS; 143 refused.
    const PortAdvice *receive = r.bestReceiving();
    QVERIFY(receive);
    QCOMPARE(receive->target.standardPort, quint16(993));
    QVERIFY(find(110).works);
    QCOMPARE(find(110).rank, 2);
    QVERIFY(find(143).report.hasCode(Code::ConnectionRefused));
    QCOMPARE(r.best(Protocol::Smtp)->report.effectiveSecurity, Security::Tls);

    // All at once on one event loop: two ports wait out their 1.5 s timeouts, yet the scan does
    // not take their sum. (How close it comes to the slowest check is measured by
    // tests/bench/bench_scan.py, not asserted here.)
    qint64 sum = 0;
    for (const PortAdvice &a : r.ports)
        sum += a.report.totalMs;
    QVERIFY2(
        r.totalMs < sum,
        qPrintable(u"scan %1 ms, the checks one after another %2 ms"_s.arg(r.totalMs).arg(sum)));

    const QString text = scanToText(r, false);
    QVERIFY2(text.startsWith(u"Sending:   SMTP server 127.0.0.1, port %1, SSL/TLS"_s.arg(
                 find(465).target.port)),
             qPrintable(text));
    QVERIFY(text.contains(u"Receiving: IMAP server 127.0.0.1"_s));
    validate(QJsonDocument(scanToJson(r)).toJson(), u"scan.schema.json"_s);
}

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
