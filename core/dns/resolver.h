#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace Portolan {

class Clock;
class DnsLookupPrivate;
class ResolverPrivate;

enum class AddressFamily { Any, IPv4, IPv6 };

// What the DNS said about a name and type (RFC 1035 §4.1.1, RFC 2308 §2).
enum class DnsStatus {
    Ok,       // records of the type asked for
    NxDomain, // the name does not exist
    NoData,   // the name exists, without records of that type
    Failure,  // no answer to rely on: see DnsFailure
};

enum class DnsFailure {
    None,
    Timeout,       // no answer within the lookup's time limit
    ServerFailure, // SERVFAIL
    Refused,       // REFUSED
    OtherRcode,    // FORMERR, NOTIMP and the rest
    Malformed,     // records that do not parse
    Resolver,      // the resolver could not ask: its configuration, or libunbound's own error
    InvalidName,   // not a name that can be looked up
    Cancelled,     // DnsLookup::abort()
};

enum class DnssecStatus {
    Insecure, // unsigned, not covered by a trust anchor, or not validated
    Secure,   // validated from a trust anchor
    Bogus,    // should validate but does not: `dnssecWhy` says why
};

// What every lookup's result says besides its records.
struct DnsResult
{
    using Status = DnsStatus;
    using Dnssec = DnssecStatus;
    DnsStatus status = DnsStatus::Failure;
    DnsFailure failure = DnsFailure::None; // set when status is Failure
    DnssecStatus dnssec = DnssecStatus::Insecure;
    // How much longer the answer holds: the records' TTL, for a negative answer its SOA's
    // (RFC 2308 §5); a cached answer's remaining time. 0 for failures.
    std::chrono::seconds ttl{0};
    // Evidence for people, never parsed: the rcode, the resolver's words.
    QString detail;
    QString dnssecWhy; // when bogus: the validator's reason
};

struct AddressResult : DnsResult
{
    QList<QHostAddress>
        addresses; // in the order to try them: IPv6 first, alternating (RFC 8305 §4)
};

struct MxRecord
{
    quint16 preference = 0;
    QString exchange; // "." is a null MX: the domain takes no mail (RFC 7505)
    friend bool operator==(const MxRecord &, const MxRecord &) = default;
};

struct MxResult : DnsResult
{
    QList<MxRecord> records; // by preference, the server's order among equals
};

// RFC 2782; for mail, RFC 6186 and RFC 8314 §5.1.
struct SrvRecord
{
    quint16 priority = 0;
    quint16 weight = 0;
    quint16 port = 0;
    QString target; // "." : the service is decidedly not offered at this domain
    [[nodiscard]] bool offered() const { return target != QLatin1Char('.'); }
    friend bool operator==(const SrvRecord &, const SrvRecord &) = default;
};

struct SrvResult : DnsResult
{
    QList<SrvRecord> records; // by priority, the server's order among equals
};

struct TxtRecord
{
    QList<QByteArray> strings; // the character-strings, as the record splits them
    // The strings concatenated, as SPF and DMARC read a record (RFC 7208 §3.3).
    [[nodiscard]] QByteArray joined() const { return strings.join(); }
    friend bool operator==(const TxtRecord &, const TxtRecord &) = default;
};

struct TxtResult : DnsResult
{
    QList<TxtRecord> records;
};

// One TLSA record (RFC 6698 §2.1).
struct TlsaRecord
{
    quint8 usage = 0;    // 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE
    quint8 selector = 0; // 0 the whole certificate, 1 its SubjectPublicKeyInfo
    quint8 matching = 0; // 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray data;
    // "3 1 1 8f2a…" (the presentation form, data in hex)
    [[nodiscard]] QString text() const;
    friend bool operator==(const TlsaRecord &, const TlsaRecord &) = default;
};

struct TlsaResult : DnsResult
{
    QList<TlsaRecord> records;
};

