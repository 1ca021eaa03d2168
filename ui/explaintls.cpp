#include "explaintls.h"

#include "checkrun.h"

#include "icons.h"
#include "phasewords.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portolan {

namespace {

QList<TlsDiagram::Step> implicitSteps()
{
    return {
        {TlsDiagram::tr("connect"), true, false, false, {PhaseId::Connect}},
        {TlsDiagram::tr("TLS handshake"), true, true, false, {PhaseId::TlsHandshake}},
        {TlsDiagram::tr("220 greeting"), false, false, true, {PhaseId::Greeting}},
        {TlsDiagram::tr("EHLO"), true, false, true, {PhaseId::Capabilities}},
        {TlsDiagram::tr("AUTH (password)"), true, false, true, {PhaseId::Auth}},
    };
}

QList<TlsDiagram::Step> startTlsSteps()
{
    return {
        {TlsDiagram::tr("connect"), true, false, false, {PhaseId::Connect}},
        {TlsDiagram::tr("220 greeting"), false, false, false, {PhaseId::Greeting}},
        {TlsDiagram::tr("EHLO"), true, false, false, {PhaseId::Capabilities}},
        {TlsDiagram::tr("STARTTLS"), true, false, false, {PhaseId::StartTls}},
        {TlsDiagram::tr("TLS handshake"), true, true, false, {PhaseId::StartTlsHandshake}},
        {TlsDiagram::tr("EHLO again"), true, false, true, {PhaseId::CapabilitiesAfterTls}},
        {TlsDiagram::tr("AUTH (password)"), true, false, true, {PhaseId::Auth}},
    };
}

} // namespace

TlsDiagram::TlsDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Implicit TLS and STARTTLS compared"));
    setMinimumHeight(360);
}

void TlsDiagram::setReport(const Report *report)
{
    m_hasReport = report != nullptr;
    if (report)
        m_report = *report;
    m_summary.clear();
    if (report) {
        QStringList failed;
        for (const PhaseRecord &ph : report->phases) {
            if (!ph.ok && ph.phase != PhaseId::Resolve)
                failed << tr("%1 failed with %2 (attempt %3)")
                              .arg(phaseTitle(ph), securitySettingWords(ph.security))
                              .arg(ph.attempt);
        }
        m_summary = tr("Your check of port %1 used %2.")
                        .arg(report->target.port)
                        .arg(securitySettingWords(report->effectiveSecurity));
        if (!failed.isEmpty())
            m_summary += u' ' + failed.join(QStringLiteral("; ")) + u'.';
    }
    setAccessibleDescription(m_summary);
    update();
}

QSize TlsDiagram::sizeHint() const
{
    return {760, 420};
}

TlsDiagram::Mark TlsDiagram::markFor(const Step &step, Security mode) const
{
    if (!m_hasReport)
        return Mark::None;
    Mark mark = Mark::None;
    for (const PhaseRecord &ph : m_report.phases) {
        if (ph.security != mode || !step.phases.contains(ph.phase))
            continue;
        mark = ph.ok ? (mark == Mark::Failed ? Mark::Failed : Mark::Passed) : Mark::Failed;
    }
    return mark;
}

