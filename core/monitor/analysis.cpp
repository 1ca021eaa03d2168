#include "analysis.h"

#include "report/catalogue.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

template <typename T> void addOnce(QList<T> &list, const T &value)
{
    if (!list.contains(value))
        list << value;
}

// A greeting without what changes from one connection to the next (times, session ids).
QString normalisedBanner(const QString &greeting)
{
    static const QRegularExpression digits(u"[0-9]+"_s);
    return QString(greeting).replace(digits, u"#"_s).simplified();
}

QString capabilitySet(const QStringList &capabilities)
{
    QStringList sorted;
    for (const QString &c : capabilities)
        sorted << c.simplified().toUpper();
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(u' ');
}

enum class Cause { Stopped, Silent, Dns, Tls, Login, Other };

Cause causeOf(Code code)
{
    switch (code) {
    case Code::ConnectionRefused:
    case Code::ConnectionClosed:
    case Code::GreetingRejected:
    case Code::ServerBusy:
        return Cause::Stopped;
    case Code::ConnectionTimeout:
    case Code::GreetingTimeout:
    case Code::ReplyTimeout:
    case Code::NetworkUnreachable:
    case Code::Port25Blocked:
        return Cause::Silent;
    case Code::DnsNxdomain:
    case Code::DnsNoAddress:
    case Code::DnsFailure:
        return Cause::Dns;
    case Code::TlsHandshakeFailed:
    case Code::TlsAlert:
    case Code::StartTlsFailed:
    case Code::StartTlsNotOffered:
    case Code::CertExpired:
    case Code::CertNotYetValid:
    case Code::CertHostnameMismatch:
    case Code::CertSelfSigned:
    case Code::CertUntrusted:
    case Code::CertChainIncomplete:
    case Code::CertRevoked:
        return Cause::Tls;
    case Code::AuthFailed:
    case Code::AuthTemporaryFailure:
    case Code::AuthNotOffered:
    case Code::AuthMechanismUnsupported:
        return Cause::Login;
    default:
        return Cause::Other;
    }
}

// What happened, as a noun phrase: "a refused connection".
QString codePhrase(Code code)
{
    switch (code) {
    case Code::ConnectionRefused:
        return u"a refused connection"_s;
    case Code::ConnectionClosed:
        return u"a connection closed by the server"_s;
    case Code::ConnectionTimeout:
        return u"a connection that timed out"_s;
    case Code::GreetingTimeout:
        return u"a server that connected but never greeted"_s;
    case Code::GreetingRejected:
        return u"a greeting that refused service (421 or the like)"_s;
    case Code::ServerBusy:
        return u"a busy server"_s;
    case Code::ReplyTimeout:
        return u"a server that stopped answering"_s;
    case Code::NetworkUnreachable:
        return u"an unreachable network"_s;
    case Code::DnsNxdomain:
    case Code::DnsNoAddress:
    case Code::DnsFailure:
        return u"a name that did not resolve"_s;
    case Code::AuthFailed:
        return u"a refused login"_s;
    case Code::AuthTemporaryFailure:
        return u"a temporary login failure"_s;
    default:
        break;
    }
    if (const CatalogueEntry *e = Catalogue::instance().entry(code); e && !e->title.isEmpty())
        return u"“%1” (%2)"_s.arg(e->title, codeName(code));
    return QString(codeName(code));
}

QString causeSentence(Cause cause, bool clustered)
{
    switch (cause) {
    case Cause::Stopped:
        return clustered ? u"the server stops its mail service at that time (a backup or a "
                           "restart job?)"_s
                         : u"the mail service stops now and then (a crash or a restart? the "
                           "server's logs at those times will say)"_s;
    case Cause::Silent:
        return clustered ? u"the server or the network to it stops answering at that time (a "
                           "firewall or network job, an overloaded machine?)"_s
                         : u"the server or the network to it stops answering now and then"_s;
    case Cause::Dns:
        return u"the name does not resolve then (the DNS servers are unreachable or "
               "misconfigured?)"_s;
    case Cause::Tls:
        return clustered ? u"TLS fails at that time (a certificate being replaced?)"_s
                         : u"TLS fails now and then (one server of several with a different "
                           "certificate?)"_s;
    case Cause::Login:
        return u"the login fails then (the password back end is unavailable, or fail2ban "
               "blocks the monitor?)"_s;
    case Cause::Other:
        break;
    }
    return {};
}

