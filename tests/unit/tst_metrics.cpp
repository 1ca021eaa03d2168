// The monitor's Prometheus exposition (core/monitor/metrics) and its HTTP endpoint.
#include "metricsserver.h"
#include "monitor/metrics.h"
#include "monitor/metricshook.h"
#include "monitor/scheduler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <set>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

const QString mailTarget = u"smtp://mail.example.test:465"_s;

CheckRecord passingRecord(const QString &target = mailTarget)
{
    CheckRecord r;
    r.target = target;
    r.protocol = Protocol::Smtp;
    r.host = u"mail.example.test"_s;
    r.port = 465;
    r.security = Security::Tls;
    r.effectiveSecurity = Security::Tls;
    r.address = u"192.0.2.7"_s;
    r.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    r.passed = true;
    r.result = Severity::Ok;
    r.durationMs = 1250;
    r.phases = {{PhaseId::Resolve, 2},
                {PhaseId::Connect, 10},
                {PhaseId::TlsHandshake, 250},
                {PhaseId::Greeting, 988}};
    r.certNotAfter = QDateTime(QDate(2026, 7, 8), QTime(9, 10, 11), Qt::UTC);
    r.tlsVersion = u"TLSv1.3"_s;
    r.greeting = u"220 mail.example.test ESMTP"_s;
    r.codes = {Code::Ok};
    return r;
}

CheckRecord refusedRecord(const QString &target = mailTarget)
{
    CheckRecord r = passingRecord(target);
    r.time = QDateTime(QDate(2026, 3, 4), QTime(5, 7, 7), Qt::UTC);
    r.passed = false;
    r.result = Severity::Error;
    r.fault = Fault::Server;
    r.verdictCode = Code::ConnectionRefused;
    r.codes = {Code::ConnectionRefused, Code::CertExpiresSoon};
    r.failedPhase = PhaseId::Connect;
    r.durationMs = 3;
    r.phases = {{PhaseId::Resolve, 1}, {PhaseId::Connect, 2}};
    r.certNotAfter = {};
    r.tlsVersion.clear();
    // Server text never becomes a label.
    r.greeting = u"evil\" label=\"x\""_s;
    return r;
}

Target configured(const QString &host, quint16 port = 465)
{
    return {host, port, Protocol::Smtp, Security::Tls, QString()};
}

QStringList lines(const QByteArray &exposition)
{
    return QString::fromUtf8(exposition).split(u'\n', Qt::SkipEmptyParts);
}

