#pragma once

#include "checkrun.h"

#include <QWidget>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Portolan {

// The result: a card with the verdict and whose move it is, the settings to type in (each with a
// copy button), the problems most severe first with what the user can do (the admin's part
// folded), every port's outcome, and the ways on: ticket, export, pictures, details.
// A check of a whole server (several ports) is the admin's view: the card speaks of the host,
// and every problem of every port is listed, grouped by port, worst port first, with its fix.
// An account that works leads with the settings; what only the admin can fix is folded below.
class ResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);
    // Opens at the top, the verdict in view.
    void show(const ScanReport &scan, const CheckRequest &request);
    // The result shown (a copy).
    [[nodiscard]] const ScanReport &scan() const { return m_scan; }

Q_SIGNALS:
    void copyTicket();
    void exportReport();
    void explainTls();
    void showRoute();
    void showPorts();
    void showDetails(int port);
    void newCheck();
    void watchServer();
    // Something went to the clipboard; `what` says what, for the status bar.
    void copied(const QString &what);

protected:
    // Page Up/Down, Home and End scroll the result wherever the focus is on the page.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addProblem(QWidget *parent, QLayout *list, const ScanReport &scan,
                    const PortAdvice &advice, const Diagnosis &d, bool forAdmin);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_ports = nullptr;
    ScanReport m_scan;
};

} // namespace Portolan
