// The desktop app for the admin checking a whole server, and the parts of the result and live
// pages issue 12 found wanting: a new result opens at its top and the page keys scroll it; the
// host view lists every problem of every port, grouped by port, worst first, with the admin's
// fix; an end user whose account works reads "It works" first, the admin's matters folded; copy
// buttons say they copied; no two buttons share a mnemonic; the live rows say how a port did the
// moment it is decided, count the seconds, and never claim a certificate check before a greeting;
// and "Ports your server needs" with its firewall lines. Offscreen (QT_QPA_PLATFORM=offscreen).
#include "icons.h"
#include "livepage.h"
#include "mainwindow.h"
#include "phasewords.h"
#include "portspage.h"
#include "report/catalogue.h"
#include "report/writers.h"
#include "resultpage.h"
#include "routeview.h"
#include "scriptedserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Host = u"mail.example.test"_s;

void shoot(QWidget *window, const QString &name)
{
    QDir().mkpath(QStringLiteral(PORTOLAN_SCREENSHOTS));
    // Let a page rebuilt a moment ago lay out its new rows before the picture is taken.
    QTest::qWait(200);
    window->grab().save(QStringLiteral(PORTOLAN_SCREENSHOTS) + u'/' + name + u".png"_s);
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

QString allText(QWidget *page)
{
    QStringList parts;
    for (const QLabel *l : page->findChildren<QLabel *>())
        parts << l->text();
    for (const QGroupBox *g : page->findChildren<QGroupBox *>())
        parts << g->title();
    return parts.join(u'\n');
}

// One checked port with these findings (their severity from the catalogue).
PortAdvice port(Protocol protocol, quint16 number, Security security, const QList<Code> &codes,
                const QStringList &capabilities = {})
{
    PortAdvice a;
    a.target = ScanTarget{protocol, number, number};
    Report &r = a.report;
    r.target.host = Host;
    r.target.port = number;
    r.target.protocol = protocol;
    r.firstSecurity = security;
    r.effectiveSecurity = security;
    r.capabilities = capabilities;
    r.address = u"127.0.0.1:%1"_s.arg(number);
    for (Code code : codes) {
        Diagnosis d;
        d.code = code;
        d.severity = Catalogue::instance().entry(code)->severity;
        d.evidence = u"evidence of %1"_s.arg(codeName(code));
        r.diagnoses << d;
    }
    concludeReport(r);
    a.works = r.result() != Severity::Error;
    a.reason = a.works ? u"it works"_s : r.verdict.summary;
    return a;
}

// The host: the best sending port has a TLS 1.0/1.1 warning, five others are broken.
ScanReport brokenHost()
{
    ScanReport scan;
    scan.host = Host;
    int rank = 0;
    for (PortAdvice a : {port(Protocol::Smtp, 465, Security::Tls, {Code::TlsOldVersionsAccepted}),
                         port(Protocol::Smtp, 587, Security::StartTls, {}),
                         port(Protocol::Smtp, 25, Security::StartTls, {Code::CertExpired}),
                         port(Protocol::Imap, 993, Security::Tls, {}),
                         port(Protocol::Imap, 143, Security::StartTls, {Code::CertSelfSigned}),
                         port(Protocol::Pop3, 995, Security::Tls, {Code::TlsOutdatedProtocol}),
                         port(Protocol::Pop3, 110, Security::StartTls, {Code::TlsHandshakeFailed}),
                         port(Protocol::Sieve, 4190, Security::None, {Code::ConnectionRefused})}) {
        a.rank = a.works ? ++rank : 0;
        scan.ports << a;
    }
    return scan;
}

CheckRequest serverRequest()
{
    CheckRequest r;
    r.kind = CheckRequest::Kind::Server;
    r.host = Host;
    return r;
}

QLabel *statusLabel(MainWindow &w)
{
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>()) {
        if (!l->text().isEmpty())
            return l;
    }
    return nullptr;
}

} // namespace

class TestGuiAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newResultOpensAtTopAndPageKeysScroll();
    void hostViewListsEveryProblemByPort();
    void workingAccountLeadsWithSettings();
    void copyButtonsSayTheyCopied();
    void mnemonicsDoNotClash();
    void liveRowsSayHowEachPortDid();
    void livePhaseIsWhereThePortIs();
    void portsYourServerNeeds();
    void portsFromTheMailRoute();
    void portsPageJudgesByRole();
    void routeBoxesShowEachPort();

