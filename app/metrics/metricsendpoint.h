#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace Portolan {

class MonitorMetrics;

// The monitor's Prometheus endpoint: GET /metrics answers with the text exposition of `metrics`
// as it is at that moment (read on the event loop's thread, so no lock is needed). Kept out of
// portolan_core so that the engine does not link Qt HTTP Server.
class MetricsEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit MetricsEndpoint(const MonitorMetrics &metrics, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    // Listens on address:port (port 0: any free one). False, with errorString(), when it cannot.
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port);
    // The port it listens on; 0 before listen() succeeded.
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Scrapes answered since it started.
    [[nodiscard]] int scrapes() const { return m_scrapes; }

private:
    const MonitorMetrics &m_metrics;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_error;
    int m_scrapes = 0;
};

} // namespace Portolan
