// A report reads back from its JSON exactly (the monitor stores reports as `portolan.check/1`):
// reportToJson(reportFromJson(reportToJson(r))) == reportToJson(r), and the Report read back equals
// r field for field; the same for a scan. Every check a unit test runs through CheckRunner makes
// this trip too (checkrunner.h), so every scripted scenario of tst_smtpcheck, tst_smtpauth,
// tst_receiving and tst_tlsdetail is covered; here: reports with every field set, scripted checks
// and a scan, and a reader that refuses bad input with the place of the problem, never a crash.
#include "checkrunner.h"
#include "roundtrip.h"
#include "samplereport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString SmtpStartTlsLoginSend =
    u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 go\n"
    "TLS\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: AUTH PLAIN\nS: 235 ok\n"
    "C: MAIL FROM\nS: 250 ok\nC: RCPT TO\nS: 250 ok\nC: DATA\nS: 354 go\nDATA\n"
    "S: 250 2.0.0 Ok: queued as ABC123\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString SmtpImplicit = u"S: 220 mail.test ESMTP \\x07<ready>\nC: EHLO\nS: 250-mail.test\n"
                             "S: 250 AUTH PLAIN\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString SmtpStartTls =
    u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 go\n"
    "TLS\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString ImapImplicit = u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: "
                             u"* CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK\n"
                             "C: a2 LOGOUT\nS: * BYE\nS: a2 OK\nX\n"_s;
const QString Pop3StartTls =
    u"S: +OK hi\nC: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: +OK go\nTLS\nC: CAPA\nS: +OK\n"
    "S: SASL PLAIN\nS: .\nC: QUIT\nS: +OK\nX\n"_s;
const QString Busy = u"S: 421 4.3.2 backup running, try later\nX\n"_s;

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// Empty when `json` is valid against docs/schema/`schema` (a scan's reports against the check's).
QString schemaProblem(const QJsonObject &json, const QString &schema)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import json, sys, jsonschema\n"
              "v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))\n"
              "c = jsonschema.Draft202012Validator(json.load(open(sys.argv[2])))\n"
              "d = json.load(sys.stdin)\n"
              "v.validate(d)\n"
              "[c.validate(p['report']) for p in d.get('ports', [])]\n"_s,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/"_s + schema,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/check.schema.json"_s});
    py.write(QJsonDocument(json).toJson());
    py.closeWriteChannel();
    if (!py.waitForFinished(30000))
        return u"python3 did not finish"_s;
    if (py.exitStatus() != QProcess::NormalExit || py.exitCode() != 0)
        return QString::fromUtf8(py.readAllStandardError()).right(2000);
    return {};
}

// "diagnoses[1].severity" → {"diagnoses", "1", "severity"}
QStringList steps(const QString &path)
{
    QString p = path;
    p.replace(u'[', u'.').remove(u']');
    return p.split(u'.', Qt::SkipEmptyParts);
}

// `json` with the value at `path` replaced by `value`; an undefined value removes it.
QJsonValue changed(const QJsonValue &json, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (json.isArray()) {
        QJsonArray a = json.toArray();
        const int i = head.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = changed(a.at(i), path, value);
        return a;
    }
    QJsonObject o = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o[head] = changed(o.value(head), path, value);
    return o;
}

QJsonObject changed(const QJsonObject &json, const QString &path, const QJsonValue &value)
{
    return changed(QJsonValue(json), steps(path), value).toObject();
}

// Every path in `json`, objects and arrays included ("tls", "tls.certificates[0]" …).
void collectPaths(const QJsonValue &v, const QString &at, QStringList *out)
{
    if (!at.isEmpty())
        *out << at;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), at.isEmpty() ? it.key() : at + u'.' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), at + u"[%1]"_s.arg(i), out);
    }
}

