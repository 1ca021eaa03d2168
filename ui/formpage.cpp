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
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleOptionGroupBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portolan {

namespace {

constexpr unsigned bit(CheckRequest::Kind kind)
{
    return 1u << unsigned(kind);
}
constexpr unsigned Account = bit(CheckRequest::Kind::Account);
constexpr unsigned Server = bit(CheckRequest::Kind::Server);
constexpr unsigned ErrorText = bit(CheckRequest::Kind::ErrorText);
constexpr unsigned Login = Account | Server;
constexpr unsigned All = Account | Server | ErrorText;

int defaultTimeout()
{
    return QSettings().value(QStringLiteral("timeoutSeconds"), 15).toInt();
}

bool defaultAllowCleartext()
{
    return QSettings().value(QStringLiteral("allowCleartextAuth")).toBool();
}

} // namespace

FormPage::FormPage(QWidget *parent)
    : QWidget(parent)
    , m_secrets(new SecretStore(this))
    , m_keptCaFile(QSettings().value(QStringLiteral("caFile")).toString())
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

    // One form for every row, so that the labels and the fields line up on every page.
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    // What is being set up.
    m_roleBox = new QWidget(this);
    auto *roleLayout = new QHBoxLayout(m_roleBox);
    roleLayout->setContentsMargins(0, 0, 0, 0);
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
    addRow(tr("I am setting up:"), m_roleBox, Account, false);

    // The error message, what Portolan reads in it and the Ctrl+Enter hint: one row.
    auto *errorBox = new QWidget(this);
    auto *errorLayout = new QVBoxLayout(errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorText = new QPlainTextEdit(errorBox);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setAccessibleName(tr("Error message"));
    m_errorText->setPlaceholderText(
        tr("e.g. Unable to connect to ssl://mail.example.com:465 (Connection refused)"));
    m_errorText->setTabChangesFocus(true);
    m_errorText->installEventFilter(this);
    m_errorText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_errorText->setFixedHeight(m_errorText->fontMetrics().lineSpacing() * 6 +
                                2 * m_errorText->frameWidth() + 8);
    errorLayout->addWidget(m_errorText);
    m_errorReading = new QLabel(errorBox);
    m_errorReading->setObjectName(QStringLiteral("errorReading"));
    m_errorReading->setWordWrap(true);
    errorLayout->addWidget(m_errorReading);
    m_errorHint = new QLabel(tr("Ctrl+Enter runs the check."), errorBox);
    m_errorHint->setEnabled(false);
    errorLayout->addWidget(m_errorHint);
    errorBox->setFocusProxy(m_errorText);
    addRow(tr("&Error message:"), errorBox, ErrorText, false);
    connect(m_errorText, &QPlainTextEdit::textChanged, this, &FormPage::updateErrorReading);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("mail.example.org"));
    m_host->setAccessibleName(tr("Mail server"));
    addRow(tr("Mail &server:"), m_host, Login, false);

    m_serverRow = new QWidget(this);
    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    m_protocol = new QComboBox(m_serverRow);
    m_protocol->setObjectName(QStringLiteral("protocol"));
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
    auto *portLabel = new QLabel(tr("po&rt"), m_serverRow);
    portLabel->setBuddy(m_port);
    serverLayout->addWidget(portLabel);
    serverLayout->addWidget(m_port);
    m_serverRow->setFocusProxy(m_protocol);
    addRow(tr("&What to check:"), m_serverRow, Server, false);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("usually your full email address"));
    addRow(tr("&User name:"), m_user, Login, false);
    m_password = new QLineEdit(this);
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
    addRow(tr("&Password:"), m_password, Login, false);
    m_remember = new QCheckBox(tr("Re&member the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    addRow(QString(), m_remember, Login, false);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    addRow(QString(), m_keychainNote, Login, false);
    connect(m_user, &QLineEdit::editingFinished, this, &FormPage::lookUpSavedPassword);
    connect(m_host, &QLineEdit::editingFinished, this, &FormPage::lookUpSavedPassword);
    connect(m_secrets, &SecretStore::loaded, this,
            [this](const QString &account, const QString &password) {
                if (account == keychainAccount(m_user->text(), m_host->text()) &&
                    m_password->text().isEmpty() && !password.isEmpty()) {
                    m_password->setText(password);
                    m_remember->setChecked(true);
                    m_keychainNote->setText(tr("The password was filled in from the keychain."));
                    updateRows();
                }
            });

    // Advanced, folded: a heading that unfolds its rows in the same form.
    m_advanced = new QGroupBox(tr("&Advanced"), this);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    m_advanced->setFlat(true);
    // Only its title and tick box: its rows are the form's own, below it.
    {
        QStyleOptionGroupBox option;
        option.initFrom(m_advanced);
        option.text = m_advanced->title();
        option.subControls = QStyle::SC_GroupBoxCheckBox | QStyle::SC_GroupBoxLabel;
        option.features = QStyleOptionFrame::Flat;
        const QRect label = m_advanced->style()->subControlRect(
            QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, m_advanced);
        const QRect box = m_advanced->style()->subControlRect(
            QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, m_advanced);
        m_advanced->setFixedHeight(qMax(label.bottom(), box.bottom()) + 2);
    }
    m_form->addRow(m_advanced);
    connect(m_advanced, &QGroupBox::toggled, this, &FormPage::updateRows);
    m_ports = new QLineEdit(this);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setAccessibleName(tr("Ports"));
    m_ports->setPlaceholderText(tr("the standard ports, or e.g. 587,465,imap:993"));
    addRow(tr("P&orts:"), m_ports, Login, true);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("security"));
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("Find out"), QStringLiteral("auto"));
    m_security->addItem(tr("SSL/TLS (encrypted from the start)"), QStringLiteral("tls"));
    m_security->addItem(tr("STARTTLS (starts plain, then encrypts)"), QStringLiteral("starttls"));
    m_security->addItem(tr("None (not encrypted)"), QStringLiteral("none"));
    addRow(tr("Securit&y (one port):"), m_security, Server, true);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setAccessibleName(tr("Timeout per step"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    addRow(tr("&Timeout per step:"), m_timeout, All, true);
    m_caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(m_caRow);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("Trusted CA file"));
    m_caFile->setPlaceholderText(tr("only for a company or test CA"));
    auto *browse = new QToolButton(m_caRow);
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose the trusted CA file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trusted CA certificate"), QString(), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    m_caRow->setFocusProxy(m_caFile);
    addRow(tr("Trusted CA &file:"), m_caRow, All, true);
    m_dnsServer = new QLineEdit(this);
    m_dnsServer->setObjectName(QStringLiteral("dnsServer"));
    m_dnsServer->setAccessibleName(tr("DNS server"));
    m_dnsServer->setPlaceholderText(tr("the system's"));
    addRow(tr("&DNS server:"), m_dnsServer, All, true);
    m_serverName = new QLineEdit(this);
    m_serverName->setObjectName(QStringLiteral("serverName"));
    m_serverName->setAccessibleName(tr("Name on the certificate"));
    m_serverName->setPlaceholderText(tr("the server name"));
    addRow(tr("&Name on the certificate:"), m_serverName, All, true);
    m_allowCleartext = new QCheckBox(tr("Allow sending the password w&ithout encryption"), this);
    m_allowCleartext->setObjectName(QStringLiteral("allowCleartext"));
    addRow(QString(), m_allowCleartext, Login, true);
    m_cleartextWarning = new QLabel(
        tr("Anyone on the network between you and the server could read the password. Use this "
           "only to test a server on your own network, and change the password afterwards."),
        this);
    m_cleartextWarning->setWordWrap(true);
    addRow(QString(), m_cleartextWarning, Login, true);
    connect(m_allowCleartext, &QCheckBox::toggled, this, &FormPage::updateRows);
    layout->addLayout(m_form);

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

void FormPage::addRow(const QString &label, QWidget *field, unsigned kinds, bool advanced)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    m_form->addRow(l, field);
    m_rows << Row{field, kinds, advanced};
}

