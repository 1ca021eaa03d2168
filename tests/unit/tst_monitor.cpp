// The monitor's engine: outages, events and the pattern's reading from records; the history
// store (round trip, WAL, migrations, retention, no secrets); the scheduler on a ManualClock
// (interval, recheck after a failure, login every Nth check, the outage signals, stop) with a
// scripted prober and with real checks of a scripted server that answers 421, drops and
// refuses for a while.
#include "monitor/analysis.h"
#include "monitor/historystore.h"
#include "monitor/metricshook.h"
#include "monitor/monitortarget.h"
#include "monitor/scheduler.h"
#include "report/reader.h"
#include "report/writers.h"
#include "scriptedserver.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace Portolan {
inline char *toString(Code code)
{
    return qstrdup(codeName(code).data());
}
} // namespace Portolan

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);

CheckRecord rec(const QDateTime &t, bool passed, Code code = Code::Ok,
                const QString &address = u"192.0.2.1"_s,
                std::optional<PhaseId> phase = std::nullopt)
{
    if (!passed && code == Code::Ok)
        code = Code::ConnectionRefused;
    CheckRecord r;
    r.target = u"smtp://mail.example.org:465"_s;
    r.protocol = Protocol::Smtp;
    r.host = u"mail.example.org"_s;
    r.port = 465;
    r.security = Security::Tls;
    r.effectiveSecurity = Security::Tls;
    r.address = address;
    r.time = t;
    r.passed = passed;
    r.result = passed ? Severity::Ok : Severity::Error;
    r.fault = passed ? Fault::None : Fault::Server;
    r.verdictCode = code;
    r.codes = {code};
    if (!passed)
        r.failedPhase = phase.value_or(PhaseId::Connect);
    r.durationMs = 42;
    r.phases = {{PhaseId::Resolve, 1}, {PhaseId::Connect, 3}, {PhaseId::TlsHandshake, 20}};
    if (passed) {
        r.tlsVersion = u"TLSv1.3"_s;
        r.certNotAfter = QDateTime(QDate(2027, 1, 31), QTime(12, 0), Qt::UTC);
        r.certSha256 = u"aa11"_s;
        r.greeting = u"220 mail.example.org ESMTP Postfix"_s;
        r.capabilities = {u"PIPELINING"_s, u"SIZE 10240000"_s, u"AUTH PLAIN LOGIN"_s};
    }
    return r;
}

// A prober that answers from a list, one round per call, on the next turn of the event loop.
struct ScriptedProber
{
    QList<QList<AddressReport>> rounds;
    QList<bool> withLogin; // whether each call carried credentials
    MonitorScheduler::Prober prober()
    {
        return [this](const MonitorTarget &t, QObject *context,
                      std::function<void(const QList<AddressReport> &)> done) {
            withLogin << !t.check.credentials.password.isEmpty();
            QList<AddressReport> round =
                rounds.isEmpty() ? QList<AddressReport>{} : rounds.takeFirst();
            for (AddressReport &r : round)
                r.report.loginRequested = !t.check.credentials.password.isEmpty();
            QTimer::singleShot(0, context, [done, round] { done(round); });
        };
    }
};

AddressReport reportOf(bool passed, Code code = Code::ConnectionRefused,
                       const QString &address = u"127.0.0.1"_s, PhaseId phase = PhaseId::Connect)
{
    Report r;
    r.target.host = u"mail.test"_s;
    r.target.port = 2525;
    r.started = QDateTime::currentDateTimeUtc();
    if (passed)
        r.diagnoses << Diagnosis{Code::Ok, Severity::Ok, std::nullopt, {}, {}, {}};
    else
        r.diagnoses << Diagnosis{code, Severity::Error, phase, {}, u"refused"_s, {}};
    concludeReport(r);
    return {address, r};
}

MonitorTarget target(std::chrono::seconds interval = 60s, std::chrono::seconds recheck = 10s)
{
    MonitorTarget t;
    t.check.target.host = u"127.0.0.1"_s;
    t.check.target.port = 2525;
    t.name = targetName(t.check.target);
    t.interval = interval;
    t.recheck = recheck;
    return t;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targetSpecs();
    void durations();
    void metricsEndpoints();
    void outageFromRecords();
    void outageOnOneOfTwoAddresses();
    void lastingOutage();
    void nightlyPattern();
    void scatteredPattern();
    void events();
    void summaryUptimeAndHours();
    void historyJsonShape();
    void storeRoundTrip();
    void storeRejectsBadFiles();
    void migrationFromVersion1();
    void retention();
    void schedulerIntervalAndRecheck();
    void schedulerLoginEveryNth();
    void schedulerStopLetsRunningCheckFinish();
    void loginOutageEndsOnlyWithALogin();
    void scriptedServerOutage();
    void noSecretInDatabase();
};

