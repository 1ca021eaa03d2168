#pragma once

#include "command.h"

namespace Portolan::Cli {

// portolan-cli explain CODE | --all [--markdown]: the diagnosis catalogue.
class ExplainCommand : public Command
{
public:
    ExplainCommand();

protected:
    int run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_all;
    QCommandLineOption m_markdown;
};

} // namespace Portolan::Cli
