<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalogue</name>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>einen anderen Port</translation>
    </message>
    <message>
        <source>port 465 (SMTP), 993 (IMAP) or 995 (POP3)</source>
        <translation>Port 465 (SMTP), 993 (IMAP) oder 995 (POP3)</translation>
    </message>
    <message>
        <source>port 587 (SMTP), 143 (IMAP), 110 (POP3) or 4190 (ManageSieve)</source>
        <translation>Port 587 (SMTP), 143 (IMAP), 110 (POP3) oder 4190 (ManageSieve)</translation>
    </message>
    <message>
        <source>SSL/TLS (465 for SMTP, 993 for IMAP, 995 for POP3) or STARTTLS (587 for SMTP, 143 for IMAP, 110 for POP3, 4190 for ManageSieve)</source>
        <translation>SSL/TLS (465 für SMTP, 993 für IMAP, 995 für POP3) oder STARTTLS (587 für SMTP, 143 für IMAP, 110 für POP3, 4190 für ManageSieve)</translation>
    </message>
    <message>
        <source>port %1 with STARTTLS</source>
        <translation>Port %1 mit STARTTLS</translation>
    </message>
    <message>
        <source>port %1 with SSL/TLS or port %2 with STARTTLS</source>
        <translation>Port %1 mit SSL/TLS oder Port %2 mit STARTTLS</translation>
    </message>
    <message>
        <source>SMTP, IMAP, POP3 or ManageSieve</source>
        <translation>SMTP, IMAP, POP3 oder ManageSieve</translation>
    </message>
