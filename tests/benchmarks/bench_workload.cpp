// Times the evaluation of the 19,366-request Azure conversation trace and a 256x256 margin
// grid together (issue 6 target: <= 20 ms). Prints one JSON line; a benchmark, not a test.
#include "catalog.h"
#include "scenariobuilder.h"
#include "workload.h"
#include "workloadcost.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tce;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString trace =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(TCE_SHARED_DATA_DIR
                                  "/azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv");
    const auto workload = importTraceCsv(trace);
    if (!workload) {
        std::fprintf(stderr, "bench_workload: %s\n", qPrintable(workload.error()));
        return 2;
    }
    ScenarioChanges c;
    c.engineId = QStringLiteral("vllm");
    c.batch = 16;
    const Scenario s =
        applyChanges(Catalog::builtIn(), defaultScenario(Catalog::builtIn()), c).value();

    std::vector<double> total, traceMs, gridMs;
    double sink = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const WorkloadEconomics e = evaluateWorkload(s, workload.value());
        const double t1 = double(timer.nsecsElapsed()) / 1e6;
        const MarginGrid g = marginGrid(s, 131072, 65536, 256);
        const double t2 = double(timer.nsecsElapsed()) / 1e6;
        sink += e.meanCostUsd + g.marginUsd(0, 0);
        traceMs.push_back(t1);
        gridMs.push_back(t2 - t1);
        total.push_back(t2);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    auto p95 = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[size_t(0.95 * double(v.size() - 1))];
    };
    std::printf(
        "{\"requests\":%zu,\"grid\":\"256x256\",\"runs\":%zu,\"median_ms\":%.3f,\"p95_ms\":%.3f,"
        "\"trace_median_ms\":%.3f,\"grid_median_ms\":%.3f,\"checksum\":%.6g}\n",
        workload->size(), total.size(), median(total), p95(total), median(traceMs), median(gridMs),
        sink);
    return 0;
}
