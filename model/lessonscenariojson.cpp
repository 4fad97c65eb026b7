#include "lessonscenariojson.h"

#include "jsonfields.h"
#include "lesson.h"
#include "requestfeaturesjson.h"
#include "scenariofile.h"
#include "servingload.h"

#include <QJsonValue>
#include <QStringList>

namespace tce {

namespace {

// One table for reading and writing, so that every key a step can hold is written back the
// way it was read.
template<class T> struct Key
{
    const char *name;
    std::optional<T> ScenarioChanges::*member;
};
template<class T> struct RangedKey
{
    const char *name;
    std::optional<T> ScenarioChanges::*member;
    double minimum;
    double maximum;
};

const Key<QString> kTextKeys[] = {
    {"model", &ScenarioChanges::modelId},
    {"hardware", &ScenarioChanges::hardwareId},
    {"engine", &ScenarioChanges::engineId},
    {"price", &ScenarioChanges::priceId},
    {"speculative", &ScenarioChanges::speculativeDraft},
};
const Key<Precision> kPrecisionKeys[] = {
    {"weights", &ScenarioChanges::weights},
    {"kv", &ScenarioChanges::kvCache},
};
const Key<bool> kBooleanKeys[] = {
    {"kv_cache", &ScenarioChanges::useKvCache},
    {"flash_attention", &ScenarioChanges::flashAttention},
    {"writes_cache", &ScenarioChanges::writesCache},
    {"one_hour_write", &ScenarioChanges::oneHourWrite},
};
const RangedKey<int> kIntKeys[] = {
    {"gpus", &ScenarioChanges::gpus, 1, kMaxGpus},
    {"batch", &ScenarioChanges::batch, 1, kMaxBatch},
    {"prefill_batch", &ScenarioChanges::prefillBatch, 0, kMaxBatch},
    {"concurrency", &ScenarioChanges::concurrency, 1, kMaxServingConcurrency},
    {"draft_tokens", &ScenarioChanges::draftTokens, 1, kMaxDraftTokens},
};
const RangedKey<int64_t> kTokenKeys[] = {
    {"input", &ScenarioChanges::inputTokens, 1, kMaxTokens},
    {"output", &ScenarioChanges::outputTokens, 1, kMaxTokens},
    {"cached_prefix", &ScenarioChanges::cachedPrefixTokens, 0, kMaxTokens},
    {"reasoning", &ScenarioChanges::reasoningTokens, 0, kMaxTokens},
};
const RangedKey<double> kNumberKeys[] = {
    {"price_in", &ScenarioChanges::inputUsdPerMillion, 0, 1e6},
    {"price_out", &ScenarioChanges::outputUsdPerMillion, 0, 1e6},
    {"price_cache_read", &ScenarioChanges::cacheReadUsdPerMillion, 0, 1e6},
    {"price_cache_write", &ScenarioChanges::cacheWriteUsdPerMillion, 0, 1e6},
    {"price_cache_write_1h", &ScenarioChanges::cacheWrite1hUsdPerMillion, 0, 1e6},
    {"gpu_hour_usd", &ScenarioChanges::gpuHourUsd, 0, 1e6},
    {"rate", &ScenarioChanges::requestsPerSecond, 1e-9, kMaxRequestsPerSecond},
    {"slo_ttft_s", &ScenarioChanges::sloTtftSeconds, 0, kMaxSloSeconds},
    {"slo_itl_s", &ScenarioChanges::sloItlSeconds, 0, kMaxSloSeconds},
    {"cache_hit_rate", &ScenarioChanges::cacheHitRate, 0, 1},
    // Below 1: a draft that is never wrong has no finite expected run length.
    {"acceptance", &ScenarioChanges::acceptance, 0, 0.9999},
    {"grid_g_per_kwh", &ScenarioChanges::gridGramsCo2PerKwh, 0, 1e5},
};

const QString kComplete = QStringLiteral("complete");

QStringList knownKeys()
{
    QStringList keys;
    auto add = [&](const auto &table) {
        for (const auto &key : table)
            keys << QLatin1String(key.name);
    };
    add(kTextKeys);
    add(kPrecisionKeys);
    add(kBooleanKeys);
    add(kIntKeys);
    add(kTokenKeys);
    add(kNumberKeys);
    keys << kComplete;
    return keys;
}

} // namespace

Result<LessonScenario> lessonScenarioFromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<LessonScenario>;
    LessonScenario out;
    if (json.contains(kComplete)) {
        if (json.size() != 1)
            return R::failure(QStringLiteral("%1: \"complete\" holds the whole scenario; remove "
                                             "the other keys beside it")
                                  .arg(where));
        JsonFields f(json, where);
        const QJsonObject complete = f.object(kComplete);
        if (f.failed())
            return R::failure(f.error());
        const auto loaded = scenarioFromJson(complete, where + QStringLiteral(" complete"));
        if (!loaded)
            return R::failure(loaded.error());
        out.complete = loaded->scenario;
        return out;
    }
    const QStringList known = knownKeys();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(QStringLiteral("%1: unknown key \"%2\"; expected one of %3")
                                  .arg(where, it.key(), known.join(QStringLiteral(", "))));
    }
    JsonFields s(json, where);
    ScenarioChanges &c = out.changes;
    for (const auto &key : kTextKeys)
        if (s.has(QLatin1String(key.name)))
            c.*key.member = s.string(QLatin1String(key.name));
    for (const auto &key : kPrecisionKeys) {
        if (!s.has(QLatin1String(key.name)))
            continue;
        const QString name = s.string(QLatin1String(key.name));
        c.*key.member = precisionByName(name);
        if (!(c.*key.member) && !s.failed())
            s.fail(QStringLiteral("\"%1\" is \"%2\"; expected one of %3")
                       .arg(QLatin1String(key.name), name,
                            precisionNames().join(QStringLiteral(", "))));
    }
    for (const auto &key : kBooleanKeys)
        if (s.has(QLatin1String(key.name)))
            c.*key.member = s.boolean(QLatin1String(key.name));
    for (const auto &key : kIntKeys)
        if (s.has(QLatin1String(key.name)))
            c.*key.member = int(
                s.integer({QLatin1String(key.name)}, int64_t(key.minimum), int64_t(key.maximum)));
    for (const auto &key : kTokenKeys)
        if (s.has(QLatin1String(key.name)))
            c.*key.member =
                s.integer({QLatin1String(key.name)}, int64_t(key.minimum), int64_t(key.maximum));
    for (const auto &key : kNumberKeys)
        if (s.has(QLatin1String(key.name)))
            c.*key.member = s.number(QLatin1String(key.name), key.minimum, key.maximum);
    if (s.failed())
        return R::failure(s.error());
    return out;
}

QJsonObject lessonScenarioToJson(const LessonScenario &scenario)
{
    if (scenario.complete)
        return QJsonObject{{kComplete, scenarioToJson(*scenario.complete)}};
    const ScenarioChanges &c = scenario.changes;
    QJsonObject json;
    for (const auto &key : kTextKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), *v);
    for (const auto &key : kPrecisionKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), v->name);
    for (const auto &key : kBooleanKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), *v);
    for (const auto &key : kIntKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), *v);
    for (const auto &key : kTokenKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), double(*v));
    for (const auto &key : kNumberKeys)
        if (const auto &v = c.*key.member)
            json.insert(QLatin1String(key.name), *v);
    return json;
}

} // namespace tce
