#include "routeview.h"

#include "advisor/mailports.h"

#include "checkrun.h"

#include <QFile>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {
constexpr double NodeWidth = 170;
constexpr double NodeHeight = 64;
constexpr double GapX = 60;
constexpr double GapY = 36;
} // namespace

RouteView::RouteView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("The mail route"));
    setMinimumHeight(320);
    QFile file(QStringLiteral(":/portolan/route.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : root.value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject o = v.toObject();
            Node n;
            n.id = o.value(QStringLiteral("id")).toString();
            n.port = o.value(QStringLiteral("kind")).toString() == QLatin1StringView("port");
            n.grid = QPointF(o.value(QStringLiteral("x")).toDouble(),
                             o.value(QStringLiteral("y")).toDouble());
            n.protocol = protocolFromName(o.value(QStringLiteral("protocol")).toString())
                             .value_or(Protocol::Smtp);
            for (const QJsonValue &p : o.value(QStringLiteral("ports")).toArray())
                n.ports << quint16(p.toInt());
            m_nodes << n;
        }
        for (const QJsonValue &v : root.value(QStringLiteral("edges")).toArray())
            m_edges << std::make_pair(v.toObject().value(QStringLiteral("from")).toString(),
                                      v.toObject().value(QStringLiteral("to")).toString());
    }
    rebuild();
}

QStringList RouteView::nodeIds() const
{
    QStringList ids;
    for (const Node &n : m_nodes)
        ids << n.id;
    return ids;
}

void RouteView::setScan(const ScanReport *scan)
{
    m_hasScan = scan != nullptr;
    if (scan)
        m_scan = *scan;
    rebuild();
}

QString RouteView::title(const Node &n) const
{
    if (n.id == QLatin1StringView("app"))
        return tr("Your mail app");
    if (n.id == QLatin1StringView("server"))
        return m_hasScan ? tr("Your mail server\n%1").arg(m_scan.host) : tr("Your mail server");
    if (n.id == QLatin1StringView("recipient"))
        return tr("The recipient's server");
    // The ports actually checked ("Sending: 3587"); the usual ones before a check, or when none of
    // this kind was checked.
    QStringList ports;
    for (const PortAdvice *a : checked(n)) {
        if (!ports.contains(QString::number(a->target.port)))
            ports << QString::number(a->target.port);
    }
    if (ports.isEmpty()) {
        for (const quint16 p : n.ports) {
            if (p != 2525) // an alternative some providers use, not one to name
                ports << QString::number(p);
        }
    }
    const QString list = ports.join(QStringLiteral(" / "));
    if (n.id == QLatin1StringView("submission"))
        return tr("Sending: %1").arg(list);
    if (n.id == QLatin1StringView("mx"))
        return tr("Server to server: %1").arg(list);
    if (n.id == QLatin1StringView("imap"))
        return tr("IMAP: %1").arg(list);
    if (n.id == QLatin1StringView("pop3"))
        return tr("POP3: %1").arg(list);
    return n.id;
}

QString RouteView::label(const Node &n) const
{
    QString text = title(n);
    if (!n.port || !m_hasScan)
        return text;
    const QList<const PortAdvice *> ports = checked(n);
    if (ports.isEmpty())
        return text + u'\n' + tr("not checked");
    const auto works =
        std::count_if(ports.cbegin(), ports.cend(), [](const PortAdvice *a) { return a->works; });
    text += u'\n' + tr("works: %1 of %2").arg(works).arg(ports.size());
    for (const PortAdvice *a : ports) {
        const Status s = a->works ? statusOf(a->report.result()) : Status::Error;
        text += u'\n' + tr("%1: %2").arg(a->target.port).arg(statusWord(s));
    }
    return text;
}

QString RouteView::nodeLabel(const QString &id) const
{
    for (const Node &n : m_nodes) {
        if (n.id == id)
            return label(n);
    }
    return {};
}

QString RouteView::nodeTitle(const QString &id) const
{
    for (const Node &n : m_nodes) {
        if (n.id == id)
            return title(n);
    }
    return {};
}

QList<const PortAdvice *> RouteView::checked(const Node &n) const
{
    QList<const PortAdvice *> out;
    if (!m_hasScan || !n.port)
        return out;
    // SMTP playing 25 is server to server, any other SMTP port submission: the role the ports
    // page gives it (a port number of its own plays 25 when it offers no login).
    const bool mx = n.ports.contains(25);
    for (const PortAdvice &a : m_scan.ports) {
        if (a.target.protocol == n.protocol &&
            (n.protocol != Protocol::Smtp || (standardPortPlayed(a) == 25) == mx))
            out << &a;
    }
    return out;
}

