// libFuzzer target for the IMAP response parser: bytes in, split into lines, fed to the parser.
// Built as a fuzzer with clang; in every build also as a plain program that replays the corpus.
#include "protocols/imap/imapresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Portolan::ImapResponseParser::Limits limits;
    limits.maxLineLength = 1024;
    limits.maxLiteral = 512;
    limits.maxLiterals = 8;
    limits.maxResponseBytes = 4096;
    Portolan::ImapResponseParser parser(limits);
    for (const QByteArray &line : bytes.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        switch (parser.feedLine(l)) {
        case Portolan::ImapResponseParser::Status::Complete: {
            const Portolan::ImapResponse r = parser.takeResponse();
            (void)r.summary();
            int depth = 0;
            for (const Portolan::ImapToken &t : r.data) {
                if (t.type == Portolan::ImapToken::Type::ListOpen)
                    ++depth;
                else if (t.type == Portolan::ImapToken::Type::ListClose)
                    --depth;
                else if (t.type == Portolan::ImapToken::Type::Literal &&
                         t.value.size() > limits.maxLiteral)
                    __builtin_trap();
                if (depth < 0)
                    __builtin_trap();
            }
            if (depth != 0 || !parser.isIdle())
                __builtin_trap();
            if (r.type == Portolan::ImapResponse::Type::Continuation &&
                (r.isStatus() || !r.data.isEmpty()))
                __builtin_trap();
            if (r.type == Portolan::ImapResponse::Type::Tagged &&
                (r.tag.isEmpty() || !r.isStatus()))
                __builtin_trap();
            for (const QByteArray &c : r.capabilities) {
                if (c.isEmpty() || c.contains(' '))
                    __builtin_trap();
            }
            break;
        }
        case Portolan::ImapResponseParser::Status::Error:
            if (parser.errorText().isEmpty() || !parser.isIdle())
                __builtin_trap();
            break;
        case Portolan::ImapResponseParser::Status::NeedMore:
            break;
        }
    }
    return 0;
}
