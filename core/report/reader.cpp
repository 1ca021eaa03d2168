#include "reader.h"

#include "advisor/portscan.h"
#include "writers_p.h"

#include <QJsonArray>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Times and sizes: up to the largest integer a JSON number holds exactly.
constexpr qint64 MaxInteger = qint64(1) << 53;
constexpr qint64 MaxInt = std::numeric_limits<int>::max();

// The first problem found, with where it is. Reading goes on with defaults after a problem, so
// that no field needs an early return; the caller is told the first one only.
class Problems
{
public:
    void add(const QString &path, const QString &what)
    {
        if (m_first.isEmpty())
            m_first = path + u": "_s + what;
    }
    [[nodiscard]] bool any() const { return !m_first.isEmpty(); }
    [[nodiscard]] const QString &first() const { return m_first; }

private:
    QString m_first;
};

enum class Need { Required, Optional };

// One JSON object being read, with its path in the document ("tls.certificates[1]"). Each getter
// returns the field's value, or `fallback` when the field is missing (a problem when it is
// required) or of the wrong type (always a problem).
class Fields
{
public:
    Fields(QJsonObject object, QString path, Problems *problems)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    [[nodiscard]] QString path(QLatin1StringView key) const
    {
        return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
    }
    void problem(QLatin1StringView key, const QString &what) const
    {
        m_problems->add(path(key), what);
    }
    [[nodiscard]] Problems *problems() const { return m_problems; }
    [[nodiscard]] bool has(QLatin1StringView key) const { return m_object.contains(key); }

    // Undefined when the field is missing.
    [[nodiscard]] QJsonValue value(QLatin1StringView key, Need need) const
    {
        if (!m_object.contains(key)) {
            if (need == Need::Required)
                problem(key, u"missing"_s);
            return QJsonValue(QJsonValue::Undefined);
        }
        return m_object.value(key);
    }

    [[nodiscard]] QString string(QLatin1StringView key, Need need = Need::Required,
                                 const QString &fallback = {}) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            problem(key, u"expected a string"_s);
            return fallback;
        }
        return v.toString();
    }

    [[nodiscard]] bool boolean(QLatin1StringView key, Need need = Need::Required) const
    {
        const QJsonValue v = value(key, need);
        if (!v.isUndefined() && !v.isBool())
            problem(key, u"expected true or false"_s);
        return v.toBool();
    }

    [[nodiscard]] qint64 integer(QLatin1StringView key, qint64 min, qint64 max,
                                 Need need = Need::Required, qint64 fallback = 0) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return fallback;
        return checkedInteger(v, path(key), min, max, fallback);
    }

    [[nodiscard]] QStringList strings(QLatin1StringView key, Need need = Need::Required) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            problem(key, u"expected an array of strings"_s);
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                m_problems->add(path(key) + u"[%1]"_s.arg(i), u"expected a string"_s);
            out << array.at(i).toString();
        }
        return out;
    }

    // An ISO 8601 time with its offset ("Z"); an empty string is no time (an invalid QDateTime).
    [[nodiscard]] QDateTime time(QLatin1StringView key) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            problem(key, u"expected an ISO 8601 time with its offset, found \"%1\""_s.arg(text));
            return {};
        }
        return t;
    }

    // One of the words `name` gives the values in `all`, exactly.
    template <typename E>
    [[nodiscard]] E choice(QLatin1StringView key, std::initializer_list<E> all, QString (*name)(E),
                           Need need = Need::Required, E fallback = E{}) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return fallback;
        const QString word = v.toString();
        QStringList words;
        for (E e : all) {
            if (v.isString() && word == name(e))
                return e;
            words << name(e);
        }
        problem(key, u"expected one of %1"_s.arg(words.join(u", "_s)));
        return fallback;
    }

    // A string that must be one of `words`.
    [[nodiscard]] QString word(QLatin1StringView key, const QStringList &words,
                               Need need = Need::Required) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return {};
        if (!v.isString() || !words.contains(v.toString())) {
            problem(key, u"expected one of %1"_s.arg(words.join(u", "_s)));
            return {};
        }
        return v.toString();
    }

    // The object in `key`; nothing when it is missing or not an object.
    [[nodiscard]] std::optional<Fields> object(QLatin1StringView key,
                                               Need need = Need::Required) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            problem(key, u"expected an object"_s);
            return std::nullopt;
        }
        return Fields(v.toObject(), path(key), m_problems);
    }

    // Calls each(Fields) for every object of the array in `key`.
    template <typename F> void objects(QLatin1StringView key, Need need, F each) const
    {
        const QJsonValue v = value(key, need);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            problem(key, u"expected an array of objects"_s);
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = path(key) + u"[%1]"_s.arg(i);
            if (!array.at(i).isObject()) {
                m_problems->add(at, u"expected an object"_s);
                continue;
            }
            each(Fields(array.at(i).toObject(), at, m_problems));
        }
    }

    // Null, or an object (read by nobody: derived from other fields).
    void nullOrObject(QLatin1StringView key) const
    {
        const QJsonValue v = value(key, Need::Required);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            problem(key, u"expected null or an object"_s);
    }

    [[nodiscard]] qint64 checkedInteger(const QJsonValue &v, const QString &where, qint64 min,
                                        qint64 max, qint64 fallback) const
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || d < double(min) || d > double(max)) {
            m_problems->add(where, u"expected an integer from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return v.toInteger(fallback);
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems *m_problems;
};

const std::initializer_list<Security> Securities{Security::Auto, Security::Tls, Security::StartTls,
                                                 Security::None};
const std::initializer_list<Protocol> Protocols{Protocol::Smtp, Protocol::Imap, Protocol::Pop3,
                                                Protocol::Sieve};
const std::initializer_list<Severity> Severities{Severity::Ok, Severity::Info, Severity::Warning,
                                                 Severity::Error};
const std::initializer_list<Fault> Faults{Fault::None, Fault::Settings, Fault::Network,
                                          Fault::Server};

QString outcomeName(bool ok)
{
    return ok ? u"ok"_s : u"failed"_s;
}

// A diagnosis code by its name (codes.h); a problem for any other word.
std::optional<Code> readCode(const Fields &f, QLatin1StringView key)
{
    const QJsonValue v = f.value(key, Need::Required);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        f.problem(key, u"expected a string"_s);
        return std::nullopt;
    }
    const std::optional<Code> code = codeFromName(v.toString());
    if (!code)
        f.problem(key, u"unknown diagnosis code \"%1\""_s.arg(v.toString()));
    return code;
}

