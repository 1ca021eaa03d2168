// SMTP AUTH and the test message against scripted servers: every authentication and transaction
// code, DESIGN.md's hostile items 1, 3, 11 and 15, and the secrets rule: every scenario runs with
// the transcript, the JSON, the text and the engine's debug log on, and none of them may hold the
// password, the token or their base64 forms.
#include "checkrunner.h"
#include "report/writers.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString User = u"alice@test.portolan"_s;
const QString Password = u"Secr3t-pässwörd!"_s;
const QString Token = u"ya29.A0ARrdaM-tokentokentoken"_s;

QByteArray b64(const QByteArray &b)
{
    return b.toBase64();
}

const QByteArray PlainBlob = b64('\0' + User.toUtf8() + '\0' + Password.toUtf8());

const QString Greeting = u"S: 220 mail.test ESMTP\n"_s;
QString ehloPlain(const QString &extra = {})
{
    return u"C: EHLO\nS: 250-mail.test\n"_s + extra + u"S: 250 STARTTLS\n"_s;
}
const QString StartTls = u"C: STARTTLS\nS: 220 2.0.0 Ready\nTLS\n"_s;
QString ehloTls(const QString &auth)
{
    return u"C: EHLO\nS: 250-mail.test\nS: 250-8BITMIME\nS: 250-ENHANCEDSTATUSCODES\nS: 250 "_s +
           auth + u'\n';
}
const QString Quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;
QString starttlsUpTo(const QString &auth)
{
    return Greeting + ehloPlain() + StartTls + ehloTls(auth);
}

// Every place a secret could leak to, as one text.
QStringList leakForms()
{
    const QByteArray pw = Password.toUtf8();
    QStringList forms{Password, Token, QString::fromLatin1(b64(pw)),
                      QString::fromLatin1(b64(Token.toUtf8())), QString::fromLatin1(PlainBlob)};
    // The password inside a longer base64 text, at each of the three alignments.
    for (const QByteArray &prefix : {QByteArray(), QByteArray("a"), QByteArray("ab")}) {
        const QByteArray enc = b64(prefix + pw);
        forms << QString::fromLatin1(enc.mid(prefix.isEmpty() ? 0 : 4, 12));
    }
    forms << QString::fromLatin1(b64("user=" + User.toUtf8() +
                                     "\x01"
                                     "auth=Bearer " +
                                     Token.toUtf8() + "\x01\x01"));
    return forms;
}

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestSmtpAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scenarios_data();
    void scenarios();
    void messageIsWellFormed();
    void utf8Message();
    void scramServerMustProveItself_data();
    void scramServerMustProveItself();

private:
    void verifyNoLeak(const CheckRunner &c, const ScriptedServer &server);
};

void TestSmtpAuth::init()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(u"portolan.*=true"_s);
    qInstallMessageHandler(collect);
}

void TestSmtpAuth::cleanup()
{
    qInstallMessageHandler(nullptr);
}

void TestSmtpAuth::verifyNoLeak(const CheckRunner &c, const ScriptedServer &)
{
    QString all = c.transcriptText() + u'\n' + reportToText(c.report, {false, true}) + u'\n' +
                  QString::fromUtf8(QJsonDocument(reportToJson(c.report)).toJson()) + u'\n' +
                  g_log.join(u'\n');
    for (const Diagnosis &d : c.report.diagnoses)
        all += d.evidence + d.detail.join(u' ');
    for (const QString &form : leakForms())
        QVERIFY2(!all.contains(form), qPrintable(u"secret form '%1' leaked:\n%2"_s.arg(form, all)));
}

