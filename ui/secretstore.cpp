#include "secretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>
#include <QThread>
#include <QTimer>

#include <atomic>

#ifdef PORTOLAN_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

namespace Portolan {

namespace {

const QString Service = QStringLiteral("Portolan");

KeychainProblem problemOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainProblem::None;
    case QKeychain::EntryNotFound:
        return KeychainProblem::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainProblem::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainProblem::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainProblem::Other;
}

// After QtKeychain failed: is there no keychain service to talk to at all? On a Linux desktop
// that is no session bus, or none of the services QtKeychain uses (the Secret Service, KWallet)
// running or startable on it. Asked of the bus itself, on the keychain thread.
bool noKeychainService()
{
#ifdef PORTOLAN_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface *names = bus.isConnected() ? bus.interface() : nullptr;
    if (!names)
        return true;
    const QStringList services{
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
        QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    const QDBusReply<QStringList> startable = names->activatableServiceNames();
    for (const QString &service : services) {
        if (names->isServiceRegistered(service).value() ||
            (startable.isValid() && startable.value().contains(service)))
            return false;
    }
    return true;
#else
    return false;
#endif
}

} // namespace

// Lives on the keychain thread for the life of the program: runs the QtKeychain jobs there and
// answers with the job's id. Stores connect to answered() and pick their own ids.
class KeychainWorker : public QObject
{
    Q_OBJECT
public:
    static KeychainWorker *instance()
    {
        static KeychainWorker *worker = [] {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("keychain"));
            auto *w = new KeychainWorker;
            w->moveToThread(thread);
            thread->start();
            // On the way out: stop the thread if it is free; one stuck in a D-Bus call is left to
            // the end of the process rather than holding up the exit.
            qAddPostRoutine([] {
                QThread *t = instance()->thread();
                t->quit();
                t->wait(500);
            });
            return w;
        }();
        return worker;
    }

    void run(quint64 id, int op, const QString &account, const QString &password)
    {
        QKeychain::Job *job = nullptr;
        if (op == 0) {
            auto *write = new QKeychain::WritePasswordJob(Service, this);
            write->setTextData(password);
            job = write;
        } else if (op == 1) {
            job = new QKeychain::ReadPasswordJob(Service, this);
        } else {
            job = new QKeychain::DeletePasswordJob(Service, this);
        }
        job->setKey(account);
        connect(job, &QKeychain::Job::finished, this, [this, id](QKeychain::Job *j) {
            const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j);
            const bool ok = j->error() == QKeychain::NoError;
            KeychainProblem problem = problemOf(j->error());
            if (problem == KeychainProblem::Other && noKeychainService())
                problem = KeychainProblem::NoService;
            Q_EMIT answered(id, problem, ok ? QString() : j->errorString(),
                            ok && read ? read->textData() : QString());
        });
        job->start();
    }

Q_SIGNALS:
    void answered(quint64 id, Portolan::KeychainProblem problem, const QString &detail,
                  const QString &password);
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Portolan::KeychainProblem>();
    connect(KeychainWorker::instance(), &KeychainWorker::answered, this, &SecretStore::answer,
            Qt::QueuedConnection);
}

SecretStore::~SecretStore() = default;

QString keychainAccount(const QString &user, const QString &host)
{
    return QStringLiteral("%1 on %2").arg(user.trimmed(), host.trimmed().toLower());
}

void SecretStore::save(const QString &account, const QString &password)
{
    begin(Op::Save, account, password);
}

void SecretStore::load(const QString &account)
{
    begin(Op::Load, account, {});
}

void SecretStore::forget(const QString &account)
{
    begin(Op::Forget, account, {});
}

void SecretStore::begin(Op op, const QString &account, const QString &password)
{
    static std::atomic<quint64> next{1};
    const quint64 id = next++;
    m_pending.insert(id, Pending{op, account});
    KeychainWorker *worker = KeychainWorker::instance();
    QMetaObject::invokeMethod(
        worker,
        [worker, id, op, account, password] { worker->run(id, int(op), account, password); },
        Qt::QueuedConnection);
    QTimer::singleShot(m_timeoutMs, this,
                       [this, id] { answer(id, KeychainProblem::NoAnswer, {}, {}); });
}

void SecretStore::answer(quint64 id, KeychainProblem problem, const QString &detail,
                         const QString &password)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return; // another store's job, or one that already timed out
    const Pending p = *it;
    m_pending.erase(it);
    switch (p.op) {
    case Op::Save:
        Q_EMIT saved(p.account,
                     problem == KeychainProblem::None ? QString()
                                                      : saveFailureWords(problem, detail),
                     problem);
        break;
    case Op::Load:
        Q_EMIT loaded(p.account, password,
                      problem == KeychainProblem::None || problem == KeychainProblem::NotFound
                          ? QString()
                      : detail.isEmpty() ? saveFailureWords(problem, detail)
                                         : detail,
                      problem);
        break;
    case Op::Forget:
        break;
    }
}

QString SecretStore::saveFailureWords(KeychainProblem problem, const QString &detail)
{
    switch (problem) {
    case KeychainProblem::None:
    case KeychainProblem::NotFound:
        break;
    case KeychainProblem::NoService:
        return tr("The password was not saved: no system keychain is running here (such as GNOME "
                  "Keyring or KWallet). The check ran without it. Start or install a keychain to "
                  "have Portolan remember passwords; until then, type the password each time.");
    case KeychainProblem::Denied:
        return tr("The password was not saved: the system keychain is locked or access was "
                  "declined. The check ran without it. Unlock the keychain and tick \"Remember "
                  "the password\" on your next check.");
    case KeychainProblem::NoAnswer:
        return tr("The password was not saved: the system keychain did not answer. The check ran "
                  "without it. Make sure a keychain (such as GNOME Keyring or KWallet) is running "
                  "and unlocked; until then, type the password each time.");
    case KeychainProblem::Other:
        break;
    }
    // QtKeychain's own words say little when they are "Unknown error"; then say only what to do.
    const bool useful =
        !detail.trimmed().isEmpty() &&
        detail.compare(QLatin1StringView("Unknown error"), Qt::CaseInsensitive) != 0;
    return useful ? tr("The password was not saved: the system keychain reported \"%1\". The "
                       "check ran without it. Type the password again next time.")
                        .arg(detail.trimmed())
                  : tr("The password was not saved: the system keychain did not work. The check "
                       "ran without it. Type the password again next time.");
}

} // namespace Portolan

#include "secretstore.moc"
