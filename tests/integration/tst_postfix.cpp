// portolan-cli against real Postfix (with Dovecot SASL) started by the mailserver fixture
// (tests/fixtures/mailserver.sh): login, the test message, the refusals, the cleartext port.
// Every run has the transcript on and its whole output is searched for the password.
#include "fixturerunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace PortolanTest;

class TestPostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loginAndSendStartTls();
    void loginImplicitTlsEveryMechanism_data();
    void loginImplicitTlsEveryMechanism();
    void wrongPassword();
    void noLoginIsAuthRequired();
    void relayDenied();
    void unknownRecipient();
    void cleartextPortIsRefusedThenOverridden();
    void scanRanksTheFixturePorts();
    void tlsDetail();
    void cleartextPortWords();

private:
    Run run(const QStringList &args, const QString &password = {});
    QStringList tls(const QString &portKey) const
    {
        return {u"127.0.0.1"_s,     u"--port"_s,       m_fx[portKey], u"--ca-file"_s,
                m_fx[u"CA_FILE"_s], u"--servername"_s, u"mail.test"_s};
    }
    QStringList login() const
    {
        return {u"--user"_s, m_fx[u"USER"_s], u"--password-env"_s, u"PORTOLAN_TEST_PASSWORD"_s};
    }
    Fixture m_fx;
};

void TestPostfix::initTestCase()
{
    QVERIFY2(m_fx.load(),
             "the mailserver fixture did not start (see the mailserver_start test's output)");
}

Run TestPostfix::run(const QStringList &args, const QString &password)
{
    return runCli(m_fx, args, password);
}

static QString findMessage(const QString &mailDir, const QString &token)
{
    for (int i = 0; i < 50; ++i) {
        QDirIterator it(mailDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().contains(u"/new/"_s) && f.open(QIODevice::ReadOnly)) {
                const QString text = QString::fromUtf8(f.readAll());
                if (text.contains(token))
                    return text;
            }
        }
        QTest::qWait(100);
    }
    return {};
}

void TestPostfix::loginAndSendStartTls()
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run r =
        run(tls(u"SUBMISSION_PORT"_s) + login() +
            QStringList{u"--security"_s, u"starttls"_s, u"--send"_s, u"--from"_s, m_fx[u"USER"_s],
                        u"--to"_s, m_fx[u"RECIPIENT"_s], u"--subject"_s, u"Portolan "_s + token});
    QVERIFY2(r.exitCode == 0 && r.codes() == QStringList{u"ok"_s}, qPrintable(r.all));
    QVERIFY(r.json.value(u"auth"_s).toObject().value(u"authenticated"_s).toBool());
    QCOMPARE(r.json.value(u"auth"_s).toObject().value(u"mechanism"_s).toString(),
             u"SCRAM-SHA-256"_s);
    QVERIFY(r.json.value(u"message"_s).toObject().value(u"accepted"_s).toBool());
    QVERIFY(r.all.contains(u"C: AUTH SCRAM-SHA-256 <redacted>"_s));
    const QString delivered = findMessage(m_fx[u"MAIL_DIR"_s] + u"/bob"_s, token);
    QVERIFY2(!delivered.isEmpty(), "the test message did not arrive in bob's maildir");
    QVERIFY(delivered.contains(u"with ESMTPSA"_s)); // authenticated submission over TLS
}

