#include "batchsweepview.h"
#include "catalog.h"
#include "chartregistry.h"
#include "charttest.h"
#include "chartview.h"
#include "evaluation.h"
#include "pertokencostview.h"
#include "precision.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "units.h"
#include "workload.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <qcustomplot.h>

using namespace tce;

// What a new user saw on the charts (issue 12): names and labels missing, texts over each
// other, axes that leave a pinned scenario out. Charts are built alone, from an evaluation,
// at the size they get in a 1366x768 window.
namespace {

// The pixel outline of a text item (rotated or not).
QRectF bounds(const QCPItemText *text)
{
    QPolygonF corners;
    for (const QCPItemAnchor *a :
         {text->topLeft, text->topRight, text->bottomRight, text->bottomLeft})
        corners << a->pixelPosition();
    return corners.boundingRect();
}

QList<QCPItemText *> texts(const ChartView &chart)
{
    QList<QCPItemText *> found;
    for (int i = 0; i < chart.plot()->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i));
            text && text->visible())
            found << text;
    }
    return found;
}

// Pixels of `image` inside `area` that differ from the plot's background.
int inkIn(const QImage &image, const QRect &area, QRgb background)
{
    int ink = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ink += image.pixel(x, y) != background;
    return ink;
}

} // namespace

class TestChartLayout : public QObject
{
    Q_OBJECT
private slots:
    void everyPriceRatioBarIsNamedAndValued();
    void pinnedScenarioIsInsideTheAxes();
    void textsFollowTheChartsFont();
    void kvMemoryLegendLeavesTheCurvesAlone();
    void memoryBoundNoteLeavesTheLegendAlone_data();
    void memoryBoundNoteLeavesTheLegendAlone();
    void marginTextsDoNotOverlap_data();
    void marginTextsDoNotOverlap();
    void revenueDoesNotFlattenTheCostCurve();
    void dollarTicksReadAlike();
    void rateIsNotPerSecondTwice();
    void explanationSaysWhatTheScoresCost();
    void markersAtThisBatchShareItsLabel();
    void chartsInDollarsSayWhenThereIsNoPrice();
};

void TestChartLayout::everyPriceRatioBarIsNamedAndValued()
{
    const auto e = test::servingEvaluation({});
    auto chart = test::shownChart(QStringLiteral("price-ratios"), e);
    QCustomPlot *plot = chart->plot();
    const QList<ListPriceRatio> &ratios = e->listPriceRatios();
    QVERIFY(ratios.size() >= 10);
    // Every bar's value is written on it.
    QStringList written;
    for (const QCPItemText *text : texts(*chart))
        written << text->text();
    for (const ListPriceRatio &r : ratios)
        QVERIFY2(written.contains(units::ratio(r.ratio)), qPrintable(r.name));
    // Every bar's name is drawn: QCustomPlot leaves out a tick label that would run past the
    // widget's edge, so look for ink just under each bar's tick.
    const QImage image = plot->toPixmap().toImage();
    const QRgb background = image.pixel(2, image.height() - 2);
    const int axisBottom = plot->axisRect()->bottom();
    for (int i = 0; i < ratios.size(); ++i) {
        const int x = int(plot->xAxis->coordToPixel(i));
        const QRect underTick(x - 22, axisBottom + 6, 24, 16);
        QVERIFY2(inkIn(image, underTick, background) > 8, qPrintable(ratios[i].name));
    }
    // Exported at 800x450 too.
    auto small = test::shownChart(QStringLiteral("price-ratios"), e, QSize(800, 450));
    const QImage exported = small->plot()->toPixmap(800, 400).toImage();
    const QCPRange range = small->plot()->xAxis->range();
    QVERIFY(range.contains(ratios.size() - 1));
    const int last = int(small->plot()->xAxis->coordToPixel(ratios.size() - 1));
    QVERIFY(inkIn(exported, QRect(last - 22, small->plot()->axisRect()->bottom() + 6, 24, 16),
                  background) > 8);
}

