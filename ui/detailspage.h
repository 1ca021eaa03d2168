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

private:
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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<PhaseRecord> m_phases;
};

} // namespace Portolan
