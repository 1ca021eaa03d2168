// SASL challenge decoding and SCRAM's server messages, and the typed error kinds the
// mechanisms report.
#include "sasl/sasl.h"
#include "sasl/saslchallenge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

Q_DECLARE_METATYPE(Portolan::SaslError)

class TestSaslChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decoding_data();
    void decoding();
    void serverFirst();
    void serverFirstErrors_data();
    void serverFirstErrors();
    void serverFinal();
    void serverFinalErrors_data();
    void serverFinalErrors();
    void mechanismKinds();
};

void TestSaslChallenge::decoding_data()
{
    QTest::addColumn<QByteArray>("base64");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("username") << QByteArray("VXNlcm5hbWU6") << true << QByteArray("Username:");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("padded") << QByteArray("YQ==") << true << QByteArray("a");
    QTest::newRow("binary") << QByteArray("AP8=") << true << QByteArray("\0\xff", 2);
    QTest::newRow("bad character") << QByteArray("VXNl*m5hbWU6") << false << QByteArray();
    QTest::newRow("url alphabet") << QByteArray("VXNl-m5h") << false << QByteArray();
    QTest::newRow("bad length") << QByteArray("VXNlcm5hbWU") << false << QByteArray();
    QTest::newRow("space") << QByteArray("VXNl cm5hbWU6") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("YQ==YQ==") << false << QByteArray();
    QTest::newRow("line break") << QByteArray("VXNl\r\nbWU6") << false << QByteArray();
}

void TestSaslChallenge::decoding()
{
    QFETCH(QByteArray, base64);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const std::optional<QByteArray> r = decodeChallenge(base64);
    QCOMPARE(r.has_value(), valid);
    if (valid)
        QCOMPARE(*r, decoded);
}

void TestSaslChallenge::serverFirst()
{
    // RFC 5802 §5
    ScramServerFirst m = parseScramServerFirst(
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096");
    QVERIFY2(m.ok(), qPrintable(m.why));
    QCOMPARE(m.nonce, QByteArray("fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j"));
    QCOMPARE(m.salt, QByteArray::fromBase64("QSXCR+Q6sek8bf92"));
    QCOMPARE(m.iterations, 4096);
    // RFC 7677 §3, with an extension after the count (allowed, ignored).
    m = parseScramServerFirst(
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        "x=future");
    QVERIFY2(m.ok(), qPrintable(m.why));
    QCOMPARE(m.salt.size(), 16);
    QCOMPARE(parseScramServerFirst("r=a,s=QQ==,i=1000000").iterations, MaxScramIterations);
}

void TestSaslChallenge::serverFirstErrors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<SaslError>("kind");
    QTest::newRow("empty") << QByteArray() << SaslError::Malformed;
    QTest::newRow("garbage") << QByteArray("hello") << SaslError::Malformed;
    QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096") << SaslError::Malformed;
    QTest::newRow("wrong order") << QByteArray("s=QSXCR+Q6sek8bf92,r=abc,i=4096")
                                 << SaslError::Malformed;
    QTest::newRow("empty nonce") << QByteArray("r=,s=QSXCR+Q6sek8bf92,i=4096")
                                 << SaslError::Malformed;
    QTest::newRow("nonce with space")
        << QByteArray("r=a b,s=QSXCR+Q6sek8bf92,i=4096") << SaslError::Malformed;
    QTest::newRow("empty salt") << QByteArray("r=abc,s=,i=4096") << SaslError::Malformed;
    QTest::newRow("salt not base64")
        << QByteArray("r=abc,s=QSX*R+Q6,i=4096") << SaslError::BadEncoding;
    QTest::newRow("salt badly padded")
        << QByteArray("r=abc,s=QSXCR,i=4096") << SaslError::BadEncoding;
    QTest::newRow("zero iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=0") << SaslError::BadIterationCount;
    QTest::newRow("huge iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=2000000000") << SaslError::BadIterationCount;
    QTest::newRow("overflowing iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=99999999999999999999")
        << SaslError::BadIterationCount;
    QTest::newRow("signed iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=+4096") << SaslError::BadIterationCount;
    QTest::newRow("negative iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=-1") << SaslError::BadIterationCount;
    QTest::newRow("no iterations")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=") << SaslError::BadIterationCount;
    QTest::newRow("bad extension")
        << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=1,junk") << SaslError::Malformed;
    QTest::newRow("mandatory extension")
        << QByteArray("m=ext,r=abc,s=QSXCR+Q6sek8bf92,i=4096") << SaslError::UnsupportedExtension;
    QTest::newRow("error") << QByteArray("e=other-error") << SaslError::ServerError;
}

