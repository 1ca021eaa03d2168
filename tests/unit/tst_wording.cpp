// Issue 12, the words: catalogue texts filled per protocol, host and port; options named for the
// command line or for the app; the ticket's problems by severity; the HTML without empty
// headings or literal backticks; a certificate naming only reserved names is the server's fault.
#include "checkrunner.h"

#include "advisor/portscan.h"
#include "report/catalogue.h"
#include "report/writers.h"
#include "tls/tlsfacts.h"

#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTest>

using namespace Portolan;
using PortolanTest::ScriptedServer;
using namespace Qt::StringLiterals;

namespace {

constexpr Protocol AllProtocols[] = {Protocol::Smtp, Protocol::Imap, Protocol::Pop3,
                                     Protocol::Sieve};

// Every text of an entry, as one front end shows it.
QStringList allTexts(const CatalogueEntry &e)
{
    return QStringList{e.title, e.explanation} + e.causes + e.userFixes + e.adminFixes;
}

// The standard ports of the other protocols: what a text for `p` must not advise.
QStringList foreignPorts(Protocol p)
{
    switch (p) {
    case Protocol::Smtp:
        return {u"993"_s, u"143"_s, u"995"_s, u"110"_s, u"4190"_s};
    case Protocol::Imap:
        return {u"465"_s, u"587"_s, u"995"_s, u"110"_s, u"4190"_s};
    case Protocol::Pop3:
        return {u"465"_s, u"587"_s, u"993"_s, u"143"_s, u"4190"_s};
    case Protocol::Sieve:
        break;
    }
    return {u"465"_s, u"587"_s, u"993"_s, u"143"_s, u"995"_s, u"110"_s};
}

// Findings that only one protocol can make: their texts may name that protocol's ports.
bool protocolSpecific(Code c)
{
    return c == Code::Port25Blocked || c == Code::RelayDenied || c == Code::SenderRejected ||
           c == Code::RecipientRejected || c == Code::MessageRejected || c == Code::ImapPreauth ||
           c == Code::MailboxInUse || c == Code::DaneNoTlsa || c == Code::Greylisted;
}

Report reportFor(Protocol protocol, const QString &host, quint16 port, QList<Diagnosis> findings)
{
    Report r;
    r.target.host = host;
    r.target.port = port;
    r.target.protocol = protocol;
    r.effectiveSecurity = Security::StartTls;
    r.diagnoses = std::move(findings);
    concludeReport(r);
    return r;
}

ScanReport scanOf(const Report &r, bool works = false)
{
    ScanReport scan;
    scan.host = r.target.host;
    PortAdvice a;
    a.target.protocol = r.target.protocol;
    a.target.port = r.target.port;
    a.report = r;
    a.works = works;
    a.rank = works ? 1 : 0;
    scan.ports << a;
    return scan;
}

QSslCertificate certificate(const QString &name)
{
    QFile f(PortolanTest::certificatePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll());
    return certs.isEmpty() ? QSslCertificate() : certs.constFirst();
}

} // namespace

class TestWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleartextAdviceIsPerProtocol_data();
    void cleartextAdviceIsPerProtocol();
    void noTextNamesAnotherProtocolsPorts();
    void everyPlaceholderIsFilled();
    void hostAndPortFilledEverywhere();
    void optionsNamedForEachFrontEnd();
    void appTextsHaveNoFlags();
    void docsNameEveryProtocol();
    void ticketProblemsBySeverityThenPort();
    void htmlHasNoEmptyHeadingNorBackticks();
    void reservedNames();
    void reservedNameIsTheServersFault();
    void reservedNameScriptedCheck();
    void probesWithoutStartTlsAreNotTried();
    void portAdviceNamesTheWorkingPort();
    void scanTextSaysRoleNotChecked();
};

void TestWording::cleartextAdviceIsPerProtocol_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("plain");
    QTest::addRow("smtp") << Protocol::Smtp << u"port 465"_s << u"port 587"_s;
    QTest::addRow("imap") << Protocol::Imap << u"port 993"_s << u"port 143"_s;
    QTest::addRow("pop3") << Protocol::Pop3 << u"port 995"_s << u"port 110"_s;
    QTest::addRow("sieve") << Protocol::Sieve << QString() << u"port 4190"_s;
}

