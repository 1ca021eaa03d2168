#include "copyfeedback.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>
#include <QTimer>

namespace Portolan {

void copyWithFeedback(QAbstractButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    showCopied(button);
}

void showCopied(QAbstractButton *button)
{
    if (!button)
        return;
    // The button's own text is kept in a property, so a second click within the two seconds
    // does not make "Copied" its text for good.
    const char *key = "portolanCopyText";
    if (!button->property(key).isValid())
        button->setProperty(key, button->text());
    button->setText(QCoreApplication::translate("Portolan", "Copied"));
    QTimer::singleShot(2000, button, [b = QPointer<QAbstractButton>(button), key] {
        if (b) {
            b->setText(b->property(key).toString());
            b->setProperty(key, QVariant());
        }
    });
}

} // namespace Portolan
