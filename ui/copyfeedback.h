#pragma once

#include <QString>

class QAbstractButton;

namespace Portolan {

// Puts `text` on the clipboard and shows that it happened: the button says "Copied" for two
// seconds, then its own text again.
void copyWithFeedback(QAbstractButton *button, const QString &text);
// The same feedback for a button whose text someone else put on the clipboard.
void showCopied(QAbstractButton *button);

} // namespace Portolan
