// Issue 12 in the app, offscreen: no command-line flag in what the app shows (its controls are
// named instead) and no literal backtick; the transcript coloured by line kind on light and dark
// palettes; the route's labels name the ports checked; the timeline's words never cut.
#include "checkrun.h"
#include "detailspage.h"
#include "mainwindow.h"
#include "resultpage.h"
#include "routeview.h"
#include "settingsdialog.h"

#include "report/catalogue.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

Report reportOf(Protocol protocol, quint16 port, QList<Diagnosis> findings)
{
    Report r;
    r.target.host = u"mail.example.net"_s;
    r.target.port = port;
    r.target.protocol = protocol;
    r.effectiveSecurity = Security::StartTls;
    r.diagnoses = std::move(findings);
    concludeReport(r);
    return r;
}

PortAdvice adviceOf(const Report &r, quint16 standardPort, bool works)
{
    PortAdvice a;
    a.target.protocol = r.target.protocol;
    a.target.port = r.target.port;
    a.target.standardPort = standardPort;
    a.report = r;
    a.works = works;
    a.rank = works ? 1 : 0;
    a.reason = works ? u"works"_s : QString();
    return a;
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestGuiWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appShowsNoFlags();
    void transcriptColoured_data();
    void transcriptColoured();
    void routeNamesCheckedPorts();
    void timelineWordsWhole();
    void germanPortPhrases();
    void resultPageRoleNotChecked();
    void optionNamesAreOnScreen();
    void timelineNamesConnections();
    void resultPageNamesTheWorkingPort();
};

void TestGuiWords::appShowsNoFlags()
{
    // Every finding on the result page at once, as errors of one failing port per protocol: no
    // text the app shows names a command-line flag, a placeholder or HOST:PORT.
    QList<Diagnosis> all;
    for (const Code code : Catalogue::instance().codes()) {
        if (code != Code::Ok)
            all << Diagnosis{code, Severity::Error, {}, {}, u"evidence"_s, {}};
    }
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap}) {
        ScanReport scan;
        scan.host = u"mail.example.net"_s;
        scan.ports << adviceOf(reportOf(p, p == Protocol::Smtp ? 3587 : 3143, all),
                               p == Protocol::Smtp ? 587 : 143, false);
        ResultPage page;
        page.resize(900, 700);
        page.show(scan, CheckRequest{});
        QStringList texts;
        for (const QLabel *l : page.findChildren<QLabel *>())
            texts << l->text();
        for (const QAbstractButton *b : page.findChildren<QAbstractButton *>())
            texts << b->text();
        QVERIFY(texts.size() > 50);
        const QString joined = texts.join(u'\n');
        for (const QString &t : std::as_const(texts)) {
            QVERIFY2(!t.contains(u"--"_s), qPrintable(t));
            QVERIFY2(!t.contains(u"{opt:"_s) && !t.contains(u"{cli}"_s), qPrintable(t));
            QVERIFY2(!t.contains(u"HOST:PORT"_s), qPrintable(t));
            QVERIFY2(!t.contains(u'`'), qPrintable(t)); // code spans set in <code>
        }
        QVERIFY2(joined.contains(u"Advanced → Trusted CA file (or Portolan → Settings)"_s),
                 qPrintable(joined));
        QVERIFY(joined.contains(
            u"Advanced → Allow sending the password without encryption (or Portolan → Settings)"_s));
        QVERIFY(joined.contains(u"mail.example.net:%1"_s.arg(p == Protocol::Smtp ? 3587 : 3143)));
        if (p == Protocol::Imap) {
            QVERIFY(joined.contains(u"port 993 with SSL/TLS or port 143 with STARTTLS"_s));
            QVERIFY(!joined.contains(u"465"_s) || joined.contains(u"port 25"_s));
        }
    }
}