void TestMonitor::targetSpecs()
{
    Target t;
    QString why;
    QVERIFY(parseTargetSpec(u"mail.example.org"_s, t, &why));
    QCOMPARE(t.protocol, Protocol::Smtp);
    QCOMPARE(t.host, u"mail.example.org"_s);
    QCOMPARE(t.port, quint16(0));
    QVERIFY(parseTargetSpec(u"imap://mail.example.org:993"_s, t, &why));
    QCOMPARE(t.protocol, Protocol::Imap);
    QCOMPARE(t.port, quint16(993));
    QCOMPARE(targetName(t), u"imap://mail.example.org:993"_s);
    QVERIFY(parseTargetSpec(u"sieve://[::1]:4190"_s, t, &why));
    QCOMPARE(t.host, u"::1"_s);
    QCOMPARE(targetName(t), u"sieve://[::1]:4190"_s);
    QVERIFY(parseTargetSpec(u"smtp://host.example"_s, t, &why));
    t.security = Security::Tls;
    QCOMPARE(targetName(t), u"smtp://host.example:465"_s);
    QVERIFY(!parseTargetSpec(u"gopher://x.example"_s, t, &why));
    QVERIFY(why.contains(u"smtp, imap, pop3 or sieve"_s));
    QVERIFY(!parseTargetSpec(u"x.example:0"_s, t, &why));
    QVERIFY(!parseTargetSpec(u"x.example:"_s, t, &why));
    QVERIFY(!parseTargetSpec(u""_s, t, &why));
    QVERIFY(!parseTargetSpec(u"bad host!"_s, t, &why));
}

void TestMonitor::durations()
{
    QCOMPARE(parseDuration(u"90s"_s), std::optional(90s));
    QCOMPARE(parseDuration(u"10m"_s), std::optional<std::chrono::seconds>(600s));
    QCOMPARE(parseDuration(u"24h"_s), std::optional<std::chrono::seconds>(86400s));
    QCOMPARE(parseDuration(u"2d"_s), std::optional<std::chrono::seconds>(172800s));
    QCOMPARE(parseDuration(u"15"_s), std::optional<std::chrono::seconds>(15s));
    QVERIFY(!parseDuration(u"0s"_s));
    QVERIFY(!parseDuration(u"-5m"_s));
    QVERIFY(!parseDuration(u"soon"_s));
}

