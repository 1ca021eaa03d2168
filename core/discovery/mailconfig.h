#pragma once

#include "report/report.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The parsers of what discovery fetches: Thunderbird's config-v1.1.xml (autoconfig, ISPDB) and
// Microsoft Autodiscover's POX response. Pure functions over bytes, bounded (MaxDocumentBytes),
// never throwing; malformed input is a finding, never a crash (fuzzed: tests/fuzz).
namespace Portolan {

inline constexpr qsizetype MaxDocumentBytes = 1024 * 1024;

// One server a source names, as the source says it (username already substituted:
// %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%).
struct ServerSetting
{
    Protocol protocol = Protocol::Imap;
    QString host; // lower case, no final dot
    quint16 port = 0;
    Security security = Security::None; // Tls, StartTls or None (never Auto)
    QString username;                   // empty: the source does not say
    QStringList authentication;         // config-v1.1 <authentication> values, as written
    quint16 priority = 0;               // SRV only
    quint16 weight = 0;                 // SRV only

    friend bool operator==(const ServerSetting &, const ServerSetting &) = default;
};

enum class DocumentProblem {
    None,
    TooBig,        // over MaxDocumentBytes
    Malformed,     // not well-formed XML
    WrongDocument, // well-formed, but not this kind of document (root element, namespace)
    BadValue,      // a server entry with a missing or impossible value; the entry is left out
    Unsupported,   // a server type or value discovery does not use (exchange, OAuth2 only …)
};
[[nodiscard]] QString documentProblemName(DocumentProblem problem); // "malformed" …

struct DocumentFinding
{
    DocumentProblem problem = DocumentProblem::None;
    qint64 line = 0; // where, 1-based; 0 when it is about the whole document
    qint64 column = 0;
    QString detail; // for people, escaped
    friend bool operator==(const DocumentFinding &, const DocumentFinding &) = default;
};

struct MailConfigDocument
{
    QList<ServerSetting> servers; // incoming then outgoing, in the document's order
    QStringList domains;          // <domain> entries
    // Autodiscover only: <Action>redirectAddr / redirectUrl.
    QString redirectAddress;
    QString redirectUrl;
    QList<DocumentFinding> findings;
    // The document is of the right kind and parsed to its end (servers may still be empty).
    [[nodiscard]] bool valid() const;
    friend bool operator==(const MailConfigDocument &, const MailConfigDocument &) = default;
};

// config-v1.1.xml (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat):
// <clientConfig><emailProvider><incomingServer type="imap|pop3"> / <outgoingServer type="smtp">
// with hostname, port, socketType (SSL, STARTTLS, plain), authentication, username; the
// placeholders %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% are filled from `address`.
[[nodiscard]] MailConfigDocument parseAutoconfig(const QByteArray &xml, const QString &address);

// Autodiscover POX response (MS-OXDSCLI §2.2.4): Account/Protocol with Type IMAP, POP3, SMTP,
// Server, Port, SSL (on/off), Encryption (SSL, TLS, None, Auto), LoginName; Account/Action
// redirectAddr / redirectUrl with RedirectAddr / RedirectUrl.
[[nodiscard]] MailConfigDocument parseAutodiscover(const QByteArray &xml, const QString &address);

// The request body Outlook POSTs (MS-OXDSCLI §2.2.3), schema "outlook/responseschema/2006a".
[[nodiscard]] QByteArray autodiscoverRequest(const QString &address);

// The corrected config-v1.1.xml for `domain` from working settings (for the admin to publish).
[[nodiscard]] QString autoconfigXml(const QString &domain, const QList<ServerSetting> &servers);

} // namespace Portolan
