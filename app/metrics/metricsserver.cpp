#include "metricsserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Portolan {

MetricsServer::MetricsServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this] {
        ++m_scrapes;
        return QHttpServerResponse(MonitorMetrics::contentType(), m_metrics.exposition());
    });
    m_server->route(u"/"_s, QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(
            QByteArrayLiteral("text/html; charset=utf-8"),
            QByteArrayLiteral("<!DOCTYPE html><html><head><title>Portolan monitor</title></head>"
                              "<body><p>Portolan monitor: <a href=\"/metrics\">metrics</a></p>"
                              "</body></html>\n"));
    });
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    // QHttpServer::listen() gives only 0 on failure; a server of our own keeps the reason.
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

} // namespace Portolan
