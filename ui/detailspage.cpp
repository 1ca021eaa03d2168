#include "detailspage.h"

#include "checkrun.h"
#include "icons.h"
#include "net/transcript.h"
#include "phasewords.h"
#include "report/writers.h"

#include <cmath>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portolan {

namespace {

// A server line that refuses or fails, by the protocol's own syntax: an SMTP 4xx/5xx reply,
// IMAP's tagged NO/BAD and BYE, POP3's -ERR, ManageSieve's NO/BYE.
bool negativeReply(Protocol protocol, const QString &line)
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    switch (protocol) {
    case Protocol::Smtp:
        return line.size() >= 3 && (line.at(0) == u'4' || line.at(0) == u'5') &&
               line.at(1).isDigit() && line.at(2).isDigit();
    case Protocol::Imap:
        return words.size() >= 2 &&
               (words.at(1).compare(QLatin1StringView("NO"), Qt::CaseInsensitive) == 0 ||
                words.at(1).compare(QLatin1StringView("BAD"), Qt::CaseInsensitive) == 0 ||
                words.at(1).compare(QLatin1StringView("BYE"), Qt::CaseInsensitive) == 0);
    case Protocol::Pop3:
        return words.at(0).startsWith(QLatin1StringView("-ERR"), Qt::CaseInsensitive);
    case Protocol::Sieve:
        break;
    }
    return words.at(0).compare(QLatin1StringView("NO"), Qt::CaseInsensitive) == 0 ||
           words.at(0).compare(QLatin1StringView("BYE"), Qt::CaseInsensitive) == 0;
}

// A colour between the text and the base colour: dimmed, readable on light and dark palettes.
QColor dimmed(const QPalette &pal)
{
    const QColor t = pal.color(QPalette::Text);
    const QColor b = pal.color(QPalette::Base);
    return QColor::fromRgbF(float(t.redF() * 0.62 + b.redF() * 0.38),
                            float(t.greenF() * 0.62 + b.greenF() * 0.38),
                            float(t.blueF() * 0.62 + b.blueF() * 0.38));
}

// The colour of a TLS-detail probe's marker ("[TLSv1.2]"): violet, lighter on dark palettes.
QColor sectionColour(const QPalette &pal)
{
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf);
}

// The phase, and which connection it belongs to when it is not the first: the retry in the other
// mode (attempt 2), the TLS 1.0/1.1 diagnostic connection (3), a TLS version probe (10 and up:
// TLS 1.0, 1.1, 1.2, 1.3; core/protocols/mailcheck.cpp numbers them so).
QString label(const PhaseRecord &ph)
{
    const QString phase = phaseTitle(ph);
    const bool connect = ph.phase == PhaseId::Connect;
    if (ph.attempt == 2) {
        const QString mode = securitySettingWords(ph.security);
        return connect ? TimelineView::tr("Second connection (%1)").arg(mode)
                       : TimelineView::tr("Second connection (%1): %2").arg(mode, phase);
    }
    if (ph.attempt == 3)
        return connect ? TimelineView::tr("Test connection for TLS 1.0/1.1")
                       : TimelineView::tr("Test for TLS 1.0/1.1: %1").arg(phase);
    if (ph.attempt >= 10 && ph.attempt <= 13) {
        const QString version = QStringLiteral("TLS 1.%1").arg(ph.attempt - 10);
        return connect ? TimelineView::tr("Test connection for %1").arg(version)
                       : TimelineView::tr("Test for %1: %2").arg(version, phase);
    }
    if (ph.attempt > 1)
        return TimelineView::tr("Connection %1: %2").arg(ph.attempt).arg(phase);
    return phase;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline of the phases"));
}

void TimelineView::setPhases(const QList<PhaseRecord> &phases)
{
    m_phases = phases;
    updateGeometry();
    update();
}

QString TimelineView::labelText(int row) const
{
    return label(m_phases.at(row));
}

QString TimelineView::valueText(int row) const
{
    const PhaseRecord &ph = m_phases.at(row);
    return ph.ok ? tr("%1 ms").arg(ph.elapsedMs) : tr("%1 ms — failed").arg(ph.elapsedMs);
}

