// `token-cost-explorer export-lesson`: the real program, run without a display, renders every
// built-in lesson as a PDF of one page per step, as PNG and SVG files of the asked size, and as an
// A4 handout of two steps a page; bad options exit 2 naming the value. Page counts and sizes are
// read back with poppler's pdfinfo (poppler-utils), the numbers expected from the lesson file.
#include "apptheme.h"
#include "chartregistry.h"
#include "chartview.h"
#include "exportlessoncommand.h"
#include "languages.h"
#include "lesson.h"
#include "lessonslide.h"
#include "programrun.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>

#include <cmath>

using namespace tce;
using tce::test::optionsIn;
using tce::test::runProgram;

namespace {

// A poppler tool's output (pdfinfo, pdffonts, pdftotext); empty when it failed.
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdfinfo's "Pages:" and "Page size:" (in points).
struct PdfInfo
{
    int pages = -1;
    QSizeF pointSize;
};

PdfInfo pdfInfo(const QString &path)
{
    const QString text = poppler(QStringLiteral("pdfinfo"), {path});
    PdfInfo info;
    const auto pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(text);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    const auto size = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption)
                          .match(text);
    if (size.hasMatch())
        info.pointSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

// The lessons as the repository holds them: the counts the exports must match.
QList<Lesson> lessonsFile()
{
    const auto lessons =
        loadLessons(QStringLiteral(TCE_SOURCE_DIR "/resources/lessons/lessons.json"));
    if (!lessons)
        qFatal("%s", qPrintable(lessons.error()));
    return lessons.value();
}

// Text to compare with what pdftotext reads back: without the line breaks of wrapping, and
// with ligatures ("ﬁ") as their letters.
QString withoutSpaces(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The share of pixels that differ from the top left corner's (the slide's background).
double drawnShare(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int drawn = 0;
    int total = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5) {
            drawn += image.pixel(x, y) != background;
            ++total;
        }
    }
    return double(drawn) / total;
}

} // namespace

class TestExportLesson : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfHasAPagePerStepWithFontsEmbedded_data();
    void pdfHasAPagePerStepWithFontsEmbedded();
    void pngsHaveTheAskedSizeAFilePerStep_data();
    void pngsHaveTheAskedSizeAFilePerStep();
    void svgsHaveTheAskedSize();
    void handoutHasTwoStepsAnA4Page_data();
    void handoutHasTwoStepsAnA4Page();
    void handoutPrintsPresenterNotesSlidesDoNot();
    void slidesSpeakTheLanguageAsked_data();
    void slidesSpeakTheLanguageAsked();
    void aLessonsFileGivesItsFirstLessonOrTheOneNamed();
    void aStepsPinnedScenarioIsOnItsSlide();
    void theWindowsExportIsBlackOnWhiteInAnyTheme();
    void badOptionsExitWithTwoNamingTheValue_data();
    void badOptionsExitWithTwoNamingTheValue();
    void aFailedWriteExitsWithOneNamingThePath();
    void helpListsExactlyWhatTheCommandAccepts();
    void readmeSynopsisIsAccepted();

private:
    void requirePoppler();
    QTemporaryDir m_dir;
    QString m_missingPoppler;
};

void TestExportLesson::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // poppler-utils (pdfinfo, pdffonts, pdftotext) read the PDFs back; toolchain.md lists it.
    for (const char *tool : {"pdfinfo", "pdffonts", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            m_missingPoppler += QString::fromLatin1(tool) + QLatin1Char(' ');
    }
}

void TestExportLesson::requirePoppler()
{
    if (!m_missingPoppler.isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1not found: install poppler-utils to read the PDFs back")
                             .arg(m_missingPoppler)));
}

void TestExportLesson::pdfHasAPagePerStepWithFontsEmbedded_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("steps");
    for (const Lesson &lesson : lessonsFile())
        QTest::newRow(qPrintable(lesson.id)) << lesson.id << int(lesson.steps.size());
}

