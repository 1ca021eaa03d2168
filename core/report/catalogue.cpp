#include "catalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

static void initResources()
{
    Q_INIT_RESOURCE(portolan_data);
}

namespace Portolan {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

Severity severityFrom(const QString &s)
{
    if (s == "ok"_L1)
        return Severity::Ok;
    if (s == "info"_L1)
        return Severity::Info;
    if (s == "warning"_L1)
        return Severity::Warning;
    return Severity::Error;
}

Fault faultFrom(const QString &s)
{
    if (s == "settings"_L1)
        return Fault::Settings;
    if (s == "network"_L1)
        return Fault::Network;
    if (s == "server"_L1)
        return Fault::Server;
    return Fault::None;
}

void appendList(QString &md, const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    md += u"**"_s + heading + u"**\n\n"_s;
    for (const QString &item : items)
        md += u"- "_s + item + u'\n';
    md += u'\n';
}

} // namespace

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue = [] {
        initResources();
        QFile file(u":/portolan/diagnoses.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the diagnosis catalogue is missing from the resources");
        QString error;
        Catalogue c = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("the diagnosis catalogue does not parse: %s", qPrintable(error));
        return c;
    }();
    return catalogue;
}

Catalogue Catalogue::fromJson(const QByteArray &json, QString *error)
{
    Catalogue c;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return c;
    }
    const QJsonObject enhanced = doc.object().value("enhancedStatus"_L1).toObject();
    for (auto it = enhanced.constBegin(); it != enhanced.constEnd(); ++it)
        c.m_enhanced.insert(it.key(), it.value().toString());
    const QJsonArray codes = doc.object().value("codes"_L1).toArray();
    for (const QJsonValue &value : codes) {
        const QJsonObject o = value.toObject();
        CatalogueEntry e;
        const QString name = o.value("code"_L1).toString();
        const std::optional<Code> code = codeFromName(name);
        if (!code || c.m_index[qsizetype(*code)] != 0) {
            if (error)
                *error = u"unknown or repeated code: '%1'"_s.arg(name);
            continue;
        }
        e.code = *code;
        e.severity = severityFrom(o.value("severity"_L1).toString());
        e.fault = faultFrom(o.value("fault"_L1).toString());
        e.title = o.value("title"_L1).toString();
        e.explanation = o.value("explanation"_L1).toString();
        e.causes = stringList(o.value("causes"_L1));
        e.userFixes = stringList(o.value("fix_user"_L1));
        e.adminFixes = stringList(o.value("fix_admin"_L1));
        e.reference = o.value("reference"_L1).toString();
        e.verdict = o.value("verdict"_L1).toString();
        c.m_entries << e;
        c.m_index[qsizetype(e.code)] = c.m_entries.size();
    }
    return c;
}

const CatalogueEntry *Catalogue::entry(Code code) const
{
    const qsizetype i = m_index[qsizetype(code)];
    return i == 0 ? nullptr : &m_entries.at(i - 1);
}

QList<Code> Catalogue::codes() const
{
    QList<Code> out;
    for (const CatalogueEntry &e : m_entries)
        out << e.code;
    return out;
}

QString Catalogue::enhancedStatusText(int subject, int detail) const
{
    return m_enhanced.value(u"X.%1.%2"_s.arg(subject).arg(detail));
}

QString Catalogue::toMarkdown() const
{
    QString md = u"# Diagnosis catalogue\n\n"
                 "Generated from `resources/diagnoses.json` by `portolan-cli explain --all "
                 "--markdown`; a test keeps the two identical. Codes are stable: they are used by "
                 "the JSON output, the tests and translations, and are never renamed.\n\n"
                 "| code | severity | fault | title |\n|---|---|---|---|\n"_s;
    for (const CatalogueEntry &e : m_entries) {
        md += u"| [`%1`](#%1) | %2 | %3 | %4 |\n"_s.arg(codeName(e.code), severityName(e.severity),
                                                        faultName(e.fault), e.title);
    }
    md += u'\n';
    for (const CatalogueEntry &e : m_entries) {
        md += u"## %1\n\n"_s.arg(codeName(e.code));
        md += u"**%1** (%2; fault: %3)\n\n"_s.arg(e.title, severityName(e.severity),
                                                  faultName(e.fault));
        md += e.explanation + u"\n\n"_s;
        if (!e.verdict.isEmpty())
            md += u"Verdict: *"_s + e.verdict + u"*\n\n"_s;
        appendList(md, u"Likely causes"_s, e.causes);
        appendList(md, u"What the user can do"_s, e.userFixes);
        appendList(md, u"What the server admin can do"_s, e.adminFixes);
        if (!e.reference.isEmpty())
            md += u"Reference: "_s + e.reference + u"\n\n"_s;
    }
    return md;
}

} // namespace Portolan
