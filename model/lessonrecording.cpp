// Recording a lesson step: the smallest set of changes from the default serving scenario
// that gives the scenario on screen, so that a recorded step reads like a built-in one.
#include "catalog.h"
#include "lesson.h"
#include "lessonscenariojson.h"

namespace tce {

namespace {

template<class T, class U>
void setIfDifferent(std::optional<T> &change, const U &current, const U &reached)
{
    if (!(current == reached))
        change = T(current);
}

QString draftName(const SpeculativeSpec &speculative)
{
    switch (speculative.draft) {
    case SpeculativeSpec::Draft::None:
        return QStringLiteral("none");
    case SpeculativeSpec::Draft::Head:
        return QStringLiteral("head");
    case SpeculativeSpec::Draft::Model:
        break;
    }
    return speculative.draftModel.id;
}

// The changes, found in the order applyChanges applies them: presets first (which set prices,
// engine numbers and the compute precision), then the numbers that still differ.
std::optional<ScenarioChanges> changesFrom(const Catalog &catalog, const Scenario &base,
                                           const Scenario &current)
{
    ScenarioChanges c;
    if (!(current.model == base.model))
        c.modelId = current.model.id;
    if (!(current.hardware == base.hardware))
        c.hardwareId = current.hardware.id;
    if (current.serving.engine.id != base.serving.engine.id)
        c.engineId = current.serving.engine.id;
    if (current.price.apiPriceId != base.price.apiPriceId && !current.price.apiPriceId.isEmpty())
        c.priceId = current.price.apiPriceId;
    setIfDifferent(c.weights, current.weights, base.weights);
    setIfDifferent(c.kvCache, current.kvCache, base.kvCache);
    const auto presets = applyChanges(catalog, base, c);
    if (!presets)
        return std::nullopt;
    const Scenario &reached = presets.value();
    if (!(current.serving.engine == reached.serving.engine))
        c.engineId = current.serving.engine.id;
    setIfDifferent(c.gpus, current.serving.gpus, reached.serving.gpus);
    setIfDifferent(c.batch, current.serving.batch, reached.serving.batch);
    setIfDifferent(c.prefillBatch, current.serving.prefillBatch, reached.serving.prefillBatch);
    setIfDifferent(c.inputTokens, current.inputTokens, reached.inputTokens);
    setIfDifferent(c.outputTokens, current.outputTokens, reached.outputTokens);
    setIfDifferent(c.useKvCache, current.useKvCache, reached.useKvCache);
    const PriceSpec &p = current.price;
    setIfDifferent(c.gpuHourUsd, p.gpuHourUsd, reached.price.gpuHourUsd);
    setIfDifferent(c.inputUsdPerMillion, p.inputUsdPerMillion, reached.price.inputUsdPerMillion);
    setIfDifferent(c.outputUsdPerMillion, p.outputUsdPerMillion, reached.price.outputUsdPerMillion);
    setIfDifferent(c.cacheReadUsdPerMillion, p.cachedInputUsdPerMillion,
                   reached.price.cachedInputUsdPerMillion);
    setIfDifferent(c.cacheWriteUsdPerMillion, p.cacheWriteUsdPerMillion,
                   reached.price.cacheWriteUsdPerMillion);
    setIfDifferent(c.cacheWrite1hUsdPerMillion, p.cacheWrite1hUsdPerMillion,
                   reached.price.cacheWrite1hUsdPerMillion);
    const ServingLoad &load = current.load;
    if (load.mode == LoadMode::Concurrency &&
        (reached.load.mode != load.mode || load.concurrency != reached.load.concurrency))
        c.concurrency = load.concurrency;
    if (load.mode == LoadMode::Rate && (reached.load.mode != load.mode ||
                                        load.requestsPerSecond != reached.load.requestsPerSecond))
        c.requestsPerSecond = load.requestsPerSecond;
    setIfDifferent(c.sloTtftSeconds, load.sloTtftSeconds, reached.load.sloTtftSeconds);
    setIfDifferent(c.sloItlSeconds, load.sloItlSeconds, reached.load.sloItlSeconds);
    const PromptCacheSpec &cache = current.promptCache;
    setIfDifferent(c.cachedPrefixTokens, cache.prefixTokens, reached.promptCache.prefixTokens);
    setIfDifferent(c.writesCache, cache.writesCache, reached.promptCache.writesCache);
    setIfDifferent(c.oneHourWrite, cache.oneHourWrite, reached.promptCache.oneHourWrite);
    setIfDifferent(c.cacheHitRate, cache.servingHitRate, reached.promptCache.servingHitRate);
    setIfDifferent(c.reasoningTokens, current.reasoningTokens, reached.reasoningTokens);
    const SpeculativeSpec &spec = current.speculative;
    if (!(spec.draft == reached.speculative.draft &&
          spec.draftModel == reached.speculative.draftModel))
        c.speculativeDraft = draftName(spec);
    setIfDifferent(c.draftTokens, spec.draftTokens, reached.speculative.draftTokens);
    setIfDifferent(c.acceptance, spec.acceptance, reached.speculative.acceptance);
    setIfDifferent(c.gridGramsCo2PerKwh, current.gridGramsCo2PerKwh, reached.gridGramsCo2PerKwh);
    return c;
}

} // namespace

LessonScenario recordLessonScenario(const Catalog &catalog, const Scenario &current)
{
    const Scenario base = defaultServingScenario(catalog);
    if (const auto changes = changesFrom(catalog, base, current)) {
        // Kept only when the file's form of the changes gives back exactly this scenario
        // (a model edited in the panel keeps its preset's ID, a custom GPU has none).
        LessonScenario recorded{*changes, std::nullopt};
        const auto reread = lessonScenarioFromJson(lessonScenarioToJson(recorded), QString());
        if (reread) {
            const auto replayed = lessonScenario(catalog, reread.value());
            if (replayed && replayed.value() == current)
                return reread.value();
        }
    }
    return LessonScenario{{}, current};
}

} // namespace tce
