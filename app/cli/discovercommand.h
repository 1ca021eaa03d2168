#pragma once

#include "command.h"
#include "optiongroups.h"

namespace Portolan::Cli {

// portolan-cli discover ADDRESS: every source of settings for an address at once, each candidate
// checked, the audit, what clients would pick and what to publish.
class DiscoverCommand : public Command
{
public:
    DiscoverCommand();

protected:
    [[nodiscard]] QString refuseArguments(const QStringList &arguments) const override;
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_dnsServer;
    QCommandLineOption m_dnssecAnchor;
    QCommandLineOption m_caFile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_noProbe;
    OutputOptions m_output;
    // Test hooks, hidden from --help: the HTTP ports and the ISPDB's base URL.
    QCommandLineOption m_httpPort;
    QCommandLineOption m_httpsPort;
    QCommandLineOption m_ispdbUrl;
};

} // namespace Portolan::Cli
