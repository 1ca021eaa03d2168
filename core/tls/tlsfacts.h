#pragma once

#include "report/report.h"

#include <QList>
#include <QSslError>

class QSslCertificate;
class QSslSocket;

namespace Portolan {

[[nodiscard]] CertificateFacts certificateFacts(const QSslCertificate &certificate);

// The names a certificate covers: its DNS subject alternative names, or its common name when it
// has none (RFC 6125 §6.4.4).
[[nodiscard]] QStringList namesCovered(const QSslCertificate &certificate);

// Protocol, cipher and chain of an encrypted socket.
[[nodiscard]] TlsFacts tlsFacts(const QSslSocket &socket);

// Maps verification errors to diagnosis codes (cert-expired, cert-hostname-mismatch, ...), one
// diagnosis per code, with the certificate's names as detail for a name mismatch. Adds
// cert-expires-soon for a leaf that expires within `soon` of `now`.
[[nodiscard]] QList<Diagnosis>
certificateDiagnoses(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                     const QString &peerName, const QDateTime &now,
                     std::chrono::hours soon = std::chrono::hours(24 * 14));

} // namespace Portolan
