#include "scenariofile.h"

#include "catalogjson.h"
#include "jsonfields.h"
#include "jsonfile.h"
#include "precision.h"
#include "requestfeaturesjson.h"
#include "savefile.h"
#include "scenariobuilder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace tce {

namespace {

QJsonObject precisionToJson(const Precision &p)
{
    return QJsonObject{{"name", p.name}, {"bits", p.bitsPerValue}, {"compute", p.computeKey}};
}

Precision readPrecision(JsonFields &parent, const QString &key)
{
    JsonFields f(parent.object(key), key); // parent.fail() adds the file's name
    Precision p;
    p.name = f.string(QStringLiteral("name"));
    p.bitsPerValue = f.number(QStringLiteral("bits"), 1, 64);
    p.computeKey = f.string(QStringLiteral("compute"), QStringLiteral("bf16"));
    if (!f.failed() && !computeKeys().contains(p.computeKey))
        f.fail(QStringLiteral("\"compute\" is \"%1\"; expected one of %2")
                   .arg(p.computeKey.left(40), computeKeys().join(QStringLiteral(", "))));
    if (f.failed())
        parent.fail(f.error());
    return p;
}

void warnUnknownKeys(const QJsonObject &json, const QStringList &known, const QString &where,
                     QStringList *warnings)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            *warnings << QStringLiteral("%1: unknown key \"%2\" ignored").arg(where, it.key());
    }
}

} // namespace

namespace {

const QStringList kLoadModes{QStringLiteral("concurrency"), QStringLiteral("rate"),
                             QStringLiteral("trace")};

} // namespace

QJsonObject servingLoadToJson(const ServingLoad &load)
{
    return QJsonObject{
        {"mode", kLoadModes.at(int(load.mode))},
        {"concurrency", load.concurrency},
        {"rate", load.requestsPerSecond},
        {"requests", load.requests},
        {"seed", double(load.seed)},
        {"time_scale", load.timeScale},
        {"slo_ttft_s", load.sloTtftSeconds},
        {"slo_itl_s", load.sloItlSeconds},
    };
}

Result<ServingLoad> servingLoadFromJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    const ServingLoad defaults;
    ServingLoad load;
    const QString mode = f.string(QStringLiteral("mode"), kLoadModes.at(int(defaults.mode)));
    if (!f.failed() && !kLoadModes.contains(mode))
        return Result<ServingLoad>::failure(
            QStringLiteral("%1: \"mode\" is \"%2\"; expected one of %3")
                .arg(where, mode, kLoadModes.join(QStringLiteral(", "))));
    load.mode = LoadMode(kLoadModes.indexOf(mode));
    load.concurrency = int(f.integer({QStringLiteral("concurrency")}, 1, kMaxServingConcurrency,
                                     defaults.concurrency));
    load.requestsPerSecond =
        f.number(QStringLiteral("rate"), 1e-9, kMaxRequestsPerSecond, defaults.requestsPerSecond);
    load.requests =
        int(f.integer({QStringLiteral("requests")}, 1, kMaxServingRequests, defaults.requests));
    load.seed = uint64_t(f.integer({QStringLiteral("seed")}, 0, kMaxSeed, int64_t(defaults.seed)));
    load.timeScale = f.number(QStringLiteral("time_scale"), 1e-9, 1e9, defaults.timeScale);
    load.sloTtftSeconds =
        f.number(QStringLiteral("slo_ttft_s"), 0, kMaxSloSeconds, defaults.sloTtftSeconds);
    load.sloItlSeconds =
        f.number(QStringLiteral("slo_itl_s"), 0, kMaxSloSeconds, defaults.sloItlSeconds);
    if (f.failed())
        return Result<ServingLoad>::failure(f.error());
    return load;
}

