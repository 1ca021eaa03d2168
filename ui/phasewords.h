#pragma once

#include "report/report.h"

#include <QString>

namespace Portolan {

// The UI's words for the phases of a check, from one table keyed by PhaseId (translated in the
// context "Portolan"): no phase reaches the user as an engine name.

// What the live view says while the phase runs: "connecting…", "logging in…".
[[nodiscard]] QString phaseWords(PhaseId phase);
// The phase's name in the timeline: "Connection", "Login".
[[nodiscard]] QString phaseTitle(PhaseId phase);
// A phase of a report in the timeline: its name and what the protocol sent, "Login (AUTHENTICATE)".
[[nodiscard]] QString phaseTitle(const PhaseRecord &record);

} // namespace Portolan
