#include "transcript.h"

#include "escape.h"

using namespace Qt::StringLiterals;

namespace Portolan {

void Transcript::client(const QByteArray &line)
{
    // Our own lines are ASCII we built, but escape anyway: a user-supplied address could hold
    // anything.
    m_entries.append({TranscriptEntry::Kind::Client, elapsedMs(), escapeServerText(line)});
}

void Transcript::clientRedacted(const QString &shownAs)
{
    m_entries.append({TranscriptEntry::Kind::Client, elapsedMs(), shownAs});
}

void Transcript::server(const QByteArray &line)
{
    m_entries.append({TranscriptEntry::Kind::Server, elapsedMs(), escapeServerText(line)});
}

void Transcript::event(const QString &text)
{
    m_entries.append({TranscriptEntry::Kind::Event, elapsedMs(), text});
}

QString Transcript::format(const TranscriptEntry &entry, bool withTime)
{
    QString prefix;
    switch (entry.kind) {
    case TranscriptEntry::Kind::Client:
        prefix = u"C: "_s;
        break;
    case TranscriptEntry::Kind::Server:
        prefix = u"S: "_s;
        break;
    case TranscriptEntry::Kind::Event:
        prefix = u"*  "_s;
        break;
    }
    if (!withTime)
        return prefix + entry.text;
    return u"%1 "_s.arg(QString::number(entry.ms) + u" ms"_s, 8) + prefix + entry.text;
}

} // namespace Portolan
