#pragma once

#include "net/transcript.h"
#include "protocols/mailcheck.h"
#include "roundtrip.h"
#include "scriptedserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

namespace Portolan {
// QCOMPARE's words for a code: its name.
inline char *toString(Code code)
{
    return qstrdup(codeName(code).data());
}
} // namespace Portolan

// Runs one MailCheck to its end on the test's event loop. Every report it produces must also
// come back unchanged from its JSON (the monitor stores it so): a failure of the test otherwise.
struct CheckRunner
{
    Portolan::CheckOptions options;
    Portolan::Report report;

    CheckRunner()
    {
        options.target.host = QStringLiteral("127.0.0.1");
        options.timeout = std::chrono::milliseconds(1500);
        options.quietDelay = std::chrono::milliseconds(300);
        QFile ca(PortolanTest::certificatePath(QStringLiteral("ca")));
        if (ca.open(QIODevice::ReadOnly))
            options.extraCaCertificates = QSslCertificate::fromData(ca.readAll());
    }

    // False when the check did not finish within `limitMs` (or finished twice).
    bool run(int limitMs = 20000)
    {
        Portolan::MailCheck check(options);
        QSignalSpy finished(&check, &Portolan::MailCheck::finished);
        check.start();
        if (!finished.wait(limitMs))
            return false;
        report = check.report();
        if (const QString lost = PortolanTest::reportRoundTripProblem(report); !lost.isEmpty())
            QTest::qFail(qPrintable(QStringLiteral("the report's JSON round trip: ") + lost),
                         __FILE__, __LINE__);
        // A check that did not fail spoke with a server: its report has the attempt's phases and
        // a greeting (a report written before its attempts were, with only the TLS detail in it,
        // once ranked an unchecked port as working).
        if (report.result() != Portolan::Severity::Error &&
            (report.greeting.isEmpty() || report.phases.size() < 3))
            QTest::qFail("a passing report without the check's own dialogue", __FILE__, __LINE__);
        // exactly one finished(): give a stray second one a chance to show up
        QTest::qWait(20);
        return finished.count() == 1;
    }

    [[nodiscard]] QStringList codes() const
    {
        QStringList out;
        for (const auto &d : report.diagnoses)
            out << Portolan::codeName(d.code);
        return out;
    }

    [[nodiscard]] QString transcriptText() const
    {
        QStringList lines;
        for (const Portolan::TranscriptEntry &e : report.transcript)
            lines << Portolan::Transcript::format(e, false);
        return lines.join(u'\n');
    }
};