</context>
<context>
    <name>Diagnoses</name>
    <message>
        <source>Everything worked</source>
        <translation>Alles hat funktioniert</translation>
    </message>
    <message>
        <source>The server answered, the security mode worked and the check did everything it was asked to do.</source>
        <translation>Der Server hat geantwortet, die Verschlüsselung hat funktioniert und die Prüfung hat alles erledigt, was sie tun sollte.</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>Den Servernamen gibt es nicht</translation>
    </message>
    <message>
        <source>The DNS says there is no such name. Nothing can connect to a server whose name does not exist, so this is almost always a typing mistake in the server name.</source>
        <translation>Laut DNS gibt es diesen Namen nicht. Mit einem Server, dessen Name nicht existiert, kann sich nichts verbinden – fast immer ist das ein Tippfehler im Servernamen.</translation>
    </message>
    <message>
        <source>A typing mistake in the server name.</source>
        <translation>Ein Tippfehler im Servernamen.</translation>
    </message>
    <message>
        <source>The name of an old provider or a server that was retired.</source>
        <translation>Der Name eines früheren Anbieters oder eines Servers, der abgeschaltet wurde.</translation>
    </message>
    <message>
        <source>The domain has expired or was never registered.</source>
        <translation>Die Domain ist abgelaufen oder wurde nie registriert.</translation>
    </message>
    <message>
        <source>Check the server name letter by letter against your provider&apos;s instructions.</source>
        <translation>Vergleichen Sie den Servernamen Buchstabe für Buchstabe mit der Anleitung Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives for mail clients (often smtp.DOMAIN or mail.DOMAIN), not your email address&apos;s domain alone.</source>
        <translation>Verwenden Sie den Servernamen, den Ihr Anbieter für Mailprogramme angibt (oft smtp.DOMAIN oder mail.DOMAIN), nicht nur die Domain Ihrer E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s registration and delegation are current (`whois`, `dig NS DOMAIN`).</source>
        <translation>Prüfen Sie, ob Registrierung und Delegation der Domain aktuell sind (`whois`, `dig NS DOMAIN`).</translation>
    </message>
    <message>
        <source>The server name has no address</source>
        <translation>Der Servername hat keine Adresse</translation>
    </message>
    <message>
        <source>The name exists in the DNS, but it has no IPv4 (A) or IPv6 (AAAA) address, so there is nothing to connect to. Often this is a domain name used where a server name is needed.</source>
        <translation>Den Namen gibt es im DNS, aber er hat keine IPv4-Adresse (A) und keine IPv6-Adresse (AAAA), also gibt es nichts, womit man sich verbinden könnte. Oft wurde ein Domainname verwendet, wo ein Servername nötig ist.</translation>
    </message>
    <message>
        <source>The email domain was entered instead of the mail server&apos;s name.</source>
        <translation>Statt des Namens des Mailservers wurde die Domain der E-Mail-Adresse eingegeben.</translation>
    </message>
    <message>
        <source>The server&apos;s address record was removed or never created.</source>
        <translation>Der Adresseintrag des Servers wurde entfernt oder nie angelegt.</translation>
    </message>
    <message>
        <source>Only an IPv6 or only an IPv4 address exists and the check was restricted to the other family.</source>
        <translation>Es gibt nur eine IPv6- oder nur eine IPv4-Adresse, und die Prüfung war auf die jeweils andere beschränkt.</translation>
    </message>
    <message>
        <source>Use the mail server&apos;s name from your provider&apos;s instructions (for example smtp.example.org), not just the domain.</source>
        <translation>Verwenden Sie den Namen des Mailservers aus der Anleitung Ihres Anbieters (zum Beispiel smtp.example.org), nicht nur die Domain.</translation>
    </message>
    <message>
        <source>If you restricted the check to IPv4 or IPv6, try without the restriction.</source>
        <translation>Wenn Sie die Prüfung auf IPv4 oder IPv6 beschränkt haben, versuchen Sie es ohne diese Beschränkung.</translation>
    </message>
    <message>
        <source>If the name is meant for mail routing only, point clients at the host named in the MX record instead.</source>
        <translation>Wenn der Name nur für die Mail-Zustellung gedacht ist, lassen Sie die Clients stattdessen den Host aus dem MX-Eintrag verwenden.</translation>
    </message>
    <message>
        <source>The name could not be looked up</source>
        <translation>Der Name konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The DNS lookup failed or took too long, so it is unknown whether the name exists. This is a problem with the DNS resolver or the network on the way to it, not with the mail server itself.</source>
        <translation>Die DNS-Abfrage ist fehlgeschlagen oder hat zu lange gedauert, daher ist unklar, ob es den Namen gibt. Das ist ein Problem des DNS-Resolvers oder des Netzwerks auf dem Weg dorthin, nicht des Mailservers selbst.</translation>
    </message>
    <message>
        <source>No working DNS server is configured on this computer or network.</source>
        <translation>Auf diesem Computer oder in diesem Netzwerk ist kein funktionierender DNS-Server eingerichtet.</translation>
    </message>
    <message>
        <source>A firewall or captive portal blocks DNS.</source>
        <translation>Eine Firewall oder ein Captive Portal (Anmeldeseite im WLAN) blockiert DNS.</translation>
    </message>
    <message>
        <source>The domain&apos;s own DNS servers are down or broken (SERVFAIL).</source>
        <translation>Die DNS-Server der Domain selbst sind ausgefallen oder fehlerhaft (SERVFAIL).</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for the domain.</source>
        <translation>Die DNSSEC-Prüfung ist für die Domain fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that other websites work; if not, the internet connection or its DNS is down.</source>
        <translation>Prüfen Sie, ob andere Websites funktionieren; wenn nicht, ist die Internetverbindung oder deren DNS gestört.</translation>
    </message>
    <message>
        <source>Try again on another network (for example a phone hotspot).</source>
        <translation>Versuchen Sie es in einem anderen Netzwerk (zum Beispiel über einen Hotspot Ihres Handys).</translation>
    </message>
    <message>
        <source>Check the resolver the clients use (`/etc/resolv.conf`, DHCP options).</source>
        <translation>Prüfen Sie den Resolver, den die Clients verwenden (`/etc/resolv.conf`, DHCP-Optionen).</translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s address answered, but refused the connection on this port (a TCP reset). Nothing is listening on that port there, or a firewall rejects the connection.</source>
        <translation>Die Adresse des Servers hat geantwortet, aber die Verbindung auf diesem Port abgelehnt (ein TCP-Reset). Dort lauscht nichts auf diesem Port, oder eine Firewall weist die Verbindung zurück.</translation>
    </message>
    <message>
        <source>The mail service is stopped or crashed.</source>
        <translation>Der Maildienst ist gestoppt oder abgestürzt.</translation>
    </message>
    <message>
        <source>The service listens on another port, or only on the server&apos;s loopback address.</source>
        <translation>Der Dienst lauscht auf einem anderen Port oder nur auf der Loopback-Adresse des Servers.</translation>
    </message>
    <message>
        <source>A firewall on the server or in front of it rejects this port.</source>
        <translation>Eine Firewall auf dem Server oder davor weist diesen Port zurück.</translation>
    </message>
    <message>
        <source>The wrong port was entered.</source>
        <translation>Es wurde der falsche Port eingegeben.</translation>
    </message>
    <message>
        <source>If the port is right, the server is not accepting connections: tell the provider or your admin.</source>
        <translation>Wenn der Port stimmt, nimmt der Server keine Verbindungen an: Sagen Sie es dem Anbieter oder Ihrem Admin.</translation>
    </message>
    <message>
        <source>A firewall REJECT rule: `nft list ruleset`, `iptables -S`; a cloud security group or network ACL that does not allow the port.</source>
        <translation>Eine REJECT-Regel in der Firewall: `nft list ruleset`, `iptables -S`; eine Security Group in der Cloud oder eine Netzwerk-ACL, die den Port nicht erlaubt.</translation>
    </message>
    <message>
        <source>No answer to the connection attempt</source>
        <translation>Keine Antwort auf den Verbindungsversuch</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all. The packets are being dropped somewhere: by a firewall, by the network you are on, or because the server is down or the address is wrong.</source>
        <translation>Auf den Verbindungsversuch kam überhaupt keine Antwort. Die Pakete werden irgendwo verworfen: von einer Firewall, von dem Netzwerk, in dem Sie sind, oder weil der Server ausgeschaltet oder die Adresse falsch ist.</translation>
    </message>
    <message>
        <source>A firewall drops (rather than rejects) the port, on the server or in between.</source>
        <translation>Eine Firewall verwirft den Port (statt ihn abzuweisen), auf dem Server oder unterwegs.</translation>
    </message>
    <message>
        <source>Your network or internet provider blocks this port (very common for port 25).</source>
        <translation>Ihr Netzwerk oder Ihr Internetanbieter sperrt diesen Port (bei Port 25 sehr häufig).</translation>
    </message>
    <message>
        <source>The server is switched off or the address in the DNS is out of date.</source>
        <translation>Der Server ist ausgeschaltet, oder die Adresse im DNS ist veraltet.</translation>
    </message>
    <message>
        <source>If no port answers from anywhere, tell the provider or your admin.</source>
        <translation>Wenn kein Port von nirgendwo antwortet, sagen Sie es dem Anbieter oder Ihrem Admin.</translation>
    </message>
    <message>
        <source>Look for a DROP rule for the port: `nft list ruleset`, `iptables -S`; check the cloud security group, network ACL and any upstream firewall.</source>
        <translation>Suchen Sie nach einer DROP-Regel für den Port: `nft list ruleset`, `iptables -S`; prüfen Sie die Security Group in der Cloud, die Netzwerk-ACL und jede vorgelagerte Firewall.</translation>
    </message>
    <message>
        <source>Check whether the hosting or cloud provider blocks the port (many block outbound and some inbound 25).</source>
        <translation>Prüfen Sie, ob der Hosting- oder Cloud-Anbieter den Port sperrt (viele sperren Port 25 ausgehend, manche auch eingehend).</translation>
    </message>
    <message>
        <source>No route to the server</source>
        <translation>Kein Weg zum Server</translation>
    </message>
    <message>
        <source>This computer has no network route to the server&apos;s address, so the connection could not even start. The problem is on this side: no network connection, a VPN, or an IPv6 address without IPv6 connectivity.</source>
        <translation>Dieser Computer hat keinen Netzwerkweg zur Adresse des Servers, deshalb konnte die Verbindung nicht einmal beginnen. Das Problem liegt auf dieser Seite: keine Netzwerkverbindung, ein VPN oder eine IPv6-Adresse ohne IPv6-Anbindung.</translation>
    </message>
    <message>
        <source>This computer is offline or the network is down.</source>
        <translation>Dieser Computer ist offline oder das Netzwerk ist ausgefallen.</translation>
    </message>
    <message>
        <source>The address is IPv6 and this network has no IPv6.</source>
        <translation>Die Adresse ist eine IPv6-Adresse, und dieses Netzwerk hat kein IPv6.</translation>
    </message>
    <message>
        <source>A VPN or routing rule sends the traffic nowhere.</source>
        <translation>Ein VPN oder eine Routing-Regel schickt den Verkehr ins Leere.</translation>
    </message>
    <message>
        <source>Check the network connection; try again with -4 (IPv4 only) if the server has an IPv6 address.</source>
        <translation>Prüfen Sie die Netzwerkverbindung; versuchen Sie es mit -4 (nur IPv4), wenn der Server eine IPv6-Adresse hat.</translation>
    </message>
    <message>
        <source>Disconnect from a VPN and try again.</source>
        <translation>Trennen Sie die VPN-Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>If users report this only for IPv6, check the AAAA record points at a host that is reachable over IPv6.</source>
        <translation>Wenn Benutzer das nur bei IPv6 melden, prüfen Sie, ob der AAAA-Eintrag auf einen Host zeigt, der über IPv6 erreichbar ist.</translation>
    </message>
    <message>
        <source>Your network blocks port 25</source>
        <translation>Ihr Netzwerk sperrt Port 25</translation>
    </message>
    <message>
        <source>Port 25 gets no answer while the submission ports of the same server do. Many home, mobile and cloud networks block outgoing port 25 to stop spam; mail clients should not use it anyway.</source>
        <translation>Port 25 antwortet nicht, die Ports zum Senden desselben Servers aber schon. Viele Heim-, Mobilfunk- und Cloud-Netze sperren ausgehenden Port 25 gegen Spam; Mailprogramme sollten ihn ohnehin nicht verwenden.</translation>
    </message>
    <message>
        <source>The internet provider, office firewall or cloud provider blocks outgoing port 25.</source>
        <translation>Der Internetanbieter, die Firewall im Büro oder der Cloud-Anbieter sperrt ausgehenden Port 25.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS or port 465 with SSL/TLS for sending, with your user name and password.</source>
        <translation>Verwenden Sie zum Senden Port 587 mit STARTTLS oder Port 465 mit SSL/TLS, mit Ihrem Benutzernamen und Passwort.</translation>
    </message>
    <message>
        <source>Offer submission on 587 and 465 (RFC 8314) and tell users to use them; keep 25 for server-to-server mail.</source>
        <translation>Bieten Sie Submission auf 587 und 465 an (RFC 8314) und sagen Sie den Benutzern, dass sie diese Ports verwenden sollen; behalten Sie 25 für Mail zwischen Servern.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>The server hung up before the dialogue was over. Servers do this when they are overloaded, when they refuse the client&apos;s address, or when something in between (an antivirus or a firewall that inspects mail) breaks the connection.</source>
        <translation>Der Server hat aufgelegt, bevor der Dialog zu Ende war. Das tun Server, wenn sie überlastet sind, wenn sie die Adresse des Clients ablehnen oder wenn etwas dazwischen (ein Virenschutz oder eine Firewall, die Mail untersucht) die Verbindung unterbricht.</translation>
    </message>
    <message>
        <source>The server refuses connections from your address or network.</source>
        <translation>Der Server lehnt Verbindungen von Ihrer Adresse oder Ihrem Netzwerk ab.</translation>
    </message>
    <message>
        <source>The server is overloaded or restarting.</source>
        <translation>Der Server ist überlastet oder startet gerade neu.</translation>
    </message>
    <message>
        <source>Antivirus or firewall software that inspects mail breaks the connection.</source>
        <translation>Ein Virenschutz oder eine Firewall, die Mail untersucht, unterbricht die Verbindung.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; try from another network.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; versuchen Sie es aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>Turn off mail scanning in antivirus software for a test.</source>
        <translation>Schalten Sie zum Test die Mail-Prüfung im Virenschutz aus.</translation>
    </message>
    <message>
        <source>Look in the mail log for this connection (`journalctl -u postfix`, `/var/log/mail.log`): postscreen, rate limits, `smtpd_client_restrictions`.</source>
        <translation>Suchen Sie diese Verbindung im Mail-Log (`journalctl -u postfix`, `/var/log/mail.log`): postscreen, Ratenbegrenzungen, `smtpd_client_restrictions`.</translation>
    </message>
    <message>
        <source>Check process limits (`default_process_limit`) and whether the service was restarting.</source>
        <translation>Prüfen Sie die Prozesslimits (`default_process_limit`) und ob der Dienst gerade neu gestartet wurde.</translation>
    </message>
    <message>
        <source>Connected, but the server never greeted</source>
        <translation>Verbunden, aber der Server hat nicht begrüßt</translation>
    </message>
    <message>
        <source>The connection was made, but the server did not send its greeting in time. Either the server is stuck or overloaded, something in between swallows the traffic, or the port expects TLS first and the other mode did not work either.</source>
        <translation>Die Verbindung stand, aber der Server hat seine Begrüßung nicht rechtzeitig geschickt. Entweder hängt der Server oder ist überlastet, etwas dazwischen verschluckt den Verkehr, oder der Port erwartet zuerst TLS und die andere Verschlüsselungsart hat auch nicht funktioniert.</translation>
    </message>
    <message>
        <source>The server is overloaded or hanging.</source>
        <translation>Der Server ist überlastet oder hängt.</translation>
    </message>
    <message>
        <source>A firewall or proxy accepts the connection but does not pass it on.</source>
        <translation>Eine Firewall oder ein Proxy nimmt die Verbindung an, leitet sie aber nicht weiter.</translation>
    </message>
    <message>
        <source>A deliberately slow greeting (greet pause) longer than the timeout.</source>
        <translation>Eine absichtlich verzögerte Begrüßung (Greet Pause), die länger dauert als das Zeitlimit.</translation>
    </message>
    <message>
        <source>Check postscreen&apos;s greet pause (`postscreen_greet_wait`), process limits and the load of the server.</source>
        <translation>Prüfen Sie die Greet Pause von postscreen (`postscreen_greet_wait`), die Prozesslimits und die Last des Servers.</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client</source>
        <translation>Der Server verweigert diesem Client das Gespräch</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal (a 5xx greeting such as 554). This usually means the server does not accept mail clients on this port or refuses your address.</source>
        <translation>Der Server hat die Verbindung mit einer Ablehnung beantwortet (einer 5xx-Begrüßung wie 554). Meist nimmt der Server auf diesem Port keine Mailprogramme an oder lehnt Ihre Adresse ab.</translation>
    </message>
    <message>
        <source>Your address is on a block list used by the server.</source>
        <translation>Ihre Adresse steht auf einer Sperrliste, die der Server verwendet.</translation>
    </message>
    <message>
        <source>The port is not meant for mail clients.</source>
        <translation>Der Port ist nicht für Mailprogramme gedacht.</translation>
    </message>
    <message>
        <source>The server is configured to refuse everyone for now.</source>
        <translation>Der Server ist so eingestellt, dass er vorerst alle ablehnt.</translation>
    </message>
    <message>
        <source>Check the reason in the mail log and the restriction that produced the 554 (`smtpd_client_restrictions`, postscreen, a DNSBL).</source>
        <translation>Prüfen Sie den Grund im Mail-Log und die Regel, die zur 554 geführt hat (`smtpd_client_restrictions`, postscreen, eine DNSBL).</translation>
    </message>
    <message>
        <source>Plain text on an SSL/TLS port</source>
        <translation>Unverschlüsselt auf einem SSL/TLS-Port</translation>
    </message>
    <message>
        <source>This port expects encryption from the very first byte (implicit TLS, called SSL/TLS in mail clients), but the client waited for a plain-text greeting or asked for STARTTLS. The two sides wait for each other, or the server drops the connection.</source>
        <translation>Dieser Port erwartet Verschlüsselung ab dem allerersten Byte (implizites TLS, in Mailprogrammen SSL/TLS genannt), aber der Client hat auf eine unverschlüsselte Begrüßung gewartet oder STARTTLS verlangt. Die beiden Seiten warten aufeinander, oder der Server bricht die Verbindung ab.</translation>
    </message>
    <message>
        <source>SSL/TLS on a port that greets in plain text</source>
        <translation>SSL/TLS auf einem Port, der unverschlüsselt begrüßt</translation>
    </message>
    <message>
        <source>The other security mode works on this port</source>
        <translation>Die andere Verschlüsselungsart funktioniert auf diesem Port</translation>
    </message>
    <message>
        <source>The check tried the other security mode on a new connection and it worked. This is the setting to use on this port.</source>
        <translation>Die Prüfung hat die andere Verschlüsselungsart über eine neue Verbindung versucht, und sie hat funktioniert. Das ist die Einstellung, die Sie für diesen Port verwenden sollten.</translation>
    </message>
    <message>
        <source>Use the security mode named in the evidence for this port.</source>
        <translation>Verwenden Sie für diesen Port die Verschlüsselungsart, die in den Belegen genannt ist.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation>Der Server bietet keine Verschlüsselung an (STARTTLS)</translation>
    </message>
    <message>
        <source>TLS is not configured on the server for this port.</source>
        <translation>TLS ist auf dem Server für diesen Port nicht eingerichtet.</translation>
    </message>
    <message>
        <source>A firewall, antivirus or network device removes STARTTLS from the server&apos;s answer.</source>
        <translation>Eine Firewall, ein Virenschutz oder ein Netzwerkgerät entfernt STARTTLS aus der Antwort des Servers.</translation>
    </message>
    <message>
        <source>Try from another network; if STARTTLS then appears, a device on your network removes it.</source>
        <translation>Versuchen Sie es aus einem anderen Netzwerk; wenn STARTTLS dann erscheint, entfernt ein Gerät in Ihrem Netzwerk es.</translation>
    </message>
    <message>
        <source>Check that no inspecting firewall (e.g. Cisco ESMTP inspection) strips STARTTLS.</source>
        <translation>Prüfen Sie, dass keine untersuchende Firewall (z. B. Cisco ESMTP Inspection) STARTTLS entfernt.</translation>
    </message>
    <message>
        <source>STARTTLS did not work</source>
        <translation>STARTTLS hat nicht funktioniert</translation>
    </message>
    <message>
        <source>The server listed STARTTLS but refused it, or the encrypted connection that should follow it could not be set up. The check stops here: falling back to plain text would expose the password.</source>
        <translation>Der Server hat STARTTLS angeboten, es aber abgelehnt, oder die verschlüsselte Verbindung, die darauf folgen sollte, kam nicht zustande. Die Prüfung endet hier: Ein Rückfall auf unverschlüsselte Übertragung würde das Passwort preisgeben.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS configuration is broken (missing key or certificate file, wrong permissions).</source>
        <translation>Die TLS-Konfiguration des Servers ist fehlerhaft (Schlüssel- oder Zertifikatsdatei fehlt, falsche Zugriffsrechte).</translation>
    </message>
    <message>
        <source>A firewall interferes with the upgrade.</source>
        <translation>Eine Firewall stört den Wechsel zur Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server is temporarily out of resources (454).</source>
        <translation>Dem Server fehlen vorübergehend Ressourcen (454).</translation>
    </message>
    <message>
        <source>Data was slipped in before encryption started</source>
        <translation>Vor Beginn der Verschlüsselung wurden Daten eingeschleust</translation>
    </message>
    <message>
        <source>After the server&apos;s &quot;go ahead&quot; to STARTTLS, more plain-text data arrived before the encryption began. A correct server never does this; it is the sign of a man in the middle injecting answers or of a broken server. The check stops without using that data.</source>
        <translation>Nach dem „Los“ des Servers für STARTTLS kamen weitere unverschlüsselte Daten an, bevor die Verschlüsselung begann. Ein korrekter Server tut das nie; es ist das Zeichen eines Man-in-the-Middle, der Antworten einschleust, oder eines fehlerhaften Servers. Die Prüfung endet, ohne diese Daten zu verwenden.</translation>
    </message>
    <message>
        <source>An attacker or a broken middlebox on the network injects data.</source>
        <translation>Ein Angreifer oder ein fehlerhaftes Gerät im Netzwerk schleust Daten ein.</translation>
    </message>
    <message>
        <source>A server bug that pipelines answers across the TLS boundary.</source>
        <translation>Ein Serverfehler, der Antworten über die TLS-Grenze hinweg vorausschickt (Pipelining).</translation>
    </message>
    <message>
        <source>Do not use this network for mail until the cause is known; try another network.</source>
        <translation>Verwenden Sie dieses Netzwerk nicht für Mail, bis die Ursache bekannt ist; versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <translation>Die verschlüsselte Verbindung kam nicht zustande</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the client and the server could not agree on a protocol version or cipher, or the connection broke during the handshake.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: Client und Server konnten sich nicht auf eine Protokollversion oder ein Verschlüsselungsverfahren einigen, oder die Verbindung ist während des Handshakes abgebrochen.</translation>
    </message>
    <message>
        <source>The server supports only old TLS versions or ciphers this client refuses.</source>
        <translation>Der Server unterstützt nur alte TLS-Versionen oder Verschlüsselungsverfahren, die dieser Client ablehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or key configuration is broken.</source>
        <translation>Die Zertifikats- oder Schlüsselkonfiguration des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Something in between resets TLS connections.</source>
        <translation>Etwas dazwischen setzt TLS-Verbindungen zurück.</translation>
    </message>
    <message>
        <source>Report it to the provider with this evidence.</source>
        <translation>Melden Sie es dem Anbieter mit diesen Belegen.</translation>
    </message>
    <message>
        <source>Only an outdated TLS version is used</source>
        <translation>Es wird nur eine veraltete TLS-Version verwendet</translation>
    </message>
    <message>
        <source>The server only completes a TLS handshake with TLS 1.0 or 1.1, which are deprecated (RFC 8996) and refused by current mail clients and by this check&apos;s normal handshake. Portolan found it out with a second, diagnostic handshake that allows the old versions and never carries a password.</source>
        <translation>Der Server schließt einen TLS-Handshake nur mit TLS 1.0 oder 1.1 ab. Diese Versionen sind veraltet (RFC 8996) und werden von aktuellen Mailprogrammen und vom normalen Handshake dieser Prüfung abgelehnt. Portolan hat das mit einem zweiten, diagnostischen Handshake herausgefunden, der die alten Versionen erlaubt und nie ein Passwort überträgt.</translation>
    </message>
    <message>
        <source>The server&apos;s software or its TLS settings have not been updated for years.</source>
        <translation>Die Software des Servers oder ihre TLS-Einstellungen wurden seit Jahren nicht aktualisiert.</translation>
    </message>
    <message>
        <source>A mail appliance or an old operating system that cannot do TLS 1.2.</source>
        <translation>Ein Mail-Gerät (Appliance) oder ein altes Betriebssystem, das kein TLS 1.2 beherrscht.</translation>
    </message>
    <message>
        <source>Nothing to change in your settings: current mail clients cannot connect securely to this server. Tell the provider or admin; use another server until it is fixed.</source>
        <translation>An Ihren Einstellungen ist nichts zu ändern: Aktuelle Mailprogramme können sich nicht sicher mit diesem Server verbinden. Sagen Sie es dem Anbieter oder Admin; verwenden Sie einen anderen Server, bis das behoben ist.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3: Postfix `smtpd_tls_protocols = &gt;=TLSv1.2`, `smtpd_tls_mandatory_protocols = &gt;=TLSv1.2`; Dovecot `ssl_min_protocol = TLSv1.2`; update OpenSSL and the server software.</source>
        <translation>Aktivieren Sie TLS 1.2 und 1.3: Postfix `smtpd_tls_protocols = &gt;=TLSv1.2`, `smtpd_tls_mandatory_protocols = &gt;=TLSv1.2`; Dovecot `ssl_min_protocol = TLSv1.2`; aktualisieren Sie OpenSSL und die Serversoftware.</translation>
    </message>
    <message>
        <source>The server still accepts TLS 1.0 or 1.1</source>
        <translation>Der Server akzeptiert noch TLS 1.0 oder 1.1</translation>
    </message>
    <message>
        <source>Besides TLS 1.2/1.3 the server still completes handshakes with TLS 1.0 or 1.1, which are deprecated. Current mail clients use the modern versions, so you are not affected; an old client or an attacker who can downgrade the connection would be. This is for the server&apos;s admin.</source>
        <translation>Neben TLS 1.2/1.3 schließt der Server noch Handshakes mit TLS 1.0 oder 1.1 ab, die veraltet sind. Aktuelle Mailprogramme verwenden die modernen Versionen, Sie sind also nicht betroffen; ein altes Programm oder ein Angreifer, der die Verbindung herabstufen kann, wäre es. Das ist eine Sache für den Admin des Servers.</translation>
    </message>
    <message>
        <source>Default settings of older server software, kept for very old clients.</source>
        <translation>Standardeinstellungen älterer Serversoftware, beibehalten für sehr alte Clients.</translation>
    </message>
    <message>
        <source>Nothing to change: your mail client uses TLS 1.2 or 1.3.</source>
        <translation>Nichts zu ändern: Ihr Mailprogramm verwendet TLS 1.2 oder 1.3.</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and later only: Postfix `smtpd_tls_protocols = &gt;=TLSv1.2` and `smtpd_tls_mandatory_protocols = &gt;=TLSv1.2`; Dovecot `ssl_min_protocol = TLSv1.2`.</source>
        <translation>Erlauben Sie nur TLS 1.2 und neuer: Postfix `smtpd_tls_protocols = &gt;=TLSv1.2` und `smtpd_tls_mandatory_protocols = &gt;=TLSv1.2`; Dovecot `ssl_min_protocol = TLSv1.2`.</translation>
    </message>
    <message>
        <source>A weak cipher is negotiated</source>
        <translation>Ein schwaches Verschlüsselungsverfahren wird ausgehandelt</translation>
    </message>
    <message>
        <source>For at least one TLS version the server picks a cipher that is weak today (broken, too short, or without forward secrecy, so that a stolen server key would decrypt recorded sessions). This is for the server&apos;s admin; the connection still works.</source>
        <translation>Für mindestens eine TLS-Version wählt der Server ein Verschlüsselungsverfahren, das heute als schwach gilt (gebrochen, zu kurz oder ohne Forward Secrecy, sodass ein gestohlener Serverschlüssel aufgezeichnete Verbindungen entschlüsseln würde). Das ist eine Sache für den Admin des Servers; die Verbindung funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>An old cipher list, or a server that prefers compatibility over strength.</source>
        <translation>Eine alte Cipher-Liste oder ein Server, der Kompatibilität vor Sicherheit stellt.</translation>
    </message>
    <message>
        <source>Nothing to change in your settings.</source>
        <translation>An Ihren Einstellungen ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Use a current cipher configuration (Mozilla&apos;s &quot;intermediate&quot; profile): ECDHE key exchange with AES-GCM or ChaCha20-Poly1305; Postfix `tls_preempt_cipherlist = yes` and `smtpd_tls_mandatory_ciphers = high`; Dovecot `ssl_cipher_list`, `ssl_prefer_server_ciphers = yes`.</source>
        <translation>Verwenden Sie eine aktuelle Cipher-Konfiguration (Mozillas Profil „intermediate“): ECDHE-Schlüsselaustausch mit AES-GCM oder ChaCha20-Poly1305; Postfix `tls_preempt_cipherlist = yes` und `smtpd_tls_mandatory_ciphers = high`; Dovecot `ssl_cipher_list`, `ssl_prefer_server_ciphers = yes`.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate the server presents is past its end date, so mail clients refuse the connection or warn. Only the server&apos;s admin can fix this by renewing it.</source>
        <translation>Das Zertifikat, das der Server vorzeigt, ist über sein Ablaufdatum hinaus, daher lehnen Mailprogramme die Verbindung ab oder warnen. Nur der Admin des Servers kann das beheben, indem er es erneuert.</translation>
    </message>
    <message>
        <source>The certificate was not renewed, or renewal worked but the mail service was not reloaded.</source>
        <translation>Das Zertifikat wurde nicht erneuert, oder die Erneuerung hat funktioniert, aber der Maildienst wurde nicht neu geladen.</translation>
    </message>
    <message>
        <source>Do not accept the warning permanently; tell the provider their certificate has expired.</source>
        <translation>Akzeptieren Sie die Warnung nicht dauerhaft; sagen Sie dem Anbieter, dass sein Zertifikat abgelaufen ist.</translation>
    </message>
    <message>
        <source>Renew the certificate and reload the service (`postfix reload`, `doveadm reload`); check automatic renewal (certbot&apos;s deploy hook reloads the mail services?).</source>
        <translation>Erneuern Sie das Zertifikat und laden Sie den Dienst neu (`postfix reload`, `doveadm reload`); prüfen Sie die automatische Erneuerung (lädt der Deploy-Hook von certbot die Maildienste neu?).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date is in the future. Either the certificate was issued with a wrong date or this computer&apos;s (or the server&apos;s) clock is wrong.</source>
        <translation>Das Startdatum des Zertifikats liegt in der Zukunft. Entweder wurde das Zertifikat mit einem falschen Datum ausgestellt, oder die Uhr dieses Computers (oder des Servers) geht falsch.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>Die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The certificate was generated with a start date in the future.</source>
        <translation>Das Zertifikat wurde mit einem Startdatum in der Zukunft erzeugt.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>Check the certificate dates and the server&apos;s clock (`timedatectl`).</source>
        <translation>Prüfen Sie die Daten des Zertifikats und die Uhr des Servers (`timedatectl`).</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate is valid but does not name the server you entered, so the client cannot tell it is talking to the right server. Usually the provider&apos;s servers have another name that the certificate does cover: use that one.</source>
        <translation>Das Zertifikat ist gültig, nennt aber nicht den Server, den Sie eingegeben haben; daher kann der Client nicht erkennen, ob er mit dem richtigen Server spricht. Meist haben die Server des Anbieters einen anderen Namen, den das Zertifikat abdeckt: Verwenden Sie diesen.</translation>
    </message>
    <message>
        <source>A server name that is an alias (for example mail.yourdomain) of a provider whose certificate names its own host.</source>
        <translation>Ein Servername, der ein Alias ist (zum Beispiel mail.ihredomain), für einen Anbieter, dessen Zertifikat den eigenen Hostnamen nennt.</translation>
    </message>
    <message>
        <source>The wrong certificate is installed on the server.</source>
        <translation>Auf dem Server ist das falsche Zertifikat installiert.</translation>
    </message>
    <message>
        <source>Use one of the names the certificate covers (listed here) as the server name.</source>
        <translation>Verwenden Sie als Servernamen einen der Namen, die das Zertifikat abdeckt (hier aufgeführt).</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>Das Zertifikat ist selbst signiert</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was signed by itself rather than by a certificate authority, so nobody can verify it. Mail clients warn, and a password should not be sent to it.</source>
        <translation>Das Zertifikat des Servers wurde von ihm selbst signiert statt von einer Zertifizierungsstelle, daher kann niemand es überprüfen. Mailprogramme warnen, und ein Passwort sollte nicht dorthin gesendet werden.</translation>
    </message>
    <message>
        <source>A test or default certificate (for example the one installed with the package) is still in use.</source>
        <translation>Ein Test- oder Standardzertifikat (zum Beispiel das mit dem Paket installierte) ist noch in Gebrauch.</translation>
    </message>
    <message>
        <source>Do not accept the certificate unless the admin confirms its fingerprint; ask them for a proper one.</source>
        <translation>Akzeptieren Sie das Zertifikat nur, wenn der Admin seinen Fingerabdruck bestätigt; bitten Sie ihn um ein richtiges Zertifikat.</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA (Let&apos;s Encrypt works for mail servers too).</source>
        <translation>Installieren Sie ein Zertifikat einer öffentlichen Zertifizierungsstelle (Let&apos;s Encrypt funktioniert auch für Mailserver).</translation>
    </message>
    <message>
        <source>The certificate is not from a trusted authority</source>
        <translation>Das Zertifikat stammt nicht von einer vertrauenswürdigen Stelle</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority this computer trusts: the server may not send its intermediate certificate, or the certificate comes from a private CA.</source>
        <translation>Die Zertifikatskette führt zu keiner Zertifizierungsstelle, der dieser Computer vertraut: Vielleicht schickt der Server sein Zwischenzertifikat nicht mit, oder das Zertifikat stammt von einer privaten CA.</translation>
    </message>
    <message>
        <source>The server does not send the intermediate certificate(s).</source>
        <translation>Der Server schickt das Zwischenzertifikat (oder die Zwischenzertifikate) nicht mit.</translation>
    </message>
    <message>
        <source>A private or company CA that this computer does not trust.</source>
        <translation>Eine private CA oder Firmen-CA, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>A network device intercepts TLS.</source>
        <translation>Ein Netzwerkgerät fängt TLS ab.</translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <translation>Das Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>The certificate is valid today but expires within 14 days. After that, mail clients will refuse the connection.</source>
        <translation>Das Zertifikat ist heute gültig, läuft aber innerhalb von 14 Tagen ab. Danach lehnen Mailprogramme die Verbindung ab.</translation>
    </message>
    <message>
        <source>Automatic renewal is not set up or is failing.</source>
        <translation>Die automatische Erneuerung ist nicht eingerichtet oder schlägt fehl.</translation>
    </message>
    <message>
        <source>Nothing to do now; tell the admin if it is your own server.</source>
        <translation>Im Moment ist nichts zu tun; sagen Sie es dem Admin, wenn es Ihr eigener Server ist.</translation>
    </message>
    <message>
        <source>Renew the certificate and reload the mail services; check the renewal job&apos;s log.</source>
        <translation>Erneuern Sie das Zertifikat und laden Sie die Maildienste neu; prüfen Sie das Log des Erneuerungsjobs.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificate</source>
        <translation>Der Server schickt sein Zwischenzertifikat nicht mit</translation>
    </message>
    <message>
        <source>The server sent its own certificate but not the certificate of the authority that issued it (the intermediate), so the chain cannot be followed to a trusted root. Some programs fetch the missing piece themselves and work; most mail clients do not and refuse the connection.</source>
        <translation>Der Server hat sein eigenes Zertifikat geschickt, aber nicht das Zertifikat der Stelle, die es ausgestellt hat (das Zwischenzertifikat), daher lässt sich die Kette nicht bis zu einem vertrauenswürdigen Stammzertifikat verfolgen. Manche Programme holen das fehlende Stück selbst und funktionieren; die meisten Mailprogramme tun das nicht und lehnen die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server is configured with the certificate file alone (cert.pem) instead of the full chain (fullchain.pem).</source>
        <translation>Der Server ist nur mit der Zertifikatsdatei (cert.pem) eingerichtet statt mit der vollständigen Kette (fullchain.pem).</translation>
    </message>
    <message>
        <source>The certificate was renewed and the new intermediate was not installed.</source>
        <translation>Das Zertifikat wurde erneuert, und das neue Zwischenzertifikat wurde nicht installiert.</translation>
    </message>
    <message>
        <source>Nothing to change in your settings: tell the server&apos;s admin that the intermediate certificate is missing. Do not accept the certificate permanently.</source>
        <translation>An Ihren Einstellungen ist nichts zu ändern: Sagen Sie dem Admin des Servers, dass das Zwischenzertifikat fehlt. Akzeptieren Sie das Zertifikat nicht dauerhaft.</translation>
    </message>
    <message>
        <source>Serve the full chain, leaf first then intermediates: Postfix `smtpd_tls_chain_files = /etc/letsencrypt/live/NAME/privkey.pem, /etc/letsencrypt/live/NAME/fullchain.pem`; Dovecot `ssl_cert = &lt;/etc/letsencrypt/live/NAME/fullchain.pem`; then reload.</source>
        <translation>Liefern Sie die vollständige Kette aus, Serverzertifikat zuerst, dann die Zwischenzertifikate: Postfix `smtpd_tls_chain_files = /etc/letsencrypt/live/NAME/privkey.pem, /etc/letsencrypt/live/NAME/fullchain.pem`; Dovecot `ssl_cert = &lt;/etc/letsencrypt/live/NAME/fullchain.pem`; danach neu laden.</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>Das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <source>The authority that issued the server&apos;s certificate says it must no longer be used (the OCSP response the server attached says &quot;revoked&quot;). Its key may have been stolen, or it was replaced.</source>
        <translation>Die Stelle, die das Zertifikat des Servers ausgestellt hat, sagt, dass es nicht mehr verwendet werden darf (die OCSP-Antwort, die der Server mitgeschickt hat, lautet „revoked“). Sein Schlüssel wurde vielleicht gestohlen, oder es wurde ersetzt.</translation>
    </message>
    <message>
        <source>The certificate was replaced and the old one is still installed.</source>
        <translation>Das Zertifikat wurde ersetzt, und das alte ist noch installiert.</translation>
    </message>
    <message>
        <source>The key was compromised and the certificate withdrawn.</source>
        <translation>Der Schlüssel wurde kompromittiert und das Zertifikat zurückgezogen.</translation>
    </message>
    <message>
        <source>Do not connect or send your password: tell the server&apos;s admin.</source>
        <translation>Verbinden Sie sich nicht und senden Sie Ihr Passwort nicht: Sagen Sie es dem Admin des Servers.</translation>
    </message>
    <message>
        <source>Install the current certificate (or obtain a new one) and reload the mail services; remove the revoked one everywhere it is used.</source>
        <translation>Installieren Sie das aktuelle Zertifikat (oder besorgen Sie ein neues) und laden Sie die Maildienste neu; entfernen Sie das widerrufene überall, wo es verwendet wird.</translation>
    </message>
    <message>
        <source>The certificate uses a weak key or signature</source>
        <translation>Das Zertifikat hat einen schwachen Schlüssel oder eine schwache Signatur</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has a key shorter than today&apos;s minimum (2048-bit RSA, 224-bit elliptic curve) or is signed with SHA-1 or MD5. Mail clients may start refusing it; it works today.</source>
        <translation>Das Zertifikat des Servers hat einen Schlüssel, der kürzer ist als das heutige Minimum (RSA mit 2048 Bit, elliptische Kurve mit 224 Bit), oder ist mit SHA-1 oder MD5 signiert. Mailprogramme lehnen es möglicherweise bald ab; heute funktioniert es.</translation>
    </message>
    <message>
        <source>An old certificate or one made with old defaults.</source>
        <translation>Ein altes Zertifikat oder eines, das mit alten Standardeinstellungen erzeugt wurde.</translation>
    </message>
    <message>
        <source>Nothing to change in your settings; tell the admin if it is your server.</source>
        <translation>An Ihren Einstellungen ist nichts zu ändern; sagen Sie es dem Admin, wenn es Ihr Server ist.</translation>
    </message>
    <message>
        <source>Issue a new certificate with an RSA 2048+ or ECDSA P-256 key, signed with SHA-256 or better, and install it.</source>
        <translation>Stellen Sie ein neues Zertifikat mit einem RSA-Schlüssel ab 2048 Bit oder einem ECDSA-P-256-Schlüssel aus, signiert mit SHA-256 oder besser, und installieren Sie es.</translation>
    </message>
    <message>
        <source>The server offers no login (AUTH)</source>
        <translation>Der Server bietet keine Anmeldung an (AUTH)</translation>
    </message>
    <message>
        <source>This is a server-to-server port (25) where logins are not offered.</source>
        <translation>Das ist ein Port für Mail zwischen Servern (25), auf dem keine Anmeldung angeboten wird.</translation>
    </message>
    <message>
        <source>AUTH is offered only after encryption, and encryption did not happen.</source>
        <translation>AUTH wird erst nach der Verschlüsselung angeboten, und die Verschlüsselung kam nicht zustande.</translation>
    </message>
    <message>
        <source>SASL is not configured on the server.</source>
        <translation>SASL ist auf dem Server nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Enable SASL on the submission services: Postfix `smtpd_sasl_auth_enable = yes`, `smtpd_sasl_type = dovecot`, `smtpd_sasl_path = private/auth` (master.cf `-o` options on submission/submissions).</source>
        <translation>Aktivieren Sie SASL für die Submission-Dienste: Postfix `smtpd_sasl_auth_enable = yes`, `smtpd_sasl_type = dovecot`, `smtpd_sasl_path = private/auth` (`-o`-Optionen in master.cf bei submission/submissions).</translation>
    </message>
    <message>
        <source>Login offered without encryption</source>
        <translation>Anmeldung ohne Verschlüsselung angeboten</translation>
    </message>
    <message>
        <source>Before the connection was encrypted, the server offered to take a login. A mail client that accepts sends the password in clear text, readable by anyone on the network. Portolan itself never does that unless asked.</source>
        <translation>Bevor die Verbindung verschlüsselt war, hat der Server eine Anmeldung angeboten. Ein Mailprogramm, das darauf eingeht, sendet das Passwort im Klartext, lesbar für jeden im Netzwerk. Portolan selbst tut das nie, außer wenn Sie es ausdrücklich verlangen.</translation>
    </message>
    <message>
        <source>The server does not require TLS before authentication.</source>
        <translation>Der Server verlangt kein TLS vor der Anmeldung.</translation>
    </message>
    <message>
        <source>Postfix: `smtpd_tls_auth_only = yes`; Dovecot: `disable_plaintext_auth = yes`.</source>
        <translation>Postfix: `smtpd_tls_auth_only = yes`; Dovecot: `disable_plaintext_auth = yes`.</translation>
    </message>
    <message>
        <source>That login method is not offered</source>
        <translation>Dieses Anmeldeverfahren wird nicht angeboten</translation>
    </message>
    <message>
        <source>The login method asked for (or any that Portolan and the server have in common) is not offered by the server.</source>
        <translation>Das verlangte Anmeldeverfahren (oder irgendeines, das Portolan und der Server gemeinsam haben) wird vom Server nicht angeboten.</translation>
    </message>
    <message>
        <source>The server offers only methods Portolan does not speak (GSSAPI, NTLM).</source>
        <translation>Der Server bietet nur Verfahren an, die Portolan nicht beherrscht (GSSAPI, NTLM).</translation>
    </message>
    <message>
        <source>Offer PLAIN/LOGIN over TLS, or SCRAM-SHA-256: Dovecot `auth_mechanisms`.</source>
        <translation>Bieten Sie PLAIN/LOGIN über TLS an oder SCRAM-SHA-256: Dovecot `auth_mechanisms`.</translation>
    </message>
    <message>
        <source>The login was refused</source>
        <translation>Die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server rejected the user name or password (535). The server&apos;s own words and its status code are in the evidence.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt (535). Die Worte des Servers und sein Statuscode stehen in den Belegen.</translation>
    </message>
    <message>
        <source>A wrong password, or a wrong user name form (full address instead of the local part, or the other way round).</source>
        <translation>Ein falsches Passwort oder eine falsche Form des Benutzernamens (vollständige Adresse statt des Teils vor dem @, oder umgekehrt).</translation>
    </message>
    <message>
        <source>The provider requires an app password because two-factor sign-in is on.</source>
        <translation>Der Anbieter verlangt ein App-Passwort, weil die Zwei-Faktor-Anmeldung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The account is locked or disabled.</source>
        <translation>Das Konto ist gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>Check the password and the user name form your provider documents (often the full email address).</source>
        <translation>Prüfen Sie das Passwort und die Form des Benutzernamens, die Ihr Anbieter angibt (oft die vollständige E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>If two-factor sign-in is on, create an app password and use it here.</source>
        <translation>Wenn die Zwei-Faktor-Anmeldung eingeschaltet ist, erstellen Sie ein App-Passwort und verwenden Sie es hier.</translation>
    </message>
    <message>
        <source>Look at the authentication log for this login: Dovecot `auth_verbose = yes`, `auth_verbose_passwords = sha1` (never plain) and `doveadm auth test USER`.</source>
        <translation>Sehen Sie im Anmeldelog nach dieser Anmeldung: Dovecot `auth_verbose = yes`, `auth_verbose_passwords = sha1` (nie plain) und `doveadm auth test USER`.</translation>
    </message>
    <message>
        <source>The login failed temporarily</source>
        <translation>Die Anmeldung ist vorübergehend fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server could not check the credentials right now (454 or another temporary reply): its password database or authentication service did not answer.</source>
        <translation>Der Server konnte die Zugangsdaten gerade nicht prüfen (454 oder eine andere vorübergehende Antwort): Seine Passwortdatenbank oder sein Anmeldedienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The authentication back end (Dovecot auth, LDAP, SQL) is down or slow.</source>
        <translation>Das Anmelde-Backend (Dovecot auth, LDAP, SQL) ist ausgefallen oder langsam.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, report it to the provider.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn es so bleibt, melden Sie es dem Anbieter.</translation>
    </message>
    <message>
        <source>Check the authentication service and its back end: `doveadm auth test USER`, the auth log, LDAP/SQL reachability.</source>
        <translation>Prüfen Sie den Anmeldedienst und sein Backend: `doveadm auth test USER`, das Anmeldelog, die Erreichbarkeit von LDAP/SQL.</translation>
    </message>
    <message>
        <source>The server wants a login first</source>
        <translation>Der Server verlangt zuerst eine Anmeldung</translation>
    </message>
    <message>
        <source>The server refuses to take mail from a client that has not logged in (530, or a 5.7.x refusal where a login is offered).</source>
        <translation>Der Server nimmt keine Mail von einem Client an, der sich nicht angemeldet hat (530, oder eine 5.7.x-Ablehnung, wo eine Anmeldung angeboten wird).</translation>
    </message>
    <message>
        <source>The mail client is not set to log in (&quot;my outgoing server requires authentication&quot; is off).</source>
        <translation>Das Mailprogramm ist nicht auf Anmeldung eingestellt („Postausgangsserver erfordert Authentifizierung“ ist aus).</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server and give the user name and password.</source>
        <translation>Schalten Sie die Anmeldung für den Postausgangsserver ein und geben Sie Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Nothing to change: submission ports should require a login (`smtpd_client_restrictions = permit_sasl_authenticated,reject`).</source>
        <translation>Nichts zu ändern: Ports zum Senden sollten eine Anmeldung verlangen (`smtpd_client_restrictions = permit_sasl_authenticated,reject`).</translation>
    </message>
    <message>
        <source>Only OAuth sign-in is offered</source>
        <translation>Es wird nur die Anmeldung über OAuth angeboten</translation>
    </message>
    <message>
        <source>The server offers only OAuth sign-in (XOAUTH2/OAUTHBEARER). A password cannot work here: the mail client must sign in through the provider&apos;s web page, or use an app password if the provider offers them.</source>
        <translation>Der Server bietet nur die Anmeldung über OAuth an (XOAUTH2/OAUTHBEARER). Ein Passwort kann hier nicht funktionieren: Das Mailprogramm muss sich über die Webseite des Anbieters anmelden oder ein App-Passwort verwenden, falls der Anbieter welche anbietet.</translation>
    </message>
    <message>
        <source>The provider (Microsoft 365, Google) has turned off password logins for this account or server.</source>
        <translation>Der Anbieter (Microsoft 365, Google) hat die Anmeldung mit Passwort für dieses Konto oder diesen Server abgeschaltet.</translation>
    </message>
    <message>
        <source>Use a mail client that supports OAuth sign-in (Thunderbird, Outlook, the phone&apos;s own mail app), or create an app password if your provider allows it.</source>
        <translation>Verwenden Sie ein Mailprogramm, das die Anmeldung über OAuth unterstützt (Thunderbird, Outlook, die Mail-App Ihres Handys), oder erstellen Sie ein App-Passwort, wenn Ihr Anbieter das erlaubt.</translation>
    </message>
    <message>
        <source>If password logins should work, enable them for this account (Microsoft 365: SMTP AUTH per mailbox).</source>
        <translation>Wenn die Anmeldung mit Passwort funktionieren soll, schalten Sie sie für dieses Konto ein (Microsoft 365: SMTP AUTH pro Postfach).</translation>
    </message>
    <message>
        <source>The password was not sent: the connection is not safe</source>
        <translation>Das Passwort wurde nicht gesendet: Die Verbindung ist nicht sicher</translation>
    </message>
    <message>
        <source>Portolan sends a password only inside an encrypted connection whose certificate verified for the server you named (RFC 8314 §5.1). This connection was not encrypted, or its certificate did not verify, so the login was not tried. A mail client that sends it anyway exposes the password.</source>
        <translation>Portolan sendet ein Passwort nur über eine verschlüsselte Verbindung, deren Zertifikat für den angegebenen Server bestätigt wurde (RFC 8314 §5.1). Diese Verbindung war nicht verschlüsselt, oder ihr Zertifikat wurde nicht bestätigt, daher wurde die Anmeldung nicht versucht. Ein Mailprogramm, das es trotzdem sendet, gibt das Passwort preis.</translation>
    </message>
    <message>
        <source>The security setting is &quot;none&quot; or the server offers no STARTTLS.</source>
        <translation>Die Verschlüsselung ist auf „keine“ gestellt, oder der Server bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate failed verification (see the certificate finding).</source>
        <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden (siehe das Ergebnis zum Zertifikat).</translation>
    </message>
    <message>
        <source>The password was sent over an unsafe connection, as asked</source>
        <translation>Das Passwort wurde wie verlangt über eine unsichere Verbindung gesendet</translation>
    </message>
    <message>
        <source>The check sent the password without encryption, or to a server whose certificate did not verify, because the user allowed it explicitly. Anyone on the network (or an impostor) may have it now.</source>
        <translation>Die Prüfung hat das Passwort ohne Verschlüsselung gesendet oder an einen Server, dessen Zertifikat nicht bestätigt wurde, weil Sie das ausdrücklich erlaubt haben. Jeder im Netzwerk (oder ein Betrüger) könnte es jetzt haben.</translation>
    </message>
    <message>
        <source>Change the password if this was not a test account.</source>
        <translation>Ändern Sie das Passwort, wenn das kein Testkonto war.</translation>
    </message>
    <message>
        <source>Refuse logins without TLS: Postfix `smtpd_tls_auth_only = yes`, Dovecot `disable_plaintext_auth = yes`.</source>
        <translation>Lehnen Sie Anmeldungen ohne TLS ab: Postfix `smtpd_tls_auth_only = yes`, Dovecot `disable_plaintext_auth = yes`.</translation>
    </message>
    <message>
        <source>The server did not prove it knows the password</source>
        <translation>Der Server hat nicht bewiesen, dass er das Passwort kennt</translation>
    </message>
    <message>
        <source>With SCRAM, the server must prove that it knows the password too. This server&apos;s proof was wrong or missing: it may be an impostor, or a broken SCRAM implementation.</source>
        <translation>Bei SCRAM muss auch der Server beweisen, dass er das Passwort kennt. Der Nachweis dieses Servers war falsch oder fehlte: Es kann ein Betrüger sein oder eine fehlerhafte SCRAM-Implementierung.</translation>
    </message>
    <message>
        <source>A man in the middle that accepts any login.</source>
        <translation>Ein Man-in-the-Middle, der jede Anmeldung annimmt.</translation>
    </message>
    <message>
        <source>A server bug in SCRAM.</source>
        <translation>Ein Serverfehler bei SCRAM.</translation>
    </message>
    <message>
        <source>Do not use this server until the admin has checked it; try from another network.</source>
        <translation>Verwenden Sie diesen Server nicht, bis der Admin ihn geprüft hat; versuchen Sie es aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>Check the SCRAM implementation and the stored credentials; test with `doveadm auth test`.</source>
        <translation>Prüfen Sie die SCRAM-Implementierung und die gespeicherten Zugangsdaten; testen Sie mit `doveadm auth test`.</translation>
    </message>
    <message>
        <source>The IMAP server logged in before encryption could start</source>
        <translation>Der IMAP-Server hat angemeldet, bevor die Verschlüsselung beginnen konnte</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH: the session is already logged in, so STARTTLS is no longer possible and everything that follows would travel unencrypted. A man in the middle can cause this (it is one of the STARTTLS attacks studied in 2021); a correctly configured server does not do it to a client on the network.</source>
        <translation>Der Server hat mit PREAUTH begrüßt: Die Sitzung ist schon angemeldet, daher ist STARTTLS nicht mehr möglich, und alles Weitere würde unverschlüsselt übertragen. Ein Man-in-the-Middle kann das auslösen (es ist einer der 2021 untersuchten STARTTLS-Angriffe); ein korrekt eingerichteter Server tut das bei einem Client im Netzwerk nicht.</translation>
    </message>
    <message>
        <source>A man in the middle injected the PREAUTH greeting.</source>
        <translation>Ein Man-in-the-Middle hat die PREAUTH-Begrüßung eingeschleust.</translation>
    </message>
    <message>
        <source>The server pre-authenticates connections from this address (a rare, local-only set-up).</source>
        <translation>Der Server meldet Verbindungen von dieser Adresse vorab an (eine seltene, nur lokale Einrichtung).</translation>
    </message>
    <message>
        <source>Use port 993 with SSL/TLS, where encryption starts before anything else.</source>
        <translation>Verwenden Sie Port 993 mit SSL/TLS, wo die Verschlüsselung vor allem anderen beginnt.</translation>
    </message>
    <message>
        <source>Do not pre-authenticate network clients; check for an intercepting proxy.</source>
        <translation>Melden Sie Clients aus dem Netzwerk nicht vorab an; prüfen Sie, ob ein Proxy die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session</source>
        <translation>Das Postfach wird von einer anderen Sitzung verwendet</translation>
    </message>
    <message>
        <source>The login worked, but the server refused to open the mailbox because another session holds its lock ([IN-USE]). POP3 allows one session per mailbox at a time.</source>
        <translation>Die Anmeldung hat funktioniert, aber der Server hat sich geweigert, das Postfach zu öffnen, weil eine andere Sitzung es gesperrt hält ([IN-USE]). POP3 erlaubt nur eine Sitzung pro Postfach gleichzeitig.</translation>
    </message>
    <message>
        <source>Another mail client (a phone, another computer) is downloading mail right now.</source>
        <translation>Ein anderes Mailprogramm (ein Handy, ein anderer Computer) lädt gerade Mail herunter.</translation>
    </message>
    <message>
        <source>A previous session did not end cleanly and the server still holds the lock.</source>
        <translation>Eine frühere Sitzung wurde nicht sauber beendet, und der Server hält die Sperre noch.</translation>
    </message>
    <message>
        <source>Close other mail programs that use this account, wait a minute and try again.</source>
        <translation>Schließen Sie andere Mailprogramme, die dieses Konto verwenden, warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check for stale POP3 sessions and locks (`doveadm who`, `doveadm kick USER`).</source>
        <translation>Prüfen Sie auf hängende POP3-Sitzungen und Sperren (`doveadm who`, `doveadm kick USER`).</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <translation>Die Absenderadresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the sender address (MAIL FROM). Servers do this when the address does not belong to the account that logged in, or its domain is not valid.</source>
        <translation>Der Server hat die Absenderadresse abgelehnt (MAIL FROM). Das tun Server, wenn die Adresse nicht zu dem angemeldeten Konto gehört oder ihre Domain nicht gültig ist.</translation>
    </message>
    <message>
        <source>The From address is not one the account may send as.</source>
        <translation>Die Absenderadresse ist keine, unter der das Konto senden darf.</translation>
    </message>
    <message>
        <source>The sender domain does not exist or is refused by policy.</source>
        <translation>Die Absenderdomain existiert nicht oder wird durch eine Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>Send from the address that belongs to the account you log in with.</source>
        <translation>Senden Sie von der Adresse, die zu dem Konto gehört, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Check `smtpd_sender_login_maps` and `reject_sender_login_mismatch`, and the reason in the mail log.</source>
        <translation>Prüfen Sie `smtpd_sender_login_maps` und `reject_sender_login_mismatch` sowie den Grund im Mail-Log.</translation>
    </message>
    <message>
        <source>The server will not relay for this client</source>
        <translation>Der Server leitet für diesen Client nicht weiter</translation>
    </message>
    <message>
        <source>The server will not pass this message on to another domain for this client. A server relays only for clients that logged in (or are on its own network); everyone else may only send to the server&apos;s own domains.</source>
        <translation>Der Server leitet diese Nachricht für diesen Client nicht an eine andere Domain weiter. Ein Server leitet nur für Clients weiter, die sich angemeldet haben (oder in seinem eigenen Netzwerk sind); alle anderen dürfen nur an die eigenen Domains des Servers senden.</translation>
    </message>
    <message>
        <source>The client did not log in.</source>
        <translation>Der Client hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The login worked but the server still does not allow relaying for it.</source>
        <translation>Die Anmeldung hat funktioniert, aber der Server erlaubt trotzdem keine Weiterleitung.</translation>
    </message>
    <message>
        <source>`smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination` on submission; check `mynetworks`.</source>
        <translation>`smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination` für Submission; prüfen Sie `mynetworks`.</translation>
    </message>
    <message>
        <source>The recipient was refused</source>
        <translation>Der Empfänger wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused a recipient address: it does not exist there, or policy refuses it. Each refused recipient is listed in the detail.</source>
        <translation>Der Server hat eine Empfängeradresse abgelehnt: Es gibt sie dort nicht, oder eine Richtlinie lehnt sie ab. Jeder abgelehnte Empfänger ist in den Details aufgeführt.</translation>
    </message>
    <message>
        <source>A typing mistake in the recipient address.</source>
        <translation>Ein Tippfehler in der Empfängeradresse.</translation>
    </message>
    <message>
        <source>The mailbox does not exist or was removed.</source>
        <translation>Das Postfach existiert nicht oder wurde entfernt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refuses mail from this sender.</source>
        <translation>Der Server des Empfängers lehnt Mail von diesem Absender ab.</translation>
    </message>
    <message>
        <source>Check the recipient address.</source>
        <translation>Prüfen Sie die Empfängeradresse.</translation>
    </message>
    <message>
        <source>Check the mailbox exists: `postmap -q ADDRESS virtual_mailbox_maps`, and the mail log for the reason.</source>
        <translation>Prüfen Sie, ob das Postfach existiert: `postmap -q ADDRESS virtual_mailbox_maps`, und den Grund im Mail-Log.</translation>
    </message>
    <message>
        <source>The message was refused</source>
        <translation>Die Nachricht wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server took the recipients but refused the message itself after the final dot: a content filter, a size limit or a policy.</source>
        <translation>Der Server hat die Empfänger angenommen, aber die Nachricht selbst nach dem abschließenden Punkt abgelehnt: ein Inhaltsfilter, eine Größenbeschränkung oder eine Richtlinie.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>Die Nachricht ist zu groß.</translation>
    </message>
    <message>
        <source>A spam or virus filter refused it.</source>
        <translation>Ein Spam- oder Virenfilter hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Send a smaller, plain message; report the server&apos;s reason to the admin.</source>
        <translation>Senden Sie eine kleinere, einfache Nachricht; geben Sie den Grund des Servers an den Admin weiter.</translation>
    </message>
    <message>
        <source>Look for the reason in the mail log and the content filter&apos;s log; check `message_size_limit`.</source>
        <translation>Suchen Sie den Grund im Mail-Log und im Log des Inhaltsfilters; prüfen Sie `message_size_limit`.</translation>
    </message>
    <message>
        <source>Greylisted: retry later</source>
        <translation>Greylisting: später erneut versuchen</translation>
    </message>
    <message>
        <source>The server asked to try again later (a temporary 45x). Greylisting servers do this to every new sender once; a real mail server retries after a few minutes and then gets through.</source>
        <translation>Der Server hat darum gebeten, es später erneut zu versuchen (ein vorübergehendes 45x). Server mit Greylisting tun das bei jedem neuen Absender einmal; ein echter Mailserver versucht es nach ein paar Minuten erneut und kommt dann durch.</translation>
    </message>
    <message>
        <source>Greylisting.</source>
        <translation>Greylisting.</translation>
    </message>
    <message>
        <source>A temporary problem on the server (a full disk, a busy policy service).</source>
        <translation>Ein vorübergehendes Problem auf dem Server (eine volle Festplatte, ein ausgelasteter Richtliniendienst).</translation>
    </message>
    <message>
        <source>Nothing is wrong with your settings: a mail client&apos;s message will go through when the server retries it. Try the check again in a few minutes.</source>
        <translation>An Ihren Einstellungen ist nichts falsch: Eine Nachricht aus dem Mailprogramm kommt an, sobald der Server den Versand wiederholt. Wiederholen Sie die Prüfung in ein paar Minuten.</translation>
    </message>
    <message>
        <source>If this is not greylisting, check the mail log for the temporary reason.</source>
        <translation>Wenn es kein Greylisting ist, suchen Sie den vorübergehenden Grund im Mail-Log.</translation>
    </message>
    <message>
        <source>The server is not available now</source>
        <translation>Der Server ist gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>The server answered 421 (or another temporary refusal): it is shutting down, overloaded or in maintenance, for example during a nightly backup. It should work again later.</source>
        <translation>Der Server hat mit 421 (oder einer anderen vorübergehenden Ablehnung) geantwortet: Er fährt herunter, ist überlastet oder wird gewartet, zum Beispiel während einer nächtlichen Datensicherung. Später sollte es wieder funktionieren.</translation>
    </message>
    <message>
        <source>Maintenance, a backup or a restart.</source>
        <translation>Wartung, eine Datensicherung oder ein Neustart.</translation>
    </message>
    <message>
        <source>Too many connections from your address or in total.</source>
        <translation>Zu viele Verbindungen von Ihrer Adresse oder insgesamt.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it happens at the same time every day, tell the admin when.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; wenn es jeden Tag zur gleichen Zeit passiert, sagen Sie dem Admin, wann.</translation>
    </message>
    <message>
        <source>Look in the mail log at that time: process limits (`default_process_limit`), `smtpd_client_connection_count_limit`, anvil rate limits, maintenance jobs.</source>
        <translation>Sehen Sie zu dieser Zeit im Mail-Log nach: Prozesslimits (`default_process_limit`), `smtpd_client_connection_count_limit`, Ratenbegrenzungen von anvil, Wartungsjobs.</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the dialogue: it accepted a command and never replied.</source>
        <translation>Der Server hat mitten im Dialog aufgehört zu antworten: Er hat einen Befehl angenommen und nie geantwortet.</translation>
    </message>
    <message>
        <source>The server is overloaded or stuck.</source>
        <translation>Der Server ist überlastet oder hängt.</translation>
    </message>
    <message>
        <source>A firewall or proxy in between stops passing traffic.</source>
        <translation>Eine Firewall oder ein Proxy dazwischen leitet keinen Verkehr mehr weiter.</translation>
    </message>
    <message>
        <source>Check the server&apos;s load and mail log for this connection; check for an inspecting firewall.</source>
        <translation>Prüfen Sie die Last des Servers und das Mail-Log zu dieser Verbindung; prüfen Sie, ob eine untersuchende Firewall dazwischen sitzt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer makes no sense</source>
        <translation>Die Antwort des Servers ergibt keinen Sinn</translation>
    </message>
    <message>
        <source>The port runs another service (HTTP, IMAP, SSH …), or TLS where plain text was expected.</source>
        <translation>Auf dem Port läuft ein anderer Dienst (HTTP, IMAP, SSH …) oder TLS, wo unverschlüsselter Text erwartet wurde.</translation>
    </message>
    <message>
        <source>A broken server or a middlebox that mangles the traffic.</source>
        <translation>Ein fehlerhafter Server oder ein Gerät dazwischen, das den Verkehr verfälscht.</translation>
    </message>
    <message>
        <source>Check the port number and security setting.</source>
        <translation>Prüfen Sie die Portnummer und die Verschlüsselung.</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>Der Proxy ist gescheitert</translation>
    </message>
    <message>
        <source>The configured proxy could not connect to the server.</source>
        <translation>Der eingestellte Proxy konnte keine Verbindung zum Server herstellen.</translation>
    </message>
    <message>
        <source>Check the proxy settings.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation>Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>The check was stopped before it finished; what it learned until then is shown.</source>
        <translation>Die Prüfung wurde beendet, bevor sie fertig war; was sie bis dahin herausgefunden hat, wird angezeigt.</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>Starten Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>DANE: the TLSA record matches</source>
        <translation>DANE: Der TLSA-Eintrag passt</translation>
    </message>
    <message>
        <source>The port&apos;s TLSA record is signed with DNSSEC and matches the certificate the server presented: mail servers that use DANE will trust this server.</source>
        <translation>Der TLSA-Eintrag des Ports ist mit DNSSEC signiert und passt zu dem Zertifikat, das der Server vorgezeigt hat: Mailserver, die DANE verwenden, vertrauen diesem Server.</translation>
    </message>
    <message>
        <source>DANE: no TLSA record</source>
        <translation>DANE: Kein TLSA-Eintrag</translation>
    </message>
    <message>
        <source>The port has no TLSA record, so DANE is not in use for it. That is normal for submission and mailbox ports; it matters for port 25 between mail servers.</source>
        <translation>Der Port hat keinen TLSA-Eintrag, DANE wird für ihn also nicht verwendet. Für Ports zum Senden und für Postfächer ist das normal; wichtig ist es für Port 25 zwischen Mailservern.</translation>
    </message>
    <message>
        <source>DANE: the TLSA record is not DNSSEC-signed</source>
        <translation>DANE: Der TLSA-Eintrag ist nicht mit DNSSEC signiert</translation>
    </message>
    <message>
        <source>A TLSA record exists, but the answer is not secured by DNSSEC, so it proves nothing and mail servers that use DANE ignore it (RFC 7672 §2.2).</source>
        <translation>Es gibt einen TLSA-Eintrag, aber die Antwort ist nicht durch DNSSEC gesichert, daher beweist sie nichts, und Mailserver, die DANE verwenden, ignorieren sie (RFC 7672 §2.2).</translation>
    </message>
    <message>
        <source>The zone is not signed, or its chain of trust (DS record at the parent) is missing.</source>
        <translation>Die Zone ist nicht signiert, oder ihre Vertrauenskette (DS-Eintrag bei der übergeordneten Zone) fehlt.</translation>
    </message>
    <message>
        <source>The resolver used does not validate DNSSEC.</source>
        <translation>Der verwendete Resolver prüft DNSSEC nicht.</translation>
    </message>
    <message>
        <source>DANE: DNSSEC validation fails</source>
        <translation>DANE: Die DNSSEC-Prüfung schlägt fehl</translation>
    </message>
    <message>
        <source>The TLSA answer should be signed but its DNSSEC signatures do not validate (expired, wrong key, broken chain of trust). Mail servers that use DANE will not deliver to this server at all.</source>
        <translation>Die TLSA-Antwort sollte signiert sein, aber ihre DNSSEC-Signaturen sind ungültig (abgelaufen, falscher Schlüssel, unterbrochene Vertrauenskette). Mailserver, die DANE verwenden, stellen an diesen Server überhaupt nicht zu.</translation>
    </message>
    <message>
        <source>Expired RRSIG signatures: the zone is no longer being re-signed.</source>
        <translation>Abgelaufene RRSIG-Signaturen: Die Zone wird nicht mehr neu signiert.</translation>
    </message>
    <message>
        <source>A key rollover where the DS record at the parent was not updated.</source>
        <translation>Ein Schlüsselwechsel, bei dem der DS-Eintrag in der übergeordneten Zone nicht aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Nothing to change in your settings: tell the server&apos;s admin.</source>
        <translation>An Ihren Einstellungen ist nichts zu ändern: Sagen Sie es dem Admin des Servers.</translation>
    </message>
    <message>
        <source>Re-sign the zone and check that the DS at the parent matches a current KSK; the validator&apos;s reason is in the evidence.</source>
        <translation>Signieren Sie die Zone neu und prüfen Sie, ob der DS in der übergeordneten Zone zu einem aktuellen KSK passt; der Grund des Validators steht in den Belegen.</translation>
    </message>
    <message>
        <source>DANE: no TLSA record matches the certificate</source>
        <translation>DANE: Kein TLSA-Eintrag passt zum Zertifikat</translation>
    </message>
    <message>
        <source>The port&apos;s DNSSEC-signed TLSA records do not match any certificate the server presented. Mail servers that use DANE will refuse to deliver; this usually follows a certificate renewal with a new key whose TLSA record was not published.</source>
        <translation>Die mit DNSSEC signierten TLSA-Einträge des Ports passen zu keinem Zertifikat, das der Server vorgezeigt hat. Mailserver, die DANE verwenden, verweigern die Zustellung; meist folgt das auf eine Zertifikatserneuerung mit neuem Schlüssel, deren TLSA-Eintrag nicht veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>The certificate (or its key) was renewed and the TLSA record not updated.</source>
        <translation>Das Zertifikat (oder sein Schlüssel) wurde erneuert und der TLSA-Eintrag nicht aktualisiert.</translation>
    </message>
    <message>
        <source>The TLSA record names a certificate the server does not send (e.g. an intermediate missing from the chain).</source>
        <translation>Der TLSA-Eintrag nennt ein Zertifikat, das der Server nicht schickt (z. B. ein Zwischenzertifikat, das in der Kette fehlt).</translation>
    </message>
    <message>
        <source>Publish a TLSA record for the current key (`3 1 1` = SHA-256 of the public key survives renewals that keep the key), keep the old one until caches expire, and remove it afterwards.</source>
        <translation>Veröffentlichen Sie einen TLSA-Eintrag für den aktuellen Schlüssel (`3 1 1` = SHA-256 des öffentlichen Schlüssels übersteht Erneuerungen, die den Schlüssel behalten), behalten Sie den alten, bis die Caches abgelaufen sind, und entfernen Sie ihn danach.</translation>
    </message>
    <message>
        <source>DANE: the TLSA lookup failed</source>
        <translation>DANE: Die TLSA-Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLSA records of the port could not be looked up (the DNS server did not answer, or refused), so DANE could not be checked. The mail check itself is not affected.</source>
        <translation>Die TLSA-Einträge des Ports konnten nicht abgefragt werden (der DNS-Server hat nicht geantwortet oder die Abfrage abgelehnt), daher konnte DANE nicht geprüft werden. Die Prüfung der Mail selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The DNS server does not answer TLSA queries, or a firewall drops DNS.</source>
        <translation>Der DNS-Server beantwortet keine TLSA-Abfragen, oder eine Firewall verwirft DNS.</translation>
    </message>
    <message>
        <source>No DNSSEC trust anchor is installed on this computer (Debian/Ubuntu: the dns-root-data package).</source>
        <translation>Auf diesem Computer ist kein DNSSEC-Vertrauensanker installiert (Debian/Ubuntu: das Paket dns-root-data).</translation>
    </message>
    <message>
        <source>{host} port {port} works with {works}.</source>
        <translation>Port {port} auf {host} funktioniert mit {works}.</translation>
    </message>
    <message>
        <source>The server name {host} does not exist: check it for typing mistakes.</source>
        <translation>Den Servernamen {host} gibt es nicht: Prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>{host} exists but has no address: use the mail server&apos;s name instead.</source>
        <translation>{host} existiert, hat aber keine Adresse: Verwenden Sie stattdessen den Namen des Mailservers.</translation>
    </message>
    <message>
        <source>The name {host} could not be looked up: the DNS on this network is not answering.</source>
        <translation>Der Name {host} konnte nicht aufgelöst werden: Das DNS in diesem Netzwerk antwortet nicht.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}: the mail service is not listening there.</source>
        <translation>{host} hat die Verbindung auf Port {port} abgelehnt: Dort nimmt kein Maildienst Verbindungen an.</translation>
    </message>
    <message>
        <source>Nothing answered on {host} port {port}: a firewall or the network drops the connection.</source>
        <translation>Auf {host}, Port {port}, hat nichts geantwortet: Eine Firewall oder das Netzwerk verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>This computer has no route to {host}: check the network connection.</source>
        <translation>Dieser Computer hat keinen Weg zu {host}: Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Your network blocks outgoing port 25: use port 587 or 465 instead.</source>
        <translation>Ihr Netzwerk sperrt ausgehenden Port 25: Verwenden Sie stattdessen Port 587 oder 465.</translation>
    </message>
    <message>
        <source>{host} closed the connection on port {port} before the check was over.</source>
        <translation>{host} hat die Verbindung auf Port {port} getrennt, bevor die Prüfung fertig war.</translation>
    </message>
    <message>
        <source>{host} accepted the connection on port {port} but never sent a greeting.</source>
        <translation>{host} hat die Verbindung auf Port {port} angenommen, aber nie eine Begrüßung geschickt.</translation>
    </message>
    <message>
        <source>{host} refuses to talk to this client on port {port}: {evidence}.</source>
        <translation>{host} verweigert diesem Client auf Port {port} das Gespräch: {evidence}.</translation>
    </message>
    <message>
        <source>Port {port} expects {works} from the first byte, not {mode}: choose {works} in the mail client.</source>
        <translation>Port {port} erwartet {works} ab dem ersten Byte, nicht {mode}: Wählen Sie {works} im Mailprogramm.</translation>
    </message>
    <message>
        <source>Port {port} speaks {works}, not {mode}: choose {works} in the mail client.</source>
        <translation>Port {port} spricht {works}, nicht {mode}: Wählen Sie {works} im Mailprogramm.</translation>
    </message>
    <message>
        <source>Port {port} speaks {works}; choose {works} here.</source>
        <translation>Port {port} spricht {works}; wählen Sie hier {works}.</translation>
    </message>
    <message>
        <source>{host} offers STARTTLS on port {port} but the upgrade to encryption failed.</source>
        <translation>{host} bietet STARTTLS auf Port {port} an, aber der Wechsel zur Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Data arrived before encryption began on {host} port {port}: something on the way tampers with the connection.</source>
        <translation>Auf {host}, Port {port}, kamen Daten an, bevor die Verschlüsselung begann: Etwas auf dem Weg manipuliert die Verbindung.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} port {port} could not be set up.</source>
        <translation>Die verschlüsselte Verbindung zu {host}, Port {port}, kam nicht zustande.</translation>
    </message>
    <message>
        <source>{host} port {port} only speaks an outdated TLS version that current mail clients refuse: the server&apos;s admin must enable TLS 1.2 or 1.3.</source>
        <translation>Port {port} auf {host} spricht nur eine veraltete TLS-Version, die aktuelle Mailprogramme ablehnen: Der Admin des Servers muss TLS 1.2 oder 1.3 aktivieren.</translation>
    </message>
    <message>
        <source>{host} works, but still accepts the deprecated TLS 1.0/1.1 (for its admin to turn off).</source>
        <translation>{host} funktioniert, akzeptiert aber noch das veraltete TLS 1.0/1.1 (sein Admin sollte es abschalten).</translation>
    </message>
    <message>
        <source>{host} works, but negotiates a weak cipher (for its admin to fix).</source>
        <translation>{host} funktioniert, handelt aber ein schwaches Verschlüsselungsverfahren aus (sein Admin sollte das beheben).</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired: the server&apos;s admin must renew it.</source>
        <translation>Das Zertifikat von {host} ist abgelaufen: Der Admin des Servers muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet: check this computer&apos;s clock, then the certificate.</source>
        <translation>Das Zertifikat von {host} ist noch nicht gültig: Prüfen Sie die Uhr dieses Computers, dann das Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of {host} does not name it; it covers: {names}. Use one of those names.</source>
        <translation>Das Zertifikat von {host} nennt diesen Namen nicht; es deckt ab: {names}. Verwenden Sie einen dieser Namen.</translation>
    </message>
    <message>
        <source>{host} uses a self-signed certificate: the server&apos;s admin should install a proper one.</source>
        <translation>{host} verwendet ein selbst signiertes Zertifikat: Der Admin des Servers sollte ein richtiges installieren.</translation>
    </message>
    <message>
        <source>The certificate of {host} does not lead to a trusted authority.</source>
        <translation>Das Zertifikat von {host} führt zu keiner vertrauenswürdigen Stelle.</translation>
    </message>
    <message>
        <source>{host} works, but its certificate expires within 14 days.</source>
        <translation>{host} funktioniert, aber sein Zertifikat läuft innerhalb von 14 Tagen ab.</translation>
    </message>
    <message>
        <source>The server {host} does not send its intermediate certificate, so mail clients cannot trust it: its admin must install the full certificate chain.</source>
        <translation>Der Server {host} schickt sein Zwischenzertifikat nicht mit, daher können Mailprogramme ihm nicht vertrauen: Sein Admin muss die vollständige Zertifikatskette installieren.</translation>
    </message>
    <message>
        <source>The certificate of {host} has been revoked: do not use this server until its admin installs a valid certificate.</source>
        <translation>Das Zertifikat von {host} wurde widerrufen: Verwenden Sie diesen Server nicht, bis sein Admin ein gültiges Zertifikat installiert hat.</translation>
    </message>
    <message>
        <source>{host} works, but its certificate uses a weak key or signature.</source>
        <translation>{host} funktioniert, aber sein Zertifikat hat einen schwachen Schlüssel oder eine schwache Signatur.</translation>
    </message>
    <message>
        <source>{host} offers logins without encryption on port {port}: passwords could travel in clear.</source>
        <translation>{host} bietet auf Port {port} Anmeldungen ohne Verschlüsselung an: Passwörter könnten im Klartext übertragen werden.</translation>
    </message>
    <message>
        <source>{host} does not offer the login method asked for: {evidence}.</source>
        <translation>{host} bietet das verlangte Anmeldeverfahren nicht an: {evidence}.</translation>
    </message>
    <message>
        <source>{host} refused the login: check the user name and password ({evidence}).</source>
        <translation>{host} hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort ({evidence}).</translation>
    </message>
    <message>
        <source>{host} could not check the login right now: try again later.</source>
        <translation>{host} konnte die Anmeldung gerade nicht prüfen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{host} wants a login before it takes mail: turn on authentication in the mail client.</source>
        <translation>{host} verlangt eine Anmeldung, bevor er Mail annimmt: Schalten Sie die Anmeldung im Mailprogramm ein.</translation>
    </message>
    <message>
        <source>{host} only accepts OAuth sign-in: a password cannot work; use OAuth or an app password.</source>
        <translation>{host} akzeptiert nur die Anmeldung über OAuth: Ein Passwort kann nicht funktionieren; verwenden Sie OAuth oder ein App-Passwort.</translation>
    </message>
    <message>
        <source>The password was not sent to {host}: the connection is not encrypted and verified. Use SSL/TLS or STARTTLS.</source>
        <translation>Das Passwort wurde nicht an {host} gesendet: Die Verbindung ist nicht verschlüsselt und bestätigt. Verwenden Sie SSL/TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>The login to {host} worked, but the password travelled over an unsafe connection.</source>
        <translation>Die Anmeldung bei {host} hat funktioniert, aber das Passwort wurde über eine unsichere Verbindung übertragen.</translation>
    </message>
    <message>
        <source>{host} accepted the login without proving that it knows the password: something is wrong.</source>
        <translation>{host} hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt: Hier stimmt etwas nicht.</translation>
    </message>
    <message>
        <source>{host} said PREAUTH before encryption on port {port}: use SSL/TLS on port 993.</source>
        <translation>{host} hat auf Port {port} vor der Verschlüsselung PREAUTH gesagt: Verwenden Sie SSL/TLS auf Port 993.</translation>
    </message>
    <message>
        <source>The mailbox on {host} is in use by another session: close other mail programs and try again.</source>
        <translation>Das Postfach auf {host} wird von einer anderen Sitzung verwendet: Schließen Sie andere Mailprogramme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{host} refused the sender address: {evidence}.</source>
        <translation>{host} hat die Absenderadresse abgelehnt: {evidence}.</translation>
    </message>
    <message>
        <source>{host} will not relay mail for this client: log in first, on port 587 or 465.</source>
        <translation>{host} leitet Mail für diesen Client nicht weiter: Melden Sie sich zuerst an, auf Port 587 oder 465.</translation>
    </message>
    <message>
        <source>{host} refused the recipient: {evidence}.</source>
        <translation>{host} hat den Empfänger abgelehnt: {evidence}.</translation>
    </message>
    <message>
        <source>{host} refused the message after receiving it: {evidence}.</source>
        <translation>{host} hat die Nachricht nach dem Empfang abgelehnt: {evidence}.</translation>
    </message>
    <message>
        <source>{host} asks to try again later (greylisting or a temporary problem): {evidence}.</source>
        <translation>{host} bittet, es später erneut zu versuchen (Greylisting oder ein vorübergehendes Problem): {evidence}.</translation>
    </message>
    <message>
        <source>{host} is not accepting connections right now: {evidence}.</source>
        <translation>{host} nimmt gerade keine Verbindungen an: {evidence}.</translation>
    </message>
    <message>
        <source>{host} stopped answering in the middle of the dialogue on port {port}.</source>
        <translation>{host} hat auf Port {port} mitten im Dialog aufgehört zu antworten.</translation>
    </message>
    <message>
        <source>The check of {host} port {port} was cancelled before it finished.</source>
        <translation>Die Prüfung von {host}, Port {port}, wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>{host} port {port} passes the check, and its DANE record matches.</source>
        <translation>Port {port} auf {host} besteht die Prüfung, und sein DANE-Eintrag passt.</translation>
    </message>
    <message>
        <source>{host} port {port} has no DANE record.</source>
        <translation>Port {port} auf {host} hat keinen DANE-Eintrag.</translation>
    </message>
    <message>
        <source>The DANE record of {host} is not DNSSEC-signed, so it is ignored.</source>
        <translation>Der DANE-Eintrag von {host} ist nicht mit DNSSEC signiert und wird daher ignoriert.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures of {host}&apos;s DANE record do not validate: DANE-enabled mail servers will not deliver there.</source>
        <translation>Die DNSSEC-Signaturen des DANE-Eintrags von {host} sind ungültig: Mailserver mit DANE stellen dort nicht zu.</translation>
    </message>
    <message>
        <source>The DANE record of {host} does not match its certificate: DANE-enabled mail servers will refuse to deliver there.</source>
        <translation>Der DANE-Eintrag von {host} passt nicht zu seinem Zertifikat: Mailserver mit DANE verweigern die Zustellung dorthin.</translation>
    </message>
    <message>
        <source>The DANE records of {host} could not be looked up.</source>
        <translation>Die DANE-Einträge von {host} konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>{host} offers no encryption on port {port} (no STARTTLS), so nothing sent there is safe: use SSL/TLS on {tlsport} if the server has it; otherwise its admin must enable TLS.</source>
        <translation>{host} bietet auf Port {port} keine Verschlüsselung an (kein STARTTLS), daher ist nichts sicher, was dorthin gesendet wird: Verwenden Sie SSL/TLS auf {tlsport}, wenn der Server das hat; andernfalls muss sein Admin TLS aktivieren.</translation>
    </message>
    <message>
        <source>The server broke off the encrypted connection</source>
        <translation>Der Server hat die verschlüsselte Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>The server answered the start of the TLS handshake with a TLS alert: a message that says it will not or cannot go on. The alert proves the port speaks TLS, so the security setting is not the problem; the alert&apos;s number says what the server objected to, and most of them (an internal error above all) mean its TLS set-up is broken.</source>
        <translation>Der Server hat auf den Beginn des TLS-Handshakes mit einem TLS-Alert geantwortet: einer Meldung, dass er nicht weitermachen will oder kann. Der Alert beweist, dass der Port TLS spricht, die Verschlüsselungseinstellung ist also nicht das Problem; die Nummer des Alerts sagt, woran sich der Server gestört hat, und die meisten (vor allem ein interner Fehler) bedeuten, dass seine TLS-Einrichtung fehlerhaft ist.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} port {port} failed: {evidence}.</source>
        <translation>Die verschlüsselte Verbindung zu {host}, Port {port}, ist fehlgeschlagen: {evidence}.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or private key is missing, unreadable or does not match (often reported as an internal error, alert 80).</source>
        <translation>Zertifikat oder privater Schlüssel des Servers fehlt, ist nicht lesbar oder passt nicht zusammen (oft als interner Fehler gemeldet, Alert 80).</translation>
    </message>
    <message>
        <source>The server allows only TLS versions or ciphers that current clients no longer offer (alert 70 or 40).</source>
        <translation>Der Server erlaubt nur TLS-Versionen oder Verschlüsselungsverfahren, die aktuelle Clients nicht mehr anbieten (Alert 70 oder 40).</translation>
    </message>
    <message>
        <source>The server has no certificate for the name that was asked for (alert 112), or asks for a client certificate (alert 116).</source>
        <translation>Der Server hat kein Zertifikat für den angefragten Namen (Alert 112) oder verlangt ein Client-Zertifikat (Alert 116).</translation>
    </message>
    <message>
        <source>Nothing in your settings will fix this: report it to the provider with this evidence, and use another server or port meanwhile if they offer one.</source>
        <translation>Mit Ihren Einstellungen lässt sich das nicht beheben: Melden Sie es dem Anbieter mit diesen Belegen, und verwenden Sie so lange einen anderen Server oder Port, falls er einen anbietet.</translation>
    </message>
    <message>
        <source>Look at the mail server&apos;s log at the time of the check: it says why it sent the alert.</source>
        <translation>Sehen Sie zum Zeitpunkt der Prüfung im Log des Mailservers nach: Dort steht, warum er den Alert geschickt hat.</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 with current ciphers (RFC 8996, RFC 9325).</source>
        <translation>Erlauben Sie TLS 1.2 und 1.3 mit aktuellen Verschlüsselungsverfahren (RFC 8996, RFC 9325).</translation>
    </message>
    <message>
        <source>The server sometimes holds its greeting for seconds</source>
        <translation>Der Server lässt mit seiner Begrüßung manchmal Sekunden auf sich warten</translation>
    </message>
    <message>
        <source>On some of the connections Portolan opened, the server waited a second or more before it greeted (or before TLS could begin), while others were answered at once. Mail clients see the same: now and then a connection or a send takes seconds longer, or times out. The usual cause is the server looking up the client&apos;s address in the DNS before it greets, with a DNS answer lost now and then (the resolver then retries after 5 seconds).</source>
        <translation>Bei einigen der Verbindungen, die Portolan geöffnet hat, hat der Server eine Sekunde oder länger gewartet, bevor er begrüßt hat (oder bevor TLS beginnen konnte), während andere sofort beantwortet wurden. Mailprogramme erleben dasselbe: Ab und zu dauert eine Verbindung oder ein Versand Sekunden länger oder läuft ins Zeitlimit. Die übliche Ursache: Der Server schlägt die Adresse des Clients im DNS nach, bevor er begrüßt, und ab und zu geht eine DNS-Antwort verloren (der Resolver versucht es dann nach 5 Sekunden erneut).</translation>
    </message>
    <message>
        <source>{host} port {port} sometimes waits seconds before it greets: {evidence}.</source>
        <translation>Port {port} auf {host} wartet manchmal Sekunden, bevor er begrüßt: {evidence}.</translation>
    </message>
    <message>
        <source>The server looks the client up in the DNS before the greeting (Exim&apos;s host_lookup, a reverse-DNS check in Postfix&apos;s smtpd or a milter) and its DNS resolver loses or rate-limits answers.</source>
        <translation>Der Server schlägt den Client vor der Begrüßung im DNS nach (host_lookup bei Exim, eine Reverse-DNS-Prüfung in smtpd von Postfix oder ein Milter), und sein DNS-Resolver verliert Antworten oder begrenzt sie.</translation>
    </message>
    <message>
        <source>An ident (RFC 1413) lookup of the client that times out.</source>
        <translation>Eine Ident-Abfrage (RFC 1413) des Clients, die ins Zeitlimit läuft.</translation>
    </message>
    <message>
        <source>The server is overloaded and accepts connections faster than it serves them.</source>
        <translation>Der Server ist überlastet und nimmt Verbindungen schneller an, als er sie bedient.</translation>
    </message>
    <message>
        <source>Nothing in your settings causes this; if sending sometimes hangs, give the provider this evidence.</source>
        <translation>Nichts in Ihren Einstellungen verursacht das; wenn das Senden manchmal hängt, geben Sie dem Anbieter diese Belege.</translation>
    </message>
    <message>
        <source>Check the mail server&apos;s DNS resolver (a local caching resolver helps) and its rate limits; the server&apos;s log shows lookups that took 5 s.</source>
        <translation>Prüfen Sie den DNS-Resolver des Mailservers (ein lokaler, zwischenspeichernder Resolver hilft) und seine Ratenbegrenzungen; das Log des Servers zeigt Abfragen, die 5 s gedauert haben.</translation>
    </message>
    <message>
        <source>Exim: `host_lookup` and `helo_lookup_domains` decide which clients are looked up; `dns_retrans` shortens the wait. Disable `rfc1413_hosts` lookups if they are on.</source>
        <translation>Exim: `host_lookup` und `helo_lookup_domains` bestimmen, welche Clients nachgeschlagen werden; `dns_retrans` verkürzt die Wartezeit. Schalten Sie `rfc1413_hosts`-Abfragen ab, wenn sie aktiv sind.</translation>
    </message>
    <message>
        <source>Postfix: check `smtpd_client_restrictions` and milters that look up the client, and `postscreen_greet_wait`.</source>
        <translation>Postfix: Prüfen Sie `smtpd_client_restrictions` und Milter, die den Client nachschlagen, sowie `postscreen_greet_wait`.</translation>
    </message>
    <message>
        <source>No settings that work were found</source>
        <translation>Es wurden keine funktionierenden Einstellungen gefunden</translation>
    </message>
    <message>
        <source>None of the places a mail client looks for settings (the provider&apos;s autoconfig, the ISPDB, the MX host&apos;s domain, SRV records, Autodiscover) has settings for this address, or nothing they name (nor the usual guessed names) works for sending or receiving.</source>
        <translation>Keine der Stellen, an denen ein Mailprogramm nach Einstellungen sucht (die Autoconfig des Anbieters, die ISPDB, die Domain des MX-Hosts, SRV-Einträge, Autodiscover), hat Einstellungen für diese Adresse, oder nichts, was sie nennen (auch nicht die üblichen geratenen Namen), funktioniert zum Senden oder Empfangen.</translation>
    </message>
    <message>
        <source>No working settings were found for this address.</source>
        <translation>Für diese Adresse wurden keine funktionierenden Einstellungen gefunden.</translation>
    </message>
    <message>
        <source>The provider publishes no automatic configuration and uses server names no client would guess.</source>
        <translation>Der Anbieter veröffentlicht keine automatische Konfiguration und verwendet Servernamen, die kein Mailprogramm erraten würde.</translation>
    </message>
    <message>
        <source>The servers the sources name are down, or refuse the connection from this network.</source>
        <translation>Die Server, die die Quellen nennen, sind ausgefallen oder lehnen Verbindungen aus diesem Netzwerk ab.</translation>
    </message>
    <message>
        <source>A typing mistake in the address&apos;s domain.</source>
        <translation>Ein Tippfehler in der Domain der Adresse.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>Ask your provider for the server names, ports and security modes, and enter them by hand (Advanced).</source>
        <translation>Fragen Sie Ihren Anbieter nach den Servernamen, Ports und Verschlüsselungsarten, und geben Sie sie von Hand ein (Erweitert).</translation>
    </message>
    <message>
        <source>Publish a config-v1.1.xml at https://autoconfig.DOMAIN/mail/config-v1.1.xml and SRV records (RFC 6186, RFC 8314): this report&apos;s &quot;For the admin&quot; section has both, built from what works.</source>
        <translation>Veröffentlichen Sie eine config-v1.1.xml unter https://autoconfig.DOMAIN/mail/config-v1.1.xml und SRV-Einträge (RFC 6186, RFC 8314): Der Abschnitt „Für den Admin“ dieses Berichts enthält beides, erstellt aus dem, was funktioniert.</translation>
    </message>
    <message>
        <source>Make sure the servers named there are reachable from outside your network.</source>
        <translation>Sorgen Sie dafür, dass die dort genannten Server von außerhalb Ihres Netzwerks erreichbar sind.</translation>
    </message>
    <message>
        <source>The sources disagree about the settings</source>
        <translation>Die Quellen nennen unterschiedliche Einstellungen</translation>
    </message>
    <message>
        <source>Two places a mail client may ask name different servers, ports or security modes for the same protocol. Each mail client asks a different subset of them, so different clients (Thunderbird, Outlook, a phone) end up with different settings, and some of them may fail.</source>
        <translation>Zwei Stellen, die ein Mailprogramm fragen kann, nennen für dasselbe Protokoll verschiedene Server, Ports oder Verschlüsselungsarten. Jedes Mailprogramm fragt eine andere Auswahl davon, daher landen verschiedene Programme (Thunderbird, Outlook, ein Handy) bei verschiedenen Einstellungen, und manche davon funktionieren vielleicht nicht.</translation>
    </message>
    <message>
        <source>The sources name different settings for the same protocol.</source>
        <translation>Die Quellen nennen für dasselbe Protokoll verschiedene Einstellungen.</translation>
    </message>
    <message>
        <source>One source was updated after a server move and another was forgotten.</source>
        <translation>Eine Quelle wurde nach einem Serverumzug aktualisiert, eine andere wurde vergessen.</translation>
    </message>
    <message>
        <source>An old autoconfig file, SRV record or Autodiscover answer is still published.</source>
        <translation>Eine alte Autoconfig-Datei, ein alter SRV-Eintrag oder eine alte Autodiscover-Antwort ist noch veröffentlicht.</translation>
    </message>
    <message>
        <source>Use the recommended settings at the top of this report: they were checked and work.</source>
        <translation>Verwenden Sie die empfohlenen Einstellungen oben in diesem Bericht: Sie wurden geprüft und funktionieren.</translation>
    </message>
    <message>
        <source>Make every source (autoconfig, SRV records, Autodiscover) name the same settings: the ones this report verified. Remove the sources you do not maintain.</source>
        <translation>Sorgen Sie dafür, dass jede Quelle (Autoconfig, SRV-Einträge, Autodiscover) dieselben Einstellungen nennt: die, die dieser Bericht bestätigt hat. Entfernen Sie die Quellen, die Sie nicht pflegen.</translation>
    </message>
    <message>
        <source>A source points at settings that do not work</source>
        <translation>Eine Quelle verweist auf Einstellungen, die nicht funktionieren</translation>
    </message>
    <message>
        <source>A place mail clients ask for settings names a server, port or security mode whose check fails. A client that believes this source gets settings that do not work. The check&apos;s own finding is attached.</source>
        <translation>Eine Stelle, bei der Mailprogramme nach Einstellungen fragen, nennt einen Server, Port oder eine Verschlüsselungsart, deren Prüfung fehlschlägt. Ein Mailprogramm, das dieser Quelle glaubt, bekommt Einstellungen, die nicht funktionieren. Das Ergebnis der Prüfung selbst ist beigefügt.</translation>
    </message>
    <message>
        <source>A source names settings whose check fails.</source>
        <translation>Eine Quelle nennt Einstellungen, deren Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>The published configuration names the wrong security mode for the port (STARTTLS on a port that speaks SSL/TLS, or the reverse).</source>
        <translation>Die veröffentlichte Konfiguration nennt für den Port die falsche Verschlüsselungsart (STARTTLS auf einem Port, der SSL/TLS spricht, oder umgekehrt).</translation>
    </message>
    <message>
        <source>The port named is closed or filtered, or the server was moved.</source>
        <translation>Der genannte Port ist geschlossen oder gefiltert, oder der Server ist umgezogen.</translation>
    </message>
    <message>
        <source>Use the recommended settings at the top of this report instead of what your mail client found automatically.</source>
        <translation>Verwenden Sie die empfohlenen Einstellungen oben in diesem Bericht statt dessen, was Ihr Mailprogramm automatisch gefunden hat.</translation>
    </message>
    <message>
        <source>Correct the source: publish the config-v1.1.xml and SRV records from this report&apos;s &quot;For the admin&quot; section, built from what works.</source>
        <translation>Korrigieren Sie die Quelle: Veröffentlichen Sie die config-v1.1.xml und die SRV-Einträge aus dem Abschnitt „Für den Admin“ dieses Berichts, erstellt aus dem, was funktioniert.</translation>
    </message>
    <message>
        <source>The password was not sent to a host the domain does not vouch for</source>
        <translation>Das Passwort wurde nicht an einen Host gesendet, für den die Domain nicht bürgt</translation>
    </message>
    <message>
        <source>Only a source the address&apos;s domain does not vouch for (plain http, an unsigned DNS answer, the MX host&apos;s domain, a guess) names this host, and it is outside the address&apos;s domain. Anyone on the path could have forged that answer, so the check ran without logging in.</source>
        <translation>Nur eine Quelle, für die die Domain der Adresse nicht bürgt (einfaches http, eine unsignierte DNS-Antwort, die Domain des MX-Hosts, eine Vermutung), nennt diesen Host, und er liegt außerhalb der Domain der Adresse. Jeder auf dem Weg könnte diese Antwort gefälscht haben, daher lief die Prüfung ohne Anmeldung.</translation>
    </message>
    <message>
        <source>The password was not sent to {host}: no source the domain vouches for names it.</source>
        <translation>Das Passwort wurde nicht an {host} gesendet: Keine Quelle, für die die Domain bürgt, nennt diesen Host.</translation>
    </message>
    <message>
        <source>The provider&apos;s settings come only over plain http or from unsigned DNS records.</source>
        <translation>Die Einstellungen des Anbieters kommen nur über einfaches http oder aus unsignierten DNS-Einträgen.</translation>
    </message>
    <message>
        <source>The mail servers live in another domain than the address (a hosting company&apos;s).</source>
        <translation>Die Mailserver liegen in einer anderen Domain als die Adresse (der eines Hosting-Anbieters).</translation>
    </message>
    <message>
        <source>If you know this server is your provider&apos;s, run the discovery again and answer yes when asked whether to send the password to it.</source>
        <translation>Wenn Sie wissen, dass dieser Server zu Ihrem Anbieter gehört, starten Sie die Suche erneut und antworten Sie mit Ja, wenn Sie gefragt werden, ob das Passwort an ihn gesendet werden soll.</translation>
    </message>
    <message>
        <source>Publish the settings over https (autoconfig with a valid certificate) or sign the zone with DNSSEC, so clients can trust them.</source>
        <translation>Veröffentlichen Sie die Einstellungen über https (Autoconfig mit einem gültigen Zertifikat) oder signieren Sie die Zone mit DNSSEC, damit Mailprogramme ihnen vertrauen können.</translation>
    </message>
    <message>
        <source>The mail configuration came over plain http</source>
        <translation>Die Mailkonfiguration kam über einfaches http</translation>
    </message>
    <message>
        <source>The configuration file was fetched over plain http (or an https fetch was redirected to http). Anyone on the network path could have replaced it and sent your client, and your password, to a server of theirs.</source>
        <translation>Die Konfigurationsdatei wurde über einfaches http abgerufen (oder ein https-Abruf wurde auf http umgeleitet). Jeder auf dem Netzwerkweg hätte sie austauschen und Ihr Mailprogramm – und Ihr Passwort – an einen eigenen Server schicken können.</translation>
    </message>
    <message>
        <source>The configuration came over plain http.</source>
        <translation>Die Konfiguration kam über einfaches http.</translation>
    </message>
    <message>
        <source>The provider publishes its autoconfig only over http.</source>
        <translation>Der Anbieter veröffentlicht seine Autoconfig nur über http.</translation>
    </message>
    <message>
        <source>An https address redirects to http.</source>
        <translation>Eine https-Adresse leitet auf http um.</translation>
    </message>
    <message>
        <source>Compare the settings with what your provider documents before you use them.</source>
        <translation>Vergleichen Sie die Einstellungen mit den Angaben Ihres Anbieters, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>Serve config-v1.1.xml over https with a valid certificate at https://autoconfig.DOMAIN/mail/config-v1.1.xml, and do not redirect https to http.</source>
        <translation>Liefern Sie config-v1.1.xml über https mit einem gültigen Zertifikat unter https://autoconfig.DOMAIN/mail/config-v1.1.xml aus, und leiten Sie https nicht auf http um.</translation>
    </message>
    <message>
        <source>The autoconfig server&apos;s certificate does not verify</source>
        <translation>Das Zertifikat des Autoconfig-Servers wird nicht bestätigt</translation>
    </message>
    <message>
        <source>The web server that should hand out the mail configuration presented a certificate that does not verify (expired, self-signed, untrusted, or for another name). Mail clients refuse it, or fall back to plain http.</source>
        <translation>Der Webserver, der die Mailkonfiguration ausliefern soll, hat ein Zertifikat vorgezeigt, das nicht bestätigt wird (abgelaufen, selbst signiert, nicht vertrauenswürdig oder für einen anderen Namen). Mailprogramme lehnen es ab oder weichen auf einfaches http aus.</translation>
    </message>
    <message>
        <source>The autoconfig server&apos;s certificate does not verify.</source>
        <translation>Das Zertifikat des Autoconfig-Servers wird nicht bestätigt.</translation>
    </message>
    <message>
        <source>The autoconfig host name (autoconfig.DOMAIN) is not in the web server&apos;s certificate.</source>
        <translation>Der Autoconfig-Hostname (autoconfig.DOMAIN) steht nicht im Zertifikat des Webservers.</translation>
    </message>
    <message>
        <source>The certificate expired or is self-signed.</source>
        <translation>Das Zertifikat ist abgelaufen oder selbst signiert.</translation>
    </message>
    <message>
        <source>Nothing to do on your side; the settings found elsewhere in this report still apply.</source>
        <translation>Auf Ihrer Seite ist nichts zu tun; die an anderer Stelle in diesem Bericht gefundenen Einstellungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>Add autoconfig.DOMAIN (and autodiscover.DOMAIN where used) to the web server&apos;s certificate, and renew it in time.</source>
        <translation>Nehmen Sie autoconfig.DOMAIN (und, wo verwendet, autodiscover.DOMAIN) in das Zertifikat des Webservers auf, und erneuern Sie es rechtzeitig.</translation>
    </message>
    <message>
        <source>The autoconfig file is not a valid config-v1.1 document</source>
        <translation>Die Autoconfig-Datei ist kein gültiges config-v1.1-Dokument</translation>
    </message>
    <message>
        <source>The address where the mail configuration should be answered with something that is not a usable config-v1.1.xml: not well-formed XML, another kind of document (often a web page), a document without servers, or one too big to read.</source>
        <translation>Die Adresse, unter der die Mailkonfiguration liegen sollte, hat mit etwas geantwortet, das keine brauchbare config-v1.1.xml ist: kein wohlgeformtes XML, eine andere Art Dokument (oft eine Webseite), ein Dokument ohne Server oder eines, das zu groß zum Lesen ist.</translation>
    </message>
    <message>
        <source>The autoconfig file is not a valid config-v1.1 document.</source>
        <translation>Die Autoconfig-Datei ist kein gültiges config-v1.1-Dokument.</translation>
    </message>
    <message>
        <source>A web server answers every path with its home page or an error page with status 200.</source>
        <translation>Ein Webserver beantwortet jeden Pfad mit seiner Startseite oder mit einer Fehlerseite mit Status 200.</translation>
    </message>
    <message>
        <source>A hand-edited file with a typing mistake.</source>
        <translation>Eine von Hand bearbeitete Datei mit einem Tippfehler.</translation>
    </message>
    <message>
        <source>Replace the file with the config-v1.1.xml from this report&apos;s &quot;For the admin&quot; section; answer 404 where there is no file.</source>
        <translation>Ersetzen Sie die Datei durch die config-v1.1.xml aus dem Abschnitt „Für den Admin“ dieses Berichts; antworten Sie mit 404, wo es keine Datei gibt.</translation>
    </message>
    <message>
        <source>The Autodiscover answer is not a valid response</source>
        <translation>Die Autodiscover-Antwort ist keine gültige Antwort</translation>
    </message>
    <message>
        <source>The Autodiscover address answered with something that is not a usable Autodiscover (POX) response: not well-formed XML, another kind of document, or too big to read. Outlook and other clients that ask Autodiscover get nothing from it.</source>
        <translation>Die Autodiscover-Adresse hat mit etwas geantwortet, das keine brauchbare Autodiscover-Antwort (POX) ist: kein wohlgeformtes XML, eine andere Art Dokument oder zu groß zum Lesen. Outlook und andere Mailprogramme, die Autodiscover fragen, bekommen davon nichts.</translation>
    </message>
    <message>
        <source>The Autodiscover answer is not valid.</source>
        <translation>Die Autodiscover-Antwort ist nicht gültig.</translation>
    </message>
    <message>
        <source>A web server answers the Autodiscover path with a web page.</source>
        <translation>Ein Webserver beantwortet den Autodiscover-Pfad mit einer Webseite.</translation>
    </message>
    <message>
        <source>A broken Autodiscover service.</source>
        <translation>Ein defekter Autodiscover-Dienst.</translation>
    </message>
    <message>
        <source>Fix the Autodiscover service, or answer 404 at /autodiscover/autodiscover.xml if you do not offer it.</source>
        <translation>Reparieren Sie den Autodiscover-Dienst, oder antworten Sie unter /autodiscover/autodiscover.xml mit 404, wenn Sie ihn nicht anbieten.</translation>
    </message>
    <message>
        <source>An SRV record says the service is not offered</source>
        <translation>Ein SRV-Eintrag sagt, dass der Dienst nicht angeboten wird</translation>
    </message>
    <message>
        <source>An SRV record with the target &quot;.&quot; says that this service (for example IMAP without implicit TLS) is decidedly not offered at this domain. Clients that read SRV records will not use it.</source>
        <translation>Ein SRV-Eintrag mit dem Ziel „.“ sagt, dass dieser Dienst (zum Beispiel IMAP ohne implizites TLS) bei dieser Domain ausdrücklich nicht angeboten wird. Mailprogramme, die SRV-Einträge lesen, verwenden ihn nicht.</translation>
    </message>
    <message>
        <source>An SRV record says the service is not offered.</source>
        <translation>Ein SRV-Eintrag sagt, dass der Dienst nicht angeboten wird.</translation>
    </message>
    <message>
        <source>The admin chose not to offer this service, as RFC 6186 allows.</source>
        <translation>Der Admin hat sich entschieden, diesen Dienst nicht anzubieten, wie RFC 6186 es erlaubt.</translation>
    </message>
    <message>
        <source>Nothing, if the service is really not offered; else publish the SRV record with the server&apos;s name and port.</source>
        <translation>Nichts, wenn der Dienst wirklich nicht angeboten wird; andernfalls veröffentlichen Sie den SRV-Eintrag mit dem Namen und Port des Servers.</translation>
    </message>
    <message>
        <source>Check that the name is published in the zone: `dig {host} A` and `dig {host} AAAA` against the authoritative server.</source>
        <translation>Prüfen Sie, ob der Name in der Zone veröffentlicht ist: `dig {host} A` und `dig {host} AAAA` gegen den autoritativen Server.</translation>
    </message>
    <message>
        <source>Publish A and/or AAAA records for the mail host name: `dig {host} A`, `dig {host} AAAA`.</source>
        <translation>Veröffentlichen Sie A- und/oder AAAA-Einträge für den Hostnamen des Mailservers: `dig {host} A`, `dig {host} AAAA`.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s name servers answer: `dig @NS {host}`, and DNSSEC: `delv {host}`.</source>
        <translation>Prüfen Sie, ob die Nameserver der Domain antworten: `dig @NS {host}`, und DNSSEC: `delv {host}`.</translation>
    </message>
    <message>
        <source>Check the port number against your provider&apos;s instructions (usually {secureports}).</source>
        <translation>Prüfen Sie die Portnummer anhand der Anleitung Ihres Anbieters (meist {secureports}).</translation>
    </message>
    <message>
        <source>Is the service running? `systemctl status {service}` / `ss -ltnp | grep :{port}`.</source>
        <translation>Läuft der Dienst? `systemctl status {service}` / `ss -ltnp | grep :{port}`.</translation>
    </message>
    <message>
        <source>Is it bound to loopback only? Postfix `inet_interfaces` in main.cf and the port&apos;s line in master.cf (`submission inet n - y - - smtpd`); Dovecot `listen` and the `inet_listener` of the service.</source>
        <translation>Ist er nur an Loopback gebunden? Postfix `inet_interfaces` in main.cf und die Zeile des Ports in master.cf (`submission inet n - y - - smtpd`); Dovecot `listen` und der `inet_listener` des Dienstes.</translation>
    </message>
    <message>
        <source>Try {secureports}, or another network such as a phone hotspot, to see whether your network blocks the port.</source>
        <translation>Versuchen Sie {secureports} oder ein anderes Netzwerk, etwa einen Hotspot Ihres Handys, um zu sehen, ob Ihr Netzwerk den Port sperrt.</translation>
    </message>
    <message>
        <source>Check the server is up and the DNS points at it: `dig {host}`, `ping`, `tcpdump -ni any port {port}` on the server.</source>
        <translation>Prüfen Sie, ob der Server läuft und der DNS auf ihn zeigt: `dig {host}`, `ping`, `tcpdump -ni any port {port}` auf dem Server.</translation>
    </message>
    <message>
        <source>Try again later, or with a longer timeout ({opt:timeout}).</source>
        <translation>Versuchen Sie es später erneut oder mit einem längeren Zeitlimit ({opt:timeout}).</translation>
    </message>
    <message>
        <source>Check the service answers locally: `openssl s_client -connect localhost:{port}{starttls}` or `nc localhost {port}`.</source>
        <translation>Prüfen Sie, ob der Dienst lokal antwortet: `openssl s_client -connect localhost:{port}{starttls}` oder `nc localhost {port}`.</translation>
    </message>
    <message>
        <source>Try {secureports}; try from another network.</source>
        <translation>Versuchen Sie {secureports}; versuchen Sie es aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The mail client is set to STARTTLS or no encryption on a port that is encrypted from the start (such as {tlsport}).</source>
        <translation>Das Mailprogramm ist auf einem Port, der von Anfang an verschlüsselt ist (etwa {tlsport}), auf STARTTLS oder keine Verschlüsselung eingestellt.</translation>
    </message>
    <message>
        <source>Set the connection security to SSL/TLS for this port, or use {starttlsport} with STARTTLS.</source>
        <translation>Stellen Sie die Verschlüsselung für diesen Port auf SSL/TLS, oder verwenden Sie {starttlsport} mit STARTTLS.</translation>
    </message>
    <message>
        <source>Nothing is wrong on the server; consider documenting both ways in: {secureports}.</source>
        <translation>Auf dem Server ist nichts falsch; dokumentieren Sie am besten beide Wege: {secureports}.</translation>
    </message>
    <message>
        <source>The client started encryption immediately (SSL/TLS, implicit TLS), but this port speaks plain {protocol} first and upgrades with STARTTLS. The server&apos;s greeting arrives where the client expects a TLS handshake; OpenSSL calls this &quot;wrong version number&quot;.</source>
        <translation>Der Client hat sofort verschlüsselt (SSL/TLS, implizites TLS), aber dieser Port spricht zuerst unverschlüsseltes {protocol} und wechselt mit STARTTLS zur Verschlüsselung. Die Begrüßung des Servers kommt dort an, wo der Client einen TLS-Handshake erwartet; OpenSSL nennt das „wrong version number“.</translation>
    </message>
    <message>
        <source>The mail client is set to SSL/TLS on a port that starts plain (such as {starttlsport}).</source>
        <translation>Das Mailprogramm ist auf einem Port, der unverschlüsselt beginnt (etwa {starttlsport}), auf SSL/TLS eingestellt.</translation>
    </message>
    <message>
        <source>Set the connection security to STARTTLS for this port, or use {tlsport} with SSL/TLS.</source>
        <translation>Stellen Sie die Verschlüsselung für diesen Port auf STARTTLS, oder verwenden Sie {tlsport} mit SSL/TLS.</translation>
    </message>
    <message>
        <source>Nothing is wrong on the server; consider also offering {tlsport} with implicit TLS (RFC 8314).</source>
        <translation>Auf dem Server ist nichts falsch; bieten Sie am besten zusätzlich {tlsport} mit implizitem TLS an (RFC 8314).</translation>
    </message>
    <message>
        <source>The server does not list STARTTLS in its {capa} answer, so the connection cannot be encrypted on this port. A password sent here would travel in clear text. Something between you and the server may also be removing STARTTLS (a STARTTLS stripping attack or a &quot;mail scanning&quot; firewall).</source>
        <translation>Der Server führt STARTTLS in seiner Antwort auf {capa} nicht auf, daher kann die Verbindung auf diesem Port nicht verschlüsselt werden. Ein Passwort würde hier im Klartext übertragen. Es kann auch sein, dass etwas zwischen Ihnen und dem Server STARTTLS entfernt (ein STARTTLS-Stripping-Angriff oder eine Firewall, die Mail „untersucht“).</translation>
    </message>
    <message>
        <source>Try {tlsport} with SSL/TLS.</source>
        <translation>Versuchen Sie {tlsport} mit SSL/TLS.</translation>
    </message>
    <message>
        <source>Configure TLS for the port: Postfix `smtpd_tls_cert_file`, `smtpd_tls_key_file`, `smtpd_tls_security_level = may` (or `encrypt` on submission); Dovecot `ssl = required`, `ssl_cert`, `ssl_key`.</source>
        <translation>Richten Sie TLS für den Port ein: Postfix `smtpd_tls_cert_file`, `smtpd_tls_key_file`, `smtpd_tls_security_level = may` (oder `encrypt` für Submission); Dovecot `ssl = required`, `ssl_cert`, `ssl_key`.</translation>
    </message>
    <message>
        <source>Try {tlsport} with SSL/TLS; try again later; if it persists, report it with this evidence.</source>
        <translation>Versuchen Sie {tlsport} mit SSL/TLS; versuchen Sie es später erneut; wenn es so bleibt, melden Sie es mit diesen Belegen.</translation>
    </message>
    <message>
        <source>Check the mail log for the TLS error and that the certificate and key files are readable by the service: `openssl s_client -connect {host}:{port}{starttls}`.</source>
        <translation>Suchen Sie den TLS-Fehler im Mail-Log und prüfen Sie, ob der Dienst die Zertifikats- und Schlüsseldateien lesen kann: `openssl s_client -connect {host}:{port}{starttls}`.</translation>
    </message>
    <message>
        <source>Capture the traffic (`tcpdump -ni any port {port}`) to see where the bytes come from; check that no proxy sits in front of the server.</source>
        <translation>Zeichnen Sie den Verkehr auf (`tcpdump -ni any port {port}`), um zu sehen, woher die Bytes kommen; prüfen Sie, dass kein Proxy vor dem Server sitzt.</translation>
    </message>
    <message>
        <source>If your mail client is set to SSL/TLS, check the port: use {secureports}.</source>
        <translation>Wenn Ihr Mailprogramm auf SSL/TLS eingestellt ist, prüfen Sie den Port: Verwenden Sie {secureports}.</translation>
    </message>
    <message>
        <source>Check protocols and ciphers: `openssl s_client -connect {host}:{port}{starttls}`; allow TLS 1.2 and 1.3 (RFC 8996, RFC 9325).</source>
        <translation>Prüfen Sie Protokolle und Cipher: `openssl s_client -connect {host}:{port}{starttls}`; erlauben Sie TLS 1.2 und 1.3 (RFC 8996, RFC 9325).</translation>
    </message>
    <message>
        <source>Check the certificate and key the service is configured with, and that they match: `openssl s_client -connect {host}:{port}{starttls}` shows the alert too.</source>
        <translation>Prüfen Sie das Zertifikat und den Schlüssel, mit denen der Dienst eingerichtet ist, und ob sie zusammenpassen: `openssl s_client -connect {host}:{port}{starttls}` zeigt den Alert ebenfalls.</translation>
    </message>
    <message>
        <source>Check with `openssl s_client -connect {host}:{port}{starttls} -tls1_2`.</source>
        <translation>Prüfen Sie mit `openssl s_client -connect {host}:{port}{starttls} -tls1_2`.</translation>
    </message>
    <message>
        <source>Check what is served: `openssl s_client -connect {host}:{port}{starttls} | openssl x509 -noout -dates`.</source>
        <translation>Prüfen Sie, was ausgeliefert wird: `openssl s_client -connect {host}:{port}{starttls} | openssl x509 -noout -dates`.</translation>
    </message>
    <message>
        <source>Install a certificate that covers every name clients use (Postfix `smtpd_tls_chain_files`, Dovecot `ssl_cert`), or tell users the name it covers.</source>
        <translation>Installieren Sie ein Zertifikat, das jeden Namen abdeckt, den Clients verwenden (Postfix `smtpd_tls_chain_files`, Dovecot `ssl_cert`), oder nennen Sie den Benutzern den Namen, den es abdeckt.</translation>
    </message>
    <message>
        <source>The certificate is a placeholder</source>
        <translation>Das Zertifikat ist ein Platzhalter</translation>
    </message>
    <message>
        <source>The server&apos;s certificate names only names reserved for tests and examples (such as mail.example, localhost or something.invalid), which no server on the Internet has. It is a placeholder or test certificate, not one made for this server: no server name you could type would match it, so the server&apos;s admin must install a proper certificate.</source>
        <translation>Das Zertifikat des Servers nennt nur Namen, die für Tests und Beispiele reserviert sind (etwa mail.example, localhost oder something.invalid) und die kein Server im Internet hat. Es ist ein Platzhalter- oder Testzertifikat, nicht eines, das für diesen Server ausgestellt wurde: Kein Servername, den Sie eingeben könnten, würde dazu passen, daher muss der Admin des Servers ein richtiges Zertifikat installieren.</translation>
    </message>
    <message>
        <source>The certificate of {host} names only {names}, names reserved for tests and examples: the server&apos;s admin must install a proper certificate.</source>
        <translation>Das Zertifikat von {host} nennt nur {names}, Namen, die für Tests und Beispiele reserviert sind: Der Admin des Servers muss ein richtiges Zertifikat installieren.</translation>
    </message>
    <message>
        <source>The server still has the certificate its software or image came with (a snakeoil or example certificate).</source>
        <translation>Der Server hat noch das Zertifikat, das mit seiner Software oder seinem Image geliefert wurde (ein Snakeoil- oder Beispielzertifikat).</translation>
    </message>
    <message>
        <source>A test certificate was installed on the live server, or the real one was never configured for this port.</source>
        <translation>Auf dem Produktivserver wurde ein Testzertifikat installiert, oder das richtige wurde für diesen Port nie eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing in your settings can fix this: report it to the server&apos;s admin with this evidence.</source>
        <translation>Mit Ihren Einstellungen lässt sich das nicht beheben: Melden Sie es dem Admin des Servers mit diesen Belegen.</translation>
    </message>
    <message>
        <source>Do not send a password to this server until it has a proper certificate.</source>
        <translation>Senden Sie kein Passwort an diesen Server, bis er ein richtiges Zertifikat hat.</translation>
    </message>
    <message>
        <source>Install a certificate for {host} (for example from Let&apos;s Encrypt) on this port: Postfix `smtpd_tls_chain_files`, Dovecot `ssl_cert`/`ssl_key`; then reload.</source>
        <translation>Installieren Sie auf diesem Port ein Zertifikat für {host} (zum Beispiel von Let&apos;s Encrypt): Postfix `smtpd_tls_chain_files`, Dovecot `ssl_cert`/`ssl_key`; danach neu laden.</translation>
    </message>
    <message>
        <source>Check what is served: `openssl s_client -connect {host}:{port}{starttls} | openssl x509 -noout -subject -ext subjectAltName`.</source>
        <translation>Prüfen Sie, was ausgeliefert wird: `openssl s_client -connect {host}:{port}{starttls} | openssl x509 -noout -subject -ext subjectAltName`.</translation>
    </message>
    <message>
        <source>If your organisation uses its own CA, give Portolan its CA file ({opt:ca-file}); otherwise report it.</source>
        <translation>Wenn Ihre Organisation eine eigene CA verwendet, geben Sie Portolan deren CA-Datei ({opt:ca-file}); andernfalls melden Sie es.</translation>
    </message>
    <message>
        <source>Serve the full chain (Postfix `smtpd_tls_chain_files` with the leaf first, then intermediates; Dovecot `ssl_cert` with the full chain file): check with `openssl s_client -connect {host}:{port}{starttls} -showcerts`.</source>
        <translation>Liefern Sie die vollständige Kette aus (Postfix `smtpd_tls_chain_files` mit dem Serverzertifikat zuerst, dann den Zwischenzertifikaten; Dovecot `ssl_cert` mit der Datei der vollständigen Kette): Prüfen Sie mit `openssl s_client -connect {host}:{port}{starttls} -showcerts`.</translation>
    </message>
    <message>
        <source>Check with `openssl s_client -connect {host}:{port}{starttls} -showcerts`: more than one certificate must be listed.</source>
        <translation>Prüfen Sie mit `openssl s_client -connect {host}:{port}{starttls} -showcerts`: Es müssen mehrere Zertifikate aufgeführt sein.</translation>
    </message>
    <message>
        <source>The server does not offer authentication (no {authcap} in its {capa} answer) on this connection, so a mail client cannot log in here. Many servers offer logins only after STARTTLS, or only on the ports for mail clients: {secureports}.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Anmeldung an (kein {authcap} in seiner Antwort auf {capa}), daher kann sich ein Mailprogramm hier nicht anmelden. Viele Server bieten die Anmeldung erst nach STARTTLS an oder nur auf den Ports für Mailprogramme: {secureports}.</translation>
    </message>
    <message>
        <source>{host} does not offer a login on port {port}: use {secureports}.</source>
        <translation>{host} bietet auf Port {port} keine Anmeldung an: Verwenden Sie {secureports}.</translation>
    </message>
    <message>
        <source>Use {secureports}.</source>
        <translation>Verwenden Sie {secureports}.</translation>
    </message>
    <message>
        <source>Only log in over an encrypted connection: {secureports}.</source>
        <translation>Melden Sie sich nur über eine verschlüsselte Verbindung an: {secureports}.</translation>
    </message>
    <message>
        <source>{app} Portolan chooses the login method itself: report this with the evidence, which lists what the server offers.</source>
        <translation>{app} Portolan wählt das Anmeldeverfahren selbst: Melden Sie dies mit den Belegen, die zeigen, was der Server anbietet.</translation>
    </message>
    <message>
        <source>Use an encrypted connection: {secureports}.</source>
        <translation>Verwenden Sie eine verschlüsselte Verbindung: {secureports}.</translation>
    </message>
    <message>
        <source>If the certificate is from your organisation&apos;s own CA, give Portolan its CA file ({opt:ca-file}).</source>
        <translation>Wenn das Zertifikat von der eigenen CA Ihrer Organisation stammt, geben Sie Portolan deren CA-Datei ({opt:ca-file}).</translation>
    </message>
    <message>
        <source>{app} If you understand the risk and must test anyway: {opt:allow-cleartext-auth}.</source>
        <translation>{app} Wenn Sie das Risiko verstehen und trotzdem testen müssen: {opt:allow-cleartext-auth}.</translation>
    </message>
    <message>
        <source>{app} {opt:allow-cleartext-auth} was on.</source>
        <translation>{app} Eingeschaltet war: {opt:allow-cleartext-auth}.</translation>
    </message>
    <message>
        <source>Use {secureports}, with a valid certificate.</source>
        <translation>Verwenden Sie {secureports}, mit einem gültigen Zertifikat.</translation>
    </message>
    <message>
        <source>Turn on authentication in the mail client and use {secureports}.</source>
        <translation>Schalten Sie die Anmeldung im Mailprogramm ein und verwenden Sie {secureports}.</translation>
    </message>
    <message>
        <source>Try again later or with a longer timeout ({opt:timeout}).</source>
        <translation>Versuchen Sie es später erneut oder mit einem längeren Zeitlimit ({opt:timeout}).</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid {protocol} reply, or far more than any reply may be. The check stops reading rather than trusting it.</source>
        <translation>Der Server hat etwas geschickt, das keine gültige Antwort in {protocol} ist, oder weit mehr, als eine Antwort sein darf. Die Prüfung hört auf zu lesen, statt dem zu vertrauen.</translation>
    </message>
    <message>
        <source>The server on {host} port {port} does not speak {protocol} as expected.</source>
        <translation>Der Server auf {host}, Port {port}, spricht nicht wie erwartet {protocol}.</translation>
    </message>
    <message>
        <source>Check what answers on the port: `openssl s_client -connect {host}:{port}{starttls}` or `nc {host} {port}`.</source>
        <translation>Prüfen Sie, was auf dem Port antwortet: `openssl s_client -connect {host}:{port}{starttls}` oder `nc {host} {port}`.</translation>
    </message>
    <message>
        <source>To use DANE (for mail between servers, on port 25): sign the zone with DNSSEC and publish `_25._tcp.{host}. IN TLSA 3 1 1 &lt;SHA-256 of the public key&gt;`; keep it in step with certificate renewals.</source>
        <translation>Um DANE zu verwenden (für Mail zwischen Servern, auf Port 25): Signieren Sie die Zone mit DNSSEC und veröffentlichen Sie `_25._tcp.{host}. IN TLSA 3 1 1 &lt;SHA-256 of the public key&gt;`; halten Sie den Eintrag bei jeder Zertifikatserneuerung aktuell.</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC and publish its DS record at the registrar; check with `delv _{port}._tcp.{host} TLSA` or an online DNSSEC analyser.</source>
        <translation>Signieren Sie die Zone mit DNSSEC und veröffentlichen Sie ihren DS-Eintrag beim Registrar; prüfen Sie mit `delv _{port}._tcp.{host} TLSA` oder einem DNSSEC-Analysetool im Web.</translation>
    </message>
    <message>
        <source>Try again on another network, or name a DNS server ({opt:dns-server}).</source>
        <translation>Versuchen Sie es in einem anderen Netzwerk, oder geben Sie einen DNS-Server an ({opt:dns-server}).</translation>
    </message>
    <message>
        <source>Check that the zone&apos;s name servers answer TLSA queries: `dig +dnssec _{port}._tcp.{host} TLSA`.</source>
        <translation>Prüfen Sie, ob die Nameserver der Zone TLSA-Abfragen beantworten: `dig +dnssec _{port}._tcp.{host} TLSA`.</translation>
    </message>
    <message>
        <source>Advanced → DNS server</source>
        <translation>Erweitert → DNS-Server</translation>
    </message>
    <message>
        <source>The address&apos;s domain does not exist</source>
        <translation>Die Domain der Adresse existiert nicht</translation>
    </message>
    <message>
        <source>The DNS says the domain after the @ does not exist (NXDOMAIN): no mail server, no set-up file, no records can be found for a domain that is not there.</source>
        <translation>Laut DNS existiert die Domain nach dem @ nicht (NXDOMAIN): Für eine Domain, die es nicht gibt, lassen sich weder Mailserver noch Einrichtungsdatei noch Einträge finden.</translation>
    </message>
    <message>
        <source>The address&apos;s domain does not exist: is there a typing mistake in the address?</source>
        <translation>Die Domain der Adresse existiert nicht: Ist die Adresse vertippt?</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes (the part after the @).</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler (den Teil nach dem @).</translation>
    </message>
    <message>
        <source>Check that the domain is registered and delegated: `dig DOMAIN SOA`.</source>
        <translation>Prüfen Sie, ob die Domain registriert und delegiert ist: `dig DOMAIN SOA`.</translation>
    </message>
    <message>
        <source>The DNS does not work from this computer</source>
        <translation>Das DNS funktioniert von diesem Computer aus nicht</translation>
    </message>
    <message>
        <source>Every DNS lookup the discovery made failed (no answer in time, or the DNS server reported a failure): without the DNS, no settings can be found. The fault lies with this computer&apos;s network or its DNS server, not with the address.</source>
        <translation>Jede DNS-Abfrage der Suche ist fehlgeschlagen (keine Antwort in der Zeit, oder der DNS-Server meldete einen Fehler): Ohne DNS lassen sich keine Einstellungen finden. Der Fehler liegt beim Netzwerk dieses Computers oder seinem DNS-Server, nicht bei der Adresse.</translation>
    </message>
    <message>
        <source>The DNS does not work from here: no lookup got an answer.</source>
        <translation>Das DNS funktioniert von hier aus nicht: Keine Abfrage bekam eine Antwort.</translation>
    </message>
    <message>
        <source>This computer is offline, or its network blocks DNS.</source>
        <translation>Dieser Computer ist offline, oder sein Netzwerk sperrt DNS.</translation>
    </message>
    <message>
        <source>The DNS server in use is down or misconfigured.</source>
        <translation>Der verwendete DNS-Server ist ausgefallen oder falsch eingerichtet.</translation>
    </message>
    <message>
        <source>Check the network connection and try again, or name another DNS server ({opt:dns-server}).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut, oder geben Sie einen anderen DNS-Server an ({opt:dns-server}).</translation>
    </message>
    <message>
        <source>Check the resolver this computer uses: `dig DOMAIN MX`.</source>
        <translation>Prüfen Sie den Resolver, den dieser Computer verwendet: `dig DOMAIN MX`.</translation>
    </message>
    <message>
        <source>If you reached the server by its IP address or by another name on purpose, check the certificate against the name it should have: {opt:servername}.</source>
        <translation>Wenn Sie den Server absichtlich über seine IP-Adresse oder einen anderen Namen erreicht haben, prüfen Sie das Zertifikat gegen den Namen, den es tragen sollte: {opt:servername}.</translation>
    </message>
    <message>
        <source>Offer TLS with a valid certificate on {secureports}.</source>
        <translation>Bieten Sie TLS mit einem gültigen Zertifikat an: {secureports}.</translation>
    </message>
    <message>
        <source>Advanced → Trusted CA file (or Portolan → Settings)</source>
        <translation>Erweitert → Vertrauenswürdige CA-Datei (oder Portolan → Einstellungen)</translation>
    </message>
    <message>
        <source>Advanced → Allow sending the password without encryption (or Portolan → Settings)</source>
        <translation>Erweitert → Senden des Passworts ohne Verschlüsselung erlauben (oder Portolan → Einstellungen)</translation>
    </message>
    <message>
        <source>Advanced → Timeout per step (or Portolan → Settings)</source>
        <translation>Erweitert → Zeitlimit pro Schritt (oder Portolan → Einstellungen)</translation>
    </message>
    <message>
        <source>Advanced → Name on the certificate</source>
        <translation>Erweitert → Name im Zertifikat</translation>
    </message>
