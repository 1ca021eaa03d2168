// "Watch this server" in the app, offscreen: the watch page over a history with three nightly
// outages (03:01-03:04 UTC, refused), then a live outage through the scheduler on a manual clock
// with a scripted probe: the chart's series, the outage list, the hour strip, the reading, the
// notifications, Copy for ticket and Export; the way in from the start and result pages; a
// screenshot of the chart (PORTOLAN_SCREENSHOTS/19-watch-chart.png).
#include "mainwindow.h"
#include "monitor/historystore.h"
#include "monitor/monitortarget.h"
#include "resultpage.h"
#include "scriptedserver.h"
#include "startpage.h"
#include "util/clock.h"
#include "watchpage.h"

#include <QAbstractSeries>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 11, 27), QTime(3, 30), Qt::UTC);

Target mailTarget()
{
    Target t;
    QString error;
    if (!parseTargetSpec(u"smtp://mail.example.test:465"_s, t, &error))
        qFatal("the target does not parse");
    t.security = Security::Tls;
    return t;
}

CheckRecord record(const QDateTime &time, bool passed, qint64 ms)
{
    const Target t = mailTarget();
    CheckRecord r;
    r.target = targetName(t);
    r.protocol = t.protocol;
    r.host = t.host;
    r.port = t.port;
    r.security = t.security;
    r.effectiveSecurity = Security::Tls;
    r.address = u"192.0.2.25"_s;
    r.time = time;
    r.passed = passed;
    r.result = passed ? Severity::Ok : Severity::Error;
    r.fault = passed ? Fault::None : Fault::Server;
    r.verdictCode = passed ? Code::Ok : Code::ConnectionRefused;
    r.codes = {r.verdictCode};
    if (!passed)
        r.failedPhase = PhaseId::Connect;
    r.durationMs = ms;
    r.phases = {{PhaseId::Connect, passed ? 3 : ms}};
    if (passed) {
        r.tlsVersion = u"TLSv1.3"_s;
        r.certNotAfter = QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC);
    }
    return r;
}

// Three and a half days of a server that refuses connections from 03:01 to 03:04 UTC every
// night: a check every 10 minutes, every 30 s around 03:00.
void fillHistory(HistoryStore &store)
{
    const QDateTime end = Now.addSecs(-5 * 60);
    for (QDateTime t = Now.addDays(-3).addSecs(-12 * 3600); t < end;) {
        const int h = t.time().hour();
        const int m = t.time().minute();
        const bool near3 = (h == 2 && m >= 55) || (h == 3 && m < 10);
        const bool down = h == 3 && m >= 1 && m < 4;
        // Slower in the evening, to give the line some shape.
        const qint64 ms = down ? 2 : 38 + (h * 7 + m * 3) % 17 + (h >= 18 ? 25 : 0);
        CheckRecord r = record(t, !down, ms);
        const QString error = store.add(r);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        t = t.addSecs(near3 ? 30 : 600);
    }
}

int refusedMarks(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *marks = qobject_cast<QScatterSeries *>(s);
            marks && marks->name() == u"connection-refused"_s)
            return marks->count();
    }
    return -1;
}

} // namespace

class TestGuiWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void historyOnThePage();
    void liveOutageNotifies();
    void reachedFromStartAndResult();
    void sameHistoryAsTheCommandLine();
    void settingsCaFileApplies();
    void watchKeepsTheChecksOptions();
    void chartFitsTheRange();

private:
    QTemporaryDir m_home;
};

void TestGuiWatch::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QApplication::setOrganizationName(u"PortolanTest"_s);
    QApplication::setApplicationName(u"PortolanWatchTest"_s);
    QSettings().clear();
}

