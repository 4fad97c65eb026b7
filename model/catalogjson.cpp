#include "catalogjson.h"

#include "catalog.h"
#include "jsonfields.h"

#include <QJsonArray>

namespace tce {

namespace {

constexpr int64_t kMaxCount = 1'000'000'000;

// Reads the "sources" list that every catalog entry must have.
QStringList readSources(JsonFields &f)
{
    QStringList sources = f.stringList(QStringLiteral("sources"));
    if (sources.isEmpty() && !f.failed())
        f.fail(
            QStringLiteral("\"sources\" is empty; every preset cites where its numbers come from"));
    return sources;
}

} // namespace

Result<ModelSpec> readModelJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    ModelSpec m;
    m.id = f.string(QStringLiteral("id"));
    m.name = f.string(QStringLiteral("name"));
    m.contextLength = f.integer({QStringLiteral("context_length")}, 1, kMaxCount, 0);
    m.sources = readSources(f);

    JsonFields a(f.object(QStringLiteral("architecture")), where + QStringLiteral(" architecture"));
    m.numLayers = int(a.integer({QStringLiteral("num_layers")}, 1, 100000));
    m.hiddenSize = int(a.integer({QStringLiteral("hidden_size")}, 1, 10'000'000));
    m.numHeads = int(a.integer({QStringLiteral("num_heads")}, 1, 100000));
    m.numKvHeads = int(a.integer({QStringLiteral("num_kv_heads")}, 1, 100000, m.numHeads));
    m.headDim = int(a.integer({QStringLiteral("head_dim")}, 1, 100000));
    m.ffnSize = a.integer({QStringLiteral("ffn_size")}, 0, kMaxCount);
    m.vocabSize = a.integer({QStringLiteral("vocab_size")}, 1, kMaxCount);
    m.gatedFfn = a.boolean(QStringLiteral("gated_ffn"));
    m.tiedEmbeddings = a.boolean(QStringLiteral("tied_embeddings"));
    const QString norm = a.string(QStringLiteral("norm"), QStringLiteral("rmsnorm"));
    if (norm != QLatin1String("rmsnorm") && norm != QLatin1String("layernorm"))
        a.fail(
            QStringLiteral("\"norm\" is \"%1\"; expected \"rmsnorm\" or \"layernorm\"").arg(norm));
    m.norm = norm == QLatin1String("layernorm") ? NormKind::LayerNorm : NormKind::RmsNorm;
    m.normsPerLayer = int(a.integer({QStringLiteral("norms_per_layer")}, 0, 16, 2));
    m.qkvBias = a.boolean(QStringLiteral("qkv_bias"), false);
    m.outputBias = a.boolean(QStringLiteral("output_bias"), false);
    m.mlpBias = a.boolean(QStringLiteral("mlp_bias"), false);
    m.learnedPositionEmbeddings =
        a.integer({QStringLiteral("learned_position_embeddings")}, 0, kMaxCount, 0);
    m.slidingWindow = int(a.integer({QStringLiteral("sliding_window")}, 0, kMaxCount, 0));
    m.slidingWindowLayers =
        int(a.integer({QStringLiteral("sliding_window_layers")}, 0, m.numLayers, 0));

