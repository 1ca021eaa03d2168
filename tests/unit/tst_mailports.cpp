// The ports a mail server needs: which checked port plays which standard one, and the firewall
// lines that open them (nftables, ufw, firewalld), for the standard numbers and for others.
#include "advisor/mailports.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

PortAdvice checked(Protocol protocol, quint16 port, Security worked, bool works,
                   const QStringList &capabilities = {})
{
    PortAdvice a;
    a.target = ScanTarget{protocol, port, port};
    a.works = works;
    a.report.target.port = port;
    a.report.target.protocol = protocol;
    a.report.effectiveSecurity = worked;
    a.report.capabilities = capabilities;
    a.report.address = works ? u"127.0.0.1:%1"_s.arg(port) : QString();
    Diagnosis d;
    d.code = works ? Code::Ok : Code::ConnectionRefused;
    d.severity = works ? Severity::Ok : Severity::Error;
    a.report.diagnoses << d;
    return a;
}

const PortNeed &needFor(const QList<PortNeed> &needs, quint16 port)
{
    for (const PortNeed &n : needs) {
        if (n.spec->port == port)
            return n;
    }
    qFatal("no need for port %d", port);
}
// The result refers into the list: a temporary list would leave it dangling.
const PortNeed &needFor(QList<PortNeed> &&needs, quint16 port) = delete;

} // namespace

class TestMailPorts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTable();
    void nonStandardNumbersPlayTheirRole();
    void rulesForStandardPorts_data();
    void rulesForStandardPorts();
    void rulesForCheckedNumbers();
    void scriptOpensWhatIsWanted();
    void copyAllHoldsOnlyCheckedPorts();
    void roleDecidesWhatIsAProblem();
};

void TestMailPorts::theTable()
{
    QList<quint16> ports;
    for (const MailPortSpec &s : mailPortSpecs()) {
        ports << s.port;
        QVERIFY(s.name && s.firewalld && s.purpose);
    }
    QCOMPARE(ports, (QList<quint16>{25, 465, 587, 993, 143, 995, 110, 4190}));
    QCOMPARE(mailPortSpecs()[0].audience, PortAudience::Internet);
    for (const PortNeed &n : portNeeds(nullptr)) {
        QVERIFY(!n.result());
        QCOMPARE(n.openPorts(), QList<quint16>{n.spec->port});
        QCOMPARE(n.wanted(), !n.spec->optional);
    }
}

void TestMailPorts::nonStandardNumbersPlayTheirRole()
{
    const QStringList auth{u"PIPELINING"_s, u"AUTH PLAIN LOGIN"_s};
    QCOMPARE(standardPortPlayed(checked(Protocol::Smtp, 3587, Security::StartTls, true, auth)),
             587);
    QCOMPARE(standardPortPlayed(checked(Protocol::Smtp, 3465, Security::Tls, true, auth)), 465);
    QCOMPARE(standardPortPlayed(checked(Protocol::Smtp, 3025, Security::StartTls, true,
                                        {u"STARTTLS"_s, u"8BITMIME"_s})),
             25);
    QCOMPARE(standardPortPlayed(checked(Protocol::Smtp, 2525, Security::StartTls, true)), 587);
    QCOMPARE(standardPortPlayed(checked(Protocol::Imap, 10993, Security::Tls, true)), 993);
    QCOMPARE(standardPortPlayed(checked(Protocol::Imap, 10143, Security::StartTls, true)), 143);
    QCOMPARE(standardPortPlayed(checked(Protocol::Pop3, 10995, Security::Tls, true)), 995);
    QCOMPARE(standardPortPlayed(checked(Protocol::Sieve, 14190, Security::StartTls, true)), 4190);
    // A standard number plays itself, whatever happened.
    QCOMPARE(standardPortPlayed(checked(Protocol::Smtp, 465, Security::None, false)), 465);

    ScanReport scan;
    scan.ports << checked(Protocol::Smtp, 3587, Security::StartTls, true, auth)
               << checked(Protocol::Smtp, 3588, Security::None, false, auth)
               << checked(Protocol::Imap, 993, Security::Tls, true);
    const QList<PortNeed> needs = portNeeds(&scan);
    const PortNeed &submission = needFor(needs, 587);
    QCOMPARE(submission.checked.size(), 2);
    QCOMPARE(submission.checked.constFirst().target.port, 3587); // the working one first
    QCOMPARE(submission.openPorts(), (QList<quint16>{3587, 3588}));
    QCOMPARE(submission.result(), Severity::Ok);
    QVERIFY(!needFor(needs, 465).result());
    QCOMPARE(needFor(needs, 993).result(), Severity::Ok);
}

void TestMailPorts::rulesForStandardPorts_data()
{
    QTest::addColumn<int>("firewall");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("rule");
    QTest::newRow("nft 25") << int(Firewall::Nftables) << 25
                            << u"nft add rule inet filter input tcp dport 25 accept comment "
                               "\"smtp\""_s;
    QTest::newRow("ufw 587") << int(Firewall::Ufw) << 587
                             << u"ufw allow 587/tcp comment 'submission'"_s;
    QTest::newRow("firewalld 587") << int(Firewall::Firewalld) << 587
                                   << u"firewall-cmd --permanent --add-service=smtp-submission"_s;
    QTest::newRow("firewalld 465")
        << int(Firewall::Firewalld) << 465 << u"firewall-cmd --permanent --add-service=smtps"_s;
    QTest::newRow("firewalld 4190") << int(Firewall::Firewalld) << 4190
                                    << u"firewall-cmd --permanent --add-service=managesieve"_s;
    QTest::newRow("nft 993") << int(Firewall::Nftables) << 993
                             << u"nft add rule inet filter input tcp dport 993 accept comment "
                                "\"imaps\""_s;
}