</context>
<context>
    <name>MailPorts</name>
    <message>
        <source>Mail from other mail servers to your domains (server to server).</source>
        <translation>Mail von anderen Mailservern an Ihre Domains (von Server zu Server).</translation>
    </message>
    <message>
        <source>Your users&apos; mail apps send mail, encrypted from the start.</source>
        <translation>Die Mail-Apps Ihrer Benutzer senden Mail, von Anfang an verschlüsselt.</translation>
    </message>
    <message>
        <source>Your users&apos; mail apps send mail, starting plain (STARTTLS).</source>
        <translation>Die Mail-Apps Ihrer Benutzer senden Mail, zuerst unverschlüsselt (STARTTLS).</translation>
    </message>
    <message>
        <source>Mail apps read mail with IMAP, encrypted from the start.</source>
        <translation>Mail-Apps lesen Mail mit IMAP, von Anfang an verschlüsselt.</translation>
    </message>
    <message>
        <source>Mail apps read mail with IMAP, starting plain (STARTTLS); only where you offer it.</source>
        <translation>Mail-Apps lesen Mail mit IMAP, zuerst unverschlüsselt (STARTTLS); nur wenn Sie das anbieten.</translation>
    </message>
    <message>
        <source>Mail apps download mail with POP3, encrypted from the start.</source>
        <translation>Mail-Apps laden Mail mit POP3 herunter, von Anfang an verschlüsselt.</translation>
    </message>
    <message>
        <source>Mail apps download mail with POP3, starting plain (STARTTLS); only where you offer it.</source>
        <translation>Mail-Apps laden Mail mit POP3 herunter, zuerst unverschlüsselt (STARTTLS); nur wenn Sie das anbieten.</translation>
    </message>
    <message>
        <source>Mail apps manage filter rules (ManageSieve).</source>
        <translation>Mail-Apps verwalten Filterregeln (ManageSieve).</translation>
    </message>
