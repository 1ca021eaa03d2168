#include "monitorcommand.h"

#include "keychainsecret.h"
#include "stopsignals.h"

#include "monitor/analysis.h"
#include "monitor/historystore.h"
#include "monitor/metricshook.h"
#include "monitor/scheduler.h"
#include "net/hostname.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

std::optional<std::chrono::seconds> secondsValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 366.0 * 86400 && d == std::floor(d))
            return std::chrono::seconds(qint64(d));
        return std::nullopt;
    }
    if (v.isString())
        return parseDuration(v.toString());
    return std::nullopt;
}

// One target of the config file.
QString readConfigTarget(const QJsonObject &o, const QString &where, const CheckOptions &defaults,
                         MonitorTarget &t)
{
    static const QStringList known{u"target"_s,
                                   u"protocol"_s,
                                   u"host"_s,
                                   u"port"_s,
                                   u"security"_s,
                                   u"interval"_s,
                                   u"every"_s,
                                   u"recheck"_s,
                                   u"login"_s,
                                   u"loginEvery"_s,
                                   u"user"_s,
                                   u"passwordEnv"_s,
                                   u"tokenEnv"_s,
                                   u"passwordKeychain"_s,
                                   u"auth"_s,
                                   u"caFile"_s,
                                   u"serverName"_s,
                                   u"timeout"_s,
                                   u"family"_s,
                                   u"dnsServer"_s,
                                   u"name"_s,
                                   u"allowCleartextAuth"_s,
                                   u"allowUntrustedAuth"_s};
    for (const QString &key : o.keys()) {
        if (key.compare("password"_L1, Qt::CaseInsensitive) == 0 ||
            key.compare("token"_L1, Qt::CaseInsensitive) == 0 ||
            key.compare("secret"_L1, Qt::CaseInsensitive) == 0)
            return u"%1: a password never goes into the config file; name an environment "
                   "variable that holds it with \"passwordEnv\""_s.arg(where);
        if (!known.contains(key))
            return u"%1: unknown field \"%2\""_s.arg(where, key);
    }
    t.check = defaults;
    t.check.credentials = {};
    t.check.target = Target{};
    if (o.contains("target"_L1)) {
        QString why;
        if (!parseTargetSpec(o.value("target"_L1).toString(), t.check.target, &why))
            return u"%1: %2"_s.arg(where, why);
    } else {
        const QString host = o.value("host"_L1).toString();
        if (host.isEmpty())
            return u"%1: needs \"target\" or \"host\""_s.arg(where);
        if (const QString why = hostProblem(host); !why.isEmpty())
            return u"%1: %2"_s.arg(where, why);
        t.check.target.host = host;
    }
    if (o.contains("protocol"_L1)) {
        const std::optional<Protocol> p = protocolFromName(o.value("protocol"_L1).toString());
        if (!p)
            return u"%1: \"protocol\" must be smtp, imap, pop3 or sieve"_s.arg(where);
        t.check.target.protocol = *p;
    }
    if (o.contains("port"_L1)) {
        const int port = o.value("port"_L1).toInt(0);
        if (port < 1 || port > 65535)
            return u"%1: \"port\" must be a number from 1 to 65535"_s.arg(where);
        t.check.target.port = quint16(port);
    }
    t.check.target.security = defaults.target.security;
    if (o.contains("security"_L1)) {
        const std::optional<Security> s = securityFromName(o.value("security"_L1).toString());
        if (!s)
            return u"%1: \"security\" must be tls, starttls, none or auto"_s.arg(where);
        t.check.target.security = *s;
    }
    if (t.check.target.port == 0)
        t.check.target.port =
            defaults.target.port
                ? defaults.target.port
                : MailCheck::defaultPort(t.check.target.protocol, t.check.target.security);
    if (o.contains("serverName"_L1))
        t.check.target.serverName = o.value("serverName"_L1).toString();
    for (const char *key : {"interval", "every"}) {
        if (o.contains(QLatin1StringView(key))) {
            const auto s = secondsValue(o.value(QLatin1StringView(key)));
            if (!s)
                return u"%1: \"%2\" must be seconds from 1 (or \"90s\", \"10m\", \"1h\")"_s.arg(
                    where, QLatin1StringView(key));
            t.interval = *s;
        }
    }
    if (o.contains("recheck"_L1)) {
        const auto s = secondsValue(o.value("recheck"_L1));
        if (!s)
            return u"%1: \"recheck\" must be seconds from 1"_s.arg(where);
        t.recheck = *s;
    }
    if (o.contains("timeout"_L1)) {
        const double s = o.value("timeout"_L1).toDouble(-1);
        if (s <= 0 || s > 3600)
            return u"%1: \"timeout\" must be seconds from 0 to 3600"_s.arg(where);
        t.check.timeout = std::chrono::milliseconds(qint64(s * 1000));
    }
    if (o.contains("family"_L1)) {
        const QString f = o.value("family"_L1).toString();
        if (f == "ipv4"_L1)
            t.check.family = AddressFamily::IPv4;
        else if (f == "ipv6"_L1)
            t.check.family = AddressFamily::IPv6;
        else if (f == "any"_L1)
            t.check.family = AddressFamily::Any;
        else
            return u"%1: \"family\" must be ipv4, ipv6 or any"_s.arg(where);
    }
    if (o.contains("dnsServer"_L1))
        t.check.dnsServer = o.value("dnsServer"_L1).toString();
    if (o.contains("caFile"_L1)) {
        const QString file = o.value("caFile"_L1).toString();
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty())
            return u"%1: \"caFile\" %2 holds no PEM certificate (or cannot be read)"_s.arg(where,
                                                                                           file);
        t.check.extraCaCertificates = certs;
    }
    if (o.contains("loginEvery"_L1)) {
        const int n = o.value("loginEvery"_L1).toInt(-1);
        if (n < 0)
            return u"%1: \"loginEvery\" must be a number from 0 (never)"_s.arg(where);
        t.loginEvery = n;
    }
    if (o.contains("allowCleartextAuth"_L1))
        t.check.allowCleartextAuth = o.value("allowCleartextAuth"_L1).toBool();
    if (o.contains("allowUntrustedAuth"_L1))
        t.check.allowUntrustedAuth = o.value("allowUntrustedAuth"_L1).toBool();
    if (o.contains("login"_L1) && !o.value("login"_L1).toBool(true))
        t.loginEvery = 0;
    if (o.contains("user"_L1)) {
        t.check.credentials.user = o.value("user"_L1).toString();
        const QString passwordEnv = o.value("passwordEnv"_L1).toString();
        const QString tokenEnv = o.value("tokenEnv"_L1).toString();
        const bool keychain = o.value("passwordKeychain"_L1).toBool(false);
        if (passwordEnv.isEmpty() && tokenEnv.isEmpty() && !keychain)
            return u"%1: \"user\" needs \"passwordEnv\" (or \"tokenEnv\"): the environment "
                   "variable that holds the secret, or \"passwordKeychain\": true"_s.arg(where);
        if (keychain && !passwordEnv.isEmpty())
            return u"%1: \"passwordKeychain\" and \"passwordEnv\" exclude each other"_s.arg(where);
        if (keychain) {
            if (const QString why = readKeychainPassword(
                    t.check.credentials.user, t.check.target.host, &t.check.credentials.password);
                !why.isEmpty())
                return u"%1: %2"_s.arg(where, why);
        }
        for (const QString &var : {passwordEnv, tokenEnv}) {
            if (!var.isEmpty() && !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
                return u"%1: the environment variable %2 is not set"_s.arg(where, var);
        }
        if (!passwordEnv.isEmpty())
            t.check.credentials.password =
                qEnvironmentVariable(passwordEnv.toLocal8Bit().constData());
        if (!tokenEnv.isEmpty())
            t.check.credentials.token = qEnvironmentVariable(tokenEnv.toLocal8Bit().constData());
        if (o.contains("auth"_L1))
            t.check.mechanism = o.value("auth"_L1).toString().toUpper().toLatin1();
    } else if (o.contains("passwordEnv"_L1) || o.contains("tokenEnv"_L1) ||
               o.contains("passwordKeychain"_L1)) {
        return u"%1: \"passwordEnv\" needs \"user\""_s.arg(where);
    }
    t.name = o.contains("name"_L1) ? o.value("name"_L1).toString() : targetName(t.check.target);
    return {};
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

QString readMonitorConfig(const QString &file, const CheckOptions &defaults, MonitorConfig &config)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return u"cannot read the config file %1: %2"_s.arg(file, f.errorString());
    const QByteArray data = f.read(4 * 1024 * 1024);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        return u"config file %1, line %2: %3"_s.arg(file).arg(line).arg(error.errorString());
    }
    if (!doc.isObject())
        return u"config file %1: expected a JSON object"_s.arg(file);
    const QJsonObject root = doc.object();
    static const QStringList known{u"every"_s,   u"interval"_s,      u"recheck"_s, u"db"_s,
                                   u"metrics"_s, u"retentionDays"_s, u"targets"_s};
    for (const QString &key : root.keys()) {
        if (key.compare("password"_L1, Qt::CaseInsensitive) == 0)
            return u"config file %1: a password never goes into the config file; name an "
                   "environment variable that holds it with \"passwordEnv\""_s.arg(file);
        if (!known.contains(key))
            return u"config file %1: unknown field \"%2\""_s.arg(file, key);
    }
    for (const char *key : {"every", "interval"}) {
        if (root.contains(QLatin1StringView(key))) {
            config.every = secondsValue(root.value(QLatin1StringView(key)));
            if (!config.every)
                return u"config file %1: \"%2\" must be seconds from 1"_s.arg(
                    file, QLatin1StringView(key));
        }
    }
    if (root.contains("recheck"_L1)) {
        config.recheck = secondsValue(root.value("recheck"_L1));
        if (!config.recheck)
            return u"config file %1: \"recheck\" must be seconds from 1"_s.arg(file);
    }
    config.db = root.value("db"_L1).toString();
    config.metrics = root.value("metrics"_L1).toString();
    if (root.contains("retentionDays"_L1)) {
        const int days = root.value("retentionDays"_L1).toInt(0);
        if (days < 1)
            return u"config file %1: \"retentionDays\" must be a number of days from 1"_s.arg(file);
        config.retentionDays = days;
    }
    const QJsonArray targets = root.value("targets"_L1).toArray();
    if (!root.value("targets"_L1).isArray() || targets.isEmpty())
        return u"config file %1: \"targets\" must be a list of at least one target"_s.arg(file);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!targets.at(i).isObject())
            return u"config file %1: targets[%2] must be an object"_s.arg(file).arg(i);
        MonitorTarget t;
        if (config.every)
            t.interval = *config.every;
        if (config.recheck)
            t.recheck = *config.recheck;
        const QString where = u"config file %1: targets[%2]"_s.arg(file).arg(i);
        if (const QString why = readConfigTarget(targets.at(i).toObject(), where, defaults, t);
            !why.isEmpty())
            return why;
        config.targets << t;
    }
    return {};
}

