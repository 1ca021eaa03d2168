#include "scripteddns.h"

#include <QNetworkDatagram>
#include <QtEndian>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace PortolanTest {

ScriptedDns::ScriptedDns(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &ScriptedDns::onReadyRead);
}

quint16 ScriptedDns::start()
{
    if (!m_socket->bind(QHostAddress::LocalHost, 0))
        return 0;
    return m_socket->localPort();
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

    Entry entry;
    entry.rcode = 3;
    if (const auto it = m_table.constFind(name); it != m_table.constEnd())
        entry = it.value();
    if (entry.silent)
        return {};

    QByteArray records;
    int count = 0;
    if (entry.rcode == 0) {
        for (const QHostAddress &a : std::as_const(entry.addresses)) {
            const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
            if ((type == 1 && !v4) || (type == 28 && v4) || (type != 1 && type != 28))
                continue;
            QByteArray rr;
            rr += char(0xc0);
            rr += char(12); // pointer to the question's name
            rr += char(type >> 8);
            rr += char(type & 0xff);
            rr += QByteArray::fromHex("0001");     // IN
            rr += QByteArray::fromHex("0000003c"); // TTL 60
            if (v4) {
                rr += QByteArray::fromHex("0004");
                const quint32 ip = a.toIPv4Address();
                char buf[4];
                qToBigEndian(ip, buf);
                rr += QByteArray(buf, 4);
            } else {
                rr += QByteArray::fromHex("0010");
                const Q_IPV6ADDR ip6 = a.toIPv6Address();
                rr += QByteArray(reinterpret_cast<const char *>(ip6.c), 16);
            }
            records += rr;
            ++count;
        }
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
        reply += QByteArray::fromHex("0000060001");   // ".", SOA, IN
        reply += QByteArray::fromHex("0000003c0016"); // TTL 60, RDLENGTH 22
        reply += QByteArray::fromHex("0000");         // MNAME ".", RNAME "."
        reply += QByteArray::fromHex("00000001000007080000038400093a800000003c");
    }
    return reply;
}

} // namespace PortolanTest
