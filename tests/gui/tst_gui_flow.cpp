// The app's flow as a person drives it (issue 12): what is checked comes from the page they are
// on and nothing else; every page works from the keyboard; the trusted CA file is kept; saving a
// password never delays a check and a failure says what to do; a recent check is repeated, not
// refilled; the form's fields line up. Offscreen; the keychain is a D-Bus session bus that never
// answers (a socket nobody serves), or with PORTOLAN_TEST_BUS=none no bus at all; with
// PORTOLAN_TEST_REAL_KEYCHAIN (tests/gui/keychain.sh) repeatUsesTheSavedPassword runs against a
// real one.
#include "detailspage.h"
#include "discoverypage.h"
#include "explaintls.h"
#include "formpage.h"
#include "livepage.h"
#include "mainwindow.h"
#include "resultpage.h"
#include "routeview.h"
#include "scriptedserver.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "startpage.h"
#include "watchpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalServer>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

const QString Greeting = u"S: 220 mail.test ESMTP ready\n"_s;
const QString EhloAuth = u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN\nS: 250 8BITMIME\n"_s;
const QString Auth = u"C: AUTH PLAIN\nS: 235 2.7.0 Authentication successful\n"_s;
const QString Quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;

bool realKeychain()
{
    return qEnvironmentVariableIsSet("PORTOLAN_TEST_REAL_KEYCHAIN");
}

// PORTOLAN_TEST_BUS=none: no session bus at all (its address names a socket that is not there).
bool noBus()
{
    return qgetenv("PORTOLAN_TEST_BUS") == "none";
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// A start choice's form: the account choice opens the discovery page (the address alone), whose
// "I know my server name" is the account form.
void openChoice(MainWindow &w, const QString &choice)
{
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), choice), Qt::LeftButton);
    if (choice == u"chooseAccount"_s)
        QTest::mouseClick(child<QPushButton>(w.discoveryPage(), u"discoveryManual"_s),
                          Qt::LeftButton);
}

// The letter after a single '&' ("&&" is a literal ampersand), lower case; none: a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter the window answers to while this page is shown: the menu bar's titles, and the
// visible buttons, group boxes, tabs and labels with a buddy. "letter: text" for each.
QStringList windowMnemonics(QWidget *window)
{
    QStringList out;
    auto add = [&out](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            out << QString(c) + u": "_s + text;
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            if (a->isVisible())
                add(a->text());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(window))
            add(b->text());
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (g->isVisibleTo(window))
            add(g->title());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisibleTo(window) && l->buddy())
            add(l->text());
    for (QTabBar *t : window->findChildren<QTabBar *>())
        if (t->isVisibleTo(window))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
    return out;
}

QString duplicates(const QStringList &mnemonics)
{
    QStringList dup;
    for (qsizetype i = 0; i < mnemonics.size(); ++i)
        for (qsizetype j = i + 1; j < mnemonics.size(); ++j)
            if (mnemonics.at(i).at(0) == mnemonics.at(j).at(0))
                dup << mnemonics.at(i) + u" / "_s + mnemonics.at(j);
    return dup.join(u"; "_s);
}

// A port where nothing listens.
quint16 closedPort()
{
    ScriptedServer s;
    const quint16 port = s.start();
    s.close();
    return port;
}

void activateWindow(QWidget *w)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
}

} // namespace

class TestGuiFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void staleStateNeverDecides();
    void startPageByKeyboard();
    void formOpensFocused();
    void ctrlEnterRunsFromTheErrorBox();
    void keyboardOnlyWalk();
    void mnemonicsAreUnique();
    void caFileKeptAndStored();
    void savingNeverDelaysTheCheck();
    void repeatRunsTheCheck();
    void repeatAsksForAMissingPassword();
    void repeatUsesTheSavedPassword();
    void noKeychainServiceSaysSo();
    void formIsAligned();
    void statusMessageStaysOnItsPage();

private:
    QTemporaryDir m_home;
};

void TestGuiFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanGuiFlowTest"_s);
}

void TestGuiFlow::init()
{
    QSettings().clear();
}

