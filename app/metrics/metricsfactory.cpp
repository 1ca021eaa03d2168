#include "metricsserver.h"

#include "monitor/metricshook.h"
#include "monitor/scheduler.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QObject *startMetricsServer(const MetricsEndpoint &endpoint, MonitorScheduler *scheduler,
                            QString *error)
{
    auto server = std::make_unique<MetricsServer>();
    if (!server->listen(endpoint.address, endpoint.port)) {
        if (error) {
            const QString where = endpoint.address.protocol() == QAbstractSocket::IPv6Protocol
                                      ? u"[%1]:%2"_s
                                      : u"%1:%2"_s;
            *error = u"cannot listen on "_s +
                     where.arg(endpoint.address.toString()).arg(endpoint.port) + u": "_s +
                     server->errorString();
        }
        return nullptr;
    }
    MonitorMetrics &metrics = server->metrics();
    for (const MonitorTarget &target : scheduler->targets())
        metrics.addTarget(target.name, target.check.target);
    QObject::connect(scheduler, &MonitorScheduler::checkFinished, server.get(),
                     [&metrics](const CheckRecord &record) { metrics.recordCheck(record); });
    QObject::connect(
        scheduler, &MonitorScheduler::outageStarted, server.get(),
        [&metrics](const Outage &outage) { metrics.setOutageActive(outage.target, true); });
    QObject::connect(
        scheduler, &MonitorScheduler::outageEnded, server.get(),
        [&metrics](const Outage &outage) { metrics.setOutageActive(outage.target, false); });
    return server.release();
}

} // namespace Portolan
