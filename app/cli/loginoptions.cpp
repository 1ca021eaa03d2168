// The login group: every way a password or token reaches portolan-cli (standard input, an
// environment variable, the terminal without echo), and the refusal of the one way it must not
// (an argument, which would show in the process list).
#include "optiongroups.h"

#include "protocols/mailcheck.h"
#include "sasl/sasl.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// Reads the password (or token) from where the user said, never from the command line.
QString readSecret(bool fromStdin, const QString &envVar, QString *secret)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return u"cannot read standard input"_s;
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *secret = QString::fromUtf8(line);
        if (secret->isEmpty())
            return u"standard input held no password or token"_s;
        return {};
    }
    if (!envVar.isEmpty()) {
        if (!qEnvironmentVariableIsSet(envVar.toLocal8Bit().constData()))
            return u"the environment variable %1 is not set"_s.arg(envVar);
        *secret = qEnvironmentVariable(envVar.toLocal8Bit().constData());
        return {};
    }
    return {};
}

// Asks for the password on the terminal without echo.
QString promptPassword(const QString &prompt, QString *secret)
{
    QFile tty(u"/dev/tty"_s);
    if (!tty.open(QIODevice::ReadWrite))
        return u"a login needs a password: use --password-stdin or --password-env"_s;
    const int fd = tty.handle();
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    tty.write(prompt.toUtf8());
    tty.flush();
    QByteArray line = tty.readLine(64 * 1024);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *secret = QString::fromUtf8(line);
    return secret->isEmpty() ? u"no password was given"_s : QString();
}

} // namespace

QString readPassword(bool fromStdin, const QString &envVar, QString *secret)
{
    return readSecret(fromStdin, envVar, secret);
}

LoginOptions::LoginOptions()
    : user(u"user"_s,
           u"Log in as this user (the password is asked for, or read with --password-stdin / "
           "--password-env)."_s,
           u"U"_s)
    , passwordStdin(u"password-stdin"_s,
                    u"Read the password from the first line of standard input."_s)
    , passwordEnv(u"password-env"_s, u"Read the password from this environment variable."_s,
                  u"VAR"_s)
    , tokenStdin(u"token-stdin"_s,
                 u"Read an OAuth 2.0 token (XOAUTH2/OAUTHBEARER) from standard input."_s)
    , tokenEnv(u"token-env"_s, u"Read an OAuth 2.0 token from this environment variable."_s,
               u"VAR"_s)
    , auth(u"auth"_s,
           u"Use this SASL mechanism (default: the strongest offered): "_s +
               QString::fromLatin1(supportedMechanisms().join(", ")) + u'.',
           u"MECH"_s)
    , allowCleartext(u"allow-cleartext-auth"_s,
                     u"Send the password even without encryption (unsafe; the report warns)."_s)
    , allowUntrusted(u"allow-untrusted-auth"_s,
                     u"Send the password even if the certificate did not verify (unsafe; the "
                     "report warns)."_s)
{}

QList<QCommandLineOption> LoginOptions::options() const
{
    return {user,     passwordStdin, passwordEnv,    tokenStdin,
            tokenEnv, auth,          allowCleartext, allowUntrusted};
}

QString LoginOptions::secretInArguments(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == "--password"_L1 || a.startsWith("--password="_L1) || a == "--token"_L1 ||
            a.startsWith("--token="_L1))
            return u"a password or token is never taken as an argument (it would show in the "
                   "process list): use --password-stdin, --password-env, --token-stdin or "
                   "--token-env"_s;
    }
    return {};
}

QString LoginOptions::read(const QCommandLineParser &parser, CheckOptions &options) const
{
    options.allowCleartextAuth = parser.isSet(allowCleartext);
    options.allowUntrustedAuth = parser.isSet(allowUntrusted);
    const bool password = parser.isSet(passwordStdin) || parser.isSet(passwordEnv);
    const bool token = parser.isSet(tokenStdin) || parser.isSet(tokenEnv);
    if (parser.isSet(passwordStdin) && parser.isSet(tokenStdin))
        return u"standard input can carry a password or a token, not both"_s;
    if (parser.isSet(auth)) {
        const QByteArray mechanism = parser.value(auth).toUpper().toLatin1();
        if (!supportedMechanisms().contains(mechanism))
            return u"--auth must be one of %1"_s.arg(
                QString::fromLatin1(supportedMechanisms().join(", ")));
        if (isOAuthMechanism(mechanism) && !token)
            return u"--auth %1 needs a token: --token-stdin or --token-env"_s.arg(
                QString::fromLatin1(mechanism));
        if (!isOAuthMechanism(mechanism) && !password && token)
            return u"--auth %1 needs a password, not a token"_s.arg(QString::fromLatin1(mechanism));
        options.mechanism = mechanism;
    }
    if (!parser.isSet(user)) {
        if (password || token || parser.isSet(auth))
            return u"a password, token or --auth needs --user"_s;
        return {};
    }
    options.credentials.user = parser.value(user);
    if (options.credentials.user.isEmpty())
        return u"--user is empty"_s;
    QString why = readSecret(parser.isSet(passwordStdin), parser.value(passwordEnv),
                             &options.credentials.password);
    if (why.isEmpty())
        why = readSecret(parser.isSet(tokenStdin), parser.value(tokenEnv),
                         &options.credentials.token);
    if (!why.isEmpty())
        return why;
    if (!password && !token) {
        if (isatty(STDIN_FILENO) != 1)
            return u"a login needs a password: use --password-stdin or --password-env"_s;
        return promptPassword(
            u"Password for %1 at %2: "_s.arg(options.credentials.user, options.target.host),
            &options.credentials.password);
    }
    return {};
}

} // namespace Portolan::Cli