bool FormPage::uses(const QWidget *field) const
{
    for (const Row &row : m_rows) {
        if (row.field == field || row.field->isAncestorOf(field))
            return (row.kinds & bit(m_kind)) && (!row.advanced || m_advanced->isChecked());
    }
    return false;
}

void FormPage::updateRows()
{
    for (const Row &row : std::as_const(m_rows)) {
        const bool shown = uses(row.field) &&
                           (row.field != m_cleartextWarning || m_allowCleartext->isChecked()) &&
                           (row.field != m_keychainNote || !m_keychainNote->text().isEmpty());
        // QFormLayout skips a row whose widgets are all hidden.
        row.field->setVisible(shown);
        if (QWidget *label = m_form->labelForField(row.field))
            label->setVisible(shown);
    }
}

void FormPage::clear()
{
    if (auto *both = m_role->button(int(CheckRequest::Role::Both)))
        both->setChecked(true);
    m_errorText->clear();
    m_host->clear();
    m_protocol->setCurrentIndex(0);
    m_port->clear();
    m_user->clear();
    m_password->clear();
    m_remember->setChecked(false);
    m_keychainNote->clear();
    m_ports->clear();
    m_security->setCurrentIndex(0);
    m_timeout->setValue(defaultTimeout());
    m_caFile->setText(m_keptCaFile);
    m_dnsServer->clear();
    m_serverName->clear();
    m_allowCleartext->setChecked(defaultAllowCleartext());
    // Advanced is open when it holds something that changes the check: the person sees it.
    m_advanced->setChecked(!m_keptCaFile.isEmpty() || m_allowCleartext->isChecked());
}

