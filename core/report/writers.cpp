#include "writers.h"

#include "advisor/portscan.h"
#include "catalogue.h"
#include "net/transcript.h"
#include "report.h"
#include "writers_p.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject certificateJson(const CertificateFacts &c)
{
    QJsonObject o{
        {u"subject"_s, c.subject},
        {u"issuer"_s, c.issuer},
        {u"subjectAltNames"_s, toArray(c.subjectAltNames)},
        {u"notBefore"_s, isoTime(c.notBefore)},
        {u"notAfter"_s, isoTime(c.notAfter)},
        {u"keyType"_s, c.keyType},
        {u"keyBits"_s, c.keyBits},
        {u"signatureAlgorithm"_s, c.signatureAlgorithm},
        {u"sha256"_s, c.sha256},
        {u"serialNumber"_s, c.serialNumber},
        {u"selfSigned"_s, c.selfSigned},
    };
    if (!c.keyCurve.isEmpty())
        o.insert(u"keyCurve"_s, c.keyCurve);
    return o;
}

struct Style
{
    bool on = false;
    [[nodiscard]] QString wrap(const QString &text, const char *code) const
    {
        if (!on)
            return text;
        return u"\x1b["_s + QLatin1StringView(code) + u'm' + text + u"\x1b[0m"_s;
    }
    [[nodiscard]] QString bold(const QString &t) const { return wrap(t, "1"); }
    [[nodiscard]] QString dim(const QString &t) const { return wrap(t, "2"); }
    [[nodiscard]] QString severity(Severity s, const QString &t) const
    {
        switch (s) {
        case Severity::Ok:
            return wrap(t, "32");
        case Severity::Info:
            return wrap(t, "36");
        case Severity::Warning:
            return wrap(t, "33");
        case Severity::Error:
            break;
        }
        return wrap(t, "31;1");
    }
};

void appendWrapped(QString &out, const QString &indent, const QString &text, int width = 96)
{
    // A list marker ("- ") starts the first line only; the lines after it align with its text.
    const QString rest = QString(indent.size(), u' ');
    QString line = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    bool empty = true;
    for (const QString &w : words) {
        if (!empty && line.size() + 1 + w.size() > width) {
            out += line + u'\n';
            line = rest;
            empty = true;
        }
        if (!empty)
            line += u' ';
        line += w;
        empty = false;
    }
    out += line + u'\n';
}

QJsonObject adviceJson(const PortAdvice &a)
{
    return QJsonObject{{u"protocol"_s, protocolName(a.target.protocol)},
                       {u"port"_s, a.target.port},
                       {u"standardPort"_s, a.target.standardPort},
                       {u"askedSecurity"_s, securityName(a.target.security)},
                       {u"role"_s, portRoleName(portRole(a.target.protocol))},
                       {u"works"_s, a.works},
                       {u"rank"_s, a.works ? QJsonValue(a.rank) : QJsonValue()},
                       {u"security"_s, securityName(a.report.effectiveSecurity)},
                       {u"reason"_s, a.reason},
                       {u"report"_s, reportToJson(a.report)}};
}

QJsonValue settingsJson(const PortAdvice *a)
{
    if (!a)
        return QJsonValue();
    return QJsonObject{
        {u"protocol"_s, protocolName(a->target.protocol)},
        {u"server"_s, a->report.target.host},
        {u"port"_s, a->target.port},
        {u"security"_s, securityName(a->report.effectiveSecurity)},
        {u"securityWords"_s, securityClientWords(a->report.effectiveSecurity)},
        {u"username"_s, a->report.authenticated ? QJsonValue(a->report.username) : QJsonValue()}};
}

