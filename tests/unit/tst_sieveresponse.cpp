// The ManageSieve response parser: capability lines, statuses with codes, strings as literals,
// bounds, malformed input.
#include "protocols/sieve/sieveresponse.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

using Status = SieveResponseParser::Status;

Status feed(SieveResponseParser &p, const QByteArrayList &lines)
{
    Status s = Status::NeedMore;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        s = p.feedLine(lines.at(i));
        if (i + 1 < lines.size() && s != Status::NeedMore)
            return Status::Error;
    }
    return s;
}

} // namespace

class TestSieveResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilities_data();
    void capabilities();
    void statuses_data();
    void statuses();
    void literals();
    void bounds();
    void errors_data();
    void errors();
    void reusableAfterError();
    void summaryEscapes();
};

void TestSieveResponse::capabilities_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QByteArrayList>("strings");
    QTest::newRow("implementation") << QByteArrayList{R"("IMPLEMENTATION" "Dovecot Pigeonhole")"}
                                    << QByteArrayList{"IMPLEMENTATION", "Dovecot Pigeonhole"};
    QTest::newRow("sasl") << QByteArrayList{R"("SASL" "PLAIN SCRAM-SHA-256")"}
                          << QByteArrayList{"SASL", "PLAIN SCRAM-SHA-256"};
    QTest::newRow("empty sasl") << QByteArrayList{R"("SASL" "")"} << QByteArrayList{"SASL", ""};
    QTest::newRow("starttls") << QByteArrayList{R"("STARTTLS")"} << QByteArrayList{"STARTTLS"};
    QTest::newRow("escapes") << QByteArrayList{R"("a\"b" "c\\d")"}
                             << QByteArrayList{"a\"b", "c\\d"};
    QTest::newRow("listscripts") << QByteArrayList{R"("vacation" ACTIVE)"}
                                 << QByteArrayList{"vacation", "ACTIVE"};
    QTest::newRow("literal value") << QByteArrayList{R"("SIEVE" {15})", "fileinto reject"}
                                   << QByteArrayList{"SIEVE", "fileinto reject"};
    QTest::newRow("literal with its line end")
        << QByteArrayList{R"("SIEVE" {17})", "fileinto reject", " \"x\""}
        << QByteArrayList{"SIEVE", "fileinto reject\r\n", "x"};
    QTest::newRow("literal plus") << QByteArrayList{"{4+}", "SASL \"PLAIN\""}
                                  << QByteArrayList{"SASL", "PLAIN"};
}

void TestSieveResponse::capabilities()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QByteArrayList, strings);
    SieveResponseParser p;
    QCOMPARE(feed(p, lines), Status::Complete);
    QVERIFY(p.isIdle());
    const SieveResponse r = p.takeResponse();
    QCOMPARE(r.kind, SieveResponse::Kind::Data);
    QVERIFY(!r.isStatus());
    QCOMPARE(r.strings, strings);
}

void TestSieveResponse::statuses_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArray>("text");
    const int ok = int(SieveResponse::Kind::Ok), no = int(SieveResponse::Kind::No),
              bye = int(SieveResponse::Kind::Bye);
    QTest::newRow("ok") << QByteArray(R"(OK "Logged in.")") << ok << QByteArray()
                        << QByteArrayList{} << QByteArray("Logged in.");
    QTest::newRow("bare") << QByteArray("OK") << ok << QByteArray() << QByteArrayList{}
                          << QByteArray();
    QTest::newRow("lower case") << QByteArray(R"(ok "fine")") << ok << QByteArray()
                                << QByteArrayList{} << QByteArray("fine");
    QTest::newRow("trylater") << QByteArray(R"(NO (TRYLATER) "Busy")") << no
                              << QByteArray("TRYLATER") << QByteArrayList{} << QByteArray("Busy");
    QTest::newRow("sasl final") << QByteArray(
                                       R"(OK (SASL "dj1ybUY5cHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"))")
                                << ok << QByteArray("SASL")
                                << QByteArrayList{"dj1ybUY5cHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"}
                                << QByteArray();
    QTest::newRow("referral") << QByteArray(R"(BYE (REFERRAL "sieve://other.example") "Go")") << bye
                              << QByteArray("REFERRAL") << QByteArrayList{"sieve://other.example"}
                              << QByteArray("Go");
    QTest::newRow("quota") << QByteArray(R"(NO (QUOTA/MAXSIZE) "Too big")") << no
                           << QByteArray("QUOTA/MAXSIZE") << QByteArrayList{}
                           << QByteArray("Too big");
    QTest::newRow("extension data")
        << QByteArray(R"(NO (X-EXT (a "b") c) "t")") << no << QByteArray("X-EXT")
        << QByteArrayList{"a", "b", "c"} << QByteArray("t");
}

