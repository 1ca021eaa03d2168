// DANE against a real DNSSEC-signed zone: NSD on loopback (tests/fixtures/dnsserver.sh) serving
// TLSA records for the port of a scripted TLS server, validated by libunbound with the zone's DS
// record as the trust anchor. Every DANE code happens here; the CLI's JSON is validated against
// the schema.
#include "checkrunner.h"
#include "protocols/mailcheck.h"
#include "scriptedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Implicit =
    u"S: 220 mail.test ESMTP ready\nC: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"
    "C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;

} // namespace

class TestDane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void outcomes_data();
    void outcomes();
    void plainCheckLooksNothingUp();
    void lookupFailure();
    void cliJson();

private:
    [[nodiscard]] CheckRunner runner(const QString &host) const;
    ScriptedServer m_server;
    quint16 m_port = 0;
    QString m_state = QStringLiteral(PORTOLAN_DNS_STATE);
    QString m_dnsServer;
    QString m_anchor;
};

void TestDane::initTestCase()
{
    m_server.addScript(Implicit, ScriptedServer::Mode::ImplicitTls, u"valid"_s);
    m_port = m_server.start();
    QVERIFY(m_port != 0);
    QProcess fixture;
    fixture.setProcessChannelMode(QProcess::MergedChannels);
    fixture.start(u"bash"_s, {QStringLiteral(PORTOLAN_DNS_FIXTURE), u"start"_s, m_state,
                              QStringLiteral(PORTOLAN_TEST_CERTS_DIR), QString::number(m_port)});
    QVERIFY(fixture.waitForFinished(60000));
    QVERIFY2(fixture.exitCode() == 0, fixture.readAll().constData());
    QFile env(m_state + u"/dns.env"_s);
    QVERIFY(env.open(QIODevice::ReadOnly));
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("DNS_PORT="))
            m_dnsServer = u"127.0.0.1:"_s + QString::fromLatin1(line.mid(9));
        else if (line.startsWith("TRUST_ANCHOR="))
            m_anchor = QString::fromUtf8(line.mid(13));
    }
    QVERIFY(!m_dnsServer.isEmpty() && !m_anchor.isEmpty());
}

void TestDane::cleanupTestCase()
{
    QProcess::execute(u"bash"_s, {QStringLiteral(PORTOLAN_DNS_FIXTURE), u"stop"_s, m_state});
}

CheckRunner TestDane::runner(const QString &host) const
{
    CheckRunner c;
    c.options.target.host = host;
    c.options.target.port = m_port;
    c.options.target.security = Security::Tls;
    c.options.target.serverName = u"mail.test"_s; // the scripted server's certificate
    c.options.dnsServer = m_dnsServer;
    c.options.dane = true;
    c.options.trustAnchorFile = m_anchor;
    c.options.timeout = std::chrono::milliseconds(3000);
    return c;
}

void TestDane::outcomes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("dnssec");
    QTest::addColumn<Severity>("result");
    QTest::newRow("valid") << u"mail.test"_s << u"dane-valid"_s << u"secure"_s << Severity::Ok;
    QTest::newRow("mismatch") << u"stale.test"_s << u"dane-mismatch"_s << u"secure"_s
                              << Severity::Error;
    QTest::newRow("no record") << u"none.test"_s << u"dane-no-tlsa"_s << u"secure"_s
                               << Severity::Ok;
    QTest::newRow("bogus") << u"tampered.test"_s << u"dane-bogus"_s << u"bogus"_s
                           << Severity::Error;
    QTest::newRow("not signed") << u"mail.lab"_s << u"dane-not-signed"_s << u"insecure"_s
                                << Severity::Warning;
}

