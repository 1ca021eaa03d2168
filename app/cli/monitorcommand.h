#pragma once

#include "command.h"
#include "optiongroups.h"

#include "monitor/monitortarget.h"

namespace Portolan::Cli {

// What a monitor config file holds (docs/monitor.md); the command line's values fill in what
// it leaves out.
struct MonitorConfig
{
    QList<MonitorTarget> targets;
    std::optional<std::chrono::seconds> every;
    std::optional<std::chrono::seconds> recheck;
    QString db;
    QString metrics;
    std::optional<int> retentionDays;
};

// Reads a config file. `defaults` is the check every target starts from (the command line's
// options); its secrets are not carried over. Empty when fine, else a one-line error.
[[nodiscard]] QString readMonitorConfig(const QString &file, const CheckOptions &defaults,
                                        MonitorConfig &config);

// portolan-cli monitor TARGET…: watches servers, stores every check, says when an outage
// begins and ends.
class MonitorCommand : public Command
{
public:
    MonitorCommand();

protected:
    [[nodiscard]] QString refuseArguments(const QStringList &arguments) const override;
    int run(const QCommandLineParser &parser) override;

private:
    PortOptions m_port;
    NetworkOptions m_network;
    TlsOptions m_tls;
    LoginOptions m_login;
    QCommandLineOption m_every;
    QCommandLineOption m_recheck;
    QCommandLineOption m_db;
    QCommandLineOption m_metrics;
    QCommandLineOption m_for;
    QCommandLineOption m_config;
    QCommandLineOption m_loginEvery;
    QCommandLineOption m_retention;
    QCommandLineOption m_quiet;
};

// portolan-cli history: what the monitor saw.
class HistoryCommand : public Command
{
public:
    HistoryCommand();

protected:
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_db;
    QCommandLineOption m_since;
    OutputOptions m_output;
};

} // namespace Portolan::Cli