void TestGuiFlow::staleStateNeverDecides()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    // A server check with Advanced → Ports filled in (and the other advanced rows), run.
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseServer"_s), Qt::LeftButton);
    FormPage *form = w.formPage();
    QTest::keyClicks(child<QLineEdit>(form, u"host"_s), u"127.0.0.1"_s);
    child<QGroupBox>(form, u"advanced"_s)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(form, u"ports"_s), u"smtp:%1,imap:%1"_s.arg(closed));
    QTest::keyClicks(child<QLineEdit>(form, u"serverName"_s), u"other.test"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"dnsServer"_s), u"127.0.0.1"_s);
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(w.run()->rows().size(), 2);

    // New check → "I have an error message", the message names port 5588.
    QTest::keySequence(&w, QKeySequence::New);
    QCOMPARE(w.currentPage(), w.startPage());
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseErrorText"_s),
                      Qt::LeftButton);
    QCOMPARE(w.currentPage(), form);
    QVERIFY(child<QPlainTextEdit>(form, u"errorText"_s)->toPlainText().isEmpty());
    QTest::keyClicks(child<QPlainTextEdit>(form, u"errorText"_s),
                     u"Unable to connect to ssl://127.0.0.1:5588 (Connection refused)"_s);
    QVERIFY(child<QLabel>(form, u"errorReading"_s)->text().contains(u"port 5588"_s));
    QApplication::processEvents();
    QVERIFY(child<QLabel>(form, u"errorReading"_s)->isVisibleTo(form));
    QVERIFY(child<QLabel>(form, u"errorReading"_s)->height() > 0); // shown, not squeezed to 0

    // The request is that port, that mode, that protocol, and nothing from the server check.
    const CheckRequest r = form->request();
    QCOMPARE(r.kind, CheckRequest::Kind::ErrorText);
    QCOMPARE(r.host, u"127.0.0.1"_s);
    QCOMPARE(r.port, quint16(5588));
    QCOMPARE(r.security, Security::Tls);
    QCOMPARE(r.protocol, Protocol::Smtp);
    QVERIFY2(r.ports.isEmpty(), qPrintable(r.ports));
    QVERIFY(r.serverName.isEmpty());
    QVERIFY(r.dnsServer.isEmpty());
    QVERIFY(r.user.isEmpty() && r.password.isEmpty());
    QVERIFY(r.caFile.isEmpty());
    QVERIFY(!r.allowCleartextAuth);

    // And that is what runs: one row, port 5588, SSL/TLS, SMTP.
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.livePage());
    QCOMPARE(w.run()->rows().size(), 1);
    const ScanTarget t = w.run()->rows().constFirst().target;
    QCOMPARE(t.port, quint16(5588));
    QCOMPARE(t.protocol, Protocol::Smtp);
    QCOMPARE(t.security, Security::Tls);
    QVERIFY(done.wait(20000));
    QCOMPARE(w.scan().ports.size(), 1);
    QCOMPARE(w.scan().ports.constFirst().target.port, quint16(5588));
}

void TestGuiFlow::startPageByKeyboard()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    MainWindow w;
    activateWindow(&w);
    auto *account = child<QCommandLinkButton>(w.startPage(), u"chooseAccount"_s);
    auto *server = child<QCommandLinkButton>(w.startPage(), u"chooseServer"_s);
    // The page opens with the first choice focused, and the focus shows.
    QCOMPARE(focused(), account);
    const QImage withFocus = account->grab().toImage();
    server->setFocus(Qt::OtherFocusReason);
    const QImage withoutFocus = account->grab().toImage();
    QVERIFY2(withFocus != withoutFocus, "the focused choice looks like the others");
    // Up and Down move between the choices; Enter (and keypad Enter) opens the focused one.
    account->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(focused(), server);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.formPage());
    QCOMPARE(w.formPage()->kind(), CheckRequest::Kind::Server);
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.currentPage(), w.startPage());
    QCOMPARE(focused(), account);
    QTest::keyClick(focused(), Qt::Key_Enter, Qt::KeypadModifier);
    // The account starts from the address alone (the discovery page); its Advanced choice is
    // the account form.
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.discoveryPage()));
    QCOMPARE(focused(), child<QWidget>(w.discoveryPage(), u"discoveryAddress"_s));
    QTest::mouseClick(child<QPushButton>(w.discoveryPage(), u"discoveryManual"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.formPage());
    QCOMPARE(w.formPage()->kind(), CheckRequest::Kind::Account);
}

