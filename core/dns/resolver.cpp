#include "resolver.h"

#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QtEndian>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <optional>

#include <unbound.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcDns, "portolan.dns")

namespace Portolan {

namespace {

constexpr int TypeA = 1;
constexpr int TypeMx = 15;
constexpr int TypeTxt = 16;
constexpr int TypeAAAA = 28;
constexpr int TypeSrv = 33;
constexpr int TypeTlsa = 52;
constexpr int ClassIN = 1;

// A tester is asked again right after someone fixed a record: a missing name is kept briefly,
// whatever its SOA says (RFC 2308 §5 allows less). A positive answer as long as unbound would.
constexpr std::chrono::seconds NegativeTtlCap = 60s;
constexpr std::chrono::seconds PositiveTtlCap = 86400s;
constexpr qsizetype CacheLimit = 10000;

QString typeName(int type)
{
    switch (type) {
    case TypeA:
        return u"A"_s;
    case TypeMx:
        return u"MX"_s;
    case TypeTxt:
        return u"TXT"_s;
    case TypeAAAA:
        return u"AAAA"_s;
    case TypeSrv:
        return u"SRV"_s;
    case TypeTlsa:
        return u"TLSA"_s;
    default:
        return u"type %1"_s.arg(type);
    }
}

QString rcodeText(int rcode)
{
    switch (rcode) {
    case 0:
        return u"NOERROR"_s;
    case 1:
        return u"FORMERR"_s;
    case 2:
        return u"SERVFAIL"_s;
    case 3:
        return u"NXDOMAIN"_s;
    case 4:
        return u"NOTIMP"_s;
    case 5:
        return u"REFUSED"_s;
    default:
        return u"rcode %1"_s.arg(rcode);
    }
}

// The question a lookup asks: a name in lower-case ASCII without the final dot, and a type.
struct Key
{
    QByteArray name;
    int type = 0;
    friend bool operator==(const Key &, const Key &) = default;
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.name, key.type);
}

// One answer before it is turned into typed records: the records' RDATA in wire form.
struct RawAnswer
{
    DnsStatus status = DnsStatus::Failure;
    DnsFailure failure = DnsFailure::None;
    DnssecStatus dnssec = DnssecStatus::Insecure;
    std::chrono::seconds ttl{0};
    QString detail;
    QString dnssecWhy;
    QList<QByteArray> rdata;
};

RawAnswer failed(DnsFailure failure, const QString &detail)
{
    RawAnswer a;
    a.failure = failure;
    a.detail = detail;
    return a;
}

RawAnswer fromUnbound(int err, const ub_result *result)
{
    if (err != 0)
        return failed(DnsFailure::Resolver, QString::fromUtf8(ub_strerror(err)));
    if (!result)
        return failed(DnsFailure::Resolver, u"no result"_s);
    RawAnswer a;
    a.dnssec = result->bogus    ? DnssecStatus::Bogus
               : result->secure ? DnssecStatus::Secure
                                : DnssecStatus::Insecure;
    a.ttl = std::chrono::seconds(qMax(0, result->ttl));
    if (result->rcode == 0 && result->havedata) {
        a.status = DnsStatus::Ok;
        for (int i = 0; result->data[i]; ++i)
            a.rdata << QByteArray(result->data[i], result->len[i]);
    } else if (result->nxdomain || result->rcode == 3) {
        a.status = DnsStatus::NxDomain;
        a.detail = u"NXDOMAIN"_s;
    } else if (result->rcode == 0) {
        a.status = DnsStatus::NoData;
        a.detail = u"NOERROR"_s;
    } else {
        a.status = DnsStatus::Failure;
        a.failure = result->rcode == 2   ? DnsFailure::ServerFailure
                    : result->rcode == 5 ? DnsFailure::Refused
                                         : DnsFailure::OtherRcode;
        a.detail = rcodeText(result->rcode);
        a.ttl = 0s;
    }
    if (result->bogus)
        a.dnssecWhy = result->why_bogus ? QString::fromUtf8(result->why_bogus)
                                        : u"DNSSEC validation failed"_s;
    return a;
}

// A domain name in uncompressed wire form (names in RDATA reach us decompressed) at `pos`,
// in presentation form ("." for the root, RFC 1035 §5.1 escapes); nullopt when malformed.
std::optional<QString> readName(const QByteArray &data, qsizetype &pos)
{
    QString name;
    qsizetype wire = 0;
    for (;;) {
        if (pos >= data.size())
            return std::nullopt;
        const int len = quint8(data.at(pos++));
        if (len == 0)
            break;
        wire += 1 + len;
        if (len > 63 || pos + len > data.size() || wire > 254)
            return std::nullopt; // also a compression pointer (0xc0..)
        if (!name.isEmpty())
            name += u'.';
        for (qsizetype i = pos; i < pos + len; ++i) {
            const uchar c = uchar(data.at(i));
            if (c > 0x20 && c < 0x7f && c != '.' && c != '\\')
                name += QLatin1Char(char(c));
            else
                name += u"\\%1"_s.arg(int(c), 3, 10, QLatin1Char('0'));
        }
        pos += len;
    }
    return name.isEmpty() ? u"."_s : name;
}

std::optional<MxRecord> parseMx(const QByteArray &rdata)
{
    if (rdata.size() < 3)
        return std::nullopt;
    qsizetype pos = 2;
    const std::optional<QString> host = readName(rdata, pos);
    if (!host || pos != rdata.size())
        return std::nullopt;
    return MxRecord{qFromBigEndian<quint16>(rdata.constData()), *host};
}

std::optional<SrvRecord> parseSrv(const QByteArray &rdata)
{
    if (rdata.size() < 7)
        return std::nullopt;
    qsizetype pos = 6;
    const std::optional<QString> target = readName(rdata, pos);
    if (!target || pos != rdata.size())
        return std::nullopt;
    return SrvRecord{qFromBigEndian<quint16>(rdata.constData()),
                     qFromBigEndian<quint16>(rdata.constData() + 2),
                     qFromBigEndian<quint16>(rdata.constData() + 4), *target};
}

std::optional<TxtRecord> parseTxt(const QByteArray &rdata)
{
    TxtRecord r;
    qsizetype pos = 0;
    while (pos < rdata.size()) {
        const int len = quint8(rdata.at(pos++));
        if (pos + len > rdata.size())
            return std::nullopt;
        r.strings << rdata.mid(pos, len);
        pos += len;
    }
    if (r.strings.isEmpty())
        return std::nullopt;
    return r;
}

std::optional<TlsaRecord> parseTlsa(const QByteArray &rdata)
{
    if (rdata.size() < 4) // usage, selector, matching type and at least one byte
        return std::nullopt;
    return TlsaRecord{quint8(rdata.at(0)), quint8(rdata.at(1)), quint8(rdata.at(2)), rdata.mid(3)};
}

// The common part of a one-type result, and its records through `parse`. Records that do not
// parse are left out; when none is left, the answer is a failure.
template <typename Result, typename Parse> Result convert(const RawAnswer &a, Parse parse)
{
    Result r;
    r.status = a.status;
    r.failure = a.failure;
    r.dnssec = a.dnssec;
    r.ttl = a.ttl;
    r.detail = a.detail;
    r.dnssecWhy = a.dnssecWhy;
    for (const QByteArray &rdata : a.rdata) {
        if (auto record = parse(rdata))
            r.records << *record;
    }
    if (r.status == DnsStatus::Ok && r.records.isEmpty()) {
        r.status = DnsStatus::Failure;
        r.failure = DnsFailure::Malformed;
        r.ttl = 0s;
        r.detail = u"%1 record(s) that do not parse"_s.arg(a.rdata.size());
    }
    return r;
}

// "Resolving" one name for a connection: both families' answers in one result.
AddressResult combineAddresses(const QList<Key> &keys, const QList<RawAnswer> &answers)
{
    AddressResult r;
    QList<QHostAddress> v4;
    QList<QHostAddress> v6;
    const RawAnswer *nx = nullptr;
    const RawAnswer *bad = nullptr;
    bool allSecure = true;
    std::optional<std::chrono::seconds> ttl;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const RawAnswer &a = answers.at(i);
        for (const QByteArray &rdata : a.rdata) {
            if (keys.at(i).type == TypeA && rdata.size() == 4)
                v4 << QHostAddress(qFromBigEndian<quint32>(rdata.constData()));
            else if (keys.at(i).type == TypeAAAA && rdata.size() == 16)
                v6 << QHostAddress(reinterpret_cast<const quint8 *>(rdata.constData()));
        }
        if (a.status == DnsStatus::NxDomain)
            nx = &a;
        else if (a.status == DnsStatus::Failure)
            bad = &a;
        if (a.dnssec == DnssecStatus::Bogus && r.dnssec != DnssecStatus::Bogus) {
            r.dnssec = DnssecStatus::Bogus;
            r.dnssecWhy = a.dnssecWhy;
        }
        allSecure = allSecure && a.dnssec == DnssecStatus::Secure;
        if (a.status != DnsStatus::Failure)
            ttl = ttl ? qMin(*ttl, a.ttl) : a.ttl;
    }
    if (allSecure)
        r.dnssec = DnssecStatus::Secure;
    for (qsizetype i = 0; i < qMax(v4.size(), v6.size()); ++i) {
        if (i < v6.size())
            r.addresses << v6.at(i);
        if (i < v4.size())
            r.addresses << v4.at(i);
    }
    if (!r.addresses.isEmpty()) {
        r.status = DnsStatus::Ok;
    } else if (nx) {
        r.status = DnsStatus::NxDomain;
        r.detail = nx->detail;
    } else if (bad) {
        // "No such record" only when every answer was a clean NOERROR.
        r.status = DnsStatus::Failure;
        r.failure = bad->failure;
        r.detail = bad->detail;
    } else {
        r.status = DnsStatus::NoData;
        r.detail = keys.size() == 2           ? u"NOERROR, no A or AAAA record"_s
                   : keys.at(0).type == TypeA ? u"NOERROR, no A record"_s
                                              : u"NOERROR, no AAAA record"_s;
    }
    r.ttl = r.status == DnsStatus::Failure ? 0s : ttl.value_or(0s);
    return r;
}