Status RouteView::nodeStatus(const QString &id) const
{
    for (const Node &n : m_nodes) {
        if (n.id != id)
            continue;
        const QList<const PortAdvice *> ports = checked(n);
        if (ports.isEmpty())
            return Status::Pending;
        // The worst outcome shows: a box with a failing port is never "works".
        bool anyWorks = false;
        bool anyFails = false;
        bool anyWarning = false;
        for (const PortAdvice *a : ports) {
            anyWorks = anyWorks || a->works;
            anyFails = anyFails || !a->works;
            anyWarning = anyWarning || a->report.result() == Severity::Warning;
        }
        if (!anyWorks)
            return Status::Error;
        return anyFails || anyWarning ? Status::Warning : Status::Ok;
    }
    return Status::Pending;
}

QString RouteView::explain(const QString &id) const
{
    QString what;
    if (id == QLatin1StringView("submission"))
        what = tr("Your mail app hands outgoing mail to your server here, after logging in: 465 "
                  "is encrypted from the start (SSL/TLS), 587 starts plain and then encrypts "
                  "(STARTTLS).");
    else if (id == QLatin1StringView("mx"))
        what = tr("Servers pass mail to each other on port 25. Mail apps should not use it: many "
                  "networks block it for home users.");
    else if (id == QLatin1StringView("imap"))
        what = tr("Your mail app reads the mailbox here and keeps it on the server: 993 is "
                  "encrypted from the start, 143 starts plain and then encrypts.");
    else if (id == QLatin1StringView("pop3"))
        what = tr("The older way to fetch mail, usually downloading it: 995 is encrypted from the "
                  "start, 110 starts plain and then encrypts.");
    else if (id == QLatin1StringView("app"))
        what = tr("Thunderbird, Outlook, a phone, or a website that sends mail.");
    else if (id == QLatin1StringView("server"))
        what = tr("The server that holds your mailbox and sends your mail on.");
    else
        what = tr("Where your mail ends up; Portolan does not contact it.");
    for (const Node &n : m_nodes) {
        if (n.id != id)
            continue;
        for (const PortAdvice *a : checked(n))
            what += u'\n' + tr("Port %1: %2").arg(a->target.port).arg(adviceWords(*a));
        if (n.port && checked(n).isEmpty())
            what +=
                u'\n' + (m_hasScan ? tr("Not checked this time.") : tr("Run a check to see it."));
    }
    return what;
}

void RouteView::rebuild()
{
    m_scene->clear();
    m_scene->setFont(font()); // the app's font, drawn at 100 %: never shrunk to fit
    const QPalette pal = palette();
    const QFontMetricsF metrics(font());
    // Boxes as wide as the longest line needs and as tall as the tallest label.
    double width = NodeWidth;
    int lines = 3;
    for (const Node &n : std::as_const(m_nodes)) {
        const QStringList parts = label(n).split(u'\n');
        lines = std::max(lines, int(parts.size()));
        for (const QString &line : parts)
            width = std::max(width, metrics.horizontalAdvance(line) + (n.port ? 40 : 20));
    }
    const double height = std::max(NodeHeight, lines * metrics.lineSpacing() + 16);
    QHash<QString, QRectF> boxes;
    for (const Node &n : std::as_const(m_nodes))
        boxes.insert(
            n.id, QRectF(n.grid.x() * (width + GapX), n.grid.y() * (height + GapY), width, height));
    // Edges first, under the nodes.
    for (const auto &edge : std::as_const(m_edges)) {
        const QString &from = edge.first;
        const QString &to = edge.second;
        if (!boxes.contains(from) || !boxes.contains(to))
            continue;
        const bool fromPort = std::any_of(m_nodes.cbegin(), m_nodes.cend(),
                                          [&](const Node &n) { return n.id == from && n.port; });
        const Status s = nodeStatus(fromPort ? from : to);
        QPen pen(s == Status::Pending ? pal.color(QPalette::Mid) : statusColour(s, pal),
                 s == Status::Error ? 4 : 2);
        if (s == Status::Error)
            pen.setStyle(Qt::DashLine);
        const QRectF a = boxes.value(from);
        const QRectF b = boxes.value(to);
        const QPointF start = a.center().x() < b.center().x() ? QPointF(a.right(), a.center().y())
                                                              : QPointF(a.left(), a.center().y());
        const QPointF end = a.center().x() < b.center().x() ? QPointF(b.left(), b.center().y())
                                                            : QPointF(b.right(), b.center().y());
        QPainterPath path(start);
        const double midX = (start.x() + end.x()) / 2;
        path.cubicTo(QPointF(midX, start.y()), QPointF(midX, end.y()), end);
        m_scene->addPath(path, pen);
        const double dir = end.x() > start.x() ? 1 : -1;
        QPainterPath head;
        head.moveTo(end);
        head.lineTo(end.x() - 10 * dir, end.y() - 5);
        head.lineTo(end.x() - 10 * dir, end.y() + 5);
        head.closeSubpath();
        m_scene->addPath(head, Qt::NoPen, pen.color());
    }
    for (const Node &n : std::as_const(m_nodes)) {
        const QRectF box = boxes.value(n.id);
        const Status s = nodeStatus(n.id);
        const QColor edge =
            n.port && s != Status::Pending ? statusColour(s, pal) : pal.color(QPalette::Mid);
        auto *rect = m_scene->addRect(box, QPen(edge, n.port ? 2.5 : 1.5),
                                      pal.color(n.port ? QPalette::Base : QPalette::AlternateBase));
        rect->setData(0, n.id);
        rect->setToolTip(explain(n.id));
        rect->setCursor(Qt::PointingHandCursor);
        auto *text = m_scene->addText(label(n), font());
        text->setObjectName(u"label-"_s + n.id);
        text->setDefaultTextColor(pal.color(QPalette::Text));
        text->setTextWidth(width - (n.port ? 26 : 8));
        text->setPos(box.left() + (n.port ? 24 : 4), box.top() + 2);
        text->setData(0, n.id);
        text->setToolTip(explain(n.id));
        if (n.port) {
            auto *icon = m_scene->addPixmap(statusIcon(s, pal).pixmap(18, 18));
            icon->setPos(box.left() + 4, box.top() + 6);
            icon->setData(0, n.id);
        }
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    fit();
}

void RouteView::fit()
{
    // Larger when there is room; never smaller than 100 % (the view scrolls instead).
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() < 1.0) {
        resetTransform();
        // Scrolled to the start of the route: the mail app on the left.
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    }
}

