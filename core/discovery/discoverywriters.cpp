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
    return settingsLine(&c->advice) + u"  (from "_s + sourceList(c->sources) +
           (c->correctedFrom
                ? u", corrected: it says "_s + securityClientWords(c->correctedFrom->security)
                : QString()) +
           u')';
}

// A candidate's sources, and when it is a corrected setting, what they said instead.
QString candidateSources(const Candidate &c)
{
    if (!c.correctedFrom)
        return sourceList(c.sources);
    return u"%1 (corrected: they say %2)"_s.arg(sourceList(c.sources),
                                                securityClientWords(c.correctedFrom->security));
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
            {u"report"_s, c.probed ? QJsonValue(reportToJson(c.advice.report)) : QJsonValue()},
            {u"correctedFrom"_s, predictionServer(c.correctedFrom)}};
    }
    // The recommendation exactly as the scan writes it, and where it came from.
    QJsonObject recommendation = scanToJson(r.ranking).value(u"recommendation"_s).toObject();
    for (const auto &[key, c] :
         {std::pair{u"sending"_s, r.bestSending()}, std::pair{u"receiving"_s, r.bestReceiving()}}) {
        if (!c)
            continue;
        QJsonObject o = recommendation.value(key).toObject();
        o.insert(u"sources"_s, sourceNames(c->sources));
        o.insert(u"correctedFrom"_s, predictionServer(c->correctedFrom));
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
            {u"receivingCorrected"_s, predictionServer(p.receivingCorrected)},
            {u"sendingCorrected"_s, predictionServer(p.sendingCorrected)},
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
    const bool probed = std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                                    [](const Candidate &c) { return c.probed; });
    if (!probed && !r.candidates.isEmpty()) {
        // --no-probe: what the sources name, said to be unchecked.
        for (const bool sending : {true, false}) {
            const Candidate *first = nullptr;
            for (const Candidate &c : r.candidates) {
                if ((c.server.protocol == Protocol::Smtp) == sending) {
                    first = &c;
                    break;
                }
            }
            const QString line = first ? serverWords(first->server) + u"  (from "_s +
                                             sourceList(first->sources) + u"; not checked)"_s
                                       : u"no source names one"_s;
            out += bold((sending ? u"Sending:   "_s : u"Receiving: "_s) + line) + u'\n';
        }
    } else {
        out += bold(u"Sending:   "_s + recommendationLine(r.bestSending())) + u'\n';
        out += bold(u"Receiving: "_s + recommendationLine(r.bestReceiving())) + u'\n';
    }

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
            if (c.correctedFrom)
                out += u"        corrected: %1 says %2; the port speaks %3\n"_s.arg(
                    sourceList(c.sources), securityClientWords(c.correctedFrom->security),
                    securityClientWords(c.server.security));
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
            candidateSources(c), cell(c.advice.reason));
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
    // Every text from a source or a server is escaped: nothing in it can become markup.
    auto e = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Portolan "
         "discovery — %1</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}"
         "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;"
         "vertical-align:top;text-align:left}pre{background:#f4f4f4;padding:.5em;white-space:"
         "pre-wrap}.ok{color:#0a0}.bad{color:#c00}</style></head><body>\n"_s.arg(e(r.address));
    h += u"<h1>Portolan discovery — %1</h1><p>%2, %3 ms</p>\n"_s.arg(
        e(r.address), e(when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)),
        QString::number(r.elapsedMs));
    h += u"<p><b>Sending:</b> %1<br><b>Receiving:</b> %2</p>\n"_s.arg(
        e(recommendationLine(r.bestSending())), e(recommendationLine(r.bestReceiving())));
    h += u"<h2>Sources</h2><table><tr><th>source</th><th>where</th><th>status</th><th>what it "
         "said</th></tr>\n"_s;
    for (const SourceResult &s : r.sources) {
        QStringList parts;
        for (const ServerSetting &x : s.servers)
            parts << e(serverWords(x)) + u' ' + e(mark(r, x));
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
            e(discoverySourceName(s.source)), e(sourceWhere(s)), e(sourceStatusName(s.status)),
            parts.isEmpty() ? e(s.error) : parts.join(u"<br>"_s));
    }
    h += u"</table>\n<h2>Candidates</h2><table><tr><th>rank</th><th>server</th><th>result</th>"
         "<th>sources</th><th>reason</th><th>login</th></tr>\n"_s;
    for (const Candidate &c : r.candidates) {
        h += u"<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td><td>%6</td>"
             "<td>%7</td></tr>\n"_s.arg(c.advice.works ? QString::number(c.advice.rank) : u"-"_s,
                                        e(serverWords(c.server)),
                                        c.advice.works ? u"ok"_s : u"bad"_s,
                                        !c.probed        ? u"not checked"_s
                                        : c.advice.works ? u"works"_s
                                                         : u"fails"_s,
                                        e(candidateSources(c)), e(c.advice.reason),
                                        e(loginDecisionName(c.login) + u": "_s + c.loginWhy));
    }
    h += u"</table>\n"_s;
    if (!r.diagnoses.isEmpty()) {
        h += u"<h2>Audit</h2><ul>\n"_s;
        for (const Diagnosis &d : r.diagnoses) {
            const CatalogueEntry *entry = Catalogue::instance().entry(d.code);
            h += u"<li><b>%1</b> <code>%2</code> %3<br>%4</li>\n"_s.arg(
                e(severityName(d.severity)), e(QString(codeName(d.code))),
                e(entry ? entry->title : QString()), e(d.evidence));
        }
        h += u"</ul>\n"_s;
    }
    h += u"<h2>What mail clients would pick</h2><ul>\n"_s;
    for (const ClientPrediction &p : r.clients) {
        QStringList parts;
        if (p.receiving)
            parts << serverWords(*p.receiving) + (p.receivingWorks ? u" ✓"_s : u" ✗"_s);
        if (p.sending)
            parts << serverWords(*p.sending) + (p.sendingWorks ? u" ✓"_s : u" ✗"_s);
        h += u"<li>%1: %2 — %3<br><small>%4</small></li>\n"_s.arg(
            e(p.clientName),
            p.source ? u"from "_s + e(discoverySourceName(*p.source)) : u"nothing"_s,
            e(parts.join(u", "_s)), e(p.why));
    }
    h += u"</ul>\n"_s;
    if (!r.publish.autoconfigXml.isEmpty()) {
        h +=
            u"<h2>For the admin</h2><p>https://autoconfig.%1/mail/config-v1.1.xml:</p><pre>%2</pre>"
            "<p>SRV records:</p><pre>%3</pre>\n"_s.arg(e(r.domain), e(r.publish.autoconfigXml),
                                                       e(r.publish.srvRecords.join(u'\n')));
    }
    h += u"</body></html>\n"_s;
    return h;
}

} // namespace Portolan
