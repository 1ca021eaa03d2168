// The parsers of discovery: Thunderbird's config-v1.1.xml and Autodiscover POX (pure, bounded, a
// finding for malformed input), and the config-v1.1.xml written for the admin.
#include "discovery/mailconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

const QString Address = u"Alice.B@Example.ORG"_s;

QByteArray config(const QByteArray &servers)
{
    return "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider "
           "id=\"example.org\">"
           "<domain>example.org</domain><displayName>Example</displayName>" +
           servers + "</emailProvider></clientConfig>";
}

bool hasProblem(const MailConfigDocument &doc, DocumentProblem p)
{
    for (const DocumentFinding &f : doc.findings) {
        if (f.problem == p)
            return true;
    }
    return false;
}

} // namespace

class TestDiscoveryParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void autoconfigServers();
    void autoconfigSocketTypes_data();
    void autoconfigSocketTypes();
    void autoconfigBadEntries_data();
    void autoconfigBadEntries();
    void autoconfigNotADocument_data();
    void autoconfigNotADocument();
    void autodiscoverProtocols();
    void autodiscoverSecurity_data();
    void autodiscoverSecurity();
    void autodiscoverRedirects();
    void autodiscoverErrors_data();
    void autodiscoverErrors();
    void publishedXmlReadsBack();
    void requestBody();
};

void TestDiscoveryParsers::autoconfigServers()
{
    const MailConfigDocument doc = parseAutoconfig(
        config(
            "<outgoingServer type=\"smtp\"><hostname>SMTP.%EMAILDOMAIN%</hostname><port>465</port>"
            "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
            "<username>%EMAILADDRESS%</username></outgoingServer>"
            "<incomingServer type=\"imap\"><hostname>imap.example.org.</hostname>"
            "<port> 993 </port><socketType>SSL</socketType>"
            "<authentication>password-encrypted</authentication>"
            "<authentication>OAuth2</authentication>"
            "<username>%EMAILLOCALPART%</username></incomingServer>"
            "<incomingServer type=\"pop3\"><hostname>pop.example.org</hostname><port>110</port>"
            "<socketType>STARTTLS</socketType><username>u-%EMAILDOMAIN%</username>"
            "</incomingServer>"),
        Address);
    QVERIFY2(doc.valid(), qPrintable(doc.findings.value(0).detail));
    QCOMPARE(doc.findings.size(), 0);
    QCOMPARE(doc.domains, QStringList{u"example.org"_s});
    QCOMPARE(doc.servers.size(), 3);
    // Incoming first, in the document's order; then outgoing.
    const ServerSetting &imap = doc.servers.at(0);
    QCOMPARE(imap.protocol, Protocol::Imap);
    QCOMPARE(imap.host, u"imap.example.org"_s);
    QCOMPARE(imap.port, quint16(993));
    QCOMPARE(imap.security, Security::Tls);
    QCOMPARE(imap.username, u"Alice.B"_s);
    QCOMPARE(imap.authentication, (QStringList{u"password-encrypted"_s, u"OAuth2"_s}));
    QCOMPARE(doc.servers.at(1).protocol, Protocol::Pop3);
    QCOMPARE(doc.servers.at(1).security, Security::StartTls);
    QCOMPARE(doc.servers.at(1).username, u"u-example.org"_s);
    const ServerSetting &smtp = doc.servers.at(2);
    QCOMPARE(smtp.protocol, Protocol::Smtp);
    QCOMPARE(smtp.host, u"smtp.example.org"_s);
    QCOMPARE(smtp.username, Address);
}

void TestDiscoveryParsers::autoconfigSocketTypes_data()
{
    QTest::addColumn<QByteArray>("socketType");
    QTest::addColumn<int>("security"); // -1: the entry is left out
    QTest::newRow("SSL") << QByteArray("SSL") << int(Security::Tls);
    QTest::newRow("ssl lower case") << QByteArray("ssl") << int(Security::Tls);
    QTest::newRow("STARTTLS") << QByteArray("STARTTLS") << int(Security::StartTls);
    QTest::newRow("plain") << QByteArray("plain") << int(Security::None);
    QTest::newRow("nonsense") << QByteArray("maybe") << -1;
    QTest::newRow("empty") << QByteArray("") << -1;
}

