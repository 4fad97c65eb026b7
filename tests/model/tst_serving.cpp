#include "catalog.h"
#include "costreport.h"
#include "scenariobuilder.h"
#include "servingrecord.h"
#include "servingsimulator.h"
#include "testregistry.h"
#include "testsupport.h"
#include "timingmodel.h"
#include "workload.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace tce;

// The serving simulation (model/servingsimulator.*, issue 13) against the closed forms it is
// built on, and the invariants any queueing simulation must keep.
class TestServing : public QObject
{
    Q_OBJECT
private slots:
    void mixedRunOfWholePromptsIsThePrefill_data();
    void mixedRunOfWholePromptsIsThePrefill();
    void mixedRunOfDecodesIsTheDecodeStep_data();
    void mixedRunOfDecodesIsTheDecodeStep();
    void chunksAddUpToTheWholePrompt();
    void oneRequestAloneMatchesBatchOne_data();
    void oneRequestAloneMatchesBatchOne();
    void aRequestsOwnCostDelaysOnlyItsFirstToken();
    void cacheHitsShortenThePrefill();
    void littlesLawHolds_data();
    void littlesLawHolds();
    void everyRequestFinishesOnceAndKvStaysWithinCapacity_data();
    void everyRequestFinishesOnceAndKvStaysWithinCapacity();
    void sameSeedSameResult();
    void loadRaisesThroughputAndLatency();
    void offlineRunKeepsEveryRequest();
    void costSplitsTheReplicaHours();
    void sloGoodput();
    void conversationTraceReplays();
    void badInputIsRejectedWithTheValue_data();
    void badInputIsRejectedWithTheValue();
    void traceTimestampsParse();
};

namespace {

Scenario scenarioFor(const QString &model, const QString &hardware, int gpus, int64_t input,
                     int64_t output, const QString &engine = QStringLiteral("vllm"))
{
    const Catalog &catalog = test::sourceCatalog();
    ScenarioChanges c;
    c.modelId = model;
    c.hardwareId = hardware;
    c.engineId = engine;
    c.gpus = gpus;
    c.inputTokens = input;
    c.outputTokens = output;
    c.batch = 1;
    return applyChanges(catalog, defaultServingScenario(catalog), c).value();
}

Workload fixedLengths(int64_t input, int64_t output)
{
    Workload w;
    w.id = w.name = QStringLiteral("fixed");
    w.inputTokens = {input};
    w.outputTokens = {output};
    return w;
}

ServingLoad closedLoop(int concurrency, int requests)
{
    ServingLoad load;
    load.mode = LoadMode::Concurrency;
    load.concurrency = concurrency;
    load.requests = requests;
    return load;
}

ServingLoad poisson(double rate, int requests, uint64_t seed = 1)
{
    ServingLoad load;
    load.mode = LoadMode::Rate;
    load.requestsPerSecond = rate;
    load.requests = requests;
    load.seed = seed;
    return load;
}

bool close(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

void TestServing::mixedRunOfWholePromptsIsThePrefill_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("prompts");
    QTest::addColumn<qint64>("input");
    QTest::newRow("dense GQA, 1 x 2048") << QStringLiteral("llama-3.1-8b") << 1 << qint64(2048);
    QTest::newRow("dense GQA, 4 x 1000") << QStringLiteral("llama-3.1-8b") << 4 << qint64(1000);
    QTest::newRow("MoE, 2 x 4096") << QStringLiteral("mixtral-8x7b") << 2 << qint64(4096);
    QTest::newRow("sliding window, 1 x 6000") << QStringLiteral("gemma-2-9b") << 1 << qint64(6000);
    QTest::newRow("MLA MoE, 1 x 8192") << QStringLiteral("deepseek-v3") << 1 << qint64(8192);
}

// A run holding only whole prompts is today's prefill: same FLOPs, bytes and seconds. The
// only difference allowed is rounding (MoE: 1 - (1 - k/E)^T is 1 to the last bit only for
// long prompts), so 1e-12 relative.
void TestServing::mixedRunOfWholePromptsIsThePrefill()
{
    QFETCH(QString, model);
    QFETCH(int, prompts);
    QFETCH(qint64, input);
    Scenario s = scenarioFor(model, QStringLiteral("h100-sxm"), 8, input, 16);
    // With flash attention and without (scores through memory, 24 bytes each).
    for (const bool flash : {true, false}) {
        s.serving.engine.flashAttention = flash;
        s.serving.engine.unfusedScoreBytes = 24;
        const TimingModel timing(s);
        RunContents run;
        for (int i = 0; i < prompts; ++i)
            timing.addPrefillChunk(run, 1, input, true);
        const RunTime mixed = timing.mixedRun(run);
        const RunTime prefill = timing.prefill(input, prompts);
        QVERIFY2(close(mixed.flops, prefill.flops, 1e-12),
                 qPrintable(QStringLiteral("%1 vs %2").arg(mixed.flops).arg(prefill.flops)));
        QVERIFY(close(mixed.bytes, prefill.bytes, 1e-12));
        QVERIFY(close(mixed.seconds, prefill.seconds, 1e-12));
        QCOMPARE(mixed.scoreBytes > 0, !flash);
    }
}

void TestServing::mixedRunOfDecodesIsTheDecodeStep_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("batch");
    QTest::addColumn<qint64>("position");
    QTest::addColumn<bool>("flash");
    QTest::newRow("dense, 1 at 2049")
        << QStringLiteral("llama-3.1-8b") << 1 << qint64(2049) << true;
    QTest::newRow("dense, 64 at 10000")
        << QStringLiteral("llama-3.1-8b") << 64 << qint64(10000) << true;
    QTest::newRow("dense, 64 at 10000, no flash attention")
        << QStringLiteral("llama-3.1-8b") << 64 << qint64(10000) << false;
    QTest::newRow("MoE, 8 at 3000") << QStringLiteral("mixtral-8x7b") << 8 << qint64(3000) << true;
    QTest::newRow("sliding, 16 inside window")
        << QStringLiteral("gemma-2-9b") << 16 << qint64(1000) << true;
    QTest::newRow("sliding, 16 beyond window")
        << QStringLiteral("gemma-2-9b") << 16 << qint64(7000) << true;
    QTest::newRow("sliding, 16 beyond window, no flash attention")
        << QStringLiteral("gemma-2-9b") << 16 << qint64(7000) << false;
    QTest::newRow("MLA, 32 at 5000") << QStringLiteral("deepseek-v3") << 32 << qint64(5000) << true;
}

