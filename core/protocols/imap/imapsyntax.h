#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

namespace Portolan {

// One response of the IMAP family, framed from its lines: the text around each {N} literal, and
// the literals' octets. segments.size() == literals.size() + 1; segment i ended with the "{N}"
// that announced literal i (the marker itself is not kept).
struct FramedResponse
{
    QByteArrayList segments;
    QByteArrayList literals;

    // The response as one line for evidence: each literal as "{N}" and its first bytes.
    [[nodiscard]] QByteArray oneLine() const;
};

// Frames responses of IMAP (RFC 9051 §4.3, §7.5) and ManageSieve (RFC 5804 §4) from lines
// without their line ends: a line that ends in "{N}" or "{N+}" announces N octets of literal,
// and the response goes on after them. Lines inside a literal count with a CRLF (the transport
// strips it; both RFCs require CRLF). Pure: no I/O, no allocation beyond its limits.
class LiteralFramer
{
public:
    struct Limits
    {
        int maxLineLength = 16384;
        qint64 maxLiteral = 64 * 1024; // sessions pass MailSession::MaxLiteral
        int maxLiterals = 64;          // per response
        qint64 maxResponseBytes = 256 * 1024;
    };
    enum class Status { NeedMore, Complete, Error };

    LiteralFramer() = default;
    explicit LiteralFramer(const Limits &limits)
        : m_limits(limits)
    {}

    Status feedLine(const QByteArray &line);
    // The response completed by the last feedLine(); the framer is then ready for the next one.
    [[nodiscard]] FramedResponse take();
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] bool isIdle() const { return m_current.segments.isEmpty(); }
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    void reset();

private:
    Status fail(const QString &why, const QByteArray &line, qsizetype offset);
    Status addSegment(const QByteArray &text);

    Limits m_limits;
    FramedResponse m_current;
    FramedResponse m_done;
    qint64 m_literalLeft = -1; // octets still owed to the last literal; -1: not in one
    qint64 m_bytes = 0;
    QString m_error;
};

// A lexical token of IMAP or ManageSieve data: an atom (NIL, numbers and flags included), a
// quoted string (unescaped), a literal, or a parenthesis.
struct ImapToken
{
    enum class Type { Atom, Quoted, Literal, ListOpen, ListClose };
    Type type = Type::Atom;
    QByteArray value;

    [[nodiscard]] bool isString() const { return type == Type::Quoted || type == Type::Literal; }
    friend bool operator==(const ImapToken &, const ImapToken &) = default;
};

// The tokens of `response` from `offset` in its first segment on: each literal is the token at
// the end of its segment. On malformed input (an unterminated quoted string, unbalanced or too
// deeply nested parentheses, a NUL, more tokens than `maxTokens`) returns false with `error` set.
[[nodiscard]] bool tokenize(const FramedResponse &response, qsizetype offset,
                            QList<ImapToken> *tokens, QString *error, int maxDepth = 32,
                            int maxTokens = 4096);

// A parse error as evidence: what is wrong, where, and the start of the line, escaped.
[[nodiscard]] QString syntaxError(const QString &why, const QByteArray &line, qsizetype offset);

} // namespace Portolan
