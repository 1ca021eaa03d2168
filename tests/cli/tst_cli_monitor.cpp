// portolan-cli monitor and history as a user or a service runs them: one-line usage errors with
// exit 2, a run against a scripted server that answers 421 for a while (one outage in history,
// its JSON valid against docs/schema/history.schema.json), the config file (no password in it,
// none in the database), SIGTERM (running checks finish, exit 0), and kill -9 followed by a
// restart on the same database (every check it printed is there; PRAGMA integrity_check ok).
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using PortolanTest::ScriptedServer;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"MONITOR_TEST_PASSWORD"_s, u"Mon1tor-Pa55-xyz"_s);
    return env;
}

Run runCli(const QStringList &args, int limitMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(PORTOLAN_CLI), args);
    p.closeWriteChannel();
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !done.wait(limitMs))
        p.kill();
    p.waitForFinished(1000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString Good = u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 SIZE 1000\n"
                     "C: QUIT\nS: 221 bye\nX\n"_s;
const QString Busy = u"S: 421 4.3.2 Service shutting down\nX\n"_s;

QString sqlite(const QString &db, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, sql});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestCliMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void historyUsageErrors();
    void outageInHistory();
    void configFileAndSecrets();
    void sigtermFinishesAndExitsZero();
    void killNineAndRestart();

private:
    void validate(const QString &json);
    QTemporaryDir m_dir;
};

void TestCliMonitor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile config(m_dir.filePath(u"password.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"targets": [{"target": "smtp://mail.example.org", "user": "u",
                     "password": "hunter2"}]})");
    config.close();
    QFile unknown(m_dir.filePath(u"unknown.json"_s));
    QVERIFY(unknown.open(QIODevice::WriteOnly));
    unknown.write(R"({"targets": [{"target": "smtp://mail.example.org", "intervall": 5}]})");
    unknown.close();
    QFile broken(m_dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"targets\": [\n    {\"target\": \"x.example\",}\n  ]\n}\n");
    broken.close();
    QFile junk(m_dir.filePath(u"junk.sqlite"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
}

void TestCliMonitor::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString db = m_dir.filePath(u"usage.sqlite"_s);
    QTest::newRow("no target") << QStringList{u"monitor"_s} << u"needs a target"_s;
    QTest::newRow("every 0") << QStringList{u"monitor"_s, u"mail.example.org"_s, u"--every"_s,
                                            u"0"_s}
                             << u"--every must be"_s;
    QTest::newRow("recheck words")
        << QStringList{u"monitor"_s, u"mail.example.org"_s, u"--recheck"_s, u"soon"_s}
        << u"--recheck must be"_s;
    QTest::newRow("for nonsense") << QStringList{u"monitor"_s, u"mail.example.org"_s, u"--for"_s,
                                                 u"a while"_s}
                                  << u"--for must be a duration"_s;
    QTest::newRow("bad protocol") << QStringList{u"monitor"_s, u"gopher://mail.example.org"_s}
                                  << u"smtp, imap, pop3 or sieve"_s;
    QTest::newRow("bad port") << QStringList{u"monitor"_s, u"mail.example.org:70000"_s}
                              << u"from 1 to 65535"_s;
    QTest::newRow("twice") << QStringList{u"monitor"_s, u"a.example"_s, u"smtp://a.example:587"_s,
                                          u"--db"_s, db}
                           << u"is given twice"_s;
    QTest::newRow("password argument")
        << QStringList{u"monitor"_s, u"a.example"_s, u"--password=x"_s} << u"never taken"_s;
    QTest::newRow("unreadable config")
        << QStringList{u"monitor"_s, u"--config"_s, m_dir.filePath(u"missing.json"_s)}
        << u"cannot read the config file"_s;
    QTest::newRow("password in config")
        << QStringList{u"monitor"_s, u"--config"_s, m_dir.filePath(u"password.json"_s)}
        << u"a password never goes into the config file"_s;
    QTest::newRow("unknown field")
        << QStringList{u"monitor"_s, u"--config"_s, m_dir.filePath(u"unknown.json"_s)}
        << u"unknown field \"intervall\""_s;
    QTest::newRow("broken json") << QStringList{u"monitor"_s, u"--config"_s,
                                                m_dir.filePath(u"broken.json"_s)}
                                 << u", line 3"_s;
    QTest::newRow("database cannot open")
        << QStringList{u"monitor"_s, u"a.example"_s, u"--db"_s, u"/proc/no/such/h.sqlite"_s}
        << u"cannot open /proc/no/such/h.sqlite"_s;
    QTest::newRow("database is junk")
        << QStringList{u"monitor"_s, u"a.example"_s, u"--db"_s, m_dir.filePath(u"junk.sqlite"_s)}
        << u"cannot open "_s;
    QTest::newRow("metrics address")
        << QStringList{u"monitor"_s, u"a.example"_s, u"--db"_s, db, u"--metrics"_s, u"nine"_s}
        << u"--metrics 'nine'"_s;
}

void TestCliMonitor::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(u"portolan-cli: "_s) && r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 2); // the error and where to find help
    QVERIFY(r.out.isEmpty());
}