void TestSieveResponse::statuses()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(QByteArray, code);
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArray, text);
    SieveResponseParser p;
    QCOMPARE(p.feedLine(line), Status::Complete);
    const SieveResponse r = p.takeResponse();
    QCOMPARE(int(r.kind), kind);
    QVERIFY(r.isStatus());
    QCOMPARE(r.code, code);
    QCOMPARE(r.codeArguments, arguments);
    QCOMPARE(r.text, text);
}

void TestSieveResponse::literals()
{
    // A SASL challenge as a literal (RFC 5804 §2.1), then a status whose text is one.
    SieveResponseParser p;
    QCOMPARE(feed(p, {"{8}", "dGVzdA=="}), Status::Complete);
    SieveResponse r = p.takeResponse();
    QCOMPARE(r.strings, QByteArrayList{"dGVzdA=="});
    QCOMPARE(feed(p, {"NO {13}", "Bad password."}), Status::Complete);
    r = p.takeResponse();
    QCOMPARE(r.kind, SieveResponse::Kind::No);
    QCOMPARE(r.text, QByteArray("Bad password."));
    QCOMPARE(r.line, QByteArray("NO {13}Bad password."));
}

void TestSieveResponse::bounds()
{
    SieveResponseParser::Limits limits;
    limits.maxLineLength = 100;
    limits.maxLiteral = 50;
    {
        SieveResponseParser p(limits);
        QCOMPARE(p.feedLine("{999999999}"), Status::Error);
        QVERIFY(!p.errorText().isEmpty());
        QCOMPARE(p.feedLine("{51}"), Status::Error);
        QCOMPARE(p.feedLine("\"" + QByteArray(99, 'a') + "\""), Status::Error);
    }
    {
        // The defaults: a literal of MailSession::MaxLiteral, no more.
        SieveResponseParser p;
        QCOMPARE(p.feedLine("{65537}"), Status::Error);
        QCOMPARE(p.feedLine("{65536}"), Status::NeedMore);
    }
}

void TestSieveResponse::errors_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("empty") << QByteArrayList{""};
    QTest::newRow("spaces") << QByteArrayList{"   "};
    QTest::newRow("unknown word") << QByteArrayList{"HELLO there"};
    QTest::newRow("imap") << QByteArrayList{"* OK IMAP ready"};
    QTest::newRow("unterminated") << QByteArrayList{R"(OK "Logged in)"};
    QTest::newRow("unclosed code") << QByteArrayList{R"(NO (TRYLATER "x")"};
    QTest::newRow("empty code") << QByteArrayList{R"(NO () "x")"};
    QTest::newRow("quoted code name") << QByteArrayList{R"(NO ("X") "x")"};
    QTest::newRow("two texts") << QByteArrayList{R"(OK "a" "b")"};
    QTest::newRow("unquoted text") << QByteArrayList{"OK Logged in"};
    QTest::newRow("list in data") << QByteArrayList{R"("SASL" (PLAIN))"};
    QTest::newRow("atom first") << QByteArrayList{R"(SASL "PLAIN")"};
    QTest::newRow("stray paren") << QByteArrayList{R"("x" ))"};
    QTest::newRow("nul") << QByteArrayList{QByteArray("OK \"a\0b\"", 8)};
}

void TestSieveResponse::errors()
{
    QFETCH(QByteArrayList, lines);
    SieveResponseParser p;
    QCOMPARE(feed(p, lines), Status::Error);
    QVERIFY(!p.errorText().isEmpty());
    QVERIFY(p.isIdle());
}

void TestSieveResponse::reusableAfterError()
{
    SieveResponseParser p;
    QCOMPARE(p.feedLine("OK \"unterminated"), Status::Error);
    QCOMPARE(p.feedLine("OK"), Status::Complete);
}

void TestSieveResponse::summaryEscapes()
{
    SieveResponseParser p;
    QCOMPARE(p.feedLine("NO \"\x1b[2J\x07 call 555\""), Status::Complete);
    const QString s = p.takeResponse().summary();
    QVERIFY2(!s.contains(QChar(0x1b)) && !s.contains(QChar(0x07)), qPrintable(s));
}

QTEST_GUILESS_MAIN(TestSieveResponse)
#include "tst_sieveresponse.moc"
