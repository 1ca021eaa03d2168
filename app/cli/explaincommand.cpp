#include "explaincommand.h"

#include "report/catalogue.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

ExplainCommand::ExplainCommand()
    : Command(u"explain"_s, u"Explains a diagnosis code: what it means, its likely causes, "
                            "and what the user and the server's admin can do."_s)
    , m_all(u"all"_s, u"Every code."_s)
    , m_markdown(u"markdown"_s, u"The catalogue as Markdown (docs/diagnoses.md)."_s)
{
    addOptions({m_all, m_markdown});
    addPositionalArgument(u"code"_s, u"A diagnosis code, e.g. connection-refused."_s);
}

int ExplainCommand::run(const QCommandLineParser &parser)
{
    const Catalogue &catalogue = Catalogue::instance();
    if (parser.isSet(m_markdown)) {
        out() << catalogue.toMarkdown();
        return ExitPassed;
    }
    QList<Code> codes = catalogue.codes();
    if (!parser.isSet(m_all)) {
        codes.clear();
        for (const QString &name : parser.positionalArguments()) {
            const std::optional<Code> code = codeFromName(name);
            if (!code || !catalogue.entry(*code))
                return usageError(u"unknown diagnosis code '%1'"_s.arg(name));
            codes << *code;
        }
    }
    if (codes.isEmpty())
        return usageError(u"explain needs a diagnosis code (or --all)"_s);
    for (const Code code : std::as_const(codes)) {
        // Every protocol's ports, HOST and PORT: no check to fill them from.
        const std::optional<CatalogueEntry> rendered = catalogue.rendered(code, TextContext{});
        const CatalogueEntry *e = &*rendered;
        out() << codeName(code) << " — " << e->title << " (" << severityName(e->severity)
              << ", fault: " << faultName(e->fault) << ")\n  " << e->explanation << "\n";
        auto list = [](const QString &heading, const QStringList &items) {
            if (items.isEmpty())
                return;
            out() << "  " << heading << ":\n";
            for (const QString &i : items)
                out() << "    - " << i << "\n";
        };
        list(u"Likely causes"_s, e->causes);
        list(u"What the user can do"_s, e->userFixes);
        list(u"What the server's admin can do"_s, e->adminFixes);
        if (!e->reference.isEmpty())
            out() << "  See " << e->reference << "\n";
        out() << "\n";
    }
    return ExitPassed;
}

} // namespace Portolan::Cli