// The JSON types the schema allows at `path` besides the one the sample has; what is left out is
// refused. Null for the fields that may be null; nothing checks inside a derived `settings`.
bool mayAlsoBe(const QString &path, QJsonValue::Type type)
{
    static const QRegularExpression derived(u"(^|\\.)(settings|recommendation)\\."_s);
    static const QRegularExpression nullable(u"(^|\\.)(dane\\.matched|rank)$"_s);
    static const QRegularExpression nullOrObject(
        u"(^|\\.)(settings|recommendation\\.(sending|receiving))$"_s);
    if (derived.match(path).hasMatch())
        return true;
    if (nullable.match(path).hasMatch())
        return type == QJsonValue::Null || (path.endsWith("rank"_L1) && type == QJsonValue::Double);
    if (nullOrObject.match(path).hasMatch())
        return type == QJsonValue::Null || type == QJsonValue::Object;
    return false;
}

} // namespace

class TestReportJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldRoundTrips();
    void everyFieldOfAScanRoundTrips();
    void newFieldsInTheJson();
    void phasesInTheProtocolsWords();
    void schemaNamesEveryPhase();
    void scriptedChecks_data();
    void scriptedChecks();
    void scan();
    void refuses_data();
    void refuses();
    void accepts_data();
    void accepts();
    void everyValueOfAnotherType_data();
    void everyValueOfAnotherType();
};

void TestReportJson::everyFieldRoundTrips()
{
    const Report r = PortolanTest::sampleReport();
    const QString lost = PortolanTest::reportRoundTripProblem(r);
    QVERIFY2(lost.isEmpty(), qPrintable(lost));
    const QString invalid = schemaProblem(reportToJson(r), u"check.schema.json"_s);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));

    // The writer never loses a field quietly: a report that differs in any one field has
    // another JSON (else the reader could not give that field back).
    Report other = r;
    other.transcript[3].section = u"TLSv1.3"_s;
    QVERIFY(reportToJson(other) != reportToJson(r));
}

void TestReportJson::everyFieldOfAScanRoundTrips()
{
    const ScanReport s = PortolanTest::sampleScan();
    const QString lost = PortolanTest::scanRoundTripProblem(s);
    QVERIFY2(lost.isEmpty(), qPrintable(lost));
    const QString invalid = schemaProblem(scanToJson(s), u"scan.schema.json"_s);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
}

void TestReportJson::newFieldsInTheJson()
{
    const Report r = PortolanTest::sampleReport();
    const QJsonObject json = reportToJson(r);
    QCOMPARE(json.value("started"_L1).toString(), u"2025-03-04T05:06:07.089Z"_s);
    QCOMPARE(json.value("firstSecurity"_L1).toString(), u"tls"_s);
    QCOMPARE(json.value("verdict"_L1).toObject().value("code"_L1).toString(),
             u"cert-hostname-mismatch"_s);
    QCOMPARE(json.value("auth"_L1).toObject().value("username"_L1).toString(),
             u"user@example.test"_s);
    // A transcript line names its section only when it has one.
    const QJsonArray transcript = json.value("transcript"_L1).toArray();
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const QJsonObject line = transcript.at(i).toObject();
        QCOMPARE(line.contains("section"_L1), !r.transcript.at(i).section.isEmpty());
    }
    QCOMPARE(transcript.at(3).toObject().value("section"_L1).toString(), u"TLSv1.2"_s);
    const QJsonObject port =
        scanToJson(PortolanTest::sampleScan()).value("ports"_L1).toArray().at(1).toObject();
    QCOMPARE(port.value("standardPort"_L1).toInt(), 993);
    QCOMPARE(port.value("askedSecurity"_L1).toString(), u"auto"_s);

    // A phase: its stable id, what the protocol sent, and the protocol's word as before.
    const QJsonObject ehlo = json.value("phases"_L1).toArray().at(2).toObject();
    QCOMPARE(ehlo.value("phaseId"_L1).toString(), u"capabilities"_s);
    QCOMPARE(ehlo.value("wire"_L1).toString(), u"EHLO"_s);
    QCOMPARE(ehlo.value("name"_L1).toString(), u"ehlo"_s);
    QVERIFY(!json.value("phases"_L1).toArray().at(0).toObject().contains("wire"_L1));
    const QJsonArray diagnoses = json.value("diagnoses"_L1).toArray();
    QCOMPARE(diagnoses.at(0).toObject().value("phaseId"_L1).toString(), u"starttls-handshake"_s);
    QCOMPARE(diagnoses.at(0).toObject().value("phase"_L1).toString(), u"tls-handshake"_s);
    QCOMPARE(diagnoses.at(3).toObject().value("phase"_L1).toString(), u"ehlo-after-tls"_s);
    QVERIFY(!diagnoses.at(2).toObject().contains("phaseId"_L1)); // about no phase
}

