// The calibration dialog (issue 14) built alone from a calibration of real llama-bench output,
// with a scenario on DeepSeek-V3 and an MI300X filling in what the file does not say: its
// summary, its chart (a point per row after the fit, the y = x line, a hovered point names its
// row) and a Save button only for one engine. File > Calibrate in the window, using and saving
// the fit: tests/app/tst_calibrationcontroller.
#include "calibration.h"
#include "calibrationchart.h"
#include "calibrationdialog.h"
#include "charttest.h"
#include "measurement.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace tce;

namespace {

QString fixture()
{
    return test::dataPath(QStringLiteral("calibration/fixtures/llama-bench-mi300x.md"));
}

// The files fitted as the window fits them, from its starting scenario on DeepSeek-V3 and an
// MI300X.
Result<Calibration> calibrated(const QStringList &files)
{
    ScenarioChanges changes;
    changes.modelId = QStringLiteral("deepseek-v3");
    changes.hardwareId = QStringLiteral("mi300x");
    return calibrate(Catalog::builtIn(), files, test::servingScenario(changes));
}

} // namespace

class TestCalibrationDialog : public QObject
{
    Q_OBJECT
private slots:
    void theDialogShowsTheFit();
    void rowsOfTwoEnginesCannotBeSaved();
};

void TestCalibrationDialog::theDialogShowsTheFit()
{
    const auto file = readMeasurementsFile(fixture());
    QVERIFY(file);
    const auto calibration = calibrated({fixture()});
    QVERIFY2(calibration, qPrintable(calibration.error()));
    CalibrationDialog dialog(calibration.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CalibrationChart *chart = dialog.chart();
    QCOMPARE(chart->pointsAfterFit(), int(file->rows.size()));
    QVERIFY(chart->hasIdentityLine());

    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Rows: 13, from llama-bench-mi300x.md")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("llama.cpp/")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Decode: ")) &&
                 summary.contains(QStringLiteral("% → ")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Cross-validated")), qPrintable(summary));
    QVERIFY(dialog.saveButton()->isEnabled());

    // Hovering a point after the fit names its row.
    QCustomPlot *plot = chart->plot();
    plot->replot();
    QCPGraph *after = nullptr;
    for (int i = 0; i < plot->graphCount() && !after; ++i) {
        if (plot->graph(i)->property("afterFit").toBool())
            after = plot->graph(i);
    }
    QVERIFY(after);
    const auto point = after->data()->at(0);
    const QPointF pixel(plot->xAxis->coordToPixel(point->key),
                        plot->yAxis->coordToPixel(point->value));
    const QString row = chart->rowTextAt(pixel);
    QVERIFY2(row.contains(QStringLiteral("llama-bench-mi300x.md, line ")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("MI300X")), qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral("after the fit")), qPrintable(row));
    QVERIFY(chart->rowTextAt(QPointF(-100, -100)).isEmpty());

    // A look at it: TCE_CALIBRATION_SCREENSHOT=file.png saves the dialog as it is drawn.
    const QString shot = qEnvironmentVariable("TCE_CALIBRATION_SCREENSHOT");
    if (!shot.isEmpty())
        QVERIFY(dialog.grab().save(shot));
}

void TestCalibrationDialog::rowsOfTwoEnginesCannotBeSaved()
{
    QTemporaryDir dir;
    const QString two = dir.filePath(QStringLiteral("two-engines.csv"));
    QFile f(two);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("engine,model,hardware,gpus,batch,input,output,weights,kv,metric,value\n"
            "vllm,llama-3.1-8b,h100-sxm,1,1,128,128,fp16,fp16,decode_tok_s,120\n"
            "llama.cpp,llama-3.1-8b,h100-sxm,1,1,128,128,fp16,fp16,decode_tok_s,110\n");
    f.close();
    const auto calibration = calibrated({two});
    QVERIFY2(calibration, qPrintable(calibration.error()));
    CalibrationDialog dialog(calibration.value());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.saveButton()->toolTip().contains(QStringLiteral("2 engines")));
}

TCE_TEST_MAIN(TestCalibrationDialog)
#include "tst_calibrationdialog.moc"
