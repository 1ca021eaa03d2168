#include "scriptedserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PortolanTest {

QString certificatePath(const QString &name)
{
    return QStringLiteral(PORTOLAN_TEST_CERTS_DIR) + u'/' + name + u".pem"_s;
}

QString keyPath(const QString &name)
{
    return QStringLiteral(PORTOLAN_TEST_CERTS_DIR) + u'/' + name + u".key"_s;
}

namespace {

QByteArray unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char c = in.at(++i);
        switch (c) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'x':
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

class ScriptRunner : public QObject
{
public:
    ScriptRunner(qintptr handle, const ScriptedServer::Script &script, QObject *parent)
        : QObject(parent)
        , m_socket(new QSslSocket(this))
        , m_steps(script.text.split(u'\n', Qt::SkipEmptyParts))
    {
        m_socket->setSocketDescriptor(handle);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // "NAME+MODIFIER+...": that certificate (NAME.pem may hold a chain), on a server with
        //   tls1        only TLS 1.0 (at OpenSSL security level 0)
        //   tls12       only TLS 1.2
        //   oldtls      TLS 1.0 to 1.3 (at OpenSSL security level 0)
        //   seclevel0   OpenSSL security level 0 (to serve a weak certificate)
        //   cipher:LIST that OpenSSL cipher list (TLS 1.2 and older), at security level 0
        const QStringList parts = script.certificate.split(u'+');
        const QString certificate = parts.value(0);
        QByteArray ciphers = "DEFAULT";
        bool seclevel0 = false;
        for (const QString &m : parts.mid(1)) {
            if (m == "tls1"_L1 || m == "tls12"_L1) {
                const QByteArray version = m == "tls1"_L1 ? "TLSv1" : "TLSv1.2";
                config.setProtocol(QSsl::AnyProtocol);
                config.setBackendConfigurationOption("MinProtocol", version);
                config.setBackendConfigurationOption("MaxProtocol", version);
                seclevel0 = seclevel0 || m == "tls1"_L1;
            } else if (m == "oldtls"_L1) {
                config.setProtocol(QSsl::AnyProtocol);
                config.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
                seclevel0 = true;
            } else if (m == "seclevel0"_L1) {
                seclevel0 = true;
            } else if (m.startsWith("cipher:"_L1)) {
                ciphers = m.mid(7).toLatin1();
                seclevel0 = true;
            } else {
                m_mismatches << u"unknown certificate modifier "_s + m;
            }
        }
        if (seclevel0)
            config.setBackendConfigurationOption("CipherString", ciphers + ":@SECLEVEL=0");
        QFile certFile(certificatePath(certificate));
        QFile keyFile(keyPath(certificate));
        if (certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly)) {
            config.setLocalCertificateChain(QSslCertificate::fromData(certFile.readAll()));
            const QByteArray key = keyFile.readAll();
            const QSslKey ec(key, QSsl::Ec);
            config.setPrivateKey(ec.isNull() ? QSslKey(key, QSsl::Rsa) : ec);
        } else {
            m_mismatches << u"cannot read certificate "_s + certificatePath(certificate);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(config);
        connect(m_socket, &QSslSocket::readyRead, this, &ScriptRunner::onReadyRead);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            m_waitingTls = false;
            step();
        });
        connect(m_socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &e) { m_socket->ignoreSslErrors(e); });
        if (script.mode == ScriptedServer::Mode::ImplicitTls) {
            m_waitingTls = true;
            m_socket->startServerEncryption();
        } else {
            QTimer::singleShot(0, this, &ScriptRunner::step);
        }
    }

    QStringList m_clientLines;
    QStringList m_mismatches;
    QList<QByteArray> m_messages;