void TestChartLayout::pinnedScenarioIsInsideTheAxes()
{
    // A with long outputs (far right, far up), B short: the axes show what the chart shows
    // for A alone and for B alone.
    ScenarioChanges longOutputs;
    longOutputs.outputTokens = 8192;
    const auto a = test::servingEvaluation(longOutputs);
    const auto b = test::servingEvaluation({});
    for (const QString &id : {QStringLiteral("cumulative"), QStringLiteral("kv-memory"),
                              QStringLiteral("per-token"), QStringLiteral("batch")}) {
        QList<QCPRange> alone;
        for (const auto &e : {a, b}) {
            auto chart = test::shownChart(id, e);
            for (const QCPAxis *axis : chart->plot()->axisRect()->axes())
                alone << axis->range();
        }
        auto chart = createChart(id);
        chart->resize(1000, 420);
        chart->show();
        chart->setReference(a);
        chart->setEvaluation(b);
        chart->renderNow();
        const QList<QCPAxis *> axes = chart->plot()->axisRect()->axes();
        for (int i = 0; i < axes.size(); ++i) {
            const QCPRange pinned = axes[i]->range();
            for (const QCPRange &r : {alone[i], alone[i + axes.size()]})
                QVERIFY2(pinned.lower <= r.lower * (1 + 1e-9) + 1e-12 &&
                             pinned.upper >= r.upper * (1 - 1e-9),
                         qPrintable(QStringLiteral("%1, axis %2: %3..%4 leaves out %5..%6")
                                        .arg(id)
                                        .arg(i)
                                        .arg(pinned.lower)
                                        .arg(pinned.upper)
                                        .arg(r.lower)
                                        .arg(r.upper)));
        }
        int shadows = 0;
        for (int i = 0; i < chart->plot()->graphCount(); ++i) {
            const QCPGraph *g = chart->plot()->graph(i);
            if (!g->visible() || !g->name().startsWith(QStringLiteral("A: ")))
                continue;
            ++shadows;
            bool found = false;
            const QCPRange keys = g->getKeyRange(found);
            QVERIFY(found);
            QVERIFY2(g->keyAxis()->range().contains(keys.upper), qPrintable(g->name()));
        }
        QVERIFY2(shadows > 0, qPrintable(id));
        // The legend lists B's series and one entry for all of A's dashed lines.
        QStringList legend;
        for (int i = 0; i < chart->plot()->legend->itemCount(); ++i) {
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(chart->plot()->legend->item(i)))
                legend << item->plottable()->name();
        }
        QCOMPARE(legend.filter(QStringLiteral("A: ")).size(), 0);
        QCOMPARE(legend.count(QStringLiteral("Dashed: A, the pinned scenario")), 1);
        QCOMPARE(legend.last(), QStringLiteral("Dashed: A, the pinned scenario"));
    }
}

void TestChartLayout::textsFollowTheChartsFont()
{
    // Presentation mode makes the window's font larger; everything on a chart must follow.
    const auto e = test::servingEvaluation({}, QStringLiteral("chat"));
    for (const QString &id :
         {QStringLiteral("per-token"), QStringLiteral("margin-map"), QStringLiteral("kv-memory")}) {
        auto chart = test::shownChart(id, e);
        const double base = QApplication::font().pointSizeF();
        QFont large = chart->font();
        large.setPointSizeF(base * 1.8);
        chart->setFont(large);
        chart->renderNow();
        QLabel *title = nullptr;
        for (QLabel *label : chart->findChildren<QLabel *>()) {
            if (label->text() == chart->title())
                title = label;
        }
        QVERIFY(title);
        QVERIFY2(title->font().pointSizeF() >= base * 1.8, qPrintable(id));
        for (const QCPItemText *text : texts(*chart)) {
            QVERIFY2(text->font().pointSizeF() >= base * 1.7,
                     qPrintable(QStringLiteral("%1: %2 at %3 pt")
                                    .arg(id, text->text())
                                    .arg(text->font().pointSizeF())));
        }
        for (QCPLayoutElement *element : chart->plot()->plotLayout()->elements(true)) {
            if (auto *scale = qobject_cast<QCPColorScale *>(element)) {
                QVERIFY(scale->axis()->tickLabelFont().pointSizeF() >= base * 1.8);
                QVERIFY(scale->axis()->labelFont().pointSizeF() >= base * 1.8);
            }
        }
        // Back to normal: nothing keeps growing.
        chart->setFont(QApplication::font());
        chart->renderNow();
        for (const QCPItemText *text : texts(*chart))
            QVERIFY(text->font().pointSizeF() < base * 1.5);
    }
}

