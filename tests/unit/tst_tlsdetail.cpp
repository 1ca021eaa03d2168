// The TLS detail against scripted servers: which versions a server accepts and with which
// cipher (--tls-detail), weak ciphers, old versions, an incomplete chain, OCSP stapling, weak keys.
#include "checkrunner.h"
#include "protocols/mailcheck.h"
#include "scriptedserver.h"

#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Greeting = u"S: 220 mail.test ESMTP ready\n"_s;
const QString EhloPlain = u"C: EHLO\nS: 250-mail.test\nS: 250-STARTTLS\nS: 250 8BITMIME\n"_s;
const QString StartTls = u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n"_s;
const QString EhloTls = u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN\nS: 250 8BITMIME\n"_s;
const QString Quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;
const QString GoodStartTls = Greeting + EhloPlain + StartTls + EhloTls + Quit;
const QString GoodImplicit = Greeting + EhloTls + Quit;
// What a TLS-detail probe does: up to the handshake, then it hangs up.
const QString ProbeStartTls = Greeting + EhloPlain + StartTls + u"W: 3000\n"_s;
const QString ProbeImplicit = u"W: 3000\n"_s;

// A check of a scripted server whose every connection uses `certificate` (with modifiers).
struct DetailRun
{
    ScriptedServer server;
    CheckRunner c;

    DetailRun(const QString &certificate, bool implicit, bool detail = true)
    {
        const auto mode =
            implicit ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain;
        server.addScript(implicit ? GoodImplicit : GoodStartTls, mode, certificate);
        server.addScript(implicit ? ProbeImplicit : ProbeStartTls, mode, certificate);
        c.options.target.port = server.start();
        c.options.target.security = implicit ? Security::Tls : Security::StartTls;
        c.options.tlsDetail = detail;
    }

    [[nodiscard]] const TlsVersionProbe *version(const QString &name) const
    {
        for (const TlsVersionProbe &v : c.report.tlsVersions) {
            if (v.version == name)
                return &v;
        }
        return nullptr;
    }

    [[nodiscard]] QByteArray why() const
    {
        return (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    }
};

// Qt's server side cannot staple OCSP responses nor load a certificate below OpenSSL's security
// level, so those tests use OpenSSL's own test server: implicit TLS with `certificate` (and its
// CA as the chain, which is where a client finds the issuer to check an OCSP response), playing
// a short SMTP dialogue from its stdin.
struct OpenSslServer
{
    QProcess process;
    quint16 port = 0;

    bool start(const QString &certificate, const QStringList &extra)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        port = probe.serverPort();
        probe.close();
        QStringList args{u"s_server"_s,
                         u"-accept"_s,
                         u"127.0.0.1:%1"_s.arg(port),
                         u"-cert"_s,
                         PortolanTest::certificatePath(certificate),
                         u"-key"_s,
                         PortolanTest::keyPath(certificate),
                         u"-cert_chain"_s,
                         PortolanTest::certificatePath(u"ca"_s),
                         u"-crlf"_s};
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"openssl"_s, args + extra);
        if (!process.waitForStarted(5000))
            return false;
        process.write("220 mail.test ESMTP\n250-mail.test\n250 AUTH PLAIN\n221 2.0.0 Bye\n");
        QElapsedTimer waited;
        waited.start();
        while (!process.readAll().contains("ACCEPT") && waited.elapsed() < 5000)
            process.waitForReadyRead(100);
        return waited.elapsed() < 5000;
    }

    ~OpenSslServer()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

class TestTlsDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modernServer_data();
    void modernServer();
    void plainCheckMakesNoProbes();
    void probeSaysWhyTheHandshakeFailed();
    void heldGreeting();
    void oldVersionsAccepted();
    void weakCipher();
    void incompleteChain();
    void fullChain();
    void ocspStapling_data();
    void ocspStapling();
    void weakKey();
};

void TestTlsDetail::modernServer_data()
{
    QTest::addColumn<bool>("implicit");
    QTest::newRow("implicit") << true;
    QTest::newRow("starttls") << false;
}

void TestTlsDetail::modernServer()
{
    // Qt's default server: TLS 1.2 and 1.3 only. Nothing to flag.
    QFETCH(bool, implicit);
    DetailRun run(u"valid"_s, implicit);
    QVERIFY(run.c.run());
    QCOMPARE(run.c.report.tlsVersions.size(), 4);
    QVERIFY2(!run.version(u"TLSv1.0"_s)->accepted, run.why().constData());
    QVERIFY(!run.version(u"TLSv1.0"_s)->detail.isEmpty());
    QVERIFY(!run.version(u"TLSv1.1"_s)->accepted);
    QVERIFY(run.version(u"TLSv1.2"_s)->accepted);
    QVERIFY(run.version(u"TLSv1.2"_s)->cipher.startsWith(u"ECDHE-ECDSA-"_s));
    QVERIFY(run.version(u"TLSv1.2"_s)->weakness.isEmpty());
    QVERIFY(run.version(u"TLSv1.3"_s)->accepted);
    QVERIFY(run.version(u"TLSv1.3"_s)->cipher.startsWith(u"TLS_"_s));
    QCOMPARE(run.c.codes(), QStringList{u"ok"_s});
    QCOMPARE(run.server.connectionCount(), 5);
    QVERIFY(run.c.transcriptText().contains(u"TLS detail: TLSv1.3 accepted"_s));
}

