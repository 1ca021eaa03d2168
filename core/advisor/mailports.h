#pragma once

#include "portscan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Portolan {

// Who connects to a mail server's port.
enum class PortAudience {
    Internet, // other mail servers, from anywhere (server to server)
    Users,    // the users' mail apps
};

// One port a mail server may need open: the table behind "Ports your server needs" (the app) and
// anything else that prints it. Texts are English, marked for translation in context "MailPorts".
struct MailPortSpec
{
    quint16 port = 0;
    Protocol protocol = Protocol::Smtp;
    Security security = Security::None;
    PortAudience audience = PortAudience::Users;
    bool optional = false;           // only where the service is offered (plain IMAP, POP3)
    const char *name = nullptr;      // "submission": the port's name in /etc/services
    const char *firewalld = nullptr; // firewalld's service for the standard port
    const char *purpose = nullptr;   // what it is for, in plain words
};

// 25, 465, 587, 993, 143, 995, 110, 4190: in the order an admin reads them.
[[nodiscard]] std::span<const MailPortSpec> mailPortSpecs();

// The standard port a checked port plays: its own where it is one (2525 plays 587); on another
// number, what the check found: SSL/TLS from the start plays 465/993/995, SMTP with AUTH offered
// plays 587, SMTP without plays 25.
[[nodiscard]] quint16 standardPortPlayed(const PortAdvice &advice);

// One needed port and how the last scan did on it.
struct PortNeed
{
    const MailPortSpec *spec = nullptr;
    QList<PortAdvice> checked; // the scan's ports that play it, best first; empty: not checked

    // The port numbers to open: the numbers checked, else the standard one.
    [[nodiscard]] QList<quint16> openPorts() const;
    // How it did: the best checked port's result for this role; nothing when it was not checked.
    [[nodiscard]] std::optional<Severity> result() const;
    // A checked port's findings that are problems (warnings, errors) in the role it plays here:
    // a port playing 25 (server to server) offering no login is right, not a problem.
    [[nodiscard]] QList<Diagnosis> problems(const PortAdvice &advice) const;
    [[nodiscard]] Severity resultOf(const PortAdvice &advice) const;
    // Whether the firewall should open it: always, except an optional port nobody answered on.
    [[nodiscard]] bool wanted() const;
};

// Every port of mailPortSpecs() with the scan's results (none when `scan` is null or empty).
[[nodiscard]] QList<PortNeed> portNeeds(const ScanReport *scan);

enum class Firewall { Nftables, Ufw, Firewalld };
inline constexpr Firewall firewalls[] = {Firewall::Nftables, Firewall::Ufw, Firewall::Firewalld};
[[nodiscard]] QString firewallName(Firewall firewall); // "nftables", "ufw", "firewalld"

// The commands that open one needed port (one line per number), e.g.
//   nft add rule inet filter input tcp dport 587 accept comment "submission"
//   ufw allow 587/tcp comment 'submission'
//   firewall-cmd --permanent --add-service=smtp-submission
[[nodiscard]] QStringList firewallRules(Firewall firewall, const PortNeed &need);
// Whether a finding is right for the role a port plays (no login on 25), not a problem.
[[nodiscard]] bool rightForRole(const MailPortSpec &spec, Code code);

// Every wanted port's rules for one firewall, with the line that makes firewalld's permanent
// rules take effect. After a check, only the ports checked (whatever the outcome: a refused
// port may be the one the firewall blocks); the standard ports not checked are named in a
// comment line, without a rule.
[[nodiscard]] QString firewallScript(Firewall firewall, const QList<PortNeed> &needs);

} // namespace Portolan
