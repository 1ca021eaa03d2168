#pragma once

#include <QByteArray>
#include <QString>

namespace Portolan {

// Server text is untrusted: decode it as UTF-8 where it is valid, and show every control byte
// (and every byte of invalid UTF-8) as \xNN so it cannot move a terminal's cursor, colour the
// output or fake a line of the transcript.
[[nodiscard]] QString escapeServerText(const QByteArray &bytes);

} // namespace Portolan