void TestGuiFlow::formOpensFocused()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    MainWindow w;
    activateWindow(&w);
    const std::pair<QString, QString> cases[] = {{u"chooseAccount"_s, u"host"_s},
                                                 {u"chooseServer"_s, u"host"_s},
                                                 {u"chooseErrorText"_s, u"errorText"_s}};
    for (const auto &[choice, field] : cases) {
        QTest::keySequence(&w, QKeySequence::New);
        openChoice(w, choice);
        QCOMPARE(w.currentPage(), w.formPage());
        QVERIFY2(focused() && focused()->objectName() == field,
                 qPrintable(choice + u": focus on "_s +
                            (focused() ? focused()->objectName() : u"nothing"_s)));
        // What is typed lands in the field.
        QTest::keyClicks(focused(), u"mail.example"_s);
        QWidget *f = child<QWidget>(w.formPage(), field);
        const QString text = qobject_cast<QLineEdit *>(f)
                                 ? qobject_cast<QLineEdit *>(f)->text()
                                 : qobject_cast<QPlainTextEdit *>(f)->toPlainText();
        QCOMPARE(text, u"mail.example"_s);
    }
}

void TestGuiFlow::ctrlEnterRunsFromTheErrorBox()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        QTest::keySequence(&w, QKeySequence::New);
        QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseErrorText"_s),
                          Qt::LeftButton);
        auto *box = child<QPlainTextEdit>(w.formPage(), u"errorText"_s);
        QCOMPARE(focused(), box);
        QTest::keyClicks(box, u"SMTP Error: Unable to connect to ssl://127.0.0.1:%1"_s.arg(closed));
        // Enter alone starts a new line (a pasted message may have several).
        QTest::keyClick(box, key, key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        QCOMPARE(w.currentPage(), w.formPage());
        QVERIFY(box->toPlainText().contains(u'\n'));
        QTest::keyClicks(box, u"(Connection refused)"_s);
        QSignalSpy done(&w, &MainWindow::checkFinished);
        const Qt::KeyboardModifiers mods =
            Qt::ControlModifier | (key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        QTest::keyClick(box, key, mods);
        QCOMPARE(w.currentPage(), w.livePage());
        QCOMPARE(w.run()->request().port, closed);
        QVERIFY(done.wait(20000));
    }
}

void TestGuiFlow::keyboardOnlyWalk()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    // Start → form → check → result → back → new check, keys only.
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.formPage());
    QTest::keyClicks(focused(), u"127.0.0.1"_s);
    QTest::keyClick(focused(), Qt::Key_Tab); // the protocol
    QTest::keyClick(focused(), Qt::Key_Tab); // the port
    QCOMPARE(focused()->objectName(), u"port"_s);
    QTest::keyClicks(focused(), QString::number(closed));
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.livePage());
    QVERIFY(done.wait(20000));
    QCOMPARE(w.currentPage(), w.resultPage());
    QVERIFY(focused() && w.resultPage()->isAncestorOf(focused()));
    QCOMPARE(w.scan().ports.constFirst().target.port, closed);
    // Back to the form: what was typed is still there, the focus in it.
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.currentPage(), w.formPage());
    QVERIFY(focused() && w.formPage()->isAncestorOf(focused()));
    QCOMPARE(child<QLineEdit>(w.formPage(), u"port"_s)->text(), QString::number(closed));
    // New check: the start page, its first choice focused, Enter opens a clean form.
    QTest::keySequence(&w, QKeySequence::New);
    QCOMPARE(w.currentPage(), w.startPage());
    QCOMPARE(focused(), child<QWidget>(w.startPage(), u"chooseAccount"_s));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.formPage()->kind(), CheckRequest::Kind::Server);
    QVERIFY(child<QLineEdit>(w.formPage(), u"host"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(w.formPage(), u"port"_s)->text().isEmpty());
    // The recent check, by keyboard: Alt+R to the list, Enter repeats it.
    QTest::keySequence(&w, QKeySequence::New);
    QTest::keyClick(focused(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(focused(), child<QWidget>(w.startPage(), u"recentChecks"_s));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.livePage());
    QCOMPARE(w.run()->request().port, closed);
    QVERIFY(done.wait(20000));
}

void TestGuiFlow::mnemonicsAreUnique()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    auto check = [&](const QString &where) {
        const QStringList m = windowMnemonics(&w);
        const QString dup = duplicates(m);
        QVERIFY2(dup.isEmpty(), qPrintable(where + u": "_s + dup));
    };
    check(u"start"_s);
    for (const QString &choice : {u"chooseAccount"_s, u"chooseServer"_s, u"chooseErrorText"_s}) {
        QTest::keySequence(&w, QKeySequence::New);
        openChoice(w, choice);
        check(choice);
        child<QGroupBox>(w.formPage(), u"advanced"_s)->setChecked(true);
        if (auto *c = w.formPage()->findChild<QAbstractButton *>(u"allowCleartext"_s))
            c->setChecked(true);
        check(choice + u" with Advanced"_s);
    }
    // The other pages, after a check.
    QSignalSpy done(&w, &MainWindow::checkFinished);
    CheckRequest r;
    r.kind = CheckRequest::Kind::Server;
    r.host = u"127.0.0.1"_s;
    r.port = closed;
    r.timeoutSeconds = 2;
    w.startCheck(r);
    check(u"live"_s);
    QVERIFY(done.wait(20000));
    check(u"result"_s);
    for (QWidget *page :
         {static_cast<QWidget *>(w.detailsPage()), static_cast<QWidget *>(w.explainPage()),
          static_cast<QWidget *>(w.routePage())}) {
        w.showPage(page);
        check(page->objectName());
    }
    // Each menu's items.
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        QStringList m;
        for (QAction *a : menu->actions())
            if (const QChar c = mnemonic(a->text()); !c.isNull())
                m << QString(c) + u": "_s + a->text();
        QVERIFY2(duplicates(m).isEmpty(), qPrintable(duplicates(m)));
    }
    // The settings dialog.
    SettingsDialog dialog(&w);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString dup = duplicates(windowMnemonics(&dialog));
    QVERIFY2(dup.isEmpty(), qPrintable(u"settings: "_s + dup));
}