// B sequences decoding at the same position, added one at a time and as sums, are today's
// decode step of batch B (cost-model.md section 5): 1e-12 relative (the sums are in doubles,
// the step in exact integers).
void TestServing::mixedRunOfDecodesIsTheDecodeStep()
{
    QFETCH(QString, model);
    QFETCH(int, batch);
    QFETCH(qint64, position);
    Scenario s = scenarioFor(model, QStringLiteral("h100-sxm"), 8, 1000, 100);
    s.serving.batch = batch;
    QFETCH(bool, flash);
    s.serving.engine.flashAttention = flash;
    s.serving.engine.unfusedScoreBytes = 24;
    const TimingModel timing(s);
    RunContents oneByOne;
    for (int i = 0; i < batch; ++i)
        timing.addDecode(oneByOne, position);
    const RunTime step = timing.decodeStep(position);
    const RunTime mixed = timing.mixedRun(oneByOne);
    QVERIFY2(close(mixed.flops, step.flops, 1e-12),
             qPrintable(QStringLiteral("%1 vs %2").arg(mixed.flops).arg(step.flops)));
    QVERIFY(close(mixed.bytes, step.bytes, 1e-12));
    QVERIFY(close(mixed.seconds, step.seconds, 1e-12));

    const int64_t window = timing.slidingWindow();
    RunContents summed;
    timing.addDecodeSums(
        summed,
        DecodeSums{batch, double(batch) * double(position),
                   window > 0 ? double(batch) * double(std::min<int64_t>(position, window)) : 0.0});
    QVERIFY(close(timing.mixedRun(summed).seconds, step.seconds, 1e-12));
}

