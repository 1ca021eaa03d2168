#include "scheduler.h"

#include "dns/resolver.h"
#include "historystore.h"

#include <QHostAddress>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Portolan {

struct MonitorScheduler::State
{
    std::chrono::milliseconds due{0}; // on clock.monotonic()
    QObject *context = nullptr;       // the probe in flight; null when none
    qint64 checksStarted = 0;
    std::optional<Outage> outage;
};

namespace {

// One check round of a target: a MailCheck per address, run side by side.
class Round : public QObject
{
public:
    Round(const MonitorTarget &target, std::function<void(const QList<AddressReport> &)> done,
          QObject *parent)
        : QObject(parent)
        , m_target(target)
        , m_done(std::move(done))
    {}

    void start()
    {
        const QString host = m_target.check.target.host;
        if (!QHostAddress(host).isNull()) {
            runChecks({QHostAddress(host)});
            return;
        }
        Resolver::shared({m_target.check.dnsServer, m_target.check.trustAnchorFile})
            ->lookupAddresses(
                host, m_target.check.family, this,
                [this](const AddressResult &result) {
                    if (result.status != DnsStatus::Ok || result.addresses.isEmpty()) {
                        // The check itself resolves again and says why it failed.
                        runOne(QString(), m_target.check);
                        return;
                    }
                    runChecks(result.addresses);
                },
                m_target.check.timeout);
    }

private:
    void runChecks(const QList<QHostAddress> &addresses)
    {
        for (const QHostAddress &a : addresses) {
            CheckOptions options = m_target.check;
            if (options.target.serverName.isEmpty())
                options.target.serverName = options.target.host;
            options.target.host = a.toString();
            runOne(a.toString(), options);
        }
    }

    void runOne(const QString &address, const CheckOptions &options)
    {
        auto *check = new MailCheck(options, this);
        const int slot = int(m_reports.size());
        m_reports << AddressReport{address, {}};
        ++m_running;
        connect(check, &MailCheck::finished, this, [this, check, slot] {
            Report report = check->report();
            // The report names the host as configured; the address it dialled is in `address`.
            report.target.host = m_target.check.target.host;
            m_reports[slot].report = report;
            check->deleteLater();
            if (--m_running == 0)
                m_done(m_reports);
        });
        check->start();
    }

    MonitorTarget m_target;
    std::function<void(const QList<AddressReport> &)> m_done;
    QList<AddressReport> m_reports;
    int m_running = 0;
};

} // namespace

MonitorScheduler::MonitorScheduler(const QList<MonitorTarget> &targets, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_clock(clock)
    , m_prober(defaultProber())
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Portolan::CheckRecord>("Portolan::CheckRecord");
    qRegisterMetaType<Portolan::Outage>("Portolan::Outage");
    for (qsizetype i = 0; i < m_targets.size(); ++i)
        m_states << new State;
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MonitorScheduler::tick);
}

MonitorScheduler::~MonitorScheduler()
{
    for (State *s : std::as_const(m_states)) {
        delete s->context; // cancels the probe: no callback comes
        delete s;
    }
}

void MonitorScheduler::setStore(HistoryStore *store)
{
    m_store = store;
}

void MonitorScheduler::setProber(Prober prober)
{
    m_prober = std::move(prober);
}

MonitorScheduler::Prober MonitorScheduler::defaultProber()
{
    return [](const MonitorTarget &target, QObject *context,
              std::function<void(const QList<AddressReport> &)> done) {
        auto *round = new Round(target, std::move(done), context);
        round->start();
    };
}

void MonitorScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    const auto now = m_clock.monotonic();
    for (State *s : std::as_const(m_states))
        s->due = now;
    tick();
}

void MonitorScheduler::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_timer->stop();
    if (runningChecks() == 0)
        QMetaObject::invokeMethod(this, &MonitorScheduler::stopped, Qt::QueuedConnection);
}

int MonitorScheduler::runningChecks() const
{
    int n = 0;
    for (const State *s : m_states) {
        if (s->context)
            ++n;
    }
    return n;
}

std::optional<Outage> MonitorScheduler::currentOutage(const QString &target) const
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).name == target)
            return m_states.at(i)->outage;
    }
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> MonitorScheduler::nextDue() const
{
    if (!m_started || m_stopping)
        return std::nullopt;
    std::optional<std::chrono::milliseconds> next;
    for (const State *s : m_states) {
        if (!s->context && (!next || s->due < *next))
            next = s->due;
    }
    return next;
}

