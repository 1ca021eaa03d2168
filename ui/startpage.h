#pragma once

#include "checkrun.h"

#include <QWidget>

class QListWidget;

namespace Portolan {

// The first question: three large choices, and the recent checks below for one-click repeat.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    // Refreshes the recent checks from the settings.
    void reload();

Q_SIGNALS:
    void chosen(Portolan::CheckRequest::Kind kind);
    void repeat(const Portolan::CheckRequest &request);
    void watchRequested();

private:
    QListWidget *m_recent = nullptr;
};

// The recent checks: what was asked (never a password), newest first, at most ten.
[[nodiscard]] QList<CheckRequest> recentChecks();
void rememberCheck(const CheckRequest &request);
void forgetRecentChecks();

} // namespace Portolan