void TestExportLesson::pdfHasAPagePerStepWithFontsEmbedded()
{
    QFETCH(QString, lesson);
    QFETCH(int, steps);
    requirePoppler();
    const QString path = m_dir.filePath(lesson + QStringLiteral(".pdf"));
    const Run r =
        runProgram({"export-lesson", "--lesson", lesson, "--format", "pdf", "--out", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QFileInfo(path).absoluteFilePath());
    const PdfInfo info = pdfInfo(path);
    QCOMPARE(info.pages, steps);
    // 1920x1080 by default: 13.33 x 7.5 inches, a widescreen slide's page (16:9).
    QCOMPARE(info.pointSize, QSizeF(960, 540));
    // Every font is embedded: the column "emb" says yes on each font's row.
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts) {
        const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(font));
    }
}

void TestExportLesson::pngsHaveTheAskedSizeAFilePerStep_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("charts");
    for (const Lesson &lesson : lessonsFile()) {
        QStringList charts;
        for (const LessonStep &step : lesson.steps)
            charts << step.chart;
        QTest::newRow(qPrintable(lesson.id)) << lesson.id << charts;
    }
}

void TestExportLesson::pngsHaveTheAskedSizeAFilePerStep()
{
    QFETCH(QString, lesson);
    QFETCH(QStringList, charts);
    const QString folder = m_dir.filePath(lesson + QStringLiteral("-png"));
    // An odd size: the files have exactly the pixels asked for.
    const QSize size(1001, 563);
    const Run r = runProgram({"export-lesson", "--lesson", lesson, "--format", "png", "--size",
                              "1001x563", "--out", folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList expected;
    for (qsizetype i = 0; i < charts.size(); ++i)
        expected << QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(charts[i]);
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), charts.size());
    for (const QString &name : expected) {
        const QImage image(QDir(folder).filePath(name));
        QCOMPARE(image.size(), size);
        // Drawn: more than the background.
        QVERIFY2(drawnShare(image) > 0.02, qPrintable(name));
    }
}

