#include "mailcheck.h"

#include "dns/resolver.h"
#include "imap/imapsession.h"
#include "pop3/pop3session.h"
#include "sieve/sievesession.h"
#include "smtp/smtpsession.h"
#include "tls/tlsfacts.h"

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

MailCheck::MailCheck(const CheckOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, &MailCheck::onDeadline);
    m_report.target = options.target;
    m_report.loginRequested = !options.credentials.isEmpty();
    m_report.sendRequested = options.send;
    if (m_report.target.port == 0)
        m_report.target.port = defaultPort(options.target.protocol, options.target.security);
    if (m_report.target.serverName.isEmpty())
        m_report.target.serverName = m_report.target.host;
}

MailCheck::~MailCheck() = default;

std::optional<Security> MailCheck::conventionalSecurity(Protocol protocol, quint16 port)
{
    // RFC 8314 §3.3 (465, 993, 995), RFC 6409 (587), RFC 3207 (25), RFC 2595 (143, 110),
    // RFC 5804 (4190, STARTTLS only).
    switch (protocol) {
    case Protocol::Smtp:
        if (port == 465)
            return Security::Tls;
        if (port == 25 || port == 587 || port == 2525)
            return Security::StartTls;
        break;
    case Protocol::Imap:
        if (port == 993)
            return Security::Tls;
        if (port == 143)
            return Security::StartTls;
        break;
    case Protocol::Pop3:
        if (port == 995)
            return Security::Tls;
        if (port == 110)
            return Security::StartTls;
        break;
    case Protocol::Sieve:
        if (port == 4190)
            return Security::StartTls;
        break;
    }
    return std::nullopt;
}

quint16 MailCheck::defaultPort(Protocol protocol, Security security)
{
    const bool tls = security == Security::Tls;
    switch (protocol) {
    case Protocol::Smtp:
        return tls ? 465 : 587;
    case Protocol::Imap:
        return tls ? 993 : 143;
    case Protocol::Pop3:
        return tls ? 995 : 110;
    case Protocol::Sieve:
        break;
    }
    return 4190;
}

void MailCheck::start()
{
    m_clock.start();
    // Every check is decided within 1.5 × the timeout + 1 s, whatever the server does (the
    // alternatives race; this is the backstop for a server that answers slowly at every step).
    m_deadline->start(m_options.timeout * 3 / 2 + std::chrono::milliseconds(500));
    m_report.started = QDateTime::currentDateTimeUtc();
    const QString host = m_report.target.host;
    const QHostAddress literal(
        host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host);
    Q_EMIT progress(PhaseId::Resolve, 1);
    if (m_options.dane) {
        m_report.dane.looked = true;
        m_report.dane.name = u"_%1._tcp.%2"_s.arg(m_report.target.port).arg(host);
        if (!literal.isNull()) {
            m_tlsa = TlsaResult{};
            m_tlsa->failure = DnsFailure::InvalidName;
            m_tlsa->detail = u"DANE needs a host name: an address has no TLSA records"_s;
        } else {
            const QByteArray ace = QUrl::toAce(host);
            m_tlsaResolver = Resolver::shared({m_options.dnsServer, m_options.trustAnchorFile})
                                 ->lookupTlsa(
                                     u"_%1._tcp.%2"_s.arg(m_report.target.port)
                                         .arg(ace.isEmpty() ? host : QString::fromLatin1(ace)),
                                     this,
                                     [this](const TlsaResult &result) {
                                         m_tlsa = result;
                                         if (m_waitingForDane) {
                                             m_waitingForDane = false;
                                             finalize();
                                         }
                                     },
                                     m_options.timeout);
        }
    }
    if (!literal.isNull()) {
        AddressResult r;
        r.status = DnsStatus::Ok;
        r.addresses << literal;
        r.detail = u"address literal"_s;
        QMetaObject::invokeMethod(
            this, [this, r] { onResolved(r); }, Qt::QueuedConnection);
        return;
    }
    m_preamble << TranscriptEntry{
        TranscriptEntry::Kind::Event, 0,
        u"resolving %1%2"_s.arg(host, m_options.dnsServer.isEmpty()
                                          ? QString()
                                          : u" with DNS server "_s + m_options.dnsServer)};
    m_resolver =
        Resolver::shared({m_options.dnsServer, m_options.trustAnchorFile})
            ->lookupAddresses(
                host, m_options.family, this,
                [this](const AddressResult &result) { onResolved(result); }, m_options.timeout);
}