QString advice(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return u"An app that sends through it must retry or queue."_s;
    case Protocol::Imap:
    case Protocol::Pop3:
        return u"Mail clients show errors then; they retry by themselves."_s;
    case Protocol::Sieve:
        return u"Changing filters fails then."_s;
    }
    return {};
}

QString hhmm(int minuteOfDay)
{
    minuteOfDay = ((minuteOfDay % 1440) + 1440) % 1440;
    return u"%1:%2"_s.arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

int minuteOfDay(const QDateTime &t)
{
    const QTime time = t.toUTC().time();
    return time.hour() * 60 + time.minute();
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60);
    return u"%1 d %2 h"_s.arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace

QString eventKindName(HistoryEvent::Kind kind)
{
    switch (kind) {
    case HistoryEvent::Kind::CertificateRenewed:
        return u"certificate-renewed"_s;
    case HistoryEvent::Kind::TlsVersionChanged:
        return u"tls-version-changed"_s;
    case HistoryEvent::Kind::BannerChanged:
        return u"banner-changed"_s;
    case HistoryEvent::Kind::CapabilitiesChanged:
        return u"capabilities-changed"_s;
    }
    return {};
}

QList<Outage> deriveOutages(const QList<CheckRecord> &checks, const QDateTime &now)
{
    QList<Outage> outages;
    std::optional<Outage> current;
    // A round is the checks of every address that began together (the scheduler gives them one
    // time): it fails when any of them failed, and the first round after an outage in which every
    // address passed ends it, as MonitorScheduler decides it.
    for (qsizetype i = 0; i < checks.size();) {
        qsizetype end = i + 1;
        while (end < checks.size() && checks.at(end).time == checks.at(i).time)
            ++end;
        bool failed = false;
        bool login = false;
        for (qsizetype k = i; k < end; ++k) {
            login = login || checks.at(k).login;
            const CheckRecord &c = checks.at(k);
            if (c.passed)
                continue;
            failed = true;
            if (!current) {
                current = Outage{};
                current->target = c.target;
                current->start = c.time;
            }
            ++current->failedChecks;
            addOnce(current->codes, c.verdictCode);
            if (c.failedPhase)
                addOnce(current->phases, *c.failedPhase);
            addOnce(current->addresses, c.address);
        }
        // A check without the login cannot end an outage of the login.
        if (!failed && current && (login || !current->phases.contains(PhaseId::Auth))) {
            current->end = checks.at(i).time;
            current->seconds = std::max<qint64>(0, current->start.secsTo(*current->end));
            outages << *current;
            current.reset();
        }
        i = end;
    }
    if (current) {
        current->seconds = std::max<qint64>(0, current->start.secsTo(now));
        outages << *current;
    }
    return outages;
}

QList<HistoryEvent> deriveEvents(const QList<CheckRecord> &checks)
{
    QList<HistoryEvent> events;
    QHash<QString, const CheckRecord *> last; // the last passing check of each address
    for (const CheckRecord &c : checks) {
        if (!c.passed)
            continue;
        const CheckRecord *before = last.value(c.address);
        last.insert(c.address, &c);
        if (!before)
            continue;
        if (!before->certSha256.isEmpty() && !c.certSha256.isEmpty() &&
            before->certSha256 != c.certSha256) {
            events << HistoryEvent{HistoryEvent::Kind::CertificateRenewed, c.time, c.address,
                                   u"expires %1"_s.arg(iso(before->certNotAfter)),
                                   u"expires %1"_s.arg(iso(c.certNotAfter))};
        }
        if (!before->tlsVersion.isEmpty() && !c.tlsVersion.isEmpty() &&
            before->tlsVersion != c.tlsVersion) {
            events << HistoryEvent{HistoryEvent::Kind::TlsVersionChanged, c.time, c.address,
                                   before->tlsVersion, c.tlsVersion};
        }
        if (!before->greeting.isEmpty() && !c.greeting.isEmpty() &&
            normalisedBanner(before->greeting) != normalisedBanner(c.greeting)) {
            events << HistoryEvent{HistoryEvent::Kind::BannerChanged, c.time, c.address,
                                   before->greeting, c.greeting};
        }
        if (!before->capabilities.isEmpty() && !c.capabilities.isEmpty() &&
            capabilitySet(before->capabilities) != capabilitySet(c.capabilities)) {
            events << HistoryEvent{HistoryEvent::Kind::CapabilitiesChanged, c.time, c.address,
                                   before->capabilities.join(u' '), c.capabilities.join(u' ')};
        }
    }
    return events;
}

QString readPattern(const QList<Outage> &outages, Protocol protocol)
{
    if (outages.isEmpty())
        return u"No outages."_s;
    const qsizetype n = outages.size();
    // The outages' main reason: the first failing check's verdict.
    QHash<Code, int> byCode;
    for (const Outage &o : outages) {
        if (!o.codes.isEmpty())
            ++byCode[o.codes.constFirst()];
    }
    Code main = Code::Ok;
    int mainCount = 0;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        if (it.value() > mainCount || (it.value() == mainCount && it.key() < main)) {
            main = it.key();
            mainCount = it.value();
        }
    }

    if (n == 1) {
        const Outage &o = outages.constFirst();
        QString text =
            o.end ? u"One outage, from %1 UTC for %2"_s.arg(
                        o.start.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), duration(o.seconds))
                  : u"An outage since %1 UTC (%2 so far)"_s.arg(
                        o.start.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), duration(o.seconds));
        text += u": %1."_s.arg(codePhrase(main));
        return text + u' ' + advice(protocol);
    }

    // The ten minutes of the day (UTC) in which the most outages began.
    QList<int> minutes;
    for (const Outage &o : outages)
        minutes << minuteOfDay(o.start);
    int best = 0;
    int bestFrom = 0;
    for (int from : std::as_const(minutes)) {
        int count = 0;
        for (int m : std::as_const(minutes)) {
            if (((m - from + 1440) % 1440) < 10)
                ++count;
        }
        if (count > best) {
            best = count;
            bestFrom = from;
        }
    }
    const bool clustered = best >= 2 && best * 5 >= n * 3; // at least 60 %
    QString text;
    Code clusterCode = main;
    bool each = mainCount == n;
    if (clustered) {
        int last = bestFrom;
        QHash<Code, int> clusterCodes;
        for (const Outage &o : outages) {
            const int m = minuteOfDay(o.start);
            const int offset = (m - bestFrom + 1440) % 1440;
            if (offset < 10) {
                last = std::max(last, bestFrom + offset);
                if (!o.codes.isEmpty())
                    ++clusterCodes[o.codes.constFirst()];
            }
        }
        const int lo = (bestFrom / 5) * 5;
        const int hi = std::max(lo + 5, ((last + 5) / 5) * 5);
        text = best == n
                   ? u"All %1 outages began between %2 and %3 UTC"_s.arg(n).arg(hhmm(lo), hhmm(hi))
                   : u"%1 of %2 outages began between %3 and %4 UTC"_s.arg(best).arg(n).arg(
                         hhmm(lo), hhmm(hi));
        int count = 0;
        for (auto it = clusterCodes.cbegin(); it != clusterCodes.cend(); ++it) {
            if (it.value() > count) {
                clusterCode = it.key();
                count = it.value();
            }
        }
        each = count == best;
        text += each ? u", each %1"_s.arg(codePhrase(clusterCode))
                     : u", most %1"_s.arg(codePhrase(clusterCode));
    } else {
        text = u"%1 outages at scattered times of day"_s.arg(n);
        text += each                ? u", each %1"_s.arg(codePhrase(main))
                : mainCount * 2 > n ? u", most %1"_s.arg(codePhrase(main))
                                    : u", for different reasons"_s;
    }
    const QString cause = (each || mainCount * 2 > n || clustered)
                              ? causeSentence(causeOf(clusterCode), clustered)
                              : QString();
    text += cause.isEmpty() ? u"."_s : u": %1."_s.arg(cause);
    return text + u' ' + advice(protocol);
}

