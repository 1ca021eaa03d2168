#include "settingsdialog.h"

#include "startpage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portolan {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_timeout(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
    , m_allowCleartext(new QCheckBox(tr("Allow sending the password without encryption"), this))
{
    setWindowTitle(tr("Portolan settings"));
    const QSettings settings;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.value(QStringLiteral("timeoutSeconds"), 15).toInt());
    form->addRow(tr("&Timeout per step:"), m_timeout);
    m_caFile->setText(settings.value(QStringLiteral("caFile")).toString());
    m_caFile->setPlaceholderText(tr("only for a company or test CA"));
    form->addRow(tr("Trusted CA &file:"), m_caFile);
    m_allowCleartext->setChecked(settings.value(QStringLiteral("allowCleartextAuth")).toBool());
    form->addRow(QString(), m_allowCleartext);
    auto *warning = new QLabel(tr("With this on, a check may send your password where anyone on "
                                  "the network can read it. Portolan still warns every time."),
                               this);
    warning->setWordWrap(true);
    form->addRow(QString(), warning);
    layout->addLayout(form);
    auto *forget = new QPushButton(tr("Forget the &recent checks"), this);
    connect(forget, &QPushButton::clicked, this, [this] {
        forgetRecentChecks();
        Q_EMIT recentForgotten();
    });
    layout->addWidget(forget);
    auto *note = new QLabel(tr("Passwords are never stored here; when you ask, they go to the "
                               "system keychain."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("timeoutSeconds"), m_timeout->value());
    settings.setValue(QStringLiteral("caFile"), m_caFile->text().trimmed());
    settings.setValue(QStringLiteral("allowCleartextAuth"), m_allowCleartext->isChecked());
    QDialog::accept();
}

} // namespace Portolan