// One line of TLS detail for a port: the versions accepted, the certificate's key, the OCSP
// status and the admin's warnings.
QString tlsSummary(const Report &report)
{
    QStringList accepted, refused;
    for (const TlsVersionProbe &v : report.tlsVersions)
        (v.accepted ? accepted : refused) << v.version.mid(4);
    QStringList parts;
    if (!report.tlsVersions.isEmpty()) {
        parts << u"TLS %1%2"_s.arg(accepted.isEmpty() ? u"none"_s : accepted.join(u", "_s),
                                   refused.isEmpty() ? QString()
                                                     : u" (not %1)"_s.arg(refused.join(u", "_s)));
    }
    if (!report.tls.chain.isEmpty()) {
        const CertificateFacts &leaf = report.tls.chain.constFirst();
        parts << u"%1 %2-bit key, %3"_s.arg(leaf.keyType)
                     .arg(leaf.keyBits)
                     .arg(report.tls.verified ? u"verified"_s : u"NOT verified"_s);
    }
    if (!report.tls.ocsp.isEmpty())
        parts << u"OCSP "_s + report.tls.ocsp;
    QStringList warnings;
    for (const Diagnosis &d : report.diagnoses) {
        if (d.severity == Severity::Warning)
            warnings << codeName(d.code);
    }
    if (!warnings.isEmpty())
        parts << u"warnings: "_s + warnings.join(u", "_s);
    return parts.join(u"; "_s);
}

} // namespace