private:
    QTemporaryDir m_home;
};

void TestGuiAdmin::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanGuiAdminTest"_s);
}

void TestGuiAdmin::newResultOpensAtTopAndPageKeysScroll()
{
    MainWindow w;
    w.resize(900, 560);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    ResultPage *page = w.resultPage();
    page->show(brokenHost(), serverRequest());
    w.showPage(page);
    QScrollBar *bar = child<QScrollArea>(page, u"resultScroll"_s)->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);

    // The page keys scroll the result where the page put the focus, and from a button below.
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    QVERIFY2(bar->value() > 0, "Page Down did not scroll the result");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QCOMPARE(bar->value(), bar->maximum());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    QVERIFY(bar->value() < bar->maximum());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
    auto *details = child<QPushButton>(page, u"details"_s);
    details->setFocus();
    QTest::keyClick(details, Qt::Key_PageDown);
    QVERIFY2(bar->value() > 0, "Page Down on a button did not scroll the result");

    // Scrolled to the end, a new result opens at its top with its verdict in view.
    bar->setValue(bar->maximum());
    page->show(brokenHost(), serverRequest());
    w.showPage(page);
    QApplication::processEvents();
    QCOMPARE(bar->value(), 0);
    auto *verdict = child<QLabel>(page, u"verdict"_s);
    auto *viewport = child<QScrollArea>(page, u"resultScroll"_s)->viewport();
    const QPoint top = verdict->mapTo(viewport, QPoint(0, 0));
    QVERIFY2(top.y() >= 0 && top.y() + verdict->height() <= viewport->height(),
             qPrintable(
                 u"the verdict is at %1 in a view %2 high"_s.arg(top.y()).arg(viewport->height())));
}

void TestGuiAdmin::hostViewListsEveryProblemByPort()
{
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ResultPage *page = w.resultPage();
    const ScanReport scan = brokenHost();
    page->show(scan, serverRequest());
    w.showPage(page);

    // The headline speaks of the host, not of the best port's warning.
    const QString verdict = child<QLabel>(page, u"verdict"_s)->text();
    QVERIFY2(verdict.contains(u"6 of 8 ports"_s), qPrintable(verdict));
    const QString fault = child<QLabel>(page, u"fault"_s)->text();
    QVERIFY2(fault.contains(u"4 do not work"_s) && fault.contains(u"2 work with warnings"_s) &&
                 fault.contains(u"Best working settings"_s) && fault.contains(u"465"_s) &&
                 fault.contains(u"993"_s),
             qPrintable(fault));

    // Every problem port has its own group, errors before warnings, each problem with its fix.
    auto *box = child<QGroupBox>(page, u"problemsByPort"_s);
    QList<quint16> order;
    for (QObject *o : box->children()) {
        if (o->objectName().startsWith(u"portProblems-"_s))
            order << quint16(o->objectName().section(u'-', 1).toUInt());
    }
    QCOMPARE(order.size(), 6);
    // Errors before warnings.
    auto severityOf = [&scan](quint16 number) {
        for (const PortAdvice &a : scan.ports) {
            if (a.target.port == number)
                return int(a.report.result());
        }
        return -1;
    };
    for (qsizetype i = 1; i < order.size(); ++i)
        QVERIFY2(severityOf(order.at(i - 1)) >= severityOf(order.at(i)),
                 qPrintable(u"port %1 before port %2"_s.arg(order.at(i - 1)).arg(order.at(i))));
    QCOMPARE(severityOf(order.constFirst()), int(Severity::Error));
    QCOMPARE(severityOf(order.constLast()), int(Severity::Warning));
    for (const PortAdvice &a : scan.ports) {
        if (a.report.result() != Severity::Error && a.report.result() != Severity::Warning)
            continue;
        auto *group = child<QWidget>(box, u"portProblems-%1"_s.arg(a.target.port));
        const QString text = allText(group);
        for (const Diagnosis &d : a.report.diagnoses) {
            if (d.severity != Severity::Error && d.severity != Severity::Warning)
                continue;
            const std::optional<CatalogueEntry> e = Catalogue::instance().rendered(
                d.code, textContext(a.report, Audience::App), catalogueText);
            QVERIFY(e);
            QVERIFY2(text.contains(e->title), qPrintable(text));
            if (!e->adminFixes.isEmpty())
                QVERIFY2(text.contains(catalogueTextHtml(u"• "_s + e->adminFixes.constFirst())),
                         qPrintable(u"port %1 lacks the fix for %2"_s.arg(a.target.port)
                                        .arg(codeName(d.code))));
        }
        QVERIFY(group->isVisibleTo(page));
    }
    QVERIFY(child<QPushButton>(page, u"showPorts"_s)->isVisibleTo(page));
    shoot(&w, u"17-admin-view"_s);
}