private:
    void onReadyRead()
    {
        if (m_waitingBytes) {
            m_waitingBytes = false;
            m_socket->readAll();
            step();
            return;
        }
        m_buffer += m_socket->readAll();
        processLines();
    }

    void processLines()
    {
        while (m_readingMessage) {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0)
                return;
            const QByteArray line = m_buffer.left(eol + 1);
            m_buffer.remove(0, eol + 1);
            if (line == ".\r\n") {
                m_messages << m_message;
                m_message.clear();
                m_readingMessage = false;
                step();
                return;
            }
            m_message += line;
        }
        while (m_waitingLine) {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0)
                return;
            QString line = QString::fromUtf8(m_buffer.left(eol));
            m_buffer.remove(0, eol + 1);
            if (line.endsWith(u'\r'))
                line.chop(1);
            m_clientLines << line;
            m_waitingLine = false;
            if (!line.startsWith(m_expected, Qt::CaseInsensitive)) {
                m_mismatches
                    << u"step %1: expected a line starting with \"%2\", got \"%3\""_s.arg(m_pc).arg(
                           m_expected, line);
                m_socket->disconnectFromHost();
                return;
            }
            step();
        }
    }

    void step()
    {
        while (m_pc < m_steps.size()) {
            const QString s = m_steps.at(m_pc++);
            const QString arg = s.indexOf(u':') > 0 ? s.mid(s.indexOf(u':') + 1) : QString();
            const QString argTrimmed = arg.startsWith(u' ') ? arg.mid(1) : arg;
            if (s.startsWith("S:"_L1)) {
                m_socket->write(unescape(argTrimmed) + "\r\n");
            } else if (s.startsWith("R:"_L1)) {
                m_socket->write(unescape(argTrimmed));
            } else if (s.startsWith("C:"_L1)) {
                m_expected = argTrimmed;
                m_waitingLine = true;
                processLines();
                return;
            } else if (s.startsWith("W:"_L1)) {
                QTimer::singleShot(argTrimmed.toInt(), this, &ScriptRunner::step);
                return;
            } else if (s == "TLS"_L1) {
                m_waitingTls = true;
                m_buffer.clear();
                m_socket->startServerEncryption();
                return;
            } else if (s == "DATA"_L1) {
                m_readingMessage = true;
                processLines();
                return;
            } else if (s == "BYTES"_L1) {
                if (m_socket->bytesAvailable() > 0) {
                    m_socket->readAll();
                    continue;
                }
                m_waitingBytes = true;
                return;
            } else if (s.startsWith("FLOOD:"_L1)) {
                m_socket->write(QByteArray(argTrimmed.toInt(), 'A'));
            } else if (s.startsWith("REPEAT:"_L1)) {
                const int n = argTrimmed.section(u' ', 0, 0).toInt();
                const QByteArray line = unescape(argTrimmed.section(u' ', 1)) + "\r\n";
                QByteArray all;
                for (int i = 0; i < n; ++i)
                    all += line;
                m_socket->write(all);
            } else if (s == "X"_L1) {
                m_socket->disconnectFromHost();
                return;
            } else if (s == "RST"_L1) {
                m_socket->abort();
                return;
            } else {
                m_mismatches << u"bad script step: "_s + s;
                return;
            }
        }
    }

    QSslSocket *m_socket;
    QStringList m_steps;
    qsizetype m_pc = 0;
    QByteArray m_buffer;
    QString m_expected;
    bool m_waitingLine = false;
    bool m_readingMessage = false;
    QByteArray m_message;
    bool m_waitingTls = false;
    bool m_waitingBytes = false;
};

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{}

ScriptedServer::~ScriptedServer() = default;

void ScriptedServer::addScript(const QString &text, Mode mode, const QString &certificate)
{
    m_scripts << Script{text, mode, certificate};
}

quint16 ScriptedServer::start(const QString &address)
{
    if (!listen(QHostAddress(address), 0))
        return 0;
    return serverPort();
}

void ScriptedServer::incomingConnection(qintptr handle)
{
    const Script script =
        m_scripts.isEmpty() ? Script{} : m_scripts.at(qMin(m_runners.size(), m_scripts.size() - 1));
    m_runners << new ScriptRunner(handle, script, this);
}

QStringList ScriptedServer::clientLines() const
{
    QStringList all;
    for (const ScriptRunner *r : m_runners)
        all << r->m_clientLines;
    return all;
}

QList<QByteArray> ScriptedServer::messages() const
{
    QList<QByteArray> all;
    for (const ScriptRunner *r : m_runners)
        all << r->m_messages;
    return all;
}

QStringList ScriptedServer::mismatches() const
{
    QStringList all;
    for (const ScriptRunner *r : m_runners)
        all << r->m_mismatches;
    return all;
}

} // namespace PortolanTest
