#pragma once

#include "checkrun.h"

#include <QWidget>

class QVBoxLayout;

namespace Portolan {

// The result: a card with the verdict and whose move it is, the settings to type in (each with a
// copy button), the problems most severe first with what the user can do (the admin's part
// folded), every port's outcome, and the ways on: ticket, export, pictures, details.
class ResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);
    void show(const ScanReport &scan, const CheckRequest &request);

Q_SIGNALS:
    void copyTicket();
    void exportReport();
    void explainTls();
    void showRoute();
    void showDetails(int port);
    void newCheck();
    void watchServer();

private:
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace Portolan