MonitorCommand::MonitorCommand()
    : Command(u"monitor"_s,
              u"Watches mail servers: checks each target every --every seconds (every address "
              "of its host), re-checks every --recheck seconds after a failure until it passes, "
              "stores every check in the history database and says when an outage begins and "
              "ends. Runs until Ctrl+C / SIGTERM or for --for. 'portolan-cli history' reads "
              "what it saw."_s)
    , m_every(u"every"_s, u"Seconds between checks of a target (default 60)."_s, u"SECONDS"_s)
    , m_recheck(u"recheck"_s, u"Seconds between re-checks after a failure (default 10)."_s,
                u"SECONDS"_s)
    , m_db(u"db"_s, u"The history database (default: %1)."_s.arg(HistoryStore::defaultPath()),
           u"FILE"_s)
    , m_metrics(u"metrics"_s, u"Serve Prometheus metrics at http://ADDR:PORT/metrics."_s,
                u"ADDR:PORT"_s)
    , m_for(u"for"_s, u"Stop after this long (90s, 10m, 24h, 7d)."_s, u"DURATION"_s)
    , m_config(u"config"_s, u"Read targets and settings from this file (docs/monitor.md)."_s,
               u"FILE"_s)
    , m_loginEvery(u"login-every"_s,
                   u"With --user: log in on every Nth check only (default 1: every check; 0: "
                   "never), so as not to trip fail2ban."_s,
                   u"N"_s)
    , m_retention(u"retention"_s,
                  u"Days to keep each check (default 90; hourly roll-ups are kept longer)."_s,
                  u"DAYS"_s)
    , m_quiet(u"quiet"_s, u"Print only outages, not every check."_s)
{
    addPositionalArgument(u"targets"_s,
                          u"[protocol://]host[:port] (protocol smtp, imap, pop3 or sieve; "
                          "default smtp), one or more."_s);
    addOptions(
        {m_every, m_recheck, m_db, m_metrics, m_for, m_config, m_loginEvery, m_retention, m_quiet});
    addOptions(m_port.options());
    addOptions(m_network.options());
    addOptions(m_tls.options());
    addOptions(m_login.options());
}

