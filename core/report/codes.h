#pragma once

#include <QAnyStringView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

// Every diagnosis code, once: the enumerator the engine uses and the name the JSON output, the
// catalogue (resources/diagnoses.json, one entry per code: tst_catalogue), the translations and
// the monitor's stored reports and metric labels use. The names are a contract: add codes, never
// rename or remove one. The enumerators' numbers are stored nowhere.
#define PORTOLAN_DIAGNOSIS_CODES(X)                                                                \
    X(Ok, "ok")                                                                                    \
    X(DnsNxdomain, "dns-nxdomain")                                                                 \
    X(DnsNoAddress, "dns-no-address")                                                              \
    X(DnsFailure, "dns-failure")                                                                   \
    X(ConnectionRefused, "connection-refused")                                                     \
    X(ConnectionTimeout, "connection-timeout")                                                     \
    X(NetworkUnreachable, "network-unreachable")                                                   \
    X(Port25Blocked, "port25-blocked")                                                             \
    X(ConnectionClosed, "connection-closed")                                                       \
    X(GreetingTimeout, "greeting-timeout")                                                         \
    X(GreetingDelayed, "greeting-delayed")                                                         \
    X(GreetingRejected, "greeting-rejected")                                                       \
    X(PlainOnTlsPort, "plain-on-tls-port")                                                         \
    X(TlsOnPlainPort, "tls-on-plain-port")                                                         \
    X(TlsModeMismatch, "tls-mode-mismatch")                                                        \
    X(StartTlsNotOffered, "starttls-not-offered")                                                  \
    X(StartTlsFailed, "starttls-failed")                                                           \
    X(StartTlsInjection, "starttls-injection")                                                     \
    X(TlsHandshakeFailed, "tls-handshake-failed")                                                  \
    X(TlsAlert, "tls-alert")                                                                       \
    X(TlsOutdatedProtocol, "tls-outdated-protocol")                                                \
    X(TlsOldVersionsAccepted, "tls-old-versions-accepted")                                         \
    X(TlsWeakCipher, "tls-weak-cipher")                                                            \
    X(CertExpired, "cert-expired")                                                                 \
    X(CertNotYetValid, "cert-not-yet-valid")                                                       \
    X(CertHostnameMismatch, "cert-hostname-mismatch")                                              \
    X(CertReservedName, "cert-reserved-name")                                                      \
    X(CertSelfSigned, "cert-self-signed")                                                          \
    X(CertUntrusted, "cert-untrusted")                                                             \
    X(CertExpiresSoon, "cert-expires-soon")                                                        \
    X(CertChainIncomplete, "cert-chain-incomplete")                                                \
    X(CertRevoked, "cert-revoked")                                                                 \
    X(CertWeakKey, "cert-weak-key")                                                                \
    X(AuthNotOffered, "auth-not-offered")                                                          \
    X(AuthCleartextOffered, "auth-cleartext-offered")                                              \
    X(AuthMechanismUnsupported, "auth-mechanism-unsupported")                                      \
    X(AuthFailed, "auth-failed")                                                                   \
    X(AuthTemporaryFailure, "auth-temporary-failure")                                              \
    X(AuthRequired, "auth-required")                                                               \
    X(AuthOAuthOnly, "auth-oauth-only")                                                            \
    X(CredentialsWithheld, "credentials-withheld")                                                 \
    X(CredentialsSentInsecurely, "credentials-sent-insecurely")                                    \
    X(AuthServerUnverified, "auth-server-unverified")                                              \
    X(ImapPreauth, "imap-preauth")                                                                 \
    X(MailboxInUse, "mailbox-in-use")                                                              \
    X(SenderRejected, "sender-rejected")                                                           \
    X(RelayDenied, "relay-denied")                                                                 \
    X(RecipientRejected, "recipient-rejected")                                                     \
    X(MessageRejected, "message-rejected")                                                         \
    X(Greylisted, "greylisted")                                                                    \
    X(ServerBusy, "server-busy")                                                                   \
    X(ReplyTimeout, "reply-timeout")                                                               \
    X(ProtocolError, "protocol-error")                                                             \
    X(ProxyFailure, "proxy-failure")                                                               \
    X(Cancelled, "cancelled")                                                                      \
    X(DaneValid, "dane-valid")                                                                     \
    X(DaneNoTlsa, "dane-no-tlsa")                                                                  \
    X(DaneNotSigned, "dane-not-signed")                                                            \
    X(DaneBogus, "dane-bogus")                                                                     \
    X(DaneMismatch, "dane-mismatch")                                                               \
    X(DaneLookupFailed, "dane-lookup-failed")                                                      \
    X(DiscoveryNoSettings, "discovery-no-settings")                                                \
    X(DiscoverySourcesDisagree, "discovery-sources-disagree")                                      \
    X(DiscoverySourceBroken, "discovery-source-broken")                                            \
    X(DiscoveryLoginWithheld, "discovery-login-withheld")                                          \
    X(AutoconfigInsecure, "autoconfig-insecure")                                                   \
    X(AutoconfigCertInvalid, "autoconfig-cert-invalid")                                            \
    X(AutoconfigInvalid, "autoconfig-invalid")                                                     \
    X(AutodiscoverInvalid, "autodiscover-invalid")                                                 \
    X(SrvNotOffered, "srv-not-offered")                                                            \
    X(DiscoveryDomainNotFound, "discovery-domain-not-found")                                       \
    X(DiscoveryDnsFailed, "discovery-dns-failed")

enum class Code {
#define PORTOLAN_CODE_ENUMERATOR(id, name) id,
    PORTOLAN_DIAGNOSIS_CODES(PORTOLAN_CODE_ENUMERATOR)
#undef PORTOLAN_CODE_ENUMERATOR
};

struct CodeName
{
    Code code;
    QLatin1StringView name;
};

// The table, in the enumerators' order.
inline constexpr CodeName codeTable[] = {
#define PORTOLAN_CODE_ROW(id, name) CodeName{Code::id, QLatin1StringView(name)},
    PORTOLAN_DIAGNOSIS_CODES(PORTOLAN_CODE_ROW)
#undef PORTOLAN_CODE_ROW
};

// "dns-nxdomain"
[[nodiscard]] constexpr QLatin1StringView codeName(Code code)
{
    return codeTable[static_cast<qsizetype>(code)].name;
}

// The code of a name, exactly as codeName() gives it; nothing for any other text.
[[nodiscard]] std::optional<Code> codeFromName(QAnyStringView name);

} // namespace Portolan
