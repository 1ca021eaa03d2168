#pragma once

#include "report/report.h"

#include <QList>
#include <QSslError>

class QSslCertificate;
class QSslCipher;
class QSslSocket;

namespace Portolan {

struct TlsaRecord;

[[nodiscard]] CertificateFacts certificateFacts(const QSslCertificate &certificate);

// The names a certificate covers: its DNS subject alternative names, or its common name when it
// has none (RFC 6125 §6.4.4).
[[nodiscard]] QStringList namesCovered(const QSslCertificate &certificate);

// A name reserved for tests, examples and documentation, which no mail server of the Internet can
// be reached by (RFC 2606, RFC 6761): under .test, .example, .invalid or .localhost, localhost
// itself, or example.com / example.net / example.org. "*." and a final dot are ignored.
[[nodiscard]] bool isReservedName(const QString &name);

// Protocol, cipher and chain of an encrypted socket, and the stapled OCSP response when OCSP
// stapling was asked for (`ocspErrors`: the OCSP errors of the handshake, taken out of the
// verification errors).
[[nodiscard]] TlsFacts tlsFacts(const QSslSocket &socket, const QList<QSslError> &ocspErrors = {});

// Why a cipher is weak for mail today (RC4, DES, 3DES, NULL, export, MD5, anonymous, fewer than
// 128 bits, no forward secrecy); empty when it is not.
[[nodiscard]] QString cipherWeakness(const QSslCipher &cipher);

// True for the errors about OCSP stapling (they are shown as the OCSP status, not as a
// verification failure: most mail servers do not staple).
[[nodiscard]] bool isOcspError(const QSslError &error);

// Where a certificate's issuer can be downloaded (its Authority Information Access "CA Issuers"
// URLs); empty when it does not say.
[[nodiscard]] QStringList issuerUrls(const QSslCertificate &certificate);

// Maps verification errors to diagnosis codes (cert-expired, cert-hostname-mismatch, ...), one
// diagnosis per code, with the certificate's names as detail for a name mismatch; a mismatch
// where the certificate names only reserved names (isReservedName) while the checked name is a
// real one is cert-reserved-name: the server's placeholder certificate. A chain that
// ends in a certificate whose issuer the server did not send, where that certificate names a
// download place for its issuer, is cert-chain-incomplete. Adds cert-expires-soon for a leaf that
// expires within `soon` of `now`, and cert-weak-key for a leaf with a short key or a SHA-1/MD5
// signature. Their phase is the implicit TLS handshake; after STARTTLS the caller says so.
[[nodiscard]] QList<Diagnosis>
certificateDiagnoses(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                     const QString &peerName, const QDateTime &now,
                     std::chrono::hours soon = std::chrono::hours(24 * 14));

// The first TLSA record that matches the presented chain (RFC 6698 §2.1, RFC 7671 §5: usages
// 1 and 3 match the server's own certificate, 0 and 2 a CA certificate in the chain); nullptr
// when none does.
[[nodiscard]] const TlsaRecord *matchTlsa(const QList<TlsaRecord> &records,
                                          const QList<QSslCertificate> &chain);

// A TLS alert the server sent (RFC 8446 §6.2), in words a person can act on: "reported an internal
// error during the handshake (TLS alert 80): its TLS set-up is broken". Starts with the verb; the
// caller puts the server in front.
[[nodiscard]] QString tlsAlertWords(int description);

} // namespace Portolan