void TestWording::cleartextAdviceIsPerProtocol()
{
    // Issue 12 §1: the IMAP advice said "or on port 465".
    QFETCH(Protocol, protocol);
    QFETCH(QString, tls);
    QFETCH(QString, plain);
    const TextContext c{protocol, u"mail.example.net"_s, 1234, Security::None,
                        Audience::CommandLine};
    const std::optional<CatalogueEntry> e =
        Catalogue::instance().rendered(Code::AuthCleartextOffered, c);
    QVERIFY(e);
    const QString fixes = e->userFixes.join(u'\n');
    if (!tls.isEmpty())
        QVERIFY2(fixes.contains(tls), qPrintable(fixes));
    QVERIFY2(fixes.contains(plain), qPrintable(fixes));
    for (const QString &port : foreignPorts(protocol))
        QVERIFY2(!fixes.contains(port), qPrintable(fixes));
}

void TestWording::noTextNamesAnotherProtocolsPorts()
{
    const Catalogue &cat = Catalogue::instance();
    for (const Protocol p : AllProtocols) {
        const TextContext c{p, u"mail.example.net"_s, 2000, Security::StartTls,
                            Audience::CommandLine};
        for (const Code code : cat.codes()) {
            if (protocolSpecific(code))
                continue;
            for (const QString &text : allTexts(*cat.rendered(code, c))) {
                for (const QString &port : foreignPorts(p)) {
                    const QRegularExpression number(u"\\b"_s + port + u"\\b"_s);
                    QVERIFY2(
                        !number.match(text).hasMatch(),
                        qPrintable(u"%1 for %2: %3"_s.arg(codeName(code), protocolName(p), text)));
                }
                if (p != Protocol::Smtp)
                    QVERIFY2(!text.contains(u"-starttls smtp"_s) && !text.contains(u"EHLO"_s),
                             qPrintable(u"%1: %2"_s.arg(codeName(code), text)));
            }
        }
    }
}

void TestWording::everyPlaceholderIsFilled()
{
    const Catalogue &cat = Catalogue::instance();
    const QRegularExpression placeholder(u"\\{[a-z:-]+\\}"_s);
    for (const Audience a : {Audience::CommandLine, Audience::App}) {
        for (const Protocol p : AllProtocols) {
            for (const Code code : cat.codes()) {
                for (const QString &text : allTexts(*cat.rendered(
                         code, TextContext{p, u"h.example.net"_s, 1, Security::Tls, a}))) {
                    QVERIFY2(!placeholder.match(text).hasMatch(),
                             qPrintable(u"%1: %2"_s.arg(codeName(code), text)));
                }
            }
        }
        // Without a check (explain, the docs) too.
        for (const Code code : cat.codes()) {
            for (const QString &text : allTexts(*cat.rendered(code, TextContext{}))) {
                QVERIFY2(!placeholder.match(text).hasMatch(),
                         qPrintable(u"%1: %2"_s.arg(codeName(code), text)));
            }
        }
    }
    // A verdict's placeholders are filled from its report: none is left either.
    for (const Code code : cat.codes()) {
        const Report r = reportFor(Protocol::Imap, u"imap.example.net"_s, 1993,
                                   {{code, Severity::Error, {}, {}, u"why"_s, {u"n"_s}}});
        QVERIFY2(!placeholder.match(r.verdict.summary).hasMatch(), qPrintable(r.verdict.summary));
    }
}