void MailCheck::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_resolver)
        m_resolver->abort();
    if (m_tlsaResolver)
        m_tlsaResolver->abort();
    for (MailSession *s : {m_first, m_second, m_legacy}) {
        if (s)
            s->abort(u"cancelled by the user"_s);
    }
    for (MailSession *s : std::as_const(m_probes))
        s->abort(u"cancelled by the user"_s);
    if (!m_first && !m_second && !m_resolver)
        QMetaObject::invokeMethod(this, &MailCheck::conclude, Qt::QueuedConnection);
    else if (m_concluded && !m_probes.isEmpty())
        QMetaObject::invokeMethod(this, &MailCheck::onProbeFinished, Qt::QueuedConnection);
}

void MailCheck::onResolved(const AddressResult &result)
{
    const qint64 now = m_clock.elapsed();
    PhaseRecord phase{
        PhaseId::Resolve, {}, 1, Security::None, 0, now, result.status == DnsStatus::Ok, {}};
    QStringList shown;
    for (const QHostAddress &a : result.addresses)
        shown << a.toString();
    phase.detail = result.status == DnsStatus::Ok ? shown.join(u", "_s) : result.detail;
    m_report.phases << phase;
    m_preamble << TranscriptEntry{
        TranscriptEntry::Kind::Event, now,
        result.status == DnsStatus::Ok
            ? u"resolved %1: %2"_s.arg(m_report.target.host, phase.detail)
            : u"resolving %1 failed: %2"_s.arg(m_report.target.host, result.detail)};
    if (m_aborted) {
        conclude();
        return;
    }
    switch (result.status) {
    case DnsStatus::Ok:
        break;
    case DnsStatus::NxDomain:
        m_report.diagnoses << Diagnosis{
            Code::DnsNxdomain, Severity::Error, PhaseId::Resolve, {}, result.detail, {}};
        conclude();
        return;
    case DnsStatus::NoData:
        m_report.diagnoses << Diagnosis{
            Code::DnsNoAddress, Severity::Error, PhaseId::Resolve, {}, result.detail, {}};
        conclude();
        return;
    case DnsStatus::Failure:
        m_report.diagnoses << Diagnosis{
            Code::DnsFailure, Severity::Error, PhaseId::Resolve, {}, result.detail, {}};
        conclude();
        return;
    }
    m_addresses = result.addresses;
    Security first = m_options.target.security;
    if (first == Security::Auto) {
        // Unknown port: try TLS first. A plain SMTP server greets at once, which ends the TLS
        // handshake at once, so finding the mode costs no long wait either way.
        first = conventionalSecurity(m_report.target.protocol, m_report.target.port)
                    .value_or(Security::Tls);
    }
    m_report.firstSecurity = first;
    m_report.effectiveSecurity = first;
    startAttempt(first, {});
}

SessionSettings MailCheck::sessionSettings(Security security) const
{
    SessionSettings s;
    s.addresses = m_addresses;
    s.port = m_report.target.port;
    s.security = security;
    s.peerName = m_report.target.serverName;
    s.tlsConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        s.tlsConfiguration.addCaCertificates(m_options.extraCaCertificates);
    s.tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Ask for a stapled OCSP response: shown when there is one, and a revoked certificate fails.
    s.tlsConfiguration.setOcspStaplingEnabled(true);
    s.connectTimeout = m_options.timeout;
    s.phaseTimeout = m_options.timeout;
    return s;
}

MailSession *MailCheck::createSession(const SessionSettings &s)
{
    switch (m_report.target.protocol) {
    case Protocol::Smtp:
        return new SmtpSession(s, m_clock, this);
    case Protocol::Imap:
        return new ImapSession(s, m_clock, this);
    case Protocol::Pop3:
        return new Pop3Session(s, m_clock, this);
    case Protocol::Sieve:
        break;
    }
    return new SieveSession(s, m_clock, this);
}

