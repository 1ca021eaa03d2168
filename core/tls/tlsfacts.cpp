#include "tlsfacts.h"

#include "dns/resolver.h"

#include <QHostAddress>
#include <QOcspResponse>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QtEndian>

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
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

using X509Pointer = std::unique_ptr<X509, decltype(&X509_free)>;

X509Pointer parsed(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Pointer(d2i_X509(nullptr, &p, der.size()), X509_free);
}

QString signatureAlgorithm(const X509 *x509)
{
    const char *name = OBJ_nid2ln(X509_get_signature_nid(x509));
    return name ? QString::fromLatin1(name) : QString();
}

// The named curve of an EC key ("prime256v1"), empty for other keys.
QString curveName(const X509 *x509)
{
    EVP_PKEY *key = X509_get0_pubkey(x509);
    char name[80] = {};
    size_t length = 0;
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC ||
        EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1)
        return {};
    return QString::fromLatin1(name, qsizetype(length));
}

QString ocspReason(QOcspRevocationReason reason)
{
    switch (reason) {
    case QOcspRevocationReason::KeyCompromise:
        return u"key compromise"_s;
    case QOcspRevocationReason::CACompromise:
        return u"CA compromise"_s;
    case QOcspRevocationReason::AffiliationChanged:
        return u"affiliation changed"_s;
    case QOcspRevocationReason::Superseded:
        return u"superseded"_s;
    case QOcspRevocationReason::CessationOfOperation:
        return u"cessation of operation"_s;
    case QOcspRevocationReason::CertificateHold:
        return u"certificate hold"_s;
    case QOcspRevocationReason::RemoveFromCRL:
        return u"removed from CRL"_s;
    case QOcspRevocationReason::Unspecified:
    case QOcspRevocationReason::None:
        break;
    }
    return u"unspecified"_s;
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

bool isReservedName(const QString &name)
{
    QString n = name.toLower();
    if (n.startsWith("*."_L1))
        n.remove(0, 2);
    if (n.endsWith(u'.'))
        n.chop(1);
    if (n.isEmpty())
        return false;
    const QString last = n.section(u'.', -1);
    if (last == "test"_L1 || last == "example"_L1 || last == "invalid"_L1 || last == "localhost"_L1)
        return true;
    for (const char *domain : {"example.com", "example.net", "example.org"}) {
        const QLatin1StringView d(domain);
        if (n == d || n.endsWith(u'.' + d))
            return true;
    }
    return false;
}

QStringList namesCovered(const QSslCertificate &certificate)
{
    // Read from the DER with OpenSSL: Qt's QMultiMap does not keep the certificate's order, and
    // the first name is the one to suggest.
    QStringList names;
    const X509Pointer x509 = parsed(certificate);
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
    if (const X509Pointer x509 = parsed(c)) {
        f.signatureAlgorithm = signatureAlgorithm(x509.get());
        f.keyCurve = curveName(x509.get());
    }
    f.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    f.serialNumber = QString::fromLatin1(c.serialNumber());
    f.selfSigned = c.isSelfSigned();
    return f;
}

QStringList issuerUrls(const QSslCertificate &certificate)
{
    QStringList urls;
    const X509Pointer x509 = parsed(certificate);
    if (!x509)
        return urls;
    auto *access = static_cast<AUTHORITY_INFO_ACCESS *>(
        X509_get_ext_d2i(x509.get(), NID_info_access, nullptr, nullptr));
    for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access); ++i) {
        const ACCESS_DESCRIPTION *d = sk_ACCESS_DESCRIPTION_value(access, i);
        if (OBJ_obj2nid(d->method) == NID_ad_ca_issuers && d->location->type == GEN_URI) {
            const ASN1_STRING *s = d->location->d.uniformResourceIdentifier;
            urls << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                        ASN1_STRING_length(s));
        }
    }
    AUTHORITY_INFO_ACCESS_free(access);
    return urls;
}

