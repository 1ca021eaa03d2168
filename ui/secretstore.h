#pragma once

#include <QHash>
#include <QObject>

namespace Portolan {

// Why the keychain did not do what was asked, as the app needs to tell it apart.
enum class KeychainProblem {
    None,
    NotFound,  // loading: nothing saved for this account
    NoService, // no keychain service here (no Secret Service, no KWallet, no D-Bus session)
    Denied,    // the keychain is locked or the person declined
    NoAnswer,  // no answer within the store's timeout
    Other,
};

// Saved passwords go to the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store through QtKeychain), never to the settings file. Every job runs on a thread of
// its own, so a keychain that is slow or missing (some backends make blocking D-Bus calls, e.g.
// while a service is being started) never holds up the window or a check; a job that does not
// answer within timeoutMs() is reported as KeychainProblem::NoAnswer.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void save(const QString &account, const QString &password);
    void load(const QString &account);
    void forget(const QString &account);

    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // What a failed save means for the person, in words that say what to do.
    [[nodiscard]] static QString saveFailureWords(KeychainProblem problem, const QString &detail);

Q_SIGNALS:
    // error: empty on success, else the same words as saveFailureWords().
    void saved(const QString &account, const QString &error, Portolan::KeychainProblem problem);
    // password: empty when none was found or the keychain failed (error says which).
    void loaded(const QString &account, const QString &password, const QString &error,
                Portolan::KeychainProblem problem);

private:
    enum class Op { Save, Load, Forget };
    struct Pending
    {
        Op op = Op::Save;
        QString account;
    };
    void begin(Op op, const QString &account, const QString &password);
    void answer(quint64 id, Portolan::KeychainProblem problem, const QString &detail,
                const QString &password);

    QHash<quint64, Pending> m_pending;
    int m_timeoutMs = 10000;
};

// The keychain entry's name for a user at a server: "user@example.org on mail.example.org".
[[nodiscard]] QString keychainAccount(const QString &user, const QString &host);

} // namespace Portolan
