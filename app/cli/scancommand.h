#pragma once

#include "command.h"
#include "optiongroups.h"

namespace Portolan::Cli {

// portolan-cli scan HOST: every mail port of one host at once, ranked (the port advisor).
// No --port, --security, --send or DANE: the scan chooses the ports and modes itself.
class ScanCommand : public Command
{
public:
    ScanCommand();

protected:
    [[nodiscard]] QString refuseArguments(const QStringList &arguments) const override;
    int run(const QCommandLineParser &parser) override;

private:
    TargetOptions m_target;
    NetworkOptions m_network;
    TlsOptions m_tls;
    LoginOptions m_login;
    OutputOptions m_output;
    QCommandLineOption m_ports;
};

} // namespace Portolan::Cli