// A phase and its wire word: `phaseId` and `wire`, or from the label (`labelKey`) alone where an
// earlier writer of portolan.check/1 had no `phaseId`. `startTls`: the attempt's mode.
std::optional<LabelledPhase> readPhase(const Fields &f, QLatin1StringView labelKey, Need need,
                                       bool startTls)
{
    const QString label = f.string(labelKey, need);
    const QString wire = f.string("wire"_L1, Need::Optional);
    if (f.has("phaseId"_L1)) {
        const QString name = f.string("phaseId"_L1);
        const std::optional<PhaseId> phase = phaseFromName(name);
        if (!phase) {
            f.problem("phaseId"_L1, u"unknown phase \"%1\""_s.arg(name));
            return std::nullopt;
        }
        return LabelledPhase{*phase, wire};
    }
    if (!f.has(labelKey))
        return std::nullopt;
    const std::optional<LabelledPhase> phase = phaseFromLabel(label, startTls);
    if (!phase)
        f.problem(labelKey, u"unknown phase \"%1\""_s.arg(label));
    return phase;
}

CertificateFacts readCertificate(const Fields &f)
{
    CertificateFacts c;
    c.subject = f.string("subject"_L1);
    c.issuer = f.string("issuer"_L1);
    c.subjectAltNames = f.strings("subjectAltNames"_L1);
    c.notBefore = f.time("notBefore"_L1);
    c.notAfter = f.time("notAfter"_L1);
    c.keyType = f.string("keyType"_L1);
    c.keyCurve = f.string("keyCurve"_L1, Need::Optional);
    c.keyBits = int(f.integer("keyBits"_L1, 0, MaxInt));
    c.signatureAlgorithm = f.string("signatureAlgorithm"_L1);
    c.sha256 = f.string("sha256"_L1);
    c.serialNumber = f.string("serialNumber"_L1);
    c.selfSigned = f.boolean("selfSigned"_L1);
    return c;
}

void readTls(const Fields &f, Report &r)
{
    TlsFacts &t = r.tls;
    t.established = f.boolean("established"_L1);
    t.verified = f.boolean("verified"_L1, Need::Optional);
    t.protocol = f.string("protocol"_L1, Need::Optional);
    t.cipher = f.string("cipher"_L1, Need::Optional);
    t.peerName = f.string("peerName"_L1, Need::Optional);
    f.objects("certificates"_L1, Need::Optional,
              [&t](const Fields &c) { t.chain << readCertificate(c); });
    t.errors = f.strings("errors"_L1, Need::Optional);
    t.cipherWeakness = f.string("cipherWeakness"_L1, Need::Optional);
    if (const auto ocsp = f.object("ocsp"_L1, Need::Optional)) {
        t.ocsp = ocsp->string("status"_L1);
        t.ocspDetail = ocsp->string("detail"_L1, Need::Optional);
    }
    f.objects("versions"_L1, Need::Optional, [&r](const Fields &v) {
        TlsVersionProbe p;
        p.version = v.word("version"_L1, {u"TLSv1.0"_s, u"TLSv1.1"_s, u"TLSv1.2"_s, u"TLSv1.3"_s});
        p.accepted = v.boolean("accepted"_L1);
        p.cipher = v.string("cipher"_L1, Need::Optional);
        p.weakness = v.string("weakness"_L1, Need::Optional);
        p.detail = v.string("detail"_L1, Need::Optional);
        p.elapsedMs = v.integer("elapsedMs"_L1, 0, MaxInteger);
        r.tlsVersions << p;
    });
}

