#pragma once

#include "sasl/saslchallenge.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>
#include <optional>

namespace Portolan {

// What the user gave to log in with. Never written anywhere: every output path shows
// "<redacted>" in its place.
struct Credentials
{
    QString user;
    QString password; // for PLAIN, LOGIN, CRAM-MD5, SCRAM-*
    QString token;    // an OAuth 2.0 bearer token, for XOAUTH2 and OAUTHBEARER
    [[nodiscard]] bool isEmpty() const
    {
        return user.isEmpty() && password.isEmpty() && token.isEmpty();
    }
};

// One SASL mechanism's client side (RFC 4422). Challenges and responses are raw bytes; the
// protocol layer does the base64.
class SaslMechanism
{
public:
    struct Step
    {
        bool ok = true;
        QByteArray response;
        QString error; // why the exchange cannot go on (the protocol layer then cancels with "*")
        SaslError kind = SaslError::None; // the same, for code to branch on
    };

    virtual ~SaslMechanism();
    [[nodiscard]] virtual QByteArray name() const = 0;
    // The initial response, sent with the AUTH command (RFC 4954 §4), or none.
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;
    // Answers one server challenge.
    [[nodiscard]] virtual Step respond(const QByteArray &challenge) = 0;
    // SCRAM: checks the server's final message (its proof that it knows the password).
    // Mechanisms without one return true for an empty message.
    [[nodiscard]] virtual bool verifyServerFinal(const QByteArray &serverFinal)
    {
        return serverFinal.isEmpty();
    }
    [[nodiscard]] virtual bool authenticatesServer() const { return false; }
};

// The mechanisms Portolan speaks, strongest first: SCRAM (the password never crosses the wire
// and the server proves itself) before challenge-response before plain text.
[[nodiscard]] QByteArrayList supportedMechanisms();
[[nodiscard]] bool isOAuthMechanism(const QByteArray &name);
// True for the mechanisms that put the secret itself on the wire (PLAIN, LOGIN, and the bearer
// tokens): offered before TLS, they are what exposes a password.
[[nodiscard]] bool sendsSecretInClear(const QByteArray &name);
// Those of `mechanisms` that send the secret itself.
[[nodiscard]] QByteArrayList secretSendingMechanisms(QByteArrayList mechanisms);
// The mechanism to use from what the server offers, for these credentials (OAuth ones only with
// a token, password ones only with a password); empty when none fits.
[[nodiscard]] QByteArray chooseMechanism(const QByteArrayList &offered,
                                         const Credentials &credentials);

// `host` and `port` are what OAUTHBEARER reports to the server (RFC 7628 §3.1). `nonce` is for
// tests with known vectors; empty: 24 random bytes.
[[nodiscard]] std::unique_ptr<SaslMechanism>
createMechanism(const QByteArray &name, const Credentials &credentials, const QString &host = {},
                quint16 port = 0, const QByteArray &nonce = {});

} // namespace Portolan