    if (a.has(QStringLiteral("moe"))) {
        JsonFields e(a.object(QStringLiteral("moe")), where + QStringLiteral(" moe"));
        m.moe.numExperts = int(e.integer({QStringLiteral("num_experts")}, 1, 1'000'000));
        m.moe.expertsPerToken =
            int(e.integer({QStringLiteral("experts_per_token")}, 1, m.moe.numExperts));
        m.moe.expertFfnSize = e.integer({QStringLiteral("expert_ffn_size")}, 1, kMaxCount);
        m.moe.sharedExpertFfnSize =
            e.integer({QStringLiteral("shared_expert_ffn_size")}, 0, kMaxCount, 0);
        m.moe.firstDenseLayers =
            int(e.integer({QStringLiteral("first_dense_layers")}, 0, m.numLayers, 0));
        m.moe.routerBias = e.boolean(QStringLiteral("router_bias"), false);
        if (e.failed())
            a.fail(e.error());
    }
    if (a.has(QStringLiteral("mla"))) {
        JsonFields l(a.object(QStringLiteral("mla")), where + QStringLiteral(" mla"));
        m.mla.qLoraRank = int(l.integer({QStringLiteral("q_lora_rank")}, 0, kMaxCount, 0));
        m.mla.kvLoraRank = int(l.integer({QStringLiteral("kv_lora_rank")}, 1, kMaxCount));
        m.mla.qkNopeHeadDim = int(l.integer({QStringLiteral("qk_nope_head_dim")}, 0, 100000));
        m.mla.qkRopeHeadDim = int(l.integer({QStringLiteral("qk_rope_head_dim")}, 0, 100000));
        m.mla.vHeadDim = int(l.integer({QStringLiteral("v_head_dim")}, 1, 100000));
        if (l.failed())
            a.fail(l.error());
    }

    const QJsonObject published = f.object(QStringLiteral("published_params"));
    m.publishedParamsTotal = published.value(QStringLiteral("total")).toDouble();
    m.publishedParamsActive =
        published.value(QStringLiteral("active")).toDouble(m.publishedParamsTotal);
    m.publishedParamsSource = published.value(QStringLiteral("source")).toString();
    m.publishedCountsTiedHeadTwice =
        published.value(QStringLiteral("counts_tied_head_twice")).toBool();
    m.publishedActiveExcludesEmbedding =
        published.value(QStringLiteral("active_excludes_embedding")).toBool();
    if (a.failed())
        f.fail(a.error());
    if (f.failed())
        return Result<ModelSpec>::failure(f.error());
    return m;
}

Result<HardwareSpec> readHardwareJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    HardwareSpec h;
    h.id = f.string(QStringLiteral("id"));
    h.name = f.string(QStringLiteral("name"));
    h.vendor = f.string(QStringLiteral("vendor"), QString());
    h.hardwareClass = f.string(QStringLiteral("class"), QString());
    h.memoryBytes = f.number(QStringLiteral("memory_bytes"), 1, 1e18);
    h.memoryBandwidthBytesPerSecond = f.number(QStringLiteral("memory_bandwidth"), 1, 1e18);
    const QJsonObject peaks = f.object(QStringLiteral("peak_flops"));
    JsonFields p(peaks, where + QStringLiteral(" peak_flops"));
    for (auto it = peaks.begin(); it != peaks.end(); ++it) {
        if (!it->isNull())
            h.peakFlopsPerSecond.insert(it.key(), p.number(it.key(), 1, 1e21));
    }
    if (p.failed())
        f.fail(p.error());
    if (h.peakFlopsPerSecond.isEmpty() && !f.failed())
        f.fail(QStringLiteral("\"peak_flops\" lists no precision"));
    JsonFields link(f.object(QStringLiteral("interconnect")),
                    where + QStringLiteral(" interconnect"));
    h.interconnectName = link.string(QStringLiteral("name"), QString());
    h.interconnectBytesPerSecond = link.number(QStringLiteral("bandwidth"), 0, 1e18, 0);
    h.interconnectLatencySeconds = link.number(QStringLiteral("latency_s"), 0, 1, 0);
    if (link.failed())
        f.fail(link.error());
    h.maxGpus = int(f.integer({QStringLiteral("max_gpus")}, 1, 1'000'000, 1));
    h.gpuHourUsd = f.number(QStringLiteral("gpu_hour_usd"), 0, 1e6, 0);
    h.boardPowerWatts = f.number(QStringLiteral("board_power_w"), 0, 1e6, 0);
    h.idlePowerWatts = f.number(QStringLiteral("idle_power_w"), 0, 1e6, 0);
    if (!f.failed() && h.idlePowerWatts > h.boardPowerWatts)
        f.fail(QStringLiteral("\"idle_power_w\" is %1 W, above \"board_power_w\" (%2 W)")
                   .arg(h.idlePowerWatts)
                   .arg(h.boardPowerWatts));
    h.sources = readSources(f);
    if (f.failed())
        return Result<HardwareSpec>::failure(f.error());
    return h;
}

