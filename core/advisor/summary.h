#pragma once

#include <QDateTime>
#include <QString>

namespace Portolan {

struct ScanReport;

// What "Copy for ticket" puts on the clipboard: the verdict, the settings that work, the
// problems, the evidence (phases, the redacted transcript of each failing port), in Markdown.
// One check is a ScanReport with one port.
[[nodiscard]] QString ticketMarkdown(const ScanReport &scan, const QDateTime &when);

// The exported report: a self-contained HTML page (all server text escaped) with everything the
// ticket has and, per port, the phases, the certificates, the TLS detail and the transcript.
[[nodiscard]] QString reportHtml(const ScanReport &scan, const QDateTime &when);

} // namespace Portolan
