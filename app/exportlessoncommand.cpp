#include "exportlessoncommand.h"

#include "chartview.h"
#include "commandline.h"
#include "jsonfile.h"
#include "languages.h"
#include "lesson.h"
#include "lessoncheck.h"
#include "lessonslide.h"
#include "optionreader.h"
#include "translatedtexts.h"
#include "userprofiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace tce {

namespace {

// The charts of a lesson's steps, ready to draw, and what each slide says.
struct LessonSlides
{
    std::vector<std::unique_ptr<ChartView>> charts;
    QList<Slide> slides;
    QString title;
};

Status prepareSlides(const Lesson &lesson, bool handout, LessonSlides &prepared)
{
    MixWorkloads workloads;
    prepared.title = shownLessonText(lesson.title);
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        auto step = prepareLessonSlide(installedCatalog(), lesson, i, handout, workloads);
        if (!step)
            return Status::failure(step.error());
        prepared.slides.append(step->slide);
        prepared.charts.push_back(std::move(step->chart));
    }
    return {};
}

// 01-per-token.png: the step's number (as many digits as the last one needs, at least two)
// and its chart.
QString slideFileName(qsizetype index, qsizetype count, const QString &chart, ExportFormat format)
{
    const int digits = std::max(2, int(QString::number(count).size()));
    return QStringLiteral("%1-%2.%3")
        .arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(chart, exportFormatName(format));
}

struct LessonRequest
{
    QString lesson;
    std::optional<ExportFormat> format;
    QSize pixelSize{1920, 1080};
    QString language = QStringLiteral("en");
    bool handout = false;
    QString out;
};

const QStringList kSlideFormats{QStringLiteral("pdf"), QStringLiteral("png"),
                                QStringLiteral("svg")};

QStringList builtInLessonIds()
{
    QStringList ids;
    for (const Lesson &lesson : builtInLessons())
        ids << lesson.id;
    return ids;
}

QStringList languageCodes()
{
    QStringList codes;
    for (const Language &language : availableLanguages())
        codes << language.code;
    return codes;
}

Status readSlideSize(LessonRequest &request, const QString &text)
{
    const auto match = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(text);
    if (!match.hasMatch())
        return Status::failure(
            QStringLiteral("\"%1\" is not WIDTHxHEIGHT (like 1920x1080)").arg(text));
    auto inRange = [](const QString &digits) {
        bool ok = false;
        const qlonglong pixels = digits.toLongLong(&ok);
        return ok && pixels >= kMinSlidePixels && pixels <= kMaxExportPixels;
    };
    if (!inRange(match.captured(1)) || !inRange(match.captured(2)))
        return Status::failure(
            QStringLiteral("\"%1\" is out of range; expected %2 to %3 pixels each way")
                .arg(text)
                .arg(kMinSlidePixels)
                .arg(kMaxExportPixels));
    request.pixelSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return {};
}

OptionReader exportLessonReader(LessonRequest &request)
{
    OptionReader reader(QStringLiteral("export-lesson"),
                        QStringLiteral("--lesson ID|FILE[#ID] --format pdf|png|svg --out PATH "
                                       "[options]"),
                        commandSummary(QStringLiteral("export-lesson")) +
                            QStringLiteral(" Each step is drawn as presentation mode shows it, "
                                           "with its caption and annotation, and a footer naming "
                                           "the scenario and the step."));
    reader.addSection(QStringLiteral("Options:"));
    reader.add(Option::text(QStringLiteral("--lesson"), QStringLiteral("ID|FILE[#ID]"),
                            QStringLiteral("a built-in lesson (%1), or a lessons file in their "
                                           "format: its first lesson, or the one named after #")
                                .arg(builtInLessonIds().join(QStringLiteral(", "))),
                            [&request](const QString &value) {
                                request.lesson = value;
                                return Status();
                            }));
    reader.add(Option::text(
        QStringLiteral("--format"), kSlideFormats.join(QLatin1Char('|')),
        QStringLiteral("PDF: one page per step; PNG, SVG: one file per step in the folder --out "
                       "(required, except with --handout)"),
        [&request](const QString &name) {
            if (!kSlideFormats.contains(name.toLower()))
                return Status::failure(QStringLiteral("\"%1\" is not a format; expected %2")
                                           .arg(name, kSlideFormats.join(QStringLiteral(", "))));
            request.format = exportFormatFromName(name);
            return Status();
        }));
    reader.add(
        Option::text(QStringLiteral("--size"), QStringLiteral("WxH"),
                     QStringLiteral("a slide's pixels (%1 to %2 each way), also the shape "
                                    "of the PDF's pages; default 1920x1080 (pages of 13.33 "
                                    "x 7.5 inches)")
                         .arg(kMinSlidePixels)
                         .arg(kMaxExportPixels),
                     [&request](const QString &text) { return readSlideSize(request, text); }));
    reader.add(Option::choice(QStringLiteral("--language"), QStringLiteral("L"),
                              QStringLiteral("captions and charts in this language (default en)"),
                              languageCodes(),
                              [&request](const QString &code) { request.language = code; }));
    reader.add(Option::flag(QStringLiteral("--handout"),
                            QStringLiteral("a PDF handout instead: A4 portrait, two steps a page "
                                           "(chart, caption and scenario each)"),
                            [&request] { request.handout = true; }));
    reader.add(Option::path(QStringLiteral("--out"), QStringLiteral("PATH"),
                            QStringLiteral("the PDF file, or the folder for PNG and SVG "
                                           "(01-<chart>.png, ...; required)"),
                            [&request](const QString &path) { request.out = path; }));
    reader.addNote(QStringLiteral("A lessons file holds {\"lessons\": [...]} as "
                                  "resources/lessons/lessons.json does. Captions and annotations "
                                  "of the built-in lessons are translated; a file's are shown as "
                                  "written."));
    return reader;
}

