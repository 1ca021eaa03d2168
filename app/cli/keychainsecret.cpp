#include "keychainsecret.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

QString readKeychainPassword(const QString &user, const QString &host, QString *secret,
                             int timeoutMs)
{
    // The entry the desktop app writes when it remembers a password (ui/secretstore.cpp).
    const QString account = u"%1 on %2"_s.arg(user.trimmed(), host.trimmed().toLower());
    QKeychain::ReadPasswordJob job(u"Portolan"_s);
    job.setAutoDelete(false);
    job.setKey(account);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return u"the system keychain did not answer for \"%1\""_s.arg(account);
    if (job.error() != QKeychain::NoError)
        return u"no password for \"%1\" in the system keychain: %2"_s.arg(account,
                                                                          job.errorString());
    *secret = job.textData();
    return secret->isEmpty() ? u"the keychain's password for \"%1\" is empty"_s.arg(account)
                             : QString();
}

} // namespace Portolan::Cli
