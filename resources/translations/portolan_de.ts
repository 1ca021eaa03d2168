<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Portolan</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (POP3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (ManageSieve)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding out how it encrypts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the name…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking what it supports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in…</source>
        <translation>melde an…</translation>
    </message>
    <message>
        <source>testing the TLS versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saying goodbye…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
</context>
<context>
    <name>Portolan::CheckRun</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ports field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portolan::DetailsPage</name>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS session on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP stapling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (weak: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested for this port.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why two? Port 465 was given to SMTP over SSL in 1997 and taken back a year later in favour of STARTTLS on ports 25 and 587, but mail programs kept using it. In 2018 RFC 8314 made 465 official again for sending, and recommends encryption from the first byte over STARTTLS. Today both 465 (SSL/TLS) and 587 (STARTTLS) are right — as long as the app&apos;s setting matches the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a check to see your own connection drawn over the picture.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Unable to connect to ssl://mail.example.com:465 (Connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mail ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP (sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP (receiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 (receiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ManageSieve (filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your full email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>the standard ports, or e.g. 587,465,imap:993</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (starts plain, then encrypts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y (one port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a company or test CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the password without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network between you and the server could read the password. Use this only to test a server on your own network, and change the password afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Portolan tries every way your mail app could connect and tells you which one to use. The password is used for this check only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail server</source>
        <translation>Ein Mailserver</translation>
    </message>
    <message>
        <source>Every mail port of the server, or the one you name, with the whole dialogue, the certificates and the TLS versions it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error message</source>
        <translation>Eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Paste the whole message; Portolan checks the server, port and encryption it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server name found in the message yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan reads: %1 server %2, port %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted from the start (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts plain, then encrypts (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption to be found out</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each port is tried at once; a port that does not answer takes up to %n seconds per step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::MainWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan — mail connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portolan</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary for a ticket is on the clipboard (passwords are never in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n port(s) in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Portolan report: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Copy for &amp;ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Explain &amp;TLS</source>
        <translation>&amp;TLS erklären</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting works yet: the problems below say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Portolan::RoutePage</name>
    <message>
        <source>How your mail travels</source>
        <translation>Wie Ihre Mail reist</translation>
    </message>
    <message>
        <source>Click a port to see what it is for and how it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mail route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portolan::RouteView</name>
    <message>
        <source>The mail route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: 465 / 587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to server: 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: 993 / 143</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3: 995 / 110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail app hands outgoing mail to your server here, after logging in: 465 is encrypted from the start (SSL/TLS), 587 starts plain and then encrypts (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers pass mail to each other on port 25. Mail apps should not use it: many networks block it for home users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail app reads the mailbox here and keeps it on the server: 993 is encrypted from the start, 143 starts plain and then encrypts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older way to fetch mail, usually downloading it: 995 is encrypted from the start, 110 starts plain and then encrypts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird, Outlook, a phone, or a website that sends mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that holds your mailbox and sends your mail on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your mail ends up; Portolan does not contact it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a check to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan: the mail route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portolan::SettingsDialog</name>
    <message>
        <source>Allow sending the password without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portolan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a company or test CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this on, a check may send your password where anyone on the network can read it. Portolan still warns every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the recent checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never stored here; when you ask, they go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portolan::StartPage</name>
    <message>
        <source>account on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
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
        <source>Recent checks (press Enter or double-click to repeat):</source>
        <translation>Letzte Prüfungen (Eingabetaste oder Doppelklick wiederholt sie):</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Letzte Prüfungen</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Noch keine Prüfungen.</translation>
    </message>
</context>
<context>
    <name>Portolan::TimelineView</name>
    <message>
        <source>Timeline of the phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portolan::TlsDiagram</name>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>220 greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS and STARTTLS compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with %2 (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check of port %1 used %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — failed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS — encrypted from the start (465, 993, 995)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS — starts plain, then encrypts (587, 143, 110)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
