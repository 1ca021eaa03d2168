#include "discoverywriters.h"

#include "discovery.h"
#include "report/catalogue.h"
#include "report/writers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject serverJson(const ServerSetting &s)
{
    QJsonObject o{{u"protocol"_s, protocolName(s.protocol)},
                  {u"host"_s, s.host},
                  {u"port"_s, s.port},
                  {u"security"_s, securityName(s.security)},
                  {u"username"_s, orNull(s.username)},
                  {u"authentication"_s, QJsonArray::fromStringList(s.authentication)}};
    if (s.priority || s.weight) {
        o.insert(u"priority"_s, s.priority);
        o.insert(u"weight"_s, s.weight);
    }
    return o;
}

QJsonArray sourceNames(const QList<DiscoverySource> &sources)
{
    QJsonArray a;
    for (DiscoverySource s : sources)
        a << discoverySourceName(s);
    return a;
}

QString sourceList(const QList<DiscoverySource> &sources)
{
    QStringList names;
    for (DiscoverySource s : sources)
        names << discoverySourceName(s);
    return names.join(u", "_s);
}

QString serverWords(const ServerSetting &s)
{
    return u"%1 %2:%3 %4"_s.arg(protocolTitle(s.protocol), s.host)
        .arg(s.port)
        .arg(securityClientWords(s.security));
}

// ✓ when the server's check works, ✗ when it fails, ? when it was not checked.
QString mark(const DiscoveryReport &r, const ServerSetting &s)
{
    const Candidate *c = r.candidateFor(s);
    if (!c || !c->probed)
        return u"?"_s;
    return c->advice.works ? u"✓"_s : u"✗"_s;
}

QString sourceWhere(const SourceResult &s)
{
    return s.url.isEmpty() ? s.name : s.url;
}

QString recommendationLine(const Candidate *c)
{
    if (!c)
        return u"nothing works"_s;
    return settingsLine(&c->advice) + u"  (from "_s + sourceList(c->sources) + u')';
}

QJsonValue predictionServer(const std::optional<ServerSetting> &s)
{
    return s ? QJsonValue(serverJson(*s)) : QJsonValue();
}

} // namespace

QJsonObject discoveryToJson(const DiscoveryReport &r)
{
    QJsonArray sources;
    for (const SourceResult &s : r.sources) {
        QJsonObject o{{u"source"_s, discoverySourceName(s.source)},
                      {u"status"_s, sourceStatusName(s.status)},
                      {u"error"_s, orNull(s.error)},
                      {u"secure"_s, s.secure},
                      {u"vouched"_s, s.vouched},
                      {u"elapsedMs"_s, s.elapsedMs},
                      {u"redirects"_s, QJsonArray::fromStringList(s.redirects)}};
        if (!s.url.isEmpty())
            o.insert(u"url"_s, s.url);
        if (!s.name.isEmpty())
            o.insert(u"name"_s, s.name);
        QJsonArray servers;
        for (const ServerSetting &x : s.servers) {
            QJsonObject so = serverJson(x);
            const Candidate *c = r.candidateFor(x);
            so.insert(u"works"_s, c && c->probed ? QJsonValue(c->advice.works) : QJsonValue());
            servers << so;
        }
        o.insert(u"servers"_s, servers);
        QJsonArray findings;
        for (const Diagnosis &d : s.findings)
            findings << QString(codeName(d.code));
        o.insert(u"findings"_s, findings);
        sources << o;
    }
    QJsonArray candidates;
    for (const Candidate &c : r.candidates) {
        candidates << QJsonObject{
            {u"protocol"_s, protocolName(c.server.protocol)},
            {u"host"_s, c.server.host},
            {u"port"_s, c.server.port},
            {u"security"_s, securityName(c.server.security)},
            {u"role"_s, portRoleName(portRole(c.server.protocol))},
            {u"sources"_s, sourceNames(c.sources)},
            {u"login"_s, loginDecisionName(c.login)},
            {u"loginWhy"_s, c.loginWhy},
            {u"probed"_s, c.probed},
            {u"works"_s, c.probed ? QJsonValue(c.advice.works) : QJsonValue()},
            {u"rank"_s, c.advice.works ? QJsonValue(c.advice.rank) : QJsonValue()},
            {u"effectiveSecurity"_s,
             c.probed ? QJsonValue(securityName(c.advice.report.effectiveSecurity)) : QJsonValue()},
            {u"reason"_s, c.advice.reason},
            {u"report"_s, c.probed ? QJsonValue(reportToJson(c.advice.report)) : QJsonValue()}};
    }
    // The recommendation exactly as the scan writes it, and where it came from.
    QJsonObject recommendation = scanToJson(r.ranking).value(u"recommendation"_s).toObject();
    for (const auto &[key, c] :
         {std::pair{u"sending"_s, r.bestSending()}, std::pair{u"receiving"_s, r.bestReceiving()}}) {
        if (!c)
            continue;
        QJsonObject o = recommendation.value(key).toObject();
        o.insert(u"sources"_s, sourceNames(c->sources));
        recommendation.insert(key, o);
    }
    // The audit's diagnoses in the check's form (title, explanation, fixes from the catalogue).
    Report audit;
    audit.diagnoses = r.diagnoses;
    const QJsonArray diagnoses = reportToJson(audit).value(u"diagnoses"_s).toArray();
    QJsonArray clients;
    for (const ClientPrediction &p : r.clients) {
        clients << QJsonObject{
            {u"client"_s, p.client},
            {u"name"_s, p.clientName},
            {u"source"_s, p.source ? QJsonValue(discoverySourceName(*p.source)) : QJsonValue()},
            {u"receiving"_s, predictionServer(p.receiving)},
            {u"sending"_s, predictionServer(p.sending)},
            {u"receivingWorks"_s, p.receivingWorks},
            {u"sendingWorks"_s, p.sendingWorks},
            {u"rule"_s, p.why}};
    }
    return QJsonObject{
        {u"schema"_s, u"portolan.discover/1"_s},
        {u"address"_s, r.address},
        {u"domain"_s, r.domain},
        {u"username"_s, r.username},
        {u"started"_s, r.started.toUTC().toString(Qt::ISODateWithMs)},
        {u"elapsedMs"_s, r.elapsedMs},
        {u"result"_s, severityName(r.result() == Severity::Info ? Severity::Ok : r.result())},
        {u"sources"_s, sources},
        {u"candidates"_s, candidates},
        {u"recommendation"_s, recommendation},
        {u"diagnoses"_s, diagnoses},
        {u"clients"_s, clients},
        {u"publish"_s,
         QJsonObject{{u"autoconfigXml"_s, orNull(r.publish.autoconfigXml)},
                     {u"srvRecords"_s, QJsonArray::fromStringList(r.publish.srvRecords)}}}};
}

