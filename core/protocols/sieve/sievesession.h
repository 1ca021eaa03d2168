#pragma once

#include "protocols/mailsession.h"

namespace Portolan {

// One ManageSieve attempt (RFC 5804): the greeting is the capability list → [STARTTLS → TLS →
// the capabilities again, unasked] → [AUTHENTICATE] → LOGOUT.
class SieveSession final : public MailSession
{
    Q_OBJECT
public:
    using MailSession::MailSession;
    [[nodiscard]] QString wireLabel(Phase phase) const override;

protected:
    void onLine(const QByteArray &line) override;
    void afterStartTls() override;
    void sendQuit() override;
    void sendStartTls() override;
    void startAuth() override;

private:
    void onStatus(const QByteArray &status, const QByteArray &line);
    void afterCapabilities();
    void onChallenge(const QByteArray &base64);

    qint64 m_literalLeft = -1; // the next line is a literal string of this many bytes
};

} // namespace Portolan
