#include "metrics.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

struct Family
{
    QLatin1StringView name;
    QLatin1StringView type;
    QLatin1StringView help;
};

constexpr Family checkSuccess{
    "portolan_check_success"_L1, "gauge"_L1,
    "1 when the last check of this address passed (warnings allowed), 0 when it found an error."_L1};
constexpr Family checkDuration{"portolan_check_duration_seconds"_L1, "gauge"_L1,
                               "How long the last check of this address took, in seconds."_L1};
constexpr Family phaseDuration{
    "portolan_phase_duration_seconds"_L1, "gauge"_L1,
    "How long each phase of the last check of this address took, in seconds (the last time the "
    "phase ran)."_L1};
constexpr Family checkTimestamp{"portolan_check_timestamp_seconds"_L1, "gauge"_L1,
                                "When the last check of this address began, Unix time."_L1};
constexpr Family checksTotal{"portolan_checks_total"_L1, "counter"_L1,
                             "Checks of this address since the monitor started."_L1};
constexpr Family failuresTotal{
    "portolan_check_failures_total"_L1, "counter"_L1,
    "Failed checks of this address since the monitor started, by the diagnosis code of the "
    "verdict: each failed check counts once."_L1};
constexpr Family certExpiry{
    "portolan_cert_expiry_timestamp_seconds"_L1, "gauge"_L1,
    "When the server certificate the last check saw expires, Unix time."_L1};
constexpr Family tlsVersion{"portolan_tls_version_info"_L1, "gauge"_L1,
                            "The TLS version the last check negotiated (always 1)."_L1};
constexpr Family outageActive{
    "portolan_outage_active"_L1, "gauge"_L1,
    "1 while the target is in an outage (from its first failing check until one passes)."_L1};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void header(QString &out, const Family &family)
{
    // HELP texts are ours: they have no backslash or line feed to escape.
    out += "# HELP "_L1 + family.name + u' ' + family.help + u'\n';
    out += "# TYPE "_L1 + family.name + u' ' + family.type + u'\n';
}

// `name{labels} value`
void sample(QString &out, QLatin1StringView name, const QList<std::pair<QString, QString>> &labels,
            const QString &value)
{
    out += name;
    out += u'{';
    bool first = true;
    for (const auto &[label, text] : labels) {
        if (!first)
            out += u',';
        first = false;
        out += label + "=\""_L1 + MonitorMetrics::escapeLabelValue(text) + u'"';
    }
    out += "} "_L1 + value + u'\n';
}

} // namespace

QString MonitorMetrics::escapeLabelValue(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\')
            out += "\\\\"_L1;
        else if (c == u'"')
            out += "\\\""_L1;
        else if (c == u'\n')
            out += "\\n"_L1;
        else
            out += c;
    }
    return out;
}

QString MonitorMetrics::tlsVersionLabel(const QString &protocol)
{
    static constexpr QLatin1StringView known[] = {"SSLv3"_L1, "TLSv1.0"_L1, "TLSv1.1"_L1,
                                                  "TLSv1.2"_L1, "TLSv1.3"_L1};
    for (const QLatin1StringView version : known) {
        if (protocol == version)
            return version;
    }
    return u"unknown"_s;
}

void MonitorMetrics::addTarget(const QString &name, const Target &configured)
{
    TargetLabels &labels = m_targets[name];
    labels.protocol = protocolName(configured.protocol);
    labels.port = configured.port;
    labels.security = securityName(configured.security);
}

void MonitorMetrics::recordCheck(const CheckRecord &record)
{
    TargetLabels &labels = m_targets[record.target];
    labels.protocol = protocolName(record.protocol);
    labels.port = record.port;
    labels.security = securityName(record.security);

    AddressState &state = m_addresses[{record.target, record.address}];
    state.success = record.passed;
    state.durationSeconds = double(record.durationMs) / 1000.0;
    state.checkedAt = record.time.isValid() ? record.time.toSecsSinceEpoch() : 0;
    state.phaseSeconds.clear();
    for (const PhaseTime &phase : record.phases)
        state.phaseSeconds[phase.phase] = double(phase.ms) / 1000.0;
    state.tlsVersion = record.tlsVersion.isEmpty() ? QString() : tlsVersionLabel(record.tlsVersion);
    state.certExpiry.reset();
    if (record.certNotAfter.isValid())
        state.certExpiry = record.certNotAfter.toSecsSinceEpoch();
    ++state.checks;
    // Each failed check counts once, under the finding its verdict speaks of.
    if (!record.passed)
        ++state.failures[record.verdictCode];
}

