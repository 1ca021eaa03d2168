#pragma once

#include "checkrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Portolan {

class Clock;

// One hour of one target, kept after its checks are past the retention.
struct HourlyRollup
{
    QString target;
    QDateTime hour; // the hour's start, UTC
    int checks = 0;
    int failures = 0;
    qint64 durationMsSum = 0;
    qint64 durationMsMax = 0;
    friend bool operator==(const HourlyRollup &, const HourlyRollup &) = default;
};

// The monitor's history: an SQLite database through QtSql (WAL; one transaction per check, so a
// kill -9 loses nothing that was committed; a schema version table and migrations). The CLI's
// monitor and history commands and the app read and write the same file. Main thread only; any
// number of stores may be open at once (each has its own connection).
class HistoryStore
{
public:
    // Schema version this build writes; older databases are migrated on open().
    static constexpr int SchemaVersion = 2;
    static constexpr std::chrono::days DefaultRetention{90};
    static constexpr std::chrono::days DefaultRollupRetention{3650};

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // The default file, the same for the CLI and the app: $XDG_DATA_HOME/portolan/history.sqlite
    // (~/.local/share/portolan/history.sqlite; GenericDataLocation elsewhere).
    [[nodiscard]] static QString defaultPath();

    // Opens (creating it and its directory when needed) and migrates. Empty when fine, else why
    // not, in one line ("cannot open /x/y.sqlite: unable to open database file").
    [[nodiscard]] QString open(const QString &path);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const;
    [[nodiscard]] int schemaVersion() const; // as found on disk after open()

    // Stores one check and its hour's roll-up in one transaction; sets record.id. Empty when
    // fine, else why not (the database failed).
    [[nodiscard]] QString add(CheckRecord &record);

    // The targets that have checks, by name.
    [[nodiscard]] QStringList targets() const;
    // The checks of `target` (every target when empty) from `since` (everything when invalid)
    // to `until` (exclusive; no end when invalid), oldest first. `withReports`: also read each
    // check's report JSON (large); else CheckRecord::report stays empty.
    [[nodiscard]] QList<CheckRecord> checks(const QString &target, const QDateTime &since = {},
                                            const QDateTime &until = {},
                                            bool withReports = false) const;
    // The newest check of a target, with its report.
    [[nodiscard]] std::optional<CheckRecord> latest(const QString &target) const;
    [[nodiscard]] QList<HourlyRollup> rollups(const QString &target,
                                              const QDateTime &since = {}) const;

    // Deletes checks older than `checks` and roll-ups older than `rollups`, before
    // clock.now(). Returns how many checks went, or -1 when the database failed.
    int applyRetention(const Clock &clock, std::chrono::days checks = DefaultRetention,
                       std::chrono::days rollups = DefaultRollupRetention);

    [[nodiscard]] QString lastError() const;

private:
    QString m_connection; // the QSqlDatabase connection's name
    QString m_path;
    QString m_error;
    int m_version = 0;
};

} // namespace Portolan
