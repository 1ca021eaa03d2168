#include "discovery.h"

#include "discovery/httpfetch.h"
#include "dns/resolver.h"
#include "net/escape.h"

#include <QHash>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Portolan {

// ---- names ------------------------------------------------------------------------------

namespace {

struct SourceNames
{
    DiscoverySource source;
    QLatin1StringView name;
    QLatin1StringView title;
};
constexpr SourceNames sourceNames[] = {
    {DiscoverySource::Autoconfig, "autoconfig"_L1, "provider autoconfig"_L1},
    {DiscoverySource::AutoconfigWellKnown, "autoconfig-wellknown"_L1,
     "provider autoconfig (.well-known)"_L1},
    {DiscoverySource::AutoconfigHttp, "autoconfig-http"_L1, "provider autoconfig over http"_L1},
    {DiscoverySource::Ispdb, "ispdb"_L1, "Thunderbird's ISPDB"_L1},
    {DiscoverySource::MxAutoconfig, "mx-autoconfig"_L1, "the MX host's domain"_L1},
    {DiscoverySource::Srv, "srv"_L1, "SRV records (RFC 6186)"_L1},
    {DiscoverySource::Autodiscover, "autodiscover"_L1, "Microsoft Autodiscover"_L1},
    {DiscoverySource::Guess, "guess"_L1, "guessed names"_L1},
};

} // namespace

QString discoverySourceName(DiscoverySource source)
{
    for (const SourceNames &n : sourceNames) {
        if (n.source == source)
            return n.name;
    }
    return {};
}

std::optional<DiscoverySource> discoverySourceFromName(const QString &name)
{
    for (const SourceNames &n : sourceNames) {
        if (n.name == name)
            return n.source;
    }
    return std::nullopt;
}

QString discoverySourceTitle(DiscoverySource source)
{
    for (const SourceNames &n : sourceNames) {
        if (n.source == source)
            return n.title;
    }
    return {};
}

QString sourceStatusName(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Pending:
        return u"pending"_s;
    case SourceStatus::Found:
        return u"found"_s;
    case SourceStatus::None:
        return u"none"_s;
    case SourceStatus::Error:
        break;
    }
    return u"error"_s;
}

QString loginDecisionName(LoginDecision decision)
{
    switch (decision) {
    case LoginDecision::NoPassword:
        return u"no-password"_s;
    case LoginDecision::Sent:
        return u"sent"_s;
    case LoginDecision::Consented:
        return u"consented"_s;
    case LoginDecision::Declined:
        return u"declined"_s;
    case LoginDecision::NotVouched:
        break;
    }
    return u"not-vouched"_s;
}

const Candidate *DiscoveryReport::bestSending() const
{
    for (const Candidate &c : candidates) {
        if (c.advice.works && portRole(c.server.protocol) == PortRole::Sending)
            return &c;
    }
    return nullptr;
}

const Candidate *DiscoveryReport::bestReceiving() const
{
    for (const Candidate &c : candidates) {
        if (c.advice.works && portRole(c.server.protocol) == PortRole::Receiving)
            return &c;
    }
    return nullptr;
}

namespace {
bool sameServer(const ServerSetting &a, const ServerSetting &b)
{
    return a.protocol == b.protocol && a.port == b.port && a.security == b.security &&
           a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}
} // namespace

const Candidate *DiscoveryReport::candidateFor(const ServerSetting &server) const
{
    for (const Candidate &c : candidates) {
        if (sameServer(c.server, server))
            return &c;
    }
    return nullptr;
}

const Candidate *DiscoveryReport::correctionFor(const ServerSetting &server) const
{
    for (const Candidate &c : candidates) {
        if (c.correctedFrom && sameServer(*c.correctedFrom, server))
            return &c;
    }
    return nullptr;
}

Severity DiscoveryReport::result() const
{
    Severity worst = Severity::Ok;
    for (const Diagnosis &d : diagnoses)
        worst = std::max(worst, d.severity);
    return worst;
}

// ---- the engine -------------------------------------------------------------------------

namespace {

bool insideDomain(const QString &host, const QString &domain)
{
    return host.compare(domain, Qt::CaseInsensitive) == 0 ||
           host.endsWith(u'.' + domain, Qt::CaseInsensitive);
}

Diagnosis finding(Code code, Severity severity, const QString &evidence,
                  const QStringList &detail = {})
{
    Diagnosis d;
    d.code = code;
    d.severity = severity;
    d.evidence = evidence;
    d.detail = detail;
    return d;
}

QString describe(const ServerSetting &s)
{
    return u"%1 %2:%3 %4"_s.arg(protocolTitle(s.protocol), s.host)
        .arg(s.port)
        .arg(securityClientWords(s.security));
}

// RFC 6186 / RFC 8314 services: name, protocol, mode.
struct SrvService
{
    QLatin1StringView label;
    Protocol protocol;
    Security security;
};
constexpr SrvService srvServices[] = {
    {"_submissions._tcp"_L1, Protocol::Smtp, Security::Tls},
    {"_submission._tcp"_L1, Protocol::Smtp, Security::StartTls},
    {"_imaps._tcp"_L1, Protocol::Imap, Security::Tls},
    {"_imap._tcp"_L1, Protocol::Imap, Security::StartTls},
    {"_pop3s._tcp"_L1, Protocol::Pop3, Security::Tls},
    {"_pop3._tcp"_L1, Protocol::Pop3, Security::StartTls},
};

} // namespace

class DiscoveryPrivate : public QObject
{
public:
    DiscoveryPrivate(Discovery *owner, const DiscoveryOptions &options)
        : q(owner)
        , o(options)
    {}

    Discovery *q;
    DiscoveryOptions o;
    DiscoveryReport r;
    Resolver *resolver = nullptr;
    QNetworkAccessManager *network = nullptr;
    QElapsedTimer clock;
    QTimer *deadline = nullptr;
    qint64 pausedMs = 0; // time spent waiting for consent answers
    QElapsedTimer pause; // running while a consent question is open
    int openQuestions = 0;
    bool started = false;
    bool concluded = false;
    bool guessing = false;
    // The DNS's own answers (typed), for the cause when nothing has settings: the domain's MX
    // lookup, and how many lookups got an answer (any rcode) or failed (SERVFAIL, timeout …).
    std::optional<DnsStatus> mxStatus;
    int dnsAnswered = 0;
    int dnsFailed = 0;
    void noteDns(const DnsResult &res)
    {
        if (res.status != DnsStatus::Failure)
            ++dnsAnswered;
        else if (res.failure != DnsFailure::Cancelled)
            ++dnsFailed;
    }

    QString localPart;
    int pendingSources = 0;
    QList<QPointer<MailCheck>> checks;           // per candidate; null when not started
    QHash<QString, std::optional<bool>> consent; // host → the answer (nullopt: asked, waiting)
    QList<int> waiting;                          // candidates waiting for all sources / consent
    int runningChecks = 0;
    QSet<int> finishedChecks;

    // time since start, consent waits not counted
    qint64 elapsed() const
    {
        return clock.elapsed() - pausedMs - (pause.isValid() ? pause.elapsed() : 0);
    }
    // The whole discovery's bound, less a margin for writing the report.
    std::chrono::milliseconds budget() const { return o.timeout * 3 / 2 + 1000ms - 50ms; }

    int addSource(DiscoverySource source, const QString &url, const QString &name = {})
    {
        SourceResult s;
        s.source = source;
        s.url = url;
        s.name = name;
        r.sources << s;
        ++pendingSources;
        return int(r.sources.size() - 1);
    }