void MonitorScheduler::tick()
{
    if (!m_started || m_stopping)
        return;
    const auto now = m_clock.monotonic();
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        State *s = m_states.at(i);
        if (!s->context && s->due <= now)
            startCheck(int(i));
    }
    armTimer();
}

void MonitorScheduler::armTimer()
{
    const std::optional<std::chrono::milliseconds> next = nextDue();
    if (!next) {
        m_timer->stop();
        return;
    }
    // Never longer than a second: a clock that moves by itself (a ManualClock in a test that
    // runs the event loop) is noticed soon enough.
    const auto wait = std::clamp(*next - m_clock.monotonic(), 0ms, std::chrono::milliseconds(1000));
    m_timer->start(wait);
}

void MonitorScheduler::startCheck(int index)
{
    State *s = m_states.at(index);
    MonitorTarget target = m_targets.at(index);
    const bool login = target.loginEvery > 0 && s->checksStarted % target.loginEvery == 0;
    if (!login)
        target.check.credentials = {};
    ++s->checksStarted;
    const QDateTime started = m_clock.now();
    const auto startedMono = m_clock.monotonic();
    auto *context = new QObject(this);
    s->context = context;
    QPointer<QObject> guard(context);
    m_prober(target, context,
             [this, index, started, startedMono, guard](const QList<AddressReport> &reports) {
                 if (!guard)
                     return;
                 State *st = m_states.at(index);
                 guard->deleteLater();
                 st->context = nullptr;
                 onRound(index, reports, started, startedMono);
             });
}

void MonitorScheduler::onRound(int index, const QList<AddressReport> &reports,
                               const QDateTime &started, std::chrono::milliseconds startedMono)
{
    State *s = m_states.at(index);
    const MonitorTarget &target = m_targets.at(index);
    bool passed = true;
    QList<CheckRecord> records;
    for (const AddressReport &r : reports) {
        CheckRecord record =
            recordFromReport(target.name, target.check.target, r.address, r.report);
        // The scheduler's clock is the history's: every address of a round has its start.
        record.time = started;
        // The record's port is the one dialled; a target without one has the default.
        if (record.port == 0)
            record.port = target.check.target.port;
        passed = passed && record.passed;
        if (m_store) {
            if (const QString why = m_store->add(record); !why.isEmpty())
                Q_EMIT storeFailed(why);
        }
        records << record;
    }
    const bool loginRound =
        std::any_of(records.cbegin(), records.cend(), [](const CheckRecord &r) { return r.login; });
    for (const CheckRecord &record : std::as_const(records))
        Q_EMIT checkFinished(record);
    Q_EMIT roundFinished(target.name, passed);

    if (!passed) {
        const bool starting = !s->outage;
        if (starting) {
            s->outage = Outage{};
            s->outage->target = target.name;
            s->outage->start = started;
            for (const CheckRecord &r : std::as_const(records)) {
                if (!r.passed) {
                    s->outage->start = r.time;
                    break;
                }
            }
        }
        for (const CheckRecord &r : std::as_const(records)) {
            if (r.passed)
                continue;
            ++s->outage->failedChecks;
            if (!s->outage->codes.contains(r.verdictCode))
                s->outage->codes << r.verdictCode;
            if (r.failedPhase && !s->outage->phases.contains(*r.failedPhase))
                s->outage->phases << *r.failedPhase;
            if (!s->outage->addresses.contains(r.address))
                s->outage->addresses << r.address;
        }
        s->outage->seconds = std::max<qint64>(0, s->outage->start.secsTo(m_clock.now()));
        if (starting)
            Q_EMIT outageStarted(*s->outage);
    } else if (s->outage && (loginRound || !s->outage->phases.contains(PhaseId::Auth))) {
        // A check without the login cannot end an outage of the login.
        Outage ended = *s->outage;
        s->outage.reset();
        ended.end = records.isEmpty() ? started : records.constFirst().time;
        ended.seconds = std::max<qint64>(0, ended.start.secsTo(*ended.end));
        Q_EMIT outageEnded(ended);
    }

    // While it passes, the next check an interval after this one began; in an outage, a
    // recheck after this one ended.
    const auto now = m_clock.monotonic();
    s->due = s->outage ? now + std::chrono::milliseconds(target.recheck)
                       : std::max(startedMono + std::chrono::milliseconds(target.interval), now);

    if (m_stopping) {
        if (runningChecks() == 0)
            Q_EMIT stopped();
        return;
    }
    armTimer();
}

} // namespace Portolan
