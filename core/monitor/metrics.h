#pragma once

#include "report/report.h"

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
    // A check of one address of a target ended (a report from the monitor's scheduler).
    void recordCheck(const Report &report);
    // The target is in an outage (from its first failing check until a check passes again).
    void setOutageActive(const Target &target, bool active);
    // Forget a target (it left the configuration).
    void removeTarget(const Target &target);

    [[nodiscard]] QByteArray exposition() const;
    // The Content-Type of exposition().
    [[nodiscard]] static QByteArray contentType();

    // `text` as a label value: backslash, double quote and line feed escaped.
    [[nodiscard]] static QString escapeLabelValue(const QString &text);
    // "TLSv1.3" and the other versions Portolan negotiates; "unknown" for anything else.
    [[nodiscard]] static QString tlsVersionLabel(const QString &protocol);
    // The address of a report's "ip:port" or "[ipv6]:port", without the port.
    [[nodiscard]] static QString addressLabel(const QString &addressAndPort);

private:
    // host, protocol, port, security: the target's identity in every series.
    using TargetKey = std::tuple<QString, QString, quint16, QString>;
    using AddressKey = std::tuple<TargetKey, QString>;

    struct AddressState
    {
        bool success = false;
        double durationSeconds = 0;
        std::map<PhaseId, double> phaseSeconds; // of the last check
        qint64 checkedAt = 0;                   // Unix seconds
        std::optional<qint64> certExpiry;       // Unix seconds, leaf certificate
        QString tlsVersion;                     // empty without TLS
        quint64 checks = 0;
        std::map<Code, quint64> failures;
    };

    [[nodiscard]] static TargetKey keyOf(const Target &target);

    std::map<AddressKey, AddressState> m_addresses;
    std::map<TargetKey, bool> m_outages;
};

} // namespace Portolan
