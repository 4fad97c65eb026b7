#include "timingmodel.h"

#include "engineresolution.h"
#include "exactsums.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tce {

namespace {

// c0 + c1 * p over a range of positions on which neither term has a kink.
struct Affine
{
    double c0 = 0;
    double c1 = 0;
    double at(double p) const { return c0 + c1 * p; }
};

double sumAffine(const Affine &f, int64_t a, int64_t b)
{
    if (b < a)
        return 0;
    const double count = double(b - a + 1);
    return f.c0 * count + f.c1 * exact::toDouble(exact::positionSum(a, b));
}

// sum_{p=a..b} max(f(p), g(p)): split where the two lines cross.
double sumOfMax(const Affine &f, const Affine &g, int64_t a, int64_t b)
{
    if (b < a)
        return 0;
    const bool fAtA = f.at(double(a)) >= g.at(double(a));
    const bool fAtB = f.at(double(b)) >= g.at(double(b));
    if (fAtA == fAtB)
        return fAtA ? sumAffine(f, a, b) : sumAffine(g, a, b);
    // The lines cross once in (a, b): the last position on a's side.
    const double cross = (g.c0 - f.c0) / (f.c1 - g.c1);
    int64_t split = std::clamp<int64_t>(int64_t(std::floor(cross)), a, b - 1);
    // Nudge across rounding so that [a, split] really is on a's side.
    while (split > a && (f.at(double(split)) >= g.at(double(split))) != fAtA)
        --split;
    while (split + 1 < b && (f.at(double(split + 1)) >= g.at(double(split + 1))) == fAtA)
        ++split;
    const Affine &first = fAtA ? f : g;
    const Affine &second = fAtA ? g : f;
    return sumAffine(first, a, split) + sumAffine(second, split + 1, b);
}

// sum_{p=1..P} of the scores of a p-token prompt processed from its start in micro-batches of u
// tokens (TimingModel::scoreBytesBetween(1, p) per byte): with k = floor(p / u) full micro-batches
// and r = p - k u tokens left, that prompt has u^2 k (k + 1) / 2 + r p scores. Summed per group of
// u prompts with the same k, in closed form.
double promptScoreSum(int64_t lastPrompt, double u)
{
    if (lastPrompt <= 0)
        return 0;
    const double P = double(lastPrompt);
    const double K = std::floor(P / u); // groups k = 0..K-1 are whole: p = k u .. k u + u - 1
    const double wholeGroups = u * u * (u - 1) / 2 * K * (K - 1) / 2 +
                               K * (u - 1) * u * (2 * u - 1) / 6 +
                               u * u * u / 2 * (K - 1) * K * (K + 1) / 3;
    const double R = P - K * u + 1; // p = K u .. P: r = 0 .. R - 1
    const double lastGroup =
        K * u * (R - 1) * R / 2 + (R - 1) * R * (2 * R - 1) / 6 + R * u * u * K * (K + 1) / 2;
    return wholeGroups + lastGroup;
}

// The roofline's larger side, then what runs beside it: unfused attention's scores, the
// all-reduces or hops, the engine's overheads.
double runSeconds(const RunTime &run)
{
    return std::max(run.computeSeconds, run.memorySeconds) + run.scoreSeconds +
           run.communicationSeconds + run.overheadSeconds;
}

} // namespace

