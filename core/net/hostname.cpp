#include "hostname.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Portolan {

QString hostProblem(const QString &host)
{
    if (host.isEmpty())
        return u"the server name is empty"_s;
    for (const QChar c : host) {
        if (c.isSpace())
            return u"the server name contains a space"_s;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return u"the server name contains a control character"_s;
    }
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress(bare).isNull())
        return {};
    if (host.contains(u':'))
        return u"'%1' is not a valid IPv6 address (give the port with --port)"_s.arg(host);
    const QByteArray ace = QUrl::toAce(host, QUrl::AceTransitionalProcessing);
    if (ace.isEmpty())
        return u"'%1' is not a valid host name"_s.arg(host);
    if (ace.size() > 253)
        return u"the server name is longer than 253 characters"_s;
    const QList<QByteArray> labels = ace.endsWith('.') ? ace.chopped(1).split('.') : ace.split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return u"'%1' is not a valid host name (empty or over-long label)"_s.arg(host);
        for (const char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return u"'%1' is not a valid host name (character '%2')"_s.arg(
                    host, QChar::fromLatin1(c));
        }
        if (label.startsWith('-') || label.endsWith('-'))
            return u"'%1' is not a valid host name (a label starts or ends with '-')"_s.arg(host);
    }
    return {};
}

} // namespace Portolan
