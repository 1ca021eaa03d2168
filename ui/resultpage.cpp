#include "resultpage.h"

#include "icons.h"
#include "report/catalogue.h"
#include "report/writers.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portolan {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, bool selectable = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A catalogue text: its `code spans` (commands, settings) in a fixed-width font, not in
// backticks; selectable, so a command can be copied.
QLabel *catalogueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(catalogueTextHtml(text), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString faultWords(Fault fault, Severity result)
{
    if (result == Severity::Ok || result == Severity::Info)
        return ResultPage::tr("Everything asked for works.");
    switch (fault) {
    case Fault::Settings:
        return ResultPage::tr("Whose move: your settings.");
    case Fault::Network:
        return ResultPage::tr("Whose move: your network.");
    case Fault::Server:
        return ResultPage::tr("Whose move: the server and its admin.");
    case Fault::None:
        break;
    }
    return QString();
}

} // namespace

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll, 1);
    m_content = new QWidget(scroll);
    m_layout = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);

    auto *buttons = new QHBoxLayout;
    const std::tuple<QString, QString, void (ResultPage::*)()> actions[] = {
        {tr("Copy for &ticket"), QStringLiteral("copyTicket"), &ResultPage::copyTicket},
        {tr("&Export report…"), QStringLiteral("exportReport"), &ResultPage::exportReport},
        {tr("E&xplain TLS"), QStringLiteral("explainTls"), &ResultPage::explainTls},
        {tr("Show the mail &route"), QStringLiteral("showRoute"), &ResultPage::showRoute},
        {tr("&New check"), QStringLiteral("newCheck"), &ResultPage::newCheck}};
    for (const auto &[text, name, signal] : actions) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
    }
    auto *details = new QPushButton(tr("&Details"), this);
    details->setObjectName(QStringLiteral("details"));
    connect(details, &QPushButton::clicked, this, [this] { Q_EMIT showDetails(-1); });
    buttons->addWidget(details);
    outer->addLayout(buttons);
}

