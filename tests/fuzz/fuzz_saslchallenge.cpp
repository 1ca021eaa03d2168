// libFuzzer target for the SASL challenge decoders: the strict base64 decoding and SCRAM's
// server-first and server-final messages, on the bytes as they are and as decoded.
// Built as a fuzzer with clang; in every build also as a plain program that replays the corpus.
#include "sasl/saslchallenge.h"

#include <cstddef>
#include <cstdint>

namespace {

void parseMessages(const QByteArray &message)
{
    const Portolan::ScramServerFirst first = Portolan::parseScramServerFirst(message);
    if (first.ok() != (first.error == Portolan::SaslError::None) ||
        (!first.ok() && first.why.isEmpty()))
        __builtin_trap();
    if (first.ok() && (first.nonce.isEmpty() || first.salt.isEmpty() || first.iterations < 1 ||
                       first.iterations > Portolan::MaxScramIterations))
        __builtin_trap();
    const Portolan::ScramServerFinal final = Portolan::parseScramServerFinal(message);
    if (!final.ok() && final.why.isEmpty())
        __builtin_trap();
    if (final.ok() && final.signature.isEmpty())
        __builtin_trap();
    if (final.error == Portolan::SaslError::ServerError && !message.startsWith("e="))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    parseMessages(bytes);
    if (const std::optional<QByteArray> decoded = Portolan::decodeChallenge(bytes)) {
        if (decoded->size() > bytes.size() * 3 / 4)
            __builtin_trap();
        parseMessages(*decoded);
    }
    return 0;
}
