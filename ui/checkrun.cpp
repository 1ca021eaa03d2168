#include "checkrun.h"

#include "report/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Portolan {

CheckRun::CheckRun(const CheckRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{}

CheckRun::~CheckRun() = default;

QString CheckRun::start()
{
    CheckOptions options;
    options.target.host = m_request.host.trimmed();
    options.target.protocol = m_request.protocol;
    options.target.security = m_request.security;
    options.dnsServer = m_request.dnsServer;
    options.target.serverName = m_request.serverName.trimmed();
    options.timeout = std::chrono::seconds(qMax(1, m_request.timeoutSeconds));
    options.allowCleartextAuth = m_request.allowCleartextAuth;
    if (!m_request.user.isEmpty() && !m_request.password.isEmpty())
        options.credentials = Credentials{m_request.user, m_request.password, {}};
    if (!m_request.caFile.isEmpty()) {
        QFile file(m_request.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("The CA file %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return tr("The CA file %1 holds no certificate.").arg(file.fileName());
    }

    QList<ScanTarget> targets;
    if (!m_request.ports.trimmed().isEmpty()) {
        QString why;
        targets = PortScan::parsePorts(m_request.ports, std::nullopt, &why);
        if (!why.isEmpty())
            return tr("The ports field: %1").arg(why);
    } else if (m_request.port != 0) {
        targets << ScanTarget{m_request.protocol, m_request.port, m_request.port,
                              m_request.security};
    } else {
        targets = PortScan::defaultTargets();
    }
    // The account set-up asks for sending, receiving or both; ManageSieve belongs to neither.
    QList<ScanTarget> wanted;
    for (const ScanTarget &t : std::as_const(targets)) {
        const bool sending = t.protocol == Protocol::Smtp;
        const bool receiving = t.protocol == Protocol::Imap || t.protocol == Protocol::Pop3;
        if (m_request.kind == CheckRequest::Kind::Account && m_request.ports.isEmpty() &&
            ((m_request.role == CheckRequest::Role::Sending && !sending) ||
             (m_request.role == CheckRequest::Role::Receiving && !receiving) ||
             (!sending && !receiving)))
            continue;
        wanted << t;
    }
    if (wanted.isEmpty())
        return tr("There is no port to check.");
    for (const ScanTarget &t : std::as_const(wanted))
        m_rows << Row{t, {}, false, Severity::Ok, {}};

    // A single port keeps the security mode the user chose; the advisor tries each port's own.
    m_scan = new PortScan(options, wanted, this);
    connect(m_scan, &PortScan::portProgress, this, [this](int index, PhaseId phase) {
        m_rows[index].phase = phase;
        Q_EMIT rowChanged(index);
    });
    connect(m_scan, &PortScan::finished, this, [this] {
        m_finished = true;
        const ScanReport &r = m_scan->report();
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            for (const PortAdvice &a : r.ports) {
                if (a.target.port == m_rows[i].target.port &&
                    a.target.protocol == m_rows[i].target.protocol) {
                    m_rows[i].done = true;
                    m_rows[i].result = a.report.result();
                    m_rows[i].summary = verdictWords(a.report);
                    m_rows[i].security = a.works ? a.report.effectiveSecurity : Security::Auto;
                }
            }
            Q_EMIT rowChanged(int(i));
        }
        Q_EMIT finished();
    });
    connect(m_scan, &PortScan::portFinished, this, [this](const ScanTarget &t) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].target.port == t.port && m_rows[i].target.protocol == t.protocol) {
                // The row says how the port did the moment it is known (the rows are the
                // scan's targets, in its order).
                const Report &report = m_scan->checkReport(int(i));
                m_rows[i].done = true;
                m_rows[i].result = report.result();
                m_rows[i].summary = verdictWords(report);
                m_rows[i].security =
                    report.result() != Severity::Error ? report.effectiveSecurity : Security::Auto;
                Q_EMIT rowChanged(int(i));
            }
        }
    });
    m_scan->start();
    return {};
}

void CheckRun::cancel()
{
    if (m_scan && !m_finished)
        m_scan->abort();
}

const ScanReport &CheckRun::report() const
{
    static const ScanReport empty;
    return m_scan ? m_scan->report() : empty;
}

