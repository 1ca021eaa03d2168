// portolan: the desktop app. Everything is in ui/ (portolan_ui); this only starts it.
#include "icons.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Portolan"));
    QApplication::setOrganizationName(QStringLiteral("Portolan"));
    QApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.portolan.Portolan"));
    QApplication::setWindowIcon(Portolan::appIcon());

    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    QTranslator ours;
    if (ours.load(QLocale(), QStringLiteral("portolan"), QStringLiteral("_"),
                  QStringLiteral(":/portolan/translations")))
        QApplication::installTranslator(&ours);

    Portolan::MainWindow window;
    window.show();
    // For tests/bench/bench_startup.py: the time until the window is shown and the event loop
    // is idle, then quit.
    if (qEnvironmentVariableIsSet("PORTOLAN_STARTUP_PROBE")) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("interactive after %lld ms\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
