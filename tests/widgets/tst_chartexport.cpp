#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "charttheme.h"
#include "chartview.h"
#include "costreport.h"
#include "curves.h"
#include "evaluation.h"
#include "exportdialog.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testsupport.h"
#include "tokenruns.h"
#include "workload.h"
#include "workloadcost.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace tce;

namespace {

constexpr int kRequests = 2000;

std::shared_ptr<const Evaluation> defaultEvaluation(const Catalog &catalog = Catalog::builtIn())
{
    WorkloadSettings workload;
    workload.workload =
        std::make_shared<const Workload>(sampleMix(*catalog.findMix("chat"), kRequests));
    return Evaluation::build(defaultServingScenario(catalog), workload, catalog);
}

std::unique_ptr<ChartView> chartFor(const QString &id,
                                    std::shared_ptr<const Evaluation> evaluation = nullptr)
{
    auto chart = createChart(id);
    chart->resize(1280, 720);
    chart->setEvaluation(evaluation ? std::move(evaluation) : defaultEvaluation());
    return chart;
}

// A CSV file read as RFC 4180 says: quoted fields may hold commas, doubled quotes and line
// breaks.
struct Csv
{
    QStringList headers;
    QList<QStringList> rows;

    static Csv parse(const QString &text)
    {
        QList<QStringList> lines;
        QStringList line;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += c;
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                line << field;
                field.clear();
            } else if (!quoted && c == '\n') {
                line << field;
                lines << line;
                line.clear();
                field.clear();
            } else {
                field += c;
            }
        }
        if (!field.isEmpty() || !line.isEmpty())
            lines << (line << field);
        Csv csv;
        if (!lines.isEmpty())
            csv.headers = lines.takeFirst();
        csv.rows = lines;
        return csv;
    }
    // The column whose header starts with `name`; -1 if none.
    int column(const QString &name) const
    {
        for (int i = 0; i < headers.size(); ++i) {
            if (headers[i].startsWith(name))
                return i;
        }
        return -1;
    }
    // The rows of one series of a long-format table (its first column).
    QList<QStringList> series(const QString &name) const
    {
        QList<QStringList> found;
        for (const QStringList &row : rows) {
            if (row.first() == name)
                found << row;
        }
        return found;
    }
};

QByteArray readAll(const QString &path);

Csv exportedCsv(ChartView &view)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.csv");
    ExportOptions options;
    options.format = ExportFormat::Csv;
    if (!exportChart(view, options, path).ok())
        return {};
    return Csv::parse(QString::fromUtf8(readAll(path)));
}

double number(const QString &cell)
{
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

// A data row per chart of the registry.
void addChartRows()
{
    QTest::addColumn<QString>("chart");
    for (const QString &id : chartIds())
        QTest::newRow(qPrintable(id)) << id;
}

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))});
}

// How far from a grey.
int chroma(QRgb c)
{
    return std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)});
}

bool isIn(const QList<QRect> &rects, int x, int y)
{
    return std::any_of(rects.begin(), rects.end(),
                       [&](const QRect &r) { return r.contains(x, y); });
}

// Pixels of `a` outside `excluded` that `b` has nothing like (within `tolerance` per channel)
// within `radius` pixels.
qsizetype unmatchedPixels(const QImage &a, const QImage &b, const QList<QRect> &excluded,
                          int radius, int tolerance)
{
    qsizetype unmatched = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (isIn(excluded, x, y))
                continue;
            bool matched = false;
            for (int dy = -radius; dy <= radius && !matched; ++dy) {
                for (int dx = -radius; dx <= radius && !matched; ++dx) {
                    const QPoint near(x + dx, y + dy);
                    matched = b.valid(near) &&
                              channelDifference(a.pixel(x, y), b.pixel(near)) <= tolerance;
                }
            }
            unmatched += !matched;
        }
    }
    return unmatched;
}