QString cipherWeakness(const QSslCipher &cipher)
{
    if (cipher.isNull())
        return {};
    const QString name = cipher.name();
    const QString encryption = cipher.encryptionMethod();
    const QString exchange = cipher.keyExchangeMethod();
    if (name.contains("NULL"_L1) || encryption.contains("None"_L1))
        return u"no encryption"_s;
    if (name.contains("EXP"_L1))
        return u"export-grade encryption"_s;
    if (name.contains("RC4"_L1))
        return u"RC4, broken (RFC 7465)"_s;
    if (name.contains("DES"_L1) || encryption.contains("DES"_L1))
        return u"DES/3DES, a 64-bit block cipher (Sweet32)"_s;
    if (name.contains("anon"_L1) || name.startsWith("ADH"_L1) || name.startsWith("AECDH"_L1))
        return u"anonymous key exchange: the server is not authenticated"_s;
    if (cipher.usedBits() > 0 && cipher.usedBits() < 128)
        return u"%1-bit encryption"_s.arg(cipher.usedBits());
    if (name.endsWith("-MD5"_L1))
        return u"MD5 message authentication"_s;
    // TLS 1.3 suites ("TLS_AES_256_GCM_SHA384") always have forward secrecy.
    if (!name.startsWith("TLS_"_L1) &&
        (exchange == "RSA"_L1 || exchange.startsWith("ECDH/"_L1) || exchange.startsWith("DH/"_L1)))
        return u"no forward secrecy (%1 key exchange)"_s.arg(exchange);
    return {};
}

bool isOcspError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::OcspNoResponseFound:
    case QSslError::OcspMalformedRequest:
    case QSslError::OcspMalformedResponse:
    case QSslError::OcspInternalError:
    case QSslError::OcspTryLater:
    case QSslError::OcspSigRequred:
    case QSslError::OcspUnauthorized:
    case QSslError::OcspResponseCannotBeTrusted:
    case QSslError::OcspResponseCertIdUnknown:
    case QSslError::OcspResponseExpired:
    case QSslError::OcspStatusUnknown:
        return true;
    default:
        return false;
    }
}

TlsFacts tlsFacts(const QSslSocket &socket, const QList<QSslError> &ocspErrors)
{
    TlsFacts t;
    t.established = socket.isEncrypted();
    t.protocol = protocolText(socket.sessionProtocol());
    t.cipher = socket.sessionCipher().name();
    t.cipherWeakness = cipherWeakness(socket.sessionCipher());
    t.peerName = socket.peerVerifyName().isEmpty() ? socket.peerName() : socket.peerVerifyName();
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate &c : chain)
        t.chain << certificateFacts(c);
    if (!socket.sslConfiguration().ocspStaplingEnabled())
        return t;
    const QList<QOcspResponse> responses = socket.ocspResponses();
    bool noResponse = false;
    QStringList problems;
    for (const QSslError &e : ocspErrors) {
        if (e.error() == QSslError::OcspNoResponseFound)
            noResponse = true;
        else if (e.error() != QSslError::OcspStatusUnknown &&
                 e.error() != QSslError::CertificateRevoked)
            problems << e.errorString();
    }
    if (responses.isEmpty() || noResponse) {
        t.ocsp = u"not stapled"_s;
    } else {
        const QOcspResponse &r = responses.constFirst();
        switch (r.certificateStatus()) {
        case QOcspCertificateStatus::Good:
            t.ocsp = u"good"_s;
            break;
        case QOcspCertificateStatus::Revoked:
            t.ocsp = u"revoked"_s;
            t.ocspDetail = u"reason: "_s + ocspReason(r.revocationReason());
            break;
        case QOcspCertificateStatus::Unknown:
            t.ocsp = u"unknown"_s;
            break;
        }
        if (!problems.isEmpty())
            t.ocsp = u"invalid: "_s + problems.join(u"; "_s);
        const QString responder =
            r.responder().subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        if (!responder.isEmpty())
            t.ocspDetail +=
                (t.ocspDetail.isEmpty() ? QString() : u"; "_s) + u"signed by "_s + responder;
    }
    return t;
}

