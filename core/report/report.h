#pragma once

#include "codes.h"
#include "phases.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

enum class Severity { Ok, Info, Warning, Error };
enum class Fault { None, Settings, Network, Server };
enum class Security { Auto, Tls, StartTls, None };
enum class Protocol { Smtp, Imap, Pop3, Sieve };
// Who reads a text. The command line names an option as its flag (`--ca-file`), the app as its
// control ("Settings → Trusted CA file"); a catalogue list item marked for one of them only
// ("{cli} …", "{app} …") is left out for the other.
enum class Audience { CommandLine, App };

[[nodiscard]] QString severityName(Severity s);
[[nodiscard]] QString faultName(Fault f);
[[nodiscard]] QString securityName(Security s);
// The words mail clients use in their settings dialogs ("SSL/TLS", "STARTTLS", "None").
[[nodiscard]] QString securityClientWords(Security s);
[[nodiscard]] QString protocolName(Protocol p);
[[nodiscard]] std::optional<Protocol> protocolFromName(const QString &name);
// "SMTP", "IMAP", "POP3", "ManageSieve"
[[nodiscard]] QString protocolTitle(Protocol p);
[[nodiscard]] std::optional<Security> securityFromName(const QString &name);

struct Target
{
    QString host;
    quint16 port = 0;
    Protocol protocol = Protocol::Smtp;
    Security security = Security::Auto; // as the user asked for it
    QString serverName;                 // name the certificate must match (defaults to host)

    friend bool operator==(const Target &, const Target &) = default;
};

// One finding. Its texts (title, explanation, fixes) come from the catalogue by code;
// what is specific to this check (the evidence, the names a certificate covers) is here.
struct Diagnosis
{
    Code code = Code::Ok;
    Severity severity = Severity::Error;
    std::optional<PhaseId> phase; // where it was found; none for a finding about the whole check
    QString wire;                 // the protocol's word for that phase ("EHLO", "CAPA")
    QString evidence;   // raw evidence, already escaped: a reply, a socket error, a TLS error
    QStringList detail; // e.g. the names a certificate does cover

    friend bool operator==(const Diagnosis &, const Diagnosis &) = default;
};

struct PhaseRecord
{
    PhaseId phase = PhaseId::Resolve;
    QString wire; // what the protocol sends in it: "EHLO", "HELO", "CAPA", "LOGIN"; often empty
    int attempt = 1;
    Security security = Security::None; // the mode of the attempt this phase belongs to
    qint64 startMs = 0;
    qint64 elapsedMs = 0;
    bool ok = false;
    QString detail;

    friend bool operator==(const PhaseRecord &, const PhaseRecord &) = default;
};

struct CertificateFacts
{
    QString subject;
    QString issuer;
    QStringList subjectAltNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType;
    QString keyCurve; // the named curve of an EC key ("prime256v1")
    int keyBits = 0;
    QString signatureAlgorithm;
    QString sha256;
    QString serialNumber;
    bool selfSigned = false;

    friend bool operator==(const CertificateFacts &, const CertificateFacts &) = default;
};

struct TlsFacts
{
    bool established = false;
    bool verified = false; // chain and name verified for the dialled host
    QString protocol;
    QString cipher;
    QString peerName; // the name verification was done against
    QList<CertificateFacts> chain;
    QStringList errors;     // every verification error, in OpenSSL/Qt words
    QString cipherWeakness; // why the negotiated cipher is weak; empty when it is not
    // OCSP stapling: "good", "revoked", "unknown", "not stapled", or "invalid: why".
    QString ocsp;
    QString ocspDetail; // the responder and the times of a stapled response

    friend bool operator==(const TlsFacts &, const TlsFacts &) = default;
};

// One handshake of the TLS detail (--tls-detail, scan): one protocol version allowed.
struct TlsVersionProbe
{
    QString version; // "TLSv1.0" ... "TLSv1.3"
    bool accepted = false;
    QString cipher;   // negotiated, when accepted
    QString weakness; // why that cipher is weak; empty when it is not
    QString detail;   // why it was refused
    qint64 elapsedMs = 0;

    friend bool operator==(const TlsVersionProbe &, const TlsVersionProbe &) = default;
};

// DANE (RFC 6698, RFC 7672): the TLSA records of the port and what they matched.
struct DaneFacts
{
    bool looked = false;
    QString name;        // _PORT._tcp.HOST
    QString dnssec;      // "secure", "insecure", "bogus", "failed"
    QString dnssecWhy;   // the validator's reason for "bogus" / "failed"
    QStringList records; // "3 1 1 ab12…" in presentation form
    QString matched;     // the record that matched the presented chain; empty when none did

    friend bool operator==(const DaneFacts &, const DaneFacts &) = default;
};

struct TranscriptEntry
{
    enum class Kind { Client, Server, Event };
    Kind kind = Kind::Event;
    qint64 ms = 0;
    QString text; // already escaped and redacted
    // Empty: the check's own dialogue; else the side dialogue the line belongs to ("TLSv1.2" for
    // a TLS-detail probe). `= {}` keeps three-field initialisers free of a missing-field warning.
    QString section = {};

    friend bool operator==(const TranscriptEntry &, const TranscriptEntry &) = default;
};

struct Verdict
{
    Fault fault = Fault::None;
    QString summary;
    // The finding it speaks of (its catalogue entry has the sentence's template).
    Code code = Code::Ok;

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

struct Report
{
    Target target;
    Security firstSecurity = Security::None;     // the mode of the first attempt (auto resolved)
    Security effectiveSecurity = Security::None; // the mode that worked, or the last one tried
    QDateTime started;
    qint64 totalMs = 0;
    QString address; // the address that answered, "ip:port"
    QString greeting;
    QStringList capabilitiesBeforeTls;
    QStringList capabilities; // the ones that count: after TLS where there is TLS
    TlsFacts tls;
    QList<TlsVersionProbe> tlsVersions; // the TLS detail, when asked for
    DaneFacts dane;                     // when asked for
    bool loginRequested = false;
    bool authenticated = false;
    QString authMechanism; // the SASL mechanism used (never the credentials)
    QString username;      // the user name that logged in (the password never is here)
    bool sendRequested = false;
    QString messageReply; // the server's reply to the message, when it took it
    QList<PhaseRecord> phases;
    QList<TranscriptEntry> transcript;
    QList<Diagnosis> diagnoses;
    Verdict verdict;

    [[nodiscard]] Severity result() const;
    [[nodiscard]] bool hasCode(Code code) const;
    [[nodiscard]] const Diagnosis *find(Code code) const;

    friend bool operator==(const Report &, const Report &) = default;
};

// Fills report.verdict from the diagnoses (and an `ok` diagnosis when there is nothing else).
void concludeReport(Report &report);

// A verdict template ("{host} port {port} …") filled from the report: the same sentence
// concludeReport() makes, from a template the caller may have translated.
[[nodiscard]] QString fillVerdict(QString sentence, const Report &report);

} // namespace Portolan