TimingModel::TimingModel(const Scenario &s)
    : m_flops(s.model)
    , m_memory(s.model, s.weights, s.kvCache)
{
    m_gpus = std::max(1, s.serving.gpus);
    m_batch = std::max(1, s.serving.batch);
    m_layers = s.model.numLayers;
    m_hidden = s.model.hiddenSize;
    m_window = s.model.slidingLayerCount() > 0 ? s.model.slidingWindow : 0;
    m_globalLayers = s.model.globalAttentionLayers();
    m_slidingLayers = s.model.slidingLayerCount();
    m_layerSplit = s.serving.engine.multiGpu == MultiGpuMode::Layer && m_gpus > 1;
    const int parallelGpus = m_layerSplit ? 1 : m_gpus;
    m_peakFlops =
        parallelGpus * matmulPeakFlops(s.hardware, s.serving.engine, s.compute.computeKey);
    m_bandwidth = parallelGpus * s.hardware.memoryBandwidthBytesPerSecond;
    m_computeRate = m_peakFlops * s.serving.engine.computeEfficiency;
    m_attentionRate = m_peakFlops * s.serving.engine.attentionEfficiencyOrCompute();
    m_memoryRate = m_bandwidth * s.serving.engine.memoryEfficiency;
    // Weights stored narrower than the 16 bits they are computed in are unpacked on every run,
    // on the vector units (the fp32 rate), while the tensor cores or the memory do the rest.
    const Precision &w = s.weights;
    const bool unpacked = w.bitsPerValue < 16 && (w.computeKey == QLatin1String("bf16") ||
                                                  w.computeKey == QLatin1String("fp16"));
    const double vectorRate = parallelGpus * s.hardware.peakFlopsFor(QStringLiteral("fp32"));
    if (unpacked && vectorRate > 0 && s.serving.engine.dequantOpsPerWeight > 0)
        m_dequantSecondsPerWeightByte =
            s.serving.engine.dequantOpsPerWeight / (w.bitsPerValue / 8.0) / vectorRate;
    if (!s.serving.engine.flashAttention)
        m_bytesPerScoreAndToken = double(s.model.numHeads) * double(s.model.numLayers) *
                                  s.serving.engine.unfusedScoreBytes;
    m_overhead = s.serving.engine.stepOverheadSeconds;
    m_sequenceOverhead = s.serving.engine.sequenceOverheadSeconds;
    m_linkBandwidth = s.hardware.interconnectBytesPerSecond;
    m_linkLatency = s.hardware.interconnectLatencySeconds;
    // Activations travel at the compute precision, at least one byte (fp8 all-reduce).
    m_activationBytes = std::max(1.0, s.compute.bitsPerValue / 8.0);
}

double TimingModel::allReduceSeconds(double tokens) const
{
    if (m_gpus <= 1)
        return 0;
    const double messageBytes = tokens * m_hidden * m_activationBytes;
    if (m_layerSplit) {
        const double hop =
            (m_linkBandwidth > 0 ? messageBytes / m_linkBandwidth : 0) + m_linkLatency;
        return (m_gpus - 1) * hop;
    }
    const double ringShare = 2.0 * (m_gpus - 1) / m_gpus;
    const double perCall =
        (m_linkBandwidth > 0 ? ringShare * messageBytes / m_linkBandwidth : 0) + m_linkLatency;
    return 2.0 * m_layers * perCall;
}

double TimingModel::computeSeconds(double flops, double attentionFlops, const Rates &rates) const
{
    if (rates.compute <= 0 || rates.attention <= 0)
        return std::numeric_limits<double>::infinity();
    return (flops - attentionFlops) / rates.compute + attentionFlops / rates.attention;
}

double TimingModel::busySeconds(const RunTime &run) const
{
    if (m_peakFlops <= 0 || m_bandwidth <= 0)
        return 0;
    return std::max(run.flops / m_peakFlops, (run.bytes - run.scoreBytes) / m_bandwidth) +
           run.scoreBytes / m_bandwidth;
}

double TimingModel::scoreBytesBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (m_bytesPerScoreAndToken <= 0 || lastPosition < firstPosition)
        return 0;
    const double u = double(kMicroBatchTokens);
    const double tokens = double(lastPosition - firstPosition + 1);
    const double whole = std::floor(tokens / u);
    const double rest = tokens - whole * u;
    // Whole micro-batch c = 0, 1, ... ends at position first - 1 + (c + 1) u.
    const double scores = u * (whole * double(firstPosition - 1) + u * whole * (whole + 1) / 2) +
                          rest * double(lastPosition);
    return scores * m_bytesPerScoreAndToken;
}

double TimingModel::decodeScoreSecondsBetween(int64_t firstPosition, int64_t lastPosition,
                                              double bytesPerSecond) const
{
    if (m_bytesPerScoreAndToken <= 0 || lastPosition < firstPosition)
        return 0;
    return m_batch * m_bytesPerScoreAndToken *
           exact::toDouble(exact::positionSum(firstPosition, lastPosition)) / bytesPerSecond;
}

