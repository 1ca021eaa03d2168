#include "detailspage.h"

#include "icons.h"
#include "net/transcript.h"
#include "phasewords.h"
#include "report/writers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portolan {

namespace {

// C: lines in one colour, S: lines in the text colour, events dimmed, TLS start in bold.
class TranscriptHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        const QPalette pal = QApplication::palette();
        QTextCharFormat f;
        if (text.contains(QLatin1StringView(" C: ")))
            f.setForeground(statusColour(Status::Info, pal));
        else if (text.contains(QLatin1StringView(" *  ")))
            f.setForeground(pal.color(QPalette::PlaceholderText));
        if (text.contains(QLatin1StringView("TLS established")))
            f.setFontWeight(QFont::Bold);
        if (text.contains(QLatin1StringView("<redacted>")))
            f.setFontItalic(true);
        setFormat(0, int(text.size()), f);
    }
};

// "#2 Capabilities after TLS (EHLO)": the attempt when it is not the first.
QString label(const PhaseRecord &ph)
{
    return (ph.attempt > 1 ? QStringLiteral("#%1 ").arg(ph.attempt) : QString()) + phaseTitle(ph);
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

QSize TimelineView::sizeHint() const
{
    return {600, int(m_phases.size() + 2) * fontMetrics().height() * 3 / 2};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() * 3 / 2;
    int labelWidth = 0;
    for (const PhaseRecord &ph : std::as_const(m_phases))
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(label(ph)));
    labelWidth += 12;
    qint64 end = 1;
    for (const PhaseRecord &ph : std::as_const(m_phases))
        end = qMax(end, ph.startMs + ph.elapsedMs);
    const int msWidth = fm.horizontalAdvance(QStringLiteral("99999 ms")) + 8;
    const double scale = double(qMax(10, width() - labelWidth - msWidth - 8)) / double(end);
    int y = 4;
    for (const PhaseRecord &ph : std::as_const(m_phases)) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, y, labelWidth - 6, line), Qt::AlignRight | Qt::AlignVCenter, label(ph));
        const Status s = ph.ok ? Status::Ok : Status::Error;
        const QRectF bar(labelWidth + ph.startMs * scale, y + line / 4.0,
                         qMax(3.0, ph.elapsedMs * scale), line / 2.0);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColour(s, palette()));
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(
            QRectF(bar.right() + 4, y, msWidth + 60, line), Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1 ms%2").arg(ph.elapsedMs).arg(ph.ok ? QString() : tr(" — failed")));
        y += line;
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(labelWidth, y, width() - labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("0 to %1 ms").arg(end));
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
    new TranscriptHighlighter(m_transcript->document());
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

void DetailsPage::showPort(int index)
{
    if (index < 0 || index >= m_scan.ports.size())
        return;
    const Report &r = m_scan.ports.at(index).report;
    m_timeline->setPhases(r.phases);

    QStringList lines;
    for (const TranscriptEntry &e : r.transcript)
        lines << Transcript::format(e, false);
    m_transcript->setPlainText(lines.join(u'\n'));

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
            if (i == 0 && r.hasCode(Code::CertHostnameMismatch))
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