namespace {

ProfileAccuracy readAccuracy(JsonFields &f)
{
    ProfileAccuracy a;
    const QJsonObject o = f.object(QStringLiteral("cv_error"));
    if (o.isEmpty())
        return a;
    JsonFields e(o, QStringLiteral("cv_error"));
    a.decode = e.number(QStringLiteral("decode"), 0, 100, 0);
    a.prefill = e.number(QStringLiteral("prefill"), 0, 100, 0);
    a.rows = int(e.integer({QStringLiteral("rows")}, 0, 1'000'000, 0));
    if (e.failed())
        f.fail(e.error());
    return a;
}

QJsonObject accuracyToJson(const ProfileAccuracy &a)
{
    return QJsonObject{{"decode", a.decode}, {"prefill", a.prefill}, {"rows", a.rows}};
}

} // namespace

std::optional<MultiGpuMode> multiGpuModeByName(const QString &name)
{
    if (name == QLatin1String("tensor") || name == QLatin1String("row"))
        return MultiGpuMode::Tensor;
    if (name == QLatin1String("layer"))
        return MultiGpuMode::Layer;
    return std::nullopt;
}

// A key that is one of two words: true for `yes`, false for `no` (also when absent).
bool readChoice(JsonFields &f, const QString &key, const QString &yes, const QString &no)
{
    const QString value = f.string(key, no);
    if (value != yes && value != no)
        f.fail(QStringLiteral("\"%1\" is \"%2\"; expected %3 or %4").arg(key, value, yes, no));
    return value == yes;
}

QString multiGpuModeName(MultiGpuMode mode)
{
    return mode == MultiGpuMode::Layer ? QStringLiteral("layer") : QStringLiteral("tensor");
}

