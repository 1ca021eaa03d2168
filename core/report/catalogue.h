#pragma once

#include "report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

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

// What a catalogue text's placeholders are filled from: the check it speaks of. Without a
// protocol (explain, docs/diagnoses.md) the texts name every protocol's ports; without a host or
// port they say HOST and PORT.
struct TextContext
{
    std::optional<Protocol> protocol = {};
    QString host = {};
    quint16 port = 0;
    Security security = Security::Auto; // the mode of the check: STARTTLS adds `-starttls imap`
    Audience audience = Audience::CommandLine;
    // Ports seen working on this host for this protocol in SSL/TLS and in STARTTLS (0: none
    // known): {tlsport}, {starttlsport} and {secureports} name them instead of the standard ones.
    quint16 tlsPort = 0;
    quint16 starttlsPort = 0;
};

// The context of one checked port.
[[nodiscard]] TextContext textContext(const Report &report, Audience audience);

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
    // A catalogue text with its placeholders filled:
    //   {host} {port}     the checked host and port
    //   {tlsport}         "port 465" / "port 993" / "port 995": where implicit TLS is for the
    //   protocol {starttlsport}    "port 587" / "port 143" / "port 110" / "port 4190" {secureports}
    //   "port 465 with SSL/TLS or port 587 with STARTTLS" (ManageSieve: 4190 only) {starttls} "
    //   -starttls imap" for `openssl s_client`, nothing on an SSL/TLS port {capa}            the
    //   command whose answer lists the capabilities (EHLO, CAPABILITY, CAPA) {authcap}         how
    //   that answer lists login mechanisms (AUTH, AUTH=, SASL) {protocol}        "SMTP", "IMAP",
    //   "POP3", "ManageSieve" {service}         the usual server software's service: postfix,
    //   dovecot {opt:NAME}        an option: `--NAME` on the command line, its control in the app
    // The options' app names are in the catalogue ("options"); `translate` turns them (and the
    // text, when it is the app's) into the user's language.
    using Translate = std::function<QString(const QString &)>;
    [[nodiscard]] QString fill(QString text, const TextContext &context,
                               const Translate &translate = {}) const;
    // The name of an option for the audience: "--ca-file", or "Settings → Trusted CA file"; empty
    // when the app has no control for it.
    [[nodiscard]] QString optionName(const QString &option, Audience audience,
                                     const Translate &translate = {}) const;
    // The options the app has a control for.
    [[nodiscard]] QStringList appOptions() const { return m_appOptions.keys(); }
    // The entry with every text filled for one check and one audience; list items for the other
    // audience left out. `translate` (the app's) turns each text into the user's language first.
    [[nodiscard]] std::optional<CatalogueEntry> rendered(Code code, const TextContext &context,
                                                         const Translate &translate = {}) const;
    // The catalogue as Markdown: docs/diagnoses.md is this text.
    [[nodiscard]] QString toMarkdown() const;

private:
    QList<CatalogueEntry> m_entries;                       // in the catalogue's order
    std::array<qsizetype, std::size(codeTable)> m_index{}; // by code: 1 + its index in m_entries
    QHash<QString, QString> m_enhanced;
    QHash<QString, QString> m_appOptions; // option → the app's control
};

} // namespace Portolan
