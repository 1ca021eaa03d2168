// The SASL mechanisms against their RFCs' test vectors.
#include "sasl/sasl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestSasl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plain();
    void login();
    void cramMd5Rfc2195();
    void scramSha1Rfc5802();
    void scramSha256Rfc7677();
    void scramRejectsBadServers_data();
    void scramRejectsBadServers();
    void bearer();
    void choice_data();
    void choice();
    void challengeDecoding_data();
    void challengeDecoding();
};

void TestSasl::plain()
{
    auto m = createMechanism("PLAIN", {u"tim"_s, u"tanstaaftanstaaf"_s, {}});
    QCOMPARE(*m->initialResponse(), QByteArray("\0tim\0tanstaaftanstaaf", 21));
    QCOMPARE(m->respond({}).response, QByteArray("\0tim\0tanstaaftanstaaf", 21));
    QVERIFY(!m->respond("again").ok);
}

void TestSasl::login()
{
    auto m = createMechanism("login", {u"tim"_s, u"secret"_s, {}});
    QVERIFY(!m->initialResponse());
    QCOMPARE(m->respond("Username:").response, QByteArray("tim"));
    QCOMPARE(m->respond("Password:").response, QByteArray("secret"));
    QVERIFY(!m->respond("More:").ok);
}

void TestSasl::cramMd5Rfc2195()
{
    auto m = createMechanism("CRAM-MD5", {u"tim"_s, u"tanstaaftanstaaf"_s, {}});
    QVERIFY(!m->initialResponse());
    QCOMPARE(m->respond("<1896.697170952@postoffice.reston.mci.net>").response,
             QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
}

void TestSasl::scramSha1Rfc5802()
{
    // RFC 5802 §5
    auto m = createMechanism("SCRAM-SHA-1", {u"user"_s, u"pencil"_s, {}}, {}, 0,
                             "fyko+d2lbbFgONRv9qkxdawL");
    QCOMPARE(*m->initialResponse(), QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    const auto step =
        m->respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY(step.ok);
    QCOMPARE(
        step.response,
        QByteArray(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
    QVERIFY(m->authenticatesServer());
    QVERIFY(m->verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ="));
    QVERIFY(!m->verifyServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQX"));
    QVERIFY(!m->verifyServerFinal("e=invalid-proof"));
}

void TestSasl::scramSha256Rfc7677()
{
    // RFC 7677 §3
    auto m = createMechanism("SCRAM-SHA-256", {u"user"_s, u"pencil"_s, {}}, {}, 0,
                             "rOprNGfwEbeRWgbNEkqO");
    QCOMPARE(*m->initialResponse(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    const auto step = m->respond(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
    QVERIFY(step.ok);
    QCOMPARE(step.response,
             QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    // The server-final message as a challenge (how SMTP carries it): verified, empty answer.
    const auto final = m->respond("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    QVERIFY(final.ok);
    QVERIFY(final.response.isEmpty());
}

void TestSasl::scramRejectsBadServers_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::newRow("nonce not ours") << QByteArray("r=somebodyelse,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("nonce not extended") << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096");
    QTest::newRow("zero iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=0");
    QTest::newRow("huge iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=2000000000");
    QTest::newRow("mandatory extension") << QByteArray("m=ext,r=abcdef,s=QSXCR+Q6sek8bf92,i=4096");
    QTest::newRow("error") << QByteArray("e=other-error");
}

void TestSasl::scramRejectsBadServers()
{
    QFETCH(QByteArray, serverFirst);
    auto m = createMechanism("SCRAM-SHA-256", {u"user"_s, u"pencil"_s, {}}, {}, 0, "abc");
    (void)m->initialResponse();
    QVERIFY(!m->respond(serverFirst).ok);
}

void TestSasl::bearer()
{
    auto x = createMechanism(
        "XOAUTH2",
        {u"someuser@example.com"_s, {}, u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_s});
    QCOMPARE(*x->initialResponse(),
             QByteArray("user=someuser@example.com\x01"
                        "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
    QCOMPARE(x->respond("{\"status\":\"401\"}").response, QByteArray());
    auto o = createMechanism(
        "OAUTHBEARER", {u"user@example.com"_s, {}, u"vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg=="_s},
        u"server.example.com"_s, 587);
    // RFC 7628 §4.1
    QCOMPARE(*o->initialResponse(),
             QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=587\x01"
                        "auth=Bearer vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg==\x01\x01"));
    QCOMPARE(o->respond("{\"status\":\"invalid_token\"}").response, QByteArray("\x01"));
}

void TestSasl::choice_data()
{
    QTest::addColumn<QByteArrayList>("offered");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QByteArray>("chosen");
    QTest::newRow("strongest") << QByteArrayList{"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1",
                                                 "SCRAM-SHA-256"}
                               << false << QByteArray("SCRAM-SHA-256");
    QTest::newRow("lower case") << QByteArrayList{"login", "plain"} << false << QByteArray("PLAIN");
    QTest::newRow("oauth only, password")
        << QByteArrayList{"XOAUTH2", "OAUTHBEARER"} << false << QByteArray();
    QTest::newRow("oauth with token")
        << QByteArrayList{"PLAIN", "XOAUTH2", "OAUTHBEARER"} << true << QByteArray("OAUTHBEARER");
    QTest::newRow("unknown only") << QByteArrayList{"GSSAPI", "NTLM"} << false << QByteArray();
}

void TestSasl::choice()
{
    QFETCH(QByteArrayList, offered);
    QFETCH(bool, token);
    QFETCH(QByteArray, chosen);
    Credentials c{u"u"_s, token ? QString() : u"p"_s, token ? u"t"_s : QString()};
    QCOMPARE(chooseMechanism(offered, c), chosen);
}

void TestSasl::challengeDecoding_data()
{
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<bool>("valid");
    QTest::newRow("username") << QByteArray("VXNlcm5hbWU6") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("padded") << QByteArray("YQ==") << true;
    QTest::newRow("bad character") << QByteArray("VXNl*m5hbWU6") << false;
    QTest::newRow("bad length") << QByteArray("VXNlcm5hbWU") << false;
    QTest::newRow("space") << QByteArray("VXNl cm5hbWU6") << false;
}

void TestSasl::challengeDecoding()
{
    QFETCH(QByteArray, base64);
    QFETCH(bool, valid);
    QCOMPARE(decodeChallenge(base64).has_value(), valid);
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
