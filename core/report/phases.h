#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

// The phases of a check, one vocabulary for every protocol: the enumerator and its stable name
// (the JSON's `phaseId`, the monitor's stored reports and metric labels). What a protocol sends
// in a phase ("EHLO", "CAPA", "LOGIN") is kept beside it, as the phase's wire word. The names
// are a contract: add phases, never rename or remove one.
#define PORTOLAN_PHASES(X)                                                                         \
    X(Resolve, "resolve")                                                                          \
    X(Connect, "connect")                                                                          \
    X(TlsHandshake, "tls-handshake")                                                               \
    X(Greeting, "greeting")                                                                        \
    X(Capabilities, "capabilities")                                                                \
    X(StartTls, "starttls")                                                                        \
    X(StartTlsHandshake, "starttls-handshake")                                                     \
    X(CapabilitiesAfterTls, "capabilities-after-tls")                                              \
    X(Auth, "auth")                                                                                \
    X(MailFrom, "mail-from")                                                                       \
    X(RcptTo, "rcpt-to")                                                                           \
    X(Data, "data")                                                                                \
    X(Message, "message")                                                                          \
    X(Quit, "quit")                                                                                \
    X(TlsDetail, "tls-detail")                                                                     \
    X(Dane, "dane")

enum class PhaseId {
#define PORTOLAN_PHASE_ENUMERATOR(id, name) id,
    PORTOLAN_PHASES(PORTOLAN_PHASE_ENUMERATOR)
#undef PORTOLAN_PHASE_ENUMERATOR
};

struct PhaseName
{
    PhaseId phase;
    QLatin1StringView name;
};

// The table, in the enumerators' order.
inline constexpr PhaseName phaseTable[] = {
#define PORTOLAN_PHASE_ROW(id, name) PhaseName{PhaseId::id, QLatin1StringView(name)},
    PORTOLAN_PHASES(PORTOLAN_PHASE_ROW)
#undef PORTOLAN_PHASE_ROW
};

// "capabilities-after-tls"
[[nodiscard]] constexpr QLatin1StringView phaseName(PhaseId phase)
{
    return phaseTable[static_cast<qsizetype>(phase)].name;
}

// The phase of a name, exactly as phaseName() gives it; nothing for any other text.
[[nodiscard]] std::optional<PhaseId> phaseFromName(QAnyStringView name);

// The phase in the words of portolan.check/1's `phases[].name` and `diagnoses[].phase`, which
// were the protocol's: the wire word in lower case for the capabilities ("ehlo", "helo",
// "capability-after-tls", "capa"), STARTTLS ("stls"), the login ("login", "authenticate") and the
// goodbye ("logout"); both handshakes "tls-handshake"; else the stable name.
[[nodiscard]] QString phaseLabel(PhaseId phase, QStringView wire);

// A phase and its wire word read back from such a label, for JSON written before `phaseId`
// existed. "tls-handshake" (and the certificate findings' "tls") is the STARTTLS handshake when
// `startTls` (the attempt's mode), else the implicit one. Nothing for an unknown label.
struct LabelledPhase
{
    PhaseId phase;
    QString wire;
};
[[nodiscard]] std::optional<LabelledPhase> phaseFromLabel(QStringView label, bool startTls);

} // namespace Portolan
