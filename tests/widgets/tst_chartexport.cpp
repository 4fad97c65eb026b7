#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "charttheme.h"
#include "chartview.h"
#include "costreport.h"
#include "curves.h"
#include "evaluation.h"
#include "scenariobuilder.h"
#include "testsupport.h"
#include "workload.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace tce;

namespace {

std::shared_ptr<const Evaluation> defaultEvaluation()
{
    WorkloadSettings workload;
    workload.workload =
        std::make_shared<const Workload>(sampleMix(*Catalog::builtIn().findMix("chat"), 2000));
    return Evaluation::build(defaultServingScenario(Catalog::builtIn()), workload,
                             Catalog::builtIn());
}

std::unique_ptr<ChartView> chartFor(const QString &id)
{
    auto chart = createChart(id);
    chart->resize(1280, 720);
    chart->setEvaluation(defaultEvaluation());
    return chart;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pixels that differ from the top-left (background) colour, sampled on a grid.
int inkedSamples(const QImage &image, int fromY = 0)
{
    const QRgb background = image.pixel(0, 0);
    int inked = 0;
    for (int y = fromY; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixel(x, y) != background;
    return inked;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { theme::useResolvedFontFamily(); } // as main() does
    void rasterFormatsHaveTheRequestedSize_data();
    void rasterFormatsHaveTheRequestedSize();
    void svgIsValidAndNamesARealFont();
    void pdfIsOnePageOfTheRightSize();
    void csvHoldsTheModelsNumbers();
    void captionTracesTheScenario();
    void failedWriteKeepsThePreviousFile();
    void fullDiskKeepsThePreviousFile();
    void smallExportsFitTheirTexts();
    void badOptionsAreRefused();
    void commandLineExportsEveryChart();
    void commandLineNamesBadOptions_data();
    void commandLineNamesBadOptions();
};

void TestChartExport::rasterFormatsHaveTheRequestedSize_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    for (const QString &id : chartIds()) {
        QTest::newRow(qPrintable(id + " png 1920x1080")) << id << "png" << QSize(1920, 1080);
        QTest::newRow(qPrintable(id + " jpg 1280x720")) << id << "jpg" << QSize(1280, 720);
    }
    QTest::newRow("A4 at 300 DPI") << "roofline"
                                   << "png" << sizePresets().at(2).pixelSize;
}

void TestChartExport::rasterFormatsHaveTheRequestedSize()
{
    QFETCH(QString, chart);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    auto view = chartFor(chart);
    QTemporaryDir dir;
    const QString path = dir.filePath("chart." + format);
    ExportOptions options;
    options.format = *exportFormatFromName(format);
    options.pixelSize = size;
    options.dpi = defaultDpiFor(size);
    QVERIFY(exportChart(*view, options, path).ok());
    const QImage image(path);
    QCOMPARE(image.size(), size);
    // A drawn chart, not an empty canvas: more than 2% of sampled pixels carry ink.
    QVERIFY2(inkedSamples(image) > image.width() * image.height() / 16 / 50, qPrintable(chart));
}

void TestChartExport::svgIsValidAndNamesARealFont()
{
    auto view = chartFor("per-token");
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.svg");
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(1280, 720);
    options.dpi = 96;
    QVERIFY(exportChart(*view, options, path).ok());
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1280, 720));
    const QByteArray svg = readAll(path);
    QVERIFY(svg.contains("<path"));
    QVERIFY(svg.contains("Cost of each token"));
    // "Sans Serif" is no CSS family; the app names the family fontconfig resolved.
    QVERIFY2(!svg.contains("font-family=\"Sans Serif\""), "SVG must name a real font family");
}

void TestChartExport::pdfIsOnePageOfTheRightSize()
{
    auto view = chartFor("kv-memory");
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.pdf");
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pixelSize = sizePresets().at(2).pixelSize; // A4 landscape at 300 DPI
    options.dpi = 300;
    QVERIFY(exportChart(*view, options, path).ok());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             1);
    // A4 landscape is 842 x 595 points (ISO 216).
    QVERIFY2(pdf.contains("/MediaBox [0 0 842") || pdf.contains("/MediaBox [0 0 841"),
             pdf.left(2000).constData());
}

