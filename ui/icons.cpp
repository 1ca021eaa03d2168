#include "icons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Portolan {

Status statusOf(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return Status::Ok;
    case Severity::Info:
        return Status::Info;
    case Severity::Warning:
        return Status::Warning;
    case Severity::Error:
        break;
    }
    return Status::Error;
}

QColor statusColour(Status status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (status) {
    case Status::Ok:
        return dark ? QColor(0x6d, 0xd5, 0x8c) : QColor(0x1a, 0x7f, 0x37);
    case Status::Info:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x09, 0x69, 0xda);
    case Status::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Status::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    case Status::Pending:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon statusIcon(Status status, const QPalette &palette)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 96, 128}) { // 96 and 128: high-DPI screens
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor colour = statusColour(status, palette);
        const QRectF box(1, 1, size - 2, size - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        QString glyph;
        switch (status) {
        case Status::Ok:
            p.drawEllipse(box);
            glyph = QStringLiteral("✓");
            break;
        case Status::Info:
            p.drawEllipse(box);
            glyph = QStringLiteral("i");
            break;
        case Status::Warning: {
            QPainterPath triangle;
            triangle.moveTo(box.center().x(), box.top());
            triangle.lineTo(box.right(), box.bottom());
            triangle.lineTo(box.left(), box.bottom());
            triangle.closeSubpath();
            p.drawPath(triangle);
            glyph = QStringLiteral("!");
            break;
        }
        case Status::Error:
            p.drawRoundedRect(box, size / 6.0, size / 6.0);
            glyph = QStringLiteral("✗");
            break;
        case Status::Pending:
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(colour, qMax(1.5, size / 12.0)));
            p.drawEllipse(box.adjusted(1, 1, -1, -1));
            glyph = QStringLiteral("…");
            break;
        }
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(size * (status == Status::Warning ? 0.5 : 0.62)));
        p.setFont(font);
        p.setPen(status == Status::Pending ? colour : palette.color(QPalette::Base));
        QRectF text = box;
        if (status == Status::Warning)
            text.setTop(box.top() + size * 0.25);
        p.drawText(text, Qt::AlignCenter, glyph);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Ok:
        return QCoreApplication::translate("Portolan", "works");
    case Status::Info:
        return QCoreApplication::translate("Portolan", "note");
    case Status::Warning:
        return QCoreApplication::translate("Portolan", "works, with a warning");
    case Status::Error:
        return QCoreApplication::translate("Portolan", "problem");
    case Status::Pending:
        break;
    }
    return QCoreApplication::translate("Portolan", "checking");
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/portolan/icons/portolan.svg"));
}

} // namespace Portolan
