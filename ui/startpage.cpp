#include "startpage.h"

#include <QCommandLinkButton>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QVBoxLayout>

namespace Portolan {

namespace {

// A large choice that shows when it has the keyboard focus (whatever the style, and before the
// first Tab), runs on Enter as on Space, and passes Up and Down to its neighbours.
class ChoiceButton : public QCommandLinkButton
{
public:
    ChoiceButton(const QString &title, const QString &description, QWidget *parent)
        : QCommandLinkButton(title, description, parent)
    {
        setAutoDefault(true); // Enter and Return click a focused push button that is auto-default
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QCommandLinkButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette().color(QPalette::Highlight), 2);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
            focusNextPrevChild(event->key() == Qt::Key_Down);
            return;
        }
        QCommandLinkButton::keyPressEvent(event);
    }
};

QString describe(const CheckRequest &r)
{
    QString what;
    switch (r.kind) {
    case CheckRequest::Kind::Account:
        what = r.user.isEmpty() ? StartPage::tr("account on %1").arg(r.host)
                                : StartPage::tr("%1 at %2").arg(r.user, r.host);
        break;
    case CheckRequest::Kind::Server:
    case CheckRequest::Kind::ErrorText:
        what =
            r.port
                ? StartPage::tr("%1 %2 port %3").arg(protocolTitle(r.protocol), r.host).arg(r.port)
            : r.ports.isEmpty() ? StartPage::tr("server %1").arg(r.host)
                                : StartPage::tr("server %1, ports %2").arg(r.host, r.ports);
        break;
    }
    return what;
}

} // namespace

QList<CheckRequest> recentChecks()
{
    QSettings settings;
    QList<CheckRequest> out;
    const int n = settings.beginReadArray(QStringLiteral("recent"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        CheckRequest r;
        r.kind = CheckRequest::Kind(settings.value(QStringLiteral("kind")).toInt());
        r.role = CheckRequest::Role(settings.value(QStringLiteral("role")).toInt());
        r.host = settings.value(QStringLiteral("host")).toString();
        r.port = quint16(settings.value(QStringLiteral("port")).toUInt());
        r.protocol = protocolFromName(settings.value(QStringLiteral("protocol")).toString())
                         .value_or(Protocol::Smtp);
        r.security = securityFromName(settings.value(QStringLiteral("security")).toString())
                         .value_or(Security::Auto);
        r.ports = settings.value(QStringLiteral("ports")).toString();
        r.user = settings.value(QStringLiteral("user")).toString();
        r.caFile = settings.value(QStringLiteral("caFile")).toString();
        r.dnsServer = settings.value(QStringLiteral("dnsServer")).toString();
        r.serverName = settings.value(QStringLiteral("serverName")).toString();
        const int timeout = settings.value(QStringLiteral("timeoutSeconds")).toInt();
        r.timeoutSeconds =
            timeout > 0 ? timeout : QSettings().value(QStringLiteral("timeoutSeconds"), 15).toInt();
        r.allowCleartextAuth = QSettings().value(QStringLiteral("allowCleartextAuth")).toBool();
        if (!r.host.isEmpty())
            out << r;
    }
    settings.endArray();
    return out;
}

void rememberCheck(const CheckRequest &request)
{
    QList<CheckRequest> list = recentChecks();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const CheckRequest &r) {
                                  return r.kind == request.kind && r.host == request.host &&
                                         r.port == request.port && r.protocol == request.protocol &&
                                         r.ports == request.ports && r.user == request.user;
                              }),
               list.end());
    list.prepend(request);
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recent"), int(qMin<qsizetype>(list.size(), 10)));
    for (int i = 0; i < list.size() && i < 10; ++i) {
        settings.setArrayIndex(i);
        const CheckRequest &r = list.at(i);
        // What was asked, never the password: that lives in the keychain when the user says so.
        settings.setValue(QStringLiteral("kind"), int(r.kind));
        settings.setValue(QStringLiteral("role"), int(r.role));
        settings.setValue(QStringLiteral("host"), r.host);
        settings.setValue(QStringLiteral("port"), r.port);
        settings.setValue(QStringLiteral("protocol"), protocolName(r.protocol));
        settings.setValue(QStringLiteral("security"), securityName(r.security));
        settings.setValue(QStringLiteral("ports"), r.ports);
        settings.setValue(QStringLiteral("user"), r.user);
        // The trusted CA file as a path (never its contents); the check's own settings.
        settings.setValue(QStringLiteral("caFile"), r.caFile);
        settings.setValue(QStringLiteral("dnsServer"), r.dnsServer);
        settings.setValue(QStringLiteral("serverName"), r.serverName);
        settings.setValue(QStringLiteral("timeoutSeconds"), r.timeoutSeconds);
    }
    settings.endArray();
}

void forgetRecentChecks()
{
    QSettings().remove(QStringLiteral("recent"));
}

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("What would you like to do?"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    struct Choice
    {
        CheckRequest::Kind kind;
        QString title;
        QString description;
        QString name;
    };
    const Choice choices[] = {
        {CheckRequest::Kind::Account, tr("Set up or check my mail account"),
         tr("Your mail server, user name and password: Portolan finds the settings that work for "
            "sending and receiving, and what to type into your mail app."),
         QStringLiteral("chooseAccount")},
        {CheckRequest::Kind::Server, tr("Check a mail server"),
         tr("For admins and helpdesk: every mail port of a server, its TLS and certificates, and "
            "the evidence for a ticket."),
         QStringLiteral("chooseServer")},
        {CheckRequest::Kind::ErrorText, tr("I have an error message"),
         tr("Paste the message from your mail app or website: Portolan reads the server, port "
            "and encryption from it and checks exactly that."),
         QStringLiteral("chooseErrorText")},
    };
    for (const Choice &c : choices) {
        auto *button = new ChoiceButton(c.title, c.description, this);
        button->setObjectName(c.name);
        button->setAccessibleName(c.title);
        connect(button, &QCommandLinkButton::clicked, this,
                [this, kind = c.kind] { Q_EMIT chosen(kind); });
        layout->addWidget(button);
        if (!focusProxy())
            setFocusProxy(button); // the page opens with the first choice focused
    }

    auto *recentLabel =
        new QLabel(tr("&Recent checks (press Enter or double-click to repeat):"), this);
    recentLabel->setBuddy(m_recent);
    layout->addSpacing(12);
    layout->addWidget(recentLabel);
    m_recent->setObjectName(QStringLiteral("recentChecks"));
    m_recent->setAccessibleName(tr("Recent checks"));
    layout->addWidget(m_recent, 1);
    auto activate = [this](QListWidgetItem *item) {
        const int i = item->data(Qt::UserRole).toInt();
        const QList<CheckRequest> list = recentChecks();
        if (i >= 0 && i < list.size())
            Q_EMIT repeat(list.at(i));
    };
    connect(m_recent, &QListWidget::itemActivated, this, activate);
    reload();
}

void StartPage::reload()
{
    m_recent->clear();
    const QList<CheckRequest> list = recentChecks();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const CheckRequest &r = list.at(i);
        auto *item = new QListWidgetItem(describe(r), m_recent);
        item->setData(Qt::UserRole, int(i));
        if (!r.caFile.isEmpty())
            item->setToolTip(tr("Trusted CA file: %1").arg(r.caFile));
    }
    if (!list.isEmpty())
        m_recent->setCurrentRow(0); // Enter on the list repeats the newest at once
    if (list.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No checks yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
        item->setData(Qt::UserRole, -1);
    }
}

} // namespace Portolan
