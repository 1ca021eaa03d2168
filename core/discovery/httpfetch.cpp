#include "httpfetch.h"

#include "discovery/mailconfig.h"
#include "dns/resolver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portolan {

HttpFetch::HttpFetch(Resolver *resolver, QNetworkAccessManager *network,
                     const FetchRequest &request, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_network(network)
    , m_request(request)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        done(FetchResult::Outcome::Timeout,
             u"no complete answer within %1 s"_s.arg(double(m_request.timeout.count()) / 1000.0));
    });
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpFetch::start()
{
    m_clock.start();
    m_deadline->start(m_request.timeout);
    m_result.httpsAllTheWay = true;
    // Started from the event loop, so finished() never comes inside start().
    QMetaObject::invokeMethod(
        this, [this] { fetch(m_request.url); }, Qt::QueuedConnection);
}

void HttpFetch::abort()
{
    done(FetchResult::Outcome::Aborted, u"aborted"_s);
}

std::chrono::milliseconds HttpFetch::remaining() const
{
    return std::max(std::chrono::milliseconds(1),
                    m_request.timeout - std::chrono::milliseconds(m_clock.elapsed()));
}

void HttpFetch::fetch(const QUrl &url)
{
    if (m_done)
        return;
    m_result.finalUrl = url;
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1) {
        m_result.wentThroughHttp = true;
        m_result.httpsAllTheWay = false;
    }
    const QString host = url.host();
    QHostAddress literal;
    if (literal.setAddress(host)) {
        onResolved(url, {literal}, false, false, {});
        return;
    }
    delete m_lookup;
    m_lookup = m_resolver->lookupAddresses(
        host, AddressFamily::Any, this,
        [this, url](const AddressResult &r) {
            m_lookup->deleteLater();
            m_lookup = nullptr;
            QString why;
            if (r.status == DnsStatus::NxDomain)
                why = u"%1 does not exist (NXDOMAIN)"_s.arg(url.host());
            else if (r.status == DnsStatus::NoData)
                why = u"%1 has no address"_s.arg(url.host());
            else if (r.status == DnsStatus::Failure)
                why = u"the name %1 could not be resolved: %2"_s.arg(url.host(), r.detail);
            onResolved(url, r.status == DnsStatus::Ok ? r.addresses : QList<QHostAddress>{},
                       r.status == DnsStatus::NxDomain,
                       r.status == DnsStatus::NxDomain || r.status == DnsStatus::NoData ||
                           (r.status == DnsStatus::Ok && r.addresses.isEmpty()),
                       why);
        },
        remaining());
}

void HttpFetch::onResolved(const QUrl &url, const QList<QHostAddress> &addresses, bool nxdomain,
                           bool missing, const QString &why)
{
    if (m_done)
        return;
    if (addresses.isEmpty()) {
        m_result.dnsNxdomain = nxdomain;
        m_result.nameMissing = missing;
        done(FetchResult::Outcome::NameFailure,
             why.isEmpty() ? u"%1 has no address"_s.arg(url.host()) : why);
        return;
    }
    request(url, addresses, 0);
}