TimelineView::Layout TimelineView::layout() const
{
    const QFontMetrics fm = fontMetrics();
    Layout l;
    l.line = fm.height() * 3 / 2;
    for (int i = 0; i < int(m_phases.size()); ++i) {
        l.label = qMax(l.label, fm.horizontalAdvance(labelText(i)));
        l.value = qMax(l.value, fm.horizontalAdvance(valueText(i)));
    }
    l.label += 12;
    l.value += 8;
    // The words beside the bars are never cut; on a narrow view the phase names give way first
    // (elided, whole on their tooltip), down to a minimum.
    const int bars = width() - l.label - l.value - 8;
    if (bars < MinBars)
        l.label = qMax(MinLabel, l.label - (MinBars - bars));
    l.bars = qMax(10, width() - l.label - l.value - 8);
    for (const PhaseRecord &ph : std::as_const(m_phases))
        l.end = qMax(l.end, ph.startMs + ph.elapsedMs);
    return l;
}

QRect TimelineView::labelRect(int row) const
{
    const Layout l = layout();
    return {0, 4 + row * l.line, l.label - 6, l.line};
}

QRectF TimelineView::barRect(int row) const
{
    const Layout l = layout();
    const PhaseRecord &ph = m_phases.at(row);
    const double scale = double(l.bars) / double(l.end);
    return {l.label + double(ph.startMs) * scale, 4 + row * l.line + l.line / 4.0,
            qMax(3.0, double(ph.elapsedMs) * scale), l.line / 2.0};
}

QRect TimelineView::valueRect(int row) const
{
    const Layout l = layout();
    return {int(std::ceil(barRect(row).right())) + 4, 4 + row * l.line, l.value, l.line};
}

QSize TimelineView::sizeHint() const
{
    const Layout l = layout();
    return {l.label + l.value + 8 + 400, int(m_phases.size() + 2) * l.line};
}

QSize TimelineView::minimumSizeHint() const
{
    const Layout l = layout();
    return {qMin(l.label, MinLabel) + l.value + 8 + MinBars, int(m_phases.size() + 2) * l.line};
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const Layout l = layout();
    const int row = (pos.y() - 4) / l.line;
    if (pos.y() < 4 || row < 0 || row >= int(m_phases.size()))
        return {};
    const PhaseRecord &ph = m_phases.at(row);
    QString text = tr("%1: %2, from %3 ms").arg(labelText(row), valueText(row)).arg(ph.startMs);
    if (!ph.detail.isEmpty())
        text += u'\n' + ph.detail;
    return text;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const Layout l = layout();
    for (int i = 0; i < int(m_phases.size()); ++i) {
        const PhaseRecord &ph = m_phases.at(i);
        const QRect name = labelRect(i);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(name, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labelText(i), Qt::ElideMiddle, name.width()));
        p.setPen(Qt::NoPen);
        p.setBrush(statusColour(ph.ok ? Status::Ok : Status::Error, palette()));
        p.drawRoundedRect(barRect(i), 2, 2);
        p.setPen(ph.ok ? palette().color(QPalette::Text) : statusColour(Status::Error, palette()));
        p.drawText(valueRect(i), Qt::AlignLeft | Qt::AlignVCenter, valueText(i));
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(l.label, 4 + int(m_phases.size()) * l.line, width() - l.label, l.line),
               Qt::AlignLeft | Qt::AlignVCenter, tr("0 to %1 ms").arg(l.end));
}

