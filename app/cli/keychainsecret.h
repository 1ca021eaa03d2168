#pragma once

#include <QString>

namespace Portolan::Cli {

// Reads the password the desktop app saved in the system keychain for `user` at `host` (service
// "Portolan", entry "user on host"), waiting at most `timeoutMs`. Empty when found, else why not
// in one line; the password goes to `secret` only.
[[nodiscard]] QString readKeychainPassword(const QString &user, const QString &host,
                                           QString *secret, int timeoutMs = 10000);

} // namespace Portolan::Cli
