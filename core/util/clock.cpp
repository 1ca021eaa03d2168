#include "clock.h"

namespace Portolan {

namespace {

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] std::chrono::milliseconds monotonic() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

void ManualClock::advance(std::chrono::milliseconds by)
{
    Q_ASSERT(by.count() >= 0); // monotonic: time never goes back
    m_now = m_now.addMSecs(by.count());
    m_monotonic += by;
}

QDateTime ManualClock::defaultStart()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
}

} // namespace Portolan
