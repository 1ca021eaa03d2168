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
// system keychain"; the advanced settings are folded. Enter runs the check (Ctrl+Enter in the
// error-message box, where Enter starts a new line).
//
// One form serves the three choices, so each row says which choices it belongs to and whether it
// is an advanced one; the same table decides what is shown and what request() reads. A row that
// is not shown is never read, and every choice starts from a clean page: nothing from an earlier
// check leaks in, except the trusted CA file, which is kept (keepCaFile()).
class FormPage : public QWidget
{
    Q_OBJECT
public:
    explicit FormPage(QWidget *parent = nullptr);

    // A clean page for the choice (only the kept CA file and the settings' defaults in it), its
    // first field focused.
    void setKind(CheckRequest::Kind kind);
    // A clean page filled from a recent check (the password from the keychain when it is there
    // and lookUpPassword is set). An error-message check is shown as the server check it was.
    void fill(const CheckRequest &request, bool lookUpPassword = true);
    // The password field focused, with a line that says why it is asked for.
    void askPassword(const QString &why);
    [[nodiscard]] CheckRequest::Kind kind() const { return m_kind; }
    // What the page shows, and nothing else.
    [[nodiscard]] CheckRequest request() const;
    [[nodiscard]] bool rememberPassword() const;
    // The trusted CA file a new page starts with (the last check's, or the settings' default).
    void keepCaFile(const QString &file) { m_keptCaFile = file.trimmed(); }
    [[nodiscard]] QString keptCaFile() const { return m_keptCaFile; }

Q_SIGNALS:
    void submitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QWidget *field = nullptr;
        unsigned kinds = 0; // bits of CheckRequest::Kind
        bool advanced = false;
    };
    void addRow(const QString &label, QWidget *field, unsigned kinds, bool advanced);
    // The row of this field is shown for the current choice (and Advanced is unfolded if it is
    // an advanced one): only then does request() read it.
    [[nodiscard]] bool uses(const QWidget *field) const;
    void updateRows();
    void clear();
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
    QLabel *m_errorHint = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_port = nullptr;
    QWidget *m_serverRow = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_ports = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_dnsServer = nullptr;
    QLineEdit *m_serverName = nullptr;
    QCheckBox *m_allowCleartext = nullptr;
    QLabel *m_cleartextWarning = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_check = nullptr;
    SecretStore *m_secrets = nullptr;
    QList<Row> m_rows;
    QString m_keptCaFile;
};

} // namespace Portolan