void TestWording::hostAndPortFilledEverywhere()
{
    // Issue 12 §3: the admin hints said `HOST:PORT`.
    const Catalogue &cat = Catalogue::instance();
    const QRegularExpression token(u"\\b(HOST|PORT)\\b"_s);
    for (const Code code : cat.codes()) {
        for (const Audience a : {Audience::CommandLine, Audience::App}) {
            const TextContext c{Protocol::Smtp, u"mx.example.net"_s, 3587, Security::StartTls, a};
            for (const QString &text : allTexts(*cat.rendered(code, c)))
                QVERIFY2(!token.match(text).hasMatch(),
                         qPrintable(u"%1: %2"_s.arg(codeName(code), text)));
        }
    }
    const std::optional<CatalogueEntry> failed =
        cat.rendered(Code::StartTlsFailed, TextContext{Protocol::Imap, u"mx.example.net"_s, 3143,
                                                       Security::StartTls, Audience::CommandLine});
    QVERIFY2(failed->adminFixes.join(u' ').contains(
                 u"openssl s_client -connect mx.example.net:3143 -starttls imap"_s),
             qPrintable(failed->adminFixes.join(u' ')));
    const std::optional<CatalogueEntry> handshake =
        cat.rendered(Code::TlsHandshakeFailed, TextContext{Protocol::Pop3, u"pop.example.net"_s,
                                                           3995, Security::Tls, Audience::App});
    QVERIFY(handshake->adminFixes.join(u' ').contains(
        u"openssl s_client -connect pop.example.net:3995`"_s));

    // The command line's text of a report, the ticket's HTML: the checked address.
    const Report r =
        reportFor(Protocol::Smtp, u"mx.example.net"_s, 3587,
                  {{Code::StartTlsFailed, Severity::Error, PhaseId::StartTls, {}, u"454"_s, {}}});
    const QString text = reportToText(r, {});
    QVERIFY2(text.simplified().contains(u"mx.example.net:3587 -starttls smtp"_s), qPrintable(text));
    QVERIFY(!token.match(text).hasMatch());
    const QString html = reportHtml(scanOf(r), QDateTime::currentDateTimeUtc());
    QVERIFY(html.contains(u"mx.example.net:3587 -starttls smtp"_s));
    QVERIFY(!token.match(html).hasMatch());
    const QJsonObject json = reportToJson(r);
    QVERIFY(QJsonDocument(json).toJson().contains("mx.example.net:3587"));
}

void TestWording::optionsNamedForEachFrontEnd()
{
    // Issue 12 §4: one text, two front ends.
    const Catalogue &cat = Catalogue::instance();
    QCOMPARE(cat.optionName(u"ca-file"_s, Audience::CommandLine), u"--ca-file"_s);
    QCOMPARE(cat.optionName(u"ca-file"_s, Audience::App),
             u"Advanced → Trusted CA file (or Portolan → Settings)"_s);
    QCOMPARE(
        cat.optionName(u"allow-cleartext-auth"_s, Audience::App),
        u"Advanced → Allow sending the password without encryption (or Portolan → Settings)"_s);
    QVERIFY(cat.optionName(u"allow-untrusted-auth"_s, Audience::App).isEmpty());
    // The translation of the app's control name is used.
    QCOMPARE(
        cat.optionName(u"ca-file"_s, Audience::App, [](const QString &s) { return s.toUpper(); }),
        u"ADVANCED → TRUSTED CA FILE (OR PORTOLAN → SETTINGS)"_s);

    const TextContext cli{Protocol::Smtp, u"h"_s, 587, Security::StartTls, Audience::CommandLine};
    TextContext app = cli;
    app.audience = Audience::App;
    const QString cliFixes = cat.rendered(Code::CredentialsWithheld, cli)->userFixes.join(u'\n');
    const QString appFixes = cat.rendered(Code::CredentialsWithheld, app)->userFixes.join(u'\n');
    QVERIFY2(cliFixes.contains(u"--ca-file"_s) && cliFixes.contains(u"--allow-cleartext-auth"_s) &&
                 cliFixes.contains(u"--allow-untrusted-auth"_s),
             qPrintable(cliFixes));
    QVERIFY2(!cliFixes.contains(u"Advanced →"_s), qPrintable(cliFixes));
    QVERIFY2(
        appFixes.contains(u"Advanced → Trusted CA file (or Portolan → Settings)"_s) &&
            appFixes.contains(
                u"Advanced → Allow sending the password without encryption (or Portolan → Settings)"_s),
        qPrintable(appFixes));
    QVERIFY2(!appFixes.contains(u"--"_s), qPrintable(appFixes));
    // A fix only the command line can follow is not shown in the app.
    QVERIFY(
        cat.rendered(Code::AuthOAuthOnly, cli)->userFixes.join(u' ').contains(u"--token-stdin"_s));
    QVERIFY(!cat.rendered(Code::AuthOAuthOnly, app)->userFixes.join(u' ').contains(u"token"_s));
}