void TestSaslChallenge::serverFirstErrors()
{
    QFETCH(QByteArray, message);
    QFETCH(SaslError, kind);
    const ScramServerFirst m = parseScramServerFirst(message);
    QVERIFY(!m.ok());
    QCOMPARE(m.error, kind);
    QVERIFY(!m.why.isEmpty());
}

void TestSaslChallenge::serverFinal()
{
    ScramServerFinal m = parseScramServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    QVERIFY2(m.ok(), qPrintable(m.why));
    QCOMPARE(m.signature, QByteArray::fromBase64("rmF9pqV8S7suAoZWja4dJRkFsKQ="));
    QVERIFY(parseScramServerFinal("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=,x=later").ok());
    m = parseScramServerFinal("e=invalid-proof");
    QCOMPARE(m.error, SaslError::ServerError);
    QCOMPARE(m.serverError, QByteArray("invalid-proof"));
}

void TestSaslChallenge::serverFinalErrors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<SaslError>("kind");
    QTest::newRow("empty") << QByteArray() << SaslError::Malformed;
    QTest::newRow("other attribute") << QByteArray("x=1") << SaslError::Malformed;
    QTest::newRow("server first") << QByteArray("r=abc,s=QQ==,i=1") << SaslError::Malformed;
    QTest::newRow("junk after") << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=,junk")
                                << SaslError::Malformed;
    QTest::newRow("not base64") << QByteArray("v=rmF9pqV8S7su*oZWja4dJRkFsKQ=")
                                << SaslError::BadEncoding;
    QTest::newRow("empty signature") << QByteArray("v=") << SaslError::BadEncoding;
}

void TestSaslChallenge::serverFinalErrors()
{
    QFETCH(QByteArray, message);
    QFETCH(SaslError, kind);
    const ScramServerFinal m = parseScramServerFinal(message);
    QCOMPARE(m.error, kind);
    QVERIFY(!m.why.isEmpty());
}

void TestSaslChallenge::mechanismKinds()
{
    // The kind is what the protocol layer branches on (auth-server-unverified or protocol-error).
    const auto scram = [] {
        auto m = createMechanism("SCRAM-SHA-1", {u"user"_s, u"pencil"_s, {}}, {}, 0,
                                 "fyko+d2lbbFgONRv9qkxdawL");
        (void)m->initialResponse();
        return m;
    };
    const QByteArray first =
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    {
        auto m = scram();
        QCOMPARE(m->respond("r=somebodyelse,s=QSXCR+Q6sek8bf92,i=4096").kind, SaslError::BadNonce);
    }
    {
        auto m = scram();
        QCOMPARE(m->respond("r=fyko+d2lbbFgONRv9qkxdawL3,s=QSXCR+Q6sek8bf92,i=0").kind,
                 SaslError::BadIterationCount);
    }
    {
        auto m = scram();
        QVERIFY(m->respond(first).ok);
        const SaslMechanism::Step wrong = m->respond("v=AAAApqV8S7suAoZWja4dJRkFsKQ=");
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.kind, SaslError::BadServerSignature);
    }
    {
        auto m = scram();
        QVERIFY(m->respond(first).ok);
        QCOMPARE(m->respond("not a final message").kind, SaslError::BadServerSignature);
    }
    {
        auto m = scram();
        QVERIFY(m->respond(first).ok);
        QCOMPARE(m->respond("e=invalid-proof").kind, SaslError::ServerError);
    }
    {
        auto m = scram();
        QVERIFY(m->respond(first).ok);
        const SaslMechanism::Step right = m->respond("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
        QVERIFY(right.ok);
        QCOMPARE(right.kind, SaslError::None);
    }
    auto plain = createMechanism("PLAIN", {u"tim"_s, u"x"_s, {}});
    QCOMPARE(plain->respond("again").kind, SaslError::UnexpectedStep);
    auto cram = createMechanism("CRAM-MD5", {u"tim"_s, u"x"_s, {}});
    QVERIFY(cram->respond("<1.2@x>").ok);
    QCOMPARE(cram->respond("<1.2@x>").kind, SaslError::UnexpectedStep);
}

QTEST_GUILESS_MAIN(TestSaslChallenge)
#include "tst_saslchallenge.moc"
