#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portolan {

struct DiscoveryReport;

// The `portolan.discover/1` JSON object (docs/schema/discover.schema.json).
[[nodiscard]] QJsonObject discoveryToJson(const DiscoveryReport &report);

// The text of `portolan-cli discover`: the first two lines are the settings to type in
// ("Sending:   …", "Receiving: …"), then the sources, the candidates, the audit, the clients
// and what to publish.
[[nodiscard]] QString discoveryToText(const DiscoveryReport &report, bool colour);

// --report FILE.md / FILE.html
[[nodiscard]] QString discoveryMarkdown(const DiscoveryReport &report, const QDateTime &when);
[[nodiscard]] QString discoveryHtml(const DiscoveryReport &report, const QDateTime &when);

} // namespace Portolan
