#pragma once

#include "monitor/metrics.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace Portolan {

class MonitorScheduler;
struct MetricsEndpoint;

// The monitor's Prometheus endpoint: GET /metrics answers with the text exposition of its
// MonitorMetrics as they are at that moment (read on the event loop's thread: no lock). Kept out
// of portolan_core so that the engine does not link Qt HTTP Server.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(QObject *parent = nullptr);
    ~MetricsServer() override;

    [[nodiscard]] MonitorMetrics &metrics() { return m_metrics; }
    [[nodiscard]] const MonitorMetrics &metrics() const { return m_metrics; }

    // Listens on address:port (port 0: any free one). False, with errorString(), when it cannot.
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port);
    // The port it listens on; 0 before listen() succeeded.
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Scrapes answered since it started.
    [[nodiscard]] int scrapes() const { return m_scrapes; }

private:
    MonitorMetrics m_metrics;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_error;
    int m_scrapes = 0;
};

// The MetricsFactory of `monitor --metrics` (monitor/metricshook.h): a MetricsServer on
// `endpoint` that follows `scheduler`'s checks and outages; nullptr and `error` when it cannot
// listen. Register it with setMetricsFactory(&startMetricsServer).
[[nodiscard]] QObject *startMetricsServer(const MetricsEndpoint &endpoint,
                                          MonitorScheduler *scheduler, QString *error);

} // namespace Portolan
