#include "historystore.h"

#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

std::atomic<int> connectionCounter{0};

// The migrations, in order: migrations[i] takes a database from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: the checks.
        {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"INSERT INTO schema_version (version) VALUES (0)"_s,
            uR"(CREATE TABLE checks (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                time_ms INTEGER NOT NULL,
                target TEXT NOT NULL,
                protocol TEXT NOT NULL,
                host TEXT NOT NULL,
                port INTEGER NOT NULL,
                security TEXT NOT NULL,
                effective_security TEXT NOT NULL,
                address TEXT NOT NULL,
                passed INTEGER NOT NULL,
                result TEXT NOT NULL,
                fault TEXT NOT NULL,
                verdict_code TEXT NOT NULL,
                codes TEXT NOT NULL,
                failed_phase TEXT,
                duration_ms INTEGER NOT NULL,
                phase_ms TEXT NOT NULL,
                cert_not_after_ms INTEGER,
                cert_sha256 TEXT NOT NULL,
                tls_version TEXT NOT NULL,
                greeting TEXT NOT NULL,
                capabilities TEXT NOT NULL,
                login INTEGER NOT NULL,
                report TEXT NOT NULL))"_s,
        },
        // 2: an index by target and time, and hourly roll-ups kept past the checks' retention.
        {
            u"CREATE INDEX checks_target_time ON checks (target, time_ms)"_s,
            uR"(CREATE TABLE rollup_hourly (
                target TEXT NOT NULL,
                hour_ms INTEGER NOT NULL,
                checks INTEGER NOT NULL,
                failures INTEGER NOT NULL,
                duration_ms_sum INTEGER NOT NULL,
                duration_ms_max INTEGER NOT NULL,
                PRIMARY KEY (target, hour_ms)))"_s,
            uR"(INSERT INTO rollup_hourly
                SELECT target, (time_ms / 3600000) * 3600000, COUNT(*), SUM(1 - passed),
                       SUM(duration_ms), MAX(duration_ms)
                FROM checks GROUP BY target, time_ms / 3600000)"_s,
        },
    };
    return steps;
}

template <typename E, typename F>
E enumFromName(const QString &name, F toName, std::initializer_list<E> all, E fallback)
{
    for (E e : all) {
        if (toName(e) == name)
            return e;
    }
    return fallback;
}

QString joinCodes(const QList<Code> &codes)
{
    QStringList names;
    for (Code c : codes)
        names << QString(codeName(c));
    return names.join(u' ');
}

QList<Code> splitCodes(const QString &text)
{
    QList<Code> codes;
    for (const QString &name : text.split(u' ', Qt::SkipEmptyParts)) {
        if (const std::optional<Code> c = codeFromName(name))
            codes << *c;
    }
    return codes;
}

// A null QString binds as SQL NULL; the columns hold text.
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

qint64 hourOf(qint64 ms)
{
    return (ms / 3600000) * 3600000;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"portolan-history-%1"_s.arg(connectionCounter.fetch_add(1)))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    // Not AppDataLocation, which is named after the program: the CLI ("portolan-cli") and the
    // app ("Portolan/Portolan") share one history. $XDG_DATA_HOME/portolan/history.sqlite.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           "/portolan/history.sqlite"_L1;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

QString HistoryStore::path() const
{
    return m_path;
}

int HistoryStore::schemaVersion() const
{
    return m_version;
}

QString HistoryStore::lastError() const
{
    return m_error;
}

QString HistoryStore::open(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return m_error = u"cannot open %1: it is a directory"_s.arg(path);
    if (!QDir().mkpath(info.absolutePath()))
        return m_error = u"cannot open %1: cannot create its directory"_s.arg(path);
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return m_error = u"cannot open %1: Qt's SQLite driver is not installed "
                         "(libqt6sql6-sqlite)"_s.arg(path);
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
    QSqlQuery q(db);
    // A file that is not a database fails on the first statement that reads it.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()) {
        m_error = u"cannot open %1: %2"_s.arg(path, q.lastError().text());
        db.close();
        return m_error;
    }
    q.exec(u"PRAGMA synchronous=NORMAL"_s);
    q.exec(u"PRAGMA foreign_keys=ON"_s);

    // The version on disk: none (a new file) is 0.
    int version = 0;
    if (q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s) &&
        q.next()) {
        if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
            m_error = u"cannot open %1: its schema version is unreadable"_s.arg(path);
            db.close();
            return m_error;
        }
        version = q.value(0).toInt();
    } else if (q.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) && q.next() &&
               q.value(0).toInt() > 0) {
        m_error = u"cannot open %1: it is a database of something else"_s.arg(path);
        db.close();
        return m_error;
    }
    if (version > SchemaVersion) {
        m_error = u"cannot open %1: it was written by a newer Portolan (schema %2, this one "
                  "knows %3)"_s.arg(path)
                      .arg(version)
                      .arg(SchemaVersion);
        db.close();
        return m_error;
    }
    for (int v = version; v < SchemaVersion; ++v) {
        if (!db.transaction()) {
            m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
            db.close();
            return m_error;
        }
        bool ok = true;
        QString why;
        for (const QString &sql : migrations().at(v)) {
            if (!q.exec(sql)) {
                ok = false;
                why = q.lastError().text();
                break;
            }
        }
        if (ok && !q.exec(u"UPDATE schema_version SET version = %1"_s.arg(v + 1))) {
            ok = false;
            why = q.lastError().text();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            m_error = u"cannot migrate %1 to schema %2: %3"_s.arg(path).arg(v + 1).arg(why);
            db.close();
            return m_error;
        }
    }
    m_version = SchemaVersion;
    m_error.clear();
    return {};
}

