#include "smtpcheck.h"

#include "dns/resolver.h"
#include "smtpsession.h"

#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

Security otherMode(Security s)
{
    return s == Security::Tls ? Security::StartTls : Security::Tls;
}

} // namespace

SmtpCheck::SmtpCheck(const CheckOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_report.target = options.target;
    m_report.loginRequested = !options.credentials.isEmpty();
    m_report.sendRequested = options.send;
    if (m_report.target.port == 0)
        m_report.target.port = defaultPort(options.target.security);
    if (m_report.target.serverName.isEmpty())
        m_report.target.serverName = m_report.target.host;
}

SmtpCheck::~SmtpCheck() = default;

std::optional<Security> SmtpCheck::conventionalSecurity(quint16 port)
{
    switch (port) {
    case 465:
        return Security::Tls;
    case 25:
    case 587:
    case 2525:
        return Security::StartTls;
    default:
        return std::nullopt;
    }
}

quint16 SmtpCheck::defaultPort(Security security)
{
    return security == Security::Tls ? 465 : 587;
}

void SmtpCheck::start()
{
    m_clock.start();
    m_report.started = QDateTime::currentDateTimeUtc();
    const QString host = m_report.target.host;
    const QHostAddress literal(
        host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host);
    Q_EMIT progress(u"resolve"_s, 1);
    if (!literal.isNull()) {
        ResolveResult r;
        r.status = ResolveResult::Status::Ok;
        r.addresses << literal;
        r.detail = u"address literal"_s;
        QMetaObject::invokeMethod(
            this, [this, r] { onResolved(r); }, Qt::QueuedConnection);
        return;
    }
    m_resolver = new Resolver(this);
    m_resolver->setServer(m_options.dnsServer);
    m_resolver->setFamily(m_options.family);
    m_resolver->setTimeout(m_options.timeout);
    connect(m_resolver, &Resolver::finished, this, &SmtpCheck::onResolved, Qt::QueuedConnection);
    m_preamble << TranscriptEntry{
        TranscriptEntry::Kind::Event, 0,
        u"resolving %1%2"_s.arg(host, m_options.dnsServer.isEmpty()
                                          ? QString()
                                          : u" with DNS server "_s + m_options.dnsServer)};
    m_resolver->lookup(QUrl::toAce(host).isEmpty() ? host : QString::fromLatin1(QUrl::toAce(host)));
}

void SmtpCheck::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_resolver)
        m_resolver->abort();
    for (SmtpSession *s : {m_first, m_second}) {
        if (s)
            s->abort(u"cancelled by the user"_s);
    }
    if (!m_first && !m_second && !m_resolver)
        QMetaObject::invokeMethod(this, &SmtpCheck::conclude, Qt::QueuedConnection);
}

void SmtpCheck::onResolved(const ResolveResult &result)
{
    const qint64 now = m_clock.elapsed();
    PhaseRecord phase{
        u"resolve"_s, 1, Security::None, 0, now, result.status == ResolveResult::Status::Ok, {}};
    QStringList shown;
    for (const QHostAddress &a : result.addresses)
        shown << a.toString();
    phase.detail = result.status == ResolveResult::Status::Ok ? shown.join(u", "_s) : result.detail;
    m_report.phases << phase;
    m_preamble << TranscriptEntry{
        TranscriptEntry::Kind::Event, now,
        result.status == ResolveResult::Status::Ok
            ? u"resolved %1: %2"_s.arg(m_report.target.host, phase.detail)
            : u"resolving %1 failed: %2"_s.arg(m_report.target.host, result.detail)};
    if (m_aborted) {
        conclude();
        return;
    }
    switch (result.status) {
    case ResolveResult::Status::Ok:
        break;
    case ResolveResult::Status::NxDomain:
        m_report.diagnoses << Diagnosis{
            u"dns-nxdomain"_s, Severity::Error, u"resolve"_s, result.detail, {}};
        conclude();
        return;
    case ResolveResult::Status::NoAddress:
        m_report.diagnoses << Diagnosis{
            u"dns-no-address"_s, Severity::Error, u"resolve"_s, result.detail, {}};
        conclude();
        return;
    case ResolveResult::Status::Failure:
        m_report.diagnoses << Diagnosis{
            u"dns-failure"_s, Severity::Error, u"resolve"_s, result.detail, {}};
        conclude();
        return;
    }
    m_addresses = result.addresses;
    Security first = m_options.target.security;
    if (first == Security::Auto) {
        // Unknown port: try TLS first. A plain SMTP server greets at once, which ends the TLS
        // handshake at once, so finding the mode costs no long wait either way.
        first = conventionalSecurity(m_report.target.port).value_or(Security::Tls);
    }
    m_report.firstSecurity = first;
    m_report.effectiveSecurity = first;
    startAttempt(first, {});
}

