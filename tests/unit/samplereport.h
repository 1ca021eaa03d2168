#pragma once

#include "advisor/portscan.h"
#include "report/report.h"

#include <QDateTime>

// Reports with every field set to something other than its default, server text with control
// bytes and markup included: what the scripted scenarios never fill (DANE, OCSP detail, an EC key,
// a transcript section) is here, so the writers and the reader see every field at least once.
namespace PortolanTest {

inline Portolan::CertificateFacts sampleCertificate(int i)
{
    using namespace Qt::StringLiterals;
    Portolan::CertificateFacts c;
    c.subject = u"CN=mail%1.example.test"_s.arg(i);
    c.issuer = u"CN=Example CA <&> \"%1\""_s.arg(i);
    c.subjectAltNames = {u"mail.example.test"_s, u"*.example.test"_s};
    c.notBefore = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.notAfter = QDateTime(QDate(2026, 7, 8), QTime(9, 10, 11), Qt::UTC);
    c.keyType = i == 0 ? u"EC"_s : u"RSA"_s;
    c.keyCurve = i == 0 ? u"prime256v1"_s : QString();
    c.keyBits = i == 0 ? 256 : 2048;
    c.signatureAlgorithm = u"sha256WithRSAEncryption"_s;
    c.sha256 = u"AB:"_s.repeated(31) + u"CD"_s;
    c.serialNumber = u"0%1:23:45"_s.arg(i);
    c.selfSigned = i == 1;
    return c;
}

inline Portolan::Report sampleReport()
{
    using namespace Portolan;
    using namespace Qt::StringLiterals;
    Report r;
    r.target = {u"mail.example.test"_s, 587, Protocol::Smtp, Security::Auto, u"mx.example.test"_s};
    r.firstSecurity = Security::Tls;
    r.effectiveSecurity = Security::StartTls;
    r.started = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    r.totalMs = 1234;
    r.address = u"192.0.2.7:587"_s;
    r.greeting = u"220 mail.example.test ESMTP <ready> \\x07"_s;
    r.capabilitiesBeforeTls = {u"PIPELINING"_s, u"STARTTLS"_s};
    r.capabilities = {u"PIPELINING"_s, u"AUTH PLAIN LOGIN"_s};
    r.tls.established = true;
    r.tls.verified = true;
    r.tls.protocol = u"TLSv1.3"_s;
    r.tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    r.tls.peerName = u"mx.example.test"_s;
    r.tls.chain = {sampleCertificate(0), sampleCertificate(1)};
    r.tls.errors = {u"The host name did not match"_s};
    r.tls.cipherWeakness = u"no forward secrecy"_s;
    r.tls.ocsp = u"good"_s;
    r.tls.ocspDetail = u"signed by ocsp.example.test"_s;
    r.tlsVersions = {{u"TLSv1.0"_s, false, QString(), QString(), u"alert 70"_s, 12},
                     {u"TLSv1.2"_s, true, u"AES256-SHA"_s, u"CBC mode"_s, QString(), 34}};
    r.dane = {true,
              u"_587._tcp.mail.example.test"_s,
              u"bogus"_s,
              u"signature expired"_s,
              {u"3 1 1 ab12"_s, u"2 0 1 cd34"_s},
              u"3 1 1 ab12"_s};
    r.loginRequested = true;
    r.authenticated = true;
    r.authMechanism = u"PLAIN"_s;
    r.username = u"user@example.test"_s;
    r.sendRequested = true;
    r.messageReply = u"250 2.0.0 Ok: queued as 4711"_s;
    r.phases = {
        {PhaseId::Connect, {}, 1, Security::Tls, 0, 3, true, QString()},
        {PhaseId::TlsHandshake, {}, 1, Security::Tls, 3, 40, false, u"reset"_s},
        {PhaseId::Capabilities, u"EHLO"_s, 2, Security::StartTls, 50, 7, true, u"250 <&>"_s},
        {PhaseId::Auth, u"AUTH"_s, 2, Security::StartTls, 57, 2, false, QString()}};
    r.transcript = {{TranscriptEntry::Kind::Event, 0, u"TCP connected to 192.0.2.7:587"_s, {}},
                    {TranscriptEntry::Kind::Server, 2, u"220 <b>hi</b> \\x1b[31m"_s, {}},
                    {TranscriptEntry::Kind::Client, 3, u"AUTH PLAIN <redacted>"_s, {}},
                    {TranscriptEntry::Kind::Event, 60, u"TLS established"_s, u"TLSv1.2"_s}};
    r.diagnoses = {{Code::CertHostnameMismatch,
                    Severity::Error,
                    PhaseId::StartTlsHandshake,
                    {},
                    u"the certificate does not name <x>"_s,
                    {u"a.example.test"_s, u"b.example.test"_s}},
                   {Code::TlsModeMismatch,
                    Severity::Info,
                    PhaseId::Greeting,
                    {},
                    u"port 587 speaks STARTTLS"_s,
                    {u"starttls"_s}},
                   {Code::AuthCleartextOffered, Severity::Warning, {}, {}, QString(), {}},
                   {Code::ProtocolError,
                    Severity::Error,
                    PhaseId::CapabilitiesAfterTls,
                    u"EHLO"_s,
                    u"unexpected reply in ehlo-after-tls: 354 go"_s,
                    {}}};
    r.verdict = {Fault::Settings, u"Choose STARTTLS & port 587 <now>."_s,
                 Code::CertHostnameMismatch};
    return r;
}

// A scan of two ports: one that works, one that does not.
inline Portolan::ScanReport sampleScan()
{
    using namespace Portolan;
    using namespace Qt::StringLiterals;
    ScanReport s;
    s.host = u"mail.example.test"_s;
    s.totalMs = 2100;
    s.slowestMs = 2000;
    Report works = sampleReport();
    works.diagnoses = {{Code::Ok, Severity::Ok, {}, {}, {}, {}}};
    works.verdict = {Fault::None, u"All is well."_s, Code::Ok};
    s.ports << PortAdvice{{Protocol::Smtp, 587, 587, Security::StartTls},
                          works,
                          true,
                          1,
                          u"encrypted after a plain greeting (STARTTLS)"_s};
    Report fails = sampleReport();
    fails.target.port = 10993;
    fails.target.protocol = Protocol::Imap;
    fails.username.clear();
    fails.authenticated = false;
    s.ports << PortAdvice{
        {Protocol::Imap, 10993, 993, Security::Auto}, fails, false, 0, fails.verdict.summary};
    return s;
}

} // namespace PortolanTest
