#pragma once

#include "report.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portolan {

struct ScanReport;

// A Report read back from its `portolan.check/1` JSON (what reportToJson() writes, e.g. stored by
// the monitor): reportToJson(*reportFromJson(reportToJson(r))) == reportToJson(r), and the
// Report equals r field for field.
//
// Strict: the schema name must match, every field the schema requires must be there, and every
// field read must have the schema's type and range (enumerations by their exact words). Fields
// the JSON derives from others or from the catalogue (`result`, `settings`, a diagnosis's title,
// explanation, fixes) are checked for their type but not read. Unknown fields are ignored:
// check/1 may gain optional fields. Optional fields an older writer left out take their defaults.
//
// On bad input: std::nullopt, and `error` (when given) says where and what, e.g.
// "phases[2].elapsedMs: expected an integer from 0". Never a crash, whatever the input.
[[nodiscard]] std::optional<Report> reportFromJson(const QJsonObject &json,
                                                   QString *error = nullptr);

// The same for the port advisor's `portolan.scan/1` (what scanToJson() writes), each port's report
// read with reportFromJson().
[[nodiscard]] std::optional<ScanReport> scanFromJson(const QJsonObject &json,
                                                     QString *error = nullptr);

} // namespace Portolan
