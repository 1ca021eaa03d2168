// The support thread's case with real servers: a monitor watches the fixture's Postfix (SMTP
// submission over implicit TLS) and Dovecot (IMAPS) while Postfix is stopped for a few seconds
// and started again, as a nightly backup does. `history` then shows exactly one outage, of the
// SMTP target only, with the code connection-refused, its start within the recheck interval
// (plus one check) of the stop and its end within the same of the start.
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> loadFixture()
{
    QHash<QString, QString> env;
    QFile f(QStringLiteral(PORTOLAN_MAILSERVER_STATE) + u"/fixture.env"_s);
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

bool postfix(const QString &action)
{
    QProcess p;
    p.start(u"postfix"_s,
            {u"-c"_s, QStringLiteral(PORTOLAN_MAILSERVER_STATE) + u"/postfix"_s, action});
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

bool listening(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, port);
    const bool up = s.waitForConnected(300);
    s.abort();
    return up;
}

} // namespace

class TestMonitorFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postfixStoppedAndStarted();
};

void TestMonitorFixture::postfixStoppedAndStarted()
{
    const QHash<QString, QString> fx = loadFixture();
    QVERIFY2(fx.contains(u"SUBMISSIONS_PORT"_s), "the mailserver fixture is not running");
    const quint16 smtpPort = quint16(fx[u"SUBMISSIONS_PORT"_s].toUInt());
    const QString smtp = u"smtp://127.0.0.1:%1"_s.arg(smtpPort);
    const QString imap = u"imap://127.0.0.2:%1"_s.arg(fx[u"IMAPS_PORT"_s]);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);

    QProcess monitor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s);
    monitor.setProcessEnvironment(env);
    // The targets from a config file, as the systemd unit runs it: Dovecot's certificate
    // names mail.test, not its address.
    const QString ca = QStringLiteral(PORTOLAN_TEST_CERTS_DIR) + u"/ca.pem"_s;
    QFile config(dir.filePath(u"monitor.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(uR"({"every": 60, "db": "%1", "targets": [
        {"target": "%2", "security": "tls", "caFile": "%3", "timeout": 5},
        {"protocol": "imap", "host": "127.0.0.2", "port": %4, "security": "tls",
         "serverName": "mail.test", "caFile": "%3", "timeout": 5}]})"_s
                     .arg(db, smtp, ca, fx[u"IMAPS_PORT"_s])
                     .toUtf8());
    config.close();
    monitor.start(QStringLiteral(PORTOLAN_CLI), {u"monitor"_s, u"--config"_s, config.fileName(),
                                                 u"--every"_s, u"1"_s, u"--recheck"_s, u"1"_s});
    QString out;
    auto read = [&] {
        out += QString::fromUtf8(monitor.readAllStandardOutput());
        return out;
    };
    // Both pass before the "backup" begins.
    QTRY_VERIFY_WITH_TIMEOUT(read().count(smtp + u"  127.0.0.1  ok"_s) >= 2 &&
                                 out.count(imap + u"  127.0.0.2  ok"_s) >= 2,
                             30000);

    const QDateTime stopped = QDateTime::currentDateTimeUtc();
    QVERIFY(postfix(u"stop"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!listening(smtpPort), 10000);
    QTest::qWait(3000); // the backup runs
    QVERIFY(postfix(u"start"_s));
    QTRY_VERIFY_WITH_TIMEOUT(listening(smtpPort), 30000);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QTRY_VERIFY_WITH_TIMEOUT(read().contains(smtp + u"  outage ended"_s), 30000);

    monitor.terminate();
    QSignalSpy done(&monitor, &QProcess::finished);
    QVERIFY(monitor.state() == QProcess::NotRunning || done.wait(20000));
    QCOMPARE(monitor.exitStatus(), QProcess::NormalExit);
    QCOMPARE(monitor.exitCode(), 0);
    read();
    QVERIFY2(out.contains(smtp + u"  outage began: connection-refused on 127.0.0.1"_s),
             qPrintable(out));

    QProcess history;
    history.start(QStringLiteral(PORTOLAN_CLI), {u"history"_s, u"--db"_s, db, u"--json"_s});
    QVERIFY(history.waitForFinished(30000));
    QCOMPARE(history.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(history.readAllStandardOutput()).object();
    QHash<QString, QJsonObject> targets;
    for (const QJsonValue &t : json[u"targets"_s].toArray())
        targets.insert(t[u"target"_s].toString(), t.toObject());
    QVERIFY(targets.contains(smtp));
    QVERIFY(targets.contains(imap));
    QCOMPARE(targets[imap][u"outages"_s].toArray().size(), 0); // Dovecot ran on
    const QJsonArray outages = targets[smtp][u"outages"_s].toArray();
    QCOMPARE(outages.size(), 1);
    const QJsonObject o = outages[0].toObject();
    QCOMPARE(o[u"codes"_s].toArray().first().toString(), u"connection-refused"_s);
    QCOMPARE(o[u"phases"_s].toArray().first().toString(), u"connect"_s);
    QCOMPARE(o[u"addresses"_s].toArray(), QJsonArray{u"127.0.0.1"_s});
    const QDateTime start = QDateTime::fromString(o[u"start"_s].toString(), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(o[u"end"_s].toString(), Qt::ISODate);
    QVERIFY(start.isValid() && end.isValid());
    // Times are stored to the second: a second of rounding either way, plus the recheck interval
    // and one check.
    const qint64 lateStart = stopped.secsTo(start);
    const qint64 lateEnd = started.secsTo(end);
    QVERIFY2(lateStart >= -1 && lateStart <= 3, qPrintable(QString::number(lateStart)));
    QVERIFY2(lateEnd >= -1 && lateEnd <= 3, qPrintable(QString::number(lateEnd)));
    QVERIFY(o[u"seconds"_s].toInt() >= 3);
    QVERIFY(targets[smtp][u"certNotAfter"_s].isString());
    QVERIFY(targets[smtp][u"reading"_s].toString().contains(u"a refused connection"_s));
}

QTEST_GUILESS_MAIN(TestMonitorFixture)
#include "tst_monitor_fixture.moc"