void TestSmtpAuth::scenarios_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("mode"); // 0 STARTTLS, 1 implicit TLS, 2 none
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("login");   // "", "password", "token"
    QTest::addColumn<QString>("options"); // mechanism=X, cleartext, untrusted, send
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<bool>("authSent"); // did any AUTH line reach the server

    const QString ok = u"ok"_s;
    const QString plainOk = starttlsUpTo(u"AUTH PLAIN LOGIN"_s) + u"C: AUTH PLAIN "_s +
                            QString::fromLatin1(PlainBlob) +
                            u"\nS: 235 2.7.0 Authentication successful\n"_s + Quit;
    QTest::newRow("plain") << plainOk << 0 << u"valid"_s << u"password"_s << QString()
                           << QStringList{ok} << true;
    QTest::newRow("plain implicit tls")
        << Greeting + ehloTls(u"AUTH PLAIN"_s) + u"C: AUTH PLAIN "_s +
               QString::fromLatin1(PlainBlob) + u"\nS: 235 2.7.0 Authentication successful\n"_s +
               Quit
        << 1 << u"valid"_s << u"password"_s << QString() << QStringList{ok} << true;
    QTest::newRow("login") << starttlsUpTo(u"AUTH LOGIN"_s) +
                                  u"C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: "_s +
                                  QString::fromLatin1(b64(User.toUtf8())) +
                                  u"\nS: 334 UGFzc3dvcmQ6\nC: "_s +
                                  QString::fromLatin1(b64(Password.toUtf8())) +
                                  u"\nS: 235 2.7.0 ok\n"_s + Quit
                           << 0 << u"valid"_s << u"password"_s << QString() << QStringList{ok}
                           << true;
    {
        const QByteArray challenge = "<1896.697170952@mail.test>";
        const QByteArray answer =
            User.toUtf8() + ' ' +
            QMessageAuthenticationCode::hash(challenge, Password.toUtf8(), QCryptographicHash::Md5)
                .toHex();
        QTest::newRow("cram-md5 preferred to plain")
            << starttlsUpTo(u"AUTH PLAIN LOGIN CRAM-MD5"_s) + u"C: AUTH CRAM-MD5\nS: 334 "_s +
                   QString::fromLatin1(b64(challenge)) + u"\nC: "_s +
                   QString::fromLatin1(b64(answer)) + u"\nS: 235 2.7.0 ok\n"_s + Quit
            << 0 << u"valid"_s << u"password"_s << QString() << QStringList{ok} << true;
    }
    QTest::newRow("forced login")
        << starttlsUpTo(u"AUTH PLAIN LOGIN"_s) +
               u"C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: \nS: 334 UGFzc3dvcmQ6\nC: \nS: 235 ok\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"mechanism=LOGIN"_s << QStringList{ok} << true;
    QTest::newRow("xoauth2 refused")
        << starttlsUpTo(u"AUTH XOAUTH2 OAUTHBEARER"_s) +
               u"C: AUTH OAUTHBEARER\nS: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=\nC: AQ==\n"_s +
               u"S: 535 5.7.8 Username and Password not accepted\n"_s + Quit
        << 0 << u"valid"_s << u"token"_s << QString() << QStringList{u"auth-failed"_s} << true;
    QTest::newRow("xoauth2 forced")
        << starttlsUpTo(u"AUTH XOAUTH2"_s) + u"C: AUTH XOAUTH2 \nS: 235 2.7.0 Accepted\n"_s + Quit
        << 0 << u"valid"_s << u"token"_s << u"mechanism=XOAUTH2"_s << QStringList{ok} << true;
    QTest::newRow("wrong password")
        << starttlsUpTo(u"AUTH PLAIN"_s) +
               u"C: AUTH PLAIN\nS: 535 5.7.8 Error: authentication failed: authentication failure\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << QString() << QStringList{u"auth-failed"_s} << true;
    QTest::newRow("temporary")
        << starttlsUpTo(u"AUTH PLAIN"_s) +
               u"C: AUTH PLAIN\nS: 454 4.7.0 Temporary authentication failure\n"_s + Quit
        << 0 << u"valid"_s << u"password"_s << QString() << QStringList{u"auth-temporary-failure"_s}
        << true;
    QTest::newRow("not offered") << starttlsUpTo(u"SIZE 1000"_s) + Quit << 0 << u"valid"_s
                                 << u"password"_s << QString() << QStringList{u"auth-not-offered"_s}
                                 << false;
    QTest::newRow("mechanism not offered")
        << starttlsUpTo(u"AUTH PLAIN"_s) + Quit << 0 << u"valid"_s << u"password"_s
        << u"mechanism=CRAM-MD5"_s << QStringList{u"auth-mechanism-unsupported"_s} << false;
    QTest::newRow("oauth only") << starttlsUpTo(u"AUTH XOAUTH2 OAUTHBEARER"_s) + Quit << 0
                                << u"valid"_s << u"password"_s << QString()
                                << QStringList{u"auth-oauth-only"_s} << false;
    QTest::newRow("cleartext offered") << Greeting + ehloPlain(u"S: 250-AUTH PLAIN LOGIN\n"_s) +
                                              StartTls + ehloTls(u"AUTH PLAIN LOGIN"_s) + Quit
                                       << 0 << u"valid"_s << QString() << QString()
                                       << QStringList{u"auth-cleartext-offered"_s} << false;
    QTest::newRow("no tls: withheld")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"_s + Quit << 2 << u"valid"_s
        << u"password"_s << QString()
        << QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s,
                       u"credentials-withheld"_s}
        << false;
    QTest::newRow("no tls: override")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: AUTH PLAIN "_s +
               QString::fromLatin1(PlainBlob) + u"\nS: 235 ok\n"_s + Quit
        << 2 << u"valid"_s << u"password"_s << u"cleartext"_s
        << QStringList{u"auth-cleartext-offered"_s, u"credentials-sent-insecurely"_s} << true;
    // Hostile item 1: STARTTLS stripped while TLS is required: stop before AUTH.
    QTest::newRow("starttls stripped")
        << Greeting + u"C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN LOGIN\n"_s + Quit << 0
        << u"valid"_s << u"password"_s << QString()
        << QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s} << false;
    // Hostile item 3: HELO only: no fallback to plaintext credentials.
    QTest::newRow("helo only")
        << Greeting + u"C: EHLO\nS: 500 5.5.1 unrecognized\nC: HELO\nS: 250 mail.test\n"_s + Quit
        << 0 << u"valid"_s << u"password"_s << QString() << QStringList{u"starttls-not-offered"_s}
        << false;
    // Hostile item 11: a bad certificate, STARTTLS and implicit: nothing is sent.
    QTest::newRow("bad cert starttls")
        << starttlsUpTo(u"AUTH PLAIN"_s) + Quit << 0 << u"selfsigned"_s << u"password"_s
        << QString() << QStringList{u"cert-self-signed"_s, u"credentials-withheld"_s} << false;
    QTest::newRow("bad cert implicit")
        << Greeting + ehloTls(u"AUTH PLAIN"_s) + Quit << 1 << u"expired"_s << u"password"_s
        << QString() << QStringList{u"cert-expired"_s, u"credentials-withheld"_s} << false;
    QTest::newRow("bad cert override")
        << Greeting + ehloTls(u"AUTH PLAIN"_s) + u"C: AUTH PLAIN\nS: 235 ok\n"_s + Quit << 1
        << u"wrongname"_s << u"password"_s << u"untrusted"_s
        << QStringList{u"cert-hostname-mismatch"_s, u"credentials-sent-insecurely"_s} << true;
    // Hostile item 15: a challenge that is not base64 is cancelled with "*".
    QTest::newRow("invalid base64 challenge")
        << starttlsUpTo(u"AUTH LOGIN"_s) +
               u"C: AUTH LOGIN\nS: 334 VXNl*m5hbWU6!\nC: *\nS: 501 5.7.0 cancelled\n"_s + Quit
        << 0 << u"valid"_s << u"password"_s << QString() << QStringList{u"protocol-error"_s}
        << true;
    QTest::newRow("huge challenge") << starttlsUpTo(u"AUTH LOGIN"_s) + u"C: AUTH LOGIN\nS: 334 "_s +
                                           QString(20000, u'A') + u'\n'
                                    << 0 << u"valid"_s << u"password"_s << QString()
                                    << QStringList{u"protocol-error"_s} << true;
    QTest::newRow("auth never answered")
        << starttlsUpTo(u"AUTH PLAIN"_s) + u"C: AUTH PLAIN\nW: 60000\n"_s << 0 << u"valid"_s
        << u"password"_s << QString() << QStringList{u"reply-timeout"_s} << true;
    QTest::newRow("421 to auth") << starttlsUpTo(u"AUTH PLAIN"_s) +
                                        u"C: AUTH PLAIN\nS: 421 4.3.2 Shutting down\nX\n"_s
                                 << 0 << u"valid"_s << u"password"_s << QString()
                                 << QStringList{u"server-busy"_s} << true;

    // The mail transaction.
    const QString mail = u"C: MAIL FROM:<alice@test.portolan> BODY=8BITMIME\n"_s;
    const QString authOk = u"C: AUTH PLAIN\nS: 235 2.7.0 ok\n"_s;
    QTest::newRow("send ok")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail +
               u"S: 250 2.1.0 Ok\nC: RCPT TO:<bob@test.portolan>\nS: 250 2.1.5 Ok\n"
               "C: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\nDATA\nS: 250 2.0.0 Ok: queued as 4Xyz\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{ok} << true;
    QTest::newRow("auth required")
        << starttlsUpTo(u"AUTH PLAIN"_s) + mail + u"S: 530 5.7.0 Authentication required\n"_s + Quit
        << 0 << u"valid"_s << QString() << u"send"_s << QStringList{u"auth-required"_s} << false;
    QTest::newRow("sender rejected")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail +
               u"S: 553 5.7.1 <alice@test.portolan>: Sender address rejected: not owned by user bob\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{u"sender-rejected"_s}
        << true;
    QTest::newRow("relay denied")
        << starttlsUpTo(u"AUTH PLAIN"_s) + mail +
               u"S: 250 2.1.0 Ok\nC: RCPT TO:\nS: 554 5.7.1 <bob@test.portolan>: Relay access denied\n"_s +
               Quit
        << 0 << u"valid"_s << QString() << u"send"_s << QStringList{u"relay-denied"_s} << false;
    QTest::newRow("recipient rejected")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail +
               u"S: 250 2.1.0 Ok\nC: RCPT TO:\nS: 550 5.1.1 <bob@test.portolan>: Recipient address rejected: User unknown\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{u"recipient-rejected"_s}
        << true;
    QTest::newRow("greylisted")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail +
               u"S: 250 2.1.0 Ok\nC: RCPT TO:\nS: 450 4.7.1 <bob@test.portolan>: Recipient address rejected: Greylisted, try again in 5 minutes\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{u"greylisted"_s} << true;
    QTest::newRow("message rejected")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail +
               u"S: 250 Ok\nC: RCPT TO:\nS: 250 Ok\nC: DATA\nS: 354 go\nDATA\nS: 554 5.6.0 Message content rejected\n"_s +
               Quit
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{u"message-rejected"_s}
        << true;
    QTest::newRow("421 to mail from")
        << starttlsUpTo(u"AUTH PLAIN"_s) + authOk + mail + u"S: 421 4.3.2 Backup in progress\nX\n"_s
        << 0 << u"valid"_s << u"password"_s << u"send"_s << QStringList{u"server-busy"_s} << true;
}