// A prompt cut into chunks does the same FLOPs as in one piece (the attention of a chunk
// covers the keys cached by the earlier ones): exact up to rounding.
void TestServing::chunksAddUpToTheWholePrompt()
{
    const Scenario s =
        scenarioFor(QStringLiteral("gemma-2-9b"), QStringLiteral("h100-sxm"), 1, 10000, 16);
    const TimingModel timing(s);
    RunContents whole;
    timing.addPrefillChunk(whole, 1, 10000, true);
    double chunkFlops = 0;
    for (int64_t first = 1; first <= 10000; first += 2048) {
        RunContents part;
        const int64_t last = std::min<int64_t>(first + 2047, 10000);
        timing.addPrefillChunk(part, first, last, last == 10000);
        chunkFlops += part.prefillFlops;
    }
    QVERIFY(close(chunkFlops, whole.prefillFlops, 1e-12));
}

void TestServing::oneRequestAloneMatchesBatchOne_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::newRow("8B on H100, 2048/512")
        << QStringLiteral("llama-3.1-8b") << QStringLiteral("h100-sxm") << 1 << qint64(2048)
        << qint64(512);
    QTest::newRow("70B on 4 H100, 1000/1000")
        << QStringLiteral("llama-3.1-70b") << QStringLiteral("h100-sxm") << 4 << qint64(1000)
        << qint64(1000);
    QTest::newRow("Gemma 2 on L40S, 6000/300 (sliding window)")
        << QStringLiteral("gemma-2-9b") << QStringLiteral("l40s") << 1 << qint64(6000)
        << qint64(300);
}

// Concurrency 1: every run holds one request, so TTFT is today's batch-1 prefill plus the
// engine's cost per request (as the report adds it) and the mean inter-token latency today's
// mean batch-1 decode step; the issue asks for 1%.
void TestServing::oneRequestAloneMatchesBatchOne()
{
    QFETCH(QString, model);
    QFETCH(QString, hardware);
    QFETCH(int, gpus);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    Scenario s = scenarioFor(model, hardware, gpus, input, output);
    s.serving.engine.maxBatchedTokens = 8192; // the whole prompt in one run
    const TimingModel timing(s);
    const double prefill =
        timing.prefill(input, 1).seconds + s.serving.engine.requestOverheadSeconds;
    const double decodeMean =
        timing.decodeSecondsBetween(input + 1, input + output - 1) / double(output - 1);

    const auto result = simulateServing(s, closedLoop(1, 20), fixedLengths(input, output));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY2(close(result->ttft.mean, prefill, 0.01),
             qPrintable(QStringLiteral("TTFT %1 s, batch-1 prefill + request cost %2 s")
                            .arg(result->ttft.mean)
                            .arg(prefill)));
    QVERIFY2(close(result->itl.mean, decodeMean, 0.01),
             qPrintable(QStringLiteral("ITL %1 s, batch-1 decode step %2 s")
                            .arg(result->itl.mean)
                            .arg(decodeMean)));
    QVERIFY(close(result->tpot.mean, decodeMean, 0.01));
    // One request at a time: e2e = prefill + (O-1) steps, and requests/s its inverse.
    QVERIFY(close(result->e2e.mean, prefill + decodeMean * double(output - 1), 0.01));
    QVERIFY(close(result->requestsPerSecond, 1.0 / result->e2e.mean, 0.01));
    QCOMPARE(result->maxRunning, 1);
    QCOMPARE(result->preemptions, int64_t(0));
}

