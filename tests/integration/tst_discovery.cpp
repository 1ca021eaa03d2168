// Discovery against real parts on loopback (tests/fixtures/discoverybed.sh, in a network namespace
// of its own made by tests/integration/discovery-netns.sh): NSD serving a signed and an unsigned
// zone on 127.0.0.1:53, nginx serving autoconfig and Autodiscover documents on :80 and :443,
// Postfix and Dovecot on the standard ports, a server that never answers. For each scenario
// domain `portolan-cli discover` runs as a user would (text, then --json); the test checks the
// exit code, the audit's codes, what each source said, the recommendation, who got the password,
// that the password reached no output, and validates the JSON against its schema.
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The timeout every run is given, and the bound the whole discovery must keep.
constexpr int TimeoutS = 5; // 3 s was too tight for the first login under ASan on a loaded machine
constexpr qint64 BoundMs = TimeoutS * 1500 + 1000;

struct Run
{
    int exitCode = -1;
    qint64 wallMs = 0;
    QByteArray jsonText;
    QJsonObject json;
    QString text; // the text run's output
    QString all;  // everything both runs printed

    [[nodiscard]] QStringList codes() const
    {
        QStringList out;
        for (const QJsonValue &d : json.value(u"diagnoses"_s).toArray())
            out << d.toObject().value(u"code"_s).toString();
        return out;
    }
    // Every status a source reported (a source can appear once per URL or name asked).
    [[nodiscard]] QStringList statuses(const QString &source) const
    {
        QStringList out;
        for (const QJsonValue &s : json.value(u"sources"_s).toArray()) {
            const QJsonObject o = s.toObject();
            if (o.value(u"source"_s).toString() == source)
                out << o.value(u"status"_s).toString();
        }
        return out;
    }
    [[nodiscard]] QJsonArray candidates() const { return json.value(u"candidates"_s).toArray(); }
    // "host:port:security" of the recommendation for a role, or "" for null.
    [[nodiscard]] QString recommended(const QString &role) const
    {
        const QJsonObject r = json.value(u"recommendation"_s).toObject().value(role).toObject();
        if (r.isEmpty())
            return {};
        return u"%1:%2:%3"_s.arg(r.value(u"server"_s).toString())
            .arg(r.value(u"port"_s).toInt())
            .arg(r.value(u"security"_s).toString());
    }
};

// The fields of a candidate: its server (nested or flat, as the writer puts it).
QJsonObject candidateServer(const QJsonObject &c)
{
    return c.contains(u"server"_s) && c.value(u"server"_s).isObject()
               ? c.value(u"server"_s).toObject()
               : c;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void wrongTlsModeIsCorrected();
    void unsignedSrvGetsNoPassword();
    void silentSourceIsBounded();
    void noProbeAsksOnlyTheSources();

private:
    [[nodiscard]] Run discover(const QString &address, const QStringList &extra = {}) const;
    void validate(const QByteArray &json) const;
    QHash<QString, QString> m_env;
};

void TestDiscovery::initTestCase()
{
    const QByteArray path = qgetenv("PORTOLAN_DISCOVERY_BED");
    QVERIFY2(!path.isEmpty(), "run me through tests/integration/discovery-netns.sh (ctest does)");
    QFile f(QString::fromLocal8Bit(path));
    QVERIFY2(f.open(QIODevice::ReadOnly), path.constData());
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    for (const char *key : {"DNS_SERVER", "TRUST_ANCHOR", "CA_FILE", "PASSWORD", "ISPDB_URL"})
        QVERIFY2(m_env.contains(QString::fromLatin1(key)), key);
}

Run TestDiscovery::discover(const QString &address, const QStringList &extra) const
{
    Run r;
    const QString secret = m_env.value(u"PASSWORD"_s);
    for (const bool json : {false, true}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTOLAN_TEST_PASSWORD"_s, secret);
        env.insert(u"NO_COLOR"_s, u"1"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"portolan.*=true"_s); // the debug log must not leak
        p.setProcessEnvironment(env);
        QStringList args{u"discover"_s,        address,
                         u"--dns-server"_s,    m_env.value(u"DNS_SERVER"_s),
                         u"--dnssec-anchor"_s, m_env.value(u"TRUST_ANCHOR"_s),
                         u"--ca-file"_s,       m_env.value(u"CA_FILE"_s),
                         u"--ispdb-url"_s,     m_env.value(u"ISPDB_URL"_s),
                         u"--timeout"_s,       QString::number(TimeoutS),
                         u"--password-env"_s,  u"PORTOLAN_TEST_PASSWORD"_s};
        args += extra;
        if (json)
            args << u"--json"_s;
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(PORTOLAN_CLI), args);
        if (!p.waitForFinished(60000))
            p.kill();
        const QByteArray out = p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        r.all += QString::fromUtf8(out) + err;
        if (json) {
            r.wallMs = clock.elapsed();
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            r.jsonText = out;
            r.json = QJsonDocument::fromJson(out).object();
        } else {
            r.text = QString::fromUtf8(out) + err;
        }
    }
    if (r.all.contains(secret) || r.all.contains(QString::fromLatin1(secret.toUtf8().toBase64())))
        qFatal("the password leaked into discover's output");
    return r;
}

