#include "imapsyntax.h"

#include "net/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr qsizetype LiteralShown = 64;

enum class Marker { None, Literal, TooLarge };

// "{N}" or "{N+}" at the end of `line`: where it starts and N.
Marker literalMarker(const QByteArray &line, qsizetype *start, qint64 *size)
{
    if (!line.endsWith('}'))
        return Marker::None;
    qsizetype i = line.size() - 2;
    if (i >= 0 && line.at(i) == '+')
        --i;
    const qsizetype lastDigit = i;
    while (i >= 0 && line.at(i) >= '0' && line.at(i) <= '9')
        --i;
    if (i < 0 || i == lastDigit || line.at(i) != '{')
        return Marker::None;
    *start = i;
    // More than 18 digits would overflow; anything near that is refused anyway.
    if (lastDigit - i > 18)
        return Marker::TooLarge;
    qint64 n = 0;
    for (qsizetype d = i + 1; d <= lastDigit; ++d)
        n = n * 10 + (line.at(d) - '0');
    *size = n;
    return Marker::Literal;
}

bool isAtomDelimiter(char c)
{
    return c == ' ' || c == '(' || c == ')' || c == '"' || c == '\0';
}

} // namespace

QString syntaxError(const QString &why, const QByteArray &line, qsizetype offset)
{
    if (line.isEmpty() && offset == 0)
        return why;
    return u"%1 at offset %2 of \"%3\""_s.arg(why).arg(offset).arg(
        escapeServerText(line.left(200)));
}

QByteArray FramedResponse::oneLine() const
{
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        out += segments.at(i);
        if (i >= literals.size())
            break;
        const QByteArray &literal = literals.at(i);
        out += '{' + QByteArray::number(literal.size()) + '}' + literal.left(LiteralShown);
        if (literal.size() > LiteralShown)
            out += "...";
    }
    return out;
}

LiteralFramer::Status LiteralFramer::fail(const QString &why, const QByteArray &line,
                                          qsizetype offset)
{
    m_error = syntaxError(why, line, offset);
    reset();
    return Status::Error;
}

void LiteralFramer::reset()
{
    m_current = {};
    m_literalLeft = -1;
    m_bytes = 0;
}

FramedResponse LiteralFramer::take()
{
    FramedResponse r = std::move(m_done);
    m_done = {};
    return r;
}

LiteralFramer::Status LiteralFramer::feedLine(const QByteArray &line)
{
    if (line.size() > m_limits.maxLineLength)
        return fail(u"a line longer than %1 bytes"_s.arg(m_limits.maxLineLength), {}, 0);
    m_bytes += line.size() + 2;
    if (m_bytes > m_limits.maxResponseBytes)
        return fail(u"a response longer than %1 bytes"_s.arg(m_limits.maxResponseBytes), {}, 0);
    if (m_literalLeft < 0)
        return addSegment(line);

    QByteArray &literal = m_current.literals.last();
    const qint64 withEnd = line.size() + 2;
    if (m_literalLeft >= withEnd) {
        literal += line;
        literal += "\r\n";
        m_literalLeft -= withEnd;
        if (m_literalLeft == 0)
            m_literalLeft = -1; // the next line goes on with the response
        return Status::NeedMore;
    }
    // The literal ends inside this line (or on its CR): the rest goes on with the response.
    const qsizetype inLine = qsizetype(qMin<qint64>(m_literalLeft, line.size()));
    literal += line.left(inLine);
    if (m_literalLeft > line.size())
        literal += '\r';
    m_literalLeft = -1;
    return addSegment(line.mid(inLine));
}