void TestExportLesson::svgsHaveTheAskedSize()
{
    const Lesson lesson = lessonsFile().first();
    const QString folder = m_dir.filePath(QStringLiteral("svg"));
    const Run r = runProgram({"export-lesson", "--lesson", lesson.id, "--format", "svg", "--size",
                              "1280x720", "--out", folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.svg")}, QDir::Files);
    QCOMPARE(files.size(), lesson.steps.size());
    for (const QString &name : files) {
        QSvgRenderer svg(QDir(folder).filePath(name));
        QVERIFY2(svg.isValid(), qPrintable(name));
        QCOMPARE(svg.viewBox(), QRect(0, 0, 1280, 720));
    }
}

void TestExportLesson::handoutHasTwoStepsAnA4Page_data()
{
    pdfHasAPagePerStepWithFontsEmbedded_data();
}

void TestExportLesson::handoutHasTwoStepsAnA4Page()
{
    QFETCH(QString, lesson);
    QFETCH(int, steps);
    requirePoppler();
    const QString path = m_dir.filePath(lesson + QStringLiteral("-handout.pdf"));
    const Run r = runProgram({"export-lesson", "--lesson", lesson, "--handout", "--out", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const PdfInfo info = pdfInfo(path);
    QCOMPARE(info.pages, (steps + 1) / 2);
    // A4 portrait: 210 x 297 mm.
    QVERIFY2(std::abs(info.pointSize.width() - 595.3) < 1 &&
                 std::abs(info.pointSize.height() - 841.9) < 1,
             qPrintable(QStringLiteral("%1 x %2 pts")
                            .arg(info.pointSize.width())
                            .arg(info.pointSize.height())));
    // Each step on its page: the first of a page's two, by its caption.
    const QList<Lesson> lessons = lessonsFile();
    const auto it = std::find_if(lessons.begin(), lessons.end(),
                                 [&](const Lesson &l) { return l.id == lesson; });
    QVERIFY(it != lessons.end());
    for (int step = 0; step < steps; ++step) {
        const QString page = QString::number(step / 2 + 1);
        const QString text =
            poppler(QStringLiteral("pdftotext"), {"-f", page, "-l", page, path, "-"});
        QVERIFY2(withoutSpaces(text).contains(withoutSpaces(it->steps[step].caption.english)),
                 qPrintable(QStringLiteral("step %1 not on page %2").arg(step + 1).arg(page)));
    }
}

// The notes a teacher wrote in the lesson editor go on the handout, never on the slides.
void TestExportLesson::handoutPrintsPresenterNotesSlidesDoNot()
{
    requirePoppler();
    const QString file = m_dir.filePath(QStringLiteral("notes.tce-lesson.json"));
    QFile lesson(file);
    QVERIFY(lesson.open(QIODevice::WriteOnly));
    lesson.write(R"({"schema": "token-cost-explorer/lessons", "version": 1, "lessons": [
      {"id": "notes", "title": "Notes", "steps": [
        {"chart": "batch", "scenario": {"batch": 1}, "caption": "One at a time.",
         "notes": "Ask the class Zebraquestion first."},
        {"chart": "batch", "scenario": {"batch": 64}, "caption": "Sixty-four at once."}]}]})");
    lesson.close();
    const QString handout = m_dir.filePath(QStringLiteral("notes-handout.pdf"));
    Run r = runProgram({"export-lesson", "--lesson", file, "--handout", "--out", handout});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString handoutText = poppler(QStringLiteral("pdftotext"), {handout, "-"});
    QVERIFY2(withoutSpaces(handoutText).contains(QStringLiteral("Zebraquestion")),
             qPrintable(handoutText));
    QCOMPARE(handoutText.count(QStringLiteral("Zebraquestion")), 1); // step 2 has none
    const QString slides = m_dir.filePath(QStringLiteral("notes-slides.pdf"));
    r = runProgram({"export-lesson", "--lesson", file, "--format", "pdf", "--out", slides});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString slidesText = poppler(QStringLiteral("pdftotext"), {slides, "-"});
    QVERIFY(withoutSpaces(slidesText).contains(QStringLiteral("Sixty-fouratonce.")));
    QVERIFY(!slidesText.contains(QStringLiteral("Zebraquestion")));
}

void TestExportLesson::slidesSpeakTheLanguageAsked_data()
{
    QTest::addColumn<QString>("language");
    for (const Language &language : availableLanguages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

// Each page holds its step's caption, chart title and position in the language asked for, as
// the window's translators give them.
void TestExportLesson::slidesSpeakTheLanguageAsked()
{
    QFETCH(QString, language);
    requirePoppler();
    const Lesson lesson = lessonsFile().first();
    const QString path = m_dir.filePath(QStringLiteral("lesson-%1.pdf").arg(language));
    const Run r = runProgram({"export-lesson", "--lesson", lesson.id, "--format", "pdf",
                              "--language", language, "--out", path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(applyLanguage(language), language);
    int translatedCaptions = 0;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep &step = lesson.steps[i];
        const QString page = QString::number(i + 1);
        const QString text = withoutSpaces(
            poppler(QStringLiteral("pdftotext"), {"-f", page, "-l", page, path, "-"}));
        const QString caption =
            QCoreApplication::translate("Lesson", step.caption.english.toUtf8().constData());
        translatedCaptions += caption != step.caption.english;
        const QString position = QCoreApplication::translate("tce::LessonExport", "Step %1 of %2")
                                     .arg(i + 1)
                                     .arg(lesson.steps.size());
        for (const QString &expected :
             {caption, findChart(step.chart)->translatedTitle(), position})
            QVERIFY2(text.contains(withoutSpaces(expected)),
                     qPrintable(QStringLiteral("page %1 lacks \"%2\"").arg(page, expected)));
    }
    if (language != QLatin1String("en"))
        QVERIFY2(translatedCaptions > 0, "no caption was translated");
    applyLanguage(QStringLiteral("en"));
}

// A step with a pinned scenario shows its A on the slide as the window shows it (dashed, named
// "A: ..."); a pinned scenario that cannot be built is an error naming the step.
void TestExportLesson::aStepsPinnedScenarioIsOnItsSlide()
{
    Lesson lesson;
    lesson.id = QStringLiteral("ab");
    LessonStep step;
    step.chart = QStringLiteral("per-token");
    step.scenario.changes.inputTokens = 2048;
    step.pinned = LessonScenario{};
    step.pinned->changes.inputTokens = 4096;
    lesson.steps << step;
    MixWorkloads workloads;
    auto slide = prepareLessonSlide(Catalog::builtIn(), lesson, 0, false, workloads);
    QVERIFY2(slide, qPrintable(slide.error()));
    slide->chart->renderNow();
    QStringList pinned;
    for (int i = 0; i < slide->chart->plot()->graphCount(); ++i) {
        const QCPGraph *g = slide->chart->plot()->graph(i);
        if (g->visible() && g->name().startsWith(QStringLiteral("A: ")))
            pinned << g->name();
    }
    QVERIFY2(pinned.contains(QStringLiteral("A: Prompt tokens: one parallel prefill run")),
             qPrintable(pinned.join(QStringLiteral("; "))));

    lesson.steps[0].pinned->changes.modelId = QStringLiteral("nosuch");
    const auto bad = prepareLessonSlide(Catalog::builtIn(), lesson, 0, false, workloads);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("lesson \"ab\" step 1: pinned: ")) &&
                 bad.error().contains(QStringLiteral("nosuch")),
             qPrintable(bad.error()));
}

void TestExportLesson::aLessonsFileGivesItsFirstLessonOrTheOneNamed()
{
    requirePoppler();
    // The built-in file itself: several lessons.
    const QList<Lesson> lessons = lessonsFile();
    QVERIFY(lessons.size() >= 2);
    const QString file = QStringLiteral(TCE_SOURCE_DIR "/resources/lessons/lessons.json");
    const QString first = m_dir.filePath(QStringLiteral("file-first.pdf"));
    Run r = runProgram({"export-lesson", "--lesson", file, "--format", "pdf", "--out", first});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pdfInfo(first).pages, int(lessons.first().steps.size()));
    const Lesson &last = lessons.last();
    const QString named = m_dir.filePath(QStringLiteral("file-named.pdf"));
    r = runProgram({"export-lesson", "--lesson", file + QLatin1Char('#') + last.id, "--format",
                    "pdf", "--out", named});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pdfInfo(named).pages, int(last.steps.size()));
}

// File > Export lesson calls exportLesson in the window's process: its slides and handouts
// have presentation mode's colours whatever the window's theme.
void TestExportLesson::theWindowsExportIsBlackOnWhiteInAnyTheme()
{
    requirePoppler();
    applyTheme(AppTheme::Dark);
    const Lesson lesson = lessonsFile().first();
    LessonExportOptions options;
    options.format = ExportFormat::Png;
    options.pixelSize = QSize(480, 270);
    const QString folder = m_dir.filePath(QStringLiteral("window"));
    const auto images = exportLesson(lesson, options, folder);
    QVERIFY2(images.ok(), qPrintable(images.error()));
    QCOMPARE(images->size(), lesson.steps.size());
    for (const QString &file : images.value()) {
        const QImage image(file);
        QCOMPARE(image.size(), options.pixelSize);
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white));
    }
    options.handout = true;
    const QString handout = m_dir.filePath(QStringLiteral("window-handout.pdf"));
    const auto pdf = exportLesson(lesson, options, handout);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(pdfInfo(handout).pages, int(lesson.steps.size() + 1) / 2);
    applyTheme(AppTheme::System);
}

