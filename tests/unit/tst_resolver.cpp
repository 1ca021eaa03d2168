#include "dns/resolver.h"
#include "scripteddns.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTemporaryFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Portolan;
using PortolanTest::ScriptedDns;

namespace {

constexpr int TypeMx = 15;

// Starts one lookup through `start(context, callback)` and waits for its one callback.
template <typename Result, typename Start>
std::optional<Result> await(Start start, int limitMs = 5000)
{
    std::optional<Result> out;
    int calls = 0;
    QObject context;
    start(&context, [&](const Result &r) {
        out = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, limitMs))
        return std::nullopt;
    QTest::qWait(10); // a second callback would be a bug: give it a chance to show
    if (calls != 1)
        return std::nullopt;
    return out;
}

// A trust anchor for a zone no test asks about: lookups are not validated against the root's
// key (which a scripted server cannot prove anything against), so they come back insecure.
QString unrelatedAnchor()
{
    static QTemporaryFile file;
    if (!file.isOpen() && file.open()) {
        file.write("anchor.invalid. IN DS 12345 8 2 "
                   "0000000000000000000000000000000000000000000000000000000000000000\n");
        file.flush();
    }
    return file.fileName();
}

ResolverConfig configFor(const ScriptedDns &dns)
{
    return {dns.address(), unrelatedAnchor()};
}

AddressResult addresses(const ScriptedDns &dns, const QString &name, AddressFamily family)
{
    Resolver *r = Resolver::shared(configFor(dns));
    return await<AddressResult>([&](QObject *context, auto done) {
               r->lookupAddresses(name, family, context, done, 3s);
           })
        .value_or(AddressResult{});
}

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverSpec_data();
    void serverSpec();
    void sharedPerConfiguration();
    void bothFamiliesInterleaved();
    void familyFilter();
    void internationalName();
    void mx();
    void srv();
    void txt();
    void tlsa();
    void nxdomainVersusNoData();
    void rcodeFailures();
    void invalidName();
    void cacheHitAndExpiry();
    void negativeAnswersCachedBriefly();
    void coalescing();
    void manyAtOnce();
    void timeout();
    void answersAgainAfterSilence();
    void deletedContextNeverCalledBack();
    void abortCallsBackOnce();
    void neverCalledBackSynchronously();
    void bogusKeepsDataAndSaysWhy();
    void manualClock();
};

void TestResolver::serverSpec_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("spec");
    QTest::newRow("v4") << u"127.0.0.1"_s << u"127.0.0.1"_s;
    QTest::newRow("v4 port") << u"127.0.0.1:5353"_s << u"127.0.0.1@5353"_s;
    QTest::newRow("v6") << u"::1"_s << u"::1"_s;
    QTest::newRow("v6 port") << u"[::1]:5353"_s << u"::1@5353"_s;
    QTest::newRow("name") << u"dns.example"_s << QString();
    QTest::newRow("port 0") << u"127.0.0.1:0"_s << QString();
    QTest::newRow("port too big") << u"127.0.0.1:70000"_s << QString();
    QTest::newRow("junk") << u"1.2.3.4:53 x"_s << QString();
}

void TestResolver::serverSpec()
{
    QFETCH(QString, input);
    QFETCH(QString, spec);
    QCOMPARE(Resolver::unboundServerSpec(input), spec);
}

void TestResolver::sharedPerConfiguration()
{
    Resolver *a = Resolver::shared({u"127.0.0.1:53"_s, {}});
    QCOMPARE(Resolver::shared({u"127.0.0.1:53"_s, {}}), a);
    QVERIFY(Resolver::shared({u"127.0.0.2:53"_s, {}}) != a);
    QVERIFY(Resolver::shared({u"127.0.0.1:53"_s, unrelatedAnchor()}) != a);
    QCOMPARE(a->config().server, u"127.0.0.1:53"_s);
}

