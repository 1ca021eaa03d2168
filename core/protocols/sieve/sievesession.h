#pragma once

#include "protocols/mailsession.h"
#include "protocols/sieve/sieveresponse.h"

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
    [[nodiscard]] static SieveResponseParser::Limits parserLimits();
    void onResponse(const SieveResponse &response);
    void onStatus(const SieveResponse &response);
    void afterCapabilities();
    void onChallenge(const QByteArray &base64);

    SieveResponseParser m_parser{parserLimits()};
};

} // namespace Portolan