void TlsDiagram::paintTimeline(QPainter &p, const QRect &area, const QString &title,
                               const QList<Step> &steps, Security mode)
{
    const QPalette pal = palette();
    const QFontMetrics fm = p.fontMetrics();
    const int top = area.top() + fm.height() * 3;
    const int clientX = area.left() + area.width() / 5;
    const int serverX = area.right() - area.width() / 5;
    const int rowHeight = qMax(fm.height() * 2, (area.bottom() - top) / int(steps.size() + 1));

    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(area.left(), area.top(), area.width(), fm.height() * 3 / 2), Qt::AlignCenter,
               title);
    p.setFont(font());
    p.drawText(QRect(clientX - 60, area.top() + fm.height() * 3 / 2, 120, fm.height()),
               Qt::AlignCenter, tr("your mail app"));
    p.drawText(QRect(serverX - 60, area.top() + fm.height() * 3 / 2, 120, fm.height()),
               Qt::AlignCenter, tr("mail server"));

    // The lock: the part of the dialogue that is encrypted.
    int firstEncrypted = -1;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).encrypted) {
            firstEncrypted = int(i);
            break;
        }
    }
    if (firstEncrypted >= 0) {
        const QRect lock(clientX - 10, top + firstEncrypted * rowHeight - rowHeight / 4,
                         serverX - clientX + 20, int(steps.size() - firstEncrypted) * rowHeight);
        QColor fill = statusColour(Status::Ok, pal);
        fill.setAlpha(40);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(lock, 6, 6);
        p.setPen(statusColour(Status::Ok, pal));
        p.drawText(lock.adjusted(4, 2, -4, -2), Qt::AlignRight | Qt::AlignBottom,
                   tr("encrypted (TLS)"));
    }

    p.setPen(QPen(pal.color(QPalette::Mid), 2));
    p.drawLine(clientX, top - 6, clientX, top + int(steps.size()) * rowHeight);
    p.drawLine(serverX, top - 6, serverX, top + int(steps.size()) * rowHeight);

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        const int y = top + int(i) * rowHeight + rowHeight / 3;
        const Mark mark = markFor(s, mode);
        const QColor colour = mark == Mark::Failed   ? statusColour(Status::Error, pal)
                              : mark == Mark::Passed ? statusColour(Status::Ok, pal)
                                                     : pal.color(QPalette::Text);
        p.setPen(
            QPen(colour, mark == Mark::None ? 1.5 : 2.5, s.both ? Qt::DashLine : Qt::SolidLine));
        const int from = s.fromClient ? clientX : serverX;
        const int to = s.fromClient ? serverX : clientX;
        p.drawLine(from, y, to, y);
        auto head = [&p, &colour](int x, int yy, int dir) {
            QPainterPath a;
            a.moveTo(x, yy);
            a.lineTo(x - 9 * dir, yy - 5);
            a.lineTo(x - 9 * dir, yy + 5);
            a.closeSubpath();
            p.fillPath(a, colour);
        };
        head(to, y, to > from ? 1 : -1);
        if (s.both)
            head(from, y, from > to ? 1 : -1);
        p.setPen(colour);
        QString label = s.label;
        if (mark == Mark::Passed)
            label = QStringLiteral("✓ ") + label;
        else if (mark == Mark::Failed)
            label = QStringLiteral("✗ ") + label + tr(" — failed here");
        p.drawText(QRect(clientX, y - fm.height() - 2, serverX - clientX, fm.height()),
                   Qt::AlignCenter, label);
    }
}

void TlsDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int half = width() / 2;
    paintTimeline(p, QRect(0, 0, half - 8, height()),
                  tr("SSL/TLS — encrypted from the start (465, 993, 995)"), implicitSteps(),
                  Security::Tls);
    paintTimeline(p, QRect(half + 8, 0, half - 8, height()),
                  tr("STARTTLS — starts plain, then encrypts (587, 143, 110)"), startTlsSteps(),
                  Security::StartTls);
}

ExplainTlsPage::ExplainTlsPage(QWidget *parent)
    : QWidget(parent)
    , m_diagram(new TlsDiagram(this))
    , m_yours(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(tr("Two ways to encrypt mail"), content);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Both ways protect your password. They differ in when the encryption starts, so the "
           "setting in your mail app must match the port: \"SSL/TLS\" for 465, 993 and 995; "
           "\"STARTTLS\" for 587, 143 and 110. The wrong one on a port makes the app wait and "
           "then fail, or report \"wrong version number\"."),
        content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_yours->setObjectName(QStringLiteral("yourCheck"));
    m_yours->setWordWrap(true);
    layout->addWidget(m_yours);
    layout->addWidget(m_diagram, 1);
    auto *history = new QLabel(
        tr("Why two? Port 465 was given to SMTP over SSL in 1997 and taken back a year later in "
           "favour of STARTTLS on ports 25 and 587, but mail programs kept using it. In 2018 RFC "
           "8314 made 465 official again for sending, and recommends encryption from the first "
           "byte over STARTTLS. Today both 465 (SSL/TLS) and 587 (STARTTLS) are right — as long "
           "as the app's setting matches the port."),
        content);
    history->setObjectName(QStringLiteral("history465"));
    history->setWordWrap(true);
    layout->addWidget(history);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

void ExplainTlsPage::setReport(const Report *report)
{
    m_diagram->setReport(report);
    m_yours->setText(report ? m_diagram->summary()
                            : tr("Run a check to see your own connection drawn over the picture."));
}

} // namespace Portolan