// What parsing cannot check: the options every export needs, and how they combine.
Status checkRequest(LessonRequest &request)
{
    if (request.lesson.isEmpty())
        return Status::failure(QStringLiteral("--lesson is missing; expected a lessons file or "
                                              "one of %1")
                                   .arg(builtInLessonIds().join(QStringLiteral(", "))));
    if (request.handout && request.format && *request.format != ExportFormat::Pdf)
        return Status::failure(QStringLiteral("--format: \"%1\" cannot be a handout; --handout "
                                              "writes a PDF")
                                   .arg(exportFormatName(*request.format)));
    if (request.handout)
        request.format = ExportFormat::Pdf;
    if (!request.format)
        return Status::failure(QStringLiteral("--format is missing; expected %1")
                                   .arg(kSlideFormats.join(QStringLiteral(", "))));
    if (request.out.isEmpty())
        return Status::failure(QStringLiteral("--out is missing"));
    const QFileInfo out(request.out);
    if (*request.format == ExportFormat::Pdf && out.isDir())
        return Status::failure(
            QStringLiteral("--out: \"%1\" is a folder; expected the PDF file to write")
                .arg(request.out));
    if (*request.format != ExportFormat::Pdf && out.exists() && !out.isDir())
        return Status::failure(
            QStringLiteral("--out: \"%1\" is a file; expected the folder for the %2 files")
                .arg(request.out, exportFormatName(*request.format).toUpper()));
    return {};
}

// A built-in lesson by its id, else a lessons file's first lesson or the one after '#'.
Result<Lesson> findLesson(const QString &value)
{
    using R = Result<Lesson>;
    for (const Lesson &lesson : builtInLessons()) {
        if (lesson.id == value)
            return lesson;
    }
    const LessonReference reference = parseLessonReference(value);
    const QString file = reference.file.isEmpty() ? value : reference.file;
    const QString &id = reference.id;
    if (!QFileInfo(file).isFile())
        return R::failure(QStringLiteral("--lesson: \"%1\" is neither a built-in lesson (%2) nor "
                                         "a lessons file")
                              .arg(value, builtInLessonIds().join(QStringLiteral(", "))));
    const auto loaded = loadLessons(file);
    if (!loaded)
        return R::failure(QStringLiteral("--lesson: ") + loaded.error());
    if (id.isEmpty())
        return loaded->first();
    QStringList ids;
    for (const Lesson &lesson : loaded.value()) {
        if (lesson.id == id)
            return lesson;
        ids << lesson.id;
    }
    return R::failure(QStringLiteral("--lesson: %1 has no lesson \"%2\"; its lessons: %3")
                          .arg(file, id, ids.join(QStringLiteral(", "))));
}

} // namespace

Result<QStringList> exportLesson(const Lesson &lesson, const LessonExportOptions &options,
                                 const QString &path)
{
    using R = Result<QStringList>;
    LessonSlides prepared;
    if (const Status ready = prepareSlides(lesson, options.handout, prepared); !ready)
        return R::failure(ready.error());
    if (options.handout || options.format == ExportFormat::Pdf) {
        ExportOptions page;
        page.format = ExportFormat::Pdf;
        page.pixelSize = options.pixelSize;
        page.dpi = slideDpiFor(options.pixelSize);
        const auto bytes = options.handout ? renderHandoutPdf(prepared.slides, prepared.title)
                                           : renderSlidesPdf(prepared.slides, page, prepared.title);
        if (!bytes)
            return R::failure(bytes.error());
        if (const Status written = writeExportFile(path, bytes.value()); !written)
            return R::failure(written.error());
        return QStringList{QFileInfo(path).absoluteFilePath()};
    }
    if (!QDir().mkpath(path))
        return R::failure(
            LessonExport::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
    ExportOptions image;
    image.format = options.format;
    image.pixelSize = options.pixelSize;
    image.dpi = slideDpiFor(options.pixelSize);
    QStringList written;
    for (qsizetype i = 0; i < prepared.slides.size(); ++i) {
        const Slide &slide = prepared.slides[i];
        const QString file = QDir(path).filePath(
            slideFileName(i, prepared.slides.size(), slide.chart->chartId(), options.format));
        const auto bytes = renderSlideFile(slide, image);
        if (!bytes)
            return R::failure(bytes.error());
        if (const Status saved = writeExportFile(file, bytes.value()); !saved)
            return R::failure(saved.error());
        written << QFileInfo(file).absoluteFilePath();
    }
    return written;
}

int runExportLessonCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    LessonRequest request;
    const OptionReader reader = exportLessonReader(request);
    if (const auto exitCode = reader.start(arguments, out, err))
        return *exitCode;
    if (const Status complete = checkRequest(request); !complete)
        return reader.fail(err, complete.error());
    const auto lesson = findLesson(request.lesson);
    if (!lesson)
        return reader.fail(err, lesson.error());
    // The window's check of an opened lesson file: charts, their options, mixes, scenarios.
    if (const Status valid = checkLessons(installedCatalog(), {lesson.value()},
                                          displayNameOf(parseLessonReference(request.lesson).file));
        !valid)
        return reader.fail(err, valid.error());

    // The language before any chart is made: charts take their texts when they are built.
    applyLanguage(request.language);
    LessonExportOptions options;
    options.format = *request.format;
    options.pixelSize = request.pixelSize;
    options.handout = request.handout;
    const auto written = exportLesson(lesson.value(), options, request.out);
    if (!written)
        return reader.fail(err, written.error(), kExitFailed);
    for (const QString &file : written.value())
        out << file << "\n";
    return 0;
}

} // namespace tce