void MailCheck::startAttempt(Security security, const QString &why, bool legacy)
{
    SessionSettings s = sessionSettings(security);
    s.attempt = legacy ? 3 : m_first ? 2 : 1;
    s.credentials = m_options.credentials;
    s.mechanism = m_options.mechanism;
    s.allowCleartextAuth = m_options.allowCleartextAuth;
    s.allowUntrustedAuth = m_options.allowUntrustedAuth;
    s.saslNonce = m_options.saslNonce;
    s.send = m_options.send;
    s.message = m_options.message;
    // The first attempt says when the server stays quiet (no greeting, no handshake reply): the
    // other mode then races it instead of waiting a whole timeout after it.
    if (!m_first && !legacy)
        s.quietDelay = std::min(m_options.quietDelay, m_options.timeout / 2);
    if (legacy) {
        // Only to tell an outdated server from other failures: TLS 1.0/1.1 and the old
        // signature algorithms allowed (OpenSSL security level 0), and never a credential.
        s.credentials = {};
        s.send = false;
        s.tlsConfiguration.setProtocol(QSsl::AnyProtocol);
        s.tlsConfiguration.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
        s.tlsConfiguration.setBackendConfigurationOption("CipherString",
                                                         QByteArray("DEFAULT:@SECLEVEL=0"));
    }

    MailSession *session = createSession(s);
    if (legacy)
        m_legacy = session;
    else
        (m_first ? m_second : m_first) = session;
    // The diagnostic connection's reason goes with its own lines: shown only where it counts.
    if (!why.isEmpty())
        (legacy ? m_legacyWhy : m_preamble)
            << TranscriptEntry{TranscriptEntry::Kind::Event, m_clock.elapsed(), why};
    connect(session, &MailSession::phaseChanged, this, [this, session](MailSession::Phase p) {
        if (const std::optional<PhaseId> phase = MailSession::phaseId(p))
            Q_EMIT progress(*phase, session == m_first ? 1 : session == m_second ? 2 : 3);
    });
    connect(session, &MailSession::finished, this, [this, session] { onAttemptFinished(session); });
    if (!legacy) {
        connect(session, &MailSession::quietAfterConnect, this, [this, session] {
            if (!m_second && !m_aborted && !m_portSpeaksTls) {
                const Security other = otherMode(session->security());
                startAttempt(other, u"no answer yet: trying %1 alongside on a new connection"_s.arg(
                                        securityClientWords(other)));
            }
        });
        connect(session, &MailSession::tlsEstablished, this, [this, session] {
            if (m_options.tlsDetail && m_probes.isEmpty() && !m_aborted)
                startDetail(session->security());
        });
    }
    session->start();
}

void MailCheck::stopPlainListeners(const QString &why)
{
    for (MailSession *s : {m_first, m_second}) {
        if (s && s->security() != Security::Tls && !s->isDone() && !s->result().greeted)
            s->abort(why);
    }
}

void MailCheck::onAttemptFinished(MailSession *session)
{
    if (m_aborted) {
        maybeConclude();
        return;
    }
    const MailSession::Result &r = session->result();
    using Failure = MailSession::HandshakeFailure;
    if (session == m_legacy) {
        // A handshake that completed with the old versions allowed proves the port speaks TLS.
        if (r.tls.established) {
            m_portSpeaksTls = true;
            stopPlainListeners(u"stopped: port %1 speaks TLS (a handshake allowing TLS 1.0/1.1 "
                               "completed)"_s.arg(m_report.target.port));
        }
        maybeConclude();
        return;
    }
    if (r.handshakeFailure == Failure::Alert) {
        // The alert was TLS: the port speaks it, and a connection waiting for a plain-text
        // greeting would only wait out the timeout.
        m_portSpeaksTls = true;
        stopPlainListeners(u"stopped: port %1 speaks TLS (the server answered the handshake with "
                           "a TLS alert)"_s.arg(m_report.target.port));
    }
    // A handshake that failed outright (an alert, a reset, an error; not a timeout) may mean an
    // outdated server: the diagnostic handshake allowing TLS 1.0/1.1 starts now, alongside the
    // rest, not after it.
    const bool outright = r.handshakeFailure == Failure::Alert ||
                          r.handshakeFailure == Failure::Closed ||
                          r.handshakeFailure == Failure::Error;
    if (outright && !m_legacy) {
        startAttempt(
            session->security(),
            u"trying once more with TLS 1.0/1.1 allowed, to see whether the server is outdated (no credentials on this connection)"_s,
            true);
    }
    if (session == m_second) {
        // The other mode got a greeting: the first attempt was talking the wrong language.
        if (r.greeted && !m_first->isDone()) {
            m_first->abort(
                u"stopped: port %1 answered %2 on a second connection"_s.arg(m_report.target.port)
                    .arg(securityClientWords(m_second->security())));
            return; // concluded when the first one reports back
        }
    } else if (!m_second && r.hint != MailSession::Hint::None && !r.greeted && !m_portSpeaksTls) {
        const Security other = otherMode(session->security());
        startAttempt(other, u"trying %1 on a new connection: %2"_s.arg(securityClientWords(other),
                                                                       r.hintEvidence));
        return;
    }
    maybeConclude();
}