QJsonObject reportToJson(const Report &r)
{
    const Catalogue &catalogue = Catalogue::instance();
    QJsonArray diagnoses;
    for (const Diagnosis &d : r.diagnoses) {
        const std::optional<CatalogueEntry> rendered =
            catalogue.rendered(d.code, textContext(r, Audience::CommandLine));
        const CatalogueEntry *e = rendered ? &*rendered : nullptr;
        QJsonObject o{
            {u"code"_s, codeName(d.code)},
            {u"severity"_s, severityName(d.severity)},
            {u"title"_s, e ? e->title : QString(codeName(d.code))},
            {u"explanation"_s, e ? e->explanation : QString()},
            {u"fault"_s, faultName(e ? e->fault : Fault::Server)},
            {u"fixes"_s, QJsonObject{{u"user"_s, toArray(e ? e->userFixes : QStringList())},
                                     {u"admin"_s, toArray(e ? e->adminFixes : QStringList())}}},
        };
        if (e && !e->causes.isEmpty())
            o.insert(u"causes"_s, toArray(e->causes));
        if (e && !e->reference.isEmpty())
            o.insert(u"reference"_s, e->reference);
        if (d.phase) {
            o.insert(u"phase"_s, phaseLabel(*d.phase, d.wire));
            o.insert(u"phaseId"_s, phaseName(*d.phase));
            if (!d.wire.isEmpty())
                o.insert(u"wire"_s, d.wire);
        }
        if (!d.evidence.isEmpty())
            o.insert(u"evidence"_s, d.evidence);
        if (!d.detail.isEmpty())
            o.insert(u"detail"_s, toArray(d.detail));
        diagnoses << o;
    }
    QJsonArray phases;
    for (const PhaseRecord &p : r.phases) {
        QJsonObject o{{u"name"_s, phaseLabel(p.phase, p.wire)},
                      {u"phaseId"_s, phaseName(p.phase)},
                      {u"attempt"_s, p.attempt},
                      {u"security"_s, securityName(p.security)},
                      {u"startMs"_s, p.startMs},
                      {u"elapsedMs"_s, p.elapsedMs},
                      {u"outcome"_s, p.ok ? u"ok"_s : u"failed"_s}};
        if (!p.wire.isEmpty())
            o.insert(u"wire"_s, p.wire);
        if (!p.detail.isEmpty())
            o.insert(u"detail"_s, p.detail);
        phases << o;
    }
    QJsonArray chain;
    for (const CertificateFacts &c : r.tls.chain)
        chain << certificateJson(c);
    QJsonArray transcript;
    for (const TranscriptEntry &t : r.transcript) {
        QJsonObject o{{u"direction"_s, WriterDetail::transcriptDirection(t.kind)},
                      {u"ms"_s, t.ms},
                      {u"text"_s, t.text}};
        if (!t.section.isEmpty())
            o.insert(u"section"_s, t.section);
        transcript << o;
    }

    QJsonObject tls{{u"established"_s, r.tls.established}};
    if (r.tls.established) {
        tls.insert(u"verified"_s, r.tls.verified);
        tls.insert(u"protocol"_s, r.tls.protocol);
        tls.insert(u"cipher"_s, r.tls.cipher);
        tls.insert(u"peerName"_s, r.tls.peerName);
        tls.insert(u"certificates"_s, chain);
        tls.insert(u"errors"_s, toArray(r.tls.errors));
        if (!r.tls.cipherWeakness.isEmpty())
            tls.insert(u"cipherWeakness"_s, r.tls.cipherWeakness);
        if (!r.tls.ocsp.isEmpty())
            tls.insert(u"ocsp"_s,
                       QJsonObject{{u"status"_s, r.tls.ocsp}, {u"detail"_s, r.tls.ocspDetail}});
    }
    if (!r.tlsVersions.isEmpty()) {
        QJsonArray versions;
        for (const TlsVersionProbe &v : r.tlsVersions) {
            QJsonObject o{{u"version"_s, v.version},
                          {u"accepted"_s, v.accepted},
                          {u"elapsedMs"_s, v.elapsedMs}};
            if (v.accepted)
                o.insert(u"cipher"_s, v.cipher);
            if (!v.weakness.isEmpty())
                o.insert(u"weakness"_s, v.weakness);
            if (!v.detail.isEmpty())
                o.insert(u"detail"_s, v.detail);
            versions << o;
        }
        tls.insert(u"versions"_s, versions);
    }
    const QJsonObject verdict{{u"fault"_s, faultName(r.verdict.fault)},
                              {u"summary"_s, r.verdict.summary},
                              {u"code"_s, codeName(r.verdict.code)}};
    QJsonObject json{
        {u"schema"_s, u"portolan.check/1"_s},
        {u"version"_s, QStringLiteral(PORTOLAN_VERSION)},
        {u"target"_s, QJsonObject{{u"host"_s, r.target.host},
                                  {u"port"_s, r.target.port},
                                  {u"protocol"_s, protocolName(r.target.protocol)},
                                  {u"security"_s, securityName(r.target.security)},
                                  {u"serverName"_s, r.target.serverName}}},
        {u"security"_s, securityName(r.effectiveSecurity)},
        {u"firstSecurity"_s, securityName(r.firstSecurity)},
        {u"started"_s, r.started.toUTC().toString(Qt::ISODateWithMs)},
        {u"elapsedMs"_s, r.totalMs},
        {u"address"_s, r.address},
        {u"result"_s, severityName(r.result() == Severity::Info ? Severity::Ok : r.result())},
        {u"verdict"_s, verdict},
        {u"diagnoses"_s, diagnoses},
        {u"phases"_s, phases},
        {u"greeting"_s, r.greeting},
        {u"capabilities"_s, toArray(r.capabilities)},
        {u"capabilitiesBeforeTls"_s, toArray(r.capabilitiesBeforeTls)},
        {u"tls"_s, tls},
        {u"settings"_s,
         r.result() == Severity::Error
             ? QJsonValue()
             : QJsonObject{{u"server"_s, r.target.host},
                           {u"port"_s, r.target.port},
                           {u"security"_s, securityName(r.effectiveSecurity)},
                           {u"securityWords"_s, securityClientWords(r.effectiveSecurity)},
                           {u"username"_s,
                            r.authenticated ? QJsonValue(r.username) : QJsonValue()}}},
        {u"auth"_s, QJsonObject{{u"requested"_s, r.loginRequested},
                                {u"authenticated"_s, r.authenticated},
                                {u"mechanism"_s, r.authMechanism},
                                {u"username"_s, r.username}}},
        {u"message"_s, QJsonObject{{u"requested"_s, r.sendRequested},
                                   {u"accepted"_s, !r.messageReply.isEmpty()},
                                   {u"reply"_s, r.messageReply}}},
        {u"transcript"_s, transcript},
    };
    if (r.dane.looked) {
        QJsonObject dane{
            {u"name"_s, r.dane.name},
            {u"dnssec"_s, r.dane.dnssec},
            {u"records"_s, toArray(r.dane.records)},
            {u"matched"_s, r.dane.matched.isEmpty() ? QJsonValue() : QJsonValue(r.dane.matched)}};
        if (!r.dane.dnssecWhy.isEmpty())
            dane.insert(u"why"_s, r.dane.dnssecWhy);
        json.insert(u"dane"_s, dane);
    }
    return json;
}

