// IMAP, POP3 and ManageSieve against scripted servers: logins, the codes they map to, and
// DESIGN.md's hostile set for IMAP and POP3 (items 1, 2, 4, 6, 7, 8, 9, 10, 14), each with the
// transcript and every output searched for the password.
#include "checkrunner.h"
#include "report/writers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString User = u"alice@test.portolan"_s;
const QString Password = u"Rec3ive-Secret"_s;
const QString Blob =
    QString::fromLatin1(('\0' + User.toUtf8() + '\0' + Password.toUtf8()).toBase64());

// IMAP pieces
const QString ImapGreeting =
    u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Test IMAP ready\n"_s;
const QString ImapCapa =
    u"C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\nS: a1 OK done\n"_s;
const QString ImapStartTls = u"C: a2 STARTTLS\nS: a2 OK Begin TLS\nTLS\n"_s;
QString imapCapaTls(const QString &caps = u"IMAP4rev1 AUTH=PLAIN SASL-IR"_s)
{
    return u"C: a3 CAPABILITY\nS: * CAPABILITY "_s + caps + u"\nS: a3 OK done\n"_s;
}
QString imapLogout(int tag)
{
    return u"C: a%1 LOGOUT\nS: * BYE bye\nS: a%1 OK done\nX\n"_s.arg(tag);
}
const QString ImapToTls = ImapGreeting + ImapCapa + ImapStartTls;

// POP3 pieces
const QString PopGreeting = u"S: +OK Test POP3 ready\nC: CAPA\nS: +OK\nS: STLS\nS: USER\nS: .\n"_s;
const QString PopStls = u"C: STLS\nS: +OK Begin TLS\nTLS\n"_s;
QString popCapaTls(const QString &caps = u"S: USER\nS: SASL PLAIN\n"_s)
{
    return u"C: CAPA\nS: +OK\n"_s + caps + u"S: .\n"_s;
}
const QString PopQuit = u"C: QUIT\nS: +OK bye\nX\n"_s;

// ManageSieve pieces
const QString SieveGreeting =
    u"S: \"IMPLEMENTATION\" \"Test Sieve\"\nS: \"SASL\" \"\"\nS: \"STARTTLS\"\nS: \"VERSION\" \"1.0\"\nS: OK \"ready\"\n"_s;
const QString SieveStartTls =
    u"C: STARTTLS\nS: OK \"Begin TLS\"\nTLS\nS: \"IMPLEMENTATION\" \"Test Sieve\"\nS: \"SASL\" \"PLAIN\"\nS: \"VERSION\" \"1.0\"\nS: OK \"TLS up\"\n"_s;
const QString SieveLogout = u"C: LOGOUT\nS: OK \"bye\"\nX\n"_s;

} // namespace

class TestReceiving : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
};