void HttpFetch::request(const QUrl &url, const QList<QHostAddress> &addresses, int index)
{
    const bool https = url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? m_request.httpsPort : m_request.httpPort);
    QUrl direct = url;
    direct.setHost(addresses.at(index).toString());
    direct.setPort(port);
    QNetworkRequest req(direct);
    // The name, not the address, in the Host header, in SNI and for verification.
    QByteArray hostHeader = QUrl::toAce(url.host());
    if (url.port() != -1)
        hostHeader += ':' + QByteArray::number(url.port());
    req.setRawHeader("Host", hostHeader);
    req.setPeerVerifyName(url.host());
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("User-Agent", "Portolan discovery");
    req.setRawHeader("Connection", "close");
    req.setTransferTimeout(int(remaining().count()));
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_request.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_request.extraCaCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        req.setSslConfiguration(tls);
    }
    m_pendingTlsErrors.clear();
    QNetworkReply *reply;
    if (m_request.postBody.isEmpty()) {
        reply = m_network->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        reply = m_network->post(req, m_request.postBody);
    }
    m_reply = reply;
    reply->setReadBufferSize(MaxDocumentBytes + 1);
    m_result.body.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_pendingTlsErrors << e.errorString();
        // Not ignored: the reply ends with SslHandshakeFailedError.
    });
    auto readSome = [this, reply] {
        if (m_done || reply != m_reply)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxDocumentBytes) {
            done(FetchResult::Outcome::TooBig,
                 u"the answer announces %1 bytes, more than %2"_s.arg(length.toLongLong())
                     .arg(MaxDocumentBytes));
            return;
        }
        m_result.body += reply->read(MaxDocumentBytes + 1 - m_result.body.size());
        if (m_result.body.size() > MaxDocumentBytes)
            done(FetchResult::Outcome::TooBig,
                 u"the answer is longer than %1 bytes: not read further"_s.arg(MaxDocumentBytes));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, readSome);
    connect(reply, &QNetworkReply::readyRead, this, readSome);
    connect(reply, &QNetworkReply::finished, this, [this, url, addresses, index, readSome] {
        readSome();
        onReplyFinished(url, addresses, index);
    });
}

void HttpFetch::onReplyFinished(const QUrl &url, const QList<QHostAddress> &addresses, int index)
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const auto error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool https = url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    if (status == 0 && error != QNetworkReply::NoError) {
        if (error == QNetworkReply::SslHandshakeFailedError) {
            m_result.tlsErrors = m_pendingTlsErrors;
            if (m_result.tlsErrors.isEmpty())
                m_result.tlsErrors << reply->errorString();
            m_result.httpsAllTheWay = false;
            done(FetchResult::Outcome::TlsFailure,
                 u"%1: the certificate does not verify: %2"_s.arg(
                     url.host(), m_result.tlsErrors.join(u"; "_s)));
            return;
        }
        if (error == QNetworkReply::TimeoutError ||
            error == QNetworkReply::OperationCanceledError) {
            done(FetchResult::Outcome::Timeout, u"%1: no answer in time"_s.arg(url.host()));
            return;
        }
        // Another address of the name, while there is time.
        if (index + 1 < addresses.size() && remaining() > std::chrono::milliseconds(50)) {
            request(url, addresses, index + 1);
            return;
        }
        done(
            FetchResult::Outcome::ConnectFailure,
            u"%1 (%2): %3"_s.arg(url.host(), addresses.at(index).toString(), reply->errorString()));
        return;
    }
    if (!https)
        m_result.httpsAllTheWay = false;
    m_result.status = status;
    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = reply->rawHeader("Location");
        const QUrl next = url.resolved(QUrl::fromEncoded(location));
        const QString scheme = next.scheme().toLower();
        if (location.isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1) ||
            next.host().isEmpty()) {
            done(FetchResult::Outcome::TooManyRedirects,
                 u"a redirect (%1) to something that is not an http(s) URL"_s.arg(status));
            return;
        }
        m_result.redirects << next.toString();
        if (https && scheme == "http"_L1)
            m_result.httpsToHttp = true;
        if (m_result.redirects.size() > m_request.maxRedirects) {
            done(FetchResult::Outcome::TooManyRedirects,
                 u"more than %1 redirects"_s.arg(m_request.maxRedirects));
            return;
        }
        fetch(next);
        return;
    }
    if (status >= 200 && status < 300) {
        done(FetchResult::Outcome::Ok, {});
        return;
    }
    done(FetchResult::Outcome::HttpStatus,
         u"HTTP %1 %2"_s.arg(status).arg(
             reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(80)));
}

void HttpFetch::done(FetchResult::Outcome outcome, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    delete m_lookup;
    m_lookup = nullptr;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_result.outcome = outcome;
    m_result.error = error;
    if (outcome != FetchResult::Outcome::Ok)
        m_result.httpsAllTheWay =
            m_result.httpsAllTheWay && outcome == FetchResult::Outcome::HttpStatus;
    m_result.elapsedMs = m_clock.elapsed();
    QMetaObject::invokeMethod(this, &HttpFetch::finished, Qt::QueuedConnection);
}

} // namespace Portolan
