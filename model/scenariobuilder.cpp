#include "scenariobuilder.h"

#include "catalog.h"
#include "engineresolution.h"
#include "requestfeaturesjson.h"

#include <QStringList>

#include <cmath>

namespace tce {

namespace {

template<class T> QString idList(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids << item.id;
    return ids.join(QStringLiteral(", "));
}

QString unknownId(const char *what, const QString &id, const QString &known)
{
    return QStringLiteral("unknown %1 \"%2\"; known: %3").arg(QLatin1String(what), id, known);
}

bool inRange(double v, double lo, double hi)
{
    return std::isfinite(v) && v >= lo && v <= hi;
}

} // namespace

Scenario defaultServingScenario(const Catalog &catalog)
{
    ScenarioChanges changes;
    changes.batch = 16;
    changes.engineId = QStringLiteral("vllm");
    const auto s = applyChanges(catalog, defaultScenario(catalog), changes);
    return s ? s.value() : defaultScenario(catalog);
}

Precision computePrecisionFor(const Precision &weights)
{
    return precisionByName(weights.computeKey).value_or(*precisionByName(QStringLiteral("bf16")));
}

Scenario defaultScenario(const Catalog &catalog)
{
    Scenario s;
    if (const ModelSpec *m = catalog.findModel(QStringLiteral("llama-3.1-8b")))
        s.model = *m;
    if (const HardwareSpec *h = catalog.findHardware(QStringLiteral("h100-sxm")))
        s.hardware = *h;
    if (const EngineProfile *e = catalog.findEngine(QStringLiteral("roofline")))
        s.serving.engine = resolveEngine(*e, s.hardware);
    s.weights = *precisionByName(QStringLiteral("bf16"));
    s.kvCache = s.weights;
    s.compute = computePrecisionFor(s.weights);
    s.price.gpuHourUsd = s.hardware.gpuHourUsd;
    if (const ApiPrice *p = catalog.findPrice(QStringLiteral("gpt-4o-2024-05")))
        applyApiPrice(s.price, *p);
    return s;
}

namespace {

// Prompt cache and speculative decoding: what they take depends on the prompt and the
// presets, so they are checked after the lengths. An empty text when all is well.
QString applyRequestFeatures(const Catalog &catalog, Scenario &s, const ScenarioChanges &c)
{
    if (c.cachedPrefixShare) {
        const double share = *c.cachedPrefixShare;
        if (!inRange(share, 0, 1))
            return QStringLiteral("cached prefix share is %1; expected a number from 0 to 1")
                .arg(share, 0, 'g', 6);
        s.promptCache.prefixTokens = std::llround(share * double(s.inputTokens));
    }
    if (c.cachedPrefixTokens) {
        if (*c.cachedPrefixTokens < 0 || *c.cachedPrefixTokens > s.inputTokens)
            return QStringLiteral("cached prefix is %1 tokens; expected 0 to the prompt's %2")
                .arg(*c.cachedPrefixTokens)
                .arg(s.inputTokens);
        s.promptCache.prefixTokens = *c.cachedPrefixTokens;
    }
    if (s.promptCache.prefixTokens > s.inputTokens)
        return QStringLiteral("cached prefix is %1 tokens, longer than the prompt (%2 tokens)")
            .arg(s.promptCache.prefixTokens)
            .arg(s.inputTokens);
    if (c.writesCache)
        s.promptCache.writesCache = *c.writesCache;
    if (c.oneHourWrite) {
        s.promptCache.oneHourWrite = *c.oneHourWrite;
        s.promptCache.writesCache = s.promptCache.writesCache || *c.oneHourWrite;
    }
    if (c.cacheHitRate) {
        if (!inRange(*c.cacheHitRate, 0, 1))
            return QStringLiteral("cache hit rate is %1; expected a share from 0 to 1")
                .arg(*c.cacheHitRate, 0, 'g', 6);
        s.promptCache.servingHitRate = *c.cacheHitRate;
    }

    if (c.speculativeDraft) {
        const QString &draft = *c.speculativeDraft;
        if (draft == QLatin1String("none")) {
            s.speculative.draft = SpeculativeSpec::Draft::None;
        } else if (draft == QLatin1String("head")) {
            s.speculative.draft = SpeculativeSpec::Draft::Head;
        } else {
            const ModelSpec *m = catalog.findModel(draft);
            if (!m)
                return unknownId("draft model", draft,
                                 idList(catalog.models) + QStringLiteral(", head, none"));
            s.speculative.draft = SpeculativeSpec::Draft::Model;
            s.speculative.draftModel = *m;
        }
    }
    if (c.draftTokens) {
        if (*c.draftTokens < 1 || *c.draftTokens > kMaxDraftTokens)
            return QStringLiteral("draft tokens is %1; expected a whole number from 1 to %2")
                .arg(*c.draftTokens)
                .arg(kMaxDraftTokens);
        s.speculative.draftTokens = *c.draftTokens;
    }
    if (c.acceptance) {
        // alpha = 1 is a draft that is never wrong: the expected length formula has no limit
        // there that a real draft reaches.
        if (!(*c.acceptance >= 0 && *c.acceptance < 1))
            return QStringLiteral("acceptance rate is %1; expected a number from 0 up to (not "
                                  "including) 1")
                .arg(*c.acceptance, 0, 'g', 6);
        s.speculative.acceptance = *c.acceptance;
    }
    return {};
}

} // namespace

Result<Scenario> applyChanges(const Catalog &catalog, Scenario s, const ScenarioChanges &c)
{
    using R = Result<Scenario>;
    if (c.model) {
        s.model = *c.model;
    } else if (c.modelId) {
        const ModelSpec *m = catalog.findModel(*c.modelId);
        if (!m)
            return R::failure(unknownId("model", *c.modelId, idList(catalog.models)));
        s.model = *m;
    }
    if (c.hardwareId) {
        const HardwareSpec *h = catalog.findHardware(*c.hardwareId);
        if (!h)
            return R::failure(unknownId("hardware", *c.hardwareId, idList(catalog.hardware)));
        const bool followPrice = s.price.gpuHourUsd == s.hardware.gpuHourUsd;
        // An engine's numbers that nobody edited follow the hardware to its class's numbers.
        // Flash attention is how the engine is run, not one of its numbers: switched off, it
        // stays off, and the numbers still follow.
        const EngineProfile *engine = catalog.findEngine(s.serving.engine.id);
        const bool flashAttention = s.serving.engine.flashAttention;
        const auto resolvedOn = [&](const HardwareSpec &hardware) {
            EngineProfile resolved = resolveEngine(*engine, hardware);
            resolved.flashAttention = flashAttention;
            return resolved;
        };
        const bool followEngine = engine && s.serving.engine == resolvedOn(s.hardware);
        s.hardware = *h;
        if (followPrice)
            s.price.gpuHourUsd = h->gpuHourUsd;
        if (followEngine)
            s.serving.engine = resolvedOn(s.hardware);
    }
    if (c.engineId) {
        const EngineProfile *e = catalog.findEngine(*c.engineId);
        if (!e)
            return R::failure(unknownId("engine", *c.engineId, idList(catalog.engines)));
        s.serving.engine = resolveEngine(*e, s.hardware);
    }
    if (c.priceId) {
        const ApiPrice *p = catalog.findPrice(*c.priceId);
        if (!p)
            return R::failure(unknownId("price", *c.priceId, idList(catalog.prices)));
        applyApiPrice(s.price, *p);
    }
    if (c.weights) {
        s.weights = *c.weights;
        s.compute = computePrecisionFor(s.weights);
    }
    if (c.kvCache)
        s.kvCache = *c.kvCache;

    auto checkInt = [](const char *field, int64_t v, int64_t lo, int64_t hi) -> QString {
        if (v >= lo && v <= hi)
            return {};
        return QStringLiteral("%1 is %2; expected a whole number from %3 to %4")
            .arg(QLatin1String(field))
            .arg(v)
            .arg(lo)
            .arg(hi);
    };
    auto checkReal = [](const char *field, double v, double lo, double hi) -> QString {
        if (inRange(v, lo, hi))
            return {};
        return QStringLiteral("%1 is %2; expected a number from %3 to %4")
            .arg(QLatin1String(field))
            .arg(v, 0, 'g', 6)
            .arg(lo, 0, 'g', 6)
            .arg(hi, 0, 'g', 6);
    };
    QString error;
    if (c.gpus && (error = checkInt("gpus", *c.gpus, 1, kMaxGpus)).isEmpty())
        s.serving.gpus = *c.gpus;
    if (error.isEmpty() && c.batch && (error = checkInt("batch", *c.batch, 1, kMaxBatch)).isEmpty())
        s.serving.batch = *c.batch;
    if (error.isEmpty() && c.prefillBatch &&
        (error = checkInt("prefill batch", *c.prefillBatch, 0, kMaxBatch)).isEmpty())
        s.serving.prefillBatch = *c.prefillBatch;
    if (error.isEmpty() && c.inputTokens &&
        (error = checkInt("input tokens", *c.inputTokens, 1, kMaxTokens)).isEmpty())
        s.inputTokens = *c.inputTokens;
    if (error.isEmpty() && c.outputTokens &&
        (error = checkInt("output tokens", *c.outputTokens, 1, kMaxTokens)).isEmpty())
        s.outputTokens = *c.outputTokens;
    if (error.isEmpty() && c.peakFlopsPerSecond &&
        (error = checkReal("peak FLOP/s", *c.peakFlopsPerSecond, 1e6, 1e21)).isEmpty())
        s.hardware.peakFlopsPerSecond.insert(s.compute.computeKey, *c.peakFlopsPerSecond);
    if (error.isEmpty() && c.memoryBandwidthBytesPerSecond &&
        (error = checkReal("memory bandwidth", *c.memoryBandwidthBytesPerSecond, 1e6, 1e18))
            .isEmpty())
        s.hardware.memoryBandwidthBytesPerSecond = *c.memoryBandwidthBytesPerSecond;
    if (error.isEmpty() && c.memoryBytes &&
        (error = checkReal("memory", *c.memoryBytes, 1e6, 1e18)).isEmpty())
        s.hardware.memoryBytes = *c.memoryBytes;
    if (error.isEmpty() && c.gpuHourUsd &&
        (error = checkReal("GPU-hour price", *c.gpuHourUsd, 0, 1e6)).isEmpty())
        s.price.gpuHourUsd = *c.gpuHourUsd;
    if (error.isEmpty() && c.inputUsdPerMillion &&
        (error = checkReal("input price", *c.inputUsdPerMillion, 0, 1e6)).isEmpty())
        s.price.inputUsdPerMillion = *c.inputUsdPerMillion;
    if (error.isEmpty() && c.outputUsdPerMillion &&
        (error = checkReal("output price", *c.outputUsdPerMillion, 0, 1e6)).isEmpty())
        s.price.outputUsdPerMillion = *c.outputUsdPerMillion;
    if (error.isEmpty() && c.concurrency &&
        (error = checkInt("concurrency", *c.concurrency, 1, kMaxServingConcurrency)).isEmpty()) {
        s.load.mode = LoadMode::Concurrency;
        s.load.concurrency = *c.concurrency;
    }
    if (error.isEmpty() && c.requestsPerSecond &&
        (error = checkReal("request rate", *c.requestsPerSecond, 1e-9, kMaxRequestsPerSecond))
            .isEmpty()) {
        s.load.mode = LoadMode::Rate;
        s.load.requestsPerSecond = *c.requestsPerSecond;
    }
    if (error.isEmpty() && c.sloTtftSeconds &&
        (error = checkReal("TTFT target", *c.sloTtftSeconds, 0, kMaxSloSeconds)).isEmpty())
        s.load.sloTtftSeconds = *c.sloTtftSeconds;
    if (error.isEmpty() && c.sloItlSeconds &&
        (error = checkReal("ITL target", *c.sloItlSeconds, 0, kMaxSloSeconds)).isEmpty())
        s.load.sloItlSeconds = *c.sloItlSeconds;
    if (error.isEmpty() && c.cacheReadUsdPerMillion &&
        (error = checkReal("cache read price", *c.cacheReadUsdPerMillion, 0, 1e6)).isEmpty())
        s.price.cachedInputUsdPerMillion = *c.cacheReadUsdPerMillion;
    if (error.isEmpty() && c.cacheWriteUsdPerMillion &&
        (error = checkReal("cache write price", *c.cacheWriteUsdPerMillion, 0, 1e6)).isEmpty())
        s.price.cacheWriteUsdPerMillion = *c.cacheWriteUsdPerMillion;
    if (error.isEmpty() && c.cacheWrite1hUsdPerMillion &&
        (error = checkReal("1-hour cache write price", *c.cacheWrite1hUsdPerMillion, 0, 1e6))
            .isEmpty())
        s.price.cacheWrite1hUsdPerMillion = *c.cacheWrite1hUsdPerMillion;
    if (error.isEmpty() && c.reasoningTokens &&
        (error = checkInt("reasoning tokens", *c.reasoningTokens, 0, kMaxTokens)).isEmpty())
        s.reasoningTokens = *c.reasoningTokens;
    if (error.isEmpty() && c.gridGramsCo2PerKwh &&
        (error = checkReal("grid carbon intensity", *c.gridGramsCo2PerKwh, 0, 1e5)).isEmpty())
        s.gridGramsCo2PerKwh = *c.gridGramsCo2PerKwh;
    if (error.isEmpty())
        error = applyRequestFeatures(catalog, s, c);
    if (!error.isEmpty())
        return R::failure(error);
    if (c.useKvCache)
        s.useKvCache = *c.useKvCache;
    if (c.flashAttention)
        s.serving.engine.flashAttention = *c.flashAttention;
    return s;
}

} // namespace tce