</context>
<context>
    <name>Portolan</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Empfangen (IMAP)</translation>
    </message>
    <message>
        <source>Receiving (POP3)</source>
        <translation>Empfangen (POP3)</translation>
    </message>
    <message>
        <source>Filters (ManageSieve)</source>
        <translation>Filter (ManageSieve)</translation>
    </message>
    <message>
        <source>encrypted from the start</source>
        <translation>von Anfang an verschlüsselt</translation>
    </message>
    <message>
        <source>starts plain, then encrypts</source>
        <translation>beginnt unverschlüsselt, verschlüsselt dann</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>finding out how it encrypts</source>
        <translation>ermittle die Verschlüsselung</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1, Port %2, %3</translation>
    </message>
    <message>
        <source>looking up the name…</source>
        <translation>löse den Namen auf…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>checking the certificate…</source>
        <translation>prüfe das Zertifikat…</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>warte auf den Server…</translation>
    </message>
    <message>
        <source>asking what it supports…</source>
        <translation>frage nach den Fähigkeiten…</translation>
    </message>
    <message>
        <source>switching to encryption…</source>
        <translation>wechsle zur Verschlüsselung…</translation>
    </message>
    <message>
        <source>logging in…</source>
        <translation>melde an…</translation>
    </message>
    <message>
        <source>testing the TLS versions…</source>
        <translation>teste die TLS-Versionen…</translation>
    </message>
    <message>
        <source>saying goodbye…</source>
        <translation>verabschiede mich…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>warte…</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>works, with a warning</source>
        <translation>funktioniert, mit Warnung</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Switch to TLS</source>
        <translation>Wechsel zu TLS</translation>
    </message>
    <message>
        <source>TLS handshake after STARTTLS</source>
        <translation>TLS-Handshake nach STARTTLS</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>asking again what it supports…</source>
        <translation>frage erneut nach den Fähigkeiten…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>sending the test message…</source>
        <translation>sende die Testnachricht…</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message start</source>
        <translation>Beginn der Nachricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>TLS-Versionen</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>looking up the DANE records…</source>
        <translation>suche die DANE-Einträge…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>„Automatisch“</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>„Keine“</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>another port</source>
        <translation>einem anderen Port</translation>
    </message>
    <message>
        <source>encrypted from the first byte (SSL/TLS), the mode RFC 8314 recommends</source>
        <translation>von Anfang an verschlüsselt (SSL/TLS), wie RFC 8314 es empfiehlt</translation>
    </message>
    <message>
        <source>encrypted after a plain greeting (STARTTLS)</source>
        <translation>nach einer unverschlüsselten Begrüßung verschlüsselt (STARTTLS)</translation>
    </message>
    <message>
        <source>not encrypted: passwords and mail travel in clear</source>
        <translation>nicht verschlüsselt: Passwörter und Mail gehen im Klartext über das Netz</translation>
    </message>
    <message>
        <source>port 25 is for server-to-server mail and many networks block it</source>
        <translation>Port 25 ist für Mail zwischen Servern, und viele Netze sperren ihn</translation>
    </message>
    <message>
        <source>POP3 downloads the mail; IMAP keeps it on the server for all your devices</source>
        <translation>POP3 lädt die Mail herunter; IMAP lässt sie für alle Ihre Geräte auf dem Server</translation>
    </message>
    <message>
        <source>the login worked</source>
        <translation>die Anmeldung hat funktioniert</translation>
    </message>
    <message>
        <source>the login did not work</source>
        <translation>die Anmeldung hat nicht funktioniert</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Portolan::CheckRun</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The ports field: %1</source>
        <translation>Das Feld „Ports“: %1</translation>
    </message>
    <message>
        <source>There is no port to check.</source>
        <translation>Es gibt keinen Port zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Portolan::DetailsPage</name>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Im Mitschnitt suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>TLS-Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Cipher or reason</source>
        <translation>Cipher oder Grund</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON (Rohdaten)</translation>
    </message>
    <message>
        <source>No TLS session on this port.</source>
        <translation>Keine TLS-Sitzung auf diesem Port.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>yes, for %1</source>
        <translation>ja, für %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>OCSP stapling</source>
        <translation>OCSP-Stapling</translation>
    </message>
    <message>
        <source>Weak cipher</source>
        <translation>Schwache Cipher</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation>Ausstellerzertifikat %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbst signiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source> (weak: %1)</source>
        <translation> (schwach: %1)</translation>
    </message>
    <message>
        <source>Not tested for this port.</source>
        <translation>Für diesen Port nicht getestet.</translation>
    </message>