void MailCheck::maybeConclude()
{
    for (const MailSession *s : {m_first, m_second, m_legacy}) {
        if (s && !s->isDone())
            return;
    }
    // The report is written on the next turn of the event loop; until it is, a TLS-detail probe
    // that finishes must not finish the check (m_concluded says the report is written).
    if (!m_concludeQueued) {
        m_concludeQueued = true;
        QMetaObject::invokeMethod(this, &MailCheck::concludeNow, Qt::QueuedConnection);
    }
}

MailCheck::Outcome MailCheck::outcome() const
{
    const MailSession::Result *first = m_first ? &m_first->result() : nullptr;
    const MailSession::Result *second = m_second ? &m_second->result() : nullptr;
    if (!first || !second || first->greeted)
        return {first, Outcome::Why::FirstAttempt};
    if (second->greeted)
        return {second, Outcome::Why::OtherModeGreeted};
    if (m_second->security() == Security::Tls &&
        second->handshakeFailure == MailSession::HandshakeFailure::Alert)
        return {second, Outcome::Why::OtherModeSpeaksTls};
    // Neither a greeting nor a handshake reply on either connection: the service accepted and
    // hangs, or closes every connection. The plain connection's finding says so
    // (greeting-timeout, connection-closed), not the TLS one's, which would send the admin to
    // the TLS set-up.
    // Only where both connections met the same: a TLS handshake reset while the plain
    // connection waits in silence is the handshake's failure.
    using Failure = MailSession::HandshakeFailure;
    const auto plainEnded = [second](Code code) {
        return std::any_of(second->diagnoses.cbegin(), second->diagnoses.cend(),
                           [code](const Diagnosis &d) { return d.code == code; });
    };
    const bool hangs =
        first->handshakeFailure == Failure::Timeout && plainEnded(Code::GreetingTimeout);
    const bool closes =
        first->handshakeFailure == Failure::Closed && plainEnded(Code::ConnectionClosed);
    if (m_first->security() == Security::Tls && first->heardNothing && second->heardNothing &&
        (hangs || closes))
        return {second, Outcome::Why::Silent};
    return {first, Outcome::Why::FirstAttempt};
}

const MailSession::Result *MailCheck::usedResult() const
{
    return outcome().used;
}

void MailCheck::conclude()
{
    concludeNow();
}

