#include "lineconnection.h"

#include "transcript.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Linux turns quick ACKs off again after a while; a server that has Nagle on then waits for our
// delayed ACK (40 ms on loopback) before its next small write, and the phase looks 40 ms slow
// through no fault of the server's. Re-arming before each read keeps the timings the server's.
void rearmQuickAck(const QSslSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return;
    const int one = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

LineConnection::LineConnection(Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_socket(new QSslSocket(this))
{
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        rearmQuickAck(m_socket);
        Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_hold = false;
        Q_EMIT encrypted();
        deliverLines();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, &LineConnection::sslErrors);
    connect(m_socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType type, const QString &) {
                Q_EMIT alertReceived(int(type), level == QSsl::AlertLevel::Fatal);
            });
    // After our bytes really left (handshake messages included), the kernel treats the
    // connection as interactive and delays its ACKs again: re-arm then.
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] { rearmQuickAck(m_socket); });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this,
            [this] { rearmQuickAck(m_socket); });
    connect(m_socket, &QSslSocket::readyRead, this, &LineConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_dead)
                    return;
                // Lines that arrived with the close still count: deliver them first.
                onReadyRead();
                if (m_dead)
                    return;
                Q_EMIT socketError(error, m_socket->errorString());
            });
}

LineConnection::~LineConnection() = default;

void LineConnection::connectTo(const QHostAddress &address, quint16 port)
{
    m_socket->connectToHost(address, port);
}

void LineConnection::startTls(const QSslConfiguration &config, const QString &peerName)
{
    m_hold = true;
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(peerName);
    m_socket->startClientEncryption();
    rearmQuickAck(m_socket);
}

void LineConnection::writeLine(const QByteArray &line)
{
    m_transcript->client(line);
    m_socket->write(line + "\r\n");
    rearmQuickAck(m_socket);
}

void LineConnection::writeSensitiveLine(const QByteArray &line, const QString &shownAs)
{
    m_transcript->clientRedacted(shownAs);
    m_socket->write(line + "\r\n");
    rearmQuickAck(m_socket);
}

void LineConnection::writeRaw(const QByteArray &bytes, const QString &shownAs)
{
    m_transcript->clientRedacted(shownAs);
    m_socket->write(bytes);
    rearmQuickAck(m_socket);
}

qsizetype LineConnection::pendingBytes() const
{
    return m_buffer.size() + m_socket->bytesAvailable();
}

void LineConnection::close()
{
    // Politely: what is still buffered goes out (the client's TLS Finished), then close_notify
    // and a FIN, so the server does not log a broken TLS connection for each probe.
    m_dead = true;
    m_socket->disconnectFromHost();
}

void LineConnection::abort()
{
    m_dead = true;
    m_socket->abort();
}

void LineConnection::onReadyRead()
{
    if (m_dead)
        return;
    // Take at most what the phase budget allows, plus one byte to notice the breach.
    const qint64 room = m_limits.maxBytesPerPhase - m_phaseBytes + 1;
    const QByteArray chunk = m_socket->read(qMax<qint64>(room, 1));
    rearmQuickAck(m_socket);
    if (chunk.isEmpty())
        return;
    m_phaseBytes += chunk.size();
    m_buffer += chunk;
    Q_EMIT dataArrived();
    if (m_dead)
        return;
    if (m_phaseBytes > m_limits.maxBytesPerPhase) {
        m_dead = true;
        Q_EMIT limitExceeded(
            u"the server sent more than %1 bytes in one step"_s.arg(m_limits.maxBytesPerPhase));
        return;
    }
    deliverLines();
}

void LineConnection::deliverLines()
{
    if (m_delivering)
        return;
    m_delivering = true;
    while (!m_hold && !m_dead) {
        const qsizetype eol = m_buffer.indexOf('\n');
        if (eol < 0) {
            if (m_buffer.size() > m_limits.maxLineLength) {
                m_dead = true;
                Q_EMIT limitExceeded(
                    u"the server sent a line longer than %1 bytes"_s.arg(m_limits.maxLineLength));
            }
            break;
        }
        QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            m_dead = true;
            Q_EMIT limitExceeded(
                u"the server sent a line longer than %1 bytes"_s.arg(m_limits.maxLineLength));
            break;
        }
        m_transcript->server(line);
        Q_EMIT lineReceived(line);
    }
    m_delivering = false;
    // More may have arrived while a handler ran (it cannot have: one thread), but a handler may
    // have lifted the hold; the next readyRead or encrypted() picks it up.
}

} // namespace Portolan