void TestReportJson::phasesInTheProtocolsWords()
{
    // portolan.check/1's words for the phases, from the phase and what the protocol sent, and
    // back: each protocol's as it always had them.
    struct Row
    {
        PhaseId phase;
        QString wire;
        QString label;
    };
    const QList<Row> rows{
        {PhaseId::Resolve, {}, u"resolve"_s},
        {PhaseId::Connect, {}, u"connect"_s},
        {PhaseId::TlsHandshake, {}, u"tls-handshake"_s},
        {PhaseId::Greeting, {}, u"greeting"_s},
        {PhaseId::Capabilities, u"EHLO"_s, u"ehlo"_s},
        {PhaseId::Capabilities, u"HELO"_s, u"helo"_s},
        {PhaseId::Capabilities, u"CAPABILITY"_s, u"capability"_s},
        {PhaseId::Capabilities, u"CAPA"_s, u"capa"_s},
        {PhaseId::Capabilities, {}, u"capabilities"_s},
        {PhaseId::StartTls, u"STLS"_s, u"stls"_s},
        {PhaseId::CapabilitiesAfterTls, u"EHLO"_s, u"ehlo-after-tls"_s},
        {PhaseId::CapabilitiesAfterTls, u"CAPABILITY"_s, u"capability-after-tls"_s},
        {PhaseId::CapabilitiesAfterTls, u"CAPA"_s, u"capa-after-tls"_s},
        {PhaseId::CapabilitiesAfterTls, {}, u"capabilities-after-tls"_s},
        {PhaseId::Auth, u"LOGIN"_s, u"login"_s},
        {PhaseId::Auth, u"AUTHENTICATE"_s, u"authenticate"_s},
        {PhaseId::Quit, u"LOGOUT"_s, u"logout"_s},
        {PhaseId::MailFrom, {}, u"mail-from"_s},
        {PhaseId::RcptTo, {}, u"rcpt-to"_s},
        {PhaseId::Data, {}, u"data"_s},
        {PhaseId::Message, {}, u"message"_s},
    };
    for (const Row &r : rows) {
        QCOMPARE(phaseLabel(r.phase, r.wire), r.label);
        const std::optional<LabelledPhase> back = phaseFromLabel(r.label, false);
        QVERIFY2(back && back->phase == r.phase && back->wire == r.wire, qPrintable(r.label));
    }
    // Words that say no more than the phase: the same label, what the protocol sent aside.
    QCOMPARE(phaseLabel(PhaseId::StartTls, u"STARTTLS"_s), u"starttls"_s);
    QCOMPARE(phaseLabel(PhaseId::Auth, u"AUTH"_s), u"auth"_s);
    QCOMPARE(phaseLabel(PhaseId::Auth, u"USER"_s), u"auth"_s);
    QCOMPARE(phaseLabel(PhaseId::Quit, u"QUIT"_s), u"quit"_s);
    QCOMPARE(phaseLabel(PhaseId::MailFrom, u"MAIL FROM"_s), u"mail-from"_s);
    // Both handshakes were "tls-handshake" (and the certificate findings' phase "tls"): the
    // attempt's mode tells them apart.
    QCOMPARE(phaseLabel(PhaseId::StartTlsHandshake, {}), u"tls-handshake"_s);
    QCOMPARE(phaseFromLabel(u"tls-handshake"_s, true)->phase, PhaseId::StartTlsHandshake);
    QCOMPARE(phaseFromLabel(u"tls"_s, false)->phase, PhaseId::TlsHandshake);
    QVERIFY(!phaseFromLabel(u"EHLO"_s, false));
    QVERIFY(!phaseFromLabel(u"handshake"_s, false));
}

