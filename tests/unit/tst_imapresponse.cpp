// The IMAP response parser: framing with literals, the response kinds, bounds, malformed input.
#include "protocols/imap/imapresponse.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

using Status = ImapResponseParser::Status;
using Token = ImapToken;

Token atom(const QByteArray &v)
{
    return {Token::Type::Atom, v};
}
Token quoted(const QByteArray &v)
{
    return {Token::Type::Quoted, v};
}
Token literal(const QByteArray &v)
{
    return {Token::Type::Literal, v};
}
Token listOpen()
{
    return {Token::Type::ListOpen, {}};
}
Token listClose()
{
    return {Token::Type::ListClose, {}};
}

// Feeds every line; all but the last must ask for more.
Status feed(ImapResponseParser &p, const QByteArrayList &lines)
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

Q_DECLARE_METATYPE(QList<Portolan::ImapToken>)

class TestImapResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void greeting();
    void untaggedCapability();
    void tagged();
    void numbered();
    void continuation();
    void literals_data();
    void literals();
    void literalInText();
    void bounds();
    void errors_data();
    void errors();
    void reusableAfterError();
    void summaryEscapes();
};

void TestImapResponse::greeting()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready."),
             Status::Complete);
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.type, ImapResponse::Type::Untagged);
    QCOMPARE(r.status, ImapResponse::Status::Ok);
    QCOMPARE(r.code, QByteArray("CAPABILITY"));
    QCOMPARE(r.capabilities, (QByteArrayList{"IMAP4rev1", "SASL-IR", "STARTTLS", "AUTH=PLAIN"}));
    QCOMPARE(r.text, QByteArray("Dovecot ready."));
    QVERIFY(p.isIdle());

    QCOMPARE(p.feedLine("* preauth [capability imap4rev1] hi"), Status::Complete);
    const ImapResponse pre = p.takeResponse();
    QCOMPARE(pre.status, ImapResponse::Status::PreAuth);
    QCOMPARE(pre.code, QByteArray("CAPABILITY"));
    QCOMPARE(pre.capabilities, QByteArrayList{"imap4rev1"});

    QCOMPARE(p.feedLine("* BYE"), Status::Complete);
    const ImapResponse bye = p.takeResponse();
    QCOMPARE(bye.status, ImapResponse::Status::Bye);
    QVERIFY(bye.text.isEmpty());
}

void TestImapResponse::untaggedCapability()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* CAPABILITY IMAP4rev1 LITERAL+ AUTH=SCRAM-SHA-256 LOGINDISABLED"),
             Status::Complete);
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.status, ImapResponse::Status::None);
    QCOMPARE(r.keyword, QByteArray("CAPABILITY"));
    QCOMPARE(r.capabilities,
             (QByteArrayList{"IMAP4rev1", "LITERAL+", "AUTH=SCRAM-SHA-256", "LOGINDISABLED"}));
    // Capabilities are atoms: a quoted string there is not IMAP.
    QCOMPARE(p.feedLine("* CAPABILITY IMAP4rev1 \"X\""), Status::Error);
}

void TestImapResponse::tagged()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("a4 NO [REFERRAL imap://alice@evil.example/] Go there"), Status::Complete);
    ImapResponse r = p.takeResponse();
    QCOMPARE(r.type, ImapResponse::Type::Tagged);
    QCOMPARE(r.tag, QByteArray("a4"));
    QCOMPARE(r.status, ImapResponse::Status::No);
    QCOMPARE(r.code, QByteArray("REFERRAL"));
    QCOMPARE(r.codeArguments, QByteArray("imap://alice@evil.example/"));
    QCOMPARE(r.text, QByteArray("Go there"));

    // RFC 9051: the text is optional.
    QCOMPARE(p.feedLine("a1 OK"), Status::Complete);
    r = p.takeResponse();
    QCOMPARE(r.status, ImapResponse::Status::Ok);
    QVERIFY(r.text.isEmpty() && r.code.isEmpty());

    QCOMPARE(p.feedLine("A0001 bad [UNAVAILABLE]"), Status::Complete);
    r = p.takeResponse();
    QCOMPARE(r.status, ImapResponse::Status::Bad);
    QCOMPARE(r.code, QByteArray("UNAVAILABLE"));
    QVERIFY(r.codeArguments.isEmpty());
}

void TestImapResponse::numbered()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* 23 EXISTS"), Status::Complete);
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.number, 23);
    QCOMPARE(r.keyword, QByteArray("EXISTS"));
    QVERIFY(!r.isStatus());
    QCOMPARE(p.feedLine("* 4294967295 EXPUNGE"), Status::Complete);
    QCOMPARE(p.takeResponse().number, 4294967295LL);
}

