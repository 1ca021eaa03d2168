#include "report.h"

#include "catalogue.h"

using namespace Qt::StringLiterals;

namespace Portolan {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        break;
    }
    return u"error"_s;
}

QString faultName(Fault f)
{
    switch (f) {
    case Fault::None:
        return u"none"_s;
    case Fault::Settings:
        return u"settings"_s;
    case Fault::Network:
        return u"network"_s;
    case Fault::Server:
        break;
    }
    return u"server"_s;
}

QString securityName(Security s)
{
    switch (s) {
    case Security::Auto:
        return u"auto"_s;
    case Security::Tls:
        return u"tls"_s;
    case Security::StartTls:
        return u"starttls"_s;
    case Security::None:
        break;
    }
    return u"none"_s;
}

QString securityClientWords(Security s)
{
    switch (s) {
    case Security::Auto:
        return u"automatic"_s;
    case Security::Tls:
        return u"SSL/TLS"_s;
    case Security::StartTls:
        return u"STARTTLS"_s;
    case Security::None:
        break;
    }
    return u"no encryption"_s;
}

QString protocolName(Protocol p)
{
    switch (p) {
    case Protocol::Smtp:
        return u"smtp"_s;
    case Protocol::Imap:
        return u"imap"_s;
    case Protocol::Pop3:
        return u"pop3"_s;
    case Protocol::Sieve:
        break;
    }
    return u"sieve"_s;
}

QString protocolTitle(Protocol p)
{
    switch (p) {
    case Protocol::Smtp:
        return u"SMTP"_s;
    case Protocol::Imap:
        return u"IMAP"_s;
    case Protocol::Pop3:
        return u"POP3"_s;
    case Protocol::Sieve:
        break;
    }
    return u"ManageSieve"_s;
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3, Protocol::Sieve}) {
        if (name.compare(protocolName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    if (name.compare("managesieve"_L1, Qt::CaseInsensitive) == 0)
        return Protocol::Sieve;
    return std::nullopt;
}

std::optional<Security> securityFromName(const QString &name)
{
    for (Security s : {Security::Auto, Security::Tls, Security::StartTls, Security::None}) {
        if (name.compare(securityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    if (name.compare("ssl"_L1, Qt::CaseInsensitive) == 0)
        return Security::Tls;
    return std::nullopt;
}

Severity Report::result() const
{
    Severity worst = Severity::Ok;
    for (const Diagnosis &d : diagnoses) {
        if (d.severity == Severity::Error)
            return Severity::Error;
        if (d.severity == Severity::Warning)
            worst = Severity::Warning;
    }
    return worst;
}

bool Report::hasCode(Code code) const
{
    return find(code) != nullptr;
}

const Diagnosis *Report::find(Code code) const
{
    for (const Diagnosis &d : diagnoses) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

void concludeReport(Report &report)
{
    const Severity result = report.result();
    if (result == Severity::Ok && !report.hasCode(Code::Ok))
        report.diagnoses.prepend(Diagnosis{Code::Ok, Severity::Ok, {}, {}, {}, {}});

    // The verdict speaks of the first finding of the worst severity: findings are recorded in the
    // order the phases ran, so that is the cause, not a consequence.
    const Diagnosis *lead = nullptr;
    for (const Diagnosis &d : std::as_const(report.diagnoses)) {
        if (d.severity == result) {
            lead = &d;
            break;
        }
    }
    const CatalogueEntry *entry = lead ? Catalogue::instance().entry(lead->code) : nullptr;
    if (!entry) {
        report.verdict = {Fault::Server, u"The check ended with an unknown finding."_s,
                          lead ? lead->code : Code::Ok};
        return;
    }
    report.verdict = {entry->fault, {}, lead->code};
    report.verdict.summary =
        fillVerdict(entry->verdict.isEmpty() ? entry->title : entry->verdict, report);
}

QString fillVerdict(QString sentence, const Report &report)
{
    const Diagnosis *lead = report.find(report.verdict.code);
    // {host}, {port} and the protocol's ports, as every catalogue text has them; what the server
    // said goes in last, so nothing in it is taken for a placeholder.
    sentence = Catalogue::instance().fill(sentence, textContext(report, Audience::CommandLine));
    sentence.replace("{mode}"_L1, securityClientWords(report.firstSecurity));
    sentence.replace("{works}"_L1, securityClientWords(report.effectiveSecurity));
    sentence.replace("{names}"_L1, lead ? lead->detail.join(", "_L1) : QString());
    sentence.replace("{evidence}"_L1, lead ? lead->evidence : QString());
    return sentence;
}

} // namespace Portolan
