#include "reportjson.h"

#include "catalogjson.h"
#include "engineresolution.h"
#include "evaluation.h"
#include "scenariowarnings.h"

#include <QJsonArray>
#include <QJsonValue>

namespace tce {

namespace {

QString boundName(Bound b)
{
    return b == Bound::Compute ? QStringLiteral("compute") : QStringLiteral("memory");
}

// -1 means "no limit" in the model; JSON says null.
QJsonValue countOrNull(int64_t v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

} // namespace

QJsonObject reportJson(const Evaluation &evaluation)
{
    const Scenario &s = evaluation.scenario();
    const CostReport &r = evaluation.report();
    QJsonObject model{
        {"id", s.model.id},
        {"name", s.model.name},
        {"params_total", double(r.params.total)},
        {"params_active", double(r.params.active)},
        {"params_body", double(r.params.body)},
        {"params_head", double(r.params.head)},
        {"weight_bytes", r.weightBytes},
        {"kv_bytes_per_token", r.kvBytesPerToken},
        {"weights_dtype", s.weights.name},
        {"weight_bits", s.weights.bitsPerValue},
        {"kv_dtype", s.kvCache.name},
        {"kv_bits", s.kvCache.bitsPerValue},
        {"compute_dtype", s.compute.name},
    };
    QJsonObject hardware{
        {"id", s.hardware.id},
        {"name", s.hardware.name},
        {"gpus", s.serving.gpus},
        {"peak_flops", matmulPeakFlops(s.hardware, s.serving.engine, s.compute.computeKey)},
        {"memory_bandwidth", s.hardware.memoryBandwidthBytesPerSecond},
        {"memory_bytes", s.hardware.memoryBytes},
        {"gpu_hour_usd", s.price.gpuHourUsd},
    };
    QJsonObject engine{
        {"id", s.serving.engine.id},
        {"compute_efficiency", s.serving.engine.computeEfficiency},
        {"memory_efficiency", s.serving.engine.memoryEfficiency},
        {"attention_efficiency", s.serving.engine.attentionEfficiencyOrCompute()},
        {"step_overhead_s", s.serving.engine.stepOverheadSeconds},
        {"request_overhead_s", s.serving.engine.requestOverheadSeconds},
        {"sequence_overhead_s", s.serving.engine.sequenceOverheadSeconds},
        {"dequant_ops_per_weight", s.serving.engine.dequantOpsPerWeight},
        {"flash_attention", s.serving.engine.flashAttention},
        {"unfused_score_bytes", s.serving.engine.unfusedScoreBytes},
        {"multi_gpu", multiGpuModeName(s.serving.engine.multiGpu)},
        {"memory_reserve_fraction", s.serving.engine.memoryReserveFraction},
        {"workspace_bytes", s.serving.engine.workspaceBytes},
        {"hardware_class", s.serving.engine.hardwareClass},
    };
    // How far this class's times were off on GPUs its fit did not see (null: not known), and
    // why the numbers are another class's when the hardware's own has none.
    const ProfileAccuracy &accuracy = s.serving.engine.accuracy;
    engine.insert(
        "cross_validated_error",
        accuracy.rows > 0
            ? QJsonValue(QJsonObject{
                  {"decode", accuracy.decode > 0 ? QJsonValue(accuracy.decode) : QJsonValue()},
                  {"prefill", accuracy.prefill > 0 ? QJsonValue(accuracy.prefill) : QJsonValue()},
                  {"fitted_rows", accuracy.rows}})
            : QJsonValue());
    if (!s.serving.engine.classNote.isEmpty())
        engine.insert("class_note", s.serving.engine.classNote);
    QJsonObject request{
        {"input_tokens", double(s.inputTokens)},
        {"output_tokens", double(s.outputTokens)},
        {"cached_prefix_tokens", double(s.promptCache.prefixTokens)},
        {"writes_cache", s.promptCache.writesCache},
        {"one_hour_write", s.promptCache.oneHourWrite},
        {"batch", r.batch},
        {"prefill_batch", r.prefillBatch},
        {"kv_cache", s.useKvCache},
    };
    QJsonObject flops{
        {"prefill", r.prefillFlops},
        {"decode_first_step", r.firstDecodeStep.flops},
        {"decode_last_step", r.lastDecodeStep.flops},
        {"decode_total", r.decodeTotalFlops},
        {"total", r.totalFlops},
        {"no_kv_cache_total", r.noKvCacheTotalFlops},
    };
    QJsonObject bytes{
        {"prefill", r.prefillRun.bytes},
        {"decode_first_step", r.firstDecodeStep.bytes},
        {"decode_last_step", r.lastDecodeStep.bytes},
    };
    QJsonObject time{
        {"ttft", r.ttftSeconds},
        {"decode_step_first", r.firstDecodeStep.seconds},
        {"decode_step_last", r.lastDecodeStep.seconds},
        {"decode_step_mean", r.decodeStepMeanSeconds},
        {"decode_total", r.decodeSecondsTotal},
        {"request_total", r.requestSeconds},
    };
    QJsonObject bound{
        {"prefill", boundName(r.prefillRun.bound)},
        {"decode_first_step", boundName(r.firstDecodeStep.bound)},
        {"decode_last_step", boundName(r.lastDecodeStep.bound)},
    };
    QJsonObject throughput{
        {"prefill_tokens_per_s", r.prefillTokensPerSecond},
        {"decode_tokens_per_s", r.decodeTokensPerSecond},
        {"decode_tokens_per_s_per_sequence", r.decodeTokensPerSecondPerSequence},
    };
    QJsonObject memory{
        {"kv_cache_bytes", r.kvCacheBytes},
        {"fits", r.fits},
        {"max_batch_at_context", countOrNull(r.maxBatchAtContext)},
        {"max_context_at_batch", countOrNull(r.maxContextAtBatch)},
    };
    QJsonObject cost{
        {"per_million_input", r.usdPerMillionInput},
        {"per_million_output", r.usdPerMillionOutput},
        {"request", r.usdPerRequest},
        {"output_input_ratio", r.outputInputCostRatio},
        {"list_price_id", s.price.apiPriceId},
        {"list_price_input_per_million", s.price.inputUsdPerMillion},
        {"list_price_output_per_million", s.price.outputUsdPerMillion},
        {"list_price_ratio", r.listPriceRatio},
        {"revenue_request", r.revenuePerRequestUsd},
        {"margin_request", r.marginPerRequestUsd},
        // The same request with the prompt cache as the scenario says, and with none.
        {"request_with_cache", r.usdPerRequest},
        {"request_without_cache", r.usdPerRequestWithoutCache},
        {"revenue_request_without_cache", r.revenueWithoutCacheUsd},
        {"list_price_cache_read_per_million", s.price.cacheReadUsdPerMillion()},
        {"list_price_cache_write_per_million", s.price.cacheWritePriceUsdPerMillion()},
        {"list_price_cache_write_1h_per_million", s.price.cacheWritePriceUsdPerMillion(true)},
    };
    QJsonObject tokens{
        {"input", double(s.inputTokens)},
        {"cached_prefix", double(r.cachedPromptTokens)},
        {"reasoning", double(r.reasoningTokens)},
        {"visible_output", double(r.visibleOutputTokens)},
        {"billed_output", double(r.billedOutputTokens)},
    };
    QJsonObject speculative{{"enabled", r.speculative.enabled}};
    if (r.speculative.enabled) {
        speculative.insert("draft", s.speculative.draft == SpeculativeSpec::Draft::Model
                                        ? s.speculative.draftModel.id
                                        : QStringLiteral("head"));
        speculative.insert("draft_tokens", s.speculative.draftTokens);
        speculative.insert("acceptance", s.speculative.acceptance);
        speculative.insert("tokens_per_run", r.speculative.tokensPerRun);
        speculative.insert("speedup", r.speculative.speedup);
        speculative.insert("per_million_output_without",
                           r.speculative.usdPerOutputTokenWithout * 1e6);
        speculative.insert("output_input_ratio_without", r.speculative.outputInputCostRatioWithout);
    }
    // null when the hardware file gives no power figures.
    const EnergyFigures &e = r.energy;
    auto energyValue = [&e](double v) {
        return e.available ? QJsonValue(v) : QJsonValue();
    };
    QJsonObject energy{
        {"per_input_token", energyValue(e.joulesPerInputToken)},
        {"per_output_token", energyValue(e.joulesPerOutputToken)},
        {"request", energyValue(e.joulesPerRequest)},
    };
    QJsonObject power{
        {"board_w", s.hardware.boardPowerWatts},
        {"idle_w", s.hardware.idlePowerWatts},
        {"prefill_w", energyValue(e.prefillWatts)},
        {"decode_w", energyValue(e.decodeWatts)},
    };
    return QJsonObject{
        {"model", model},
        {"hardware", hardware},
        {"engine", engine},
        {"request", request},
        {"flops", flops},
        {"bytes", bytes},
        {"time_s", time},
        {"bound", bound},
        {"throughput", throughput},
        {"memory", memory},
        {"cost_usd", cost},
        {"tokens", tokens},
        {"speculative", speculative},
        {"energy_j", energy},
        {"energy_kwh_request", energyValue(e.kwhPerRequest)},
        {"co2_g_request", energyValue(e.gramsCo2PerRequest)},
        {"grid_g_co2_per_kwh", s.gridGramsCo2PerKwh},
        {"power", power},
        {"runs", double(r.runs)},
        {"warnings", QJsonArray::fromStringList(scenarioWarningTexts(evaluation))},
    };
}

} // namespace tce
