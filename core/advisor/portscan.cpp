#include "portscan.h"

using namespace Qt::StringLiterals;

namespace Portolan {

PortRole portRole(Protocol p)
{
    switch (p) {
    case Protocol::Smtp:
        return PortRole::Sending;
    case Protocol::Imap:
    case Protocol::Pop3:
        return PortRole::Receiving;
    case Protocol::Sieve:
        break;
    }
    return PortRole::Filters;
}

QString portRoleName(PortRole r)
{
    switch (r) {
    case PortRole::Sending:
        return u"sending"_s;
    case PortRole::Receiving:
        return u"receiving"_s;
    case PortRole::Filters:
        break;
    }
    return u"filters"_s;
}

// Lower is better: the security mode first (RFC 8314 §3.3), then what the port is for.
int portScore(const PortAdvice &a)
{
    const Security s = a.report.effectiveSecurity;
    int score = s == Security::Tls ? 0 : s == Security::StartTls ? 100 : 200;
    if (a.target.protocol == Protocol::Smtp)
        score += a.target.standardPort == 25 ? 20 : a.target.standardPort == 2525 ? 10 : 0;
    if (a.target.protocol == Protocol::Pop3)
        score += 10; // IMAP keeps the mail on the server for every device
    return score;
}

QString portReason(const PortAdvice &a)
{
    if (!a.works)
        return a.report.verdict.summary;
    QStringList why;
    switch (a.report.effectiveSecurity) {
    case Security::Tls:
        why << u"encrypted from the first byte (SSL/TLS), the mode RFC 8314 recommends"_s;
        break;
    case Security::StartTls:
        why << u"encrypted after a plain greeting (STARTTLS)"_s;
        break;
    default:
        why << u"not encrypted: passwords and mail travel in clear"_s;
        break;
    }
    if (a.target.protocol == Protocol::Smtp && a.target.standardPort == 25)
        why << u"port 25 is for server-to-server mail and many networks block it"_s;
    if (a.target.protocol == Protocol::Pop3)
        why << u"POP3 downloads the mail; IMAP keeps it on the server for all your devices"_s;
    if (a.report.loginRequested)
        why << (a.report.authenticated ? u"the login worked"_s : u"the login did not work"_s);
    return why.join(u"; "_s);
}

TextContext textContext(const ScanReport &scan, const Report &report, Audience audience)
{
    TextContext c = textContext(report, audience);
    for (const PortAdvice &a : scan.ports) { // best first: the first working one of each mode
        if (!a.works || a.report.target.protocol != report.target.protocol)
            continue;
        const quint16 port = a.report.target.port ? a.report.target.port : a.target.port;
        if (a.report.effectiveSecurity == Security::Tls && !c.tlsPort)
            c.tlsPort = port;
        else if (a.report.effectiveSecurity == Security::StartTls && !c.starttlsPort)
            c.starttlsPort = port;
    }
    return c;
}

const PortAdvice *ScanReport::best(Protocol protocol) const
{
    // Within a role the ports are sorted best first.
    for (const PortAdvice &a : ports) {
        if (a.works && a.target.protocol == protocol)
            return &a;
    }
    return nullptr;
}

const PortAdvice *ScanReport::bestReceiving() const
{
    for (const PortAdvice &a : ports) {
        if (a.works && portRole(a.target.protocol) == PortRole::Receiving)
            return &a;
    }
    return nullptr;
}

const PortAdvice *ScanReport::headline() const
{
    const PortAdvice *sending = best(Protocol::Smtp);
    const PortAdvice *receiving = bestReceiving();
    const PortAdvice *worst = nullptr;
    for (const PortAdvice &a : ports) {
        const PortRole role = portRole(a.target.protocol);
        const bool covered = !a.works && ((role == PortRole::Sending && sending) ||
                                          (role == PortRole::Receiving && receiving));
        if (covered)
            continue;
        if (!worst || int(a.report.result()) > int(worst->report.result()))
            worst = &a;
    }
    return worst ? worst : (ports.isEmpty() ? nullptr : &ports.constFirst());
}

PortScan::PortScan(const CheckOptions &base, const QList<ScanTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_targets(targets)
{
    m_report.host = base.target.host;
}

PortScan::~PortScan() = default;

QList<ScanTarget> PortScan::defaultTargets(std::optional<Protocol> only)
{
    const QList<ScanTarget> all{
        {Protocol::Smtp, 465, 465},   {Protocol::Smtp, 587, 587}, {Protocol::Smtp, 25, 25},
        {Protocol::Smtp, 2525, 2525}, {Protocol::Imap, 993, 993}, {Protocol::Imap, 143, 143},
        {Protocol::Pop3, 995, 995},   {Protocol::Pop3, 110, 110}, {Protocol::Sieve, 4190, 4190}};
    QList<ScanTarget> out;
    for (const ScanTarget &t : all) {
        if (!only || t.protocol == *only)
            out << t;
    }
    return out;
}

QList<ScanTarget> PortScan::parsePorts(const QString &list, std::optional<Protocol> only,
                                       QString *error)
{
    QList<ScanTarget> targets;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        bool ok = false;
        const uint port = item.section(u':', -1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = u"'%1' is not a port"_s.arg(item);
            return {};
        }
        std::optional<Protocol> protocol;
        if (item.contains(u':')) {
            protocol = protocolFromName(item.section(u':', 0, 0));
            if (!protocol) {
                *error = u"unknown protocol in '%1'"_s.arg(item);
                return {};
            }
        } else {
            for (const ScanTarget &t : defaultTargets()) {
                if (t.port == port)
                    protocol = t.protocol;
            }
            if (!protocol)
                protocol = only.value_or(Protocol::Smtp);
        }
        if (only && *protocol != *only)
            continue;
        targets << ScanTarget{*protocol, quint16(port), quint16(port)};
    }
    return targets;
}

void PortScan::start()
{
    m_clock.start();
    m_pending = int(m_targets.size());
    m_doneAt.fill(0, m_targets.size());
    m_furthest.fill(std::nullopt, m_targets.size());
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const ScanTarget &t = m_targets.at(i);
        CheckOptions o = m_base;
        o.target.protocol = t.protocol;
        o.target.port = t.port;
        // The mode the port is meant for; where that fails, the check tries the other one.
        o.target.security = t.security != Security::Auto
                                ? t.security
                                : MailCheck::conventionalSecurity(t.protocol, t.standardPort)
                                      .value_or(Security::Auto);
        o.send = false;
        o.tlsDetail = true; // an admin's overview: always, per port
        auto *check = new MailCheck(o, this);
        m_checks << check;
        connect(check, &MailCheck::progress, this, [this, i](PhaseId phase) {
            std::optional<PhaseId> &furthest = m_furthest[i];
            if (furthest && int(phase) <= int(*furthest))
                return;
            furthest = phase;
            Q_EMIT portProgress(int(i), phase);
        });
        connect(check, &MailCheck::finished, this, [this, i] {
            m_doneAt[i] = m_clock.elapsed();
            Q_EMIT portFinished(m_targets.at(i));
            if (--m_pending == 0)
                conclude();
        });
    }
    // Every check starts before any runs: they proceed together on this event loop.
    for (MailCheck *c : std::as_const(m_checks))
        c->start();
    if (m_targets.isEmpty())
        QMetaObject::invokeMethod(this, &PortScan::conclude, Qt::QueuedConnection);
}

