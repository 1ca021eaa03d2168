#include "sasl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Portolan {

SaslMechanism::~SaslMechanism() = default;

namespace {

SaslMechanism::Step answer(const QByteArray &response)
{
    return {true, response, {}, SaslError::None};
}

SaslMechanism::Step refuse(SaslError kind, const QString &why)
{
    return {false, {}, why, kind};
}

// RFC 4616
class Plain final : public SaslMechanism
{
public:
    explicit Plain(const Credentials &c)
        : m_c(c)
    {}
    QByteArray name() const override { return "PLAIN"; }
    std::optional<QByteArray> initialResponse() override
    {
        return '\0' + m_c.user.toUtf8() + '\0' + m_c.password.toUtf8();
    }
    Step respond(const QByteArray &challenge) override
    {
        // A server that sends an empty challenge instead of taking the initial response.
        if (challenge.isEmpty() && !m_sent) {
            m_sent = true;
            return answer(*initialResponse());
        }
        return refuse(SaslError::UnexpectedStep, u"PLAIN has no second step"_s);
    }

private:
    Credentials m_c;
    bool m_sent = false;
};

// draft-murchison-sasl-login: the server prompts "Username:", then "Password:".
class Login final : public SaslMechanism
{
public:
    explicit Login(const Credentials &c)
        : m_c(c)
    {}
    QByteArray name() const override { return "LOGIN"; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &challenge) override
    {
        const QByteArray prompt = challenge.toLower();
        ++m_step;
        if (prompt.startsWith("user") || (m_step == 1 && !prompt.startsWith("pass")))
            return answer(m_c.user.toUtf8());
        if (m_step <= 2)
            return answer(m_c.password.toUtf8());
        return refuse(SaslError::UnexpectedStep, u"LOGIN has only two steps"_s);
    }

private:
    Credentials m_c;
    int m_step = 0;
};

// RFC 2195
class CramMd5 final : public SaslMechanism
{
public:
    explicit CramMd5(const Credentials &c)
        : m_c(c)
    {}
    QByteArray name() const override { return "CRAM-MD5"; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Step respond(const QByteArray &challenge) override
    {
        if (m_done)
            return refuse(SaslError::UnexpectedStep, u"CRAM-MD5 has one step"_s);
        m_done = true;
        const QByteArray digest = QMessageAuthenticationCode::hash(challenge, m_c.password.toUtf8(),
                                                                   QCryptographicHash::Md5);
        return answer(m_c.user.toUtf8() + ' ' + digest.toHex());
    }

private:
    Credentials m_c;
    bool m_done = false;
};

// RFC 5802 (SCRAM-SHA-1), RFC 7677 (SCRAM-SHA-256); no channel binding ("n,,").
class Scram final : public SaslMechanism
{
public:
    Scram(const Credentials &c, QCryptographicHash::Algorithm algorithm, const QByteArray &nonce)
        : m_c(c)
        , m_algorithm(algorithm)
        , m_nonce(nonce)
    {
        if (m_nonce.isEmpty()) {
            unsigned char bytes[24];
            RAND_bytes(bytes, sizeof bytes);
            m_nonce = QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toBase64();
        }
    }
    QByteArray name() const override
    {
        return m_algorithm == QCryptographicHash::Sha1 ? "SCRAM-SHA-1" : "SCRAM-SHA-256";
    }
    bool authenticatesServer() const override { return true; }

    std::optional<QByteArray> initialResponse() override
    {
        m_clientFirstBare = "n=" + saslName(m_c.user.toUtf8()) + ",r=" + m_nonce;
        return "n,," + m_clientFirstBare;
    }

    Step respond(const QByteArray &challenge) override
    {
        if (m_clientFirstBare.isEmpty())
            (void)initialResponse();
        if (!m_expectedServerSignature.isEmpty()) {
            // The server's final message as a challenge: check it, answer with nothing.
            const ScramServerFinal final = parseScramServerFinal(challenge);
            if (final.error == SaslError::ServerError)
                return refuse(SaslError::ServerError, final.why);
            if (!final.ok())
                return refuse(SaslError::BadServerSignature,
                              u"the server's SCRAM signature is missing or unusable: "_s +
                                  final.why);
            if (!matchesExpected(final.signature))
                return refuse(
                    SaslError::BadServerSignature,
                    u"the server's SCRAM signature is wrong: it does not know the password"_s);
            return answer(QByteArray());
        }
        const ScramServerFirst first = parseScramServerFirst(challenge);
        if (!first.ok())
            return refuse(first.error, first.why);
        const QByteArray &serverNonce = first.nonce;
        if (!serverNonce.startsWith(m_nonce) || serverNonce.size() == m_nonce.size())
            return refuse(SaslError::BadNonce, u"the server's SCRAM nonce does not extend ours"_s);
        const QByteArray &salt = first.salt;
        const int iterations = first.iterations;

        const int hashLength = QCryptographicHash::hashLength(m_algorithm);
        QByteArray salted(hashLength, Qt::Uninitialized);
        const QByteArray password = m_c.password.toUtf8(); // SASLprep: ASCII and NFC passwords
        if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                              reinterpret_cast<const unsigned char *>(salt.constData()),
                              int(salt.size()), iterations,
                              m_algorithm == QCryptographicHash::Sha1 ? EVP_sha1() : EVP_sha256(),
                              hashLength, reinterpret_cast<unsigned char *>(salted.data())) != 1)
            return refuse(SaslError::Internal, u"PBKDF2 failed"_s);

        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
        const QByteArray withoutProof = "c=" + QByteArray("n,,").toBase64() + ",r=" + serverNonce;
        const QByteArray authMessage = m_clientFirstBare + ',' + challenge + ',' + withoutProof;
        const QByteArray clientSignature = hmac(storedKey, authMessage);
        QByteArray proof = clientKey;
        for (int i = 0; i < proof.size(); ++i)
            proof[i] = char(proof.at(i) ^ clientSignature.at(i));
        m_expectedServerSignature = hmac(hmac(salted, "Server Key"), authMessage);
        return answer(withoutProof + ",p=" + proof.toBase64());
    }