// Significant digits of a number's text: "0.10000000000000001" has 17, "1000000" and "1e+06" 1.
qsizetype significantDigits(const QString &text)
{
    QString digits = text.section(QRegularExpression("[eE]"), 0, 0);
    digits.remove(QRegularExpression("[^0-9]"));
    while (digits.startsWith('0'))
        digits.remove(0, 1);
    while (digits.endsWith('0'))
        digits.chop(1);
    return digits.size();
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
    void captionSaysWhenAttentionIsNotFused();
    void servingChartsCaptionTheLoad();
    void rasterFormatsHaveTheRequestedSize_data();
    void rasterFormatsHaveTheRequestedSize();
    void svgIsValidAndNamesARealFont();
    void pdfIsOnePageOfTheRightSize();
    void csvOfEveryChartReadsBackExactly_data();
    void csvOfEveryChartReadsBackExactly();
    void perTokenCsvHoldsTheModelsNumbers();
    void marginsCsvHoldsTheHistogram();
    void priceRatiosCsvHoldsTheBarsAndQuotesTheirNames();
    void marginMapCsvHoldsTheGridInTokens();
    void tokenRunsCsvHoldsTheRuns();
    void svgClipsToTheAxisRectAsThePngDoes_data();
    void svgClipsToTheAxisRectAsThePngDoes();
    void exportDialogShowsNoLoneAmpersand();
    void captionTracesTheScenario();
    void failedWriteKeepsThePreviousFile();
    void fullDiskKeepsThePreviousFile();
    void smallExportsFitTheirTexts();
    void badOptionsAreRefused();
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

void TestChartExport::csvOfEveryChartReadsBackExactly_data()
{
    addChartRows();
}

void TestChartExport::csvOfEveryChartReadsBackExactly()
{
    // Every cell of the file reads back as the table's own value, to the last bit, and in
    // the fewest digits that do.
    QFETCH(QString, chart);
    auto view = chartFor(chart);
    const Csv csv = exportedCsv(*view);
    const ChartView::Table table = view->table();
    QCOMPARE(csv.headers, table.headers);
    QVERIFY2(csv.rows.size() >= 2, qPrintable(QString::number(csv.rows.size())));
    QCOMPARE(csv.rows.size(), table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QCOMPARE(csv.rows[r].size(), table.headers.size());
        for (qsizetype c = 0; c < table.rows[r].size(); ++c) {
            const QString &cell = csv.rows[r][c];
            const auto &expected = table.rows[r][c];
            const QString where =
                QStringLiteral("row %1, column %2: \"%3\"").arg(r).arg(c).arg(cell);
            if (expected.isText) {
                QVERIFY2(cell == expected.text, qPrintable(where));
            } else if (std::isnan(expected.number)) {
                QVERIFY2(cell.isEmpty(), qPrintable(where));
            } else {
                const double v = expected.number;
                QVERIFY2(number(cell) == v, qPrintable(where));
                QVERIFY2(significantDigits(cell) <= significantDigits(QString::number(
                                                        v, 'g', QLocale::FloatingPointShortest)),
                         qPrintable(where));
            }
        }
    }
}

void TestChartExport::perTokenCsvHoldsTheModelsNumbers()
{
    auto view = chartFor("per-token");
    const Csv csv = exportedCsv(*view);
    // The x header has a comma, so it is quoted (RFC 4180) and reads back whole.
    QCOMPARE(csv.headers.first(), "Token position (prompt, then output) [token position]");
    const int prompt = csv.column("Prompt tokens: one parallel prefill run [FLOP]");
    const int output = csv.column("Output tokens: one decode run each [FLOP]");
    QVERIFY(prompt > 0 && output > 0);
    // Row for position 1: the model's FLOPs of the first prompt token, to the last bit.
    const PositionCurves c = positionCurves(view->evaluation()->scenario(), 600);
    QCOMPARE(csv.rows.first().at(0), "1");
    QVERIFY(number(csv.rows.first().at(prompt)) == c.flops[0]);
    // The first decode step (position 2049) in the output column: F_step(2049) = 16,084,115,456.
    bool found = false;
    for (const QStringList &row : csv.rows) {
        if (row.at(0) == "2049") {
            QCOMPARE(row.at(output), "16084115456");
            found = true;
        }
    }
    QVERIFY(found);
}

void TestChartExport::marginsCsvHoldsTheHistogram()
{
    auto view = chartFor("margins");
    const Csv csv = exportedCsv(*view);
    const MarginHistogram &h = *view->evaluation()->marginHistogram();
    const QList<QStringList> bins = csv.series("bin");
    QCOMPARE(bins.size(), qsizetype(h.counts.size()));
    const int centre = csv.column("Margin of one request");
    const int width = csv.column("Bin width [USD]");
    const int count = csv.column("Requests [requests]");
    QVERIFY(centre > 0 && width > 0 && count > 0);
    double requests = 0;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        QVERIFY(number(bins[i][centre]) == h.binCenters[i]);
        QVERIFY(number(bins[i][width]) == h.binWidth);
        QVERIFY(number(bins[i][count]) == h.counts[i]);
        requests += number(bins[i][count]);
    }
    // Every request of the mix is in exactly one bin.
    QCOMPARE(requests, double(kRequests));
    QCOMPARE(csv.series("mean").size(), 1);
    QVERIFY(number(csv.series("mean").first()[centre]) ==
            view->evaluation()->economics()->meanMarginUsd);
}

