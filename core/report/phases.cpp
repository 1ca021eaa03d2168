#include "phases.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr bool tableInOrder()
{
    for (qsizetype i = 0; i < qsizetype(std::size(phaseTable)); ++i) {
        if (phaseTable[i].phase != static_cast<PhaseId>(i))
            return false;
    }
    return true;
}
static_assert(tableInOrder(), "phaseName() indexes the table by the enumerator");

constexpr QLatin1StringView AfterTls("-after-tls");

} // namespace

std::optional<PhaseId> phaseFromName(QAnyStringView name)
{
    for (const PhaseName &row : phaseTable) {
        if (row.name == name)
            return row.phase;
    }
    return std::nullopt;
}

QString phaseLabel(PhaseId phase, QStringView wire)
{
    switch (phase) {
    case PhaseId::Capabilities:
    case PhaseId::StartTls:
    case PhaseId::Quit:
        return wire.isEmpty() ? QString(phaseName(phase)) : wire.toString().toLower();
    case PhaseId::CapabilitiesAfterTls:
        return wire.isEmpty() ? QString(phaseName(phase)) : wire.toString().toLower() + AfterTls;
    case PhaseId::Auth:
        return wire == "LOGIN"_L1 || wire == "AUTHENTICATE"_L1 ? wire.toString().toLower()
                                                               : QString(phaseName(phase));
    case PhaseId::StartTlsHandshake:
        return phaseName(PhaseId::TlsHandshake);
    default:
        return phaseName(phase);
    }
}

std::optional<LabelledPhase> phaseFromLabel(QStringView label, bool startTls)
{
    if (label == "tls-handshake"_L1 || label == "tls"_L1)
        return LabelledPhase{startTls ? PhaseId::StartTlsHandshake : PhaseId::TlsHandshake, {}};
    if (label.endsWith(AfterTls)) {
        const QStringView word = label.chopped(AfterTls.size());
        if (word == "ehlo"_L1 || word == "capability"_L1 || word == "capa"_L1)
            return LabelledPhase{PhaseId::CapabilitiesAfterTls, word.toString().toUpper()};
    }
    for (const auto &[word, phase] : {std::pair{"ehlo"_L1, PhaseId::Capabilities},
                                      {"helo"_L1, PhaseId::Capabilities},
                                      {"capability"_L1, PhaseId::Capabilities},
                                      {"capa"_L1, PhaseId::Capabilities},
                                      {"stls"_L1, PhaseId::StartTls},
                                      {"login"_L1, PhaseId::Auth},
                                      {"authenticate"_L1, PhaseId::Auth},
                                      {"logout"_L1, PhaseId::Quit}}) {
        if (label == word)
            return LabelledPhase{phase, word.toString().toUpper()};
    }
    if (const std::optional<PhaseId> phase = phaseFromName(label))
        return LabelledPhase{*phase, {}};
    return std::nullopt;
}

} // namespace Portolan
