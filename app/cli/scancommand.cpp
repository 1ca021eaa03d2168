#include "scancommand.h"

#include "advisor/portscan.h"
#include "protocols/mailcheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

ScanCommand::ScanCommand()
    : Command(u"scan"_s,
              u"Checks every mail port of one host at once and says which to use for sending and "
              "for receiving, best first, with the reason for each rank."_s)
    , m_target(name(), u"Only the ports of this protocol: smtp, imap, pop3 or sieve (ManageSieve) "
                       "(default: all)."_s)
    , m_output(u"portolan.scan/1"_s)
    , m_ports(u"ports"_s,
              u"The ports to try, e.g. 587,465 or imap:10143 (default: SMTP 465, 587, 25, 2525; "
              "IMAP 993, 143; POP3 995, 110; ManageSieve 4190)."_s,
              u"LIST"_s)
{
    addPositionalArgument(u"host"_s, u"The server's name or address."_s);
    addOptions(m_target.options());
    addOptions({m_ports});
    addOptions(m_network.options());
    addOptions(m_tls.options());
    addOptions(m_login.options());
    addOptions(m_output.options());
}

QString ScanCommand::refuseArguments(const QStringList &arguments) const
{
    return LoginOptions::secretInArguments(arguments);
}

int ScanCommand::run(const QCommandLineParser &parser)
{
    CheckOptions options;
    // As check: the login last, after every other usage error.
    QString why = m_target.read(parser, options);
    if (why.isEmpty())
        why = m_network.read(parser, options);
    if (why.isEmpty())
        why = m_tls.read(parser, options);
    if (why.isEmpty())
        why = m_output.read(parser);
    QList<ScanTarget> targets;
    if (why.isEmpty()) {
        std::optional<Protocol> only;
        if (parser.isSet(m_target.protocol))
            only = options.target.protocol;
        if (parser.isSet(m_ports)) {
            targets = PortScan::parsePorts(parser.value(m_ports), only, &why);
            if (!why.isEmpty())
                why.prepend(u"--ports: "_s);
        } else {
            targets = PortScan::defaultTargets(only);
        }
        if (why.isEmpty() && targets.isEmpty())
            why = u"no port to scan"_s;
    }
    if (why.isEmpty())
        why = m_login.read(parser, options);
    if (!why.isEmpty())
        return usageError(why);

    PortScan scan(options, targets);
    QObject::connect(&scan, &PortScan::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    scan.start();
    QCoreApplication::exec();
    const ScanReport &report = scan.report();
    if (parser.isSet(m_output.json))
        out() << QJsonDocument(scanToJson(report)).toJson(QJsonDocument::Indented);
    else
        out() << scanToText(report, useColour());
    out().flush();
    if (parser.isSet(m_output.report)) {
        if (const QString problem = writeReportFile(parser.value(m_output.report), report);
            !problem.isEmpty())
            err() << "portolan-cli: " << problem << Qt::endl;
    }
    const bool anyWorks = std::any_of(report.ports.cbegin(), report.ports.cend(),
                                      [](const PortAdvice &a) { return a.works; });
    return anyWorks ? ExitPassed : ExitFailed;
}

} // namespace Portolan::Cli