void TestCliMonitor::historyUsageErrors()
{
    Run r = runCli({u"history"_s, u"--db"_s, m_dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no history at"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s))); // looking creates nothing
    r = runCli({u"history"_s, u"--since"_s, u"yesterday-ish"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--since must be"_s));
    r = runCli({u"history"_s, u"--report"_s, u"x.pdf"_s});
    QCOMPARE(r.exitCode, 2);
    r = runCli({u"history"_s, u"--db"_s, m_dir.filePath(u"junk.sqlite"_s)});
    QCOMPARE(r.exitCode, 2);
}

void TestCliMonitor::validate(const QString &json)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import json, sys, jsonschema\n"
              "schema = json.load(open(sys.argv[1]))\n"
              "jsonschema.Draft202012Validator.check_schema(schema)\n"
              "jsonschema.Draft202012Validator(schema).validate(json.load(sys.stdin))\n"_s,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/history.schema.json"_s});
    py.write(json.toUtf8());
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(30000));
    QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
}

void TestCliMonitor::outageInHistory()
{
    // Passes, then answers 421 twice (the service shutting down), then passes again.
    ScriptedServer server;
    server.addScript(Good);
    server.addScript(Busy);
    server.addScript(Busy);
    server.addScript(Good);
    const quint16 port = server.start();
    QVERIFY(port);
    const QString db = m_dir.filePath(u"outage.sqlite"_s);
    const QString target = u"smtp://127.0.0.1:%1"_s.arg(port);
    const Run run = runCli({u"monitor"_s, u"127.0.0.1:%1"_s.arg(port), u"--security"_s, u"none"_s,
                            u"--every"_s, u"2"_s, u"--recheck"_s, u"1"_s, u"--for"_s, u"7s"_s,
                            u"--db"_s, db, u"--timeout"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"outage began: server-busy on 127.0.0.1"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"outage ended after"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"FAILED  server-busy (greeting)"_s));

    Run h = runCli({u"history"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(h.exitCode, 0);
    validate(h.out);
    const QJsonObject json = QJsonDocument::fromJson(h.out.toUtf8()).object();
    const QJsonArray targets = json[u"targets"_s].toArray();
    QCOMPARE(targets.size(), 1);
    const QJsonObject t = targets[0].toObject();
    QCOMPARE(t[u"target"_s].toString(), target);
    QVERIFY(t[u"checks"_s].toInt() >= 4);
    QCOMPARE(t[u"failures"_s].toInt(), 2);
    const QJsonArray outages = t[u"outages"_s].toArray();
    QCOMPARE(outages.size(), 1);
    const QJsonObject o = outages[0].toObject();
    QCOMPARE(o[u"codes"_s].toArray(), QJsonArray{u"server-busy"_s});
    QCOMPARE(o[u"phases"_s].toArray(), QJsonArray{u"greeting"_s});
    QCOMPARE(o[u"addresses"_s].toArray(), QJsonArray{u"127.0.0.1"_s});
    QVERIFY(o[u"end"_s].isString());
    // Two rechecks a second apart: the outage lasted about two seconds, not an interval.
    QVERIFY2(o[u"seconds"_s].toInt() >= 1 && o[u"seconds"_s].toInt() <= 4,
             qPrintable(QString::number(o[u"seconds"_s].toInt())));

    // The text, the target chosen by host, and the report files.
    h = runCli({u"history"_s, u"--db"_s, db, u"127.0.0.1"_s, u"--report"_s,
                m_dir.filePath(u"history.md"_s)});
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.contains(u"1 outage:"_s), qPrintable(h.out));
    QVERIFY(h.out.contains(u"One outage, from "_s));
    QVERIFY(h.out.contains(u"An app that sends through it must retry or queue."_s));
    QFile md(m_dir.filePath(u"history.md"_s));
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().contains("server-busy"));
    h = runCli({u"history"_s, u"--db"_s, db, u"imap://127.0.0.1"_s});
    QCOMPARE(h.exitCode, 2);
    QVERIFY(h.err.contains(u"no checks of imap://127.0.0.1"_s));
    QVERIFY(t[u"rolledUp"_s].isNull());
    // Checks past the retention live on in their hourly roll-ups.
    sqlite(db, u"INSERT INTO rollup_hourly VALUES ('%1', 1699999200000, 60, 5, 6000, 300)"_s.arg(
                   target));
    h = runCli({u"history"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(h.exitCode, 0);
    validate(h.out);
    const QJsonObject older = QJsonDocument::fromJson(h.out.toUtf8())
                                  .object()[u"targets"_s]
                                  .toArray()[0]
                                  .toObject()[u"rolledUp"_s]
                                  .toObject();
    QCOMPARE(older[u"checks"_s].toInt(), 60);
    QCOMPARE(older[u"failures"_s].toInt(), 5);
    QCOMPARE(older[u"from"_s].toString(), u"2023-11-14T22:00:00Z"_s);
    h = runCli({u"history"_s, u"--db"_s, db});
    QVERIFY2(h.out.contains(u"before the checks kept (hourly roll-ups): 60 checks, 5 failed"_s),
             qPrintable(h.out));
    // --since after everything: the target has no checks then.
    h = runCli({u"history"_s, u"--db"_s, db, u"--since"_s, u"2999-01-01"_s, u"--json"_s});
    QCOMPARE(h.exitCode, 0);
    validate(h.out);
}

void TestCliMonitor::configFileAndSecrets()
{
    // Two targets from a config file, one logging in with a password named by its environment
    // variable: the password reaches the server and never the database.
    const QString auth = u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"
                         "C: AUTH PLAIN\nS: 235 ok\nC: QUIT\nS: 221 bye\nX\n"_s;
    ScriptedServer server;
    server.addScript(auth);
    const quint16 port = server.start();
    QVERIFY(port);
    const QString db = m_dir.filePath(u"config.sqlite"_s);
    QFile config(m_dir.filePath(u"monitor.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(uR"({
  "every": "1m",
  "recheck": 1,
  "db": "%1",
  "targets": [
    {"target": "smtp://127.0.0.1:%2", "security": "none", "user": "monitor@test",
     "passwordEnv": "MONITOR_TEST_PASSWORD", "timeout": 3},
    {"host": "127.0.0.1", "port": %2, "protocol": "smtp", "security": "none",
     "name": "second", "login": false}
  ]
})"_s.arg(db)
                     .arg(port)
                     .toUtf8());
    config.close();
    const Run run = runCli({u"monitor"_s, u"--config"_s, config.fileName(), u"--for"_s, u"2s"_s,
                            u"--allow-cleartext-auth"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"watching smtp://127.0.0.1:%1, second"_s.arg(port)),
             qPrintable(run.err));
    const QString lines = server.clientLines().join(u'\n');
    QVERIFY2(lines.contains(u"AUTH PLAIN"_s), qPrintable(lines));
    QCOMPARE(sqlite(db, u"SELECT COUNT(*) FROM checks WHERE login = 1"_s), u"1"_s);
    QCOMPARE(sqlite(db, u"SELECT COUNT(*) FROM checks WHERE target = 'second'"_s), u"1"_s);
    QByteArray bytes;
    for (const QString &file : QDir(m_dir.path()).entryList({u"config.sqlite*"_s})) {
        QFile f(m_dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    // The reports are stored compressed (qCompress: a 4-byte length, then zlib): look inside.
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s,
                            u"import sqlite3, sys, zlib\n"
                            "for (r,) in sqlite3.connect(sys.argv[1]).execute('SELECT report FROM "
                            "checks'):\n"
                            "    print(zlib.decompress(r[4:]).decode() if isinstance(r, bytes) "
                            "else r)\n"_s,
                            db});
    QVERIFY(py.waitForFinished(30000));
    const QByteArray reports = py.readAllStandardOutput();
    QVERIFY2(reports.contains("\"username\":\"monitor@test\""), reports.constData());
    QVERIFY(!reports.contains("Mon1tor-Pa55-xyz"));
    QVERIFY(bytes.contains("smtp://127.0.0.1"));
    QVERIFY(!bytes.contains("Mon1tor-Pa55-xyz"));
    QVERIFY(!bytes.contains(QByteArray("\0monitor@test\0Mon1tor-Pa55-xyz", 30).toBase64()));
}

void TestCliMonitor::sigtermFinishesAndExitsZero()
{
    ScriptedServer server;
    // The second connection greets only after two seconds: SIGTERM comes while it runs.
    server.addScript(Good);
    server.addScript(u"W: 2000\n"_s + Good);
    const quint16 port = server.start();
    QVERIFY(port);
    const QString db = m_dir.filePath(u"sigterm.sqlite"_s);
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(PORTOLAN_CLI),
            {u"monitor"_s, u"127.0.0.1:%1"_s.arg(port), u"--security"_s, u"none"_s, u"--every"_s,
             u"1"_s, u"--db"_s, db, u"--timeout"_s, u"5"_s});
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 2, 15000);
    p.terminate();
    QSignalSpy done(&p, &QProcess::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(out.count(u"  ok  "_s), 2); // the running check finished ...
    QCOMPARE(sqlite(db, u"SELECT COUNT(*) FROM checks"_s), u"2"_s); // ... and is stored
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"stopping"_s));
}

void TestCliMonitor::killNineAndRestart()
{
    ScriptedServer server;
    server.addScript(Good);
    const quint16 port = server.start();
    QVERIFY(port);
    const QString db = m_dir.filePath(u"kill.sqlite"_s);
    QStringList args;
    // Many targets at once (the same server under several names), so writes are frequent.
    args << u"monitor"_s << u"--every"_s << u"1"_s << u"--security"_s << u"none"_s << u"--db"_s
         << db;
    for (const QString &protocol : {u"smtp"_s}) {
        for (int i = 0; i < 6; ++i) {
            // Distinct names for one server: 127.0.0.1 .. 127.0.0.6 are all loopback, but only
            // 127.0.0.1 listens: the others fail with a refused connection, which is stored too.
            args << u"%1://127.0.0.%2:%3"_s.arg(protocol).arg(i + 1).arg(port);
        }
    }
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(PORTOLAN_CLI), args);
    QString out;
    auto checksPrinted = [&out] {
        return int(out.count(u"  ok  "_s) + out.count(u"  FAILED  "_s));
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(p.readAllStandardOutput()), checksPrinted() >= 20), 20000);
    p.kill(); // SIGKILL, mid-run
    p.waitForFinished(5000);
    out += QString::fromUtf8(p.readAllStandardOutput());
    const int printed = checksPrinted();
    QVERIFY2(printed >= 20, qPrintable(out));
    QCOMPARE(sqlite(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    // Every check it printed was committed before it was printed.
    const int stored = sqlite(db, u"SELECT COUNT(*) FROM checks"_s).toInt();
    QVERIFY2(stored >= printed, qPrintable(u"%1 stored, %2 printed"_s.arg(stored).arg(printed)));
    // A restart on the same database carries on.
    QStringList again = args;
    again << u"--for"_s << u"2s"_s;
    const Run r = runCli(again);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(sqlite(db, u"SELECT COUNT(*) FROM checks"_s).toInt() > stored);
    QCOMPARE(sqlite(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    const Run h = runCli({u"history"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(h.exitCode, 0);
    validate(h.out);
}

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_cli_monitor.moc"
