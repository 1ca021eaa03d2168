#pragma once

#include "report/report.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

// One phase's time in a check (the phases of the attempt the report speaks for).
struct PhaseTime
{
    PhaseId phase = PhaseId::Resolve;
    qint64 ms = 0;
    friend bool operator==(const PhaseTime &, const PhaseTime &) = default;
};

// One check of one address of one target, as the monitor stores it (one row of the history)
// and as MonitorScheduler::checkFinished() hands it out. Everything typed; the whole report as
// its `portolan.check/1` JSON (reportFromJson() reads it back). Never a secret.
struct CheckRecord
{
    qint64 id = 0;  // the row's id once stored; 0 before
    QString target; // MonitorTarget::name: "smtp://mail.example.org:465"
    Protocol protocol = Protocol::Smtp;
    QString host; // as configured (a name or an address literal)
    quint16 port = 0;
    Security security = Security::Auto; // the mode configured (Auto: whatever the port is for)
    Security effectiveSecurity = Security::None; // the mode the check used
    QString address;     // the address checked, without the port ("192.0.2.1", "2001:db8::1");
                         // empty when the name did not resolve
    QDateTime time;      // when the check (its round of every address) started, UTC
    bool passed = false; // result() != Error
    Severity result = Severity::Error;
    Fault fault = Fault::None;
    Code verdictCode = Code::Ok;        // the verdict's finding
    QList<Code> codes;                  // every diagnosis code of the report, in its order
    std::optional<PhaseId> failedPhase; // the phase of the verdict's finding, when it failed
    qint64 durationMs = 0;
    QList<PhaseTime> phases;  // per phase, the attempt the report speaks for
    QDateTime certNotAfter;   // the server certificate's expiry; invalid without TLS
    QString certSha256;       // the server certificate's SHA-256 (hex), to see renewals
    QString tlsVersion;       // "TLSv1.3"; empty without TLS
    QString greeting;         // the server's greeting line(s)
    QStringList capabilities; // the capabilities that count (after TLS where there is TLS)
    bool login = false;       // this check logged in (MonitorTarget::loginEvery)
    QJsonObject report;       // the whole report, portolan.check/1

    friend bool operator==(const CheckRecord &, const CheckRecord &) = default;
};

// The record of a check's report. `target` names the MonitorTarget, `configured` is its
// Target as configured (the report's target holds the address dialled), `address` the address.
[[nodiscard]] CheckRecord recordFromReport(const QString &target, const Target &configured,
                                           const QString &address, const Report &report);

} // namespace Portolan