QString discoveryToText(const DiscoveryReport &r, bool colour)
{
    auto bold = [colour](const QString &t) {
        return colour ? u"\x1b[1m"_s + t + u"\x1b[0m"_s : t;
    };
    QString out;
    out += bold(u"Sending:   "_s + recommendationLine(r.bestSending())) + u'\n';
    out += bold(u"Receiving: "_s + recommendationLine(r.bestReceiving())) + u'\n';

    out += u'\n' + bold(u"Sources for %1"_s.arg(r.address)) + u'\n';
    for (const SourceResult &s : r.sources) {
        QString said;
        if (!s.servers.isEmpty()) {
            QStringList parts;
            for (const ServerSetting &x : s.servers)
                parts << serverWords(x) + u' ' + mark(r, x);
            said = parts.join(u"; "_s);
        } else {
            said = s.error;
        }
        out += u"  %1 %2 %3\n"_s.arg(discoverySourceName(s.source).leftJustified(20),
                                     sourceStatusName(s.status).leftJustified(6), said);
        out += u"      %1%2\n"_s.arg(sourceWhere(s), s.redirects.isEmpty()
                                                         ? QString()
                                                         : u"  (redirected: "_s +
                                                               s.redirects.join(u" → "_s) + u')');
    }

    if (!r.candidates.isEmpty()) {
        out += u'\n' + bold(u"Candidates, checked"_s) + u'\n';
        for (const Candidate &c : r.candidates) {
            const QString state = !c.probed        ? u"not checked"_s
                                  : c.advice.works ? u"works"_s
                                                   : u"fails"_s;
            out += u"  %1 %2 %3  from %4\n"_s.arg(
                c.advice.works ? (QString::number(c.advice.rank) + u'.').rightJustified(3)
                               : u"  -"_s,
                serverWords(c.server).leftJustified(40), state.leftJustified(11),
                sourceList(c.sources));
            if (c.probed && !c.advice.reason.isEmpty())
                out += u"        "_s + c.advice.reason + u'\n';
            if (c.login != LoginDecision::NoPassword)
                out += u"        login: %1 — %2\n"_s.arg(loginDecisionName(c.login), c.loginWhy);
        }
    }

    if (!r.diagnoses.isEmpty()) {
        out += u'\n' + bold(u"Audit"_s) + u'\n';
        for (const Diagnosis &d : r.diagnoses) {
            const CatalogueEntry *e = Catalogue::instance().entry(d.code);
            out += u"  %1 %2: %3\n"_s.arg(severityName(d.severity).leftJustified(7),
                                          QString(codeName(d.code)), e ? e->title : QString());
            if (!d.evidence.isEmpty())
                out += u"          "_s + d.evidence + u'\n';
        }
    }

    if (!r.clients.isEmpty()) {
        out += u'\n' + bold(u"What mail clients would pick"_s) + u'\n';
        for (const ClientPrediction &p : r.clients) {
            if (!p.source) {
                out += u"  %1: finds nothing\n"_s.arg(p.clientName);
            } else {
                QStringList parts;
                if (p.receiving)
                    parts << serverWords(*p.receiving) + (p.receivingWorks ? u" ✓"_s : u" ✗"_s);
                if (p.sending)
                    parts << serverWords(*p.sending) + (p.sendingWorks ? u" ✓"_s : u" ✗"_s);
                out += u"  %1: from %2 — %3\n"_s.arg(p.clientName, discoverySourceName(*p.source),
                                                     parts.join(u", "_s));
            }
            out += u"      (%1)\n"_s.arg(p.why);
        }
    }

    if (!r.publish.autoconfigXml.isEmpty()) {
        out += u'\n' + bold(u"For the admin: publish what works"_s) + u'\n';
        out += u"  https://autoconfig.%1/mail/config-v1.1.xml:\n"_s.arg(r.domain);
        for (const QString &line : r.publish.autoconfigXml.split(u'\n', Qt::SkipEmptyParts))
            out += u"    "_s + line + u'\n';
        out += u"  SRV records (RFC 6186, RFC 8314):\n"_s;
        for (const QString &line : r.publish.srvRecords)
            out += u"    "_s + line + u'\n';
    }
    out += u"\n%1 sources, %2 candidates in %3 ms\n"_s.arg(r.sources.size())
               .arg(r.candidates.size())
               .arg(r.elapsedMs);
    return out;
}

