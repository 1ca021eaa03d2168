// libFuzzer target for the config-v1.1.xml parser (autoconfig, ISPDB): any bytes in, a document
// out whose servers are all usable, or findings that say why not. Built as a fuzzer with clang;
// in every build also as a plain program that replays the corpus.
#include "discovery/mailconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Portolan::MailConfigDocument doc =
        Portolan::parseAutoconfig(bytes, QStringLiteral("fuzz.user@example.org"));
    if (!doc.valid() && (!doc.servers.isEmpty() || doc.findings.isEmpty()))
        __builtin_trap();
    if (doc.servers.size() > 64 || doc.findings.size() > 32)
        __builtin_trap();
    bool outgoing = false; // incoming servers first, then outgoing ones
    for (const Portolan::ServerSetting &s : doc.servers) {
        if (s.host.isEmpty() || s.host.size() > 253 || s.port == 0 ||
            s.security == Portolan::Security::Auto || s.username.size() > 1024)
            __builtin_trap();
        const bool smtp = s.protocol == Portolan::Protocol::Smtp;
        if (outgoing && !smtp)
            __builtin_trap();
        outgoing = outgoing || smtp;
    }
    for (const Portolan::DocumentFinding &f : doc.findings) {
        if (f.problem == Portolan::DocumentProblem::None || f.detail.isEmpty())
            __builtin_trap();
        for (const QChar c : f.detail) {
            if (c.unicode() < 0x20)
                __builtin_trap(); // server text is escaped
        }
    }
    return 0;
}
