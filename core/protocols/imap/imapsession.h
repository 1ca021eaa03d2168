#pragma once

#include "protocols/imap/imapresponse.h"
#include "protocols/mailsession.h"

namespace Portolan {

// One IMAP attempt (RFC 9051 / RFC 3501): greeting → CAPABILITY → [STARTTLS → TLS →
// CAPABILITY] → [AUTHENTICATE (SASL-IR when offered) or LOGIN] → LOGOUT. Tagged responses are
// matched to the tag sent; literals are bounded; a PREAUTH greeting before TLS is refused and a
// login referral is never followed.
class ImapSession final : public MailSession
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
    [[nodiscard]] static ImapResponseParser::Limits parserLimits();
    void onResponse(const ImapResponse &response);
    void onGreeting(const ImapResponse &response);
    void onUntagged(const ImapResponse &response);
    void onTagged(const ImapResponse &response);
    void command(const QByteArray &verb, Phase phase);
    void requestCapabilities(Phase phase);
    void afterCapabilities();
    void onContinuation(const QByteArray &text);

    ImapResponseParser m_parser{parserLimits()};
    int m_tagNumber = 0;
    QByteArray m_tag;
    bool m_initialPending = false;
    bool m_loginCommand = false;
};

} // namespace Portolan