void TestMonitor::metricsEndpoints()
{
    QString why;
    auto e = parseMetricsEndpoint(u"127.0.0.1:9187"_s, &why);
    QVERIFY(e);
    QCOMPARE(e->address, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(e->port, quint16(9187));
    e = parseMetricsEndpoint(u"[::1]:9100"_s, &why);
    QVERIFY(e);
    QCOMPARE(e->address, QHostAddress(QHostAddress::LocalHostIPv6));
    e = parseMetricsEndpoint(u":9100"_s, &why);
    QVERIFY(e);
    QCOMPARE(e->address, QHostAddress(QHostAddress::Any));
    QVERIFY(!parseMetricsEndpoint(u"127.0.0.1"_s, &why));
    QVERIFY(!parseMetricsEndpoint(u"127.0.0.1:99999"_s, &why));
    QVERIFY(!parseMetricsEndpoint(u"example.org:9100"_s, &why));
}

void TestMonitor::outageFromRecords()
{
    const QList<CheckRecord> checks{
        rec(T0, true),
        rec(T0.addSecs(60), false, Code::ConnectionRefused),
        rec(T0.addSecs(70), false, Code::GreetingRejected, u"192.0.2.1"_s, PhaseId::Greeting),
        rec(T0.addSecs(80), true),
        rec(T0.addSecs(140), true),
    };
    const QList<Outage> o = deriveOutages(checks, T0.addSecs(200));
    QCOMPARE(o.size(), 1);
    QCOMPARE(o[0].start, T0.addSecs(60));
    QCOMPARE(o[0].end, std::optional(T0.addSecs(80)));
    QCOMPARE(o[0].seconds, 20);
    QCOMPARE(o[0].codes, (QList<Code>{Code::ConnectionRefused, Code::GreetingRejected}));
    QCOMPARE(o[0].phases, (QList<PhaseId>{PhaseId::Connect, PhaseId::Greeting}));
    QCOMPARE(o[0].addresses, QStringList{u"192.0.2.1"_s});
    QCOMPARE(o[0].failedChecks, 2);
}

void TestMonitor::outageOnOneOfTwoAddresses()
{
    const QString v6 = u"2001:db8::1"_s;
    const QList<CheckRecord> checks{
        rec(T0, true),
        rec(T0, true, Code::Ok, v6),
        rec(T0.addSecs(60), true),
        rec(T0.addSecs(60), false, Code::ConnectionTimeout, v6),
        rec(T0.addSecs(70), true),
        rec(T0.addSecs(70), false, Code::ConnectionTimeout, v6),
        rec(T0.addSecs(80), true), // the other address passing does not end it
        rec(T0.addSecs(80), true, Code::Ok, v6),
    };
    const QList<Outage> o = deriveOutages(checks, T0.addSecs(100));
    QCOMPARE(o.size(), 1);
    QCOMPARE(o[0].start, T0.addSecs(60));
    QCOMPARE(o[0].end, std::optional(T0.addSecs(80)));
    QCOMPARE(o[0].addresses, QStringList{v6});
    const TargetSummary s = summarize(checks[0].target, checks, T0.addSecs(100));
    QVERIFY2(s.reading.contains(u"Every outage was on 2001:db8::1 only"_s), qPrintable(s.reading));
}

void TestMonitor::lastingOutage()
{
    const QList<CheckRecord> checks{rec(T0, true), rec(T0.addSecs(60), false),
                                    rec(T0.addSecs(70), false)};
    const QList<Outage> o = deriveOutages(checks, T0.addSecs(100));
    QCOMPARE(o.size(), 1);
    QVERIFY(!o[0].end);
    QCOMPARE(o[0].seconds, 40);
    const QJsonObject json =
        historyToJson({summarize(checks[0].target, checks, T0.addSecs(100))}, {}, T0.addSecs(100));
    const QJsonObject outage =
        json[u"targets"_s].toArray()[0].toObject()[u"outages"_s].toArray()[0].toObject();
    QVERIFY(outage[u"end"_s].isNull());
    QCOMPARE(outage[u"start"_s].toString(), u"2026-11-02T00:01:00Z"_s);
}

void TestMonitor::nightlyPattern()
{
    // The support thread's case: the server stops its mail service during a nightly backup.
    QList<CheckRecord> checks;
    const int startMinutes[] = {3 * 60 + 1, 3 * 60 + 2,   3 * 60 + 1, 3 * 60 + 4,
                                3 * 60 + 8, 14 * 60 + 30, 3 * 60 + 3};
    for (int day = 0; day < 7; ++day) {
        const QDateTime midnight = T0.addDays(day);
        checks << rec(midnight, true);
        const QDateTime start = midnight.addSecs(startMinutes[day] * 60);
        checks << rec(start, false, Code::ConnectionRefused);
        checks << rec(start.addSecs(10), false, Code::ConnectionRefused);
        checks << rec(start.addSecs(130), true);
    }
    const TargetSummary s = summarize(checks[0].target, checks, T0.addDays(8));
    QCOMPARE(s.outages.size(), 7);
    QVERIFY2(s.reading.startsWith(u"6 of 7 outages began between 03:00 and 03:10 UTC, each a "
                                  "refused connection: the server stops its mail service at that "
                                  "time (a backup or a restart job?). An app that sends through "
                                  "it must retry or queue."_s),
             qPrintable(s.reading));
    QCOMPARE(s.byHour[3], 12);
    QCOMPARE(s.byHour[14], 2);
    QCOMPARE(s.failures, 14);
    QCOMPARE(s.checks, 28);
    // Decided on the typed codes: the same times with timeouts read differently.
    for (CheckRecord &c : checks) {
        if (!c.passed)
            c.verdictCode = Code::ConnectionTimeout;
    }
    const QString timeouts = summarize(checks[0].target, checks, T0.addDays(8)).reading;
    QVERIFY2(timeouts.contains(u"stops answering at that time"_s), qPrintable(timeouts));
    QVERIFY(!timeouts.contains(u"backup"_s));
}

void TestMonitor::scatteredPattern()
{
    QList<CheckRecord> checks;
    const int hours[] = {1, 7, 13, 21};
    for (int i = 0; i < 4; ++i) {
        const QDateTime start = T0.addDays(i).addSecs(hours[i] * 3600 + i * 60);
        checks << rec(start.addSecs(-60), true);
        checks << rec(start, false, i == 3 ? Code::ConnectionTimeout : Code::ConnectionClosed);
        checks << rec(start.addSecs(10), true);
    }
    const QString reading = readPattern(deriveOutages(checks, T0.addDays(5)), Protocol::Imap);
    QVERIFY2(reading.startsWith(u"4 outages at scattered times of day, most a connection closed "
                                "by the server: the mail service stops now and then"_s),
             qPrintable(reading));
    QVERIFY(reading.endsWith(u"Mail clients show errors then; they retry by themselves."_s));
    QCOMPARE(readPattern({}, Protocol::Smtp), u"No outages."_s);
}

void TestMonitor::events()
{
    QList<CheckRecord> checks{rec(T0, true), rec(T0.addSecs(60), true)};
    // A greeting that differs only in its numbers (a time, a session id) is the same.
    checks[1].greeting = u"220 mail.example.org ESMTP Postfix 2026"_s;
    checks[0].greeting = u"220 mail.example.org ESMTP Postfix 2025"_s;
    CheckRecord renewed = rec(T0.addSecs(120), true);
    renewed.certSha256 = u"bb22"_s;
    renewed.greeting = u"220 mail.example.org ESMTP Postfix 2027"_s;
    renewed.certNotAfter = QDateTime(QDate(2027, 4, 30), QTime(12, 0), Qt::UTC);
    CheckRecord down = rec(T0.addSecs(150), false); // failing checks are not compared
    CheckRecord changed = rec(T0.addSecs(180), true);
    changed.certSha256 = u"bb22"_s;
    changed.tlsVersion = u"TLSv1.2"_s;
    changed.greeting = u"220 mail.example.org ESMTP Exim"_s;
    changed.capabilities = {u"SIZE 10240000"_s, u"PIPELINING"_s, u"AUTH PLAIN LOGIN"_s,
                            u"CHUNKING"_s};
    CheckRecord reordered = changed;
    reordered.time = T0.addSecs(240);
    std::reverse(reordered.capabilities.begin(), reordered.capabilities.end());
    checks << renewed << down << changed << reordered;
    const QList<HistoryEvent> e = deriveEvents(checks);
    QCOMPARE(e.size(), 4);
    QCOMPARE(e[0].kind, HistoryEvent::Kind::CertificateRenewed);
    QCOMPARE(e[0].time, T0.addSecs(120));
    QVERIFY(e[0].after.contains(u"2027-04-30"_s));
    QCOMPARE(e[1].kind, HistoryEvent::Kind::TlsVersionChanged);
    QCOMPARE(e[1].before, u"TLSv1.3"_s);
    QCOMPARE(e[1].after, u"TLSv1.2"_s);
    QCOMPARE(e[2].kind, HistoryEvent::Kind::BannerChanged);
    QCOMPARE(e[3].kind, HistoryEvent::Kind::CapabilitiesChanged);
    QCOMPARE(e[3].time, T0.addSecs(180));
    QCOMPARE(eventKindName(e[3].kind), u"capabilities-changed"_s);
}

void TestMonitor::summaryUptimeAndHours()
{
    const QList<CheckRecord> checks{rec(T0, true), rec(T0.addSecs(900), false),
                                    rec(T0.addSecs(1800), true), rec(T0.addSecs(3600), true)};
    const TargetSummary s = summarize(checks[0].target, checks, T0.addSecs(4000));
    QCOMPARE(s.checks, 4);
    QCOMPARE(s.failures, 1);
    QCOMPARE(s.uptime, 0.75); // 15 of 60 minutes down
    QCOMPARE(s.byHour[0], 1);
    QCOMPARE(s.certNotAfter, checks[3].certNotAfter);
    const QString text = historyToText({s}, false);
    QVERIFY(text.contains(u"4 checks, 1 failed, uptime 75.000 %"_s));
    QVERIFY(text.contains(u"█·······················"_s));
    QVERIFY(text.contains(u"2026-11-02 00:15:00 – 00:30:00  15 min 0 s  connection-refused "
                          "(connect) on 192.0.2.1"_s));
    QVERIFY(historyToMarkdown({s}, T0).contains(u"| 2026-11-02 00:15:00 |"_s));
    QVERIFY(historyToHtml({s}, T0).contains(u"<h2>smtp://mail.example.org:465</h2>"_s));
}

void TestMonitor::historyJsonShape()
{
    const QList<CheckRecord> checks{rec(T0, true), rec(T0.addSecs(60), false),
                                    rec(T0.addSecs(70), true)};
    const QJsonObject json =
        historyToJson({summarize(checks[0].target, checks, T0.addSecs(100))}, T0, T0);
    QCOMPARE(json[u"schema"_s].toString(), u"portolan.history/1"_s);
    QCOMPARE(json[u"since"_s].toString(), u"2026-11-02T00:00:00Z"_s);
    const QJsonObject t = json[u"targets"_s].toArray()[0].toObject();
    QCOMPARE(t[u"target"_s].toString(), u"smtp://mail.example.org:465"_s);
    QCOMPARE(t[u"checks"_s].toInt(), 3);
    QCOMPARE(t[u"failures"_s].toInt(), 1);
    QCOMPARE(t[u"byHour"_s].toArray().size(), 24);
    const QJsonObject o = t[u"outages"_s].toArray()[0].toObject();
    QCOMPARE(o[u"end"_s].toString(), u"2026-11-02T00:01:10Z"_s);
    QCOMPARE(o[u"seconds"_s].toInt(), 10);
    QCOMPARE(o[u"codes"_s].toArray()[0].toString(), u"connection-refused"_s);
    QCOMPARE(o[u"phases"_s].toArray()[0].toString(), u"connect"_s);
}

void TestMonitor::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/history.sqlite"_s);
    QList<CheckRecord> written{rec(T0, true), rec(T0.addSecs(60), false, Code::GreetingRejected,
                                                  u"2001:db8::1"_s, PhaseId::Greeting)};
    {
        // A whole report, read back through the check/1 reader.
        Report report = reportOf(false).report;
        written[1].report = reportToJson(report);
    }
    {
        HistoryStore store;
        QCOMPARE(store.open(path), QString());
        QCOMPARE(store.schemaVersion(), HistoryStore::SchemaVersion);
        for (CheckRecord &r : written) {
            QCOMPARE(store.add(r), QString());
            QVERIFY(r.id > 0);
        }
    }
    HistoryStore store;
    QCOMPARE(store.open(path), QString());
    QCOMPARE(store.targets(), QStringList{u"smtp://mail.example.org:465"_s});
    QList<CheckRecord> read = store.checks({}, {}, {}, true);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0], written[0]);
    QCOMPARE(read[1], written[1]);
    QVERIFY(reportFromJson(read[1].report));
    // Without the reports, everything else.
    read = store.checks(written[0].target, T0.addSecs(1));
    QCOMPARE(read.size(), 1);
    QVERIFY(read[0].report.isEmpty());
    QCOMPARE(read[0].verdictCode, Code::GreetingRejected);
    QCOMPARE(store.checks(written[0].target, {}, T0.addSecs(60)).size(), 1);
    QCOMPARE(store.latest(written[0].target)->id, written[1].id);
    const QList<HourlyRollup> hours = store.rollups(written[0].target);
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours[0].checks, 2);
    QCOMPARE(hours[0].failures, 1);
    QCOMPARE(hours[0].durationMsSum, 84);
    // WAL, as the kill -9 promise needs.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"SELECT version FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::SchemaVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
}

