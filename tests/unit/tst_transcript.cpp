#include "net/escape.h"
#include "net/hostname.h"
#include "net/transcript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data();
    void escaping();
    void linesAndRedaction();
    void hosts_data();
    void hosts();
};

void TestTranscript::escaping_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("250 ok") << u"250 ok"_s;
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << u"\\x1B[31mred"_s;
    QTest::newRow("cr lf tab nul")
        << QByteArray("a\r\n\t", 4) + QByteArray(1, '\0') << u"a\\x0D\\x0A\\x09\\x00"_s;
    QTest::newRow("backslash") << QByteArray("a\\x41") << u"a\\\\x41"_s;
    QTest::newRow("utf-8") << QByteArray("Grüße ✓") << u"Grüße ✓"_s;
    QTest::newRow("invalid utf-8") << QByteArray("a\xff\xc3") << u"a\\xFF\\xC3"_s;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << u"\\xC0\\xAF"_s;
    QTest::newRow("c1 control") << QByteArray("\xc2\x9b") << u"\\xC2\\x9B"_s;
    QTest::newRow("bidi override") << QByteArray("\xe2\x80\xae") << u"\\xE2\\x80\\xAE"_s;
    QTest::newRow("del") << QByteArray("\x7f") << u"\\x7F"_s;
}

void TestTranscript::escaping()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(escapeServerText(bytes), shown);
}

void TestTranscript::linesAndRedaction()
{
    Transcript t;
    t.start();
    t.event(u"TCP connected"_s);
    t.server("220 \x07hello");
    t.client("EHLO [127.0.0.1]");
    t.clientRedacted(u"AUTH PLAIN <redacted>"_s);
    const auto &e = t.entries();
    QCOMPARE(e.size(), 4);
    QCOMPARE(Transcript::format(e.at(0), false), u"*  TCP connected"_s);
    QCOMPARE(Transcript::format(e.at(1), false), u"S: 220 \\x07hello"_s);
    QCOMPARE(Transcript::format(e.at(2), false), u"C: EHLO [127.0.0.1]"_s);
    QCOMPARE(Transcript::format(e.at(3), false), u"C: AUTH PLAIN <redacted>"_s);
    QVERIFY(Transcript::format(e.at(1)).contains(u" ms S: "_s));
    for (int i = 1; i < e.size(); ++i)
        QVERIFY(e.at(i).ms >= e.at(i - 1).ms);
}

void TestTranscript::hosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::newRow("name") << u"smtp.example.org"_s << true;
    QTest::newRow("idn") << u"mail.bücher.example"_s << true;
    QTest::newRow("ipv4") << u"192.0.2.1"_s << true;
    QTest::newRow("ipv6") << u"::1"_s << true;
    QTest::newRow("ipv6 brackets") << u"[2001:db8::1]"_s << true;
    QTest::newRow("trailing dot") << u"mail.example.org."_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"mail example.org"_s << false;
    QTest::newRow("control") << u"mail\x01.example.org"_s << false;
    QTest::newRow("newline") << u"mail.example.org\nQUIT"_s << false;
    QTest::newRow("host:port") << u"mail.example.org:587"_s << false;
    QTest::newRow("double dot") << u"mail..example.org"_s << false;
    QTest::newRow("leading dash") << u"-mail.example.org"_s << false;
    QTest::newRow("slash") << u"mail/example"_s << false;
    QTest::newRow("too long") << QString(300, u'a') << false;
}

void TestTranscript::hosts()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QCOMPARE(hostProblem(host).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
