#pragma once

#include <QDateTime>
#include <QString>

// Details the writers share; not for the engine.
namespace Portolan::WriterDetail {

// The time a ticket or an exported report was made: "2025-01-02 03:04 UTC".
inline QString ticketTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace Portolan::WriterDetail