DetailsPage::DetailsPage(QWidget *parent)
    : QWidget(parent)
    , m_port(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelineView(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_certificates(new QTreeWidget(this))
    , m_versions(new QTreeWidget(this))
    , m_json(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    top->addWidget(portLabel);
    m_port->setObjectName(QStringLiteral("detailsPort"));
    top->addWidget(m_port, 1);
    layout->addLayout(top);
    connect(m_port, &QComboBox::currentIndexChanged, this, &DetailsPage::showPort);

    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setWidget(m_timeline);
    m_tabs->addTab(timelineScroll, tr("Timeline"));

    auto *transcriptPage = new QWidget(this);
    auto *tl = new QVBoxLayout(transcriptPage);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find in the transcript"));
    m_search->setAccessibleName(tr("Find in the transcript"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *next = new QPushButton(tr("Find &next"), transcriptPage);
    auto *copy = new QPushButton(tr("&Copy all"), transcriptPage);
    copy->setObjectName(QStringLiteral("copyTranscript"));
    bar->addWidget(next);
    bar->addWidget(copy);
    tl->addLayout(bar);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tl->addWidget(m_transcript, 1);
    m_tabs->addTab(transcriptPage, tr("Transcript"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(next, &QPushButton::clicked, this, [this] { find(false); });
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_transcript->toPlainText()); });

    m_certificates->setObjectName(QStringLiteral("certificates"));
    m_certificates->setAccessibleName(tr("Certificate chain"));
    m_certificates->setHeaderLabels({tr("Field"), tr("Value")});
    m_certificates->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_certificates, tr("Certificate"));

    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setAccessibleName(tr("TLS versions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Accepted"), tr("Cipher or reason")});
    m_versions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_versions, tr("TLS versions"));

    m_json->setObjectName(QStringLiteral("json"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_json, tr("Raw JSON"));
    layout->addWidget(m_tabs, 1);
}

void DetailsPage::show(const ScanReport &scan, int port)
{
    m_scan = scan;
    const QSignalBlocker block(m_port);
    m_port->clear();
    for (const PortAdvice &a : scan.ports)
        m_port->addItem(statusIcon(statusOf(a.report.result()), palette()),
                        portWords(a.target, a.report.effectiveSecurity));
    int index = port;
    if (index < 0) {
        // The first port that failed, else the recommended one.
        index = 0;
        for (qsizetype i = 0; i < scan.ports.size(); ++i) {
            if (scan.ports.at(i).report.result() == Severity::Error) {
                index = int(i);
                break;
            }
        }
    }
    m_port->setCurrentIndex(index);
    showPort(index);
}

QString DetailsPage::transcriptText() const
{
    return m_transcript->toPlainText();
}

TranscriptLook DetailsPage::transcriptLook(const TranscriptEntry &e, Protocol protocol)
{
    switch (e.kind) {
    case TranscriptEntry::Kind::Client:
        return TranscriptLook::Client;
    case TranscriptEntry::Kind::Server:
        return negativeReply(protocol, e.text) ? TranscriptLook::Error : TranscriptLook::Server;
    case TranscriptEntry::Kind::Event:
        break;
    }
    return TranscriptLook::Event;
}

QColor DetailsPage::lookColour(TranscriptLook look, const QPalette &pal)
{
    switch (look) {
    case TranscriptLook::Client:
        return statusColour(Status::Info, pal);
    case TranscriptLook::Server:
        return pal.color(QPalette::Text);
    case TranscriptLook::Error:
        return statusColour(Status::Error, pal);
    case TranscriptLook::Section:
        return sectionColour(pal);
    case TranscriptLook::Event:
        break;
    }
    return dimmed(pal);
}

void DetailsPage::fillTranscript(const Report &r)
{
    // Coloured by what each line is (the entry's kind, the protocol's refusals, the TLS-detail
    // probe it belongs to), not by its words; the colours follow the palette, light or dark.
    const QPalette pal = m_transcript->palette();
    m_transcript->clear();
    QTextCursor cursor(m_transcript->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const TranscriptEntry &e : r.transcript) {
        if (!first)
            cursor.insertBlock();
        first = false;
        if (!e.section.isEmpty()) {
            QTextCharFormat marker;
            marker.setForeground(lookColour(TranscriptLook::Section, pal));
            marker.setFontWeight(QFont::Bold);
            cursor.insertText(QStringLiteral("[%1] ").arg(e.section), marker);
        }
        const TranscriptLook look = transcriptLook(e, r.target.protocol);
        QTextCharFormat f;
        f.setForeground(lookColour(look, pal));
        if (look == TranscriptLook::Error)
            f.setFontWeight(QFont::Bold);
        if (look == TranscriptLook::Event)
            f.setFontItalic(true);
        cursor.insertText(Transcript::format(e, false), f);
    }
    cursor.endEditBlock();
    m_transcript->moveCursor(QTextCursor::Start);
}

void DetailsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_port->currentIndex() >= 0)
        showPort(m_port->currentIndex());
}

