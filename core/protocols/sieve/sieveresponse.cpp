#include "sieveresponse.h"

#include "net/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString SieveResponse::summary() const
{
    return escapeServerText(line);
}

std::optional<SieveResponse> parseSieveResponse(const FramedResponse &framed, QString *error)
{
    const QByteArray first = framed.segments.value(0);
    const auto bad = [&](const QString &why) {
        *error = syntaxError(why, first, 0);
        return std::nullopt;
    };
    QList<ImapToken> tokens;
    if (!tokenize(framed, 0, &tokens, error))
        return std::nullopt;
    if (tokens.isEmpty())
        return bad(u"an empty response"_s);

    SieveResponse r;
    r.line = framed.oneLine();
    const ImapToken &head = tokens.constFirst();
    const QByteArray word =
        head.type == ImapToken::Type::Atom ? head.value.toUpper() : QByteArray();
    if (word == "OK" || word == "NO" || word == "BYE") {
        // response-* = ("OK" / "NO" / "BYE") [SP "(" resp-code ")"] [SP string] CRLF
        r.kind = word == "OK"   ? SieveResponse::Kind::Ok
                 : word == "NO" ? SieveResponse::Kind::No
                                : SieveResponse::Kind::Bye;
        qsizetype i = 1;
        if (i < tokens.size() && tokens.at(i).type == ImapToken::Type::ListOpen) {
            ++i;
            if (i >= tokens.size() || tokens.at(i).type != ImapToken::Type::Atom)
                return bad(u"a response code without a name"_s);
            r.code = tokens.at(i).value.toUpper();
            ++i;
            // Its arguments: strings and atoms, nested lists (extension data) flattened.
            for (int depth = 1; depth > 0; ++i) {
                if (i >= tokens.size())
                    return bad(u"a response code without its ')'"_s);
                const ImapToken &t = tokens.at(i);
                if (t.type == ImapToken::Type::ListOpen)
                    ++depth;
                else if (t.type == ImapToken::Type::ListClose)
                    --depth;
                else
                    r.codeArguments << t.value;
            }
        }
        if (i < tokens.size()) {
            if (!tokens.at(i).isString())
                return bad(u"the text of a response must be a string"_s);
            r.text = tokens.at(i).value;
            ++i;
        }
        if (i < tokens.size())
            return bad(u"more after the text of a response"_s);
        return r;
    }
    // A line of data: string *(SP (string / atom)), e.g. "SASL" "PLAIN" or "script" ACTIVE.
    if (!head.isString())
        return bad(u"neither OK, NO, BYE nor a string"_s);
    for (const ImapToken &t : std::as_const(tokens)) {
        if (t.type == ImapToken::Type::ListOpen || t.type == ImapToken::Type::ListClose)
            return bad(u"a parenthesis in a line of strings"_s);
        r.strings << t.value;
    }
    return r;
}

SieveResponseParser::Status SieveResponseParser::fail(const QString &error)
{
    m_error = error;
    m_framer.reset();
    m_done = {};
    return Status::Error;
}

SieveResponseParser::Status SieveResponseParser::feedLine(const QByteArray &line)
{
    switch (m_framer.feedLine(line)) {
    case LiteralFramer::Status::NeedMore:
        return Status::NeedMore;
    case LiteralFramer::Status::Error:
        return fail(m_framer.errorText());
    case LiteralFramer::Status::Complete:
        break;
    }
    QString error;
    std::optional<SieveResponse> r = parseSieveResponse(m_framer.take(), &error);
    if (!r)
        return fail(error);
    m_done = std::move(*r);
    return Status::Complete;
}

SieveResponse SieveResponseParser::takeResponse()
{
    SieveResponse r = std::move(m_done);
    m_done = {};
    return r;
}

} // namespace Portolan