void MailCheck::concludeNow()
{
    if (m_done || m_concluded)
        return;
    m_concluded = true;
    Report &rep = m_report;
    rep.transcript = m_preamble;
    const Outcome how = outcome();
    const MailSession::Result *first = m_first ? &m_first->result() : nullptr;
    const MailSession::Result *second = m_second ? &m_second->result() : nullptr;
    const bool otherMode =
        how.why == Outcome::Why::OtherModeGreeted || how.why == Outcome::Why::OtherModeSpeaksTls;
    // The diagnostic handshake counts only where the mode that answered is the one it tried.
    const MailSession *usedSession = how.used == second ? m_second : m_first;
    const MailSession::Result *legacy =
        m_legacy && usedSession && m_legacy->security() == usedSession->security()
            ? &m_legacy->result()
            : nullptr;
    for (const MailSession::Result *r : {first, second, legacy}) {
        if (r) {
            rep.phases << r->phases;
            rep.transcript << r->transcript;
        }
    }
    if (legacy)
        rep.transcript << m_legacyWhy;
    std::stable_sort(
        rep.transcript.begin(), rep.transcript.end(),
        [](const TranscriptEntry &a, const TranscriptEntry &b) { return a.ms < b.ms; });

    const MailSession::Result *used = how.used;
    if (otherMode) {
        const auto found = [second](Code code) {
            return std::any_of(second->diagnoses.cbegin(), second->diagnoses.cend(),
                               [code](const Diagnosis &d) { return d.code == code; });
        };
        // A plain port without STARTTLS has no encryption at all: "choose STARTTLS" would be
        // advice that cannot work, and the mode that "works" is none.
        const bool noTlsHere =
            m_second->security() == Security::StartTls && found(Code::StartTlsNotOffered);
        // An implicit-TLS port whose handshake fails (an alert): choosing SSL/TLS does not help
        // either; the server's broken TLS is the verdict, the port's mode a note beside it.
        const bool brokenTls = how.why == Outcome::Why::OtherModeSpeaksTls;
        const Security works = noTlsHere ? Security::None : m_second->security();
        rep.effectiveSecurity = works;
        const bool userChose =
            m_options.target.security != Security::Auto && !noTlsHere && !brokenTls;
        const std::optional<Security> convention =
            conventionalSecurity(rep.target.protocol, rep.target.port);
        const QString evidence =
            how.why == Outcome::Why::OtherModeSpeaksTls
                ? u"no greeting in plain text, and a TLS connection got a TLS answer"_s
            : first->hintEvidence.isEmpty() && !first->diagnoses.isEmpty()
                ? first->diagnoses.constFirst().evidence
                : first->hintEvidence;
        if (userChose) {
            // Where the first attempt stopped.
            Diagnosis d{rep.firstSecurity == Security::Tls ? Code::TlsOnPlainPort
                                                           : Code::PlainOnTlsPort,
                        Severity::Error,
                        {},
                        {},
                        evidence,
                        {}};
            if (!first->phases.isEmpty()) {
                d.phase = first->phases.constLast().phase;
                d.wire = first->phases.constLast().wire;
            }
            rep.diagnoses << d;
        }
        const bool otherWorked =
            std::none_of(second->diagnoses.cbegin(), second->diagnoses.cend(),
                         [](const Diagnosis &d) { return d.severity == Severity::Error; });
        if (otherWorked && (userChose || (convention && *convention != works))) {
            rep.diagnoses << Diagnosis{
                Code::TlsModeMismatch,
                Severity::Info,
                {},
                {},
                u"port %1 speaks %2"_s.arg(rep.target.port).arg(securityClientWords(works)),
                {securityName(works)}};
        } else if (brokenTls) {
            rep.diagnoses << Diagnosis{
                Code::TlsModeMismatch,
                Severity::Info,
                {},
                {},
                u"port %1 speaks SSL/TLS (%2), but its handshake fails"_s.arg(rep.target.port)
                    .arg(evidence),
                {securityName(Security::Tls)}};
        }
    } else if (how.why == Outcome::Why::Silent) {
        rep.transcript << TranscriptEntry{
            TranscriptEntry::Kind::Event, m_clock.elapsed(),
            u"neither a plain-text greeting nor a TLS handshake reply came: the service accepts "
            "connections and says nothing"_s};
        rep.effectiveSecurity = m_second->security();
    } else if (first && second) {
        rep.transcript << TranscriptEntry{TranscriptEntry::Kind::Event, m_clock.elapsed(),
                                          u"%1 did not work on this port either"_s.arg(
                                              securityClientWords(m_second->security()))};
    }
    if (used) {
        QList<Diagnosis> found = used->diagnoses;
        if (how.why == Outcome::Why::Silent) {
            for (Diagnosis &d : found) {
                if (d.code == Code::GreetingTimeout)
                    d.evidence = u"connected, but neither a greeting nor a TLS handshake reply "
                                 "came (%1)"_s.arg(d.evidence);
            }
        }
        if (legacy) {
            const QString protocol = legacy->tls.protocol;
            const bool outdated =
                legacy->tls.established && (protocol == "TLSv1.0"_L1 || protocol == "TLSv1.1"_L1);
            for (Diagnosis &d : found) {
                if (outdated && (d.code == Code::TlsHandshakeFailed ||
                                 d.code == Code::StartTlsFailed || d.code == Code::TlsAlert)) {
                    d.evidence =
                        u"the handshake fails with TLS 1.2 and later (%1); with TLS 1.0/1.1 "
                        u"allowed it "
                        "completes with %2 and %3, which current mail clients refuse"_s.arg(
                            d.evidence, protocol, legacy->tls.cipher);
                    d.code = Code::TlsOutdatedProtocol;
                    d.severity = Severity::Error;
                }
            }
            if (!outdated) {
                rep.transcript << TranscriptEntry{
                    TranscriptEntry::Kind::Event, m_clock.elapsed(),
                    u"with TLS 1.0/1.1 allowed the handshake failed too: not an outdated server"_s};
            }
        }
        rep.diagnoses << found;
        rep.address = used->address;
        rep.greeting = used->greeting;
        rep.capabilitiesBeforeTls = used->capabilitiesBeforeTls;
        rep.capabilities = used->capabilities;
        rep.tls = used->tls;
        rep.authMechanism = used->mechanism;
        rep.authenticated = used->authenticated;
        if (rep.authenticated)
            rep.username = m_options.credentials.user;
        rep.messageReply = used->queueId;
    }
    if (!m_probes.isEmpty() && !allProbesDone())
        return; // the TLS detail finishes the report when its last handshake is done
    finishDetail();
}