QString HistoryStore::add(CheckRecord &record)
{
    if (!isOpen())
        return m_error = u"the history database is not open"_s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return m_error = u"cannot write to %1: %2"_s.arg(m_path, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(uR"(INSERT INTO checks (time_ms, target, protocol, host, port, security,
        effective_security, address, passed, result, fault, verdict_code, codes, failed_phase,
        duration_ms, phase_ms, cert_not_after_ms, cert_sha256, tls_version, greeting,
        capabilities, login, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
        ?, ?, ?, ?, ?, ?))"_s);
    const qint64 timeMs = record.time.toMSecsSinceEpoch();
    QJsonObject phaseMs;
    for (const PhaseTime &p : record.phases)
        phaseMs.insert(QString(phaseName(p.phase)), p.ms);
    q.addBindValue(timeMs);
    q.addBindValue(notNull(record.target));
    q.addBindValue(protocolName(record.protocol));
    q.addBindValue(notNull(record.host));
    q.addBindValue(int(record.port));
    q.addBindValue(securityName(record.security));
    q.addBindValue(securityName(record.effectiveSecurity));
    q.addBindValue(notNull(record.address));
    q.addBindValue(record.passed ? 1 : 0);
    q.addBindValue(severityName(record.result));
    q.addBindValue(faultName(record.fault));
    q.addBindValue(QString(codeName(record.verdictCode)));
    q.addBindValue(joinCodes(record.codes));
    q.addBindValue(record.failedPhase ? QVariant(QString(phaseName(*record.failedPhase)))
                                      : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(record.durationMs);
    q.addBindValue(QString::fromUtf8(QJsonDocument(phaseMs).toJson(QJsonDocument::Compact)));
    q.addBindValue(record.certNotAfter.isValid() ? QVariant(record.certNotAfter.toMSecsSinceEpoch())
                                                 : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(notNull(record.certSha256));
    q.addBindValue(notNull(record.tlsVersion));
    q.addBindValue(notNull(record.greeting));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.capabilities))
                                         .toJson(QJsonDocument::Compact)));
    q.addBindValue(record.login ? 1 : 0);
    // The report compressed (zlib, about a fifth of its size): most of a row.
    q.addBindValue(qCompress(QJsonDocument(record.report).toJson(QJsonDocument::Compact), 6));
    bool ok = q.exec();
    QString why = ok ? QString() : q.lastError().text();
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0;
    if (ok) {
        QSqlQuery r(db);
        r.prepare(uR"(INSERT INTO rollup_hourly VALUES (?, ?, 1, ?, ?, ?)
            ON CONFLICT (target, hour_ms) DO UPDATE SET checks = checks + 1,
            failures = failures + excluded.failures,
            duration_ms_sum = duration_ms_sum + excluded.duration_ms_sum,
            duration_ms_max = MAX(duration_ms_max, excluded.duration_ms_max))"_s);
        r.addBindValue(record.target);
        r.addBindValue(hourOf(timeMs));
        r.addBindValue(record.passed ? 0 : 1);
        r.addBindValue(record.durationMs);
        r.addBindValue(record.durationMs);
        ok = r.exec();
        if (!ok)
            why = r.lastError().text();
    }
    if (!ok || !db.commit()) {
        if (ok)
            why = db.lastError().text();
        db.rollback();
        return m_error = u"cannot write to %1: %2"_s.arg(m_path, why);
    }
    record.id = id;
    return {};
}