void TestGuiAdmin::workingAccountLeadsWithSettings()
{
    ScanReport scan;
    scan.host = Host;
    scan.ports << port(Protocol::Smtp, 465, Security::Tls, {Code::TlsOldVersionsAccepted})
               << port(Protocol::Imap, 993, Security::Tls, {});
    CheckRequest request;
    request.kind = CheckRequest::Kind::Account;
    request.host = Host;
    ResultPage page;
    page.resize(900, 700);
    page.show(scan, request);
    static_cast<QWidget &>(page).show();
    QCOMPARE(child<QLabel>(&page, u"verdict"_s)->text(), u"It works — type these settings."_s);
    QVERIFY(!child<QLabel>(&page, u"fault"_s)->text().contains(u"Whose move"_s));
    QVERIFY(child<QGroupBox>(&page, u"settings"_s)->isVisible());
    // The warning is the admin's: folded, under its own heading.
    auto *toggle = child<QToolButton>(&page, u"forAdminToggle"_s);
    auto *folded = child<QWidget>(&page, u"forAdmin"_s);
    QVERIFY(toggle->text().contains(u"For the mail admin"_s));
    QVERIFY(!folded->isVisible());
    const QString warning =
        catalogueText(Catalogue::instance().entry(Code::TlsOldVersionsAccepted)->title);
    QVERIFY(allText(folded).contains(warning));
    toggle->click();
    QVERIFY(folded->isVisible());
    // The settings come before the admin's part.
    QVERIFY(child<QGroupBox>(&page, u"settings"_s)->y() < toggle->mapTo(&page, QPoint()).y());
    QVERIFY(!child<QPushButton>(&page, u"showPorts"_s)->isVisibleTo(&page));
}

void TestGuiAdmin::copyButtonsSayTheyCopied()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(brokenHost(), serverRequest());
    w.showPage(w.resultPage());
    const QList<QToolButton *> copies =
        w.resultPage()->findChildren<QToolButton *>(u"copySetting"_s);
    QVERIFY(!copies.isEmpty());
    QToolButton *copy = copies.at(2); // the port of the sending settings
    QCOMPARE(copy->text(), u"Copy"_s);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"465"_s);
    QCOMPARE(copy->text(), u"Copied"_s);
    QLabel *status = statusLabel(w);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u"Copied"_s) && status->text().contains(u"465"_s),
             qPrintable(status->text()));
    QTRY_COMPARE_WITH_TIMEOUT(copy->text(), u"Copy"_s, 3000);

    auto *ticket = child<QPushButton>(w.resultPage(), u"copyTicket"_s);
    const QString before = ticket->text();
    ticket->click();
    QCOMPARE(ticket->text(), u"Copied"_s);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"Portolan check"_s));
    QVERIFY(statusLabel(w)->text().contains(u"clipboard"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ticket->text(), before, 3000);
}

void TestGuiAdmin::mnemonicsDoNotClash()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(brokenHost(), serverRequest());
    w.showPage(w.resultPage());
    QMap<QChar, QString> taken;
    auto take = [&taken](const QString &text) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            return;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!taken.contains(key), qPrintable(u"Alt+%1 is both \"%2\" and \"%3\""_s.arg(
                                           key, taken.value(key), text)));
        taken.insert(key, text);
    };
    for (QAction *menu : w.menuBar()->actions())
        take(menu->text());
    for (QAbstractButton *b : w.resultPage()->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(&w))
            take(b->text());
    }
    QVERIFY(taken.size() >= 6);
}