void MailCheck::finalize()
{
    if (m_options.dane && !m_tlsa) {
        m_waitingForDane = true; // the TLSA answer is still on its way
        return;
    }
    if (m_options.dane)
        applyDane();
    Report &rep = m_report;
    if (m_aborted)
        rep.diagnoses << Diagnosis{
            Code::Cancelled, Severity::Warning, {}, {}, u"cancelled by the user"_s, {}};
    rep.totalMs = m_clock.elapsed();
    concludeReport(rep);
    finish();
}

void MailCheck::applyDane()
{
    const TlsaResult &t = *m_tlsa;
    DaneFacts &dane = m_report.dane;
    dane.dnssec = t.dnssec == TlsaResult::Dnssec::Secure    ? u"secure"_s
                  : t.dnssec == TlsaResult::Dnssec::Bogus   ? u"bogus"_s
                  : t.status == TlsaResult::Status::Failure ? u"failed"_s
                                                            : u"insecure"_s;
    if (t.dnssec == TlsaResult::Dnssec::Bogus || t.status == TlsaResult::Status::Failure)
        dane.dnssecWhy = t.dnssec == TlsaResult::Dnssec::Bogus ? t.dnssecWhy : t.detail;
    for (const TlsaRecord &r : t.records)
        dane.records << r.text();
    QList<Diagnosis> &out = m_report.diagnoses;
    const PhaseId where = PhaseId::Dane;
    if (t.dnssec == TlsaResult::Dnssec::Bogus) {
        out << Diagnosis{Code::DaneBogus,
                         Severity::Error,
                         where,
                         {},
                         u"%1: %2"_s.arg(dane.name, t.dnssecWhy),
                         {}};
        return;
    }
    switch (t.status) {
    case TlsaResult::Status::Failure:
        out << Diagnosis{Code::DaneLookupFailed,
                         Severity::Warning,
                         where,
                         {},
                         u"%1: %2"_s.arg(dane.name, t.detail),
                         {}};
        return;
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        out << Diagnosis{
            Code::DaneNoTlsa,
            Severity::Info,
            where,
            {},
            u"no TLSA record at %1 (%2, DNSSEC %3)"_s.arg(dane.name, t.detail, dane.dnssec),
            {}};
        return;
    case TlsaResult::Status::Ok:
        break;
    }
    if (t.dnssec == TlsaResult::Dnssec::Insecure) {
        out << Diagnosis{
            Code::DaneNotSigned,
            Severity::Warning,
            where,
            {},
            u"%1 has %2 TLSA record(s), but the answer is not DNSSEC-validated"_s.arg(dane.name)
                .arg(t.records.size()),
            dane.records};
        return;
    }
    const MailSession::Result *used = usedResult();
    if (!used || used->peerChain.isEmpty()) {
        m_report.transcript << TranscriptEntry{
            TranscriptEntry::Kind::Event, m_clock.elapsed(),
            u"DANE: %1 TLSA record(s), but no TLS session to match them against"_s.arg(
                t.records.size())};
        return;
    }
    if (const TlsaRecord *match = matchTlsa(t.records, used->peerChain)) {
        dane.matched = match->text();
        out << Diagnosis{
            Code::DaneValid,
            Severity::Info,
            where,
            {},
            u"%1 %2 matches the presented chain (DNSSEC secure)"_s.arg(dane.name, dane.matched),
            {}};
    } else {
        out << Diagnosis{Code::DaneMismatch,
                         Severity::Error,
                         where,
                         {},
                         u"none of the %1 DNSSEC-signed TLSA record(s) at %2 matches the %3 "
                         "certificate(s) the server presented"_s.arg(t.records.size())
                             .arg(dane.name)
                             .arg(used->peerChain.size()),
                         dane.records};
    }
}