void TestDiscoveryParsers::autoconfigSocketTypes()
{
    QFETCH(QByteArray, socketType);
    QFETCH(int, security);
    const MailConfigDocument doc = parseAutoconfig(
        config("<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>143</port>"
               "<socketType>" +
               socketType + "</socketType></incomingServer>"),
        Address);
    QVERIFY(doc.valid());
    if (security < 0) {
        QVERIFY(doc.servers.isEmpty());
        QVERIFY(hasProblem(doc, DocumentProblem::BadValue));
    } else {
        QCOMPARE(doc.servers.size(), 1);
        QCOMPARE(int(doc.servers.constFirst().security), security);
    }
}

void TestDiscoveryParsers::autoconfigBadEntries_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<int>("problem");
    QTest::newRow("no hostname")
        << QByteArray("<incomingServer "
                      "type=\"imap\"><port>993</port><socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::BadValue);
    QTest::newRow("hostname with a space")
        << QByteArray(
               "<incomingServer type=\"imap\"><hostname>imap example</hostname><port>993</port>"
               "<socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::BadValue);
    QTest::newRow("port 0")
        << QByteArray(
               "<incomingServer type=\"imap\"><hostname>i.example.org</hostname><port>0</port>"
               "<socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::BadValue);
    QTest::newRow("port 70000")
        << QByteArray(
               "<outgoingServer type=\"smtp\"><hostname>s.example.org</hostname><port>70000</port>"
               "<socketType>SSL</socketType></outgoingServer>")
        << int(DocumentProblem::BadValue);
    QTest::newRow("exchange")
        << QByteArray("<incomingServer "
                      "type=\"exchange\"><hostname>e.example.org</hostname><port>443</port>"
                      "<socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::Unsupported);
    QTest::newRow("smtp as incoming")
        << QByteArray(
               "<incomingServer type=\"smtp\"><hostname>s.example.org</hostname><port>465</port>"
               "<socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::Unsupported);
    QTest::newRow("a very long host name")
        << QByteArray("<incomingServer type=\"imap\"><hostname>") + QByteArray(300, 'a') +
               QByteArray(
                   "</hostname><port>993</port><socketType>SSL</socketType></incomingServer>")
        << int(DocumentProblem::BadValue);
}

void TestDiscoveryParsers::autoconfigBadEntries()
{
    QFETCH(QByteArray, server);
    QFETCH(int, problem);
    // The bad entry is left out, a good one beside it is kept.
    const MailConfigDocument doc = parseAutoconfig(
        config(server + "<outgoingServer type=\"smtp\"><hostname>smtp.example.org</hostname>"
                        "<port>587</port><socketType>STARTTLS</socketType></outgoingServer>"),
        Address);
    QVERIFY(doc.valid());
    QVERIFY2(hasProblem(doc, DocumentProblem(problem)), qPrintable(doc.findings.value(0).detail));
    QCOMPARE(doc.servers.size(), 1);
    QCOMPARE(doc.servers.constFirst().host, u"smtp.example.org"_s);
}

void TestDiscoveryParsers::autoconfigNotADocument_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("problem");
    QTest::newRow("empty") << QByteArray() << int(DocumentProblem::Malformed);
    QTest::newRow("html") << QByteArray("<html><body>Welcome</body></html>")
                          << int(DocumentProblem::WrongDocument);
    QTest::newRow("cut off")
        << config("<incomingServer type=\"imap\"><hostname>i</hostname>").left(120)
        << int(DocumentProblem::Malformed);
    QTest::newRow("not xml") << QByteArray("{\"imap\": \"imap.example.org\"}")
                             << int(DocumentProblem::Malformed);
    QTest::newRow("no emailProvider")
        << QByteArray("<clientConfig version=\"1.1\"/>") << int(DocumentProblem::WrongDocument);
    QTest::newRow("too big") << config(QByteArray(MaxDocumentBytes, ' '))
                             << int(DocumentProblem::TooBig);
    QTest::newRow("mismatched tags") << QByteArray("<clientConfig><emailProvider></clientConfig>")
                                     << int(DocumentProblem::Malformed);
}

void TestDiscoveryParsers::autoconfigNotADocument()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, problem);
    const MailConfigDocument doc = parseAutoconfig(xml, Address);
    QVERIFY(!doc.valid());
    QVERIFY2(hasProblem(doc, DocumentProblem(problem)), qPrintable(doc.findings.value(0).detail));
    QVERIFY(doc.servers.isEmpty() || problem == int(DocumentProblem::Malformed));
}

void TestDiscoveryParsers::autodiscoverProtocols()
{
    const QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<Autodiscover "
        "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
        "<Response "
        "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
        "<Account><AccountType>email</AccountType><Action>settings</Action>"
        "<Protocol><Type>EXCH</Type><Server>ex.example.org</Server></Protocol>"
        "<Protocol><Type>IMAP</Type><Server>IMAP.example.org</Server><Port>993</Port>"
        "<LoginName>alice</LoginName><SSL>on</SSL></Protocol>"
        "<Protocol><Type>SMTP</Type><Server>smtp.example.org</Server><Port>587</Port>"
        "<SSL>on</SSL><Encryption>TLS</Encryption></Protocol>"
        "<Protocol><Type>POP3</Type><Server>pop.example.org</Server><SSL>off</SSL></Protocol>"
        "</Account></Response></Autodiscover>";
    const MailConfigDocument doc = parseAutodiscover(xml, Address);
    QVERIFY(doc.valid());
    QCOMPARE(doc.servers.size(), 3);
    QCOMPARE(doc.servers.at(0).protocol, Protocol::Imap);
    QCOMPARE(doc.servers.at(0).host, u"imap.example.org"_s);
    QCOMPARE(doc.servers.at(0).security, Security::Tls);
    QCOMPARE(doc.servers.at(0).username, u"alice"_s);
    QCOMPARE(doc.servers.at(1).protocol, Protocol::Smtp);
    QCOMPARE(doc.servers.at(1).security, Security::StartTls);
    // No <Port>: the protocol's port for the mode.
    QCOMPARE(doc.servers.at(2).protocol, Protocol::Pop3);
    QCOMPARE(doc.servers.at(2).port, quint16(110));
    QCOMPARE(doc.servers.at(2).security, Security::None);
}

void TestDiscoveryParsers::autodiscoverSecurity_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("security");
    QTest::newRow("SSL on, 465") << QByteArray("<Port>465</Port><SSL>on</SSL>") << 465
                                 << int(Security::Tls);
    QTest::newRow("SSL on, 587") << QByteArray("<Port>587</Port><SSL>on</SSL>") << 587
                                 << int(Security::StartTls);
    QTest::newRow("no SSL element") << QByteArray("<Port>465</Port>") << 465 << int(Security::Tls);
    QTest::newRow("SSL off") << QByteArray("<Port>25</Port><SSL>off</SSL>") << 25
                             << int(Security::None);
    QTest::newRow("Encryption SSL") << QByteArray("<Port>2465</Port><Encryption>SSL</Encryption>")
                                    << 2465 << int(Security::Tls);
    QTest::newRow("Encryption None") << QByteArray("<Port>587</Port><Encryption>None</Encryption>")
                                     << 587 << int(Security::None);
    QTest::newRow("Encryption Auto")
        << QByteArray("<Port>465</Port><Encryption>Auto</Encryption>") << 465 << int(Security::Tls);
    QTest::newRow("no port, SSL on") << QByteArray("<SSL>on</SSL>") << 465 << int(Security::Tls);
    QTest::newRow("bad Encryption")
        << QByteArray("<Port>465</Port><Encryption>yes</Encryption>") << 0 << -1;
    QTest::newRow("bad port") << QByteArray("<Port>x</Port>") << 0 << -1;
}

