// Writes the test certificates into a directory, fresh at every build: a CA, a valid server
// certificate, and one for each way a certificate can be wrong. Nothing time-bombed is kept in
// the repository. Usage: portolan-certgen DIR
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <string>

namespace {

constexpr long Day = 24 * 60 * 60;

struct Key
{
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    Key() = default;
    explicit Key(size_t rsaBits)
        : pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", rsaBits))
    {}
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;
    ~Key() { EVP_PKEY_free(pkey); }
};

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    return true;
}

// A certificate for `cn` with `sans`, valid from now+from to now+to (seconds), signed by the
// issuer (or by itself when issuer is null).
X509 *makeCert(const char *cn, const char *sans, long from, long to, EVP_PKEY *key, X509 *issuer,
               EVP_PKEY *issuerKey, bool ca, long serial, const EVP_MD *digest = EVP_sha256(),
               const char *issuerUrl = nullptr)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), from);
    X509_gmtime_adj(X509_getm_notAfter(cert), to);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Portolan tests"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    X509 *signer = issuer ? issuer : cert;
    addExtension(cert, signer, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    addExtension(cert, signer, NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(cert, signer, NID_authority_key_identifier, "keyid");
    if (ca) {
        addExtension(cert, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert, signer, NID_key_usage, "critical,digitalSignature");
        addExtension(cert, signer, NID_ext_key_usage, "serverAuth");
        if (sans)
            addExtension(cert, signer, NID_subject_alt_name, sans);
    }
    if (issuerUrl)
        addExtension(cert, signer, NID_info_access, issuerUrl);
    X509_sign(cert, issuerKey ? issuerKey : key, digest);
    return cert;
}

bool writeChain(const std::string &dir, const char *name, X509 *leaf, X509 *intermediate)
{
    FILE *f = std::fopen((dir + "/" + name + ".pem").c_str(), "w");
    if (!f)
        return false;
    PEM_write_X509(f, leaf);
    PEM_write_X509(f, intermediate);
    std::fclose(f);
    return true;
}

// An OCSP response for `leaf`, signed by its issuing CA itself (RFC 6960 §4.2.2.2), as a server
// staples it: NAME.ocsp-good.der / NAME.ocsp-revoked.der.
bool writeOcsp(const std::string &dir, const char *name, X509 *leaf, X509 *ca, EVP_PKEY *caKey,
               bool revoked)
{
    OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), leaf, ca);
    OCSP_BASICRESP *basic = OCSP_BASICRESP_new();
    ASN1_TIME *thisUpdate = X509_gmtime_adj(nullptr, -3600);
    ASN1_TIME *nextUpdate = X509_gmtime_adj(nullptr, 7 * Day);
    ASN1_TIME *revokedAt = X509_gmtime_adj(nullptr, -2 * Day);
    OCSP_basic_add1_status(basic, id, revoked ? V_OCSP_CERTSTATUS_REVOKED : V_OCSP_CERTSTATUS_GOOD,
                           revoked ? OCSP_REVOKED_STATUS_KEYCOMPROMISE : 0,
                           revoked ? revokedAt : nullptr, thisUpdate, nextUpdate);
    OCSP_basic_sign(basic, ca, caKey, EVP_sha256(), nullptr, 0);
    OCSP_RESPONSE *response = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic);
    unsigned char *der = nullptr;
    const int length = i2d_OCSP_RESPONSE(response, &der);
    bool ok = false;
    const std::string path = dir + "/" + name + (revoked ? ".ocsp-revoked.der" : ".ocsp-good.der");
    if (FILE *f = std::fopen(path.c_str(), "wb"); f && length > 0) {
        ok = std::fwrite(der, 1, size_t(length), f) == size_t(length);
        std::fclose(f);
    }
    OPENSSL_free(der);
    OCSP_RESPONSE_free(response);
    OCSP_BASICRESP_free(basic);
    OCSP_CERTID_free(id);
    ASN1_TIME_free(thisUpdate);
    ASN1_TIME_free(nextUpdate);
    ASN1_TIME_free(revokedAt);
    return ok;
}

