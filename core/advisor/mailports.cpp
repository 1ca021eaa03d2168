#include "mailports.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr MailPortSpec specs[] = {
    {25, Protocol::Smtp, Security::StartTls, PortAudience::Internet, false, "smtp", "smtp",
     QT_TRANSLATE_NOOP("MailPorts",
                       "Mail from other mail servers to your domains (server to server).")},
    {465, Protocol::Smtp, Security::Tls, PortAudience::Users, false, "submissions", "smtps",
     QT_TRANSLATE_NOOP("MailPorts", "Your users' mail apps send mail, encrypted from the start.")},
    {587, Protocol::Smtp, Security::StartTls, PortAudience::Users, false, "submission",
     "smtp-submission",
     QT_TRANSLATE_NOOP("MailPorts", "Your users' mail apps send mail, starting plain (STARTTLS).")},
    {993, Protocol::Imap, Security::Tls, PortAudience::Users, false, "imaps", "imaps",
     QT_TRANSLATE_NOOP("MailPorts", "Mail apps read mail with IMAP, encrypted from the start.")},
    {143, Protocol::Imap, Security::StartTls, PortAudience::Users, true, "imap", "imap",
     QT_TRANSLATE_NOOP("MailPorts",
                       "Mail apps read mail with IMAP, starting plain (STARTTLS); only where "
                       "you offer it.")},
    {995, Protocol::Pop3, Security::Tls, PortAudience::Users, false, "pop3s", "pop3s",
     QT_TRANSLATE_NOOP("MailPorts",
                       "Mail apps download mail with POP3, encrypted from the start.")},
    {110, Protocol::Pop3, Security::StartTls, PortAudience::Users, true, "pop3", "pop3",
     QT_TRANSLATE_NOOP("MailPorts",
                       "Mail apps download mail with POP3, starting plain (STARTTLS); only where "
                       "you offer it.")},
    {4190, Protocol::Sieve, Security::StartTls, PortAudience::Users, false, "sieve", "managesieve",
     QT_TRANSLATE_NOOP("MailPorts", "Mail apps manage filter rules (ManageSieve).")},
};

