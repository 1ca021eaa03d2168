#include "formpage.h"

#include "advisor/errortext.h"
#include "secretstore.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portolan {

FormPage::FormPage(QWidget *parent)
    : QWidget(parent)
    , m_secrets(new SecretStore(this))
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    // What is being set up.
    m_roleBox = new QWidget(this);
    auto *roleLayout = new QHBoxLayout(m_roleBox);
    roleLayout->setContentsMargins(0, 0, 0, 0);
    roleLayout->addWidget(new QLabel(tr("I am setting up:"), m_roleBox));
    m_role = new QButtonGroup(this);
    const std::pair<CheckRequest::Role, QString> roles[] = {
        {CheckRequest::Role::Both, tr("Sending and receiving")},
        {CheckRequest::Role::Sending, tr("Sending only")},
        {CheckRequest::Role::Receiving, tr("Receiving only")}};
    for (const auto &[role, text] : roles) {
        auto *radio = new QRadioButton(text, m_roleBox);
        radio->setChecked(role == CheckRequest::Role::Both);
        m_role->addButton(radio, int(role));
        roleLayout->addWidget(radio);
    }
    roleLayout->addStretch();
    layout->addWidget(m_roleBox);

    // The error message.
    m_errorText = new QPlainTextEdit(this);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setAccessibleName(tr("Error message"));
    m_errorText->setPlaceholderText(
        tr("e.g. Unable to connect to ssl://mail.example.com:465 (Connection refused)"));
    m_errorText->setTabChangesFocus(true);
    layout->addWidget(m_errorText);
    m_errorReading = new QLabel(this);
    m_errorReading->setObjectName(QStringLiteral("errorReading"));
    m_errorReading->setWordWrap(true);
    layout->addWidget(m_errorReading);
    connect(m_errorText, &QPlainTextEdit::textChanged, this, &FormPage::updateErrorReading);

    auto *form = new QFormLayout;
    m_form = form;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("mail.example.org"));
    m_host->setAccessibleName(tr("Mail server"));
    form->addRow(tr("Mail &server:"), m_host);
    m_hostRow = m_host;

    m_serverRow = new QWidget(this);
    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    m_protocol = new QComboBox(m_serverRow);
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->addItem(tr("All mail ports"), QString());
    m_protocol->addItem(tr("SMTP (sending)"), QStringLiteral("smtp"));
    m_protocol->addItem(tr("IMAP (receiving)"), QStringLiteral("imap"));
    m_protocol->addItem(tr("POP3 (receiving)"), QStringLiteral("pop3"));
    m_protocol->addItem(tr("ManageSieve (filters)"), QStringLiteral("sieve"));
    m_port = new QLineEdit(m_serverRow);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setPlaceholderText(tr("any"));
    m_port->setMaximumWidth(90);
    serverLayout->addWidget(m_protocol, 1);
    serverLayout->addWidget(new QLabel(tr("port"), m_serverRow));
    serverLayout->addWidget(m_port);
    form->addRow(tr("What to check:"), m_serverRow);

    m_loginBox = new QWidget(this);
    auto *loginForm = new QFormLayout(m_loginBox);
    loginForm->setContentsMargins(0, 0, 0, 0);
    m_user = new QLineEdit(m_loginBox);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("usually your full email address"));
    loginForm->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(m_loginBox);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *show = m_password->addAction(QIcon::fromTheme(QStringLiteral("view-visible")),
                                       QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setText(tr("Show the password"));
    show->setToolTip(tr("Show the password"));
    connect(show, &QAction::toggled, this, [this, show](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide the password") : tr("Show the password"));
        show->setToolTip(show->text());
    });
    loginForm->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), m_loginBox);
    m_remember->setObjectName(QStringLiteral("remember"));
    loginForm->addRow(QString(), m_remember);
    m_keychainNote = new QLabel(m_loginBox);
    m_keychainNote->setWordWrap(true);
    loginForm->addRow(QString(), m_keychainNote);
    form->addRow(m_loginBox);
    layout->addLayout(form);
    connect(m_user, &QLineEdit::editingFinished, this, &FormPage::lookUpSavedPassword);
    connect(m_host, &QLineEdit::editingFinished, this, &FormPage::lookUpSavedPassword);
    connect(m_secrets, &SecretStore::loaded, this,
            [this](const QString &account, const QString &password, const QString &) {
                if (account == keychainAccount(m_user->text(), m_host->text()) &&
                    m_password->text().isEmpty() && !password.isEmpty()) {
                    m_password->setText(password);
                    m_remember->setChecked(true);
                    m_keychainNote->setText(tr("The password was filled in from the keychain."));
                }
            });

    // Advanced, folded.
    m_advanced = new QGroupBox(tr("Advanced"), this);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    m_advancedBody = new QWidget(m_advanced);
    auto *adv = new QFormLayout(m_advancedBody);
    adv->setContentsMargins(0, 0, 0, 0);
    m_ports = new QLineEdit(m_advancedBody);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setPlaceholderText(tr("the standard ports, or e.g. 587,465,imap:993"));
    adv->addRow(tr("P&orts:"), m_ports);
    m_security = new QComboBox(m_advancedBody);
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("Find out"), QStringLiteral("auto"));
    m_security->addItem(tr("SSL/TLS (encrypted from the start)"), QStringLiteral("tls"));
    m_security->addItem(tr("STARTTLS (starts plain, then encrypts)"), QStringLiteral("starttls"));
    m_security->addItem(tr("None (not encrypted)"), QStringLiteral("none"));
    adv->addRow(tr("Securit&y (one port):"), m_security);
    m_timeout = new QSpinBox(m_advancedBody);
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    adv->addRow(tr("&Timeout per step:"), m_timeout);
    auto *caRow = new QWidget(m_advancedBody);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setAccessibleName(tr("Trusted CA file"));
    m_caFile->setPlaceholderText(tr("only for a company or test CA"));
    auto *browse = new QToolButton(caRow);
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trusted CA certificate"), QString(), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    adv->addRow(tr("Trusted &CA file:"), caRow);
    m_dnsServer = new QLineEdit(m_advancedBody);
    m_dnsServer->setObjectName(QStringLiteral("dnsServer"));
    m_dnsServer->setPlaceholderText(tr("the system's"));
    adv->addRow(tr("&DNS server:"), m_dnsServer);
    m_serverName = new QLineEdit(m_advancedBody);
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_serverName->setAccessibleName(tr("Name on the certificate"));
    m_serverName->setPlaceholderText(tr("the server name above"));
    adv->addRow(tr("&Name on the certificate:"), m_serverName);
    m_allowCleartext =
        new QCheckBox(tr("Allow sending the password without encryption"), m_advancedBody);
    adv->addRow(QString(), m_allowCleartext);
    m_cleartextWarning = new QLabel(
        tr("Anyone on the network between you and the server could read the password. Use this "
           "only to test a server on your own network, and change the password afterwards."),
        m_advancedBody);
    m_cleartextWarning->setWordWrap(true);
    m_cleartextWarning->setVisible(false);
    adv->addRow(QString(), m_cleartextWarning);
    connect(m_allowCleartext, &QCheckBox::toggled, m_cleartextWarning, &QLabel::setVisible);
    advancedLayout->addWidget(m_advancedBody);
    m_advancedBody->setVisible(false);
    connect(m_advanced, &QGroupBox::toggled, m_advancedBody, &QWidget::setVisible);
    layout->addWidget(m_advanced);

    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setDefault(true);
    m_check->setAutoDefault(true);
    buttons->addWidget(m_check);
    layout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, &FormPage::submitted);
    for (QLineEdit *e :
         {m_host, m_port, m_user, m_password, m_ports, m_caFile, m_dnsServer, m_serverName})
        connect(e, &QLineEdit::returnPressed, m_check, &QPushButton::click);
    connect(m_host, &QLineEdit::textChanged, this, &FormPage::updateEnabled);
    setKind(CheckRequest::Kind::Account);
}

