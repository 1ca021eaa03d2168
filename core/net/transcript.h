#pragma once

#include "report/report.h"

#include <QElapsedTimer>

namespace Portolan {

// The dialogue as it happened: what the client sent (C:), what the server sent (S:), and events
// (*), each with milliseconds since the check started. Server text is escaped on the way in and
// sensitive client lines are replaced where they are written, never afterwards.
class Transcript
{
public:
    void start() { m_clock.start(); }
    // Several attempts of one check share the check's clock.
    void setClock(const QElapsedTimer &clock) { m_clock = clock; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

    void client(const QByteArray &line);
    void clientRedacted(const QString &shownAs);
    void server(const QByteArray &line);
    void event(const QString &text);

    [[nodiscard]] const QList<TranscriptEntry> &entries() const { return m_entries; }

    // "C: EHLO x" / "S: 250 ok" / "* TLS established", with the time, one line an entry.
    [[nodiscard]] static QString format(const TranscriptEntry &entry, bool withTime = true);

private:
    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
};

} // namespace Portolan