bool offersAuth(const Report &report)
{
    for (const QString &c : report.capabilities + report.capabilitiesBeforeTls) {
        if (c.startsWith(u"AUTH"_s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int worse(const PortAdvice &x, const PortAdvice &y)
{
    if (x.works != y.works)
        return x.works ? -1 : 1;
    return int(x.report.result()) - int(y.report.result());
}

} // namespace

std::span<const MailPortSpec> mailPortSpecs()
{
    return specs;
}

quint16 standardPortPlayed(const PortAdvice &advice)
{
    const ScanTarget &t = advice.target;
    if (t.protocol == Protocol::Smtp && t.standardPort == 2525)
        return 587;
    for (const MailPortSpec &s : specs) {
        if (s.protocol == t.protocol && s.port == t.standardPort)
            return s.port;
    }
    const bool tls = advice.report.effectiveSecurity == Security::Tls;
    switch (t.protocol) {
    case Protocol::Smtp:
        if (tls)
            return 465;
        // A port that never answered: most likely another submission port.
        return offersAuth(advice.report) || advice.report.capabilities.isEmpty() ? 587 : 25;
    case Protocol::Imap:
        return tls ? 993 : 143;
    case Protocol::Pop3:
        return tls ? 995 : 110;
    case Protocol::Sieve:
        break;
    }
    return 4190;
}

QList<quint16> PortNeed::openPorts() const
{
    QList<quint16> out;
    for (const PortAdvice &a : checked) {
        if (!out.contains(a.target.port))
            out << a.target.port;
    }
    if (out.isEmpty() && spec)
        out << spec->port;
    return out;
}

std::optional<Severity> PortNeed::result() const
{
    if (checked.isEmpty())
        return std::nullopt;
    return resultOf(checked.constFirst());
}

bool rightForRole(const MailPortSpec &spec, Code code)
{
    // Other mail servers deliver on 25 without logging in: a login there is not needed.
    return spec.audience == PortAudience::Internet && code == Code::AuthNotOffered;
}

QList<Diagnosis> PortNeed::problems(const PortAdvice &advice) const
{
    QList<Diagnosis> out;
    for (const Diagnosis &d : advice.report.diagnoses) {
        if ((d.severity == Severity::Warning || d.severity == Severity::Error) &&
            !(spec && rightForRole(*spec, d.code)))
            out << d;
    }
    return out;
}

Severity PortNeed::resultOf(const PortAdvice &advice) const
{
    Severity worst = Severity::Ok;
    for (const Diagnosis &d : problems(advice))
        worst = std::max(worst, d.severity);
    return worst;
}

bool PortNeed::wanted() const
{
    if (!spec)
        return false;
    if (!spec->optional)
        return true;
    return std::any_of(checked.cbegin(), checked.cend(),
                       [](const PortAdvice &a) { return !a.report.address.isEmpty(); });
}

QList<PortNeed> portNeeds(const ScanReport *scan)
{
    QList<PortNeed> needs;
    for (const MailPortSpec &s : specs) {
        PortNeed need;
        need.spec = &s;
        if (scan) {
            for (const PortAdvice &a : scan->ports) {
                if (a.target.protocol == s.protocol && standardPortPlayed(a) == s.port)
                    need.checked << a;
            }
        }
        std::stable_sort(need.checked.begin(), need.checked.end(),
                         [](const PortAdvice &x, const PortAdvice &y) { return worse(x, y) < 0; });
        needs << need;
    }
    return needs;
}

QString firewallName(Firewall firewall)
{
    switch (firewall) {
    case Firewall::Nftables:
        return u"nftables"_s;
    case Firewall::Ufw:
        return u"ufw"_s;
    case Firewall::Firewalld:
        break;
    }
    return u"firewalld"_s;
}

QStringList firewallRules(Firewall firewall, const PortNeed &need)
{
    QStringList lines;
    if (!need.spec)
        return lines;
    const QString name = QString::fromLatin1(need.spec->name);
    for (quint16 port : need.openPorts()) {
        switch (firewall) {
        case Firewall::Nftables:
            lines << u"nft add rule inet filter input tcp dport %1 accept comment \"%2\""_s
                         .arg(port)
                         .arg(name);
            break;
        case Firewall::Ufw:
            lines << u"ufw allow %1/tcp comment '%2'"_s.arg(port).arg(name);
            break;
        case Firewall::Firewalld:
            // The standard number has a service of its own; another number is opened as a port.
            lines << (port == need.spec->port
                          ? u"firewall-cmd --permanent --add-service=%1"_s.arg(
                                QString::fromLatin1(need.spec->firewalld))
                          : u"firewall-cmd --permanent --add-port=%1/tcp"_s.arg(port));
            break;
        }
    }
    return lines;
}

QString firewallScript(Firewall firewall, const QList<PortNeed> &needs)
{
    QStringList lines;
    const bool scanned = std::any_of(needs.cbegin(), needs.cend(),
                                     [](const PortNeed &n) { return !n.checked.isEmpty(); });
    QStringList unchecked;
    for (const PortNeed &need : needs) {
        if (scanned && need.checked.isEmpty()) {
            if (need.spec)
                unchecked
                    << u"%1 (%2)"_s.arg(need.spec->port).arg(QString::fromLatin1(need.spec->name));
            continue;
        }
        if (scanned || need.wanted())
            lines << firewallRules(firewall, need);
    }
    const bool reload = firewall == Firewall::Firewalld && !lines.isEmpty();
    if (!unchecked.isEmpty())
        lines << u"# not checked, no rule: "_s + unchecked.join(u", "_s);
    if (reload)
        lines << u"firewall-cmd --reload"_s;
    return lines.join(u'\n') + (lines.isEmpty() ? QString() : u"\n"_s);
}

} // namespace Portolan