void TestSmtpAuth::scenarios()
{
    QFETCH(QString, script);
    QFETCH(int, mode);
    QFETCH(QString, cert);
    QFETCH(QString, login);
    QFETCH(QString, options);
    QFETCH(QStringList, codes);
    QFETCH(bool, authSent);

    ScriptedServer server;
    server.addScript(
        script, mode == 1 ? ScriptedServer::Mode::ImplicitTls : ScriptedServer::Mode::Plain, cert);
    server.addScript(u"X\n"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = mode == 0   ? Security::StartTls
                                : mode == 1 ? Security::Tls
                                            : Security::None;
    if (!login.isEmpty()) {
        c.options.credentials.user = User;
        if (login == "password"_L1)
            c.options.credentials.password = Password;
        else
            c.options.credentials.token = Token;
    }
    for (const QString &o : options.split(u',', Qt::SkipEmptyParts)) {
        if (o.startsWith("mechanism="_L1))
            c.options.mechanism = o.mid(10).toLatin1();
        c.options.allowCleartextAuth |= o == "cleartext"_L1;
        c.options.allowUntrustedAuth |= o == "untrusted"_L1;
        if (o == "send"_L1) {
            c.options.send = true;
            c.options.message = {
                u"alice@test.portolan"_s, {u"bob@test.portolan"_s}, u"Test"_s, u"Hello\n.dot\n"_s};
        }
    }
    QVERIFY(c.run());
    QVERIFY2(c.codes() == codes, qPrintable(u"expected %1, got %2\n%3\n%4"_s.arg(
                                     codes.join(u','), c.codes().join(u','), c.transcriptText(),
                                     server.mismatches().join(u'\n'))));
    const bool sawAuth = !server.clientLines().filter(QRegularExpression(u"^AUTH "_s)).isEmpty();
    QCOMPARE(sawAuth, authSent);
    if (codes == QStringList{u"ok"_s}) {
        QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
        if (!login.isEmpty())
            QVERIFY(c.report.authenticated);
    }
    // The transcript shows the mechanism and hides the rest.
    if (authSent && login == "password"_L1 && c.options.mechanism.isEmpty() &&
        script.contains(u"C: AUTH PLAIN "_s))
        QVERIFY(c.transcriptText().contains(u"C: AUTH PLAIN <redacted>"_s));
    verifyNoLeak(c, server);
}

void TestSmtpAuth::messageIsWellFormed()
{
    ScriptedServer server;
    server.addScript(
        starttlsUpTo(u"AUTH PLAIN"_s) +
        u"C: AUTH PLAIN\nS: 235 ok\nC: MAIL FROM:<alice@test.portolan> BODY=8BITMIME\nS: 250 ok\n"
        "C: RCPT TO:<bob@test.portolan>\nS: 250 ok\nC: RCPT TO:<carol@test.portolan>\nS: 250 ok\n"
        "C: DATA\nS: 354 go\nDATA\nS: 250 2.0.0 Ok: queued as ABC123\n"_s +
        Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.credentials = {User, Password, {}};
    c.options.send = true;
    c.options.message = {u"alice@test.portolan"_s,
                         {u"bob@test.portolan"_s, u"carol@test.portolan"_s},
                         u"Prüfung ✓"_s,
                         u"Hello\n.starts with a dot\n..two\nGrüße\n"_s};
    QVERIFY(c.run());
    QVERIFY2(c.codes() == QStringList{u"ok"_s},
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QCOMPARE(c.report.messageReply, u"250 2.0.0 Ok: queued as ABC123"_s);
    QCOMPARE(server.messages().size(), 1);
    const QByteArray wire = server.messages().constFirst();
    // CRLF everywhere, dot-stuffed, headers present, UTF-8 subject encoded.
    QVERIFY(!wire.contains("\r\r") && wire.count('\n') == wire.count("\r\n"));
    for (const char *header :
         {"Date: ", "Message-ID: <", "From: <alice@test.portolan>", "To: <bob@test.portolan>,",
          "Subject: =?UTF-8?B?", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 8bit"})
        QVERIFY2(wire.contains(header), header);
    QVERIFY(wire.contains("\r\n..starts with a dot\r\n...two\r\n"));
    QVERIFY(wire.contains("Gr\xc3\xbc\xc3\x9f"
                          "e\r\n"));
    QVERIFY(c.transcriptText().contains(u"<the test message"_s));
}

void TestSmtpAuth::utf8Message()
{
    // Without 8BITMIME the UTF-8 body goes as quoted-printable; without SMTPUTF8 a UTF-8 address
    // is refused before anything is sent.
    ScriptedServer server;
    server.addScript(
        Greeting + ehloPlain() + StartTls +
        u"C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\nC: AUTH PLAIN\nS: 235 ok\n"
        "C: MAIL FROM:<alice@test.portolan>\nS: 250 ok\nC: RCPT TO:\nS: 250 ok\nC: DATA\nS: 354 go\nDATA\nS: 250 ok\n"_s +
        Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.credentials = {User, Password, {}};
    c.options.send = true;
    c.options.message = {u"alice@test.portolan"_s, {u"bob@test.portolan"_s}, u"Hi"_s, u"Grüße\n"_s};
    QVERIFY(c.run());
    QCOMPARE(c.codes(), QStringList{u"ok"_s});
    const QByteArray wire = server.messages().value(0);
    QVERIFY(wire.contains("Content-Transfer-Encoding: quoted-printable"));
    QVERIFY(wire.contains("Gr=C3=BC=C3=9Fe"));

    ScriptedServer server2;
    server2.addScript(starttlsUpTo(u"AUTH PLAIN"_s) + u"C: AUTH PLAIN\nS: 235 ok\n"_s + Quit);
    CheckRunner c2;
    c2.options.target.port = server2.start();
    c2.options.target.security = Security::StartTls;
    c2.options.credentials = {User, Password, {}};
    c2.options.send = true;
    c2.options.message = {u"alice@test.portolan"_s, {u"bjørn@test.portolan"_s}, u"Hi"_s, u"x"_s};
    QVERIFY(c2.run());
    QCOMPARE(c2.codes(), QStringList{u"sender-rejected"_s});
    QVERIFY(c2.report.find(Code::SenderRejected)->evidence.contains(u"SMTPUTF8"_s));
}

void TestSmtpAuth::scramServerMustProveItself_data()
{
    // RFC 5802 §5's exchange, with the client nonce fixed to the RFC's.
    QTest::addColumn<QString>("ending");
    QTest::addColumn<QStringList>("codes");
    const QString clientFinal = QString::fromLatin1(
        QByteArray(
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
            .toBase64());
    const QString serverFirst = QString::fromLatin1(
        QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
            .toBase64());
    const QString start =
        u"C: AUTH SCRAM-SHA-1 "_s +
        QString::fromLatin1(QByteArray("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL").toBase64()) +
        u"\nS: 334 "_s + serverFirst + u"\nC: "_s + clientFinal + u'\n';
    QTest::newRow("signature as a challenge")
        << start + u"S: 334 "_s +
               QString::fromLatin1(QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").toBase64()) +
               u"\nC: \nS: 235 2.7.0 ok\n"_s
        << QStringList{u"ok"_s};
    QTest::newRow("signature with the 235")
        << start + u"S: 235 2.7.0 "_s +
               QString::fromLatin1(QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=").toBase64()) + u'\n'
        << QStringList{u"ok"_s};
    QTest::newRow("no signature") << start + u"S: 235 2.7.0 Authentication successful\n"_s
                                  << QStringList{u"auth-server-unverified"_s};
    QTest::newRow("wrong signature")
        << start + u"S: 334 "_s +
               QString::fromLatin1(QByteArray("v=AAAApqV8S7suAoZWja4dJRkFsKQ=").toBase64()) +
               u"\nC: *\nS: 501 cancelled\n"_s
        << QStringList{u"auth-server-unverified"_s};
}

void TestSmtpAuth::scramServerMustProveItself()
{
    QFETCH(QString, ending);
    QFETCH(QStringList, codes);
    ScriptedServer server;
    server.addScript(starttlsUpTo(u"AUTH SCRAM-SHA-1"_s) + ending + Quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.credentials = {u"user"_s, u"pencil"_s, {}};
    c.options.saslNonce = "fyko+d2lbbFgONRv9qkxdawL";
    QVERIFY(c.run());
    QVERIFY2(c.codes() == codes, qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText() +
                                            server.mismatches().join(u'\n')));
    QCOMPARE(c.report.authenticated, codes == QStringList{u"ok"_s});
    QVERIFY(server.mismatches().isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpAuth)
#include "tst_smtpauth.moc"
