#include "portspage.h"

#include "checkrun.h"
#include "copyfeedback.h"
#include "icons.h"
#include "pagekeys.h"
#include "report/catalogue.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString audienceWords(PortAudience audience)
{
    return audience == PortAudience::Internet
               ? PortsPage::tr("Who connects: other mail servers, from the whole internet.")
               : PortsPage::tr("Who connects: your users' mail apps, from wherever they are.");
}

Status needStatus(const PortNeed &need)
{
    const std::optional<Severity> r = need.result();
    return r ? statusOf(*r) : Status::Pending;
}

QString needWords(const PortNeed &need)
{
    if (need.checked.isEmpty())
        return PortsPage::tr("not checked");
    return statusWord(needStatus(need));
}

// "Checked on port 3587 (STARTTLS): works." / "…: the server refused the connection."
QString lastCheckWords(const PortNeed &need)
{
    if (need.checked.isEmpty())
        return PortsPage::tr("Not checked in the last check.");
    QStringList parts;
    for (const PortAdvice &a : need.checked) {
        // The problems in the role this port plays, by name ("offers the login without
        // encryption"), never a bare "with warnings".
        QStringList problems;
        for (const Diagnosis &d : need.problems(a)) {
            if (const CatalogueEntry *e = Catalogue::instance().entry(d.code))
                problems << catalogueText(e->title);
            else
                problems << QString(codeName(d.code));
        }
        problems.removeDuplicates();
        QString how = a.works ? (need.resultOf(a) >= Severity::Warning && !problems.isEmpty()
                                     ? PortsPage::tr("works, but: %1").arg(problems.join(u"; "_s))
                                     : PortsPage::tr("works"))
                              : verdictWords(a.report);
        // A port that fails: its other problems too (the verdict names one).
        if (!a.works) {
            QStringList others;
            for (const Diagnosis &d : need.problems(a)) {
                const CatalogueEntry *e = Catalogue::instance().entry(d.code);
                if (e && d.code != a.report.verdict.code)
                    others << catalogueText(e->title);
            }
            others.removeDuplicates();
            if (!others.isEmpty())
                how += u" "_s + PortsPage::tr("Also: %1").arg(others.join(u"; "_s));
        }
        parts << PortsPage::tr("Checked on port %1 (%2): %3")
                     .arg(a.target.port)
                     .arg(securitySettingWords(a.report.effectiveSecurity), how);
    }
    return parts.join(QLatin1Char('\n'));
}

QFont monospace(const QFont &base)
{
    QFont f = base;
    f.setFamilies({QStringLiteral("monospace")});
    f.setStyleHint(QFont::TypeWriter);
    return f;
}

} // namespace

PortsPage::PortsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Ports your server needs"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    outer->addWidget(title);
    m_intro->setObjectName(QStringLiteral("portsIntro"));
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_layout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);
    setFocusProxy(m_scroll);
    rebuild();
}

void PortsPage::setScan(const ScanReport *scan)
{
    m_scan = scan ? *scan : ScanReport{};
    rebuild();
}

void PortsPage::keyPressEvent(QKeyEvent *event)
{
    if (!scrollByPageKey(m_scroll, event->key()))
        QWidget::keyPressEvent(event);
}