void TestResolver::bothFamiliesInterleaved()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(
        u"mail.test"_s,
        {0, {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"127.0.0.2"_s), QHostAddress(u"::1"_s)}});
    const AddressResult r = addresses(dns, u"MAIL.test."_s, AddressFamily::Any);
    QCOMPARE(r.status, DnsStatus::Ok);
    // IPv6 first, then the families alternate (RFC 8305 §4), each in the server's order.
    QCOMPARE(r.addresses, (QList<QHostAddress>{QHostAddress(u"::1"_s), QHostAddress(u"127.0.0.1"_s),
                                               QHostAddress(u"127.0.0.2"_s)}));
    QCOMPARE(r.dnssec, DnssecStatus::Insecure);
    QVERIFY2(r.ttl > 0s && r.ttl <= 60s, qPrintable(QString::number(r.ttl.count())));
}

void TestResolver::familyFilter()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"v4only.test"_s, {0, {QHostAddress(u"127.0.0.1"_s)}});
    QCOMPARE(addresses(dns, u"v4only.test"_s, AddressFamily::IPv4).addresses,
             QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s)});
    QCOMPARE(dns.queries(u"v4only.test"_s, 28), 0); // -4 asks no AAAA question
    const AddressResult v6 = addresses(dns, u"v4only.test"_s, AddressFamily::IPv6);
    QCOMPARE(v6.status, DnsStatus::NoData);
    QCOMPARE(v6.detail, u"NOERROR, no AAAA record"_s);
}

void TestResolver::internationalName()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"xn--bcher-kva.test"_s, {0, {QHostAddress(u"127.0.0.1"_s)}});
    const AddressResult r = addresses(dns, u"bücher.test"_s, AddressFamily::IPv4);
    QCOMPARE(r.status, DnsStatus::Ok);
    QCOMPARE(r.addresses, QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s)});
}

void TestResolver::mx()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.mx = {{20, u"mx2.example.test"_s}, {10, u"mx1.example.test"_s}, {20, u"mx3.example.test"_s}};
    dns.set(u"example.test"_s, e);
    ScriptedDns::Entry null;
    null.mx = {{0, u"."_s}};
    dns.set(u"nomail.test"_s, null);

    Resolver *r = Resolver::shared(configFor(dns));
    const auto result = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"example.test"_s, context, done); });
    QVERIFY(result);
    QCOMPARE(result->status, DnsStatus::Ok);
    // By preference; the server's order among equals.
    QCOMPARE(result->records, (QList<MxRecord>{{10, u"mx1.example.test"_s},
                                               {20, u"mx2.example.test"_s},
                                               {20, u"mx3.example.test"_s}}));
    QVERIFY2(result->ttl > 0s && result->ttl <= 60s,
             qPrintable(QString::number(result->ttl.count())));

    const auto nullMx = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"nomail.test"_s, context, done); });
    QVERIFY(nullMx);
    QCOMPARE(nullMx->records, (QList<MxRecord>{{0, u"."_s}})); // RFC 7505: no mail here
}

void TestResolver::srv()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry submissions;
    submissions.srv = {{10, 0, 465, u"backup.example.test"_s}, {0, 5, 465, u"mail.example.test"_s}};
    dns.set(u"_submissions._tcp.example.test"_s, submissions);
    ScriptedDns::Entry none;
    none.srv = {{0, 0, 0, u"."_s}};
    dns.set(u"_pop3._tcp.example.test"_s, none);

    Resolver *r = Resolver::shared(configFor(dns));
    const auto offered = await<SrvResult>([&](QObject *context, auto done) {
        r->lookupSrv(u"_submissions._tcp.example.test"_s, context, done);
    });
    QVERIFY(offered);
    QCOMPARE(offered->status, DnsStatus::Ok);
    QCOMPARE(offered->records, (QList<SrvRecord>{{0, 5, 465, u"mail.example.test"_s},
                                                 {10, 0, 465, u"backup.example.test"_s}}));
    QVERIFY(offered->records.constFirst().offered());

    // RFC 2782: a target of "." means the service is decidedly not available at this domain.
    const auto declined = await<SrvResult>([&](QObject *context, auto done) {
        r->lookupSrv(u"_pop3._tcp.example.test"_s, context, done);
    });
    QVERIFY(declined);
    QCOMPARE(declined->status, DnsStatus::Ok);
    QCOMPARE(declined->records.size(), 1);
    QCOMPARE(declined->records.constFirst().target, u"."_s);
    QVERIFY(!declined->records.constFirst().offered());
}

