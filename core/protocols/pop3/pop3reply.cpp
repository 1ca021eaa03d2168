#include "pop3reply.h"

#include "net/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString positioned(const QString &why, const QByteArray &line, qsizetype offset)
{
    if (line.isEmpty() && offset == 0)
        return why;
    return u"%1 at offset %2 of \"%3\""_s.arg(why).arg(offset).arg(
        escapeServerText(line.left(200)));
}

// "+OK", "-ERR" or "+", case-insensitive, followed by the end or a space: the text's start.
qsizetype statusEnd(const QByteArray &line, const char *word)
{
    const qsizetype n = qsizetype(qstrlen(word));
    if (line.size() < n || qstrnicmp(line.constData(), word, n) != 0)
        return -1;
    if (line.size() == n)
        return n;
    return line.at(n) == ' ' ? n + 1 : -1;
}

} // namespace

QString Pop3Reply::summary() const
{
    return escapeServerText(line);
}

bool parsePop3StatusLine(const QByteArray &line, Pop3Reply *reply, QString *error)
{
    *reply = {};
    reply->line = line;
    if (const qsizetype nul = line.indexOf('\0'); nul >= 0) {
        *error = positioned(u"a NUL byte"_s, line, nul);
        return false;
    }
    qsizetype textStart = statusEnd(line, "+OK");
    reply->status = Pop3Reply::Status::Ok;
    if (textStart < 0) {
        textStart = statusEnd(line, "-ERR");
        reply->status = Pop3Reply::Status::Err;
    }
    if (textStart < 0) {
        // RFC 5034 §4: "+" SP base64, or a bare "+" for an empty challenge.
        textStart = statusEnd(line, "+");
        if (textStart < 0) {
            *error = positioned(u"a reply must start with +OK, -ERR or \"+ \""_s, line, 0);
            return false;
        }
        reply->status = Pop3Reply::Status::Continuation;
        reply->text = line.mid(textStart);
        return true;
    }
    QByteArray text = line.mid(textStart);
    // RFC 2449 §8: "[" resp-code "]" at the start of the text; resp-code is
    // 1*<any printable but "[]" and space>, "/"-separated levels.
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        const QByteArray code = close > 0 ? text.mid(1, close - 1) : QByteArray();
        const bool valid = !code.isEmpty() && std::all_of(code.cbegin(), code.cend(), [](char c) {
            return c > 0x20 && c < 0x7f && c != '[';
        });
        // Not a code: "[" is just text (RFC 2449 §8 leaves other texts alone).
        if (valid) {
            reply->code = code.toUpper();
            text = text.mid(close + 1);
            if (text.startsWith(' '))
                text.remove(0, 1);
        }
    }
    reply->text = text;
    return true;
}

Pop3ReplyParser::Status Pop3ReplyParser::fail(const QString &why, const QByteArray &line,
                                              qsizetype offset)
{
    m_error = positioned(why, line, offset);
    reset();
    return Status::Error;
}

void Pop3ReplyParser::reset()
{
    m_current = {};
    m_done = {};
    m_inBody = false;
    m_expectMultiLine = false;
    m_bytes = 0;
}

Pop3ReplyParser::Status Pop3ReplyParser::complete()
{
    m_done = std::move(m_current);
    m_current = {};
    m_inBody = false;
    m_expectMultiLine = false;
    m_bytes = 0;
    return Status::Complete;
}

Pop3ReplyParser::Status Pop3ReplyParser::feedLine(const QByteArray &line)
{
    if (line.size() > m_limits.maxLineLength)
        return fail(u"a line longer than %1 bytes"_s.arg(m_limits.maxLineLength), {}, 0);
    m_bytes += line.size() + 2;
    if (m_bytes > m_limits.maxReplyBytes)
        return fail(u"a reply longer than %1 bytes"_s.arg(m_limits.maxReplyBytes), {}, 0);

    if (m_inBody) {
        // RFC 1939 §3: a lone "." ends the body; a leading "." of any other line is stuffing.
        if (line == ".")
            return complete();
        if (m_current.lines.size() >= m_limits.maxLines)
            return fail(u"a multi-line reply of more than %1 lines"_s.arg(m_limits.maxLines), {},
                        0);
        m_current.lines << (line.startsWith('.') ? line.mid(1) : line);
        return Status::NeedMore;
    }
    QString error;
    if (!parsePop3StatusLine(line, &m_current, &error)) {
        m_error = error;
        reset();
        return Status::Error;
    }
    if (m_current.isOk() && m_expectMultiLine) {
        m_inBody = true;
        return Status::NeedMore;
    }
    return complete();
}

Pop3Reply Pop3ReplyParser::takeReply()
{
    Pop3Reply r = std::move(m_done);
    m_done = {};
    return r;
}

} // namespace Portolan
