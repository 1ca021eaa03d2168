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
    void lookup(const QString &name);
    void abort();

    // Parses "ADDR[:PORT]" into unbound's "ADDR@PORT"; empty when it is not an address.
    [[nodiscard]] static QString unboundServerSpec(const QString &server);

Q_SIGNALS:
    void finished(const Portolan::ResolveResult &result);

private:
    static void onAnswer(void *self, int err, ub_result *result);
    void answer(int type, int err, ub_result *result);
    void finish(const ResolveResult &result);

    QString m_server;
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
