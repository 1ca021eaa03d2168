#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace PortolanTest {

// A DNS server on 127.0.0.1 (UDP, port 0) that answers A and AAAA questions from a table.
// Names not in the table get NXDOMAIN. Enough of RFC 1035 for a stub or forwarding resolver.
class ScriptedDns : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        int rcode = 0; // 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED
        QList<QHostAddress> addresses;
        bool silent = false; // never answer
    };

    explicit ScriptedDns(QObject *parent = nullptr);
    void set(const QString &name, const Entry &entry) { m_table.insert(name.toLower(), entry); }
    quint16 start();
    [[nodiscard]] QString address() const; // "127.0.0.1:PORT" for --dns-server
    [[nodiscard]] int queries() const { return m_queries; }

private:
    void onReadyRead();
    QByteArray answer(const QByteArray &query);

    QUdpSocket *m_socket;
    QHash<QString, Entry> m_table;
    int m_queries = 0;
};

} // namespace PortolanTest
