#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Portolan {

class CheckRun;

// One row per port as the checks run: an icon, the port and mode in plain words, the phase it is
// in, and when done one short phrase. Nothing blocks; Cancel always works.
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

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_rows = nullptr;
    QPushButton *m_cancel = nullptr;
    CheckRun *m_run = nullptr;
};

} // namespace Portolan