QJsonObject scenarioToJson(const Scenario &s)
{
    return QJsonObject{
        {"format", QLatin1String(kScenarioFileFormat)},
        {"version", kScenarioFileVersion},
        {"model", modelToJson(s.model)},
        {"hardware", hardwareToJson(s.hardware)},
        {"engine", engineToJson(s.serving.engine)},
        {"weights", precisionToJson(s.weights)},
        {"kv_cache_precision", precisionToJson(s.kvCache)},
        {"compute", precisionToJson(s.compute)},
        {"gpus", s.serving.gpus},
        {"batch", s.serving.batch},
        {"prefill_batch", s.serving.prefillBatch},
        {"input_tokens", double(s.inputTokens)},
        {"output_tokens", double(s.outputTokens)},
        {"kv_cache", s.useKvCache},
        {"serving_load", servingLoadToJson(s.load)},
        {"price", QJsonObject{{"gpu_hour_usd", s.price.gpuHourUsd},
                              {"api_price_id", s.price.apiPriceId},
                              {"api_price_name", s.price.apiPriceName},
                              {"input_per_million", s.price.inputUsdPerMillion},
                              {"output_per_million", s.price.outputUsdPerMillion},
                              {"cached_input_per_million", s.price.cachedInputUsdPerMillion},
                              {"cache_write_per_million", s.price.cacheWriteUsdPerMillion},
                              {"cache_write_1h_per_million", s.price.cacheWrite1hUsdPerMillion}}},
        {"prompt_cache", promptCacheToJson(s.promptCache)},
        {"reasoning_tokens", double(s.reasoningTokens)},
        {"speculative", speculativeToJson(s.speculative)},
        {"grid_g_co2_per_kwh", s.gridGramsCo2PerKwh},
    };
}

