// The desktop app driven as a user would, under QT_QPA_PLATFORM=offscreen: the guided check
// against scripted servers (and, in tst_gui_fixture, against the real Postfix), clicking through
// every page, checking what each shows, and writing a screenshot of each into the build tree
// (PORTOLAN_SCREENSHOTS). The password is searched for in every place it must never reach.
#include "detailspage.h"
#include "discoverypage.h"
#include "explaintls.h"
#include "formpage.h"
#include "icons.h"
#include "livepage.h"
#include "mainwindow.h"
#include "phasewords.h"
#include "resultpage.h"
#include "routeview.h"
#include "scriptedserver.h"
#include "startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Password = u"gui-Secr3t-never-shown"_s;
const QString Greeting = u"S: 220 mail.test ESMTP ready\n"_s;
const QString EhloPlain = u"C: EHLO\nS: 250-mail.test\nS: 250-STARTTLS\nS: 250 8BITMIME\n"_s;
const QString StartTls = u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n"_s;
const QString EhloAuth = u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN\nS: 250 8BITMIME\n"_s;
const QString Auth = u"C: AUTH PLAIN\nS: 235 2.7.0 Authentication successful\n"_s;
const QString Quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;

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
        qFatal("no child %s", qPrintable(name));
    return w;
}

// "Check a mail server": one port on 127.0.0.1, with STARTTLS.
CheckRequest starttlsOn(quint16 port, int timeoutSeconds)
{
    CheckRequest r;
    r.kind = CheckRequest::Kind::Server;
    r.host = u"127.0.0.1"_s;
    r.port = port;
    r.security = Security::StartTls;
    r.timeoutSeconds = timeoutSeconds;
    return r;
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

} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startPageIsAccessible();
    void guidedAccountCheck();
    void errorMessageFlow();
    void cancelKeepsTheWindowAlive();
    void explainTlsDrawsTheUsersCheck();
    void everyPhaseHasWords();
    void germanTranslation();
    void darkPalette();

private:
    void runFromForm(MainWindow &w);
    QTemporaryDir m_home;
};

void TestGui::initTestCase()
{
    // Settings in a directory of our own: the test reads the file for the password afterwards.
    QVERIFY(m_home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanGuiTest"_s);
}

void TestGui::startPageIsAccessible()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentPage(), w.startPage());
    const QList<QCommandLinkButton *> choices = w.startPage()->findChildren<QCommandLinkButton *>();
    QCOMPARE(choices.size(), 3);
    for (QCommandLinkButton *b : choices) {
        QVERIFY(!b->accessibleName().isEmpty());
        QVERIFY(b->focusPolicy() & Qt::TabFocus);
    }
    shoot(&w, u"01-start"_s);
    // Keyboard only: Tab to the first choice, Space opens the form, Enter is the default button.
    choices.constFirst()->setFocus();
    QTest::keyClick(choices.constFirst(), Qt::Key_Space);
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.discoveryPage())); // the address alone
    QTest::keyClick(child<QPushButton>(w.discoveryPage(), u"discoveryManual"_s), Qt::Key_Space);
    QCOMPARE(w.currentPage(), w.formPage());
    for (QLineEdit *e : w.formPage()->findChildren<QLineEdit *>()) {
        if (e->isVisibleTo(w.formPage()) && e->objectName() != "qt_spinbox_lineedit"_L1)
            QVERIFY2(!e->accessibleName().isEmpty() || !e->placeholderText().isEmpty(),
                     qPrintable(e->objectName()));
    }
    QVERIFY(child<QPushButton>(w.formPage(), u"check"_s)->isDefault());
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.discoveryPage()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Left,
                    Qt::AltModifier);
    QCOMPARE(w.currentPage(), w.startPage());
}

