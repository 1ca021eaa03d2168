#pragma once

#include "report.h"

#include <QDateTime>
#include <QString>

// Details the writers (and the JSON reader) share; not for the engine.
namespace Portolan::WriterDetail {

// The time a ticket or an exported report was made: "2025-01-02 03:04 UTC".
inline QString ticketTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A transcript line's direction in JSON (and its mark in text): "C", "S", "*".
inline QString transcriptDirection(TranscriptEntry::Kind k)
{
    switch (k) {
    case TranscriptEntry::Kind::Client:
        return QStringLiteral("C");
    case TranscriptEntry::Kind::Server:
        return QStringLiteral("S");
    case TranscriptEntry::Kind::Event:
        break;
    }
    return QStringLiteral("*");
}

} // namespace Portolan::WriterDetail