void PortsPage::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_needs = portNeeds(m_scan.ports.isEmpty() ? nullptr : &m_scan);
    m_intro->setText(
        m_scan.ports.isEmpty()
            ? tr("Which ports a mail server must have open in its firewall, who connects to each, "
                 "and the line that opens it. Check a server to see how each port does.")
            : tr("Which ports %1 must have open in its firewall, who connects to each, how each "
                 "did in the last check, and the line that opens it.")
                  .arg(m_scan.host));

    // Every rule of one firewall at once.
    auto *allRow = new QWidget(m_content);
    auto *all = new QHBoxLayout(allRow);
    all->setContentsMargins(0, 0, 0, 0);
    all->addWidget(new QLabel(tr("Copy every rule for:"), allRow));
    for (Firewall fw : firewalls) {
        auto *b = new QPushButton(firewallName(fw), allRow);
        b->setObjectName(QStringLiteral("copyAll-") + firewallName(fw));
        b->setAccessibleName(tr("Copy every %1 rule").arg(firewallName(fw)));
        b->setToolTip(firewallScript(fw, m_needs));
        connect(b, &QPushButton::clicked, this, [this, b, fw] {
            copyWithFeedback(b, firewallScript(fw, m_needs));
            Q_EMIT copied(tr("every %1 rule").arg(firewallName(fw)));
        });
        all->addWidget(b);
    }
    all->addStretch();
    m_layout->addWidget(allRow);

    const QFont mono = monospace(font());
    for (const PortNeed &need : std::as_const(m_needs)) {
        const MailPortSpec &spec = *need.spec;
        const Status status = needStatus(need);
        const QString key = QString::number(spec.port);
        auto *card = new QFrame(m_content);
        card->setObjectName(QStringLiteral("port-") + key);
        card->setFrameShape(QFrame::StyledPanel);
        // The colour of the result as a bar on the left; the icon and the word say it too.
        auto *row = new QHBoxLayout(card);
        auto *bar = new QWidget(card);
        bar->setObjectName(QStringLiteral("bar-") + key);
        bar->setFixedWidth(6);
        bar->setAutoFillBackground(true);
        QPalette barColour = bar->palette();
        barColour.setColor(QPalette::Window, statusColour(status, palette()));
        bar->setPalette(barColour);
        row->addWidget(bar);
        auto *cl = new QVBoxLayout;
        row->addLayout(cl, 1);
        auto *head = new QHBoxLayout;
        auto *icon = new QLabel(card);
        icon->setPixmap(statusIcon(status, palette()).pixmap(22, 22));
        icon->setAccessibleName(needWords(need));
        head->addWidget(icon);
        QString numbers;
        for (quint16 p : need.openPorts())
            numbers += (numbers.isEmpty() ? QString() : QStringLiteral(", ")) + QString::number(p);
        const QString heading =
            need.openPorts() == QList<quint16>{spec.port}
                ? tr("Port %1 — %2").arg(spec.port).arg(protocolTitle(spec.protocol))
                : tr("Port %1 — %2 (standard port %3)")
                      .arg(numbers, protocolTitle(spec.protocol))
                      .arg(spec.port);
        auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), card);
        name->setObjectName(QStringLiteral("heading-") + key);
        head->addWidget(name, 1);
        auto *word = new QLabel(needWords(need), card);
        word->setObjectName(QStringLiteral("status-") + key);
        QFont bold = word->font();
        bold.setBold(true);
        word->setFont(bold);
        head->addWidget(word);
        cl->addLayout(head);
        cl->addWidget(wrapped(QCoreApplication::translate("MailPorts", spec.purpose), card));
        cl->addWidget(wrapped(audienceWords(spec.audience), card));
        auto *last = wrapped(lastCheckWords(need), card);
        last->setObjectName(QStringLiteral("lastCheck-") + key);
        cl->addWidget(last);

        auto *rules = new QGridLayout;
        int line = 0;
        for (Firewall fw : firewalls) {
            const QString text = firewallRules(fw, need).join(QLatin1Char('\n'));
            rules->addWidget(new QLabel(firewallName(fw), card), line, 0, Qt::AlignTop);
            auto *rule = new QLabel(text, card);
            rule->setObjectName(QStringLiteral("rule-%1-%2").arg(key, firewallName(fw)));
            rule->setFont(mono);
            rule->setTextFormat(Qt::PlainText);
            rule->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            rules->addWidget(rule, line, 1, Qt::AlignTop);
            auto *copy = new QToolButton(card);
            copy->setObjectName(QStringLiteral("copy-%1-%2").arg(key, firewallName(fw)));
            copy->setText(tr("Copy"));
            copy->setAccessibleName(
                tr("Copy the %1 rule for port %2").arg(firewallName(fw), numbers));
            connect(copy, &QToolButton::clicked, this, [this, copy, text, fw, numbers] {
                copyWithFeedback(copy, text);
                Q_EMIT copied(tr("the %1 rule for port %2").arg(firewallName(fw), numbers));
            });
            rules->addWidget(copy, line, 2, Qt::AlignTop);
            ++line;
        }
        rules->setColumnStretch(1, 1);
        cl->addLayout(rules);
        m_layout->addWidget(card);
    }
    m_layout->addStretch();
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace Portolan