RunTime TimingModel::makeRun(double flops, double attentionFlops, double weightBytes, double bytes,
                             double scoreBytes, double tokens, double sequences) const
{
    RunTime run;
    run.flops = flops;
    run.bytes = bytes + scoreBytes;
    run.scoreBytes = scoreBytes;
    run.dequantSeconds = attainedRates().dequantSeconds(weightBytes);
    run.computeSeconds =
        computeSeconds(flops, attentionFlops, attainedRates()) + run.dequantSeconds;
    run.memorySeconds =
        m_memoryRate > 0 ? bytes / m_memoryRate : std::numeric_limits<double>::infinity();
    run.scoreSeconds = scoreBytes > 0 ? scoreBytes / m_memoryRate : 0;
    run.communicationSeconds = allReduceSeconds(tokens);
    run.overheadSeconds = m_overhead + sequences * m_sequenceOverhead;
    run.bound = run.computeSeconds >= run.memorySeconds ? Bound::Compute : Bound::Memory;
    run.seconds = runSeconds(run);
    return run;
}

RunTime TimingModel::prefill(int64_t inputTokens, int prompts, int64_t cachedPrefix) const
{
    const int64_t cached =
        std::clamp<int64_t>(cachedPrefix, 0, std::max<int64_t>(0, inputTokens - 1));
    const int64_t computed = inputTokens - cached;
    const double chunk =
        m_flops.prefillFlopsThrough(inputTokens) - m_flops.prefillFlopsThrough(cached);
    const double flops = prompts * (chunk + m_flops.logitFlopsPerPosition());
    const double attention = prompts * (chunk - double(computed) * m_flops.matmulFlopsPerToken());
    // Weights are read once for the whole run; each prompt reads its cached prefix's KV and
    // writes the rest: kv(I) in all, cached or not.
    const double bytes = m_memory.weightBytes() + prompts * m_memory.kvBytesForContext(inputTokens);
    const double scores = prompts * scoreBytesBetween(cached + 1, inputTokens);
    RunTime run = makeRun(flops, attention, m_memory.weightBytes(), bytes, scores,
                          double(prompts) * double(computed), prompts);
    if (m_layerSplit) {
        const double u = std::ceil(double(prompts) * double(computed) / double(kMicroBatchTokens));
        const double n = m_gpus;
        // In stages of one GPU's share of the layers: the first micro-batch passes all n, each
        // next one follows max(1, n / in-flight) stages later; one GPU alone would take u n.
        const double pipelined = (n + (u - 1) * std::max(1.0, n / kPipelineInFlight)) / (u * n);
        run.computeSeconds *= pipelined;
        run.memorySeconds *= pipelined;
        run.scoreSeconds *= pipelined;
        run.seconds = runSeconds(run);
    }
    return run;
}

RunTime TimingModel::decodeStep(int64_t position) const
{
    const double flops = m_batch * m_flops.decodeStepFlops(position);
    // The step reads the p-1 cached tokens and writes the new one: kv(p) per sequence. (The
    // reference text adds one more write; its worked check, 4.87 ms, counts kv(p), as here.)
    const double weights = m_memory.weightBytesReadPerStep(m_batch);
    const double bytes = weights + m_batch * m_memory.kvBytesForContext(position);
    return makeRun(flops, m_batch * m_flops.attentionFlopsAtPosition(position), weights, bytes,
                   m_batch * scoreBytesBetween(position, position), m_batch, m_batch);
}

RunTime TimingModel::verifyRun(int64_t position, int draftTokens) const
{
    const int64_t last = position + std::max(0, draftTokens);
    const double positions = double(last - position + 1);
    // decodeFlopsBetween counts matmuls, logits and attention at each of the positions.
    const double flops = m_batch * m_flops.decodeFlopsBetween(position, last);
    const double attention =
        flops -
        m_batch * positions * (m_flops.matmulFlopsPerToken() + m_flops.logitFlopsPerPosition());
    const double tokens = m_batch * positions;
    const double weights = weightBytesForRun(int64_t(tokens));
    const double bytes = weights + m_batch * m_memory.kvBytesForContext(last);
    return makeRun(flops, attention, weights, bytes, m_batch * scoreBytesBetween(position, last),
                   tokens, m_batch);
}

double TimingModel::decodeSecondsBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (lastPosition < firstPosition)
        return 0;
    if (m_computeRate <= 0 || m_attentionRate <= 0 || m_memoryRate <= 0)
        return std::numeric_limits<double>::infinity();
    const double steps = double(lastPosition - firstPosition + 1);
    return decodeRooflineSum(firstPosition, lastPosition, attainedRates()) +
           decodeScoreSecondsBetween(firstPosition, lastPosition, m_memoryRate) +
           steps * (allReduceSeconds(m_batch) + m_overhead + m_batch * m_sequenceOverhead);
}

