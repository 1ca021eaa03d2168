#pragma once

#include "protocols/mailsession.h"
#include "protocols/pop3/pop3reply.h"

namespace Portolan {

// One POP3 attempt (RFC 1939, RFC 2449 CAPA, RFC 2595 STLS, RFC 5034 AUTH): greeting → CAPA →
// [STLS → TLS → CAPA] → [AUTH (SASL) or USER/PASS] → QUIT. Extended response codes (RFC 2449,
// RFC 3206): [AUTH], [IN-USE], [SYS/TEMP], [SYS/PERM].
class Pop3Session final : public MailSession
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
    void onReply(const Pop3Reply &reply);
    void requestCapabilities(Phase phase);
    void afterCapabilities();
    void onAuthReply(const Pop3Reply &reply);
    void authRefused(const Pop3Reply &reply);

    Pop3ReplyParser m_parser;
    bool m_capaFailed = false;
    bool m_userSent = false;
    bool m_passSent = false;
};

} // namespace Portolan