void TestResolver::txt()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    // A record longer than one character-string comes in pieces (RFC 7208 §3.3).
    e.txt = {{"v=spf1 ip4:192.0.2.0/24 ", "-all"}, {"hello"}, {""}};
    dns.set(u"example.test"_s, e);
    Resolver *r = Resolver::shared(configFor(dns));
    const auto result = await<TxtResult>(
        [&](QObject *context, auto done) { r->lookupTxt(u"example.test"_s, context, done); });
    QVERIFY(result);
    QCOMPARE(result->status, DnsStatus::Ok);
    QCOMPARE(result->records.size(), 3);
    QCOMPARE(result->records.at(0).strings, (QByteArrayList{"v=spf1 ip4:192.0.2.0/24 ", "-all"}));
    QCOMPARE(result->records.at(0).joined(), "v=spf1 ip4:192.0.2.0/24 -all"_ba);
    QCOMPARE(result->records.at(1).joined(), "hello"_ba);
    QCOMPARE(result->records.at(2).strings, QByteArrayList{QByteArray()});
}

void TestResolver::tlsa()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.tlsa = {QByteArray::fromHex("030101") + QByteArray(32, '\x8f'),
              QByteArray::fromHex("0301")}; // too short: left out
    dns.set(u"_25._tcp.mx.test"_s, e);
    ScriptedDns::Entry broken;
    broken.tlsa = {QByteArray::fromHex("03")};
    dns.set(u"_25._tcp.broken.test"_s, broken);

    Resolver *r = Resolver::shared(configFor(dns));
    const auto result = await<TlsaResult>(
        [&](QObject *context, auto done) { r->lookupTlsa(u"_25._tcp.mx.test"_s, context, done); });
    QVERIFY(result);
    QCOMPARE(result->status, DnsStatus::Ok);
    QCOMPARE(result->records.size(), 1);
    QCOMPARE(result->records.constFirst().text(), u"3 1 1 "_s + u"8f"_s.repeated(32));
    QCOMPARE(result->dnssec, DnssecStatus::Insecure);

    const auto malformed = await<TlsaResult>([&](QObject *context, auto done) {
        r->lookupTlsa(u"_25._tcp.broken.test"_s, context, done);
    });
    QVERIFY(malformed);
    QCOMPARE(malformed->status, DnsStatus::Failure);
    QCOMPARE(malformed->failure, DnsFailure::Malformed);
}

void TestResolver::nxdomainVersusNoData()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"web.test"_s, {0, {QHostAddress(u"127.0.0.1"_s)}}); // a name without MX
    Resolver *r = Resolver::shared(configFor(dns));

    const auto missing = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"nothing.test"_s, context, done); });
    QVERIFY(missing);
    QCOMPARE(missing->status, DnsStatus::NxDomain);
    QCOMPARE(missing->failure, DnsFailure::None);
    QVERIFY(missing->records.isEmpty());

    const auto noData = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"web.test"_s, context, done); });
    QVERIFY(noData);
    QCOMPARE(noData->status, DnsStatus::NoData);
    QVERIFY(noData->records.isEmpty());

    QCOMPARE(addresses(dns, u"nothing.test"_s, AddressFamily::Any).status, DnsStatus::NxDomain);
    dns.set(u"mxonly.test"_s, {0, {}, false, 60, {{10, u"mx.test"_s}}});
    QCOMPARE(addresses(dns, u"mxonly.test"_s, AddressFamily::Any).status, DnsStatus::NoData);
}

void TestResolver::rcodeFailures()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"broken.test"_s, {2, {}});
    dns.set(u"refused.test"_s, {5, {}});
    Resolver *r = Resolver::shared(configFor(dns));
    const auto servfail = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"broken.test"_s, context, done, 3s); });
    QVERIFY(servfail);
    QCOMPARE(servfail->status, DnsStatus::Failure);
    QCOMPARE(servfail->failure, DnsFailure::ServerFailure);
    QCOMPARE(servfail->ttl.count(), 0);
    // A forwarding resolver turns the server's REFUSED into its own SERVFAIL; either way a
    // failure of the server, never "no such name".
    const AddressResult refused = addresses(dns, u"refused.test"_s, AddressFamily::IPv4);
    QCOMPARE(refused.status, DnsStatus::Failure);
    QVERIFY2(refused.failure == DnsFailure::Refused || refused.failure == DnsFailure::ServerFailure,
             qPrintable(refused.detail));
}

