#include "smtpreply.h"

#include "net/escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return u"%1.%2.%3"_s.arg(klass).arg(subject).arg(detail);
}

QString SmtpReply::summary() const
{
    QString out = QString::number(code);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += i == 0 ? u" "_s : u" / "_s;
        out += escapeServerText(lines.at(i));
    }
    return out;
}

EnhancedStatus parseEnhancedStatus(const QByteArray &text)
{
    // class "." subject "." detail, with class 2, 4 or 5 and 1-3 digits each (RFC 3463 §2).
    EnhancedStatus status;
    int parts[3] = {0, 0, 0};
    qsizetype i = 0;
    for (int part = 0; part < 3; ++part) {
        const qsizetype start = i;
        while (i < text.size() && i - start < 4 && text.at(i) >= '0' && text.at(i) <= '9') {
            parts[part] = parts[part] * 10 + (text.at(i) - '0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || (part == 0 && digits != 1))
            return status;
        if (part < 2) {
            if (i >= text.size() || text.at(i) != '.')
                return status;
            ++i;
        }
    }
    if (i < text.size() && text.at(i) != ' ')
        return status;
    if (parts[0] != 2 && parts[0] != 4 && parts[0] != 5)
        return status;
    status.klass = parts[0];
    status.subject = parts[1];
    status.detail = parts[2];
    return status;
}

SmtpReplyAssembler::Status SmtpReplyAssembler::fail(const QString &why, const QByteArray &line,
                                                    int offset)
{
    m_error =
        u"%1 at offset %2 of \"%3\""_s.arg(why).arg(offset).arg(escapeServerText(line.left(200)));
    reset();
    return Status::Error;
}

SmtpReplyAssembler::Status SmtpReplyAssembler::feedLine(const QByteArray &line)
{
    if (line.size() > m_limits.maxLineLength)
        return fail(u"reply line longer than %1 bytes"_s.arg(m_limits.maxLineLength), {}, 0);
    m_bytes += int(line.size()) + 2;
    if (m_bytes > m_limits.maxReplyBytes)
        return fail(u"reply longer than %1 bytes"_s.arg(m_limits.maxReplyBytes), {}, 0);
    if (m_current.lines.size() >= m_limits.maxLines)
        return fail(u"reply of more than %1 lines"_s.arg(m_limits.maxLines), {}, 0);

    if (line.size() < 3)
        return fail(u"reply line shorter than a code"_s, line, 0);
    int code = 0;
    for (int i = 0; i < 3; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return fail(u"reply code is not three digits"_s, line, i);
        code = code * 10 + (c - '0');
    }
    bool last = true;
    QByteArray text;
    if (line.size() > 3) {
        const char sep = line.at(3);
        if (sep == '-')
            last = false;
        else if (sep != ' ')
            return fail(u"expected a space or '-' after the reply code"_s, line, 3);
        text = line.mid(4);
    }
    if (!m_current.lines.isEmpty() && code != m_current.code)
        return fail(u"reply code changed from %1 in a multi-line reply"_s.arg(m_current.code), line,
                    0);
    m_current.code = code;
    m_current.lines << text;
    if (!last)
        return Status::NeedMore;

    m_current.enhanced = parseEnhancedStatus(m_current.lines.constFirst());
    m_done = std::move(m_current);
    m_current = {};
    m_bytes = 0;
    return Status::Complete;
}

SmtpReply SmtpReplyAssembler::takeReply()
{
    SmtpReply r = std::move(m_done);
    m_done = {};
    return r;
}

void SmtpReplyAssembler::reset()
{
    m_current = {};
    m_bytes = 0;
}

} // namespace Portolan