Report readReport(const Fields &f)
{
    Report r;
    (void)f.string("version"_L1); // the writer's version: required, not part of the Report
    if (const auto t = f.object("target"_L1)) {
        r.target.host = t->string("host"_L1);
        r.target.port = quint16(t->integer("port"_L1, 1, 65535));
        r.target.protocol = t->choice("protocol"_L1, Protocols, protocolName);
        r.target.security = t->choice("security"_L1, Securities, securityName);
        r.target.serverName = t->string("serverName"_L1);
    }
    r.effectiveSecurity = f.choice("security"_L1, Securities, securityName);
    r.firstSecurity =
        f.choice("firstSecurity"_L1, Securities, securityName, Need::Optional, r.effectiveSecurity);
    r.started = f.time("started"_L1);
    r.totalMs = f.integer("elapsedMs"_L1, 0, MaxInteger);
    r.address = f.string("address"_L1);
    (void)f.choice("result"_L1, {Severity::Ok, Severity::Warning, Severity::Error}, severityName);
    std::optional<Code> verdictCode;
    if (const auto v = f.object("verdict"_L1)) {
        r.verdict.fault = v->choice("fault"_L1, Faults, faultName);
        r.verdict.summary = v->string("summary"_L1);
        if (v->has("code"_L1))
            verdictCode = readCode(*v, "code"_L1);
    }
    f.objects("diagnoses"_L1, Need::Required, [&r](const Fields &d) {
        Diagnosis x;
        x.code = readCode(d, "code"_L1).value_or(Code::Ok);
        x.severity = d.choice("severity"_L1, Severities, severityName);
        if (const auto phase = readPhase(d, "phase"_L1, Need::Optional,
                                         r.effectiveSecurity == Security::StartTls)) {
            x.phase = phase->phase;
            x.wire = phase->wire;
        }
        x.evidence = d.string("evidence"_L1, Need::Optional);
        x.detail = d.strings("detail"_L1, Need::Optional);
        // The catalogue's words for the code: their types only.
        (void)d.string("title"_L1);
        (void)d.string("explanation"_L1);
        (void)d.choice("fault"_L1, Faults, faultName);
        (void)d.strings("causes"_L1, Need::Optional);
        (void)d.string("reference"_L1, Need::Optional);
        if (const auto fixes = d.object("fixes"_L1)) {
            (void)fixes->strings("user"_L1);
            (void)fixes->strings("admin"_L1);
        }
        r.diagnoses << x;
    });
    // An earlier writer left the verdict's code out where it had none: the finding
    // concludeReport() speaks of, the first of the worst severity.
    r.verdict.code = verdictCode.value_or(Code::Ok);
    if (!verdictCode) {
        const Severity worst = r.result();
        for (const Diagnosis &d : std::as_const(r.diagnoses)) {
            if (d.severity == worst) {
                r.verdict.code = d.code;
                break;
            }
        }
    }
    f.objects("phases"_L1, Need::Required, [&r](const Fields &p) {
        PhaseRecord x;
        x.attempt = int(p.integer("attempt"_L1, 1, MaxInt));
        x.security = p.choice("security"_L1, Securities, securityName);
        if (const auto phase =
                readPhase(p, "name"_L1, Need::Required, x.security == Security::StartTls)) {
            x.phase = phase->phase;
            x.wire = phase->wire;
        }
        x.startMs = p.integer("startMs"_L1, 0, MaxInteger);
        x.elapsedMs = p.integer("elapsedMs"_L1, 0, MaxInteger);
        x.ok = p.choice("outcome"_L1, {true, false}, outcomeName);
        x.detail = p.string("detail"_L1, Need::Optional);
        r.phases << x;
    });
    r.greeting = f.string("greeting"_L1);
    r.capabilities = f.strings("capabilities"_L1);
    r.capabilitiesBeforeTls = f.strings("capabilitiesBeforeTls"_L1);
    if (const auto tls = f.object("tls"_L1))
        readTls(*tls, r);
    f.objects("transcript"_L1, Need::Required, [&r](const Fields &t) {
        TranscriptEntry e;
        e.kind = t.choice("direction"_L1,
                          {TranscriptEntry::Kind::Client, TranscriptEntry::Kind::Server,
                           TranscriptEntry::Kind::Event},
                          WriterDetail::transcriptDirection);
        e.ms = t.integer("ms"_L1, 0, MaxInteger);
        e.text = t.string("text"_L1);
        e.section = t.string("section"_L1, Need::Optional);
        r.transcript << e;
    });
    f.nullOrObject("settings"_L1); // what to type into a mail client: derived
    if (const auto a = f.object("auth"_L1)) {
        r.loginRequested = a->boolean("requested"_L1);
        r.authenticated = a->boolean("authenticated"_L1);
        r.authMechanism = a->string("mechanism"_L1);
        r.username = a->string("username"_L1, Need::Optional);
    }
    if (const auto m = f.object("message"_L1)) {
        r.sendRequested = m->boolean("requested"_L1);
        (void)m->boolean("accepted"_L1); // derived from the reply
        r.messageReply = m->string("reply"_L1);
    }
    if (const auto d = f.object("dane"_L1, Need::Optional)) {
        r.dane.looked = true;
        r.dane.name = d->string("name"_L1);
        r.dane.dnssec = d->word("dnssec"_L1, {u"secure"_s, u"insecure"_s, u"bogus"_s, u"failed"_s});
        r.dane.dnssecWhy = d->string("why"_L1, Need::Optional);
        r.dane.records = d->strings("records"_L1);
        const QJsonValue matched = d->value("matched"_L1, Need::Required);
        if (matched.isString())
            r.dane.matched = matched.toString();
        else if (!matched.isNull() && !matched.isUndefined())
            d->problem("matched"_L1, u"expected a string or null"_s);
    }
    return r;
}

