#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace Portolan {

namespace {
const QString Service = QStringLiteral("Portolan");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString keychainAccount(const QString &user, const QString &host)
{
    return QStringLiteral("%1 on %2").arg(user.trimmed(), host.trimmed().toLower());
}

void SecretStore::save(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        Q_EMIT saved(account, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void SecretStore::load(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        Q_EMIT loaded(account, j->error() == QKeychain::NoError ? read->textData() : QString(),
                      j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void SecretStore::forget(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(account);
    job->start();
}

} // namespace Portolan
