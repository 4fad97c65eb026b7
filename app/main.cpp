#include "commandline.h"
#include "placeholderwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Command-line verbs need no display: they run on a core application.
    if (tce::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("token-cost-explorer"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TCE_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return tce::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("token-cost-explorer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Token Cost Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(TCE_VERSION));
    tce::PlaceholderWindow window;
    window.show();
    return QApplication::exec();
}