TargetSummary summarize(const QString &target, const QList<CheckRecord> &checks,
                        const QDateTime &now)
{
    TargetSummary s;
    s.target = target;
    s.checks = int(checks.size());
    if (checks.isEmpty()) {
        s.reading = u"No checks in this time."_s;
        return s;
    }
    s.first = checks.constFirst().time;
    s.last = checks.constLast().time;
    QSet<QString> addresses;
    for (const CheckRecord &c : checks) {
        addresses.insert(c.address);
        if (!c.passed) {
            ++s.failures;
            ++s.byHour[size_t(c.time.toUTC().time().hour())];
        }
    }
    // An outage that lasts is counted to the last check (or `now`, when earlier).
    const QDateTime end = now.isValid() && now < s.last ? now : s.last;
    s.outages = deriveOutages(checks, end);
    s.events = deriveEvents(checks);
    for (auto it = checks.crbegin(); it != checks.crend(); ++it) {
        if (it->certNotAfter.isValid()) {
            s.certNotAfter = it->certNotAfter;
            break;
        }
    }
    const qint64 span = s.first.msecsTo(s.last);
    qint64 down = 0;
    for (const Outage &o : std::as_const(s.outages))
        down += o.start.msecsTo(o.end && *o.end < s.last ? *o.end : s.last);
    if (span > 0)
        s.uptime = std::clamp(1.0 - double(down) / double(span), 0.0, 1.0);
    else
        s.uptime = s.failures > 0 ? 0.0 : 1.0;
    if (s.outages.isEmpty()) {
        s.reading = s.failures == 0 ? u"No outages: every check passed."_s : u"No outages."_s;
    } else {
        s.reading = readPattern(s.outages, checks.constFirst().protocol);
        QSet<QString> failed;
        for (const Outage &o : std::as_const(s.outages)) {
            for (const QString &a : o.addresses)
                failed.insert(a);
        }
        if (addresses.size() > 1 && failed.size() == 1 && !failed.cbegin()->isEmpty()) {
            s.reading +=
                u" Every outage was on %1 only; the host's other addresses answered."_s.arg(
                    *failed.cbegin());
        }
    }
    return s;
}

