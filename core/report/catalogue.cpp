#include "catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

void appendList(QString &md, const QString &heading, const QStringList &items,
                const std::function<QString(const QString &)> &fill)
{
    if (items.isEmpty())
        return;
    md += u"**"_s + heading + u"**\n\n"_s;
    for (const QString &item : items) {
        const QString only = item.startsWith("{cli} "_L1)   ? u"(command line) "_s
                             : item.startsWith("{app} "_L1) ? u"(app) "_s
                                                            : QString();
        md += u"- "_s + only + fill(item) + u'\n';
    }
    md += u'\n';
}

// A list item for one audience only: "{cli} …" or "{app} …".
std::optional<Audience> itemAudience(const QString &item)
{
    if (item.startsWith("{cli} "_L1))
        return Audience::CommandLine;
    if (item.startsWith("{app} "_L1))
        return Audience::App;
    return std::nullopt;
}

QString protocolWords(const std::optional<Protocol> &p, const char *smtp, const char *imap,
                      const char *pop3, const char *sieve, const char *any)
{
    if (!p)
        return QString::fromUtf8(any);
    switch (*p) {
    case Protocol::Smtp:
        return QString::fromUtf8(smtp);
    case Protocol::Imap:
        return QString::fromUtf8(imap);
    case Protocol::Pop3:
        return QString::fromUtf8(pop3);
    case Protocol::Sieve:
        break;
    }
    return QString::fromUtf8(sieve);
}

} // namespace

TextContext textContext(const Report &report, Audience audience)
{
    return TextContext{report.target.protocol, report.target.host, report.target.port,
                       report.effectiveSecurity, audience};
}

QString Catalogue::optionName(const QString &option, Audience audience,
                              const Translate &translate) const
{
    if (audience == Audience::CommandLine)
        return u"--"_s + option;
    const QString name = m_appOptions.value(option);
    return translate && !name.isEmpty() ? translate(name) : name;
}

QString Catalogue::fill(QString text, const TextContext &c, const Translate &translate) const
{
    if (itemAudience(text))
        text.remove(0, 6);
    static const QRegularExpression option(u"\\{opt:([a-z0-9-]+)\\}"_s);
    for (QRegularExpressionMatch m = option.match(text); m.hasMatch(); m = option.match(text)) {
        QString name = optionName(m.captured(1), c.audience, translate);
        if (name.isEmpty()) // no such control in the app: its flag, never an empty gap
            name = optionName(m.captured(1), Audience::CommandLine);
        text.replace(m.capturedStart(), m.capturedLength(), name);
    }
    const std::optional<Protocol> &p = c.protocol;
    text.replace("{host}"_L1, c.host.isEmpty() ? u"HOST"_s : c.host);
    text.replace("{port}"_L1, c.port == 0 ? u"PORT"_s : QString::number(c.port));
    // The phrases around the port numbers are sentences' parts: translated (context "Catalogue")
    // when the caller translates, English otherwise (the command line installs no translator).
    auto words = [&](const char *source) {
        return translate ? QCoreApplication::translate("Catalogue", source)
                         : QString::fromUtf8(source);
    };
    auto port = [&](quint16 number) {
        return words(QT_TRANSLATE_NOOP("Catalogue", "port %1")).arg(number);
    };
    // RFC 8314 §3.3 (implicit TLS), RFC 6409 (submission), RFC 5804 (ManageSieve: STARTTLS only).
    // A port seen working in that mode on this host wins over the standard number.
    auto standard = [&](quint16 smtp, quint16 imap, quint16 pop3, quint16 sieve) -> quint16 {
        if (!p)
            return 0;
        switch (*p) {
        case Protocol::Smtp:
            return smtp;
        case Protocol::Imap:
            return imap;
        case Protocol::Pop3:
            return pop3;
        case Protocol::Sieve:
            break;
        }
        return sieve;
    };
    const quint16 tlsPort = c.tlsPort ? c.tlsPort : standard(465, 993, 995, 0);
    const quint16 starttlsPort = c.starttlsPort ? c.starttlsPort : standard(587, 143, 110, 4190);
    QString tlsWords;
    if (tlsPort)
        tlsWords = port(tlsPort);
    else if (p)
        tlsWords = words(QT_TRANSLATE_NOOP("Catalogue", "another port"));
    else
        tlsWords =
            words(QT_TRANSLATE_NOOP("Catalogue", "port 465 (SMTP), 993 (IMAP) or 995 (POP3)"));
    text.replace("{tlsport}"_L1, tlsWords);
    text.replace(
        "{starttlsport}"_L1,
        p ? port(starttlsPort)
          : words(QT_TRANSLATE_NOOP(
                "Catalogue", "port 587 (SMTP), 143 (IMAP), 110 (POP3) or 4190 (ManageSieve)")));
    QString secure;
    if (!p)
        secure = words(QT_TRANSLATE_NOOP(
            "Catalogue", "SSL/TLS (465 for SMTP, 993 for IMAP, 995 for POP3) or STARTTLS "
                         "(587 for SMTP, 143 for IMAP, 110 for POP3, 4190 for ManageSieve)"));
    else if (!tlsPort)
        secure = words(QT_TRANSLATE_NOOP("Catalogue", "port %1 with STARTTLS")).arg(starttlsPort);
    else
        secure =
            words(QT_TRANSLATE_NOOP("Catalogue", "port %1 with SSL/TLS or port %2 with STARTTLS"))
                .arg(tlsPort)
                .arg(starttlsPort);
    text.replace("{secureports}"_L1, secure);
    text.replace("{starttls}"_L1,
                 p && c.security == Security::Tls
                     ? QString()
                     : protocolWords(p, " -starttls smtp", " -starttls imap", " -starttls pop3",
                                     " -starttls sieve", " [-starttls smtp|imap|pop3|sieve]"));
    text.replace("{capa}"_L1, protocolWords(p, "EHLO", "CAPABILITY", "CAPA", "CAPABILITY",
                                            "EHLO/CAPABILITY/CAPA"));
    text.replace("{protocol}"_L1,
                 p ? protocolTitle(*p)
                   : words(QT_TRANSLATE_NOOP("Catalogue", "SMTP, IMAP, POP3 or ManageSieve")));
    text.replace("{service}"_L1,
                 protocolWords(p, "postfix", "dovecot", "dovecot", "dovecot", "postfix dovecot"));
    text.replace("{authcap}"_L1, protocolWords(p, "AUTH", "AUTH=", "SASL", "SASL", "AUTH"));
    return text;
}

