#pragma once

#include "report/report.h"

#include <QWidget>

class QLabel;

namespace Portolan {

// Two timelines side by side, client and server as columns and the messages as arrows: implicit
// TLS (handshake first, then the greeting inside the lock) and STARTTLS (greeting and EHLO in
// the open, STARTTLS, handshake, EHLO again inside the lock). The user's own check is drawn over
// the timeline it used: the steps it got through ticked, the step where it failed crossed.
class TlsDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit TlsDiagram(QWidget *parent = nullptr);
    // The check to draw over the pictures; none: the pictures alone.
    void setReport(const Report *report);
    [[nodiscard]] QSize sizeHint() const override;
    // What the picture says about the user's check, in words (also its accessible description).
    [[nodiscard]] QString summary() const { return m_summary; }

protected:
    void paintEvent(QPaintEvent *event) override;

public:
    struct Step
    {
        QString label;
        bool fromClient = true;
        bool both = false;      // the handshake: both ways
        bool encrypted = false; // inside the lock
        QList<PhaseId> phases;  // the phases of a report this step stands for
    };
    enum class Mark { None, Passed, Failed };

private:
    void paintTimeline(QPainter &p, const QRect &area, const QString &title,
                       const QList<Step> &steps, Security mode);
    [[nodiscard]] Mark markFor(const Step &step, Security mode) const;

    Report m_report;
    bool m_hasReport = false;
    QString m_summary;
};

// The "Explain TLS" page: the pictures, what they mean, and port 465's history in three sentences.
class ExplainTlsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainTlsPage(QWidget *parent = nullptr);
    void setReport(const Report *report);
    [[nodiscard]] TlsDiagram *diagram() const { return m_diagram; }

private:
    TlsDiagram *m_diagram = nullptr;
    QLabel *m_yours = nullptr;
};

} // namespace Portolan