void TestGui::runFromForm(MainWindow &w)
{
    QSignalSpy done(&w, &MainWindow::checkFinished);
    // What the live view says a port is doing: always the UI's words, never an engine name.
    auto *rows = child<QTreeWidget>(w.livePage(), u"liveRows"_s);
    QStringList said;
    const QMetaObject::Connection watch =
        connect(rows, &QTreeWidget::itemChanged, this, [&said](QTreeWidgetItem *item, int column) {
            if (column == 1)
                said << item->text(1);
        });
    QTest::mouseClick(child<QPushButton>(w.formPage(), u"check"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.livePage());
    QTRY_VERIFY_WITH_TIMEOUT(rows->topLevelItemCount() > 0, 2000);
    shoot(&w, u"03-live"_s);
    QVERIFY(done.wait(30000));
    disconnect(watch);
    QStringList words{u"done"_s, u"waiting…"_s};
    for (const PhaseName &row : phaseTable)
        words << phaseWords(row.phase);
    for (Status s : {Status::Pending, Status::Ok, Status::Info, Status::Warning, Status::Error})
        words << statusWord(s);
    QVERIFY(said.size() > 2);
    for (const QString &text : std::as_const(said))
        QVERIFY2(words.contains(text), qPrintable(u"the live view said \"%1\""_s.arg(text)));
}

void TestGui::guidedAccountCheck()
{
    // Port A: SSL/TLS with a login; port B: STARTTLS with a login. The advice: A.
    ScriptedServer implicit;
    implicit.addScript(Greeting + EhloAuth + Auth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 a = implicit.start();
    ScriptedServer starttls;
    starttls.addScript(Greeting + EhloPlain + StartTls + EhloAuth + Auth + Quit);
    const quint16 b = starttls.start();

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseAccount"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(w.discoveryPage(), u"discoveryManual"_s), Qt::LeftButton);
    FormPage *form = w.formPage();
    QTest::keyClicks(child<QLineEdit>(form, u"host"_s), u"127.0.0.1"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"user"_s), u"alice@test.portolan"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"password"_s), Password);
    QCOMPARE(child<QLineEdit>(form, u"password"_s)->echoMode(), QLineEdit::Password);
    child<QAbstractButton>(form, u"remember"_s)->setChecked(true);
    child<QGroupBox>(form, u"advanced"_s)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(form, u"ports"_s), u"smtp:%1,smtp:%2"_s.arg(a).arg(b));
    for (QLineEdit *e : form->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == "Trusted CA file"_L1)
            e->setText(PortolanTest::certificatePath(u"ca"_s));
    }
    shoot(&w, u"02-form"_s);
    runFromForm(w);

    QCOMPARE(w.currentPage(), w.resultPage());
    shoot(&w, u"04-result"_s);
    const QString shown = allText(w.resultPage());
    QVERIFY2(shown.contains(QString::number(a)), qPrintable(shown));
    QVERIFY(shown.contains(u"SSL/TLS"_s));
    QVERIFY(shown.contains(u"alice@test.portolan"_s)); // the user name form that worked
    QVERIFY(shown.contains(u"Use these settings"_s));
    const ScanReport &scan = w.scan();
    QCOMPARE(scan.ports.size(), 2);
    QVERIFY(scan.best(Protocol::Smtp));
    QCOMPARE(scan.best(Protocol::Smtp)->target.port, a);
    QVERIFY(scan.best(Protocol::Smtp)->report.authenticated);

    // Copy for ticket.
    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"copyTicket"_s), Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY2(ticket.startsWith(u"Portolan check — "_s), qPrintable(ticket));
    QVERIFY(ticket.contains(u"Verdict: "_s));
    QVERIFY(ticket.contains(u"SMTP server 127.0.0.1, port %1, SSL/TLS"_s.arg(a)));

    // Details: every tab.
    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"details"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.detailsPage());
    QTabWidget *tabs = w.detailsPage()->tabs();
    const QStringList names{u"05-details-timeline"_s, u"06-details-transcript"_s,
                            u"07-details-certificate"_s, u"08-details-tls-versions"_s,
                            u"09-details-json"_s};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(&w, names.value(i, u"details-%1"_s.arg(i)));
    }
    const QString transcript = w.detailsPage()->transcriptText();
    QVERIFY(transcript.contains(u"C: AUTH PLAIN <redacted>"_s));
    QVERIFY(transcript.contains(u"TLS established"_s));
    QVERIFY(child<QTreeWidget>(w.detailsPage(), u"certificates"_s)->topLevelItemCount() >= 2);
    QCOMPARE(child<QTreeWidget>(w.detailsPage(), u"versions"_s)->topLevelItemCount(), 4);
    w.back();
    QCOMPARE(w.currentPage(), w.resultPage());

    // The route, coloured: sending works.
    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"showRoute"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.routePage());
    RouteView *route = w.routePage()->view();
    QCOMPARE(route->nodeStatus(u"submission"_s), Status::Ok);
    QCOMPARE(route->nodeStatus(u"imap"_s), Status::Pending);
    QVERIFY(route->explain(u"submission"_s).contains(QString::number(a)));
    shoot(&w, u"11-route"_s);
    QTemporaryDir out;
    QVERIFY(route->saveSvg(out.filePath(u"route.svg"_s)));
    QVERIFY(route->savePng(out.filePath(u"route.png"_s)));
    QFile svg(out.filePath(u"route.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QVERIFY(QImage(out.filePath(u"route.png"_s)).width() > 100);
    w.back();

    // Export: HTML and PDF.
    QVERIFY(w.exportReport(out.filePath(u"report.html"_s)));
    QVERIFY(w.exportReport(out.filePath(u"report.pdf"_s)));
    QFile html(out.filePath(u"report.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray htmlText = html.readAll();
    QVERIFY(htmlText.contains("<redacted>") || htmlText.contains("&lt;redacted&gt;"));
    QFile pdf(out.filePath(u"report.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // The password is nowhere it must not be: the ticket, the report, the transcript, the JSON,
    // the settings file (recent checks are there, without it).
    const QByteArray secret = Password.toUtf8();
    const QByteArray plainForm = ("\0alice@test.portolan\0"_ba + secret).toBase64();
    for (const QByteArray &leak : {secret, secret.toBase64(), plainForm}) {
        QVERIFY(!ticket.toUtf8().contains(leak));
        QVERIFY(!htmlText.contains(leak));
        QVERIFY(!transcript.toUtf8().contains(leak));
    }
    QVERIFY(!transcript.contains(Password));
    QVERIFY(!child<QPlainTextEdit>(w.detailsPage(), u"json"_s)->toPlainText().contains(Password));
    QSettings settings;
    settings.sync();
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(stored.contains("127.0.0.1"));
    QVERIFY(!stored.contains(secret));
    QVERIFY(!stored.contains(secret.toBase64()));

    // The recent check is offered on the start page, without the password.
    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"newCheck"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.startPage());
    QVERIFY(child<QListWidget>(w.startPage(), u"recentChecks"_s)
                ->item(0)
                ->text()
                .contains(u"alice@test.portolan"_s));
}

void TestGui::errorMessageFlow()
{
    // A pasted message names implicit TLS on a port where nothing listens.
    ScriptedServer closed;
    const quint16 port = closed.start();
    closed.close();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseErrorText"_s),
                      Qt::LeftButton);
    auto *text = child<QPlainTextEdit>(w.formPage(), u"errorText"_s);
    QTest::keyClicks(text, u"SMTP Error: Unable to connect to ssl://127.0.0.1:%1 (Connection "
                           "refused)"_s.arg(port));
    const QString reading = child<QLabel>(w.formPage(), u"errorReading"_s)->text();
    QVERIFY2(reading.contains(QString::number(port)) && reading.contains(u"SSL/TLS"_s),
             qPrintable(reading));
    shoot(&w, u"12-error-message"_s);
    runFromForm(w);
    QCOMPARE(w.currentPage(), w.resultPage());
    const QString shown = allText(w.resultPage());
    QVERIFY2(shown.contains(u"refused"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Whose move: the server"_s));
    QVERIFY(shown.contains(u"Problems found"_s));
    shoot(&w, u"13-error-result"_s);
    QCOMPARE(w.scan().ports.size(), 1);
    QCOMPARE(w.scan().ports.constFirst().report.target.security, Security::Tls);
}

void TestGui::cancelKeepsTheWindowAlive()
{
    ScriptedServer silent;
    silent.addScript(u"W: 60000\n"_s);
    const quint16 port = silent.start();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy done(&w, &MainWindow::checkFinished);
    w.startCheck(starttlsOn(port, 60));
    QCOMPARE(w.currentPage(), w.livePage());
    // Cancel while the check is connected and waiting for the greeting.
    QVERIFY(QTest::qWaitFor([&] { return silent.connectionCount() > 0; }, 5000));
    QTest::mouseClick(child<QPushButton>(w.livePage(), u"cancel"_s), Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QCOMPARE(w.currentPage(), w.resultPage());
    QVERIFY(w.scan().ports.constFirst().report.hasCode(Code::Cancelled));
}

void TestGui::explainTlsDrawsTheUsersCheck()
{
    // STARTTLS chosen for an implicit-TLS port: the picture marks where it failed, and the page
    // tells the history of 465.
    ScriptedServer implicit;
    implicit.addScript(Greeting + EhloAuth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 port = implicit.start();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy done(&w, &MainWindow::checkFinished);
    w.startCheck(starttlsOn(port, 2));
    QVERIFY(done.wait(20000));
    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"explainTls"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.explainPage());
    const QString summary = w.explainPage()->diagram()->summary();
    QVERIFY2(summary.contains(u"SSL/TLS"_s) && summary.contains(u"failed"_s), qPrintable(summary));
    QVERIFY(child<QLabel>(w.explainPage(), u"history465"_s)->text().contains(u"RFC 8314"_s));
    shoot(&w, u"10-explain-tls"_s);
}

void TestGui::everyPhaseHasWords()
{
    // One table of the UI's words for the phases: each has its own, for the live view and for
    // the timeline, and none is the engine's name for it.
    for (const PhaseName &row : phaseTable) {
        const QString name = row.name;
        QVERIFY2(!phaseWords(row.phase).isEmpty(), qPrintable(name));
        QVERIFY2(!phaseTitle(row.phase).isEmpty(), qPrintable(name));
        QVERIFY2(phaseWords(row.phase) != name && phaseTitle(row.phase) != name, qPrintable(name));
    }
    PhaseRecord record;
    record.phase = PhaseId::CapabilitiesAfterTls;
    record.wire = u"EHLO"_s;
    QCOMPARE(phaseTitle(record), u"Capabilities after TLS (EHLO)"_s);
    record.phase = PhaseId::Connect;
    record.wire.clear();
    QCOMPARE(phaseTitle(record), u"Connection"_s);
}

void TestGui::germanTranslation()
{
    // The .ts files are compiled into the program; the start page speaks German with them.
    QTranslator german;
    QVERIFY(german.load(u":/portolan/translations/portolan_de.qm"_s));
    QApplication::installTranslator(&german);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(allText(w.startPage()).contains(u"Was möchten Sie tun?"_s));
    QVERIFY(child<QCommandLinkButton>(w.startPage(), u"chooseAccount"_s)
                ->text()
                .contains(u"E-Mail-Konto"_s));
    shoot(&w, u"14-start-german"_s);
    // The diagnosis catalogue's texts are translatable too (context "Diagnoses").
    QCOMPARE(QCoreApplication::translate("Diagnoses", "The connection was refused"),
             u"Der Server hat die Verbindung abgelehnt"_s);
    // And the verdict: its template is translated, then filled with this check's host and port.
    ScriptedServer closed;
    const quint16 port = closed.start();
    closed.close();
    QSignalSpy done(&w, &MainWindow::checkFinished);
    w.startCheck(starttlsOn(port, 2));
    QVERIFY(done.wait(20000));
    const QString shown = allText(w.resultPage());
    QVERIFY2(shown.contains(u"127.0.0.1 hat die Verbindung auf Port %1 abgelehnt"_s.arg(port)),
             qPrintable(shown));
    QVERIFY(shown.contains(u"Der Server hat die Verbindung abgelehnt"_s));
    shoot(&w, u"16-result-german"_s);
    QApplication::removeTranslator(&german);
}

void TestGui::darkPalette()
{
    // The icons and colours are drawn from the palette: on a dark one they are light enough to
    // read, and every status keeps its shape and word.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    QApplication::setPalette(dark);
    for (const Status s : {Status::Ok, Status::Warning, Status::Error, Status::Info}) {
        QVERIFY(statusColour(s, dark).lightness() > 110);
        QVERIFY(statusColour(s, dark) != statusColour(s, light));
        QVERIFY(!statusIcon(s, dark).pixmap(48, 48).isNull());
        QVERIFY(!statusWord(s).isEmpty());
    }
    ScriptedServer closed;
    const quint16 port = closed.start();
    closed.close();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy done(&w, &MainWindow::checkFinished);
    w.startCheck(starttlsOn(port, 2));
    QVERIFY(done.wait(20000));
    shoot(&w, u"15-result-dark"_s);
    QApplication::setPalette(light);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
