#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Portolan {

class CheckRun;

// One row per port as the checks run: an icon, the port and mode in plain words, the phase it is
// in, and the moment its port is decided how it did, in one short phrase; how long the check has
// been waiting. Nothing blocks; Cancel always works.
class LivePage : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(QWidget *parent = nullptr);
    void follow(CheckRun *run);

Q_SIGNALS:
    void cancelRequested();

private:
    void updateRow(int row);
    void tick();

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    QTreeWidget *m_rows = nullptr;
    QPushButton *m_cancel = nullptr;
    CheckRun *m_run = nullptr;
};

} // namespace Portolan
