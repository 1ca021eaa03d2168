#include "imapresponse.h"

#include "net/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// ATOM-CHAR (RFC 9051 §9): printable ASCII except the atom-specials. resp-specials (']') is
// allowed in tags (ASTRING-CHAR) but not in keywords.
bool isAtomChar(char c)
{
    return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*' &&
           c != '"' && c != '\\' && c != ']';
}

ImapResponse::Status statusOf(const QByteArray &word)
{
    if (word == "OK")
        return ImapResponse::Status::Ok;
    if (word == "NO")
        return ImapResponse::Status::No;
    if (word == "BAD")
        return ImapResponse::Status::Bad;
    if (word == "PREAUTH")
        return ImapResponse::Status::PreAuth;
    if (word == "BYE")
        return ImapResponse::Status::Bye;
    return ImapResponse::Status::None;
}

// The word of `line` that starts at `from`, up to the next space.
QByteArray wordAt(const QByteArray &line, qsizetype from, qsizetype *end)
{
    qsizetype e = line.indexOf(' ', from);
    if (e < 0)
        e = line.size();
    *end = e;
    return line.mid(from, e - from);
}

QByteArrayList splitAtoms(const QByteArray &text)
{
    QByteArrayList out;
    for (const QByteArray &a : text.split(' ')) {
        if (!a.isEmpty())
            out << a;
    }
    return out;
}

} // namespace

QString ImapResponse::summary() const
{
    return escapeServerText(line);
}

std::optional<ImapResponse> parseImapResponse(const FramedResponse &framed, QString *error)
{
    const QByteArray first = framed.segments.value(0);
    const auto bad = [&](const QString &why, const QByteArray &where, qsizetype at) {
        *error = syntaxError(why, where, at);
        return std::nullopt;
    };
    for (const QByteArray &segment : framed.segments) {
        if (const qsizetype nul = segment.indexOf('\0'); nul >= 0)
            return bad(u"a NUL byte"_s, segment, nul);
    }
    ImapResponse r;
    r.line = framed.oneLine();

    qsizetype end = 0;
    const QByteArray tag = wordAt(first, 0, &end);
    if (tag.isEmpty())
        return bad(u"an empty response line or tag"_s, first, 0);
    if (tag == "*") {
        r.type = ImapResponse::Type::Untagged;
    } else {
        for (qsizetype i = 0; i < tag.size(); ++i) {
            if ((!isAtomChar(tag.at(i)) && tag.at(i) != ']') || tag.at(i) == '+')
                return bad(u"not a tag, nor '*' or '+'"_s, first, i);
        }
        r.type = ImapResponse::Type::Tagged;
        r.tag = tag;
    }
    if (end >= first.size())
        return bad(u"nothing after the tag"_s, first, end);

    QByteArray word = wordAt(first, end + 1, &end);
    if (r.type == ImapResponse::Type::Untagged && !word.isEmpty() &&
        std::all_of(word.cbegin(), word.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // "* 23 EXISTS" (RFC 9051 §7.4): a 32-bit number, then the keyword.
        if (word.size() > 10 || word.toLongLong() > 0xffffffffLL)
            return bad(u"a number larger than 32 bits"_s, first, end - word.size());
        r.number = word.toLongLong();
        if (end >= first.size())
            return bad(u"a number without a keyword"_s, first, end);
        word = wordAt(first, end + 1, &end);
    }
    if (word.isEmpty())
        return bad(u"expected a response keyword"_s, first, end);
    const QByteArray upper = word.toUpper();
    if (r.number < 0)
        r.status = statusOf(upper);

    if (r.isStatus()) {
        if (r.type == ImapResponse::Type::Tagged && r.status != ImapResponse::Status::Ok &&
            r.status != ImapResponse::Status::No && r.status != ImapResponse::Status::Bad)
            return bad(u"a tagged response must be OK, NO or BAD"_s, first, end - word.size());
        // resp-text = ["[" resp-text-code "]" SP] [text]; the text may be missing (RFC 9051 §9).
        qsizetype pos = qMin(end + 1, first.size());
        if (pos < first.size() && first.at(pos) == '[') {
            const qsizetype close = first.indexOf(']', pos);
            if (close < 0)
                return bad(u"a response code without its ']'"_s, first, pos);
            const QByteArray inside = first.mid(pos + 1, close - pos - 1);
            qsizetype nameEnd = 0;
            const QByteArray name = wordAt(inside, 0, &nameEnd);
            if (name.isEmpty() || !std::all_of(name.cbegin(), name.cend(), isAtomChar))
                return bad(u"not a response code"_s, first, pos + 1);
            r.code = name.toUpper();
            r.codeArguments = inside.mid(nameEnd + 1);
            if (r.code == "CAPABILITY")
                r.capabilities = splitAtoms(r.codeArguments);
            pos = close + 1;
            if (pos < first.size() && first.at(pos) == ' ')
                ++pos;
        }
        // Text is not where literals belong, but one there is read as text, not as a command.
        r.text = first.mid(pos);
        for (qsizetype i = 0; i < framed.literals.size(); ++i)
            r.text += framed.literals.at(i) + framed.segments.value(i + 1);
        return r;
    }
    if (r.type == ImapResponse::Type::Tagged)
        return bad(u"a tagged response must be OK, NO or BAD"_s, first, end - word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (!isAtomChar(word.at(i)))
            return bad(u"not a response keyword"_s, first, end - word.size() + i);
    }
    r.keyword = upper;
    if (!tokenize(framed, end, &r.data, error))
        return std::nullopt;
    if (r.keyword == "CAPABILITY" && r.number < 0) {
        for (const ImapToken &t : std::as_const(r.data)) {
            if (t.type != ImapToken::Type::Atom)
                return bad(u"a capability that is not an atom"_s, first, end);
            r.capabilities << t.value;
        }
    }
    return r;
}

ImapResponseParser::Status ImapResponseParser::fail(const QString &error)
{
    m_error = error;
    m_framer.reset();
    m_done = {};
    return Status::Error;
}

ImapResponseParser::Status ImapResponseParser::feedLine(const QByteArray &line)
{
    if (m_framer.isIdle() && line.startsWith('+')) {
        // A continuation request is one line (RFC 9051 §7.5): "+" SP (resp-text / base64). A
        // "{N}" at its end is text, so a hostile "+ {999999999}" swallows nothing.
        if (line.size() > m_framer.limits().maxLineLength)
            return fail(u"a line longer than %1 bytes"_s.arg(m_framer.limits().maxLineLength));
        if (line.size() > 1 && line.at(1) != ' ')
            return fail(syntaxError(u"expected a space after '+'"_s, line, 1));
        if (const qsizetype nul = line.indexOf('\0'); nul >= 0)
            return fail(syntaxError(u"a NUL byte"_s, line, nul));
        m_done = {};
        m_done.type = ImapResponse::Type::Continuation;
        m_done.text = line.mid(2);
        m_done.line = line;
        return Status::Complete;
    }
    switch (m_framer.feedLine(line)) {
    case LiteralFramer::Status::NeedMore:
        return Status::NeedMore;
    case LiteralFramer::Status::Error:
        return fail(m_framer.errorText());
    case LiteralFramer::Status::Complete:
        break;
    }
    QString error;
    std::optional<ImapResponse> r = parseImapResponse(m_framer.take(), &error);
    if (!r)
        return fail(error);
    m_done = std::move(*r);
    return Status::Complete;
}

ImapResponse ImapResponseParser::takeResponse()
{
    ImapResponse r = std::move(m_done);
    m_done = {};
    return r;
}

} // namespace Portolan