void TestReportJson::schemaNamesEveryPhase()
{
    // The schema's phaseId words are the table's (core/report/phases.h), each phase once.
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/check.schema.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray words = QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value("$defs"_L1)
                                 .toObject()
                                 .value("phaseId"_L1)
                                 .toObject()
                                 .value("enum"_L1)
                                 .toArray();
    QStringList table;
    for (const PhaseName &row : phaseTable) {
        table << row.name;
        QVERIFY2(phaseFromName(row.name) == row.phase, qPrintable(table.constLast()));
    }
    QStringList schema;
    for (const QJsonValue &w : words)
        schema << w.toString();
    QCOMPARE(schema, table);
    QVERIFY(!phaseFromName(u"ehlo"_s));
}

void TestReportJson::scriptedChecks_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("options");

    QTest::newRow("smtp starttls, login, message")
        << SmtpStartTlsLoginSend << false << u"valid"_s << Protocol::Smtp << Security::StartTls
        << u"login,send"_s;
    QTest::newRow("smtp implicit, wrong name")
        << SmtpImplicit << true << u"wrongname"_s << Protocol::Smtp << Security::Tls << QString();
    QTest::newRow("smtp implicit, TLS detail")
        << SmtpImplicit << true << u"valid"_s << Protocol::Smtp << Security::Tls << u"detail"_s;
    QTest::newRow("smtp auto on a plain port")
        << SmtpStartTls << false << u"valid"_s << Protocol::Smtp << Security::Auto << QString();
    QTest::newRow("smtp tls on a plain port")
        << SmtpStartTls << false << u"valid"_s << Protocol::Smtp << Security::Tls << QString();
    QTest::newRow("smtp busy") << Busy << false << u"valid"_s << Protocol::Smtp
                               << Security::StartTls << QString();
    QTest::newRow("smtp refused") << QString() << false << u"valid"_s << Protocol::Smtp
                                  << Security::StartTls << u"closed"_s;
    QTest::newRow("imap implicit")
        << ImapImplicit << true << u"expired"_s << Protocol::Imap << Security::Tls << QString();
    QTest::newRow("pop3 starttls, TLS detail")
        << Pop3StartTls << false << u"valid"_s << Protocol::Pop3 << Security::StartTls
        << u"detail"_s;
}

void TestReportJson::scriptedChecks()
{
    QFETCH(QString, script);
    QFETCH(bool, implicit);
    QFETCH(QString, certificate);
    QFETCH(Protocol, protocol);
    QFETCH(Security, security);
    QFETCH(QString, options);

    ScriptedServer server;
    const auto mode = implicit ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain;
    server.addScript(script, mode, certificate);
    // TLS-detail probes and second attempts: a handshake, then the server waits.
    server.addScript(implicit ? u"W: 3000\n"_s : script, mode, certificate);
    CheckRunner c;
    c.options.target.port = options.contains("closed"_L1) ? closedPort() : server.start();
    c.options.target.protocol = protocol;
    c.options.target.security = security;
    c.options.tlsDetail = options.contains("detail"_L1);
    if (options.contains("login"_L1))
        c.options.credentials = {u"alice"_s, u"s3cret-Pa55"_s, {}};
    if (options.contains("send"_L1)) {
        c.options.send = true;
        c.options.message = {
            u"alice@test.portolan"_s, {u"bob@test.portolan"_s}, u"Test"_s, u"Hello\n"_s};
    }
    QVERIFY(c.run()); // makes the round trip too
    const QString lost = PortolanTest::reportRoundTripProblem(c.report);
    QVERIFY2(lost.isEmpty(), qPrintable(lost));
    const QString invalid = schemaProblem(reportToJson(c.report), u"check.schema.json"_s);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    if (options.contains("send"_L1))
        QVERIFY2(!c.report.messageReply.isEmpty(), qPrintable(c.transcriptText()));
    if (options.contains("detail"_L1))
        QVERIFY(!c.report.tlsVersions.isEmpty());
}

