// "Set up my mail account" from the address alone, offscreen, against the discovery test bed
// (run through tests/integration/discovery-netns.sh: NSD, nginx, Postfix/Dovecot in a network
// namespace of its own). The start page's first choice opens the discovery page; the server name
// is one click further ("I know my server name"); the live view fills while the discovery runs;
// the result shows the settings with their sources, the sources side by side with ticks, what
// Thunderbird would pick and what to publish (copy buttons); a host no vouching source names
// waits for the user's yes; the password reaches no widget.
#include "discoverypage.h"
#include "formpage.h"
#include "mainwindow.h"
#include "report/catalogue.h"
#include "startpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

void shoot(QWidget *window, const QString &name)
{
    QDir().mkpath(QStringLiteral(PORTOLAN_SCREENSHOTS));
    QApplication::processEvents();
    window->grab().save(QStringLiteral(PORTOLAN_SCREENSHOTS) + u'/' + name + u".png"_s);
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// Every text a person can see on the page.
QString allText(QWidget *page)
{
    QStringList out;
    for (QLabel *l : page->findChildren<QLabel *>())
        out << l->text();
    for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
        if (e->echoMode() == QLineEdit::Normal)
            out << e->text();
    }
    for (QPlainTextEdit *e : page->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    for (QTreeWidget *t : page->findChildren<QTreeWidget *>()) {
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            for (int c = 0; c < t->columnCount(); ++c)
                out << t->topLevelItem(i)->text(c) << t->topLevelItem(i)->toolTip(c);
        }
    }
    for (QTableWidget *t : page->findChildren<QTableWidget *>()) {
        for (int r = 0; r < t->rowCount(); ++r) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (t->item(r, c))
                    out << t->item(r, c)->text() << t->item(r, c)->toolTip();
            }
        }
    }
    return out.join(u'\n');
}

ServerSetting setting(Protocol protocol, const QString &host, quint16 port, Security security)
{
    ServerSetting s;
    s.protocol = protocol;
    s.host = host;
    s.port = port;
    s.security = security;
    return s;
}

Candidate candidate(const ServerSetting &server, DiscoverySource source, bool works)
{
    Candidate c;
    c.server = server;
    c.sources = {source};
    c.probed = true;
    c.advice.works = works;
    c.advice.rank = works ? 1 : 0;
    return c;
}

SourceResult source(DiscoverySource which, SourceStatus status, const QString &url = {})
{
    SourceResult s;
    s.source = which;
    s.status = status;
    s.url = url;
    return s;
}

// A finished discovery as the engine reports it: settings that work, both http set-up files
// asked, a problem, what to publish (when `works`).
DiscoveryReport syntheticReport(bool works)
{
    DiscoveryReport r;
    r.address = u"alice@example.org"_s;
    r.domain = u"example.org"_s;
    r.username = r.address;
    const ServerSetting imap = setting(Protocol::Imap, u"imap.example.org"_s, 993, Security::Tls);
    const ServerSetting smtp = setting(Protocol::Smtp, u"smtp.example.org"_s, 465, Security::Tls);
    SourceResult ac = source(DiscoverySource::Autoconfig, SourceStatus::Found,
                             u"https://autoconfig.example.org/mail/config-v1.1.xml"_s);
    ac.servers = {imap, smtp};
    r.sources << ac
              << source(DiscoverySource::AutoconfigHttp, SourceStatus::None,
                        u"http://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=a"_s)
              << source(DiscoverySource::AutoconfigHttp, SourceStatus::None,
                        u"http://example.org/.well-known/autoconfig/mail/config-v1.1.xml"_s)
              << source(DiscoverySource::Ispdb, SourceStatus::Error,
                        u"https://autoconfig.thunderbird.net/v1.1/example.org"_s)
              << source(DiscoverySource::Srv, SourceStatus::None);
    r.candidates << candidate(imap, DiscoverySource::Autoconfig, works)
                 << candidate(smtp, DiscoverySource::Autoconfig, works);
    Diagnosis d;
    d.code = works ? Code::DiscoverySourcesDisagree : Code::DiscoveryNoSettings;
    d.severity = works ? Severity::Warning : Severity::Error;
    r.diagnoses << d;
    if (works)
        r.publish.autoconfigXml = u"<clientConfig version=\"1.1\"/>"_s;
    return r;
}

} // namespace

class TestGuiDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addressAloneThenAdvanced();
    void invalidAddress();
    void everySource();
    void consentForAHostNoSourceVouchesFor();
    void wrongTlsModeShownCorrected();
    void verdictFirst();
    void nothingWorksNoCopyNoPublish();
    void verdictNamesTheCause();
    void manualLinkTakesReturn();

private:
    [[nodiscard]] DiscoveryOptions base() const;
    bool runPage(MainWindow &w, const QString &address, const QString &password);
    QHash<QString, QString> m_env;
};

void TestGuiDiscovery::initTestCase()
{
    const QByteArray path = qgetenv("PORTOLAN_DISCOVERY_BED");
    QVERIFY2(!path.isEmpty(), "run me through tests/integration/discovery-netns.sh (ctest does)");
    QFile f(QString::fromLocal8Bit(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY(m_env.contains(u"DNS_SERVER"_s) && m_env.contains(u"PASSWORD"_s));
}

DiscoveryOptions TestGuiDiscovery::base() const
{
    DiscoveryOptions o;
    o.dnsServer = m_env.value(u"DNS_SERVER"_s);
    o.trustAnchorFile = m_env.value(u"TRUST_ANCHOR"_s);
    o.extraCaCertificates = QSslCertificate::fromPath(m_env.value(u"CA_FILE"_s));
    o.ispdbBaseUrl = m_env.value(u"ISPDB_URL"_s);
    o.timeout = std::chrono::seconds(3);
    return o;
}

void TestGuiDiscovery::addressAloneThenAdvanced()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseAccount"_s), Qt::LeftButton);
    DiscoveryPage *page = w.discoveryPage();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(page));
    auto *address = child<QLineEdit>(page, u"discoveryAddress"_s);
    QVERIFY(address->text().isEmpty());
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_VERIFY(address->hasFocus());
    // No server name on this page: the address and the password are all it asks.
    QStringList visibleFields;
    for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
        if (e->isVisibleTo(page))
            visibleFields << e->objectName();
    }
    QCOMPARE(visibleFields.size(), 2);
    QVERIFY(!child<QPushButton>(page, u"discoveryFind"_s)->isEnabled());
    QVERIFY(!child<QGroupBox>(page, u"discoveryResult"_s)->isVisibleTo(page));
    shoot(&w, u"30-discovery-form"_s);
    // Advanced: the ordinary form, with the address already in it.
    QTest::keyClicks(address, u"alice@ac.dtest"_s);
    QVERIFY(child<QPushButton>(page, u"discoveryFind"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"discoveryManual"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.formPage());
    QCOMPARE(child<QLineEdit>(w.formPage(), u"user"_s)->text(), u"alice@ac.dtest"_s);
    // Back, and the address page again; a new visit starts empty.
    w.back();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(page));
    w.back();
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseAccount"_s), Qt::LeftButton);
    QVERIFY(address->text().isEmpty());
}

void TestGuiDiscovery::invalidAddress()
{
    DiscoveryPage page;
    page.show();
    QTest::keyClicks(child<QLineEdit>(&page, u"discoveryAddress"_s), u"no-at-sign"_s);
    QTest::mouseClick(child<QPushButton>(&page, u"discoveryFind"_s), Qt::LeftButton);
    QVERIFY(!page.running());
    QVERIFY(page.report() == nullptr);
    const QString said = allText(&page);
    QVERIFY2(said.contains(Discovery::validateAddress(u"no-at-sign"_s)), qPrintable(said));
}

bool TestGuiDiscovery::runPage(MainWindow &w, const QString &address, const QString &password)
{
    DiscoveryPage *page = w.discoveryPage();
    page->setBaseOptions(base());
    QTest::mouseClick(w.startPage()->findChild<QCommandLinkButton *>(u"chooseAccount"_s),
                      Qt::LeftButton);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"discoveryAddress"_s), address);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"discoveryPassword"_s), password);
    QSignalSpy done(page, &DiscoveryPage::finished);
    QTest::keyClick(page->findChild<QLineEdit *>(u"discoveryPassword"_s), Qt::Key_Return);
    return page->running() && done.wait(30000);
}