void TestGuiWords::transcriptColoured_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestGuiWords::transcriptColoured()
{
    // Issue 12 §5: the README says the transcript is coloured; it was not (the highlighter looked
    // for " C: " in lines that start with "C: ").
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    Report r = reportOf(Protocol::Smtp, 3587, {});
    using K = TranscriptEntry::Kind;
    r.transcript = {{K::Event, 0, u"connecting to 127.0.0.1:3587"_s},
                    {K::Server, 1, u"220 mail.test ESMTP"_s},
                    {K::Client, 2, u"EHLO [127.0.0.1]"_s},
                    {K::Server, 3, u"535 5.7.8 Authentication failed"_s},
                    {K::Client, 4, u"EHLO [127.0.0.1]"_s, u"TLSv1.2"_s}};
    ScanReport scan;
    scan.host = r.target.host;
    scan.ports << adviceOf(r, 587, false);
    DetailsPage page;
    page.show(scan, 0);
    const QTextDocument *doc = page.transcript()->document();
    QCOMPARE(doc->blockCount(), 5);
    auto colourOf = [doc](int block, int fragment = 0) {
        QTextBlock b = doc->findBlockByNumber(block);
        auto it = b.begin();
        for (int i = 0; i < fragment; ++i)
            ++it;
        return it.fragment().charFormat().foreground().color();
    };
    const QColor event = colourOf(0), server = colourOf(1), client = colourOf(2),
                 error = colourOf(3), section = colourOf(4, 0), sectionClient = colourOf(4, 1);
    const QList<QColor> distinct{event, server, client, error, section};
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        for (qsizetype j = i + 1; j < distinct.size(); ++j)
            QVERIFY2(distinct.at(i) != distinct.at(j), qPrintable(u"%1 %2"_s.arg(i).arg(j)));
        QVERIFY2(contrast(distinct.at(i), palette.color(QPalette::Base)) >= 3.0,
                 qPrintable(u"colour %1 on %2: %3"_s
                                .arg(distinct.at(i).name(), palette.color(QPalette::Base).name())
                                .arg(contrast(distinct.at(i), palette.color(QPalette::Base)))));
    }
    QCOMPARE(sectionClient, client);
    QCOMPARE(doc->findBlockByNumber(4).text(), u"[TLSv1.2] C: EHLO [127.0.0.1]"_s);
    // The same look from the typed data, for every protocol's refusals.
    QCOMPARE(DetailsPage::transcriptLook({K::Server, 0, u"a1 NO [AUTHENTICATIONFAILED]"_s},
                                         Protocol::Imap),
             TranscriptLook::Error);
    QCOMPARE(DetailsPage::transcriptLook({K::Server, 0, u"* OK ready"_s}, Protocol::Imap),
             TranscriptLook::Server);
    QCOMPARE(DetailsPage::transcriptLook({K::Server, 0, u"-ERR no"_s}, Protocol::Pop3),
             TranscriptLook::Error);
    QCOMPARE(DetailsPage::transcriptLook({K::Server, 0, u"NO \"nope\""_s}, Protocol::Sieve),
             TranscriptLook::Error);
    QCOMPARE(DetailsPage::transcriptLook({K::Server, 0, u"250 ok"_s}, Protocol::Smtp),
             TranscriptLook::Server);
    QApplication::setPalette(QPalette());
}

void TestGuiWords::routeNamesCheckedPorts()
{
    // Issue 12 §5: "Sending: 465 / 587" when port 3587 was checked.
    RouteView view;
    QCOMPARE(view.nodeTitle(u"submission"_s), u"Sending: 465 / 587"_s);
    QCOMPARE(view.nodeTitle(u"imap"_s), u"IMAP: 993 / 143"_s);
    ScanReport scan;
    scan.host = u"mail.example.net"_s;
    scan.ports << adviceOf(reportOf(Protocol::Smtp, 3587, {}), 587, true)
               << adviceOf(reportOf(Protocol::Smtp, 3465, {}), 465, true)
               << adviceOf(reportOf(Protocol::Imap, 3993, {}), 993, true);
    view.setScan(&scan);
    QCOMPARE(view.nodeTitle(u"submission"_s), u"Sending: 3587 / 3465"_s);
    QCOMPARE(view.nodeTitle(u"imap"_s), u"IMAP: 3993"_s);
    QCOMPARE(view.nodeTitle(u"pop3"_s), u"POP3: 995 / 110"_s); // not checked: the usual ones
    QCOMPARE(view.nodeTitle(u"mx"_s), u"Server to server: 25"_s);
}

void TestGuiWords::timelineWordsWhole()
{
    // Issue 12 §5: "6 ms — faile".
    TimelineView view;
    QList<PhaseRecord> phases;
    phases << PhaseRecord{PhaseId::Resolve, {}, 1, Security::None, 0, 1, true, {}}
           << PhaseRecord{PhaseId::Connect, {}, 1, Security::None, 1, 2, true, {}}
           << PhaseRecord{PhaseId::TlsHandshake,
                          {},
                          2,
                          Security::Tls,
                          3,
                          6,
                          false,
                          u"the server answered in plain text"_s}
           << PhaseRecord{
                  PhaseId::Auth, u"AUTHENTICATE"_s, 2, Security::Tls, 2000, 4000, false, {}};
    view.setPhases(phases);
    const QFontMetrics fm = view.fontMetrics();
    QCOMPARE(view.valueText(2), u"6 ms — failed"_s);
    for (const int width : {view.sizeHint().width(), view.minimumSizeHint().width(), 700}) {
        view.resize(width, view.sizeHint().height());
        for (int i = 0; i < int(phases.size()); ++i) {
            const QRect value = view.valueRect(i);
            QVERIFY2(value.width() >= fm.horizontalAdvance(view.valueText(i)),
                     qPrintable(u"width %1 row %2"_s.arg(width).arg(i)));
            QVERIFY2(value.right() <= view.width(),
                     qPrintable(u"width %1 row %2: %3 > %4"_s.arg(width)
                                    .arg(i)
                                    .arg(value.right())
                                    .arg(view.width())));
            QVERIFY(view.labelRect(i).right() < view.barRect(i).left());
        }
    }
    QVERIFY(view.minimumSizeHint().width() <= view.sizeHint().width());
    // At the sizeHint every name is whole; the tooltip has it whole at any width.
    view.resize(view.sizeHint());
    QVERIFY(view.labelRect(3).width() >= fm.horizontalAdvance(view.labelText(3)));
    view.resize(view.minimumSizeHint());
    const QRect row = view.labelRect(2);
    const QString tip = view.toolTipAt(row.center());
    QVERIFY2(tip.contains(view.labelText(2)) && tip.contains(u"6 ms — failed"_s) &&
                 tip.contains(u"the server answered in plain text"_s),
             qPrintable(tip));
}