void TestWording::appTextsHaveNoFlags()
{
    const Catalogue &cat = Catalogue::instance();
    for (const Protocol p : AllProtocols) {
        for (const Code code : cat.codes()) {
            const std::optional<CatalogueEntry> e = cat.rendered(
                code, TextContext{p, u"h.example.net"_s, 1, Security::Auto, Audience::App});
            for (const QString &text : allTexts(*e))
                QVERIFY2(!text.contains(u"--"_s),
                         qPrintable(u"%1: %2"_s.arg(codeName(code), text)));
            // The verdict the app shows (its template filled) names no flag either.
            const Report r = reportFor(p, u"h.example.net"_s, 1,
                                       {{code, Severity::Error, {}, {}, u"why"_s, {u"n"_s}}});
            QVERIFY2(!r.verdict.summary.contains(u"--"_s), qPrintable(r.verdict.summary));
            // Every finding the app shows still says what to do.
            if (!cat.entry(code)->userFixes.isEmpty())
                QVERIFY2(!e->userFixes.isEmpty(), codeName(code).data());
        }
    }
}

void TestWording::docsNameEveryProtocol()
{
    // No check to fill from: the docs name every protocol's ports and HOST/PORT.
    const QString md = Catalogue::instance().toMarkdown();
    QVERIFY(md.contains(u"465 for SMTP, 993 for IMAP, 995 for POP3"_s));
    QVERIFY(md.contains(u"openssl s_client -connect HOST:PORT [-starttls smtp|imap|pop3|sieve]"_s));
    QVERIFY(md.contains(u"(command line) "_s) && md.contains(u"(app) "_s));
    QVERIFY(!md.contains(u"{opt:"_s) && !md.contains(u"{secureports}"_s));
}

void TestWording::ticketProblemsBySeverityThenPort()
{
    // Issue 12 §3: the warning came first because it was found first.
    const Report r = reportFor(
        Protocol::Smtp, u"mx.example.net"_s, 3025,
        {{Code::AuthCleartextOffered, Severity::Warning, PhaseId::Capabilities, {}, u"a"_s, {}},
         {Code::StartTlsNotOffered, Severity::Error, PhaseId::Capabilities, {}, u"b"_s, {}}});
    const QString ticket = ticketMarkdown(scanOf(r), QDateTime::currentDateTimeUtc());
    const qsizetype line = ticket.indexOf(u"Problems: "_s);
    QVERIFY(line >= 0);
    const QString problems = ticket.mid(line, ticket.indexOf(u'\n', line) - line);
    const qsizetype error = problems.indexOf(u"starttls-not-offered"_s);
    const qsizetype warning = problems.indexOf(u"auth-cleartext-offered"_s);
    QVERIFY2(error >= 0 && warning > error, qPrintable(problems));
    // The command line's findings and the exported page list them in the same order.
    const QString text = reportToText(r, {});
    QVERIFY2(text.indexOf(u"[starttls-not-offered]"_s) <
                 text.indexOf(u"[auth-cleartext-offered]"_s),
             qPrintable(text));
    const QString html = reportHtml(scanOf(r), QDateTime::currentDateTimeUtc());
    QVERIFY(html.indexOf(u"<code>starttls-not-offered</code>"_s) <
            html.indexOf(u"<code>auth-cleartext-offered</code>"_s));

    // Across ports: the error of the headline port (nothing else does filters), then the
    // warnings of the working ports by port.
    ScanReport scan;
    scan.host = u"mx.example.net"_s;
    const Report okHigh = reportFor(Protocol::Imap, scan.host, 3993,
                                    {{Code::CertExpiresSoon, Severity::Warning, {}, {}, {}, {}}});
    const Report okLow =
        reportFor(Protocol::Smtp, scan.host, 3465,
                  {{Code::TlsOldVersionsAccepted, Severity::Warning, {}, {}, {}, {}}});
    const Report bad = reportFor(Protocol::Sieve, scan.host, 4190,
                                 {{Code::ConnectionRefused, Severity::Error, {}, {}, {}, {}}});
    for (const Report *rep : {&okHigh, &okLow, &bad}) {
        PortAdvice a;
        a.target.protocol = rep->target.protocol;
        a.target.port = rep->target.port;
        a.report = *rep;
        a.works = rep != &bad;
        scan.ports << a;
    }
    const QString many = ticketMarkdown(scan, QDateTime::currentDateTimeUtc());
    const qsizetype at = many.indexOf(u"Problems: "_s);
    const QString list = many.mid(at, many.indexOf(u'\n', at) - at);
    const qsizetype refused = list.indexOf(u"connection-refused"_s);
    const qsizetype old = list.indexOf(u"tls-old-versions-accepted"_s);
    const qsizetype soon = list.indexOf(u"cert-expires-soon"_s);
    QVERIFY2(refused >= 0 && old > refused && soon > old, qPrintable(list));
    QVERIFY2(list.contains(u"SMTP 3465"_s), qPrintable(list));
}

