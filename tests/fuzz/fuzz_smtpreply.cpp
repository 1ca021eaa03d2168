// libFuzzer target for the SMTP reply parser: bytes in, split into lines, fed to the assembler.
// Built as a fuzzer with clang; in every build also as a plain program that replays the corpus.
#include "net/escape.h"
#include "protocols/smtp/smtpreply.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Portolan::SmtpReplyAssembler::Limits limits;
    limits.maxLines = 50;
    limits.maxLineLength = 1024;
    limits.maxReplyBytes = 8192;
    Portolan::SmtpReplyAssembler assembler(limits);
    for (const QByteArray &line : bytes.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        switch (assembler.feedLine(l)) {
        case Portolan::SmtpReplyAssembler::Status::Complete: {
            const Portolan::SmtpReply r = assembler.takeReply();
            (void)r.summary();
            (void)r.enhanced.toString();
            if (r.code < 0 || r.code > 999 || r.lines.isEmpty())
                __builtin_trap();
            break;
        }
        case Portolan::SmtpReplyAssembler::Status::Error:
            (void)assembler.errorText();
            break;
        case Portolan::SmtpReplyAssembler::Status::NeedMore:
            break;
        }
    }
    (void)Portolan::escapeServerText(bytes);
    (void)Portolan::parseEnhancedStatus(bytes);
    return 0;
}
