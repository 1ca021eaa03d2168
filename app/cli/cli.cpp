#include "cli.h"

#include "checkcommand.h"
#include "command.h"
#include "discovercommand.h"
#include "explaincommand.h"
#include "monitorcommand.h"
#include "scancommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString mainHelp()
{
    return uR"(Usage: portolan-cli COMMAND [OPTIONS]

Tests mail servers and says in plain words what is wrong and how to fix it.

Commands:
  check HOST      check one server and port (SMTP, IMAP, POP3, ManageSieve): connection, TLS,
                  greeting, capabilities, STARTTLS, login, and for SMTP a test message
  scan HOST       check every mail port of a host at once and say which to use (the port advisor)
  discover ADDRESS  find the settings for an e-mail address from every source a client might
                  ask, check them, and audit the sources
  explain CODE    explain a diagnosis code (--all lists every code; --markdown for the docs)
  monitor TARGET  watch servers ([protocol://]host[:port]…): outages with their reasons, stored
                  in a history database; --metrics serves them to Prometheus
  history         what the monitor saw: uptime, outages, their pattern, changes

Options:
  -h, --help      this help ('portolan-cli check --help' for the options of check)
  -v, --version   the version

Exit status: 0 the check passed (warnings allowed), 1 it found an error, 2 usage error.
)"_s;
}

} // namespace

int runCli(const QStringList &arguments)
{
    using namespace Cli;
    CheckCommand check;
    ScanCommand scan;
    DiscoverCommand discover;
    ExplainCommand explain;
    MonitorCommand monitor;
    HistoryCommand history;
    const std::array<Command *, 6> commands{&check, &scan, &discover, &explain, &monitor, &history};
    const QList<const Command *> known(commands.cbegin(), commands.cend());

    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + command} + arguments.mid(2);
    for (Command *c : commands) {
        if (c->name() == command)
            return c->execute(rest, known);
    }
    if (command == "--version"_L1 || command == "-v"_L1) {
        out() << "portolan-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitPassed;
    }
    if (command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1) {
        out() << mainHelp();
        return ExitPassed;
    }
    if (command.isEmpty()) {
        err() << mainHelp();
        return ExitUsage;
    }
    return usageError(u"unknown command '%1'"_s.arg(command));
}

} // namespace Portolan