void TestGuiWatch::historyOnThePage()
{
    const QString db = m_home.filePath(u"history.sqlite"_s);
    {
        HistoryStore store;
        QCOMPARE(store.open(db), QString());
        fillHistory(store);
    }
    ManualClock clock(Now);
    WatchPage page;
    page.setClock(clock);
    int probes = 0;
    page.setProber([&](const MonitorTarget &t, QObject *context,
                       std::function<void(const QList<AddressReport> &)> done) {
        ++probes;
        Report r;
        r.target = t.check.target;
        r.started = clock.now();
        r.totalMs = 45;
        r.address = u"192.0.2.25:465"_s;
        concludeReport(r);
        QTimer::singleShot(0, context, [done, r] { done({{u"192.0.2.25"_s, r}}); });
    });
    QCOMPARE(page.openHistory(db), QString());
    page.resize(1100, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QSignalSpy refreshed(&page, &WatchPage::refreshed);
    page.watch(mailTarget());
    QCOMPARE(page.watched(), QStringList{u"smtp://mail.example.test:465"_s});
    QCOMPARE(page.shownTarget(), u"smtp://mail.example.test:465"_s);
    // The first check runs at once and is stored: the page redraws with it.
    QTRY_VERIFY(probes == 1 && refreshed.size() >= 2);

    // The chart: one shaded outage per night in the last 24 h, the line of passing checks and
    // the failures marked by their code.
    QChart *chart = page.chart();
    int areas = 0;
    QScatterSeries *refused = nullptr;
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (qobject_cast<QAreaSeries *>(s))
            ++areas;
        else if (auto *marks = qobject_cast<QScatterSeries *>(s))
            refused = marks->name() == u"connection-refused"_s ? marks : refused;
        else if (auto *l = qobject_cast<QLineSeries *>(s))
            line = l;
    }
    QCOMPARE(areas, 1); // 27 Nov 03:01-03:04 (the chart shows the last 24 hours)
    QVERIFY(refused);
    QCOMPARE(refused->count(), 6); // every 30 s from 03:01:00 to 03:03:30
    QVERIFY(line && line->count() > 100);

    // The outages of the week, newest first, with their reason; the hour strip; the reading.
    QTreeWidget *outages = page.outageList();
    QCOMPARE(outages->topLevelItemCount(), 4);
    QVERIFY2(outages->topLevelItem(0)->text(0).startsWith(u"2026-11-27 03:01"_s),
             qPrintable(outages->topLevelItem(0)->text(0)));
    QVERIFY(outages->topLevelItem(0)->text(3).contains(u"connection-refused"_s));
    QVERIFY(outages->topLevelItem(0)->text(2).contains(u"min"_s));
    QVERIFY(outages->topLevelItem(0)->text(4).contains(u"192.0.2.25"_s));
    const auto &hours = page.hourStrip()->hours();
    QVERIFY(hours[3] > 0);
    for (int h = 0; h < 24; ++h)
        QVERIFY2(h == 3 || hours[h] == 0, qPrintable(QString::number(h)));
    QVERIFY2(page.reading().contains(u"03:0"_s), qPrintable(page.reading()));

    // Copy for ticket and Export: the history's Markdown and HTML.
    const QString ticket = page.ticketText();
    QVERIFY2(ticket.contains(u"smtp://mail.example.test:465"_s), qPrintable(ticket));
    QVERIFY2(ticket.contains(u"connection-refused"_s), qPrintable(ticket));
    const QString html = m_home.filePath(u"history.html"_s);
    QVERIFY(page.exportReport(html));
    QFile exported(html);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("mail.example.test"));

    // The last three hours: the night's outage as a band, its failures marked.
    page.setChartSpan(std::chrono::hours(3));
    QCOMPARE(refusedMarks(page.chart()), 6);
    QDir().mkpath(QStringLiteral(PORTOLAN_SCREENSHOTS));
    QVERIFY(page.grab().save(QStringLiteral(PORTOLAN_SCREENSHOTS) + u"/19-watch-chart.png"_s));

    // The list is kept for the next session (never a password).
    QCOMPARE(QSettings().value(u"watch/targets"_s).toStringList(),
             QStringList{u"smtp://mail.example.test:465 tls 60"_s});
    page.stopWatching(u"smtp://mail.example.test:465"_s);
    QVERIFY(page.watched().isEmpty());
    QVERIFY(QSettings().value(u"watch/targets"_s).toStringList().isEmpty());
}

