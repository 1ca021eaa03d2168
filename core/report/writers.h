#pragma once

#include <QJsonObject>
#include <QString>

namespace Portolan {

struct Report;

// The `portolan.check/1` JSON object (docs/schema/check.schema.json).
[[nodiscard]] QJsonObject reportToJson(const Report &report);

struct TextOptions
{
    bool colour = false;
    bool transcript = false;
};

// The human text: the verdict first, then the problems with their fixes, then the phases.
[[nodiscard]] QString reportToText(const Report &report, const TextOptions &options);

} // namespace Portolan