void TestDiscovery::validate(const QByteArray &json) const
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s,
              u"import json, sys, jsonschema\n"
              "schema = json.load(open(sys.argv[1]))\n"
              "jsonschema.Draft202012Validator.check_schema(schema)\n"
              "jsonschema.Draft202012Validator(schema).validate(json.load(sys.stdin))\n"_s,
              QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/schema/discover.schema.json"_s});
    py.write(json);
    py.closeWriteChannel();
    QVERIFY(py.waitForFinished(30000));
    QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError())));
}

void TestDiscovery::scenarios_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("codes");    // must be among the diagnoses
    QTest::addColumn<QStringList>("notCodes"); // must not be
    QTest::addColumn<QStringList>("sources");  // "source=status": one of its entries has it;
                                               // "source!=found": none of its entries has it
    QTest::addColumn<QString>("receiving");    // host:port:security, "" = null, "*" = any
    QTest::addColumn<QString>("sending");
    QTest::addColumn<QStringList>("logins"); // "host=decision" for every candidate on host

    const QStringList none;
    const QString nothing;
    const QString any = u"*"_s;
    const QStringList clean{u"discovery-no-settings"_s,   u"discovery-sources-disagree"_s,
                            u"discovery-source-broken"_s, u"autoconfig-insecure"_s,
                            u"autoconfig-invalid"_s,      u"autoconfig-cert-invalid"_s};

    QTest::newRow("autoconfig only")
        << u"alice@ac.dtest"_s << 0 << none << clean
        << QStringList{u"autoconfig=found"_s, u"autoconfig-wellknown!=found"_s,
                       u"autoconfig-http!=found"_s, u"srv!=found"_s, u"guess!=found"_s}
        << u"imap.ac.dtest:993:tls"_s << u"smtp.ac.dtest:465:tls"_s
        << QStringList{u"imap.ac.dtest=sent"_s, u"smtp.ac.dtest=sent"_s};
    QTest::newRow(".well-known only")
        << u"alice@wk.dtest"_s << 0 << none << clean
        << QStringList{u"autoconfig-wellknown=found"_s, u"autoconfig!=found"_s,
                       u"autoconfig-http!=found"_s}
        << u"imap.wk.dtest:993:tls"_s << u"smtp.wk.dtest:587:starttls"_s
        << QStringList{u"imap.wk.dtest=sent"_s};
    QTest::newRow("SRV only, signed, with '.' targets")
        << u"alice@srv.dtest"_s << 0 << QStringList{u"srv-not-offered"_s} << clean
        << QStringList{u"srv=found"_s, u"autoconfig!=found"_s, u"guess!=found"_s}
        << u"imap.srv.dtest:993:tls"_s << any << QStringList{u"imap.srv.dtest=sent"_s};
    QTest::newRow("signed SRV naming hosts outside the domain")
        << u"alice@srvout.dtest"_s << 0 << none << clean << QStringList{u"srv=found"_s}
        << u"imap.hoster.dtest:993:tls"_s << u"smtp.hoster.dtest:465:tls"_s
        << QStringList{u"imap.hoster.dtest=sent"_s, u"smtp.hoster.dtest=sent"_s};
    QTest::newRow("sources disagree")
        << u"alice@disagree.dtest"_s << 0 << QStringList{u"discovery-sources-disagree"_s}
        << QStringList{u"discovery-no-settings"_s, u"discovery-source-broken"_s}
        << QStringList{u"autoconfig=found"_s, u"srv=found"_s} << any << any
        << QStringList{u"imap.disagree.dtest=sent"_s};
    QTest::newRow("a source names a refused port")
        << u"alice@refused.dtest"_s << 0 << QStringList{u"discovery-source-broken"_s}
        << QStringList{u"discovery-no-settings"_s}
        << QStringList{u"autoconfig=found"_s, u"srv=found"_s} << u"imap.refused.dtest:993:tls"_s
        << u"smtp.refused.dtest:465:tls"_s << none;
    // The source's STARTTLS fails; the same ports in SSL/TLS, checked on their own, are
    // recommended as its correction (wrongTlsModeIsCorrected looks closer).
    QTest::newRow("STARTTLS on implicit-TLS ports")
        << u"alice@wrongtls.dtest"_s << 0 << QStringList{u"discovery-source-broken"_s}
        << QStringList{u"discovery-no-settings"_s}
        << QStringList{u"autoconfig=found"_s, u"guess!=found"_s} << u"imap.wrongtls.dtest:993:tls"_s
        << u"smtp.wrongtls.dtest:465:tls"_s
        << QStringList{u"imap.wrongtls.dtest=sent"_s, u"smtp.wrongtls.dtest=sent"_s};
    QTest::newRow("autoconfig over http only")
        << u"alice@httponly.dtest"_s << 0
        << QStringList{u"autoconfig-insecure"_s, u"discovery-login-withheld"_s}
        << QStringList{u"discovery-no-settings"_s}
        << QStringList{u"autoconfig-http=found"_s, u"autoconfig!=found"_s}
        << u"imap.hoster.dtest:993:tls"_s << u"smtp.hoster.dtest:465:tls"_s
        << QStringList{u"imap.hoster.dtest=not-vouched"_s, u"smtp.hoster.dtest=not-vouched"_s};
    QTest::newRow("https autoconfig with a bad certificate")
        << u"alice@badcert.dtest"_s << 0 << QStringList{u"autoconfig-cert-invalid"_s}
        << QStringList{u"discovery-no-settings"_s}
        << QStringList{u"autoconfig=error"_s, u"guess=found"_s} << u"imap.badcert.dtest:993:tls"_s
        << u"smtp.badcert.dtest:465:tls"_s << QStringList{u"imap.badcert.dtest=sent"_s};
    QTest::newRow("found through MX")
        << u"alice@viamx.dtest"_s << 0 << QStringList{u"discovery-login-withheld"_s}
        << QStringList{u"discovery-no-settings"_s, u"autoconfig-invalid"_s,
                       u"discovery-sources-disagree"_s}
        << QStringList{u"mx-autoconfig=found"_s, u"autoconfig!=found"_s, u"guess!=found"_s}
        << u"imap.provider.dtest:993:tls"_s << u"smtp.provider.dtest:465:tls"_s
        << QStringList{u"imap.provider.dtest=not-vouched"_s};
    QTest::newRow("malformed XML")
        << u"alice@malformed.dtest"_s << 1
        << QStringList{u"autoconfig-invalid"_s, u"discovery-no-settings"_s} << none
        << QStringList{u"autoconfig!=found"_s} << nothing << nothing << none;
    QTest::newRow("oversized XML")
        << u"alice@big.dtest"_s << 1
        << QStringList{u"autoconfig-invalid"_s, u"discovery-no-settings"_s} << none
        << QStringList{u"autoconfig!=found"_s} << nothing << nothing << none;
    QTest::newRow("Autodiscover only")
        << u"alice@ad.dtest"_s << 0 << none << clean
        << QStringList{u"autodiscover=found"_s, u"autoconfig!=found"_s, u"guess!=found"_s}
        << u"imap.ad.dtest:993:tls"_s << u"smtp.ad.dtest:465:tls"_s
        << QStringList{u"imap.ad.dtest=sent"_s};
    QTest::newRow("a domain that does not exist")
        << u"alice@nx.dtest"_s << 1
        << QStringList{u"discovery-no-settings"_s, u"discovery-domain-not-found"_s} << none
        << QStringList{u"autoconfig!=found"_s,      u"autoconfig-wellknown!=found"_s,
                       u"autoconfig-http!=found"_s, u"ispdb!=found"_s,
                       u"mx-autoconfig!=found"_s,   u"srv!=found"_s,
                       u"autodiscover!=found"_s,    u"guess!=found"_s}
        << nothing << nothing << none;
    QTest::newRow("guessing") << u"alice@guess.dtest"_s << 0 << none
                              << QStringList{u"discovery-no-settings"_s}
                              << QStringList{u"guess=found"_s, u"autoconfig!=found"_s,
                                             u"srv!=found"_s}
                              << u"imap.guess.dtest:993:tls"_s << any
                              << QStringList{u"imap.guess.dtest=sent"_s};
    QTest::newRow("every source, agreeing")
        << u"alice@all.dtest"_s << 0 << none << clean
        << QStringList{u"autoconfig=found"_s,      u"autoconfig-wellknown=found"_s,
                       u"autoconfig-http=found"_s, u"ispdb=found"_s,
                       u"mx-autoconfig=found"_s,   u"srv=found"_s,
                       u"autodiscover=found"_s,    u"guess!=found"_s}
        << any << u"smtp.all.dtest:465:tls"_s
        << QStringList{u"imap.all.dtest=sent"_s, u"pop3.all.dtest=sent"_s};
}

