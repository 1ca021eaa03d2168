#pragma once

#include <QString>

namespace Portolan {

// Checks what a user typed as a server: a DNS name (IDN allowed), an IPv4 address, or an IPv6
// address (bare or in brackets). Returns an empty string when it is fine, else why it is not.
[[nodiscard]] QString hostProblem(const QString &host);

} // namespace Portolan
