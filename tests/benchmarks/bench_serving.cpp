// Times the serving simulation (issue 13 targets): 2,000 requests of 1,000/1,000 tokens at
// concurrency 256 (<= 20 ms median), the 19,366-request Azure conversation trace at its own
// timestamps (<= 60 ms), a 16-point concurrency sweep (<= 200 ms). Prints one JSON line per
// case and the peak resident memory; a benchmark, not a test.
#include "catalog.h"
#include "scenariobuilder.h"
#include "servingsimulator.h"
#include "servingsweep.h"
#include "workload.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tce;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[size_t(0.95 * double(v.size() - 1))];
}

// Times `body` `repeats` times; prints name, median, p95 and what the body reports.
void time(const char *name, int repeats, const std::function<QString()> &body)
{
    std::vector<double> ms;
    QString detail;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        detail = body();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("{\"case\":\"%s\",\"repeats\":%d,\"median_ms\":%.3f,\"p95_ms\":%.3f,%s}\n", name,
                repeats, median(ms), p95(ms), qPrintable(detail));
    std::fflush(stdout);
}

Workload fixed(int64_t input, int64_t output)
{
    Workload w;
    w.id = w.name = QStringLiteral("fixed");
    w.inputTokens = {input};
    w.outputTokens = {output};
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Catalog &catalog = Catalog::builtIn();
    // The window's default: Llama-3.1-8B bf16 on one H100 SXM, vLLM.
    const Scenario s = defaultServingScenario(catalog);

    ServingLoad load;
    load.concurrency = 256;
    load.requests = 2000;
    time("2000x1000/1000 at concurrency 256", 30, [&] {
        const auto r = simulateServing(s, load, fixed(1000, 1000)).value();
        return QStringLiteral("\"runs\":%1,\"output_tokens_per_s\":%2,\"preemptions\":%3")
            .arg(r.runs)
            .arg(r.outputTokensPerSecond, 0, 'f', 1)
            .arg(r.preemptions);
    });

    const QString tracePath =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/"
                                                      "AzureLLMInferenceTrace_conv.csv");
    const auto trace = importTraceCsv(tracePath);
    if (!trace) {
        std::fprintf(stderr, "bench_serving: %s\n", qPrintable(trace.error()));
        return 2;
    }
    ServingLoad replay;
    replay.mode = LoadMode::Trace;
    replay.requests = kMaxServingRequests;
    time("conversation trace at its timestamps", 20, [&] {
        const auto r = simulateServing(s, replay, trace.value()).value();
        return QStringLiteral("\"requests\":%1,\"runs\":%2,\"duration_s\":%3")
            .arg(r.requests)
            .arg(r.runs)
            .arg(r.durationSeconds, 0, 'f', 1);
    });

    ServingLoad base;
    base.requests = 1000;
    time("16-point concurrency sweep 1-512, ten waves of clients per point, 2048/512", 5, [&] {
        const auto results =
            sweepServing(s, base, fixed(s.inputTokens, s.outputTokens), defaultConcurrencySweep())
                .value();
        int64_t runs = 0;
        for (const ServingResult &r : results)
            runs += r.runs;
        return QStringLiteral("\"points\":%1,\"runs\":%2").arg(results.size()).arg(runs);
    });

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"peak_rss_mib\":%.1f}\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