void TestResolver::invalidName()
{
    Resolver *r = Resolver::shared({u"127.0.0.1:9"_s, unrelatedAnchor()});
    for (const QString &name : {u""_s, u"a..b"_s, QString(64, u'x') + u".test"_s}) {
        const auto result =
            await<MxResult>([&](QObject *context, auto done) { r->lookupMx(name, context, done); });
        QVERIFY(result);
        QCOMPARE(result->status, DnsStatus::Failure);
        QCOMPARE(result->failure, DnsFailure::InvalidName);
    }
}

void TestResolver::cacheHitAndExpiry()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.ttl = 60;
    e.mx = {{10, u"mx.example.test"_s}};
    dns.set(u"example.test"_s, e);
    ManualClock clock;
    Resolver r(configFor(dns), clock);
    auto lookup = [&] {
        return await<MxResult>([&](QObject *context, auto done) {
                   r.lookupMx(u"Example.Test"_s, context, done);
               })
            .value_or(MxResult{});
    };

    const MxResult first = lookup();
    QCOMPARE(first.status, DnsStatus::Ok);
    QCOMPARE(r.stats().queries, 1);
    QCOMPARE(dns.queries(u"example.test"_s, TypeMx), 1);

    clock.advance(20s);
    const MxResult cached = lookup();
    QCOMPARE(cached.records, first.records);
    QCOMPARE(r.stats().queries, 1); // not asked again
    QCOMPARE(r.stats().cacheHits, 1);
    QCOMPARE(cached.ttl.count(), first.ttl.count() - 20); // what is left of it

    clock.advance(first.ttl - 20s); // exactly expired
    const MxResult again = lookup();
    QCOMPARE(again.status, DnsStatus::Ok);
    QCOMPARE(r.stats().queries, 2);
    QCOMPARE(r.stats().cacheHits, 1);

    r.clearCache();
    lookup();
    QCOMPARE(r.stats().queries, 3);
}

void TestResolver::negativeAnswersCachedBriefly()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry shortSoa;
    shortSoa.ttl = 30; // the SOA's TTL and minimum: how long "no such record" holds
    shortSoa.addresses = {QHostAddress(u"127.0.0.1"_s)};
    dns.set(u"short.test"_s, shortSoa);
    ScriptedDns::Entry longSoa;
    longSoa.ttl = 86400;
    longSoa.addresses = {QHostAddress(u"127.0.0.1"_s)};
    dns.set(u"long.test"_s, longSoa);
    ManualClock clock;
    Resolver r(configFor(dns), clock);
    auto mx = [&](const QString &name) {
        return await<MxResult>(
                   [&](QObject *context, auto done) { r.lookupMx(name, context, done); })
            .value_or(MxResult{});
    };

    QCOMPARE(mx(u"short.test"_s).ttl.count(), 30);
    clock.advance(29s);
    QCOMPARE(mx(u"short.test"_s).status, DnsStatus::NoData);
    QCOMPARE(r.stats().queries, 1);
    clock.advance(1s);
    mx(u"short.test"_s);
    QCOMPARE(r.stats().queries, 2);

    // A day-long negative TTL is held for a minute only: someone may be fixing the record.
    QCOMPARE(mx(u"long.test"_s).ttl.count(), 60);
    clock.advance(59s);
    mx(u"long.test"_s);
    QCOMPARE(r.stats().queries, 3);
    clock.advance(1s);
    mx(u"long.test"_s);
    QCOMPARE(r.stats().queries, 4);
}

void TestResolver::coalescing()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.mx = {{10, u"mx.example.test"_s}};
    e.addresses = {QHostAddress(u"127.0.0.1"_s)};
    dns.set(u"example.test"_s, e);
    ManualClock clock;
    Resolver r(configFor(dns), clock);
    QObject context;
    QList<MxResult> results;
    QList<AddressResult> addressResults;
    for (int i = 0; i < 3; ++i)
        r.lookupMx(u"example.test"_s, &context, [&](const MxResult &m) { results << m; });
    // The A question of an IPv4 lookup is the A question of an "any" lookup: asked once.
    r.lookupAddresses(u"example.test"_s, AddressFamily::IPv4, &context,
                      [&](const AddressResult &a) { addressResults << a; });
    r.lookupAddresses(u"example.test"_s, AddressFamily::Any, &context,
                      [&](const AddressResult &a) { addressResults << a; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size() + addressResults.size(), 5, 5000);
    for (const MxResult &m : std::as_const(results))
        QCOMPARE(m.records, (QList<MxRecord>{{10, u"mx.example.test"_s}}));
    for (const AddressResult &a : std::as_const(addressResults))
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s)});
    QCOMPARE(r.stats().queries, 3); // MX, A, AAAA
    QCOMPARE(r.stats().coalesced, 3);
    QCOMPARE(dns.queries(u"example.test"_s, TypeMx), 1);
}