void TestChartExport::csvHoldsTheModelsNumbers()
{
    auto view = chartFor("per-token");
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.csv");
    ExportOptions options;
    options.format = ExportFormat::Csv;
    QVERIFY(exportChart(*view, options, path).ok());
    const QStringList lines = QString::fromUtf8(readAll(path)).split('\n', Qt::SkipEmptyParts);
    // The x header has a comma, so it is quoted (RFC 4180).
    QVERIFY2(lines.first().startsWith("\"Token position (prompt, then output) [token position]\","),
             qPrintable(lines.first()));
    QVERIFY(lines.first().contains("Prompt tokens: one parallel prefill run [FLOP]"));
    QVERIFY(lines.first().contains("Output tokens: one decode run each [FLOP]"));
    // Row for position 1: the model's FLOPs of the first prompt token, to the last digit.
    const PositionCurves c = positionCurves(view->evaluation()->scenario(), 600);
    const QStringList first = lines.at(1).split(',');
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).toDouble(), 1.0);
    QCOMPARE(first.at(1).toDouble(), c.flops[0]);
    // The first decode step (position 2049) in the output column: F_step(2049) = 16,084,115,456.
    bool found = false;
    for (const QString &line : lines) {
        const QStringList cells = line.split(',');
        if (cells.at(0) == "2049") {
            QCOMPARE(cells.at(2).toDouble(), 16'084'115'456.0);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestChartExport::captionTracesTheScenario()
{
    auto view = chartFor("roofline");
    ExportOptions with;
    with.pixelSize = QSize(1280, 720);
    with.dpi = 96;
    ExportOptions without = with;
    without.caption = false;
    const QImage a = renderChartImage(*view, with);
    const QImage b = renderChartImage(*view, without);
    QVERIFY(a != b);
    const QString caption = scenarioCaption(view->evaluation()->scenario());
    for (const char *part : {"Llama 3.1 8B", "H100", "bf16", "2,048", "512", "batch 16"})
        QVERIFY2(caption.contains(QLatin1String(part)), qPrintable(caption));
}

void TestChartExport::failedWriteKeepsThePreviousFile()
{
    auto view = chartFor("per-token");
    QTemporaryDir dir;
    const QString path = dir.filePath("kept.png");
    ExportOptions options;
    options.pixelSize = QSize(640, 360);
    options.dpi = 96;
    QVERIFY(exportChart(*view, options, path).ok());
    const QByteArray before = readAll(path);
    options.pixelSize = QSize(800, 450);
    if (::geteuid() != 0) {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString error = exportChart(*view, options, path).error();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QVERIFY2(error.contains("kept.png"), qPrintable(error));
    } else {
        // As root (CI), write as an unprivileged user in a folder only root may write to. The
        // child only writes (no painting: fonts and threads do not survive a fork).
        const auto bytes = renderChartFile(*view, options);
        QVERIFY(bytes.ok());
        QCOMPARE(test::exitCodeInChild([&] {
                     if (!test::becomeNobody())
                         return 3;
                     return writeExportFile(path, bytes.value()).error().contains("kept.png") ? 0 : 1;
                 }),
                 0);
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(QImage(path).size(), QSize(640, 360));
}

void TestChartExport::fullDiskKeepsThePreviousFile()
{
    // A full disk as a file size limit (RLIMIT_FSIZE) in a child: the write stops short and
    // must be reported, not committed as a truncated image.
    auto view = chartFor("per-token");
    QTemporaryDir dir;
    const QString path = dir.filePath("full.png");
    ExportOptions options;
    options.pixelSize = QSize(320, 180);
    QVERIFY(exportChart(*view, options, path).ok());
    const QByteArray before = readAll(path);
    options.pixelSize = QSize(1600, 900);
    const auto bytes = renderChartFile(*view, options);
    QVERIFY(bytes.ok() && bytes->size() > 64 * 1024);
    QCOMPARE(test::exitCodeInChild([&] {
                 if (!test::limitFileSize(16 * 1024))
                     return 3;
                 const QString error = writeExportFile(path, bytes.value()).error();
                 return error.contains("full.png") && error.contains("unchanged") ? 0 : 1;
             }),
             0);
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"full.png"});
}

void TestChartExport::smallExportsFitTheirTexts()
{
    // 800x450: the caption wraps to three lines and the "prompt ends" label is longer than the
    // plot is tall. Both must fit: the caption whole, the label shortened with an ellipsis.
    auto view = chartFor("per-token");
    ExportOptions options;
    options.pixelSize = QSize(800, 450);
    const auto bytes = renderChartFile(*view, options);
    QVERIFY(bytes.ok());
    QImage image;
    QVERIFY(image.loadFromData(bytes.value()));
    const QRgb background = image.pixel(image.width() / 2, image.height() - 1);
    for (int x = 0; x < image.width(); ++x)
        QCOMPARE(image.pixel(x, image.height() - 1), background); // nothing cut at the edge
    int captionPixels = 0; // the caption's last line is drawn above the edge
    for (int y = image.height() - 24; y < image.height() - 2; ++y)
        for (int x = 0; x < image.width() / 2; ++x)
            captionPixels += image.pixel(x, y) != background;
    QVERIFY(captionPixels > 50);
    bool elided = false;
    for (int i = 0; i < view->plot()->itemCount(); ++i) {
        const auto *text = qobject_cast<QCPItemText *>(view->plot()->item(i));
        if (text && text->rotation() != 0) {
            elided = text->text().endsWith(QChar(0x2026));
            QVERIFY(QFontMetricsF(text->font()).horizontalAdvance(text->text()) <
                    view->plot()->axisRect()->height());
        }
    }
    QVERIFY(elided);
}

void TestChartExport::badOptionsAreRefused()
{
    auto view = chartFor("per-token");
    ExportOptions options;
    options.pixelSize = QSize(5, 5);
    QVERIFY(exportChart(*view, options, "/tmp/never.png").error().contains("5x5"));
    options.pixelSize = QSize(640, 360);
    options.dpi = 1;
    QVERIFY(exportChart(*view, options, "/tmp/never.png").error().contains("DPI"));
    options.dpi = 96;
    QVERIFY(exportChart(*view, options, "/nonexistent-folder/x.png").error()
                .contains("/nonexistent-folder/x.png"));
}

void TestChartExport::commandLineExportsEveryChart()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM"); // the program picks offscreen itself
    env.remove("DISPLAY");
    process.setProcessEnvironment(env);
    process.start(TCE_APP_BINARY, {"export", "--chart", "all", "--format", "png", "--size",
                                   "1280x720", "--out", dir.filePath("charts"), "--batch", "8"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    for (const QString &id : chartIds()) {
        const QImage image(dir.filePath("charts/" + id + ".png"));
        QCOMPARE(image.size(), QSize(1280, 720));
    }
    process.start(TCE_APP_BINARY, {"list", "charts"});
    QVERIFY(process.waitForFinished(30000));
    const QString listed = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &id : chartIds())
        QVERIFY(listed.contains(id));
}

void TestChartExport::commandLineNamesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no chart") << QStringList{"export", "--format", "png", "--out", "x.png"}
                              << "--chart";
    QTest::newRow("unknown chart")
        << QStringList{"export", "--chart", "pie", "--format", "png", "--out", "x.png"}
        << "\"pie\"";
    QTest::newRow("unknown format")
        << QStringList{"export", "--chart", "roofline", "--format", "bmp", "--out", "x"}
        << "\"bmp\"";
    QTest::newRow("bad size") << QStringList{"export", "--chart", "roofline", "--format", "png",
                                             "--size", "big",     "--out",    "x.png"}
                              << "--size";
    QTest::newRow("bad report option")
        << QStringList{"export", "--chart", "roofline", "--format", "png",
                       "--out",  "x.png",   "--input",  "-4"}
        << "input tokens";
}

void TestChartExport::commandLineNamesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(TCE_APP_BINARY, args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(process.readAllStandardError().contains(message.toUtf8()), qPrintable(message));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