void TestGuiWatch::liveOutageNotifies()
{
    const QString db = m_home.filePath(u"live.sqlite"_s);
    ManualClock clock(Now);
    WatchPage page;
    page.setClock(clock);
    bool refuse = false;
    page.setProber([&](const MonitorTarget &t, QObject *context,
                       std::function<void(const QList<AddressReport> &)> done) {
        Report r;
        r.target = t.check.target;
        r.started = clock.now();
        r.totalMs = refuse ? 1 : 30;
        r.address = u"192.0.2.25:465"_s;
        if (refuse)
            r.diagnoses = {
                {Code::ConnectionRefused, Severity::Error, PhaseId::Connect, {}, u"refused"_s, {}}};
        concludeReport(r);
        QTimer::singleShot(0, context, [done, r] { done({{u"192.0.2.25"_s, r}}); });
    });
    QCOMPARE(page.openHistory(db), QString());
    QSignalSpy notices(&page, &WatchPage::notified);
    QSignalSpy refreshed(&page, &WatchPage::refreshed);
    page.watch(mailTarget());
    QTRY_VERIFY(refreshed.size() >= 2);
    QCOMPARE(notices.size(), 0);

    // The service stops: the next check fails, an outage begins.
    refuse = true;
    clock.advance(std::chrono::seconds(60));
    page.scheduler()->tick();
    QTRY_COMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).at(0).toString().contains(u"is failing"_s),
             qPrintable(notices.at(0).at(0).toString()));
    QVERIFY(notices.at(0).at(1).toString().contains(u"connection-refused"_s));
    QTRY_COMPARE(page.outageList()->topLevelItemCount(), 1);
    QCOMPARE(page.outageList()->topLevelItem(0)->text(1), WatchPage::tr("still failing"));

    // Re-checked every 10 s; back after 20 s: the outage ends, with its length.
    clock.advance(std::chrono::seconds(10));
    page.scheduler()->tick();
    QTRY_VERIFY(refreshed.size() >= 4);
    refuse = false;
    clock.advance(std::chrono::seconds(10));
    page.scheduler()->tick();
    QTRY_COMPARE(notices.size(), 2);
    QVERIFY2(notices.at(1).at(0).toString().contains(u"works again"_s),
             qPrintable(notices.at(1).at(0).toString()));
    QVERIFY2(notices.at(1).at(1).toString().contains(u"20 s"_s),
             qPrintable(notices.at(1).at(1).toString()));
    QTRY_VERIFY(page.outageList()->topLevelItemCount() == 1 &&
                page.outageList()->topLevelItem(0)->text(1).startsWith(u"2026-11-27"_s));
    page.stopWatching(u"smtp://mail.example.test:465"_s);
}

void TestGuiWatch::reachedFromStartAndResult()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *fromStart = w.startPage()->findChild<QPushButton *>(u"chooseWatch"_s);
    QVERIFY(fromStart);
    fromStart->click();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.watchPage()));
    w.back();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.startPage()));
    QVERIFY(w.resultPage()->findChild<QPushButton *>(u"watchServer"_s));
}

// The app's default history is the file `portolan-cli monitor` writes without --db.
void TestGuiWatch::sameHistoryAsTheCommandLine()
{
    const QString data = m_home.filePath(u"data"_s);
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    QProcess cli;
    cli.start(QStringLiteral(PORTOLAN_CLI), {u"monitor"_s, u"smtp://127.0.0.1:1"_s, u"--security"_s,
                                             u"none"_s, u"--for"_s, u"2s"_s, u"--quiet"_s});
    QVERIFY(cli.waitForFinished(30000));
    const QString expected = data + u"/portolan/history.sqlite"_s;
    QVERIFY2(QFile::exists(expected), cli.readAllStandardError().constData());

    WatchPage page;
    QCOMPARE(page.openHistory(), QString());
    QCOMPARE(page.historyPath(), expected);
    HistoryStore store;
    QCOMPARE(store.open(page.historyPath()), QString());
    QCOMPARE(store.targets(), QStringList{u"smtp://127.0.0.1:1"_s});
    qunsetenv("XDG_DATA_HOME");
}

