#include "exportactions.h"

#include "chartview.h"
#include "exportdialog.h"
#include "exportlessoncommand.h"
#include "lesson.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>

namespace tce {

// The texts' translation context (the functions are free functions).
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(tce::ExportActions)
};

Status exportCharts(const QList<ChartView *> &charts, const ExportOptions &options,
                    const QString &path, bool allCharts)
{
    if (allCharts && !QDir().mkpath(path))
        return Status::failure(
            ExportActions::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    for (ChartView *chart : allCharts ? charts : charts.mid(0, 1)) {
        const QString file = allCharts ? QDir(path).filePath(chart->chartId() + QLatin1Char('.') +
                                                             exportFormatName(options.format))
                                       : path;
        const Status exported = exportChart(*chart, options, file);
        if (!exported)
            return Status::failure(ExportActions::tr("Could not export “%1”.\n\n%2")
                                       .arg(chart->title(), exported.error()));
    }
    return {};
}

QString exportWithDialog(ChartView *current, const QList<ChartView *> &all, QWidget *parent)
{
    if (!current)
        return ExportActions::tr("Choose a chart to export or copy");
    const QString folder =
        settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    ExportDialog dialog(current->title(), current->size(),
                        QDir(folder).filePath(current->chartId() + QStringLiteral(".png")), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const bool allCharts = dialog.allCharts();
    const Status exported = exportCharts(allCharts ? all : QList<ChartView *>{current},
                                         dialog.options(), dialog.path(), allCharts);
    if (!exported) {
        QMessageBox::warning(parent, ExportActions::tr("Export"), exported.error());
        return {};
    }
    settings::setLastFolder(allCharts ? QFileInfo(dialog.path()).absoluteFilePath()
                                      : QFileInfo(dialog.path()).absolutePath());
    return ExportActions::tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path()));
}

QString copyToClipboard(ChartView *current)
{
    if (!current)
        return ExportActions::tr("Choose a chart to export or copy");
    ExportOptions options;
    options.pixelSize = current->size() * current->devicePixelRatio();
    options.dpi = 96 * current->devicePixelRatio();
    options.caption = false;
    QApplication::clipboard()->setImage(renderChartImage(*current, options));
    return ExportActions::tr("Copied “%1” to the clipboard").arg(current->title());
}

QString exportLessonWithDialog(const Lesson &lesson, QWidget *parent)
{
    const QString folder =
        settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    const QString slides = ExportActions::tr("PDF slides, a page per step (*.pdf)");
    const QString handout =
        ExportActions::tr("PDF handout, A4 with two steps and their notes a page (*.pdf)");
    const QString png = ExportActions::tr("PNG images, one per step, into a folder of this name");
    const QString svg = ExportActions::tr("SVG drawings, one per step, into a folder of this name");
    QString chosen = slides;
    QString path = QFileDialog::getSaveFileName(
        parent, ExportActions::tr("Export lesson"),
        QDir(folder).filePath(lesson.id + QStringLiteral(".pdf")),
        QStringList{slides, handout, png, svg}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return {};
    LessonExportOptions options;
    options.handout = chosen == handout;
    if (chosen == png || chosen == svg) {
        options.format = chosen == png ? ExportFormat::Png : ExportFormat::Svg;
        // "lesson.pdf" suggested, PNG chosen: the folder "lesson".
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path.chop(4);
    }
    const auto written = exportLesson(lesson, options, path);
    if (!written) {
        QMessageBox::warning(parent, ExportActions::tr("Export lesson"), written.error());
        return {};
    }
    settings::setLastFolder(QFileInfo(path).absolutePath());
    if (written->size() > 1)
        return ExportActions::tr("Exported %1 files to %2")
            .arg(written->size())
            .arg(QDir::toNativeSeparators(path));
    return ExportActions::tr("Exported %1").arg(QDir::toNativeSeparators(path));
}

} // namespace tce
