#pragma once

#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

namespace PortolanTest {

// Where build-time test certificates live ("valid", "expired", ... ; see certgen.cpp).
QString certificatePath(const QString &name);
QString keyPath(const QString &name);

class ScriptRunner;

// An in-process server on 127.0.0.1, port 0, that plays dialogue scripts, one command a line:
//   S: text     send text and CRLF (escapes \r \n \t \xNN \\ allowed; "S:" alone sends an empty
//   line) R: text     send text as it is, no CRLF (same escapes) C: prefix   wait for a client line
//   that starts with prefix (case-insensitive) W: ms       wait TLS         start server-side TLS
//   (after a STARTTLS go-ahead) and wait until it is up BYTES       wait for any bytes from the
//   client (e.g. a TLS ClientHello on a plain port) FLOOD: n    send n bytes of 'A' with no line
//   end REPEAT: n text   send "text" n times, each with CRLF X           close the connection;  RST
//   reset it
// The n-th connection plays the n-th script; the last one repeats for any further connection.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { Plain, ImplicitTls };
    struct Script
    {
        QString text;
        Mode mode = Mode::Plain;
        QString certificate = QStringLiteral("valid");
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    void addScript(const QString &text, Mode mode = Mode::Plain,
                   const QString &certificate = QStringLiteral("valid"));
    // Listens on 127.0.0.1 (or the given address) on a free port; returns it (0 on failure).
    quint16 start(const QString &address = QStringLiteral("127.0.0.1"));

    [[nodiscard]] int connectionCount() const { return int(m_runners.size()); }
    // Every line the clients sent, all connections, in order.
    [[nodiscard]] QStringList clientLines() const;
    // The messages received with DATA, dot-stuffed as on the wire, without the final ".".
    [[nodiscard]] QList<QByteArray> messages() const;
    // The first place a client did not do what the script expected; empty when all went to plan.
    [[nodiscard]] QStringList mismatches() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    QList<Script> m_scripts;
    QList<ScriptRunner *> m_runners;
};

} // namespace PortolanTest
