#pragma once

#include "analysis.h"
#include "checkrecord.h"
#include "monitortarget.h"
#include "util/clock.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace Portolan {

class HistoryStore;

// One address's report of a check round.
struct AddressReport
{
    QString address; // empty when the name did not resolve (the report says why)
    Report report;
};

// Watches targets: checks each one every `interval`, and after a failing check every
// `recheck` until a check passes, so an outage's edges are known to the recheck interval. A
// check of a target checks every address of its host (A and AAAA), each address one
// CheckRecord; the check fails when any address fails. An outage whose failures include the
// login (PhaseId::Auth) ends only with a passing check that logged in. Records are stored
// (setStore) before
// checkFinished() is emitted. Time comes from the Clock: with a ManualClock, tests advance it
// and call tick(), nothing waits.
class MonitorScheduler : public QObject
{
    Q_OBJECT
public:
    // Runs one check of `target` (its credentials already removed when this check does not log
    // in) and calls `done` once, from the event loop, with a report per address. `context`
    // owns whatever the probe creates; deleting it cancels the probe (no call then).
    using Prober = std::function<void(const MonitorTarget &target, QObject *context,
                                      std::function<void(const QList<AddressReport> &)> done)>;

    explicit MonitorScheduler(const QList<MonitorTarget> &targets,
                              const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~MonitorScheduler() override;

    // Where records go; none: only the signals. Not owned; must outlive the scheduler.
    void setStore(HistoryStore *store);
    // The probe; the default resolves the host and runs a MailCheck per address.
    void setProber(Prober prober);
    [[nodiscard]] static Prober defaultProber();

    // First checks of every target now, then on schedule (a timer calls tick()).
    void start();
    // No new checks; running ones finish and are stored, then stopped() (at once when none run).
    void stop();
    // Starts every check due at clock.monotonic(). The timer calls it; tests call it.
    void tick();

    [[nodiscard]] const QList<MonitorTarget> &targets() const { return m_targets; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    // The outage a target is in now; none when its last check passed.
    [[nodiscard]] std::optional<Outage> currentOutage(const QString &target) const;
    [[nodiscard]] int runningChecks() const;
    [[nodiscard]] bool isStopping() const { return m_stopping; }
    // When the next check of any target is due, on clock.monotonic(); none when stopped.
    [[nodiscard]] std::optional<std::chrono::milliseconds> nextDue() const;

Q_SIGNALS:
    // A check of one address finished (and is stored when there is a store).
    void checkFinished(const Portolan::CheckRecord &record);
    // Every address of one check of `target` finished; `passed` when all passed.
    void roundFinished(const QString &target, bool passed);
    // The target's first failing check after passing (or at the start): the outage so far.
    void outageStarted(const Portolan::Outage &outage);
    // The first passing check after an outage: the whole outage, with its end.
    void outageEnded(const Portolan::Outage &outage);
    // The store failed to take a record (the monitor command exits 1 on it).
    void storeFailed(const QString &error);
    // After stop(): the last running check is finished and stored.
    void stopped();

private:
    struct State;
    void startCheck(int index);
    void onRound(int index, const QList<AddressReport> &reports, const QDateTime &started,
                 std::chrono::milliseconds startedMono);
    void armTimer();

    QList<MonitorTarget> m_targets;
    const Clock &m_clock;
    HistoryStore *m_store = nullptr;
    Prober m_prober;
    QList<State *> m_states;
    QTimer *m_timer = nullptr;
    bool m_started = false;
    bool m_stopping = false;
};

} // namespace Portolan