void TestExportLesson::badOptionsExitWithTwoNamingTheValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    const QString lesson = lessonsFile().first().id;
    auto row = [&](const char *name, QStringList args, const QString &named) {
        QTest::newRow(name) << (QStringList{"export-lesson"} + args) << named;
    };
    row("unknown lesson", {"--lesson", "no-such-lesson", "--format", "pdf", "--out", out},
        "\"no-such-lesson\"");
    row("unknown format", {"--lesson", lesson, "--format", "gif", "--out", out}, "\"gif\"");
    row("a chart export's format", {"--lesson", lesson, "--format", "csv", "--out", out},
        "\"csv\"");
    row("size too small",
        {"--lesson", lesson, "--format", "png", "--size", "239x1080", "--out", out},
        "\"239x1080\"");
    row("size too large",
        {"--lesson", lesson, "--format", "png", "--size", "1920x20001", "--out", out},
        "\"1920x20001\"");
    row("not a size", {"--lesson", lesson, "--format", "png", "--size", "big", "--out", out},
        "\"big\"");
    row("unknown language",
        {"--lesson", lesson, "--format", "pdf", "--language", "xx", "--out", out}, "\"xx\"");
    row("handout as PNG", {"--lesson", lesson, "--handout", "--format", "png", "--out", out},
        "\"png\"");
    row("no lesson", {"--format", "pdf", "--out", out}, "--lesson is missing");
    row("no format", {"--lesson", lesson, "--out", out}, "--format is missing");
    row("no out", {"--lesson", lesson, "--format", "pdf"}, "--out is missing");
    row("a folder as the PDF", {"--lesson", lesson, "--format", "pdf", "--out", m_dir.path()},
        m_dir.path());
    const QString lessonsFile = QStringLiteral(TCE_SOURCE_DIR "/resources/lessons/lessons.json");
    row("a file as the PNG folder", {"--lesson", lesson, "--format", "png", "--out", lessonsFile},
        lessonsFile);
    row("unknown lesson in a file",
        {"--lesson", lessonsFile + "#no-such-lesson", "--format", "pdf", "--out", out},
        "\"no-such-lesson\"");
}

