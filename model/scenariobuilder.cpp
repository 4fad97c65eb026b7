#include "scenariobuilder.h"

#include "catalog.h"
#include "engineresolution.h"

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
    if (const ApiPrice *p = catalog.findPrice(QStringLiteral("gpt-4o-2024-05"))) {
        s.price.apiPriceId = p->id;
        s.price.apiPriceName = p->name;
        s.price.inputUsdPerMillion = p->inputUsdPerMillion;
        s.price.outputUsdPerMillion = p->outputUsdPerMillion;
        s.price.cachedInputUsdPerMillion = p->cachedInputUsdPerMillion;
    }
    return s;
}

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
        const EngineProfile *engine = catalog.findEngine(s.serving.engine.id);
        const bool followEngine = engine && s.serving.engine == resolveEngine(*engine, s.hardware);
        s.hardware = *h;
        if (followPrice)
            s.price.gpuHourUsd = h->gpuHourUsd;
        if (followEngine)
            s.serving.engine = resolveEngine(*engine, s.hardware);
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
        s.price.apiPriceId = p->id;
        s.price.apiPriceName = p->name;
        s.price.inputUsdPerMillion = p->inputUsdPerMillion;
        s.price.outputUsdPerMillion = p->outputUsdPerMillion;
        s.price.cachedInputUsdPerMillion = p->cachedInputUsdPerMillion;
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
    if (!error.isEmpty())
        return R::failure(error);
    if (c.useKvCache)
        s.useKvCache = *c.useKvCache;
    return s;
}

} // namespace tce
