#include "mailconfig.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Portolan {

QString autoconfigXml(const QString &domain, const QList<ServerSetting> &servers)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(u"clientConfig"_s);
    w.writeAttribute(u"version"_s, u"1.1"_s);
    w.writeStartElement(u"emailProvider"_s);
    w.writeAttribute(u"id"_s, domain);
    w.writeTextElement(u"domain"_s, domain);
    w.writeTextElement(u"displayName"_s, domain);
    // Incoming servers before outgoing ones, as the format wants them.
    for (const bool incoming : {true, false}) {
        for (const ServerSetting &s : servers) {
            if ((s.protocol != Protocol::Smtp) != incoming)
                continue;
            w.writeStartElement(incoming ? u"incomingServer"_s : u"outgoingServer"_s);
            w.writeAttribute(u"type"_s, s.protocol == Protocol::Imap   ? u"imap"_s
                                        : s.protocol == Protocol::Pop3 ? u"pop3"_s
                                                                       : u"smtp"_s);
            w.writeTextElement(u"hostname"_s, s.host);
            w.writeTextElement(u"port"_s, QString::number(s.port));
            w.writeTextElement(u"socketType"_s, s.security == Security::Tls        ? u"SSL"_s
                                                : s.security == Security::StartTls ? u"STARTTLS"_s
                                                                                   : u"plain"_s);
            const QStringList auth = s.authentication.isEmpty()
                                         ? QStringList{u"password-cleartext"_s}
                                         : s.authentication;
            for (const QString &a : auth)
                w.writeTextElement(u"authentication"_s, a);
            w.writeTextElement(u"username"_s,
                               s.username.isEmpty() ? u"%EMAILADDRESS%"_s : s.username);
            w.writeEndElement();
        }
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace Portolan
