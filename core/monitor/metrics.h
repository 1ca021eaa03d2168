#pragma once

#include "checkrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace Portolan {

// What a monitor has seen, in Prometheus's text exposition format (version 0.0.4): the state of
// the last check of each address of each target, counters since the monitor started, and whether
// a target is in an outage. Every label value comes from the target as configured, the typed
// codes and phases (codes.h, phases.h) or a closed set (the TLS versions), never from text a
// server sent. Pure: no sockets, no clock; the HTTP endpoint that serves it lives outside core.
class MonitorMetrics
{
public:
    // A target is watched (MonitorTarget::name and its Target as configured): its
    // portolan_outage_active is 0 from now on, before its first check.
    void addTarget(const QString &name, const Target &configured);
    // A check of one address of a target ended (MonitorScheduler::checkFinished).
    void recordCheck(const CheckRecord &record);
    // The target is in an outage (outageStarted) or no longer (outageEnded).
    void setOutageActive(const QString &target, bool active);
    // Forget a target (it left the configuration).
    void removeTarget(const QString &target);

    [[nodiscard]] QByteArray exposition() const;
    // The Content-Type of exposition().
    [[nodiscard]] static QByteArray contentType();

    // `text` as a label value: backslash, double quote and line feed escaped.
    [[nodiscard]] static QString escapeLabelValue(const QString &text);
    // "TLSv1.3" and the other versions Portolan negotiates; "unknown" for anything else.
    [[nodiscard]] static QString tlsVersionLabel(const QString &protocol);

private:
    // The labels every series of a target has besides `target`: protocol, port, security.
    struct TargetLabels
    {
        QString protocol;
        quint16 port = 0;
        QString security;
        bool outage = false;
    };
    using AddressKey = std::tuple<QString, QString>; // target, address

    struct AddressState
    {
        bool success = false;
        double durationSeconds = 0;
        std::map<PhaseId, double> phaseSeconds; // of the last check
        qint64 checkedAt = 0;                   // Unix seconds
        std::optional<qint64> certExpiry;       // Unix seconds, leaf certificate
        QString tlsVersion;                     // empty without TLS
        quint64 checks = 0;
        std::map<Code, quint64> failures; // by the verdict's code
    };

    std::map<QString, TargetLabels> m_targets;
    std::map<AddressKey, AddressState> m_addresses;
};

} // namespace Portolan