QString reportToText(const Report &r, const TextOptions &options)
{
    const Style st{options.colour};
    const Catalogue &catalogue = Catalogue::instance();
    QString out;
    const Severity result = r.result();
    const QString mark = result == Severity::Error     ? u"✗ "_s
                         : result == Severity::Warning ? u"! "_s
                                                       : u"✓ "_s;
    QString faultWords;
    switch (r.verdict.fault) {
    case Fault::Settings:
        faultWords = u"Settings: "_s;
        break;
    case Fault::Network:
        faultWords = u"Network: "_s;
        break;
    case Fault::Server:
        faultWords = result == Severity::Ok ? QString() : u"Server: "_s;
        break;
    case Fault::None:
        break;
    }
    out += st.severity(result, st.bold(mark + faultWords + r.verdict.summary)) + u'\n';
    out += st.dim(u"  %1 port %2, %6, security %3%4 — %5 ms\n"_s.arg(r.target.host)
                      .arg(r.target.port)
                      .arg(securityClientWords(r.target.security),
                           r.target.security == Security::Auto && !r.greeting.isEmpty()
                               ? u" (found: "_s + securityClientWords(r.effectiveSecurity) + u')'
                               : QString())
                      .arg(r.totalMs)
                      .arg(protocolTitle(r.target.protocol)));
    if (result != Severity::Error) {
        // What to type into the mail client, in its own words.
        out += u'\n' + st.bold(u"Settings for your mail client"_s) + u'\n';
        out += u"  %1 server  %2\n"_s.arg(protocolTitle(r.target.protocol), r.target.host);
        out += u"  Port         %1\n"_s.arg(r.target.port);
        out += u"  Security     %1\n"_s.arg(securityClientWords(r.effectiveSecurity));
        if (r.authenticated)
            out += u"  User name    %1  (this form worked)\n"_s.arg(r.username);
    }

    bool heading = false;
    for (const Diagnosis &d : bySeverity(r.diagnoses)) {
        if (d.severity == Severity::Ok)
            continue;
        if (!heading) {
            out += u'\n' + st.bold(u"Findings"_s) + u'\n';
            heading = true;
        }
        const std::optional<CatalogueEntry> rendered =
            catalogue.rendered(d.code, textContext(r, Audience::CommandLine));
        const CatalogueEntry *e = rendered ? &*rendered : nullptr;
        const QString label = severityName(d.severity).toUpper();
        out += u"  "_s + st.severity(d.severity, label.leftJustified(8)) +
               st.bold(e ? e->title : QString(codeName(d.code))) +
               st.dim(u"  ["_s + codeName(d.code) + u']') + u'\n';
        if (d.severity == Severity::Info) {
            // A note beside a finding: its evidence says it all.
            if (!d.evidence.isEmpty())
                appendWrapped(out, u"          "_s, d.evidence);
            continue;
        }
        if (e)
            appendWrapped(out, u"          "_s, e->explanation);
        if (!d.evidence.isEmpty())
            appendWrapped(out, u"          "_s, u"Evidence: "_s + d.evidence);
        if (!d.detail.isEmpty() &&
            (d.code == Code::CertHostnameMismatch || d.code == Code::CertReservedName))
            appendWrapped(out, u"          "_s,
                          u"The certificate covers: "_s + d.detail.join(u", "_s));
        if (e && !e->userFixes.isEmpty()) {
            out += u"          What you can do:\n"_s;
            for (const QString &f : e->userFixes)
                appendWrapped(out, u"            - "_s, f);
        }
        if (e && !e->adminFixes.isEmpty()) {
            out += u"          What the server's admin can do:\n"_s;
            for (const QString &f : e->adminFixes)
                appendWrapped(out, u"            - "_s, f);
        }
        if (e && !e->reference.isEmpty())
            out += st.dim(u"          See "_s + e->reference) + u'\n';
    }

    out += u'\n' + st.bold(u"Phases"_s) + u'\n';
    for (const PhaseRecord &p : r.phases) {
        const QString name =
            (p.attempt > 1 ? u"#%1 "_s.arg(p.attempt) : QString()) + phaseLabel(p.phase, p.wire);
        out += u"  %1 %2  %3  %4\n"_s.arg(
            name.leftJustified(22), (QString::number(p.elapsedMs) + u" ms"_s).rightJustified(8),
            p.ok ? st.severity(Severity::Ok, u"ok    "_s)
                 : st.severity(Severity::Error, u"failed"_s),
            p.detail);
    }
    if (r.tls.established) {
        out += u'\n' + st.bold(u"TLS"_s) + u'\n';
        out += u"  %1, %2, certificate %3\n"_s.arg(
            r.tls.protocol, r.tls.cipher,
            r.tls.verified ? u"verified for "_s + r.tls.peerName : u"NOT verified"_s);
        for (qsizetype i = 0; i < r.tls.chain.size(); ++i) {
            const CertificateFacts &c = r.tls.chain.at(i);
            out += u"  [%1] %2\n"_s.arg(i).arg(c.subject);
            out += u"      issuer %1\n"_s.arg(c.issuer);
            if (!c.subjectAltNames.isEmpty())
                out += u"      names  %1\n"_s.arg(c.subjectAltNames.join(u", "_s));
            out += u"      valid  %1 to %2\n"_s.arg(isoTime(c.notBefore), isoTime(c.notAfter));
            out += u"      key    %1 %2 bits, signed with %3\n"_s
                       .arg(c.keyCurve.isEmpty() ? c.keyType : c.keyType + u' ' + c.keyCurve)
                       .arg(c.keyBits)
                       .arg(c.signatureAlgorithm);
            out += u"      SHA-256 %1\n"_s.arg(c.sha256);
        }
        if (!r.tls.ocsp.isEmpty())
            out += u"  OCSP stapling: %1%2\n"_s.arg(
                r.tls.ocsp,
                r.tls.ocspDetail.isEmpty() ? QString() : u" ("_s + r.tls.ocspDetail + u')');
    }
    if (!r.tlsVersions.isEmpty()) {
        out += u'\n' + st.bold(u"TLS versions"_s) + u'\n';
        for (const TlsVersionProbe &v : r.tlsVersions) {
            const bool old = v.version == "TLSv1.0"_L1 || v.version == "TLSv1.1"_L1;
            const QString verdict =
                v.accepted ? st.severity(old ? Severity::Warning : Severity::Ok, u"accepted"_s)
                           : (old ? st.severity(Severity::Ok, u"refused "_s) : u"refused "_s);
            out += u"  %1 %2  %3\n"_s.arg(
                v.version.leftJustified(8), verdict,
                v.accepted ? v.cipher + (v.weakness.isEmpty() ? QString()
                                                              : u"  (weak: "_s + v.weakness + u')')
                           : st.dim(v.detail));
        }
    }
    if (r.dane.looked) {
        out += u'\n' + st.bold(u"DANE"_s) +
               u"  %1: %2, DNSSEC %3\n"_s.arg(
                   r.dane.name,
                   r.dane.records.isEmpty() ? u"no TLSA record"_s
                                            : u"%1 TLSA record(s)"_s.arg(r.dane.records.size()),
                   r.dane.dnssec);
        for (const QString &record : r.dane.records)
            out +=
                u"  %1 %2\n"_s.arg(record == r.dane.matched ? u"matches"_s : u"       "_s, record);
    }
    if (r.loginRequested) {
        out += u'\n' + st.bold(u"Login"_s) + u"  "_s +
               (r.authenticated                        ? u"accepted (%1)"_s.arg(r.authMechanism)
                : r.hasCode(Code::CredentialsWithheld) ? u"not tried: the password was not sent"_s
                : r.authMechanism.isEmpty()            ? u"not tried"_s
                                                       : u"refused (%1)"_s.arg(r.authMechanism)) +
               u'\n';
    }
    if (r.sendRequested) {
        out += st.bold(u"Test message"_s) + u"  "_s +
               (r.messageReply.isEmpty() ? u"not accepted"_s : u"accepted: "_s + r.messageReply) +
               u'\n';
    }
    if (!r.capabilities.isEmpty())
        out += u'\n' + st.bold(u"Capabilities"_s) + u"  "_s + r.capabilities.join(u", "_s) + u'\n';
    if (options.transcript) {
        out += u'\n' + st.bold(u"Transcript"_s) + u'\n';
        for (const TranscriptEntry &t : r.transcript) {
            const QString line = Transcript::format(t);
            out += u"  "_s +
                   (t.kind == TranscriptEntry::Kind::Event    ? st.dim(line)
                    : t.kind == TranscriptEntry::Kind::Client ? st.wrap(line, "34")
                                                              : line) +
                   u'\n';
        }
    }
    return out;
}