void TestChartLayout::kvMemoryLegendLeavesTheCurvesAlone()
{
    for (const QSize size : {QSize(1000, 420), QSize(640, 380)}) {
        auto chart =
            test::shownChart(QStringLiteral("kv-memory"), test::servingEvaluation({}), size);
        const QCustomPlot *plot = chart->plot();
        QVERIFY(plot->legend->visible());
        QVERIFY(plot->legend->itemCount() >= 3);
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
        QVERIFY(plot->legend->outerRect().right() <= plot->width());
    }
}

void TestChartLayout::memoryBoundNoteLeavesTheLegendAlone_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    QTest::newRow("1366x768 window") << QSize(1000, 420) << 1.0;
    // A portrait slide (export-lesson --size 1080x1920, slides in large type) and presentation
    // mode's large type.
    QTest::newRow("portrait slide") << QSize(1040, 1500) << 1.5;
    QTest::newRow("presentation mode") << QSize(1300, 700) << 2.0;
}

// Long prompts: no batch makes the decode step compute-bound, and the chart says so in a note
// at the top right, which must not sit under the legend at the top left.
void TestChartLayout::memoryBoundNoteLeavesTheLegendAlone()
{
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    ScenarioChanges longPrompts;
    longPrompts.inputTokens = 100'000;
    auto chart =
        test::shownChart(QStringLiteral("batch"), test::servingEvaluation(longPrompts), size);
    QFont font = chart->font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    chart->setFont(font);
    chart->renderNow();
    chart->plot()->replot();
    const QCPItemText *note = nullptr;
    for (const QCPItemText *text : texts(*chart)) {
        if (text->text().startsWith(QStringLiteral("Memory-bound at every batch size")))
            note = text;
    }
    QVERIFY(note);
    const QRectF legend = chart->plot()->legend->outerRect();
    QVERIFY2(!bounds(note).intersects(legend),
             qPrintable(QStringLiteral("note %1,%2 %3x%4; legend %5,%6 %7x%8")
                            .arg(bounds(note).x())
                            .arg(bounds(note).y())
                            .arg(bounds(note).width())
                            .arg(bounds(note).height())
                            .arg(legend.x())
                            .arg(legend.y())
                            .arg(legend.width())
                            .arg(legend.height())));
    QVERIFY(chart->plot()->axisRect()->rect().contains(bounds(note).toRect()));
}

void TestChartLayout::marginTextsDoNotOverlap_data()
{
    QTest::addColumn<QString>("mix");
    QTest::addColumn<QSize>("size");
    // Lesson 4's prices and mixes, at the chart's size in a 1366x768 window and with the
    // lesson bar open.
    for (const char *mix : {"chat", "reasoning-heavy", "code"}) {
        QTest::addRow("%s 1366", mix) << QString::fromLatin1(mix) << QSize(1000, 330);
        QTest::addRow("%s lesson", mix) << QString::fromLatin1(mix) << QSize(1000, 260);
    }
}

void TestChartLayout::marginTextsDoNotOverlap()
{
    QFETCH(QString, mix);
    QFETCH(QSize, size);
    ScenarioChanges lessonPrices;
    lessonPrices.inputUsdPerMillion = 0.05;
    lessonPrices.outputUsdPerMillion = 0.08;
    auto chart = test::shownChart(QStringLiteral("margins"),
                                  test::servingEvaluation(lessonPrices, mix), size);
    const QCustomPlot *plot = chart->plot();
    QList<QRectF> boxes{plot->legend->outerRect()};
    QList<QString> names{QStringLiteral("legend")};
    const QCPTextElement *note = nullptr;
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            note = text;
    }
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("requests at batch")));
    boxes << note->outerRect();
    names << QStringLiteral("note");
    for (const QCPItemText *text : texts(*chart)) {
        boxes << bounds(text);
        names << text->text();
    }
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]),
                     qPrintable(QStringLiteral("%1 over %2").arg(names[i], names[j])));
}