QList<Diagnosis> certificateDiagnoses(const QList<QSslError> &errors,
                                      const QList<QSslCertificate> &chain, const QString &peerName,
                                      const QDateTime &now, std::chrono::hours soon)
{
    QList<Diagnosis> out;
    auto add = [&out](Code code, const QString &evidence, const QStringList &detail = {}) {
        for (Diagnosis &d : out) {
            if (d.code == code) {
                if (!d.evidence.contains(evidence))
                    d.evidence += u"; "_s + evidence;
                return;
            }
        }
        out << Diagnosis{code, Severity::Error, PhaseId::TlsHandshake, {}, evidence, detail};
    };
    for (const QSslError &e : errors) {
        const QString text = e.errorString();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            add(Code::CertExpired,
                u"%1 (expired %2)"_s.arg(
                    text, e.certificate().expiryDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::CertificateNotYetValid:
            add(Code::CertNotYetValid,
                u"%1 (valid from %2)"_s.arg(
                    text, e.certificate().effectiveDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::HostNameMismatch: {
            const QSslCertificate leaf = chain.isEmpty() ? e.certificate() : chain.constFirst();
            const QStringList names = namesCovered(leaf);
            // A certificate made for tests or examples, met by a real name (not an address, not
            // a lab's own reserved name): no name the user could switch to, the server's fault.
            const bool placeholder = !names.isEmpty() &&
                                     std::all_of(names.cbegin(), names.cend(), isReservedName) &&
                                     QHostAddress(peerName).isNull() && !isReservedName(peerName);
            if (placeholder)
                add(Code::CertReservedName,
                    u"the certificate names only %1, reserved for tests and examples, not %2"_s.arg(
                        names.join(u", "_s), peerName),
                    names);
            else
                add(Code::CertHostnameMismatch, u"the certificate does not name %1"_s.arg(peerName),
                    names);
            break;
        }
        case QSslError::SelfSignedCertificate:
            add(Code::CertSelfSigned, text);
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate: {
            // The chain stops at a certificate whose issuer was not sent. When that certificate
            // says where its issuer can be downloaded, its CA is a public-style one whose
            // intermediate the server should have sent (RFC 8446 §4.4.2, RFC 5246 §7.4.2);
            // without that, it is as likely a private CA this computer does not trust.
            const QSslCertificate last = chain.isEmpty() ? e.certificate() : chain.constLast();
            const QStringList urls = issuerUrls(last);
            if (!last.isNull() && !last.isSelfSigned() && !urls.isEmpty()) {
                add(Code::CertChainIncomplete,
                    u"the server sent %1 certificate(s), the last issued by \"%2\", but not the certificate of that issuer (%3)"_s
                        .arg(chain.size())
                        .arg(distinguishedName(last, true), text),
                    urls);
                break;
            }
            add(Code::CertUntrusted, text);
            break;
        }
        case QSslError::CertificateRevoked:
            add(Code::CertRevoked, text);
            break;
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateRejected:
        case QSslError::CertificateSignatureFailed:
        case QSslError::InvalidPurpose:
        case QSslError::PathLengthExceeded:
        case QSslError::AuthorityIssuerSerialNumberMismatch:
        case QSslError::SubjectIssuerMismatch:
        default:
            // OpenSSL's refusals below its security level (EE_KEY_TOO_SMALL, CA_MD_TOO_WEAK)
            // have no QSslError of their own.
            add(Code::CertUntrusted,
                e.error() == QSslError::UnspecifiedError
                    ? u"OpenSSL refused the certificate without naming a reason; most often its key or signature is too weak for OpenSSL's security level"_s
                    : text);
            break;
        }
    }
    if (!chain.isEmpty()) {
        const CertificateFacts leaf = certificateFacts(chain.constFirst());
        QStringList weak;
        const bool rsaLike = leaf.keyType == "RSA"_L1 || leaf.keyType == "DSA"_L1;
        if ((rsaLike && leaf.keyBits > 0 && leaf.keyBits < 2048) ||
            (leaf.keyType.startsWith("EC"_L1) && leaf.keyBits > 0 && leaf.keyBits < 224))
            weak << u"has a %1-bit %2 key"_s.arg(leaf.keyBits).arg(leaf.keyType);
        const QString sig = leaf.signatureAlgorithm.toLower();
        if (sig.contains("sha1"_L1) || sig.contains("md5"_L1))
            weak << u"is signed with %1"_s.arg(leaf.signatureAlgorithm);
        if (!weak.isEmpty())
            out << Diagnosis{Code::CertWeakKey,
                             Severity::Warning,
                             PhaseId::TlsHandshake,
                             {},
                             u"the server's certificate "_s + weak.join(u" and "_s),
                             {}};
        const QDateTime expiry = chain.constFirst().expiryDate();
        const qint64 left = now.secsTo(expiry);
        if (left > 0 && left < std::chrono::duration_cast<std::chrono::seconds>(soon).count()) {
            out << Diagnosis{Code::CertExpiresSoon,
                             Severity::Warning,
                             PhaseId::TlsHandshake,
                             {},
                             u"the certificate expires on %1, in %2 days"_s
                                 .arg(expiry.toUTC().toString(Qt::ISODate))
                                 .arg(left / 86400),
                             {}};
        }
    }
    return out;
}

const TlsaRecord *matchTlsa(const QList<TlsaRecord> &records, const QList<QSslCertificate> &chain)
{
    for (const TlsaRecord &r : records) {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const bool endEntity = r.usage == 1 || r.usage == 3;
            if (endEntity != (i == 0))
                continue;
            QByteArray selected;
            if (r.selector == 0) {
                selected = chain.at(i).toDer();
            } else if (r.selector == 1) {
                const X509Pointer x509 = parsed(chain.at(i));
                unsigned char *der = nullptr;
                const int length =
                    x509 ? i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &der) : -1;
                if (length > 0)
                    selected = QByteArray(reinterpret_cast<const char *>(der), length);
                OPENSSL_free(der);
            }
            if (selected.isEmpty())
                continue;
            const QByteArray value =
                r.matching == 0   ? selected
                : r.matching == 1 ? QCryptographicHash::hash(selected, QCryptographicHash::Sha256)
                : r.matching == 2 ? QCryptographicHash::hash(selected, QCryptographicHash::Sha512)
                                  : QByteArray();
            if (!value.isEmpty() && value == r.data)
                return &r;
        }
    }
    return nullptr;
}

QString tlsAlertWords(int description)
{
    const auto alert = u" (TLS alert %1)"_s.arg(description);
    switch (description) {
    case 10:
        return u"reported an unexpected message during the handshake"_s + alert +
               u": its TLS implementation misbehaves"_s;
    case 40:
        return u"refused the handshake"_s + alert +
               u": it shares no protocol version or cipher with a current client"_s;
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 48:
        return u"rejected a certificate during the handshake"_s + alert +
               u": it asks for a client certificate or its own chain is broken"_s;
    case 47:
    case 50:
    case 51:
        return u"could not read the client's handshake"_s + alert +
               u": its TLS implementation is broken or outdated"_s;
    case 49:
        return u"denied access during the handshake"_s + alert;
    case 70:
        return u"does not speak the TLS versions offered"_s + alert +
               u": it supports only older ones (or only newer ones)"_s;
    case 71:
        return u"asked for stronger security than offered"_s + alert;
    case 80:
        return u"reported an internal error during the handshake"_s + alert +
               u": its TLS set-up is broken"_s;
    case 86:
        return u"rejected a protocol fallback"_s + alert;
    case 109:
    case 110:
        return u"needs a TLS extension the client did not send"_s + alert;
    case 112:
        return u"does not know the server name that was asked for"_s + alert +
               u": it has no certificate for that name"_s;
    case 116:
        return u"requires a client certificate"_s + alert;
    case 0:
        return u"closed the encrypted connection during the handshake"_s + alert;
    default:
        break;
    }
    return u"broke off the handshake"_s + alert;
}

} // namespace Portolan