void TestDiscoveryParsers::autodiscoverSecurity()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, port);
    QFETCH(int, security);
    const MailConfigDocument doc =
        parseAutodiscover("<Autodiscover><Response><Account><Protocol><Type>SMTP</Type>"
                          "<Server>smtp.example.org</Server>" +
                              fields + "</Protocol></Account></Response></Autodiscover>",
                          Address);
    QVERIFY(doc.valid());
    if (security < 0) {
        QVERIFY(doc.servers.isEmpty());
        QVERIFY(hasProblem(doc, DocumentProblem::BadValue));
        return;
    }
    QCOMPARE(doc.servers.size(), 1);
    QCOMPARE(int(doc.servers.constFirst().port), port);
    QCOMPARE(int(doc.servers.constFirst().security), security);
}

void TestDiscoveryParsers::autodiscoverRedirects()
{
    const MailConfigDocument addr = parseAutodiscover(
        "<Autodiscover><Response><Account><Action>redirectAddr</Action>"
        "<RedirectAddr>alice@other.example</RedirectAddr></Account></Response></Autodiscover>",
        Address);
    QVERIFY(addr.valid());
    QCOMPARE(addr.redirectAddress, u"alice@other.example"_s);
    const MailConfigDocument url = parseAutodiscover(
        "<Autodiscover><Response><Account><Action>redirectUrl</Action>"
        "<RedirectUrl>https://ad.other.example/autodiscover/autodiscover.xml</RedirectUrl>"
        "</Account></Response></Autodiscover>",
        Address);
    QCOMPARE(url.redirectUrl, u"https://ad.other.example/autodiscover/autodiscover.xml"_s);
    const MailConfigDocument bad = parseAutodiscover(
        "<Autodiscover><Response><Account><Action>redirectUrl</Action>"
        "<RedirectUrl>javascript:alert(1)</RedirectUrl></Account></Response></Autodiscover>",
        Address);
    QVERIFY(bad.redirectUrl.isEmpty());
    QVERIFY(hasProblem(bad, DocumentProblem::BadValue));
}