void ResultPage::show(const ScanReport &scan, const CheckRequest &request)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Catalogue &catalogue = Catalogue::instance();
    const PortAdvice *lead = scan.headline();
    const Severity result = lead ? lead->report.result() : Severity::Error;

    // The card.
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("verdictCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QHBoxLayout(card);
    auto *icon = new QLabel(card);
    icon->setPixmap(statusIcon(statusOf(result), palette()).pixmap(48, 48));
    icon->setAccessibleName(statusWord(statusOf(result)));
    cardLayout->addWidget(icon, 0, Qt::AlignTop);
    auto *cardText = new QVBoxLayout;
    auto *verdict = wrapped(lead ? verdictWords(lead->report) : tr("Nothing was checked."), card);
    verdict->setObjectName(QStringLiteral("verdict"));
    QFont big = verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    verdict->setFont(big);
    cardText->addWidget(verdict);
    auto *fault = wrapped(lead ? faultWords(lead->report.verdict.fault, result) : QString(), card);
    fault->setObjectName(QStringLiteral("fault"));
    cardText->addWidget(fault);
    cardLayout->addLayout(cardText, 1);
    m_layout->addWidget(card);

    // The settings to type in.
    auto *settings = new QGroupBox(tr("Use these settings"), m_content);
    settings->setObjectName(QStringLiteral("settings"));
    auto *grid = new QGridLayout(settings);
    int row = 0;
    auto addSetting = [&](const QString &label, const QString &value) {
        grid->addWidget(new QLabel(label, settings), row, 0);
        auto *v = new QLabel(value, settings);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QFont bold = v->font();
        bold.setBold(true);
        v->setFont(bold);
        grid->addWidget(v, row, 1);
        auto *copy = new QToolButton(settings);
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        connect(copy, &QToolButton::clicked, this,
                [value] { QGuiApplication::clipboard()->setText(value); });
        grid->addWidget(copy, row, 2);
        ++row;
    };
    const bool wantSending = request.kind != CheckRequest::Kind::Account ||
                             request.role != CheckRequest::Role::Receiving;
    const bool wantReceiving =
        request.kind != CheckRequest::Kind::Account || request.role != CheckRequest::Role::Sending;
    const std::pair<const PortAdvice *, QString> roles[] = {
        {wantSending ? scan.best(Protocol::Smtp) : nullptr, tr("Outgoing mail (SMTP)")},
        {wantReceiving ? scan.bestReceiving() : nullptr, tr("Incoming mail")}};
    bool any = false;
    for (const auto &[advice, title] : roles) {
        if (!advice)
            continue;
        any = true;
        auto *heading =
            new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), settings);
        grid->addWidget(heading, row++, 0, 1, 3);
        addSetting(tr("Protocol"), protocolTitle(advice->target.protocol));
        addSetting(tr("Server"), advice->report.target.host);
        addSetting(tr("Port"), QString::number(advice->target.port));
        addSetting(tr("Security"), securitySettingWords(advice->report.effectiveSecurity));
        if (advice->report.authenticated)
            addSetting(tr("User name"), advice->report.username);
        auto *why = wrapped(adviceWords(*advice), settings);
        grid->addWidget(why, row++, 0, 1, 3);
    }
    if (!any)
        grid->addWidget(wrapped(tr("No setting works yet: the problems below say why."), settings),
                        row++, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    m_layout->addWidget(settings);

    // The problems, most severe first, once per code.
    QList<std::pair<const PortAdvice *, const Diagnosis *>> problems;
    for (const PortAdvice &a : scan.ports) {
        const bool failingButCovered = !a.works && &a != lead;
        if (failingButCovered)
            continue;
        for (const Diagnosis &d : a.report.diagnoses) {
            if (d.severity != Severity::Error && d.severity != Severity::Warning)
                continue;
            const bool seen = std::any_of(problems.cbegin(), problems.cend(),
                                          [&](const auto &p) { return p.second->code == d.code; });
            if (!seen)
                problems << std::make_pair(&a, &d);
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const auto &x, const auto &y) {
        return int(x.second->severity) > int(y.second->severity);
    });
    if (!problems.isEmpty()) {
        auto *box = new QGroupBox(tr("Problems found"), m_content);
        box->setObjectName(QStringLiteral("problems"));
        auto *list = new QVBoxLayout(box);
        for (const auto &[advice, d] : std::as_const(problems)) {
            // Translated, filled for this port, options named as the app's controls.
            const std::optional<CatalogueEntry> e = catalogue.rendered(
                d->code, textContext(advice->report, Audience::App), catalogueText);
            auto *frame = new QFrame(box);
            frame->setFrameShape(QFrame::StyledPanel);
            auto *fl = new QVBoxLayout(frame);
            auto *head = new QHBoxLayout;
            auto *i = new QLabel(frame);
            i->setPixmap(statusIcon(statusOf(d->severity), palette()).pixmap(20, 20));
            i->setAccessibleName(statusWord(statusOf(d->severity)));
            head->addWidget(i);
            auto *t =
                new QLabel(QStringLiteral("<b>%1</b> — %2 %3")
                               .arg((e ? e->title : QString(codeName(d->code))).toHtmlEscaped(),
                                    protocolTitle(advice->target.protocol).toHtmlEscaped())
                               .arg(advice->target.port),
                           frame);
            t->setWordWrap(true);
            head->addWidget(t, 1);
            fl->addLayout(head);
            if (e)
                fl->addWidget(catalogueLabel(e->explanation, frame));
            if (!d->evidence.isEmpty())
                fl->addWidget(wrapped(tr("Evidence: %1").arg(d->evidence), frame, true));
            if (e && !e->userFixes.isEmpty()) {
                fl->addWidget(wrapped(tr("What you can do:"), frame));
                for (const QString &fix : e->userFixes)
                    fl->addWidget(catalogueLabel(QStringLiteral("• ") + fix, frame));
            }
            if (e && !e->adminFixes.isEmpty()) {
                auto *toggle = new QToolButton(frame);
                toggle->setText(tr("What your mail admin should check"));
                toggle->setCheckable(true);
                toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                toggle->setArrowType(Qt::RightArrow);
                fl->addWidget(toggle);
                auto *admin = new QWidget(frame);
                auto *al = new QVBoxLayout(admin);
                al->setContentsMargins(16, 0, 0, 0);
                for (const QString &fix : e->adminFixes)
                    al->addWidget(catalogueLabel(QStringLiteral("• ") + fix, admin));
                admin->setVisible(false);
                fl->addWidget(admin);
                connect(toggle, &QToolButton::toggled, admin, [admin, toggle](bool on) {
                    admin->setVisible(on);
                    toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
                });
            }
            const int port = int(advice - scan.ports.constData());
            auto *evidence = new QPushButton(tr("Show the evidence"), frame);
            connect(evidence, &QPushButton::clicked, this,
                    [this, port] { Q_EMIT showDetails(port); });
            fl->addWidget(evidence, 0, Qt::AlignLeft);
            list->addWidget(frame);
        }
        m_layout->addWidget(box);
    }

    // Every port, one line each.
    if (scan.ports.size() > 1) {
        auto *box = new QGroupBox(tr("All ports"), m_content);
        box->setObjectName(QStringLiteral("allPorts"));
        auto *g = new QGridLayout(box);
        for (qsizetype i = 0; i < scan.ports.size(); ++i) {
            const PortAdvice &a = scan.ports.at(i);
            const Status s = statusOf(a.report.result());
            auto *ic = new QLabel(box);
            ic->setPixmap(statusIcon(s, palette()).pixmap(16, 16));
            ic->setAccessibleName(statusWord(s));
            g->addWidget(ic, int(i), 0);
            g->addWidget(new QLabel(portWords(a.target, a.report.effectiveSecurity), box), int(i),
                         1);
            g->addWidget(wrapped(adviceWords(a), box), int(i), 2);
        }
        g->setColumnStretch(2, 1);
        m_layout->addWidget(box);
    }
    m_layout->addStretch();
}

} // namespace Portolan
