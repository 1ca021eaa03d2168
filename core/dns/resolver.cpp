#include "resolver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <unbound.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDns, "portolan.dns")

namespace Portolan {

namespace {
constexpr int TypeA = 1;
constexpr int TypeAAAA = 28;
constexpr int TypeTlsa = 52;
constexpr int ClassIN = 1;
constexpr int RcodeNxDomain = 3;
} // namespace

Resolver::Resolver(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const QString why =
            u"no answer from the DNS server within %1 s"_s.arg(m_timeout.count() / 1000.0);
        if (m_tlsa)
            finishTlsa({TlsaResult::Status::Failure, TlsaResult::Dnssec::Insecure, {}, why});
        else
            finish({ResolveResult::Status::Failure, {}, why});
    });
}

QString TlsaRecord::text() const
{
    return u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matching).arg(
        QString::fromLatin1(data.toHex()));
}

Resolver::~Resolver()
{
    delete m_notifier;
    if (m_ctx)
        ub_ctx_delete(m_ctx);
}

QString Resolver::unboundServerSpec(const QString &server)
{
    QString host = server;
    QString port;
    if (server.startsWith(u'[')) {
        const qsizetype close = server.indexOf(u']');
        if (close < 0)
            return {};
        host = server.mid(1, close - 1);
        if (close + 1 < server.size()) {
            if (server.at(close + 1) != u':')
                return {};
            port = server.mid(close + 2);
        }
    } else if (server.count(u':') == 1) {
        host = server.section(u':', 0, 0);
        port = server.section(u':', 1);
    }
    if (QHostAddress(host).isNull())
        return {};
    if (!port.isNull()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return {};
        return host + u'@' + QString::number(n);
    }
    return host;
}

QString Resolver::prepare()
{
    m_ctx = ub_ctx_create();
    if (!m_ctx)
        return u"could not create the resolver"_s;
    int err = 0;
    if (m_server.isEmpty()) {
        err = ub_ctx_resolvconf(m_ctx, nullptr);
        if (err == 0)
            err = ub_ctx_hosts(m_ctx, nullptr);
    } else {
        // The server the user named answers everything, even names unbound keeps to itself
        // by default (test., RFC 6761): a lab's own zone is often there.
        err = ub_ctx_set_option(m_ctx, "do-not-query-localhost:", "no");
        if (err == 0)
            err = ub_ctx_set_option(m_ctx, "local-zone:", "test. transparent");
        if (err == 0)
            err = ub_ctx_set_fwd(m_ctx, unboundServerSpec(m_server).toLatin1().constData());
    }
    if (err == 0) // "tried in order" means the order the DNS server gave
        err = ub_ctx_set_option(m_ctx, "rrset-roundrobin:", "no");
    if (err == 0 && m_tlsa) {
        const QString anchors = !m_trustAnchorFile.isEmpty() ? m_trustAnchorFile
                                : QFile::exists(u"/usr/share/dns/root.key"_s)
                                    ? u"/usr/share/dns/root.key"_s
                                    : QString();
        if (!anchors.isEmpty())
            err = ub_ctx_add_ta_file(m_ctx, QFile::encodeName(anchors).constData());
    }
    if (err == 0)
        err = ub_ctx_async(m_ctx, 1); // a thread, not a forked process
    if (err != 0)
        return QString::fromUtf8(ub_strerror(err));

    m_notifier = new QSocketNotifier(ub_fd(m_ctx), QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (m_ctx && !m_done)
            ub_process(m_ctx);
    });
    m_timer->start(m_timeout);
    return {};
}

void Resolver::lookupTlsa(const QString &name)
{
    m_tlsa = true;
    if (const QString why = prepare(); !why.isEmpty()) {
        finishTlsa({TlsaResult::Status::Failure, TlsaResult::Dnssec::Insecure, {}, why});
        return;
    }
    m_queries[0] = {this, TypeTlsa};
    const int rc = ub_resolve_async(m_ctx, name.toLatin1().constData(), TypeTlsa, ClassIN,
                                    &m_queries[0], onAnswer, nullptr);
    if (rc != 0)
        finishTlsa({TlsaResult::Status::Failure,
                    TlsaResult::Dnssec::Insecure,
                    {},
                    QString::fromUtf8(ub_strerror(rc))});
}

void Resolver::answerTlsa(int err, ub_result *result)
{
    TlsaResult r;
    if (err != 0) {
        r.detail = QString::fromUtf8(ub_strerror(err));
    } else if (result) {
        r.dnssec = result->bogus    ? TlsaResult::Dnssec::Bogus
                   : result->secure ? TlsaResult::Dnssec::Secure
                                    : TlsaResult::Dnssec::Insecure;
        if (result->why_bogus)
            r.detail = QString::fromUtf8(result->why_bogus);
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            const QByteArray rdata(result->data[i], result->len[i]);
            if (rdata.size() < 4)
                continue; // malformed: usage, selector, matching type and at least one byte
            r.records << TlsaRecord{quint8(rdata.at(0)), quint8(rdata.at(1)), quint8(rdata.at(2)),
                                    rdata.mid(3)};
        }
        if (!r.records.isEmpty())
            r.status = TlsaResult::Status::Ok;
        else if (result->rcode == 0 || result->nxdomain || result->rcode == RcodeNxDomain)
            r.status = r.dnssec == TlsaResult::Dnssec::Bogus ? TlsaResult::Status::Failure
                                                             : TlsaResult::Status::NoRecords;
        if (r.detail.isEmpty())
            r.detail = result->nxdomain     ? u"NXDOMAIN"_s
                       : result->rcode == 0 ? u"NOERROR"_s
                                            : u"rcode %1"_s.arg(result->rcode);
    }
    if (result)
        ub_resolve_free(result);
    finishTlsa(r);
}

