// The diagnosis catalogue: one complete entry for every code of the table (report/codes.h) and
// none for anything else, so every code the engine can emit (an enumerator: the compiler refuses
// any other) has its texts; docs/diagnoses.md identical to what the catalogue generates.
#include "report/catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCodeHasACompleteEntry();
    void everyEntryIsACode();
    void namesAreStable();
    void designCodesArePresent();
    void docsAreInSync();
};

void TestCatalogue::everyCodeHasACompleteEntry()
{
    const Catalogue &c = Catalogue::instance();
    QCOMPARE(c.codes().size(), qsizetype(std::size(codeTable)));
    for (const CodeName &row : codeTable) {
        const QString code = row.name;
        const CatalogueEntry *e = c.entry(row.code);
        QVERIFY2(e, qPrintable(code + u": not in resources/diagnoses.json"_s));
        QCOMPARE(e->code, row.code);
        QVERIFY2(!e->title.isEmpty() && !e->explanation.isEmpty(), qPrintable(code));
        if (e->severity == Severity::Error && row.code != Code::Cancelled)
            QVERIFY2(!e->userFixes.isEmpty(),
                     qPrintable(code + u": an error needs a fix for the user"_s));
    }
    // The admin fixes name the concrete checks an admin runs.
    const CatalogueEntry *refused = c.entry(Code::ConnectionRefused);
    QVERIFY(refused->adminFixes.join(u' ').contains(u"inet_interfaces"_s));
    QVERIFY(refused->adminFixes.join(u' ').contains(u"REJECT"_s));
    QVERIFY(c.entry(Code::ConnectionTimeout)->adminFixes.join(u' ').contains(u"DROP"_s));
}

void TestCatalogue::everyEntryIsACode()
{
    // Read as text, not through the loader: an entry the table lacks, or one listed twice.
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/resources/diagnoses.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value("codes"_L1).toArray();
    QSet<QString> seen;
    for (const QJsonValue &v : entries) {
        const QString code = v.toObject().value("code"_L1).toString();
        QVERIFY2(codeFromName(code), qPrintable(code + u": not in report/codes.h"_s));
        QVERIFY2(!seen.contains(code), qPrintable(code + u": twice"_s));
        seen << code;
    }
    QCOMPARE(seen.size(), qsizetype(std::size(codeTable)));

    // The loader refuses what the table lacks, and a code listed twice.
    for (const QByteArray &json :
         {QByteArray(R"({"codes": [{"code": "ok"}, {"code": "no-such-code"}]})"),
          QByteArray(R"({"codes": [{"code": "ok"}, {"code": "ok"}]})")}) {
        QString error;
        const Catalogue bad = Catalogue::fromJson(json, &error);
        QVERIFY2(!error.isEmpty(), json.constData());
        QCOMPARE(bad.codes(), QList<Code>{Code::Ok});
    }
}

void TestCatalogue::namesAreStable()
{
    // Names are lower-case words joined by hyphens, each once, and read back to their code.
    QSet<QString> names;
    for (const CodeName &row : codeTable) {
        const QString name = row.name;
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(name).hasMatch(),
                 qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names << name;
        QVERIFY2(codeFromName(name) == row.code, qPrintable(name));
        QCOMPARE(codeName(row.code), row.name);
    }
    QVERIFY(!codeFromName(u"DNS-NXDOMAIN"_s));
    QVERIFY(!codeFromName(u""_s));
    // A few of the contract, spelled out: the monitor stores these and labels metrics with them.
    QCOMPARE(codeName(Code::DnsNxdomain), "dns-nxdomain"_L1);
    QCOMPARE(codeName(Code::Port25Blocked), "port25-blocked"_L1);
    QCOMPARE(codeName(Code::StartTlsNotOffered), "starttls-not-offered"_L1);
    QCOMPARE(codeName(Code::AuthOAuthOnly), "auth-oauth-only"_L1);
}

void TestCatalogue::designCodesArePresent()
{
    const QStringList design{u"ok"_s,
                             u"dns-nxdomain"_s,
                             u"dns-no-address"_s,
                             u"dns-failure"_s,
                             u"connection-refused"_s,
                             u"connection-timeout"_s,
                             u"network-unreachable"_s,
                             u"port25-blocked"_s,
                             u"connection-closed"_s,
                             u"greeting-timeout"_s,
                             u"plain-on-tls-port"_s,
                             u"tls-on-plain-port"_s,
                             u"starttls-not-offered"_s,
                             u"starttls-failed"_s,
                             u"tls-handshake-failed"_s,
                             u"tls-outdated-protocol"_s,
                             u"cert-expired"_s,
                             u"cert-not-yet-valid"_s,
                             u"cert-hostname-mismatch"_s,
                             u"cert-self-signed"_s,
                             u"cert-untrusted"_s,
                             u"cert-expires-soon"_s,
                             u"auth-not-offered"_s,
                             u"auth-cleartext-offered"_s,
                             u"auth-mechanism-unsupported"_s,
                             u"auth-failed"_s,
                             u"auth-temporary-failure"_s,
                             u"auth-required"_s,
                             u"sender-rejected"_s,
                             u"relay-denied"_s,
                             u"recipient-rejected"_s,
                             u"message-rejected"_s,
                             u"greylisted"_s,
                             u"server-busy"_s,
                             u"protocol-error"_s,
                             u"proxy-failure"_s,
                             u"auth-oauth-only"_s,
                             u"tls-mode-mismatch"_s};
    for (const QString &code : design) {
        const std::optional<Code> c = codeFromName(code);
        QVERIFY2(c && Catalogue::instance().entry(*c), qPrintable(u"missing: "_s + code));
    }
}

void TestCatalogue::docsAreInSync()
{
    QFile doc(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/diagnoses.md"_s);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString expected = Catalogue::instance().toMarkdown();
    QVERIFY2(QString::fromUtf8(doc.readAll()) == expected,
             "docs/diagnoses.md differs from resources/diagnoses.json: regenerate it with "
             "'portolan-cli explain --all --markdown > docs/diagnoses.md'");
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