void DetailsPage::showPort(int index)
{
    if (index < 0 || index >= m_scan.ports.size())
        return;
    const Report &r = m_scan.ports.at(index).report;
    m_timeline->setPhases(r.phases);

    fillTranscript(r);

    m_certificates->clear();
    const QPalette pal = palette();
    const QColor bad = statusColour(Status::Error, pal);
    auto field = [](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        auto *i = new QTreeWidgetItem(parent, {name, value});
        i->setToolTip(1, value);
        return i;
    };
    if (!r.tls.established) {
        new QTreeWidgetItem(m_certificates, {tr("No TLS session on this port."), QString()});
    } else {
        auto *session = new QTreeWidgetItem(
            m_certificates,
            {tr("Session"), QStringLiteral("%1, %2").arg(r.tls.protocol, r.tls.cipher)});
        field(session, tr("Verified"),
              r.tls.verified ? tr("yes, for %1").arg(r.tls.peerName) : tr("no"));
        for (const QString &e : r.tls.errors)
            field(session, tr("Error"), e)->setForeground(1, bad);
        if (!r.tls.ocsp.isEmpty())
            field(session, tr("OCSP stapling"),
                  r.tls.ocsp + (r.tls.ocspDetail.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(r.tls.ocspDetail)));
        if (!r.tls.cipherWeakness.isEmpty())
            field(session, tr("Weak cipher"), r.tls.cipherWeakness)->setForeground(1, bad);
        session->setExpanded(true);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < r.tls.chain.size(); ++i) {
            const CertificateFacts &c = r.tls.chain.at(i);
            auto *cert =
                new QTreeWidgetItem(m_certificates, {i == 0 ? tr("Server certificate")
                                                            : tr("Issuer certificate %1").arg(i),
                                                     c.subject});
            field(cert, tr("Subject"), c.subject);
            field(cert, tr("Issuer"), c.issuer);
            auto *names = field(cert, tr("Names"), c.subjectAltNames.join(QStringLiteral(", ")));
            if (i == 0 &&
                (r.hasCode(Code::CertHostnameMismatch) || r.hasCode(Code::CertReservedName)))
                names->setForeground(1, bad);
            auto *validity = field(
                cert, tr("Valid"),
                tr("%1 to %2")
                    .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate)));
            if (c.notAfter < now || c.notBefore > now)
                validity->setForeground(1, bad);
            field(cert, tr("Key"),
                  tr("%1 %2 bits")
                      .arg(c.keyCurve.isEmpty() ? c.keyType : c.keyType + u' ' + c.keyCurve)
                      .arg(c.keyBits));
            field(cert, tr("Signature"), c.signatureAlgorithm);
            field(cert, tr("SHA-256"), c.sha256);
            field(cert, tr("Serial number"), c.serialNumber);
            if (c.selfSigned)
                field(cert, tr("Self-signed"), tr("yes"));
            cert->setExpanded(i == 0);
        }
    }

    m_versions->clear();
    for (const TlsVersionProbe &v : r.tlsVersions) {
        const bool old =
            v.version == QLatin1StringView("TLSv1.0") || v.version == QLatin1StringView("TLSv1.1");
        auto *item = new QTreeWidgetItem(
            m_versions,
            {v.version, v.accepted ? tr("yes") : tr("no"),
             v.accepted
                 ? v.cipher + (v.weakness.isEmpty() ? QString() : tr(" (weak: %1)").arg(v.weakness))
                 : v.detail});
        const Status s = !v.accepted                      ? Status::Pending
                         : (old || !v.weakness.isEmpty()) ? Status::Warning
                                                          : Status::Ok;
        item->setIcon(1, statusIcon(s, pal));
    }
    if (r.tlsVersions.isEmpty())
        new QTreeWidgetItem(m_versions, {tr("Not tested for this port."), QString(), QString()});

    m_json->setPlainText(
        QString::fromUtf8(QJsonDocument(reportToJson(r)).toJson(QJsonDocument::Indented)));
}

void DetailsPage::find(bool backwards)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (!m_transcript->find(text, flags)) {
        // Wrap around.
        QTextCursor c = m_transcript->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_transcript->setTextCursor(c);
        m_transcript->find(text, flags);
    }
}

} // namespace Portolan