void TestGuiFlow::caFileKeptAndStored()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    const QString ca = PortolanTest::certificatePath(u"ca"_s);
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseServer"_s), Qt::LeftButton);
    FormPage *form = w.formPage();
    QTest::keyClicks(child<QLineEdit>(form, u"host"_s), u"127.0.0.1"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"port"_s), QString::number(closed));
    child<QGroupBox>(form, u"advanced"_s)->setChecked(true);
    child<QLineEdit>(form, u"caFile"_s)->setText(ca);
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QVERIFY(done.wait(20000));

    // Stored with the recent check, as a path.
    QCOMPARE(recentChecks().constFirst().caFile, ca);
    // Kept across New check, in every choice, and shown (Advanced open).
    for (const QString &choice : {u"chooseAccount"_s, u"chooseServer"_s, u"chooseErrorText"_s}) {
        QTest::keySequence(&w, QKeySequence::New);
        openChoice(w, choice);
        QCOMPARE(child<QLineEdit>(form, u"caFile"_s)->text(), ca);
        QVERIFY(child<QGroupBox>(form, u"advanced"_s)->isChecked());
        QVERIFY(child<QLineEdit>(form, u"caFile"_s)->isVisibleTo(form));
        QCOMPARE(form->request().caFile, ca);
    }
    // Cleared on the form: the next new check starts without it.
    child<QLineEdit>(form, u"caFile"_s)
        ->setText(u"Unable to connect to ssl://127.0.0.1:%1"_s.arg(closed));
    child<QLineEdit>(form, u"caFile"_s)->clear();
    QTest::keyClicks(child<QPlainTextEdit>(form, u"errorText"_s),
                     u"Unable to connect to ssl://127.0.0.1:%1"_s.arg(closed));
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QTest::keySequence(&w, QKeySequence::New);
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseServer"_s), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(form, u"caFile"_s)->text().isEmpty());
    QVERIFY(!child<QGroupBox>(form, u"advanced"_s)->isChecked());

    // Repeating the first check restores its CA file.
    QTest::keySequence(&w, QKeySequence::New);
    auto *list = child<QListWidget>(w.startPage(), u"recentChecks"_s);
    QListWidgetItem *withCa = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == u"SMTP 127.0.0.1 port %1"_s.arg(closed) &&
            !list->item(i)->toolTip().isEmpty())
            withCa = list->item(i);
    QVERIFY(withCa);
    QVERIFY(withCa->toolTip().contains(ca));
    list->setCurrentItem(withCa);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.livePage());
    QCOMPARE(w.run()->request().caFile, ca);
    QVERIFY(done.wait(20000));
}

