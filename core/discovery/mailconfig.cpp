#include "mailconfig.h"

#include "net/escape.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr qsizetype MaxValueLength = 255; // a host name, a user name, an element's text
constexpr int MaxServers = 64;            // entries kept per document
constexpr int MaxDepth = 32;

QString placeholders(QString value, const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    const QString domain = at < 0 ? QString() : address.mid(at + 1).toLower();
    value.replace(u"%EMAILADDRESS%"_s, address);
    value.replace(u"%EMAILLOCALPART%"_s, local);
    value.replace(u"%EMAILDOMAIN%"_s, domain);
    return value;
}

// A host name as a source may write it: letters, digits, '-', '.', '_' (seen in the wild), or
// an address literal; at most 253 characters.
bool plausibleHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(u'.') || host.contains(u".."_s))
        return false;
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'.' || u == u'_' || u == u':';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

class Reader
{
public:
    Reader(const QByteArray &xml, MailConfigDocument &doc)
        : m_xml(xml)
        , m_doc(doc)
    {}

    void finding(DocumentProblem p, const QString &detail)
    {
        if (m_doc.findings.size() >= 32)
            return;
        m_doc.findings << DocumentFinding{p, m_xml.lineNumber(), m_xml.columnNumber(), detail};
    }

    // The text of a simple element (the reader is on its start); bounded; nested elements are
    // skipped. False when the document ended inside it.
    bool text(QString *out)
    {
        QString value;
        bool tooLong = false;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
                if (depth == 1) {
                    if (value.size() + m_xml.text().size() > MaxValueLength)
                        tooLong = true;
                    else
                        value += m_xml.text();
                }
                break;
            default:
                break;
            }
        }
        if (depth > 0)
            return false;
        if (tooLong) {
            finding(DocumentProblem::BadValue,
                    u"a value longer than %1 characters"_s.arg(MaxValueLength));
            value.clear();
        }
        *out = value.trimmed();
        return true;
    }

    // Skips the current element and everything in it.
    void skip() { m_xml.skipCurrentElement(); }

    bool atEnd() const { return m_xml.atEnd(); }
    QXmlStreamReader &xml() { return m_xml; }

    void addServer(const ServerSetting &s)
    {
        if (m_doc.servers.size() < MaxServers)
            m_doc.servers << s;
        else if (m_doc.servers.size() == MaxServers)
            finding(DocumentProblem::Unsupported,
                    u"more than %1 servers: the rest left out"_s.arg(MaxServers));
    }

    // Ends with the reader's own error, if any, as a finding; true when the XML was well formed.
    bool finish()
    {
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError()) {
            finding(DocumentProblem::Malformed, u"not well-formed XML: %1"_s.arg(escapeServerText(
                                                    m_xml.errorString().toUtf8())));
            return false;
        }
        return true;
    }

private:
    QXmlStreamReader m_xml;
    MailConfigDocument &m_doc;
};

bool tooBig(const QByteArray &xml, MailConfigDocument &doc)
{
    if (xml.size() <= MaxDocumentBytes)
        return false;
    doc.findings << DocumentFinding{
        DocumentProblem::TooBig, 0, 0,
        u"%1 bytes, more than the %2 a document may have"_s.arg(xml.size()).arg(MaxDocumentBytes)};
    return true;
}