double TimingModel::decodeBusySecondsBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (lastPosition < firstPosition || m_peakFlops <= 0 || m_bandwidth <= 0)
        return 0;
    return decodeRooflineSum(firstPosition, lastPosition, peakRates()) +
           decodeScoreSecondsBetween(firstPosition, lastPosition, m_bandwidth);
}

double TimingModel::decodeRooflineSum(int64_t firstPosition, int64_t lastPosition,
                                      const Rates &rates) const
{
    const double B = m_batch;
    const double weights = m_memory.weightBytesReadPerStep(m_batch);
    const double kvLayer = m_memory.kvBytesPerTokenPerLayer();
    const double matmul = m_flops.matmulFlopsPerToken() + m_flops.logitFlopsPerPosition();
    const double attnGlobal = m_flops.attentionFlopsPerKeyGlobal();
    const double attnSliding = m_flops.attentionFlopsPerKeySliding();

    // On each side of the window both times are affine in p: below it a sliding layer grows
    // with p like a global one, above it stays at W.
    auto segmentSum = [&](int64_t a, int64_t b, bool belowWindow) {
        const double slope = belowWindow ? 1.0 : 0.0;
        const double constant = belowWindow ? 0.0 : double(m_window);
        const Affine compute{
            B * (matmul / rates.compute + attnSliding * constant / rates.attention) +
                rates.dequantSeconds(weights),
            B * (attnGlobal + attnSliding * slope) / rates.attention};
        const Affine memory{(weights + B * kvLayer * m_slidingLayers * constant) / rates.memory,
                            B * kvLayer * (m_globalLayers + m_slidingLayers * slope) /
                                rates.memory};
        return sumOfMax(compute, memory, a, b);
    };

    double seconds = 0;
    if (m_window > 0) {
        seconds += segmentSum(firstPosition, std::min(lastPosition, m_window), true);
        seconds += segmentSum(std::max(firstPosition, m_window + 1), lastPosition, false);
    } else {
        seconds += segmentSum(firstPosition, lastPosition, true);
    }
    return seconds;
}

double TimingModel::weightBytesForRun(int64_t tokens) const
{
    const int64_t capped = std::clamp<int64_t>(tokens, 1, std::numeric_limits<int>::max());
    return m_memory.weightBytesReadPerStep(int(capped));
}

RunTime TimingModel::mixedRun(const RunContents &run) const
{
    const double flops = run.prefillFlops + run.decodeFlops;
    const double weights = weightBytesForRun(run.tokens());
    const double bytes = weights + run.prefillKvBytes + run.decodeKvBytes;
    return makeRun(flops, run.attentionFlops, weights, bytes, run.scoreBytes, double(run.tokens()),
                   double(run.prefillSequences + run.decodeSequences));
}

void TimingModel::addPrefillChunk(RunContents &run, int64_t firstPosition, int64_t lastPosition,
                                  bool completesPrompt) const
{
    if (lastPosition < firstPosition)
        return;
    const int64_t tokens = lastPosition - firstPosition + 1;
    run.prefillTokens += tokens;
    ++run.prefillSequences;
    const double chunk =
        m_flops.prefillFlopsThrough(lastPosition) - m_flops.prefillFlopsThrough(firstPosition - 1);
    run.prefillFlops += chunk + (completesPrompt ? m_flops.logitFlopsPerPosition() : 0.0);
    run.attentionFlops += chunk - double(tokens) * m_flops.matmulFlopsPerToken();
    // The chunk reads what earlier chunks cached and writes its own tokens: kv(last) in all,
    // as a whole-prompt prefill writes kv(I).
    run.prefillKvBytes += m_memory.kvBytesForContext(lastPosition);
    run.scoreBytes += scoreBytesBetween(firstPosition, lastPosition);
}

void TimingModel::addDecode(RunContents &run, int64_t position) const
{
    const double windowed = m_window > 0 ? double(std::min(position, m_window)) : 0.0;
    addDecodeSums(run, DecodeSums{1, double(position), windowed});
}

void TimingModel::addDecodeSums(RunContents &run, const DecodeSums &sums) const
{
    if (sums.sequences <= 0)
        return;
    const double n = double(sums.sequences);
    run.decodeSequences += sums.sequences;
    const double attention = m_flops.attentionFlopsPerKeyGlobal() * sums.positions +
                             m_flops.attentionFlopsPerKeySliding() * sums.windowedPositions;
    run.decodeFlops +=
        n * (m_flops.matmulFlopsPerToken() + m_flops.logitFlopsPerPosition()) + attention;
    run.attentionFlops += attention;
    run.decodeKvBytes +=
        m_memory.kvBytesPerTokenPerLayer() * (double(m_globalLayers) * sums.positions +
                                              double(m_slidingLayers) * sums.windowedPositions);
    run.scoreBytes += m_bytesPerScoreAndToken * sums.positions;
}

