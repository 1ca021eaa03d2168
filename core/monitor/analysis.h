#pragma once

#include "checkrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Portolan {

// A time a target failed: from the first failing check (any address) to the first check round
// after it in which every address passed (a round: the checks of one time); an outage of the
// login (a failure in PhaseId::Auth) ends only with a passing round that logged in. Derived from
// the history, never stored.
struct Outage
{
    QString target;
    QDateTime start;              // the first failing check's time
    std::optional<QDateTime> end; // the first passing check after it; none while it lasts
    qint64 seconds = 0;           // end (or "now" while it lasts) − start
    QList<Code> codes;            // the failing checks' verdict codes, first seen first
    QList<PhaseId> phases;        // the phases that failed, first seen first
    QStringList addresses;        // the addresses that failed, first seen first
    int failedChecks = 0;
    friend bool operator==(const Outage &, const Outage &) = default;
};

// Something that changed between two passing checks of the same address.
struct HistoryEvent
{
    enum class Kind { CertificateRenewed, TlsVersionChanged, BannerChanged, CapabilitiesChanged };
    Kind kind = Kind::BannerChanged;
    QDateTime time; // the first check that saw the new state
    QString address;
    QString before;
    QString after;
    friend bool operator==(const HistoryEvent &, const HistoryEvent &) = default;
};
// "certificate-renewed", "tls-version-changed", "banner-changed", "capabilities-changed"
[[nodiscard]] QString eventKindName(HistoryEvent::Kind kind);

// The reading of a target's history for people and for portolan.history/1.
struct TargetSummary
{
    QString target;
    int checks = 0;
    int failures = 0;
    double uptime = 1.0; // the share of the watched time outside outages, 0..1
    QDateTime first;     // the first and last check in the range
    QDateTime last;
    QList<Outage> outages;
    std::array<int, 24> byHour{}; // failing checks by the hour of day (UTC) they started in
    QList<HistoryEvent> events;
    QDateTime certNotAfter; // the newest check's certificate expiry; invalid without TLS
    QString reading;        // the plain-language reading of the pattern (readPattern())
};

// Outages of one target's checks (oldest first). `now` ends an outage that lasts for its
// `seconds`.
[[nodiscard]] QList<Outage> deriveOutages(const QList<CheckRecord> &checks, const QDateTime &now);
[[nodiscard]] QList<HistoryEvent> deriveEvents(const QList<CheckRecord> &checks);
// The pattern in plain words, decided on the outages' typed codes and times, e.g. "6 of 7
// outages began between 03:00 and 03:10 UTC, each a refused connection: …".
[[nodiscard]] QString readPattern(const QList<Outage> &outages, Protocol protocol);
[[nodiscard]] TargetSummary summarize(const QString &target, const QList<CheckRecord> &checks,
                                      const QDateTime &now);

// portolan.history/1 (docs/schema/history.schema.json).
[[nodiscard]] QJsonObject historyToJson(const QList<TargetSummary> &targets, const QDateTime &since,
                                        const QDateTime &generated);
[[nodiscard]] QString historyToText(const QList<TargetSummary> &targets, bool colour);
[[nodiscard]] QString historyToMarkdown(const QList<TargetSummary> &targets,
                                        const QDateTime &generated);
[[nodiscard]] QString historyToHtml(const QList<TargetSummary> &targets,
                                    const QDateTime &generated);

} // namespace Portolan
