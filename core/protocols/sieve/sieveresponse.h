#pragma once

#include "protocols/imap/imapsyntax.h"

#include <optional>

namespace Portolan {

// One whole ManageSieve response (RFC 5804 §4): a status line "OK" / "NO" / "BYE" with its
// optional response code and text, or a line of strings (a capability, a SASL challenge).
// Strings are quoted or literals; both come out unquoted.
struct SieveResponse
{
    enum class Kind { Ok, No, Bye, Data };

    Kind kind = Kind::Data;
    QByteArray code;              // "(TRYLATER)" → "TRYLATER", upper case
    QByteArrayList codeArguments; // (SASL "dj1...") → ["dj1..."]
    QByteArray text;              // the string after a status, if any
    QByteArrayList strings;       // Data: the line's strings (and atoms), in order
    QByteArray line;              // the response on one line (FramedResponse::oneLine)

    [[nodiscard]] bool isStatus() const { return kind != Kind::Data; }
    // The response for evidence, control bytes escaped.
    [[nodiscard]] QString summary() const;
};

// Assembles ManageSieve responses from lines (without CRLF), literals read by their announced
// size and bounded (Limits::maxLiteral: sessions pass MailSession::MaxLiteral), then parses them.
// Pure: no I/O. A failure is a value: Status::Error and errorText() with the offset and line.
class SieveResponseParser
{
public:
    using Limits = LiteralFramer::Limits;
    enum class Status { NeedMore, Complete, Error };

    SieveResponseParser() = default;
    explicit SieveResponseParser(const Limits &limits)
        : m_framer(limits)
    {}

    Status feedLine(const QByteArray &line);
    // The response completed by the last feedLine(); the parser is then ready for the next one.
    [[nodiscard]] SieveResponse takeResponse();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isIdle() const { return m_framer.isIdle(); }
    void reset() { m_framer.reset(); }

private:
    Status fail(const QString &error);

    LiteralFramer m_framer;
    SieveResponse m_done;
    QString m_error;
};

// Parses one framed response; nullopt with `error` set when it is not valid ManageSieve.
[[nodiscard]] std::optional<SieveResponse> parseSieveResponse(const FramedResponse &framed,
                                                              QString *error);

} // namespace Portolan