    HttpFetch *fetch(const QUrl &url, const QByteArray &post = {}, int maxRedirects = 5)
    {
        FetchRequest req;
        req.maxRedirects = maxRedirects;
        req.url = url;
        req.postBody = post;
        req.contentType = "text/xml; charset=utf-8";
        req.timeout =
            std::min(o.timeout,
                     std::chrono::milliseconds(std::max<qint64>(1, budget().count() - elapsed())));
        req.extraCaCertificates = o.extraCaCertificates;
        req.httpPort = o.httpPort;
        req.httpsPort = o.httpsPort;
        auto *f = new HttpFetch(resolver, network, req, this);
        f->start();
        return f;
    }

    // ---- sources ----

    void start();
    void startAutoconfig(int index, const QUrl &url);
    void startIspdb(int index);
    void startMx(int index);
    void startSrv(int index);
    void startAutodiscover(int index);
    void startGuess();
    void sourceDone(int index);
    // Parses a config-v1.1 answer into the source; false when the fetch had no document.
    void takeAutoconfig(SourceResult &s, const FetchResult &f, bool reportProblems);

    // ---- candidates ----
    void addCandidates(int sourceIndex);
    bool vouched(const QString &host, QString *why) const;
    void decideLogin(int index);
    void startCheck(int index);
    void deriveCorrected(int index);
    void maybeConclude();
    void onDeadline();
    void conclude();
    void audit();
    void predictClients();
    void buildPublishable();
};

void DiscoveryPrivate::start()
{
    clock.start();
    r.started = QDateTime::currentDateTimeUtc();
    r.address = o.address.trimmed();
    const qsizetype at = r.address.lastIndexOf(u'@');
    localPart = r.address.left(at);
    r.domain = r.address.mid(at + 1).toLower();
    if (r.domain.endsWith(u'.'))
        r.domain.chop(1);
    // In ASCII (IDNA), as the names in documents and records are: the domain rule compares them.
    if (const QByteArray ace = QUrl::toAce(r.domain); !ace.isEmpty())
        r.domain = QString::fromLatin1(ace);
    r.username = o.credentials.user.isEmpty() ? r.address : o.credentials.user;
    resolver = Resolver::shared(ResolverConfig{o.dnsServer, o.trustAnchorFile});
    network = new QNetworkAccessManager(this);
    network->setAutoDeleteReplies(false);
    deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, &DiscoveryPrivate::onDeadline);
    deadline->start(budget());
    if (!Discovery::validateAddress(r.address).isEmpty()) {
        // Not an address: nothing to ask (the caller should have validated it).
        QMetaObject::invokeMethod(this, &DiscoveryPrivate::conclude, Qt::QueuedConnection);
        return;
    }

    const QString d = r.domain;
    QUrl autoconfig(u"https://autoconfig.%1/mail/config-v1.1.xml"_s.arg(d));
    QUrlQuery query;
    query.addQueryItem(u"emailaddress"_s, QString::fromLatin1(QUrl::toPercentEncoding(r.address)));
    autoconfig.setQuery(query);
    const QUrl wellKnown(u"https://%1/.well-known/autoconfig/mail/config-v1.1.xml"_s.arg(d));
    QUrl autoconfigHttp = autoconfig;
    autoconfigHttp.setScheme(u"http"_s);
    QUrl wellKnownHttp = wellKnown;
    wellKnownHttp.setScheme(u"http"_s);

    const int a = addSource(DiscoverySource::Autoconfig, autoconfig.toString());
    const int w = addSource(DiscoverySource::AutoconfigWellKnown, wellKnown.toString());
    const int ah = addSource(DiscoverySource::AutoconfigHttp, autoconfigHttp.toString());
    const int wh = addSource(DiscoverySource::AutoconfigHttp, wellKnownHttp.toString());
    QString base = o.ispdbBaseUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    const int i = addSource(DiscoverySource::Ispdb, base + d);
    const int m = addSource(DiscoverySource::MxAutoconfig, {}, d);
    QStringList srvNames;
    for (const SrvService &s : srvServices)
        srvNames << s.label + u'.' + d;
    const int s = addSource(DiscoverySource::Srv, {}, srvNames.join(u' '));
    const int ad = addSource(DiscoverySource::Autodiscover,
                             u"https://%1/autodiscover/autodiscover.xml"_s.arg(d));
    startAutoconfig(a, autoconfig);
    startAutoconfig(w, wellKnown);
    startAutoconfig(ah, autoconfigHttp);
    startAutoconfig(wh, wellKnownHttp);
    startIspdb(i);
    startMx(m);
    startSrv(s);
    startAutodiscover(ad);
    for (int k = 0; k < r.sources.size(); ++k)
        Q_EMIT q->sourceChanged(k);
}

void DiscoveryPrivate::takeAutoconfig(SourceResult &s, const FetchResult &f, bool reportProblems)
{
    s.url = f.finalUrl.toString();
    s.redirects = f.redirects;
    s.elapsedMs = f.elapsedMs;
    const bool autoconfigSource = s.source != DiscoverySource::Ispdb;
    if (!f.ok()) {
        s.error = f.error;
        // Not there at all (no such name, refused, 404): nothing published, which is no error;
        // a name that could not be resolved (SERVFAIL, timeout) is.
        const bool absent =
            (f.outcome == FetchResult::Outcome::NameFailure && f.nameMissing) ||
            f.outcome == FetchResult::Outcome::ConnectFailure ||
            (f.outcome == FetchResult::Outcome::HttpStatus && (f.status == 404 || f.status == 410));
        s.status = absent ? SourceStatus::None : SourceStatus::Error;
        if (reportProblems && autoconfigSource && f.outcome == FetchResult::Outcome::TlsFailure)
            s.findings << finding(Code::AutoconfigCertInvalid, Severity::Warning,
                                  u"%1: %2"_s.arg(s.url, f.tlsErrors.join(u"; "_s)), f.tlsErrors);
        if (reportProblems && autoconfigSource && f.outcome == FetchResult::Outcome::TooBig)
            s.findings << finding(Code::AutoconfigInvalid, Severity::Warning,
                                  u"%1: %2"_s.arg(s.url, f.error), {u"too-big"_s});
        return;
    }
    const MailConfigDocument doc = parseAutoconfig(f.body, r.address);
    if (!doc.valid()) {
        s.status = SourceStatus::Error;
        const DocumentFinding &first = doc.findings.constFirst();
        s.error = u"not a config-v1.1 document: %1"_s.arg(first.detail);
        if (reportProblems) {
            QStringList detail;
            for (const DocumentFinding &df : doc.findings)
                detail << documentProblemName(df.problem);
            s.findings << finding(
                Code::AutoconfigInvalid, Severity::Warning,
                u"%1 (line %2): %3"_s.arg(s.url).arg(first.line).arg(first.detail), detail);
        }
        return;
    }
    s.servers = doc.servers;
    s.status = s.servers.isEmpty() ? SourceStatus::None : SourceStatus::Found;
    if (s.servers.isEmpty())
        s.error = u"the document names no IMAP, POP3 or SMTP server"_s;
    if (reportProblems && f.httpsToHttp)
        s.findings << finding(
            Code::AutoconfigInsecure, Severity::Warning,
            u"%1 was redirected from https to http: %2"_s.arg(s.url, f.redirects.join(u" → "_s)));
}