// A real check through the default probe: a TLS server whose certificate comes from the test CA
// passes only because the app's settings name that CA file.
void TestGuiWatch::settingsCaFileApplies()
{
    PortolanTest::ScriptedServer server;
    server.addScript(u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"
                     "C: QUIT\nS: 221 bye\nX\n"_s,
                     PortolanTest::ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    QVERIFY(port != 0);
    Target t;
    QString error;
    QVERIFY(parseTargetSpec(u"smtp://127.0.0.1:%1"_s.arg(port), t, &error));
    t.security = Security::Tls;

    for (const bool trusted : {false, true}) {
        if (trusted)
            QSettings().setValue(u"caFile"_s, PortolanTest::certificatePath(u"ca"_s));
        WatchPage page;
        QCOMPARE(page.openHistory(m_home.filePath(u"ca-%1.sqlite"_s.arg(int(trusted)))), QString());
        page.watch(t);
        QTRY_VERIFY_WITH_TIMEOUT(page.summary().checks >= 1, 20000);
        QCOMPARE(page.summary().failures, trusted ? 0 : page.summary().checks);
        page.stopWatching(targetName(t));
    }
    QSettings().remove(u"caFile"_s);
}

// "Watch this server" after a check that trusted the test CA (a CA file on the form, not in the
// settings): the watch trusts it too, so its first check passes and no outage begins. The start
// page's "Watch a server…" form offers the kept CA file.
void TestGuiWatch::watchKeepsTheChecksOptions()
{
    QSettings().clear();
    const QString data = m_home.filePath(u"data-options"_s);
    qputenv("XDG_DATA_HOME", QFile::encodeName(data));
    PortolanTest::ScriptedServer server;
    server.addScript(u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"
                     "C: QUIT\nS: 221 bye\nX\n"_s,
                     PortolanTest::ScriptedServer::Mode::ImplicitTls);
    const quint16 port = server.start();
    QVERIFY(port != 0);

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CheckRequest r;
    r.kind = CheckRequest::Kind::Server;
    r.host = u"127.0.0.1"_s;
    r.port = port;
    r.protocol = Protocol::Smtp;
    r.security = Security::Tls;
    r.caFile = PortolanTest::certificatePath(u"ca"_s);
    r.timeoutSeconds = 5;
    w.startCheck(r);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), static_cast<QWidget *>(w.resultPage()), 20000);
    QVERIFY(w.scan().headline());
    QCOMPARE(w.scan().headline()->report.result(), Severity::Ok);

    auto *watchButton = w.resultPage()->findChild<QPushButton *>(u"watchServer"_s);
    QVERIFY(watchButton);
    watchButton->click();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.watchPage()));
    const QString name = u"smtp://127.0.0.1:%1"_s.arg(port);
    QCOMPARE(w.watchPage()->watched(), QStringList{name});
    QTRY_VERIFY_WITH_TIMEOUT(w.watchPage()->summary().checks >= 1, 20000);
    QCOMPARE(w.watchPage()->summary().failures, 0);
    QVERIFY(w.watchPage()->summary().outages.isEmpty());
    // The CA file is kept for the next session with the watch (the settings name none).
    QVERIFY(QSettings().value(u"caFile"_s).toString().isEmpty());
    QCOMPARE(QSettings()
                 .value(u"watch/options"_s)
                 .toMap()
                 .value(name)
                 .toMap()
                 .value(u"caFile"_s)
                 .toString(),
             r.caFile);
    w.watchPage()->stopWatching(name);
    QVERIFY(QSettings().value(u"watch/options"_s).toMap().isEmpty());

    // From the start page: the form offers the kept CA file.
    w.showPage(w.startPage());
    w.startPage()->findChild<QPushButton *>(u"chooseWatch"_s)->click();
    QCOMPARE(w.currentPage(), static_cast<QWidget *>(w.watchPage()));
    auto *caFile = w.watchPage()->findChild<QLineEdit *>(u"watchCaFile"_s);
    QVERIFY(caFile && caFile->isVisible());
    QCOMPARE(caFile->text(), r.caFile);
    auto *spec = w.watchPage()->findChild<QLineEdit *>(u"watchTarget"_s);
    QVERIFY(spec);
    spec->setText(name);
    auto *security = w.watchPage()->findChild<QComboBox *>(u"watchSecurity"_s);
    security->setCurrentIndex(security->findData(int(Security::Tls)));
    w.watchPage()->findChild<QPushButton *>(u"watchAdd"_s)->click();
    QCOMPARE(w.watchPage()->watched(), QStringList{name});
    QTRY_VERIFY_WITH_TIMEOUT(w.watchPage()->summary().checks >= 1, 20000);
    QCOMPARE(w.watchPage()->summary().failures, 0);
    w.watchPage()->stopWatching(name);
    qunsetenv("XDG_DATA_HOME");
}

namespace {

// The labels the time axis draws at its ticks: each must differ from the next.
QStringList tickLabels(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    auto *x = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
    if (!x)
        return {};
    QStringList labels;
    const qint64 a = x->min().toMSecsSinceEpoch();
    const qint64 b = x->max().toMSecsSinceEpoch();
    for (int i = 0; i < x->tickCount(); ++i)
        labels << QDateTime::fromMSecsSinceEpoch(a + (b - a) * i / (x->tickCount() - 1))
                      .toString(x->format());
    return labels;
}

bool distinct(const QStringList &labels)
{
    return !labels.isEmpty() && QSet<QString>(labels.begin(), labels.end()).size() == labels.size();
}

} // namespace