void TestResolver::manyAtOnce()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    constexpr int Names = 60;
    for (int i = 0; i < Names; ++i)
        dns.set(u"host%1.test"_s.arg(i), {0, {QHostAddress(quint32(0x7f000100 + i))}});
    Resolver *r = Resolver::shared(configFor(dns));
    QObject context;
    QHash<QString, AddressResult> results;
    for (int i = 0; i < Names; ++i) {
        const QString name = u"host%1.test"_s.arg(i);
        r->lookupAddresses(
            name, AddressFamily::Any, &context,
            [&results, name](const AddressResult &a) { results.insert(name, a); }, 5s);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), Names, 10000);
    for (int i = 0; i < Names; ++i) {
        const AddressResult a = results.value(u"host%1.test"_s.arg(i));
        QCOMPARE(a.status, DnsStatus::Ok);
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(quint32(0x7f000100 + i))});
    }
}

void TestResolver::timeout()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"silent.test"_s, {0, {}, true});
    Resolver *r = Resolver::shared(configFor(dns));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"silent.test"_s, context, done, 400ms); });
    QVERIFY(result);
    QCOMPARE(result->status, DnsStatus::Failure);
    QCOMPARE(result->failure, DnsFailure::Timeout);
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(dns.queries(u"silent.test"_s, TypeMx) > 0);

    // The same question again starts over, with its own time limit.
    elapsed.restart();
    const auto again = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"silent.test"_s, context, done, 300ms); });
    QVERIFY(again);
    QCOMPARE(again->failure, DnsFailure::Timeout);
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
}

void TestResolver::answersAgainAfterSilence()
{
    // A DNS server that was silent for a while (restarting, a dropped packet) is asked again
    // at once when it is back: a monitor must see the outage end when it ends. (Silent for
    // longer than libunbound's own retries, about 17 s, it keeps answering SERVFAIL for five
    // seconds more: its fixed SERVFAIL cache.)
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"flaky.test"_s, {0, {}, true});
    Resolver *r = Resolver::shared(configFor(dns));
    for (int i = 0; i < 3; ++i) {
        const auto silent = await<MxResult>([&](QObject *context, auto done) {
            r->lookupMx(u"flaky.test"_s, context, done, 600ms);
        });
        QVERIFY(silent);
        QCOMPARE(silent->failure, DnsFailure::Timeout);
    }
    ScriptedDns::Entry back;
    back.mx = {{10, u"mx.flaky.test"_s}};
    dns.set(u"flaky.test"_s, back);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto answered = await<MxResult>(
        [&](QObject *context, auto done) { r->lookupMx(u"flaky.test"_s, context, done, 3s); });
    QVERIFY(answered);
    QVERIFY2(answered->status == DnsStatus::Ok, qPrintable(answered->detail));
    QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestResolver::deletedContextNeverCalledBack()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.mx = {{10, u"mx.example.test"_s}};
    dns.set(u"example.test"_s, e);
    ManualClock clock;
    Resolver r(configFor(dns), clock);
    bool goneCalled = false;
    bool deletedCalled = false;
    auto *gone = new QObject;
    r.lookupMx(u"example.test"_s, gone, [&](const MxResult &) { goneCalled = true; });
    QObject context;
    DnsLookup *deleted =
        r.lookupMx(u"example.test"_s, &context, [&](const MxResult &) { deletedCalled = true; });
    QCOMPARE(r.stats().inFlight, 1);
    delete gone;    // a check that went away: its lookup went with it
    delete deleted; // the same, one lookup at a time
    QCOMPARE(r.stats().inFlight, 0);
    const auto witness =
        await<MxResult>([&](QObject *c, auto done) { r.lookupMx(u"example.test"_s, c, done); });
    QVERIFY(witness);
    QCOMPARE(witness->status, DnsStatus::Ok);
    QVERIFY(!goneCalled);
    QVERIFY(!deletedCalled);

    // Nobody waits for a question any more: it is dropped, not left running.
    dns.set(u"silent.test"_s, {0, {}, true});
    delete r.lookupMx(u"silent.test"_s, &context, [&](const MxResult &) { goneCalled = true; });
    QCOMPARE(r.stats().inFlight, 0);
    const auto after =
        await<TxtResult>([&](QObject *c, auto done) { r.lookupTxt(u"example.test"_s, c, done); });
    QVERIFY(after);
    QVERIFY(!goneCalled);
}

