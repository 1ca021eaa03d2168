#include "discovercommand.h"

#include "discovery/discovery.h"
#include "discovery/discoverywriters.h"
#include "dns/resolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QTextStream>
#include <QUrl>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

std::optional<quint16> portValue(const QString &text)
{
    bool ok = false;
    const uint n = text.toUInt(&ok);
    if (!ok || n == 0 || n > 65535)
        return std::nullopt;
    return quint16(n);
}

// Asks "Send your password to HOST? [y/N]" on the terminal, one question at a time, without
// blocking the event loop (the other checks go on meanwhile).
class TerminalConsent : public QObject
{
public:
    explicit TerminalConsent(Discovery *discovery)
        : m_discovery(discovery)
    {
        m_fd = ::open("/dev/tty", O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0) {
            // No terminal after all: every question is answered no.
            connect(discovery, &Discovery::loginConsentNeeded, this,
                    [this](const QString &host) { m_discovery->answerLoginConsent(host, false); });
            return;
        }
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        m_notifier->setEnabled(false);
        connect(m_notifier, &QSocketNotifier::activated, this, &TerminalConsent::onReadable);
        connect(discovery, &Discovery::loginConsentNeeded, this,
                [this](const QString &host, const QString &why) {
                    m_queue << qMakePair(host, why);
                    if (m_queue.size() == 1)
                        ask();
                });
    }
    ~TerminalConsent() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

private:
    void ask()
    {
        const auto &[host, why] = m_queue.constFirst();
        const QByteArray q = u"\n%1.\nSend your password to %2? [y/N] "_s.arg(why, host).toUtf8();
        (void)!::write(m_fd, q.constData(), size_t(q.size()));
        m_line.clear();
        m_notifier->setEnabled(true);
    }
    void onReadable()
    {
        char buffer[256];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0) {
            // The terminal went away: no.
            answer(false);
            return;
        }
        m_line.append(buffer, qsizetype(n));
        if (!m_line.contains('\n') && m_line.size() < 1024)
            return;
        const QByteArray word = m_line.trimmed().toLower();
        answer(word == "y" || word == "yes");
    }
    void answer(bool yes)
    {
        m_notifier->setEnabled(false);
        const QString host = m_queue.takeFirst().first;
        m_discovery->answerLoginConsent(host, yes);
        if (!m_queue.isEmpty())
            ask();
    }

    Discovery *m_discovery;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QList<QPair<QString, QString>> m_queue;
    QByteArray m_line;
};

} // namespace

DiscoverCommand::DiscoverCommand()
    : Command(u"discover"_s,
              u"Finds the settings for an e-mail address: asks every source a mail client might "
              "(provider autoconfig, the ISPDB, the MX host's domain, SRV records, Autodiscover; "
              "guessed names only when none has settings) at once, checks every server they name, "
              "and says which settings work, where each source is wrong, what Thunderbird and "
              "other clients would pick, and what the admin should publish."_s)
    , m_user(u"user"_s, u"Log in as this user (default: the address)."_s, u"U"_s)
    , m_passwordStdin(u"password-stdin"_s,
                      u"Read the password from the first line of standard input."_s)
    , m_passwordEnv(u"password-env"_s, u"Read the password from this environment variable."_s,
                    u"VAR"_s)
    , m_dnsServer(u"dns-server"_s,
                  u"Ask this DNS server for every name, also the web servers' (default: the "
                  "system's)."_s,
                  u"ADDR[:PORT]"_s)
    , m_dnssecAnchor(u"dnssec-anchor"_s,
                     u"DNSSEC trust anchors for validating the SRV records (default: "
                     "/usr/share/dns/root.key)."_s,
                     u"FILE"_s)
    , m_caFile(u"ca-file"_s,
               u"Also trust the CA certificates in this PEM file (web and mail servers)."_s,
               u"PEM"_s)
    , m_timeout(u"timeout"_s,
                u"Seconds each source and each phase of a check may take (default 15); the "
                "whole discovery ends within 1.5 times that plus a second."_s,
                u"SECONDS"_s, u"15"_s)
    , m_noProbe(u"no-probe"_s, u"Only ask the sources; check no server."_s)
    , m_output(u"portolan.discover/1"_s)
    , m_httpPort(hidden(
          QCommandLineOption(u"http-port"_s, u"Test hook: port for http://."_s, u"N"_s, u"80"_s)))
    , m_httpsPort(hidden(QCommandLineOption(u"https-port"_s, u"Test hook: port for https://."_s,
                                            u"N"_s, u"443"_s)))
    , m_ispdbUrl(hidden(QCommandLineOption(u"ispdb-url"_s, u"The ISPDB's base URL."_s, u"URL"_s)))
{
    addPositionalArgument(u"address"_s, u"The e-mail address, user@example.org."_s);
    addOptions({m_user, m_passwordStdin, m_passwordEnv, m_dnsServer, m_dnssecAnchor, m_caFile,
                m_timeout, m_noProbe});
    addOptions(m_output.options());
    addOptions({m_httpPort, m_httpsPort, m_ispdbUrl});
}