// The chart's time axis labels fit the range (seconds just after the start, dates over a week),
// the summary above it describes the range picked, and the legend stays above "Outages".
void TestGuiWatch::chartFitsTheRange()
{
    const QString db = m_home.filePath(u"range.sqlite"_s);
    {
        HistoryStore store;
        QCOMPARE(store.open(db), QString());
        fillHistory(store);
    }
    ManualClock clock(Now);
    WatchPage page;
    page.setClock(clock);
    page.setProber([&](const MonitorTarget &t, QObject *context,
                       std::function<void(const QList<AddressReport> &)> done) {
        Report r;
        r.target = t.check.target;
        r.started = clock.now();
        r.totalMs = 45;
        r.address = u"192.0.2.25:465"_s;
        concludeReport(r);
        QTimer::singleShot(0, context, [done, r] { done({{u"192.0.2.25"_s, r}}); });
    });
    QCOMPARE(page.openHistory(db), QString());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy refreshed(&page, &WatchPage::refreshed);
    page.watch(mailTarget());
    QTRY_VERIFY(refreshed.size() >= 2);

    // 24 hours: one outage in them (the week has four).
    QVERIFY2(page.headline().contains(u"1 outage(s) in the last 24 hours"_s),
             qPrintable(page.headline()));
    QVERIFY(!page.headline().contains(u"7 days"_s));
    QVERIFY2(distinct(tickLabels(page.chart())), qPrintable(tickLabels(page.chart()).join(u' ')));
    page.setChartSpan(std::chrono::hours(24 * 7));
    QVERIFY2(page.headline().contains(u"4 outage(s) in the last 7 days"_s),
             qPrintable(page.headline()));
    const QStringList week = tickLabels(page.chart());
    QVERIFY2(distinct(week) && week.first().contains(u'.'), qPrintable(week.join(u' ')));

    // The legend (four kinds of entries) ends above the "Outages" heading.
    QApplication::processEvents();
    auto *view = page.findChild<QChartView *>(u"watchChart"_s);
    auto *title = page.findChild<QLabel *>(u"watchOutagesTitle"_s);
    QVERIFY(view && title);
    const QRect legend =
        view->mapFromScene(page.chart()->legend()->sceneBoundingRect()).boundingRect();
    const int legendBottom = view->viewport()->mapTo(&page, legend.bottomLeft()).y();
    const int titleTop = title->mapTo(&page, QPoint(0, 0)).y();
    QVERIFY2(legendBottom <= titleTop &&
                 legendBottom <= view->mapTo(&page, QPoint(0, view->height())).y(),
             qPrintable(u"%1 %2 view %3+%4 legend %5 %6"_s.arg(legendBottom)
                            .arg(titleTop)
                            .arg(view->mapTo(&page, QPoint(0, 0)).y())
                            .arg(view->height())
                            .arg(legend.y())
                            .arg(legend.height())));
    page.stopWatching(targetName(mailTarget()));

    // A new watch: a range of a minute or two, labelled with seconds.
    const QString fresh = m_home.filePath(u"fresh.sqlite"_s);
    WatchPage first;
    first.setClock(clock);
    first.setProber([&](const MonitorTarget &t, QObject *context,
                        std::function<void(const QList<AddressReport> &)> done) {
        Report r;
        r.target = t.check.target;
        r.started = clock.now();
        r.totalMs = 45;
        r.address = u"192.0.2.25:465"_s;
        concludeReport(r);
        QTimer::singleShot(0, context, [done, r] { done({{u"192.0.2.25"_s, r}}); });
    });
    QCOMPARE(first.openHistory(fresh), QString());
    QSignalSpy firstRefreshed(&first, &WatchPage::refreshed);
    first.watch(mailTarget());
    QTRY_VERIFY(firstRefreshed.size() >= 2);
    clock.advance(std::chrono::seconds(60));
    first.scheduler()->tick();
    QTRY_VERIFY(first.summary().checks >= 2);
    const QStringList minute = tickLabels(first.chart());
    QVERIFY2(distinct(minute), qPrintable(minute.join(u' ')));
    QCOMPARE(WatchPage::axisFormat(90), u"HH:mm:ss"_s);
    first.stopWatching(targetName(mailTarget()));
}

QTEST_MAIN(TestGuiWatch)
#include "tst_gui_watch.moc"