void TestMailPorts::rulesForStandardPorts()
{
    QFETCH(int, firewall);
    QFETCH(int, port);
    QFETCH(QString, rule);
    const QList<PortNeed> needs = portNeeds(nullptr); // kept: need refers into it
    const PortNeed &need = needFor(needs, quint16(port));
    QCOMPARE(firewallRules(Firewall(firewall), need), QStringList{rule});
}

void TestMailPorts::rulesForCheckedNumbers()
{
    ScanReport scan;
    scan.ports << checked(Protocol::Smtp, 3587, Security::StartTls, true, {u"AUTH PLAIN"_s});
    const QList<PortNeed> needs = portNeeds(&scan); // kept: need refers into it
    const PortNeed &need = needFor(needs, 587);
    QCOMPARE(firewallRules(Firewall::Firewalld, need),
             QStringList{u"firewall-cmd --permanent --add-port=3587/tcp"_s});
    QCOMPARE(firewallRules(Firewall::Ufw, need),
             QStringList{u"ufw allow 3587/tcp comment 'submission'"_s});
    QCOMPARE(firewallRules(Firewall::Nftables, need),
             QStringList{u"nft add rule inet filter input tcp dport 3587 accept comment "
                         "\"submission\""_s});
}

void TestMailPorts::scriptOpensWhatIsWanted()
{
    // Nothing checked: the six ports every mail server needs, not the optional plain ones.
    const QString ufw = firewallScript(Firewall::Ufw, portNeeds(nullptr));
    QCOMPARE(ufw.count(u'\n'), 6);
    QVERIFY(!ufw.contains(u"143/tcp"_s) && !ufw.contains(u"110/tcp"_s));
    // Plain IMAP answered: it is wanted too.
    ScanReport scan;
    scan.ports << checked(Protocol::Imap, 143, Security::StartTls, true);
    const QString firewalld = firewallScript(Firewall::Firewalld, portNeeds(&scan));
    QVERIFY(firewalld.contains(u"--add-service=imap\n"_s));
    QVERIFY(firewalld.contains(u"firewall-cmd --reload\n"_s));
    // After a check only what was checked: the rest is named, without a rule.
    QCOMPARE(firewalld.count(u"firewall-cmd"_s), 2);
    QVERIFY2(firewalld.contains(u"# not checked, no rule: 25 (smtp)"_s), qPrintable(firewalld));
}

// "Copy every rule" after a check: the ports checked, whatever their outcome (a refused port
// may be the one the firewall blocks), never a standard port nobody checked.
void TestMailPorts::copyAllHoldsOnlyCheckedPorts()
{
    ScanReport scan;
    scan.ports << checked(Protocol::Smtp, 587, Security::StartTls, false)
               << checked(Protocol::Imap, 993, Security::Tls, true);
    const QString nft = firewallScript(Firewall::Nftables, portNeeds(&scan));
    QVERIFY2(nft.contains(u"dport 587 accept"_s), qPrintable(nft));
    QVERIFY(nft.contains(u"dport 993 accept"_s));
    for (const char *other :
         {"dport 25 ", "dport 465 ", "dport 143 ", "dport 995 ", "dport 110 ", "dport 4190 "})
        QVERIFY2(!nft.contains(QLatin1String(other)), other);
    QCOMPARE(nft.count(u"nft add rule"_s), 2);
    const QString comment = nft.section(u'\n', -2, -2);
    QVERIFY2(comment.startsWith(u"# not checked, no rule: 25 (smtp), 465 (submissions)"_s),
             qPrintable(comment));
    QVERIFY(comment.contains(u"4190"_s));
}

// Decided on the role and the codes: no login on a port playing 25 is right; a login offered
// without encryption on a port playing 587 is a problem the page names.
void TestMailPorts::roleDecidesWhatIsAProblem()
{
    PortAdvice mx =
        checked(Protocol::Smtp, 3025, Security::StartTls, true, {u"STARTTLS"_s, u"8BITMIME"_s});
    mx.report.diagnoses << Diagnosis{Code::AuthNotOffered, Severity::Warning, {}, {}, {}, {}};
    PortAdvice submission =
        checked(Protocol::Smtp, 587, Security::None, true, {u"AUTH PLAIN LOGIN"_s});
    submission.report.diagnoses << Diagnosis{
        Code::AuthCleartextOffered, Severity::Warning, {}, {}, {}, {}};
    ScanReport scan;
    scan.ports << mx << submission;
    const QList<PortNeed> needs = portNeeds(&scan);
    const PortNeed &server = needFor(needs, 25);
    QCOMPARE(server.checked.size(), 1);
    QCOMPARE(server.result(), std::optional<Severity>(Severity::Ok));
    QVERIFY(server.problems(server.checked.first()).isEmpty());
    const PortNeed &users = needFor(needs, 587);
    QCOMPARE(users.result(), std::optional<Severity>(Severity::Warning));
    const QList<Diagnosis> problems = users.problems(users.checked.first());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, Code::AuthCleartextOffered);
    // The same finding on 587 without a login would be a problem there.
    QVERIFY(!rightForRole(*users.spec, Code::AuthNotOffered));
    QVERIFY(rightForRole(*server.spec, Code::AuthNotOffered));
}

QTEST_GUILESS_MAIN(TestMailPorts)
#include "tst_mailports.moc"
