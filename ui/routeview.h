#pragma once

#include "advisor/portscan.h"
#include "icons.h"

#include <QGraphicsView>
#include <QWidget>

class QGraphicsScene;
class QLabel;

namespace Portolan {

// The mail route: mail app → 465/587 → your server → 25 → the recipient's server, and IMAP/POP3
// back to the mail app. Each port node and each edge takes the colour, icon and word of the
// checks just run; the failing hop is drawn thick and dashed with its verdict; a click on a port
// explains it. The layout comes from resources/route.json.
class RouteView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit RouteView(QWidget *parent = nullptr);
    void setScan(const ScanReport *scan);
    [[nodiscard]] bool saveSvg(const QString &file);
    [[nodiscard]] bool savePng(const QString &file);
    // What a node stands for and how its ports did, in words.
    [[nodiscard]] QString explain(const QString &node) const;
    [[nodiscard]] QStringList nodeIds() const;
    [[nodiscard]] Status nodeStatus(const QString &node) const;
    // The words on a node: "Sending: 3587" names the ports that were checked.
    [[nodiscard]] QString nodeTitle(const QString &node) const;
    // Everything the box says: its title, how many of its ports work and each port's outcome.
    [[nodiscard]] QString nodeLabel(const QString &node) const;

Q_SIGNALS:
    void nodeClicked(const QString &explanation);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Node
    {
        QString id;
        bool port = false;
        QPointF grid;
        Protocol protocol = Protocol::Smtp;
        QList<quint16> ports;
    };
    void rebuild();
    [[nodiscard]] QString title(const Node &node) const;
    [[nodiscard]] QString label(const Node &node) const;
    void fit();
    [[nodiscard]] QList<const PortAdvice *> checked(const Node &node) const;

    QGraphicsScene *m_scene = nullptr;
    QList<Node> m_nodes;
    QList<std::pair<QString, QString>> m_edges;
    ScanReport m_scan;
    bool m_hasScan = false;
};

// The page around it: the picture, the explanation of what was clicked, the save buttons.
class RoutePage : public QWidget
{
    Q_OBJECT
public:
    explicit RoutePage(QWidget *parent = nullptr);
    void setScan(const ScanReport *scan);
    [[nodiscard]] RouteView *view() const { return m_view; }

Q_SIGNALS:
    // "Ports your server needs": the route as an answer (each port, its use, its firewall rule).
    void showPorts();

private:
    RouteView *m_view = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace Portolan