void FormPage::setKind(CheckRequest::Kind kind)
{
    m_kind = kind;
    const QSettings settings;
    m_timeout->setValue(settings.value(QStringLiteral("timeoutSeconds"), 15).toInt());
    m_caFile->setText(settings.value(QStringLiteral("caFile")).toString());
    m_allowCleartext->setChecked(settings.value(QStringLiteral("allowCleartextAuth")).toBool());
    const bool account = kind == CheckRequest::Kind::Account;
    const bool error = kind == CheckRequest::Kind::ErrorText;
    switch (kind) {
    case CheckRequest::Kind::Account:
        m_title->setText(tr("Your mail account"));
        m_intro->setText(tr("Portolan tries every way your mail app could connect and tells you "
                            "which one to use. The password is used for this check only."));
        break;
    case CheckRequest::Kind::Server:
        m_title->setText(tr("A mail server"));
        m_intro->setText(tr("Every mail port of the server, or the one you name, with the whole "
                            "dialogue, the certificates and the TLS versions it accepts."));
        break;
    case CheckRequest::Kind::ErrorText:
        m_title->setText(tr("An error message"));
        m_intro->setText(tr("Paste the whole message; Portolan checks the server, port and "
                            "encryption it names."));
        break;
    }
    m_roleBox->setVisible(account);
    m_errorText->setVisible(error);
    m_errorReading->setVisible(error);
    m_form->setRowVisible(m_host, !error);
    m_form->setRowVisible(m_serverRow, kind == CheckRequest::Kind::Server);
    m_form->setRowVisible(m_loginBox, !error);
    updateEnabled();
    (error ? static_cast<QWidget *>(m_errorText) : m_host)->setFocus();
}

