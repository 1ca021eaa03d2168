// IMAP and ManageSieve sessions over the pure parsers, against scripted servers: literals framed
// by their size (a tagged OK or a BYE inside a literal is data, not a response), and SCRAM with
// the server's proof as an IMAP continuation or on a ManageSieve OK (SASL "...").
#include "checkrunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

// RFC 5802 §5, base64-encoded as the protocols carry it.
const QString ClientFirst = u"biwsbj11c2VyLHI9ZnlrbytkMmxiYkZnT05Sdjlxa3hkYXdM"_s;
const QString ServerFirst =
    u"cj1meWtvK2QybGJiRmdPTlJ2OXFreGRhd0wzcmZjTkhZSlkxWlZ2V1ZzN2oscz1RU1hDUitRNnNlazhiZjkyLGk9NDA5Ng=="_s;
const QString ClientFinal =
    u"Yz1iaXdzLHI9ZnlrbytkMmxiYkZnT05Sdjlxa3hkYXdMM3JmY05IWUpZMVpWdldWczdqLHA9djBYOHYzQnoyVDBDSkdiSlF5RjBYK0hJNFRzPQ=="_s;
const QString ServerFinal = u"dj1ybUY5cHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"_s;
const QString WrongServerFinal = u"dj1BQUFBcHFWOFM3c3VBb1pXamE0ZEpSa0ZzS1E9"_s;

const QString ImapToTls =
    u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n"
    u"C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\nS: a1 OK done\n"
    u"C: a2 STARTTLS\nS: a2 OK Begin TLS\nTLS\n"_s;
const QString ImapScramCaps =
    u"C: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=SCRAM-SHA-1 SASL-IR\nS: a3 OK done\n"_s;
QString imapLogout(int tag)
{
    return u"C: a%1 LOGOUT\nS: * BYE bye\nS: a%1 OK done\nX\n"_s.arg(tag);
}

const QString SieveToTls =
    u"S: \"IMPLEMENTATION\" \"Test Sieve\"\nS: \"SASL\" \"\"\nS: \"STARTTLS\"\nS: OK \"ready\"\n"
    u"C: STARTTLS\nS: OK \"Begin TLS\"\nTLS\n"
    u"S: \"IMPLEMENTATION\" \"Test Sieve\"\nS: {4}\nS: SASL \"SCRAM-SHA-1\"\nS: OK \"TLS up\"\n"_s;
const QString SieveLogout = u"C: LOGOUT\nS: OK \"bye\"\nX\n"_s;

} // namespace

class TestReceivingSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
};

void TestReceivingSyntax::scenarios_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("login");
    QTest::addColumn<QStringList>("codes");
    const int imap = int(Protocol::Imap), sieve = int(Protocol::Sieve);

    // "a1 OK fake" and "* BYE x" are the octets of literals: neither completes a command.
    QTest::newRow("imap response inside a literal")
        << imap
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\nC: a1 CAPABILITY\n"
           u"S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\nS: * X ({12}\nS: a1 OK fake\nS: )\n"
           u"S: * Y {9}\nS: * BYE x\nS:\nS: a1 OK done\nC: a2 STARTTLS\nS: a2 OK Begin TLS\nTLS\n"
           u"C: a3 CAPABILITY\nS: * CAPABILITY IMAP4rev1\nS: a3 OK done\n"_s +
               imapLogout(4)
        << false << QStringList{u"ok"_s};
    QTest::newRow("imap scram") << imap
                                << ImapToTls + ImapScramCaps +
                                       u"C: a4 AUTHENTICATE SCRAM-SHA-1 "_s + ClientFirst +
                                       u"\nS: + "_s + ServerFirst + u"\nC: "_s + ClientFinal +
                                       u"\nS: + "_s + ServerFinal +
                                       u"\nC:\nS: a4 OK Logged in\n"_s + imapLogout(5)
                                << true << QStringList{u"ok"_s};
    QTest::newRow("imap scram wrong signature")
        << imap
        << ImapToTls + ImapScramCaps + u"C: a4 AUTHENTICATE SCRAM-SHA-1 "_s + ClientFirst +
               u"\nS: + "_s + ServerFirst + u"\nC: "_s + ClientFinal + u"\nS: + "_s +
               WrongServerFinal + u"\nC: *\nS: a4 BAD cancelled\n"_s + imapLogout(5)
        << true << QStringList{u"auth-server-unverified"_s};
    // The challenge as a literal, the server's proof on the OK (RFC 5804 §2.1).
    QTest::newRow("sieve scram") << sieve
                                 << SieveToTls + u"C: AUTHENTICATE \"SCRAM-SHA-1\" \""_s +
                                        ClientFirst + u"\"\nS: {"_s +
                                        QString::number(ServerFirst.size()) + u"}\nS: "_s +
                                        ServerFirst + u"\nC: \""_s + ClientFinal +
                                        u"\"\nS: OK (SASL \""_s + ServerFinal +
                                        u"\") \"Logged in.\"\n"_s + SieveLogout
                                 << true << QStringList{u"ok"_s};
    QTest::newRow("sieve scram wrong signature")
        << sieve
        << SieveToTls + u"C: AUTHENTICATE \"SCRAM-SHA-1\" \""_s + ClientFirst + u"\"\nS: \""_s +
               ServerFirst + u"\"\nC: \""_s + ClientFinal + u"\"\nS: OK (SASL \""_s +
               WrongServerFinal + u"\") \"Logged in.\"\n"_s + SieveLogout
        << true << QStringList{u"auth-server-unverified"_s};
    QTest::newRow("sieve unquoted text") << sieve << u"S: \"STARTTLS\"\nS: OK ready\n"_s << false
                                         << QStringList{u"protocol-error"_s};
}

void TestReceivingSyntax::scenarios()
{
    QFETCH(int, protocol);
    QFETCH(QString, script);
    QFETCH(bool, login);
    QFETCH(QStringList, codes);

    ScriptedServer server;
    server.addScript(script);
    server.addScript(u"X\n"_s);
    CheckRunner c;
    c.options.target.protocol = Protocol(protocol);
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    if (login)
        c.options.credentials = {u"user"_s, u"pencil"_s, {}};
    c.options.saslNonce = "fyko+d2lbbFgONRv9qkxdawL";
    QVERIFY(c.run());
    QVERIFY2(c.codes() == codes, qPrintable(u"expected %1, got %2\n%3\n%4"_s.arg(
                                     codes.join(u','), c.codes().join(u','), c.transcriptText(),
                                     server.mismatches().join(u'\n'))));
    if (codes == QStringList{u"ok"_s}) {
        QVERIFY2(server.mismatches().isEmpty(),
                 qPrintable(server.mismatches().join(u'\n') + c.transcriptText()));
        QCOMPARE(c.report.authenticated, login);
    }
}

QTEST_GUILESS_MAIN(TestReceivingSyntax)
#include "tst_receivingsyntax.moc"