Result<EngineProfile> readEngineJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    EngineProfile e;
    e.id = f.string(QStringLiteral("id"));
    e.name = f.string(QStringLiteral("name"));
    e.computeEfficiency = f.number(QStringLiteral("compute_efficiency"), 1e-6, 1);
    e.memoryEfficiency = f.number(QStringLiteral("memory_efficiency"), 1e-6, 1);
    e.stepOverheadSeconds = f.number(QStringLiteral("step_overhead_s"), 0, 10);
    e.memoryReserveFraction = f.number(QStringLiteral("memory_reserve_fraction"), 0, 0.99);
    e.workspaceBytes = f.number(QStringLiteral("workspace_bytes"), 0, 1e15, 0);
    // Absent in files written before the serving simulation or the fitted profiles: the
    // defaults of EngineProfile.
    const EngineProfile defaults;
    e.attentionEfficiency = f.number(QStringLiteral("attention_efficiency"), 0, 1, 0);
    e.requestOverheadSeconds = f.number(QStringLiteral("request_overhead_s"), 0, 60, 0);
    e.sequenceOverheadSeconds = f.number(QStringLiteral("sequence_overhead_s"), 0, 1, 0);
    e.dequantOpsPerWeight = f.number(QStringLiteral("dequant_ops_per_weight"), 0, 1000, 0);
    e.flashAttention = f.boolean(QStringLiteral("flash_attention"), defaults.flashAttention);
    e.unfusedScoreBytes = f.number(QStringLiteral("unfused_score_bytes"), 0, 1000, 0);
    {
        const QJsonObject byVendor = f.object(QStringLiteral("unfused_score_bytes_by_vendor"));
        JsonFields v(byVendor, where + QStringLiteral(" unfused_score_bytes_by_vendor"));
        for (auto it = byVendor.begin(); it != byVendor.end(); ++it)
            e.unfusedScoreBytesByVendor.insert(it.key(), v.number(it.key(), 0, 1000));
        if (v.failed())
            f.fail(v.error());
    }
    const QString split = f.string(QStringLiteral("multi_gpu"), QStringLiteral("tensor"));
    if (const auto mode = multiGpuModeByName(split))
        e.multiGpu = *mode;
    else
        f.fail(QStringLiteral("\"multi_gpu\" is \"%1\"; expected tensor, row or layer").arg(split));
    e.fp16Accumulate = readChoice(f, QStringLiteral("gemm_accumulate"), QStringLiteral("fp16"),
                                  QStringLiteral("fp32"));
    e.vendorGemm = readChoice(f, QStringLiteral("gemm_library"), QStringLiteral("vendor"),
                              QStringLiteral("engine"));
    e.hardwareClass = f.string(QStringLiteral("hardware_class"), QString());
    e.classNote = f.string(QStringLiteral("class_note"), QString());
    e.classCarried = f.boolean(QStringLiteral("class_carried"), false);
    e.accuracy = readAccuracy(f);
    e.maxRunningSequences = int(f.integer({QStringLiteral("max_num_seqs")}, 1, kMaxSchedulerLimit,
                                          defaults.maxRunningSequences));
    e.maxBatchedTokens = int(f.integer({QStringLiteral("max_batched_tokens")}, 1,
                                       kMaxSchedulerLimit, defaults.maxBatchedTokens));
    e.kvBlockTokens = int(f.integer({QStringLiteral("kv_block_tokens")}, 1, kMaxKvBlockTokens,
                                    defaults.kvBlockTokens));
    e.sources = readSources(f);
    e.computeTransferExponent = f.number(QStringLiteral("compute_transfer_exponent"), 0, 2,
                                         defaults.computeTransferExponent);
    e.memoryTransferExponent =
        f.number(QStringLiteral("memory_transfer_exponent"), 0, 2, defaults.memoryTransferExponent);
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    for (int i = 0; i < classes.size() && !f.failed(); ++i) {
        JsonFields c(classes.at(i).toObject(), QStringLiteral("%1 classes[%2]").arg(where).arg(i));
        EngineClassProfile k;
        k.hardwareClass = c.string(QStringLiteral("class"));
        k.computeEfficiency = c.number(QStringLiteral("compute_efficiency"), 1e-6, 1);
        k.memoryEfficiency = c.number(QStringLiteral("memory_efficiency"), 1e-6, 1);
        k.attentionEfficiency = c.number(QStringLiteral("attention_efficiency"), 0, 1, 0);
        k.stepOverheadSeconds = c.number(QStringLiteral("step_overhead_s"), 0, 10);
        k.requestOverheadSeconds = c.number(QStringLiteral("request_overhead_s"), 0, 60, 0);
        k.sequenceOverheadSeconds = c.number(QStringLiteral("sequence_overhead_s"), 0, 1, 0);
        k.dequantOpsPerWeight = c.number(QStringLiteral("dequant_ops_per_weight"), 0, 1000, 0);
        k.referencePeakFlops = c.number(QStringLiteral("reference_peak_flops"), 0, 1e18, 0);
        k.referenceBandwidth = c.number(QStringLiteral("reference_bandwidth"), 0, 1e15, 0);
        k.accuracy = readAccuracy(c);
        if (c.failed())
            f.fail(c.error());
        else
            e.classes.append(k);
    }
    if (f.failed())
        return Result<EngineProfile>::failure(f.error());
    return e;
}

Result<ApiPrice> readPriceJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    ApiPrice p;
    p.id = f.string(QStringLiteral("id"));
    p.name = f.string(QStringLiteral("name"));
    p.provider = f.string(QStringLiteral("provider"), QString());
    p.date = f.string(QStringLiteral("date"));
    p.inputUsdPerMillion = f.number(QStringLiteral("input_per_million"), 0, 1e6);
    p.outputUsdPerMillion = f.number(QStringLiteral("output_per_million"), 0, 1e6);
    p.cachedInputUsdPerMillion = f.number(QStringLiteral("cached_input_per_million"), 0, 1e6, 0);
    p.cacheWriteUsdPerMillion = f.number(QStringLiteral("cache_write_per_million"), 0, 1e6, 0);
    p.cacheWrite1hUsdPerMillion = f.number(QStringLiteral("cache_write_1h_per_million"), 0, 1e6, 0);
    p.maxOutputTokens = f.integer({QStringLiteral("max_output_tokens")}, 0, kMaxCount, 0);
    p.sources = readSources(f);
    if (f.failed())
        return Result<ApiPrice>::failure(f.error());
    return p;
}

