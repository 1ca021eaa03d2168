#pragma once

#include "advisor/mailports.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace Portolan {

// "Ports your server needs": each port a mail server may need, what it is for, who connects to
// it, how it did in the last check (icon, word and colour), and the nftables, ufw and firewalld
// lines that open it, each with a copy button, and every rule of one firewall at once.
class PortsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PortsPage(QWidget *parent = nullptr);
    // The last check (copied); null or empty: nothing checked yet.
    void setScan(const ScanReport *scan);
    [[nodiscard]] const QList<PortNeed> &needs() const { return m_needs; }

Q_SIGNALS:
    // Something went to the clipboard; `what` says what, for the status bar.
    void copied(const QString &what);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();

    QLabel *m_intro = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    ScanReport m_scan;
    QList<PortNeed> m_needs;
};

} // namespace Portolan
