#pragma once

#include <QObject>

namespace Portolan {

// Saved passwords go to the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store through QtKeychain), never to the settings file. Asynchronous; a keychain that
// is not there (no D-Bus session, no wallet) is an error message, not a crash.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    void save(const QString &account, const QString &password);
    void load(const QString &account);
    void forget(const QString &account);

Q_SIGNALS:
    void saved(const QString &account, const QString &error);
    void loaded(const QString &account, const QString &password, const QString &error);
};

// The keychain entry's name for a user at a server: "user@example.org on mail.example.org".
[[nodiscard]] QString keychainAccount(const QString &user, const QString &host);

} // namespace Portolan