void TestGuiFlow::savingNeverDelaysTheCheck()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    ScriptedServer server;
    server.addScript(Greeting + EhloAuth + Auth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    MainWindow w;
    activateWindow(&w);
    w.secrets()->setTimeoutMs(1500);
    openChoice(w, u"chooseAccount"_s);
    FormPage *form = w.formPage();
    QTest::keyClicks(child<QLineEdit>(form, u"host"_s), u"127.0.0.1"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"user"_s), u"dave@test.portolan"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"password"_s), u"not-saved-Secr3t"_s);
    child<QAbstractButton>(form, u"remember"_s)->setChecked(true);
    child<QGroupBox>(form, u"advanced"_s)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(form, u"ports"_s), u"smtp:%1"_s.arg(port));
    child<QLineEdit>(form, u"caFile"_s)->setText(PortolanTest::certificatePath(u"ca"_s));

    // The event loop keeps turning the whole time: the longest gap between two ticks.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(20);
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    tick.start();
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY(w.scan().ports.constFirst().report.authenticated);
    QCOMPARE(w.currentPage(), w.resultPage());
    // The keychain does not answer: a notice above the page says so, and what to do.
    QTRY_VERIFY_WITH_TIMEOUT(!w.notice().isEmpty(), 5000);
    const QString notice = w.notice();
    QVERIFY2(notice.contains(u"not saved"_s) && notice.contains(u"check ran"_s),
             qPrintable(notice));
    QVERIFY(!notice.contains(u"Unknown error"_s, Qt::CaseInsensitive));
    if (noBus())
        QVERIFY2(notice.contains(u"no system keychain is running"_s), qPrintable(notice));
    QVERIFY(child<QWidget>(&w, u"notice"_s)->isVisible());
    QVERIFY2(longest < 2000, qPrintable(u"the window froze for %1 ms"_s.arg(longest)));
    // Dismissed by keyboard or mouse; gone on the next check.
    QTest::mouseClick(child<QPushButton>(&w, u"dismissNotice"_s), Qt::LeftButton);
    QVERIFY(w.notice().isEmpty());
}

void TestGuiFlow::repeatRunsTheCheck()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    // A recent error-message check on port A; the form now holds another message (port B).
    const quint16 a = closedPort();
    const quint16 b = closedPort();
    CheckRequest stored;
    stored.kind = CheckRequest::Kind::ErrorText;
    stored.host = u"127.0.0.1"_s;
    stored.port = a;
    stored.protocol = Protocol::Smtp;
    stored.security = Security::Tls;
    stored.timeoutSeconds = 3;
    stored.caFile = PortolanTest::certificatePath(u"ca"_s);
    rememberCheck(stored);
    MainWindow w;
    activateWindow(&w);
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseErrorText"_s),
                      Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(w.formPage(), u"errorText"_s),
                     u"Unable to connect to tls://127.0.0.1:%1"_s.arg(b));
    w.back();
    QCOMPARE(w.currentPage(), w.startPage());
    // Double-click: it runs, with its own settings.
    auto *list = child<QListWidget>(w.startPage(), u"recentChecks"_s);
    QCOMPARE(list->item(0)->text(), u"SMTP 127.0.0.1 port %1"_s.arg(a));
    QSignalSpy done(&w, &MainWindow::checkFinished);
    const QRect rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.currentPage(), w.startPage()); // one click only chooses it
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.currentPage(), w.livePage());
    const CheckRequest r = w.run()->request();
    QCOMPARE(r.kind, CheckRequest::Kind::ErrorText);
    QCOMPARE(r.port, a);
    QCOMPARE(r.security, Security::Tls);
    QCOMPARE(r.caFile, stored.caFile);
    QCOMPARE(r.timeoutSeconds, 3);
    QVERIFY(r.ports.isEmpty());
    QVERIFY(done.wait(20000));
    QCOMPARE(w.scan().ports.size(), 1);
    QCOMPARE(w.scan().ports.constFirst().target.port, a);
}

