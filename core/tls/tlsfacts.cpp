#include "tlsfacts.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QtEndian>

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString distinguishedName(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        for (const QString &v : values)
            parts << QString::fromLatin1(attribute) + u'=' + v;
    }
    return parts.join(", "_L1);
}

QString signatureAlgorithm(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, der.size()), X509_free);
    if (!x509)
        return {};
    const int nid = X509_get_signature_nid(x509.get());
    const char *name = OBJ_nid2ln(nid);
    return name ? QString::fromLatin1(name) : QString();
}

QString protocolText(QSsl::SslProtocol p)
{
    // TLS 1.0/1.1 are deprecated in Qt, but a tester must still name them when a server uses them.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (p) {
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_s;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    default:
        return u"unknown"_s;
    }
    QT_WARNING_POP
}

QString keyType(QSsl::KeyAlgorithm a)
{
    switch (a) {
    case QSsl::Rsa:
        return u"RSA"_s;
    case QSsl::Dsa:
        return u"DSA"_s;
    case QSsl::Ec:
        return u"EC"_s;
    case QSsl::Dh:
        return u"DH"_s;
    case QSsl::Opaque:
        break;
    }
    return u"other"_s;
}

} // namespace

QStringList namesCovered(const QSslCertificate &certificate)
{
    // Read from the DER with OpenSSL: Qt's QMultiMap does not keep the certificate's order, and
    // the first name is the one to suggest.
    QStringList names;
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &p, der.size()), X509_free);
    if (x509) {
        auto *sans = static_cast<GENERAL_NAMES *>(
            X509_get_ext_d2i(x509.get(), NID_subject_alt_name, nullptr, nullptr));
        for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans, i);
            if (name->type == GEN_DNS) {
                const ASN1_STRING *s = name->d.dNSName;
                names << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                    ASN1_STRING_length(s));
            } else if (name->type == GEN_IPADD) {
                const ASN1_STRING *s = name->d.iPAddress;
                const QByteArray raw(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                     ASN1_STRING_length(s));
                if (raw.size() == 4)
                    names << QHostAddress(qFromBigEndian<quint32>(raw.constData())).toString();
                else if (raw.size() == 16)
                    names << QHostAddress(reinterpret_cast<const quint8 *>(raw.constData()))
                                 .toString();
            }
        }
        GENERAL_NAMES_free(sans);
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

CertificateFacts certificateFacts(const QSslCertificate &c)
{
    CertificateFacts f;
    f.subject = distinguishedName(c, false);
    f.issuer = distinguishedName(c, true);
    f.subjectAltNames = namesCovered(c);
    f.notBefore = c.effectiveDate().toUTC();
    f.notAfter = c.expiryDate().toUTC();
    const QSslKey key = c.publicKey();
    f.keyType = keyType(key.algorithm());
    f.keyBits = key.length();
    f.signatureAlgorithm = signatureAlgorithm(c);
    f.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    f.serialNumber = QString::fromLatin1(c.serialNumber());
    f.selfSigned = c.isSelfSigned();
    return f;
}

TlsFacts tlsFacts(const QSslSocket &socket)
{
    TlsFacts t;
    t.established = socket.isEncrypted();
    t.protocol = protocolText(socket.sessionProtocol());
    t.cipher = socket.sessionCipher().name();
    t.peerName = socket.peerVerifyName().isEmpty() ? socket.peerName() : socket.peerVerifyName();
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate &c : chain)
        t.chain << certificateFacts(c);
    return t;
}

QList<Diagnosis> certificateDiagnoses(const QList<QSslError> &errors,
                                      const QList<QSslCertificate> &chain, const QString &peerName,
                                      const QDateTime &now, std::chrono::hours soon)
{
    QList<Diagnosis> out;
    auto add = [&out](const QString &code, const QString &evidence,
                      const QStringList &detail = {}) {
        for (Diagnosis &d : out) {
            if (d.code == code) {
                if (!d.evidence.contains(evidence))
                    d.evidence += u"; "_s + evidence;
                return;
            }
        }
        out << Diagnosis{code, Severity::Error, u"tls"_s, evidence, detail};
    };
    for (const QSslError &e : errors) {
        const QString text = e.errorString();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            add(u"cert-expired"_s,
                u"%1 (expired %2)"_s.arg(
                    text, e.certificate().expiryDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::CertificateNotYetValid:
            add(u"cert-not-yet-valid"_s,
                u"%1 (valid from %2)"_s.arg(
                    text, e.certificate().effectiveDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::HostNameMismatch: {
            const QSslCertificate leaf = chain.isEmpty() ? e.certificate() : chain.constFirst();
            add(u"cert-hostname-mismatch"_s, u"the certificate does not name %1"_s.arg(peerName),
                namesCovered(leaf));
            break;
        }
        case QSslError::SelfSignedCertificate:
            add(u"cert-self-signed"_s, text);
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateRejected:
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateRevoked:
        case QSslError::InvalidPurpose:
        case QSslError::PathLengthExceeded:
        case QSslError::AuthorityIssuerSerialNumberMismatch:
        case QSslError::SubjectIssuerMismatch:
        default:
            add(u"cert-untrusted"_s, text);
            break;
        }
    }
    if (!chain.isEmpty()) {
        const QDateTime expiry = chain.constFirst().expiryDate();
        const qint64 left = now.secsTo(expiry);
        if (left > 0 && left < std::chrono::duration_cast<std::chrono::seconds>(soon).count()) {
            out << Diagnosis{u"cert-expires-soon"_s,
                             Severity::Warning,
                             u"tls"_s,
                             u"the certificate expires on %1, in %2 days"_s
                                 .arg(expiry.toUTC().toString(Qt::ISODate))
                                 .arg(left / 86400),
                             {}};
        }
    }
    return out;
}

} // namespace Portolan
