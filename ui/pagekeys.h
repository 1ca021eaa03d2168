#pragma once

class QAbstractScrollArea;

namespace Portolan {

// Page Up/Down, Home and End scroll a page's scroll area wherever the focus is on the page.
// Returns false for any other key (the page passes it on).
bool scrollByPageKey(QAbstractScrollArea *area, int key);

} // namespace Portolan
