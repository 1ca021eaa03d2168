#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Portolan {

// An RFC 3463 enhanced status code, e.g. 5.7.8.
struct EnhancedStatus
{
    int klass = 0;
    int subject = 0;
    int detail = 0;
    [[nodiscard]] bool isValid() const { return klass != 0; }
    [[nodiscard]] QString toString() const;
};

// One whole SMTP reply (RFC 5321 §4.2): every line of a multi-line reply, assembled.
struct SmtpReply
{
    int code = 0;
    QByteArrayList lines; // the text after "ddd " / "ddd-" of each line (may be empty)
    EnhancedStatus enhanced;

    [[nodiscard]] int digit() const { return code / 100; } // 2, 3, 4, 5; anything else is invalid
    [[nodiscard]] bool isPositive() const { return digit() == 2; }
    [[nodiscard]] bool isIntermediate() const { return digit() == 3; }
    [[nodiscard]] bool isTransient() const { return digit() == 4; }
    [[nodiscard]] bool isPermanent() const { return digit() == 5; }
    [[nodiscard]] bool hasValidClass() const { return digit() >= 2 && digit() <= 5; }
    // The reply as one line for evidence, control bytes escaped: "421 4.3.2 Busy / try later".
    [[nodiscard]] QString summary() const;
};

// Parses the enhanced status code at the start of a reply text, if there is one.
[[nodiscard]] EnhancedStatus parseEnhancedStatus(const QByteArray &text);

// Assembles replies from lines (without CRLF). Pure: no I/O, no allocation beyond its limits.
class SmtpReplyAssembler
{
public:
    struct Limits
    {
        // RFC 5321 §4.5.3.1.5 needs 512 octets a reply line, RFC 4954 §4 12,288 for AUTH lines.
        int maxLineLength = 16384;
        int maxLines = 200;
        int maxReplyBytes = 64 * 1024;
    };
    enum class Status { NeedMore, Complete, Error };

    SmtpReplyAssembler() = default;
    explicit SmtpReplyAssembler(const Limits &limits)
        : m_limits(limits)
    {}

    Status feedLine(const QByteArray &line);
    // The reply completed by the last feedLine(); the assembler is then ready for the next one.
    [[nodiscard]] SmtpReply takeReply();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isIdle() const { return m_current.lines.isEmpty(); }
    void reset();

private:
    Status fail(const QString &why, const QByteArray &line, int offset);

    Limits m_limits;
    SmtpReply m_current;
    SmtpReply m_done;
    int m_bytes = 0;
    QString m_error;
};

} // namespace Portolan
