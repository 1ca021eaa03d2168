#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portolan {

// Why a SASL exchange cannot go on: the kind the code branches on (the text is for people).
enum class SaslError {
    None,
    BadEncoding,          // not valid base64 (the challenge, a salt, a signature)
    Malformed,            // does not parse as the mechanism's message
    BadNonce,             // SCRAM: the server's nonce does not extend the client's
    BadIterationCount,    // SCRAM: an iteration count out of range
    UnsupportedExtension, // SCRAM: a mandatory extension ("m=")
    ServerError,          // SCRAM: the server reports an error ("e=")
    BadServerSignature,   // SCRAM: the server did not prove that it knows the password
    UnexpectedStep,       // a challenge the mechanism has no step for
    Internal              // our side failed (the key derivation)
};

// The base64 decoding a SASL challenge needs: strict (RFC 4648 alphabet and padding), no
// silently skipped characters. nullopt when it is not valid base64.
[[nodiscard]] std::optional<QByteArray> decodeChallenge(const QByteArray &base64);

// RFC 7677 §4 asks for at least 4096 iterations; more than this would be a denial of service.
inline constexpr int MaxScramIterations = 1000000;

// SCRAM's server-first-message (RFC 5802 §7):
//   [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
struct ScramServerFirst
{
    SaslError error = SaslError::None;
    QString why; // for people, when error != None
    QByteArray nonce;
    QByteArray salt; // decoded
    int iterations = 0;
    [[nodiscard]] bool ok() const { return error == SaslError::None; }
};
[[nodiscard]] ScramServerFirst parseScramServerFirst(const QByteArray &message);

// SCRAM's server-final-message (RFC 5802 §7): (server-error / verifier) ["," extensions]
struct ScramServerFinal
{
    SaslError error = SaslError::None; // ServerError with serverError set, for "e="
    QString why;
    QByteArray signature;   // decoded "v="
    QByteArray serverError; // "e=" value, e.g. "invalid-proof"
    [[nodiscard]] bool ok() const { return error == SaslError::None; }
};
[[nodiscard]] ScramServerFinal parseScramServerFinal(const QByteArray &message);

} // namespace Portolan