void TestReportJson::scan()
{
    ScriptedServer s465, s587, s993;
    s465.addScript(SmtpImplicit, ScriptedServer::Mode::ImplicitTls);
    s587.addScript(SmtpStartTls);
    s993.addScript(ImapImplicit, ScriptedServer::Mode::ImplicitTls);
    CheckRunner base;
    const QList<ScanTarget> targets{{Protocol::Smtp, s587.start(), 587, Security::StartTls},
                                    {Protocol::Smtp, s465.start(), 465},
                                    {Protocol::Imap, closedPort(), 143},
                                    {Protocol::Imap, s993.start(), 993}};
    PortScan scan(base.options, targets);
    QSignalSpy finished(&scan, &PortScan::finished);
    scan.start();
    QVERIFY(finished.wait(30000));
    const ScanReport &r = scan.report();
    QCOMPARE(r.ports.size(), targets.size());
    for (const PortAdvice &a : r.ports) {
        const QString lost = PortolanTest::reportRoundTripProblem(a.report);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }
    const QString lost = PortolanTest::scanRoundTripProblem(r);
    QVERIFY2(lost.isEmpty(), qPrintable(lost));
    const QString invalid = schemaProblem(scanToJson(r), u"scan.schema.json"_s);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
}

void TestReportJson::refuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where"); // the path the error names

    const QJsonValue gone(QJsonValue::Undefined);
    auto row = [](const char *name, const QString &path, const QJsonValue &value,
                  const QString &where) {
        QTest::newRow(name) << path << value << where;
    };
    row("another schema", u"schema"_s, u"portolan.scan/1"_s, u"schema"_s);
    row("a later schema", u"schema"_s, u"portolan.check/2"_s, u"schema"_s);
    row("no schema", u"schema"_s, gone, u"schema"_s);
    row("schema not a string", u"schema"_s, 1, u"schema"_s);
    row("no target", u"target"_s, gone, u"target"_s);
    row("target not an object", u"target"_s, u"mail.example.test"_s, u"target"_s);
    row("port as a string", u"target.port"_s, u"587"_s, u"target.port"_s);
    row("port 0", u"target.port"_s, 0, u"target.port"_s);
    row("port too large", u"target.port"_s, 70000, u"target.port"_s);
    row("port not whole", u"target.port"_s, 587.5, u"target.port"_s);
    row("protocol unknown", u"target.protocol"_s, u"http"_s, u"target.protocol"_s);
    row("protocol in capitals", u"target.protocol"_s, u"SMTP"_s, u"target.protocol"_s);
    row("security alias", u"security"_s, u"ssl"_s, u"security"_s);
    row("firstSecurity unknown", u"firstSecurity"_s, u"maybe"_s, u"firstSecurity"_s);
    row("started not a time", u"started"_s, u"yesterday"_s, u"started"_s);
    row("started without offset", u"started"_s, u"2025-03-04T05:06:07.089"_s, u"started"_s);
    row("elapsed negative", u"elapsedMs"_s, -1, u"elapsedMs"_s);
    row("elapsed huge", u"elapsedMs"_s, 1e300, u"elapsedMs"_s);
    row("result unknown", u"result"_s, u"info"_s, u"result"_s);
    row("no verdict", u"verdict"_s, gone, u"verdict"_s);
    row("verdict fault unknown", u"verdict.fault"_s, u"user"_s, u"verdict.fault"_s);
    row("diagnoses not an array", u"diagnoses"_s, QJsonObject(), u"diagnoses"_s);
    row("diagnosis not an object", u"diagnoses[2]"_s, u"ok"_s, u"diagnoses[2]"_s);
    row("diagnosis without code", u"diagnoses[1].code"_s, gone, u"diagnoses[1].code"_s);
    row("code unknown", u"diagnoses[1].code"_s, u"no-such-code"_s, u"diagnoses[1].code"_s);
    row("code in capitals", u"diagnoses[0].code"_s, u"CERT-EXPIRED"_s, u"diagnoses[0].code"_s);
    row("verdict code unknown", u"verdict.code"_s, u"fine"_s, u"verdict.code"_s);
    row("diagnosis phase unknown", u"diagnoses[0].phaseId"_s, u"tls"_s, u"diagnoses[0].phaseId"_s);
    row("phase id unknown", u"phases[2].phaseId"_s, u"ehlo"_s, u"phases[2].phaseId"_s);
    row("phase without a name", u"phases[2].name"_s, gone, u"phases[2].name"_s);
    row("severity unknown", u"diagnoses[1].severity"_s, u"fatal"_s, u"diagnoses[1].severity"_s);
    row("detail not strings", u"diagnoses[0].detail"_s, QJsonArray{u"a"_s, 2},
        u"diagnoses[0].detail[1]"_s);
    row("phase attempt 0", u"phases[1].attempt"_s, 0, u"phases[1].attempt"_s);
    row("phase outcome unknown", u"phases[0].outcome"_s, u"maybe"_s, u"phases[0].outcome"_s);
    row("capability not a string", u"capabilities[1]"_s, true, u"capabilities[1]"_s);
    row("no tls", u"tls"_s, gone, u"tls"_s);
    row("tls without established", u"tls.established"_s, gone, u"tls.established"_s);
    row("certificate without subject", u"tls.certificates[1].subject"_s, gone,
        u"tls.certificates[1].subject"_s);
    row("certificate time", u"tls.certificates[0].notAfter"_s, u"2026-13-01T00:00:00Z"_s,
        u"tls.certificates[0].notAfter"_s);
    row("key bits negative", u"tls.certificates[0].keyBits"_s, -256,
        u"tls.certificates[0].keyBits"_s);
    row("ocsp without status", u"tls.ocsp.status"_s, gone, u"tls.ocsp.status"_s);
    row("tls version unknown", u"tls.versions[0].version"_s, u"SSLv3"_s,
        u"tls.versions[0].version"_s);
    row("direction unknown", u"transcript[1].direction"_s, u"X"_s, u"transcript[1].direction"_s);
    row("section not a string", u"transcript[3].section"_s, 12, u"transcript[3].section"_s);
    row("settings a string", u"settings"_s, u"none"_s, u"settings"_s);
    row("auth requested as a word", u"auth.requested"_s, u"yes"_s, u"auth.requested"_s);
    row("no message", u"message"_s, gone, u"message"_s);
    row("dane dnssec unknown", u"dane.dnssec"_s, u"maybe"_s, u"dane.dnssec"_s);
    row("dane matched a number", u"dane.matched"_s, 3, u"dane.matched"_s);
    row("dane without matched", u"dane.matched"_s, gone, u"dane.matched"_s);
}