void TestDiscovery::scenarios()
{
    QFETCH(QString, address);
    QFETCH(int, exitCode);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, notCodes);
    QFETCH(QStringList, sources);
    QFETCH(QString, receiving);
    QFETCH(QString, sending);
    QFETCH(QStringList, logins);

    const Run r = discover(address);
    const QString context = QString::fromUtf8(r.jsonText.left(6000)) + u"\n--- text:\n"_s + r.text;
    QVERIFY2(!r.json.isEmpty(), qPrintable(context));
    validate(r.jsonText);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.json.value(u"schema"_s).toString(), u"portolan.discover/1"_s);
    QCOMPARE(r.json.value(u"address"_s).toString(), address);
    QCOMPARE(r.json.value(u"domain"_s).toString(), address.section(u'@', 1));
    if (exitCode >= 0)
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1\n"_s.arg(r.exitCode) + context));
    // Exit 0 exactly when both roles have a working recommendation.
    QCOMPARE(r.exitCode == 0,
             !r.recommended(u"sending"_s).isEmpty() && !r.recommended(u"receiving"_s).isEmpty());

    const QStringList got = r.codes();
    for (const QString &c : codes)
        QVERIFY2(got.contains(c), qPrintable(c + u" missing from "_s + got.join(u", "_s)));
    for (const QString &c : notCodes)
        QVERIFY2(!got.contains(c), qPrintable(c + u" unexpected in "_s + got.join(u", "_s)));

    for (const QString &s : sources) {
        const bool negated = s.contains(u"!="_s);
        const QString name = s.section(negated ? u"!="_s : u"="_s, 0, 0);
        const QString status = s.section(negated ? u"!="_s : u"="_s, 1);
        const QStringList st = r.statuses(name);
        if (negated)
            QVERIFY2(!st.contains(status), qPrintable(s + u": "_s + st.join(u","_s)));
        else
            QVERIFY2(st.contains(status),
                     qPrintable(s + u": "_s + st.join(u","_s) + u"\n"_s + context));
    }
    // Every source's servers have the documented shape.
    for (const QJsonValue &s : r.json.value(u"sources"_s).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(u"status"_s).toString() == u"found"_s)
            QVERIFY(!o.value(u"servers"_s).toArray().isEmpty());
    }

    for (const auto &[role, want] :
         {std::pair{u"receiving"_s, receiving}, std::pair{u"sending"_s, sending}}) {
        const QString have = r.recommended(role);
        if (want == u"*"_s)
            continue;
        QVERIFY2(have == want,
                 qPrintable(role + u": "_s + have + u" != "_s + want + u"\n"_s + context));
    }
    // The recommendation also heads the text output (the first two lines are the settings).
    if (!r.recommended(u"receiving"_s).isEmpty()) {
        const QString host = r.recommended(u"receiving"_s).section(u':', 0, 0);
        QVERIFY2(r.text.section(u'\n', 0, 1).contains(host), qPrintable(r.text));
    }

    for (const QString &l : logins) {
        const QString host = l.section(u'=', 0, 0);
        const QString decision = l.section(u'=', 1);
        int seen = 0;
        for (const QJsonValue &c : r.candidates()) {
            const QJsonObject o = c.toObject();
            if (candidateServer(o).value(u"host"_s).toString() != host)
                continue;
            ++seen;
            QVERIFY2(o.value(u"login"_s).toString() == decision,
                     qPrintable(host + u": "_s + o.value(u"login"_s).toString()));
        }
        QVERIFY2(seen > 0, qPrintable(u"no candidate on "_s + host));
    }

    // Never the MX of lower preference's settings (viamx: mx.other.dtest is preference 20).
    for (const QJsonValue &c : r.candidates())
        QVERIFY(
            !candidateServer(c.toObject()).value(u"host"_s).toString().endsWith(u"other.dtest"_s));

    QVERIFY2(r.json.value(u"elapsedMs"_s).toInteger() <= BoundMs,
             qPrintable(u"elapsedMs %1"_s.arg(r.json.value(u"elapsedMs"_s).toInteger())));
}