void TestPostfix::loginImplicitTlsEveryMechanism_data()
{
    QTest::addColumn<QString>("mechanism");
    for (const char *m : {"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestPostfix::loginImplicitTlsEveryMechanism()
{
    QFETCH(QString, mechanism);
    const Run r = run(tls(u"SUBMISSIONS_PORT"_s) + login() +
                      QStringList{u"--security"_s, u"tls"_s, u"--auth"_s, mechanism});
    QVERIFY2(r.exitCode == 0 && r.codes() == QStringList{u"ok"_s}, qPrintable(r.all));
    QCOMPARE(r.json.value(u"auth"_s).toObject().value(u"mechanism"_s).toString(), mechanism);
    QCOMPARE(r.json.value(u"security"_s).toString(), u"tls"_s);
}

void TestPostfix::wrongPassword()
{
    const Run r = run(tls(u"SUBMISSION_PORT"_s) + login(), u"not-the-password"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes() == QStringList{u"auth-failed"_s}, qPrintable(r.all));
    QCOMPARE(r.json.value(u"verdict"_s).toObject().value(u"fault"_s).toString(), u"settings"_s);
    QVERIFY(r.json.value(u"diagnoses"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"evidence"_s)
                .toString()
                .contains(u"5.7.8"_s));
}

void TestPostfix::noLoginIsAuthRequired()
{
    const Run r =
        run(tls(u"SUBMISSION_PORT"_s) + QStringList{u"--send"_s, u"--from"_s, m_fx[u"USER"_s],
                                                    u"--to"_s, m_fx[u"RECIPIENT"_s]});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes() == QStringList{u"auth-required"_s}, qPrintable(r.all));
}

void TestPostfix::relayDenied()
{
    const Run r = run(tls(u"MX_PORT"_s) + QStringList{u"--send"_s, u"--from"_s, m_fx[u"USER"_s],
                                                      u"--to"_s, u"someone@example.com"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes() == QStringList{u"relay-denied"_s}, qPrintable(r.all));
}

void TestPostfix::unknownRecipient()
{
    const Run r = run(tls(u"MX_PORT"_s) + QStringList{u"--send"_s, u"--from"_s, m_fx[u"USER"_s],
                                                      u"--to"_s, u"nobody@test.portolan"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes() == QStringList{u"recipient-rejected"_s}, qPrintable(r.all));
    QVERIFY(r.all.contains(u"the mailbox does not exist"_s));
}

void TestPostfix::cleartextPortIsRefusedThenOverridden()
{
    const QStringList base{u"127.0.0.1"_s, u"--port"_s, m_fx[u"CLEARTEXT_PORT"_s], u"--security"_s,
                           u"none"_s};
    Run r = run(base + login());
    QCOMPARE(r.exitCode, 1);
    // Issue 11 §3: this port offers no STARTTLS, so the verdict says that and names what can
    // work (SSL/TLS on 465, or the admin enabling TLS), not "use STARTTLS".
    QVERIFY2(r.codes() == (QStringList{u"auth-cleartext-offered"_s, u"starttls-not-offered"_s,
                                       u"credentials-withheld"_s}),
             qPrintable(r.all));
    QCOMPARE(r.json.value(u"verdict"_s).toObject().value(u"code"_s).toString(),
             u"starttls-not-offered"_s);
    const QString summary = r.json.value(u"verdict"_s).toObject().value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"port 465"_s) && !summary.contains(u"or STARTTLS"_s),
             qPrintable(summary));
    QVERIFY2(!r.all.contains(u"C: AUTH"_s), "no AUTH may be sent without TLS");
    r = run(base + login() + QStringList{u"--allow-cleartext-auth"_s});
    QCOMPARE(r.exitCode, 0); // it works, with warnings
    QVERIFY2(r.codes() ==
                 (QStringList{u"auth-cleartext-offered"_s, u"credentials-sent-insecurely"_s}),
             qPrintable(r.all));
    QCOMPARE(r.json.value(u"result"_s).toString(), u"warning"_s);
    QVERIFY(r.json.value(u"auth"_s).toObject().value(u"authenticated"_s).toBool());
}

void TestPostfix::scanRanksTheFixturePorts()
{
    // The submission ports, a closed port and a port that drops connection attempts (a
    // listening socket whose accept queue is full), scanned at once.
    const int drop = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(drop, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    QCOMPARE(::listen(drop, 0), 0);
    socklen_t len = sizeof a;
    ::getsockname(drop, reinterpret_cast<sockaddr *>(&a), &len);
    const QString dropPort = QString::number(ntohs(a.sin_port));
    QList<int> fillers;
    for (int i = 0; i < 3; ++i) {
        fillers << ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(fillers.last(), reinterpret_cast<sockaddr *>(&a), sizeof a);
    }
    QTest::qWait(200);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORTOLAN_TEST_PASSWORD"_s, m_fx[u"PASSWORD"_s]);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PORTOLAN_CLI),
            {u"scan"_s, u"127.0.0.1"_s, u"--ports"_s,
             u"smtp:%1,smtp:%2,smtp:1,smtp:%3"_s.arg(m_fx[u"SUBMISSION_PORT"_s],
                                                     m_fx[u"SUBMISSIONS_PORT"_s], dropPort),
             u"--ca-file"_s, m_fx[u"CA_FILE"_s], u"--servername"_s, u"mail.test"_s, u"--user"_s,
             m_fx[u"USER"_s], u"--password-env"_s, u"PORTOLAN_TEST_PASSWORD"_s, u"--timeout"_s,
             u"2"_s, u"--json"_s});
    QVERIFY(p.waitForFinished(60000));
    for (int f : std::as_const(fillers))
        ::close(f);
    ::close(drop);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, (p.readAllStandardError() + out).constData());
    const QJsonObject scan = QJsonDocument::fromJson(out).object();
    const QJsonObject send =
        scan.value(u"recommendation"_s).toObject().value(u"sending"_s).toObject();
    QCOMPARE(send.value(u"port"_s).toInt(), m_fx[u"SUBMISSIONS_PORT"_s].toInt()); // SSL/TLS first
    QCOMPARE(send.value(u"security"_s).toString(), u"tls"_s);
    QHash<int, QString> firstError;
    for (const QJsonValue &v : scan.value(u"ports"_s).toArray()) {
        const QJsonObject port = v.toObject();
        for (const QJsonValue &d :
             port.value(u"report"_s).toObject().value(u"diagnoses"_s).toArray()) {
            if (d.toObject().value(u"severity"_s).toString() == "error"_L1 &&
                !firstError.contains(port.value(u"port"_s).toInt()))
                firstError.insert(port.value(u"port"_s).toInt(),
                                  d.toObject().value(u"code"_s).toString());
        }
    }
    QCOMPARE(firstError.value(1), u"connection-refused"_s);
    QCOMPARE(firstError.value(dropPort.toInt()), u"connection-timeout"_s);
    QVERIFY(!firstError.contains(m_fx[u"SUBMISSION_PORT"_s].toInt()));
    // The TLS detail is always there in a scan: the submissions port is TLS 1.2+ only.
    for (const QJsonValue &v : scan.value(u"ports"_s).toArray()) {
        const QJsonObject port = v.toObject();
        if (port.value(u"port"_s).toInt() != m_fx[u"SUBMISSIONS_PORT"_s].toInt())
            continue;
        const QJsonArray versions = port.value(u"report"_s)
                                        .toObject()
                                        .value(u"tls"_s)
                                        .toObject()
                                        .value(u"versions"_s)
                                        .toArray();
        QCOMPARE(versions.size(), 4);
        QStringList accepted;
        for (const QJsonValue &version : versions) {
            if (version.toObject().value(u"accepted"_s).toBool())
                accepted << version.toObject().value(u"version"_s).toString();
        }
        QCOMPARE(accepted, (QStringList{u"TLSv1.2"_s, u"TLSv1.3"_s}));
    }
}

void TestPostfix::tlsDetail()
{
    // Port 587's Postfix keeps its defaults (TLS 1.0 and up); the submissions port is set to
    // `>=TLSv1.2`. The detail tells them apart; neither check fails for it.
    const Run modern = run(tls(u"SUBMISSIONS_PORT"_s) + QStringList{u"--tls-detail"_s});
    QVERIFY2(modern.exitCode == 0 && modern.codes() == QStringList{u"ok"_s},
             qPrintable(modern.all));
    QStringList accepted;
    for (const QJsonValue &v : modern.json[u"tls"_s][u"versions"_s].toArray()) {
        if (v[u"accepted"_s].toBool())
            accepted << v[u"version"_s].toString();
    }
    QCOMPARE(accepted, (QStringList{u"TLSv1.2"_s, u"TLSv1.3"_s}));
    QCOMPARE(modern.json[u"tls"_s][u"ocsp"_s][u"status"_s].toString(), u"not stapled"_s);
    QVERIFY(modern.all.contains(u"TLS versions"_s));

    const Run old = run(tls(u"SUBMISSION_PORT"_s) +
                        QStringList{u"--security"_s, u"starttls"_s, u"--tls-detail"_s});
    QVERIFY2(old.exitCode == 0, qPrintable(old.all));
    QVERIFY2(old.codes().contains(u"tls-old-versions-accepted"_s), qPrintable(old.all));
    QVERIFY(old.json[u"tls"_s][u"versions"_s][0][u"accepted"_s].toBool());
    QCOMPARE(old.json[u"tls"_s][u"versions"_s][0][u"version"_s].toString(), u"TLSv1.0"_s);
}

void TestPostfix::cleartextPortWords()
{
    // Issue 12 §1-§3 on the real cleartext port: no TLS-version verdict made of a warning, the
    // admin hints name the checked address, the advice is SMTP's.
    const QString port = m_fx[u"CLEARTEXT_PORT"_s];
    QTemporaryDir dir;
    const QString ticket = dir.filePath(u"ticket.md"_s);
    const Run r = run(
        QStringList{u"127.0.0.1"_s, u"--port"_s, port, u"--tls-detail"_s, u"--report"_s, ticket} +
        login());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.all.contains(u"not accepted (before TLS"_s), qPrintable(r.all));
    QVERIFY2(r.all.contains(u"port 465 with SSL/TLS or port 587 with STARTTLS"_s),
             qPrintable(r.all));
    QVERIFY(!r.all.contains(u"HOST:PORT"_s));
    QVERIFY2(!r.json.value(u"tls"_s).toObject().contains(u"versions"_s), qPrintable(r.all));
    // The ticket's problems by severity: the error before the warning found before it.
    QFile f(ticket);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(f.readAll());
    const qsizetype error = md.indexOf(u"starttls-not-offered (error)"_s);
    const qsizetype warning = md.indexOf(u"auth-cleartext-offered (warning)"_s);
    QVERIFY2(error > 0 && warning > error, qPrintable(md));
    QVERIFY(!md.contains(u"not accepted (before TLS"_s));
}

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
