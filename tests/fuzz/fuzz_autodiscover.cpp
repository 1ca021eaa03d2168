// libFuzzer target for the Autodiscover (POX) response parser: any bytes in, usable servers or
// findings out, and a redirect only to an address or an http(s) URL. Built as a fuzzer with
// clang; in every build also as a plain program that replays the corpus.
#include "discovery/mailconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Portolan::MailConfigDocument doc =
        Portolan::parseAutodiscover(bytes, QStringLiteral("fuzz.user@example.org"));
    if (!doc.valid() && (!doc.servers.isEmpty() || doc.findings.isEmpty() ||
                         !doc.redirectUrl.isEmpty() || !doc.redirectAddress.isEmpty()))
        __builtin_trap();
    if (doc.servers.size() > 64)
        __builtin_trap();
    for (const Portolan::ServerSetting &s : doc.servers) {
        if (s.host.isEmpty() || s.port == 0 || s.security == Portolan::Security::Auto ||
            s.protocol == Portolan::Protocol::Sieve)
            __builtin_trap();
    }
    if (!doc.redirectUrl.isEmpty() &&
        !doc.redirectUrl.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        __builtin_trap();
    if (!doc.redirectAddress.isEmpty() && !doc.redirectAddress.contains(QLatin1Char('@')))
        __builtin_trap();
    return 0;
}