void TestGuiFlow::repeatAsksForAMissingPassword()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    // A recent account check with a user name; the keychain does not answer: the form asks for
    // the password, filled with that check (and only that), and Enter runs it.
    ScriptedServer server;
    server.addScript(Greeting + EhloAuth + Auth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    CheckRequest stored;
    stored.kind = CheckRequest::Kind::Account;
    stored.host = u"127.0.0.1"_s;
    stored.user = u"erin@test.portolan"_s;
    stored.ports = u"smtp:%1"_s.arg(port);
    stored.caFile = PortolanTest::certificatePath(u"ca"_s);
    rememberCheck(stored);
    MainWindow w;
    activateWindow(&w);
    w.secrets()->setTimeoutMs(1000);
    auto *list = child<QListWidget>(w.startPage(), u"recentChecks"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), w.formPage(), 5000);
    FormPage *form = w.formPage();
    QCOMPARE(focused(), child<QWidget>(form, u"password"_s));
    QVERIFY(child<QLabel>(form, u"keychainNote"_s)->text().contains(u"erin@test.portolan"_s));
    QCOMPARE(child<QLineEdit>(form, u"user"_s)->text(), stored.user);
    QCOMPARE(child<QLineEdit>(form, u"ports"_s)->text(), stored.ports);
    QCOMPARE(child<QLineEdit>(form, u"caFile"_s)->text(), stored.caFile);
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::keyClicks(focused(), u"typed-Secr3t"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(w.currentPage(), w.livePage());
    QCOMPARE(w.run()->request().password, u"typed-Secr3t"_s);
    QVERIFY(done.wait(20000));
    QVERIFY(w.scan().ports.constFirst().report.authenticated);
}

void TestGuiFlow::repeatUsesTheSavedPassword()
{
    if (!realKeychain())
        QSKIP("needs a Secret Service (tests/gui/keychain.sh)");
    ScriptedServer server;
    server.addScript(Greeting + EhloAuth + Auth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    const QString password = u"saved-Secr3t"_s;
    const QString account = keychainAccount(u"fay@test.portolan"_s, u"127.0.0.1"_s);
    SecretStore store;
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(account, password);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.constFirst().at(1).toString().isEmpty(),
             qPrintable(saved.constFirst().at(1).toString()));
    CheckRequest stored;
    stored.kind = CheckRequest::Kind::Account;
    stored.host = u"127.0.0.1"_s;
    stored.user = u"fay@test.portolan"_s;
    stored.ports = u"smtp:%1"_s.arg(port);
    stored.caFile = PortolanTest::certificatePath(u"ca"_s);
    rememberCheck(stored);
    MainWindow w;
    activateWindow(&w);
    QSignalSpy done(&w, &MainWindow::checkFinished);
    auto *list = child<QListWidget>(w.startPage(), u"recentChecks"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    // Straight to the check, with the keychain's password: no form in between. (The scripted
    // server can answer before the test looks, so the run is awaited, not the live page.)
    QTRY_VERIFY_WITH_TIMEOUT(w.run() != nullptr, 10000);
    QCOMPARE(w.run()->request().password, password);
    QVERIFY(w.currentPage() != w.formPage());
    QVERIFY(done.count() > 0 || done.wait(20000));
    QCOMPARE(w.currentPage(), w.resultPage());
    QVERIFY(w.scan().ports.constFirst().report.authenticated);
    store.forget(account);
    QTest::qWait(300);
}

void TestGuiFlow::noKeychainServiceSaysSo()
{
    if (!noBus())
        QSKIP("runs with PORTOLAN_TEST_BUS=none");
    // No session bus: QtKeychain's own words are about a socket; the store says what it means.
    SecretStore store;
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(keychainAccount(u"hal@test.portolan"_s, u"127.0.0.1"_s), u"x-Secr3t"_s);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.constFirst().at(2).value<KeychainProblem>(), KeychainProblem::NoService);
    const QString words = saved.constFirst().at(1).toString();
    QVERIFY2(words.contains(u"no system keychain is running"_s) &&
                 words.contains(u"GNOME Keyring or KWallet"_s),
             qPrintable(words));
    QVERIFY(!words.contains(u"x-Secr3t"_s));
}

