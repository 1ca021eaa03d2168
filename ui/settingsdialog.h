#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace Portolan {

// Defaults for new checks: the timeout, a trusted CA file, "allow the password without
// encryption" (with its warning); and forgetting the recent checks. Passwords are never here.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void recentForgotten();

private:
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_allowCleartext = nullptr;
};

} // namespace Portolan
