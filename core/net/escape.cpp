#include "escape.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

void appendEscaped(QString &out, unsigned char byte)
{
    out += "\\x"_L1 + QString::number(uint(byte), 16).rightJustified(2, u'0').toUpper();
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escapeServerText(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned char b = static_cast<unsigned char>(bytes.at(i));
        if (b < 0x80) {
            if (b == '\\')
                out += "\\\\"_L1;
            else if (isControl(b))
                appendEscaped(out, b);
            else
                out += QLatin1Char(char(b));
            ++i;
            continue;
        }
        // One UTF-8 sequence: take it whole if it is valid and printable, else escape its bytes.
        const int len = (b & 0xe0) == 0xc0   ? 2
                        : (b & 0xf0) == 0xe0 ? 3
                        : (b & 0xf8) == 0xf0 ? 4
                                             : 0;
        bool valid = len > 0 && i + len <= bytes.size();
        for (int k = 1; valid && k < len; ++k)
            valid = (static_cast<unsigned char>(bytes.at(i + k)) & 0xc0) == 0x80;
        if (valid) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString s = decoder(QByteArrayView(bytes).sliced(i, len));
            const char32_t c = s.size() == 1 ? s.at(0).unicode()
                               : s.size() == 2 && s.at(0).isHighSurrogate()
                                   ? QChar::surrogateToUcs4(s.at(0), s.at(1))
                                   : 0xfffd;
            if (!decoder.hasError() && c != 0xfffd && !isControl(c)) {
                out += s;
                i += len;
                continue;
            }
        }
        appendEscaped(out, b);
        ++i;
    }
    return out;
}

} // namespace Portolan
