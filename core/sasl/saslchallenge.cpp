#include "saslchallenge.h"

#include "net/escape.h"

#include <QByteArrayList>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The longest server message shown in an error.
constexpr qsizetype Shown = 80;

// attr-val = ALPHA "=" value (RFC 5802 §7): the attribute's letter, or 0 when malformed.
char attributeName(const QByteArray &attribute)
{
    if (attribute.size() < 2 || attribute.at(1) != '=')
        return 0;
    const char c = attribute.at(0);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? c : 0;
}

// printable = %x21-2B / %x2D-7E (RFC 5802 §7): a nonce's characters.
bool isPrintable(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(),
                       [](char c) { return c >= 0x21 && c <= 0x7e && c != ','; });
}

template <typename Message> Message failed(SaslError error, const QString &why)
{
    Message m;
    m.error = error;
    m.why = why;
    return m;
}

} // namespace

std::optional<QByteArray> decodeChallenge(const QByteArray &base64)
{
    if (base64.size() % 4 != 0)
        return std::nullopt;
    const auto r = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

ScramServerFirst parseScramServerFirst(const QByteArray &message)
{
    using F = ScramServerFirst;
    const QString shown = escapeServerText(message.left(Shown));
    const QByteArrayList attributes = message.split(',');
    qsizetype i = 0;
    const char name = attributeName(attributes.at(0));
    if (name == 'm')
        return failed<F>(SaslError::UnsupportedExtension,
                         u"the server asks for a SCRAM extension that is not supported"_s);
    if (name == 'e')
        return failed<F>(SaslError::ServerError, u"the server reports a SCRAM error: "_s +
                                                     escapeServerText(attributes.at(0).mid(2)));
    // The three attributes in the RFC's order.
    if (attributes.size() < 3 || attributeName(attributes.at(0)) != 'r' ||
        attributeName(attributes.at(1)) != 's' || attributeName(attributes.at(2)) != 'i')
        return failed<F>(SaslError::Malformed,
                         u"not a SCRAM server-first message (r=, s=, i=): \"%1\""_s.arg(shown));
    F m;
    m.nonce = attributes.at(i++).mid(2);
    if (m.nonce.isEmpty() || !isPrintable(m.nonce))
        return failed<F>(SaslError::Malformed,
                         u"the server's SCRAM nonce is empty or not printable"_s);
    const std::optional<QByteArray> salt = decodeChallenge(attributes.at(i++).mid(2));
    if (!salt)
        return failed<F>(SaslError::BadEncoding, u"the server's SCRAM salt is not valid base64"_s);
    if (salt->isEmpty())
        return failed<F>(SaslError::Malformed, u"the server sent no SCRAM salt"_s);
    m.salt = *salt;
    const QByteArray count = attributes.at(i++).mid(2);
    const bool digits =
        !count.isEmpty() && count.size() <= 10 &&
        std::all_of(count.cbegin(), count.cend(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 iterations = digits ? count.toLongLong() : -1;
    if (iterations < 1 || iterations > MaxScramIterations)
        return failed<F>(SaslError::BadIterationCount,
                         u"the server's SCRAM iteration count \"%1\" is out of range (1 to %2)"_s
                             .arg(escapeServerText(count.left(Shown)))
                             .arg(MaxScramIterations));
    m.iterations = int(iterations);
    // Extensions after the count are allowed and ignored, but must still be attributes.
    for (; i < attributes.size(); ++i) {
        if (!attributeName(attributes.at(i)))
            return failed<F>(SaslError::Malformed,
                             u"not a SCRAM server-first message: \"%1\""_s.arg(shown));
    }
    return m;
}

ScramServerFinal parseScramServerFinal(const QByteArray &message)
{
    using F = ScramServerFinal;
    const QByteArrayList attributes = message.split(',');
    const QByteArray &head = attributes.at(0);
    const char name = attributeName(head);
    for (qsizetype i = 1; i < attributes.size(); ++i) {
        if (!attributeName(attributes.at(i)))
            return failed<F>(SaslError::Malformed,
                             u"not a SCRAM server-final message: \"%1\""_s.arg(
                                 escapeServerText(message.left(Shown))));
    }
    if (name == 'e') {
        F m = failed<F>(SaslError::ServerError,
                        u"the server reports a SCRAM error: "_s + escapeServerText(head.mid(2)));
        m.serverError = head.mid(2);
        return m;
    }
    if (name != 'v')
        return failed<F>(SaslError::Malformed,
                         u"not a SCRAM server-final message (v= or e=): \"%1\""_s.arg(
                             escapeServerText(message.left(Shown))));
    const std::optional<QByteArray> signature = decodeChallenge(head.mid(2));
    if (!signature || signature->isEmpty())
        return failed<F>(SaslError::BadEncoding,
                         u"the server's SCRAM signature is not valid base64"_s);
    F m;
    m.signature = *signature;
    return m;
}

} // namespace Portolan