void TestTlsDetail::probeSaysWhyTheHandshakeFailed()
{
    // Before TLS the server offers AUTH in clear text (a warning of the probe's connection); the
    // reason a version was not accepted is the handshake's outcome, not that warning. The probes'
    // own dialogue is in the transcript, each line marked with its version.
    ScriptedServer server;
    const QString ehloAuth =
        u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN LOGIN\nS: 250-STARTTLS\nS: 250 8BITMIME\n"_s;
    server.addScript(Greeting + ehloAuth + StartTls + EhloTls + Quit);
    server.addScript(Greeting + ehloAuth + StartTls + u"W: 3000\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.tlsDetail = true;
    QVERIFY(c.run());
    const auto why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    const TlsVersionProbe &v10 = c.report.tlsVersions.at(0);
    QCOMPARE(v10.version, u"TLSv1.0"_s);
    QVERIFY2(!v10.accepted, why.constData());
    QVERIFY2(v10.detail.contains(u"TLS alert 70"_s), qPrintable(v10.detail));
    QVERIFY2(!v10.detail.contains(u"AUTH"_s), qPrintable(v10.detail));
    QVERIFY(std::any_of(c.report.transcript.cbegin(), c.report.transcript.cend(),
                        [](const TranscriptEntry &e) {
                            return e.section == u"TLSv1.3"_s && e.text.startsWith(u"STARTTLS"_s);
                        }));
}

void TestTlsDetail::heldGreeting()
{
    // Exim with host_lookup behind a lossy resolver: some connections get their banner only
    // after seconds. The probes' greeting time is not handshake time, and the admin is told.
    ScriptedServer server;
    server.addScript(GoodStartTls);
    server.addScript(u"W: 1100\n"_s + ProbeStartTls);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.tlsDetail = true;
    QVERIFY(c.run());
    const auto why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    QVERIFY2(c.codes().contains(u"greeting-delayed"_s), why.constData());
    QCOMPARE(c.report.result(), Severity::Warning);
    for (const TlsVersionProbe &v : c.report.tlsVersions) {
        if (v.accepted)
            QVERIFY2(v.elapsedMs < 1000, why.constData());
    }
}

void TestTlsDetail::plainCheckMakesNoProbes()
{
    // An end user's check stays one connection: the detail is asked for, not automatic.
    DetailRun run(u"valid+oldtls"_s, false, false);
    QVERIFY(run.c.run());
    QVERIFY(run.c.report.tlsVersions.isEmpty());
    QCOMPARE(run.c.codes(), QStringList{u"ok"_s});
    QCOMPARE(run.server.connectionCount(), 1);
}

void TestTlsDetail::oldVersionsAccepted()
{
    DetailRun run(u"valid+oldtls"_s, false);
    QVERIFY(run.c.run());
    for (const char *v : {"TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"})
        QVERIFY2(run.version(QString::fromLatin1(v))->accepted, run.why().constData());
    QVERIFY2(run.c.codes().contains(u"tls-old-versions-accepted"_s), run.why().constData());
    const Diagnosis *d = run.c.report.find(Code::TlsOldVersionsAccepted);
    QCOMPARE(d->severity, Severity::Warning);
    QVERIFY(d->evidence.contains(u"TLSv1.0"_s));
    // The user's own connection is fine: a warning for the admin, not a failure.
    QCOMPARE(run.c.report.result(), Severity::Warning);
    QCOMPARE(run.c.report.verdict.fault, Fault::Server);
    QCOMPARE(run.c.report.tls.protocol, u"TLSv1.3"_s);
}

void TestTlsDetail::weakCipher()
{
    // RSA key exchange on TLS 1.2 only: no forward secrecy.
    DetailRun run(u"rsa+tls12+cipher:AES256-SHA"_s, true);
    QVERIFY(run.c.run());
    QVERIFY2(run.version(u"TLSv1.2"_s)->accepted, run.why().constData());
    QCOMPARE(run.version(u"TLSv1.2"_s)->cipher, u"AES256-SHA"_s);
    QVERIFY(run.version(u"TLSv1.2"_s)->weakness.contains(u"forward secrecy"_s));
    QVERIFY(!run.version(u"TLSv1.3"_s)->accepted);
    QVERIFY(!run.version(u"TLSv1.0"_s)->accepted);
    QVERIFY2(run.c.codes().contains(u"tls-weak-cipher"_s), run.why().constData());
    QVERIFY(!run.c.codes().contains(u"tls-old-versions-accepted"_s));
    QVERIFY(run.c.report.tls.cipherWeakness.contains(u"forward secrecy"_s));
    QCOMPARE(run.c.report.tls.chain.constFirst().keyType, u"RSA"_s);
    QCOMPARE(run.c.report.tls.chain.constFirst().keyBits, 2048);
    QCOMPARE(run.c.report.result(), Severity::Warning);
}

void TestTlsDetail::incompleteChain()
{
    for (const bool implicit : {true, false}) {
        DetailRun run(u"chained"_s, implicit, false);
        QVERIFY(run.c.run());
        QVERIFY2(run.c.codes().contains(u"cert-chain-incomplete"_s), run.why().constData());
        QVERIFY(!run.c.codes().contains(u"cert-untrusted"_s));
        const Diagnosis *d = run.c.report.find(Code::CertChainIncomplete);
        QVERIFY(d->evidence.contains(u"Portolan Test Intermediate"_s));
        QCOMPARE(d->detail, QStringList{u"http://ca.test/intermediate.der"_s});
        QCOMPARE(run.c.report.verdict.fault, Fault::Server);
        QVERIFY(!run.c.report.tls.verified);
    }
    // A certificate from an unknown CA that says nothing about its issuer stays cert-untrusted.
    DetailRun untrusted(u"untrusted"_s, true, false);
    QVERIFY(untrusted.c.run());
    QVERIFY(untrusted.c.codes().contains(u"cert-untrusted"_s));
    QVERIFY(!untrusted.c.codes().contains(u"cert-chain-incomplete"_s));
}

void TestTlsDetail::fullChain()
{
    DetailRun run(u"chained-full"_s, true, false);
    QVERIFY(run.c.run());
    QCOMPARE(run.c.codes(), QStringList{u"ok"_s});
    QVERIFY(run.c.report.tls.verified);
    QCOMPARE(run.c.report.tls.chain.size(), 2);
    QVERIFY(run.c.report.tls.chain.at(1).subject.contains(u"Portolan Test Intermediate"_s));
}

void TestTlsDetail::ocspStapling_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("none") << QString() << u"not stapled"_s << u"ok"_s;
    QTest::newRow("good") << u"good"_s << u"good"_s << u"ok"_s;
    QTest::newRow("revoked") << u"revoked"_s << u"revoked"_s << u"cert-revoked"_s;
}