Result<LoadedScenario> scenarioFromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<LoadedScenario>;
    LoadedScenario out;
    Scenario &s = out.scenario;
    JsonFields f(json, where);
    if (f.string(QStringLiteral("format"), QString()) != QLatin1String(kScenarioFileFormat))
        return R::failure(QStringLiteral("%1: \"format\" is %2; expected \"%3\"")
                              .arg(where, describeJsonValue(json.value(QStringLiteral("format"))),
                                   QLatin1String(kScenarioFileFormat)));
    const int64_t version = f.integer({QStringLiteral("version")}, 1, 1'000'000);
    if (f.failed())
        return R::failure(f.error());
    if (version > kScenarioFileVersion)
        out.warnings << QStringLiteral("%1 was written by a newer version (file version %2, this "
                                       "program reads %3): what it knows is loaded")
                            .arg(where)
                            .arg(version)
                            .arg(kScenarioFileVersion);
    warnUnknownKeys(json,
                    {"format",
                     "version",
                     "model",
                     "hardware",
                     "engine",
                     "weights",
                     "kv_cache_precision",
                     "compute",
                     "gpus",
                     "batch",
                     "prefill_batch",
                     "input_tokens",
                     "output_tokens",
                     "kv_cache",
                     "price",
                     "serving_load",
                     "prompt_cache",
                     "reasoning_tokens",
                     "speculative",
                     "grid_g_co2_per_kwh"},
                    where, &out.warnings);

    const auto model =
        readModelJson(f.object(QStringLiteral("model")), where + QStringLiteral(" model"));
    if (!model)
        return R::failure(model.error());
    const auto hardware =
        readHardwareJson(f.object(QStringLiteral("hardware")), where + QStringLiteral(" hardware"));
    if (!hardware)
        return R::failure(hardware.error());
    const auto engine =
        readEngineJson(f.object(QStringLiteral("engine")), where + QStringLiteral(" engine"));
    if (!engine)
        return R::failure(engine.error());
    s.model = model.value();
    s.hardware = hardware.value();
    s.serving.engine = engine.value();
    s.weights = readPrecision(f, QStringLiteral("weights"));
    s.kvCache = readPrecision(f, QStringLiteral("kv_cache_precision"));
    s.compute = f.has(QStringLiteral("compute")) ? readPrecision(f, QStringLiteral("compute"))
                                                 : computePrecisionFor(s.weights);
    s.serving.gpus = int(f.integer({QStringLiteral("gpus")}, 1, kMaxGpus, 1));
    s.serving.batch = int(f.integer({QStringLiteral("batch")}, 1, kMaxBatch, 1));
    s.serving.prefillBatch = int(f.integer({QStringLiteral("prefill_batch")}, 0, kMaxBatch, 0));
    s.inputTokens = f.integer({QStringLiteral("input_tokens")}, 1, kMaxTokens);
    s.outputTokens = f.integer({QStringLiteral("output_tokens")}, 1, kMaxTokens);
    s.useKvCache = f.boolean(QStringLiteral("kv_cache"), true);
    // Nested objects name only themselves: f.fail() adds the file's name once.
    JsonFields p(f.object(QStringLiteral("price")), QStringLiteral("price"));
    s.price.gpuHourUsd = p.number(QStringLiteral("gpu_hour_usd"), 0, 1e6, 0);
    s.price.apiPriceId = p.string(QStringLiteral("api_price_id"), QString());
    s.price.apiPriceName = p.string(QStringLiteral("api_price_name"), QString());
    s.price.inputUsdPerMillion = p.number(QStringLiteral("input_per_million"), 0, 1e6, 0);
    s.price.outputUsdPerMillion = p.number(QStringLiteral("output_per_million"), 0, 1e6, 0);
    s.price.cachedInputUsdPerMillion =
        p.number(QStringLiteral("cached_input_per_million"), 0, 1e6, 0);
    s.price.cacheWriteUsdPerMillion =
        p.number(QStringLiteral("cache_write_per_million"), 0, 1e6, 0);
    s.price.cacheWrite1hUsdPerMillion =
        p.number(QStringLiteral("cache_write_1h_per_million"), 0, 1e6, 0);
    if (p.failed())
        f.fail(p.error());
    // Absent in files written before prompt caching, reasoning and speculation: none of them.
    s.reasoningTokens = f.integer({QStringLiteral("reasoning_tokens")}, 0, kMaxTokens, 0);
    s.gridGramsCo2PerKwh =
        f.number(QStringLiteral("grid_g_co2_per_kwh"), 0, 1e5, Scenario().gridGramsCo2PerKwh);
    if (f.has(QStringLiteral("prompt_cache"))) {
        const auto cache = promptCacheFromJson(f.object(QStringLiteral("prompt_cache")),
                                               QStringLiteral("prompt_cache"));
        if (!cache)
            f.fail(cache.error());
        else if (cache.value().prefixTokens > s.inputTokens && !f.failed())
            f.fail(QStringLiteral("\"prompt_cache\" \"prefix_tokens\" is %1, longer than the "
                                  "prompt (%2 tokens)")
                       .arg(cache.value().prefixTokens)
                       .arg(s.inputTokens));
        else
            s.promptCache = cache.value();
    }
    if (f.has(QStringLiteral("speculative"))) {
        const auto speculative = speculativeFromJson(f.object(QStringLiteral("speculative")),
                                                     QStringLiteral("speculative"));
        if (speculative)
            s.speculative = speculative.value();
        else
            f.fail(speculative.error());
    }
    // Absent in files written before the serving simulation: the defaults.
    if (f.has(QStringLiteral("serving_load"))) {
        const auto load = servingLoadFromJson(f.object(QStringLiteral("serving_load")),
                                              QStringLiteral("serving_load"));
        if (load)
            s.load = load.value();
        else
            f.fail(load.error());
    }
    if (f.failed())
        return R::failure(f.error());
    return out;
}

Result<LoadedScenario> readScenarioFile(const QString &path)
{
    const auto json = readJsonObjectFile(path);
    if (!json)
        return Result<LoadedScenario>::failure(json.error());
    return scenarioFromJson(json.value(), QFileInfo(path).fileName());
}

Status writeScenarioFile(const QString &path, const Scenario &scenario)
{
    return saveDocument(path,
                        QJsonDocument(scenarioToJson(scenario)).toJson(QJsonDocument::Indented));
}

} // namespace tce