    bool verifyServerFinal(const QByteArray &serverFinal) override
    {
        const ScramServerFinal final = parseScramServerFinal(serverFinal);
        return final.ok() && matchesExpected(final.signature);
    }

private:
    bool matchesExpected(const QByteArray &signature) const
    {
        if (m_expectedServerSignature.isEmpty() ||
            signature.size() != m_expectedServerSignature.size())
            return false;
        // Constant time is not needed on the client, but costs nothing.
        unsigned char diff = 0;
        for (int i = 0; i < signature.size(); ++i)
            diff |= static_cast<unsigned char>(signature.at(i) ^ m_expectedServerSignature.at(i));
        return diff == 0;
    }
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const
    {
        return QMessageAuthenticationCode::hash(message, key, m_algorithm);
    }
    static QByteArray saslName(QByteArray name)
    {
        return name.replace("=", "=3D").replace(",", "=2C");
    }

    Credentials m_c;
    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_nonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
};

// Google's XOAUTH2 and RFC 7628 OAUTHBEARER. On failure the server sends a JSON error as a
// challenge; the client answers with an empty response (XOAUTH2) or a lone ^A (OAUTHBEARER).
class Bearer final : public SaslMechanism
{
public:
    Bearer(const Credentials &c, bool oauthBearer, const QString &host, quint16 port)
        : m_c(c)
        , m_oauthBearer(oauthBearer)
        , m_host(host)
        , m_port(port)
    {}
    QByteArray name() const override { return m_oauthBearer ? "OAUTHBEARER" : "XOAUTH2"; }
    std::optional<QByteArray> initialResponse() override
    {
        const QByteArray auth = "auth=Bearer " + m_c.token.toUtf8() + "\x01\x01";
        if (!m_oauthBearer)
            return "user=" + m_c.user.toUtf8() + '\x01' + auth;
        QByteArray user = m_c.user.toUtf8();
        user.replace("=", "=3D").replace(",", "=2C");
        QByteArray r = "n,a=" + user + ",\x01";
        if (!m_host.isEmpty())
            r += "host=" + m_host.toUtf8() + '\x01';
        if (m_port)
            r += "port=" + QByteArray::number(m_port) + '\x01';
        return r + auth;
    }
    Step respond(const QByteArray &challenge) override
    {
        if (m_errorSeen)
            return refuse(SaslError::UnexpectedStep, u"the server sent a second challenge"_s);
        m_errorSeen = true;
        m_serverError = challenge;
        return answer(m_oauthBearer ? QByteArray("\x01") : QByteArray());
    }

private:
    Credentials m_c;
    bool m_oauthBearer;
    QString m_host;
    quint16 m_port;
    bool m_errorSeen = false;
    QByteArray m_serverError;
};

} // namespace

QByteArrayList supportedMechanisms()
{
    return {"SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "PLAIN", "LOGIN", "OAUTHBEARER", "XOAUTH2"};
}

bool isOAuthMechanism(const QByteArray &name)
{
    return name == "XOAUTH2" || name == "OAUTHBEARER";
}

bool sendsSecretInClear(const QByteArray &name)
{
    const QByteArray n = name.toUpper();
    return n == "PLAIN" || n == "LOGIN" || isOAuthMechanism(n);
}

QByteArrayList secretSendingMechanisms(QByteArrayList mechanisms)
{
    mechanisms.removeIf([](const QByteArray &m) { return !sendsSecretInClear(m); });
    return mechanisms;
}

QByteArray chooseMechanism(const QByteArrayList &offered, const Credentials &credentials)
{
    QByteArrayList upper;
    for (const QByteArray &m : offered)
        upper << m.toUpper();
    for (const QByteArray &m : supportedMechanisms()) {
        if (!upper.contains(m))
            continue;
        if (isOAuthMechanism(m) ? credentials.token.isEmpty() : credentials.password.isEmpty())
            continue;
        return m;
    }
    return {};
}

std::unique_ptr<SaslMechanism> createMechanism(const QByteArray &name,
                                               const Credentials &credentials, const QString &host,
                                               quint16 port, const QByteArray &nonce)
{
    const QByteArray n = name.toUpper();
    if (n == "PLAIN")
        return std::make_unique<Plain>(credentials);
    if (n == "LOGIN")
        return std::make_unique<Login>(credentials);
    if (n == "CRAM-MD5")
        return std::make_unique<CramMd5>(credentials);
    if (n == "SCRAM-SHA-1")
        return std::make_unique<Scram>(credentials, QCryptographicHash::Sha1, nonce);
    if (n == "SCRAM-SHA-256")
        return std::make_unique<Scram>(credentials, QCryptographicHash::Sha256, nonce);
    if (n == "XOAUTH2")
        return std::make_unique<Bearer>(credentials, false, host, port);
    if (n == "OAUTHBEARER")
        return std::make_unique<Bearer>(credentials, true, host, port);
    return nullptr;
}

} // namespace Portolan
