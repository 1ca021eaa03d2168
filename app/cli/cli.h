#pragma once

#include <QStringList>

namespace Portolan {

// portolan-cli's commands; returns the exit status (0 passed, 1 found an error, 2 usage error).
int runCli(const QStringList &arguments);

} // namespace Portolan
