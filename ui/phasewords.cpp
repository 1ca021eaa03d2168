#include "phasewords.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

struct PhaseText
{
    PhaseId phase;
    const char *title; // in the timeline
    const char *doing; // in the live view
};

constexpr PhaseText phaseTexts[] = {
    {PhaseId::Resolve, QT_TRANSLATE_NOOP("Portolan", "Name lookup"),
     QT_TRANSLATE_NOOP("Portolan", "looking up the name…")},
    {PhaseId::Connect, QT_TRANSLATE_NOOP("Portolan", "Connection"),
     QT_TRANSLATE_NOOP("Portolan", "connecting…")},
    {PhaseId::TlsHandshake, QT_TRANSLATE_NOOP("Portolan", "TLS handshake"),
     QT_TRANSLATE_NOOP("Portolan", "checking the certificate…")},
    {PhaseId::Greeting, QT_TRANSLATE_NOOP("Portolan", "Greeting"),
     QT_TRANSLATE_NOOP("Portolan", "waiting for the server…")},
    {PhaseId::Capabilities, QT_TRANSLATE_NOOP("Portolan", "Capabilities"),
     QT_TRANSLATE_NOOP("Portolan", "asking what it supports…")},
    {PhaseId::StartTls, QT_TRANSLATE_NOOP("Portolan", "Switch to TLS"),
     QT_TRANSLATE_NOOP("Portolan", "switching to encryption…")},
    {PhaseId::StartTlsHandshake, QT_TRANSLATE_NOOP("Portolan", "TLS handshake after STARTTLS"),
     QT_TRANSLATE_NOOP("Portolan", "checking the certificate…")},
    {PhaseId::CapabilitiesAfterTls, QT_TRANSLATE_NOOP("Portolan", "Capabilities after TLS"),
     QT_TRANSLATE_NOOP("Portolan", "asking again what it supports…")},
    {PhaseId::Auth, QT_TRANSLATE_NOOP("Portolan", "Login"),
     QT_TRANSLATE_NOOP("Portolan", "logging in…")},
    {PhaseId::MailFrom, QT_TRANSLATE_NOOP("Portolan", "Sender"),
     QT_TRANSLATE_NOOP("Portolan", "sending the test message…")},
    {PhaseId::RcptTo, QT_TRANSLATE_NOOP("Portolan", "Recipients"),
     QT_TRANSLATE_NOOP("Portolan", "sending the test message…")},
    {PhaseId::Data, QT_TRANSLATE_NOOP("Portolan", "Message start"),
     QT_TRANSLATE_NOOP("Portolan", "sending the test message…")},
    {PhaseId::Message, QT_TRANSLATE_NOOP("Portolan", "Message"),
     QT_TRANSLATE_NOOP("Portolan", "sending the test message…")},
    {PhaseId::Quit, QT_TRANSLATE_NOOP("Portolan", "Goodbye"),
     QT_TRANSLATE_NOOP("Portolan", "saying goodbye…")},
    {PhaseId::TlsDetail, QT_TRANSLATE_NOOP("Portolan", "TLS versions"),
     QT_TRANSLATE_NOOP("Portolan", "testing the TLS versions…")},
    {PhaseId::Dane, QT_TRANSLATE_NOOP("Portolan", "DANE"),
     QT_TRANSLATE_NOOP("Portolan", "looking up the DANE records…")},
};

const PhaseText *textOf(PhaseId phase)
{
    for (const PhaseText &t : phaseTexts) {
        if (t.phase == phase)
            return &t;
    }
    return nullptr;
}

} // namespace

QString phaseWords(PhaseId phase)
{
    const PhaseText *t = textOf(phase);
    return t ? QCoreApplication::translate("Portolan", t->doing) : QString();
}

QString phaseTitle(PhaseId phase)
{
    const PhaseText *t = textOf(phase);
    return t ? QCoreApplication::translate("Portolan", t->title) : QString();
}

QString phaseTitle(const PhaseRecord &record)
{
    const QString title = phaseTitle(record.phase);
    return record.wire.isEmpty()
               ? title
               : QCoreApplication::translate("Portolan", "%1 (%2)").arg(title, record.wire);
}

} // namespace Portolan