void TestChartExport::priceRatiosCsvHoldsTheBarsAndQuotesTheirNames()
{
    // A name with a comma and quotes: the file must quote it and read back the same.
    Catalog catalog = Catalog::builtIn();
    catalog.prices[1].name = QStringLiteral("Acme \"Turbo\", v2");
    auto view = chartFor("price-ratios", defaultEvaluation(catalog));
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportFormat::Csv;
    QVERIFY(exportChart(*view, options, dir.filePath("ratios.csv")).ok());
    const QByteArray file = readAll(dir.filePath("ratios.csv"));
    QVERIFY(file.contains(",\"Acme \"\"Turbo\"\", v2\","));
    const Csv csv = Csv::parse(QString::fromUtf8(file));
    const QList<ListPriceRatio> &ratios = view->evaluation()->listPriceRatios();
    const QList<QStringList> bars = csv.series("list price");
    QCOMPARE(bars.size(), ratios.size());
    QCOMPARE(bars.size(), catalog.prices.size());
    const int input = csv.column("Input [");
    const int output = csv.column("Output [");
    const int ratio = csv.column("Output / input price ratio [ratio]");
    QVERIFY(input > 0 && output > 0 && ratio > 0);
    for (qsizetype i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars[i][1], ratios[i].name);
        QVERIFY(number(bars[i][input]) == ratios[i].inputUsdPerMillion);
        QVERIFY(number(bars[i][output]) == ratios[i].outputUsdPerMillion);
        QVERIFY(number(bars[i][ratio]) == ratios[i].ratio);
    }
    // The scenario's own cost ratio, the line across the bars.
    const QList<QStringList> cost = csv.series("cost");
    QCOMPARE(cost.size(), 1);
    QVERIFY(number(cost.first()[ratio]) == view->evaluation()->report().outputInputCostRatio);
}

