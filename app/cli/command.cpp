#include "command.h"

#include "net/escape.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    // The message may quote what the user typed: keep it on one line, control bytes escaped.
    err() << "portolan-cli: " << escapeServerText(message.toUtf8()) << "\n"
          << "Try 'portolan-cli --help'.\n";
    err().flush();
    return ExitUsage;
}

bool useColour()
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    if (qgetenv("TERM") == "dumb")
        return false;
    return isatty(STDOUT_FILENO) == 1;
}

Command::Command(const QString &name, const QString &description)
    : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_optionNames << u"h"_s << u"help"_s << u"help-all"_s;
}

Command::~Command() = default;

bool Command::accepts(const QString &optionName) const
{
    return m_optionNames.contains(optionName);
}

void Command::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
    for (const QCommandLineOption &o : options)
        m_optionNames << o.names();
}

void Command::addPositionalArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

QString Command::refuseArguments(const QStringList &) const
{
    return {};
}

int Command::execute(const QStringList &arguments, const QList<const Command *> &others)
{
    if (const QString why = refuseArguments(arguments); !why.isEmpty())
        return usageError(why);
    if (!m_parser.parse(arguments)) {
        const QString unknown = m_parser.unknownOptionNames().value(0);
        QStringList owners;
        for (const Command *other : others) {
            if (!unknown.isEmpty() && other != this && other->accepts(unknown))
                owners << other->name();
        }
        if (!owners.isEmpty()) {
            const QString last = owners.takeLast();
            return usageError(u"%1%2 is for %3, not for %4"_s.arg(
                unknown.size() == 1 ? u"-"_s : u"--"_s, unknown,
                owners.isEmpty() ? last : owners.join(u", "_s) + u" and "_s + last, m_name));
        }
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(u"help"_s)) {
        // Qt names the program by its path; the usage line names the command.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(" [options]"_L1);
        if (help.startsWith("Usage: "_L1) && options > 0)
            help.replace(7, options - 7, u"portolan-cli "_s + m_name);
        out() << help;
        return ExitPassed;
    }
    return run(m_parser);
}

} // namespace Portolan::Cli