void SmtpCheck::startAttempt(Security security, const QString &why)
{
    SmtpSessionSettings s;
    s.addresses = m_addresses;
    s.port = m_report.target.port;
    s.security = security;
    s.peerName = m_report.target.serverName;
    s.tlsConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        s.tlsConfiguration.addCaCertificates(m_options.extraCaCertificates);
    s.tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    s.connectTimeout = m_options.timeout;
    s.phaseTimeout = m_options.timeout;
    s.attempt = m_first ? 2 : 1;
    s.credentials = m_options.credentials;
    s.mechanism = m_options.mechanism;
    s.allowCleartextAuth = m_options.allowCleartextAuth;
    s.allowUntrustedAuth = m_options.allowUntrustedAuth;
    s.send = m_options.send;
    s.message = m_options.message;
    if (!m_first && security != Security::Tls && m_options.quietDelay < m_options.timeout)
        s.quietDelay = m_options.quietDelay;

    auto *session = new SmtpSession(s, m_clock, this);
    (m_first ? m_second : m_first) = session;
    if (!why.isEmpty())
        m_preamble << TranscriptEntry{TranscriptEntry::Kind::Event, m_clock.elapsed(), why};
    connect(session, &SmtpSession::phaseChanged, this, [this, session](SmtpSession::Phase p) {
        Q_EMIT progress(session->phaseLabel(p), session == m_first ? 1 : 2);
    });
    connect(session, &SmtpSession::finished, this, [this, session] { onAttemptFinished(session); });
    connect(session, &SmtpSession::quietAfterConnect, this, [this] {
        if (!m_second && !m_aborted)
            startAttempt(Security::Tls, {});
    });
    session->start();
}

void SmtpCheck::onAttemptFinished(SmtpSession *session)
{
    if (m_aborted) {
        if ((!m_first || m_first->phase() == SmtpSession::Phase::Done) &&
            (!m_second || m_second->phase() == SmtpSession::Phase::Done))
            conclude();
        return;
    }
    if (session == m_second) {
        // The other mode got a greeting: the first attempt was talking the wrong language.
        if (m_second->result().greeted && m_first->phase() != SmtpSession::Phase::Done) {
            m_first->abort(
                u"stopped: port %1 answered %2 on a second connection"_s.arg(m_report.target.port)
                    .arg(securityClientWords(otherMode(m_report.firstSecurity))));
            return; // conclude when the first one reports back
        }
        if (m_first->phase() == SmtpSession::Phase::Done)
            conclude();
        return;
    }
    // The first attempt is done.
    if (m_second) {
        if (m_second->phase() == SmtpSession::Phase::Done)
            conclude();
        return; // the second one is still running; it concludes
    }
    const SmtpSession::Result &r = m_first->result();
    if (r.hint != SmtpSession::Hint::None && !r.greeted) {
        startAttempt(otherMode(m_report.firstSecurity),
                     u"trying %1 on a new connection: %2"_s.arg(
                         securityClientWords(otherMode(m_report.firstSecurity)), r.hintEvidence));
        return;
    }
    conclude();
}

void SmtpCheck::conclude()
{
    if (m_done)
        return;
    Report &rep = m_report;
    rep.transcript = m_preamble;
    const SmtpSession::Result *first = m_first ? &m_first->result() : nullptr;
    const SmtpSession::Result *second = m_second ? &m_second->result() : nullptr;
    for (const SmtpSession::Result *r : {first, second}) {
        if (r) {
            rep.phases << r->phases;
            rep.transcript << r->transcript;
        }
    }
    std::stable_sort(
        rep.transcript.begin(), rep.transcript.end(),
        [](const TranscriptEntry &a, const TranscriptEntry &b) { return a.ms < b.ms; });

    const bool mismatch = first && second && second->greeted && !first->greeted;
    const SmtpSession::Result *used = mismatch ? second : first;
    if (mismatch) {
        const Security works = otherMode(rep.firstSecurity);
        rep.effectiveSecurity = works;
        const bool userChose = m_options.target.security != Security::Auto;
        const std::optional<Security> convention = conventionalSecurity(rep.target.port);
        const QString evidence = first->hintEvidence.isEmpty() && !first->diagnoses.isEmpty()
                                     ? first->diagnoses.constFirst().evidence
                                     : first->hintEvidence;
        if (userChose) {
            rep.diagnoses << Diagnosis{rep.firstSecurity == Security::Tls ? u"tls-on-plain-port"_s
                                                                          : u"plain-on-tls-port"_s,
                                       Severity::Error,
                                       first->phases.isEmpty() ? QString()
                                                               : first->phases.constLast().name,
                                       evidence,
                                       {}};
        }
        const bool otherWorked =
            std::none_of(second->diagnoses.cbegin(), second->diagnoses.cend(),
                         [](const Diagnosis &d) { return d.severity == Severity::Error; });
        if (otherWorked && (userChose || (convention && *convention != works))) {
            rep.diagnoses << Diagnosis{
                u"tls-mode-mismatch"_s,
                Severity::Info,
                {},
                u"port %1 speaks %2"_s.arg(rep.target.port).arg(securityClientWords(works)),
                {securityName(works)}};
        }
    } else if (first && second) {
        rep.transcript << TranscriptEntry{TranscriptEntry::Kind::Event, m_clock.elapsed(),
                                          u"%1 did not work on this port either"_s.arg(
                                              securityClientWords(otherMode(rep.firstSecurity)))};
    }
    if (used) {
        rep.diagnoses << used->diagnoses;
        rep.address = used->address;
        rep.greeting = used->greeting;
        rep.capabilitiesBeforeTls = used->capabilitiesBeforeTls;
        rep.capabilities = used->capabilities;
        rep.tls = used->tls;
        rep.authMechanism = used->mechanism;
        rep.authenticated = used->authenticated;
        rep.messageReply = used->queueId;
    }
    if (m_aborted)
        rep.diagnoses << Diagnosis{
            u"cancelled"_s, Severity::Warning, {}, u"cancelled by the user"_s, {}};
    rep.totalMs = m_clock.elapsed();
    concludeReport(rep);
    finish();
}

void SmtpCheck::finish()
{
    m_done = true;
    Q_EMIT finished();
}

} // namespace Portolan