void TestGuiDiscovery::everySource()
{
    MainWindow w;
    w.resize(900, 1250);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DiscoveryPage *page = w.discoveryPage();
    auto *sources = child<QTreeWidget>(page, u"discoverySources"_s);
    auto *checks = child<QTreeWidget>(page, u"discoveryChecks"_s);
    // The live view: rows appear while the discovery runs, sources first, then the checks.
    int sourceRowsWhileRunning = 0;
    int checkRowsWhileRunning = 0;
    bool sourceBeforeCheck = false;
    connect(sources->model(), &QAbstractItemModel::rowsInserted, this, [&] {
        if (page->running())
            ++sourceRowsWhileRunning;
    });
    connect(checks->model(), &QAbstractItemModel::rowsInserted, this, [&] {
        if (page->running()) {
            if (checkRowsWhileRunning++ == 0)
                sourceBeforeCheck = sourceRowsWhileRunning > 0;
        }
    });
    const QString password = m_env.value(u"PASSWORD"_s);
    QVERIFY(runPage(w, u"alice@all.dtest"_s, password));
    QVERIFY(sourceRowsWhileRunning >= 7);
    QVERIFY(checkRowsWhileRunning >= 3);
    QVERIFY(sourceBeforeCheck);

    const DiscoveryReport *r = page->report();
    QVERIFY(r);
    QVERIFY(r->bestReceiving() && r->bestSending());
    QVERIFY(child<QGroupBox>(page, u"discoveryResult"_s)->isVisibleTo(page));
    // The settings, with where they came from.
    QVERIFY2(page->sendingText().contains(u"smtp.all.dtest"_s), qPrintable(page->sendingText()));
    QVERIFY2(page->sendingText().contains(discoverySourceWords(DiscoverySource::Autoconfig)),
             qPrintable(page->sendingText()));
    QVERIFY2(page->receivingText().contains(u".all.dtest"_s), qPrintable(page->receivingText()));
    // The sources side by side: one row each, ticks against what works.
    auto *table = child<QTableWidget>(page, u"discoveryComparison"_s);
    QCOMPARE(table->rowCount(), r->sources.size());
    int ticks = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int c : {2, 3})
            ticks += table->item(row, c)->text().count(u"✓"_s);
    }
    QVERIFY2(ticks >= 7 * 2, qPrintable(QString::number(ticks)));
    // What Thunderbird would have picked.
    const QString clients = child<QLabel>(page, u"discoveryClients"_s)->text();
    QVERIFY2(clients.contains(u"Thunderbird"_s), qPrintable(clients));
    // For the admin: the file and the records, each copied by its button.
    auto *xml = child<QPlainTextEdit>(page, u"discoveryPublishXml"_s);
    QVERIFY(xml->toPlainText().contains(u"<clientConfig"_s));
    QVERIFY(xml->toPlainText().contains(u"smtp.all.dtest"_s));
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == DiscoveryPage::tr("Copy config-v1.1.xml"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(QApplication::clipboard()->text(), xml->toPlainText());
    auto *srv = child<QPlainTextEdit>(page, u"discoveryPublishSrv"_s);
    QVERIFY2(srv->toPlainText().contains(u"_submissions._tcp.all.dtest."_s),
             qPrintable(srv->toPlainText()));
    // The password is on no widget.
    QVERIFY(!allText(page).contains(password));
    shoot(&w, u"31-discovery-result"_s);
}

void TestGuiDiscovery::wrongTlsModeShownCorrected()
{
    // wrongtls.dtest's autoconfig says STARTTLS for 993 and 465: the page recommends SSL/TLS,
    // marked as corrected, in the settings, the checks and the clients' part; the XML to publish
    // says SSL.
    MainWindow w;
    w.resize(900, 1250);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DiscoveryPage *page = w.discoveryPage();
    const QString password = m_env.value(u"PASSWORD"_s);
    QVERIFY(runPage(w, u"alice@wrongtls.dtest"_s, password));
    const DiscoveryReport *r = page->report();
    QVERIFY(r && r->bestReceiving() && r->bestSending());
    QVERIFY(r->bestReceiving()->correctedFrom);
    QVERIFY2(page->receivingText().contains(u"993"_s) &&
                 page->receivingText().contains(
                     DiscoveryPage::tr("(corrected: the source says %1, the port speaks %2)")
                         .arg(securityClientWords(Security::StartTls),
                              securityClientWords(Security::Tls))),
             qPrintable(page->receivingText()));
    auto *checks = child<QTreeWidget>(page, u"discoveryChecks"_s);
    int corrected = 0;
    for (int i = 0; i < checks->topLevelItemCount(); ++i)
        corrected += checks->topLevelItem(i)->text(1).contains(
            DiscoveryPage::tr("(corrected from %1)").arg(securityClientWords(Security::StartTls)));
    QCOMPARE(corrected, 2);
    const QString clients = child<QLabel>(page, u"discoveryClients"_s)->text();
    QVERIFY2(clients.contains(u"→"_s), qPrintable(clients));
    const QString xml = child<QPlainTextEdit>(page, u"discoveryPublishXml"_s)->toPlainText();
    QVERIFY2(xml.contains(u"<socketType>SSL</socketType>"_s) && !xml.contains(u"STARTTLS"_s),
             qPrintable(xml));
    QVERIFY(!allText(page).contains(password));
    shoot(&w, u"33-discovery-corrected"_s);
}