void TestDiscoveryParsers::autodiscoverErrors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("problem");
    QTest::addColumn<bool>("valid");
    QTest::newRow("server error")
        << QByteArray(
               "<Autodiscover><Response><Error><ErrorCode>600</ErrorCode><Message>Invalid Request"
               "</Message></Error></Response></Autodiscover>")
        << int(DocumentProblem::Unsupported) << true;
    QTest::newRow("config-v1.1 instead")
        << config("") << int(DocumentProblem::WrongDocument) << false;
    QTest::newRow("no Response") << QByteArray("<Autodiscover/>")
                                 << int(DocumentProblem::WrongDocument) << false;
    QTest::newRow("broken") << QByteArray(
                                   "<Autodiscover><Response>&nope;</Response></Autodiscover>")
                            << int(DocumentProblem::Malformed) << false;
    QTest::newRow("too big") << QByteArray(MaxDocumentBytes + 1, '<')
                             << int(DocumentProblem::TooBig) << false;
}

void TestDiscoveryParsers::autodiscoverErrors()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, problem);
    QFETCH(bool, valid);
    const MailConfigDocument doc = parseAutodiscover(xml, Address);
    QCOMPARE(doc.valid(), valid);
    QVERIFY(doc.servers.isEmpty());
    QVERIFY2(hasProblem(doc, DocumentProblem(problem)), qPrintable(doc.findings.value(0).detail));
}

void TestDiscoveryParsers::publishedXmlReadsBack()
{
    ServerSetting imap;
    imap.protocol = Protocol::Imap;
    imap.host = u"imap.example.org"_s;
    imap.port = 993;
    imap.security = Security::Tls;
    imap.username = u"%EMAILADDRESS%"_s;
    imap.authentication = {u"password-cleartext"_s};
    ServerSetting smtp = imap;
    smtp.protocol = Protocol::Smtp;
    smtp.host = u"smtp.example.org"_s;
    smtp.port = 587;
    smtp.security = Security::StartTls;
    smtp.username = u"%EMAILLOCALPART%"_s;
    const QString xml = autoconfigXml(u"example.org"_s, {smtp, imap});
    const MailConfigDocument doc = parseAutoconfig(xml.toUtf8(), Address);
    QVERIFY2(doc.valid() && doc.findings.isEmpty(), qPrintable(xml));
    QCOMPARE(doc.domains, QStringList{u"example.org"_s});
    QCOMPARE(doc.servers.size(), 2);
    ServerSetting wantImap = imap;
    wantImap.username = Address;
    ServerSetting wantSmtp = smtp;
    wantSmtp.username = u"Alice.B"_s;
    QCOMPARE(doc.servers.at(0), wantImap);
    QCOMPARE(doc.servers.at(1), wantSmtp);
    // Text that could break out of an element is escaped.
    ServerSetting odd = imap;
    odd.username = u"a</username><x>"_s;
    const MailConfigDocument back =
        parseAutoconfig(autoconfigXml(u"example.org"_s, {odd}).toUtf8(), Address);
    QCOMPARE(back.servers.value(0).username, u"a</username><x>"_s);
}

void TestDiscoveryParsers::requestBody()
{
    const QByteArray body = autodiscoverRequest(u"a&b@example.org"_s);
    QVERIFY(body.contains("<EMailAddress>a&amp;b@example.org</EMailAddress>"));
    QVERIFY(body.contains("outlook/responseschema/2006a"));
}

QTEST_GUILESS_MAIN(TestDiscoveryParsers)
#include "tst_discoveryparsers.moc"