void TestGuiAdmin::liveRowsSayHowEachPortDid()
{
    // One port refuses at once; the other accepts and never says a word.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 refused = closed.serverPort();
    closed.close();
    ScriptedServer silent;
    silent.addScript(u"W: 20000\nX\n"_s);
    const quint16 quiet = silent.start();
    // A third works with SSL/TLS: once decided, its row says so.
    ScriptedServer implicit;
    implicit.addScript(u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"
                       "C: QUIT\nS: 221 Bye\nX\n"_s,
                       ScriptedServer::Mode::ImplicitTls);
    const quint16 tls = implicit.start();

    CheckRequest request = serverRequest();
    request.host = u"127.0.0.1"_s;
    request.caFile = PortolanTest::certificatePath(u"ca"_s);
    request.ports = u"smtp:%1,smtp:%2,smtp:%3"_s.arg(refused).arg(quiet).arg(tls);
    request.timeoutSeconds = 4;
    CheckRun run(request);
    QVERIFY(run.start().isEmpty());
    LivePage live;
    live.resize(800, 400);
    live.follow(&run);
    live.show();
    auto *rows = child<QTreeWidget>(&live, u"liveRows"_s);
    QCOMPARE(rows->topLevelItemCount(), 3);
    // The refused port's outcome is there while the other is still being checked.
    QTRY_COMPARE_WITH_TIMEOUT(rows->topLevelItem(0)->text(1), statusWord(Status::Error), 3000);
    QVERIFY(!run.isFinished());
    QVERIFY(!rows->topLevelItem(0)->text(2).isEmpty());
    // The count of ports still open follows at once.
    auto *elapsed = child<QLabel>(&live, u"elapsed"_s);
    QVERIFY2(!elapsed->text().contains(u"3 ports still"_s), qPrintable(elapsed->text()));
    QVERIFY(rows->topLevelItem(1)->text(2).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(rows->topLevelItem(2)->text(1), statusWord(Status::Ok), 3000);
    QVERIFY2(rows->topLevelItem(2)->text(0).contains(u"encrypted from the start"_s),
             qPrintable(rows->topLevelItem(2)->text(0)));
    // The seconds waited are counted.
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text().contains(u"2 s so far"_s), 4000);
    QVERIFY2(elapsed->text().contains(u"1 port still"_s), qPrintable(elapsed->text()));
    QSignalSpy done(&run, &CheckRun::finished);
    QVERIFY(run.isFinished() || done.wait(15000));
    QVERIFY2(elapsed->text().startsWith(u"Done after"_s), qPrintable(elapsed->text()));
}

