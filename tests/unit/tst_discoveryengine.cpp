// Discovery end to end against in-process parts on loopback: a scripted DNS server (A, MX, SRV),
// scripted HTTP and HTTPS servers answering per Host header (the engine's test hook points its
// http/https ports at them), scripted mail servers. Every source, the password rule with its
// consent signal, the audit's codes, the client predictions and what to publish.
#include "discovery/discovery.h"
#include "discovery/discoverywriters.h"
#include "discovery/httpfetch.h"
#include "dns/resolver.h"
#include "scripteddns.h"
#include "scriptedhttp.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedDns;
using PortolanTest::ScriptedHttp;
using PortolanTest::ScriptedServer;

namespace {

const QString Secret = u"d1sc-S3cret!"_s;

const QString ImapNoLogin =
    u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 "
    "AUTH=PLAIN\nS: a1 OK\nC: a2 LOGOUT\nS: * BYE\nS: a2 OK\nX\n"_s;
const QString ImapLogin =
    u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 "
    "AUTH=PLAIN\nS: a1 OK\nC: a2 AUTHENTICATE PLAIN\nS: a2 OK done\nC: a3 LOGOUT\nS: * BYE\nS: a3 "
    "OK\nX\n"_s;
const QString SmtpNoLogin = u"S: 220 disc.test ESMTP\nC: EHLO\nS: 250-disc.test\nS: 250 AUTH "
                            "PLAIN\nC: QUIT\nS: 221 bye\nX\n"_s;
const QString SmtpLogin = u"S: 220 disc.test ESMTP\nC: EHLO\nS: 250-disc.test\nS: 250 AUTH "
                          "PLAIN\nC: AUTH PLAIN\nS: 235 ok\nC: QUIT\nS: 221 bye\nX\n"_s;

QByteArray autoconfig(const QList<QByteArray> &servers)
{
    QByteArray xml = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider "
                     "id=\"disc.test\"><domain>disc.test</domain>";
    for (const QByteArray &s : servers)
        xml += s;
    return xml + "</emailProvider></clientConfig>";
}

QByteArray server(const char *kind, const char *type, const QString &host, quint16 port,
                  const char *socketType)
{
    return QByteArray("<") + kind + " type=\"" + type + "\"><hostname>" + host.toUtf8() +
           "</hostname><port>" + QByteArray::number(port) + "</port><socketType>" + socketType +
           "</socketType><username>%EMAILADDRESS%</username></" + kind + ">";
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress(u"127.0.0.1"_s), 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

// The parts of one scenario.
struct Bed
{
    ScriptedDns dns;
    ScriptedHttp http;
    ScriptedHttp https{u"discovery"_s};
    QList<std::shared_ptr<ScriptedServer>> mail;

    Bed()
    {
        dns.start();
        http.start();
        https.start();
    }
    void host(const QString &name)
    {
        dns.set(name, ScriptedDns::Entry{0, {QHostAddress(u"127.0.0.1"_s)}});
    }
    quint16 mailServer(const QString &script,
                       ScriptedServer::Mode mode = ScriptedServer::Mode::ImplicitTls)
    {
        auto s = std::make_shared<ScriptedServer>();
        s->addScript(script, mode, u"discovery"_s);
        mail << s;
        return s->start();
    }
    DiscoveryOptions options(const QString &address) const
    {
        DiscoveryOptions o;
        o.address = address;
        o.dnsServer = dns.address();
        o.httpPort = http.serverPort();
        o.httpsPort = https.serverPort();
        o.ispdbBaseUrl = u"https://ispdb.disc.test/v1.1/"_s;
        o.timeout = std::chrono::milliseconds(3000);
        QFile ca(PortolanTest::certificatePath(u"ca"_s));
        if (ca.open(QIODevice::ReadOnly))
            o.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
        return o;
    }
};

DiscoveryReport run(const DiscoveryOptions &o, qint64 *ms = nullptr)
{
    Discovery d(o);
    QSignalSpy done(&d, &Discovery::finished);
    QElapsedTimer clock;
    clock.start();
    d.start();
    if (!done.wait(20000))
        qWarning("the discovery did not finish");
    if (ms)
        *ms = clock.elapsed();
    return d.report();
}

const SourceResult *source(const DiscoveryReport &r, DiscoverySource s, SourceStatus status)
{
    for (const SourceResult &x : r.sources) {
        if (x.source == s && x.status == status)
            return &x;
    }
    return nullptr;
}

const Diagnosis *finding(const DiscoveryReport &r, Code code)
{
    for (const Diagnosis &d : r.diagnoses) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QString codes(const DiscoveryReport &r)
{
    QStringList out;
    for (const Diagnosis &d : r.diagnoses)
        out << QString(codeName(d.code));
    return out.join(u", "_s);
}

const Candidate *candidate(const DiscoveryReport &r, const QString &host, quint16 port)
{
    for (const Candidate &c : r.candidates) {
        if (c.server.host == host && c.server.port == port)
            return &c;
    }
    return nullptr;
}

void noSecretIn(const DiscoveryReport &r)
{
    const QByteArray json = QJsonDocument(discoveryToJson(r)).toJson();
    const QString all = QString::fromUtf8(json) + discoveryToText(r, false) +
                        discoveryMarkdown(r, QDateTime::currentDateTimeUtc());
    QVERIFY(!all.contains(Secret));
    QVERIFY(!all.contains(QString::fromLatin1(Secret.toUtf8().toBase64())));
    QVERIFY(!all.contains(
        QString::fromLatin1((QByteArray("\0alice@disc.test\0", 17) + Secret.toUtf8()).toBase64())));
}

} // namespace

class TestDiscoveryEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpsAutoconfigAndAutodiscover();
    void disagreementAndBrokenSource();
    void wrongTlsModeCorrected_data();
    void wrongTlsModeCorrected();
    void passwordWithheldFromUnvouchedHosts_data();
    void passwordWithheldFromUnvouchedHosts();
    void consentSendsThePassword();
    void brokenDocuments();
    void certificateThatDoesNotVerify();
    void httpsRedirectedToHttp();
    void nothingAnywhere();
    void domainNotFoundOrDnsFailed();
    void silentSourceIsBounded();
    void guessesOnlyWhenNothingElse();
    void mxParentDomain();
    void fetchBounds();
    void invalidAddresses_data();
    void invalidAddresses();
};

void TestDiscoveryEngine::httpsAutoconfigAndAutodiscover()
{
    Bed bed;
    const quint16 imap = bed.mailServer(ImapLogin);
    const quint16 smtp = bed.mailServer(SmtpLogin);
    for (const QString &h : {u"autoconfig.disc.test"_s, u"autodiscover.disc.test"_s,
                             u"imap.disc.test"_s, u"smtp.disc.test"_s})
        bed.host(h);
    bed.https.set(
        u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.disc.test"_s, imap, "SSL"),
                          server("outgoingServer", "smtp", u"smtp.disc.test"_s, smtp, "SSL")})});
    const QByteArray pox =
        "<Autodiscover><Response><Account><Action>settings</Action><Protocol><Type>IMAP</Type>"
        "<Server>imap.disc.test</Server><Port>" +
        QByteArray::number(imap) +
        "</Port><Encryption>SSL</Encryption></Protocol></Account></Response></Autodiscover>";
    bed.https.set(u"autodiscover.disc.test"_s, u"/autodiscover/autodiscover.xml"_s, {200, pox});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.credentials.password = Secret;
    const DiscoveryReport r = run(o);

    const SourceResult *ac = source(r, DiscoverySource::Autoconfig, SourceStatus::Found);
    QVERIFY2(ac, qPrintable(discoveryToText(r, false)));
    QVERIFY(ac->secure && ac->vouched);
    QCOMPARE(ac->servers.size(), 2);
    const SourceResult *ad = source(r, DiscoverySource::Autodiscover, SourceStatus::Found);
    QVERIFY2(ad, qPrintable(discoveryToText(r, false)));
    QCOMPARE(ad->servers.size(), 1);
    // The name, not the address, went in the Host header; Autodiscover was a POST with the address.
    bool posted = false;
    for (const ScriptedHttp::Request &req : bed.https.requests()) {
        if (req.host == "autodiscover.disc.test"_L1)
            posted = req.method == "POST" && req.body.contains("<EMailAddress>alice@disc.test<");
    }
    QVERIFY(posted);
    QVERIFY(bed.https.requestsFor(u"autoconfig.disc.test"_s) >= 1);

    QVERIFY2(r.bestReceiving() && r.bestSending(), qPrintable(discoveryToText(r, false)));
    QCOMPARE(r.bestReceiving()->server.host, u"imap.disc.test"_s);
    QCOMPARE(r.bestReceiving()->sources,
             (QList<DiscoverySource>{DiscoverySource::Autoconfig, DiscoverySource::Autodiscover}));
    QCOMPARE(r.bestSending()->login, LoginDecision::Sent);
    QVERIFY(r.bestSending()->advice.report.authenticated);
    QVERIFY2(r.result() == Severity::Ok, qPrintable(codes(r)));
    // The text's first two lines are the settings.
    const QStringList lines = discoveryToText(r, false).split(u'\n');
    QVERIFY(lines.at(0).startsWith(u"Sending:   SMTP server smtp.disc.test"_s));
    QVERIFY(lines.at(1).startsWith(u"Receiving: IMAP server imap.disc.test"_s));
    // What Thunderbird would pick, and that it works; SRV-only clients find nothing.
    QCOMPARE(r.clients.constFirst().client, u"thunderbird"_s);
    QCOMPARE(r.clients.constFirst().source, DiscoverySource::Autoconfig);
    QVERIFY(r.clients.constFirst().receivingWorks && r.clients.constFirst().sendingWorks);
    QCOMPARE(r.clients.constLast().client, u"rfc6186"_s);
    QVERIFY(!r.clients.constLast().source);
    // What to publish, from what works.
    QVERIFY(r.publish.autoconfigXml.contains(u"<hostname>imap.disc.test</hostname>"_s));
    QVERIFY(r.publish.srvRecords.contains(
        u"_imaps._tcp.disc.test. 3600 IN SRV 0 1 %1 imap.disc.test."_s.arg(imap)));
    QVERIFY(r.publish.srvRecords.contains(u"_pop3._tcp.disc.test. 3600 IN SRV 0 0 0 ."_s));
    const MailConfigDocument back = parseAutoconfig(r.publish.autoconfigXml.toUtf8(), r.address);
    QCOMPARE(back.servers.size(), 2);
    noSecretIn(r);
}