Result<WorkloadMix> readMixJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    WorkloadMix mix;
    mix.id = f.string(QStringLiteral("id"));
    mix.name = f.string(QStringLiteral("name"));
    auto readDistribution = [&](const QString &key) {
        JsonFields d(f.object(key), where + QLatin1Char(' ') + key);
        LengthDistribution l;
        l.mu = d.number(QStringLiteral("mu"), 0, 20);
        l.sigma = d.number(QStringLiteral("sigma"), 0, 5);
        l.minimum = d.integer({QStringLiteral("min")}, 1, kMaxCount, 1);
        l.maximum = d.integer({QStringLiteral("max")}, l.minimum, kMaxCount, 10'000'000);
        if (d.failed())
            f.fail(d.error());
        return l;
    };
    mix.input = readDistribution(QStringLiteral("input"));
    mix.output = readDistribution(QStringLiteral("output"));
    mix.sources = readSources(f);
    if (f.failed())
        return Result<WorkloadMix>::failure(f.error());
    return mix;
}

QJsonObject modelToJson(const ModelSpec &m)
{
    QJsonObject arch{
        {"num_layers", m.numLayers},
        {"hidden_size", m.hiddenSize},
        {"num_heads", m.numHeads},
        {"num_kv_heads", m.numKvHeads},
        {"head_dim", m.headDim},
        {"ffn_size", double(m.ffnSize)},
        {"vocab_size", double(m.vocabSize)},
        {"gated_ffn", m.gatedFfn},
        {"tied_embeddings", m.tiedEmbeddings},
        {"norm", m.norm == NormKind::LayerNorm ? "layernorm" : "rmsnorm"},
        {"norms_per_layer", m.normsPerLayer},
        {"qkv_bias", m.qkvBias},
        {"output_bias", m.outputBias},
        {"mlp_bias", m.mlpBias},
        {"learned_position_embeddings", double(m.learnedPositionEmbeddings)},
        {"sliding_window", m.slidingWindow},
        {"sliding_window_layers", m.slidingWindowLayers},
    };
    if (m.moe.enabled()) {
        arch.insert("moe", QJsonObject{
                               {"num_experts", m.moe.numExperts},
                               {"experts_per_token", m.moe.expertsPerToken},
                               {"expert_ffn_size", double(m.moe.expertFfnSize)},
                               {"shared_expert_ffn_size", double(m.moe.sharedExpertFfnSize)},
                               {"first_dense_layers", m.moe.firstDenseLayers},
                               {"router_bias", m.moe.routerBias},
                           });
    }
    if (m.mla.enabled()) {
        arch.insert("mla", QJsonObject{
                               {"q_lora_rank", m.mla.qLoraRank},
                               {"kv_lora_rank", m.mla.kvLoraRank},
                               {"qk_nope_head_dim", m.mla.qkNopeHeadDim},
                               {"qk_rope_head_dim", m.mla.qkRopeHeadDim},
                               {"v_head_dim", m.mla.vHeadDim},
                           });
    }
    QJsonObject out{{"id", m.id},
                    {"name", m.name},
                    {"architecture", arch},
                    {"sources", QJsonArray::fromStringList(m.sources)}};
    if (m.contextLength > 0)
        out.insert("context_length", double(m.contextLength));
    return out;
}