QString MonitorCommand::refuseArguments(const QStringList &arguments) const
{
    return LoginOptions::secretInArguments(arguments);
}

int MonitorCommand::run(const QCommandLineParser &parser)
{
    auto seconds = [&](const QCommandLineOption &option, const QString &name,
                       std::optional<std::chrono::seconds> &value) -> QString {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        const qint64 n = parser.value(option).toLongLong(&ok);
        if (!ok || n < 1 || n > 366LL * 86400)
            return u"%1 must be a whole number of seconds from 1, not '%2'"_s.arg(
                name, parser.value(option));
        value = std::chrono::seconds(n);
        return {};
    };
    std::optional<std::chrono::seconds> every;
    std::optional<std::chrono::seconds> recheck;
    QString why = seconds(m_every, u"--every"_s, every);
    if (why.isEmpty())
        why = seconds(m_recheck, u"--recheck"_s, recheck);
    std::optional<std::chrono::seconds> runFor;
    if (why.isEmpty() && parser.isSet(m_for)) {
        runFor = parseDuration(parser.value(m_for));
        if (!runFor)
            why = u"--for must be a duration such as 90s, 10m, 24h or 7d, not '%1'"_s.arg(
                parser.value(m_for));
    }
    int loginEvery = 1;
    if (why.isEmpty() && parser.isSet(m_loginEvery)) {
        bool ok = false;
        loginEvery = parser.value(m_loginEvery).toInt(&ok);
        if (!ok || loginEvery < 0)
            why = u"--login-every must be a number from 0 (never)"_s;
    }
    std::optional<int> retention;
    if (why.isEmpty() && parser.isSet(m_retention)) {
        bool ok = false;
        retention = parser.value(m_retention).toInt(&ok);
        if (!ok || *retention < 1)
            why = u"--retention must be a number of days from 1"_s;
    }
    if (!why.isEmpty())
        return usageError(why);

    const QStringList specs = parser.positionalArguments();
    if (specs.isEmpty() && !parser.isSet(m_config))
        return usageError(u"monitor needs a target ([protocol://]host[:port]) or --config FILE"_s);

    // The options every target starts from.
    CheckOptions defaults;
    why = m_port.read(parser, defaults);
    if (why.isEmpty())
        why = m_network.read(parser, defaults);
    if (why.isEmpty())
        why = m_tls.read(parser, defaults);
    if (!why.isEmpty())
        return usageError(why);

    // Whether a login may go without TLS or to an unverified server: for every target.
    defaults.allowCleartextAuth = parser.isSet(m_login.allowCleartext);
    defaults.allowUntrustedAuth = parser.isSet(m_login.allowUntrusted);
    MonitorConfig config;
    if (parser.isSet(m_config)) {
        if (const QString problem = readMonitorConfig(parser.value(m_config), defaults, config);
            !problem.isEmpty())
            return usageError(problem);
    }
    QList<MonitorTarget> targets;
    for (const QString &spec : specs) {
        MonitorTarget t;
        t.check = defaults;
        QString problem;
        Target target = defaults.target;
        if (!parseTargetSpec(spec, target, &problem))
            return usageError(problem);
        target.security = defaults.target.security;
        target.serverName = defaults.target.serverName;
        if (target.port == 0)
            target.port = defaults.target.port
                              ? defaults.target.port
                              : MailCheck::defaultPort(target.protocol, target.security);
        t.check.target = target;
        t.name = targetName(target);
        t.loginEvery = loginEvery;
        targets << t;
    }
    // Command-line values win over the file's defaults; a target's own values win over both.
    for (MonitorTarget &t : config.targets) {
        if (every && t.interval == config.every.value_or(std::chrono::seconds(60)))
            t.interval = *every;
        if (recheck && t.recheck == config.recheck.value_or(std::chrono::seconds(10)))
            t.recheck = *recheck;
    }
    for (MonitorTarget &t : targets) {
        t.interval = every.value_or(config.every.value_or(t.interval));
        t.recheck = recheck.value_or(config.recheck.value_or(t.recheck));
    }
    // The login of the command line's targets; last, as it may read standard input.
    if (!targets.isEmpty()) {
        CheckOptions login = defaults;
        login.target.host = targets.constFirst().check.target.host;
        if (const QString problem = m_login.read(parser, login); !problem.isEmpty())
            return usageError(problem);
        for (MonitorTarget &t : targets) {
            t.check.credentials = login.credentials;
            t.check.mechanism = login.mechanism;
            t.check.allowCleartextAuth = login.allowCleartextAuth;
            t.check.allowUntrustedAuth = login.allowUntrustedAuth;
        }
    } else if (parser.isSet(m_login.user)) {
        return usageError(u"--user is for targets on the command line; in a config file each "
                          "target has its own \"user\" and \"passwordEnv\""_s);
    }
    targets += config.targets;
    QStringList names;
    for (const MonitorTarget &t : std::as_const(targets)) {
        if (names.contains(t.name))
            return usageError(u"%1 is given twice"_s.arg(t.name));
        names << t.name;
    }

    const QString dbPath = parser.isSet(m_db)     ? parser.value(m_db)
                           : !config.db.isEmpty() ? config.db
                                                  : HistoryStore::defaultPath();
    HistoryStore store;
    if (const QString problem = store.open(dbPath); !problem.isEmpty())
        return usageError(problem);
    const int retentionDays = retention.value_or(config.retentionDays.value_or(90));
    if (store.applyRetention(Clock::system(), std::chrono::days(retentionDays)) < 0) {
        err() << "portolan-cli: " << store.lastError() << Qt::endl;
        return ExitFailed;
    }

    MonitorScheduler scheduler(targets);
    scheduler.setStore(&store);

    const QString metrics = parser.isSet(m_metrics) ? parser.value(m_metrics) : config.metrics;
    if (!metrics.isEmpty()) {
        QString problem;
        const std::optional<MetricsEndpoint> endpoint = parseMetricsEndpoint(metrics, &problem);
        if (!endpoint)
            return usageError(problem);
        if (!metricsFactory())
            return usageError(u"--metrics: this build serves no metrics"_s);
        QObject *server = metricsFactory()(*endpoint, &scheduler, &problem);
        if (!server)
            return usageError(problem.isEmpty() ? u"--metrics: cannot serve metrics"_s : problem);
        server->setParent(&scheduler);
    }

    const bool quiet = parser.isSet(m_quiet);
    int exitCode = ExitPassed;
    QObject::connect(&scheduler, &MonitorScheduler::checkFinished, &scheduler,
                     [quiet](const CheckRecord &r) {
                         if (quiet)
                             return;
                         QString line = u"%1  %2  %3  "_s.arg(
                             stamp(r.time), r.target, r.address.isEmpty() ? u"-"_s : r.address);
                         if (r.passed) {
                             line += u"ok  %1 ms"_s.arg(r.durationMs);
                         } else {
                             line += u"FAILED  %1"_s.arg(codeName(r.verdictCode));
                             if (r.failedPhase)
                                 line += u" (%1)"_s.arg(phaseName(*r.failedPhase));
                             line += u"  %1 ms"_s.arg(r.durationMs);
                         }
                         out() << line << Qt::endl;
                     });
    QObject::connect(&scheduler, &MonitorScheduler::outageStarted, &scheduler, [](const Outage &o) {
        QStringList codes;
        for (Code c : o.codes)
            codes << QString(codeName(c));
        out() << stamp(o.start) << "  " << o.target << "  outage began: " << codes.join(u", "_s)
              << " on " << o.addresses.join(u", "_s) << Qt::endl;
    });
    QObject::connect(&scheduler, &MonitorScheduler::outageEnded, &scheduler, [](const Outage &o) {
        out() << stamp(*o.end) << "  " << o.target << "  outage ended after " << o.seconds
              << " s (began " << stamp(o.start) << ")" << Qt::endl;
    });
    QObject::connect(&scheduler, &MonitorScheduler::storeFailed, &scheduler,
                     [&scheduler, &exitCode](const QString &problem) {
                         err() << "portolan-cli: " << problem << Qt::endl;
                         exitCode = ExitFailed;
                         scheduler.stop();
                     });
    QObject::connect(&scheduler, &MonitorScheduler::stopped, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);

    StopSignals signals_;
    QObject::connect(&signals_, &StopSignals::stopRequested, &scheduler, [&scheduler] {
        if (scheduler.isStopping()) {
            // A second Ctrl+C: now. Every check stored so far stays; the running ones are lost.
            err() << "portolan-cli: stopped without waiting for the running checks" << Qt::endl;
            QCoreApplication::quit();
            return;
        }
        err() << "portolan-cli: stopping: the running checks finish (again to stop at once)"
              << Qt::endl;
        scheduler.stop();
    });
    // --for: a timer holds at most 24 days, so it is re-armed for what remains, an hour at most.
    QTimer stopTimer;
    stopTimer.setSingleShot(true);
    QElapsedTimer running;
    running.start();
    auto armStop = [&] {
        const auto left =
            std::chrono::milliseconds(*runFor) - std::chrono::milliseconds(running.elapsed());
        if (left <= std::chrono::milliseconds(0)) {
            scheduler.stop();
            return;
        }
        stopTimer.start(std::min<std::chrono::milliseconds>(left, std::chrono::hours(1)));
    };
    QObject::connect(&stopTimer, &QTimer::timeout, &scheduler, armStop);
    if (runFor)
        armStop();
    QTimer retentionTimer;
    QObject::connect(&retentionTimer, &QTimer::timeout, &scheduler, [&] {
        store.applyRetention(Clock::system(), std::chrono::days(retentionDays));
    });
    retentionTimer.start(std::chrono::hours(1));

    err() << "portolan-cli: watching " << names.join(u", "_s) << "; history in "
          << QFileInfo(dbPath).absoluteFilePath() << Qt::endl;
    scheduler.start();
    QCoreApplication::exec();
    return exitCode;
}

