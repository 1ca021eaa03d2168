#include "cli.h"
#include "metricsserver.h"
#include "monitor/metricshook.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portolan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    // The engine's debug lines are for developers: QT_LOGGING_RULES="portolan.*.debug=true".
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("portolan.*.debug=false"));
    // `monitor --metrics ADDR:PORT` serves /metrics through Qt HTTP Server (app/metrics).
    Portolan::setMetricsFactory(&Portolan::startMetricsServer);
    return Portolan::runCli(QCoreApplication::arguments());
}