std::optional<CatalogueEntry> Catalogue::rendered(Code code, const TextContext &context,
                                                  const Translate &translate) const
{
    const CatalogueEntry *e = entry(code);
    if (!e)
        return std::nullopt;
    auto one = [&](const QString &text) {
        return fill(translate ? translate(text) : text, context, translate);
    };
    auto list = [&](const QStringList &items) {
        QStringList out;
        for (const QString &item : items) {
            if (const std::optional<Audience> only = itemAudience(item);
                !only || *only == context.audience)
                out << one(item);
        }
        return out;
    };
    CatalogueEntry r = *e;
    r.title = one(e->title);
    r.explanation = one(e->explanation);
    r.causes = list(e->causes);
    r.userFixes = list(e->userFixes);
    r.adminFixes = list(e->adminFixes);
    // The verdict keeps its own placeholders ({names}, {evidence}): fillVerdict() fills them.
    r.verdict = translate ? translate(e->verdict) : e->verdict;
    return r;
}

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
    const QJsonObject options = doc.object().value("options"_L1).toObject();
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        c.m_appOptions.insert(it.key(), it.value().toString());
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
    // Every protocol's ports, HOST and PORT; options as the command line names them.
    const TextContext generic;
    auto fill = [&](const QString &text) {
        return this->fill(text, generic);
    };
    for (const CatalogueEntry &e : m_entries) {
        md += u"## %1\n\n"_s.arg(codeName(e.code));
        md += u"**%1** (%2; fault: %3)\n\n"_s.arg(e.title, severityName(e.severity),
                                                  faultName(e.fault));
        md += fill(e.explanation) + u"\n\n"_s;
        if (!e.verdict.isEmpty())
            md += u"Verdict: *"_s + fill(e.verdict) + u"*\n\n"_s;
        appendList(md, u"Likely causes"_s, e.causes, fill);
        appendList(md, u"What the user can do"_s, e.userFixes, fill);
        appendList(md, u"What the server admin can do"_s, e.adminFixes, fill);
        if (!e.reference.isEmpty())
            md += u"Reference: "_s + e.reference + u"\n\n"_s;
    }
    return md;
}

} // namespace Portolan