QStringList HistoryStore::targets() const
{
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT DISTINCT target FROM checks ORDER BY target"_s)) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

namespace {

CheckRecord readRecord(const QSqlQuery &q, bool withReport)
{
    CheckRecord r;
    r.id = q.value(0).toLongLong();
    r.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.target = q.value(2).toString();
    r.protocol = protocolFromName(q.value(3).toString()).value_or(Protocol::Smtp);
    r.host = q.value(4).toString();
    r.port = quint16(q.value(5).toUInt());
    r.security = securityFromName(q.value(6).toString()).value_or(Security::Auto);
    r.effectiveSecurity = securityFromName(q.value(7).toString()).value_or(Security::None);
    r.address = q.value(8).toString();
    r.passed = q.value(9).toInt() != 0;
    r.result = enumFromName(q.value(10).toString(), severityName,
                            {Severity::Ok, Severity::Info, Severity::Warning, Severity::Error},
                            Severity::Error);
    r.fault =
        enumFromName(q.value(11).toString(), faultName,
                     {Fault::None, Fault::Settings, Fault::Network, Fault::Server}, Fault::None);
    r.verdictCode = codeFromName(q.value(12).toString()).value_or(Code::Ok);
    r.codes = splitCodes(q.value(13).toString());
    if (!q.value(14).isNull())
        r.failedPhase = phaseFromName(q.value(14).toString());
    r.durationMs = q.value(15).toLongLong();
    const QJsonObject phaseMs = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    // In the phases' order, not the JSON object's (alphabetical).
    for (const PhaseName &p : phaseTable) {
        if (phaseMs.contains(p.name))
            r.phases << PhaseTime{p.phase, phaseMs.value(p.name).toInteger()};
    }
    if (!q.value(17).isNull())
        r.certNotAfter = QDateTime::fromMSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
    r.certSha256 = q.value(18).toString();
    r.tlsVersion = q.value(19).toString();
    r.greeting = q.value(20).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(21).toString().toUtf8()).array())
        r.capabilities << v.toString();
    r.login = q.value(22).toInt() != 0;
    if (withReport) {
        // A BLOB is the compressed JSON; text (as schema 1 wrote it) the JSON itself.
        const QVariant v = q.value(23);
        const QByteArray json = v.typeId() == QMetaType::QByteArray ? qUncompress(v.toByteArray())
                                                                    : v.toString().toUtf8();
        r.report = QJsonDocument::fromJson(json).object();
    }
    return r;
}

const QString selectColumns = u"SELECT id, time_ms, target, protocol, host, port, security, "
                              "effective_security, address, passed, result, fault, verdict_code, "
                              "codes, failed_phase, duration_ms, phase_ms, cert_not_after_ms, "
                              "cert_sha256, tls_version, greeting, capabilities, login, "_s;

} // namespace

QList<CheckRecord> HistoryStore::checks(const QString &target, const QDateTime &since,
                                        const QDateTime &until, bool withReports) const
{
    QList<CheckRecord> list;
    if (!isOpen())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql = selectColumns + (withReports ? u"report"_s : u"''"_s) +
                  u" FROM checks WHERE time_ms >= ? AND time_ms < ?"_s;
    if (!target.isEmpty())
        sql += u" AND target = ?"_s;
    sql += u" ORDER BY time_ms, id"_s;
    q.prepare(sql);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::min());
    q.addBindValue(until.isValid() ? until.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max());
    if (!target.isEmpty())
        q.addBindValue(target);
    if (q.exec()) {
        while (q.next())
            list << readRecord(q, withReports);
    }
    return list;
}

std::optional<CheckRecord> HistoryStore::latest(const QString &target) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(selectColumns + u"report FROM checks WHERE target = ? ORDER BY time_ms DESC, id "
                              "DESC LIMIT 1"_s);
    q.addBindValue(target);
    if (q.exec() && q.next())
        return readRecord(q, true);
    return std::nullopt;
}

QList<HourlyRollup> HistoryStore::rollups(const QString &target, const QDateTime &since) const
{
    QList<HourlyRollup> list;
    if (!isOpen())
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT target, hour_ms, checks, failures, duration_ms_sum, duration_ms_max FROM "
              "rollup_hourly WHERE target = ? AND hour_ms >= ? ORDER BY hour_ms"_s);
    q.addBindValue(target);
    q.addBindValue(since.isValid() ? hourOf(since.toMSecsSinceEpoch())
                                   : std::numeric_limits<qint64>::min());
    if (q.exec()) {
        while (q.next()) {
            list << HourlyRollup{q.value(0).toString(),
                                 QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                                 q.value(2).toInt(),
                                 q.value(3).toInt(),
                                 q.value(4).toLongLong(),
                                 q.value(5).toLongLong()};
        }
    }
    return list;
}

int HistoryStore::applyRetention(const Clock &clock, std::chrono::days checks,
                                 std::chrono::days rollups)
{
    if (!isOpen())
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 now = clock.now().toMSecsSinceEpoch();
    const qint64 checksBefore =
        now - std::chrono::duration_cast<std::chrono::milliseconds>(checks).count();
    const qint64 rollupsBefore =
        now - std::chrono::duration_cast<std::chrono::milliseconds>(rollups).count();
    if (!db.transaction())
        return -1;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM checks WHERE time_ms < ?"_s);
    q.addBindValue(checksBefore);
    bool ok = q.exec();
    const int removed = ok ? q.numRowsAffected() : -1;
    if (ok) {
        QSqlQuery r(db);
        r.prepare(u"DELETE FROM rollup_hourly WHERE hour_ms + 3600000 <= ?"_s);
        r.addBindValue(rollupsBefore);
        ok = r.exec();
    }
    if (!ok || !db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return -1;
    }
    return removed;
}

} // namespace Portolan