void TestReceiving::scenarios_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("mode"); // 0 STARTTLS, 1 implicit TLS
    QTest::addColumn<bool>("login");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("neverSent"); // client commands that must not appear
    const int imap = int(Protocol::Imap), pop = int(Protocol::Pop3), sieve = int(Protocol::Sieve);
    const QStringList noLogin{u"LOGIN"_s, u"AUTHENTICATE"_s, u"USER"_s, u"PASS"_s, u"AUTH"_s};

    // IMAP
    QTest::newRow("imap ok") << imap << ImapToTls + imapCapaTls() + imapLogout(4) << 0 << false
                             << QStringList{u"ok"_s} << noLogin;
    QTest::newRow("imap sasl-ir login")
        << imap
        << ImapToTls + imapCapaTls() + u"C: a4 AUTHENTICATE PLAIN "_s + Blob +
               u"\nS: a4 OK Logged in\n"_s + imapLogout(5)
        << 0 << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("imap authenticate without sasl-ir")
        << imap
        << ImapToTls + imapCapaTls(u"IMAP4rev1 AUTH=PLAIN"_s) +
               u"C: a4 AUTHENTICATE PLAIN\nS: +\nC: "_s + Blob + u"\nS: a4 OK Logged in\n"_s +
               imapLogout(5)
        << 0 << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("imap login command")
        << imap
        << ImapToTls + imapCapaTls(u"IMAP4rev1"_s) +
               u"C: a4 LOGIN \"alice@test.portolan\" \"Rec3ive-Secret\"\nS: a4 OK Logged in\n"_s +
               imapLogout(5)
        << 0 << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("imap implicit tls")
        << imap
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] hi\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\nS: a1 OK\nC: a2 AUTHENTICATE PLAIN\nS: a2 OK in\n"_s +
               imapLogout(3)
        << 1 << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("imap wrong password")
        << imap
        << ImapToTls + imapCapaTls() +
               u"C: a4 AUTHENTICATE\nS: a4 NO [AUTHENTICATIONFAILED] Authentication failed.\n"_s +
               imapLogout(5)
        << 0 << true << QStringList{u"auth-failed"_s} << QStringList{};
    QTest::newRow("imap unavailable")
        << imap
        << ImapToTls + imapCapaTls() + u"C: a4 AUTHENTICATE\nS: a4 NO [UNAVAILABLE] Try later\n"_s +
               imapLogout(5)
        << 0 << true << QStringList{u"auth-temporary-failure"_s} << QStringList{};
    QTest::newRow("imap cleartext login allowed")
        << imap
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\nS: a1 OK\n"_s +
               ImapStartTls + imapCapaTls() + imapLogout(4)
        << 0 << false << QStringList{u"auth-cleartext-offered"_s} << noLogin;
    // 1: STARTTLS stripped while TLS is required: stop before the login.
    QTest::newRow("imap starttls stripped")
        << imap
        << u"S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\nC: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK\n"_s +
               imapLogout(2)
        << 0 << true << QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s}
        << noLogin;
    // 2: STARTTLS answered NO / BAD: fatal, no login.
    QTest::newRow("imap starttls NO")
        << imap << ImapGreeting + ImapCapa + u"C: a2 STARTTLS\nS: a2 NO not now\n"_s << 0 << true
        << QStringList{u"starttls-failed"_s} << noLogin;
    QTest::newRow("imap starttls BAD")
        << imap << ImapGreeting + ImapCapa + u"C: a2 STARTTLS\nS: a2 BAD what\n"_s << 0 << true
        << QStringList{u"starttls-failed"_s} << noLogin;
    // 4: PREAUTH greeting when TLS is required: abort.
    QTest::newRow("imap preauth")
        << imap << u"S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in already\n"_s << 0
        << true << QStringList{u"imap-preauth"_s}
        << QStringList{u"STARTTLS"_s, u"LOGIN"_s, u"AUTHENTICATE"_s};
    // 6: response injection after the STARTTLS OK.
    QTest::newRow("imap injection")
        << imap
        << ImapGreeting + ImapCapa +
               u"C: a2 STARTTLS\nS: a2 OK Begin TLS\\r\\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\n"_s
        << 0 << true << QStringList{u"starttls-injection"_s} << noLogin;
    // 7 and 8: untagged capabilities injected before the STARTTLS OK are ignored; the ones after
    // TLS count, and STARTTLS offered again after TLS is not taken up.
    QTest::newRow("imap injected untagged before ok")
        << imap
        << ImapGreeting + ImapCapa +
               u"C: a2 STARTTLS\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN X-INJECTED\nW: 30\nS: a2 OK Begin TLS\nTLS\n"_s +
               imapCapaTls(u"IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR"_s) + imapLogout(4)
        << 0 << false << QStringList{u"ok"_s} << noLogin;
    // 9: attacker text in the greeting is escaped.
    QTest::newRow("imap alert escaped")
        << imap
        << u"S: * OK [ALERT] \\x1b[2J\\x07Your password expired, call 555\n"_s +
               ImapCapa.mid(0).replace(u"a1 OK done"_s, u"a1 OK done"_s) + ImapStartTls +
               imapCapaTls() + imapLogout(4)
        << 0 << false << QStringList{u"ok"_s} << noLogin;
    // 10: a login refused with a referral: not followed.
    QTest::newRow("imap referral")
        << imap
        << ImapToTls + imapCapaTls() +
               u"C: a4 AUTHENTICATE\nS: a4 NO [REFERRAL imap://alice@evil.example/] Go there\n"_s +
               imapLogout(5)
        << 0 << true << QStringList{u"auth-failed"_s} << QStringList{};
    // 14: a literal of 999999999 bytes: refused, not read.
    QTest::newRow("imap huge literal") << imap << u"S: * OK {999999999}\n"_s << 0 << false
                                       << QStringList{u"protocol-error"_s} << noLogin;
    QTest::newRow("imap small literal")
        << imap
        << u"S: * OK [CAPABILITY IMAP4rev1 STARTTLS] {5}\nS: hello ready\n"_s + ImapCapa +
               ImapStartTls + imapCapaTls() + imapLogout(4)
        << 0 << false << QStringList{u"ok"_s} << noLogin;
    QTest::newRow("imap wrong tag") << imap << ImapGreeting + u"C: a1 CAPABILITY\nS: a7 OK done\n"_s
                                    << 0 << false << QStringList{u"protocol-error"_s} << noLogin;
    QTest::newRow("imap bye greeting") << imap << u"S: * BYE Too many connections\nX\n"_s << 0
                                       << false << QStringList{u"server-busy"_s} << noLogin;

    // POP3
    QTest::newRow("pop3 ok") << pop << PopGreeting + PopStls + popCapaTls() + PopQuit << 0 << false
                             << QStringList{u"auth-cleartext-offered"_s} << noLogin;
    QTest::newRow("pop3 sasl login")
        << pop
        << PopGreeting + PopStls + popCapaTls() + u"C: AUTH PLAIN "_s + Blob +
               u"\nS: +OK Logged in\n"_s + PopQuit
        << 0 << true << QStringList{u"auth-cleartext-offered"_s} << QStringList{};
    QTest::newRow("pop3 user pass")
        << pop
        << PopGreeting + PopStls + popCapaTls(u"S: USER\n"_s) +
               u"C: USER alice@test.portolan\nS: +OK\nC: PASS Rec3ive-Secret\nS: +OK Logged in\n"_s +
               PopQuit
        << 0 << true << QStringList{u"auth-cleartext-offered"_s} << QStringList{};
    QTest::newRow("pop3 implicit")
        << pop << u"S: +OK hi\n"_s + popCapaTls() + u"C: AUTH PLAIN\nS: +OK in\n"_s + PopQuit << 1
        << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("pop3 wrong password")
        << pop
        << PopGreeting + PopStls + popCapaTls() +
               u"C: AUTH PLAIN\nS: -ERR [AUTH] Authentication failed.\n"_s + PopQuit
        << 0 << true << QStringList{u"auth-cleartext-offered"_s, u"auth-failed"_s} << QStringList{};
    QTest::newRow("pop3 in use")
        << pop
        << PopGreeting + PopStls + popCapaTls() +
               u"C: AUTH PLAIN\nS: -ERR [IN-USE] Mailbox is locked by another session\n"_s + PopQuit
        << 0 << true << QStringList{u"auth-cleartext-offered"_s, u"mailbox-in-use"_s}
        << QStringList{};
    QTest::newRow("pop3 sys temp")
        << pop
        << PopGreeting + PopStls + popCapaTls() +
               u"C: AUTH PLAIN\nS: -ERR [SYS/TEMP] Internal error\n"_s + PopQuit
        << 0 << true << QStringList{u"auth-cleartext-offered"_s, u"auth-temporary-failure"_s}
        << QStringList{};
    QTest::newRow("pop3 stls stripped")
        << pop << u"S: +OK hi\nC: CAPA\nS: +OK\nS: USER\nS: .\n"_s + PopQuit << 0 << true
        << QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s} << noLogin;
    QTest::newRow("pop3 stls refused")
        << pop << PopGreeting + u"C: STLS\nS: -ERR not now\n"_s << 0 << true
        << QStringList{u"auth-cleartext-offered"_s, u"starttls-failed"_s} << noLogin;
    QTest::newRow("pop3 injection")
        << pop << PopGreeting + u"C: STLS\nS: +OK Begin TLS\\r\\n+OK injected\n"_s << 0 << true
        << QStringList{u"auth-cleartext-offered"_s, u"starttls-injection"_s} << noLogin;
    QTest::newRow("pop3 endless capa")
        << pop << u"S: +OK hi\nC: CAPA\nS: +OK\nREPEAT: 300 X-FILLER\n"_s << 0 << false
        << QStringList{u"protocol-error"_s} << noLogin;
    QTest::newRow("pop3 err greeting") << pop << u"S: -ERR go away\nX\n"_s << 0 << false
                                       << QStringList{u"greeting-rejected"_s} << noLogin;

    // ManageSieve
    QTest::newRow("sieve login") << sieve
                                 << SieveGreeting + SieveStartTls +
                                        u"C: AUTHENTICATE \"PLAIN\" \""_s + Blob +
                                        u"\"\nS: OK \"Logged in\"\n"_s + SieveLogout
                                 << 0 << true << QStringList{u"ok"_s} << QStringList{};
    QTest::newRow("sieve wrong password")
        << sieve
        << SieveGreeting + SieveStartTls +
               u"C: AUTHENTICATE\nS: NO \"Authentication failed.\"\n"_s + SieveLogout
        << 0 << true << QStringList{u"auth-failed"_s} << QStringList{};
    QTest::newRow("sieve starttls stripped")
        << sieve
        << u"S: \"IMPLEMENTATION\" \"x\"\nS: \"SASL\" \"PLAIN\"\nS: OK \"ready\"\n"_s + SieveLogout
        << 0 << true << QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s}
        << noLogin;
    QTest::newRow("sieve huge literal") << sieve << u"S: {999999999}\n"_s << 0 << false
                                        << QStringList{u"protocol-error"_s} << noLogin;
}

