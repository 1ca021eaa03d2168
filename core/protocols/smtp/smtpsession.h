#pragma once

#include "protocols/mailsession.h"

#include <memory>

namespace Portolan {

class SmtpReplyAssembler;
struct SmtpReply;

// One SMTP attempt: connect → [TLS] → greeting → EHLO → [STARTTLS → TLS → EHLO] → [AUTH] →
// [MAIL FROM → RCPT TO → DATA] → QUIT.
class SmtpSession final : public MailSession
{
    Q_OBJECT
public:
    SmtpSession(const SessionSettings &settings, const QElapsedTimer &clock,
                QObject *parent = nullptr);
    ~SmtpSession() override;
    [[nodiscard]] QString wireLabel(Phase phase) const override;

protected:
    void onLine(const QByteArray &line) override;
    void afterStartTls() override;
    void sendQuit() override;
    void sendStartTls() override;
    void startAuth() override;

private:
    void onReply(const SmtpReply &reply);
    void failOnReply(const SmtpReply &reply, Code permanentCode);
    void sendEhlo(Phase phase);
    void afterEhlo();
    void afterCapabilities();
    void onAuthReply(const SmtpReply &reply);
    void startMail();
    void onMailReply(const SmtpReply &reply);
    [[nodiscard]] QByteArray ehloName() const;

    std::unique_ptr<SmtpReplyAssembler> m_assembler;
    int m_rcptIndex = 0;
    int m_rcptAccepted = 0;
};

} // namespace Portolan
