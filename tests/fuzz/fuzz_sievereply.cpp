// libFuzzer target for the ManageSieve response parser: bytes in, split into lines, fed to the
// parser. Built as a fuzzer with clang; in every build also as a plain program that replays the
// corpus.
#include "protocols/sieve/sieveresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Portolan::SieveResponseParser::Limits limits;
    limits.maxLineLength = 1024;
    limits.maxLiteral = 512;
    limits.maxLiterals = 8;
    limits.maxResponseBytes = 4096;
    Portolan::SieveResponseParser parser(limits);
    for (const QByteArray &line : bytes.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        switch (parser.feedLine(l)) {
        case Portolan::SieveResponseParser::Status::Complete: {
            const Portolan::SieveResponse r = parser.takeResponse();
            (void)r.summary();
            if (r.isStatus() ? !r.strings.isEmpty() : r.strings.isEmpty())
                __builtin_trap();
            if (!r.isStatus() && (!r.code.isEmpty() || !r.text.isEmpty()))
                __builtin_trap();
            if (!parser.isIdle())
                __builtin_trap();
            break;
        }
        case Portolan::SieveResponseParser::Status::Error:
            if (parser.errorText().isEmpty() || !parser.isIdle())
                __builtin_trap();
            break;
        case Portolan::SieveResponseParser::Status::NeedMore:
            break;
        }
    }
    return 0;
}
