// The diagnosis catalogue: complete texts for every code, docs/diagnoses.md identical to what the
// catalogue generates, and every code the engine can emit present in the catalogue.
#include "report/catalogue.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryIsComplete();
    void designCodesArePresent();
    void codesUsedInCoreArePresent();
    void docsAreInSync();
};

void TestCatalogue::everyEntryIsComplete()
{
    const Catalogue &c = Catalogue::instance();
    QVERIFY(c.codes().size() >= 40);
    for (const QString &code : c.codes()) {
        const CatalogueEntry *e = c.entry(code);
        QVERIFY2(!e->title.isEmpty() && !e->explanation.isEmpty(), qPrintable(code));
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(code).hasMatch(),
                 qPrintable(code));
        if (e->severity == Severity::Error && code != "cancelled"_L1)
            QVERIFY2(!e->userFixes.isEmpty(),
                     qPrintable(code + u": an error needs a fix for the user"_s));
        for (const QString &placeholder : {u"{names}"_s, u"{evidence}"_s, u"{works}"_s})
            Q_UNUSED(placeholder);
    }
    // The admin fixes name the concrete checks an admin runs.
    QVERIFY(c.entry(u"connection-refused"_s)->adminFixes.join(u' ').contains(u"inet_interfaces"_s));
    QVERIFY(c.entry(u"connection-refused"_s)->adminFixes.join(u' ').contains(u"REJECT"_s));
    QVERIFY(c.entry(u"connection-timeout"_s)->adminFixes.join(u' ').contains(u"DROP"_s));
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
    for (const QString &code : design)
        QVERIFY2(Catalogue::instance().entry(code), qPrintable(u"missing: "_s + code));
}

void TestCatalogue::codesUsedInCoreArePresent()
{
    // Every u"some-code"_s handed to a Diagnosis or fail() in core/ must be in the catalogue.
    const QRegularExpression used(
        uR"re((?:Diagnosis\{|fail\(|\? |: )u"([a-z0-9]+(?:-[a-z0-9]+)+)"_s)re"_s);
    QDirIterator it(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/core"_s, {u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int found = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        auto matches = used.globalMatch(text);
        while (matches.hasNext()) {
            const QString code = matches.next().captured(1);
            ++found;
            QVERIFY2(Catalogue::instance().entry(code),
                     qPrintable(code + u" in "_s + f.fileName()));
        }
    }
    QVERIFY(found > 10);
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
