#pragma once

#include "report.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portolan {

// Every view of a check's Report and of a scan's ScanReport as text, JSON, Markdown and HTML:
// the engine computes the reports, these only format them. JSON and text: writers.cpp; the
// ticket: markdown.cpp; the exported page: html.cpp. The JSON reads back with reader.h.

struct ScanReport;
struct PortAdvice;

// The `portolan.check/1` JSON object (docs/schema/check.schema.json).
[[nodiscard]] QJsonObject reportToJson(const Report &report);

// The `portolan.scan/1` JSON object (docs/schema/scan.schema.json), check reports embedded.
[[nodiscard]] QJsonObject scanToJson(const ScanReport &report);

struct TextOptions
{
    bool colour = false;
    bool transcript = false;
};

// The human text: the verdict first, then the problems with their fixes, then the phases.
[[nodiscard]] QString reportToText(const Report &report, const TextOptions &options);

// The scan as text: what to use for sending and receiving, then every port by role, best first.
[[nodiscard]] QString scanToText(const ScanReport &report, bool colour);

// One line: "SMTP server HOST, port N, SSL/TLS, user name U", or "nothing works".
[[nodiscard]] QString settingsLine(const PortAdvice *advice);

// What "Copy for ticket" puts on the clipboard: the verdict, the settings that work, the
// problems (most severe first, then by port), the evidence (phases, the redacted transcript of
// each failing port), in Markdown. One check is a ScanReport with one port.
[[nodiscard]] QString ticketMarkdown(const ScanReport &scan, const QDateTime &when);

// The exported report: a self-contained HTML page (all server text escaped) with everything the
// ticket has and, per port, the phases, the certificates, the TLS detail and the transcript.
// The catalogue's fixes are filled for each port and name options as `audience` does; their
// `code spans` become <code>.
[[nodiscard]] QString reportHtml(const ScanReport &scan, const QDateTime &when,
                                 Audience audience = Audience::App);

// A report's findings most severe first (errors, warnings, notes), each severity in the order
// found: how the text, the ticket and the exported page list them.
[[nodiscard]] QList<Diagnosis> bySeverity(const QList<Diagnosis> &diagnoses);

// A catalogue text as HTML: escaped, its Markdown `code spans` as <code> (never literal
// backticks). For the exported report and the app's rich-text labels.
[[nodiscard]] QString catalogueTextHtml(const QString &text);

} // namespace Portolan