void TestDiscoveryEngine::disagreementAndBrokenSource()
{
    Bed bed;
    const quint16 imap = bed.mailServer(ImapNoLogin);
    const quint16 refused = closedPort();
    for (const QString &h : {u"autoconfig.disc.test"_s, u"imap.disc.test"_s})
        bed.host(h);
    bed.https.set(
        u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.disc.test"_s, imap, "SSL")})});
    bed.dns.set(u"_imaps._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, refused, u"imap.disc.test"_s}}});
    bed.dns.set(u"_imap._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 0, 0, u"."_s}}});
    const DiscoveryReport r = run(bed.options(u"alice@disc.test"_s));
    const QString text = discoveryToText(r, false);

    const Diagnosis *disagree = finding(r, Code::DiscoverySourcesDisagree);
    QVERIFY2(disagree, qPrintable(text));
    QCOMPARE(disagree->severity, Severity::Warning);
    QCOMPARE(disagree->detail.size(), 2);
    QVERIFY(disagree->detail.at(0).startsWith(u"autoconfig: IMAP imap.disc.test:%1"_s.arg(imap)));
    QVERIFY(disagree->detail.at(1).startsWith(u"srv: IMAP imap.disc.test:%1"_s.arg(refused)));
    const Diagnosis *broken = finding(r, Code::DiscoverySourceBroken);
    QVERIFY2(broken, qPrintable(text));
    QCOMPARE(broken->detail.value(0), u"connection-refused"_s); // the check's own finding
    QVERIFY(broken->evidence.startsWith(u"srv says"_s));
    const Diagnosis *dot = finding(r, Code::SrvNotOffered);
    QVERIFY(dot);
    QCOMPARE(dot->severity, Severity::Info);
    QCOMPARE(dot->detail, QStringList{u"_imap._tcp.disc.test"_s});
    // The recommendation is the autoconfig's, which works; SRV-only clients get the broken one.
    QVERIFY(r.bestReceiving());
    QCOMPARE(r.bestReceiving()->server.port, imap);
    QCOMPARE(r.bestReceiving()->advice.rank, 1);
    const Candidate *bad = candidate(r, u"imap.disc.test"_s, refused);
    QVERIFY(bad && bad->probed && !bad->advice.works && bad->advice.rank == 0);
    QCOMPARE(r.clients.constLast().source, DiscoverySource::Srv);
    QVERIFY(!r.clients.constLast().receivingWorks);
    QVERIFY(r.clients.constFirst().receivingWorks); // Thunderbird: the autoconfig
    // No sending found: the audit says so.
    QVERIFY(finding(r, Code::DiscoveryNoSettings));
}

void TestDiscoveryEngine::wrongTlsModeCorrected_data()
{
    QTest::addColumn<QByteArray>("socketType");
    QTest::addColumn<Security>("said");
    QTest::addColumn<Security>("speaks");
    QTest::addColumn<QString>("cause");
    QTest::newRow("STARTTLS on implicit-TLS ports")
        << QByteArray("STARTTLS") << Security::StartTls << Security::Tls << u"plain-on-tls-port"_s;
    QTest::newRow("plain on implicit-TLS ports")
        << QByteArray("plain") << Security::None << Security::Tls << u"plain-on-tls-port"_s;
    QTest::newRow("SSL on STARTTLS ports")
        << QByteArray("SSL") << Security::Tls << Security::StartTls << u"tls-on-plain-port"_s;
}

// The autoconfig names the wrong TLS mode for the ports: the same host and port in the mode the
// port speaks is checked on its own (with the login, as the source is vouched for), recommended
// as a correction of the source, and published.
void TestDiscoveryEngine::wrongTlsModeCorrected()
{
    QFETCH(QByteArray, socketType);
    QFETCH(Security, said);
    QFETCH(Security, speaks);
    QFETCH(QString, cause);
    Bed bed;
    const bool startTls = speaks == Security::StartTls;
    const quint16 imap =
        startTls
            ? bed.mailServer(u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] hi\n"
                             "C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\n"
                             "S: a1 OK\nC: a2 STARTTLS\nS: a2 OK Begin TLS\nTLS\n"
                             "C: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a3 OK\n"
                             "C: a4 AUTHENTICATE PLAIN\nS: a4 OK done\nC: a5 LOGOUT\nS: * BYE\n"
                             "S: a5 OK\nX\n"_s,
                             ScriptedServer::Mode::Plain)
            : bed.mailServer(ImapLogin);
    const quint16 smtp =
        startTls ? bed.mailServer(u"S: 220 disc.test ESMTP\nC: EHLO\nS: 250-disc.test\nS: 250 "
                                  "STARTTLS\nC: STARTTLS\nS: 220 go ahead\nTLS\nC: EHLO\nS: "
                                  "250-disc.test\nS: 250 AUTH PLAIN\nC: AUTH PLAIN\nS: 235 ok\n"
                                  "C: QUIT\nS: 221 bye\nX\n"_s,
                                  ScriptedServer::Mode::Plain)
                 : bed.mailServer(SmtpLogin);
    for (const QString &h : {u"autoconfig.disc.test"_s, u"imap.disc.test"_s, u"smtp.disc.test"_s})
        bed.host(h);
    bed.https.set(u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
                  {200, autoconfig({server("incomingServer", "imap", u"imap.disc.test"_s, imap,
                                           socketType.constData()),
                                    server("outgoingServer", "smtp", u"smtp.disc.test"_s, smtp,
                                           socketType.constData())})});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.credentials.password = Secret;
    qint64 ms = 0;
    const DiscoveryReport r = run(o, &ms);
    const QString text = discoveryToText(r, false);
    QVERIFY2(ms <= o.timeout.count() * 3 / 2 + 1000, qPrintable(QString::number(ms)));

    // What the source names fails: the port speaks the other mode.
    for (const auto &[host, port] :
         {std::pair{u"imap.disc.test"_s, imap}, std::pair{u"smtp.disc.test"_s, smtp}}) {
        const Candidate *named = nullptr;
        const Candidate *fixed = nullptr;
        for (const Candidate &c : r.candidates) {
            if (c.server.host != host || c.server.port != port)
                continue;
            (c.correctedFrom ? fixed : named) = &c;
        }
        QVERIFY2(named && fixed, qPrintable(text));
        QCOMPARE(named->server.security, said);
        QVERIFY(named->probed && !named->advice.works);
        QVERIFY(!named->correctedFrom);
        // The corrected one: its own check, in the port's mode, with the login (vouched as
        // before).
        QCOMPARE(fixed->server.security, speaks);
        QCOMPARE(fixed->correctedFrom->security, said);
        QCOMPARE(fixed->sources, QList<DiscoverySource>{DiscoverySource::Autoconfig});
        QVERIFY2(fixed->advice.works, qPrintable(text));
        QCOMPARE(fixed->advice.report.target.security, speaks);
        QCOMPARE(fixed->advice.report.firstSecurity, speaks);
        QCOMPARE(fixed->login, LoginDecision::Sent);
        QCOMPARE(fixed->login, named->login);
        QVERIFY(fixed->advice.report.authenticated);
        QCOMPARE(r.correctionFor(named->server), fixed);
    }
    // Recommended, marked as corrected; the discovery succeeds.
    QVERIFY2(r.bestReceiving() && r.bestSending(), qPrintable(text));
    QCOMPARE(r.bestReceiving()->server.port, imap);
    QCOMPARE(r.bestReceiving()->server.security, speaks);
    QVERIFY(r.bestReceiving()->correctedFrom);
    QCOMPARE(r.bestSending()->server.security, speaks);
    QVERIFY2(r.result() != Severity::Error, qPrintable(codes(r)));
    QVERIFY(!finding(r, Code::DiscoveryNoSettings));
    QVERIFY(text.startsWith(u"Sending:   SMTP server smtp.disc.test"_s));
    QVERIFY(text.section(u'\n', 0, 0).contains(u"corrected"_s));

    // The audit says exactly what is wrong in the document.
    int broken = 0;
    for (const Diagnosis &d : r.diagnoses) {
        if (d.code != Code::DiscoverySourceBroken)
            continue;
        ++broken;
        QCOMPARE(d.detail.value(0), cause);
        QCOMPARE(d.detail.constLast(), securityName(speaks));
        QVERIFY2(
            d.evidence.startsWith(u"autoconfig says %1 for port "_s.arg(securityClientWords(said))),
            qPrintable(d.evidence));
        QVERIFY2(d.evidence.contains(u"the port speaks "_s + securityClientWords(speaks)),
                 qPrintable(d.evidence));
        QVERIFY(d.evidence.contains(u"works (recommended instead)"_s));
    }
    QCOMPARE(broken, 2);

    // Thunderbird takes the published setting and fails; Portolan's correction is named.
    const ClientPrediction &tb = r.clients.constFirst();
    QCOMPARE(tb.client, u"thunderbird"_s);
    QVERIFY(!tb.receivingWorks && !tb.sendingWorks);
    QCOMPARE(tb.receiving->security, said);
    QVERIFY(tb.receivingCorrected && tb.sendingCorrected);
    QCOMPARE(tb.receivingCorrected->security, speaks);
    QVERIFY2(tb.why.contains(u"as published and fail"_s), qPrintable(tb.why));

    // Published from the corrected, verified settings.
    QVERIFY2(r.publish.autoconfigXml.contains(u"<port>%1</port>"_s.arg(imap)),
             qPrintable(r.publish.autoconfigXml));
    const MailConfigDocument back = parseAutoconfig(r.publish.autoconfigXml.toUtf8(), r.address);
    QCOMPARE(back.servers.size(), 2);
    for (const ServerSetting &x : back.servers)
        QCOMPARE(x.security, speaks);
    QVERIFY(r.publish.autoconfigXml.contains(startTls ? u"<socketType>STARTTLS</socketType>"_s
                                                      : u"<socketType>SSL</socketType>"_s));
    QVERIFY(!r.publish.autoconfigXml.contains(startTls ? u">SSL<"_s : u">STARTTLS<"_s));
    QVERIFY2(r.publish.srvRecords.contains(u"%1.disc.test. 3600 IN SRV 0 1 %2 imap.disc.test."_s
                                               .arg(startTls ? u"_imap._tcp"_s : u"_imaps._tcp"_s)
                                               .arg(imap)),
             qPrintable(r.publish.srvRecords.join(u'\n')));
    QVERIFY(r.publish.srvRecords.contains(
        u"%1.disc.test. 3600 IN SRV 0 1 %2 smtp.disc.test."_s
            .arg(startTls ? u"_submission._tcp"_s : u"_submissions._tcp"_s)
            .arg(smtp)));

    // The JSON marks it.
    const QJsonObject json = discoveryToJson(r);
    const QJsonObject receiving =
        json.value(u"recommendation"_s).toObject().value(u"receiving"_s).toObject();
    QCOMPARE(receiving.value(u"security"_s).toString(), securityName(speaks));
    QCOMPARE(receiving.value(u"correctedFrom"_s).toObject().value(u"security"_s).toString(),
             securityName(said));
    QCOMPARE(receiving.value(u"sources"_s).toArray().first().toString(), u"autoconfig"_s);
    noSecretIn(r);
}

void TestDiscoveryEngine::passwordWithheldFromUnvouchedHosts_data()
{
    QTest::addColumn<bool>("askConsent");
    QTest::newRow("nobody to ask") << false;
    QTest::newRow("asking, nobody listening") << true;
}

void TestDiscoveryEngine::passwordWithheldFromUnvouchedHosts()
{
    Bed bed;
    const quint16 imap = bed.mailServer(ImapNoLogin);
    const quint16 smtp = bed.mailServer(SmtpNoLogin);
    for (const QString &h : {u"autoconfig.disc.test"_s, u"imap.other.test"_s, u"smtp.other.test"_s})
        bed.host(h);
    // Over plain http only, naming a host outside the domain; an unsigned SRV record likewise.
    bed.http.set(
        u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.other.test"_s, imap, "SSL")})});
    bed.dns.set(u"_submissions._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, smtp, u"smtp.other.test"_s}}});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.credentials.password = Secret;
    QFETCH(bool, askConsent);
    // Asking with nobody listening for the question is the same as not asking: never a hang.
    o.askConsent = askConsent;
    const DiscoveryReport r = run(o);
    const QString text = discoveryToText(r, false);

    QVERIFY2(source(r, DiscoverySource::AutoconfigHttp, SourceStatus::Found), qPrintable(text));
    QVERIFY(!source(r, DiscoverySource::AutoconfigHttp, SourceStatus::Found)->vouched);
    QVERIFY(finding(r, Code::AutoconfigInsecure));
    for (const Candidate &c : r.candidates) {
        QCOMPARE(c.login, LoginDecision::NotVouched);
        QVERIFY(c.loginWhy.contains(u"outside disc.test"_s));
        QVERIFY(!c.advice.report.loginRequested);
        QVERIFY2(c.advice.works, qPrintable(text)); // checked all the same, without a login
    }
    const Diagnosis *withheld = finding(r, Code::DiscoveryLoginWithheld);
    QVERIFY(withheld);
    QCOMPARE(withheld->detail.value(1), u"not-vouched"_s);
    for (const auto &m : bed.mail) {
        for (const QString &line : m->clientLines())
            QVERIFY2(!line.contains(u"AUTH"_s), qPrintable(line));
    }
    noSecretIn(r);
}

void TestDiscoveryEngine::consentSendsThePassword()
{
    Bed bed;
    const quint16 imap = bed.mailServer(ImapLogin);
    const quint16 smtp = bed.mailServer(SmtpNoLogin);
    for (const QString &h : {u"imap.other.test"_s, u"smtp.other.test"_s})
        bed.host(h);
    bed.dns.set(u"_imaps._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, imap, u"imap.other.test"_s}}});
    bed.dns.set(u"_submissions._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, smtp, u"smtp.other.test"_s}}});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.credentials.password = Secret;
    o.askConsent = true;
    Discovery d(o);
    QStringList asked;
    QObject::connect(&d, &Discovery::loginConsentNeeded, &d,
                     [&d, &asked](const QString &host, const QString &why) {
                         asked << host;
                         QVERIFY(why.contains(u"srv"_s));
                         // Yes for IMAP, no for SMTP, answered later from the event loop.
                         QTimer::singleShot(10, &d, [&d, host] {
                             d.answerLoginConsent(host, host.startsWith(u"imap"_s));
                         });
                     });
    QSignalSpy done(&d, &Discovery::finished);
    d.start();
    QVERIFY(done.wait(20000));
    const DiscoveryReport &r = d.report();
    asked.sort();
    QCOMPARE(asked, (QStringList{u"imap.other.test"_s, u"smtp.other.test"_s}));
    const Candidate *i = candidate(r, u"imap.other.test"_s, imap);
    const Candidate *s = candidate(r, u"smtp.other.test"_s, smtp);
    QVERIFY(i && s);
    QCOMPARE(i->login, LoginDecision::Consented);
    QVERIFY2(i->advice.report.authenticated, qPrintable(discoveryToText(r, false)));
    QCOMPARE(s->login, LoginDecision::Declined);
    QVERIFY(!s->advice.report.loginRequested);
    bool sawAuth = false;
    for (const QString &line : bed.mail.at(0)->clientLines())
        sawAuth = sawAuth || line.contains(u"AUTHENTICATE"_s);
    QVERIFY(sawAuth);
    for (const QString &line : bed.mail.at(1)->clientLines())
        QVERIFY(!line.contains(u"AUTH"_s));
    noSecretIn(r);
}

void TestDiscoveryEngine::brokenDocuments()
{
    Bed bed;
    for (const QString &h :
         {u"autoconfig.disc.test"_s, u"disc.test"_s, u"autodiscover.disc.test"_s})
        bed.host(h);
    bed.https.set(u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
                  {200, "<clientConfig><emailProvider><incomingServer"});
    bed.https.set(u"disc.test"_s, u"/.well-known/autoconfig/mail/config-v1.1.xml"_s,
                  {200, QByteArray(MaxDocumentBytes + 10, ' ')});
    bed.https.set(u"autodiscover.disc.test"_s, u"/autodiscover/autodiscover.xml"_s,
                  {200, "<html>not here</html>"});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.probe = false;
    const DiscoveryReport r = run(o);
    const QString text = discoveryToText(r, false);
    int invalid = 0;
    for (const Diagnosis &d : r.diagnoses)
        invalid += d.code == Code::AutoconfigInvalid;
    QVERIFY2(invalid == 2, qPrintable(text)); // malformed, too big
    QVERIFY(source(r, DiscoverySource::Autoconfig, SourceStatus::Error));
    QVERIFY(source(r, DiscoverySource::AutoconfigWellKnown, SourceStatus::Error));
    QVERIFY2(finding(r, Code::AutodiscoverInvalid), qPrintable(text));
    // No source has settings, so the names are guessed (the domain itself exists here).
    QVERIFY(source(r, DiscoverySource::Guess, SourceStatus::Found));
}

void TestDiscoveryEngine::certificateThatDoesNotVerify()
{
    Bed bed;
    bed.host(u"autoconfig.disc.test"_s);
    bed.https.set(
        u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.disc.test"_s, 993, "SSL")})});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.extraCaCertificates.clear(); // the test CA not trusted: the certificate does not verify
    o.probe = false;
    const DiscoveryReport r = run(o);
    const Diagnosis *cert = finding(r, Code::AutoconfigCertInvalid);
    QVERIFY2(cert, qPrintable(discoveryToText(r, false)));
    QVERIFY(!cert->detail.isEmpty());
    QVERIFY(!source(r, DiscoverySource::Autoconfig, SourceStatus::Found));
}

void TestDiscoveryEngine::httpsRedirectedToHttp()
{
    Bed bed;
    bed.host(u"autoconfig.disc.test"_s);
    bed.https.set(u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s,
                  {301, {}, "http://autoconfig.disc.test/plain.xml"});
    bed.http.set(
        u"autoconfig.disc.test"_s, u"/plain.xml"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.disc.test"_s, 993, "SSL")})});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.probe = false;
    const DiscoveryReport r = run(o);
    const SourceResult *ac = source(r, DiscoverySource::Autoconfig, SourceStatus::Found);
    QVERIFY2(ac, qPrintable(discoveryToText(r, false)));
    QCOMPARE(ac->redirects, QStringList{u"http://autoconfig.disc.test/plain.xml"_s});
    QVERIFY(!ac->secure && !ac->vouched);
    const Diagnosis *insecure = finding(r, Code::AutoconfigInsecure);
    QVERIFY(insecure);
    QVERIFY(insecure->evidence.contains(u"redirected from https to http"_s));
    // Not checked: nothing verified, no recommendation; the text says what the sources name.
    QVERIFY(!r.bestReceiving());
    const QString first = discoveryToText(r, false).section(u'\n', 1, 1);
    QVERIFY2(first.startsWith(u"Receiving: IMAP imap.disc.test:993 SSL/TLS  (from autoconfig; not "
                              "checked)"_s),
             qPrintable(first));
    QVERIFY(!r.candidates.isEmpty() && !r.candidates.constFirst().probed);
}

void TestDiscoveryEngine::nothingAnywhere()
{
    Bed bed;
    qint64 ms = 0;
    const DiscoveryReport r = run(bed.options(u"alice@nothing.test"_s), &ms);
    const Diagnosis *none = finding(r, Code::DiscoveryNoSettings);
    QVERIFY2(none, qPrintable(codes(r)));
    QCOMPARE(none->severity, Severity::Error);
    QCOMPARE(r.result(), Severity::Error);
    QVERIFY(r.candidates.isEmpty());
    for (const SourceResult &s : r.sources)
        QVERIFY2(s.status != SourceStatus::Found && s.status != SourceStatus::Pending,
                 qPrintable(discoverySourceName(s.source)));
    QVERIFY(source(r, DiscoverySource::Guess, SourceStatus::None));      // guessed, found nothing
    QVERIFY(source(r, DiscoverySource::Autoconfig, SourceStatus::None)); // NXDOMAIN: nothing there

    // A name the DNS server fails on: the source could not be asked, which is an error.
    Bed failing;
    failing.dns.set(u"autoconfig.broken.test"_s, ScriptedDns::Entry{2, {}});
    DiscoveryOptions o = failing.options(u"alice@broken.test"_s);
    o.probe = false;
    const DiscoveryReport f = run(o);
    QVERIFY2(source(f, DiscoverySource::Autoconfig, SourceStatus::Error),
             qPrintable(discoveryToText(f, false)));
    QVERIFY2(ms < 2000, qPrintable(u"%1 ms"_s.arg(ms))); // NXDOMAIN everywhere: fast
}

// The cause when nothing has settings, from the DNS's typed answers: a domain that does not exist
// (NXDOMAIN for its MX); the DNS not working at all (every lookup fails); neither, for a domain
// that exists without settings.
void TestDiscoveryEngine::domainNotFoundOrDnsFailed()
{
    Bed bed;
    DiscoveryOptions o = bed.options(u"alice@nx.test"_s);
    o.probe = false;
    const DiscoveryReport nx = run(o);
    QVERIFY2(finding(nx, Code::DiscoveryDomainNotFound), qPrintable(codes(nx)));
    QVERIFY2(!finding(nx, Code::DiscoveryDnsFailed), qPrintable(codes(nx)));

    // The domain exists (it has an address): no such cause.
    bed.host(u"bare.test"_s);
    o = bed.options(u"alice@bare.test"_s);
    o.probe = false;
    const DiscoveryReport bare = run(o);
    QVERIFY2(!finding(bare, Code::DiscoveryDomainNotFound), qPrintable(codes(bare)));
    QVERIFY2(!finding(bare, Code::DiscoveryDnsFailed), qPrintable(codes(bare)));

    // Every name SERVFAILs: the DNS does not work.
    Bed failing;
    const QString d = u"sf.test"_s;
    QStringList names{d, u"autoconfig."_s + d, u"autodiscover."_s + d};
    for (const QString &label :
         {u"_imaps._tcp."_s, u"_imap._tcp."_s, u"_pop3s._tcp."_s, u"_pop3._tcp."_s,
          u"_submissions._tcp."_s, u"_submission._tcp."_s, u"_autodiscover._tcp."_s, u"imap."_s,
          u"pop3."_s, u"pop."_s, u"mail."_s, u"smtp."_s})
        names << label + d;
    for (const QString &name : names)
        failing.dns.set(name, ScriptedDns::Entry{2, {}});
    o = failing.options(u"alice@sf.test"_s);
    o.probe = false;
    const DiscoveryReport sf = run(o);
    QVERIFY2(finding(sf, Code::DiscoveryDnsFailed), qPrintable(codes(sf)));
    QVERIFY2(!finding(sf, Code::DiscoveryDomainNotFound), qPrintable(codes(sf)));
}

void TestDiscoveryEngine::silentSourceIsBounded()
{
    Bed bed;
    const quint16 imap = bed.mailServer(ImapNoLogin);
    for (const QString &h : {u"autoconfig.disc.test"_s, u"imap.disc.test"_s})
        bed.host(h);
    ScriptedHttp::Response silent;
    silent.silent = true;
    bed.https.set(u"autoconfig.disc.test"_s, u"/mail/config-v1.1.xml"_s, silent);
    bed.dns.set(u"_imaps._tcp.disc.test"_s,
                ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, imap, u"imap.disc.test"_s}}});
    // The ISPDB's name never answers either.
    bed.dns.set(u"ispdb.disc.test"_s, ScriptedDns::Entry{0, {}, true});
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.timeout = std::chrono::milliseconds(1000);
    qint64 ms = 0;
    const DiscoveryReport r = run(o, &ms);
    QVERIFY2(ms <= 1500 + 1000 + 200, qPrintable(u"%1 ms"_s.arg(ms)));
    QVERIFY(r.elapsedMs <= 2500);
    QVERIFY(source(r, DiscoverySource::Autoconfig, SourceStatus::Error));
    QVERIFY2(r.bestReceiving() && r.bestReceiving()->server.port == imap,
             qPrintable(discoveryToText(r, false)));
}

void TestDiscoveryEngine::guessesOnlyWhenNothingElse()
{
    Bed bed;
    for (const QString &h : {u"imap.disc.test"_s, u"smtp.disc.test"_s})
        bed.host(h);
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.probe = false;
    const DiscoveryReport r = run(o);
    const SourceResult *g = source(r, DiscoverySource::Guess, SourceStatus::Found);
    QVERIFY2(g, qPrintable(discoveryToText(r, false)));
    QStringList hosts;
    for (const ServerSetting &s : g->servers)
        hosts << s.host;
    hosts.removeDuplicates();
    QCOMPARE(hosts, (QStringList{u"imap.disc.test"_s, u"smtp.disc.test"_s}));
    QCOMPARE(g->servers.constFirst().port, quint16(993));
    // With a source that has settings, no guessing at all.
    Bed other;
    other.host(u"imap.disc.test"_s);
    other.dns.set(u"_imaps._tcp.disc.test"_s,
                  ScriptedDns::Entry{0, {}, false, 60, {}, {{0, 1, 993, u"imap.disc.test"_s}}});
    DiscoveryOptions o2 = other.options(u"alice@disc.test"_s);
    o2.probe = false;
    const DiscoveryReport r2 = run(o2);
    for (const SourceResult &s : r2.sources)
        QVERIFY(s.source != DiscoverySource::Guess);
    QCOMPARE(other.dns.queries(u"pop3.disc.test"_s, 1), 0);
}

void TestDiscoveryEngine::mxParentDomain()
{
    Bed bed;
    ScriptedDns::Entry mx{0, {}};
    mx.mx = {{20, u"mx.wrong.test"_s}, {10, u"mx1.provider.test"_s}};
    bed.dns.set(u"disc.test"_s, mx);
    bed.host(u"autoconfig.provider.test"_s);
    bed.host(u"autoconfig.wrong.test"_s);
    // The certificate covers *.disc.test and *.other.test, not provider.test: use the ISPDB's
    // entry for the MX host's domain, served over plain http here.
    DiscoveryOptions o = bed.options(u"alice@disc.test"_s);
    o.ispdbBaseUrl = u"http://ispdb.other.test/v1.1/"_s;
    bed.host(u"ispdb.other.test"_s);
    bed.http.set(
        u"ispdb.other.test"_s, u"/v1.1/provider.test"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.provider.test"_s, 993, "SSL")})});
    bed.http.set(
        u"ispdb.other.test"_s, u"/v1.1/wrong.test"_s,
        {200, autoconfig({server("incomingServer", "imap", u"imap.wrong.test"_s, 993, "SSL")})});
    o.probe = false;
    const DiscoveryReport r = run(o);
    const SourceResult *m = source(r, DiscoverySource::MxAutoconfig, SourceStatus::Found);
    QVERIFY2(m, qPrintable(discoveryToText(r, false)));
    QCOMPARE(m->name, u"mx1.provider.test"_s); // the lowest preference value
    QCOMPARE(m->servers.constFirst().host, u"imap.provider.test"_s);
    QVERIFY(!m->vouched);
    for (const Candidate &c : r.candidates)
        QVERIFY(!c.server.host.endsWith(u"wrong.test"_s));
    // The ISPDB for the address's own domain was asked at the configured base URL too.
    bool asked = false;
    for (const ScriptedHttp::Request &req : bed.http.requests())
        asked = asked || req.path == "/v1.1/disc.test"_L1;
    QVERIFY(asked);
}

void TestDiscoveryEngine::fetchBounds()
{
    Bed bed;
    bed.host(u"web.disc.test"_s);
    // A body without Content-Length that grows past the bound: read no further than 1 MiB + 1.
    ScriptedHttp::Response huge{200, QByteArray(MaxDocumentBytes + 4096, 'x')};
    huge.noLength = true;
    bed.http.set(u"web.disc.test"_s, u"/huge"_s, huge);
    // A redirect loop.
    bed.http.set(u"web.disc.test"_s, u"/loop"_s, {302, {}, "/loop"});
    bed.http.set(u"web.disc.test"_s, u"/ok"_s, {200, "fine"});
    Resolver *resolver = Resolver::shared(ResolverConfig{bed.dns.address(), {}});
    QNetworkAccessManager network;
    auto fetch = [&](const QString &path) {
        FetchRequest req;
        req.url = QUrl(u"http://web.disc.test"_s + path);
        req.httpPort = bed.http.serverPort();
        req.timeout = std::chrono::milliseconds(3000);
        HttpFetch f(resolver, &network, req);
        QSignalSpy done(&f, &HttpFetch::finished);
        f.start();
        [&] {
            QVERIFY(done.wait(5000));
        }();
        return f.result();
    };
    const FetchResult big = fetch(u"/huge"_s);
    QCOMPARE(int(big.outcome), int(FetchResult::Outcome::TooBig));
    QVERIFY(big.body.size() <= MaxDocumentBytes + 1);
    const FetchResult loop = fetch(u"/loop"_s);
    QCOMPARE(int(loop.outcome), int(FetchResult::Outcome::TooManyRedirects));
    QCOMPARE(loop.redirects.size(), 6);
    const FetchResult ok = fetch(u"/ok"_s);
    QVERIFY(ok.ok());
    QCOMPARE(ok.body, QByteArray("fine"));
    QVERIFY(ok.wentThroughHttp && !ok.httpsAllTheWay);
    FetchRequest missing;
    missing.url = QUrl(u"https://nowhere.disc.test/x"_s);
    HttpFetch f(resolver, &network, missing);
    QSignalSpy done(&f, &HttpFetch::finished);
    f.start();
    QVERIFY(done.wait(5000));
    QCOMPARE(int(f.result().outcome), int(FetchResult::Outcome::NameFailure));
    QVERIFY(f.result().dnsNxdomain && f.result().nameMissing);
    // A name the DNS cannot answer for is a failure, not a name that is missing.
    bed.dns.set(u"broken.disc.test"_s, ScriptedDns::Entry{2, {}});
    FetchRequest servfail;
    servfail.url = QUrl(u"https://broken.disc.test/x"_s);
    HttpFetch g(resolver, &network, servfail);
    QSignalSpy gDone(&g, &HttpFetch::finished);
    g.start();
    QVERIFY(gDone.wait(5000));
    QCOMPARE(int(g.result().outcome), int(FetchResult::Outcome::NameFailure));
    QVERIFY(!g.result().nameMissing);
}

void TestDiscoveryEngine::invalidAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"alice@example.org"_s << true;
    QTest::newRow("international domain") << u"alice@bücher.example"_s << true;
    QTest::newRow("no at") << u"alice.example.org"_s << false;
    QTest::newRow("no local part") << u"@example.org"_s << false;
    QTest::newRow("no domain") << u"alice@"_s << false;
    QTest::newRow("double dot") << u"alice@example..org"_s << false;
    QTest::newRow("space in domain") << u"alice@exa mple.org"_s << false;
}

void TestDiscoveryEngine::invalidAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(Discovery::validateAddress(address).isEmpty(), valid);
    if (valid)
        return;
    // Started all the same: decided at once, nothing asked.
    Bed bed;
    qint64 ms = 0;
    const DiscoveryReport r = run(bed.options(address), &ms);
    QVERIFY(ms < 1000);
    QCOMPARE(bed.dns.queries(), 0);
    QVERIFY(r.sources.isEmpty());
    QVERIFY(finding(r, Code::DiscoveryNoSettings));
}

QTEST_GUILESS_MAIN(TestDiscoveryEngine)
#include "tst_discoveryengine.moc"
