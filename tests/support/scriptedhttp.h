#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpServer>

namespace PortolanTest {

// An in-process HTTP/1.1 server on 127.0.0.1, port 0, plain or TLS (a certificate from the test
// CA), that answers from a table by (Host, path) — enough for discovery's autoconfig and
// Autodiscover fetches. A request not in the table gets 404. Every request is recorded.
class ScriptedHttp : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray location = {}; // a Location header (redirects)
        bool silent = false;      // accept, read, never answer
        QByteArray contentType = "application/xml";
        bool noLength = false; // no Content-Length: the body ends when the connection closes
    };
    struct Request
    {
        QByteArray method;
        QString host; // the Host header, without a port
        QString path; // without the query
        QByteArray body;
    };

    // `certificate`: empty for plain http, else the name of a test certificate ("valid" …).
    explicit ScriptedHttp(const QString &certificate = {}, QObject *parent = nullptr);
    void set(const QString &host, const QString &path, const Response &response)
    {
        m_table.insert(host.toLower() + u' ' + path, response);
    }
    quint16 start();
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] int requestsFor(const QString &host) const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void serve(class QTcpSocket *socket, QByteArray *buffer);
    QString m_certificate;
    QHash<QString, Response> m_table;
    QList<Request> m_requests;
};

} // namespace PortolanTest
