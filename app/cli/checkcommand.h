#pragma once

#include "command.h"
#include "optiongroups.h"

namespace Portolan::Cli {

// portolan-cli check HOST: one server, one port, every phase, a verdict.
class CheckCommand : public Command
{
public:
    CheckCommand();

protected:
    [[nodiscard]] QString refuseArguments(const QStringList &arguments) const override;
    int run(const QCommandLineParser &parser) override;

private:
    TargetOptions m_target;
    PortOptions m_port;
    NetworkOptions m_network;
    TlsOptions m_tls;
    TlsDetailOptions m_tlsDetail;
    LoginOptions m_login;
    MessageOptions m_message;
    OutputOptions m_output;
    QCommandLineOption m_transcript;
};

} // namespace Portolan::Cli