void TestWording::htmlHasNoEmptyHeadingNorBackticks()
{
    // Issue 12 §3: "Settings that work" with nothing under it, and `code` in backticks.
    const Report r =
        reportFor(Protocol::Smtp, u"mx.example.net"_s, 3587,
                  {{Code::ConnectionRefused, Severity::Error, PhaseId::Connect, {}, u"x"_s, {}}});
    const QString html = reportHtml(scanOf(r), QDateTime::currentDateTimeUtc());
    QVERIFY2(!html.contains(u"Settings that work"_s), qPrintable(html));
    QVERIFY2(!html.contains(u'`'), qPrintable(html));
    QVERIFY2(html.contains(u"<code>ss -ltnp | grep :3587</code>"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<ul></ul>"_s));

    Report works = reportFor(Protocol::Smtp, u"mx.example.net"_s, 3465, {});
    works.effectiveSecurity = Security::Tls;
    const QString ok = reportHtml(scanOf(works, true), QDateTime::currentDateTimeUtc());
    QVERIFY(ok.contains(u"<h2>Settings that work</h2>"_s));
    QVERIFY(ok.contains(u"port 3465"_s));
    // The app's export names its controls; the command line's names its options.
    const Report withheld =
        reportFor(Protocol::Smtp, u"mx.example.net"_s, 3587,
                  {{Code::CredentialsWithheld, Severity::Error, PhaseId::Auth, {}, u"x"_s, {}}});
    const QString appHtml = reportHtml(scanOf(withheld), QDateTime::currentDateTimeUtc());
    QVERIFY(appHtml.contains(u"Advanced → Trusted CA file (or Portolan → Settings)"_s));
    QVERIFY(!appHtml.contains(u"--ca-file"_s));
    const QString cliHtml =
        reportHtml(scanOf(withheld), QDateTime::currentDateTimeUtc(), Audience::CommandLine);
    QVERIFY(cliHtml.contains(u"--ca-file"_s));
}

void TestWording::reservedNames()
{
    for (const char *name : {"mail.example", "x.test", "localhost", "a.localhost", "foo.invalid",
                             "*.example.com", "example.org", "mx.example.net.", "MAIL.TEST"})
        QVERIFY2(isReservedName(QString::fromLatin1(name)), name);
    for (const char *name : {"mail.portolan.org", "example.co.uk", "testing.com", "mytest",
                             "notexample.com", "127.0.0.1", ""})
        QVERIFY2(!isReservedName(QString::fromLatin1(name)), name);
}

void TestWording::reservedNameIsTheServersFault()
{
    // Issue 12 §6: the certificate names only smtp.other.example and mx.other.example.
    const QSslCertificate placeholder = certificate(u"wrongname"_s);
    QVERIFY(!placeholder.isNull());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QSslError> mismatch{QSslError(QSslError::HostNameMismatch, placeholder)};
    QList<Diagnosis> d = certificateDiagnoses(mismatch, {placeholder}, u"mail.portolan.org"_s, now);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.constFirst().code, Code::CertReservedName);
    QCOMPARE(d.constFirst().detail, (QStringList{u"smtp.other.example"_s, u"mx.other.example"_s}));
    // Dialled by address, or by a lab's own reserved name: a mismatch the user can act on.
    for (const QString &peer : {u"127.0.0.1"_s, u"mail.test"_s}) {
        d = certificateDiagnoses(mismatch, {placeholder}, peer, now);
        QCOMPARE(d.constFirst().code, Code::CertHostnameMismatch);
    }
    // A certificate that names a real address too is a plain mismatch.
    const QSslCertificate valid = certificate(u"valid"_s);
    d = certificateDiagnoses({QSslError(QSslError::HostNameMismatch, valid)}, {valid},
                             u"mail.portolan.org"_s, now);
    QCOMPARE(d.constFirst().code, Code::CertHostnameMismatch);

    const Report r = reportFor(Protocol::Smtp, u"mail.portolan.org"_s, 465,
                               {{Code::CertReservedName,
                                 Severity::Error,
                                 PhaseId::TlsHandshake,
                                 {},
                                 u"x"_s,
                                 {u"smtp.other.example"_s}}});
    QCOMPARE(r.verdict.fault, Fault::Server);
    QVERIFY2(!r.verdict.summary.contains(u"Use one of those names"_s),
             qPrintable(r.verdict.summary));
    QVERIFY(r.verdict.summary.contains(u"smtp.other.example"_s));
    const CatalogueEntry *e = Catalogue::instance().entry(Code::CertReservedName);
    QVERIFY(!e->userFixes.join(u' ').contains(u"use one of"_s, Qt::CaseInsensitive));
    const QString text = reportToText(r, {});
    QVERIFY2(text.startsWith(u"✗ Server: "_s), qPrintable(text));
    QVERIFY(!text.contains(u"Settings: "_s));
}

void TestWording::reservedNameScriptedCheck()
{
    ScriptedServer server;
    server.addScript(u"S: 220 mail.test ESMTP ready\n"
                     "C: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"
                     "C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s,
                     ScriptedServer::Mode::ImplicitTls, u"wrongname"_s);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::Tls;
    c.options.target.serverName = u"mail.portolan.org"_s;
    QVERIFY(c.run());
    QVERIFY2(c.codes().contains(u"cert-reserved-name"_s),
             qPrintable(c.codes().join(u',') + u'\n' + c.transcriptText()));
    QVERIFY(!c.report.hasCode(Code::CertHostnameMismatch));
    QCOMPARE(c.report.verdict.fault, Fault::Server);
}

void TestWording::probesWithoutStartTlsAreNotTried()
{
    // Issue 12 §2: the probes' connections are not offered STARTTLS (but a login in clear text):
    // no version is "not accepted (before TLS the server offers AUTH PLAIN LOGIN)".
    const QString greeting = u"S: 220 mail.test ESMTP ready\n"_s;
    const QString quit = u"C: QUIT\nS: 221 2.0.0 Bye\nX\n"_s;
    ScriptedServer server;
    server.addScript(greeting +
                     u"C: EHLO\nS: 250-mail.test\nS: 250-STARTTLS\nS: 250 8BITMIME\n"
                     "C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n"
                     "C: EHLO\nS: 250-mail.test\nS: 250 8BITMIME\n"_s +
                     quit);
    server.addScript(greeting +
                     u"C: EHLO\nS: 250-mail.test\nS: 250-AUTH PLAIN LOGIN\nS: 250 8BITMIME\n"_s +
                     quit);
    CheckRunner c;
    c.options.target.port = server.start();
    c.options.target.security = Security::StartTls;
    c.options.tlsDetail = true;
    QVERIFY(c.run());
    const QString transcript = c.transcriptText();
    QVERIFY2(c.report.tlsVersions.isEmpty(), qPrintable(transcript));
    QVERIFY2(transcript.contains(u"TLS detail: TLSv1.0 not tried: the port offers no STARTTLS"_s),
             qPrintable(transcript));
    QVERIFY2(!transcript.contains(u"not accepted"_s), qPrintable(transcript));
    QVERIFY(!transcript.contains(u"before TLS the server offers"_s));
    // The check itself is fine; the probes' findings are not the check's.
    QVERIFY2(c.codes() == QStringList{u"ok"_s}, qPrintable(c.codes().join(u',')));
    const QString ticket = ticketMarkdown(scanOf(c.report, true), QDateTime::currentDateTimeUtc());
    QVERIFY(!ticket.contains(u"AUTH PLAIN LOGIN)"_s));
}

namespace {

PortAdvice scannedPort(Protocol protocol, quint16 port, quint16 standard, Security mode, bool works,
                       QList<Diagnosis> findings = {})
{
    PortAdvice a;
    a.target = ScanTarget{protocol, port, standard, mode};
    a.report.target.host = u"mail.example.net"_s;
    a.report.target.port = port;
    a.report.target.protocol = protocol;
    a.report.firstSecurity = mode;
    a.report.effectiveSecurity = mode;
    a.report.diagnoses = std::move(findings);
    concludeReport(a.report);
    a.works = works;
    a.rank = works ? 1 : 0;
    return a;
}

} // namespace

void TestWording::portAdviceNamesTheWorkingPort()
{
    // The tester's admin check: SSL/TLS works on 56271, STARTTLS is missing on 143.
    const Diagnosis noStartTls{Code::StartTlsNotOffered, Severity::Error, {}, {}, {}, {}};
    ScanReport scan;
    scan.host = u"mail.example.net"_s;
    scan.ports << scannedPort(Protocol::Imap, 56271, 993, Security::Tls, true)
               << scannedPort(Protocol::Smtp, 465, 465, Security::Tls, true)
               << scannedPort(Protocol::Imap, 143, 143, Security::StartTls, false, {noStartTls});
    const Report &imap = scan.ports.last().report;
    const Catalogue &cat = Catalogue::instance();
    const TextContext c = textContext(scan, imap, Audience::CommandLine);
    QCOMPARE(c.tlsPort, quint16(56271));
    QCOMPARE(c.starttlsPort, quint16(0)); // the SMTP port does not count for IMAP
    const CatalogueEntry e = *cat.rendered(Code::StartTlsNotOffered, c);
    const QString verdict = cat.fill(e.verdict, c);
    QVERIFY2(verdict.contains(u"port 56271"_s) && !verdict.contains(u"993"_s), qPrintable(verdict));
    QCOMPARE(cat.fill(u"{secureports}"_s, c),
             u"port 56271 with SSL/TLS or port 143 with STARTTLS"_s);
    // Without the scan: the standard numbers, as before.
    const QString plain = cat.fill(e.verdict, textContext(imap, Audience::CommandLine));
    QVERIFY2(plain.contains(u"port 993"_s), qPrintable(plain));
    // No IMAP finding about encryption or logins speaks of the submission ports (SMTP's).
    for (const Code code : {Code::CredentialsWithheld, Code::StartTlsNotOffered,
                            Code::AuthNotOffered, Code::ConnectionRefused}) {
        const QString all = allTexts(*cat.rendered(code, c)).join(u'\n');
        QVERIFY2(!all.contains(u"submission port"_s),
                 qPrintable(u"%1: %2"_s.arg(codeName(code), all)));
    }
}

void TestWording::scanTextSaysRoleNotChecked()
{
    // `scan HOST --ports 587,465`: nothing was scanned for receiving, so nothing failed there.
    const Diagnosis refused{Code::ConnectionRefused, Severity::Error, {}, {}, {}, {}};
    ScanReport sending;
    sending.host = u"mail.example.net"_s;
    sending.ports << scannedPort(Protocol::Smtp, 587, 587, Security::StartTls, false, {refused})
                  << scannedPort(Protocol::Smtp, 465, 465, Security::Tls, false, {refused});
    QString text = scanToText(sending, false);
    QVERIFY2(text.contains(u"Receiving: not checked (no IMAP/POP3 port was in --ports)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Sending:   nothing works"_s), qPrintable(text));
    QVERIFY(scanToJson(sending)[u"recommendation"_s][u"receiving"_s].isNull());
    // An IMAP-only scan.
    ScanReport receiving;
    receiving.host = u"mail.example.net"_s;
    receiving.ports << scannedPort(Protocol::Imap, 993, 993, Security::Tls, true);
    text = scanToText(receiving, false);
    QVERIFY2(text.contains(u"Sending:   not checked (no SMTP port was in --ports)"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"nothing works"_s), qPrintable(text));
    QVERIFY(scanToJson(receiving)[u"recommendation"_s][u"sending"_s].isNull());
}

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
