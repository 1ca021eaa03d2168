#include "protocols/smtp/smtpreply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestSmtpReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleLine();
    void bareCode();
    void multiLine();
    void errors_data();
    void errors();
    void limits();
    void enhancedStatus_data();
    void enhancedStatus();
    void summaryEscapes();
    void reusableAfterError();
};

void TestSmtpReply::singleLine()
{
    SmtpReplyAssembler a;
    QCOMPARE(a.feedLine("220 mail.test ESMTP"), SmtpReplyAssembler::Status::Complete);
    const SmtpReply r = a.takeReply();
    QCOMPARE(r.code, 220);
    QCOMPARE(r.lines, QByteArrayList{"mail.test ESMTP"});
    QVERIFY(r.isPositive());
    QVERIFY(!r.enhanced.isValid());
}

void TestSmtpReply::bareCode()
{
    // RFC 5321 §4.2: the text is optional; "250" alone is a whole reply. (KSMTP reads at(3) here.)
    SmtpReplyAssembler a;
    QCOMPARE(a.feedLine("250"), SmtpReplyAssembler::Status::Complete);
    const SmtpReply r = a.takeReply();
    QCOMPARE(r.code, 250);
    QCOMPARE(r.lines, QByteArrayList{QByteArray()});
    QCOMPARE(a.feedLine("250-"), SmtpReplyAssembler::Status::NeedMore);
    QCOMPARE(a.feedLine("250"), SmtpReplyAssembler::Status::Complete);
    QCOMPARE(a.takeReply().lines.size(), 2);
}

void TestSmtpReply::multiLine()
{
    SmtpReplyAssembler a;
    QCOMPARE(a.feedLine("250-mail.test hello"), SmtpReplyAssembler::Status::NeedMore);
    QVERIFY(!a.isIdle());
    QCOMPARE(a.feedLine("250-PIPELINING"), SmtpReplyAssembler::Status::NeedMore);
    QCOMPARE(a.feedLine("250 STARTTLS"), SmtpReplyAssembler::Status::Complete);
    const SmtpReply r = a.takeReply();
    QCOMPARE(r.lines, (QByteArrayList{"mail.test hello", "PIPELINING", "STARTTLS"}));
    QVERIFY(a.isIdle());
}

void TestSmtpReply::errors_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("empty") << QByteArrayList{""};
    QTest::newRow("short") << QByteArrayList{"25"};
    QTest::newRow("letters") << QByteArrayList{"2x0 hello"};
    QTest::newRow("bad separator") << QByteArrayList{"250_hello"};
    QTest::newRow("code changes") << QByteArrayList{"250-a", "251 b"};
    QTest::newRow("http") << QByteArrayList{"HTTP/1.1 400 Bad Request"};
}

void TestSmtpReply::errors()
{
    QFETCH(QByteArrayList, lines);
    SmtpReplyAssembler a;
    SmtpReplyAssembler::Status s = SmtpReplyAssembler::Status::NeedMore;
    for (const QByteArray &l : lines)
        s = a.feedLine(l);
    QCOMPARE(s, SmtpReplyAssembler::Status::Error);
    QVERIFY(a.errorText().contains(u"offset"_s));
}

void TestSmtpReply::limits()
{
    SmtpReplyAssembler::Limits limits;
    limits.maxLines = 5;
    limits.maxLineLength = 100;
    limits.maxReplyBytes = 300;
    {
        SmtpReplyAssembler a(limits);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.feedLine("250-x"), SmtpReplyAssembler::Status::NeedMore);
        QCOMPARE(a.feedLine("250-x"), SmtpReplyAssembler::Status::Error);
    }
    {
        SmtpReplyAssembler a(limits);
        QCOMPARE(a.feedLine("250 " + QByteArray(97, 'a')), SmtpReplyAssembler::Status::Error);
    }
    {
        SmtpReplyAssembler a(limits);
        QCOMPARE(a.feedLine("250-" + QByteArray(90, 'a')), SmtpReplyAssembler::Status::NeedMore);
        QCOMPARE(a.feedLine("250-" + QByteArray(90, 'a')), SmtpReplyAssembler::Status::NeedMore);
        QCOMPARE(a.feedLine("250-" + QByteArray(90, 'a')), SmtpReplyAssembler::Status::NeedMore);
        QCOMPARE(a.feedLine("250 " + QByteArray(90, 'a')), SmtpReplyAssembler::Status::Error);
    }
    {
        // The defaults accept what RFC 5321 and RFC 4954 require a client to accept.
        SmtpReplyAssembler a;
        QCOMPARE(a.feedLine("334 " + QByteArray(12284, 'A')), SmtpReplyAssembler::Status::Complete);
        QCOMPARE(a.feedLine("250 " + QByteArray(508, 'a')), SmtpReplyAssembler::Status::Complete);
    }
}

void TestSmtpReply::enhancedStatus_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("auth") << QByteArray("5.7.8 Error: authentication failed") << u"5.7.8"_s;
    QTest::newRow("ok") << QByteArray("2.0.0 Ok") << u"2.0.0"_s;
    QTest::newRow("three digits") << QByteArray("4.7.123 Try later") << u"4.7.123"_s;
    QTest::newRow("alone") << QByteArray("5.1.1") << u"5.1.1"_s;
    QTest::newRow("no code") << QByteArray("mail.test ESMTP") << QString();
    QTest::newRow("bad class") << QByteArray("3.0.0 no") << QString();
    QTest::newRow("version number") << QByteArray("2.0.0.1 no") << QString();
    QTest::newRow("too many digits") << QByteArray("5.7.1234 x") << QString();
    QTest::newRow("two-digit class") << QByteArray("55.7.1 x") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestSmtpReply::enhancedStatus()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(parseEnhancedStatus(text).toString(), expected);
}

void TestSmtpReply::summaryEscapes()
{
    SmtpReplyAssembler a;
    QCOMPARE(a.feedLine("421-4.3.2 \x1b[2J busy"), SmtpReplyAssembler::Status::NeedMore);
    QCOMPARE(a.feedLine("421 try later"), SmtpReplyAssembler::Status::Complete);
    const SmtpReply r = a.takeReply();
    QCOMPARE(r.enhanced.toString(), u"4.3.2"_s);
    QCOMPARE(r.summary(), u"421 4.3.2 \\x1B[2J busy / try later"_s);
}

void TestSmtpReply::reusableAfterError()
{
    SmtpReplyAssembler a;
    QCOMPARE(a.feedLine("250-a"), SmtpReplyAssembler::Status::NeedMore);
    QCOMPARE(a.feedLine("xyz"), SmtpReplyAssembler::Status::Error);
    QCOMPARE(a.feedLine("220 fresh"), SmtpReplyAssembler::Status::Complete);
    QCOMPARE(a.takeReply().code, 220);
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