void MailCheck::startDetail(Security security)
{
    // One handshake per version, all at once, each allowing only that version (and, for the
    // old ones, what OpenSSL 3 refuses by default: security level 0). No credentials, and the
    // session ends with the handshake. They start as soon as one attempt has TLS up, alongside
    // the rest of its dialogue.
    static constexpr const char *versions[] = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
    m_detailSecurity = security;
    m_detailStartMs = m_clock.elapsed();
    int attempt = 10;
    for (const char *version : versions) {
        SessionSettings s = sessionSettings(security);
        s.attempt = attempt++;
        s.handshakeOnly = true;
        s.tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
        s.tlsConfiguration.setOcspStaplingEnabled(false);
        s.tlsConfiguration.setProtocol(QSsl::AnyProtocol);
        s.tlsConfiguration.setBackendConfigurationOption("MinProtocol", QByteArray(version));
        s.tlsConfiguration.setBackendConfigurationOption("MaxProtocol", QByteArray(version));
        s.tlsConfiguration.setBackendConfigurationOption("CipherString",
                                                         QByteArray("DEFAULT:@SECLEVEL=0"));
        MailSession *probe = createSession(s);
        m_probes << probe;
        connect(probe, &MailSession::finished, this, &MailCheck::onProbeFinished);
        connect(probe, &MailSession::phaseChanged, this,
                [this, attempt = s.attempt] { Q_EMIT progress(PhaseId::TlsDetail, attempt); });
    }
    for (MailSession *probe : std::as_const(m_probes))
        probe->start();
}

bool MailCheck::allProbesDone() const
{
    return std::all_of(m_probes.cbegin(), m_probes.cend(),
                       [](const MailSession *p) { return p->isDone(); });
}

void MailCheck::onProbeFinished()
{
    if (m_done || !m_concluded || !allProbesDone())
        return;
    finishDetail();
}

namespace {

// Why a TLS-detail handshake did not give its version: the outcome of the handshake itself, or
// the error that stopped the probe before it (never a warning about something else, such as a
// login offered in clear text on the way).
QString probeFailure(const MailSession::Result &r)
{
    for (const Diagnosis &d : r.diagnoses) {
        if (d.severity == Severity::Error && d.phase == PhaseId::TlsHandshake)
            return d.evidence;
    }
    for (const Diagnosis &d : r.diagnoses) {
        if (d.severity == Severity::Error)
            return d.evidence;
    }
    return u"no handshake"_s;
}

} // namespace