void DiscoveryPrivate::startAutoconfig(int index, const QUrl &url)
{
    HttpFetch *f = fetch(url);
    connect(f, &HttpFetch::finished, this, [this, index, f] {
        f->deleteLater();
        SourceResult &s = r.sources[index];
        const FetchResult &res = f->result();
        takeAutoconfig(s, res, true);
        s.secure = res.ok() && res.httpsAllTheWay;
        s.vouched = s.secure && s.source != DiscoverySource::AutoconfigHttp &&
                    insideDomain(res.finalUrl.host(), r.domain);
        sourceDone(index);
    });
}

void DiscoveryPrivate::startIspdb(int index)
{
    const QUrl url(r.sources.at(index).url);
    if (!url.isValid() || url.host().isEmpty()) {
        r.sources[index].status = SourceStatus::Error;
        r.sources[index].error = u"the ISPDB URL is not a URL"_s;
        QMetaObject::invokeMethod(
            this, [this, index] { sourceDone(index); }, Qt::QueuedConnection);
        return;
    }
    HttpFetch *f = fetch(url);
    connect(f, &HttpFetch::finished, this, [this, index, f] {
        f->deleteLater();
        SourceResult &s = r.sources[index];
        const FetchResult &res = f->result();
        // Quiet: without internet this fails at once and is no finding.
        takeAutoconfig(s, res, false);
        if (!res.ok() && res.outcome != FetchResult::Outcome::HttpStatus)
            s.status = SourceStatus::Error;
        s.secure = res.ok() && res.httpsAllTheWay;
        s.vouched = s.secure;
        sourceDone(index);
    });
}

void DiscoveryPrivate::startMx(int index)
{
    QElapsedTimer since;
    since.start();
    resolver->lookupMx(
        r.domain, this,
        [this, index, since](const MxResult &mx) {
            mxStatus = mx.status;
            noteDns(mx);
            SourceResult &s = r.sources[index];
            QString exchange;
            for (const MxRecord &rec : mx.records) {
                if (rec.exchange != "."_L1 && !rec.exchange.isEmpty()) {
                    exchange = rec.exchange.toLower();
                    break;
                }
            }
            if (exchange.endsWith(u'.'))
                exchange.chop(1);
            if (exchange.isEmpty()) {
                s.status =
                    mx.status == DnsStatus::Failure ? SourceStatus::Error : SourceStatus::None;
                s.error = mx.status == DnsStatus::Ok ? u"a null MX: the domain takes no mail"_s
                          : mx.status == DnsStatus::Failure
                              ? u"the MX lookup failed: %1"_s.arg(mx.detail)
                              : u"%1 has no MX record"_s.arg(r.domain);
                s.elapsedMs = since.elapsed();
                sourceDone(index);
                return;
            }
            s.name = exchange;
            // The MX host's parent domain, as Thunderbird takes it (its base domain).
            const qsizetype dot = exchange.indexOf(u'.');
            const QString parent = dot < 0 ? QString() : exchange.mid(dot + 1);
            if (parent.isEmpty() || !parent.contains(u'.')) {
                s.status = SourceStatus::None;
                s.error = u"the MX host %1 has no parent domain to ask"_s.arg(exchange);
                s.elapsedMs = since.elapsed();
                sourceDone(index);
                return;
            }
            if (parent == r.domain) {
                s.status = SourceStatus::None;
                s.error = u"the MX host %1 is in the address's own domain: its autoconfig is the "
                          "provider's own"_s.arg(exchange);
                s.elapsedMs = since.elapsed();
                sourceDone(index);
                return;
            }
            QUrl own(u"https://autoconfig.%1/mail/config-v1.1.xml"_s.arg(parent));
            QUrlQuery query;
            query.addQueryItem(u"emailaddress"_s,
                               QString::fromLatin1(QUrl::toPercentEncoding(r.address)));
            own.setQuery(query);
            QString base = o.ispdbBaseUrl;
            if (!base.endsWith(u'/'))
                base += u'/';
            const QUrl ispdb(base + parent);
            auto *results = new QList<std::optional<FetchResult>>{std::nullopt, std::nullopt};
            auto finishBoth = [this, index, results, since] {
                if (!(*results)[0] || !(*results)[1])
                    return;
                SourceResult &src = r.sources[index];
                // Its own autoconfig first, then its ISPDB entry.
                SourceResult a = src, b = src;
                takeAutoconfig(a, *(*results)[0], true);
                takeAutoconfig(b, *(*results)[1], false);
                const SourceResult &use = a.status == SourceStatus::Found   ? a
                                          : b.status == SourceStatus::Found ? b
                                          : a.status == SourceStatus::Error ? a
                                                                            : b;
                const QString name = src.name;
                src = use;
                src.name = name;
                src.findings = a.findings;
                src.elapsedMs = since.elapsed();
                src.secure = false; // the MX record itself is not authenticated here
                src.vouched = false;
                delete results;
                sourceDone(index);
            };
            const QList<QUrl> urls{own, ispdb};
            for (int k = 0; k < 2; ++k) {
                HttpFetch *f = fetch(urls.at(k));
                connect(f, &HttpFetch::finished, this, [f, k, results, finishBoth] {
                    f->deleteLater();
                    (*results)[k] = f->result();
                    finishBoth();
                });
            }
        },
        o.timeout);
}

void DiscoveryPrivate::startSrv(int index)
{
    struct State
    {
        int pending = int(std::size(srvServices));
        bool allSecure = true;
        bool anyAnswer = false;
        bool anyFailure = false;
        QList<QPair<int, SrvRecord>> offered; // service index, record
        QStringList failures;
    };
    auto state = std::make_shared<State>();
    QElapsedTimer since;
    since.start();
    for (int k = 0; k < int(std::size(srvServices)); ++k) {
        const QString name = srvServices[k].label + u'.' + r.domain;
        resolver->lookupSrv(
            name, this,
            [this, index, state, k, name, since](const SrvResult &res) {
                noteDns(res);
                SourceResult &s = r.sources[index];
                if (res.status == DnsStatus::Ok) {
                    state->anyAnswer = true;
                    if (res.dnssec != DnssecStatus::Secure)
                        state->allSecure = false;
                    for (const SrvRecord &rec : res.records) {
                        if (!rec.offered()) {
                            s.findings << finding(Code::SrvNotOffered, Severity::Info,
                                                  u"%1 SRV %2 %3 %4 ."_s.arg(name)
                                                      .arg(rec.priority)
                                                      .arg(rec.weight)
                                                      .arg(rec.port),
                                                  {name});
                            continue;
                        }
                        state->offered << qMakePair(k, rec);
                    }
                } else if (res.status == DnsStatus::Failure) {
                    state->anyFailure = true;
                    state->failures << u"%1: %2"_s.arg(name, res.detail);
                }
                if (--state->pending > 0)
                    return;
                // Per protocol: lower priority first; at equal priority implicit TLS first
                // (RFC 8314 §5.1), then the heavier weight (RFC 2782; no random choice here,
                // so the report is the same every time).
                std::stable_sort(
                    state->offered.begin(), state->offered.end(),
                    [](const QPair<int, SrvRecord> &a, const QPair<int, SrvRecord> &b) {
                        const SrvService &sa = srvServices[a.first];
                        const SrvService &sb = srvServices[b.first];
                        if (sa.protocol != sb.protocol)
                            return int(sa.protocol) < int(sb.protocol);
                        if (a.second.priority != b.second.priority)
                            return a.second.priority < b.second.priority;
                        if (sa.security != sb.security)
                            return sa.security == Security::Tls;
                        return a.second.weight > b.second.weight;
                    });
                for (const auto &[service, rec] : std::as_const(state->offered)) {
                    ServerSetting set;
                    set.protocol = srvServices[service].protocol;
                    set.security = srvServices[service].security;
                    set.host = rec.target.toLower();
                    if (set.host.endsWith(u'.'))
                        set.host.chop(1);
                    set.port = rec.port;
                    set.priority = rec.priority;
                    set.weight = rec.weight;
                    if (set.port != 0 && !set.host.isEmpty())
                        s.servers << set;
                }
                s.status = !s.servers.isEmpty()                     ? SourceStatus::Found
                           : state->anyFailure && !state->anyAnswer ? SourceStatus::Error
                                                                    : SourceStatus::None;
                if (s.status == SourceStatus::Error)
                    s.error = state->failures.join(u"; "_s);
                else if (s.servers.isEmpty())
                    s.error = s.findings.isEmpty() ? u"no SRV records"_s
                                                   : u"only \".\" targets: not offered"_s;
                s.secure = state->anyAnswer && state->allSecure;
                s.vouched = s.secure;
                s.elapsedMs = since.elapsed();
                sourceDone(index);
            },
            o.timeout);
    }
}