// The name as asked on the wire; empty when it cannot be a DNS name.
QByteArray wireName(const QString &input)
{
    QString name = input.trimmed();
    if (name.size() > 1 && name.endsWith(u'.'))
        name.chop(1);
    // Label by label: underscore labels (_25._tcp) are fine in DNS, but not in IDNA.
    QByteArrayList labels;
    for (const QString &label : name.split(u'.')) {
        bool ascii = true;
        for (QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        const QByteArray wire = ascii ? label.toLatin1().toLower() : QUrl::toAce(label);
        if (wire.isEmpty() || wire.size() > 63)
            return {};
        labels << wire;
    }
    const QByteArray out = labels.join('.');
    return out.size() > 253 ? QByteArray() : out;
}

} // namespace

class DnsLookupPrivate
{
public:
    DnsLookup *q = nullptr;
    QPointer<Resolver> resolver;
    QByteArray name;
    QList<Key> keys;
    QList<std::optional<RawAnswer>> answers;
    std::function<void(const QList<RawAnswer> &)> deliver; // makes the typed result, calls back
    QTimer *timer = nullptr;
    bool finished = false;

    // One answer for one of the keys; the last one finishes the lookup.
    void receive(const Key &key, const RawAnswer &answer);
    // Ends the lookup with what it has, `rest` for the questions still open.
    void finish(const RawAnswer &rest);
};