// The engine's cost per request (tokenising, the HTTP round trip) is CPU work beside the GPU's:
// each request reaches the scheduler that much later, so it adds once to each TTFT and end to
// end latency, not to the inter-token latency. In a closed loop the client waits for it too:
// one client's requests take prefill + decode + the cost each (all by hand from TimingModel,
// 1%).
void TestServing::aRequestsOwnCostDelaysOnlyItsFirstToken()
{
    Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 1024, 64);
    s.serving.engine.maxBatchedTokens = 8192;
    s.serving.engine.requestOverheadSeconds = 0.25;
    const TimingModel timing(s);
    const double prefill = timing.prefill(1024, 1).seconds;
    const double decode = timing.decodeSecondsBetween(1025, 1024 + 63);

    const auto alone = simulateServing(s, closedLoop(1, 10), fixedLengths(1024, 64));
    QVERIFY2(alone.ok(), qPrintable(alone.error()));
    QVERIFY(close(alone->ttft.mean, prefill + 0.25, 0.01));
    QVERIFY(close(alone->e2e.mean, prefill + decode + 0.25, 0.01));
    QVERIFY(close(alone->itl.mean, decode / 63, 0.01));
    QVERIFY(close(alone->requestsPerSecond, 1 / (prefill + decode + 0.25), 0.02));

    // Open loop, requests far apart: the same TTFT.
    const auto sparse = simulateServing(s, poisson(0.05, 20), fixedLengths(1024, 64));
    QVERIFY2(sparse.ok(), qPrintable(sparse.error()));
    QVERIFY(close(sparse->ttft.p50, prefill + 0.25, 0.01));
}

// Prompt caching under load (cost-model.md section 8): a hit prefills only the prompt after the
// cached prefix, a miss all of it; with hit rate h, h of the requests hit, spread evenly (10 of
// 20 at h = 0.5). One request at a time, so each TTFT is its own prefill (within 1%, as above).
void TestServing::cacheHitsShortenThePrefill()
{
    Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 8000, 100);
    s.serving.engine.maxBatchedTokens = 8192; // the whole prompt in one run
    s.promptCache.prefixTokens = 7000;
    const TimingModel timing(s);
    const double miss = timing.prefill(8000, 1).seconds;
    const double hit = timing.prefill(8000, 1, 7000).seconds;
    QVERIFY(hit < miss / 3); // 1,000 of 8,000 tokens left to prefill, attending to all 8,000
    double throughputBefore = 0;
    for (const double h : {0.0, 0.5, 1.0}) {
        s.promptCache.servingHitRate = h;
        const auto r = simulateServing(s, closedLoop(1, 20), fixedLengths(8000, 100));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const double expected = h * hit + (1 - h) * miss;
        QVERIFY2(close(r->ttft.mean, expected, 0.01),
                 qPrintable(QStringLiteral("hit rate %1: TTFT %2 s, expected %3 s")
                                .arg(h)
                                .arg(r->ttft.mean)
                                .arg(expected)));
        QVERIFY(r->requestsPerSecond > throughputBefore);
        throughputBefore = r->requestsPerSecond;
    }
    // A request that writes the cache is not a hit of its own, but under load the hit rate
    // decides: the writer's scenario and a reader's simulate alike.
    s.promptCache.writesCache = true;
    const auto written = simulateServing(s, closedLoop(1, 20), fixedLengths(8000, 100));
    QVERIFY(written.ok());
    QVERIFY(close(written->ttft.mean, hit, 0.01));
}

void TestServing::littlesLawHolds_data()
{
    QTest::addColumn<ServingLoad>("load");
    QTest::addColumn<QString>("mix");
    QTest::newRow("closed loop 64, fixed lengths") << closedLoop(64, 3000) << QString();
    // Lengths of a mix. With fixed lengths and a cost per sequence in each run (vLLM's fitted
    // profile) this case misses L = lambda W by 2.3%, with 3,000 requests as with 6,000; without
    // that cost it holds. Our guess is waves of identical requests in lock-step against the
    // window's edges; not yet shown (issue 14's notes).
    QTest::newRow("closed loop 300 (queueing past max_num_seqs 256), chat mix")
        << closedLoop(300, 6000) << QStringLiteral("chat");
    QTest::newRow("Poisson 8 req/s, chat mix") << poisson(8, 4000) << QStringLiteral("chat");
    // vLLM's fitted H100 numbers serve this mix at about 14 requests/s.
    QTest::newRow("Poisson 12 req/s (near the knee), chat mix")
        << poisson(12, 4000) << QStringLiteral("chat");
}