void TestGuiDiscovery::consentForAHostNoSourceVouchesFor()
{
    // srv.utest: unsigned SRV records naming hoster.dtest; the page asks before the password
    // goes there. "Check without logging in": the checks run without it.
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    DiscoveryPage *page = w.discoveryPage();
    auto *consent = child<QFrame>(page, u"discoveryConsent"_s);
    QStringList asked;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (!consent->isVisibleTo(page))
            return;
        for (QLabel *l : consent->findChildren<QLabel *>())
            asked << l->text();
        if (asked.size() == 1)
            shoot(&w, u"32-discovery-consent"_s);
        QTest::mouseClick(child<QPushButton>(page, u"discoveryConsentNo"_s), Qt::LeftButton);
    });
    answer.start();
    QVERIFY(runPage(w, u"alice@srv.utest"_s, m_env.value(u"PASSWORD"_s)));
    answer.stop();
    QVERIFY2(!asked.isEmpty(), "the page never asked");
    QVERIFY2(asked.join(u' ').contains(u"hoster.dtest"_s), qPrintable(asked.join(u'\n')));
    const DiscoveryReport *r = page->report();
    QVERIFY(r);
    int declined = 0;
    for (const Candidate &c : r->candidates) {
        if (c.server.host.endsWith(u"hoster.dtest"_s)) {
            QCOMPARE(c.login, LoginDecision::Declined);
            ++declined;
        }
    }
    QVERIFY(declined >= 2);
    QVERIFY(!consent->isVisibleTo(page));
}

QTEST_MAIN(TestGuiDiscovery)
// The result at the default window size: the verdict and the settings at the top, visible
// without scrolling; the problems next; the sources side by side below, every row whole; each
// source row named apart.
void TestGuiDiscovery::verdictFirst()
{
    DiscoveryPage page;
    page.resize(907, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showReport(syntheticReport(true));
    QApplication::processEvents();
    shoot(&page, u"discovery-verdict-first"_s);
    auto *viewport = page.findChild<QScrollArea *>()->viewport();
    const auto bottom = [viewport](QWidget *w) {
        return w->mapTo(viewport, QPoint(0, w->height())).y();
    };
    const auto top = [viewport](QWidget *w) {
        return w->mapTo(viewport, QPoint(0, 0)).y();
    };
    auto *verdict = child<QLabel>(&page, u"discoveryVerdict"_s);
    auto *sending = child<QLabel>(&page, u"discoverySending"_s);
    auto *problems = child<QLabel>(&page, u"discoveryProblems"_s);
    auto *table = child<QTableWidget>(&page, u"discoveryComparison"_s);
    QVERIFY2(
        bottom(sending) <= viewport->height(),
        qPrintable(u"settings end at %1 of %2"_s.arg(bottom(sending)).arg(viewport->height())));
    QVERIFY(top(verdict) < top(sending));
    QVERIFY(bottom(sending) <= top(problems));
    QVERIFY(!problems->text().isEmpty());
    QVERIFY(bottom(problems) <= top(table));
    QVERIFY(child<QPushButton>(&page, u"discoveryCopyReceiving"_s)->isVisible());
    QVERIFY(child<QPushButton>(&page, u"discoveryCopySending"_s)->isVisible());
    // Every row whole inside the table; no two rows named alike.
    QCOMPARE(table->rowCount(), 5);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(table->rowViewportPosition(row) >= 0 &&
                     table->rowViewportPosition(row) + table->rowHeight(row) <=
                         table->viewport()->height(),
                 qPrintable(u"row %1 clipped"_s.arg(row)));
        names << table->item(row, 0)->text();
    }
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    QVERIFY2(names.at(2).contains(u".well-known"_s), qPrintable(names.at(2)));
    // Thunderbird's database out of reach (offline): neutral, while others have settings.
    QCOMPARE(table->item(3, 1)->text(), DiscoveryPage::tr("not reachable"));
    // What to publish: the file only (there are no records).
    QVERIFY(child<QGroupBox>(&page, u"discoveryPublish"_s)->isVisible());
    QVERIFY(child<QPlainTextEdit>(&page, u"discoveryPublishXml"_s)->isVisible());
    QVERIFY(!child<QPlainTextEdit>(&page, u"discoveryPublishSrv"_s)->isVisible());
}

