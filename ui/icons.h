#pragma once

#include "report/report.h"

#include <QIcon>

class QPalette;

namespace Portolan {

enum class Status { Pending, Ok, Info, Warning, Error };

[[nodiscard]] Status statusOf(Severity severity);
// A status icon drawn for the palette (so it follows dark mode): a filled shape with a glyph —
// never colour alone: ✓ in a circle, ! in a triangle, ✗ in a square, i in a circle, … pending.
[[nodiscard]] QIcon statusIcon(Status status, const QPalette &palette);
[[nodiscard]] QColor statusColour(Status status, const QPalette &palette);
// The word that goes with the icon ("works", "warning", "problem").
[[nodiscard]] QString statusWord(Status status);
// The application icon (resources/icons/portolan.svg).
[[nodiscard]] QIcon appIcon();

} // namespace Portolan
