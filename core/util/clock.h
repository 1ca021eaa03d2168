#pragma once

#include <QDateTime>

#include <chrono>

namespace Portolan {

// Where time comes from for logic that depends on it (a cache's expiry, a monitor's schedule).
// Production code takes a `const Clock &` defaulting to Clock::system(); tests pass a
// ManualClock and move it by hand, so nothing waits for real time to pass.
class Clock
{
public:
    virtual ~Clock() = default;
    // The wall-clock time, in UTC: for what people read (timestamps in reports and history).
    [[nodiscard]] virtual QDateTime now() const = 0;
    // Time since an arbitrary start that never goes back (not even when the wall clock is
    // set back): for durations and expiry.
    [[nodiscard]] virtual std::chrono::milliseconds monotonic() const = 0;

    // The process's real clock.
    [[nodiscard]] static const Clock &system();
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = defaultStart());

    [[nodiscard]] QDateTime now() const override { return m_now; }
    [[nodiscard]] std::chrono::milliseconds monotonic() const override { return m_monotonic; }

    // Time passes: both clocks move forward.
    void advance(std::chrono::milliseconds by);
    // The wall clock is set (an NTP step, a user changing the time): the monotonic one stays.
    void setNow(const QDateTime &utc) { m_now = utc.toUTC(); }

    [[nodiscard]] static QDateTime defaultStart();

private:
    QDateTime m_now;
    std::chrono::milliseconds m_monotonic{0};
};

} // namespace Portolan
