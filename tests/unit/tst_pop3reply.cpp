// The POP3 reply parser: status lines, extended codes, multi-line bodies, bounds, malformed input.
#include "protocols/pop3/pop3reply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

using Status = Pop3ReplyParser::Status;

class TestPop3Reply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusLines_data();
    void statusLines();
    void multiLine();
    void multiLineRefused();
    void multiLineOnlyOnce();
    void bounds();
    void errors_data();
    void errors();
    void reusableAfterError();
    void summaryEscapes();
};

void TestPop3Reply::statusLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");
    const int ok = int(Pop3Reply::Status::Ok), err = int(Pop3Reply::Status::Err),
              more = int(Pop3Reply::Status::Continuation);
    QTest::newRow("greeting") << QByteArray("+OK Dovecot ready. <1896.697170952@dbc.mtview.ca.us>")
                              << ok << QByteArray()
                              << QByteArray("Dovecot ready. <1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("bare ok") << QByteArray("+OK") << ok << QByteArray() << QByteArray();
    QTest::newRow("bare err") << QByteArray("-ERR") << err << QByteArray() << QByteArray();
    QTest::newRow("lower case") << QByteArray("+ok fine") << ok << QByteArray()
                                << QByteArray("fine");
    QTest::newRow("in use") << QByteArray("-ERR [IN-USE] Mailbox is locked") << err
                            << QByteArray("IN-USE") << QByteArray("Mailbox is locked");
    QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] Internal error") << err
                              << QByteArray("SYS/TEMP") << QByteArray("Internal error");
    QTest::newRow("auth") << QByteArray("-ERR [AUTH] Authentication failed.") << err
                          << QByteArray("AUTH") << QByteArray("Authentication failed.");
    QTest::newRow("code alone") << QByteArray("-ERR [auth]") << err << QByteArray("AUTH")
                                << QByteArray();
    QTest::newRow("not a code") << QByteArray("+OK [not closed") << ok << QByteArray()
                                << QByteArray("[not closed");
    QTest::newRow("empty brackets")
        << QByteArray("-ERR [] x") << err << QByteArray() << QByteArray("[] x");
    QTest::newRow("challenge") << QByteArray("+ VXNlcm5hbWU6") << more << QByteArray()
                               << QByteArray("VXNlcm5hbWU6");
    QTest::newRow("empty challenge") << QByteArray("+") << more << QByteArray() << QByteArray();
    QTest::newRow("empty challenge, space")
        << QByteArray("+ ") << more << QByteArray() << QByteArray();
}

void TestPop3Reply::statusLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, text);
    Pop3ReplyParser p;
    QCOMPARE(p.feedLine(line), Status::Complete);
    const Pop3Reply r = p.takeReply();
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.code, code);
    QCOMPARE(r.text, text);
    QCOMPARE(r.line, line);
    QVERIFY(r.lines.isEmpty());
}

void TestPop3Reply::multiLine()
{
    Pop3ReplyParser p;
    p.expectMultiLine();
    QCOMPARE(p.feedLine("+OK Capability list follows"), Status::NeedMore);
    QVERIFY(!p.isIdle());
    QCOMPARE(p.feedLine("STLS"), Status::NeedMore);
    QCOMPARE(p.feedLine("SASL PLAIN SCRAM-SHA-256"), Status::NeedMore);
    QCOMPARE(p.feedLine("..dot-stuffed"), Status::NeedMore);
    QCOMPARE(p.feedLine(""), Status::NeedMore);
    QCOMPARE(p.feedLine("."), Status::Complete);
    QVERIFY(p.isIdle());
    const Pop3Reply r = p.takeReply();
    QVERIFY(r.isOk());
    QCOMPARE(r.text, QByteArray("Capability list follows"));
    QCOMPARE(r.lines, (QByteArrayList{"STLS", "SASL PLAIN SCRAM-SHA-256", ".dot-stuffed", ""}));
}