void TestGuiFlow::formIsAligned()
{
    if (realKeychain())
        QSKIP("runs without a keychain");
    MainWindow w;
    activateWindow(&w);
    FormPage *form = w.formPage();
    // One form layout: one column of labels, one of fields, on every choice.
    QCOMPARE(form->findChildren<QFormLayout *>().size(), 1);
    auto *layout = form->findChild<QFormLayout *>();
    for (const QString &choice : {u"chooseAccount"_s, u"chooseServer"_s, u"chooseErrorText"_s}) {
        QTest::keySequence(&w, QKeySequence::New);
        openChoice(w, choice);
        child<QGroupBox>(form, u"advanced"_s)->setChecked(true);
        QApplication::processEvents();
        QList<int> fieldX;
        QList<int> labelRight;
        QStringList names;
        for (int row = 0; row < layout->rowCount(); ++row) {
            QLayoutItem *field = layout->itemAt(row, QFormLayout::FieldRole);
            QLayoutItem *label = layout->itemAt(row, QFormLayout::LabelRole);
            if (!field || !field->widget() || !field->widget()->isVisibleTo(form) ||
                layout->itemAt(row, QFormLayout::SpanningRole))
                continue; // a hidden row, or the Advanced heading across both columns
            fieldX << field->widget()->mapTo(form, QPoint(0, 0)).x();
            names << field->widget()->objectName() + u'@' + QString::number(fieldX.constLast());
            if (label && label->widget() &&
                !qobject_cast<QLabel *>(label->widget())->text().isEmpty())
                labelRight << label->widget()->mapTo(form, QPoint(label->widget()->width(), 0)).x();
        }
        QVERIFY(fieldX.size() >= 5);
        for (int x : std::as_const(fieldX))
            QVERIFY2(x == fieldX.constFirst(), qPrintable(choice + u": "_s + names.join(u' ')));
        for (int x : std::as_const(labelRight))
            QVERIFY2(qAbs(x - labelRight.constFirst()) <= 1, qPrintable(choice));
        QVERIFY(labelRight.constFirst() < fieldX.constFirst());
    }
}

// The keychain that never answers: a session bus address whose socket nobody serves. Set before
// the application exists, so that nothing reaches a real session bus.
// "Copied to the clipboard: …" and "Saved …" belong to the page they were said on: the start
// page, a new form, Details and Watch start without them.
void TestGuiFlow::statusMessageStaysOnItsPage()
{
    const quint16 closed = closedPort();
    MainWindow w;
    activateWindow(&w);
    auto *status = child<QLabel>(&w, u"statusMessage"_s);
    QSignalSpy done(&w, &MainWindow::checkFinished);
    CheckRequest r;
    r.kind = CheckRequest::Kind::Server;
    r.host = u"127.0.0.1"_s;
    r.port = closed;
    r.timeoutSeconds = 2;
    w.startCheck(r);
    QVERIFY(done.wait(20000));
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.resultPage()));
    QVERIFY(status->text().startsWith(u"Checked"_s)); // said on the result page: stays there

    const QString copied = u"every nftables rule"_s;
    const auto say = [&] {
        Q_EMIT w.resultPage()->copied(copied);
        QVERIFY(status->text().contains(copied));
    };
    for (QWidget *page :
         {static_cast<QWidget *>(w.detailsPage()), static_cast<QWidget *>(w.watchPage()),
          static_cast<QWidget *>(w.startPage())}) {
        w.showPage(w.resultPage());
        say();
        w.showPage(page);
        QVERIFY2(status->text().isEmpty(),
                 qPrintable(page->objectName() + u": "_s + status->text()));
    }
    // A new form from the start page; Back to a page.
    w.showPage(w.resultPage());
    say();
    QTest::keySequence(&w, QKeySequence::New);
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.startPage()));
    QVERIFY(status->text().isEmpty());
    QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), u"chooseServer"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.formPage()));
    QVERIFY(status->text().isEmpty());
    w.back();
    QVERIFY(status->text().isEmpty());
}

int main(int argc, char *argv[])
{
    QTemporaryDir bus;
    const QString socket = bus.path() + u"/bus"_s;
    if (!realKeychain())
        qputenv("DBUS_SESSION_BUS_ADDRESS", (u"unix:path="_s + socket).toUtf8());
    QApplication app(argc, argv);
    QLocalServer silent;
    if (!realKeychain() && !noBus() && !silent.listen(socket))
        qFatal("cannot listen on %s", qPrintable(socket));
    TestGuiFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_flow.moc"