// What makes one resolver context: lookups with equal configurations share it.
struct ResolverConfig
{
    // "ADDR" or "ADDR:PORT" ("[v6]:PORT" for IPv6); empty: /etc/resolv.conf and /etc/hosts.
    QString server;
    // DNSSEC trust anchors (DS or DNSKEY records in zone-file form); empty: the root's key
    // from /usr/share/dns/root.key where it is installed.
    QString trustAnchorFile;
    friend bool operator==(const ResolverConfig &, const ResolverConfig &) = default;
};
[[nodiscard]] size_t qHash(const ResolverConfig &config, size_t seed = 0);

// One lookup in flight, a child of the context object it was started for. Its callback runs at
// most once, from the event loop (never inside the call that started it), and never once the
// lookup or its context is deleted. Safe to delete at any time, also from its own callback.
// Like QDnsLookup, it stays until deleted: a caller with many lookups deletes them when done.
class DnsLookup : public QObject
{
    Q_OBJECT
public:
    ~DnsLookup() override;

    [[nodiscard]] QString name() const; // as asked: lower case, ASCII (IDNA)
    [[nodiscard]] bool isFinished() const;
    // Ends the lookup now; the callback still comes, once, with DnsFailure::Cancelled. Delete
    // the lookup instead to have no callback at all.
    void abort();

private:
    friend class ResolverPrivate;
    explicit DnsLookup(QObject *context);
    std::unique_ptr<DnsLookupPrivate> d;
};

// A caching, validating stub resolver on one libunbound context, asynchronous through the
// context's file descriptor (a QSocketNotifier): no lookup blocks, no thread per lookup
// (libunbound keeps one worker thread per context). Answers are cached per (name, type) for
// their TTL, negative ones for their SOA's TTL up to a minute; lookups of a name and type
// already on its way share that one query. Every lookup is bounded by its timeout.
class Resolver : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    // The process's resolver for `config`, made on first use, owned by the application object.
    // From the main thread only.
    [[nodiscard]] static Resolver *shared(const ResolverConfig &config);

    // A resolver of its own (tests: a manual clock). `clock` must outlive it.
    explicit Resolver(const ResolverConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~Resolver() override;

    [[nodiscard]] const ResolverConfig &config() const;

    // Names are case-insensitive, in ASCII or Unicode (converted with IDNA), with or without
    // the final dot. `done` runs once, within `timeout`, unless the lookup is deleted first.
    DnsLookup *lookupAddresses(const QString &name, AddressFamily family, QObject *context,
                               std::function<void(const AddressResult &)> done,
                               std::chrono::milliseconds timeout = DefaultTimeout);
    DnsLookup *lookupMx(const QString &name, QObject *context,
                        std::function<void(const MxResult &)> done,
                        std::chrono::milliseconds timeout = DefaultTimeout);
    // `name` as in "_submissions._tcp.example.org".
    DnsLookup *lookupSrv(const QString &name, QObject *context,
                         std::function<void(const SrvResult &)> done,
                         std::chrono::milliseconds timeout = DefaultTimeout);
    DnsLookup *lookupTxt(const QString &name, QObject *context,
                         std::function<void(const TxtResult &)> done,
                         std::chrono::milliseconds timeout = DefaultTimeout);
    // `name` as in "_25._tcp.mx.example.org"; see `dnssec` before trusting the records.
    DnsLookup *lookupTlsa(const QString &name, QObject *context,
                          std::function<void(const TlsaResult &)> done,
                          std::chrono::milliseconds timeout = DefaultTimeout);

    struct Stats
    {
        int queries = 0;   // questions handed to libunbound
        int cacheHits = 0; // answered from the cache
        int coalesced = 0; // joined a question already on its way
        int inFlight = 0;  // questions on their way now
    };
    [[nodiscard]] Stats stats() const;
    // Forgets the answers this resolver cached; libunbound keeps its own, also by TTL.
    void clearCache();

    // Parses "ADDR[:PORT]" into unbound's "ADDR@PORT"; empty when it is not an address.
    [[nodiscard]] static QString unboundServerSpec(const QString &server);

private:
    friend class DnsLookup;
    friend class DnsLookupPrivate;
    std::unique_ptr<ResolverPrivate> d;
};

} // namespace Portolan