void TestReceiving::scenarios()
{
    QFETCH(int, protocol);
    QFETCH(QString, script);
    QFETCH(int, mode);
    QFETCH(bool, login);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, neverSent);

    ScriptedServer server;
    server.addScript(script,
                     mode == 1 ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain);
    server.addScript(u"X\n"_s);
    CheckRunner c;
    c.options.target.protocol = Protocol(protocol);
    c.options.target.port = server.start();
    c.options.target.security = mode == 1 ? Security::Tls : Security::StartTls;
    if (login)
        c.options.credentials = {User, Password, {}};
    QVERIFY(c.run());
    QVERIFY2(c.codes() == codes, qPrintable(u"expected %1, got %2\n%3\n%4"_s.arg(
                                     codes.join(u','), c.codes().join(u','), c.transcriptText(),
                                     server.mismatches().join(u'\n'))));
    const QStringList sent = server.clientLines();
    for (const QString &line : sent) {
        for (const QString &forbidden : neverSent) {
            const QString command =
                line.section(u' ', line.startsWith(u'a') ? 1 : 0, line.startsWith(u'a') ? 1 : 0);
            QVERIFY2(command.compare(forbidden, Qt::CaseInsensitive) != 0,
                     qPrintable(u"the client sent %1: %2"_s.arg(forbidden, line)));
        }
    }
    if (codes == QStringList{u"ok"_s}) {
        QVERIFY2(server.mismatches().isEmpty(),
                 qPrintable(server.mismatches().join(u'\n') + c.transcriptText()));
        QCOMPARE(c.report.authenticated, login);
    }
    if (qstrcmp(QTest::currentDataTag(), "imap injected untagged before ok") == 0)
        QVERIFY(!c.report.capabilities.contains(u"X-INJECTED"_s));
    if (qstrcmp(QTest::currentDataTag(), "imap referral") == 0) {
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(c.report.find(Code::AuthFailed)->evidence.contains(u"not followed"_s));
    }
    // Secrets: nothing anywhere.
    const QString all = c.transcriptText() + reportToText(c.report, {false, true}) +
                        QString::fromUtf8(QJsonDocument(reportToJson(c.report)).toJson());
    for (const QString &form : {Password, Blob, QString::fromLatin1(Password.toUtf8().toBase64())})
        QVERIFY2(!all.contains(form), qPrintable(u"leaked: "_s + form + u'\n' + all));
    QVERIFY(!all.contains(QChar(0x1b)) && !all.contains(QChar(0x07)));
}

QTEST_GUILESS_MAIN(TestReceiving)
#include "tst_receiving.moc"