void TestTlsDetail::ocspStapling()
{
    QFETCH(QString, response);
    QFETCH(QString, status);
    QFETCH(QString, code);
    OpenSslServer server;
    QStringList staple;
    if (!response.isEmpty())
        staple << u"-status_file"_s
               << QStringLiteral(PORTOLAN_TEST_CERTS_DIR) + u"/valid.ocsp-"_s + response +
                      u".der"_s;
    QVERIFY(server.start(u"valid"_s, staple));
    CheckRunner c;
    c.options.target.port = server.port;
    c.options.target.security = Security::Tls;
    c.options.credentials = {u"alice"_s, u"never-on-a-revoked-certificate"_s, {}};
    QVERIFY(c.run());
    const QByteArray why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    QVERIFY2(c.report.tls.ocsp == status, (why + c.report.tls.ocsp.toUtf8()).constData());
    QVERIFY2(c.codes().contains(code) || code == "ok"_L1, why.constData());
    if (code == "ok"_L1) {
        QVERIFY2(c.report.tls.verified, why.constData());
        if (status == "good"_L1)
            QVERIFY(c.report.tls.ocspDetail.contains(u"Portolan Test CA"_s));
    } else {
        QVERIFY(c.report.tls.ocspDetail.contains(u"key compromise"_s));
        QVERIFY(!c.report.tls.verified);
        QCOMPARE(c.report.verdict.fault, Fault::Server);
        // The password never goes to a server whose certificate is revoked.
        QVERIFY2(c.codes().contains(u"credentials-withheld"_s), why.constData());
        for (const TranscriptEntry &e : std::as_const(c.report.transcript))
            QVERIFY(e.kind != TranscriptEntry::Kind::Client || !e.text.startsWith(u"AUTH"_s));
    }
}

void TestTlsDetail::weakKey()
{
    // A 1024-bit RSA key signed with SHA-1: OpenSSL refuses it at its default level, and the
    // report says why in words.
    OpenSslServer server;
    QVERIFY(server.start(u"weak"_s, {u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s}));
    CheckRunner c;
    c.options.target.port = server.port;
    c.options.target.security = Security::Tls;
    QVERIFY(c.run());
    const QByteArray why = (c.codes().join(u',') + u'\n' + c.transcriptText()).toUtf8();
    QVERIFY2(c.codes().contains(u"cert-weak-key"_s), why.constData());
    const Diagnosis *d = c.report.find(Code::CertWeakKey);
    QVERIFY(d->evidence.contains(u"1024-bit RSA"_s));
    QVERIFY(d->evidence.contains(u"SHA1"_s, Qt::CaseInsensitive));
    QVERIFY(!c.report.tls.verified);
    QCOMPARE(c.report.tls.chain.constFirst().keyType, u"RSA"_s);
    QCOMPARE(c.report.tls.chain.constFirst().keyBits, 1024);
    const Diagnosis *refused = c.report.find(Code::CertUntrusted);
    QVERIFY(refused && refused->evidence.contains(u"security level"_s));
}

QTEST_GUILESS_MAIN(TestTlsDetail)
#include "tst_tlsdetail.moc"