// L = lambda W on every stable load: the time-average number of requests in the system
// equals the completion rate times the mean time in system, within 2% (the window's edges cut
// a few requests short). Past capacity an open loop has no steady state (the queue grows
// without bound), so there the result says it is saturated instead.
void TestServing::littlesLawHolds()
{
    QFETCH(ServingLoad, load);
    QFETCH(QString, mix);
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 1000, 300);
    Workload lengths = fixedLengths(1000, 300);
    if (!mix.isEmpty())
        lengths = sampleMix(*test::sourceCatalog().findMix(mix), 2000);
    const auto result = simulateServing(s, load, lengths);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(!result->saturated);
    const double l = result->meanInSystem;
    const double lambdaW = result->requestsPerSecond * result->e2e.mean;
    QVERIFY2(close(l, lambdaW, 0.02),
             qPrintable(QStringLiteral("L = %1, lambda W = %2 (%3 req/s x %4 s)")
                            .arg(l)
                            .arg(lambdaW)
                            .arg(result->requestsPerSecond)
                            .arg(result->e2e.mean)));
}

void TestServing::everyRequestFinishesOnceAndKvStaysWithinCapacity_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<ServingLoad>("load");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<bool>("expectPreemptions");
    QTest::newRow("8B on H100, plenty of KV")
        << QStringLiteral("llama-3.1-8b") << QStringLiteral("h100-sxm") << closedLoop(128, 1000)
        << qint64(1000) << qint64(500) << false;
    // 8B in bf16 on a 24 GB RTX 4090 leaves ~4 GB of KV: 256 sequences growing to 6000 tokens
    // cannot all stay, so sequences are preempted and recomputed.
    QTest::newRow("8B on RTX 4090, KV runs out")
        << QStringLiteral("llama-3.1-8b") << QStringLiteral("rtx-4090") << closedLoop(256, 600)
        << qint64(1000) << qint64(5000) << true;
    QTest::newRow("Gemma 2 (sliding window) on L40S, long outputs")
        << QStringLiteral("gemma-2-9b") << QStringLiteral("l40s") << closedLoop(200, 400)
        << qint64(2000) << qint64(6000) << true;
}

// Every request's lengths come back out: its first token after its arrival, its end after
// that, each output token emitted once (preemption recomputes but does not re-emit), and the
// blocks in use never exceed the capacity.
void TestServing::everyRequestFinishesOnceAndKvStaysWithinCapacity()
{
    QFETCH(QString, model);
    QFETCH(QString, hardware);
    QFETCH(ServingLoad, load);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(bool, expectPreemptions);
    const Scenario s = scenarioFor(model, hardware, 1, input, output);
    const auto record = simulateServingRecord(s, load, fixedLengths(input, output));
    QVERIFY2(record.ok(), qPrintable(record.error()));
    QCOMPARE(int(record->requests.size()), load.requests);
    int64_t outputs = 0;
    int64_t inputs = 0;
    for (const ServedRequest &r : record->requests) {
        QVERIFY(r.firstToken > r.arrival);
        QVERIFY(r.finish >= r.firstToken);
        outputs += r.output;
        inputs += r.input;
    }
    QCOMPARE(record->runs.back().outputTokens, outputs);
    QCOMPARE(record->runs.back().inputTokens, inputs);
    for (const RunRecord &run : record->runs) {
        QVERIFY(run.usedBlocks <= record->totalBlocks);
        QVERIFY(run.end > run.start);
        QVERIFY(run.running <= s.serving.engine.maxRunningSequences);
    }
    QCOMPARE(record->preemptions > 0, expectPreemptions);
}

void TestServing::sameSeedSameResult()
{
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 1000, 300);
    const Workload chat = sampleMix(*test::sourceCatalog().findMix(QStringLiteral("chat")), 500);
    const auto a = simulateServing(s, poisson(10, 1000, 7), chat);
    const auto b = simulateServing(s, poisson(10, 1000, 7), chat);
    const auto c = simulateServing(s, poisson(10, 1000, 8), chat);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(a->ttft.p99, b->ttft.p99);
    QCOMPARE(a->outputTokensPerSecond, b->outputTokensPerSecond);
    QCOMPARE(a->runs, b->runs);
    QVERIFY(a->ttft.p99 != c->ttft.p99);
}