// Nothing works: no copy buttons beside "nothing that works was found", no empty boxes of
// what to publish.
void TestGuiDiscovery::nothingWorksNoCopyNoPublish()
{
    DiscoveryPage page;
    page.resize(907, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showReport(syntheticReport(false));
    QApplication::processEvents();
    QVERIFY(page.receivingText().contains(DiscoveryPage::tr("nothing that works was found")));
    QVERIFY(!child<QPushButton>(&page, u"discoveryCopyReceiving"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&page, u"discoveryCopySending"_s)->isVisible());
    QVERIFY(!child<QGroupBox>(&page, u"discoveryPublish"_s)->isVisible());

    // Thunderbird's database was the only hope: then its failure counts.
    DiscoveryReport none = syntheticReport(false);
    none.sources[0].status = SourceStatus::None;
    none.sources[0].servers.clear();
    none.candidates.clear();
    page.showReport(none);
    auto *table = child<QTableWidget>(&page, u"discoveryComparison"_s);
    QCOMPARE(table->item(3, 1)->text(), DiscoveryPage::tr("could not be read"));
}

// Nothing found because the domain is not there, or because the DNS does not work: the verdict
// says so (a typo; the network's fault), not "ask your mail provider".
void TestGuiDiscovery::verdictNamesTheCause()
{
    DiscoveryPage page;
    page.resize(907, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *verdict = child<QLabel>(&page, u"discoveryVerdict"_s);
    const auto withCause = [](Code code) {
        DiscoveryReport r = syntheticReport(false);
        r.sources[0].status = SourceStatus::None;
        r.sources[0].servers.clear();
        r.candidates.clear();
        Diagnosis d;
        d.code = code;
        d.severity = Severity::Error;
        r.diagnoses.prepend(d);
        return r;
    };
    page.showReport(withCause(Code::DiscoveryDomainNotFound));
    QVERIFY2(verdict->text().contains(u"does not exist"_s) &&
                 verdict->text().contains(u"example.org"_s) &&
                 !verdict->text().contains(u"mail provider"_s),
             qPrintable(verdict->text()));
    QVERIFY(!child<QLabel>(&page, u"discoveryProblems"_s)
                 ->text()
                 .contains(
                     catalogueText(Catalogue::instance().entry(Code::DiscoveryNoSettings)->title)));
    page.showReport(withCause(Code::DiscoveryDnsFailed));
    QVERIFY2(verdict->text().contains(u"DNS does not work"_s) &&
                 !verdict->text().contains(u"mail provider"_s),
             qPrintable(verdict->text()));
    page.showReport(syntheticReport(false));
    QVERIFY2(verdict->text().contains(u"mail provider"_s), qPrintable(verdict->text()));
}

// "I know my server name…" takes the keyboard: it can be focused, and Return on it follows it
// rather than starting the discovery.
void TestGuiDiscovery::manualLinkTakesReturn()
{
    DiscoveryPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTest::keyClicks(child<QLineEdit>(&page, u"discoveryAddress"_s), u"alice@example.org"_s);
    auto *manual = child<QPushButton>(&page, u"discoveryManual"_s);
    QVERIFY(manual->focusPolicy() & Qt::TabFocus);
    manual->setFocus(Qt::TabFocusReason);
    QVERIFY(manual->hasFocus());
    QSignalSpy followed(&page, &DiscoveryPage::manualSetup);
    QTest::keyClick(manual, Qt::Key_Return);
    QCOMPARE(followed.size(), 1);
    QCOMPARE(followed.at(0).at(0).toString(), u"alice@example.org"_s);
    QVERIFY(!page.running());
    page.cancel();
}

#include "tst_gui_discovery.moc"
