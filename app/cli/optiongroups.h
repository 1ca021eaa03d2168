#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Portolan {
struct CheckOptions;
struct ScanReport;
} // namespace Portolan

// The option groups the commands share. A command adds the groups that apply to it (options())
// and reads them in the order below (read(): empty when fine, else the usage error); a group
// whose read() needs what an earlier one set says so.
namespace Portolan::Cli {

// The server: HOST, the command's one positional argument (the command declares it), and
// --protocol.
struct TargetOptions
{
    // `command` names the command in errors; `protocolHelp` says what --protocol means to it.
    TargetOptions(const QString &command, const QString &protocolHelp);
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QString command;
    QCommandLineOption protocol;
};

// One port: --port and --security.
struct PortOptions
{
    PortOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QCommandLineOption port;
    QCommandLineOption security;
};

// How to reach it: --timeout, -4/-6, --dns-server. Reads after TargetOptions (an address
// literal must be of the family -4/-6 asks for).
struct NetworkOptions
{
    NetworkOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QCommandLineOption timeout;
    QCommandLineOption ipv4;
    QCommandLineOption ipv6;
    QCommandLineOption dnsServer;
};

// Whom to trust: --ca-file, --servername.
struct TlsOptions
{
    TlsOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QCommandLineOption caFile;
    QCommandLineOption serverName;
};

// The admin's extra questions about one port's TLS: --tls-detail, --dane, --dnssec-anchor.
struct TlsDetailOptions
{
    TlsDetailOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QCommandLineOption tlsDetail;
    QCommandLineOption dane;
    QCommandLineOption dnssecAnchor;
};

// The login: --user, where the password or token comes from (standard input, an environment
// variable or the terminal's prompt; never an argument), --auth, --allow-*-auth. read() reads
// the secret, so it comes last, after TargetOptions (the prompt names the host).
struct LoginOptions
{
    LoginOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;
    // Before parsing: a password or token typed as an argument (--password, --token=…).
    [[nodiscard]] static QString secretInArguments(const QStringList &arguments);

    QCommandLineOption user;
    QCommandLineOption passwordStdin;
    QCommandLineOption passwordEnv;
    QCommandLineOption tokenStdin;
    QCommandLineOption tokenEnv;
    QCommandLineOption auth;
    QCommandLineOption allowCleartext;
    QCommandLineOption allowUntrusted;
};

// Reads a password from standard input (`fromStdin`) or the environment variable `envVar`, as
// --password-stdin / --password-env do; empty when fine (or when neither is asked for).
[[nodiscard]] QString readPassword(bool fromStdin, const QString &envVar, QString *secret);

// The SMTP test message: --send, --from, --to, --subject, --body, --body-file. Reads after
// TargetOptions (only SMTP sends).
struct MessageOptions
{
    MessageOptions();
    [[nodiscard]] QList<QCommandLineOption> options() const;
    [[nodiscard]] QString read(const QCommandLineParser &parser, CheckOptions &options) const;

    QCommandLineOption send;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption subject;
    QCommandLineOption body;
    QCommandLineOption bodyFile;
};

// What to print and write: --json (the command's schema), --report FILE.md|FILE.html.
struct OutputOptions
{
    explicit OutputOptions(const QString &schema);
    [[nodiscard]] QList<QCommandLineOption> options() const;
    // Checks the --report name before anything runs.
    [[nodiscard]] QString read(const QCommandLineParser &parser) const;

    QCommandLineOption json;
    QCommandLineOption report;
};

// --report FILE: the ticket summary as Markdown (.md) or the whole report as HTML (.html).
// An empty string when it was written, else why not.
[[nodiscard]] QString writeReportFile(const QString &file, const ScanReport &report);

} // namespace Portolan::Cli
