#pragma once

#include "protocols/mailcheck.h"

#include <QString>

#include <chrono>
#include <optional>

namespace Portolan {

// One server the monitor watches: the check to run (its Target, the login, the CA file, the
// timeout) and how often.
struct MonitorTarget
{
    // The target's name in the history, the metrics' `target` label and the app:
    // "protocol://host:port" (targetName()), set by parseTargetSpec() / the config reader.
    QString name;
    CheckOptions check;
    std::chrono::seconds interval{60}; // between checks while it passes
    std::chrono::seconds recheck{10};  // between checks after a failure, until one passes
    // Log in on every Nth check only (1: every check; 0: never, even with credentials), so
    // as not to trip fail2ban. Checks without the login still do everything else.
    int loginEvery = 1;
};

// "smtp://mail.example.org:465" for the check's target.
[[nodiscard]] QString targetName(const Target &target);

// Parses "[protocol://]host[:port]" (protocol smtp|imap|pop3|sieve, default smtp; "[v6]:port"
// for an IPv6 literal with a port) into `target` (the port, when not given, from the
// security or the protocol's default). On error: false and `error` says what.
[[nodiscard]] bool parseTargetSpec(const QString &spec, Target &target, QString *error);

// "90s", "10m", "24h", "2d", or bare seconds; nothing for anything else (or zero).
[[nodiscard]] std::optional<std::chrono::seconds> parseDuration(const QString &text);

} // namespace Portolan