void TestChartExport::marginMapCsvHoldsTheGridInTokens()
{
    auto view = chartFor("margin-map");
    const Csv csv = exportedCsv(*view);
    const MarginGrid &g = view->evaluation()->marginGrid();
    QCOMPARE(csv.column("Input tokens [tokens]"), 1);
    QCOMPARE(csv.column("Output tokens [tokens]"), 2);
    QCOMPARE(csv.column("Margin per request [USD]"), 3);
    QCOMPARE(csv.column("Cost per request [USD]"), 4);
    const QList<QStringList> cells = csv.series("cell");
    QCOMPARE(cells.size(), 65536);
    QCOMPARE(g.inputTokens.size() * g.outputTokens.size(), 65536);
    for (Eigen::Index i = 0; i < g.inputTokens.size(); ++i) {
        for (Eigen::Index j = 0; j < g.outputTokens.size(); ++j) {
            const QStringList &row = cells[i * g.outputTokens.size() + j];
            QVERIFY(number(row[1]) == g.inputTokens[i]);
            QVERIFY(number(row[2]) == g.outputTokens[j]);
            QVERIFY(number(row[3]) == g.marginUsd(i, j));
            QVERIFY(number(row[4]) == g.costUsd(i, j));
        }
    }
    // In tokens, not log10 tokens: the grid reaches the context window.
    QCOMPARE(number(cells.last()[1]), double(g.maxInputTokens));
    // The requests drawn over it, as tokens.
    const Workload &w = *view->evaluation()->workload();
    const QList<QStringList> requests = csv.series("request");
    QCOMPARE(requests.size(), qsizetype(w.size()));
    for (qsizetype r = 0; r < requests.size(); ++r) {
        QVERIFY(number(requests[r][1]) == double(w.inputTokens[size_t(r)]));
        QVERIFY(number(requests[r][2]) == double(w.outputTokens[size_t(r)]));
    }
    // The break-even line: for each input length, the output length from which requests lose.
    qsizetype losing = 0;
    for (Eigen::Index i = 0; i < g.inputTokens.size(); ++i)
        losing += g.lossFromOutputTokens[i] > 0;
    QCOMPARE(csv.series("break-even").size(), losing);
}

void TestChartExport::tokenRunsCsvHoldsTheRuns()
{
    auto view = chartFor("token-runs");
    const Csv csv = exportedCsv(*view);
    const TokenRuns t = tokenRuns(view->evaluation()->scenario(), 6, 6);
    const int run = csv.column("Run ["), token = csv.column("Token position ["),
              role = csv.column("role"), uses = csv.column("Queries using its key"),
              dots = csv.column("Query-key dot products"), flops = csv.column("Compute [FLOP]"),
              bytes = csv.column("Memory moved [bytes]"), cached = csv.column("KV cache after");
    for (int c : {run, token, role, uses, dots, flops, bytes, cached})
        QVERIFY(c > 0);
    const QList<QStringList> runs = csv.series("run");
    QCOMPARE(runs.size(), t.runs.size());
    for (qsizetype r = 0; r < runs.size(); ++r) {
        QCOMPARE(number(runs[r][run]), double(r));
        QVERIFY(number(runs[r][dots]) == t.runs[r].dotProducts);
        QVERIFY(number(runs[r][flops]) == t.runs[r].flops);
        QVERIFY(number(runs[r][bytes]) == t.runs[r].bytesMoved);
        QVERIFY(number(runs[r][cached]) == double(t.runs[r].cachedAfter));
    }
    // The grid: a cell for every key a run uses, with how many of its queries use it.
    QList<QStringList> expected;
    for (int r = 0; r < int(t.runs.size()); ++r) {
        for (int64_t k = 1; k <= t.tokens(); ++k) {
            if (t.uses(r, k) > 0)
                expected << QStringList{QString::number(r), QString::number(k),
                                        k <= t.inputTokens ? "prompt" : "output",
                                        QString::number(t.uses(r, k))};
        }
    }
    QList<QStringList> cells;
    for (const QStringList &row : csv.series("cell"))
        cells << QStringList{row[run], row[token], row[role], row[uses]};
    QCOMPARE(cells, expected);
    const QList<QStringList> keys = csv.series("key");
    QCOMPARE(keys.size(), qsizetype(t.tokens()));
    for (qsizetype k = 0; k < keys.size(); ++k) {
        QCOMPARE(number(keys[k][token]), double(k + 1));
        QCOMPARE(number(keys[k][uses]), double(t.participation[k]));
    }
}

void TestChartExport::svgClipsToTheAxisRectAsThePngDoes_data()
{
    addChartRows();
}