void MailCheck::finishDetail()
{
    // The probes ran in the mode of the attempt that first had TLS; they count when that is the
    // mode the report settles on.
    if (m_probes.isEmpty() || m_detailSecurity != m_report.effectiveSecurity) {
        finalize();
        return;
    }
    static constexpr QLatin1StringView names[] = {"TLSv1.0"_L1, "TLSv1.1"_L1, "TLSv1.2"_L1,
                                                  "TLSv1.3"_L1};
    Report &rep = m_report;
    rep.transcript << TranscriptEntry{
        TranscriptEntry::Kind::Event, m_detailStartMs,
        u"TLS detail: one handshake per TLS version, on new connections, without credentials"_s};
    QStringList old, modern, weak, held;
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        const MailSession::Result &r = m_probes.at(i)->result();
        if (!r.tls.established &&
            std::any_of(r.diagnoses.cbegin(), r.diagnoses.cend(),
                        [](const Diagnosis &d) { return d.code == Code::StartTlsNotOffered; })) {
            // No handshake was tried: this connection was not offered STARTTLS. That says
            // nothing about the version, so no verdict on it (and no other finding of the
            // probe's dialogue stands in for one).
            for (TranscriptEntry e : r.transcript) {
                e.section = names[i];
                rep.transcript << e;
            }
            rep.transcript << TranscriptEntry{
                TranscriptEntry::Kind::Event, m_clock.elapsed(),
                u"TLS detail: %1 not tried: the port offers no STARTTLS"_s.arg(names[i])};
            continue;
        }
        TlsVersionProbe v;
        v.version = names[i];
        // The handshake's own time; what came before it (the greeting, STARTTLS) apart, so a
        // server that holds its banner (a reverse-DNS lookup of the client) is not read as slow
        // TLS.
        qint64 total = 0;
        for (const PhaseRecord &p : r.phases)
            total += p.elapsedMs;
        v.elapsedMs =
            r.tls.established && !r.phases.isEmpty() ? r.phases.constLast().elapsedMs : total;
        const qint64 before = total - v.elapsedMs;
        const QString waited =
            before >= 1000 ? u"; %1 ms passed before the handshake could begin"_s.arg(before)
                           : QString();
        if (before >= 1000)
            held << u"%1: %2 ms"_s.arg(names[i]).arg(before);
        v.accepted = r.tls.established && r.tls.protocol == v.version;
        if (v.accepted) {
            v.cipher = r.tls.cipher;
            v.weakness = r.tls.cipherWeakness;
            (i < 2 ? old : modern) << u"%1 (%2)"_s.arg(v.version, v.cipher);
            if (!v.weakness.isEmpty())
                weak << u"%1 with %2: %3"_s.arg(v.version, v.cipher, v.weakness);
        } else if (r.tls.established) {
            v.detail = u"negotiated %1 instead"_s.arg(r.tls.protocol);
        } else {
            v.detail = probeFailure(r);
        }
        // The probe's own dialogue, folded under the check's lines: where the time went.
        for (TranscriptEntry e : r.transcript) {
            e.section = v.version;
            rep.transcript << e;
        }
        rep.transcript << TranscriptEntry{
            TranscriptEntry::Kind::Event, m_clock.elapsed(),
            v.accepted
                ? u"TLS detail: %1 accepted, %2 (handshake %3 ms%4)"_s.arg(v.version, v.cipher)
                      .arg(v.elapsedMs)
                      .arg(waited)
                : u"TLS detail: %1 not accepted (%2%3)"_s.arg(v.version, v.detail, waited)};
        rep.tlsVersions << v;
    }
    if (!old.isEmpty() && !modern.isEmpty()) {
        rep.diagnoses << Diagnosis{
            Code::TlsOldVersionsAccepted,
            Severity::Warning,
            PhaseId::TlsDetail,
            {},
            u"accepted: %1, besides %2"_s.arg(old.join(u", "_s), modern.join(u", "_s)),
            {}};
    }
    if (!weak.isEmpty()) {
        const QString all = weak.join(u"; "_s);
        rep.diagnoses << Diagnosis{
            Code::TlsWeakCipher, Severity::Warning, PhaseId::TlsDetail, {}, all, weak};
    }
    if (!held.isEmpty()) {
        // Seen with Exim's host_lookup: the banner waits for a reverse-DNS lookup of the client,
        // and a lost DNS answer costs the resolver's retry (5 s) on some connections only.
        rep.diagnoses << Diagnosis{
            Code::GreetingDelayed,
            Severity::Warning,
            PhaseId::TlsDetail,
            {},
            u"%1 of %2 connections waited a second or more for the server before TLS could begin "
            "(%3)"_s.arg(held.size())
                .arg(m_probes.size())
                .arg(held.join(u", "_s)),
            held};
    }
    finalize();
}

void MailCheck::onDeadline()
{
    if (m_done)
        return;
    const QString limit = u"before the check's time limit of %1 s ran out"_s.arg(
        double(m_deadline->interval()) / 1000.0, 0, 'g', 3);
    m_preamble << TranscriptEntry{TranscriptEntry::Kind::Event, m_clock.elapsed(),
                                  u"the check's time limit ran out (1.5 × the timeout + 0.5 s): "
                                  "what is still waiting is stopped"_s};
    m_report.transcript << m_preamble.constLast();
    for (MailSession *s : {m_first, m_second, m_legacy}) {
        if (s)
            s->expire(limit);
    }
    for (MailSession *s : std::as_const(m_probes))
        s->expire(limit);
    if (m_waitingForDane) {
        m_waitingForDane = false;
        m_tlsa = TlsaResult{};
        m_tlsa->failure = DnsFailure::Timeout;
        m_tlsa->detail = u"no answer "_s + limit;
        finalize();
    }
}

void MailCheck::finish()
{
    m_done = true;
    m_deadline->stop();
    Q_EMIT finished();
}

} // namespace Portolan