void FormPage::fill(const CheckRequest &r)
{
    setKind(r.kind);
    m_host->setText(r.host);
    m_user->setText(r.user);
    m_password->clear();
    m_ports->setText(r.ports);
    if (r.kind == CheckRequest::Kind::Account) {
        if (auto *b = m_role->button(int(r.role)))
            b->setChecked(true);
    }
    m_port->setText(r.port ? QString::number(r.port) : QString());
    const int p = m_protocol->findData(r.port ? protocolName(r.protocol) : QString());
    m_protocol->setCurrentIndex(qMax(0, p));
    m_security->setCurrentIndex(qMax(0, m_security->findData(securityName(r.security))));
    lookUpSavedPassword();
    updateEnabled();
}

CheckRequest FormPage::request() const
{
    CheckRequest r;
    r.kind = m_kind;
    r.role = CheckRequest::Role(qMax(0, m_role->checkedId()));
    r.host = m_host->text().trimmed();
    r.user = m_user->text().trimmed();
    r.password = m_password->text();
    r.ports = m_advanced->isChecked() ? m_ports->text().trimmed() : QString();
    r.security = securityFromName(m_security->currentData().toString()).value_or(Security::Auto);
    r.timeoutSeconds = m_timeout->value();
    r.caFile = m_caFile->text().trimmed();
    r.dnsServer = m_dnsServer->text().trimmed();
    r.serverName = m_advanced->isChecked() ? m_serverName->text().trimmed() : QString();
    r.allowCleartextAuth = m_allowCleartext->isChecked();
    if (m_kind == CheckRequest::Kind::Server) {
        r.port = quint16(m_port->text().toUInt());
        const QString protocol = m_protocol->currentData().toString();
        r.protocol = protocolFromName(protocol).value_or(Protocol::Smtp);
        if (r.port == 0 && !protocol.isEmpty() && r.ports.isEmpty()) {
            // One protocol, every standard port of it.
            QStringList ports;
            for (const ScanTarget &t : PortScan::defaultTargets(r.protocol))
                ports << protocol + u':' + QString::number(t.port);
            r.ports = ports.join(u',');
        }
    } else if (m_kind == CheckRequest::Kind::ErrorText) {
        if (const std::optional<ErrorTextTarget> t =
                targetFromErrorText(m_errorText->toPlainText())) {
            r.host = t->host;
            r.port = t->port;
            r.protocol = t->protocol;
            r.security = t->security;
        }
        r.user.clear();
        r.password.clear();
    }
    if (r.port == 0)
        r.security = Security::Auto; // the advisor tries each port's own mode
    return r;
}

bool FormPage::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void FormPage::updateErrorReading()
{
    const std::optional<ErrorTextTarget> t = targetFromErrorText(m_errorText->toPlainText());
    if (!t) {
        m_errorReading->setText(m_errorText->toPlainText().trimmed().isEmpty()
                                    ? QString()
                                    : tr("No server name found in the message yet."));
    } else {
        m_errorReading->setText(
            tr("Portolan reads: %1 server %2, port %3, %4.")
                .arg(protocolTitle(t->protocol), t->host)
                .arg(t->port)
                .arg(t->security == Security::Tls ? tr("encrypted from the start (SSL/TLS)")
                     : t->security == Security::StartTls
                         ? tr("starts plain, then encrypts (STARTTLS)")
                     : t->security == Security::None ? tr("not encrypted")
                                                     : tr("encryption to be found out")));
    }
    updateEnabled();
}

void FormPage::updateEnabled()
{
    const bool ready = m_kind == CheckRequest::Kind::ErrorText
                           ? targetFromErrorText(m_errorText->toPlainText()).has_value()
                           : !m_host->text().trimmed().isEmpty();
    m_check->setEnabled(ready);
}

void FormPage::lookUpSavedPassword()
{
    if (!m_user->text().isEmpty() && !m_host->text().isEmpty() && m_password->text().isEmpty())
        m_secrets->load(keychainAccount(m_user->text(), m_host->text()));
}

} // namespace Portolan