QJsonObject scanToJson(const ScanReport &r)
{
    QJsonArray ports;
    for (const PortAdvice &a : r.ports)
        ports << adviceJson(a);
    const PortAdvice *send = r.best(Protocol::Smtp);
    return QJsonObject{
        {u"schema"_s, u"portolan.scan/1"_s},
        {u"host"_s, r.host},
        {u"elapsedMs"_s, r.totalMs},
        {u"slowestCheckMs"_s, r.slowestMs},
        {u"recommendation"_s, QJsonObject{{u"sending"_s, settingsJson(send)},
                                          {u"receiving"_s, settingsJson(r.bestReceiving())}}},
        {u"ports"_s, ports}};
}

QString scanToText(const ScanReport &r, bool colour)
{
    auto bold = [colour](const QString &t) {
        return colour ? u"\x1b[1m"_s + t + u"\x1b[0m"_s : t;
    };
    QString out;
    // A role none of whose ports was scanned was not checked: it did not fail.
    auto scanned = [&r](PortRole role) {
        return std::any_of(r.ports.cbegin(), r.ports.cend(), [role](const PortAdvice &a) {
            return portRole(a.target.protocol) == role;
        });
    };
    out += bold(u"Sending:   "_s + (scanned(PortRole::Sending)
                                        ? settingsLine(r.best(Protocol::Smtp))
                                        : u"not checked (no SMTP port was in --ports)"_s)) +
           u'\n';
    out += bold(u"Receiving: "_s + (scanned(PortRole::Receiving)
                                        ? settingsLine(r.bestReceiving())
                                        : u"not checked (no IMAP/POP3 port was in --ports)"_s)) +
           u'\n';
    PortRole current = PortRole::Filters;
    bool first = true;
    for (const PortAdvice &a : r.ports) {
        const PortRole role = portRole(a.target.protocol);
        if (first || role != current) {
            out += u'\n' +
                   bold(role == PortRole::Sending     ? u"Sending (SMTP)"_s
                        : role == PortRole::Receiving ? u"Receiving (IMAP, POP3)"_s
                                                      : u"Filters (ManageSieve)"_s) +
                   u'\n';
            current = role;
            first = false;
        }
        QString code;
        for (const Diagnosis &d : a.report.diagnoses) {
            if (d.severity == Severity::Error) {
                code = codeName(d.code);
                break;
            }
        }
        out += u"  %1 %2 %3  %4\n"_s.arg(
            a.works ? (QString::number(a.rank) + u'.').rightJustified(3) : u"  -"_s,
            (protocolTitle(a.target.protocol) + u' ' + QString::number(a.target.port))
                .leftJustified(11),
            (a.works ? securityClientWords(a.report.effectiveSecurity) : code).leftJustified(22),
            a.reason);
        if (const QString tls = tlsSummary(a.report); !tls.isEmpty())
            out += u"                 "_s + tls + u'\n';
    }
    out += u"\n%1 ports in %2 ms (the slowest single check: %3 ms)\n"_s.arg(r.ports.size())
               .arg(r.totalMs)
               .arg(r.slowestMs);
    return out;
}

QList<Diagnosis> bySeverity(const QList<Diagnosis> &diagnoses)
{
    QList<Diagnosis> out = diagnoses;
    std::stable_sort(out.begin(), out.end(), [](const Diagnosis &x, const Diagnosis &y) {
        return int(x.severity) > int(y.severity);
    });
    return out;
}

QString settingsLine(const PortAdvice *a)
{
    if (!a)
        return u"nothing works"_s;
    QString line =
        u"%1 server %2, port %3, %4"_s.arg(protocolTitle(a->target.protocol), a->report.target.host)
            .arg(a->target.port)
            .arg(securityClientWords(a->report.effectiveSecurity));
    if (a->report.authenticated)
        line += u", user name "_s + a->report.username;
    return line;
}

} // namespace Portolan
