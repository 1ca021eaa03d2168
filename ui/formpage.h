#pragma once

#include "checkrun.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Portolan {

class SecretStore;

// Only what the choice needs. The password field has show/hide and an unchecked "remember in the
// system keychain"; the advanced settings are folded. Enter runs the check.
class FormPage : public QWidget
{
    Q_OBJECT
public:
    explicit FormPage(QWidget *parent = nullptr);

    void setKind(CheckRequest::Kind kind);
    // Fills the form from a recent check (the password from the keychain when it is there).
    void fill(const CheckRequest &request);
    [[nodiscard]] CheckRequest request() const;
    [[nodiscard]] bool rememberPassword() const;

Q_SIGNALS:
    void submitted();

private:
    void updateErrorReading();
    void updateEnabled();
    void lookUpSavedPassword();

    CheckRequest::Kind m_kind = CheckRequest::Kind::Account;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QWidget *m_roleBox = nullptr;
    QButtonGroup *m_role = nullptr;
    QPlainTextEdit *m_errorText = nullptr;
    QLabel *m_errorReading = nullptr;
    QLineEdit *m_host = nullptr;
    QWidget *m_hostRow = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_port = nullptr;
    QWidget *m_serverRow = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QWidget *m_loginBox = nullptr;
    QGroupBox *m_advanced = nullptr;
    QWidget *m_advancedBody = nullptr;
    QLineEdit *m_ports = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_dnsServer = nullptr;
    QLineEdit *m_serverName = nullptr;
    QCheckBox *m_allowCleartext = nullptr;
    QLabel *m_cleartextWarning = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_check = nullptr;
    SecretStore *m_secrets = nullptr;
};

} // namespace Portolan
