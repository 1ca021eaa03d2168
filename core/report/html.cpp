#include "writers.h"

#include "advisor/portscan.h"
#include "catalogue.h"
#include "net/transcript.h"
#include "writers_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan {

using WriterDetail::ticketTime;

namespace {

QString faultLabel(Fault f)
{
    switch (f) {
    case Fault::Settings:
        return u"your settings"_s;
    case Fault::Network:
        return u"your network"_s;
    case Fault::Server:
        return u"the server"_s;
    case Fault::None:
        break;
    }
    return u"nothing wrong"_s;
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QString listHtml(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += u"<li>"_s + catalogueTextHtml(item) + u"</li>"_s;
    return out;
}

} // namespace

QString catalogueTextHtml(const QString &s)
{
    static const QRegularExpression span(u"`([^`]+)`"_s);
    return s.toHtmlEscaped().replace(span, u"<code>\\1</code>"_s).remove(u'`');
}

QString reportHtml(const ScanReport &scan, const QDateTime &at, Audience audience)
{
    const Catalogue &catalogue = Catalogue::instance();
    const PortAdvice *lead = scan.headline();
    QString out;
    out +=
        u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Portolan report: %1</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;} "
        "table{border-collapse:collapse;} td,th{border:1px solid #999;padding:2px 6px;"
        "text-align:left;vertical-align:top;} pre{background:#f4f4f4;padding:6px;} "
        ".error{color:#a00;} .warning{color:#850;} .ok{color:#060;}</style></head><body>\n"_s.arg(
            html(scan.host));
    out +=
        u"<h1>Portolan report: %1</h1>\n<p>%2</p>\n"_s.arg(html(scan.host), html(ticketTime(at)));
    if (lead) {
        out += u"<h2 class=\"%1\">%2</h2>\n<p>Whose move: <b>%3</b></p>\n"_s.arg(
            severityName(lead->report.result()), html(lead->report.verdict.summary),
            html(faultLabel(lead->report.verdict.fault)));
    }
    QString settings;
    for (const PortAdvice *a : {scan.best(Protocol::Smtp), scan.bestReceiving()}) {
        if (a)
            settings += u"<li>%1</li>\n"_s.arg(html(settingsLine(a)));
    }
    if (!settings.isEmpty()) // no heading without settings under it
        out += u"<h2>Settings that work</h2>\n<ul>\n"_s + settings + u"</ul>\n"_s;
    for (const PortAdvice &a : scan.ports) {
        const Report &r = a.report;
        out +=
            u"<h2>%1 port %2 — <span class=\"%3\">%4</span></h2>\n<p>%5</p>\n"_s
                .arg(protocolTitle(a.target.protocol))
                .arg(a.target.port)
                .arg(severityName(r.result()), severityName(r.result()), html(r.verdict.summary));
        bool heading = false;
        for (const Diagnosis &d : bySeverity(r.diagnoses)) {
            if (d.severity == Severity::Ok)
                continue;
            if (!heading) {
                out += u"<h3>Findings</h3>\n"_s;
                heading = true;
            }
            const std::optional<CatalogueEntry> e =
                catalogue.rendered(d.code, textContext(r, audience));
            out += u"<p><b class=\"%1\">%2</b> <code>%3</code><br>%4"_s.arg(
                severityName(d.severity), html(e ? e->title : QString(codeName(d.code))),
                codeName(d.code), e ? catalogueTextHtml(e->explanation) : QString());
            if (!d.evidence.isEmpty())
                out += u"<br><i>Evidence:</i> %1"_s.arg(html(d.evidence));
            out += u"</p>\n"_s;
            if (e && !e->userFixes.isEmpty())
                out += u"<p>What you can do:</p><ul>%1</ul>\n"_s.arg(listHtml(e->userFixes));
            if (e && !e->adminFixes.isEmpty())
                out += u"<p>What the server's admin can do:</p><ul>%1</ul>\n"_s.arg(
                    listHtml(e->adminFixes));
        }
        out += u"<h3>Phases</h3>\n<table><tr><th>phase</th><th>attempt</th><th>ms</th>"
               "<th>outcome</th><th>detail</th></tr>\n"_s;
        for (const PhaseRecord &p : r.phases)
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n"_s
                       .arg(html(phaseLabel(p.phase, p.wire)))
                       .arg(p.attempt)
                       .arg(p.elapsedMs)
                       .arg(p.ok ? u"ok"_s : u"failed"_s, html(p.detail));
        out += u"</table>\n"_s;
        if (r.tls.established) {
            out += u"<h3>TLS</h3>\n<p>%1, %2, certificate %3; OCSP stapling: %4</p>\n"_s.arg(
                html(r.tls.protocol), html(r.tls.cipher),
                r.tls.verified ? u"verified for "_s + html(r.tls.peerName) : u"NOT verified"_s,
                html(r.tls.ocsp));
            out += u"<table><tr><th>#</th><th>subject</th><th>issuer</th><th>valid</th>"
                   "<th>key</th><th>SHA-256</th></tr>\n"_s;
            for (qsizetype i = 0; i < r.tls.chain.size(); ++i) {
                const CertificateFacts &c = r.tls.chain.at(i);
                out += u"<tr><td>%1</td><td>%2<br>%3</td><td>%4</td><td>%5 to %6</td>"
                       "<td>%7 %8 bits, %9</td><td><small>%10</small></td></tr>\n"_s.arg(i)
                           .arg(html(c.subject), html(c.subjectAltNames.join(u", "_s)),
                                html(c.issuer), c.notBefore.toString(Qt::ISODate),
                                c.notAfter.toString(Qt::ISODate), html(c.keyType))
                           .arg(c.keyBits)
                           .arg(html(c.signatureAlgorithm), html(c.sha256));
            }
            out += u"</table>\n"_s;
        }
        if (!r.tlsVersions.isEmpty()) {
            out += u"<h3>TLS versions</h3>\n<table>"_s;
            for (const TlsVersionProbe &v : r.tlsVersions)
                out += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(
                    html(v.version), v.accepted ? u"accepted"_s : u"not accepted"_s,
                    html(v.accepted
                             ? v.cipher + (v.weakness.isEmpty() ? QString()
                                                                : u" (weak: "_s + v.weakness + u')')
                             : v.detail));
            out += u"</table>\n"_s;
        }
        out += u"<h3>Transcript</h3>\n<pre>"_s;
        for (const TranscriptEntry &e : r.transcript)
            out += html(Transcript::format(e, false)) + u'\n';
        out += u"</pre>\n"_s;
    }
    out += u"<p><small>Passwords and tokens never appear in this report: they are shown as "
           "&lt;redacted&gt;. Made by Portolan %1.</small></p>\n</body></html>\n"_s.arg(
               QStringLiteral(PORTOLAN_VERSION));
    return out;
}

} // namespace Portolan