void TestGuiWords::germanPortPhrases()
{
    // "Verwenden Sie port 465 with SSL/TLS or port 587 with STARTTLS": the phrases around the
    // port numbers are German in the app, English without a translator (the command line).
    const Catalogue &cat = Catalogue::instance();
    const TextContext smtp{Protocol::Smtp, u"mail.example.net"_s, 2587, Security::StartTls,
                           Audience::App};
    const TextContext any{std::nullopt, u"mail.example.net"_s, 0, Security::Auto, Audience::App};
    const QString english = cat.fill(u"{secureports}"_s, smtp, catalogueText);
    QCOMPARE(english, u"port 465 with SSL/TLS or port 587 with STARTTLS"_s);
    QTranslator german;
    QVERIFY(german.load(u":/portolan/translations/portolan_de.qm"_s));
    QApplication::installTranslator(&german);
    const QString secure = cat.fill(u"{secureports}"_s, smtp, catalogueText);
    const QString unknown =
        cat.fill(u"{secureports} {tlsport} {starttlsport} {protocol}"_s, any, catalogueText);
    const QString ports = cat.fill(u"{tlsport} {starttlsport}"_s, smtp, catalogueText);
    const QString command = cat.fill(u"{secureports}"_s, smtp); // no translation asked
    const std::optional<CatalogueEntry> e = cat.rendered(Code::AuthNotOffered, smtp, catalogueText);
    QApplication::removeTranslator(&german);
    QVERIFY2(!secure.contains(u"with SSL/TLS or port"_s), qPrintable(secure));
    QVERIFY2(secure.contains(u"465"_s) && secure.contains(u"587"_s), qPrintable(secure));
    QVERIFY2(!unknown.contains(u" or "_s) && !unknown.contains(u" for "_s), qPrintable(unknown));
    QVERIFY2(!ports.contains(u"port "_s), qPrintable(ports)); // "Port 465" in German
    QCOMPARE(command, english);
    QVERIFY(e);
    for (const QString &t : e->userFixes)
        QVERIFY2(!t.contains(u"with SSL/TLS or port"_s), qPrintable(t));
}

void TestGuiWords::resultPageRoleNotChecked()
{
    // A server check of sending ports only, none working: the page does not say that receiving
    // failed — receiving was not checked.
    const Diagnosis refused{Code::ConnectionRefused, Severity::Error, {}, {}, u"refused"_s, {}};
    ScanReport scan;
    scan.host = u"mail.example.net"_s;
    scan.ports << adviceOf(reportOf(Protocol::Smtp, 587, {refused}), 587, false)
               << adviceOf(reportOf(Protocol::Smtp, 465, {refused}), 465, false);
    CheckRequest request;
    request.kind = CheckRequest::Kind::Server;
    ResultPage page;
    page.resize(900, 700);
    page.show(scan, request);
    QStringList texts;
    for (const QLabel *l : page.findChildren<QLabel *>())
        texts << l->text();
    const QString joined = texts.join(u'\n');
    QVERIFY2(!joined.contains(u"sending or receiving"_s), qPrintable(joined));
    QVERIFY2(joined.contains(u"No port works for sending."_s), qPrintable(joined));
}