HistoryCommand::HistoryCommand()
    : Command(u"history"_s,
              u"What the monitor saw: per target the uptime, checks, failures, outages with "
              "their reasons, failures by hour of day, the certificate's expiry, changes "
              "(certificate renewed, TLS version, greeting, capabilities) and a reading of the "
              "pattern."_s)
    , m_db(u"db"_s, u"The history database (default: %1)."_s.arg(HistoryStore::defaultPath()),
           u"FILE"_s)
    , m_since(u"since"_s,
              u"From this time on: a date (2026-11-01), a date and time (UTC), or a duration "
              "back from now (24h, 7d)."_s,
              u"WHEN"_s)
    , m_output(u"portolan.history/1"_s)
{
    addPositionalArgument(u"targets"_s,
                          u"The targets to show ([protocol://]host[:port], or a host for all "
                          "its targets); default: every target in the history."_s);
    addOptions({m_db, m_since});
    addOptions(m_output.options());
}

int HistoryCommand::run(const QCommandLineParser &parser)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since;
    if (parser.isSet(m_since)) {
        const QString text = parser.value(m_since).trimmed();
        if (const std::optional<std::chrono::seconds> back = parseDuration(text)) {
            since = now.addSecs(-back->count());
        } else {
            since = QDateTime::fromString(text, Qt::ISODate);
            if (!since.isValid()) {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (date.isValid())
                    since = QDateTime(date, QTime(0, 0), Qt::UTC);
            }
            if (!since.isValid())
                return usageError(
                    u"--since must be a date (2026-11-01), a date and time "
                    "(2026-11-01T03:00:00Z) or a duration (24h, 7d), not '%1'"_s.arg(text));
            if (since.timeSpec() == Qt::LocalTime)
                since.setTimeSpec(Qt::UTC);
        }
    }
    if (const QString why = m_output.read(parser); !why.isEmpty())
        return usageError(why);
    const QString dbPath = parser.isSet(m_db) ? parser.value(m_db) : HistoryStore::defaultPath();
    if (!QFileInfo::exists(dbPath))
        return usageError(u"no history at %1 (portolan-cli monitor writes it)"_s.arg(dbPath));
    HistoryStore store;
    if (const QString problem = store.open(dbPath); !problem.isEmpty())
        return usageError(problem);

    const QStringList known = store.targets();
    QStringList chosen;
    for (const QString &spec : parser.positionalArguments()) {
        QStringList matches;
        if (known.contains(spec)) {
            matches << spec;
        } else {
            Target t;
            QString problem;
            if (parseTargetSpec(spec, t, &problem)) {
                for (const QString &name : known) {
                    Target k;
                    if (!parseTargetSpec(name, k, nullptr))
                        continue;
                    const bool explicitProtocol = spec.contains("://"_L1);
                    if (k.host.compare(t.host, Qt::CaseInsensitive) == 0 &&
                        (!explicitProtocol || k.protocol == t.protocol) &&
                        (t.port == 0 || k.port == t.port))
                        matches << name;
                }
            }
        }
        if (matches.isEmpty())
            return usageError(u"no checks of %1 in %2 (it has: %3)"_s.arg(
                spec, dbPath, known.isEmpty() ? u"nothing yet"_s : known.join(u", "_s)));
        for (const QString &m : std::as_const(matches)) {
            if (!chosen.contains(m))
                chosen << m;
        }
    }
    if (chosen.isEmpty())
        chosen = known;

    QList<TargetSummary> summaries;
    for (const QString &name : std::as_const(chosen))
        summaries << summarize(name, store.checks(name, since), now);

    // What the hourly roll-ups still know from before the checks kept (past the retention).
    struct Older
    {
        int checks = 0;
        int failures = 0;
        QDateTime from;
        QDateTime to;
    };
    QList<Older> older;
    for (const TargetSummary &s : std::as_const(summaries)) {
        Older o;
        for (const HourlyRollup &h : store.rollups(s.target, since)) {
            if (s.first.isValid() && h.hour.addSecs(3600) > s.first)
                break;
            o.checks += h.checks;
            o.failures += h.failures;
            if (!o.from.isValid())
                o.from = h.hour;
            o.to = h.hour.addSecs(3600);
        }
        older << o;
    }

    if (parser.isSet(m_output.json)) {
        QJsonObject json = historyToJson(summaries, since, now);
        QJsonArray targets = json.value("targets"_L1).toArray();
        for (qsizetype i = 0; i < targets.size() && i < older.size(); ++i) {
            const Older &o = older.at(i);
            QJsonObject t = targets.at(i).toObject();
            t.insert(u"rolledUp"_s, o.checks == 0 ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(QJsonObject{
                                                        {u"from"_s, o.from.toString(Qt::ISODate)},
                                                        {u"to"_s, o.to.toString(Qt::ISODate)},
                                                        {u"checks"_s, o.checks},
                                                        {u"failures"_s, o.failures},
                                                    }));
            targets.replace(i, t);
        }
        json.insert(u"targets"_s, targets);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out() << historyToText(summaries, useColour());
        for (qsizetype i = 0; i < older.size(); ++i) {
            const Older &o = older.at(i);
            if (o.checks == 0)
                continue;
            out() << summaries.at(i).target
                  << ", before the checks kept (hourly roll-ups): " << o.checks << " checks, "
                  << o.failures << " failed, " << o.from.toString(u"yyyy-MM-dd HH:mm"_s) << " – "
                  << o.to.toString(u"yyyy-MM-dd HH:mm"_s) << " UTC\n";
        }
    }
    out().flush();
    if (parser.isSet(m_output.report)) {
        const QString file = parser.value(m_output.report);
        const QString text = (file.endsWith(".html"_L1, Qt::CaseInsensitive) ||
                              file.endsWith(".htm"_L1, Qt::CaseInsensitive))
                                 ? historyToHtml(summaries, now)
                                 : historyToMarkdown(summaries, now);
        QSaveFile save(file);
        if (!save.open(QIODevice::WriteOnly) || save.write(text.toUtf8()) < 0 || !save.commit()) {
            err() << "portolan-cli: cannot write " << file << ": " << save.errorString()
                  << Qt::endl;
            return ExitFailed;
        }
    }
    return ExitPassed;
}

} // namespace Portolan::Cli
