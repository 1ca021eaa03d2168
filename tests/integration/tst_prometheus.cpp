// The monitor's /metrics read by a real Prometheus: `portolan-cli monitor --metrics` watches a
// scripted TLS mail server, promtool validates what it serves, Prometheus (Debian's, on loopback,
// config and data in the build tree, started and stopped here by its PID) scrapes it every
// second, the server stops for a few seconds as during a nightly backup, and Prometheus's HTTP
// API shows portolan_check_success go 1 -> 0 -> 1 with the reason as a label.
#include "scriptedserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;
using PortolanTest::ScriptedServer;

namespace {

const QString Dialogue = u"S: 220 mail.test ESMTP ready\nC: EHLO\nS: 250-mail.test\n"
                         "S: 250 8BITMIME\nC: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void expositionPassesPromtool();
    void prometheusScrapesTheMonitor();
    void outageSeenThroughPrometheus();

private:
    // GET on the monitor's or Prometheus's port; empty on any failure.
    QByteArray get(quint16 port, const QString &pathAndQuery);
    // An instant query's result vector.
    QJsonArray query(const QString &promql);
    // The value of the one series `promql` selects; -1 when there is none.
    double value(const QString &promql);
    static void stop(QProcess &process);

    QNetworkAccessManager m_nam;
    ScriptedServer m_server;
    quint16 m_mailPort = 0;
    quint16 m_metricsPort = 0;
    quint16 m_prometheusPort = 0;
    QString m_target;
    QString m_state = QStringLiteral(PORTOLAN_PROMETHEUS_STATE);
    QProcess m_monitor;
    QProcess m_prometheus;
};

QByteArray TestPrometheus::get(quint16 port, const QString &pathAndQuery)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(pathAndQuery)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(6000)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return {};
    return reply->readAll();
}

QJsonArray TestPrometheus::query(const QString &promql)
{
    QUrlQuery q;
    q.addQueryItem(u"query"_s, promql);
    const QJsonObject answer =
        QJsonDocument::fromJson(
            get(m_prometheusPort, u"/api/v1/query?"_s + q.toString(QUrl::FullyEncoded)))
            .object();
    return answer.value(u"data"_s).toObject().value(u"result"_s).toArray();
}

double TestPrometheus::value(const QString &promql)
{
    const QJsonArray result = query(promql);
    if (result.size() != 1)
        return -1;
    return result.first().toObject().value(u"value"_s).toArray().at(1).toString().toDouble();
}