RunTime TimingModel::noCacheStep(int64_t position) const
{
    const double flops = m_batch * m_flops.prefillFlops(position);
    const double attention = m_batch * (m_flops.prefillFlopsThrough(position) -
                                        double(position) * m_flops.matmulFlopsPerToken());
    return makeRun(flops, attention, m_memory.weightBytes(), m_memory.weightBytes(),
                   m_batch * scoreBytesBetween(1, position), double(m_batch) * double(position),
                   m_batch);
}

double TimingModel::noCacheSecondsBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (lastPosition < firstPosition)
        return 0;
    if (m_computeRate <= 0 || m_attentionRate <= 0 || m_memoryRate <= 0)
        return std::numeric_limits<double>::infinity();
    const double steps = double(lastPosition - firstPosition + 1);
    // The all-reduce time is affine in the token count: a + b*tokens.
    const double commFixed = allReduceSeconds(0);
    const double commPerToken = allReduceSeconds(1) - commFixed;
    const double tokens =
        double(m_batch) * exact::toDouble(exact::positionSum(firstPosition, lastPosition));
    return noCacheRooflineSum(firstPosition, lastPosition, attainedRates()) +
           noCacheScoreBytesBetween(firstPosition, lastPosition) / m_memoryRate +
           steps * (commFixed + m_overhead + m_batch * m_sequenceOverhead) + commPerToken * tokens;
}

double TimingModel::noCacheBusySecondsBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (lastPosition < firstPosition || m_peakFlops <= 0 || m_bandwidth <= 0)
        return 0;
    return noCacheRooflineSum(firstPosition, lastPosition, peakRates()) +
           noCacheScoreBytesBetween(firstPosition, lastPosition) / m_bandwidth;
}

double TimingModel::noCacheScoreBytesBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (m_bytesPerScoreAndToken <= 0 || lastPosition < firstPosition)
        return 0;
    const double u = double(kMicroBatchTokens);
    return m_batch * m_bytesPerScoreAndToken *
           (promptScoreSum(lastPosition, u) - promptScoreSum(firstPosition - 1, u));
}

double TimingModel::noCacheRooflineSum(int64_t firstPosition, int64_t lastPosition,
                                       const Rates &rates) const
{
    // Compute grows with p, memory (the weights) does not: find the first compute-bound step.
    const double memorySeconds = m_memory.weightBytes() / rates.memory;
    const double matmul = m_flops.matmulFlopsPerToken();
    auto stepComputeSeconds = [&](int64_t p) {
        return m_batch * computeSeconds(m_flops.prefillFlops(p),
                                        m_flops.prefillFlopsThrough(p) - double(p) * matmul,
                                        rates) +
               rates.dequantSeconds(m_memory.weightBytes());
    };
    int64_t lo = firstPosition;
    int64_t hi = lastPosition + 1; // first compute-bound position lies in [lo, hi]
    while (lo < hi) {
        const int64_t mid = lo + (hi - lo) / 2;
        if (stepComputeSeconds(mid) >= memorySeconds)
            hi = mid;
        else
            lo = mid + 1;
    }
    const int64_t memoryBoundSteps = lo - firstPosition;
    // sum_{p=lo..last} prefillFlops(p) is the no-cache total of a prompt of lo tokens.
    const double computeBoundFlops =
        lo <= lastPosition ? m_flops.noKvCacheTotalFlops(lo, lastPosition - lo + 1) : 0;
    // Of which attention: all but each step's matmuls (p tokens at step p) and its logits.
    const double computeBoundAttention =
        lo <= lastPosition
            ? computeBoundFlops - matmul * exact::toDouble(exact::positionSum(lo, lastPosition)) -
                  m_flops.logitFlopsPerPosition() * double(lastPosition - lo + 1)
            : 0;
    const double computeBoundSteps = double(lastPosition - lo + 1);
    return memoryBoundSteps * memorySeconds +
           m_batch * computeSeconds(computeBoundFlops, computeBoundAttention, rates) +
           computeBoundSteps * rates.dequantSeconds(m_memory.weightBytes());
}

} // namespace tce
