// portolan-cli against real Dovecot (IMAP, POP3, ManageSieve) from the mailserver fixture: the
// right and the wrong password on each protocol and security mode, LOGINDISABLED before
// STARTTLS, and the settings a mail client needs.
#include "fixturerunner.h"

using namespace Qt::StringLiterals;
using namespace PortolanTest;

class TestDovecot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fx.load(), "the mailserver fixture did not start"); }
    void logins_data();
    void logins();
    void loginDisabledBeforeStartTls_data();
    void loginDisabledBeforeStartTls();

private:
    Fixture m_fx;
};

void TestDovecot::logins_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("portKey");
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("mechanism");
    for (const char *mechanism : {"", "PLAIN", "SCRAM-SHA-256"}) {
        QTest::addRow("imap starttls %s", mechanism)
            << u"imap"_s << u"IMAP_PORT"_s << u"starttls"_s << QString::fromLatin1(mechanism);
        QTest::addRow("imap tls %s", mechanism)
            << u"imap"_s << u"IMAPS_PORT"_s << u"tls"_s << QString::fromLatin1(mechanism);
        QTest::addRow("pop3 starttls %s", mechanism)
            << u"pop3"_s << u"POP3_PORT"_s << u"starttls"_s << QString::fromLatin1(mechanism);
        QTest::addRow("pop3 tls %s", mechanism)
            << u"pop3"_s << u"POP3S_PORT"_s << u"tls"_s << QString::fromLatin1(mechanism);
        QTest::addRow("sieve starttls %s", mechanism)
            << u"sieve"_s << u"SIEVE_PORT"_s << u"starttls"_s << QString::fromLatin1(mechanism);
    }
}

void TestDovecot::logins()
{
    QFETCH(QString, protocol);
    QFETCH(QString, portKey);
    QFETCH(QString, security);
    QFETCH(QString, mechanism);
    QStringList args{m_fx[u"DOVECOT_ADDRESS"_s],
                     u"--protocol"_s,
                     protocol,
                     u"--port"_s,
                     m_fx[portKey],
                     u"--security"_s,
                     security,
                     u"--ca-file"_s,
                     m_fx[u"CA_FILE"_s],
                     u"--servername"_s,
                     u"mail.test"_s,
                     u"--user"_s,
                     m_fx[u"USER"_s],
                     u"--password-env"_s,
                     u"PORTOLAN_TEST_PASSWORD"_s};
    if (!mechanism.isEmpty())
        args << u"--auth"_s << mechanism;

    Run r = runCli(m_fx, args);
    QVERIFY2(r.exitCode == 0 && r.codes() == QStringList{u"ok"_s}, qPrintable(r.all));
    const QJsonObject settings = r.json.value(u"settings"_s).toObject();
    QCOMPARE(settings.value(u"port"_s).toInt(), m_fx[portKey].toInt());
    QCOMPARE(settings.value(u"security"_s).toString(), security);
    QCOMPARE(settings.value(u"username"_s).toString(), m_fx[u"USER"_s]); // the form that worked
    QVERIFY(r.all.contains(u"User name    "_s + m_fx[u"USER"_s]));
    if (!mechanism.isEmpty())
        QCOMPARE(r.json.value(u"auth"_s).toObject().value(u"mechanism"_s).toString(), mechanism);

    if (!mechanism.isEmpty())
        return; // the wrong password once per protocol and mode is enough
    r = runCli(m_fx, args, u"wrong-password"_s);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes() == QStringList{u"auth-failed"_s}, qPrintable(r.all));
    QCOMPARE(r.json.value(u"verdict"_s).toObject().value(u"fault"_s).toString(), u"settings"_s);
}

void TestDovecot::loginDisabledBeforeStartTls_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("portKey");
    QTest::newRow("imap") << u"imap"_s << u"IMAP_PORT"_s;
    QTest::newRow("pop3") << u"pop3"_s << u"POP3_PORT"_s;
    QTest::newRow("sieve") << u"sieve"_s << u"SIEVE_PORT"_s;
}

void TestDovecot::loginDisabledBeforeStartTls()
{
    QFETCH(QString, protocol);
    QFETCH(QString, portKey);
    // Dovecot on 127.0.0.2, connected from 127.0.0.1: it does not take the connection for a
    // secure local one, so before STARTTLS it refuses plaintext logins, and says so.
    const Run r = runCli(m_fx, {m_fx[u"DOVECOT_ADDRESS"_s], u"--protocol"_s, protocol, u"--port"_s,
                                m_fx[portKey], u"--security"_s, u"starttls"_s, u"--ca-file"_s,
                                m_fx[u"CA_FILE"_s], u"--servername"_s, u"mail.test"_s});
    QVERIFY2(r.exitCode == 0 && r.codes() == QStringList{u"ok"_s},
             qPrintable(r.all)); // no auth-cleartext-offered
    QStringList before;
    for (const QJsonValue &v : r.json.value(u"capabilitiesBeforeTls"_s).toArray())
        before << v.toString();
    QStringList after;
    for (const QJsonValue &v : r.json.value(u"capabilities"_s).toArray())
        after << v.toString();
    if (protocol == "imap"_L1) {
        QVERIFY2(before.contains(u"LOGINDISABLED"_s), qPrintable(before.join(u' ')));
        QVERIFY(!after.contains(u"LOGINDISABLED"_s));
        QVERIFY(after.contains(u"AUTH=PLAIN"_s));
        QVERIFY(!before.contains(u"AUTH=PLAIN"_s));
    } else {
        // POP3 and ManageSieve show it by leaving PLAIN/USER out before TLS.
        QVERIFY2(!before.join(u' ').contains(u"PLAIN"_s), qPrintable(before.join(u' ')));
        QVERIFY2(after.join(u' ').contains(u"PLAIN"_s), qPrintable(after.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestDovecot)
#include "tst_dovecot.moc"