void TestChartLayout::revenueDoesNotFlattenTheCostCurve()
{
    // Lesson 3, step 1: a 64K-token output at GPT-4o's price, on a linear axis.
    ScenarioChanges step;
    step.inputTokens = 2000;
    step.outputTokens = 65536;
    auto chart = createChart(QStringLiteral("cumulative"));
    QVERIFY(chart->setLessonOption(QStringLiteral("log"), QStringLiteral("0")));
    chart->resize(1000, 420);
    chart->show();
    chart->setEvaluation(test::servingEvaluation(step));
    chart->renderNow();
    const QCPGraph *total = chart->plot()->graph(0);
    bool found = false;
    const double costTop = total->getValueRange(found).upper;
    QVERIFY(found);
    // The cost curve reaches at least 40% of the plot's height.
    QVERIFY2(costTop >= 0.4 * chart->plot()->yAxis->range().upper,
             qPrintable(QStringLiteral("cost %1 under an axis to %2")
                            .arg(costTop)
                            .arg(chart->plot()->yAxis->range().upper)));
    // Revenue is still named in its legend entry, with where it ends (no note that the legend
    // could cover in large type).
    const QCPGraph *revenue = chart->plot()->graph(3);
    QVERIFY2(revenue->name().contains(QStringLiteral("above the chart")),
             qPrintable(revenue->name()));
    QVERIFY2(revenue->name().contains(units::tokens(65536)), qPrintable(revenue->name()));
    // On the log scale both fit and the entry says no more than whose revenue it is.
    chart->setLogScale(true);
    chart->renderNow();
    QVERIFY2(!revenue->name().contains(QStringLiteral("above the chart")),
             qPrintable(revenue->name()));
}

void TestChartLayout::dollarTicksReadAlike()
{
    // The cost per token in dollars, linear and logarithmic: one number of decimals on a
    // linear axis, no trailing zeros on a logarithmic one.
    auto chart = createChart(QStringLiteral("per-token"));
    auto *perToken = qobject_cast<PerTokenCostView *>(chart.get());
    QVERIFY(perToken);
    perToken->setMetric(PerTokenCostView::Metric::Usd);
    chart->resize(1000, 420);
    chart->show();
    chart->setEvaluation(test::servingEvaluation({}));
    for (const bool log : {false, true}) {
        chart->setLogScale(log);
        chart->renderNow();
        chart->plot()->replot();
        const QVector<QString> labels = chart->plot()->yAxis->tickVectorLabels();
        QVERIFY(labels.size() >= 2);
        QSet<qsizetype> decimals;
        for (const QString &label : labels) {
            const qsizetype point = label.indexOf(QLatin1Char('.'));
            decimals << (point < 0 ? 0 : label.size() - point - 1);
            if (log && point >= 0)
                QVERIFY2(!label.endsWith(QLatin1Char('0')), qPrintable(label));
        }
        if (!log)
            QVERIFY2(
                decimals.size() == 1,
                qPrintable(QStringList(labels.begin(), labels.end()).join(QStringLiteral(", "))));
    }
}

void TestChartLayout::rateIsNotPerSecondTwice()
{
    auto chart = createChart(QStringLiteral("per-token"));
    auto *perToken = qobject_cast<PerTokenCostView *>(chart.get());
    perToken->setMetric(PerTokenCostView::Metric::Seconds);
    chart->show();
    chart->setEvaluation(test::servingEvaluation({}));
    chart->renderNow();
    const QCPGraph *graph = nullptr;
    for (int i = 0; i < chart->plot()->graphCount(); ++i) {
        if (!chart->plot()->graph(i)->data()->isEmpty())
            graph = chart->plot()->graph(i);
    }
    QVERIFY(graph);
    for (const double position : {100.0, 2100.0}) {
        const QString text = chart->explain(graph, position, 0);
        QVERIFY2(!text.contains(QStringLiteral("/s per second")), qPrintable(text));
    }
}