void TestMonitor::storeRejectsBadFiles()
{
    QTemporaryDir dir;
    HistoryStore a;
    QVERIFY(a.open(dir.path()).contains(u"it is a directory"_s));
    QFile junk(dir.filePath(u"junk.sqlite"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    HistoryStore b;
    QVERIFY(b.open(junk.fileName()).startsWith(u"cannot open "_s));
    // Another program's database.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(dir.filePath(u"other.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE songs (title TEXT)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    HistoryStore c;
    QVERIFY(c.open(dir.filePath(u"other.sqlite"_s)).contains(u"database of something else"_s));
    HistoryStore d;
    QVERIFY(!d.open(u"/proc/no/such/dir/h.sqlite"_s).isEmpty());
    CheckRecord r = rec(T0, true);
    QVERIFY(!d.add(r).isEmpty());
}

void TestMonitor::migrationFromVersion1()
{
    // A database as schema 1 wrote it: no index, no roll-ups.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO schema_version (version) VALUES (1)"_s));
        QVERIFY(q.exec(uR"(CREATE TABLE checks (id INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ms INTEGER NOT NULL, target TEXT NOT NULL, protocol TEXT NOT NULL,
            host TEXT NOT NULL, port INTEGER NOT NULL, security TEXT NOT NULL,
            effective_security TEXT NOT NULL, address TEXT NOT NULL, passed INTEGER NOT NULL,
            result TEXT NOT NULL, fault TEXT NOT NULL, verdict_code TEXT NOT NULL,
            codes TEXT NOT NULL, failed_phase TEXT, duration_ms INTEGER NOT NULL,
            phase_ms TEXT NOT NULL, cert_not_after_ms INTEGER, cert_sha256 TEXT NOT NULL,
            tls_version TEXT NOT NULL, greeting TEXT NOT NULL, capabilities TEXT NOT NULL,
            login INTEGER NOT NULL, report TEXT NOT NULL))"_s));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.exec(u"INSERT INTO checks VALUES (NULL, %1, 'smtp://a.example:25', 'smtp', "
                           "'a.example', 25, 'auto', 'starttls', '192.0.2.7', %2, '%3', 'none', "
                           "'%4', '%4', NULL, 100, '{\"connect\":5}', NULL, '', '', '', '[]', 0, "
                           "'{}')"_s.arg(T0.toMSecsSinceEpoch() + i * 60000)
                               .arg(i == 1 ? 0 : 1)
                               .arg(i == 1 ? u"error"_s : u"ok"_s)
                               .arg(i == 1 ? u"connection-refused"_s : u"ok"_s)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    HistoryStore store;
    QCOMPARE(store.open(path), QString());
    QCOMPARE(store.schemaVersion(), 2);
    const QList<HourlyRollup> hours = store.rollups(u"smtp://a.example:25"_s);
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours[0].checks, 3);
    QCOMPARE(hours[0].failures, 1);
    const QList<CheckRecord> checks = store.checks(u"smtp://a.example:25"_s);
    QCOMPARE(checks.size(), 3);
    QCOMPARE(checks[1].verdictCode, Code::ConnectionRefused);
    QCOMPARE(checks[1].phases, (QList<PhaseTime>{{PhaseId::Connect, 5}}));
    CheckRecord more = rec(T0.addSecs(3600), true);
    QCOMPARE(store.add(more), QString());
    // A newer schema than this build knows is refused, not damaged.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v9"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE schema_version SET version = 9"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v9"_s);
    HistoryStore newer;
    QVERIFY(newer.open(path).contains(u"newer Portolan"_s));
}

void TestMonitor::retention()
{
    QTemporaryDir dir;
    HistoryStore store;
    QCOMPARE(store.open(dir.filePath(u"h.sqlite"_s)), QString());
    ManualClock clock(T0.addDays(400));
    for (int daysAgo : {399, 120, 91, 89, 1}) {
        CheckRecord r = rec(clock.now().addDays(-daysAgo), daysAgo != 91);
        QCOMPARE(store.add(r), QString());
    }
    QCOMPARE(store.applyRetention(clock), 3);
    const QList<CheckRecord> left = store.checks({});
    QCOMPARE(left.size(), 2);
    QCOMPARE(left[0].time, clock.now().addDays(-89));
    // The hourly roll-ups outlive the checks ...
    QCOMPARE(store.rollups(left[0].target).size(), 5);
    // ... up to their own retention.
    QCOMPARE(store.applyRetention(clock, std::chrono::days(90), std::chrono::days(365)), 0);
    const QList<HourlyRollup> hours = store.rollups(left[0].target);
    QCOMPARE(hours.size(), 4);
    QCOMPARE(hours[1].failures, 1);
}

void TestMonitor::schedulerIntervalAndRecheck()
{
    QTemporaryDir dir;
    HistoryStore store;
    QCOMPARE(store.open(dir.filePath(u"h.sqlite"_s)), QString());
    ManualClock clock(T0);
    ScriptedProber probe;
    probe.rounds = {{reportOf(true)},
                    {reportOf(false)},
                    {reportOf(false, Code::GreetingRejected)},
                    {reportOf(true)},
                    {reportOf(true)}};
    MonitorScheduler scheduler({target(60s, 10s)}, clock);
    scheduler.setStore(&store);
    scheduler.setProber(probe.prober());
    QSignalSpy checks(&scheduler, &MonitorScheduler::checkFinished);
    QSignalSpy started(&scheduler, &MonitorScheduler::outageStarted);
    QSignalSpy ended(&scheduler, &MonitorScheduler::outageEnded);
    QSignalSpy rounds(&scheduler, &MonitorScheduler::roundFinished);

    scheduler.start();
    QTRY_COMPARE(checks.size(), 1);
    QCOMPARE(scheduler.nextDue(), std::optional(clock.monotonic() + 60s));
    clock.advance(59s);
    scheduler.tick();
    QCoreApplication::processEvents();
    QCOMPARE(checks.size(), 1); // not due yet
    QCOMPARE(scheduler.runningChecks(), 0);
    clock.advance(1s);
    scheduler.tick();
    QTRY_COMPARE(checks.size(), 2);
    QCOMPARE(started.size(), 1);
    const Outage begun = started[0][0].value<Outage>();
    QCOMPARE(begun.start, T0.addSecs(60));
    QCOMPARE(begun.codes, QList<Code>{Code::ConnectionRefused});
    QVERIFY(scheduler.currentOutage(target().name));
    // After a failure: the recheck interval.
    QCOMPARE(scheduler.nextDue(), std::optional(clock.monotonic() + 10s));
    clock.advance(10s);
    scheduler.tick();
    QTRY_COMPARE(checks.size(), 3);
    QCOMPARE(started.size(), 1); // the same outage
    clock.advance(10s);
    scheduler.tick();
    QTRY_COMPARE(checks.size(), 4);
    QCOMPARE(ended.size(), 1);
    const Outage over = ended[0][0].value<Outage>();
    QCOMPARE(over.start, T0.addSecs(60));
    QCOMPARE(over.end, std::optional(T0.addSecs(80)));
    QCOMPARE(over.seconds, 20);
    QCOMPARE(over.codes, (QList<Code>{Code::ConnectionRefused, Code::GreetingRejected}));
    QCOMPARE(over.failedChecks, 2);
    QVERIFY(!scheduler.currentOutage(target().name));
    QCOMPARE(rounds.size(), 4);
    QCOMPARE(rounds[1][1].toBool(), false);
    QCOMPARE(rounds[3][1].toBool(), true);
    // Back to the interval, from the passing check's start.
    QCOMPARE(scheduler.nextDue(), std::optional(clock.monotonic() + 60s));

    // The history says the same as the signals.
    const QList<CheckRecord> stored = store.checks(target().name);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored[1].time, T0.addSecs(60));
    QCOMPARE(checks[1][0].value<CheckRecord>().id, stored[1].id);
    const QList<Outage> derived = deriveOutages(stored, clock.now());
    QCOMPARE(derived.size(), 1);
    QCOMPARE(derived[0], over);
}

void TestMonitor::schedulerLoginEveryNth()
{
    ManualClock clock(T0);
    ScriptedProber probe;
    for (int i = 0; i < 7; ++i)
        probe.rounds << QList<AddressReport>{reportOf(true)};
    MonitorTarget t = target(60s, 10s);
    t.check.credentials.user = u"monitor"_s;
    t.check.credentials.password = u"pw"_s;
    t.loginEvery = 3;
    MonitorScheduler scheduler({t}, clock);
    scheduler.setProber(probe.prober());
    QSignalSpy rounds(&scheduler, &MonitorScheduler::roundFinished);
    scheduler.start();
    for (int i = 1; i < 7; ++i) {
        QTRY_COMPARE(rounds.size(), i);
        clock.advance(60s);
        scheduler.tick();
    }
    QTRY_COMPARE(rounds.size(), 7);
    QCOMPARE(probe.withLogin, (QList<bool>{true, false, false, true, false, false, true}));
}

void TestMonitor::schedulerStopLetsRunningCheckFinish()
{
    QTemporaryDir dir;
    HistoryStore store;
    QCOMPARE(store.open(dir.filePath(u"h.sqlite"_s)), QString());
    ManualClock clock(T0);
    std::function<void(const QList<AddressReport> &)> pending;
    MonitorScheduler scheduler({target()}, clock);
    scheduler.setStore(&store);
    scheduler.setProber(
        [&](const MonitorTarget &, QObject *,
            std::function<void(const QList<AddressReport> &)> done) { pending = std::move(done); });
    QSignalSpy stopped(&scheduler, &MonitorScheduler::stopped);
    scheduler.start();
    QVERIFY(pending);
    QCOMPARE(scheduler.runningChecks(), 1);
    scheduler.stop();
    QCoreApplication::processEvents();
    QCOMPARE(stopped.size(), 0); // the check is still running
    pending({reportOf(true)});
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(store.checks({}).size(), 1);
    clock.advance(3600s);
    scheduler.tick();
    QCOMPARE(scheduler.runningChecks(), 0); // nothing new after stop()
}

void TestMonitor::loginOutageEndsOnlyWithALogin()
{
    // Logins on every second check; the login fails on the third. The fourth check, without the
    // login, passes: that says nothing about the login, so the outage lasts until the fifth.
    ManualClock clock(T0);
    ScriptedProber probe;
    const AddressReport authFailed =
        reportOf(false, Code::AuthFailed, u"127.0.0.1"_s, PhaseId::Auth);
    probe.rounds = {
        {reportOf(true)}, {reportOf(true)}, {authFailed}, {reportOf(true)}, {reportOf(true)}};
    MonitorTarget t = target(60s, 10s);
    t.check.credentials.user = u"monitor"_s;
    t.check.credentials.password = u"pw"_s;
    t.loginEvery = 2;
    QTemporaryDir dir;
    HistoryStore store;
    QCOMPARE(store.open(dir.filePath(u"h.sqlite"_s)), QString());
    MonitorScheduler scheduler({t}, clock);
    scheduler.setStore(&store);
    scheduler.setProber(probe.prober());
    QSignalSpy rounds(&scheduler, &MonitorScheduler::roundFinished);
    QSignalSpy ended(&scheduler, &MonitorScheduler::outageEnded);
    scheduler.start();
    QTRY_COMPARE(rounds.size(), 1);
    for (int i = 2; i <= 5; ++i) {
        clock.advance(scheduler.nextDue().value() - clock.monotonic());
        scheduler.tick();
        QTRY_COMPARE(rounds.size(), i);
        if (i == 4) {
            QCOMPARE(ended.size(), 0);
            QVERIFY(scheduler.currentOutage(t.name));
            // Still in the outage: the recheck interval, not the interval.
            QCOMPARE(scheduler.nextDue(), std::optional(clock.monotonic() + 10s));
        }
    }
    QCOMPARE(probe.withLogin, (QList<bool>{true, false, true, false, true}));
    QCOMPARE(ended.size(), 1);
    const Outage o = ended[0][0].value<Outage>();
    QCOMPARE(o.start, T0.addSecs(120));
    QCOMPARE(o.end, std::optional(T0.addSecs(140)));
    QCOMPARE(o.codes, QList<Code>{Code::AuthFailed});
    const QList<Outage> derived = deriveOutages(store.checks(t.name), clock.now());
    QCOMPARE(derived.size(), 1);
    QCOMPARE(derived[0], o);
}

void TestMonitor::scriptedServerOutage()
{
    // A real check of a server that answers 421 for a while, then drops the connection, then is
    // not there at all (refused), then is back: one outage, from the first failure to the first
    // pass, with each reason.
    const QString ok = u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 SIZE 1000\n"
                       "C: QUIT\nS: 221 bye\nX\n"_s;
    ScriptedServer server;
    server.addScript(ok);
    server.addScript(u"S: 421 4.3.2 Service shutting down\nX\n"_s);
    server.addScript(u"X\n"_s);
    server.addScript(ok);
    const quint16 port = server.start();
    QVERIFY(port);
    ManualClock clock(T0);
    MonitorTarget t;
    t.check.target.host = u"127.0.0.1"_s;
    t.check.target.port = port;
    t.check.target.security = Security::None;
    t.check.timeout = 2000ms;
    t.check.quietDelay = 300ms;
    t.name = targetName(t.check.target);
    t.interval = 60s;
    t.recheck = 5s;
    QTemporaryDir dir;
    HistoryStore store;
    QCOMPARE(store.open(dir.filePath(u"h.sqlite"_s)), QString());
    MonitorScheduler scheduler({t}, clock);
    scheduler.setStore(&store);
    QSignalSpy rounds(&scheduler, &MonitorScheduler::roundFinished);
    QSignalSpy ended(&scheduler, &MonitorScheduler::outageEnded);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000);
    QVERIFY(rounds[0][1].toBool());
    clock.advance(60s); // 00:01:00: 421
    scheduler.tick();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 10000);
    clock.advance(5s); // 00:01:05: dropped
    scheduler.tick();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 3, 10000);
    server.close(); // 00:01:10: refused
    clock.advance(5s);
    scheduler.tick();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 4, 10000);
    QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s), port));
    clock.advance(5s); // 00:01:15: back
    scheduler.tick();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 5, 10000);
    QCOMPARE(ended.size(), 1);
    const QList<CheckRecord> stored = store.checks(t.name, {}, {}, true);
    QCOMPARE(stored.size(), 5);
    QCOMPARE(stored[1].verdictCode, Code::ServerBusy); // a 421 greeting
    QCOMPARE(stored[2].verdictCode, Code::ConnectionClosed);
    QCOMPARE(stored[3].verdictCode, Code::ConnectionRefused);
    QCOMPARE(stored[3].address, u"127.0.0.1"_s);
    const QList<Outage> outages = deriveOutages(stored, clock.now());
    QCOMPARE(outages.size(), 1);
    QCOMPARE(outages[0].start, T0.addSecs(60));
    QCOMPARE(outages[0].end, std::optional(T0.addSecs(75)));
    QCOMPARE(outages[0].codes,
             (QList<Code>{Code::ServerBusy, Code::ConnectionClosed, Code::ConnectionRefused}));
    QCOMPARE(ended[0][0].value<Outage>(), outages[0]);
    // The stored report reads back, and names the host as configured.
    const std::optional<Report> report = reportFromJson(stored[1].report);
    QVERIFY(report);
    QCOMPARE(report->verdict.code, Code::ServerBusy);
}

