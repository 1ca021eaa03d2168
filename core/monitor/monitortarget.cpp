#include "monitortarget.h"

#include "net/hostname.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

QString targetName(const Target &target)
{
    const quint16 port =
        target.port ? target.port : MailCheck::defaultPort(target.protocol, target.security);
    QString host = target.host;
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"%1://%2:%3"_s.arg(protocolName(target.protocol), host).arg(port);
}

bool parseTargetSpec(const QString &spec, Target &target, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString rest = spec.trimmed();
    if (rest.isEmpty())
        return fail(u"an empty target"_s);
    target.protocol = Protocol::Smtp;
    if (const qsizetype scheme = rest.indexOf("://"_L1); scheme >= 0) {
        const std::optional<Protocol> p = protocolFromName(rest.left(scheme).toLower());
        if (!p)
            return fail(u"'%1': the protocol must be smtp, imap, pop3 or sieve"_s.arg(spec));
        target.protocol = *p;
        rest = rest.mid(scheme + 3);
    }
    QString host = rest;
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail(u"'%1': an IPv6 address in brackets needs its ']'"_s.arg(spec));
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail(u"'%1': expected ':PORT' after the address"_s.arg(spec));
            port = after.mid(1);
        }
    } else if (rest.count(u':') == 1) {
        host = rest.section(u':', 0, 0);
        port = rest.section(u':', 1);
    }
    if (const QString why = hostProblem(host); !why.isEmpty())
        return fail(u"'%1': %2"_s.arg(spec, why));
    target.host = host;
    target.port = 0;
    if (rest.endsWith(u':'))
        return fail(u"'%1': the port is missing after ':'"_s.arg(spec));
    if (!port.isEmpty()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return fail(u"'%1': the port must be a number from 1 to 65535"_s.arg(spec));
        target.port = quint16(n);
    }
    return true;
}

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,9})\\s*([smhd]?)\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text.toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == "m"_L1 ? 60 : unit == "h"_L1 ? 3600 : unit == "d"_L1 ? 86400 : 1;
    if (n <= 0)
        return std::nullopt;
    return std::chrono::seconds(n * factor);
}

} // namespace Portolan