void TestResolver::abortCallsBackOnce()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"silent.test"_s, {0, {}, true});
    Resolver *r = Resolver::shared(configFor(dns));
    QObject context;
    QList<AddressResult> results;
    DnsLookup *lookup = r->lookupAddresses(u"silent.test"_s, AddressFamily::Any, &context,
                                           [&](const AddressResult &a) { results << a; });
    QVERIFY(!lookup->isFinished());
    lookup->abort();
    lookup->abort();
    QVERIFY(lookup->isFinished());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 2000);
    QCOMPARE(results.constFirst().status, DnsStatus::Failure);
    QCOMPARE(results.constFirst().failure, DnsFailure::Cancelled);
    QTest::qWait(50);
    QCOMPARE(results.size(), 1);
}

void TestResolver::neverCalledBackSynchronously()
{
    ScriptedDns dns;
    QVERIFY(dns.start());
    ScriptedDns::Entry e;
    e.mx = {{10, u"mx.example.test"_s}};
    dns.set(u"example.test"_s, e);
    ManualClock clock;
    Resolver r(configFor(dns), clock);
    QVERIFY(
        await<MxResult>([&](QObject *c, auto done) { r.lookupMx(u"example.test"_s, c, done); }));
    QObject context;
    int calls = 0;
    // From the cache, and a name that is no name: still from the event loop, never inside.
    r.lookupMx(u"example.test"_s, &context, [&](const MxResult &) { ++calls; });
    r.lookupMx(u"a..b"_s, &context, [&](const MxResult &) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 2);
    QCOMPARE(r.stats().cacheHits, 1);
}

void TestResolver::bogusKeepsDataAndSaysWhy()
{
    // A trust anchor for test.: the scripted server cannot show signatures, so everything under
    // it is bogus. The data still comes (a mail client behind a plain resolver would get it), and
    // so does the validator's reason; it is not cached.
    ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"mail.test"_s, {0, {QHostAddress(u"127.0.0.1"_s)}});
    QTemporaryFile anchor;
    QVERIFY(anchor.open());
    anchor.write("test. IN DS 12345 8 2 "
                 "0000000000000000000000000000000000000000000000000000000000000000\n");
    anchor.flush();
    ManualClock clock;
    Resolver r({dns.address(), anchor.fileName()}, clock);
    const auto result = await<AddressResult>([&](QObject *c, auto done) {
        r.lookupAddresses(u"mail.test"_s, AddressFamily::IPv4, c, done, 5s);
    });
    QVERIFY(result);
    QCOMPARE(result->dnssec, DnssecStatus::Bogus);
    QVERIFY2(!result->dnssecWhy.isEmpty(), "the validator's reason");
    QVERIFY2(result->status == DnsStatus::Ok, qPrintable(result->detail));
    QCOMPARE(result->addresses, QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s)});
}

void TestResolver::manualClock()
{
    const QDateTime start(QDate(2024, 3, 31), QTime(1, 30), Qt::UTC);
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.monotonic().count(), 0);
    clock.advance(90min);
    QCOMPARE(clock.now(), start.addSecs(5400));
    QCOMPARE(clock.monotonic().count(), 5400000);
    clock.setNow(start); // the wall clock set back: durations go on
    QCOMPARE(clock.now(), start);
    QCOMPARE(clock.monotonic().count(), 5400000);
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);

    const Clock &system = Clock::system();
    const std::chrono::milliseconds before = system.monotonic();
    QVERIFY(system.monotonic() >= before);
    QCOMPARE(system.now().timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
