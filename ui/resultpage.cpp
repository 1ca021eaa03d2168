#include "resultpage.h"

#include "copyfeedback.h"
#include "icons.h"
#include "pagekeys.h"
#include "report/catalogue.h"
#include "report/writers.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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

bool isProblem(const Diagnosis &d)
{
    return d.severity == Severity::Error || d.severity == Severity::Warning;
}

int countOf(const Report &r, Severity s)
{
    return int(std::count_if(r.diagnoses.cbegin(), r.diagnoses.cend(),
                             [s](const Diagnosis &d) { return d.severity == s; }));
}

// A folding section: a toggle with an arrow and the widget it shows.
QWidget *folded(const QString &title, const QString &name, QWidget *parent, QLayout *into)
{
    auto *toggle = new QToolButton(parent);
    toggle->setObjectName(name + QStringLiteral("Toggle"));
    toggle->setText(title);
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    into->addWidget(toggle);
    auto *body = new QWidget(parent);
    body->setObjectName(name);
    body->setVisible(false);
    into->addWidget(body);
    QObject::connect(toggle, &QToolButton::toggled, body, [body, toggle](bool on) {
        body->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    return body;
}

} // namespace

ResultPage::ResultPage(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    auto *outer = new QVBoxLayout(this);
    m_scroll->setObjectName(QStringLiteral("resultScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll, 1);
    m_content = new QWidget(m_scroll);
    m_layout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    // The page's focus goes to the scrolling result, so the page keys scroll it at once.
    setFocusProxy(m_scroll);

    auto *buttons = new QHBoxLayout;
    auto *ticket = new QPushButton(tr("&Copy for ticket"), this);
    ticket->setObjectName(QStringLiteral("copyTicket"));
    connect(ticket, &QPushButton::clicked, this, [this, ticket] {
        Q_EMIT copyTicket(); // the window puts the summary on the clipboard
        showCopied(ticket);
    });
    buttons->addWidget(ticket);
    const std::tuple<QString, QString, void (ResultPage::*)()> actions[] = {
        {tr("&Export report…"), QStringLiteral("exportReport"), &ResultPage::exportReport},
        {tr("E&xplain TLS"), QStringLiteral("explainTls"), &ResultPage::explainTls},
        {tr("Show the mail &route"), QStringLiteral("showRoute"), &ResultPage::showRoute},
        {tr("&Watch this server"), QStringLiteral("watchServer"), &ResultPage::watchServer},
        {tr("Ports your &server needs"), QStringLiteral("showPorts"), &ResultPage::showPorts},
        {tr("&New check"), QStringLiteral("newCheck"), &ResultPage::newCheck}};
    for (const auto &[text, name, signal] : actions) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
        if (signal == &ResultPage::showPorts)
            m_ports = b;
    }
    auto *details = new QPushButton(tr("&Details"), this);
    details->setObjectName(QStringLiteral("details"));
    connect(details, &QPushButton::clicked, this, [this] { Q_EMIT showDetails(-1); });
    buttons->addWidget(details);
    outer->addLayout(buttons);
}

void ResultPage::keyPressEvent(QKeyEvent *event)
{
    if (!scrollByPageKey(m_scroll, event->key()))
        QWidget::keyPressEvent(event);
}

void ResultPage::addProblem(QWidget *parent, QLayout *list, const ScanReport &scan,
                            const PortAdvice &advice, const Diagnosis &d, bool forAdmin)
{
    // Translated, filled for this port, options named as the app's controls.
    const std::optional<CatalogueEntry> e = Catalogue::instance().rendered(
        d.code, textContext(scan, advice.report, Audience::App), catalogueText);
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("problem"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *fl = new QVBoxLayout(frame);
    auto *head = new QHBoxLayout;
    auto *i = new QLabel(frame);
    i->setPixmap(statusIcon(statusOf(d.severity), palette()).pixmap(20, 20));
    i->setAccessibleName(statusWord(statusOf(d.severity)));
    head->addWidget(i);
    const QString title = e ? e->title : QString(codeName(d.code));
    auto *t = new QLabel(forAdmin ? QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped())
                                  : QStringLiteral("<b>%1</b> — %2 %3")
                                        .arg(title.toHtmlEscaped(),
                                             protocolTitle(advice.target.protocol).toHtmlEscaped())
                                        .arg(advice.target.port),
                         frame);
    t->setWordWrap(true);
    head->addWidget(t, 1);
    fl->addLayout(head);
    if (e)
        fl->addWidget(catalogueLabel(e->explanation, frame));
    if (!d.evidence.isEmpty())
        fl->addWidget(wrapped(tr("Evidence: %1").arg(d.evidence), frame, true));
    auto bullets = [](const QStringList &fixes, QWidget *into, QLayout *layout) {
        for (const QString &fix : fixes)
            layout->addWidget(catalogueLabel(QStringLiteral("• ") + fix, into));
    };
    if (forAdmin) {
        // The admin's own fix, open; what the users can do is theirs, folded.
        if (e && !e->adminFixes.isEmpty()) {
            auto *fix = wrapped(tr("How to fix it:"), frame);
            fix->setObjectName(QStringLiteral("adminFix"));
            fl->addWidget(fix);
            bullets(e->adminFixes, frame, fl);
        }
    } else {
        if (e && !e->userFixes.isEmpty()) {
            fl->addWidget(wrapped(tr("What you can do:"), frame));
            bullets(e->userFixes, frame, fl);
        }
        if (e && !e->adminFixes.isEmpty()) {
            QWidget *admin = folded(tr("What your mail admin should check"),
                                    QStringLiteral("adminFixes"), frame, fl);
            auto *al = new QVBoxLayout(admin);
            al->setContentsMargins(16, 0, 0, 0);
            bullets(e->adminFixes, admin, al);
        }
        const int port = int(&advice - scan.ports.constData());
        auto *evidence = new QPushButton(tr("Show the evidence"), frame);
        connect(evidence, &QPushButton::clicked, this, [this, port] { Q_EMIT showDetails(port); });
        fl->addWidget(evidence, 0, Qt::AlignLeft);
    }
    list->addWidget(frame);
}

void ResultPage::show(const ScanReport &shownScan, const CheckRequest &request)
{
    m_scan = shownScan;
    const ScanReport &scan = m_scan;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const PortAdvice *lead = scan.headline();
    const Severity result = lead ? lead->report.result() : Severity::Error;
    const bool wantSending = request.kind != CheckRequest::Kind::Account ||
                             request.role != CheckRequest::Role::Receiving;
    const bool wantReceiving =
        request.kind != CheckRequest::Kind::Account || request.role != CheckRequest::Role::Sending;
    const PortAdvice *sending = wantSending ? scan.best(Protocol::Smtp) : nullptr;
    const PortAdvice *receiving = wantReceiving ? scan.bestReceiving() : nullptr;
    // The admin checking a whole server; the end user whose account works.
    const bool hostView = request.kind == CheckRequest::Kind::Server && scan.ports.size() > 1;
    const bool accountWorks = request.kind == CheckRequest::Kind::Account &&
                              (sending || receiving) && (!wantSending || sending) &&
                              (!wantReceiving || receiving);
    m_ports->setVisible(request.kind != CheckRequest::Kind::Account);

    int failing = 0, warned = 0;
    Severity worst = Severity::Ok;
    for (const PortAdvice &a : scan.ports) {
        const Severity s = a.report.result();
        worst = std::max(worst, s);
        failing += s == Severity::Error;
        warned += s == Severity::Warning;
    }

    // The card.
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("verdictCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto *cardLayout = new QHBoxLayout(card);
    const Severity shown = hostView ? worst : accountWorks ? Severity::Ok : result;
    auto *icon = new QLabel(card);
    icon->setPixmap(statusIcon(statusOf(shown), palette()).pixmap(48, 48));
    icon->setAccessibleName(statusWord(statusOf(shown)));
    cardLayout->addWidget(icon, 0, Qt::AlignTop);
    auto *cardText = new QVBoxLayout;
    QString verdictText, faultText;
    if (hostView) {
        const int total = int(scan.ports.size());
        verdictText = failing + warned == 0
                          ? tr("All %1 ports of %2 work.").arg(total).arg(scan.host)
                          : tr("%1 of %2 ports of %3 have problems.")
                                .arg(failing + warned)
                                .arg(total)
                                .arg(scan.host);
        QStringList parts;
        if (failing)
            parts << (failing == 1 ? tr("1 does not work") : tr("%1 do not work").arg(failing));
        if (warned)
            parts << (warned == 1 ? tr("1 works with warnings")
                                  : tr("%1 work with warnings").arg(warned));
        QStringList best;
        if (sending)
            best << tr("sending on port %1 (%2)")
                        .arg(sending->target.port)
                        .arg(securitySettingWords(sending->report.effectiveSecurity));
        if (receiving)
            best << tr("receiving with %1 on port %2 (%3)")
                        .arg(protocolTitle(receiving->target.protocol))
                        .arg(receiving->target.port)
                        .arg(securitySettingWords(receiving->report.effectiveSecurity));
        if (!parts.isEmpty())
            faultText = parts.join(QStringLiteral("; ")) + QStringLiteral(". ");
        // A role none of whose ports was checked did not fail: it goes unmentioned.
        auto checked = [&scan](PortRole role) {
            return std::any_of(scan.ports.cbegin(), scan.ports.cend(), [role](const PortAdvice &a) {
                return portRole(a.target.protocol) == role;
            });
        };
        const bool sendingChecked = checked(PortRole::Sending);
        const bool receivingChecked = checked(PortRole::Receiving);
        if (!best.isEmpty())
            faultText += tr("Best working settings: %1.").arg(best.join(QStringLiteral("; ")));
        else if (sendingChecked && receivingChecked)
            faultText += tr("No port works for sending or receiving.");
        else if (sendingChecked)
            faultText += tr("No port works for sending.");
        else if (receivingChecked)
            faultText += tr("No port works for receiving.");
        else
            faultText += tr("No port works.");
    } else if (accountWorks) {
        verdictText = tr("It works — type these settings.");
        int admin = 0;
        for (const PortAdvice &a : scan.ports)
            admin += countOf(a.report, Severity::Error) + countOf(a.report, Severity::Warning);
        faultText = admin == 0 ? tr("Everything asked for works.")
                               : tr("The mail admin has something to look at (folded below); "
                                    "it does not stop you.");
    } else {
        verdictText = lead ? verdictWords(lead->report,
                                          textContext(scan, lead->report, Audience::App).tlsPort)
                           : tr("Nothing was checked.");
        faultText = lead ? faultWords(lead->report.verdict.fault, result) : QString();
    }
    auto *verdict = wrapped(verdictText, card);
    verdict->setObjectName(QStringLiteral("verdict"));
    QFont big = verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    verdict->setFont(big);
    cardText->addWidget(verdict);
    auto *fault = wrapped(faultText, card);
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
        copy->setObjectName(QStringLiteral("copySetting"));
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        connect(copy, &QToolButton::clicked, this, [this, copy, label, value] {
            copyWithFeedback(copy, value);
            Q_EMIT copied(tr("%1: %2").arg(label, value));
        });
        grid->addWidget(copy, row, 2);
        ++row;
    };
    const std::pair<const PortAdvice *, QString> roles[] = {{sending, tr("Outgoing mail (SMTP)")},
                                                            {receiving, tr("Incoming mail")}};
    for (const auto &[advice, title] : roles) {
        if (!advice)
            continue;
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
    if (!sending && !receiving)
        grid->addWidget(wrapped(tr("No setting works yet: the problems below say why."), settings),
                        row++, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    // The admin reads the problems first; everyone else the settings.
    if (!hostView)
        m_layout->addWidget(settings);

    if (hostView) {
        // Every problem of every port, grouped by port, worst port first.
        QList<const PortAdvice *> order;
        for (const PortAdvice &a : scan.ports) {
            if (std::any_of(a.report.diagnoses.cbegin(), a.report.diagnoses.cend(), isProblem))
                order << &a;
        }
        std::stable_sort(order.begin(), order.end(), [](const PortAdvice *x, const PortAdvice *y) {
            if (x->report.result() != y->report.result())
                return int(x->report.result()) > int(y->report.result());
            return countOf(x->report, Severity::Error) > countOf(y->report, Severity::Error);
        });
        if (!order.isEmpty()) {
            auto *box = new QGroupBox(tr("Problems, port by port"), m_content);
            box->setObjectName(QStringLiteral("problemsByPort"));
            auto *list = new QVBoxLayout(box);
            for (const PortAdvice *a : std::as_const(order)) {
                auto *group = new QFrame(box);
                group->setObjectName(QStringLiteral("portProblems-%1").arg(a->target.port));
                auto *gl = new QVBoxLayout(group);
                gl->setContentsMargins(0, 6, 0, 6);
                auto *head = new QHBoxLayout;
                const Status s = statusOf(a->report.result());
                auto *ic = new QLabel(group);
                ic->setPixmap(statusIcon(s, palette()).pixmap(24, 24));
                ic->setAccessibleName(statusWord(s));
                head->addWidget(ic);
                auto *name = new QLabel(
                    QStringLiteral("<b>%1</b> — %2")
                        .arg(portWords(a->target, a->report.effectiveSecurity).toHtmlEscaped(),
                             statusWord(s).toHtmlEscaped()),
                    group);
                name->setObjectName(QStringLiteral("portHeading"));
                name->setWordWrap(true);
                head->addWidget(name, 1);
                const int index = int(a - scan.ports.constData());
                auto *evidence = new QPushButton(tr("Show the evidence"), group);
                connect(evidence, &QPushButton::clicked, this,
                        [this, index] { Q_EMIT showDetails(index); });
                head->addWidget(evidence);
                gl->addLayout(head);
                QList<const Diagnosis *> problems;
                for (const Diagnosis &d : a->report.diagnoses) {
                    if (isProblem(d))
                        problems << &d;
                }
                std::stable_sort(problems.begin(), problems.end(),
                                 [](const Diagnosis *x, const Diagnosis *y) {
                                     return int(x->severity) > int(y->severity);
                                 });
                for (const Diagnosis *d : std::as_const(problems))
                    addProblem(group, gl, scan, *a, *d, true);
                list->addWidget(group);
            }
            m_layout->addWidget(box);
        }
    } else {
        // The problems, most severe first, once per code; a failing port another covers is
        // the admin's matter, not a problem for this person.
        QList<std::pair<const PortAdvice *, const Diagnosis *>> problems;
        for (const PortAdvice &a : scan.ports) {
            const bool failingButCovered = !a.works && &a != lead;
            if (failingButCovered && !accountWorks)
                continue;
            for (const Diagnosis &d : a.report.diagnoses) {
                if (!isProblem(d))
                    continue;
                const bool seen =
                    std::any_of(problems.cbegin(), problems.cend(),
                                [&](const auto &p) { return p.second->code == d.code; });
                if (!seen)
                    problems << std::make_pair(&a, &d);
            }
        }
        std::stable_sort(problems.begin(), problems.end(), [](const auto &x, const auto &y) {
            return int(x.second->severity) > int(y.second->severity);
        });
        if (!problems.isEmpty()) {
            auto *box = new QGroupBox(accountWorks ? QString() : tr("Problems found"), m_content);
            box->setObjectName(QStringLiteral("problems"));
            auto *list = new QVBoxLayout(box);
            QWidget *into = box;
            QLayout *intoLayout = list;
            if (accountWorks) {
                // Nothing here stops the person: it is folded, for whoever runs the server.
                into = folded(tr("For the mail admin (%1 to look at)").arg(problems.size()),
                              QStringLiteral("forAdmin"), box, list);
                intoLayout = new QVBoxLayout(into);
                intoLayout->setContentsMargins(0, 0, 0, 0);
            }
            for (const auto &[advice, d] : std::as_const(problems))
                addProblem(into, intoLayout, scan, *advice, *d, false);
            m_layout->addWidget(box);
        }
    }

    if (hostView)
        m_layout->addWidget(settings);

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
            g->addWidget(
                wrapped(adviceWords(a, textContext(scan, a.report, Audience::App).tlsPort), box),
                int(i), 2);
        }
        g->setColumnStretch(2, 1);
        m_layout->addWidget(box);
    }
    m_layout->addStretch();
    // A new result opens at its top, wherever the last one was scrolled to.
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace Portolan