class ResolverPrivate
{
public:
    struct Ticket
    {
        ResolverPrivate *d;
        Key key;
    };
    struct InFlight
    {
        int asyncId = 0;
        Ticket *ticket = nullptr;
        QList<DnsLookup *> waiters;
    };
    struct CacheEntry
    {
        RawAnswer answer;
        std::chrono::milliseconds expires;
    };

    ResolverPrivate(Resolver *owner, const ResolverConfig &configuration, const Clock &time)
        : q(owner)
        , config(configuration)
        , clock(&time)
    {}
    ~ResolverPrivate();

    // The libunbound context for the configuration; empty on success, else why not.
    [[nodiscard]] QString setUp();
    [[nodiscard]] DnsLookup *
    start(const QString &name, const QList<int> &types, QObject *context,
          std::chrono::milliseconds timeout,
          std::function<void(const QList<Key> &, const QList<RawAnswer> &)> deliver);
    // Answers `key` for `lookup` from the cache, from a question on its way, or a new one.
    void ask(DnsLookup *lookup, const Key &key);
    // Takes `lookup` off every question; a question nobody waits for any more is cancelled.
    void detach(DnsLookup *lookup);
    static void onAnswer(void *data, int err, ub_result *result);
    void answered(const Key &key, const RawAnswer &answer);
    // Keeps `answer` for its TTL where it may be kept; returns it with the TTL it is kept for.
    RawAnswer store(const Key &key, const RawAnswer &answer);

