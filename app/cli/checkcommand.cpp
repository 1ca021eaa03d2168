#include "checkcommand.h"

#include "advisor/portscan.h"
#include "protocols/mailcheck.h"
#include "report/writers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

CheckCommand::CheckCommand()
    : Command(u"check"_s,
              u"Checks one mail server: resolves it, connects, sets up TLS (implicit or STARTTLS), "
              "reads the greeting and capabilities, and says what works, what does not and what "
              "to do."_s)
    , m_target(name(), u"Protocol: smtp (default), imap, pop3 or sieve (ManageSieve)."_s)
    , m_output(u"portolan.check/1"_s)
    , m_transcript(u"transcript"_s, u"Add the whole dialogue to the text output."_s)
{
    addPositionalArgument(u"host"_s, u"The server's name or address."_s);
    addOptions(m_target.options());
    addOptions(m_port.options());
    addOptions(m_network.options());
    addOptions(m_tls.options());
    addOptions(m_tlsDetail.options());
    addOptions(m_login.options());
    addOptions(m_message.options());
    addOptions(m_output.options());
    addOptions({m_transcript});
}

QString CheckCommand::refuseArguments(const QStringList &arguments) const
{
    return LoginOptions::secretInArguments(arguments);
}

int CheckCommand::run(const QCommandLineParser &parser)
{
    CheckOptions options;
    // In this order, stopping at the first problem; the login last, as it may read standard
    // input or ask on the terminal, which no other usage error should have to wait for.
    QString why = m_target.read(parser, options);
    if (why.isEmpty())
        why = m_port.read(parser, options);
    if (why.isEmpty())
        why = m_network.read(parser, options);
    if (why.isEmpty())
        why = m_tls.read(parser, options);
    if (why.isEmpty())
        why = m_tlsDetail.read(parser, options);
    if (why.isEmpty())
        why = m_output.read(parser);
    if (why.isEmpty())
        why = m_message.read(parser, options);
    if (why.isEmpty())
        why = m_login.read(parser, options);
    if (!why.isEmpty())
        return usageError(why);

    MailCheck check(options);
    QObject::connect(&check, &MailCheck::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    check.start();
    QCoreApplication::exec();

    const Report &report = check.report();
    if (parser.isSet(m_output.json))
        out() << QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    else
        out() << reportToText(report, {useColour(), parser.isSet(m_transcript)});
    out().flush();
    if (parser.isSet(m_output.report)) {
        // One check is a scan of one port.
        ScanReport one;
        one.host = report.target.host;
        one.totalMs = one.slowestMs = report.totalMs;
        one.ports << PortAdvice{
            ScanTarget{report.target.protocol, report.target.port, report.target.port}, report,
            report.result() != Severity::Error, 1, QString()};
        if (const QString problem = writeReportFile(parser.value(m_output.report), one);
            !problem.isEmpty()) {
            err() << "portolan-cli: " << problem << Qt::endl;
            return ExitFailed;
        }
    }
    return report.result() == Severity::Error ? ExitFailed : ExitPassed;
}

} // namespace Portolan::Cli