void TestImapResponse::continuation()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("+ VXNlcm5hbWU6"), Status::Complete);
    ImapResponse r = p.takeResponse();
    QCOMPARE(r.type, ImapResponse::Type::Continuation);
    QCOMPARE(r.text, QByteArray("VXNlcm5hbWU6"));
    QCOMPARE(p.feedLine("+"), Status::Complete);
    QVERIFY(p.takeResponse().text.isEmpty());
    // One line: a "{N}" at its end announces nothing.
    QCOMPARE(p.feedLine("+ {999999999}"), Status::Complete);
    QCOMPARE(p.takeResponse().text, QByteArray("{999999999}"));
    QVERIFY(p.isIdle());
}

void TestImapResponse::literals_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<QList<ImapToken>>("data");
    QTest::newRow("list") << QByteArrayList{"* LIST () \"/\" {5}", "INBOX"}
                          << QList<Token>{listOpen(), listClose(), quoted("/"), literal("INBOX")};
    // The literal's CRLF is its own: 12 = "hello\r\n" + "world".
    QTest::newRow("across lines") << QByteArrayList{"* 1 FETCH (BODY[] {12}", "hello", "world)"}
                                  << QList<Token>{listOpen(), atom("BODY[]"),
                                                  literal("hello\r\nworld"), listClose()};
    QTest::newRow("ends with its line")
        << QByteArrayList{"* 1 FETCH (BODY[] {7}", "hello", ")"}
        << QList<Token>{listOpen(), atom("BODY[]"), literal("hello\r\n"), listClose()};
    QTest::newRow("ends on the CR")
        << QByteArrayList{"* X {6}", "hello"} << QList<Token>{literal("hello\r")};
    QTest::newRow("two") << QByteArrayList{"* X ({1}", "a {2+}", "bc)"}
                         << QList<Token>{listOpen(), literal("a"), literal("bc"), listClose()};
    QTest::newRow("empty") << QByteArrayList{"* X {0}", " NIL"}
                           << QList<Token>{literal({}), atom("NIL")};
    QTest::newRow("literal8") << QByteArrayList{"* 1 FETCH (BINARY[] ~{3}", QByteArray("a\0b)", 4)}
                              << QList<Token>{listOpen(), atom("BINARY[]"),
                                              literal(QByteArray("a\0b", 3)), listClose()};
    QTest::newRow("quoted escapes")
        << QByteArrayList{R"(* X "a\"b\\c" NIL)"} << QList<Token>{quoted("a\"b\\c"), atom("NIL")};
}

void TestImapResponse::literals()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QList<ImapToken>, data);
    ImapResponseParser p;
    QCOMPARE(feed(p, lines), Status::Complete);
    QVERIFY(p.isIdle());
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.data, data);
}

void TestImapResponse::literalInText()
{
    // Text holds no literals in RFC 9051, but one announced there is read, not run as commands.
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* OK [CAPABILITY IMAP4rev1 STARTTLS] {5}"), Status::NeedMore);
    QVERIFY(!p.isIdle());
    QCOMPARE(p.feedLine("hello ready"), Status::Complete);
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.capabilities, (QByteArrayList{"IMAP4rev1", "STARTTLS"}));
    QCOMPARE(r.text, QByteArray("hello ready"));
    QCOMPARE(r.line, QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS] {5}hello ready"));
}

void TestImapResponse::bounds()
{
    ImapResponseParser::Limits limits;
    limits.maxLineLength = 100;
    limits.maxLiteral = 50;
    limits.maxLiterals = 3;
    limits.maxResponseBytes = 300;
    {
        // DESIGN.md hostile item 14: refused when announced, not read.
        ImapResponseParser p(limits);
        QCOMPARE(p.feedLine("* OK {999999999}"), Status::Error);
        QVERIFY(!p.errorText().isEmpty());
        QCOMPARE(p.feedLine("* X {51}"), Status::Error);
        QCOMPARE(p.feedLine("* X {50}"), Status::NeedMore);
    }
    {
        ImapResponseParser p(limits);
        QCOMPARE(p.feedLine("* X {99999999999999999999999999999}"), Status::Error);
    }
    {
        ImapResponseParser p(limits);
        QCOMPARE(p.feedLine("* X " + QByteArray(97, 'a')), Status::Error);
        QCOMPARE(p.feedLine("+ " + QByteArray(99, 'a')), Status::Error);
        QCOMPARE(p.feedLine("* X " + QByteArray(96, 'a')), Status::Complete);
    }
    {
        ImapResponseParser p(limits);
        QCOMPARE(feed(p, {"* X {1}", "a {1}", "b {1}", "c {1}"}), Status::Error);
    }
    {
        ImapResponseParser::Limits big = limits;
        big.maxLiteral = 1000;
        ImapResponseParser p(big);
        QCOMPARE(
            feed(p, {"* X {1000}", QByteArray(98, 'a'), QByteArray(98, 'a'), QByteArray(98, 'a')}),
            Status::Error);
    }
    {
        // The defaults take a literal of MailSession::MaxLiteral (64 KiB).
        ImapResponseParser p;
        QCOMPARE(p.feedLine("* X {65536}"), Status::NeedMore);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.feedLine(QByteArray(16382, 'x')), Status::NeedMore);
        QCOMPARE(p.feedLine(QByteArray(8, 'x')), Status::Complete);
        QCOMPARE(p.takeResponse().data.constFirst().value.size(), 65536);
    }
}

