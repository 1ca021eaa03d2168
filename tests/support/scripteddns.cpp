#include "scripteddns.h"

#include <QNetworkDatagram>
#include <QSet>
#include <QtEndian>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace PortolanTest {

namespace {

// A name in uncompressed wire form ("." is the root).
QByteArray wireName(const QString &name)
{
    QByteArray out;
    if (name != u"."_s) {
        for (const QString &label : name.split(u'.')) {
            const QByteArray l = label.toLatin1();
            out += char(l.size());
            out += l;
        }
    }
    out += char(0);
    return out;
}

QByteArray be16(int v)
{
    char buf[2];
    qToBigEndian(quint16(v), buf);
    return QByteArray(buf, 2);
}

QByteArray be32(quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    return QByteArray(buf, 4);
}

} // namespace

ScriptedDns::ScriptedDns(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &ScriptedDns::onReadyRead);
}

quint16 ScriptedDns::start()
{
    static QSet<quint16> used;
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_socket->bind(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = m_socket->localPort();
        if (!used.contains(port)) {
            used.insert(port);
            return port;
        }
        m_socket->close();
    }
    return 0;
}

QString ScriptedDns::address() const
{
    return u"127.0.0.1:%1"_s.arg(m_socket->localPort());
}

void ScriptedDns::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(4096);
        ++m_queries;
        const QByteArray reply = answer(d.data());
        if (!reply.isEmpty())
            m_socket->writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
    }
}

QByteArray ScriptedDns::answer(const QByteArray &q)
{
    if (q.size() < 12)
        return {};
    // The question: a sequence of labels, then type and class.
    qsizetype i = 12;
    QStringList labels;
    while (i < q.size() && q.at(i) != 0) {
        const int len = quint8(q.at(i));
        if (len > 63 || i + 1 + len > q.size())
            return {};
        labels << QString::fromLatin1(q.mid(i + 1, len)).toLower();
        i += 1 + len;
    }
    if (i + 5 > q.size())
        return {};
    const qsizetype questionEnd = i + 5;
    const quint16 type = qFromBigEndian<quint16>(q.constData() + i + 1);
    const QString name = labels.join(u'.');
    ++m_asked[{name, int(type)}];

    Entry entry;
    entry.rcode = 3;
    if (const auto it = m_table.constFind(name); it != m_table.constEnd())
        entry = it.value();
    if (entry.silent)
        return {};

    QList<QByteArray> rdatas;
    if (entry.rcode == 0) {
        for (const QHostAddress &a : std::as_const(entry.addresses)) {
            const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
            if (type == 1 && v4) {
                rdatas << be32(a.toIPv4Address());
            } else if (type == 28 && !v4) {
                const Q_IPV6ADDR ip6 = a.toIPv6Address();
                rdatas << QByteArray(reinterpret_cast<const char *>(ip6.c), 16);
            }
        }
        for (const Mx &mx : std::as_const(entry.mx)) {
            if (type == 15)
                rdatas << be16(mx.preference) + wireName(mx.exchange);
        }
        for (const Srv &srv : std::as_const(entry.srv)) {
            if (type == 33)
                rdatas << be16(srv.priority) + be16(srv.weight) + be16(srv.port) +
                              wireName(srv.target);
        }
        for (const QByteArrayList &strings : std::as_const(entry.txt)) {
            if (type != 16)
                continue;
            QByteArray rdata;
            for (const QByteArray &string : strings)
                rdata += char(string.size()) + string;
            rdatas << rdata;
        }
        if (type == 52)
            rdatas << entry.tlsa;
    }
    QByteArray records;
    const int count = int(rdatas.size());
    for (const QByteArray &rdata : std::as_const(rdatas)) {
        records += QByteArray::fromHex("c00c"); // pointer to the question's name
        records += be16(type) + be16(1);        // IN
        records += be32(entry.ttl) + be16(int(rdata.size())) + rdata;
    }
    QByteArray reply = q.left(2); // ID
    const bool rd = (quint8(q.at(2)) & 0x01) != 0;
    reply += char(0x84 | (rd ? 0x01 : 0));      // QR, AA, RD echoed
    reply += char(0x80 | (entry.rcode & 0x0f)); // RA, rcode
    reply += QByteArray::fromHex("0001");       // QDCOUNT
    reply += char(count >> 8);
    reply += char(count & 0xff);
    // NXDOMAIN and "no such record" carry the zone's SOA (RFC 2308), here the root's.
    const bool negative = entry.rcode == 3 || (entry.rcode == 0 && count == 0);
    reply += QByteArray::fromHex(negative ? "00010000" : "00000000"); // NSCOUNT, ARCOUNT
    reply += q.mid(12, questionEnd - 12);
    reply += records;
    if (negative) {
        reply += QByteArray::fromHex("0000060001"); // ".", SOA, IN
        reply += be32(entry.ttl) + be16(22);
        reply += QByteArray::fromHex("0000"); // MNAME ".", RNAME "."
        // serial, refresh, retry, expire, minimum (the negative TTL, RFC 2308 §4)
        reply += QByteArray::fromHex("00000001000007080000038400093a80") + be32(entry.ttl);
    }
    return reply;
}

} // namespace PortolanTest