void TestReportJson::refuses()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    const QJsonObject json = changed(reportToJson(PortolanTest::sampleReport()), path, value);
    QString error;
    const std::optional<Report> r = reportFromJson(json, &error);
    QVERIFY2(!r, qPrintable(u"read although %1 is %2"_s.arg(
                     path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson()))));
    QVERIFY2(error.startsWith(where + u": "_s),
             qPrintable(u"expected an error about %1, got: %2"_s.arg(where, error)));
    // Without the out-parameter too.
    QVERIFY(!reportFromJson(json));
}

void TestReportJson::accepts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");

    const QJsonValue gone(QJsonValue::Undefined);
    // What an earlier writer of portolan.check/1 left out, and what a later one may add.
    QTest::newRow("no firstSecurity") << u"firstSecurity"_s << gone;
    QTest::newRow("no verdict code") << u"verdict.code"_s << gone;
    QTest::newRow("no phase id") << u"phases[2].phaseId"_s << gone;
    QTest::newRow("no diagnosis phase id") << u"diagnoses[0].phaseId"_s << gone;
    QTest::newRow("no user name") << u"auth.username"_s << gone;
    QTest::newRow("no section") << u"transcript[3].section"_s << gone;
    QTest::newRow("no DANE") << u"dane"_s << gone;
    QTest::newRow("no TLS detail") << u"tls.versions"_s << gone;
    QTest::newRow("no certificates") << u"tls.certificates"_s << gone;
    QTest::newRow("started in whole seconds")
        << u"started"_s << QJsonValue(u"2025-03-04T05:06:07Z"_s);
    QTest::newRow("started with an offset")
        << u"started"_s << QJsonValue(u"2025-03-04T07:06:07.089+02:00"_s);
    QTest::newRow("no start time") << u"started"_s << QJsonValue(QString());
    QTest::newRow("a field from later") << u"monitor"_s << QJsonValue(QJsonObject{{u"x"_s, 1}});
    QTest::newRow("a settings object") << u"settings"_s << QJsonValue(QJsonObject());
}