void TestMonitor::noSecretInDatabase()
{
    const QString password = u"Zq9-monitor-Secr3t"_s;
    const QByteArray blob =
        QByteArray('\0' + QByteArray("monitor") + '\0' + password.toUtf8()).toBase64();
    ScriptedServer server;
    server.addScript(
        u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 STARTTLS\n"
        "C: STARTTLS\nS: 220 2.0.0 Ready\nTLS\nC: EHLO\nS: 250-mail.test\n"
        "S: 250 AUTH PLAIN\nC: AUTH PLAIN\nS: 535 5.7.8 bad\nC: QUIT\nS: 221 bye\nX\n"_s);
    const quint16 port = server.start();
    QVERIFY(port);
    ManualClock clock(T0);
    MonitorTarget t;
    t.check.target.host = u"127.0.0.1"_s;
    t.check.target.port = port;
    t.check.target.security = Security::StartTls;
    t.check.timeout = 3000ms;
    QFile ca(PortolanTest::certificatePath(u"ca"_s));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    t.check.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
    t.check.credentials.user = u"monitor"_s;
    t.check.credentials.password = password;
    t.check.mechanism = "PLAIN";
    t.name = targetName(t.check.target);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"h.sqlite"_s);
    {
        HistoryStore store;
        QCOMPARE(store.open(path), QString());
        MonitorScheduler scheduler({t}, clock);
        scheduler.setStore(&store);
        QSignalSpy rounds(&scheduler, &MonitorScheduler::roundFinished);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 15000);
        const QList<CheckRecord> stored = store.checks(t.name, {}, {}, true);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored[0].login);
        QCOMPARE(stored[0].verdictCode, Code::AuthFailed);
        QVERIFY(server.clientLines().join(u'\n').contains(QString::fromLatin1(blob)));
        const QByteArray report = QJsonDocument(stored[0].report).toJson();
        QVERIFY(report.contains("auth-failed"));
        QVERIFY(!report.contains(password.toUtf8()));
        QVERIFY(!report.contains(blob));
    }
    QByteArray bytes;
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.contains("auth-failed"));      // the check is there ...
    QVERIFY(!bytes.contains(password.toUtf8())); // ... its secret is not
    QVERIFY(!bytes.contains(blob));
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