void MonitorMetrics::setOutageActive(const QString &target, bool active)
{
    const auto it = m_targets.find(target);
    if (it != m_targets.end())
        it->second.outage = active;
}

void MonitorMetrics::removeTarget(const QString &target)
{
    m_targets.erase(target);
    std::erase_if(m_addresses,
                  [&](const auto &entry) { return std::get<0>(entry.first) == target; });
}

QByteArray MonitorMetrics::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray MonitorMetrics::exposition() const
{
    using Labels = QList<std::pair<QString, QString>>;
    const auto targetLabels = [&](const QString &target) {
        const TargetLabels &t = m_targets.at(target);
        return Labels{{u"target"_s, target},
                      {u"protocol"_s, t.protocol},
                      {u"port"_s, QString::number(t.port)},
                      {u"security"_s, t.security}};
    };
    const auto addressLabels = [&](const AddressKey &key) {
        Labels labels = targetLabels(std::get<0>(key));
        labels.append({u"address"_s, std::get<1>(key)});
        return labels;
    };

    QString out;
    // One family after another, each with its HELP and TYPE, every sample of it together.
    // A family without samples is left out, HELP and TYPE too.
    const auto perAddress = [&](const Family &family, const auto &write) {
        QString samples;
        for (const auto &[key, state] : m_addresses)
            write(samples, addressLabels(key), state);
        if (samples.isEmpty())
            return;
        header(out, family);
        out += samples;
    };

    perAddress(checkSuccess, [](QString &to, const Labels &labels, const AddressState &s) {
        sample(to, checkSuccess.name, labels, s.success ? u"1"_s : u"0"_s);
    });
    perAddress(checkDuration, [](QString &to, const Labels &labels, const AddressState &s) {
        sample(to, checkDuration.name, labels, number(s.durationSeconds));
    });
    perAddress(phaseDuration, [](QString &to, const Labels &labels, const AddressState &s) {
        for (const auto &[phase, seconds] : s.phaseSeconds) {
            Labels withPhase = labels;
            withPhase.append({u"phase"_s, phaseName(phase)});
            sample(to, phaseDuration.name, withPhase, number(seconds));
        }
    });
    perAddress(checkTimestamp, [](QString &to, const Labels &labels, const AddressState &s) {
        sample(to, checkTimestamp.name, labels, QString::number(s.checkedAt));
    });
    perAddress(checksTotal, [](QString &to, const Labels &labels, const AddressState &s) {
        sample(to, checksTotal.name, labels, QString::number(s.checks));
    });
    perAddress(failuresTotal, [](QString &to, const Labels &labels, const AddressState &s) {
        for (const auto &[code, count] : s.failures) {
            Labels withCode = labels;
            withCode.append({u"code"_s, codeName(code)});
            sample(to, failuresTotal.name, withCode, QString::number(count));
        }
    });
    perAddress(certExpiry, [](QString &to, const Labels &labels, const AddressState &s) {
        if (s.certExpiry)
            sample(to, certExpiry.name, labels, QString::number(*s.certExpiry));
    });
    perAddress(tlsVersion, [](QString &to, const Labels &labels, const AddressState &s) {
        if (s.tlsVersion.isEmpty())
            return;
        Labels withVersion = labels;
        withVersion.append({u"version"_s, s.tlsVersion});
        sample(to, tlsVersion.name, withVersion, u"1"_s);
    });
    if (!m_targets.empty()) {
        header(out, outageActive);
        for (const auto &[target, labels] : m_targets)
            sample(out, outageActive.name, targetLabels(target), labels.outage ? u"1"_s : u"0"_s);
    }
    return out.toUtf8();
}

} // namespace Portolan