void TestReportJson::accepts()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const Report sample = PortolanTest::sampleReport();
    const QJsonObject json = changed(reportToJson(sample), path, value);
    QString error;
    const std::optional<Report> r = reportFromJson(json, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(error.isEmpty());
    if (path == "firstSecurity"_L1)
        QCOMPARE(r->firstSecurity, sample.effectiveSecurity);
    if (path == "started"_L1 && value.toString().contains(u'+'))
        QCOMPARE(r->started, sample.started); // the same instant
    if (path == "started"_L1 && value.toString().isEmpty())
        QVERIFY(!r->started.isValid());
    if (path == "verdict.code"_L1)
        QCOMPARE(r->verdict.code, sample.diagnoses.constFirst().code); // the first error
    // Without the phase's id (an earlier writer), the protocol's word says the same.
    if (path.contains("phaseId"_L1)) {
        const QString lost = PortolanTest::RoundTripDetail::difference(*r, sample);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }
}

void TestReportJson::everyValueOfAnotherType_data()
{
    QTest::addColumn<bool>("scan");
    QTest::newRow("check") << false;
    QTest::newRow("scan") << true;
}

void TestReportJson::everyValueOfAnotherType()
{
    // Every field and every element, replaced by a value of each JSON type and removed: the
    // reader says so (or, where the schema allows that type, reads it), never crashes.
    QFETCH(bool, scan);
    const QJsonObject json =
        scan ? scanToJson(PortolanTest::sampleScan()) : reportToJson(PortolanTest::sampleReport());
    QStringList paths;
    collectPaths(json, QString(), &paths);
    QVERIFY(paths.size() > 100);
    const QList<QJsonValue> others{
        QJsonValue(QJsonValue::Null),     true, 7, u"x"_s, QJsonArray(), QJsonObject(),
        QJsonValue(QJsonValue::Undefined)};
    int refused = 0;
    for (const QString &path : std::as_const(paths)) {
        QJsonValue original = json;
        for (const QString &step : steps(path))
            original = original.isArray() ? original.toArray().at(step.toInt())
                                          : original.toObject().value(step);
        for (const QJsonValue &other : others) {
            const QJsonObject mutated = changed(json, path, other);
            QString error;
            bool read = false;
            if (scan)
                read = scanFromJson(mutated, &error).has_value();
            else
                read = reportFromJson(mutated, &error).has_value();
            QVERIFY2(read == error.isEmpty(), qPrintable(path + u": "_s + error));
            refused += read ? 0 : 1;
            if (other.isUndefined() || other.type() == original.type() ||
                mayAlsoBe(path, other.type()))
                continue;
            QVERIFY2(
                !read,
                qPrintable(u"read although %1 was %2"_s.arg(
                    path, QString::fromUtf8(
                              QJsonDocument(QJsonArray{other}).toJson(QJsonDocument::Compact)))));
        }
    }
    QVERIFY(refused > paths.size() * 3);
}

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