bool write(const std::string &dir, const char *name, X509 *cert, EVP_PKEY *key)
{
    const std::string certPath = dir + "/" + name + ".pem";
    const std::string keyPath = dir + "/" + name + ".key";
    FILE *f = std::fopen(certPath.c_str(), "w");
    if (!f)
        return false;
    PEM_write_X509(f, cert);
    std::fclose(f);
    f = std::fopen(keyPath.c_str(), "w");
    if (!f)
        return false;
    PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(f);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const char *good = "DNS:mail.test,DNS:localhost,IP:127.0.0.1,IP:::1";

    Key caKey;
    X509 *ca = makeCert("Portolan Test CA", nullptr, -Day, 3650 * Day, caKey.pkey, nullptr, nullptr,
                        true, 1);
    Key otherCaKey;
    X509 *otherCa = makeCert("Portolan Other CA", nullptr, -Day, 3650 * Day, otherCaKey.pkey,
                             nullptr, nullptr, true, 2);
    bool ok = write(dir, "ca", ca, caKey.pkey);

    struct Leaf
    {
        const char *name;
        const char *cn;
        const char *sans;
        long from;
        long to;
        bool selfSigned;
        bool otherCa;
    };
    const Leaf leaves[] = {
        {"valid", "mail.test", good, -Day, 365 * Day, false, false},
        {"expired", "mail.test", good, -60 * Day, -2 * Day, false, false},
        {"notyet", "mail.test", good, 10 * Day, 365 * Day, false, false},
        {"wrongname", "smtp.other.example", "DNS:smtp.other.example,DNS:mx.other.example", -Day,
         365 * Day, false, false},
        {"selfsigned", "mail.test", good, -Day, 365 * Day, true, false},
        {"expiring", "mail.test", good, -Day, 7 * Day, false, false},
        {"untrusted", "mail.test", good, -Day, 365 * Day, false, true},
        // Discovery's unit tests: the web and mail hosts of disc.test and of another domain.
        {"discovery", "disc.test",
         "DNS:disc.test,DNS:*.disc.test,DNS:*.other.test,DNS:localhost,IP:127.0.0.1", -Day,
         365 * Day, false, false},
    };
    long serial = 100;
    // An intermediate CA and a leaf it issued that says where the intermediate can be fetched:
    // "chained" (the leaf alone: an incomplete chain) and "chained-full" (leaf + intermediate).
    {
        Key intermediateKey;
        X509 *intermediate = makeCert("Portolan Test Intermediate", nullptr, -Day, 3650 * Day,
                                      intermediateKey.pkey, ca, caKey.pkey, true, 3);
        Key leafKey;
        X509 *leaf = makeCert("mail.test", good, -Day, 365 * Day, leafKey.pkey, intermediate,
                              intermediateKey.pkey, false, serial++, EVP_sha256(),
                              "caIssuers;URI:http://ca.test/intermediate.der");
        ok = write(dir, "chained", leaf, leafKey.pkey) && ok;
        ok = write(dir, "chained-full", leaf, leafKey.pkey) && ok;
        ok = writeChain(dir, "chained-full", leaf, intermediate) && ok;
        X509_free(leaf);
        X509_free(intermediate);
    }
    // "weak": a 1024-bit RSA key signed with SHA-1 (a server needs security level 0 to use it);
    // "rsa": a current RSA key (for RSA key exchange, the cipher without forward secrecy).
    {
        Key weakKey(1024);
        X509 *weak = makeCert("mail.test", good, -Day, 365 * Day, weakKey.pkey, ca, caKey.pkey,
                              false, serial++, EVP_sha1());
        ok = write(dir, "weak", weak, weakKey.pkey) && ok;
        X509_free(weak);
        Key rsaKey(2048);
        X509 *rsa = makeCert("mail.test", good, -Day, 365 * Day, rsaKey.pkey, ca, caKey.pkey, false,
                             serial++);
        ok = write(dir, "rsa", rsa, rsaKey.pkey) && ok;
        X509_free(rsa);
    }
    for (const Leaf &l : leaves) {
        Key key;
        X509 *cert =
            l.selfSigned
                ? makeCert(l.cn, l.sans, l.from, l.to, key.pkey, nullptr, nullptr, false, serial++)
            : l.otherCa
                ? makeCert(l.cn, l.sans, l.from, l.to, key.pkey, otherCa, otherCaKey.pkey, false,
                           serial++)
                : makeCert(l.cn, l.sans, l.from, l.to, key.pkey, ca, caKey.pkey, false, serial++);
        ok = write(dir, l.name, cert, key.pkey) && ok;
        if (std::string(l.name) == "valid") {
            ok = writeOcsp(dir, l.name, cert, ca, caKey.pkey, false) && ok;
            ok = writeOcsp(dir, l.name, cert, ca, caKey.pkey, true) && ok;
        }
        X509_free(cert);
    }
    X509_free(ca);
    X509_free(otherCa);
    if (!ok) {
        std::fprintf(stderr, "could not write the certificates into %s\n", dir.c_str());
        return 1;
    }
    return 0;
}
