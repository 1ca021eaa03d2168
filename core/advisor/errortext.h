#pragma once

#include "report/report.h"

#include <optional>

namespace Portolan {

// What a pasted error message says about the connection that failed: "Unable to connect to
// ssl://mail.example.com:465 (Connection refused)" → mail.example.com, 465, SMTP, SSL/TLS.
struct ErrorTextTarget
{
    QString host;
    quint16 port = 0; // 0: not in the text
    Protocol protocol = Protocol::Smtp;
    Security security = Security::Auto;
    QStringList clues; // what in the text led there, in plain words
};

// Nothing when the text names no host.
[[nodiscard]] std::optional<ErrorTextTarget> targetFromErrorText(const QString &text);

} // namespace Portolan