QJsonObject historyToJson(const QList<TargetSummary> &targets, const QDateTime &since,
                          const QDateTime &generated)
{
    QJsonArray list;
    for (const TargetSummary &s : targets) {
        QJsonArray outages;
        for (const Outage &o : s.outages) {
            QJsonArray codes;
            for (Code c : o.codes)
                codes << QString(codeName(c));
            QJsonArray phases;
            for (PhaseId p : o.phases)
                phases << QString(phaseName(p));
            outages << QJsonObject{
                {u"start"_s, iso(o.start)},
                {u"end"_s, o.end ? QJsonValue(iso(*o.end)) : QJsonValue(QJsonValue::Null)},
                {u"seconds"_s, o.seconds},
                {u"codes"_s, codes},
                {u"phases"_s, phases},
                {u"addresses"_s, QJsonArray::fromStringList(o.addresses)},
                {u"failedChecks"_s, o.failedChecks},
            };
        }
        QJsonArray byHour;
        for (int h : s.byHour)
            byHour << h;
        QJsonArray events;
        for (const HistoryEvent &e : s.events) {
            events << QJsonObject{{u"time"_s, iso(e.time)},
                                  {u"kind"_s, eventKindName(e.kind)},
                                  {u"address"_s, e.address},
                                  {u"before"_s, e.before},
                                  {u"after"_s, e.after}};
        }
        auto time = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
        };
        list << QJsonObject{
            {u"target"_s, s.target},
            {u"checks"_s, s.checks},
            {u"failures"_s, s.failures},
            {u"uptime"_s, std::round(s.uptime * 1e6) / 1e6},
            {u"first"_s, time(s.first)},
            {u"last"_s, time(s.last)},
            {u"certNotAfter"_s, time(s.certNotAfter)},
            {u"outages"_s, outages},
            {u"byHour"_s, byHour},
            {u"events"_s, events},
            {u"reading"_s, s.reading},
        };
    }
    return QJsonObject{
        {u"schema"_s, u"portolan.history/1"_s},
        {u"generated"_s, iso(generated)},
        {u"since"_s, since.isValid() ? QJsonValue(iso(since)) : QJsonValue(QJsonValue::Null)},
        {u"targets"_s, list},
    };
}