void TestGuiWords::optionNamesAreOnScreen()
{
    // The tester looked for a Settings menu: every control the findings name ("Advanced → Trusted
    // CA file (or Portolan → Settings)") is where its name says, in those words.
    QStandardPaths::setTestModeEnabled(true);
    auto words = [](QString t) {
        t.remove(u'&');
        while (t.endsWith(u':') || t.endsWith(u'…'))
            t.chop(1);
        return t.trimmed();
    };
    QStringList window, dialog;
    auto collect = [&](QWidget &top, QStringList &out) {
        for (const QLabel *l : top.findChildren<QLabel *>())
            out << words(l->text());
        for (const QAbstractButton *b : top.findChildren<QAbstractButton *>())
            out << words(b->text());
        for (const QGroupBox *g : top.findChildren<QGroupBox *>())
            out << words(g->title());
    };
    MainWindow w;
    collect(w, window);
    QStringList menus;
    for (const QAction *menu : w.menuBar()->actions()) {
        const QString title = words(menu->text());
        if (menu->menu()) {
            for (const QAction *a : menu->menu()->actions())
                menus << title + u" → "_s + words(a->text());
        }
    }
    SettingsDialog settings;
    collect(settings, dialog);
    const QStringList options = Catalogue::instance().appOptions();
    QVERIFY(options.contains(u"servername"_s) && options.contains(u"ca-file"_s));
    static const QRegularExpression path(u"^Advanced → (.+?)(?: \\(or (.+) → (.+)\\))?$"_s);
    for (const QString &option : options) {
        const QString name = Catalogue::instance().optionName(option, Audience::App);
        const QRegularExpressionMatch m = path.match(name);
        QVERIFY2(m.hasMatch(), qPrintable(name));
        QVERIFY2(window.contains(u"Advanced"_s), qPrintable(window.join(u'|')));
        QVERIFY2(window.contains(m.captured(1)), qPrintable(name));
        if (m.hasCaptured(2)) {
            QVERIFY2(menus.contains(m.captured(2) + u" → "_s + m.captured(3)),
                     qPrintable(name + u" in "_s + menus.join(u'|')));
            QVERIFY2(dialog.contains(m.captured(1)), qPrintable(name));
        }
    }
    // The certificate for another name: the form's option that fixes it when the check reached
    // the server by its IP address or another name.
    const TextContext app{Protocol::Imap, u"192.0.2.1"_s, 993, Security::Tls, Audience::App};
    QVERIFY(Catalogue::instance()
                .rendered(Code::CertHostnameMismatch, app)
                ->userFixes.join(u'\n')
                .contains(u"Advanced → Name on the certificate"_s));
}

void TestGuiWords::timelineNamesConnections()
{
    // "#2 Connection": which connection it is, in words.
    TimelineView view;
    QList<PhaseRecord> phases;
    phases << PhaseRecord{PhaseId::Connect, {}, 1, Security::StartTls, 0, 1, true, {}}
           << PhaseRecord{PhaseId::Connect, {}, 2, Security::Tls, 1, 2, true, {}}
           << PhaseRecord{PhaseId::TlsHandshake, {}, 2, Security::Tls, 3, 6, true, {}}
           << PhaseRecord{PhaseId::Connect, {}, 3, Security::Tls, 3, 6, true, {}}
           << PhaseRecord{PhaseId::TlsHandshake, {}, 12, Security::Tls, 3, 6, true, {}};
    view.setPhases(phases);
    QCOMPARE(view.labelText(0), u"Connection"_s);
    QCOMPARE(view.labelText(1), u"Second connection (SSL/TLS)"_s);
    QVERIFY2(view.labelText(2).startsWith(u"Second connection (SSL/TLS): "_s),
             qPrintable(view.labelText(2)));
    QCOMPARE(view.labelText(3), u"Test connection for TLS 1.0/1.1"_s);
    QVERIFY2(view.labelText(4).startsWith(u"Test for TLS 1.2: "_s), qPrintable(view.labelText(4)));
    for (int i = 0; i < int(phases.size()); ++i)
        QVERIFY2(!view.labelText(i).contains(u'#'), qPrintable(view.labelText(i)));
}

void TestGuiWords::resultPageNamesTheWorkingPort()
{
    // An admin check: SSL/TLS works on 56271, port 143 has no STARTTLS. The advice names 56271,
    // not the standard 993.
    const Diagnosis noStartTls{Code::StartTlsNotOffered, Severity::Error, {}, {}, {}, {}};
    Report tls = reportOf(Protocol::Imap, 56271, {});
    tls.effectiveSecurity = Security::Tls;
    ScanReport scan;
    scan.host = u"mail.example.net"_s;
    scan.ports << adviceOf(tls, 993, true)
               << adviceOf(reportOf(Protocol::Imap, 143, {noStartTls}), 143, false);
    CheckRequest request;
    request.kind = CheckRequest::Kind::Server;
    ResultPage page;
    page.resize(900, 700);
    page.show(scan, request);
    QStringList texts;
    for (const QLabel *l : page.findChildren<QLabel *>())
        texts << l->text();
    const QString joined = texts.join(u'\n');
    QVERIFY2(joined.contains(u"port 56271"_s), qPrintable(joined));
    QVERIFY2(!joined.contains(u"port 993"_s), qPrintable(joined));
}

QTEST_MAIN(TestGuiWords)
#include "tst_gui_words.moc"
