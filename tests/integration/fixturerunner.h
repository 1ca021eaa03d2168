#pragma once
// The mailserver fixture's facts and a way to run portolan-cli against it as a user would:
// once with --transcript, once with --json; the whole output is searched for the password.
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace PortolanTest {

using namespace Qt::StringLiterals;

struct Fixture
{
    QHash<QString, QString> env;
    bool load()
    {
        QFile f(QStringLiteral(PORTOLAN_MAILSERVER_STATE) + u"/fixture.env"_s);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return env.contains(u"SUBMISSION_PORT"_s);
    }
    QString operator[](const QString &key) const { return env.value(key); }
};

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString all; // stdout and stderr of the text run and the JSON run
    QStringList codes() const
    {
        QStringList out;
        for (const QJsonValue &d : json.value(u"diagnoses"_s).toArray())
            out << d.toObject().value(u"code"_s).toString();
        return out;
    }
};

inline Run runCli(const Fixture &fx, const QStringList &args, const QString &password = {})
{
    Run r;
    const QString secret = password.isEmpty() ? fx[u"PASSWORD"_s] : password;
    for (const bool json : {false, true}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTOLAN_TEST_PASSWORD"_s, secret);
        env.insert(u"NO_COLOR"_s, u"1"_s);
        env.insert(u"QT_LOGGING_RULES"_s,
                   u"portolan.*=true"_s); // the debug log must not leak either
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PORTOLAN_CLI),
                QStringList{u"check"_s} + args +
                    QStringList{json ? u"--json"_s : u"--transcript"_s});
        if (!p.waitForFinished(60000))
            p.kill();
        const QByteArray out = p.readAllStandardOutput();
        r.all += QString::fromUtf8(out) + QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitCode();
        if (json)
            r.json = QJsonDocument::fromJson(out).object();
    }
    const QByteArray s = secret.toUtf8();
    for (const QByteArray &form :
         {s, s.toBase64(), (QByteArray(1, '\0') + fx[u"USER"_s].toUtf8() + '\0' + s).toBase64()}) {
        if (r.all.contains(QString::fromUtf8(form)))
            qFatal("the password leaked into the output");
    }
    return r;
}

} // namespace PortolanTest
