#pragma once

#include "protocols/imap/imapsyntax.h"

#include <optional>

namespace Portolan {

// One whole IMAP server response (RFC 9051 §7): a continuation request, an untagged response or
// the tagged completion of a command, literals included.
struct ImapResponse
{
    enum class Type { Continuation, Untagged, Tagged };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    Type type = Type::Untagged;
    QByteArray tag;               // Tagged: as sent
    Status status = Status::None; // OK, NO, BAD, PREAUTH, BYE; None for data and continuations
    QByteArray code;              // resp-text-code's name, upper case: "CAPABILITY", "REFERRAL"
    QByteArray codeArguments;     // what follows the name inside the brackets
    QByteArray text;              // status responses and continuations: the text for people
    qint64 number = -1;           // "* 23 EXISTS": 23
    QByteArray keyword;           // data responses, upper case: "CAPABILITY", "EXISTS", "LIST"
    QList<ImapToken> data;        // data responses: the tokens after the keyword
    QByteArrayList capabilities;  // of "* CAPABILITY ..." or a [CAPABILITY ...] code, as sent
    QByteArray line;              // the response on one line (FramedResponse::oneLine)

    [[nodiscard]] bool isStatus() const { return status != Status::None; }
    // The response for evidence, control bytes escaped.
    [[nodiscard]] QString summary() const;
};

// Assembles IMAP responses from lines (without CRLF), literals read by their announced size and
// bounded (Limits::maxLiteral: sessions pass MailSession::MaxLiteral), then parses them. Pure:
// no I/O. A failure is a value: Status::Error and errorText() with the offset and the line.
class ImapResponseParser
{
public:
    using Limits = LiteralFramer::Limits;
    enum class Status { NeedMore, Complete, Error };

    ImapResponseParser() = default;
    explicit ImapResponseParser(const Limits &limits)
        : m_framer(limits)
    {}

    Status feedLine(const QByteArray &line);
    // The response completed by the last feedLine(); the parser is then ready for the next one.
    [[nodiscard]] ImapResponse takeResponse();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isIdle() const { return m_framer.isIdle(); }
    void reset() { m_framer.reset(); }

private:
    Status fail(const QString &error);

    LiteralFramer m_framer;
    ImapResponse m_done;
    QString m_error;
};

// Parses one framed response; nullopt with `error` set when it is not valid IMAP.
[[nodiscard]] std::optional<ImapResponse> parseImapResponse(const FramedResponse &framed,
                                                            QString *error);

} // namespace Portolan