    Resolver *q;
    ResolverConfig config;
    const Clock *clock;
    ub_ctx *ctx = nullptr;
    QString setupError;
    QSocketNotifier *notifier = nullptr;
    QHash<Key, InFlight> inFlight;
    QHash<Key, CacheEntry> cache;
    Resolver::Stats stats;
};

QString TlsaRecord::text() const
{
    return u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matching).arg(
        QString::fromLatin1(data.toHex()));
}

size_t qHash(const ResolverConfig &config, size_t seed)
{
    return qHashMulti(seed, config.server, config.trustAnchorFile);
}

// ---- DnsLookup

DnsLookup::DnsLookup(QObject *context)
    : QObject(context)
    , d(std::make_unique<DnsLookupPrivate>())
{
    d->q = this;
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
}

DnsLookup::~DnsLookup()
{
    if (d->resolver)
        d->resolver->d->detach(this);
}

QString DnsLookup::name() const
{
    return QString::fromLatin1(d->name);
}

bool DnsLookup::isFinished() const
{
    return d->finished;
}

void DnsLookup::abort()
{
    if (d->finished)
        return;
    for (auto &answer : d->answers)
        answer.reset();
    d->finish(failed(DnsFailure::Cancelled, u"cancelled"_s));
}

void DnsLookupPrivate::receive(const Key &key, const RawAnswer &answer)
{
    if (finished)
        return;
    const qsizetype i = keys.indexOf(key);
    if (i < 0)
        return;
    answers[i] = answer;
    if (std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }))
        finish({});
}

void DnsLookupPrivate::finish(const RawAnswer &rest)
{
    if (finished)
        return;
    finished = true;
    timer->stop();
    if (resolver)
        resolver->d->detach(q);
    QList<RawAnswer> all;
    for (const auto &a : std::as_const(answers))
        all << a.value_or(rest);
    qCDebug(lcDns) << "lookup" << name << "done:" << int(all.constFirst().status)
                   << all.constFirst().detail;
    // Always from the event loop; dropped with the lookup when it is deleted before.
    QMetaObject::invokeMethod(
        q,
        [this, all] {
            // The callback may delete the lookup: nothing of it is touched afterwards.
            const auto call = std::move(deliver);
            deliver = nullptr;
            if (call)
                call(all);
        },
        Qt::QueuedConnection);
}

// ---- Resolver

Resolver::Resolver(const ResolverConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ResolverPrivate>(this, config, clock))
{
    d->setupError = d->setUp();
    if (!d->setupError.isEmpty())
        qCWarning(lcDns) << "resolver for" << config.server << "not usable:" << d->setupError;
}

