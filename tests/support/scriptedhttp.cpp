#include "scriptedhttp.h"

#include "scriptedserver.h" // certificatePath, keyPath

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace PortolanTest {

ScriptedHttp::ScriptedHttp(const QString &certificate, QObject *parent)
    : QTcpServer(parent)
    , m_certificate(certificate)
{}

quint16 ScriptedHttp::start()
{
    return listen(QHostAddress(u"127.0.0.1"_s), 0) ? serverPort() : 0;
}

int ScriptedHttp::requestsFor(const QString &host) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.host.compare(host, Qt::CaseInsensitive) == 0;
    return n;
}

void ScriptedHttp::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // The request so far lives as long as the connection that reads it (a server destroyed
    // before its sockets disconnects this slot first: a raw buffer freed on the socket's
    // destroyed() leaked then).
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        serve(socket, buffer.get());
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (!m_certificate.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile cert(certificatePath(m_certificate));
        QFile key(keyPath(m_certificate));
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            config.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll()));
            const QByteArray k = key.readAll();
            const QSslKey ec(k, QSsl::Ec);
            config.setPrivateKey(ec.isNull() ? QSslKey(k, QSsl::Rsa) : ec);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(config);
        socket->startServerEncryption();
    }
}

void ScriptedHttp::serve(QTcpSocket *socket, QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request req;
    req.method = requestLine.value(0);
    req.path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
    qsizetype length = 0;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host")
            req.host = QString::fromLatin1(value).section(u':', 0, 0).toLower();
        else if (name == "content-length")
            length = value.toLongLong();
    }
    if (buffer->size() < end + 4 + length)
        return; // the body is still on its way
    req.body = buffer->mid(end + 4, length);
    buffer->clear();
    m_requests << req;
    const Response r = m_table.value(req.host + u' ' + req.path, Response{404, "not here"});
    if (r.silent)
        return;
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
    reply += "Content-Type: " + r.contentType + "\r\n";
    if (!r.noLength)
        reply += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    if (!r.location.isEmpty())
        reply += "Location: " + r.location + "\r\n";
    reply += "Connection: close\r\n\r\n" + r.body;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace PortolanTest