void TestGuiAdmin::livePhaseIsWhereThePortIs()
{
    // A STARTTLS port whose server accepts and never greets: after a while the check tries
    // SSL/TLS alongside, but the port has not got as far as a certificate.
    ScriptedServer silent;
    silent.addScript(u"W: 20000\nX\n"_s);
    const quint16 quiet = silent.start();
    CheckRequest request = serverRequest();
    request.host = u"127.0.0.1"_s;
    request.port = quiet;
    request.protocol = Protocol::Smtp;
    request.security = Security::StartTls;
    request.timeoutSeconds = 4;
    CheckRun run(request);
    QVERIFY(run.start().isEmpty());
    LivePage live;
    live.follow(&run);
    live.show();
    auto *rows = child<QTreeWidget>(&live, u"liveRows"_s);
    QStringList said;
    connect(rows, &QTreeWidget::itemChanged, this, [&said](QTreeWidgetItem *item, int column) {
        if (column == 1 && (said.isEmpty() || said.constLast() != item->text(1)))
            said << item->text(1);
    });
    QSignalSpy done(&run, &CheckRun::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(silent.connectionCount() >= 2, "the check did not try the other mode alongside");
    QVERIFY2(said.contains(phaseWords(PhaseId::Greeting)), qPrintable(said.join(u" | "_s)));
    QVERIFY2(!said.contains(phaseWords(PhaseId::TlsHandshake)), qPrintable(said.join(u" | "_s)));
}

void TestGuiAdmin::portsYourServerNeeds()
{
    ScanReport scan;
    scan.host = Host;
    scan.ports << port(Protocol::Smtp, 465, Security::Tls, {})
               << port(Protocol::Smtp, 3587, Security::StartTls, {},
                       {u"PIPELINING"_s, u"AUTH PLAIN LOGIN"_s})
               << port(Protocol::Imap, 993, Security::Tls, {Code::TlsOldVersionsAccepted})
               << port(Protocol::Smtp, 25, Security::StartTls, {Code::CertExpired});
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(scan, serverRequest());
    w.showPage(w.resultPage());
    child<QPushButton>(w.resultPage(), u"showPorts"_s)->click();
    QCOMPARE(w.currentPage(), w.portsPage());
    PortsPage *page = w.portsPage();
    QCOMPARE(page->needs().size(), 8);

    // Each port: what it is for, how it did (word and icon), the number really checked.
    QCOMPARE(child<QLabel>(page, u"status-465"_s)->text(), statusWord(Status::Ok));
    QCOMPARE(child<QLabel>(page, u"status-587"_s)->text(), statusWord(Status::Ok));
    QCOMPARE(child<QLabel>(page, u"status-993"_s)->text(), statusWord(Status::Warning));
    QCOMPARE(child<QLabel>(page, u"status-25"_s)->text(), statusWord(Status::Error));
    QCOMPARE(child<QLabel>(page, u"status-995"_s)->text(), u"not checked"_s);
    QVERIFY(child<QLabel>(page, u"heading-587"_s)->text().contains(u"3587"_s));
    QVERIFY(child<QLabel>(page, u"lastCheck-587"_s)->text().contains(u"3587"_s));
    // The colour bar agrees with the word; a page shown again holds one set of buttons.
    QCOMPARE(child<QWidget>(page, u"bar-25"_s)->palette().color(QPalette::Window),
             statusColour(Status::Error, page->palette()));
    page->setScan(&w.resultPage()->scan());
    QCOMPARE(page->findChildren<QPushButton *>(u"copyAll-firewalld"_s).size(), 1);
    const QString text = allText(page);
    QVERIFY(text.contains(u"other mail servers"_s));
    QVERIFY(text.contains(u"ManageSieve"_s));

    // A rule copied, with feedback; every rule of one firewall at once.
    auto *ufw = child<QToolButton>(page, u"copy-587-ufw"_s);
    ufw->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"ufw allow 3587/tcp comment 'submission'"_s);
    QCOMPARE(ufw->text(), u"Copied"_s);
    QVERIFY(statusLabel(w)->text().contains(u"ufw rule for port 3587"_s));
    child<QPushButton>(page, u"copyAll-firewalld"_s)->click();
    const QString all = QGuiApplication::clipboard()->text();
    QVERIFY2(all.contains(u"--add-port=3587/tcp"_s) && all.contains(u"--add-service=smtps"_s) &&
                 all.contains(u"--add-service=smtp\n"_s) && all.endsWith(u"--reload\n"_s),
             qPrintable(all));
    shoot(&w, u"18-ports-page"_s);
}

void TestGuiAdmin::portsFromTheMailRoute()
{
    ScanReport scan;
    scan.host = Host;
    scan.ports << port(Protocol::Smtp, 3587, Security::StartTls, {},
                       {u"PIPELINING"_s, u"AUTH PLAIN LOGIN"_s})
               << port(Protocol::Imap, 993, Security::Tls, {Code::CertExpired});
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(scan, serverRequest());
    w.routePage()->setScan(&w.resultPage()->scan());
    w.showPage(w.routePage());
    auto *button = child<QPushButton>(w.routePage(), u"showPorts"_s);
    QVERIFY(button->isVisibleTo(w.routePage()));
    button->click();
    QCOMPARE(w.currentPage(), w.portsPage());
    QCOMPARE(child<QLabel>(w.portsPage(), u"status-993"_s)->text(), statusWord(Status::Error));
    QVERIFY(child<QLabel>(w.portsPage(), u"heading-587"_s)->text().contains(u"3587"_s));
}

