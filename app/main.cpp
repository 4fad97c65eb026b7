#include "apptheme.h"
#include "catalog.h"
#include "charttheme.h"
#include "commandline.h"
#include "documentcontroller.h"
#include "exportcommand.h"
#include "languages.h"
#include "lesson.h"
#include "lessoncontroller.h"
#include "lessoneditor.h"
#include "lessonlibrary.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "settings.h"
#include "userprofiles.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("TokenCostExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("token-cost-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TCE_VERSION));

    // Command-line verbs need no display: they run on a core application, and so does the
    // refusal of an unknown one (a first argument that is neither a command nor a file).
    // (Chart commands need the widgets and come below.)
    const bool chartCommand = tce::isChartCommand(arguments);
    if (!chartCommand && tce::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return tce::runCommandLine(arguments, out, err);
    }

    // Charts render without a display: offscreen, unless the user chose a platform.
    if (chartCommand && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Token Cost Explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/token-cost-explorer.svg")));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.tokencostexplorer.TokenCostExplorer"));
    QApplication::setStyle(QStringLiteral("Fusion")); // the same look, light or dark, everywhere
    tce::theme::useResolvedFontFamily();

    if (chartCommand) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return tce::runChartCommand(arguments, out, err);
    }
    tce::applyLanguage(tce::settings::language());
    tce::applyTheme(tce::themeFromKey(tce::settings::theme()));
    tce::MainWindow window(tce::installedCatalog());
    window.show();
    // After a crash, the scenario a dead instance autosaved comes back first; then a file
    // named on the command line (the desktop file passes one) opens on top of it.
    window.documents()->offerRestore();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lesson")) {
            ++i;
            continue;
        }
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            window.openFile(arguments[i]);
            break;
        }
    }
    // --lesson ID|FILE[#ID] opens a lesson (a lesson file's first, or the one named after #);
    // --present starts in presentation mode (at its first lesson when none is named);
    // --presenter adds the presenter view for this run (and implies --present).
    const qsizetype lessonOption = arguments.indexOf(QStringLiteral("--lesson"));
    if (lessonOption >= 0) {
        const QString value = arguments.value(lessonOption + 1);
        const tce::LessonReference reference = tce::parseLessonReference(value);
        QString id = reference.id;
        if (!reference.file.isEmpty()) {
            if (const tce::Status opened = window.lessonEditor()->open(reference.file); !opened) {
                QTextStream(stderr) << "token-cost-explorer: --lesson: " << opened.error() << "\n";
                return 2;
            }
            if (id.isEmpty())
                id = window.lessonLibrary()->lesson(window.lessons()->lessonIndex())->id;
        }
        const QList<tce::Lesson> &lessons = window.lessonLibrary()->lessons();
        // The last of that id: a lesson file opened now comes after the built-in ones.
        const auto it = std::find_if(lessons.rbegin(), lessons.rend(),
                                     [&](const tce::Lesson &l) { return l.id == id; });
        if (it == lessons.rend()) {
            QTextStream(stderr) << "token-cost-explorer: --lesson: unknown lesson \"" << id
                                << "\"\n";
            return 2;
        }
        window.lessons()->showStep(int(lessons.rend() - it) - 1, 0);
    }
    const bool presenter = arguments.contains(QStringLiteral("--presenter"));
    if (presenter)
        window.presentation()->setPresenterEnabled(true, false);
    if (presenter || arguments.contains(QStringLiteral("--present")))
        window.enterPresentation();
    return QApplication::exec();
}