</context>
<context>
    <name>Portolan::DiscoveryPage</name>
    <message>
        <source>your provider&apos;s set-up file</source>
        <translation>die Einrichtungsdatei Ihres Anbieters</translation>
    </message>
    <message>
        <source>your domain&apos;s set-up file (.well-known)</source>
        <translation>die Einrichtungsdatei Ihrer Domain (.well-known)</translation>
    </message>
    <message>
        <source>the set-up file without encryption (http)</source>
        <translation>die Einrichtungsdatei ohne Verschlüsselung (http)</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s database</source>
        <translation>die Datenbank von Thunderbird</translation>
    </message>
    <message>
        <source>the set-up file of the domain that receives your mail (MX)</source>
        <translation>die Einrichtungsdatei der Domain, die Ihre Mail empfängt (MX)</translation>
    </message>
    <message>
        <source>DNS service records</source>
        <translation>DNS-Diensteinträge (SRV)</translation>
    </message>
    <message>
        <source>Microsoft Autodiscover</source>
        <translation>Microsoft Autodiscover</translation>
    </message>
    <message>
        <source>guessing</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>%1 %2, port %3, %4</source>
        <translation>%1 %2, Port %3, %4</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird gefragt …</translation>
    </message>
    <message>
        <source>has settings</source>
        <translation>hat Einstellungen</translation>
    </message>
    <message>
        <source>has none</source>
        <translation>hat keine</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up my mail account&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mein E-Mail-Konto einrichten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your e-mail address is all Portolan needs: it asks every place that can know your settings at once, checks what they say, and shows what works.</source>
        <translation>Portolan braucht nur Ihre E-Mail-Adresse: Es fragt alle Stellen, die Ihre Einstellungen kennen können, gleichzeitig, prüft, was sie sagen, und zeigt, was funktioniert.</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>E-mail address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>optional: to check that you can log in</source>
        <translation>optional: um zu prüfen, ob die Anmeldung klappt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Find my settings</source>
        <translation>Meine Einstellungen finden</translation>
    </message>
    <message>
        <source>Advanced: I know my server name…</source>
        <translation>Erweitert: Ich kenne meinen Servernamen …</translation>
    </message>
    <message>
        <source>Looking for your settings</source>
        <translation>Suche nach Ihren Einstellungen</translation>
    </message>
    <message>
        <source>Send my password there</source>
        <translation>Mein Passwort dorthin senden</translation>
    </message>
    <message>
        <source>Check without logging in</source>
        <translation>Ohne Anmeldung prüfen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it said</source>
        <translation>Was sie sagt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Receiving:</source>
        <translation>Empfang:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Versand:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each source said&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was jede Quelle sagt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>For the admin: what to publish</source>
        <translation>Für den Admin: was zu veröffentlichen ist</translation>
    </message>
    <message>
        <source>Built from the settings that work. Put the file at https://autoconfig.DOMAIN/mail/config-v1.1.xml and the records in the domain&apos;s zone.</source>
        <translation>Aus den Einstellungen erstellt, die funktionieren. Legen Sie die Datei unter https://autoconfig.DOMAIN/mail/config-v1.1.xml ab und die Einträge in die Zone der Domain.</translation>
    </message>
    <message>
        <source>Copy config-v1.1.xml</source>
        <translation>config-v1.1.xml kopieren</translation>
    </message>
    <message>
        <source>Copy the SRV records</source>
        <translation>Die SRV-Einträge kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Asking every source at once; each is given %n seconds at most.</source>
        <translation>
            <numerusform>Alle Quellen werden gleichzeitig gefragt; jede hat höchstens %n Sekunde.</numerusform>
            <numerusform>Alle Quellen werden gleichzeitig gefragt; jede hat höchstens %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet …</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>does not work</source>
        <translation>funktioniert nicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send your password to %1?&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Ihr Passwort an %1 senden?&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <source>nothing that works was found</source>
        <translation>nichts gefunden, was funktioniert</translation>
    </message>
    <message>
        <source>, user name %1</source>
        <translation>, Benutzername %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;These settings work.&lt;/b&gt; Type them into your mail app.</source>
        <translation>&lt;b&gt;Diese Einstellungen funktionieren.&lt;/b&gt; Tragen Sie sie in Ihrem Mailprogramm ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only part of your settings work.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nur ein Teil Ihrer Einstellungen funktioniert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing found for sending works.</source>
        <translation>Nichts Gefundenes funktioniert für den Versand.</translation>
    </message>
    <message>
        <source>Nothing found for receiving works.</source>
        <translation>Nichts Gefundenes funktioniert für den Empfang.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No working settings were found.&lt;/b&gt; Ask your mail provider for the server names, or try &quot;I know my server name&quot;.</source>
        <translation>&lt;b&gt;Es wurden keine funktionierenden Einstellungen gefunden.&lt;/b&gt; Fragen Sie Ihren Mail-Anbieter nach den Servernamen, oder versuchen Sie „Ich kenne meinen Servernamen“.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; would use %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; würde %2 verwenden</translation>
    </message>
    <message>
        <source>no source: it finds nothing</source>
        <translation>keine Quelle: es findet nichts</translation>
    </message>
    <message>
        <source>: receiving %1; sending %2</source>
        <translation>: Empfang %1; Versand %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;What mail apps would pick&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Mailprogramme wählen würden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems found&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefundene Probleme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(corrected from %1)</source>
        <translation>(korrigiert, statt %1)</translation>
    </message>
    <message>
        <source>(corrected: the source says %1, the port speaks %2)</source>
        <translation>(korrigiert: Die Quelle nennt %1, der Port spricht %2)</translation>
    </message>
    <message>
        <source>→ corrected: ✓ %1 (recommended instead)</source>
        <translation>→ korrigiert: ✓ %1 (stattdessen empfohlen)</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The domain %1 does not exist.&lt;/b&gt; Is there a typing mistake in the address? Check the part after the @.</source>
        <translation>&lt;b&gt;Die Domain %1 existiert nicht.&lt;/b&gt; Ist die Adresse vertippt? Prüfen Sie den Teil nach dem @.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The DNS does not work on this computer or network.&lt;/b&gt; No lookup got an answer, so no settings could be found: check the network connection and try again. The address is not at fault.</source>
        <translation>&lt;b&gt;Das DNS funktioniert auf diesem Computer oder in diesem Netzwerk nicht.&lt;/b&gt; Keine Abfrage bekam eine Antwort, daher ließen sich keine Einstellungen finden: Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut. Die Adresse ist nicht schuld.</translation>
    </message>