void TestExportLesson::badOptionsExitWithTwoNamingTheValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run r = runProgram(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    // The message is a line of its own, after any Qt warning (QStandardPaths says so when
    // XDG_RUNTIME_DIR is unset, as on CI).
    const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &line) {
                             return line.startsWith("token-cost-explorer export-lesson: ") &&
                                    line.contains(named);
                         }),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestExportLesson::aFailedWriteExitsWithOneNamingThePath()
{
    // Below a regular file nothing can be made, not even by root.
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString lesson = lessonsFile().first().id;
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("png")}) {
        const QString out = file + QStringLiteral("/slides.") + format;
        const Run r =
            runProgram({"export-lesson", "--lesson", lesson, "--format", format, "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
    }
    // A lesson a file gets wrong (a chart no one has) is bad input, named with its step.
    const QString bad = m_dir.filePath(QStringLiteral("bad.tce-lesson.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(R"({"lessons": [{"id": "mine", "title": "Mine", "steps": [
        {"chart": "per-token", "caption": "One."},
        {"chart": "pie", "caption": "Two."}]}]})");
    b.close();
    const Run r = runProgram({"export-lesson", "--lesson", bad, "--format", "pdf", "--out",
                              m_dir.filePath(QStringLiteral("mine.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("lesson \"mine\" step 2") && r.err.contains("\"pie\""),
             qPrintable(r.err));
}

void TestExportLesson::helpListsExactlyWhatTheCommandAccepts()
{
    const Run help = runProgram({"export-lesson", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: token-cost-explorer export-lesson"));
    const QStringList options = optionsIn(help.out);
    for (const char *option :
         {"--lesson", "--format", "--size", "--language", "--handout", "--out", "--help"})
        QVERIFY2(options.contains(option), option);
    for (const QString &option : options + QStringList{"--no-such-option"}) {
        const Run r = runProgram({"export-lesson", option, "1"});
        QCOMPARE(r.err.contains("unknown option"), option == QLatin1String("--no-such-option"));
    }
    const Run overall = runProgram({"help"});
    QVERIFY2(overall.out.contains("token-cost-explorer export-lesson\n"), qPrintable(overall.out));
}

void TestExportLesson::readmeSynopsisIsAccepted()
{
    QFile readme(QStringLiteral(TCE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf("\n## Command line\n");
    const qsizetype begin = text.indexOf("```sh\n", section);
    const qsizetype end = text.indexOf("```", begin + 6);
    QVERIFY(section >= 0 && begin > 0 && end > begin);
    QStringList options;
    QString command;
    for (const QString &line : text.mid(begin + 6, end - begin - 6).split('\n')) {
        if (line.startsWith("token-cost-explorer "))
            command = line.section(' ', 1, 1);
        if (command == QLatin1String("export-lesson"))
            options << optionsIn(line);
    }
    QVERIFY(options.contains("--handout"));
    for (const QString &option : options) {
        const Run r = runProgram({"export-lesson", option, "1"});
        QVERIFY2(!r.err.contains("unknown option"), qPrintable(option + ": " + r.err));
    }
}

TCE_TEST_MAIN(TestExportLesson)
#include "tst_exportlesson.moc"