void TestImapResponse::errors_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("empty") << QByteArrayList{""};
    QTest::newRow("star alone") << QByteArrayList{"*"};
    QTest::newRow("star space") << QByteArrayList{"* "};
    QTest::newRow("tag alone") << QByteArrayList{"a1"};
    QTest::newRow("tagged data") << QByteArrayList{"a1 CAPABILITY IMAP4rev1"};
    QTest::newRow("tagged preauth") << QByteArrayList{"a1 PREAUTH hi"};
    QTest::newRow("tagged bye") << QByteArrayList{"a1 BYE hi"};
    QTest::newRow("plus in tag") << QByteArrayList{"a+1 OK"};
    QTest::newRow("brace in tag") << QByteArrayList{"a{1 OK"};
    QTest::newRow("smtp") << QByteArrayList{"220 mail.test ESMTP"};
    QTest::newRow("pop3") << QByteArrayList{"+OK POP3 ready"};
    QTest::newRow("unclosed code") << QByteArrayList{"* OK [ALERT do this"};
    QTest::newRow("empty code") << QByteArrayList{"* OK [] hi"};
    QTest::newRow("unterminated quoted") << QByteArrayList{"* LIST () \"/ INBOX"};
    QTest::newRow("unclosed paren") << QByteArrayList{"* LIST (\\Noselect \"/\" x"};
    QTest::newRow("stray paren") << QByteArrayList{"* LIST ) x"};
    QTest::newRow("deep") << QByteArrayList{"* X " + QByteArray(40, '(') + QByteArray(40, ')')};
    QTest::newRow("big number") << QByteArrayList{"* 4294967296 EXISTS"};
    QTest::newRow("long number") << QByteArrayList{"* 00000000001 EXISTS"};
    QTest::newRow("number alone") << QByteArrayList{"* 5"};
    QTest::newRow("nul") << QByteArrayList{QByteArray("* OK a\0b", 8)};
    QTest::newRow("nul in continuation") << QByteArrayList{QByteArray("+ a\0b", 5)};
    QTest::newRow("plus without space") << QByteArrayList{"+dGVzdA=="};
    QTest::newRow("literal then junk") << QByteArrayList{"* X {2}", "ab\"c"};
    QTest::newRow("keyword with bracket") << QByteArrayList{"* X] y"};
}

void TestImapResponse::errors()
{
    QFETCH(QByteArrayList, lines);
    ImapResponseParser p;
    QCOMPARE(feed(p, lines), Status::Error);
    QVERIFY(!p.errorText().isEmpty());
    QVERIFY(p.isIdle());
}

void TestImapResponse::reusableAfterError()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* X {2}"), Status::NeedMore);
    QCOMPARE(p.feedLine("ab\"c"), Status::Error);
    QCOMPARE(p.feedLine("a1 OK done"), Status::Complete);
    QCOMPARE(p.takeResponse().tag, QByteArray("a1"));
}

void TestImapResponse::summaryEscapes()
{
    ImapResponseParser p;
    QCOMPARE(p.feedLine("* OK [ALERT] \x1b[2J\x07 call 555"), Status::Complete);
    const ImapResponse r = p.takeResponse();
    QCOMPARE(r.code, QByteArray("ALERT"));
    QVERIFY(!r.summary().contains(QChar(0x1b)) && !r.summary().contains(QChar(0x07)));
    QCOMPARE(feed(p, {"* X {3}", "\x1b[H"}), Status::Complete);
    QVERIFY(!p.takeResponse().summary().contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imapresponse.moc"