void TestChartExport::svgClipsToTheAxisRectAsThePngDoes()
{
    // Zoomed in as with the mouse wheel, so that the series run out of the axis rect: through
    // the title above, the tick labels left and right. (No caption: its text drifts by up to
    // 2% of its width between the two renderings.)
    QFETCH(QString, chart);
    auto view = chartFor(chart);
    view->renderNow();
    QCustomPlot *plot = view->plot();
    plot->xAxis->scaleRange(0.5, plot->xAxis->range().center());
    for (QCPAxis *axis : {plot->yAxis, plot->yAxis2})
        axis->scaleRange(0.3, axis->range().lower);
    ExportOptions options;
    options.pixelSize = QSize(1280, 720);
    options.dpi = 96;
    options.caption = false;
    const QImage png = renderChartImage(*view, options).convertToFormat(QImage::Format_RGB32);
    options.format = ExportFormat::Svg;
    const auto svg = renderChartFile(*view, options);
    QVERIFY(svg.ok());
    QSvgRenderer renderer(svg.value());
    QVERIFY(renderer.isValid());
    QImage drawn(png.size(), QImage::Format_RGB32);
    drawn.fill(view->palette().color(QPalette::Base));
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    const QTransform toExport = exportedPlotTransform(*view, options);
    const QRect axisRect = toExport.mapRect(QRectF(plot->axisRect()->rect())).toAlignedRect();
    QVERIFY(QRect(QPoint(0, 0), png.size()).contains(axisRect));
    QVERIFY(axisRect.top() > 20 && axisRect.height() > 300);

    // Outside the axis rect (and a 3-pixel seam where clipped edges are antialiased), both show
    // the same title, legend, tick labels, axis labels and caption. Text is laid out again by the
    // SVG renderer and lands a pixel or two apart (the caption drifts by up to 2%), so a pixel
    // matches if the other image has one within 2 pixels and 64 per channel; at most 0.5% of the
    // pixels outside may match nothing (bars or a curve over the labels are many times that).
    QList<QRect> skipped{axisRect.adjusted(-3, -3, 3, 3)};
    // A colour scale's gradient is an image, which the SVG renderer smooths at its edges.
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (qobject_cast<QCPColorScale *>(element))
            skipped << toExport.mapRect(QRectF(element->outerRect())).toAlignedRect();
    }
    qsizetype outside = 0;
    for (int y = 0; y < png.height(); ++y)
        for (int x = 0; x < png.width(); ++x)
            outside += !isIn(skipped, x, y);
    const qsizetype unmatched =
        unmatchedPixels(png, drawn, skipped, 2, 64) + unmatchedPixels(drawn, png, skipped, 2, 64);
    QVERIFY2(
        unmatched <= outside / 200,
        qPrintable(QStringLiteral("%1 of %2 pixels match nothing").arg(unmatched).arg(outside)));

    // Above the axis rect (but in the legend, where the series are named), no colour of a series
    // in the SVG: no pixel within 24 per channel of a line's, bar's or cell's colour. Greys are
    // left out: the title is drawn in them.
    QList<QColor> colours;
    for (int p = 0; p < plot->plottableCount(); ++p)
        colours << plot->plottable(p)->pen().color() << plot->plottable(p)->brush().color();
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (const auto *rect = qobject_cast<QCPItemRect *>(plot->item(i));
            rect && rect->clipToAxisRect())
            colours << rect->pen().color() << rect->brush().color();
    }
    QList<QRgb> seriesColours;
    for (const QColor &c : colours) {
        if (chroma(c.rgb()) > 40)
            seriesColours << c.rgb();
    }
    QVERIFY(!seriesColours.isEmpty());
    const QRect legend = plot->legend->visible()
                             ? toExport.mapRect(QRectF(plot->legend->outerRect())).toAlignedRect()
                             : QRect();
    qsizetype aboveTheAxisRect = 0;
    for (int y = 0; y < axisRect.top() - 2; ++y) {
        for (int x = 0; x < drawn.width(); ++x) {
            if (legend.contains(x, y))
                continue;
            if (chroma(drawn.pixel(x, y)) < 20)
                continue;
            for (QRgb c : seriesColours)
                aboveTheAxisRect += channelDifference(drawn.pixel(x, y), c) <= 24;
        }
    }
    QCOMPARE(aboveTheAxisRect, 0);
}