// More clients: more tokens per second until the knee, and longer waits for each.
void TestServing::loadRaisesThroughputAndLatency()
{
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 1000, 500);
    double lastThroughput = 0;
    double lastItl = 0;
    for (int concurrency : {1, 8, 32, 128}) {
        const auto r = simulateServing(s, closedLoop(concurrency, 10 * concurrency + 200),
                                       fixedLengths(1000, 500));
        QVERIFY(r.ok());
        QVERIFY2(r->outputTokensPerSecond > 1.5 * lastThroughput,
                 qPrintable(QStringLiteral("concurrency %1: %2 tok/s after %3")
                                .arg(concurrency)
                                .arg(r->outputTokensPerSecond)
                                .arg(lastThroughput)));
        QVERIFY(r->itl.mean > lastItl);
        lastThroughput = r->outputTokensPerSecond;
        lastItl = r->itl.mean;
    }
}

// All requests queued at once: every request counts, throughput is tokens over the whole run.
void TestServing::offlineRunKeepsEveryRequest()
{
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 500, 200);
    const auto r = simulateServing(s, closedLoop(300, 300), fixedLengths(500, 200));
    QVERIFY(r.ok());
    QCOMPARE(r->measuredRequests, 300);
    QVERIFY(close(r->outputTokensPerSecond, 300.0 * 200 / r->durationSeconds, 1e-9));
    QVERIFY(close(r->requestsPerSecond, 300.0 / r->durationSeconds, 1e-9));
    // vLLM's 256 running sequences: the last 44 wait for the first ones to finish.
    QCOMPARE(r->maxRunning, 256);
}

// The replica's dollars in the window are all handed out: input $ + output $ = $/s x window.
void TestServing::costSplitsTheReplicaHours()
{
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 2000, 400);
    const auto r = simulateServing(s, closedLoop(32, 1000), fixedLengths(2000, 400));
    QVERIFY(r.ok());
    const double span = r->windowEndSeconds - r->windowStartSeconds;
    const double usd = s.price.usdPerSecond(1) * span;
    const double handedOut = r->cost.perMillionInput * r->inputTokensPerSecond * span / 1e6 +
                             r->cost.perMillionOutput * r->outputTokensPerSecond * span / 1e6;
    QVERIFY(usd > 0);
    QVERIFY2(close(handedOut, usd, 1e-9),
             qPrintable(QStringLiteral("%1 vs %2").arg(handedOut).arg(usd)));
    // Decode streams the weights for one token per sequence, prefill for thousands: an output
    // token costs several times an input token (the question this program exists for).
    QVERIFY2(r->cost.outputInputRatio > 3,
             qPrintable(QStringLiteral("ratio %1").arg(r->cost.outputInputRatio)));
    QVERIFY(close(r->cost.perRequestMean, usd / (r->requestsPerSecond * span), 1e-9));
}

void TestServing::sloGoodput()
{
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 1000, 300);
    ServingLoad light = poisson(2, 1000);
    light.sloTtftSeconds = 1.0;
    light.sloItlSeconds = 0.05;
    const auto easy = simulateServing(s, light, fixedLengths(1000, 300));
    QVERIFY(easy.ok());
    QCOMPARE(easy->sloAttainment, 1.0);
    QVERIFY(close(easy->goodputRequestsPerSecond, easy->requestsPerSecond, 1e-12));
    QVERIFY(!easy->saturated);
    ServingLoad heavy = light;
    heavy.requestsPerSecond = 60; // past the knee: the queue grows without bound
    heavy.requests = 3000;
    const auto hard = simulateServing(s, heavy, fixedLengths(1000, 300));
    QVERIFY(hard.ok());
    QVERIFY(hard->saturated);
    QVERIFY(hard->requestsPerSecond > 0);
    QVERIFY2(hard->sloAttainment < 0.5, qPrintable(QString::number(hard->sloAttainment)));
    QVERIFY(close(hard->goodputRequestsPerSecond, hard->requestsPerSecond * hard->sloAttainment,
                  1e-12));
}

