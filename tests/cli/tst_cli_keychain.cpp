// The monitor's config file names a password by the system keychain: the entry the desktop app
// saves ("user on host", service Portolan). Run inside a private Secret Service (keychain.sh).
#include "scriptedserver.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using PortolanTest::ScriptedServer;

class TestCliKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordFromKeychain();
};

void TestCliKeychain::passwordFromKeychain()
{
    const QString password = u"Keych4in-Secret-q"_s;
    {
        QKeychain::WritePasswordJob job(u"Portolan"_s);
        job.setAutoDelete(false);
        job.setKey(u"monitor@test on 127.0.0.1"_s);
        job.setTextData(password);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY2(job.error() == QKeychain::NoError, qPrintable(job.errorString()));
    }
    const QByteArray blob = QByteArray("\0monitor@test\0", 14) + password.toUtf8();
    ScriptedServer server;
    server.addScript(u"S: 220 mail.test ESMTP\nC: EHLO\nS: 250-mail.test\nS: 250 AUTH PLAIN\n"
                     "C: AUTH PLAIN %1\nS: 235 ok\nC: QUIT\nS: 221 bye\nX\n"_s.arg(
                         QString::fromLatin1(blob.toBase64())));
    const quint16 port = server.start();
    QVERIFY(port);
    QTemporaryDir dir;
    auto run = [&](const QString &user) {
        QFile config(dir.filePath(u"monitor.json"_s));
        if (!config.open(QIODevice::WriteOnly))
            return -1;
        config.write(uR"({"targets": [{"target": "smtp://127.0.0.1:%1", "security": "none",
            "user": "%2", "passwordKeychain": true, "allowCleartextAuth": true,
            "auth": "PLAIN"}]})"_s.arg(port)
                         .arg(user)
                         .toUtf8());
        config.close();
        QProcess p;
        p.start(QStringLiteral(PORTOLAN_CLI),
                {u"monitor"_s, u"--config"_s, config.fileName(), u"--for"_s, u"1s"_s, u"--db"_s,
                 dir.filePath(u"h.sqlite"_s)});
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(30000))
            return -1;
        qInfo().noquote() << QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QCOMPARE(run(u"monitor@test"_s), 0);
    QVERIFY2(server.mismatches().isEmpty(), qPrintable(server.mismatches().join(u'\n')));
    QVERIFY(server.clientLines().join(u'\n').contains(QString::fromLatin1(blob.toBase64())));
    // No entry for this user: a usage error before anything runs.
    QCOMPARE(run(u"nobody@test"_s), 2);
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
