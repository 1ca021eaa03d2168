#pragma once

#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Portolan {

class MonitorScheduler;

// Where `monitor --metrics ADDR:PORT` serves /metrics.
struct MetricsEndpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:9187", "[::1]:9187", ":9187" (every address), "localhost:9187"; else nothing and
// `error` says why.
[[nodiscard]] std::optional<MetricsEndpoint> parseMetricsEndpoint(const QString &text,
                                                                  QString *error);

// The metrics server is made by whoever provides it (the Prometheus exposition): it registers
// a factory once, before the monitor command runs. The factory starts serving `endpoint` for
// `scheduler` (connecting to its signals) and returns the server, which the caller parents to
// the scheduler; on failure nullptr and `error` (one line: "cannot listen on 127.0.0.1:9187:
// address in use"). Without a factory, --metrics is a usage error.
using MetricsFactory = std::function<QObject *(const MetricsEndpoint &endpoint,
                                               MonitorScheduler *scheduler, QString *error)>;
void setMetricsFactory(MetricsFactory factory);
[[nodiscard]] const MetricsFactory &metricsFactory();

} // namespace Portolan