// The Azure conversation trace (../shared/data, CC-BY) at its own timestamps: 19,366 requests
// over about an hour, all finished.
void TestServing::conversationTraceReplays()
{
    const auto trace = importTraceCsv(test::sharedDataPath(
        QStringLiteral("azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv")));
    QVERIFY2(trace.ok(), qPrintable(trace.error()));
    QCOMPARE(int(trace->arrivalSeconds.size()), 19366);
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-70b"), QStringLiteral("h100-sxm"), 4, 1000, 200);
    ServingLoad load;
    load.mode = LoadMode::Trace;
    load.requests = kMaxServingRequests;
    const auto r = simulateServing(s, load, trace.value());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->requests, 19366);
    // 2023-11-16 18:15:46.68 to 19:14:08.40 (first and last rows of the file).
    QVERIFY(r->durationSeconds >= 58 * 60 + 21.7);
    QVERIFY(close(r->requestsPerSecond, 19366.0 / 3502.0, 0.15));
}

void TestServing::badInputIsRejectedWithTheValue_data()
{
    QTest::addColumn<ServingLoad>("load");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");
    ServingLoad zero = closedLoop(0, 10);
    QTest::newRow("concurrency 0")
        << zero << qint64(100) << QStringLiteral("llama-3.1-8b") << QStringLiteral("concurrency 0");
    QTest::newRow("rate -1") << poisson(-1, 10) << qint64(100) << QStringLiteral("llama-3.1-8b")
                             << QStringLiteral("rate -1");
    QTest::newRow("requests 0") << closedLoop(4, 0) << qint64(100) << QStringLiteral("llama-3.1-8b")
                                << QStringLiteral("requests 0");
    QTest::newRow("beyond the context window")
        << closedLoop(4, 10) << qint64(200000) << QStringLiteral("llama-3.1-8b")
        << QStringLiteral("200100 tokens");
    QTest::newRow("model does not fit")
        << closedLoop(4, 10) << qint64(100) << QStringLiteral("llama-3.1-405b")
        << QStringLiteral("does not fit");
    ServingLoad trace;
    trace.mode = LoadMode::Trace;
    QTest::newRow("trace without timestamps")
        << trace << qint64(100) << QStringLiteral("llama-3.1-8b")
        << QStringLiteral("no timestamps");
}

void TestServing::badInputIsRejectedWithTheValue()
{
    QFETCH(ServingLoad, load);
    QFETCH(qint64, input);
    QFETCH(QString, model);
    QFETCH(QString, expected);
    const Scenario s = scenarioFor(model, QStringLiteral("h100-sxm"), 1, 100, 100);
    const auto r = simulateServing(s, load, fixedLengths(input, 100));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

void TestServing::traceTimestampsParse()
{
    // Seconds since 1970 by hand: 2023-11-16 is day 19677 (19,675 days to 2023-11-14 plus 2).
    const auto w = parseTraceCsv("TIMESTAMP,ContextTokens,GeneratedTokens\n"
                                 "2023-11-16 18:15:46.6805900,374,44\n"
                                 "2023-11-16 18:15:50.5,396,109\n",
                                 QStringLiteral("t.csv"));
    QVERIFY2(w.ok(), qPrintable(w.error()));
    QCOMPARE(int(w->arrivalSeconds.size()), 2);
    QCOMPARE(w->arrivalSeconds[0], 19677.0 * 86400 + 18 * 3600 + 15 * 60 + 46.68059);
    QVERIFY(std::abs(w->arrivalSeconds[1] - w->arrivalSeconds[0] - 3.81941) < 1e-6);

    const auto bad = parseTraceCsv("TIMESTAMP,ContextTokens,GeneratedTokens\n"
                                   "2023-11-16 25:15:46,374,44\n",
                                   QStringLiteral("t.csv"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("line 2")) &&
                 bad.error().contains(QStringLiteral("2023-11-16 25:15:46")),
             qPrintable(bad.error()));

    // Out of order: the simulation names both requests and their times.
    auto unordered = parseTraceCsv("arrival_s,input_tokens,output_tokens\n5,100,10\n2,100,10\n",
                                   QStringLiteral("u.csv"));
    QVERIFY(unordered.ok());
    ServingLoad load;
    load.mode = LoadMode::Trace;
    const Scenario s =
        scenarioFor(QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), 1, 100, 10);
    const auto r = simulateServing(s, load, unordered.value());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("request 2 arrives at 2.000 s")),
             qPrintable(r.error()));
}

TCE_TEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