// The sample line of `name` whose labels include every one of `labels` (`key="value"`).
QString sampleLine(const QByteArray &exposition, const QString &name, const QStringList &labels)
{
    for (const QString &line : lines(exposition)) {
        if (!line.startsWith(name + u'{'))
            continue;
        bool all = true;
        for (const QString &label : labels)
            all = all && line.contains(label);
        if (all)
            return line;
    }
    return {};
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyMonitorExposesNothing()
    {
        MonitorMetrics m;
        QCOMPARE(m.exposition(), QByteArray());
        QCOMPARE(MonitorMetrics::contentType(),
                 QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    }

    void passingCheck()
    {
        MonitorMetrics m;
        m.recordCheck(passingRecord());
        const QByteArray text = m.exposition();
        const QString labels =
            u"{target=\"smtp://mail.example.test:465\",protocol=\"smtp\",port=\"465\","
            u"security=\"tls\",address=\"192.0.2.7\""_s;
        const QStringList all = lines(text);
        QVERIFY2(all.contains(u"portolan_check_success"_s + labels + u"} 1"_s), text.constData());
        QVERIFY2(all.contains(u"portolan_check_duration_seconds"_s + labels + u"} 1.25"_s),
                 text.constData());
        QVERIFY2(all.contains(u"portolan_phase_duration_seconds"_s + labels +
                              u",phase=\"tls-handshake\"} 0.25"_s),
                 text.constData());
        QVERIFY2(all.contains(u"portolan_phase_duration_seconds"_s + labels +
                              u",phase=\"greeting\"} 0.988"_s),
                 text.constData());
        const qint64 expiry =
            QDateTime(QDate(2026, 7, 8), QTime(9, 10, 11), Qt::UTC).toSecsSinceEpoch();
        QVERIFY2(all.contains(u"portolan_cert_expiry_timestamp_seconds"_s + labels + u"} "_s +
                              QString::number(expiry)),
                 text.constData());
        QVERIFY2(
            all.contains(u"portolan_tls_version_info"_s + labels + u",version=\"TLSv1.3\"} 1"_s),
            text.constData());
        QVERIFY2(all.contains(u"portolan_checks_total"_s + labels + u"} 1"_s), text.constData());
        // Nothing failed: no failure counters, and their family is left out entirely.
        QVERIFY2(!text.contains("portolan_check_failures_total"), text.constData());
        QVERIFY2(all.contains(u"# TYPE portolan_check_success gauge"_s), text.constData());
        QVERIFY2(all.contains(u"# TYPE portolan_checks_total counter"_s), text.constData());
    }

    void failuresCountedByCode()
    {
        MonitorMetrics m;
        m.recordCheck(refusedRecord());
        m.recordCheck(refusedRecord());
        QByteArray text = m.exposition();
        QCOMPARE(sampleLine(text, u"portolan_check_success"_s, {}).section(u' ', -1), u"0"_s);
        QCOMPARE(
            sampleLine(text, u"portolan_check_failures_total"_s, {u"code=\"connection-refused\""_s})
                .section(u' ', -1),
            u"2"_s);
        // A warning of a failed check is not a failure; a refused check has no TLS facts.
        QVERIFY2(!text.contains("cert-expires-soon"), text.constData());
        QVERIFY2(!text.contains("portolan_tls_version_info"), text.constData());
        QVERIFY2(!text.contains("portolan_cert_expiry_timestamp_seconds"), text.constData());
        QVERIFY2(!text.contains("evil"), text.constData());
        QVERIFY2(all_of_phases_known(text), text.constData());

        // It passes again: success 1, the counter keeps its count, the checks count goes on.
        m.recordCheck(passingRecord());
        text = m.exposition();
        QCOMPARE(sampleLine(text, u"portolan_check_success"_s, {}).section(u' ', -1), u"1"_s);
        QCOMPARE(
            sampleLine(text, u"portolan_check_failures_total"_s, {u"code=\"connection-refused\""_s})
                .section(u' ', -1),
            u"2"_s);
        QCOMPARE(sampleLine(text, u"portolan_checks_total"_s, {}).section(u' ', -1), u"3"_s);
        // The phases are the last check's: the refused one's failed connect is gone.
        QCOMPARE(sampleLine(text, u"portolan_phase_duration_seconds"_s, {u"phase=\"connect\""_s})
                     .section(u' ', -1),
                 u"0.01"_s);
    }

    void addressesAreSeparateSeries()
    {
        MonitorMetrics m;
        CheckRecord v4 = passingRecord();
        CheckRecord v6 = refusedRecord();
        v6.address = u"2001:db8::25"_s;
        m.recordCheck(v4);
        m.recordCheck(v6);
        const QByteArray text = m.exposition();
        QCOMPARE(sampleLine(text, u"portolan_check_success"_s, {u"address=\"192.0.2.7\""_s})
                     .section(u' ', -1),
                 u"1"_s);
        QCOMPARE(sampleLine(text, u"portolan_check_success"_s, {u"address=\"2001:db8::25\""_s})
                     .section(u' ', -1),
                 u"0"_s);
        // The name did not resolve: no address, one series without it (an empty label value
        // is an absent label to Prometheus).
        CheckRecord nxdomain = refusedRecord();
        nxdomain.address.clear();
        nxdomain.verdictCode = Code::DnsNxdomain;
        m.recordCheck(nxdomain);
        QCOMPARE(sampleLine(m.exposition(), u"portolan_check_failures_total"_s,
                            {u"address=\"\""_s, u"code=\"dns-nxdomain\""_s})
                     .section(u' ', -1),
                 u"1"_s);
    }

    void outagesPerTarget()
    {
        MonitorMetrics m;
        const QString a = u"smtp://a.example.test:465"_s;
        const QString b = u"smtp://b.example.test:465"_s;
        // Known before their first check: not in an outage.
        m.addTarget(a, configured(u"a.example.test"_s));
        m.addTarget(b, configured(u"b.example.test"_s));
        const QString aLabels = u"{target=\"smtp://a.example.test:465\",protocol=\"smtp\","
                                u"port=\"465\",security=\"tls\"}"_s;
        QByteArray text = m.exposition();
        QVERIFY2(lines(text).contains(u"portolan_outage_active"_s + aLabels + u" 0"_s),
                 text.constData());
        QVERIFY2(!text.contains("portolan_check_success"), text.constData());

        m.recordCheck(refusedRecord(a));
        m.setOutageActive(a, true);
        text = m.exposition();
        QVERIFY2(lines(text).contains(u"portolan_outage_active"_s + aLabels + u" 1"_s),
                 text.constData());
        QCOMPARE(
            sampleLine(text, u"portolan_outage_active"_s, {u"b.example.test"_s}).section(u' ', -1),
            u"0"_s);
        m.setOutageActive(a, false);
        QVERIFY(lines(m.exposition()).contains(u"portolan_outage_active"_s + aLabels + u" 0"_s));
        // An outage of a target nobody added changes nothing.
        m.setOutageActive(u"smtp://unknown.example.test:25"_s, true);
        QVERIFY(!m.exposition().contains("unknown.example.test"));
        m.removeTarget(a);
        text = m.exposition();
        QVERIFY2(!text.contains("a.example.test"), text.constData());
        QVERIFY2(text.contains("b.example.test"), text.constData());
    }

    void labelValuesEscaped()
    {
        QCOMPARE(MonitorMetrics::escapeLabelValue(u"a\\b\"c\nd"_s), u"a\\\\b\\\"c\\nd"_s);
        QCOMPARE(MonitorMetrics::escapeLabelValue(u"münchen.example"_s), u"münchen.example"_s);
        MonitorMetrics m;
        m.recordCheck(passingRecord(u"odd\"host\\\nname"_s));
        const QByteArray text = m.exposition();
        QVERIFY2(text.contains("target=\"odd\\\"host\\\\\\nname\""), text.constData());
        QVERIFY(wellFormed(text));
    }

    void tlsVersionFromClosedSet()
    {
        QCOMPARE(MonitorMetrics::tlsVersionLabel(u"TLSv1.2"_s), u"TLSv1.2"_s);
        QCOMPARE(MonitorMetrics::tlsVersionLabel(u"TLSv1.3\"} 1\nevil"_s), u"unknown"_s);
        QCOMPARE(MonitorMetrics::tlsVersionLabel(QString()), u"unknown"_s);
    }

    // The shape of the text format: HELP and TYPE once per family and before its samples, the
    // samples of a family together, every line a comment or `name{labels} value`.
    void wellFormedExposition()
    {
        MonitorMetrics m;
        m.addTarget(u"smtp://idle.example.test:587"_s, configured(u"idle.example.test"_s, 587));
        m.recordCheck(passingRecord(u"smtp://a.example.test:465"_s));
        m.recordCheck(refusedRecord(u"smtp://b.example.test:465"_s));
        CheckRecord imap = passingRecord(u"imap://c.example.test:993"_s);
        imap.protocol = Protocol::Imap;
        imap.port = 993;
        imap.security = Security::Auto;
        imap.address = u"::1"_s;
        m.recordCheck(imap);
        m.setOutageActive(u"smtp://b.example.test:465"_s, true);
        QVERIFY(wellFormed(m.exposition()));

        // And Prometheus's own linter agrees (the integration test runs it on a live monitor).
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool (Debian prometheus) is not installed");
        QProcess lint;
        lint.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(lint.waitForStarted());
        lint.write(m.exposition());
        lint.closeWriteChannel();
        QVERIFY(lint.waitForFinished(30000));
        const QByteArray said = lint.readAllStandardOutput() + lint.readAllStandardError();
        QVERIFY2(lint.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }

    void endpointServesTheExposition()
    {
        MetricsServer endpoint;
        MonitorMetrics &m = endpoint.metrics();
        m.recordCheck(refusedRecord());
        QVERIFY2(endpoint.listen(QHostAddress::LocalHost, 0), qPrintable(endpoint.errorString()));
        QVERIFY(endpoint.port() != 0);

        QNetworkAccessManager nam;
        const auto get = [&](const QString &path, QNetworkReply **out) {
            *out = nullptr;
            QNetworkRequest request(
                QUrl(u"http://127.0.0.1:%1%2"_s.arg(endpoint.port()).arg(path)));
            QNetworkReply *reply = nam.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(5000));
            *out = reply;
        };
        QNetworkReply *reply = nullptr;
        get(u"/metrics"_s, &reply);
        QVERIFY(reply);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 MonitorMetrics::contentType());
        QCOMPARE(reply->readAll(), m.exposition());
        reply->deleteLater();

        // What the next scrape sees is the state at that moment.
        m.recordCheck(passingRecord());
        get(u"/metrics"_s, &reply);
        QVERIFY(reply);
        QCOMPARE(reply->readAll(), m.exposition());
        reply->deleteLater();
        QCOMPARE(endpoint.scrapes(), 2);

        get(u"/elsewhere"_s, &reply);
        QVERIFY(reply);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        reply->deleteLater();
    }

    void endpointReportsABusyPort()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        MetricsServer endpoint;
        QVERIFY(!endpoint.listen(QHostAddress::LocalHost, taken.serverPort()));
        QVERIFY2(!endpoint.errorString().isEmpty(), "no reason given");
        QCOMPARE(endpoint.port(), quint16(0));
    }

    // The --metrics factory follows a scheduler: its targets from the start, every check, the
    // outage's begin and end. A scripted prober and a manual clock: nothing waits for real time.
    void factoryFollowsTheScheduler()
    {
        Target target;
        QString error;
        QVERIFY(parseTargetSpec(u"smtp://127.0.0.1:2525"_s, target, &error));
        target.security = Security::StartTls;
        MonitorTarget watched;
        watched.name = targetName(target);
        watched.check.target = target;
        watched.interval = std::chrono::seconds(60);
        watched.recheck = std::chrono::seconds(10);
        ManualClock clock;
        MonitorScheduler scheduler({watched}, clock);
        bool refuse = false;
        int probes = 0;
        scheduler.setProber([&](const MonitorTarget &t, QObject *context,
                                std::function<void(const QList<AddressReport> &)> done) {
            ++probes;
            Report r;
            r.target = t.check.target;
            r.started = clock.now();
            r.totalMs = refuse ? 1 : 40;
            r.address = u"127.0.0.1:2525"_s;
            if (refuse)
                r.diagnoses = {{Code::ConnectionRefused,
                                Severity::Error,
                                PhaseId::Connect,
                                {},
                                u"refused"_s,
                                {}}};
            concludeReport(r);
            QTimer::singleShot(0, context, [done, r] { done({{u"127.0.0.1"_s, r}}); });
        });

        const std::unique_ptr<QObject> server(
            startMetricsServer({QHostAddress::LocalHost, 0}, &scheduler, &error));
        QVERIFY2(server, qPrintable(error));
        auto *metricsServer = qobject_cast<MetricsServer *>(server.get());
        QVERIFY(metricsServer && metricsServer->port() != 0);
        const MonitorMetrics &m = metricsServer->metrics();
        const QStringList labels{u"target=\"smtp://127.0.0.1:2525\""_s, u"port=\"2525\""_s,
                                 u"security=\"starttls\""_s};
        QCOMPARE(sampleLine(m.exposition(), u"portolan_outage_active"_s, labels).section(u' ', -1),
                 u"0"_s);

        scheduler.start();
        QTRY_VERIFY(!sampleLine(m.exposition(), u"portolan_check_success"_s, labels).isEmpty());
        QCOMPARE(sampleLine(m.exposition(), u"portolan_check_success"_s, labels).section(u' ', -1),
                 u"1"_s);

        refuse = true;
        clock.advance(std::chrono::seconds(60));
        scheduler.tick();
        QTRY_COMPARE(
            sampleLine(m.exposition(), u"portolan_outage_active"_s, labels).section(u' ', -1),
            u"1"_s);
        QCOMPARE(sampleLine(m.exposition(), u"portolan_check_success"_s, labels).section(u' ', -1),
                 u"0"_s);
        QCOMPARE(sampleLine(m.exposition(), u"portolan_check_failures_total"_s,
                            labels + QStringList{u"code=\"connection-refused\""_s})
                     .section(u' ', -1),
                 u"1"_s);

        refuse = false;
        clock.advance(std::chrono::seconds(10));
        scheduler.tick();
        QTRY_COMPARE(
            sampleLine(m.exposition(), u"portolan_outage_active"_s, labels).section(u' ', -1),
            u"0"_s);
        QCOMPARE(sampleLine(m.exposition(), u"portolan_checks_total"_s, labels).section(u' ', -1),
                 u"3"_s);
        QCOMPARE(probes, 3);

        // A port already taken: no server, one line saying why.
        QString busy;
        QVERIFY(!startMetricsServer({QHostAddress::LocalHost, metricsServer->port()}, &scheduler,
                                    &busy));
        QVERIFY2(busy.startsWith(u"cannot listen on 127.0.0.1:%1: "_s.arg(metricsServer->port())),
                 qPrintable(busy));
    }

