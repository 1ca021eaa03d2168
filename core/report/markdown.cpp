#include "writers.h"

#include "advisor/portscan.h"
#include "catalogue.h"
#include "net/transcript.h"
#include "writers_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

using WriterDetail::ticketTime;

namespace {

QString target(const Report &r)
{
    return u"%1 %2:%3 (%4)"_s.arg(protocolName(r.target.protocol), r.target.host)
        .arg(r.target.port)
        .arg(securityClientWords(r.effectiveSecurity));
}

// The problems of the headline port and of the ports that work (a failing port another one
// covers is not the user's problem), most severe first, then by port, each code once.
QString problemsLine(const ScanReport &scan, const PortAdvice &lead)
{
    struct Problem
    {
        Severity severity = Severity::Error;
        quint16 port = 0;
        Protocol protocol = Protocol::Smtp;
        Code code = Code::Ok;
        QString evidence = {};
    };
    QList<Problem> problems;
    for (const PortAdvice &a : scan.ports) {
        if (&a != &lead && !a.works)
            continue;
        for (const Diagnosis &d : a.report.diagnoses) {
            if (d.severity != Severity::Error && d.severity != Severity::Warning)
                continue;
            if (std::none_of(problems.cbegin(), problems.cend(),
                             [&d](const Problem &p) { return p.code == d.code; }))
                problems << Problem{d.severity, a.target.port, a.target.protocol, d.code,
                                    d.evidence};
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &x, const Problem &y) {
        if (x.severity != y.severity)
            return int(x.severity) > int(y.severity);
        return x.port < y.port;
    });
    QStringList parts;
    for (const Problem &p : std::as_const(problems)) {
        const CatalogueEntry *e = Catalogue::instance().entry(p.code);
        const QString where = scan.ports.size() > 1
                                  ? u", %1 %2"_s.arg(protocolTitle(p.protocol)).arg(p.port)
                                  : QString();
        parts << u"%1 (%2%3) — %4"_s.arg(codeName(p.code), severityName(p.severity), where,
                                         e ? e->title.toLower() : p.evidence);
    }
    return parts.isEmpty() ? u"none"_s : parts.join(u"; "_s);
}

QString phasesLine(const Report &r)
{
    QStringList parts;
    for (const PhaseRecord &p : r.phases)
        parts << u"%1 %2 ms%3"_s.arg(phaseLabel(p.phase, p.wire))
                     .arg(p.elapsedMs)
                     .arg(p.ok ? QString() : u" ✗"_s);
    return parts.join(u" → "_s);
}

} // namespace

QString ticketMarkdown(const ScanReport &scan, const QDateTime &at)
{
    const PortAdvice *lead = scan.headline();
    if (!lead)
        return u"Portolan check — %1 — %2: no port was checked\n"_s.arg(ticketTime(at), scan.host);
    const Report &r = lead->report;
    QString out;
    out += u"Portolan check — %1 — %2\n"_s.arg(
        ticketTime(at), scan.ports.size() == 1
                            ? target(r)
                            : u"%1 (%2 ports)"_s.arg(scan.host).arg(scan.ports.size()));
    out += u"Verdict: %1 — %2\n"_s.arg(faultName(r.verdict.fault), r.verdict.summary);
    out += u"Problems: %1\n"_s.arg(problemsLine(scan, *lead));
    QStringList works;
    for (const PortAdvice &a : scan.ports) {
        if (a.works && &a != lead)
            works << u"port %1 with %2%3"_s.arg(a.target.port)
                         .arg(securityClientWords(a.report.effectiveSecurity),
                              a.report.authenticated
                                  ? u" (login OK in %1 s)"_s.arg(double(a.report.totalMs) / 1000.0,
                                                                 0, 'f', 2)
                                  : QString());
    }
    if (!works.isEmpty() && r.result() == Severity::Error)
        out += u"Works instead: %1.\n"_s.arg(works.join(u"; "_s));
    out += u"Evidence: %1.\n"_s.arg(phasesLine(r));

    out += u"\n## Settings that work\n\n"_s;
    const PortAdvice *send = scan.best(Protocol::Smtp);
    const PortAdvice *receive = scan.bestReceiving();
    if (!send && !receive)
        out += u"- none of the checked ports works\n"_s;
    for (const PortAdvice *a : {send, receive}) {
        if (a)
            out += u"- "_s + settingsLine(a) + u'\n';
    }
    out += u"\n## Ports\n\n| port | result | verdict |\n|---|---|---|\n"_s;
    for (const PortAdvice &a : scan.ports) {
        out += u"| %1 %2 | %3 | %4 |\n"_s.arg(protocolTitle(a.target.protocol))
                   .arg(a.target.port)
                   .arg(severityName(a.report.result()), a.report.verdict.summary);
    }
    for (const PortAdvice &a : scan.ports) {
        if (a.report.result() != Severity::Error && scan.ports.size() > 1)
            continue;
        out += u"\n## %1 port %2: transcript (passwords shown as <redacted>)\n\n```\n"_s
                   .arg(protocolTitle(a.target.protocol))
                   .arg(a.target.port);
        for (const TranscriptEntry &e : a.report.transcript)
            out += Transcript::format(e, false) + u'\n';
        out += u"```\n"_s;
    }
    return out;
}

} // namespace Portolan
