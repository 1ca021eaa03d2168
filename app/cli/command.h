#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Portolan::Cli {

// The exit status of every command (DESIGN.md): 0 passed (warnings allowed), 1 found an error,
// 2 usage error.
constexpr int ExitPassed = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

QTextStream &out();
QTextStream &err();
// Prints the one-line usage error and where to find help; returns ExitUsage.
int usageError(const QString &message);
// Colour only on a terminal, and not with NO_COLOR or TERM=dumb.
[[nodiscard]] bool useColour();

// One command of portolan-cli (check, scan, explain …): its own parser with only the options
// that apply to it, added in the constructor from the shared option groups (optiongroups.h).
class Command
{
public:
    Command(const QString &name, const QString &description);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] bool accepts(const QString &optionName) const;

    // Parses `arguments` (arguments[0] is the program), answers --help, else run()s. An option
    // that only `others` accept is a usage error that names the command it is for.
    int execute(const QStringList &arguments, const QList<const Command *> &others);

protected:
    void addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description);
    // A usage error found before parsing (a password typed as an argument); empty when none.
    [[nodiscard]] virtual QString refuseArguments(const QStringList &arguments) const;
    virtual int run(const QCommandLineParser &parser) = 0;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QStringList m_optionNames;
};

} // namespace Portolan::Cli