void TestDiscovery::wrongTlsModeIsCorrected()
{
    // wrongtls.dtest's autoconfig says STARTTLS for 993 and 465: the corrected settings (SSL/TLS)
    // are recommended, marked as corrected from the autoconfig, and published.
    const Run r = discover(u"alice@wrongtls.dtest"_s);
    validate(r.jsonText);
    if (QTest::currentTestFailed())
        return;
    const QString context = QString::fromUtf8(r.jsonText.left(8000)) + u"\n--- text:\n"_s + r.text;
    QVERIFY2(r.exitCode == 0, qPrintable(context));
    for (const QString &role : {u"receiving"_s, u"sending"_s}) {
        const QJsonObject rec = r.json.value(u"recommendation"_s).toObject().value(role).toObject();
        QCOMPARE(rec.value(u"security"_s).toString(), u"tls"_s);
        QCOMPARE(rec.value(u"sources"_s).toArray(), QJsonArray{u"autoconfig"_s});
        const QJsonObject from = rec.value(u"correctedFrom"_s).toObject();
        QCOMPARE(from.value(u"security"_s).toString(), u"starttls"_s);
        QCOMPARE(from.value(u"port"_s).toInt(), rec.value(u"port"_s).toInt());
    }
    // Both the named (failing) and the corrected (working, logged in) candidate are there.
    int named = 0;
    int corrected = 0;
    for (const QJsonValue &v : r.candidates()) {
        const QJsonObject c = v.toObject();
        if (c.value(u"correctedFrom"_s).isObject()) {
            ++corrected;
            QCOMPARE(c.value(u"security"_s).toString(), u"tls"_s);
            QVERIFY(c.value(u"works"_s).toBool());
            QCOMPARE(c.value(u"login"_s).toString(), u"sent"_s);
            QVERIFY(c.value(u"report"_s)
                        .toObject()
                        .value(u"auth"_s)
                        .toObject()
                        .value(u"authenticated"_s)
                        .toBool());
        } else {
            ++named;
            QCOMPARE(c.value(u"security"_s).toString(), u"starttls"_s);
            QVERIFY(!c.value(u"works"_s).toBool(true));
        }
    }
    QCOMPARE(named, 2);
    QCOMPARE(corrected, 2);
    // The audit says what is wrong in the document, for each port.
    QStringList said;
    for (const QJsonValue &v : r.json.value(u"diagnoses"_s).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(u"code"_s).toString() == u"discovery-source-broken"_s)
            said << d.value(u"evidence"_s).toString();
    }
    QCOMPARE(said.size(), 2);
    for (const QString &port : {u"993"_s, u"465"_s}) {
        QVERIFY2(std::any_of(said.cbegin(), said.cend(),
                             [&port](const QString &e) {
                                 return e.startsWith(u"autoconfig says STARTTLS for port "_s +
                                                     port) &&
                                        e.contains(u"the port speaks SSL/TLS"_s);
                             }),
                 qPrintable(said.join(u'\n')));
    }
    // Thunderbird takes the published setting and fails; the correction is named beside it.
    const QJsonObject tb = r.json.value(u"clients"_s).toArray().at(0).toObject();
    QCOMPARE(tb.value(u"client"_s).toString(), u"thunderbird"_s);
    QVERIFY(!tb.value(u"receivingWorks"_s).toBool(true));
    QCOMPARE(tb.value(u"receivingCorrected"_s).toObject().value(u"security"_s).toString(),
             u"tls"_s);
    QCOMPARE(tb.value(u"sendingCorrected"_s).toObject().value(u"port"_s).toInt(), 465);
    // What to publish: SSL on both ports, and the implicit-TLS SRV records.
    const QJsonObject publish = r.json.value(u"publish"_s).toObject();
    const QString xml = publish.value(u"autoconfigXml"_s).toString();
    QVERIFY2(xml.contains(u"<socketType>SSL</socketType>"_s) && !xml.contains(u"STARTTLS"_s),
             qPrintable(xml));
    QVERIFY(xml.contains(u"<port>993</port>"_s) && xml.contains(u"<port>465</port>"_s));
    const QStringList srv = publish.value(u"srvRecords"_s).toVariant().toStringList();
    QVERIFY2(
        srv.contains(u"_imaps._tcp.wrongtls.dtest. 3600 IN SRV 0 1 993 imap.wrongtls.dtest."_s),
        qPrintable(srv.join(u'\n')));
    QVERIFY(srv.contains(
        u"_submissions._tcp.wrongtls.dtest. 3600 IN SRV 0 1 465 smtp.wrongtls.dtest."_s));
    // The text says it too.
    QVERIFY2(r.text.section(u'\n', 0, 1).contains(u"corrected"_s), qPrintable(r.text));
    QVERIFY2(r.json.value(u"elapsedMs"_s).toInteger() <= BoundMs,
             qPrintable(u"elapsedMs %1"_s.arg(r.json.value(u"elapsedMs"_s).toInteger())));
}