</context>
<context>
    <name>Portolan::ExplainTlsPage</name>
    <message>
        <source>Two ways to encrypt mail</source>
        <translation>Zwei Wege, Mail zu verschlüsseln</translation>
    </message>
    <message>
        <source>Both ways protect your password. They differ in when the encryption starts, so the setting in your mail app must match the port: &quot;SSL/TLS&quot; for 465, 993 and 995; &quot;STARTTLS&quot; for 587, 143 and 110. The wrong one on a port makes the app wait and then fail, or report &quot;wrong version number&quot;.</source>
        <translation>Beide Wege schützen Ihr Passwort. Sie unterscheiden sich darin, wann die Verschlüsselung beginnt, deshalb muss die Einstellung in Ihrem Mailprogramm zum Port passen: „SSL/TLS“ für 465, 993 und 995; „STARTTLS“ für 587, 143 und 110. Die falsche Einstellung für einen Port lässt das Programm warten und dann scheitern oder „wrong version number“ melden.</translation>
    </message>
    <message>
        <source>Why two? Port 465 was given to SMTP over SSL in 1997 and taken back a year later in favour of STARTTLS on ports 25 and 587, but mail programs kept using it. In 2018 RFC 8314 made 465 official again for sending, and recommends encryption from the first byte over STARTTLS. Today both 465 (SSL/TLS) and 587 (STARTTLS) are right — as long as the app&apos;s setting matches the port.</source>
        <translation>Warum zwei? Port 465 wurde 1997 für SMTP über SSL vergeben und ein Jahr später zugunsten von STARTTLS auf den Ports 25 und 587 wieder zurückgenommen, aber Mailprogramme haben ihn weiter verwendet. 2018 hat RFC 8314 Port 465 wieder offiziell zum Senden bestimmt und empfiehlt Verschlüsselung ab dem ersten Byte vor STARTTLS. Heute sind 465 (SSL/TLS) und 587 (STARTTLS) beide richtig – solange die Einstellung im Programm zum Port passt.</translation>
    </message>
    <message>
        <source>Run a check to see your own connection drawn over the picture.</source>
        <translation>Starten Sie eine Prüfung, um Ihre eigene Verbindung über dem Bild zu sehen.</translation>
    </message>