Resolver::~Resolver() = default;

ResolverPrivate::~ResolverPrivate()
{
    // Lookups still waiting end now, without an answer.
    QList<DnsLookup *> waiting;
    for (const InFlight &f : std::as_const(inFlight))
        waiting << f.waiters;
    delete notifier;
    if (ctx)
        ub_ctx_delete(ctx); // no callback after this
    for (const InFlight &f : std::as_const(inFlight))
        delete f.ticket;
    inFlight.clear();
    for (DnsLookup *lookup : std::as_const(waiting)) {
        lookup->d->resolver = nullptr;
        lookup->d->finish(failed(DnsFailure::Resolver, u"the resolver was shut down"_s));
    }
}

Resolver *Resolver::shared(const ResolverConfig &config)
{
    static QHash<ResolverConfig, QPointer<Resolver>> instances;
    Q_ASSERT(!QCoreApplication::instance() ||
             QThread::currentThread() == QCoreApplication::instance()->thread());
    QPointer<Resolver> &instance = instances[config];
    if (!instance)
        instance = new Resolver(config, Clock::system(), QCoreApplication::instance());
    return instance;
}

const ResolverConfig &Resolver::config() const
{
    return d->config;
}

Resolver::Stats Resolver::stats() const
{
    Stats s = d->stats;
    s.inFlight = int(d->inFlight.size());
    return s;
}

void Resolver::clearCache()
{
    d->cache.clear();
}

QString Resolver::unboundServerSpec(const QString &server)
{
    QString host = server;
    QString port;
    if (server.startsWith(u'[')) {
        const qsizetype close = server.indexOf(u']');
        if (close < 0)
            return {};
        host = server.mid(1, close - 1);
        if (close + 1 < server.size()) {
            if (server.at(close + 1) != u':')
                return {};
            port = server.mid(close + 2);
        }
    } else if (server.count(u':') == 1) {
        host = server.section(u':', 0, 0);
        port = server.section(u':', 1);
    }
    if (QHostAddress(host).isNull())
        return {};
    if (!port.isNull()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return {};
        return host + u'@' + QString::number(n);
    }
    return host;
}

QString ResolverPrivate::setUp()
{
    ctx = ub_ctx_create();
    if (!ctx)
        return u"could not create the resolver"_s;
    int err = 0;
    if (config.server.isEmpty()) {
        err = ub_ctx_resolvconf(ctx, nullptr);
        if (err == 0)
            err = ub_ctx_hosts(ctx, nullptr);
    } else {
        const QString spec = Resolver::unboundServerSpec(config.server);
        if (spec.isEmpty())
            return u"not a DNS server address: %1"_s.arg(config.server);
        // The server the user named answers everything, even names unbound keeps to itself
        // by default (test., RFC 6761): a lab's own zone is often there.
        err = ub_ctx_set_option(ctx, "do-not-query-localhost:", "no");
        if (err == 0)
            err = ub_ctx_set_option(ctx, "local-zone:", "test. transparent");
        if (err == 0)
            err = ub_ctx_set_fwd(ctx, spec.toLatin1().constData());
    }
    if (err == 0) // "tried in order" means the order the DNS server gave
        err = ub_ctx_set_option(ctx, "rrset-roundrobin:", "no");
    if (err == 0) {
        const QString anchors = !config.trustAnchorFile.isEmpty() ? config.trustAnchorFile
                                : QFile::exists(u"/usr/share/dns/root.key"_s)
                                    ? u"/usr/share/dns/root.key"_s
                                    : QString();
        if (!anchors.isEmpty())
            err = ub_ctx_add_ta_file(ctx, QFile::encodeName(anchors).constData());
    }
    if (err == 0)
        err = ub_ctx_async(ctx, 1); // one worker thread for the context, not a forked process
    if (err != 0)
        return QString::fromUtf8(ub_strerror(err));

    notifier = new QSocketNotifier(ub_fd(ctx), QSocketNotifier::Read);
    QObject::connect(notifier, &QSocketNotifier::activated, q, [this] {
        if (const int rc = ub_process(ctx); rc != 0)
            qCWarning(lcDns) << "ub_process:" << ub_strerror(rc);
    });
    return {};
}