QString discoveryMarkdown(const DiscoveryReport &r, const QDateTime &when)
{
    QString md;
    md += u"Portolan discovery — %1 — %2\n\n"_s.arg(
        r.address, when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    md += u"**Sending:** %1  \n**Receiving:** %2\n\n"_s.arg(recommendationLine(r.bestSending()),
                                                            recommendationLine(r.bestReceiving()));
    md += u"## Sources\n\n| source | where | status | what it said |\n|---|---|---|---|\n"_s;
    auto cell = [](QString t) {
        return t.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    };
    for (const SourceResult &s : r.sources) {
        QStringList parts;
        for (const ServerSetting &x : s.servers)
            parts << serverWords(x) + u' ' + mark(r, x);
        md += u"| %1 | %2 | %3 | %4 |\n"_s.arg(
            discoverySourceName(s.source), cell(sourceWhere(s)), sourceStatusName(s.status),
            cell(parts.isEmpty() ? s.error : parts.join(u"; "_s)));
    }
    md +=
        u"\n## Candidates\n\n| rank | server | result | sources | reason |\n|---|---|---|---|---|\n"_s;
    for (const Candidate &c : r.candidates) {
        md += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(
            c.advice.works ? QString::number(c.advice.rank) : u"-"_s, serverWords(c.server),
            !c.probed        ? u"not checked"_s
            : c.advice.works ? u"works"_s
                             : u"fails"_s,
            sourceList(c.sources), cell(c.advice.reason));
    }
    if (!r.diagnoses.isEmpty()) {
        md += u"\n## Audit\n\n"_s;
        for (const Diagnosis &d : r.diagnoses) {
            const CatalogueEntry *e = Catalogue::instance().entry(d.code);
            md +=
                u"- **%1** `%2` %3: %4\n"_s.arg(severityName(d.severity), QString(codeName(d.code)),
                                                e ? e->title : QString(), d.evidence);
        }
    }
    md += u"\n## What mail clients would pick\n\n"_s;
    for (const ClientPrediction &p : r.clients) {
        QStringList parts;
        if (p.receiving)
            parts << serverWords(*p.receiving) + (p.receivingWorks ? u" ✓"_s : u" ✗"_s);
        if (p.sending)
            parts << serverWords(*p.sending) + (p.sendingWorks ? u" ✓"_s : u" ✗"_s);
        md += u"- %1: %2 — %3\n"_s.arg(
            p.clientName, p.source ? u"from "_s + discoverySourceName(*p.source) : u"nothing"_s,
            parts.join(u", "_s));
    }
    if (!r.publish.autoconfigXml.isEmpty()) {
        md += u"\n## For the "
              u"admin\n\nhttps://autoconfig.%1/mail/config-v1.1.xml:\n\n```xml\n%2```\n\n"
              "SRV records:\n\n```\n%3\n```\n"_s.arg(r.domain, r.publish.autoconfigXml,
                                                     r.publish.srvRecords.join(u'\n'));
    }
    return md;
}

QString discoveryHtml(const DiscoveryReport &r, const QDateTime &when)
{
    // The Markdown's content, escaped, in a self-contained page.
    const QString body = discoveryMarkdown(r, when).toHtmlEscaped();
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Portolan discovery — "
           "%1</title><style>body{font-family:sans-serif;margin:2em}pre{white-space:pre-wrap}"
           "</style></head><body><h1>Portolan discovery — %1</h1><pre>%2</pre></body></html>\n"_s
               .arg(r.address.toHtmlEscaped(), body);
}

} // namespace Portolan
