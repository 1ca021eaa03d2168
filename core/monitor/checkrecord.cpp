#include "checkrecord.h"

#include "report/writers.h"

namespace Portolan {

CheckRecord recordFromReport(const QString &target, const Target &configured,
                             const QString &address, const Report &report)
{
    CheckRecord r;
    r.target = target;
    r.protocol = configured.protocol;
    r.host = configured.host;
    r.port = report.target.port ? report.target.port : configured.port;
    r.security = configured.security;
    r.effectiveSecurity = report.effectiveSecurity;
    r.address = address;
    r.time = report.started.toUTC();
    r.result = report.result();
    r.passed = r.result != Severity::Error;
    r.fault = report.verdict.fault;
    r.verdictCode = report.verdict.code;
    for (const Diagnosis &d : report.diagnoses) {
        if (!r.codes.contains(d.code))
            r.codes << d.code;
    }
    if (!r.passed) {
        if (const Diagnosis *d = report.find(report.verdict.code); d && d->phase)
            r.failedPhase = d->phase;
        else {
            for (const Diagnosis &e : report.diagnoses) {
                if (e.severity == Severity::Error && e.phase) {
                    r.failedPhase = e.phase;
                    break;
                }
            }
        }
    }
    r.durationMs = report.totalMs;
    // The phases of the attempt the report speaks for (the mode that worked, or the last one
    // tried); the diagnostic and detail handshakes (attempt 3 and up) are not the check's time.
    for (const PhaseRecord &p : report.phases) {
        if (p.attempt >= 3 ||
            (p.phase != PhaseId::Resolve && p.security != report.effectiveSecurity))
            continue;
        bool merged = false;
        for (PhaseTime &t : r.phases) {
            if (t.phase == p.phase) {
                t.ms = p.elapsedMs; // a later attempt's time of the same phase counts
                merged = true;
            }
        }
        if (!merged)
            r.phases << PhaseTime{p.phase, p.elapsedMs};
    }
    if (report.tls.established) {
        r.tlsVersion = report.tls.protocol;
        if (!report.tls.chain.isEmpty()) {
            r.certNotAfter = report.tls.chain.constFirst().notAfter.toUTC();
            r.certSha256 = report.tls.chain.constFirst().sha256;
        }
    }
    r.greeting = report.greeting;
    r.capabilities = report.capabilities;
    r.login = report.loginRequested;
    r.report = reportToJson(report);
    return r;
}

} // namespace Portolan