void TestPrometheus::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), SIGTERM);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void TestPrometheus::initTestCase()
{
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    if (prometheus.isEmpty() || QStandardPaths::findExecutable(u"promtool"_s).isEmpty())
        QSKIP("prometheus and promtool (Debian prometheus) are not installed");

    m_server.addScript(Dialogue, ScriptedServer::Mode::ImplicitTls, u"valid"_s);
    m_mailPort = m_server.start();
    QVERIFY(m_mailPort != 0);
    m_target = u"smtp://127.0.0.1:%1"_s.arg(m_mailPort);
    m_metricsPort = freePort();
    m_prometheusPort = freePort();
    QVERIFY(m_metricsPort != 0 && m_prometheusPort != 0);

    QDir(m_state).removeRecursively();
    QVERIFY(QDir().mkpath(m_state + u"/data"_s));

    // The monitor as a user runs it: checks every 2 s, every second after a failure.
    m_monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_monitor.start(QStringLiteral(PORTOLAN_CLI),
                    {u"monitor"_s, m_target, u"--security"_s, u"tls"_s, u"--ca-file"_s,
                     PortolanTest::certificatePath(u"ca"_s), u"--timeout"_s, u"5"_s, u"--every"_s,
                     u"2"_s, u"--recheck"_s, u"1"_s, u"--db"_s, m_state + u"/history.sqlite"_s,
                     u"--metrics"_s, u"127.0.0.1:%1"_s.arg(m_metricsPort), u"--for"_s, u"10m"_s});
    QVERIFY2(m_monitor.waitForStarted(), qPrintable(m_monitor.errorString()));

    QFile config(m_state + u"/prometheus.yml"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(u"global:\n"
                 "  scrape_interval: 1s\n"
                 "  scrape_timeout: 1s\n"
                 "  evaluation_interval: 1s\n"
                 "scrape_configs:\n"
                 "  - job_name: portolan\n"
                 "    static_configs:\n"
                 "      - targets: ['127.0.0.1:%1']\n"_s.arg(m_metricsPort)
                     .toUtf8());
    config.close();
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.setStandardOutputFile(m_state + u"/prometheus.log"_s);
    m_prometheus.start(prometheus, {u"--config.file="_s + config.fileName(),
                                    u"--storage.tsdb.path="_s + m_state + u"/data"_s,
                                    u"--web.listen-address=127.0.0.1:%1"_s.arg(m_prometheusPort),
                                    u"--storage.tsdb.retention.time=1h"_s, u"--log.level=warn"_s});
    QVERIFY2(m_prometheus.waitForStarted(), qPrintable(m_prometheus.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(get(m_prometheusPort, u"/-/ready"_s).startsWith("Prometheus"), 30000);
}

void TestPrometheus::cleanupTestCase()
{
    stop(m_prometheus);
    if (m_monitor.state() != QProcess::NotRunning) {
        // SIGTERM: running checks finish, the history is committed, exit 0.
        stop(m_monitor);
        QCOMPARE(m_monitor.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_monitor.exitCode(), 0);
    }
}

void TestPrometheus::expositionPassesPromtool()
{
    QByteArray body;
    QTRY_VERIFY_WITH_TIMEOUT(
        (body = get(m_metricsPort, u"/metrics"_s)).contains("portolan_check_success{"), 20000);
    QVERIFY2(body.contains((u"portolan_check_success{target=\""_s + m_target +
                            u"\",protocol=\"smtp\",port=\"%1\",security=\"tls\","
                            "address=\"127.0.0.1\"} 1"_s.arg(m_mailPort))
                               .toUtf8()),
             body.constData());
    QVERIFY2(body.contains("portolan_tls_version_info{"), body.constData());
    QVERIFY2(body.contains("portolan_cert_expiry_timestamp_seconds{"), body.constData());
    QVERIFY2(body.contains("portolan_outage_active{"), body.constData());

    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
    QVERIFY(promtool.waitForStarted());
    promtool.write(body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    const QByteArray said = promtool.readAll();
    QVERIFY2(promtool.exitCode() == 0 && said.trimmed().isEmpty(),
             (said + "\n---\n" + body).constData());
}

void TestPrometheus::prometheusScrapesTheMonitor()
{
    QTRY_COMPARE_WITH_TIMEOUT(value(u"up{job=\"portolan\"}"_s), 1.0, 20000);
    const QString selector = u"portolan_check_success{target=\"%1\"}"_s.arg(m_target);
    QTRY_COMPARE_WITH_TIMEOUT(value(selector), 1.0, 20000);
    const QJsonObject labels = query(selector).first().toObject().value(u"metric"_s).toObject();
    QCOMPARE(labels.value(u"protocol"_s).toString(), u"smtp"_s);
    QCOMPARE(labels.value(u"port"_s).toString(), QString::number(m_mailPort));
    QCOMPARE(labels.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(labels.value(u"address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(value(u"portolan_outage_active{target=\"%1\"}"_s.arg(m_target)), 0.0);
}

void TestPrometheus::outageSeenThroughPrometheus()
{
    const QString success = u"portolan_check_success{target=\"%1\"}"_s.arg(m_target);
    QTRY_COMPARE_WITH_TIMEOUT(value(success), 1.0, 20000);
    const qint64 before = QDateTime::currentSecsSinceEpoch() - 2;

    // The mail service stops, as during a backup: connections are refused.
    m_server.close();
    QTRY_COMPARE_WITH_TIMEOUT(value(success), 0.0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(value(u"portolan_outage_active{target=\"%1\"}"_s.arg(m_target)), 1.0,
                              10000);
    // The reason is a label: the verdict's code. The outage lasts three re-checks.
    const QString refused =
        u"portolan_check_failures_total{target=\"%1\",code=\"connection-refused\"}"_s.arg(m_target);
    QTRY_VERIFY_WITH_TIMEOUT(value(refused) >= 3.0, 20000);

    // Back on the same port.
    QVERIFY2(m_server.listen(QHostAddress::LocalHost, m_mailPort),
             qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(value(success), 1.0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(value(u"portolan_outage_active{target=\"%1\"}"_s.arg(m_target)), 0.0,
                              10000);
    const qint64 after = QDateTime::currentSecsSinceEpoch() + 1;

    // The stored range: 1s, then 0s, then 1s again.
    QUrlQuery q;
    q.addQueryItem(u"query"_s, success);
    q.addQueryItem(u"start"_s, QString::number(before));
    q.addQueryItem(u"end"_s, QString::number(after));
    q.addQueryItem(u"step"_s, u"1"_s);
    const QJsonObject answer =
        QJsonDocument::fromJson(
            get(m_prometheusPort, u"/api/v1/query_range?"_s + q.toString(QUrl::FullyEncoded)))
            .object();
    const QJsonArray result = answer.value(u"data"_s).toObject().value(u"result"_s).toArray();
    QCOMPARE(result.size(), 1);
    QString seen;
    for (const QJsonValue &point : result.first().toObject().value(u"values"_s).toArray()) {
        const QString v = point.toArray().at(1).toString();
        if (seen.isEmpty() || seen.back() != v.back())
            seen += v;
    }
    QVERIFY2(seen.contains(u"101"_s), qPrintable(u"the values, without repeats: "_s + seen));
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