</context>
<context>
    <name>Portolan::FormPage</name>
    <message>
        <source>I am setting up:</source>
        <translation>Ich richte ein:</translation>
    </message>
    <message>
        <source>Sending and receiving</source>
        <translation>Senden und Empfangen</translation>
    </message>
    <message>
        <source>Sending only</source>
        <translation>Nur Senden</translation>
    </message>
    <message>
        <source>Receiving only</source>
        <translation>Nur Empfangen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>e.g. Unable to connect to ssl://mail.example.com:465 (Connection refused)</source>
        <translation>z. B. Unable to connect to ssl://mail.example.com:465 (Connection refused)</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>All mail ports</source>
        <translation>Alle Mailports</translation>
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation>SMTP (Senden)</translation>
    </message>
    <message>
        <source>IMAP (receiving)</source>
        <translation>IMAP (Empfangen)</translation>
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation>POP3 (Empfangen)</translation>
    </message>
    <message>
        <source>ManageSieve (filters)</source>
        <translation>ManageSieve (Filter)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>usually your full email address</source>
        <translation>meist Ihre vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Das Passwort wurde aus dem Schlüsselbund eingetragen.</translation>
    </message>
    <message>
        <source>the standard ports, or e.g. 587,465,imap:993</source>
        <translation>die Standardports, oder z. B. 587,465,imap:993</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Find out</source>
        <translation>Herausfinden</translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation>SSL/TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS (starts plain, then encrypts)</source>
        <translation>STARTTLS (beginnt unverschlüsselt, verschlüsselt dann)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Keine (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Securit&amp;y (one port):</source>
        <translation>&amp;Verschlüsselung (ein Port):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Zeitlimit pro Schritt:</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>only for a company or test CA</source>
        <translation>nur für eine Firmen- oder Test-CA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Vertrauenswürdiges CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>vom System</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>Anyone on the network between you and the server could read the password. Use this only to test a server on your own network, and change the password afterwards.</source>
        <translation>Jeder im Netzwerk zwischen Ihnen und dem Server könnte das Passwort mitlesen. Verwenden Sie das nur, um einen Server in Ihrem eigenen Netzwerk zu testen, und ändern Sie das Passwort danach.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Portolan tries every way your mail app could connect and tells you which one to use. The password is used for this check only.</source>
        <translation>Portolan probiert jeden Weg aus, auf dem sich Ihr Mailprogramm verbinden könnte, und sagt Ihnen, welchen Sie verwenden sollten. Das Passwort wird nur für diese Prüfung verwendet.</translation>
    </message>
    <message>
        <source>A mail server</source>
        <translation>Ein Mailserver</translation>
    </message>
    <message>
        <source>Every mail port of the server, or the one you name, with the whole dialogue, the certificates and the TLS versions it accepts.</source>
        <translation>Alle Mailports des Servers oder nur der, den Sie angeben: mit dem ganzen Dialog, den Zertifikaten und den TLS-Versionen, die er akzeptiert.</translation>
    </message>
    <message>
        <source>An error message</source>
        <translation>Eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Paste the whole message; Portolan checks the server, port and encryption it names.</source>
        <translation>Fügen Sie die ganze Meldung ein; Portolan prüft den Server, den Port und die Verschlüsselung, die darin genannt sind.</translation>
    </message>
    <message>
        <source>No server name found in the message yet.</source>
        <translation>Noch kein Servername in der Meldung gefunden.</translation>
    </message>
    <message>
        <source>Portolan reads: %1 server %2, port %3, %4.</source>
        <translation>Portolan liest: %1-Server %2, Port %3, %4.</translation>
    </message>
    <message>
        <source>encrypted from the start (SSL/TLS)</source>
        <translation>von Anfang an verschlüsselt (SSL/TLS)</translation>
    </message>
    <message>
        <source>starts plain, then encrypts (STARTTLS)</source>
        <translation>beginnt unverschlüsselt, verschlüsselt dann (STARTTLS)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>encryption to be found out</source>
        <translation>Verschlüsselung wird ermittelt</translation>
    </message>
    <message>
        <source>Name on the certificate</source>
        <translation>Name im Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Name on the certificate:</source>
        <translation>&amp;Name im Zertifikat:</translation>
    </message>
    <message>
        <source>Ctrl+Enter runs the check.</source>
        <translation>Strg+Enter startet die Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Error message:</source>
        <translation>Fehler&amp;meldung:</translation>
    </message>
    <message>
        <source>po&amp;rt</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>Zu &amp;prüfen:</translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Timeout per step</source>
        <translation>Zeitlimit pro Schritt</translation>
    </message>
    <message>
        <source>Choose the trusted CA file</source>
        <translation>Vertrauenswürdige CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Trusted CA &amp;file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>the server name</source>
        <translation>der Servername</translation>
    </message>
    <message>
        <source>Allow sending the password w&amp;ithout encryption</source>
        <translation>Senden des Passworts o&amp;hne Verschlüsselung erlauben</translation>
    </message>
</context>
<context>
    <name>Portolan::HourStrip</name>
    <message>
        <source>Failures by hour of day</source>
        <translation>Fehlgeschlagene Prüfungen nach Tageszeit</translation>
    </message>
    <message numerus="yes">
        <source>%1:00–%1:59 UTC: %n failed check(s)</source>
        <translation>
            <numerusform>%1:00–%1:59 UTC: %n fehlgeschlagene Prüfung</numerusform>
            <numerusform>%1:00–%1:59 UTC: %n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed checks</source>
        <translation>Keine fehlgeschlagenen Prüfungen</translation>
    </message>
</context>
<context>
    <name>Portolan::LivePage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checks in progress</source>
        <translation>Laufende Prüfungen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message numerus="yes">
        <source>Each port is tried at once; a port that does not answer takes up to %n seconds per step.</source>
        <translation>
            <numerusform>Alle Ports werden gleichzeitig geprüft; ein Port, der nicht antwortet, braucht bis zu %n Sekunde pro Schritt.</numerusform>
            <numerusform>Alle Ports werden gleichzeitig geprüft; ein Port, der nicht antwortet, braucht bis zu %n Sekunden pro Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done after %1 s.</source>
        <translation>Fertig nach %1 s.</translation>
    </message>
    <message>
        <source>%1 s so far; 1 port still being checked.</source>
        <translation>Bisher %1 s; 1 Port wird noch geprüft.</translation>
    </message>
    <message>
        <source>%1 s so far; %2 ports still being checked.</source>
        <translation>Bisher %1 s; %2 Ports werden noch geprüft.</translation>
    </message>
</context>
<context>
    <name>Portolan::MainWindow</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Portolan — mail connection check</source>
        <translation>Portolan – Prüfung der Mailverbindung</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Explain &amp;TLS</source>
        <translation>&amp;TLS erklären</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>The summary for a ticket is on the clipboard (passwords are never in it).</source>
        <translation>Die Zusammenfassung für ein Ticket ist in der Zwischenablage (Passwörter stehen nie darin).</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n port(s) in %1 s.</source>
        <translation>
            <numerusform>%n Port in %1 s geprüft.</numerusform>
            <numerusform>%n Ports in %1 s geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portolan report: %1</source>
        <translation>Portolan-Bericht: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Porto&amp;lan</source>
        <translation>Porto&amp;lan</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>In die Zwischenablage kopiert: %1</translation>
    </message>
    <message>
        <source>The password for %1 is not saved: type it and press Enter to repeat the check.</source>
        <translation>Das Passwort für %1 ist nicht gespeichert: Geben Sie es ein und drücken Sie Enter, um die Prüfung zu wiederholen.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: type the password for %1 and press Enter to repeat the check.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: Geben Sie das Passwort für %1 ein und drücken Sie Enter, um die Prüfung zu wiederholen.</translation>
    </message>
    <message>
        <source>Looking in the system keychain for the password of %1…</source>
        <translation>Suche im Schlüsselbund des Systems nach dem Passwort für %1…</translation>
    </message>
    <message>
        <source>Watching with the login of %1 (the password from the system keychain).</source>
        <translation>Überwachung mit der Anmeldung von %1 (das Passwort aus dem Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Watching without logging in: the password of %1 is not saved in the system keychain.</source>
        <translation>Überwachung ohne Anmeldung: Das Passwort von %1 ist nicht im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>Portolan::PortsPage</name>
    <message>
        <source>Who connects: other mail servers, from the whole internet.</source>
        <translation>Wer sich verbindet: andere Mailserver, aus dem ganzen Internet.</translation>
    </message>
    <message>
        <source>Who connects: your users&apos; mail apps, from wherever they are.</source>
        <translation>Wer sich verbindet: die Mail-Apps Ihrer Benutzer, von überall her.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Not checked in the last check.</source>
        <translation>Bei der letzten Prüfung nicht geprüft.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>Checked on port %1 (%2): %3</source>
        <translation>Geprüft auf Port %1 (%2): %3</translation>
    </message>
    <message>
        <source>Ports your server needs</source>
        <translation>Ports, die Ihr Server braucht</translation>
    </message>
    <message>
        <source>Which ports a mail server must have open in its firewall, who connects to each, and the line that opens it. Check a server to see how each port does.</source>
        <translation>Welche Ports ein Mailserver in seiner Firewall offen haben muss, wer sich mit jedem verbindet und die Zeile, die ihn öffnet. Prüfen Sie einen Server, um zu sehen, wie es jedem Port geht.</translation>
    </message>
    <message>
        <source>Which ports %1 must have open in its firewall, who connects to each, how each did in the last check, and the line that opens it.</source>
        <translation>Welche Ports %1 in seiner Firewall offen haben muss, wer sich mit jedem verbindet, wie jeder bei der letzten Prüfung abschnitt und die Zeile, die ihn öffnet.</translation>
    </message>
    <message>
        <source>Copy every rule for:</source>
        <translation>Alle Regeln kopieren für:</translation>
    </message>
    <message>
        <source>Copy every %1 rule</source>
        <translation>Alle %1-Regeln kopieren</translation>
    </message>
    <message>
        <source>every %1 rule</source>
        <translation>alle %1-Regeln</translation>
    </message>
    <message>
        <source>Port %1 — %2</source>
        <translation>Port %1 — %2</translation>
    </message>
    <message>
        <source>Port %1 — %2 (standard port %3)</source>
        <translation>Port %1 — %2 (Standardport %3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 rule for port %2</source>
        <translation>Die %1-Regel für Port %2 kopieren</translation>
    </message>
    <message>
        <source>the %1 rule for port %2</source>
        <translation>die %1-Regel für Port %2</translation>
    </message>
    <message>
        <source>works, but: %1</source>
        <translation>funktioniert, aber: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
</context>
<context>
    <name>Portolan::ResultPage</name>
    <message>
        <source>Everything asked for works.</source>
        <translation>Alles Geprüfte funktioniert.</translation>
    </message>
    <message>
        <source>Whose move: your settings.</source>
        <translation>Am Zug: Ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Whose move: your network.</source>
        <translation>Am Zug: Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Whose move: the server and its admin.</source>
        <translation>Am Zug: der Server und sein Admin.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Show the mail &amp;route</source>
        <translation>Mail&amp;weg zeigen</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>No setting works yet: the problems below say why.</source>
        <translation>Noch funktioniert keine Einstellung: Die Probleme unten sagen, warum.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>What your mail admin should check</source>
        <translation>Was Ihr Mail-Admin prüfen sollte</translation>
    </message>
    <message>
        <source>Show the evidence</source>
        <translation>Belege zeigen</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>Alle Ports</translation>
    </message>
    <message>
        <source>&amp;Watch this server</source>
        <translation>Diesen Server überw&amp;achen</translation>
    </message>
    <message>
        <source>&amp;Copy for ticket</source>
        <translation>Für Ticket &amp;kopieren</translation>
    </message>
    <message>
        <source>E&amp;xplain TLS</source>
        <translation>&amp;TLS erklären</translation>
    </message>
    <message>
        <source>Ports your &amp;server needs</source>
        <translation>Ports Ihres &amp;Servers</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <source>All %1 ports of %2 work.</source>
        <translation>Alle %1 Ports von %2 funktionieren.</translation>
    </message>
    <message>
        <source>%1 of %2 ports of %3 have problems.</source>
        <translation>%1 von %2 Ports von %3 haben Probleme.</translation>
    </message>
    <message>
        <source>1 does not work</source>
        <translation>1 funktioniert nicht</translation>
    </message>
    <message>
        <source>%1 do not work</source>
        <translation>%1 funktionieren nicht</translation>
    </message>
    <message>
        <source>1 works with warnings</source>
        <translation>1 funktioniert mit Warnungen</translation>
    </message>
    <message>
        <source>%1 work with warnings</source>
        <translation>%1 funktionieren mit Warnungen</translation>
    </message>
    <message>
        <source>sending on port %1 (%2)</source>
        <translation>Senden über Port %1 (%2)</translation>
    </message>
    <message>
        <source>receiving with %1 on port %2 (%3)</source>
        <translation>Empfangen mit %1 über Port %2 (%3)</translation>
    </message>
    <message>
        <source>No port works for sending or receiving.</source>
        <translation>Kein Port funktioniert zum Senden oder Empfangen.</translation>
    </message>
    <message>
        <source>Best working settings: %1.</source>
        <translation>Beste funktionierende Einstellungen: %1.</translation>
    </message>
    <message>
        <source>It works — type these settings.</source>
        <translation>Es funktioniert — tragen Sie diese Einstellungen ein.</translation>
    </message>
    <message>
        <source>The mail admin has something to look at (folded below); it does not stop you.</source>
        <translation>Der Mail-Admin hat etwas zu prüfen (unten eingeklappt); Sie hindert es nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problems, port by port</source>
        <translation>Probleme, Port für Port</translation>
    </message>
    <message>
        <source>For the mail admin (%1 to look at)</source>
        <translation>Für den Mail-Admin (%1 zu prüfen)</translation>
    </message>
    <message>
        <source>No port works for sending.</source>
        <translation>Kein Port funktioniert zum Senden.</translation>
    </message>
    <message>
        <source>No port works for receiving.</source>
        <translation>Kein Port funktioniert zum Empfangen.</translation>
    </message>
    <message>
        <source>No port works.</source>
        <translation>Kein Port funktioniert.</translation>
    </message>
</context>
<context>
    <name>Portolan::RoutePage</name>
    <message>
        <source>How your mail travels</source>
        <translation>Wie Ihre Mail reist</translation>
    </message>
    <message>
        <source>Click a port to see what it is for and how it did.</source>
        <translation>Klicken Sie auf einen Port, um zu sehen, wofür er da ist und wie er abgeschnitten hat.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save the mail route</source>
        <translation>Mailweg speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Ports your server &amp;needs…</source>
        <translation>Ports, die Ihr Server &amp;braucht…</translation>
    </message>
    <message>
        <source>Each port a mail server needs open, what it is for, how it did in this check, and the firewall rule that opens it.</source>
        <translation>Jeder Port, den ein Mailserver offen braucht: wofür er da ist, wie er bei dieser Prüfung abgeschnitten hat und die Firewall-Regel, die ihn öffnet.</translation>
    </message>
</context>
<context>
    <name>Portolan::RouteView</name>
    <message>
        <source>The mail route</source>
        <translation>Der Mailweg</translation>
    </message>
    <message>
        <source>Your mail app</source>
        <translation>Ihr Mailprogramm</translation>
    </message>
    <message>
        <source>Your mail server
%1</source>
        <translation>Ihr Mailserver
%1</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Ihr Mailserver</translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation>Der Server des Empfängers</translation>
    </message>
    <message>
        <source>Your mail app hands outgoing mail to your server here, after logging in: 465 is encrypted from the start (SSL/TLS), 587 starts plain and then encrypts (STARTTLS).</source>
        <translation>Hier übergibt Ihr Mailprogramm ausgehende Mail nach der Anmeldung an Ihren Server: 465 ist von Anfang an verschlüsselt (SSL/TLS), 587 beginnt unverschlüsselt und verschlüsselt dann (STARTTLS).</translation>
    </message>
    <message>
        <source>Servers pass mail to each other on port 25. Mail apps should not use it: many networks block it for home users.</source>
        <translation>Server geben Mail über Port 25 aneinander weiter. Mailprogramme sollten ihn nicht verwenden: Viele Netze sperren ihn für Privatkunden.</translation>
    </message>
    <message>
        <source>Your mail app reads the mailbox here and keeps it on the server: 993 is encrypted from the start, 143 starts plain and then encrypts.</source>
        <translation>Hier liest Ihr Mailprogramm das Postfach und lässt die Mail auf dem Server: 993 ist von Anfang an verschlüsselt, 143 beginnt unverschlüsselt und verschlüsselt dann.</translation>
    </message>
    <message>
        <source>The older way to fetch mail, usually downloading it: 995 is encrypted from the start, 110 starts plain and then encrypts.</source>
        <translation>Der ältere Weg, Mail abzuholen, meist durch Herunterladen: 995 ist von Anfang an verschlüsselt, 110 beginnt unverschlüsselt und verschlüsselt dann.</translation>
    </message>
    <message>
        <source>Thunderbird, Outlook, a phone, or a website that sends mail.</source>
        <translation>Thunderbird, Outlook, ein Handy oder eine Website, die Mail verschickt.</translation>
    </message>
    <message>
        <source>The server that holds your mailbox and sends your mail on.</source>
        <translation>Der Server, der Ihr Postfach hat und Ihre Mail weiterschickt.</translation>
    </message>
    <message>
        <source>Where your mail ends up; Portolan does not contact it.</source>
        <translation>Wo Ihre Mail ankommt; Portolan nimmt keinen Kontakt zu ihm auf.</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Not checked this time.</source>
        <translation>Diesmal nicht geprüft.</translation>
    </message>
    <message>
        <source>Run a check to see it.</source>
        <translation>Starten Sie eine Prüfung, um es zu sehen.</translation>
    </message>
    <message>
        <source>Portolan: the mail route</source>
        <translation>Portolan: der Mailweg</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <source>Server to server: %1</source>
        <translation>Server zu Server: %1</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>POP3: %1</source>
        <translation>POP3: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>works: %1 of %2</source>
        <translation>funktioniert: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Portolan::SecretStore</name>
    <message>
        <source>The password was not saved: no system keychain is running here (such as GNOME Keyring or KWallet). The check ran without it. Start or install a keychain to have Portolan remember passwords; until then, type the password each time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Hier läuft kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet). Die Prüfung lief trotzdem. Starten oder installieren Sie einen Schlüsselbund, damit Portolan sich Passwörter merken kann; bis dahin geben Sie das Passwort jedes Mal ein.</translation>
    </message>
    <message>
        <source>The password was not saved: the system keychain is locked or access was declined. The check ran without it. Unlock the keychain and tick &quot;Remember the password&quot; on your next check.</source>
        <translation>Das Passwort wurde nicht gespeichert: Der Schlüsselbund des Systems ist gesperrt, oder der Zugriff wurde abgelehnt. Die Prüfung lief trotzdem. Entsperren Sie den Schlüsselbund und kreuzen Sie bei Ihrer nächsten Prüfung „Passwort im Schlüsselbund des Systems merken“ an.</translation>
    </message>
    <message>
        <source>The password was not saved: the system keychain did not answer. The check ran without it. Make sure a keychain (such as GNOME Keyring or KWallet) is running and unlocked; until then, type the password each time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Der Schlüsselbund des Systems hat nicht geantwortet. Die Prüfung lief trotzdem. Sorgen Sie dafür, dass ein Schlüsselbund (etwa GNOME Keyring oder KWallet) läuft und entsperrt ist; bis dahin geben Sie das Passwort jedes Mal ein.</translation>
    </message>
    <message>
        <source>The password was not saved: the system keychain reported &quot;%1&quot;. The check ran without it. Type the password again next time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Der Schlüsselbund des Systems hat „%1“ gemeldet. Die Prüfung lief trotzdem. Geben Sie das Passwort beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <source>The password was not saved: the system keychain did not work. The check ran without it. Type the password again next time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Der Schlüsselbund des Systems hat nicht funktioniert. Die Prüfung lief trotzdem. Geben Sie das Passwort beim nächsten Mal erneut ein.</translation>
    </message>
</context>
<context>
    <name>Portolan::SettingsDialog</name>
    <message>
        <source>Allow sending the password without encryption</source>
        <translation>Senden des Passworts ohne Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Portolan settings</source>
        <translation>Portolan-Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation>&amp;Zeitlimit pro Schritt:</translation>
    </message>
    <message>
        <source>only for a company or test CA</source>
        <translation>nur für eine Firmen- oder Test-CA</translation>
    </message>
    <message>
        <source>With this on, a check may send your password where anyone on the network can read it. Portolan still warns every time.</source>
        <translation>Wenn das eingeschaltet ist, darf eine Prüfung Ihr Passwort so senden, dass jeder im Netzwerk es lesen kann. Portolan warnt trotzdem jedes Mal.</translation>
    </message>
    <message>
        <source>Passwords are never stored here; when you ask, they go to the system keychain.</source>
        <translation>Passwörter werden hier nie gespeichert; wenn Sie es wünschen, kommen sie in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Trusted CA &amp;file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Forget the &amp;recent checks</source>
        <translation>Die letzten Prüfungen &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>Portolan::StartPage</name>
    <message>
        <source>account on %1</source>
        <translation>Konto auf %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 %2 port %3</source>
        <translation>%1 %2 Port %3</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Set up or check my mail account</source>
        <translation>Mein E-Mail-Konto einrichten oder prüfen</translation>
    </message>
    <message>
        <source>Your mail server, user name and password: Portolan finds the settings that work for sending and receiving, and what to type into your mail app.</source>
        <translation>Ihr Mailserver, Benutzername und Passwort: Portolan findet die Einstellungen, die zum Senden und Empfangen funktionieren, und sagt Ihnen, was Sie in Ihr Mailprogramm eintragen.</translation>
    </message>
    <message>
        <source>Check a mail server</source>
        <translation>Einen Mailserver prüfen</translation>
    </message>
    <message>
        <source>For admins and helpdesk: every mail port of a server, its TLS and certificates, and the evidence for a ticket.</source>
        <translation>Für Admins und Helpdesk: jeder Mailport eines Servers, TLS und Zertifikate, und die Belege für ein Ticket.</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>Ich habe eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Paste the message from your mail app or website: Portolan reads the server, port and encryption from it and checks exactly that.</source>
        <translation>Fügen Sie die Meldung Ihres Mailprogramms oder Ihrer Website ein: Portolan liest Server, Port und Verschlüsselung daraus und prüft genau das.</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Letzte Prüfungen</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Noch keine Prüfungen.</translation>
    </message>
    <message>
        <source>&amp;Watch a server…</source>
        <translation>Einen Server über&amp;wachen…</translation>
    </message>
    <message>
        <source>Check a server every minute while Portolan is open and see when it fails, for how long and why.</source>
        <translation>Einen Server jede Minute prüfen, solange Portolan geöffnet ist, und sehen, wann er ausfällt, wie lange und warum.</translation>
    </message>
    <message>
        <source>server %1, ports %2</source>
        <translation>Server %1, Ports %2</translation>
    </message>
    <message>
        <source>&amp;Recent checks (press Enter or double-click to repeat):</source>
        <translation>Letzte &amp;Prüfungen (Enter oder Doppelklick wiederholt sie):</translation>
    </message>
    <message>
        <source>Trusted CA file: %1</source>
        <translation>Vertrauenswürdige CA-Datei: %1</translation>
    </message>
</context>
<context>
    <name>Portolan::TimelineView</name>
    <message>
        <source>Timeline of the phases</source>
        <translation>Zeitverlauf der Phasen</translation>
    </message>
    <message>
        <source>0 to %1 ms</source>
        <translation>0 bis %1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms — failed</source>
        <translation>%1 ms – fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2, from %3 ms</source>
        <translation>%1: %2, ab %3 ms</translation>
    </message>
    <message>
        <source>Second connection (%1)</source>
        <translation>Zweite Verbindung (%1)</translation>
    </message>
    <message>
        <source>Second connection (%1): %2</source>
        <translation>Zweite Verbindung (%1): %2</translation>
    </message>
    <message>
        <source>Test connection for TLS 1.0/1.1</source>
        <translation>Testverbindung für TLS 1.0/1.1</translation>
    </message>
    <message>
        <source>Test for TLS 1.0/1.1: %1</source>
        <translation>Test für TLS 1.0/1.1: %1</translation>
    </message>
    <message>
        <source>Test connection for %1</source>
        <translation>Testverbindung für %1</translation>
    </message>
    <message>
        <source>Test for %1: %2</source>
        <translation>Test für %1: %2</translation>
    </message>
    <message>
        <source>Connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
</context>
<context>
    <name>Portolan::TlsDiagram</name>
    <message>
        <source>connect</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>220 greeting</source>
        <translation>220-Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>AUTH (password)</source>
        <translation>AUTH (Passwort)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>EHLO again</source>
        <translation>EHLO erneut</translation>
    </message>
    <message>
        <source>Implicit TLS and STARTTLS compared</source>
        <translation>Implizites TLS und STARTTLS im Vergleich</translation>
    </message>
    <message>
        <source>%1 failed with %2 (attempt %3)</source>
        <translation>%1 mit %2 fehlgeschlagen (Versuch %3)</translation>
    </message>
    <message>
        <source>Your check of port %1 used %2.</source>
        <translation>Ihre Prüfung von Port %1 hat %2 verwendet.</translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation>Ihr Mailprogramm</translation>
    </message>
    <message>
        <source>mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source> — failed here</source>
        <translation> – hier fehlgeschlagen</translation>
    </message>
    <message>
        <source>SSL/TLS — encrypted from the start (465, 993, 995)</source>
        <translation>SSL/TLS – von Anfang an verschlüsselt (465, 993, 995)</translation>
    </message>
    <message>
        <source>STARTTLS — starts plain, then encrypts (587, 143, 110)</source>
        <translation>STARTTLS – erst unverschlüsselt, dann TLS (587, 143, 110)</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>verschlüsselt (TLS)</translation>
    </message>
</context>
<context>
    <name>Portolan::WatchPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Watch a server</source>
        <translation>Einen Server überwachen</translation>
    </message>
    <message>
        <source>Portolan checks the server every minute while the app is open (every 10 seconds while it fails), keeps every check in the same history as “portolan-cli monitor” and tells you when an outage begins and ends.</source>
        <translation>Portolan prüft den Server jede Minute, solange die App geöffnet ist (alle 10 Sekunden, solange er ausfällt), speichert jede Prüfung im selben Verlauf wie „portolan-cli monitor“ und meldet Ihnen, wann ein Ausfall beginnt und endet.</translation>
    </message>
    <message>
        <source>mail.example.com:465 or imap://mail.example.com</source>
        <translation>mail.example.com:465 oder imap://mail.example.com</translation>
    </message>
    <message>
        <source>Server to watch</source>
        <translation>Zu überwachender Server</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Encrypted from the start (SSL/TLS)</source>
        <translation>Von Anfang an verschlüsselt (SSL/TLS)</translation>
    </message>
    <message>
        <source>Starts plain, then encrypts (STARTTLS)</source>
        <translation>Beginnt unverschlüsselt, verschlüsselt dann (STARTTLS)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Über&amp;wachen</translation>
    </message>
    <message>
        <source>Watched servers</source>
        <translation>Überwachte Server</translation>
    </message>
    <message>
        <source>Time shown in the chart</source>
        <translation>Im Diagramm gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>Letzte 3 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Response time over time, failures and outages</source>
        <translation>Antwortzeit im Zeitverlauf, Fehlschläge und Ausfälle</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Failed checks by hour of day (UTC):</source>
        <translation>Fehlgeschlagene Prüfungen nach Tageszeit (UTC):</translation>
    </message>
    <message>
        <source>Copy for &amp;ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md)</source>
        <translation>Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Keep watching in the notification area when the window is closed</source>
        <translation>Im Infobereich weiter überwachen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>The history cannot be kept: %1</source>
        <translation>Der Verlauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Last check passed</source>
        <translation>Letzte Prüfung erfolgreich</translation>
    </message>
    <message>
        <source>Last check failed</source>
        <translation>Letzte Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last check: %1 at %2 — %3</source>
        <translation>Letzte Prüfung: %1 am %2 — %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>%1 is failing</source>
        <translation>%1 funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message>
        <source>The outage lasted %1: %2</source>
        <translation>Der Ausfall dauerte %1: %2</translation>
    </message>
    <message>
        <source>Portolan is watching your mail servers</source>
        <translation>Portolan überwacht Ihre Mailserver</translation>
    </message>
    <message>
        <source>Show Portolan</source>
        <translation>Portolan anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Portolan keeps watching</source>
        <translation>Portolan überwacht weiter</translation>
    </message>
    <message>
        <source>Your servers are still checked; click the icon to come back.</source>
        <translation>Ihre Server werden weiter geprüft; klicken Sie auf das Symbol, um zurückzukehren.</translation>
    </message>
    <message>
        <source>Type a server above, or choose “Watch this server” on a result.</source>
        <translation>Geben Sie oben einen Server ein, oder wählen Sie bei einem Ergebnis „Diesen Server überwachen“.</translation>
    </message>
    <message>
        <source>%1: the first check is running…</source>
        <translation>%1: Die erste Prüfung läuft…</translation>
    </message>
    <message>
        <source>failing now: %1</source>
        <translation>derzeit ausgefallen: %1</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Response time (passed checks)</source>
        <translation>Antwortzeit (erfolgreiche Prüfungen)</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>dauert noch an</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>only for a company or test CA</source>
        <translation>nur für eine Firmen- oder Test-CA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusts the CA file %1</source>
        <translation>Vertraut der CA-Datei %1</translation>
    </message>
    <message>
        <source>the last 3 hours</source>
        <translation>den letzten 3 Stunden</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>den letzten 7 Tagen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n check(s), %3 % available, %4 outage(s) in %5</source>
        <translation>
            <numerusform>%1: %2 — %n Prüfung, %3 % verfügbar, Ausfälle in %5: %4</numerusform>
            <numerusform>%1: %2 — %n Prüfungen, %3 % verfügbar, Ausfälle in %5: %4</numerusform>
        </translation>
    </message>
</context>
</TS>