void DiscoveryPrivate::startAutodiscover(int index)
{
    // Outlook's order (MS-OXDSCLI §3.1.5): https://DOMAIN, https://autodiscover.DOMAIN, the
    // http://autodiscover.DOMAIN redirect, the _autodiscover._tcp SRV record.
    struct Way
    {
        QString url;
        std::optional<FetchResult> result = {};
        std::optional<MailConfigDocument> doc = {};
        bool viaHttp = false; // reached through the http redirect or an unsigned SRV record
        bool done = false;
    };
    struct State
    {
        QList<Way> ways;
        QElapsedTimer clock;
        std::function<void(int, const QUrl &, const QString &, int)> post;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    const QString d = r.domain;
    state->ways = {Way{u"https://%1/autodiscover/autodiscover.xml"_s.arg(d)},
                   Way{u"https://autodiscover.%1/autodiscover/autodiscover.xml"_s.arg(d)},
                   Way{u"http://autodiscover.%1/autodiscover/autodiscover.xml"_s.arg(d)},
                   Way{u"_autodiscover._tcp.%1"_s.arg(d)}};
    const QByteArray body = autodiscoverRequest(r.address);

    auto decide = [this, index, state] {
        for (const Way &w : std::as_const(state->ways)) {
            if (!w.done)
                return;
        }
        state->post = nullptr;
        SourceResult &s = r.sources[index];
        s.elapsedMs = state->clock.elapsed();
        // The first way (in Outlook's order) with settings counts; else the first with a document.
        const Way *use = nullptr;
        for (const Way &w : std::as_const(state->ways)) {
            if (w.doc && w.doc->valid() && !w.doc->servers.isEmpty()) {
                use = &w;
                break;
            }
        }
        QStringList errors;
        for (const Way &w : std::as_const(state->ways)) {
            if (w.doc && !w.doc->valid()) {
                const DocumentFinding &first = w.doc->findings.constFirst();
                QStringList detail;
                for (const DocumentFinding &df : w.doc->findings)
                    detail << documentProblemName(df.problem);
                s.findings << finding(Code::AutodiscoverInvalid, Severity::Warning,
                                      u"%1 (line %2): %3"_s.arg(w.result->finalUrl.toString())
                                          .arg(first.line)
                                          .arg(first.detail),
                                      detail);
            }
            if (w.result && !w.result->ok())
                errors << w.result->error;
            if (w.result && w.result->outcome == FetchResult::Outcome::TlsFailure)
                s.findings << finding(Code::AutoconfigCertInvalid, Severity::Warning,
                                      u"%1: %2"_s.arg(w.url, w.result->tlsErrors.join(u"; "_s)),
                                      w.result->tlsErrors);
        }
        if (use) {
            s.status = SourceStatus::Found;
            s.servers = use->doc->servers;
            s.url = use->result->finalUrl.toString();
            s.redirects = use->result->redirects;
            s.secure = use->result->httpsAllTheWay && !use->viaHttp;
            s.vouched = s.secure && insideDomain(use->result->finalUrl.host(), r.domain);
        } else {
            bool anyDocument = false, anyBroken = false;
            for (const Way &w : std::as_const(state->ways)) {
                anyDocument = anyDocument || (w.doc && w.doc->valid());
                anyBroken = anyBroken || (w.doc && !w.doc->valid()) ||
                            (w.result && ((w.result->outcome == FetchResult::Outcome::NameFailure &&
                                           !w.result->nameMissing) ||
                                          w.result->outcome == FetchResult::Outcome::TlsFailure ||
                                          w.result->outcome == FetchResult::Outcome::TooBig ||
                                          w.result->outcome == FetchResult::Outcome::Timeout));
            }
            s.status = anyBroken && !anyDocument ? SourceStatus::Error : SourceStatus::None;
            s.error = anyDocument ? u"the answer names no IMAP, POP3 or SMTP server"_s
                                  : errors.join(u"; "_s);
        }
        sourceDone(index);
    };

    // POSTs the request to `url`; follows the document's redirectUrl / redirectAddr once each.
    // (The function lives in the state; decide() drops it, which ends the reference cycle.)
    state->post = [this, state, body, decide](int way, const QUrl &url, const QString &address,
                                              int hops) {
        const QByteArray request = address == r.address ? body : autodiscoverRequest(address);
        HttpFetch *f = fetch(url, request);
        connect(f, &HttpFetch::finished, this, [f, state, way, address, hops, decide] {
            f->deleteLater();
            Way &w = state->ways[way];
            w.result = f->result();
            if (w.result->ok()) {
                w.doc = parseAutodiscover(w.result->body, address);
                if (hops < 2 && w.doc->servers.isEmpty()) {
                    const QUrl next(w.doc->redirectUrl);
                    if (!w.doc->redirectUrl.isEmpty() && next.scheme() == "https"_L1) {
                        state->post(way, next, address, hops + 1);
                        return;
                    }
                    if (!w.doc->redirectAddress.isEmpty()) {
                        state->post(way, w.result->finalUrl, w.doc->redirectAddress, hops + 1);
                        return;
                    }
                }
            }
            w.done = true;
            decide();
        });
    };
    auto post = [state](int way, const QUrl &url, const QString &address, int hops) {
        state->post(way, url, address, hops);
    };

    post(0, QUrl(state->ways[0].url), r.address, 0);
    post(1, QUrl(state->ways[1].url), r.address, 0);
    {
        // GET over http, not followed here: its Location is where the POST goes.
        HttpFetch *f = fetch(QUrl(state->ways[2].url), {}, 0);
        connect(f, &HttpFetch::finished, this, [this, f, state, post, decide] {
            f->deleteLater();
            Way &w = state->ways[2];
            const FetchResult &res = f->result();
            w.viaHttp = true;
            if (!res.redirects.isEmpty()) {
                const QUrl target(res.redirects.constLast());
                if (target.scheme() == "https"_L1) {
                    post(2, target, r.address, 0);
                    return;
                }
            }
            w.result = res;
            if (res.ok() || res.outcome == FetchResult::Outcome::HttpStatus) {
                // An answer, but no redirect to https: nothing to POST to.
                w.result->outcome = FetchResult::Outcome::HttpStatus;
                if (w.result->error.isEmpty())
                    w.result->error = u"%1 did not redirect to https"_s.arg(w.url);
            }
            w.done = true;
            decide();
        });
    }
    resolver->lookupSrv(
        state->ways[3].url, this,
        [this, state, post, decide](const SrvResult &res) {
            Way &w = state->ways[3];
            for (const SrvRecord &rec : res.records) {
                if (!rec.offered())
                    continue;
                QString target = rec.target;
                if (target.endsWith(u'.'))
                    target.chop(1);
                QUrl url;
                url.setScheme(u"https"_s);
                url.setHost(target);
                if (rec.port != 443)
                    url.setPort(rec.port);
                url.setPath(u"/autodiscover/autodiscover.xml"_s);
                w.viaHttp = res.dnssec != DnssecStatus::Secure;
                post(3, url, r.address, 0);
                return;
            }
            w.done = true;
            decide();
        },
        o.timeout);
}

void DiscoveryPrivate::sourceDone(int index)
{
    if (concluded)
        return;
    --pendingSources;
    Q_EMIT q->sourceChanged(index);
    addCandidates(index);
    if (pendingSources == 0) {
        const bool anyFound =
            std::any_of(r.sources.cbegin(), r.sources.cend(),
                        [](const SourceResult &s) { return s.status == SourceStatus::Found; });
        if (!anyFound && !guessing) {
            startGuess();
            return;
        }
        // Every source has spoken: a host's vouching is final now.
        const QList<int> now = waiting;
        waiting.clear();
        for (int c : now)
            decideLogin(c);
    }
    maybeConclude();
}

void DiscoveryPrivate::startGuess()
{
    guessing = true;
    const QString d = r.domain;
    const int index = addSource(DiscoverySource::Guess, {}, {});
    Q_EMIT q->sourceChanged(index);
    struct Guess
    {
        QString host;
        QList<ServerSetting> servers;
    };
    auto set = [](Protocol p, quint16 port, Security s) {
        ServerSetting x;
        x.protocol = p;
        x.port = port;
        x.security = s;
        return x;
    };
    const QList<ServerSetting> imap{set(Protocol::Imap, 993, Security::Tls),
                                    set(Protocol::Imap, 143, Security::StartTls)};
    const QList<ServerSetting> pop{set(Protocol::Pop3, 995, Security::Tls),
                                   set(Protocol::Pop3, 110, Security::StartTls)};
    const QList<ServerSetting> smtp{set(Protocol::Smtp, 465, Security::Tls),
                                    set(Protocol::Smtp, 587, Security::StartTls)};
    auto guesses = std::make_shared<QList<Guess>>(QList<Guess>{
        {u"imap."_s + d, imap},
        {u"pop3."_s + d, pop},
        {u"pop."_s + d, pop},
        {u"mail."_s + d, imap + pop + smtp},
        {u"smtp."_s + d, smtp},
        {d, imap + pop + smtp},
    });
    QStringList names;
    for (const Guess &g : std::as_const(*guesses))
        names << g.host;
    r.sources[index].name = names.join(u' ');
    auto pending = std::make_shared<int>(int(guesses->size()));
    auto exists = std::make_shared<QList<bool>>(guesses->size(), false);
    QElapsedTimer since;
    since.start();
    const auto time = std::min(
        o.timeout, std::chrono::milliseconds(std::max<qint64>(1, budget().count() - elapsed())));
    for (int k = 0; k < guesses->size(); ++k) {
        resolver->lookupAddresses(
            guesses->at(k).host, AddressFamily::Any, this,
            [this, index, guesses, pending, exists, k, since](const AddressResult &res) {
                noteDns(res);
                (*exists)[k] = res.status == DnsStatus::Ok && !res.addresses.isEmpty();
                if (--*pending > 0)
                    return;
                SourceResult &s = r.sources[index];
                for (int g = 0; g < guesses->size(); ++g) {
                    if (!exists->at(g))
                        continue;
                    for (ServerSetting x : guesses->at(g).servers) {
                        x.host = guesses->at(g).host;
                        s.servers << x;
                    }
                }
                s.status = s.servers.isEmpty() ? SourceStatus::None : SourceStatus::Found;
                if (s.servers.isEmpty())
                    s.error = u"none of the usual names exists"_s;
                s.elapsedMs = since.elapsed();
                sourceDone(index);
            },
            time);
    }
}

// ---- candidates ---------------------------------------------------------------------------

bool DiscoveryPrivate::vouched(const QString &host, QString *why) const
{
    if (insideDomain(host, r.domain)) {
        *why = u"%1 is inside the address's domain %2"_s.arg(host, r.domain);
        return true;
    }
    QStringList named;
    for (const SourceResult &s : r.sources) {
        for (const ServerSetting &x : s.servers) {
            if (x.host.compare(host, Qt::CaseInsensitive) != 0)
                continue;
            if (s.vouched) {
                *why = u"%1 names it (%2)"_s.arg(discoverySourceName(s.source),
                                                 s.source == DiscoverySource::Srv
                                                     ? u"DNSSEC-validated"_s
                                                     : u"verified https from the domain"_s);
                return true;
            }
            named << discoverySourceName(s.source);
        }
    }
    named.removeDuplicates();
    *why = u"%1 is outside %2 and only %3 names it, which the domain does not vouch for "
           "(plain http, an unsigned DNS answer, or the MX host's domain)"_s.arg(
               host, r.domain, named.isEmpty() ? u"a guess"_s : named.join(u", "_s));
    return false;
}

void DiscoveryPrivate::addCandidates(int sourceIndex)
{
    const SourceResult &s = r.sources.at(sourceIndex);
    for (const ServerSetting &x : s.servers) {
        bool known = false;
        for (Candidate &c : r.candidates) {
            if (sameServer(c.server, x)) {
                if (!c.sources.contains(s.source)) {
                    c.sources << s.source;
                    std::sort(c.sources.begin(), c.sources.end()); // in the sources' order
                }
                known = true;
                break;
            }
        }
        if (known)
            continue;
        Candidate c;
        c.server = x;
        c.sources << s.source;
        c.advice.target = ScanTarget{x.protocol, x.port, x.port, x.security};
        c.advice.report.target = Target{x.host, x.port, x.protocol, x.security, {}};
        r.candidates << c;
        checks << nullptr;
        const int index = int(r.candidates.size() - 1);
        Q_EMIT q->candidateAdded(index);
        if (!o.probe)
            continue;
        if (o.credentials.password.isEmpty() && o.credentials.token.isEmpty()) {
            r.candidates[index].login = LoginDecision::NoPassword;
            r.candidates[index].loginWhy = u"no password given: checked without a login"_s;
            startCheck(index);
            continue;
        }
        QString why;
        if (vouched(x.host, &why) || pendingSources == 0)
            decideLogin(index);
        else
            waiting << index; // a vouching source may still name it
    }
}

void DiscoveryPrivate::decideLogin(int index)
{
    Candidate &c = r.candidates[index];
    QString why;
    if (vouched(c.server.host, &why)) {
        c.login = LoginDecision::Sent;
        c.loginWhy = why;
        startCheck(index);
        return;
    }
    c.loginWhy = why;
    const QString host = c.server.host.toLower();
    // Nobody to ask (or nobody listening for the question): checked without a login.
    if (!o.askConsent ||
        !q->isSignalConnected(QMetaMethod::fromSignal(&Discovery::loginConsentNeeded))) {
        c.login = LoginDecision::NotVouched;
        startCheck(index);
        return;
    }
    if (consent.contains(host) && consent.value(host).has_value()) {
        c.login = *consent.value(host) ? LoginDecision::Consented : LoginDecision::Declined;
        startCheck(index);
        return;
    }
    waiting << index;
    if (!consent.contains(host)) {
        consent.insert(host, std::nullopt);
        if (openQuestions++ == 0) {
            pause.start();
            deadline->stop();
        }
        Q_EMIT q->loginConsentNeeded(host, why);
    }
}

void DiscoveryPrivate::startCheck(int index)
{
    if (concluded || checks.at(index))
        return;
    Candidate &c = r.candidates[index];
    CheckOptions co;
    co.target = Target{c.server.host, c.server.port, c.server.protocol, c.server.security, {}};
    co.dnsServer = o.dnsServer;
    co.trustAnchorFile = o.trustAnchorFile;
    co.extraCaCertificates = o.extraCaCertificates;
    // The check must be decided before the discovery is: its own bound is 1.5 × its timeout + 1 s.
    const qint64 left = budget().count() - elapsed() - 200;
    const qint64 fit = (left - 1000) * 2 / 3;
    co.timeout = std::chrono::milliseconds(std::clamp<qint64>(fit, 300, o.timeout.count()));
    co.quietDelay = std::min(co.quietDelay, co.timeout / 2);
    if (c.login == LoginDecision::Sent || c.login == LoginDecision::Consented) {
        co.credentials = o.credentials;
        if (co.credentials.user.isEmpty())
            co.credentials.user = c.server.username.isEmpty() ? r.address : c.server.username;
    }
    auto *check = new MailCheck(co, this);
    checks[index] = check;
    ++runningChecks;
    c.probed = true;
    connect(check, &MailCheck::progress, this,
            [this, index](PhaseId phase) { Q_EMIT q->candidateProgress(index, phase); });
    connect(check, &MailCheck::finished, this, [this, index, check] {
        --runningChecks;
        finishedChecks.insert(index);
        Candidate &cand = r.candidates[index];
        cand.advice.report = check->report();
        cand.advice.works = cand.advice.report.result() != Severity::Error;
        cand.advice.reason = portReason(cand.advice);
        Q_EMIT q->candidateFinished(index);
        deriveCorrected(index);
        maybeConclude();
    });
    check->start();
}

// A candidate failed because the port speaks the other TLS mode (the check's typed verdict:
// plain-on-tls-port / tls-on-plain-port, and the mode that answered in effectiveSecurity). The
// same host and port in that mode becomes a candidate of its own, checked at once with the same
// login decision (same host, so the same vouching). A fresh check rather than the mismatched
// check's second session: its report is the clean record of the setting it recommends (only
// that mode on the wire, the same result `portolan-cli check` gives), and on loopback it costs
// one more session; its timeout is fitted into what is left of the discovery's bound.
void DiscoveryPrivate::deriveCorrected(int index)
{
    if (concluded || !o.probe)
        return;
    const Candidate &c = r.candidates.at(index);
    if (c.advice.works || c.correctedFrom)
        return;
    const Report &rep = c.advice.report;
    const bool wrongMode =
        std::any_of(rep.diagnoses.cbegin(), rep.diagnoses.cend(), [](const Diagnosis &d) {
            return d.code == Code::PlainOnTlsPort || d.code == Code::TlsOnPlainPort;
        });
    const Security speaks = rep.effectiveSecurity;
    if (!wrongMode || speaks == Security::Auto || speaks == c.server.security)
        return;
    ServerSetting x = c.server;
    x.security = speaks;
    if (r.candidateFor(x))
        return; // a source names it as it is: it has its own check
    Candidate d;
    d.server = x;
    d.sources = c.sources;
    d.correctedFrom = c.server;
    d.login = c.login;
    d.loginWhy = c.loginWhy;
    d.advice.target = ScanTarget{x.protocol, x.port, x.port, x.security};
    d.advice.report.target = Target{x.host, x.port, x.protocol, x.security, {}};
    r.candidates << d;
    checks << nullptr;
    const int derived = int(r.candidates.size() - 1);
    Q_EMIT q->candidateAdded(derived);
    startCheck(derived);
}

void DiscoveryPrivate::maybeConclude()
{
    if (concluded || pendingSources > 0 || runningChecks > 0 || !waiting.isEmpty())
        return;
    conclude();
}

void DiscoveryPrivate::onDeadline()
{
    if (concluded)
        return;
    // Whatever has not answered by now is decided as it stands.
    for (SourceResult &s : r.sources) {
        if (s.status == SourceStatus::Pending) {
            s.status = SourceStatus::Error;
            s.error = u"no answer within the discovery's time"_s;
        }
    }
    for (const QPointer<MailCheck> &c : std::as_const(checks)) {
        if (c)
            c->abort();
    }
    conclude();
}

void DiscoveryPrivate::conclude()
{
    if (concluded)
        return;
    concluded = true;
    deadline->stop();
    for (int i = 0; i < r.candidates.size(); ++i) {
        Candidate &c = r.candidates[i];
        if (checks.at(i) && !finishedChecks.contains(i)) {
            c.advice.report = checks.at(i)->report();
            c.advice.works = c.advice.report.result() != Severity::Error;
        }
        if (c.probed)
            c.advice.reason = portReason(c.advice);
    }
    // A derived candidate speaks for every source that named the setting it corrects, also those
    // that answered after its check started.
    for (Candidate &c : r.candidates) {
        if (!c.correctedFrom)
            continue;
        if (const Candidate *named = r.candidateFor(*c.correctedFrom)) {
            for (DiscoverySource src : named->sources) {
                if (!c.sources.contains(src))
                    c.sources << src;
            }
            std::sort(c.sources.begin(), c.sources.end());
        }
    }
    for (const QPointer<MailCheck> &c : std::as_const(checks)) {
        if (c)
            c->disconnect(this);
    }
    // Rank as the port advisor does: per role, working first, by score.
    auto role = [](const Candidate &c) {
        return int(portRole(c.server.protocol));
    };
    std::stable_sort(r.candidates.begin(), r.candidates.end(),
                     [&role](const Candidate &x, const Candidate &y) {
                         if (role(x) != role(y))
                             return role(x) < role(y);
                         if (x.advice.works != y.advice.works)
                             return x.advice.works;
                         return x.advice.works && portScore(x.advice) < portScore(y.advice);
                     });
    int rank = 0;
    int lastRole = -1;
    r.ranking = ScanReport{};
    r.ranking.host = r.domain;
    for (Candidate &c : r.candidates) {
        if (role(c) != lastRole) {
            rank = 0;
            lastRole = role(c);
        }
        c.advice.rank = c.advice.works ? ++rank : 0;
        r.ranking.slowestMs = std::max(r.ranking.slowestMs, c.advice.report.totalMs);
        r.ranking.ports << c.advice;
    }
    audit();
    predictClients();
    buildPublishable();
    r.elapsedMs = elapsed();
    r.ranking.totalMs = r.elapsedMs;
    QMetaObject::invokeMethod(q, &Discovery::finished, Qt::QueuedConnection);
}

void DiscoveryPrivate::audit()
{
    // The sources' own findings first.
    for (const SourceResult &s : std::as_const(r.sources))
        r.diagnoses << s.findings;

    // Configuration only over http.
    auto found = [this](DiscoverySource src) {
        return std::any_of(r.sources.cbegin(), r.sources.cend(), [src](const SourceResult &s) {
            return s.source == src && s.status == SourceStatus::Found;
        });
    };
    if (found(DiscoverySource::AutoconfigHttp) && !found(DiscoverySource::Autoconfig) &&
        !found(DiscoverySource::AutoconfigWellKnown)) {
        for (const SourceResult &s : std::as_const(r.sources)) {
            if (s.source == DiscoverySource::AutoconfigHttp && s.status == SourceStatus::Found)
                r.diagnoses << finding(Code::AutoconfigInsecure, Severity::Warning,
                                       u"the configuration came only over http: %1"_s.arg(s.url),
                                       {s.url});
        }
    }

    // Sources that disagree: per protocol, each source's first server.
    for (Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        QList<QPair<QString, ServerSetting>> said;
        for (const SourceResult &s : std::as_const(r.sources)) {
            if (s.status != SourceStatus::Found || s.source == DiscoverySource::Guess)
                continue;
            for (const ServerSetting &x : s.servers) {
                if (x.protocol == p) {
                    said << qMakePair(discoverySourceName(s.source), x);
                    break;
                }
            }
        }
        bool differ = false;
        for (const auto &pair : std::as_const(said))
            differ = differ || !sameServer(pair.second, said.constFirst().second);
        if (!differ)
            continue;
        QStringList detail;
        for (const auto &pair : std::as_const(said))
            detail << u"%1: %2"_s.arg(pair.first, describe(pair.second));
        r.diagnoses << finding(Code::DiscoverySourcesDisagree, Severity::Warning,
                               u"for %1: %2"_s.arg(protocolTitle(p), detail.join(u"; "_s)), detail);
    }

    // Sources that point at something that does not work.
    for (const SourceResult &s : std::as_const(r.sources)) {
        if (s.status != SourceStatus::Found || s.source == DiscoverySource::Guess)
            continue;
        QSet<int> seen;
        for (const ServerSetting &x : s.servers) {
            if (seen.contains(int(x.protocol)))
                continue; // a source's first choice per protocol is what a client takes
            seen.insert(int(x.protocol));
            const Candidate *c = r.candidateFor(x);
            if (!c || !c->probed || c->advice.works)
                continue;
            const Report &rep = c->advice.report;
            const Diagnosis *cause = nullptr;
            for (const Diagnosis &d : rep.diagnoses) {
                if (d.severity == Severity::Error) {
                    cause = &d;
                    break;
                }
            }
            const QString causeName = cause ? QString(codeName(cause->code)) : QString();
            QStringList detail{causeName};
            if (cause && !cause->evidence.isEmpty())
                detail << cause->evidence;
            // The wrong TLS mode, said exactly (on the check's codes, not its words).
            const bool wrongMode = cause && (cause->code == Code::PlainOnTlsPort ||
                                             cause->code == Code::TlsOnPlainPort);
            const Security speaks = rep.effectiveSecurity;
            QString evidence;
            if (wrongMode && speaks != Security::Auto && speaks != x.security) {
                evidence = u"%1 says %2 for port %3 (%4 %5); the port speaks %6"_s
                               .arg(discoverySourceName(s.source), securityClientWords(x.security))
                               .arg(x.port)
                               .arg(protocolTitle(x.protocol), x.host, securityClientWords(speaks));
                if (const Candidate *fixed = r.correctionFor(x); fixed && fixed->probed)
                    evidence += fixed->advice.works
                                    ? u" — checked in that mode: works (recommended instead)"_s
                                    : u" — checked in that mode: fails too (%1)"_s.arg(
                                          fixed->advice.report.verdict.summary);
                detail << securityName(speaks);
            } else {
                evidence = u"%1 says %2: %3"_s.arg(discoverySourceName(s.source), describe(x),
                                                   rep.verdict.summary);
            }
            Diagnosis d = finding(Code::DiscoverySourceBroken, Severity::Warning, evidence, detail);
            d.phase = cause ? cause->phase : std::nullopt;
            r.diagnoses << d;
        }
    }

    // Passwords withheld.
    QSet<QString> withheld;
    for (const Candidate &c : std::as_const(r.candidates)) {
        if ((c.login == LoginDecision::NotVouched || c.login == LoginDecision::Declined) &&
            !withheld.contains(c.server.host)) {
            withheld.insert(c.server.host);
            r.diagnoses << finding(Code::DiscoveryLoginWithheld, Severity::Info, c.loginWhy,
                                   {c.server.host, loginDecisionName(c.login)});
        }
    }

    // Nothing at all, or nothing that works.
    const bool anySettings =
        std::any_of(r.sources.cbegin(), r.sources.cend(),
                    [](const SourceResult &s) { return s.status == SourceStatus::Found; });
    const bool anyProbed = std::any_of(r.candidates.cbegin(), r.candidates.cend(),
                                       [](const Candidate &c) { return c.probed; });
    if (!anySettings) {
        // The cause, when the DNS tells it: the domain is not there, or the DNS does not work.
        if (mxStatus == DnsStatus::NxDomain)
            r.diagnoses << finding(Code::DiscoveryDomainNotFound, Severity::Error,
                                   u"%1: NXDOMAIN (the MX lookup)"_s.arg(r.domain), {r.domain});
        else if (dnsFailed > 0 && dnsAnswered == 0)
            r.diagnoses << finding(Code::DiscoveryDnsFailed, Severity::Error,
                                   u"%n DNS lookup(s) failed, none answered"_s.replace(
                                       u"%n"_s, QString::number(dnsFailed)),
                                   {r.domain});
        r.diagnoses << finding(
            Code::DiscoveryNoSettings, Severity::Error,
            u"no source has settings for %1 and no usual name exists"_s.arg(r.domain));
    } else if (anyProbed && (!r.bestSending() || !r.bestReceiving())) {
        QStringList missing;
        if (!r.bestSending())
            missing << u"sending"_s;
        if (!r.bestReceiving())
            missing << u"receiving"_s;
        r.diagnoses << finding(
            Code::DiscoveryNoSettings, Severity::Error,
            u"nothing the sources name works for %1"_s.arg(missing.join(u" and "_s)), missing);
    }
}

void DiscoveryPrivate::predictClients()
{
    auto firstOf = [](const SourceResult &s, bool sending) -> std::optional<ServerSetting> {
        for (const ServerSetting &x : s.servers) {
            if ((x.protocol == Protocol::Smtp) == sending)
                return x;
        }
        return std::nullopt;
    };
    auto works = [this](const std::optional<ServerSetting> &x) {
        if (!x)
            return false;
        const Candidate *c = r.candidateFor(*x);
        return c && c->advice.works;
    };
    struct Rule
    {
        QString client;
        QString name;
        QList<DiscoverySource> order;
        bool guesses;
        QString rule;
    };
    const QList<Rule> rules{
        {u"thunderbird"_s,
         u"Thunderbird"_s,
         {DiscoverySource::Autoconfig, DiscoverySource::AutoconfigWellKnown,
          DiscoverySource::AutoconfigHttp, DiscoverySource::Ispdb, DiscoverySource::MxAutoconfig,
          DiscoverySource::Autodiscover},
         true,
         u"asks provider autoconfig (https, then http), the ISPDB, the MX host's domain and "
         "Autodiscover, takes the first that answers, else guesses; it never reads SRV records"_s},
        {u"k9"_s,
         u"Thunderbird for Android / K-9 Mail"_s,
         {DiscoverySource::Autoconfig, DiscoverySource::AutoconfigWellKnown, DiscoverySource::Ispdb,
          DiscoverySource::MxAutoconfig},
         false,
         u"asks provider autoconfig over https only, the ISPDB and the MX host's domain; no http, "
         "no Autodiscover, no SRV, no guessing (it falls back to manual set-up)"_s},
        {u"rfc6186"_s,
         u"SRV-aware clients (RFC 6186 / RFC 8314, e.g. Evolution's SRV step)"_s,
         {DiscoverySource::Srv},
         false,
         u"reads the SRV records, lowest priority first, implicit TLS preferred at equal "
         "priority"_s},
    };
    for (const Rule &rule : rules) {
        ClientPrediction p;
        p.client = rule.client;
        p.clientName = rule.name;
        p.why = rule.rule;
        for (DiscoverySource src : rule.order) {
            for (const SourceResult &s : std::as_const(r.sources)) {
                if (s.source == src && s.status == SourceStatus::Found) {
                    p.source = src;
                    p.receiving = firstOf(s, false);
                    p.sending = firstOf(s, true);
                    break;
                }
            }
            if (p.source)
                break;
        }
        if (!p.source && rule.guesses) {
            // Thunderbird's guessing: the best of the guesses that work (it probes them too).
            for (const Candidate &c : std::as_const(r.candidates)) {
                if (!c.sources.contains(DiscoverySource::Guess) || !c.advice.works)
                    continue;
                if (c.server.protocol == Protocol::Smtp && !p.sending)
                    p.sending = c.server;
                if (c.server.protocol != Protocol::Smtp && !p.receiving)
                    p.receiving = c.server;
            }
            if (p.sending || p.receiving)
                p.source = DiscoverySource::Guess;
        }
        p.receivingWorks = works(p.receiving);
        p.sendingWorks = works(p.sending);
        // Where the client's pick fails only for the mode the source names: it would take the
        // published setting and fail; Portolan recommends the corrected one.
        QStringList corrections;
        for (const auto &[pick, pickWorks, fixed] :
             {std::tuple{&p.receiving, p.receivingWorks, &p.receivingCorrected},
              std::tuple{&p.sending, p.sendingWorks, &p.sendingCorrected}}) {
            if (!*pick || pickWorks)
                continue;
            const Candidate *c = r.correctionFor(**pick);
            if (!c || !c->advice.works)
                continue;
            *fixed = c->server;
            corrections << u"it would take %1 as published and fail: the port speaks %2, and "
                           "Portolan recommends %3 instead"_s.arg(
                               describe(**pick), securityClientWords(c->server.security),
                               describe(c->server));
        }
        if (!corrections.isEmpty())
            p.why += u"; "_s + corrections.join(u"; "_s);
        r.clients << p;
    }
}

void DiscoveryPrivate::buildPublishable()
{
    QList<ServerSetting> working;
    const Candidate *bestImap = nullptr;
    const Candidate *bestPop = nullptr;
    const Candidate *bestSmtp = nullptr;
    for (const Candidate &c : std::as_const(r.candidates)) {
        if (!c.advice.works)
            continue;
        const Candidate **slot = c.server.protocol == Protocol::Imap   ? &bestImap
                                 : c.server.protocol == Protocol::Pop3 ? &bestPop
                                                                       : &bestSmtp;
        if (!*slot)
            *slot = &c;
    }
    auto effective = [this](const Candidate *c) {
        ServerSetting x = c->server;
        x.security = c->advice.report.effectiveSecurity; // what worked on the wire
        if (x.security == Security::Auto)
            x.security = c->server.security;
        const QString user =
            c->advice.report.authenticated ? c->advice.report.username : r.username;
        x.username = user == r.address   ? u"%EMAILADDRESS%"_s
                     : user == localPart ? u"%EMAILLOCALPART%"_s
                                         : user;
        x.authentication = {c->advice.report.authMechanism.startsWith("CRAM"_L1) ||
                                    c->advice.report.authMechanism.startsWith("SCRAM"_L1)
                                ? u"password-encrypted"_s
                                : u"password-cleartext"_s};
        return x;
    };
    for (const Candidate *c : {bestImap, bestPop, bestSmtp}) {
        if (c)
            working << effective(c);
    }
    if (working.isEmpty())
        return;
    r.publish.autoconfigXml = autoconfigXml(r.domain, working);
    // SRV: every working candidate, in rank order, under its service; "." for the rest.
    for (const SrvService &svc : srvServices) {
        int priority = 0;
        QStringList lines;
        for (const Candidate &c : std::as_const(r.candidates)) {
            if (!c.advice.works || c.server.protocol != svc.protocol)
                continue;
            Security s = c.advice.report.effectiveSecurity;
            if (s == Security::Auto)
                s = c.server.security;
            if (s != svc.security)
                continue;
            lines << u"%1.%2. 3600 IN SRV %3 1 %4 %5."_s.arg(svc.label, r.domain)
                         .arg(priority)
                         .arg(c.server.port)
                         .arg(c.server.host);
            priority += 10;
        }
        if (lines.isEmpty())
            lines << u"%1.%2. 3600 IN SRV 0 0 0 ."_s.arg(svc.label, r.domain);
        r.publish.srvRecords << lines;
    }
}

// ---- the public face ----------------------------------------------------------------------

Discovery::Discovery(const DiscoveryOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DiscoveryPrivate>(this, options))
{}

Discovery::~Discovery()
{
    // The checks and fetches are children of d and go with it; nothing they say on the way out
    // reaches the half-destroyed engine.
    d->concluded = true;
    for (const QPointer<MailCheck> &c : std::as_const(d->checks)) {
        if (c)
            c->disconnect(d.get());
    }
}

QString Discovery::validateAddress(const QString &address)
{
    const QString a = address.trimmed();
    const qsizetype at = a.lastIndexOf(u'@');
    if (at <= 0 || at == a.size() - 1)
        return u"'%1' is not an e-mail address (LOCAL@DOMAIN)"_s.arg(a);
    const QString domain = a.mid(at + 1);
    if (domain.contains(u' ') || domain.startsWith(u'.') || domain.contains(u".."_s) ||
        QUrl::toAce(domain).isEmpty())
        return u"'%1' is not a domain name"_s.arg(domain);
    if (a.size() > 254)
        return u"the address is longer than 254 characters"_s;
    return {};
}

void Discovery::start()
{
    if (d->started)
        return;
    d->started = true;
    d->start();
}

void Discovery::abort()
{
    if (!d->started) {
        d->started = true;
        d->clock.start();
        d->deadline = new QTimer(d.get());
    }
    d->onDeadline();
}

const DiscoveryReport &Discovery::report() const
{
    return d->r;
}

void Discovery::answerLoginConsent(const QString &host, bool send)
{
    const QString h = host.toLower();
    if (!d->consent.contains(h) || d->consent.value(h).has_value() || d->concluded)
        return;
    d->consent.insert(h, send);
    if (--d->openQuestions == 0) {
        d->pausedMs += d->pause.elapsed();
        d->pause.invalidate();
        d->deadline->start(std::max<qint64>(1, d->budget().count() - d->elapsed()));
    }
    const QList<int> now = d->waiting;
    d->waiting.clear();
    for (int c : now) {
        if (d->r.candidates.at(c).server.host.toLower() == h || d->pendingSources == 0)
            d->decideLogin(c);
        else
            d->waiting << c;
    }
    d->maybeConclude();
}

} // namespace Portolan
