// The desktop app in German, page by page (QT_QPA_PLATFORM=offscreen): with the compiled German
// translation installed, no visible text on any page is still an English source text from the
// .ts file, and no button or one-line label is narrower than its (longer German) text. Writes a
// screenshot of each page into the build tree (PORTOLAN_SCREENSHOTS, "de-*.png").
#include "detailspage.h"
#include "discoverypage.h"
#include "explaintls.h"
#include "formpage.h"
#include "livepage.h"
#include "mainwindow.h"
#include "resultpage.h"
#include "routeview.h"
#include "scriptedserver.h"
#include "settingsdialog.h"
#include "startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

namespace {

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
    window->grab().save(QStringLiteral(PORTOLAN_SCREENSHOTS) + u"/de-"_s + name + u".png"_s);
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// The English source texts of the .ts file whose German differs (so "Port" or "SMTP", the same
// in both languages, never counts as English), without their mnemonics' "&".
QSet<QString> englishTexts()
{
    QFile ts(QStringLiteral(PORTOLAN_TS_FILE));
    if (!ts.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", PORTOLAN_TS_FILE);
    QSet<QString> english;
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString german =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).remove(u'&').trimmed();
            const QString plain = QString(source).remove(u'&').trimmed();
            if (german != plain && !source.contains(u'%') && !source.contains(u'{'))
                english.insert(plain);
        }
    }
    return english;
}

// OK, Cancel and the like come with Qt's own translation (qtbase_de.qm, which the app loads from
// the system when it is installed), not from ours.
bool qtsOwn(QAbstractButton *b)
{
    auto *box = qobject_cast<QDialogButtonBox *>(b->parentWidget());
    return box && box->standardButton(b) != QDialogButtonBox::NoButton;
}

// A tool button showing only its icon keeps its text for screen readers: it needs no room.
bool iconOnly(const QAbstractButton *b)
{
    auto *tool = qobject_cast<const QToolButton *>(b);
    return tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly;
}

// What a page shows: labels, buttons, group titles, placeholders, combo entries, tabs, headers.
QStringList visibleTexts(QWidget *page)
{
    QStringList texts;
    auto shown = [page](const QWidget *w) {
        return w->isVisibleTo(page);
    };
    for (const QLabel *l : page->findChildren<QLabel *>())
        if (shown(l))
            texts << l->text();
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (shown(b) && !qtsOwn(b))
            texts << b->text();
    for (const QGroupBox *g : page->findChildren<QGroupBox *>())
        if (shown(g))
            texts << g->title();
    for (const QLineEdit *e : page->findChildren<QLineEdit *>())
        if (shown(e))
            texts << e->placeholderText() << e->accessibleName();
    for (const QComboBox *c : page->findChildren<QComboBox *>())
        if (shown(c))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
    for (const QTabWidget *t : page->findChildren<QTabWidget *>())
        if (shown(t))
            for (int i = 0; i < t->count(); ++i)
                texts << t->tabText(i);
    for (const QTreeWidget *t : page->findChildren<QTreeWidget *>())
        if (shown(t))
            for (int i = 0; i < t->columnCount(); ++i)
                texts << t->headerItem()->text(i);
    return texts;
}

void verifyGerman(QWidget *page, const QString &where)
{
    static const QSet<QString> english = englishTexts();
    QApplication::processEvents();
    for (const QString &text : visibleTexts(page)) {
        const QString plain = QString(text).remove(u'&').trimmed();
        QVERIFY2(plain.isEmpty() || !english.contains(plain),
                 qPrintable(u"%1 still shows \"%2\""_s.arg(where, plain)));
    }
    // Nothing cut off: a button or one-line label at least as wide as its text wants.
    for (const QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(page) && !b->text().isEmpty() && !iconOnly(b) &&
            !qobject_cast<const QCommandLinkButton *>(b))
            QVERIFY2(b->width() >= b->sizeHint().width(),
                     qPrintable(u"%1: button \"%2\" is %3 px wide, needs %4"_s.arg(where, b->text())
                                    .arg(b->width())
                                    .arg(b->sizeHint().width())));
    }
    for (const QLabel *l : page->findChildren<QLabel *>()) {
        if (l->isVisibleTo(page) && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull())
            QVERIFY2(l->width() >= l->minimumSizeHint().width(),
                     qPrintable(u"%1: label \"%2\" is %3 px wide, needs %4"_s.arg(where, l->text())
                                    .arg(l->width())
                                    .arg(l->minimumSizeHint().width())));
    }
}

} // namespace

class TestGuiGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void englishIsFound();
    void everyPageSpeaksGerman();
    void settingsDialog();

private:
    QTemporaryDir m_home;
    QTranslator m_german;
};

void TestGuiGerman::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanGermanTest"_s);
    QVERIFY(m_german.load(u":/portolan/translations/portolan_de.qm"_s));
    QApplication::installTranslator(&m_german);
}