void TestPop3Reply::multiLineRefused()
{
    // An old server without CAPA: -ERR is one line even where a list was expected.
    Pop3ReplyParser p;
    p.expectMultiLine();
    QCOMPARE(p.feedLine("-ERR unknown command"), Status::Complete);
    QVERIFY(p.takeReply().isErr());
    QVERIFY(p.isIdle());
}

void TestPop3Reply::multiLineOnlyOnce()
{
    Pop3ReplyParser p;
    p.expectMultiLine();
    QCOMPARE(p.feedLine("+OK"), Status::NeedMore);
    QCOMPARE(p.feedLine("."), Status::Complete);
    QCOMPARE(p.feedLine("+OK Begin TLS"), Status::Complete);
}

void TestPop3Reply::bounds()
{
    Pop3ReplyParser::Limits limits;
    limits.maxLineLength = 100;
    limits.maxLines = 5;
    limits.maxReplyBytes = 300;
    {
        Pop3ReplyParser p(limits);
        p.expectMultiLine();
        QCOMPARE(p.feedLine("+OK"), Status::NeedMore);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.feedLine("X-FILLER"), Status::NeedMore);
        QCOMPARE(p.feedLine("X-FILLER"), Status::Error);
        QVERIFY(!p.errorText().isEmpty());
    }
    {
        Pop3ReplyParser p(limits);
        QCOMPARE(p.feedLine("+OK " + QByteArray(97, 'a')), Status::Error);
        QCOMPARE(p.feedLine("+OK " + QByteArray(96, 'a')), Status::Complete);
    }
    {
        Pop3ReplyParser p(limits);
        p.expectMultiLine();
        QCOMPARE(p.feedLine("+OK"), Status::NeedMore);
        QCOMPARE(p.feedLine(QByteArray(98, 'a')), Status::NeedMore);
        QCOMPARE(p.feedLine(QByteArray(98, 'a')), Status::NeedMore);
        QCOMPARE(p.feedLine(QByteArray(98, 'a')), Status::Error);
    }
    {
        // The defaults take RFC 2449's 512-octet lines and a long SASL challenge.
        Pop3ReplyParser p;
        QCOMPARE(p.feedLine("+OK " + QByteArray(506, 'a')), Status::Complete);
        QCOMPARE(p.feedLine("+ " + QByteArray(12284, 'A')), Status::Complete);
    }
}

void TestPop3Reply::errors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no sign") << QByteArray("OK ready");
    QTest::newRow("okay") << QByteArray("+OKAY");
    QTest::newRow("errno") << QByteArray("-ERRno");
    QTest::newRow("plus word") << QByteArray("+dGVzdA==");
    QTest::newRow("imap") << QByteArray("* OK IMAP ready");
    QTest::newRow("smtp") << QByteArray("220 mail.test ESMTP");
    QTest::newRow("minus") << QByteArray("-");
    QTest::newRow("nul") << QByteArray("+OK a\0b", 7);
}

void TestPop3Reply::errors()
{
    QFETCH(QByteArray, line);
    Pop3ReplyParser p;
    QCOMPARE(p.feedLine(line), Status::Error);
    QVERIFY(!p.errorText().isEmpty());
}

void TestPop3Reply::reusableAfterError()
{
    Pop3ReplyParser p;
    p.expectMultiLine();
    QCOMPARE(p.feedLine("junk"), Status::Error);
    // The error forgot the expectation too.
    QCOMPARE(p.feedLine("+OK"), Status::Complete);
}

void TestPop3Reply::summaryEscapes()
{
    Pop3ReplyParser p;
    QCOMPARE(p.feedLine("-ERR \x1b[2J\x07 call 555"), Status::Complete);
    const QString s = p.takeReply().summary();
    QVERIFY2(!s.contains(QChar(0x1b)) && !s.contains(QChar(0x07)), qPrintable(s));
}

QTEST_GUILESS_MAIN(TestPop3Reply)
#include "tst_pop3reply.moc"