// Goes to the root element; false (with a finding) when there is none.
bool toRoot(Reader &r)
{
    while (!r.atEnd()) {
        if (r.xml().readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    if (!r.finish())
        return false;
    r.finding(DocumentProblem::Malformed, u"no element at all"_s);
    return false;
}

// To the root element, which must be `root`: a finding says what it was otherwise.
bool toRoot(Reader &r, QLatin1StringView root)
{
    if (!toRoot(r))
        return false;
    if (r.xml().name() == root)
        return true;
    r.finding(DocumentProblem::WrongDocument,
              u"the root element is <%1>, not <%2>"_s.arg(
                  escapeServerText(r.xml().name().left(40).toUtf8()), root));
    return false;
}

// ---- config-v1.1.xml --------------------------------------------------------------------

void readConfigServer(Reader &r, bool incoming, const QString &address)
{
    const QString type = r.xml().attributes().value(u"type"_s).toString().trimmed().toLower();
    std::optional<Protocol> protocol;
    if (incoming && type == "imap"_L1)
        protocol = Protocol::Imap;
    else if (incoming && type == "pop3"_L1)
        protocol = Protocol::Pop3;
    else if (!incoming && type == "smtp"_L1)
        protocol = Protocol::Smtp;
    QString hostname, port, socketType, username;
    bool hasHost = false, hasPort = false, hasSocketType = false;
    QStringList authentication;
    int depth = 0;
    while (!r.atEnd()) {
        const auto token = r.xml().readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = r.xml().name();
        QString value;
        if (name == "hostname"_L1) {
            hasHost = r.text(&hostname);
        } else if (name == "port"_L1) {
            hasPort = r.text(&port);
        } else if (name == "socketType"_L1) {
            hasSocketType = r.text(&socketType);
        } else if (name == "username"_L1) {
            r.text(&username);
        } else if (name == "authentication"_L1) {
            if (r.text(&value) && !value.isEmpty() && authentication.size() < 16)
                authentication << value;
        } else {
            r.skip();
        }
    }
    if (!protocol) {
        r.finding(DocumentProblem::Unsupported,
                  u"%1 server of type '%2' left out (not IMAP, POP3 or SMTP)"_s.arg(
                      incoming ? u"an incoming"_s : u"an outgoing"_s,
                      escapeServerText(type.left(40).toUtf8())));
        return;
    }
    ServerSetting s;
    s.protocol = *protocol;
    s.host = placeholders(hostname, address).toLower();
    if (s.host.endsWith(u'.'))
        s.host.chop(1);
    const auto p = parsePort(port);
    const QString st = socketType.toLower();
    std::optional<Security> security;
    if (st == "ssl"_L1 || st == "tls"_L1)
        security = Security::Tls;
    else if (st == "starttls"_L1)
        security = Security::StartTls;
    else if (st == "plain"_L1)
        security = Security::None;
    if (!hasHost || !plausibleHost(s.host)) {
        r.finding(DocumentProblem::BadValue,
                  u"a %1 server without a usable <hostname> ('%2')"_s.arg(
                      type, escapeServerText(hostname.left(80).toUtf8())));
        return;
    }
    if (!hasPort || !p) {
        r.finding(DocumentProblem::BadValue,
                  u"%1 server %2: <port> '%3' is not a port"_s.arg(
                      type, s.host, escapeServerText(port.left(20).toUtf8())));
        return;
    }
    if (!hasSocketType || !security) {
        r.finding(DocumentProblem::BadValue,
                  u"%1 server %2: <socketType> '%3' is not SSL, STARTTLS or plain"_s.arg(
                      type, s.host, escapeServerText(socketType.left(20).toUtf8())));
        return;
    }
    s.port = *p;
    s.security = *security;
    s.username = placeholders(username, address);
    s.authentication = authentication;
    r.addServer(s);
}

// ---- Autodiscover POX -------------------------------------------------------------------

bool conventionallyImplicit(Protocol p, quint16 port)
{
    switch (p) {
    case Protocol::Smtp:
        return port == 465;
    case Protocol::Imap:
        return port == 993;
    case Protocol::Pop3:
        return port == 995;
    case Protocol::Sieve:
        break;
    }
    return false;
}

void readPoxProtocol(Reader &r, const QString &address)
{
    QString type, server, port, ssl, encryption, loginName;
    bool hasSsl = false, hasEncryption = false;
    int depth = 0;
    while (!r.atEnd()) {
        const auto token = r.xml().readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = r.xml().name();
        if (name == "Type"_L1)
            r.text(&type);
        else if (name == "Server"_L1)
            r.text(&server);
        else if (name == "Port"_L1)
            r.text(&port);
        else if (name == "SSL"_L1)
            hasSsl = r.text(&ssl);
        else if (name == "Encryption"_L1)
            hasEncryption = r.text(&encryption);
        else if (name == "LoginName"_L1)
            r.text(&loginName);
        else
            r.skip();
    }
    const QString t = type.toUpper();
    std::optional<Protocol> protocol;
    if (t == "IMAP"_L1)
        protocol = Protocol::Imap;
    else if (t == "POP3"_L1)
        protocol = Protocol::Pop3;
    else if (t == "SMTP"_L1)
        protocol = Protocol::Smtp;
    if (!protocol)
        return; // EXCH, EXPR, WEB …: Exchange's own protocols, not for a mail client's IMAP/SMTP
    ServerSetting s;
    s.protocol = *protocol;
    s.host = server.toLower();
    if (s.host.endsWith(u'.'))
        s.host.chop(1);
    if (!plausibleHost(s.host)) {
        r.finding(DocumentProblem::BadValue,
                  u"a %1 <Protocol> without a usable <Server> ('%2')"_s.arg(
                      t, escapeServerText(server.left(80).toUtf8())));
        return;
    }
    // Without <Port>, the protocol's conventional port for the mode (MS-OXDSCLI leaves it out).
    const bool sslOn = !hasSsl || ssl.compare("off"_L1, Qt::CaseInsensitive) != 0;
    std::optional<quint16> p = port.isEmpty() ? std::nullopt : parsePort(port);
    if (!port.isEmpty() && !p) {
        r.finding(DocumentProblem::BadValue,
                  u"%1 server %2: <Port> '%3' is not a port"_s.arg(
                      t, s.host, escapeServerText(port.left(20).toUtf8())));
        return;
    }
    if (!p) {
        const quint16 tlsPort = s.protocol == Protocol::Smtp   ? 465
                                : s.protocol == Protocol::Imap ? 993
                                                               : 995;
        const quint16 plainPort = s.protocol == Protocol::Smtp   ? 587
                                  : s.protocol == Protocol::Imap ? 143
                                                                 : 110;
        p = sslOn ? tlsPort : plainPort;
    }
    s.port = *p;
    const QString enc = encryption.toLower();
    if (hasEncryption && enc == "ssl"_L1) {
        s.security = Security::Tls;
    } else if (hasEncryption && enc == "tls"_L1) {
        s.security = Security::StartTls;
    } else if (hasEncryption && enc == "none"_L1) {
        s.security = Security::None;
    } else if (hasEncryption && enc != "auto"_L1) {
        r.finding(DocumentProblem::BadValue,
                  u"%1 server %2: <Encryption> '%3' is not SSL, TLS, None or Auto"_s.arg(
                      t, s.host, escapeServerText(encryption.left(20).toUtf8())));
        return;
    } else if (!sslOn) {
        s.security = Security::None;
    } else {
        // SSL "on": implicit TLS on the ports meant for it, STARTTLS on the others.
        s.security =
            conventionallyImplicit(s.protocol, s.port) ? Security::Tls : Security::StartTls;
    }
    s.username = placeholders(loginName, address);
    r.addServer(s);
}

} // namespace

QString documentProblemName(DocumentProblem p)
{
    switch (p) {
    case DocumentProblem::None:
        return u"none"_s;
    case DocumentProblem::TooBig:
        return u"too-big"_s;
    case DocumentProblem::Malformed:
        return u"malformed"_s;
    case DocumentProblem::WrongDocument:
        return u"wrong-document"_s;
    case DocumentProblem::BadValue:
        return u"bad-value"_s;
    case DocumentProblem::Unsupported:
        break;
    }
    return u"unsupported"_s;
}

bool MailConfigDocument::valid() const
{
    for (const DocumentFinding &f : findings) {
        if (f.problem == DocumentProblem::TooBig || f.problem == DocumentProblem::Malformed ||
            f.problem == DocumentProblem::WrongDocument)
            return false;
    }
    return true;
}

static MailConfigDocument readAutoconfig(const QByteArray &xml, const QString &address)
{
    MailConfigDocument doc;
    if (tooBig(xml, doc))
        return doc;
    Reader r(xml, doc);
    if (!toRoot(r, "clientConfig"_L1))
        return doc;
    bool provider = false;
    int depth = 0; // inside clientConfig
    while (!r.atEnd()) {
        const auto token = r.xml().readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = r.xml().name();
        if (depth == 0 && name == "emailProvider"_L1) {
            provider = true;
            ++depth;
        } else if (depth == 1 && name == "incomingServer"_L1) {
            readConfigServer(r, true, address);
        } else if (depth == 1 && name == "outgoingServer"_L1) {
            readConfigServer(r, false, address);
        } else if (depth == 1 && name == "domain"_L1) {
            QString domain;
            if (r.text(&domain) && !domain.isEmpty() && doc.domains.size() < 64)
                doc.domains << domain.toLower();
        } else if (depth >= MaxDepth) {
            r.finding(DocumentProblem::Malformed, u"nested too deeply"_s);
            return doc;
        } else {
            r.skip();
        }
    }
    if (!r.finish())
        return doc;
    if (!provider)
        r.finding(DocumentProblem::WrongDocument, u"<clientConfig> without <emailProvider>"_s);
    // Incoming servers first, as the document lists them; then the outgoing ones.
    std::stable_sort(doc.servers.begin(), doc.servers.end(),
                     [](const ServerSetting &a, const ServerSetting &b) {
                         return a.protocol != Protocol::Smtp && b.protocol == Protocol::Smtp;
                     });
    return doc;
}

static MailConfigDocument readAutodiscover(const QByteArray &xml, const QString &address)
{
    MailConfigDocument doc;
    if (tooBig(xml, doc))
        return doc;
    Reader r(xml, doc);
    if (!toRoot(r, "Autodiscover"_L1))
        return doc;
    bool response = false;
    QString action, redirectAddr, redirectUrl, errorCode, errorMessage;
    // Autodiscover > Response > (Account > Protocol|Action|RedirectAddr|RedirectUrl) | Error
    QStringList path;
    while (!r.atEnd()) {
        const auto token = r.xml().readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                break;
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = r.xml().name().toString();
        const QString where = path.join(u'/');
        if (path.isEmpty() && name == "Response"_L1) {
            response = true;
            path << name;
        } else if (where == "Response"_L1 && (name == "Account"_L1 || name == "Error"_L1)) {
            path << name;
        } else if (where == "Response/Account"_L1 && name == "Protocol"_L1) {
            readPoxProtocol(r, address);
        } else if (where == "Response/Account"_L1 && name == "Action"_L1) {
            r.text(&action);
        } else if (where == "Response/Account"_L1 && name == "RedirectAddr"_L1) {
            r.text(&redirectAddr);
        } else if (where == "Response/Account"_L1 && name == "RedirectUrl"_L1) {
            r.text(&redirectUrl);
        } else if (where == "Response/Error"_L1 && name == "ErrorCode"_L1) {
            r.text(&errorCode);
        } else if (where == "Response/Error"_L1 && name == "Message"_L1) {
            r.text(&errorMessage);
        } else {
            r.skip();
        }
    }
    if (!r.finish())
        return doc;
    if (!response) {
        r.finding(DocumentProblem::WrongDocument, u"<Autodiscover> without <Response>"_s);
        return doc;
    }
    const QString a = action.toLower();
    if (a == "redirectaddr"_L1) {
        if (redirectAddr.contains(u'@'))
            doc.redirectAddress = redirectAddr;
        else
            r.finding(DocumentProblem::BadValue, u"redirectAddr without an address"_s);
    } else if (a == "redirecturl"_L1) {
        if (redirectUrl.startsWith("https://"_L1, Qt::CaseInsensitive) ||
            redirectUrl.startsWith("http://"_L1, Qt::CaseInsensitive))
            doc.redirectUrl = redirectUrl;
        else
            r.finding(DocumentProblem::BadValue, u"redirectUrl without a URL"_s);
    }
    if (!errorCode.isEmpty() || !errorMessage.isEmpty())
        r.finding(
            DocumentProblem::Unsupported,
            u"the server's error %1 %2"_s.arg(escapeServerText(errorCode.left(20).toUtf8()),
                                              escapeServerText(errorMessage.left(120).toUtf8())));
    return doc;
}

// A document that is not valid names no server: what it named before the fault is not trusted.
MailConfigDocument parseAutoconfig(const QByteArray &xml, const QString &address)
{
    MailConfigDocument doc = readAutoconfig(xml, address);
    if (!doc.valid())
        doc.servers.clear();
    return doc;
}

MailConfigDocument parseAutodiscover(const QByteArray &xml, const QString &address)
{
    MailConfigDocument doc = readAutodiscover(xml, address);
    if (!doc.valid()) {
        doc.servers.clear();
        doc.redirectAddress.clear();
        doc.redirectUrl.clear();
    }
    return doc;
}

QByteArray autodiscoverRequest(const QString &address)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    w.writeStartDocument();
    w.writeDefaultNamespace(
        u"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"_s);
    w.writeStartElement(u"Autodiscover"_s);
    w.writeStartElement(u"Request"_s);
    w.writeTextElement(u"EMailAddress"_s, address);
    w.writeTextElement(
        u"AcceptableResponseSchema"_s,
        u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return body;
}

} // namespace Portolan