private:
    static bool all_of_phases_known(const QByteArray &text)
    {
        static const QRegularExpression phase(u"phase=\"([^\"]*)\""_s);
        auto it = phase.globalMatch(QString::fromUtf8(text));
        while (it.hasNext()) {
            if (!phaseFromName(it.next().captured(1)))
                return false;
        }
        return true;
    }

    static bool wellFormed(const QByteArray &text)
    {
        static const QRegularExpression sampleRe(
            uR"(^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\} (-?[0-9.e+]+|NaN)$)"_s);
        static const QRegularExpression helpRe(uR"(^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \S.*$)"_s);
        static const QRegularExpression typeRe(
            uR"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (gauge|counter)$)"_s);
        if (!text.endsWith('\n')) {
            qWarning("no final line feed");
            return false;
        }
        std::set<QString> done;
        QString current;
        bool typed = false;
        for (const QString &line : lines(text)) {
            if (const auto help = helpRe.match(line); help.hasMatch()) {
                if (done.count(help.captured(1))) {
                    qWarning("family %s twice", qPrintable(help.captured(1)));
                    return false;
                }
                if (!current.isEmpty())
                    done.insert(current);
                current = help.captured(1);
                typed = false;
            } else if (const auto type = typeRe.match(line); type.hasMatch()) {
                if (type.captured(1) != current || typed) {
                    qWarning("TYPE out of place: %s", qPrintable(line));
                    return false;
                }
                typed = true;
            } else if (const auto s = sampleRe.match(line); s.hasMatch()) {
                if (s.captured(1) != current || !typed) {
                    qWarning("sample outside its family: %s", qPrintable(line));
                    return false;
                }
            } else {
                qWarning("not a line of the text format: %s", qPrintable(line));
                return false;
            }
        }
        return true;
    }
};

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