QString portWords(const ScanTarget &target, Security security)
{
    QString role;
    switch (target.protocol) {
    case Protocol::Smtp:
        role = QCoreApplication::translate("Portolan", "Sending");
        break;
    case Protocol::Imap:
        role = QCoreApplication::translate("Portolan", "Receiving (IMAP)");
        break;
    case Protocol::Pop3:
        role = QCoreApplication::translate("Portolan", "Receiving (POP3)");
        break;
    case Protocol::Sieve:
        role = QCoreApplication::translate("Portolan", "Filters (ManageSieve)");
        break;
    }
    const std::optional<Security> usual =
        MailCheck::conventionalSecurity(target.protocol, target.standardPort);
    const Security mode = security == Security::Auto ? usual.value_or(Security::Auto) : security;
    QString how;
    switch (mode) {
    case Security::Tls:
        how = QCoreApplication::translate("Portolan", "encrypted from the start");
        break;
    case Security::StartTls:
        how = QCoreApplication::translate("Portolan", "starts plain, then encrypts");
        break;
    case Security::None:
        how = QCoreApplication::translate("Portolan", "not encrypted");
        break;
    case Security::Auto:
        how = QCoreApplication::translate("Portolan", "finding out how it encrypts");
        break;
    }
    return QCoreApplication::translate("Portolan", "%1, port %2, %3")
        .arg(role)
        .arg(target.port)
        .arg(how);
}

QString catalogueText(const QString &text)
{
    return QCoreApplication::translate("Diagnoses", text.toUtf8().constData());
}

QString securitySettingWords(Security s)
{
    switch (s) {
    case Security::Tls:
        return u"SSL/TLS"_s;
    case Security::StartTls:
        return u"STARTTLS"_s;
    case Security::Auto:
        return QCoreApplication::translate("Portolan", "automatic");
    case Security::None:
        break;
    }
    return QCoreApplication::translate("Portolan", "no encryption");
}

QString verdictWords(const Report &report, quint16 knownTlsPort)
{
    const CatalogueEntry *entry = Catalogue::instance().entry(report.verdict.code);
    if (!entry)
        return report.verdict.summary;
    const QString original = entry->verdict.isEmpty() ? entry->title : entry->verdict;
    QString translated = catalogueText(original);
    if (translated == original && !knownTlsPort) // core's words name the standard port
        return report.verdict.summary;
    // The words core would put in English, in the user's language first.
    translated.replace("{mode}"_L1, securitySettingWords(report.firstSecurity));
    translated.replace("{works}"_L1, securitySettingWords(report.effectiveSecurity));
    // A port seen working with SSL/TLS for this protocol on this host, else the standard one.
    const int tlsPort = knownTlsPort                               ? knownTlsPort
                        : report.target.protocol == Protocol::Smtp ? 465
                        : report.target.protocol == Protocol::Imap ? 993
                        : report.target.protocol == Protocol::Pop3 ? 995
                                                                   : 0;
    translated.replace("{tlsport}"_L1,
                       tlsPort ? QCoreApplication::translate("Portolan", "port %1").arg(tlsPort)
                               : QCoreApplication::translate("Portolan", "another port"));
    return fillVerdict(translated, report);
}

QString adviceWords(const PortAdvice &advice, quint16 knownTlsPort)
{
    // The same reasons as core's PortAdvice::reason, in the user's language.
    if (!advice.works)
        return verdictWords(advice.report, knownTlsPort);
    QStringList why;
    switch (advice.report.effectiveSecurity) {
    case Security::Tls:
        why << QCoreApplication::translate(
            "Portolan", "encrypted from the first byte (SSL/TLS), the mode RFC 8314 recommends");
        break;
    case Security::StartTls:
        why << QCoreApplication::translate("Portolan",
                                           "encrypted after a plain greeting (STARTTLS)");
        break;
    default:
        why << QCoreApplication::translate("Portolan",
                                           "not encrypted: passwords and mail travel in clear");
        break;
    }
    if (advice.target.protocol == Protocol::Smtp && advice.target.standardPort == 25)
        why << QCoreApplication::translate(
            "Portolan", "port 25 is for server-to-server mail and many networks block it");
    if (advice.target.protocol == Protocol::Pop3)
        why << QCoreApplication::translate(
            "Portolan",
            "POP3 downloads the mail; IMAP keeps it on the server for all your devices");
    if (advice.report.loginRequested)
        why << (advice.report.authenticated
                    ? QCoreApplication::translate("Portolan", "the login worked")
                    : QCoreApplication::translate("Portolan", "the login did not work"));
    return why.join(QCoreApplication::translate("Portolan", "; "));
}

} // namespace Portolan