// The ports page decides on the role a port plays and the codes: no login on a port playing 25
// is right; a login offered unencrypted on 587 is named; "Copy every rule" holds only the ports
// checked and names the others without a rule.
void TestGuiAdmin::portsPageJudgesByRole()
{
    ScanReport scan;
    scan.host = Host;
    scan.ports << port(Protocol::Smtp, 3025, Security::StartTls, {Code::AuthNotOffered},
                       {u"STARTTLS"_s, u"8BITMIME"_s})
               << port(Protocol::Smtp, 587, Security::None,
                       {Code::AuthCleartextOffered, Code::StartTlsNotOffered},
                       {u"AUTH PLAIN LOGIN"_s});
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(scan, serverRequest());
    w.showPage(w.resultPage());
    child<QPushButton>(w.resultPage(), u"showPorts"_s)->click();
    PortsPage *page = w.portsPage();
    QCOMPARE(child<QLabel>(page, u"status-25"_s)->text(), statusWord(Status::Ok));
    const QString noLogin = catalogueText(Catalogue::instance().entry(Code::AuthNotOffered)->title);
    QVERIFY2(!child<QLabel>(page, u"lastCheck-25"_s)->text().contains(noLogin),
             qPrintable(child<QLabel>(page, u"lastCheck-25"_s)->text()));
    const QString cleartext =
        catalogueText(Catalogue::instance().entry(Code::AuthCleartextOffered)->title);
    const QString last587 = child<QLabel>(page, u"lastCheck-587"_s)->text();
    QVERIFY2(last587.contains(cleartext), qPrintable(last587));
    QVERIFY(child<QLabel>(page, u"status-587"_s)->text() != statusWord(Status::Ok));

    child<QPushButton>(page, u"copyAll-nftables"_s)->click();
    const QString all = QGuiApplication::clipboard()->text();
    QVERIFY2(all.contains(u"dport 3025 accept"_s) && all.contains(u"dport 587 accept"_s),
             qPrintable(all));
    QVERIFY2(!all.contains(u"dport 993 "_s) && !all.contains(u"dport 465 "_s), qPrintable(all));
    QCOMPARE(all.count(u"nft add rule"_s), 2);
    QVERIFY(all.contains(u"# not checked, no rule: 465 (submissions)"_s));
    QCOMPARE(child<QLabel>(page, u"status-993"_s)->text(), u"not checked"_s);
}

// The mail route: a box says how many of its ports work and each port's outcome, its status is
// never "works" while a port fails, a port of its own number playing 25 counts as server to
// server (the ports page's roles), and the text is the app's font at 100 %.
void TestGuiAdmin::routeBoxesShowEachPort()
{
    ScanReport scan;
    scan.host = Host;
    scan.ports << port(Protocol::Smtp, 465, Security::Tls, {}, {u"AUTH PLAIN"_s})
               << port(Protocol::Smtp, 587, Security::StartTls, {Code::ConnectionRefused})
               << port(Protocol::Smtp, 2525, Security::StartTls, {Code::ConnectionRefused})
               << port(Protocol::Smtp, 3465, Security::Tls, {Code::TlsOldVersionsAccepted},
                       {u"AUTH PLAIN"_s})
               << port(Protocol::Smtp, 3025, Security::StartTls, {},
                       {u"STARTTLS"_s, u"8BITMIME"_s});
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.resultPage()->show(scan, serverRequest());
    w.routePage()->setScan(&w.resultPage()->scan());
    w.showPage(w.routePage());
    auto *view = child<RouteView>(w.routePage(), u"route"_s);
    const QString sending = view->nodeLabel(u"submission"_s);
    QVERIFY2(sending.contains(u"works: 2 of 4"_s), qPrintable(sending));
    QVERIFY2(sending.contains(u"587: "_s + statusWord(Status::Error)), qPrintable(sending));
    QVERIFY(sending.contains(u"465: "_s + statusWord(Status::Ok)));
    QCOMPARE(view->nodeStatus(u"submission"_s), Status::Warning);
    const QString mx = view->nodeLabel(u"mx"_s);
    QVERIFY2(mx.contains(u"3025"_s) && !mx.contains(u"not checked"_s), qPrintable(mx));
    QCOMPARE(view->nodeStatus(u"mx"_s), Status::Ok);
    // Readable: drawn at 100 % or more, in the app's font.
    QVERIFY2(view->transform().m11() >= 1.0, qPrintable(QString::number(view->transform().m11())));
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            QVERIFY(text->font().pointSizeF() >= QApplication::font().pointSizeF() ||
                    text->font().pixelSize() >= QApplication::font().pixelSize());
    }
}

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
