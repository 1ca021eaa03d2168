#pragma once

#include "advisor/portscan.h"
#include "checkrun.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace Portolan {

class TimelineView;

// What a transcript line is, for its colour: the client's, the server's, a refusal of the server,
// an event of the check, a TLS-detail probe's marker.
enum class TranscriptLook { Client, Server, Error, Event, Section };

// For helpdesk and admins: per checked port, the phases as bars, the transcript (coloured by
// direction, searchable, copyable; passwords are <redacted> in the engine already), the
// certificate chain with each field and what is wrong highlighted, the TLS versions, and the
// raw JSON.
class DetailsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPage(QWidget *parent = nullptr);
    void show(const ScanReport &scan, int port);
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QString transcriptText() const;
    [[nodiscard]] QPlainTextEdit *transcript() const { return m_transcript; }
    [[nodiscard]] TimelineView *timeline() const { return m_timeline; }
    [[nodiscard]] static TranscriptLook transcriptLook(const TranscriptEntry &entry,
                                                       Protocol protocol);
    [[nodiscard]] static QColor lookColour(TranscriptLook look, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTranscript(const Report &report);
    void showPort(int index);
    void find(bool backwards);

    ScanReport m_scan;
    QComboBox *m_port = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_certificates = nullptr;
    QTreeWidget *m_versions = nullptr;
    QPlainTextEdit *m_json = nullptr;
};

// The phases of one check as horizontal bars on a common time axis, failed ones marked.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setPhases(const QList<PhaseRecord> &phases);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // A row's words: "#2 TLS handshake" and, beside its bar, "6 ms — failed".
    [[nodiscard]] QString labelText(int row) const;
    [[nodiscard]] QString valueText(int row) const;
    // Where a row's parts are drawn at the current width: the value text always whole.
    [[nodiscard]] QRect labelRect(int row) const;
    [[nodiscard]] QRectF barRect(int row) const;
    [[nodiscard]] QRect valueRect(int row) const;
    // The whole row in words (name, time, start, detail): the tooltip.
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int MinLabel = 80;
    static constexpr int MinBars = 60;
    struct Layout
    {
        int line = 0;
        int label = 0; // the names' column, elided when narrower than they are
        int value = 0; // the widest "N ms — failed"
        int bars = 0;
        qint64 end = 1;
    };
    [[nodiscard]] Layout layout() const;

    QList<PhaseRecord> m_phases;
};

} // namespace Portolan
