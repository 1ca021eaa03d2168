#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Portolan {

// One whole POP3 reply (RFC 1939 §3): "+OK" or "-ERR" with its text, the body of a multi-line
// reply (dot-stuffing undone, without the final "."), or a SASL continuation "+ " (RFC 5034 §4).
struct Pop3Reply
{
    enum class Status { Ok, Err, Continuation };

    Status status = Status::Err;
    QByteArray code; // the extended response code (RFC 2449 §8), upper case: "IN-USE", "SYS/TEMP"
    QByteArray text; // the text after the status (and the code); a continuation's base64
    QByteArrayList lines; // a multi-line reply's body
    QByteArray line;      // the status line as sent

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    [[nodiscard]] bool isErr() const { return status == Status::Err; }
    [[nodiscard]] bool isContinuation() const { return status == Status::Continuation; }
    // The status line for evidence, control bytes escaped.
    [[nodiscard]] QString summary() const;
};

// Assembles POP3 replies from lines (without CRLF). POP3 cannot tell a multi-line reply by its
// looks: the caller says expectMultiLine() before the command whose "+OK" opens a list (CAPA).
// Pure: no I/O, no allocation beyond its limits; a failure is a value with the line and offset.
class Pop3ReplyParser
{
public:
    struct Limits
    {
        // RFC 2449 §4: 512 octets a status line; SASL continuations (RFC 5034) can be longer.
        int maxLineLength = 16384;
        int maxLines = 200; // of a multi-line body
        qint64 maxReplyBytes = 64 * 1024;
    };
    enum class Status { NeedMore, Complete, Error };

    Pop3ReplyParser() = default;
    explicit Pop3ReplyParser(const Limits &limits)
        : m_limits(limits)
    {}

    // The next reply's "+OK" is followed by lines up to a lone ".". A "-ERR" is still one line.
    void expectMultiLine() { m_expectMultiLine = true; }
    Status feedLine(const QByteArray &line);
    // The reply completed by the last feedLine(); the parser then expects a one-line reply.
    [[nodiscard]] Pop3Reply takeReply();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isIdle() const { return !m_inBody; }
    void reset();

private:
    Status fail(const QString &why, const QByteArray &line, qsizetype offset);
    Status complete();

    Limits m_limits;
    Pop3Reply m_current;
    Pop3Reply m_done;
    bool m_expectMultiLine = false;
    bool m_inBody = false;
    qint64 m_bytes = 0;
    QString m_error;
};

// Parses one status line into `reply`; false with `error` set when it is not a POP3 status.
[[nodiscard]] bool parsePop3StatusLine(const QByteArray &line, Pop3Reply *reply, QString *error);

} // namespace Portolan
