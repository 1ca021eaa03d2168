#pragma once

#include "report.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Portolan {

// The text of one diagnosis code, as kept in resources/diagnoses.json.
struct CatalogueEntry
{
    QString code;
    Severity severity = Severity::Error;
    Fault fault = Fault::Server;
    QString title;
    QString explanation;
    QStringList causes;
    QStringList userFixes;
    QStringList adminFixes;
    QString reference; // RFC section, where the behaviour comes from one
    QString verdict;   // one sentence for the helpdesk, with {host} {port} {mode} {other} {names}
};

class Catalogue
{
public:
    // The catalogue built into the program (resources/diagnoses.json).
    static const Catalogue &instance();
    static Catalogue fromJson(const QByteArray &json, QString *error = nullptr);

    [[nodiscard]] const CatalogueEntry *entry(const QString &code) const;
    [[nodiscard]] QStringList codes() const { return m_order; }
    // RFC 3463 enhanced status codes (X.subject.detail) in plain words; empty when unknown.
    [[nodiscard]] QString enhancedStatusText(int subject, int detail) const;
    // The catalogue as Markdown: docs/diagnoses.md is this text.
    [[nodiscard]] QString toMarkdown() const;

private:
    QHash<QString, CatalogueEntry> m_entries;
    QStringList m_order;
    QHash<QString, QString> m_enhanced;
};

} // namespace Portolan