QString DiscoverCommand::refuseArguments(const QStringList &arguments) const
{
    return LoginOptions::secretInArguments(arguments);
}

int DiscoverCommand::run(const QCommandLineParser &parser)
{
    DiscoveryOptions o;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(positional.isEmpty()
                              ? u"discover needs an e-mail address"_s
                              : u"discover takes one address, not %1"_s.arg(positional.size()));
    o.address = positional.constFirst();
    if (const QString why = Discovery::validateAddress(o.address); !why.isEmpty())
        return usageError(why);
    {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(u"--timeout must be a number of seconds from 0 to 3600"_s);
        o.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(m_dnsServer)) {
        o.dnsServer = parser.value(m_dnsServer);
        if (Resolver::unboundServerSpec(o.dnsServer).isEmpty())
            return usageError(
                u"--dns-server must be an address with an optional port, not '%1'"_s.arg(
                    o.dnsServer));
    }
    if (parser.isSet(m_dnssecAnchor)) {
        o.trustAnchorFile = parser.value(m_dnssecAnchor);
        if (!QFileInfo(o.trustAnchorFile).isReadable())
            return usageError(u"cannot read --dnssec-anchor %1"_s.arg(o.trustAnchorFile));
    }
    if (parser.isSet(m_caFile)) {
        QFile file(parser.value(m_caFile));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(
                u"cannot read --ca-file %1: %2"_s.arg(file.fileName(), file.errorString()));
        o.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (o.extraCaCertificates.isEmpty())
            return usageError(u"--ca-file %1 holds no PEM certificate"_s.arg(file.fileName()));
    }
    o.probe = !parser.isSet(m_noProbe);
    const auto httpPort = portValue(parser.value(m_httpPort));
    const auto httpsPort = portValue(parser.value(m_httpsPort));
    if (!httpPort || !httpsPort)
        return usageError(u"--http-port and --https-port must be ports from 1 to 65535"_s);
    o.httpPort = *httpPort;
    o.httpsPort = *httpsPort;
    if (parser.isSet(m_ispdbUrl)) {
        o.ispdbBaseUrl = parser.value(m_ispdbUrl);
        const QUrl url(o.ispdbBaseUrl);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))
            return usageError(u"--ispdb-url must be an http(s) URL"_s);
    }
    if (const QString why = m_output.read(parser); !why.isEmpty())
        return usageError(why);
    if (parser.isSet(m_user)) {
        o.credentials.user = parser.value(m_user);
        if (o.credentials.user.isEmpty())
            return usageError(u"--user is empty"_s);
    }
    if (parser.isSet(m_passwordStdin) && parser.isSet(m_passwordEnv))
        return usageError(u"--password-stdin and --password-env exclude each other"_s);
    if (parser.isSet(m_passwordStdin) || parser.isSet(m_passwordEnv)) {
        if (const QString why = readPassword(parser.isSet(m_passwordStdin),
                                             parser.value(m_passwordEnv), &o.credentials.password);
            !why.isEmpty())
            return usageError(why);
    }

    // On a terminal, ask before the password goes to a host no vouching source names.
    o.askConsent = !o.credentials.password.isEmpty() && isatty(STDIN_FILENO) == 1;
    Discovery discovery(o);
    Discovery *run = &discovery;
    std::unique_ptr<TerminalConsent> consent;
    if (o.askConsent)
        consent = std::make_unique<TerminalConsent>(&discovery);
    QObject::connect(run, &Discovery::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    run->start();
    QCoreApplication::exec();
    const DiscoveryReport &report = run->report();
    if (parser.isSet(m_output.json))
        out() << QJsonDocument(discoveryToJson(report)).toJson(QJsonDocument::Indented);
    else
        out() << discoveryToText(report, useColour());
    out().flush();
    if (parser.isSet(m_output.report)) {
        const QString file = parser.value(m_output.report);
        QFile f(file);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString text = file.endsWith(u".html"_s, Qt::CaseInsensitive) ||
                                     file.endsWith(u".htm"_s, Qt::CaseInsensitive)
                                 ? discoveryHtml(report, now)
                                 : discoveryMarkdown(report, now);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            err() << "portolan-cli: cannot write " << file << ": " << f.errorString() << Qt::endl;
    }
    // With --no-probe nothing was verified to work: exit 1.
    return report.bestSending() && report.bestReceiving() ? ExitPassed : ExitFailed;
}

} // namespace Portolan::Cli