void RouteView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void RouteView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        const QString id = item->data(0).toString();
        if (!id.isEmpty()) {
            Q_EMIT nodeClicked(explain(id));
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

bool RouteView::saveSvg(const QString &file)
{
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setTitle(tr("Portolan: the mail route"));
    const QRectF rect = m_scene->sceneRect();
    svg.setSize(rect.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    m_scene->render(&p, QRectF(QPointF(0, 0), rect.size()), rect);
    return p.end();
}

bool RouteView::savePng(const QString &file)
{
    const QRectF rect = m_scene->sceneRect();
    QImage image((rect.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(palette().color(QPalette::Window));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&p, QRectF(QPointF(0, 0), rect.size() * 2), rect);
    p.end();
    return image.save(file, "PNG");
}

RoutePage::RoutePage(QWidget *parent)
    : QWidget(parent)
    , m_view(new RouteView(this))
    , m_explanation(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("How your mail travels"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_view->setObjectName(QStringLiteral("route"));
    layout->addWidget(m_view, 1);
    m_explanation->setObjectName(QStringLiteral("routeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Click a port to see what it is for and how it did."));
    layout->addWidget(m_explanation);
    connect(m_view, &RouteView::nodeClicked, m_explanation, &QLabel::setText);
    auto *buttons = new QHBoxLayout;
    auto *ports = new QPushButton(tr("Ports your server &needs…"), this);
    ports->setObjectName(QStringLiteral("showPorts"));
    ports->setToolTip(tr("Each port a mail server needs open, what it is for, how it did in this "
                         "check, and the firewall rule that opens it."));
    connect(ports, &QPushButton::clicked, this, &RoutePage::showPorts);
    buttons->addWidget(ports);
    buttons->addStretch();
    auto *svg = new QPushButton(tr("Save as &SVG…"), this);
    auto *png = new QPushButton(tr("Save as &PNG…"), this);
    buttons->addWidget(svg);
    buttons->addWidget(png);
    layout->addLayout(buttons);
    connect(svg, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the mail route"),
                                                          QStringLiteral("mail-route.svg"),
                                                          tr("SVG images (*.svg)"));
        if (!file.isEmpty() && !m_view->saveSvg(file))
            m_explanation->setText(tr("Could not write %1.").arg(file));
    });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the mail route"),
                                                          QStringLiteral("mail-route.png"),
                                                          tr("PNG images (*.png)"));
        if (!file.isEmpty() && !m_view->savePng(file))
            m_explanation->setText(tr("Could not write %1.").arg(file));
    });
}

void RoutePage::setScan(const ScanReport *scan)
{
    m_view->setScan(scan);
}

} // namespace Portolan