LiteralFramer::Status LiteralFramer::addSegment(const QByteArray &text)
{
    qsizetype start = 0;
    qint64 size = 0;
    switch (literalMarker(text, &start, &size)) {
    case Marker::None:
        m_current.segments << text;
        m_done = std::move(m_current);
        m_current = {};
        m_bytes = 0;
        return Status::Complete;
    case Marker::TooLarge:
        return fail(u"a literal of more than %1 bytes announced"_s.arg(m_limits.maxLiteral), text,
                    start);
    case Marker::Literal:
        break;
    }
    if (size > m_limits.maxLiteral) {
        return fail(u"a literal of %1 bytes announced (at most %2 are read)"_s.arg(size).arg(
                        m_limits.maxLiteral),
                    text, start);
    }
    if (m_current.literals.size() >= m_limits.maxLiterals)
        return fail(u"more than %1 literals in one response"_s.arg(m_limits.maxLiterals), text,
                    start);
    m_current.segments << text.left(start);
    m_current.literals << QByteArray();
    m_literalLeft = size > 0 ? size : -1;
    return Status::NeedMore;
}

bool tokenize(const FramedResponse &response, qsizetype offset, QList<ImapToken> *tokens,
              QString *error, int maxDepth, int maxTokens)
{
    int depth = 0;
    const auto add = [&](ImapToken::Type type, QByteArray value, const QByteArray &segment,
                         qsizetype at) {
        if (tokens->size() >= maxTokens) {
            *error = syntaxError(u"more than %1 tokens"_s.arg(maxTokens), segment, at);
            return false;
        }
        tokens->append(ImapToken{type, std::move(value)});
        return true;
    };
    for (qsizetype s = 0; s < response.segments.size(); ++s) {
        const QByteArray &segment = response.segments.at(s);
        qsizetype i = s == 0 ? offset : 0;
        while (i < segment.size()) {
            const char c = segment.at(i);
            if (c == ' ') {
                ++i;
                continue;
            }
            if (c == '\0') {
                *error = syntaxError(u"a NUL byte"_s, segment, i);
                return false;
            }
            if (c == '(') {
                if (++depth > maxDepth) {
                    *error = syntaxError(u"parentheses nested deeper than %1"_s.arg(maxDepth),
                                         segment, i);
                    return false;
                }
                if (!add(ImapToken::Type::ListOpen, {}, segment, i))
                    return false;
                ++i;
                continue;
            }
            if (c == ')') {
                if (--depth < 0) {
                    *error = syntaxError(u"a ')' without its '('"_s, segment, i);
                    return false;
                }
                if (!add(ImapToken::Type::ListClose, {}, segment, i))
                    return false;
                ++i;
                continue;
            }
            if (c == '"') {
                QByteArray value;
                qsizetype j = i + 1;
                bool closed = false;
                while (j < segment.size()) {
                    const char q = segment.at(j);
                    if (q == '\\' && j + 1 < segment.size()) {
                        value += segment.at(j + 1);
                        j += 2;
                    } else if (q == '"') {
                        closed = true;
                        ++j;
                        break;
                    } else if (q == '\0') {
                        *error = syntaxError(u"a NUL byte"_s, segment, j);
                        return false;
                    } else {
                        value += q;
                        ++j;
                    }
                }
                if (!closed) {
                    *error = syntaxError(u"an unterminated quoted string"_s, segment, i);
                    return false;
                }
                if (!add(ImapToken::Type::Quoted, std::move(value), segment, i))
                    return false;
                i = j;
                continue;
            }
            qsizetype j = i;
            while (j < segment.size() && !isAtomDelimiter(segment.at(j)))
                ++j;
            QByteArray atom = segment.mid(i, j - i);
            const qsizetype at = i;
            i = j;
            // "~{N}" is a literal8 (RFC 9051 §4.3.2): the '~' belongs to the literal.
            if (atom == "~" && i == segment.size() && s < response.literals.size())
                continue;
            if (!add(ImapToken::Type::Atom, std::move(atom), segment, at))
                return false;
        }
        if (s < response.literals.size() &&
            !add(ImapToken::Type::Literal, response.literals.at(s), segment, segment.size()))
            return false;
    }
    if (depth != 0) {
        *error = syntaxError(u"%1 unclosed '('"_s.arg(depth), response.segments.value(0), 0);
        return false;
    }
    return true;
}

} // namespace Portolan