void TestDiscovery::unsignedSrvGetsNoPassword()
{
    // The same hosts through unsigned SRV records: no source the domain vouches for names them,
    // so the checks run without a login (nobody to ask: no terminal), and say why.
    const Run r = discover(u"alice@srv.utest"_s);
    validate(r.jsonText);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(r.statuses(u"srv"_s).contains(u"found"_s));
    int seen = 0;
    for (const QJsonValue &c : r.candidates()) {
        const QJsonObject o = c.toObject();
        const QString host = candidateServer(o).value(u"host"_s).toString();
        if (!host.endsWith(u"hoster.dtest"_s))
            continue;
        ++seen;
        QCOMPARE(o.value(u"login"_s).toString(), u"not-vouched"_s);
        // The check itself did not authenticate.
        const QJsonObject check = o.value(u"report"_s).toObject();
        for (const QJsonValue &phase : check.value(u"phases"_s).toArray()) {
            const QJsonObject p = phase.toObject();
            if (p.value(u"phaseId"_s).toString() == u"auth"_s)
                QVERIFY2(p.value(u"outcome"_s).toString() != u"ok"_s,
                         qPrintable(QString::fromUtf8(QJsonDocument(p).toJson())));
        }
    }
    QVERIFY2(seen >= 2, qPrintable(QString::fromUtf8(r.jsonText.left(4000))));
    // The servers' own logs: no login as alice@srv.utest reached Dovecot or Postfix, while the
    // signed twin's (srvout.dtest, the same hosts) did.
    QVERIFY(discover(u"alice@srvout.dtest"_s).exitCode == 0);
    QString logs;
    for (const char *name : {"dovecot.log", "postfix.log"}) {
        QFile f(m_env.value(u"MAIL_LOG_DIR"_s) + u'/' + QLatin1String(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        logs += QString::fromUtf8(f.readAll());
    }
    QVERIFY2(logs.contains(u"user=<alice@srvout.dtest>"_s), qPrintable(logs.right(3000)));
    QVERIFY2(!logs.contains(u"alice@srv.utest"_s), qPrintable(logs.right(3000)));
}

void TestDiscovery::silentSourceIsBounded()
{
    // autoconfig., the domain itself (.well-known) and autodiscover. accept and never answer:
    // the discovery is still decided within 1.5 x timeout + 1 s, with the SRV's settings.
    const Run r = discover(u"alice@hang.dtest"_s);
    validate(r.jsonText);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.statuses(u"srv"_s).contains(u"found"_s));
    QVERIFY(r.statuses(u"autoconfig"_s).contains(u"error"_s));
    const qint64 elapsed = r.json.value(u"elapsedMs"_s).toInteger();
    QVERIFY2(elapsed > 0 && elapsed <= BoundMs, qPrintable(u"elapsedMs %1"_s.arg(elapsed)));
    // The process as a whole too (start-up and exit included, a little slack for them).
    QVERIFY2(r.wallMs <= BoundMs + 1000, qPrintable(u"wall %1 ms"_s.arg(r.wallMs)));
    QCOMPARE(r.recommended(u"receiving"_s), u"imap.hang.dtest:993:tls"_s);
}

void TestDiscovery::noProbeAsksOnlyTheSources()
{
    const Run r = discover(u"alice@all.dtest"_s, {u"--no-probe"_s});
    validate(r.jsonText);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(r.statuses(u"autoconfig"_s).contains(u"found"_s));
    for (const QJsonValue &c : r.candidates())
        QVERIFY(!c.toObject().value(u"probed"_s).toBool(true));
    // Nothing verified to work: no recommendation, exit 1.
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
