#include "message.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 2047 "B" encoded words, each at most 75 characters, split on whole UTF-8 characters.
QByteArray encodeHeaderText(const QString &text)
{
    if (isAscii(text) && !text.contains(u'\r') && !text.contains(u'\n'))
        return text.toLatin1();
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch = text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch += text.at(++i);
        const QByteArray bytes = ch.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 75 - 12) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray out;
    int lineLength = 0;
    auto put = [&](const QByteArray &piece) {
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text.at(i));
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            // Trailing white space before a line end must be encoded (RFC 2045 §6.7 rule 3).
            if (out.endsWith(' ') || out.endsWith('\t')) {
                const char ws = out.back();
                out.chop(1);
                out += ws == ' ' ? "=20" : "=09";
            }
            out += "\r\n";
            lineLength = 0;
            ++i;
        } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t') {
            put(QByteArray(1, char(c)));
        } else {
            put('=' + QByteArray::number(c, 16).rightJustified(2, '0').toUpper());
        }
    }
    return out;
}

QByteArray normalisedBody(const QString &body)
{
    QByteArray b = body.toUtf8();
    b.replace("\r\n", "\n");
    b.replace('\r', '\n');
    b.replace("\n", "\r\n");
    if (!b.endsWith("\r\n"))
        b += "\r\n";
    return b;
}

} // namespace

bool needsSmtpUtf8(const QString &address)
{
    return !isAscii(address);
}

QByteArray composeMessage(const TestMessage &m, bool eightBitMime, const QDateTime &date,
                          const QByteArray &messageIdDomain)
{
    const QByteArray body = normalisedBody(m.body);
    const bool asciiBody =
        std::all_of(body.cbegin(), body.cend(), [](char c) { return uchar(c) < 0x80; });
    // A body line over 998 octets cannot go as 7bit or 8bit (RFC 5322 §2.1.1).
    bool longLine = false;
    for (const QByteArray &line : body.split('\n'))
        longLine = longLine || line.size() > 990;
    const bool qp = longLine || (!asciiBody && !eightBitMime);

    QByteArray h;
    h += "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy hh:mm:ss"_s).toLatin1() +
         " +0000\r\n";
    h += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" +
         messageIdDomain + ">\r\n";
    h += "From: <" + m.from.toUtf8() + ">\r\n";
    QByteArrayList to;
    for (const QString &t : m.to)
        to << '<' + t.toUtf8() + '>';
    h += "To: " + to.join(",\r\n ") + "\r\n";
    h += "Subject: " + encodeHeaderText(m.subject) + "\r\n";
    h += "MIME-Version: 1.0\r\n";
    h += "Content-Type: text/plain; charset=utf-8\r\n";
    h += "Content-Transfer-Encoding: " +
         QByteArray(qp          ? "quoted-printable"
                    : asciiBody ? "7bit"
                                : "8bit") +
         "\r\n";
    h += "X-Mailer: Portolan " PORTOLAN_VERSION " (connectivity test)\r\n";
    return h + "\r\n" + (qp ? quotedPrintable(body) : body);
}

QByteArray dotStuff(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + 16);
    bool lineStart = true;
    for (const char c : message) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out + ".\r\n";
}

} // namespace Portolan