void TestDane::outcomes()
{
    QFETCH(QString, host);
    QFETCH(QString, code);
    QFETCH(QString, dnssec);
    QFETCH(Severity, result);
    CheckRunner c = runner(host);
    QVERIFY(c.run());
    const QByteArray why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    QVERIFY2(c.codes().contains(code), why.constData());
    QVERIFY(c.report.dane.looked);
    QCOMPARE(c.report.dane.name, u"_%1._tcp.%2"_s.arg(m_port).arg(host));
    QCOMPARE(c.report.dane.dnssec, dnssec);
    QVERIFY2(c.report.result() == result ||
                 (result == Severity::Ok && c.report.result() == Severity::Info),
             why.constData());
    QVERIFY(c.report.tls.verified); // DANE findings are beside the mail check, not instead
    if (code == "dane-valid"_L1) {
        QVERIFY(c.report.dane.matched.startsWith(u"3 1 1 "_s));
    } else if (code == "dane-mismatch"_L1) {
        QVERIFY(c.report.dane.matched.isEmpty());
        QCOMPARE(c.report.verdict.fault, Fault::Server);
        QCOMPARE(c.report.find(*codeFromName(code))->detail, c.report.dane.records);
    } else if (code == "dane-bogus"_L1) {
        QVERIFY(!c.report.find(*codeFromName(code))->evidence.isEmpty());
    }
}

void TestDane::plainCheckLooksNothingUp()
{
    CheckRunner c = runner(u"stale.test"_s);
    c.options.dane = false;
    QVERIFY(c.run());
    QVERIFY(!c.report.dane.looked);
    QCOMPARE(c.codes(), QStringList{u"ok"_s});
}

void TestDane::lookupFailure()
{
    // An address has no TLSA records; a DNS server that does not answer gives none either. The
    // mail check itself still runs and passes.
    CheckRunner literal = runner(u"127.0.0.1"_s);
    QVERIFY(literal.run());
    QVERIFY(literal.codes().contains(u"dane-lookup-failed"_s));
    QVERIFY(literal.report.find(Code::DaneLookupFailed)->evidence.contains(u"host name"_s));
    QCOMPARE(literal.report.result(), Severity::Warning);
    QVERIFY(literal.report.tls.verified);

    CheckRunner silent = runner(u"mail.test"_s);
    silent.options.dnsServer = u"127.0.0.1:9"_s; // discard: nothing answers
    silent.options.timeout = std::chrono::milliseconds(1000);
    QVERIFY(silent.run());
    QVERIFY(silent.codes().contains(u"dns-failure"_s));
    QVERIFY(silent.codes().contains(u"dane-lookup-failed"_s));
    QCOMPARE(silent.report.dane.dnssec, u"failed"_s);
}

void TestDane::cliJson()
{
    for (const QString &host : {u"mail.test"_s, u"stale.test"_s}) {
        QProcess cli;
        cli.start(QStringLiteral(PORTOLAN_CLI),
                  {u"check"_s, host, u"--port"_s, QString::number(m_port), u"--security"_s,
                   u"tls"_s, u"--servername"_s, u"mail.test"_s, u"--ca-file"_s,
                   PortolanTest::certificatePath(u"ca"_s), u"--dns-server"_s, m_dnsServer,
                   u"--dane"_s, u"--dnssec-anchor"_s, m_anchor, u"--json"_s});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000); // serve meanwhile
        const QByteArray out = cli.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        const QJsonObject dane = json[u"dane"_s].toObject();
        QCOMPARE(dane[u"dnssec"_s].toString(), u"secure"_s);
        QCOMPARE(dane[u"matched"_s].isNull(), host == "stale.test"_L1);
        QCOMPARE(cli.exitCode(), host == "stale.test"_L1 ? 1 : 0);
        QProcess py;
        py.start(u"python3"_s,
                 {u"-c"_s,
                  u"import json, sys, jsonschema\n"
                  "schema = json.load(open(sys.argv[1]))\n"
                  "jsonschema.Draft202012Validator(schema).validate(json.load(sys.stdin))\n"_s,
                  QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/check.schema.json"_s});
        py.write(out);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    }
}

QTEST_GUILESS_MAIN(TestDane)
#include "tst_dane.moc"
