#pragma once

#include "advisor/portscan.h"
#include "report/reader.h"
#include "report/writers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

// A report's trip through its JSON, as the monitor makes it: written, stored as text, parsed, read
// back, written again. Both the JSON and every field must come back unchanged.
namespace PortolanTest {

namespace RoundTripDetail {

using namespace Portolan;

// The first member where `a` and `b` differ, by name ("tls.chain[1].notAfter"); empty when the
// members listed here agree. operator== (report.h) is what decides; this only names the field.
#define PORTOLAN_DIFF(member)                                                                      \
    do {                                                                                           \
        if (!(a.member == b.member))                                                               \
            return QStringLiteral(#member);                                                        \
    } while (false)
#define PORTOLAN_DIFF_IN(member)                                                                   \
    do {                                                                                           \
        if (const QString d = difference(a.member, b.member); !d.isEmpty())                        \
            return QStringLiteral(#member) + (d.startsWith(u'[') ? d : u'.' + d);                  \
    } while (false)

// Defined below the overloads for the element types, so that its body sees them.
template <typename T> QString difference(const QList<T> &a, const QList<T> &b);

inline QString difference(const Target &a, const Target &b)
{
    PORTOLAN_DIFF(host);
    PORTOLAN_DIFF(port);
    PORTOLAN_DIFF(protocol);
    PORTOLAN_DIFF(security);
    PORTOLAN_DIFF(serverName);
    return {};
}

inline QString difference(const Diagnosis &a, const Diagnosis &b)
{
    PORTOLAN_DIFF(code);
    PORTOLAN_DIFF(severity);
    PORTOLAN_DIFF(phase);
    PORTOLAN_DIFF(wire);
    PORTOLAN_DIFF(evidence);
    PORTOLAN_DIFF(detail);
    return {};
}

inline QString difference(const PhaseRecord &a, const PhaseRecord &b)
{
    PORTOLAN_DIFF(phase);
    PORTOLAN_DIFF(wire);
    PORTOLAN_DIFF(attempt);
    PORTOLAN_DIFF(security);
    PORTOLAN_DIFF(startMs);
    PORTOLAN_DIFF(elapsedMs);
    PORTOLAN_DIFF(ok);
    PORTOLAN_DIFF(detail);
    return {};
}

inline QString difference(const CertificateFacts &a, const CertificateFacts &b)
{
    PORTOLAN_DIFF(subject);
    PORTOLAN_DIFF(issuer);
    PORTOLAN_DIFF(subjectAltNames);
    PORTOLAN_DIFF(notBefore);
    PORTOLAN_DIFF(notAfter);
    PORTOLAN_DIFF(keyType);
    PORTOLAN_DIFF(keyCurve);
    PORTOLAN_DIFF(keyBits);
    PORTOLAN_DIFF(signatureAlgorithm);
    PORTOLAN_DIFF(sha256);
    PORTOLAN_DIFF(serialNumber);
    PORTOLAN_DIFF(selfSigned);
    return {};
}

inline QString difference(const TlsFacts &a, const TlsFacts &b)
{
    PORTOLAN_DIFF(established);
    PORTOLAN_DIFF(verified);
    PORTOLAN_DIFF(protocol);
    PORTOLAN_DIFF(cipher);
    PORTOLAN_DIFF(peerName);
    PORTOLAN_DIFF_IN(chain);
    PORTOLAN_DIFF(errors);
    PORTOLAN_DIFF(cipherWeakness);
    PORTOLAN_DIFF(ocsp);
    PORTOLAN_DIFF(ocspDetail);
    return {};
}

inline QString difference(const TlsVersionProbe &a, const TlsVersionProbe &b)
{
    PORTOLAN_DIFF(version);
    PORTOLAN_DIFF(accepted);
    PORTOLAN_DIFF(cipher);
    PORTOLAN_DIFF(weakness);
    PORTOLAN_DIFF(detail);
    PORTOLAN_DIFF(elapsedMs);
    return {};
}

inline QString difference(const DaneFacts &a, const DaneFacts &b)
{
    PORTOLAN_DIFF(looked);
    PORTOLAN_DIFF(name);
    PORTOLAN_DIFF(dnssec);
    PORTOLAN_DIFF(dnssecWhy);
    PORTOLAN_DIFF(records);
    PORTOLAN_DIFF(matched);
    return {};
}

inline QString difference(const TranscriptEntry &a, const TranscriptEntry &b)
{
    PORTOLAN_DIFF(kind);
    PORTOLAN_DIFF(ms);
    PORTOLAN_DIFF(text);
    PORTOLAN_DIFF(section);
    return {};
}

inline QString difference(const Verdict &a, const Verdict &b)
{
    PORTOLAN_DIFF(fault);
    PORTOLAN_DIFF(summary);
    PORTOLAN_DIFF(code);
    return {};
}

inline QString difference(const Report &a, const Report &b)
{
    PORTOLAN_DIFF_IN(target);
    PORTOLAN_DIFF(firstSecurity);
    PORTOLAN_DIFF(effectiveSecurity);
    PORTOLAN_DIFF(started);
    PORTOLAN_DIFF(totalMs);
    PORTOLAN_DIFF(address);
    PORTOLAN_DIFF(greeting);
    PORTOLAN_DIFF(capabilitiesBeforeTls);
    PORTOLAN_DIFF(capabilities);
    PORTOLAN_DIFF_IN(tls);
    PORTOLAN_DIFF_IN(tlsVersions);
    PORTOLAN_DIFF_IN(dane);
    PORTOLAN_DIFF(loginRequested);
    PORTOLAN_DIFF(authenticated);
    PORTOLAN_DIFF(authMechanism);
    PORTOLAN_DIFF(username);
    PORTOLAN_DIFF(sendRequested);
    PORTOLAN_DIFF(messageReply);
    PORTOLAN_DIFF_IN(phases);
    PORTOLAN_DIFF_IN(transcript);
    PORTOLAN_DIFF_IN(diagnoses);
    PORTOLAN_DIFF_IN(verdict);
    return {};
}

inline QString difference(const ScanTarget &a, const ScanTarget &b)
{
    PORTOLAN_DIFF(protocol);
    PORTOLAN_DIFF(port);
    PORTOLAN_DIFF(standardPort);
    PORTOLAN_DIFF(security);
    return {};
}

inline QString difference(const PortAdvice &a, const PortAdvice &b)
{
    PORTOLAN_DIFF_IN(target);
    PORTOLAN_DIFF_IN(report);
    PORTOLAN_DIFF(works);
    PORTOLAN_DIFF(rank);
    PORTOLAN_DIFF(reason);
    return {};
}

inline QString difference(const ScanReport &a, const ScanReport &b)
{
    PORTOLAN_DIFF(host);
    PORTOLAN_DIFF_IN(ports);
    PORTOLAN_DIFF(totalMs);
    PORTOLAN_DIFF(slowestMs);
    return {};
}

template <typename T> QString difference(const QList<T> &a, const QList<T> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("[%1 entries instead of %2]").arg(b.size()).arg(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a.at(i) == b.at(i))) {
            const QString d = difference(a.at(i), b.at(i));
            return QStringLiteral("[%1]").arg(i) + (d.isEmpty() ? d : u'.' + d);
        }
    }
    return {};
}

#undef PORTOLAN_DIFF
#undef PORTOLAN_DIFF_IN

// The first place two JSON values differ ("tls.certificates[0].notAfter"); empty when equal.
inline QString jsonDifference(const QJsonValue &a, const QJsonValue &b, const QString &at = {})
{
    const QString here = at.isEmpty() ? QStringLiteral("(top)") : at;
    if (a.type() != b.type())
        return here;
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            const QString d =
                jsonDifference(x.value(k), y.value(k), at.isEmpty() ? k : at + u'.' + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return here + QStringLiteral(" (length)");
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString d =
                jsonDifference(x.at(i), y.at(i), here + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    return a == b ? QString() : here;
}

// Through the text form, as a database stores it.
inline QJsonObject reparsed(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

template <typename T, typename Write, typename Read>
QString problem(const T &value, Write write, Read read)
{
    const QJsonObject json = write(value);
    QString error;
    const std::optional<T> back = read(reparsed(json), &error);
    if (!back)
        return QStringLiteral("not read back: ") + error;
    if (!error.isEmpty())
        return QStringLiteral("read back, yet with an error: ") + error;
    if (const QJsonObject again = write(*back); again != json)
        return QStringLiteral("its JSON differs at ") + jsonDifference(json, again);
    if (!(*back == value)) {
        const QString d = difference(value, *back);
        return QStringLiteral("read back with another ") +
               (d.isEmpty() ? QStringLiteral("field (one difference() does not list)") : d);
    }
    return {};
}

} // namespace RoundTripDetail

// Empty when `report` comes back from its `portolan.check/1` JSON unchanged; else what changed.
inline QString reportRoundTripProblem(const Portolan::Report &report)
{
    return RoundTripDetail::problem(
        report, &Portolan::reportToJson,
        [](const QJsonObject &j, QString *e) { return Portolan::reportFromJson(j, e); });
}

// The same for a scan and its `portolan.scan/1` JSON.
inline QString scanRoundTripProblem(const Portolan::ScanReport &scan)
{
    return RoundTripDetail::problem(
        scan, &Portolan::scanToJson,
        [](const QJsonObject &j, QString *e) { return Portolan::scanFromJson(j, e); });
}

} // namespace PortolanTest