void TestGuiGerman::cleanupTestCase()
{
    QApplication::removeTranslator(&m_german);
}

void TestGuiGerman::englishIsFound()
{
    // The check would see an untranslated text: the English of a page's words is in the list.
    QVERIFY(englishTexts().contains(u"What would you like to do?"_s));
    QVERIFY(englishTexts().contains(u"Mail server:"_s)); // "Mail &server:", without the &
    QVERIFY(!englishTexts().contains(u"SMTP"_s));
}

void TestGuiGerman::everyPageSpeaksGerman()
{
    // Port A: SSL/TLS with a login; port B: STARTTLS with a login.
    ScriptedServer implicit;
    implicit.addScript(Greeting + EhloAuth + Auth + Quit, ScriptedServer::Mode::ImplicitTls);
    const quint16 a = implicit.start();
    ScriptedServer starttls;
    starttls.addScript(Greeting + EhloPlain + StartTls + EhloAuth + Auth + Quit);
    const quint16 b = starttls.start();

    MainWindow w;
    w.resize(900, 680);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    verifyGerman(w.startPage(), u"start page"_s);

    // Every kind of form, the advanced part open.
    for (const QString &kind : {u"chooseServer"_s, u"chooseErrorText"_s, u"chooseAccount"_s}) {
        w.showPage(w.startPage());
        QTest::mouseClick(child<QCommandLinkButton>(w.startPage(), kind), Qt::LeftButton);
        if (kind == u"chooseAccount"_s) // the address alone first; the form is under Advanced
            QTest::mouseClick(child<QPushButton>(w.discoveryPage(), u"discoveryManual"_s),
                              Qt::LeftButton);
        QCOMPARE(w.currentPage(), w.formPage());
        if (auto *advanced = w.formPage()->findChild<QGroupBox *>(u"advanced"_s);
            advanced && advanced->isVisibleTo(w.formPage()))
            advanced->setChecked(true);
        verifyGerman(w.formPage(), u"form (%1)"_s.arg(kind));
        shoot(&w, u"form-"_s + kind.mid(6).toLower());
    }

    FormPage *form = w.formPage();
    QTest::keyClicks(child<QLineEdit>(form, u"host"_s), u"127.0.0.1"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"user"_s), u"alice@test.portolan"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"password"_s), u"de-Secr3t"_s);
    QTest::keyClicks(child<QLineEdit>(form, u"ports"_s), u"smtp:%1,smtp:%2"_s.arg(a).arg(b));
    for (QLineEdit *e : form->findChildren<QLineEdit *>()) {
        if (e->objectName() == "caFile"_L1 || e->placeholderText().contains(u"CA"_s))
            e->setText(PortolanTest::certificatePath(u"ca"_s));
    }
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(form, u"check"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.livePage());
    verifyGerman(w.livePage(), u"live page"_s);
    shoot(&w, u"live"_s);
    QVERIFY(done.wait(30000));

    QCOMPARE(w.currentPage(), w.resultPage());
    QVERIFY2(w.scan().best(Protocol::Smtp), "the check found no working port");
    verifyGerman(w.resultPage(), u"result page"_s);
    shoot(&w, u"result"_s);

    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"details"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.detailsPage());
    QTabWidget *tabs = w.detailsPage()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        verifyGerman(w.detailsPage(), u"details tab %1"_s.arg(i));
        shoot(&w, u"details-%1"_s.arg(i));
    }
    // The certificate fields are German too.
    auto *certificates = child<QTreeWidget>(w.detailsPage(), u"certificates"_s);
    QVERIFY(certificates->topLevelItemCount() > 0);
    QTreeWidgetItem *first = certificates->topLevelItem(0);
    QVERIFY(first->childCount() > 0);
    for (int i = 0; i < first->childCount(); ++i)
        QVERIFY2(!englishTexts().contains(first->child(i)->text(0)),
                 qPrintable(first->child(i)->text(0)));
    w.back();

    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"showRoute"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.routePage());
    verifyGerman(w.routePage(), u"route page"_s);
    QVERIFY(!englishTexts().contains(w.routePage()->view()->explain(u"submission"_s)));
    shoot(&w, u"route"_s);
    w.back();

    QTest::mouseClick(child<QPushButton>(w.resultPage(), u"explainTls"_s), Qt::LeftButton);
    QCOMPARE(w.currentPage(), w.explainPage());
    verifyGerman(w.explainPage(), u"explain TLS page"_s);
    QVERIFY2(w.explainPage()->diagram()->summary().contains(u"Ihre Prüfung von Port"_s),
             qPrintable(w.explainPage()->diagram()->summary()));
    shoot(&w, u"explain-tls"_s);
}

void TestGuiGerman::settingsDialog()
{
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), u"Portolan-Einstellungen"_s);
    verifyGerman(&dialog, u"settings"_s);
    shoot(&dialog, u"settings"_s);
}

QTEST_MAIN(TestGuiGerman)
#include "tst_gui_german.moc"
