// The "remember the password" path against a real Secret Service: tests/gui/keychain.sh runs
// this inside a private D-Bus session with an unlocked gnome-keyring of its own. The password
// goes to the keychain, comes back into the form for a recent check, and is never in the
// settings file.
#include "discoverypage.h"
#include "formpage.h"
#include "mainwindow.h"
#include "scriptedserver.h"
#include "secretstore.h"
#include "startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using PortolanTest::ScriptedServer;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void saveLoadForget();
    void rememberedForTheNextCheck();

private:
    QTemporaryDir m_home;
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with a Secret Service (tests/gui/keychain.sh)");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanKeychainTest"_s);
}

void TestKeychain::saveLoadForget()
{
    SecretStore store;
    QSignalSpy saved(&store, &SecretStore::saved);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    const QString account = keychainAccount(u"bob@test.portolan"_s, u"Mail.Test"_s);
    QCOMPARE(account, u"bob@test.portolan on mail.test"_s);
    store.save(account, u"kc-Secr3t"_s);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.at(0).at(1).toString().isEmpty(), qPrintable(saved.at(0).at(1).toString()));
    store.load(account);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.at(0).at(1).toString(), u"kc-Secr3t"_s);
    store.forget(account);
    QTest::qWait(300);
    store.load(account);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(1).at(1).toString().isEmpty());
}

void TestKeychain::rememberedForTheNextCheck()
{
    const QString password = u"gui-kc-Secr3t"_s;
    ScriptedServer server;
    server.addScript(u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"
                     "C: AUTH PLAIN\nS: 235 2.7.0 OK\nC: QUIT\nS: 221 Bye\nX\n"_s,
                     ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(w.startPage()->findChild<QCommandLinkButton *>(u"chooseAccount"_s),
                          Qt::LeftButton);
        QTest::mouseClick(w.discoveryPage()->findChild<QPushButton *>(u"discoveryManual"_s),
                          Qt::LeftButton);
        FormPage *form = w.formPage();
        QTest::keyClicks(form->findChild<QLineEdit *>(u"host"_s), u"127.0.0.1"_s);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"user"_s), u"carol@test.portolan"_s);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"password"_s), password);
        form->findChild<QAbstractButton *>(u"remember"_s)->setChecked(true);
        form->findChild<QGroupBox *>(u"advanced"_s)->setChecked(true);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"ports"_s), u"smtp:%1"_s.arg(port));
        for (QLineEdit *e : form->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == "Trusted CA file"_L1)
                e->setText(PortolanTest::certificatePath(u"ca"_s));
        }
        QSignalSpy done(&w, &MainWindow::checkFinished);
        QTest::mouseClick(form->findChild<QPushButton *>(u"check"_s), Qt::LeftButton);
        QVERIFY(done.wait(20000));
        QVERIFY(w.scan().ports.constFirst().report.authenticated);
        // The keychain job finishes after the result is shown.
        SecretStore probe;
        QSignalSpy loaded(&probe, &SecretStore::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                probe.load(keychainAccount(u"carol@test.portolan"_s, u"127.0.0.1"_s));
                return loaded.wait(2000) && loaded.constLast().at(1).toString() == password;
            }(),
            10000);
    }
    // A new window: the recent check fills the form, and the password comes from the keychain.
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    const QList<CheckRequest> recent = recentChecks();
    QVERIFY(!recent.isEmpty());
    QVERIFY(recent.constFirst().password.isEmpty());
    again.formPage()->fill(recent.constFirst());
    QTRY_COMPARE_WITH_TIMEOUT(again.formPage()->findChild<QLineEdit *>(u"password"_s)->text(),
                              password, 10000);
    QVERIFY(again.formPage()->findChild<QAbstractButton *>(u"remember"_s)->isChecked());

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("carol@test.portolan"));
    QVERIFY(!stored.contains(password.toUtf8()));
    SecretStore().forget(keychainAccount(u"carol@test.portolan"_s, u"127.0.0.1"_s));
    QTest::qWait(300);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
