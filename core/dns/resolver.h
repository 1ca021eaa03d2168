#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

struct ub_ctx;
struct ub_result;
class QSocketNotifier;
class QTimer;

namespace Portolan {

enum class AddressFamily { Any, IPv4, IPv6 };

struct ResolveResult
{
    enum class Status { Ok, NxDomain, NoAddress, Failure };
    Status status = Status::Failure;
    QList<QHostAddress> addresses; // in the order they should be tried
    QString detail;                // the resolver's words on failure, the rcode
};

// One TLSA record (RFC 6698 §2.1).
struct TlsaRecord
{
    quint8 usage = 0;    // 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE
    quint8 selector = 0; // 0 the whole certificate, 1 its SubjectPublicKeyInfo
    quint8 matching = 0; // 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray data;
    // "3 1 1 8f2a…" (the presentation form, data in hex)
    [[nodiscard]] QString text() const;
};

struct TlsaResult
{
    enum class Status { Ok, NoRecords, Failure };
    enum class Dnssec { Secure, Insecure, Bogus };
    Status status = Status::Failure;
    Dnssec dnssec = Dnssec::Insecure;
    QList<TlsaRecord> records;
    QString detail; // the rcode, the resolver's words on failure, the validator's reason
};

// Looks up the A and AAAA records of one name with libunbound, asynchronously: the resolver's
// file descriptor is watched by a QSocketNotifier, so nothing blocks the event loop. One object,
// one lookup, exactly one finished() (also after abort() and on timeout).
class Resolver : public QObject
{
    Q_OBJECT
public:
    explicit Resolver(QObject *parent = nullptr);
    ~Resolver() override;

    // "ADDR" or "ADDR:PORT" ("[v6]:PORT" for IPv6); empty: /etc/resolv.conf and /etc/hosts.
    void setServer(const QString &server) { m_server = server; }
    void setFamily(AddressFamily family) { m_family = family; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // DNSSEC trust anchors (DS or DNSKEY records in zone-file form) for validation; empty: the
    // root's key from /usr/share/dns/root.key when it is there.
    void setTrustAnchorFile(const QString &file) { m_trustAnchorFile = file; }
    void lookup(const QString &name);
    // The TLSA records of `name` ("_25._tcp.mx.example.org"), DNSSEC-validated; tlsaFinished()
    // instead of finished().
    void lookupTlsa(const QString &name);
    void abort();

    // Parses "ADDR[:PORT]" into unbound's "ADDR@PORT"; empty when it is not an address.
    [[nodiscard]] static QString unboundServerSpec(const QString &server);

Q_SIGNALS:
    void finished(const Portolan::ResolveResult &result);
    void tlsaFinished(const Portolan::TlsaResult &result);

private:
    static void onAnswer(void *self, int err, ub_result *result);
    void answer(int type, int err, ub_result *result);
    void answerTlsa(int err, ub_result *result);
    void finish(const ResolveResult &result);
    void finishTlsa(const TlsaResult &result);
    // Stops the timer and the notifier once; false when the lookup had already ended.
    [[nodiscard]] bool settle();
    // The unbound context for m_server and the trust anchors; empty on success, else why not.
    [[nodiscard]] QString prepare();
    bool m_tlsa = false;

    QString m_server;
    QString m_trustAnchorFile;
    AddressFamily m_family = AddressFamily::Any;
    std::chrono::milliseconds m_timeout{10000};
    ub_ctx *m_ctx = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    int m_pending = 0;
    bool m_done = false;
    struct Answer
    {
        bool received = false;
        int err = 0;
        int rcode = 0;
        bool nxdomain = false;
        QList<QHostAddress> addresses;
        QString why;
    };
    Answer m_v4;
    Answer m_v6;
    struct Query
    {
        Resolver *resolver;
        int type;
    };
    Query m_queries[2];
};

} // namespace Portolan
