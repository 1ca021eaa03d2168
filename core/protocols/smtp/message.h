#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Portolan {

// The test message a user asks to send (--send).
struct TestMessage
{
    QString from;
    QStringList to;
    QString subject;
    QString body;
};

// A well-formed RFC 5322 message with CRLF line ends, ready for DATA after dot-stuffing: Date,
// Message-ID, From, To, Subject (RFC 2047 encoded where it is not ASCII), MIME-Version and a
// text/plain UTF-8 body, sent as 8bit when the server offers 8BITMIME and as quoted-printable
// otherwise. No line is longer than 998 octets.
[[nodiscard]] QByteArray composeMessage(const TestMessage &message, bool eightBitMime,
                                        const QDateTime &date, const QByteArray &messageIdDomain);

// RFC 5321 §4.5.2: a line that starts with "." gets another one; the message ends in CRLF.CRLF.
[[nodiscard]] QByteArray dotStuff(const QByteArray &message);

// True when the address needs SMTPUTF8 (RFC 6531): anything outside ASCII.
[[nodiscard]] bool needsSmtpUtf8(const QString &address);

} // namespace Portolan