bool Resolver::settle()
{
    if (m_done)
        return false;
    m_done = true;
    m_timer->stop();
    if (m_notifier)
        m_notifier->setEnabled(false);
    return true;
}

void Resolver::finishTlsa(const TlsaResult &result)
{
    if (!settle())
        return;
    qCDebug(lcDns) << "TLSA" << int(result.status) << int(result.dnssec) << result.detail
                   << result.records.size();
    Q_EMIT tlsaFinished(result);
}

void Resolver::lookup(const QString &name)
{
    if (const QString why = prepare(); !why.isEmpty()) {
        finish({ResolveResult::Status::Failure, {}, why});
        return;
    }
    const QByteArray qname = name.toLatin1(); // callers pass the ASCII (IDNA) form
    const bool wantV4 = m_family != AddressFamily::IPv6;
    const bool wantV6 = m_family != AddressFamily::IPv4;
    m_v4.received = !wantV4;
    m_v6.received = !wantV6;
    int i = 0;
    for (int type : {TypeAAAA, TypeA}) {
        if ((type == TypeA && !wantV4) || (type == TypeAAAA && !wantV6))
            continue;
        m_queries[i] = {this, type};
        const int rc = ub_resolve_async(m_ctx, qname.constData(), type, ClassIN, &m_queries[i],
                                        onAnswer, nullptr);
        if (rc != 0) {
            finish({ResolveResult::Status::Failure, {}, QString::fromUtf8(ub_strerror(rc))});
            return;
        }
        ++m_pending;
        ++i;
    }
}

void Resolver::abort()
{
    if (m_tlsa)
        finishTlsa({TlsaResult::Status::Failure, TlsaResult::Dnssec::Insecure, {}, u"cancelled"_s});
    else
        finish({ResolveResult::Status::Failure, {}, u"cancelled"_s});
}

void Resolver::onAnswer(void *data, int err, ub_result *result)
{
    auto *query = static_cast<Query *>(data);
    if (query->type == TypeTlsa)
        query->resolver->answerTlsa(err, result);
    else
        query->resolver->answer(query->type, err, result);
}

void Resolver::answer(int type, int err, ub_result *result)
{
    Answer &a = type == TypeA ? m_v4 : m_v6;
    a.received = true;
    a.err = err;
    if (err != 0) {
        a.why = QString::fromUtf8(ub_strerror(err));
    } else if (result) {
        a.rcode = result->rcode;
        a.nxdomain = result->nxdomain != 0 || result->rcode == RcodeNxDomain;
        if (result->why_bogus)
            a.why = QString::fromUtf8(result->why_bogus);
        for (int i = 0; result->havedata && result->data[i]; ++i) {
            const int len = result->len[i];
            if (type == TypeA && len == 4) {
                quint32 ip4;
                memcpy(&ip4, result->data[i], 4);
                a.addresses << QHostAddress(ntohl(ip4));
            } else if (type == TypeAAAA && len == 16) {
                a.addresses << QHostAddress(reinterpret_cast<const quint8 *>(result->data[i]));
            }
        }
    }
    if (result)
        ub_resolve_free(result);
    --m_pending;
    if (m_pending > 0 || !m_v4.received || !m_v6.received)
        return;

    // Both answers are in: interleave the families, IPv6 first (RFC 8305 §4).
    ResolveResult r;
    for (qsizetype i = 0; i < qMax(m_v4.addresses.size(), m_v6.addresses.size()); ++i) {
        if (i < m_v6.addresses.size())
            r.addresses << m_v6.addresses.at(i);
        if (i < m_v4.addresses.size())
            r.addresses << m_v4.addresses.at(i);
    }
    const bool wantV4 = m_family != AddressFamily::IPv6;
    const bool wantV6 = m_family != AddressFamily::IPv4;
    auto rcodeText = [](int rcode) {
        switch (rcode) {
        case 0:
            return u"NOERROR"_s;
        case 2:
            return u"SERVFAIL"_s;
        case 3:
            return u"NXDOMAIN"_s;
        case 5:
            return u"REFUSED"_s;
        default:
            return u"rcode %1"_s.arg(rcode);
        }
    };
    if (!r.addresses.isEmpty()) {
        r.status = ResolveResult::Status::Ok;
    } else if ((wantV4 && m_v4.nxdomain) || (wantV6 && m_v6.nxdomain)) {
        r.status = ResolveResult::Status::NxDomain;
        r.detail = u"NXDOMAIN"_s;
    } else {
        // No address: "no such record" only when every answer was a clean NOERROR.
        const Answer *bad = nullptr;
        for (const Answer *candidate : {&m_v6, &m_v4}) {
            const bool wanted = candidate == &m_v4 ? wantV4 : wantV6;
            if (wanted && (candidate->err != 0 || candidate->rcode != 0))
                bad = candidate;
        }
        if (bad) {
            r.status = ResolveResult::Status::Failure;
            r.detail = bad->err != 0 ? bad->why : rcodeText(bad->rcode);
        } else {
            r.status = ResolveResult::Status::NoAddress;
            r.detail = wantV4 && wantV6 ? u"NOERROR, no A or AAAA record"_s
                       : wantV4         ? u"NOERROR, no A record"_s
                                        : u"NOERROR, no AAAA record"_s;
        }
    }
    finish(r);
}

void Resolver::finish(const ResolveResult &result)
{
    if (!settle())
        return;
    qCDebug(lcDns) << "resolved" << int(result.status) << result.detail << result.addresses;
    Q_EMIT finished(result);
}

} // namespace Portolan
