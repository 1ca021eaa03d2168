#include "dns/resolver.h"
#include "scripteddns.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverSpec_data();
    void serverSpec();
    void bothFamiliesInterleaved();
    void familyFilter();
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

static ResolveResult resolve(const QString &dnsServer, const QString &name, AddressFamily family)
{
    Resolver r;
    r.setServer(dnsServer);
    r.setFamily(family);
    r.setTimeout(std::chrono::milliseconds(3000));
    QSignalSpy spy(&r, &Resolver::finished);
    r.lookup(name);
    if (spy.isEmpty() && !spy.wait(5000))
        return {};
    return spy.constFirst().constFirst().value<ResolveResult>();
}

void TestResolver::bothFamiliesInterleaved()
{
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(
        u"mail.test"_s,
        {0, {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"127.0.0.2"_s), QHostAddress(u"::1"_s)}});
    const ResolveResult r = resolve(dns.address(), u"MAIL.test"_s, AddressFamily::Any);
    QCOMPARE(r.status, ResolveResult::Status::Ok);
    // IPv6 first, then the families alternate (RFC 8305 §4), each in the server's order.
    QCOMPARE(r.addresses, (QList<QHostAddress>{QHostAddress(u"::1"_s), QHostAddress(u"127.0.0.1"_s),
                                               QHostAddress(u"127.0.0.2"_s)}));
}

void TestResolver::familyFilter()
{
    PortolanTest::ScriptedDns dns;
    QVERIFY(dns.start());
    dns.set(u"v4only.test"_s, {0, {QHostAddress(u"127.0.0.1"_s)}});
    QCOMPARE(resolve(dns.address(), u"v4only.test"_s, AddressFamily::IPv4).addresses,
             QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s)});
    QCOMPARE(resolve(dns.address(), u"v4only.test"_s, AddressFamily::IPv6).status,
             ResolveResult::Status::NoAddress);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
