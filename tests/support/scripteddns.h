#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace PortolanTest {

// A DNS server on 127.0.0.1 (UDP, port 0) that answers A, AAAA, MX, SRV, TXT and TLSA questions
// from a table. Names not in the table get NXDOMAIN; negative answers carry an SOA (RFC 2308).
// Enough of RFC 1035 for a stub or forwarding resolver.
class ScriptedDns : public QObject
{
    Q_OBJECT
public:
    struct Mx
    {
        quint16 preference = 0;
        QString exchange; // "." for a null MX
    };
    struct Srv
    {
        quint16 priority = 0;
        quint16 weight = 0;
        quint16 port = 0;
        QString target; // "." : not offered
    };
    struct Entry
    {
        int rcode = 0; // 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED
        QList<QHostAddress> addresses;
        bool silent = false; // never answer
        quint32 ttl = 60;    // of the records; of the SOA (and its minimum) in negative answers
        // (Initialised, so a short `{rcode, addresses}` initialiser stays warning-free.)
        QList<Mx> mx = {};
        QList<Srv> srv = {};
        QList<QByteArrayList> txt = {}; // per record, its character-strings
        QList<QByteArray> tlsa = {};    // per record, its RDATA (usage, selector, matching, data)
    };

    explicit ScriptedDns(QObject *parent = nullptr);
    void set(const QString &name, const Entry &entry) { m_table.insert(name.toLower(), entry); }
    // A port this process has not used for a ScriptedDns before: a resolver kept per server
    // address (and its cache) never mistakes one test's server for an earlier one's.
    quint16 start();
    [[nodiscard]] QString address() const; // "127.0.0.1:PORT" for --dns-server
    [[nodiscard]] int queries() const { return m_queries; }
    // Questions for one name (any case) and type (1 A, 15 MX, 16 TXT, 28 AAAA, 33 SRV, 52 TLSA).
    [[nodiscard]] int queries(const QString &name, int type) const
    {
        return m_asked.value({name.toLower(), type});
    }

private:
    void onReadyRead();
    QByteArray answer(const QByteArray &query);

    QUdpSocket *m_socket;
    QHash<QString, Entry> m_table;
    int m_queries = 0;
    QHash<QPair<QString, int>, int> m_asked;
};

} // namespace PortolanTest
