#pragma once

#include "report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Portolan {

// The text of one diagnosis code, as kept in resources/diagnoses.json.
struct CatalogueEntry
{
    Code code = Code::Ok;
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
    // An entry whose code is not in the table of codes (codes.h), or is there twice, is an error.
    static Catalogue fromJson(const QByteArray &json, QString *error = nullptr);

    // Nothing when the catalogue has no entry for the code (tst_catalogue: it has one for each).
    [[nodiscard]] const CatalogueEntry *entry(Code code) const;
    // The codes with an entry, in the catalogue's order.
    [[nodiscard]] QList<Code> codes() const;
    // RFC 3463 enhanced status codes (X.subject.detail) in plain words; empty when unknown.
    [[nodiscard]] QString enhancedStatusText(int subject, int detail) const;
    // The catalogue as Markdown: docs/diagnoses.md is this text.
    [[nodiscard]] QString toMarkdown() const;

private:
    QList<CatalogueEntry> m_entries;                       // in the catalogue's order
    std::array<qsizetype, std::size(codeTable)> m_index{}; // by code: 1 + its index in m_entries
    QHash<QString, QString> m_enhanced;
};

} // namespace Portolan