const Report &PortScan::checkReport(int index) const
{
    return m_checks.at(index)->report();
}

void PortScan::abort()
{
    for (MailCheck *c : std::as_const(m_checks))
        c->abort();
}

void PortScan::conclude()
{
    QList<PortAdvice> all;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        PortAdvice a;
        a.target = m_targets.at(i);
        a.report = m_checks.at(i)->report();
        a.works = a.report.result() != Severity::Error;
        m_report.slowestMs = qMax(m_report.slowestMs, a.report.totalMs);
        all << a;
    }
    // Port 25 that only times out while a submission port of the same host answers: the
    // user's network blocks outgoing 25.
    const bool submissionAnswers = std::any_of(all.cbegin(), all.cend(), [](const PortAdvice &a) {
        return a.target.protocol == Protocol::Smtp && a.target.standardPort != 25 &&
               !a.report.address.isEmpty();
    });
    for (PortAdvice &a : all) {
        if (a.target.protocol == Protocol::Smtp && a.target.standardPort == 25 &&
            submissionAnswers) {
            for (Diagnosis &d : a.report.diagnoses) {
                if (d.code == Code::ConnectionTimeout) {
                    d.code = Code::Port25Blocked;
                    concludeReport(a.report);
                }
            }
        }
    }
    // Rank within each role; the ports that do not work keep their verdict as the reason.
    for (PortRole role : {PortRole::Sending, PortRole::Receiving, PortRole::Filters}) {
        QList<PortAdvice> group;
        for (const PortAdvice &a : std::as_const(all)) {
            if (portRole(a.target.protocol) == role)
                group << a;
        }
        std::stable_sort(group.begin(), group.end(), [](const PortAdvice &x, const PortAdvice &y) {
            if (x.works != y.works)
                return x.works;
            return x.works && portScore(x) < portScore(y);
        });
        int rank = 0;
        for (PortAdvice &a : group) {
            a.rank = a.works ? ++rank : 0;
            a.reason = portReason(a);
            m_report.ports << a;
        }
    }
    m_report.totalMs = m_clock.elapsed();
    Q_EMIT finished();
}

} // namespace Portolan
