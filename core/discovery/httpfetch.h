#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Portolan {

class DnsLookup;
class Resolver;

// One HTTP(S) fetch of discovery: the host resolved through the one Resolver (so --dns-server
// governs it), then QNetworkAccessManager to that address with the name in the Host header, in
// SNI and for certificate verification (QNetworkRequest::setPeerVerifyName). Redirects are
// followed here, counted and kept; the body is bounded (MaxDocumentBytes: beyond it the fetch is
// aborted); the whole fetch, redirects included, is bounded by `timeout`. Certificate errors are
// a result, never ignored. One finished(), also after abort().
struct FetchRequest
{
    QUrl url;
    QByteArray postBody; // empty: GET
    QByteArray contentType;
    std::chrono::milliseconds timeout{15000};
    int maxRedirects = 5;
    QList<QSslCertificate> extraCaCertificates;
    quint16 httpPort = 80; // the port of an http:// URL without one (tests change it)
    quint16 httpsPort = 443;
};

struct FetchResult
{
    enum class Outcome {
        Ok,               // a 2xx answer with its body
        HttpStatus,       // another final status (404, 500 …): `status`
        NameFailure,      // the host's name did not resolve: `dnsNxdomain` says whether it does not
                          // exist
        ConnectFailure,   // refused, unreachable, reset
        TlsFailure,       // the handshake failed or the certificate does not verify: `tlsErrors`
        Timeout,          // the fetch's time ran out
        TooBig,           // the body is over the bound
        TooManyRedirects, // or a redirect to something that is not http(s)
        Aborted,
    };
    Outcome outcome = Outcome::Aborted;
    int status = 0;
    QByteArray body;
    QUrl finalUrl;                // the URL whose answer this is
    QStringList redirects;        // every URL a redirect led to
    bool httpsAllTheWay = false;  // every hop over https with a verified certificate
    bool wentThroughHttp = false; // a hop over plain http (also the first)
    bool httpsToHttp = false;     // a redirect from https down to http
    bool dnsNxdomain = false;
    bool nameMissing = false; // NXDOMAIN or no address: nothing published under the name
    QStringList tlsErrors;
    QString error; // for people
    qint64 elapsedMs = 0;
    [[nodiscard]] bool ok() const { return outcome == Outcome::Ok; }
};

class HttpFetch : public QObject
{
    Q_OBJECT
public:
    HttpFetch(Resolver *resolver, QNetworkAccessManager *network, const FetchRequest &request,
              QObject *parent = nullptr);
    ~HttpFetch() override;
    void start();
    void abort();
    [[nodiscard]] const FetchResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void fetch(const QUrl &url);
    void onResolved(const QUrl &url, const QList<QHostAddress> &addresses, bool nxdomain,
                    bool missing, const QString &why);
    void request(const QUrl &url, const QList<QHostAddress> &addresses, int index);
    void onReplyFinished(const QUrl &url, const QList<QHostAddress> &addresses, int index);
    void done(FetchResult::Outcome outcome, const QString &error);
    [[nodiscard]] std::chrono::milliseconds remaining() const;

    Resolver *m_resolver;
    QNetworkAccessManager *m_network;
    FetchRequest m_request;
    FetchResult m_result;
    QElapsedTimer m_clock;
    DnsLookup *m_lookup = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline;
    QStringList m_pendingTlsErrors;
    bool m_done = false;
};

} // namespace Portolan