// The object's schema is `schema`; else a problem, and nothing else is read.
bool hasSchema(const Fields &f, const QString &schema)
{
    const QString found = f.string("schema"_L1);
    if (f.problems()->any())
        return false;
    if (found != schema) {
        f.problem("schema"_L1, u"expected %1, found \"%2\""_s.arg(schema, found));
        return false;
    }
    return true;
}

template <typename T> std::optional<T> result(T value, const Problems &problems, QString *error)
{
    if (error)
        *error = problems.first();
    if (problems.any())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Report> reportFromJson(const QJsonObject &json, QString *error)
{
    Problems problems;
    const Fields f(json, {}, &problems);
    if (!hasSchema(f, u"portolan.check/1"_s))
        return result(Report{}, problems, error);
    return result(readReport(f), problems, error);
}

std::optional<ScanReport> scanFromJson(const QJsonObject &json, QString *error)
{
    Problems problems;
    const Fields f(json, {}, &problems);
    if (!hasSchema(f, u"portolan.scan/1"_s))
        return result(ScanReport{}, problems, error);
    ScanReport s;
    s.host = f.string("host"_L1);
    s.totalMs = f.integer("elapsedMs"_L1, 0, MaxInteger);
    s.slowestMs = f.integer("slowestCheckMs"_L1, 0, MaxInteger);
    if (const auto recommendation = f.object("recommendation"_L1)) {
        // The best ports by role: derived from the ports.
        recommendation->nullOrObject("sending"_L1);
        recommendation->nullOrObject("receiving"_L1);
    }
    f.objects("ports"_L1, Need::Required, [&s](const Fields &p) {
        PortAdvice a;
        a.target.protocol = p.choice("protocol"_L1, Protocols, protocolName);
        a.target.port = quint16(p.integer("port"_L1, 1, 65535));
        a.target.standardPort =
            quint16(p.integer("standardPort"_L1, 1, 65535, Need::Optional, a.target.port));
        a.target.security =
            p.choice("askedSecurity"_L1, Securities, securityName, Need::Optional, Security::Auto);
        (void)p.choice("role"_L1, {PortRole::Sending, PortRole::Receiving, PortRole::Filters},
                       portRoleName);
        a.works = p.boolean("works"_L1);
        if (const QJsonValue rank = p.value("rank"_L1, Need::Required); !rank.isNull())
            a.rank = int(p.checkedInteger(rank, p.path("rank"_L1), 1, MaxInt, 0));
        (void)p.choice("security"_L1, Securities, securityName); // the report's
        a.reason = p.string("reason"_L1);
        if (const auto report = p.object("report"_L1)) {
            if (hasSchema(*report, u"portolan.check/1"_s))
                a.report = readReport(*report);
        }
        s.ports << a;
    });
    return result(s, problems, error);
}

} // namespace Portolan
