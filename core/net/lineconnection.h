#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>

class QHostAddress;
class QSslConfiguration;
class QSslSocket;

namespace Portolan {

class Transcript;

// A line-oriented connection over QSslSocket: plain TCP first, TLS on request (implicit or after
// STARTTLS). Every read is bounded: a line longer than the limit, or more bytes in one phase than
// the budget, is reported through limitExceeded() and nothing more is read.
class LineConnection : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxLineLength = 16384;
        qint64 maxBytesPerPhase = 256 * 1024;
    };

    explicit LineConnection(Transcript *transcript, QObject *parent = nullptr);
    ~LineConnection() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    void connectTo(const QHostAddress &address, quint16 port);
    // Starts a client handshake on the connected socket; lines stop until encrypted().
    void startTls(const QSslConfiguration &config, const QString &peerName);
    void writeLine(const QByteArray &line);
    // A sensitive line: sent as it is, written to the transcript as `shownAs`.
    void writeSensitiveLine(const QByteArray &line, const QString &shownAs);
    // Bytes as they are (a message after DATA), written to the transcript as one line `shownAs`.
    void writeRaw(const QByteArray &bytes, const QString &shownAs);
    // Bytes received and not yet handed out as lines, including any the socket holds.
    [[nodiscard]] qsizetype pendingBytes() const;
    [[nodiscard]] QByteArray peekPending() const { return m_buffer; }
    void resetPhaseBudget() { m_phaseBytes = 0; }
    // Stop handing out lines (the rest of the buffer stays for pendingBytes()).
    void holdLines() { m_hold = true; }
    void abort();
    // Ends the connection cleanly (TLS close_notify, then FIN) and reads nothing more.
    void close();

    [[nodiscard]] QSslSocket *socket() const { return m_socket; }

Q_SIGNALS:
    void connected();
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void dataArrived();
    void lineReceived(const QByteArray &line);
    void socketError(QAbstractSocket::SocketError error, const QString &text);
    void limitExceeded(const QString &why);
    // The server sent a TLS alert (RFC 8446 §6): its number ("description"), fatal or not.
    void alertReceived(int description, bool fatal);

private:
    void onReadyRead();
    void deliverLines();

    Transcript *m_transcript;
    QSslSocket *m_socket;
    Limits m_limits;
    QByteArray m_buffer;
    qint64 m_phaseBytes = 0;
    bool m_hold = false;
    bool m_delivering = false;
    bool m_dead = false;
};

} // namespace Portolan
