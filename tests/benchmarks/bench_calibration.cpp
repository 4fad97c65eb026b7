// Times the profile fit of issue 14 (target: 500 rows in <= 200 ms): the published set
// (tests/data/calibration, 305 rows over 15 engine-class groups) fitted engine by engine, then
// 500 rows of one engine and class (the published rows of vLLM on Hopper repeated with lengths
// and batches varied) in one fit, and the published set's cross-validation (one GPU and one
// source left out). Prints one JSON line per case; a benchmark, not a test.
#include "catalog.h"
#include "profilefit.h"
#include "publishedmeasurements.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tce;

namespace {

void time(const char *name, int rows, int repeats, const std::function<void()> &body)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("{\"case\":\"%s\",\"rows\":%d,\"repeats\":%d,\"median_ms\":%.2f,\"max_ms\":%.2f}\n",
                name, rows, repeats, ms[ms.size() / 2], ms.back());
    std::fflush(stdout);
}

} // namespace

int main()
{
    const Catalog &catalog = Catalog::builtIn();
    const QList<MeasurementCase> cases = test::publishedCases(catalog);

    time("published set, every engine and class", int(cases.size()), 9, [&] {
        for (const EngineProfile &engine : catalog.engines) {
            QList<MeasurementCase> own;
            for (const MeasurementCase &c : cases) {
                if (c.scenario.serving.engine.id == engine.id)
                    own << c;
            }
            if (!own.isEmpty())
                fitEngine(engine, own);
        }
    });

    // 500 rows of one class: vLLM's Hopper rows, again with other lengths and batches, their
    // values what the catalog predicts (a fit has to move to reach them from a start 2x off).
    QList<MeasurementCase> hopper;
    for (const MeasurementCase &c : cases) {
        if (c.scenario.serving.engine.id == QLatin1String("vllm") &&
            c.scenario.hardware.hardwareClass == QLatin1String("datacenter-hopper"))
            hopper << c;
    }
    QList<MeasurementCase> five;
    for (int i = 0; five.size() < 500; ++i) {
        MeasurementCase c = hopper[i % hopper.size()];
        c.scenario.inputTokens = 128 << (i % 6);
        c.scenario.serving.batch = 1 << (i % 7);
        c.scenario.serving.prefillBatch = c.scenario.serving.batch;
        c.measurement.value = predictMeasurement(c.scenario, c.measurement.metric);
        five << c;
    }
    FitParameters start = parametersOf(five.first().scenario.serving.engine);
    start.computeEfficiency /= 2;
    start.memoryEfficiency /= 2;
    time("500 rows, one engine and class", 500, 9, [&] { fitParameters(five, start); });

    time("cross-validation of the published set", int(cases.size()), 3,
         [&] { crossValidate(catalog.engines, cases); });
    return 0;
}
