#include "livepage.h"

#include "checkrun.h"
#include "icons.h"
#include "phasewords.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portolan {

LivePage::LivePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_rows(new QTreeWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    layout->addWidget(m_elapsed);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &LivePage::tick);
    m_rows->setObjectName(QStringLiteral("liveRows"));
    m_rows->setAccessibleName(tr("Checks in progress"));
    m_rows->setRootIsDecorated(false);
    m_rows->setHeaderLabels({tr("Port"), tr("Now"), tr("Result")});
    m_rows->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rows->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rows->header()->setStretchLastSection(true);
    m_rows->setUniformRowHeights(true);
    layout->addWidget(m_rows, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel->setObjectName(QStringLiteral("cancel"));
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &LivePage::cancelRequested);
}

void LivePage::follow(CheckRun *run)
{
    m_run = run;
    m_rows->clear();
    m_title->setText(tr("Checking %1…").arg(run->request().host));
    m_note->setText(tr("Each port is tried at once; a port that does not answer takes up to %n "
                       "seconds per step.",
                       nullptr, run->request().timeoutSeconds));
    m_cancel->setEnabled(true);
    for (qsizetype i = 0; i < run->rows().size(); ++i) {
        new QTreeWidgetItem(m_rows);
        updateRow(int(i));
    }
    connect(run, &CheckRun::rowChanged, this, &LivePage::updateRow);
    connect(run, &CheckRun::finished, this, [this] {
        m_cancel->setEnabled(false);
        m_tick->stop();
        tick();
    });
    m_clock.start();
    m_tick->start();
    tick();
    m_cancel->setFocus();
}

void LivePage::tick()
{
    const int seconds = int(m_clock.elapsed() / 1000);
    int open = 0;
    for (const CheckRun::Row &r : m_run->rows())
        open += !r.done;
    m_elapsed->setText(
        open == 0   ? tr("Done after %1 s.").arg(seconds)
        : open == 1 ? tr("%1 s so far; 1 port still being checked.").arg(seconds)
                    : tr("%1 s so far; %2 ports still being checked.").arg(seconds).arg(open));
}

void LivePage::updateRow(int row)
{
    if (!m_run || row >= m_rows->topLevelItemCount())
        return;
    const CheckRun::Row &r = m_run->rows().at(row);
    QTreeWidgetItem *item = m_rows->topLevelItem(row);
    const Status status = r.done && !r.summary.isEmpty() ? statusOf(r.result) : Status::Pending;
    item->setIcon(0, statusIcon(status, palette()));
    // Once decided, the mode the port really speaks; before, the one asked for (if any).
    const Security mode = r.done && r.security != Security::Auto ? r.security
                          : m_run->request().port                ? m_run->request().security
                                                                 : Security::Auto;
    item->setText(0, portWords(r.target, mode));
    QString now;
    if (r.done && !r.summary.isEmpty())
        now = statusWord(status);
    else if (r.done)
        now = QCoreApplication::translate("Portolan", "done");
    else if (r.phase)
        now = phaseWords(*r.phase);
    else
        now = QCoreApplication::translate("Portolan", "waiting…");
    item->setText(1, now);
    item->setText(2, r.summary);
    if (r.done)
        tick(); // the count of open ports changes now, not at the next second
    item->setToolTip(2, r.summary);
}

} // namespace Portolan