void TestChartLayout::explanationSaysWhatTheScoresCost()
{
    // llama.cpp without flash attention: the prompt's and a decode step's explanations add the
    // scores' bytes and time; with it they say nothing of them.
    for (const bool flash : {false, true}) {
        ScenarioChanges c;
        c.hardwareId = QStringLiteral("rtx-4090");
        c.engineId = QStringLiteral("llama.cpp");
        c.inputTokens = 4096;
        c.outputTokens = 256;
        c.flashAttention = flash;
        auto chart = createChart(QStringLiteral("per-token"));
        qobject_cast<PerTokenCostView *>(chart.get())->setMetric(PerTokenCostView::Metric::Seconds);
        chart->show();
        chart->setEvaluation(test::servingEvaluation(c));
        chart->renderNow();
        int explained = 0; // the prompt's graph and the output's
        for (int i = 0; i < chart->plot()->graphCount(); ++i) {
            const QCPGraph *graph = chart->plot()->graph(i);
            if (graph->data()->isEmpty())
                continue;
            const double position = graph->data()->at(0)->key;
            const QString text = chart->explain(graph, position, 0);
            QVERIFY2(text.contains(QStringLiteral("Without flash attention the attention scores "
                                                  "also go through memory")) == !flash,
                     qPrintable(text));
            ++explained;
        }
        QVERIFY(explained >= 2);
    }
}

void TestChartLayout::markersAtThisBatchShareItsLabel()
{
    // A 4-bit 70B model on an M1 Max is compute-bound from batch 1 (unpacking the weights): the
    // knee's line is this batch's, and one label says both (two rotated labels at one x
    // overprint each other).
    ScenarioChanges c;
    c.hardwareId = QStringLiteral("apple-m1-max");
    c.modelId = QStringLiteral("llama-3.1-70b");
    c.engineId = QStringLiteral("llama.cpp");
    c.weights = precisionByName(QStringLiteral("q4_k_m"));
    c.kvCache = precisionByName(QStringLiteral("fp16"));
    c.batch = 1;
    auto chart = test::shownChart(QStringLiteral("batch"), test::servingEvaluation(c));
    QStringList labels;
    for (int i = 0; i < chart->plot()->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(chart->plot()->item(i));
            text && text->rotation() != 0)
            labels << text->text();
    }
    QCOMPARE(labels.filter(QStringLiteral("compute-bound from batch 1")).size(), 1);
    QVERIFY2(labels.filter(QStringLiteral("this batch: 1\ncompute-bound from batch 1")).size() == 1,
             qPrintable(labels.join(QLatin1Char('|'))));
}

void TestChartLayout::chartsInDollarsSayWhenThereIsNoPrice()
{
    // Without a GPU-hour price every cost is $0 and every request all margin: each chart in
    // dollars says so on the plot; with a price, none does.
    const auto noteCount = [](const ChartView &chart) {
        int notes = 0;
        for (const QCPItemText *text : texts(chart))
            notes += text->text().startsWith(QStringLiteral("No GPU-hour price for"));
        return notes;
    };
    for (const double price : {0.0, 2.0}) {
        ScenarioChanges c;
        c.gpuHourUsd = price;
        const auto e = test::servingEvaluation(c, QStringLiteral("chat"));
        const int want = price > 0 ? 0 : 1;
        for (const char *id : {"cumulative", "margins", "margin-map"}) {
            auto chart = test::shownChart(QLatin1String(id), e);
            QVERIFY2(noteCount(*chart) == want, id);
        }
        auto perToken = test::shownChart(QStringLiteral("per-token"), e);
        QCOMPARE(noteCount(*perToken), 0); // FLOPs: no dollars
        QVERIFY(perToken->setLessonOption(QStringLiteral("metric"), QStringLiteral("usd")));
        perToken->renderNow();
        QCOMPARE(noteCount(*perToken), want);
        auto batch = test::shownChart(QStringLiteral("batch"), e);
        qobject_cast<BatchSweepView *>(batch.get())->setMode(BatchSweepView::Mode::Price);
        batch->renderNow();
        QCOMPARE(noteCount(*batch), want);
    }
}

TCE_TEST_MAIN(TestChartLayout)
#include "tst_chartlayout.moc"
