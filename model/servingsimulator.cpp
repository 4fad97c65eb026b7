#include "servingsimulator.h"

#include "memorymodel.h"
#include "scenario.h"
#include "servingrecord.h"
#include "timingmodel.h"
#include "workload.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <queue>
#include <random>

namespace tce {

namespace {

// A simulation longer than this is a mistake in the input (a rate of one request a year).
constexpr int64_t kMaxRuns = 50'000'000;

enum class State : uint8_t
{
    Pending,
    Waiting,
    Prefilling,
    Decoding,
    Done
};

struct Sequence
{
    int64_t input = 0;
    int64_t output = 0;
    int64_t promptLength = 0; // to prefill: the input, or input + generated after a preemption
    int64_t prefilled = 0;
    int64_t cachedPrefix = 0; // prompt tokens found in the prompt cache: never prefilled
    int64_t inputCounted = 0; // prompt tokens already counted as served input
    int64_t generated = 0;
    int64_t blocks = 0; // held while prefilling (a decoding sequence's follow from its position)
    // Decoding: the run `baseRun` processes position `basePosition`, one more each run.
    int64_t baseRun = 0;
    int64_t basePosition = 0;
    int64_t generatedAtBase = 0;
    double arrival = 0;
    double firstToken = -1;
    double finish = -1;
    double lastToken = 0;
    uint32_t stamp = 0; // changes whenever the sequence leaves the running set
    State state = State::Pending;
    bool belowWindow = true;
};

struct Event
{
    int64_t run = 0;
    int sequence = 0;
    uint32_t stamp = 0;
    bool operator>(const Event &o) const
    {
        return run != o.run ? run > o.run : sequence > o.sequence;
    }
};
using EventQueue = std::priority_queue<Event, std::vector<Event>, std::greater<Event>>;

struct Entry
{
    int sequence = 0;
    uint32_t stamp = 0;
};

struct Chunk
{
    int sequence = 0;
    int64_t tokens = 0;
};

int64_t ceilDiv(int64_t a, int64_t b)
{
    return a <= 0 ? 0 : (a + b - 1) / b;
}

// 53 random bits as a double in [0, 1): the same on every platform, unlike std's distributions.
double uniform01(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

class Simulator
{
public:
    Simulator(const Scenario &scenario, const ServingLoad &load, const TimingModel &timing,
              int64_t totalBlocks);
    Result<ServingRecord> run(std::vector<Sequence> sequences, std::vector<double> arrivals);

private:
    bool isCurrent(const Entry &e) const { return m_seqs[size_t(e.sequence)].stamp == e.stamp; }
    bool isPrefilling(const Entry &e) const
    {
        return isCurrent(e) && m_seqs[size_t(e.sequence)].state == State::Prefilling;
    }
    int phaseAt(int64_t run) const
    {
        return int((m_blockTokens - run % m_blockTokens) % m_blockTokens);
    }
    int64_t positionAt(const Sequence &s, int64_t run) const
    {
        return s.basePosition + (run - s.baseRun);
    }
    int phaseOf(const Sequence &s) const
    {
        const int64_t c = (s.basePosition - s.baseRun - 1) % m_blockTokens;
        return int(c < 0 ? c + m_blockTokens : c);
    }

    void arriveUntil(double t);
    void issueNext(double t);
    // When the next request becomes schedulable, or -1 when none is left to come.
    double nextVisible() const;
    void startDecoding(int index, int64_t run);
    void stopDecoding(int index, int64_t lastRun);
    void preempt(int index, int64_t run, double t);
    int lastRunning();
    void finishSequence(int index, double t);
    DecodeSums decodeSums(int64_t run) const;

    const ServingLoad &m_load;
    const TimingModel &m_timing;
    int m_maxRunning = 1;
    int64_t m_maxBatchedTokens = 1;
    int64_t m_blockTokens = 16;
    int64_t m_window = 0;
    int64_t m_freeBlocks = 0;
    int64_t m_totalBlocks = 0;

    std::vector<Sequence> m_seqs;
    std::vector<double> m_arrivals; // open loop: in order; closed loop: filled as issued
    size_t m_nextArrival = 0;
    int m_issued = 0;
    // The engine's cost per request (tokenising, the HTTP round trip, scheduling): CPU work the
    // GPU does not wait for. A request reaches the scheduler that long after it arrives, so its
    // time to first token includes it; in a closed loop its client waits for it too.
    double m_requestOverhead = 0;
    std::deque<std::pair<double, int>> m_issuing; // closed loop: (schedulable at, sequence)
    std::deque<int> m_waiting;
    std::vector<Entry> m_running; // admission order; stale entries skipped
    std::deque<Entry> m_prefilling;
    int m_runningCount = 0;
    int m_done = 0;

    // Decoding sequences summed (see DecodeSums): sum of (basePosition - baseRun) over them, and
    // over those still inside the sliding window.
    int64_t m_decoding = 0;
    int64_t m_baseSum = 0;
    int64_t m_decodingBelow = 0;
    int64_t m_baseSumBelow = 0;
    std::vector<int64_t> m_phaseCount;
    EventQueue m_finishes;
    EventQueue m_windowCrossings;

    ServingRecord m_record;
};

Simulator::Simulator(const Scenario &scenario, const ServingLoad &load, const TimingModel &timing,
                     int64_t totalBlocks)
    : m_load(load)
    , m_timing(timing)
{
    const EngineProfile &engine = scenario.serving.engine;
    m_requestOverhead = std::max(0.0, engine.requestOverheadSeconds);
    m_maxBatchedTokens = std::max(1, engine.maxBatchedTokens);
    // Every running sequence's decode token must fit in a run's token budget.
    m_maxRunning =
        int(std::min<int64_t>(std::max(1, engine.maxRunningSequences), m_maxBatchedTokens));
    m_blockTokens = std::max(1, engine.kvBlockTokens);
    m_window = timing.slidingWindow();
    m_totalBlocks = totalBlocks;
    m_freeBlocks = totalBlocks;
    m_phaseCount.assign(size_t(m_blockTokens), 0);
}

void Simulator::arriveUntil(double t)
{
    if (m_load.mode == LoadMode::Concurrency) {
        while (!m_issuing.empty() && m_issuing.front().first <= t) {
            m_seqs[size_t(m_issuing.front().second)].state = State::Waiting;
            m_waiting.push_back(m_issuing.front().second);
            m_issuing.pop_front();
        }
        return;
    }
    while (m_nextArrival < m_arrivals.size() &&
           m_arrivals[m_nextArrival] + m_requestOverhead <= t) {
        Sequence &s = m_seqs[m_nextArrival];
        s.arrival = m_arrivals[m_nextArrival];
        s.state = State::Waiting;
        m_waiting.push_back(int(m_nextArrival));
        ++m_nextArrival;
    }
}

void Simulator::issueNext(double t)
{
    if (m_load.mode != LoadMode::Concurrency || m_issued >= int(m_seqs.size()))
        return;
    m_seqs[size_t(m_issued)].arrival = t;
    m_issuing.emplace_back(t + m_requestOverhead, m_issued++);
}

double Simulator::nextVisible() const
{
    if (m_load.mode == LoadMode::Concurrency)
        return m_issuing.empty() ? -1 : m_issuing.front().first;
    return m_nextArrival < m_arrivals.size() ? m_arrivals[m_nextArrival] + m_requestOverhead : -1;
}

DecodeSums Simulator::decodeSums(int64_t run) const
{
    DecodeSums sums;
    sums.sequences = m_decoding;
    sums.positions = double(m_baseSum + m_decoding * run);
    if (m_window > 0)
        sums.windowedPositions = double(m_baseSumBelow + m_decodingBelow * run) +
                                 double(m_decoding - m_decodingBelow) * double(m_window);
    return sums;
}

void Simulator::startDecoding(int index, int64_t run)
{
    Sequence &s = m_seqs[size_t(index)];
    s.state = State::Decoding;
    s.baseRun = run;
    s.basePosition = s.promptLength + 1;
    s.generatedAtBase = s.generated;
    const int64_t base = s.basePosition - s.baseRun;
    ++m_decoding;
    m_baseSum += base;
    ++m_phaseCount[size_t(phaseOf(s))];
    s.belowWindow = m_window > 0 && s.basePosition <= m_window;
    if (s.belowWindow) {
        ++m_decodingBelow;
        m_baseSumBelow += base;
        m_windowCrossings.push({run + (m_window + 1 - s.basePosition), index, s.stamp});
    }
    // At run r it emits token generated + 1 + (r - run); the last one is the output-th.
    m_finishes.push({run + (s.output - s.generated) - 1, index, s.stamp});
}

void Simulator::stopDecoding(int index, int64_t lastRun)
{
    Sequence &s = m_seqs[size_t(index)];
    const int64_t base = s.basePosition - s.baseRun;
    --m_decoding;
    m_baseSum -= base;
    --m_phaseCount[size_t(phaseOf(s))];
    if (s.belowWindow) {
        --m_decodingBelow;
        m_baseSumBelow -= base;
    }
    // Blocks for every position written so far; lastRun < baseRun: only the prompt's.
    const int64_t written = std::max(s.promptLength, positionAt(s, lastRun));
    m_freeBlocks += ceilDiv(written, m_blockTokens);
    s.generated = s.generatedAtBase + std::max<int64_t>(0, lastRun - s.baseRun + 1);
}

int Simulator::lastRunning()
{
    while (!m_running.empty() && !isCurrent(m_running.back()))
        m_running.pop_back();
    return m_running.empty() ? -1 : m_running.back().sequence;
}

// As vLLM: the victim frees its blocks and goes back to the front of the queue; when admitted
// again it recomputes its prompt and the tokens it had generated.
void Simulator::preempt(int index, int64_t run, double t)
{
    Sequence &s = m_seqs[size_t(index)];
    if (s.state == State::Decoding) {
        stopDecoding(index, run - 1);
        s.lastToken = t;
    } else {
        m_freeBlocks += s.blocks;
    }
    s.blocks = 0;
    s.prefilled = 0;
    s.promptLength = s.input + s.generated;
    s.state = State::Waiting;
    ++s.stamp;
    --m_runningCount;
    m_running.pop_back();
    m_waiting.push_front(index);
    ++m_record.preemptions;
}

void Simulator::finishSequence(int index, double t)
{
    Sequence &s = m_seqs[size_t(index)];
    s.state = State::Done;
    s.finish = t;
    ++s.stamp;
    --m_runningCount;
    ++m_done;
    issueNext(t);
}

Result<ServingRecord> Simulator::run(std::vector<Sequence> sequences, std::vector<double> arrivals)
{
    m_seqs = std::move(sequences);
    m_arrivals = std::move(arrivals);
    const int total = int(m_seqs.size());
    if (m_load.mode == LoadMode::Concurrency) {
        for (int i = 0; i < std::min(m_load.concurrency, total); ++i)
            issueNext(0);
    }
    std::vector<Chunk> chunks;
    double t = m_load.mode == LoadMode::Concurrency || m_arrivals.empty()
                   ? 0
                   : m_arrivals.front() + m_requestOverhead;
    int64_t k = 0;
    int64_t outputTokens = 0;
    int64_t inputTokens = 0;
    double prefillSeconds = 0;
    double decodeSeconds = 0;

    while (m_done < total) {
        arriveUntil(t);
        if (m_runningCount == 0 && m_waiting.empty()) {
            // Idle until the next request reaches the scheduler.
            const double next = nextVisible();
            if (next < 0)
                return Result<ServingRecord>::failure(
                    QStringLiteral("serving simulation: no request left to arrive"));
            t = std::max(t, next);
            continue;
        }
        if (k >= kMaxRuns)
            return Result<ServingRecord>::failure(
                QStringLiteral("serving simulation: more than %1 runs; lower --requests or "
                               "raise the load")
                    .arg(kMaxRuns));

        // Sequences that move past the sliding window from this run on.
        while (!m_windowCrossings.empty() && m_windowCrossings.top().run <= k) {
            const Event e = m_windowCrossings.top();
            m_windowCrossings.pop();
            Sequence &s = m_seqs[size_t(e.sequence)];
            if (s.stamp != e.stamp || s.state != State::Decoding || !s.belowWindow)
                continue;
            s.belowWindow = false;
            --m_decodingBelow;
            m_baseSumBelow -= s.basePosition - s.baseRun;
        }

        // Decode tokens first: one block for each sequence that starts a new block; preempt
        // the most recently admitted sequence while they do not fit.
        bool preempted = false;
        while (m_phaseCount[size_t(phaseAt(k))] > m_freeBlocks) {
            const int victim = lastRunning();
            if (victim < 0)
                break;
            preempt(victim, k, t);
            preempted = true;
        }
        const int64_t decoding = m_decoding;
        const int64_t decodeBlocks = m_phaseCount[size_t(phaseAt(k))];
        m_freeBlocks -= decodeBlocks;
        int64_t budget = m_maxBatchedTokens - decoding;

        // Then the unfinished prompts of admitted sequences, then new ones, first come first
        // served, into what is left of the token budget and of the blocks.
        chunks.clear();
        while (!m_prefilling.empty() && !isPrefilling(m_prefilling.front()))
            m_prefilling.pop_front();
        for (const Entry &e : m_prefilling) {
            if (budget <= 0)
                break;
            if (!isPrefilling(e))
                continue;
            Sequence &s = m_seqs[size_t(e.sequence)];
            int64_t tokens = std::min(s.promptLength - s.prefilled, budget);
            const int64_t room = (s.blocks + m_freeBlocks) * m_blockTokens - s.prefilled;
            tokens = std::min(tokens, room);
            if (tokens <= 0)
                break;
            const int64_t blocks = ceilDiv(s.prefilled + tokens, m_blockTokens);
            m_freeBlocks -= blocks - s.blocks;
            s.blocks = blocks;
            budget -= tokens;
            chunks.push_back({e.sequence, tokens});
        }
        while (!preempted && budget > 0 && !m_waiting.empty() && m_runningCount < m_maxRunning) {
            const int index = m_waiting.front();
            Sequence &s = m_seqs[size_t(index)];
            // A cached prefix needs its blocks (held per sequence here: vLLM shares them, so
            // this overstates memory a little) but no prefill.
            const int64_t tokens = std::min(s.promptLength - s.cachedPrefix, budget);
            const int64_t blocks = ceilDiv(s.cachedPrefix + tokens, m_blockTokens);
            if (blocks > m_freeBlocks)
                break;
            m_waiting.pop_front();
            m_freeBlocks -= blocks;
            s.blocks = blocks;
            s.prefilled = s.cachedPrefix;
            s.state = State::Prefilling;
            ++m_runningCount;
            m_running.push_back({index, s.stamp});
            m_prefilling.push_back({index, s.stamp});
            budget -= tokens;
            chunks.push_back({index, tokens});
        }
        if (decoding == 0 && chunks.empty()) {
            // Partly prefilled prompts hold every block: preempt the newest and schedule again.
            // (One request alone always fits: checked before the simulation.)
            const int victim = lastRunning();
            if (victim < 0 || m_runningCount <= 1)
                return Result<ServingRecord>::failure(
                    QStringLiteral("serving simulation: the scheduler is stuck with %1 free KV "
                                   "blocks")
                        .arg(m_freeBlocks));
            preempt(victim, k, t);
            continue;
        }

        RunContents contents;
        m_timing.addDecodeSums(contents, decodeSums(k));
        for (const Chunk &c : chunks) {
            const Sequence &s = m_seqs[size_t(c.sequence)];
            m_timing.addPrefillChunk(contents, s.prefilled + 1, s.prefilled + c.tokens,
                                     s.prefilled + c.tokens == s.promptLength);
        }
        const RunTime runTime = m_timing.mixedRun(contents);
        if (!std::isfinite(runTime.seconds) || runTime.seconds <= 0)
            return Result<ServingRecord>::failure(
                QStringLiteral("serving simulation: a run takes %1 s; check the hardware's "
                               "peak FLOP/s and memory bandwidth")
                    .arg(runTime.seconds));

        // Split the run's seconds between prefill and decode by what bounds the run.
        const double tokens = double(std::max<int64_t>(1, contents.tokens()));
        const double tokenShare = double(contents.prefillTokens) / tokens;
        double boundShare = tokenShare;
        if (runTime.bound == Bound::Compute && runTime.flops > 0)
            boundShare = contents.prefillFlops / runTime.flops;
        else if (runTime.bytes > 0)
            boundShare = (contents.prefillKvBytes +
                          m_timing.weightBytesForRun(contents.tokens()) * tokenShare) /
                         runTime.bytes;
        const double boundSeconds = std::max(runTime.computeSeconds, runTime.memorySeconds);
        const double prefillPart =
            boundSeconds * boundShare +
            (runTime.communicationSeconds + runTime.overheadSeconds) * tokenShare;
        prefillSeconds += prefillPart;
        decodeSeconds += runTime.seconds - prefillPart;

        const double end = t + runTime.seconds;
        RunRecord record;
        record.start = t;
        record.end = end;
        record.running = m_runningCount;
        record.waiting = int32_t(m_waiting.size());
        record.decoding = int32_t(decoding);
        record.usedBlocks = m_totalBlocks - m_freeBlocks;
        outputTokens += decoding;

        // Sequences whose last token this run emitted.
        while (!m_finishes.empty() && m_finishes.top().run <= k) {
            const Event e = m_finishes.top();
            m_finishes.pop();
            Sequence &s = m_seqs[size_t(e.sequence)];
            if (s.stamp != e.stamp || s.state != State::Decoding)
                continue;
            stopDecoding(e.sequence, k);
            finishSequence(e.sequence, end);
        }
        // Chunks that complete a prompt emit a token: the first one, or the next one after a
        // preemption.
        for (const Chunk &c : chunks) {
            Sequence &s = m_seqs[size_t(c.sequence)];
            s.prefilled += c.tokens;
            const int64_t counted = std::min(s.prefilled, s.input);
            if (counted > s.inputCounted) {
                inputTokens += counted - s.inputCounted;
                s.inputCounted = counted;
            }
            if (s.prefilled < s.promptLength)
                continue;
            if (s.generated == 0)
                s.firstToken = end;
            else
                m_record.longGaps.push_back({end, end - s.lastToken});
            ++s.generated;
            ++outputTokens;
            if (s.generated >= s.output) {
                m_freeBlocks += s.blocks;
                s.blocks = 0;
                finishSequence(c.sequence, end);
            } else {
                s.blocks = 0; // from now on counted from its position
                startDecoding(c.sequence, k + 1);
            }
        }
        record.outputTokens = outputTokens;
        record.inputTokens = inputTokens;
        record.prefillSeconds = prefillSeconds;
        record.decodeSeconds = decodeSeconds;
        m_record.runs.push_back(record);
        // Compact the admission list now and then (finished sequences leave stale entries).
        if (m_running.size() > size_t(2 * m_runningCount + 64)) {
            std::erase_if(m_running, [&](const Entry &e) { return !isCurrent(e); });
        }
        t = end;
        ++k;
    }

    m_record.requests.reserve(m_seqs.size());
    for (const Sequence &s : m_seqs)
        m_record.requests.push_back({s.arrival, s.firstToken, s.finish, s.input, s.output});
    m_record.totalBlocks = m_totalBlocks;
    return std::move(m_record);
}

} // namespace

Result<ServingResult> simulateServing(const Scenario &scenario, const ServingLoad &load,
                                      const Workload &lengths)
{
    const auto record = simulateServingRecord(scenario, load, lengths);
    if (!record)
        return Result<ServingResult>::failure(record.error());
    return servingStatistics(record.value(), load);
}

Result<ServingRecord> simulateServingRecord(const Scenario &scenario, const ServingLoad &load,
                                            const Workload &lengths)
{
    using R = Result<ServingRecord>;
    switch (load.mode) {
    case LoadMode::Concurrency:
        if (load.concurrency < 1 || load.concurrency > kMaxServingConcurrency)
            return R::failure(QStringLiteral("concurrency %1: expected a whole number from 1 to %2")
                                  .arg(load.concurrency)
                                  .arg(kMaxServingConcurrency));
        break;
    case LoadMode::Rate:
        if (!(load.requestsPerSecond > 0) || load.requestsPerSecond > kMaxRequestsPerSecond)
            return R::failure(
                QStringLiteral("rate %1: expected requests per second above 0, at most %2")
                    .arg(load.requestsPerSecond)
                    .arg(kMaxRequestsPerSecond));
        break;
    case LoadMode::Trace:
        if (!(load.timeScale > 0) || !std::isfinite(load.timeScale))
            return R::failure(
                QStringLiteral("time scale %1: expected a number above 0").arg(load.timeScale));
        if (lengths.arrivalSeconds.size() != lengths.size())
            return R::failure(QStringLiteral("%1: the trace has no timestamps (a TIMESTAMP or "
                                             "arrival_s column); it cannot be replayed")
                                  .arg(lengths.name));
        for (size_t i = 1; i < lengths.arrivalSeconds.size(); ++i) {
            if (lengths.arrivalSeconds[i] < lengths.arrivalSeconds[i - 1])
                return R::failure(
                    QStringLiteral("%1: request %2 arrives at %3 s, before request %4 (%5 s): "
                                   "timestamps must be in order")
                        .arg(lengths.name)
                        .arg(i + 1)
                        .arg(lengths.arrivalSeconds[i], 0, 'f', 3)
                        .arg(i)
                        .arg(lengths.arrivalSeconds[i - 1], 0, 'f', 3));
        }
        break;
    }
    if (load.requests < 1 || load.requests > kMaxServingRequests)
        return R::failure(QStringLiteral("requests %1: expected a whole number from 1 to %2")
                              .arg(load.requests)
                              .arg(kMaxServingRequests));
    if (lengths.size() == 0)
        return R::failure(QStringLiteral("no request lengths to simulate"));

    const MemoryBudget budget = memoryBudget(scenario);
    if (budget.usableKvBytes <= 0)
        return R::failure(
            QStringLiteral("%1 does not fit: its weights take %2 GB of the %3 GB left on %4 GPU(s) "
                           "after the engine's reserve and workspace")
                .arg(scenario.model.name)
                .arg(budget.weightBytes / 1e9, 0, 'f', 1)
                .arg((budget.totalBytes - budget.reservedBytes - budget.workspaceBytes) / 1e9, 0,
                     'f', 1)
                .arg(scenario.serving.gpus));
    const TimingModel timing(scenario);
    const int64_t blockTokens = std::max(1, scenario.serving.engine.kvBlockTokens);
    // Blocks hold every layer's K and V: a sliding-window layer's are not freed early.
    const double blockBytes = double(blockTokens) * timing.memory().kvBytesPerToken();
    const int64_t totalBlocks =
        blockBytes > 0 ? int64_t(std::floor(budget.usableKvBytes / blockBytes)) : 0;

    const int count = load.mode == LoadMode::Trace
                          ? int(std::min<size_t>(size_t(load.requests), lengths.size()))
                          : load.requests;
    // Lengths: a trace in its order; a repeated pair or a mix in an order shuffled by the seed.
    std::vector<size_t> order(lengths.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937_64 rng(load.seed);
    if (load.mode != LoadMode::Trace) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(uniform01(rng) * double(i))]);
    }
    std::vector<Sequence> sequences(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const size_t source = order[size_t(i) % order.size()];
        Sequence &s = sequences[size_t(i)];
        s.input = lengths.inputTokens[source];
        s.output = lengths.outputTokens[source];
        if (s.input < 1 || s.output < 1)
            return R::failure(QStringLiteral("%1: request %2 has %3 input and %4 output tokens; "
                                             "both must be at least 1")
                                  .arg(lengths.name)
                                  .arg(source + 1)
                                  .arg(s.input)
                                  .arg(s.output));
        const int64_t context = s.input + s.output;
        if (scenario.model.contextLength > 0 && context > scenario.model.contextLength)
            return R::failure(QStringLiteral("%1: request %2 needs %3 tokens (%4 in + %5 out), "
                                             "beyond %6's context window of %7")
                                  .arg(lengths.name)
                                  .arg(source + 1)
                                  .arg(context)
                                  .arg(s.input)
                                  .arg(s.output)
                                  .arg(scenario.model.name)
                                  .arg(scenario.model.contextLength));
        if (ceilDiv(context, blockTokens) > totalBlocks)
            return R::failure(
                QStringLiteral("%1: request %2 needs %3 tokens of KV cache; the replica holds %4 "
                               "tokens (%5 blocks of %6)")
                    .arg(lengths.name)
                    .arg(source + 1)
                    .arg(context)
                    .arg(totalBlocks * blockTokens)
                    .arg(totalBlocks)
                    .arg(blockTokens));
        s.promptLength = s.input;
        // A share h of the requests hit, spread evenly: request i hits when floor((i + 1) h)
        // passes floor(i h), so any stretch of requests holds its share of hits.
        const double h = scenario.promptCache.servingHitRate;
        if (scenario.useKvCache && std::floor((i + 1.0) * h) > std::floor(double(i) * h))
            s.cachedPrefix = std::clamp<int64_t>(scenario.promptCache.prefixTokens, 0, s.input - 1);
    }

    std::vector<double> arrivals;
    if (load.mode == LoadMode::Rate) {
        arrivals.resize(size_t(count));
        double t = 0;
        for (int i = 0; i < count; ++i) {
            arrivals[size_t(i)] = t;
            t += -std::log1p(-uniform01(rng)) / load.requestsPerSecond;
        }
    } else if (load.mode == LoadMode::Trace) {
        arrivals.resize(size_t(count));
        const double first = lengths.arrivalSeconds.front();
        for (int i = 0; i < count; ++i)
            arrivals[size_t(i)] = (lengths.arrivalSeconds[size_t(i)] - first) / load.timeScale;
    }

    Simulator simulator(scenario, load, timing, totalBlocks);
    auto record = simulator.run(std::move(sequences), std::move(arrivals));
    if (!record)
        return record;
    record->blockBytes = blockBytes;
    record->usdPerSecond = scenario.price.usdPerSecond(scenario.serving.gpus);
    return record;
}

} // namespace tce
