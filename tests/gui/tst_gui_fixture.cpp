// The desktop app's guided check against the real servers of the mailserver fixture (Postfix
// with Dovecot SASL on 127.0.0.1, Dovecot IMAP/POP3 on 127.0.0.2), as a user fills the form:
// the recommendation, the user name that logged in, and no password anywhere it must not be.
#include "discoverypage.h"
#include "formpage.h"
#include "mainwindow.h"
#include "resultpage.h"
#include "scriptedserver.h"
#include "startpage.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestGuiFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setUpAccount_data();
    void setUpAccount();

private:
    QHash<QString, QString> m_fx;
    QTemporaryDir m_home;
};

void TestGuiFixture::initTestCase()
{
    QFile f(QStringLiteral(PORTOLAN_MAILSERVER_STATE) + u"/fixture.env"_s);
    QVERIFY2(f.open(QIODevice::ReadOnly), "the mailserver fixture did not start");
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_fx.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanGuiFixtureTest"_s);
}

void TestGuiFixture::setUpAccount_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expectedPort");
    const auto fx = [this](const char *key) {
        return m_fx.value(QString::fromLatin1(key));
    };
    QTest::newRow("sending") << u"127.0.0.1"_s
                             << u"smtp:%1,smtp:%2"_s.arg(fx("SUBMISSION_PORT"),
                                                         fx("SUBMISSIONS_PORT"))
                             << u"Sending only"_s << u"SUBMISSIONS_PORT"_s;
    QTest::newRow("receiving") << u"127.0.0.2"_s
                               << u"imap:%1,imap:%2,pop3:%3,pop3:%4"_s.arg(
                                      fx("IMAP_PORT"), fx("IMAPS_PORT"), fx("POP3_PORT"),
                                      fx("POP3S_PORT"))
                               << u"Receiving only"_s << u"IMAPS_PORT"_s;
}

void TestGuiFixture::setUpAccount()
{
    QFETCH(QString, host);
    QFETCH(QString, ports);
    QFETCH(QString, role);
    QFETCH(QString, expectedPort);
    const QString password = m_fx.value(u"PASSWORD"_s);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::mouseClick(w.startPage()->findChild<QCommandLinkButton *>(u"chooseAccount"_s),
                      Qt::LeftButton);
    QTest::mouseClick(w.discoveryPage()->findChild<QPushButton *>(u"discoveryManual"_s),
                      Qt::LeftButton);
    FormPage *form = w.formPage();
    for (QRadioButton *r : form->findChildren<QRadioButton *>()) {
        if (r->text() == role)
            r->setChecked(true);
    }
    QTest::keyClicks(form->findChild<QLineEdit *>(u"host"_s), host);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"user"_s), m_fx.value(u"USER"_s));
    QTest::keyClicks(form->findChild<QLineEdit *>(u"password"_s), password);
    form->findChild<QGroupBox *>(u"advanced"_s)->setChecked(true);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"ports"_s), ports);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"serverName"_s), u"mail.test"_s);
    for (QLineEdit *e : form->findChildren<QLineEdit *>()) {
        if (e->accessibleName() == "Trusted CA file"_L1)
            e->setText(m_fx.value(u"CA_FILE"_s));
    }
    QSignalSpy done(&w, &MainWindow::checkFinished);
    QTest::mouseClick(form->findChild<QPushButton *>(u"check"_s), Qt::LeftButton);
    QVERIFY(done.wait(60000));
    QCOMPARE(w.currentPage(), w.resultPage());
    QDir().mkpath(QStringLiteral(PORTOLAN_SCREENSHOTS));
    w.grab().save(QStringLiteral(PORTOLAN_SCREENSHOTS) + u"/20-fixture-"_s +
                  QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);

    const ScanReport &scan = w.scan();
    const PortAdvice *best =
        host == "127.0.0.1"_L1 ? scan.best(Protocol::Smtp) : scan.bestReceiving();
    QVERIFY(best);
    QCOMPARE(QString::number(best->target.port), m_fx.value(expectedPort));
    QCOMPARE(best->report.effectiveSecurity, Security::Tls);
    QVERIFY(best->report.authenticated);
    QCOMPARE(best->report.username, m_fx.value(u"USER"_s));
    QStringList shown;
    for (const QLabel *l : w.resultPage()->findChildren<QLabel *>())
        shown << l->text();
    QVERIFY(shown.contains(m_fx.value(expectedPort)));
    QVERIFY(shown.contains(u"SSL/TLS"_s));

    QTest::mouseClick(w.resultPage()->findChild<QPushButton *>(u"copyTicket"_s), Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY(ticket.contains(u"Verdict:"_s));
    QVERIFY(!ticket.contains(password));
    QVERIFY(!shown.join(u'\n').contains(password));
    for (const PortAdvice &a : scan.ports) {
        for (const TranscriptEntry &e : a.report.transcript)
            QVERIFY(!e.text.contains(password));
    }
}

QTEST_MAIN(TestGuiFixture)
#include "tst_gui_fixture.moc"
