// libFuzzer target for the POP3 reply parser: bytes in, split into lines, fed to the parser twice,
// once expecting every "+OK" to open a multi-line body (as after CAPA) and once expecting none.
// Built as a fuzzer with clang; in every build also as a plain program that replays the corpus.
#include "protocols/pop3/pop3reply.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArrayList lines = bytes.split('\n');
    Portolan::Pop3ReplyParser::Limits limits;
    limits.maxLineLength = 1024;
    limits.maxLines = 50;
    limits.maxReplyBytes = 4096;
    for (const bool multiLine : {true, false}) {
        Portolan::Pop3ReplyParser parser(limits);
        for (const QByteArray &line : lines) {
            if (multiLine && parser.isIdle())
                parser.expectMultiLine();
            const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
            switch (parser.feedLine(l)) {
            case Portolan::Pop3ReplyParser::Status::Complete: {
                const Portolan::Pop3Reply r = parser.takeReply();
                (void)r.summary();
                if (r.lines.size() > limits.maxLines || r.code.contains(' ') || !parser.isIdle())
                    __builtin_trap();
                if (!r.isOk() && !r.lines.isEmpty())
                    __builtin_trap();
                break;
            }
            case Portolan::Pop3ReplyParser::Status::Error:
                if (parser.errorText().isEmpty() || !parser.isIdle())
                    __builtin_trap();
                break;
            case Portolan::Pop3ReplyParser::Status::NeedMore:
                break;
            }
        }
    }
    return 0;
}