namespace {

QString hourStrip(const std::array<int, 24> &byHour)
{
    static const QString levels = u"▁▂▃▄▅▆▇█"_s;
    const int most = *std::max_element(byHour.cbegin(), byHour.cend());
    QString strip;
    for (int h : byHour) {
        if (h == 0)
            strip += u'·';
        else
            strip += levels.at(
                std::min<qsizetype>(levels.size() - 1, (qsizetype(h) * levels.size() - 1) / most));
    }
    return strip;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString percent(double uptime)
{
    return QString::number(uptime * 100.0, 'f', 3) + u" %"_s;
}

QString outageLine(const Outage &o)
{
    QStringList codes;
    for (Code c : o.codes)
        codes << QString(codeName(c));
    QStringList phases;
    for (PhaseId p : o.phases)
        phases << QString(phaseName(p));
    QString line =
        stamp(o.start) + u" – "_s +
        (o.end ? (o.end->date() == o.start.date() ? o.end->toUTC().toString(u"HH:mm:ss"_s)
                                                  : stamp(*o.end))
               : u"(lasting)"_s);
    line += u"  %1  %2"_s.arg(duration(o.seconds), codes.join(u", "_s));
    if (!phases.isEmpty())
        line += u" (%1)"_s.arg(phases.join(u", "_s));
    QStringList addresses = o.addresses;
    addresses.removeAll(QString());
    if (!addresses.isEmpty())
        line += u" on %1"_s.arg(addresses.join(u", "_s));
    return line;
}

QString eventLine(const HistoryEvent &e)
{
    QString what;
    switch (e.kind) {
    case HistoryEvent::Kind::CertificateRenewed:
        what = u"certificate renewed (%1 → %2)"_s.arg(e.before, e.after);
        break;
    case HistoryEvent::Kind::TlsVersionChanged:
        what = u"TLS version changed (%1 → %2)"_s.arg(e.before, e.after);
        break;
    case HistoryEvent::Kind::BannerChanged:
        what = u"greeting changed (“%1” → “%2”)"_s.arg(e.before, e.after);
        break;
    case HistoryEvent::Kind::CapabilitiesChanged:
        what = u"capabilities changed (%1 → %2)"_s.arg(e.before, e.after);
        break;
    }
    return u"%1 %2 on %3"_s.arg(stamp(e.time), what, e.address);
}

} // namespace

QString historyToText(const QList<TargetSummary> &targets, bool colour)
{
    const QString bold = colour ? u"\x1b[1m"_s : QString();
    const QString red = colour ? u"\x1b[31m"_s : QString();
    const QString reset = colour ? u"\x1b[0m"_s : QString();
    QString t;
    if (targets.isEmpty())
        return u"No checks in the history.\n"_s;
    for (const TargetSummary &s : targets) {
        t += bold + s.target + reset + u'\n';
        if (s.checks == 0) {
            t += u"  no checks in this time\n\n"_s;
            continue;
        }
        t += u"  %1 %2, %3 failed, uptime %4  (%5 – %6 UTC)\n"_s.arg(s.checks)
                 .arg(s.checks == 1 ? u"check"_s : u"checks"_s)
                 .arg(s.failures)
                 .arg(percent(s.uptime), stamp(s.first), stamp(s.last));
        if (s.certNotAfter.isValid())
            t += u"  certificate expires %1 UTC\n"_s.arg(stamp(s.certNotAfter));
        if (s.outages.isEmpty()) {
            t += u"  no outages\n"_s;
        } else {
            t += s.outages.size() == 1 ? u"  1 outage:\n"_s
                                       : u"  %1 outages:\n"_s.arg(s.outages.size());
            for (const Outage &o : s.outages)
                t += u"    "_s + (o.end ? QString() : red) + outageLine(o) + reset + u'\n';
        }
        t += u"  failures by hour of day (UTC):\n"_s;
        t += u"    0     6     12    18   23\n"_s;
        t += u"    "_s + hourStrip(s.byHour) + u'\n';
        if (!s.events.isEmpty()) {
            t += u"  events:\n"_s;
            for (const HistoryEvent &e : s.events)
                t += u"    "_s + eventLine(e) + u'\n';
        }
        t += u"  "_s + s.reading + u"\n\n"_s;
    }
    return t;
}

QString historyToMarkdown(const QList<TargetSummary> &targets, const QDateTime &generated)
{
    auto escape = [](QString s) {
        for (const QChar c : u"\\`*_[]<>|#"_s)
            s.replace(c, u'\\' + QString(c));
        return s;
    };
    QString md =
        u"# Mail server history\n\nGenerated %1 UTC by Portolan.\n"_s.arg(stamp(generated));
    for (const TargetSummary &s : targets) {
        md += u"\n## %1\n\n"_s.arg(escape(s.target));
        md += u"%1 checks, %2 failed, uptime %3"_s.arg(s.checks)
                  .arg(s.failures)
                  .arg(percent(s.uptime));
        if (s.checks > 0)
            md += u" (%1 – %2 UTC)"_s.arg(stamp(s.first), stamp(s.last));
        md += u".\n\n**Reading:** %1\n"_s.arg(escape(s.reading));
        if (s.certNotAfter.isValid())
            md += u"\nCertificate expires %1 UTC.\n"_s.arg(stamp(s.certNotAfter));
        if (!s.outages.isEmpty()) {
            md += u"\n| start (UTC) | end (UTC) | duration | codes | phases | addresses |\n"
                  "|---|---|---|---|---|---|\n"_s;
            for (const Outage &o : s.outages) {
                QStringList codes, phases;
                for (Code c : o.codes)
                    codes << QString(codeName(c));
                for (PhaseId p : o.phases)
                    phases << QString(phaseName(p));
                md += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(
                    stamp(o.start), o.end ? stamp(*o.end) : u"lasting"_s, duration(o.seconds),
                    codes.join(u", "_s), phases.join(u", "_s), escape(o.addresses.join(u", "_s)));
            }
        }
        md += u"\nFailures by hour of day (UTC), 00–23: `%1`\n"_s.arg(hourStrip(s.byHour));
        if (!s.events.isEmpty()) {
            md += u"\nEvents:\n\n"_s;
            for (const HistoryEvent &e : s.events)
                md += u"- %1\n"_s.arg(escape(eventLine(e)));
        }
    }
    return md;
}

QString historyToHtml(const QList<TargetSummary> &targets, const QDateTime &generated)
{
    QString h = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<title>Mail server history</title><style>body{font-family:sans-serif;"
                "max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px "
                "solid #ccc;padding:.2em .5em}.strip{font-family:monospace;font-size:1.4em}"
                "</style></head><body>\n"_s;
    h += u"<h1>Mail server history</h1><p>Generated %1 UTC by Portolan.</p>\n"_s.arg(
        stamp(generated));
    for (const TargetSummary &s : targets) {
        h +=
            u"<h2>%1</h2>\n<p>%2 checks, %3 failed, uptime %4</p>\n"_s.arg(s.target.toHtmlEscaped())
                .arg(s.checks)
                .arg(s.failures)
                .arg(percent(s.uptime));
        h += u"<p><strong>Reading:</strong> %1</p>\n"_s.arg(s.reading.toHtmlEscaped());
        if (s.certNotAfter.isValid())
            h += u"<p>Certificate expires %1 UTC.</p>\n"_s.arg(stamp(s.certNotAfter));
        if (!s.outages.isEmpty()) {
            h += u"<table><tr><th>outage (UTC)</th></tr>\n"_s;
            for (const Outage &o : s.outages)
                h += u"<tr><td>%1</td></tr>\n"_s.arg(outageLine(o).toHtmlEscaped());
            h += u"</table>\n"_s;
        }
        h += u"<p>Failures by hour of day (UTC), 00–23:<br><span class=\"strip\">%1</span></p>\n"_s
                 .arg(hourStrip(s.byHour));
        if (!s.events.isEmpty()) {
            h += u"<ul>\n"_s;
            for (const HistoryEvent &e : s.events)
                h += u"<li>%1</li>\n"_s.arg(eventLine(e).toHtmlEscaped());
            h += u"</ul>\n"_s;
        }
    }
    return h + u"</body></html>\n"_s;
}

} // namespace Portolan