void TestChartExport::exportDialogShowsNoLoneAmpersand()
{
    // A label shows its text as is unless it has a buddy, which takes the '&' as a mnemonic.
    ExportDialog dialog(QStringLiteral("Cost of each token"), QSize(1280, 720),
                        QDir::temp().filePath("chart.png"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRegularExpression loneAmpersand(QStringLiteral("(?<!&)&(?!&)"));
    int labels = 0;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        ++labels;
        const QString shown =
            label->buddy() ? QString(label->text()).remove(loneAmpersand) : label->text();
        QVERIFY2(!shown.contains(loneAmpersand), qPrintable(label->text()));
        if (label->buddy())
            QVERIFY2(label->buddy()->isVisible(), qPrintable(label->text()));
    }
    QVERIFY(labels >= 4);
    // And no two mnemonics alike: "&Size" and "&Save to" both took Alt+S.
    QSet<QChar> letters;
    const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&])"));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        const auto match = mnemonic.match(label->text());
        if (!label->buddy() || !match.hasMatch())
            continue;
        const QChar letter = match.captured(1).at(0).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(label->text()));
        letters.insert(letter);
    }
    QVERIFY(letters.size() >= 4);
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
                     return writeExportFile(path, bytes.value()).error().contains("kept.png") ? 0
                                                                                              : 1;
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
    QVERIFY(exportChart(*view, options, "/nonexistent-folder/x.png")
                .error()
                .contains("/nonexistent-folder/x.png"));
}

// llama.cpp without flash attention is slower on long prompts: the caption says which it is.
void TestChartExport::captionSaysWhenAttentionIsNotFused()
{
    const Catalog &catalog = Catalog::builtIn();
    ScenarioChanges llama;
    llama.engineId = QStringLiteral("llama.cpp");
    Scenario s = applyChanges(catalog, defaultServingScenario(catalog), llama).value();
    QVERIFY2(scenarioCaption(s).contains(QStringLiteral(" · llama.cpp · ")),
             qPrintable(scenarioCaption(s)));
    s.serving.engine.flashAttention = false;
    QVERIFY2(scenarioCaption(s).contains(QStringLiteral(" · llama.cpp without flash attention · ")),
             qPrintable(scenarioCaption(s)));
    // vLLM has no other way to run attention: nothing to say.
    Scenario vllm = defaultServingScenario(catalog);
    vllm.serving.engine.flashAttention = false;
    QVERIFY(!scenarioCaption(vllm).contains(QStringLiteral("flash")));
}

// A serving chart's numbers depend on the load: its caption says it beside the batch.
void TestChartExport::servingChartsCaptionTheLoad()
{
    Scenario s = defaultServingScenario(Catalog::builtIn());
    s.load.mode = LoadMode::Concurrency;
    s.load.concurrency = 25;
    QVERIFY2(scenarioCaption(s, true).contains(QStringLiteral("batch 16 · 25 clients · ")),
             qPrintable(scenarioCaption(s, true)));
    QVERIFY(!scenarioCaption(s).contains(QStringLiteral("client")));
    s.load.concurrency = 1;
    QVERIFY(scenarioCaption(s, true).contains(QStringLiteral("batch 16 · 1 client · ")));
    s.load.mode = LoadMode::Rate;
    s.load.requestsPerSecond = 2.5;
    QVERIFY2(scenarioCaption(s, true).contains(QStringLiteral("batch 16 · 2.50 requests/s · ")),
             qPrintable(scenarioCaption(s, true)));
    const auto serving = createChart(QStringLiteral("serving"));
    const auto batch = createChart(QStringLiteral("batch"));
    const auto evaluation = Evaluation::build(s);
    serving->setEvaluation(evaluation);
    batch->setEvaluation(evaluation);
    QVERIFY(scenarioCaption(*serving).contains(QStringLiteral("requests/s")));
    QVERIFY(!scenarioCaption(*batch).contains(QStringLiteral("requests/s")));
}

TCE_TEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