void FormPage::setKind(CheckRequest::Kind kind)
{
    m_kind = kind;
    clear();
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
    updateRows();
    updateErrorReading();
    // The first thing to type: the message, or the server (the role may be left as it is).
    QWidget *first =
        kind == CheckRequest::Kind::ErrorText ? static_cast<QWidget *>(m_errorText) : m_host;
    setFocusProxy(first);
    first->setFocus();
}

void FormPage::fill(const CheckRequest &r, bool lookUpPassword)
{
    // An error message was read into a server, port and mode: repeat that as a server check.
    const CheckRequest::Kind kind =
        r.kind == CheckRequest::Kind::ErrorText ? CheckRequest::Kind::Server : r.kind;
    setKind(kind);
    m_host->setText(r.host);
    m_user->setText(r.user);
    if (kind == CheckRequest::Kind::Account) {
        if (auto *b = m_role->button(int(r.role)))
            b->setChecked(true);
    }
    m_port->setText(r.port ? QString::number(r.port) : QString());
    const int p = m_protocol->findData(r.port ? protocolName(r.protocol) : QString());
    m_protocol->setCurrentIndex(qMax(0, p));
    m_ports->setText(r.ports);
    m_security->setCurrentIndex(qMax(0, m_security->findData(securityName(r.security))));
    m_timeout->setValue(r.timeoutSeconds > 0 ? r.timeoutSeconds : defaultTimeout());
    m_caFile->setText(r.caFile);
    m_dnsServer->setText(r.dnsServer);
    m_serverName->setText(r.serverName);
    m_advanced->setChecked(!r.ports.isEmpty() || !r.caFile.isEmpty() || !r.dnsServer.isEmpty() ||
                           !r.serverName.isEmpty() || m_allowCleartext->isChecked() ||
                           (kind == CheckRequest::Kind::Server && r.security != Security::Auto) ||
                           m_timeout->value() != defaultTimeout());
    updateRows();
    if (lookUpPassword)
        lookUpSavedPassword();
    updateEnabled();
}

void FormPage::askPassword(const QString &why)
{
    m_keychainNote->setText(why);
    updateRows();
    setFocusProxy(m_password);
    m_password->setFocus();
}

CheckRequest FormPage::request() const
{
    CheckRequest r;
    r.kind = m_kind;
    if (uses(m_roleBox))
        r.role = CheckRequest::Role(qMax(0, m_role->checkedId()));
    if (uses(m_host))
        r.host = m_host->text().trimmed();
    if (uses(m_user))
        r.user = m_user->text().trimmed();
    if (uses(m_password))
        r.password = m_password->text();
    if (uses(m_ports))
        r.ports = m_ports->text().trimmed();
    if (uses(m_security))
        r.security =
            securityFromName(m_security->currentData().toString()).value_or(Security::Auto);
    r.timeoutSeconds = uses(m_timeout) ? m_timeout->value() : defaultTimeout();
    if (uses(m_caRow))
        r.caFile = m_caFile->text().trimmed();
    if (uses(m_dnsServer))
        r.dnsServer = m_dnsServer->text().trimmed();
    if (uses(m_serverName))
        r.serverName = m_serverName->text().trimmed();
    r.allowCleartextAuth = uses(m_allowCleartext) && m_allowCleartext->isChecked();
    if (uses(m_serverRow)) {
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
    }
    if (uses(m_errorText)) {
        // The message names the server, the port and the mode: exactly that is checked.
        if (const std::optional<ErrorTextTarget> t =
                targetFromErrorText(m_errorText->toPlainText())) {
            r.host = t->host;
            r.port = t->port;
            r.protocol = t->protocol;
            r.security = t->security;
        }
    }
    if (r.port == 0)
        r.security = Security::Auto; // the advisor tries each port's own mode
    return r;
}

bool FormPage::rememberPassword() const
{
    return uses(m_remember) && m_remember->isChecked() && !m_password->text().isEmpty();
}

bool FormPage::eventFilter(QObject *watched, QEvent *event)
{
    // In the error-message box Enter starts a new line (a pasted message may have several);
    // Ctrl+Enter runs the check.
    if (watched == m_errorText && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (m_check->isEnabled())
                m_check->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    if (uses(m_password) && !m_user->text().isEmpty() && !m_host->text().isEmpty() &&
        m_password->text().isEmpty())
        m_secrets->load(keychainAccount(m_user->text(), m_host->text()));
}

} // namespace Portolan