QJsonObject hardwareToJson(const HardwareSpec &h)
{
    QJsonObject peaks;
    for (auto it = h.peakFlopsPerSecond.cbegin(); it != h.peakFlopsPerSecond.cend(); ++it)
        peaks.insert(it.key(), it.value());
    return QJsonObject{
        {"id", h.id},
        {"name", h.name},
        {"vendor", h.vendor},
        {"class", h.hardwareClass},
        {"memory_bytes", h.memoryBytes},
        {"memory_bandwidth", h.memoryBandwidthBytesPerSecond},
        {"peak_flops", peaks},
        {"interconnect", QJsonObject{{"name", h.interconnectName},
                                     {"bandwidth", h.interconnectBytesPerSecond},
                                     {"latency_s", h.interconnectLatencySeconds}}},
        {"max_gpus", h.maxGpus},
        {"gpu_hour_usd", h.gpuHourUsd},
        {"board_power_w", h.boardPowerWatts},
        {"idle_power_w", h.idlePowerWatts},
        {"sources", QJsonArray::fromStringList(h.sources)},
    };
}

QJsonObject engineToJson(const EngineProfile &e)
{
    QJsonObject out{
        {"id", e.id},
        {"name", e.name},
        {"compute_efficiency", e.computeEfficiency},
        {"memory_efficiency", e.memoryEfficiency},
        {"attention_efficiency", e.attentionEfficiency},
        {"step_overhead_s", e.stepOverheadSeconds},
        {"request_overhead_s", e.requestOverheadSeconds},
        {"sequence_overhead_s", e.sequenceOverheadSeconds},
        {"dequant_ops_per_weight", e.dequantOpsPerWeight},
        {"flash_attention", e.flashAttention},
        {"unfused_score_bytes", e.unfusedScoreBytes},
        {"multi_gpu", multiGpuModeName(e.multiGpu)},
        {"gemm_accumulate", e.fp16Accumulate ? "fp16" : "fp32"},
        {"memory_reserve_fraction", e.memoryReserveFraction},
        {"workspace_bytes", e.workspaceBytes},
        {"max_num_seqs", e.maxRunningSequences},
        {"max_batched_tokens", e.maxBatchedTokens},
        {"kv_block_tokens", e.kvBlockTokens},
        {"sources", QJsonArray::fromStringList(e.sources)},
    };
    if (e.vendorGemm)
        out.insert("gemm_library", "vendor");
    if (!e.unfusedScoreBytesByVendor.isEmpty()) {
        QJsonObject byVendor;
        for (auto it = e.unfusedScoreBytesByVendor.begin(); it != e.unfusedScoreBytesByVendor.end();
             ++it)
            byVendor.insert(it.key(), it.value());
        out.insert("unfused_score_bytes_by_vendor", byVendor);
    }
    if (!e.hardwareClass.isEmpty())
        out.insert("hardware_class", e.hardwareClass);
    if (!e.classNote.isEmpty())
        out.insert("class_note", e.classNote);
    if (e.classCarried)
        out.insert("class_carried", true);
    if (e.accuracy.rows > 0)
        out.insert("cv_error", accuracyToJson(e.accuracy));
    if (!e.classes.isEmpty()) {
        out.insert("compute_transfer_exponent", e.computeTransferExponent);
        out.insert("memory_transfer_exponent", e.memoryTransferExponent);
        QJsonArray classes;
        for (const EngineClassProfile &k : e.classes) {
            QJsonObject c{
                {"class", k.hardwareClass},
                {"compute_efficiency", k.computeEfficiency},
                {"memory_efficiency", k.memoryEfficiency},
                {"attention_efficiency", k.attentionEfficiency},
                {"step_overhead_s", k.stepOverheadSeconds},
                {"request_overhead_s", k.requestOverheadSeconds},
                {"sequence_overhead_s", k.sequenceOverheadSeconds},
                {"dequant_ops_per_weight", k.dequantOpsPerWeight},
            };
            if (k.referencePeakFlops > 0)
                c.insert("reference_peak_flops", k.referencePeakFlops);
            if (k.referenceBandwidth > 0)
                c.insert("reference_bandwidth", k.referenceBandwidth);
            if (k.accuracy.rows > 0)
                c.insert("cv_error", accuracyToJson(k.accuracy));
            classes.append(c);
        }
        out.insert("classes", classes);
    }
    return out;
}

} // namespace tce