DnsLookup *
ResolverPrivate::start(const QString &name, const QList<int> &types, QObject *context,
                       std::chrono::milliseconds timeout,
                       std::function<void(const QList<Key> &, const QList<RawAnswer> &)> deliver)
{
    Q_ASSERT(context);
    auto *lookup = new DnsLookup(context);
    DnsLookupPrivate *l = lookup->d.get();
    l->resolver = q;
    l->name = wireName(name);
    for (int type : types)
        l->keys << Key{l->name, type};
    l->answers.resize(l->keys.size());
    l->deliver = [keys = l->keys, deliver = std::move(deliver)](const QList<RawAnswer> &answers) {
        deliver(keys, answers);
    };
    if (l->name.isEmpty()) {
        l->finish(failed(DnsFailure::InvalidName, u"not a DNS name: %1"_s.arg(name)));
        return lookup;
    }
    if (!setupError.isEmpty()) {
        l->finish(failed(DnsFailure::Resolver, setupError));
        return lookup;
    }
    QObject::connect(l->timer, &QTimer::timeout, lookup, [l, timeout] {
        l->finish(failed(DnsFailure::Timeout, u"no answer from the DNS server within %1 s"_s.arg(
                                                  timeout.count() / 1000.0)));
    });
    l->timer->start(timeout);
    for (const Key &key : std::as_const(l->keys)) {
        if (l->finished)
            break;
        ask(lookup, key);
    }
    return lookup;
}

void ResolverPrivate::ask(DnsLookup *lookup, const Key &key)
{
    if (const auto hit = cache.constFind(key); hit != cache.cend()) {
        const std::chrono::milliseconds left = hit->expires - clock->monotonic();
        if (left > 0ms) {
            ++stats.cacheHits;
            RawAnswer answer = hit->answer;
            answer.ttl = std::chrono::ceil<std::chrono::seconds>(left);
            lookup->d->receive(key, answer);
            return;
        }
        cache.erase(hit);
    }
    if (const auto it = inFlight.find(key); it != inFlight.end()) {
        ++stats.coalesced;
        it->waiters << lookup;
        return;
    }
    auto *ticket = new Ticket{this, key};
    int id = 0;
    const int rc = ub_resolve_async(ctx, key.name.constData(), key.type, ClassIN, ticket,
                                    &ResolverPrivate::onAnswer, &id);
    if (rc != 0) {
        delete ticket;
        lookup->d->receive(key, failed(DnsFailure::Resolver, QString::fromUtf8(ub_strerror(rc))));
        return;
    }
    ++stats.queries;
    qCDebug(lcDns) << "asking" << key.name << typeName(key.type) << "of" << config.server;
    inFlight.insert(key, InFlight{id, ticket, {lookup}});
}

void ResolverPrivate::detach(DnsLookup *lookup)
{
    for (auto it = inFlight.begin(); it != inFlight.end();) {
        it->waiters.removeAll(lookup);
        if (!it->waiters.isEmpty()) {
            ++it;
            continue;
        }
        ub_cancel(ctx, it->asyncId); // its callback will not come
        delete it->ticket;
        it = inFlight.erase(it);
    }
}

void ResolverPrivate::onAnswer(void *data, int err, ub_result *result)
{
    const auto *ticket = static_cast<Ticket *>(data);
    ResolverPrivate *d = ticket->d;
    const Key key = ticket->key;
    const RawAnswer answer = fromUnbound(err, result);
    if (result)
        ub_resolve_free(result);
    d->answered(key, answer);
}

void ResolverPrivate::answered(const Key &key, const RawAnswer &answer)
{
    const auto it = inFlight.find(key);
    if (it == inFlight.end())
        return;
    const InFlight done = *it;
    inFlight.erase(it);
    delete done.ticket;
    const RawAnswer kept = store(key, answer);
    for (DnsLookup *lookup : done.waiters)
        lookup->d->receive(key, kept);
}

RawAnswer ResolverPrivate::store(const Key &key, const RawAnswer &fresh)
{
    RawAnswer answer = fresh;
    switch (answer.status) {
    case DnsStatus::Ok:
        answer.ttl = qMin(answer.ttl, PositiveTtlCap);
        break;
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        answer.ttl = qMin(answer.ttl, NegativeTtlCap); // 0 without an SOA: not kept (RFC 2308 §5)
        break;
    case DnsStatus::Failure:
        return answer;
    }
    // Bogus data is libunbound's to keep (for its val-bogus-ttl); ask again next time.
    if (answer.ttl <= 0s || answer.dnssec == DnssecStatus::Bogus)
        return answer;
    const std::chrono::milliseconds now = clock->monotonic();
    if (cache.size() >= CacheLimit) {
        cache.removeIf([now](const auto &entry) { return entry.value().expires <= now; });
        if (cache.size() >= CacheLimit)
            cache.clear();
    }
    cache.insert(key, CacheEntry{answer, now + answer.ttl});
    return answer;
}

DnsLookup *Resolver::lookupAddresses(const QString &name, AddressFamily family, QObject *context,
                                     std::function<void(const AddressResult &)> done,
                                     std::chrono::milliseconds timeout)
{
    QList<int> types;
    if (family != AddressFamily::IPv4)
        types << TypeAAAA;
    if (family != AddressFamily::IPv6)
        types << TypeA;
    return d->start(
        name, types, context, timeout,
        [done = std::move(done)](const QList<Key> &keys, const QList<RawAnswer> &answers) {
            done(combineAddresses(keys, answers));
        });
}

DnsLookup *Resolver::lookupMx(const QString &name, QObject *context,
                              std::function<void(const MxResult &)> done,
                              std::chrono::milliseconds timeout)
{
    return d->start(name, {TypeMx}, context, timeout,
                    [done = std::move(done)](const QList<Key> &, const QList<RawAnswer> &answers) {
                        MxResult r = convert<MxResult>(answers.constFirst(), parseMx);
                        std::stable_sort(r.records.begin(), r.records.end(),
                                         [](const MxRecord &a, const MxRecord &b) {
                                             return a.preference < b.preference;
                                         });
                        done(r);
                    });
}

DnsLookup *Resolver::lookupSrv(const QString &name, QObject *context,
                               std::function<void(const SrvResult &)> done,
                               std::chrono::milliseconds timeout)
{
    return d->start(name, {TypeSrv}, context, timeout,
                    [done = std::move(done)](const QList<Key> &, const QList<RawAnswer> &answers) {
                        SrvResult r = convert<SrvResult>(answers.constFirst(), parseSrv);
                        std::stable_sort(r.records.begin(), r.records.end(),
                                         [](const SrvRecord &a, const SrvRecord &b) {
                                             return a.priority < b.priority;
                                         });
                        done(r);
                    });
}

DnsLookup *Resolver::lookupTxt(const QString &name, QObject *context,
                               std::function<void(const TxtResult &)> done,
                               std::chrono::milliseconds timeout)
{
    return d->start(name, {TypeTxt}, context, timeout,
                    [done = std::move(done)](const QList<Key> &, const QList<RawAnswer> &answers) {
                        done(convert<TxtResult>(answers.constFirst(), parseTxt));
                    });
}

DnsLookup *Resolver::lookupTlsa(const QString &name, QObject *context,
                                std::function<void(const TlsaResult &)> done,
                                std::chrono::milliseconds timeout)
{
    return d->start(name, {TypeTlsa}, context, timeout,
                    [done = std::move(done)](const QList<Key> &, const QList<RawAnswer> &answers) {
                        done(convert<TlsaResult>(answers.constFirst(), parseTlsa));
                    });
}

} // namespace Portolan
