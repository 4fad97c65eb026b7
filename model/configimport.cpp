#include "configimport.h"

#include "jsonfields.h"
#include "jsonfile.h"
#include "parametercount.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace tce {

namespace {

// Sizes past these are typos, not models: 2T parameters is the top of what the app models.
constexpr int64_t kMaxLayers = 10'000;
constexpr int64_t kMaxWidth = 1'000'000;
constexpr int64_t kMaxHeads = 100'000;
constexpr int64_t kMaxVocab = 100'000'000;
constexpr int64_t kMaxExperts = 100'000;
constexpr int64_t kMaxContext = 1'000'000'000;
constexpr double kMaxParameters = 1e14;

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

// Families whose FFN is gated (SwiGLU/GeGLU), from the Hugging Face modeling files.
const QSet<QString> &gatedFamilies()
{
    static const QSet<QString> s{"llama",       "mistral",
                                 "mixtral",     "qwen2",
                                 "qwen2_moe",   "qwen3",
                                 "qwen3_moe",   "gemma",
                                 "gemma2",      "gemma3",
                                 "gemma3_text", "phi3",
                                 "deepseek_v2", "deepseek_v3",
                                 "olmo",        "olmo2",
                                 "cohere",      "granite",
                                 "internlm2",   "yi",
                                 "baichuan",    "starcoder2_gated",
                                 "llama4_text", "exaone",
                                 "smollm3",     "ministral",
                                 "mistral3"};
    return s;
}

// Families whose config class defaults tie_word_embeddings to false (transformers).
const QSet<QString> &untiedByDefault()
{
    static const QSet<QString> s{"llama", "mistral",   "mixtral",     "qwen2",       "qwen2_moe",
                                 "qwen3", "qwen3_moe", "phi3",        "deepseek_v2", "deepseek_v3",
                                 "olmo2", "internlm2", "llama4_text", "mistral3"};
    return s;
}

const QSet<QString> &layerNormFamilies()
{
    static const QSet<QString> s{"gpt2",       "gpt_neox", "gptj",       "opt",
                                 "bloom",      "falcon",   "phi",        "gpt_bigcode",
                                 "starcoder2", "stablelm", "RefinedWeb", "RefinedWebModel"};
    return s;
}

// The language-model part of a config: multimodal configs nest it.
QJsonObject languageModelConfig(const QJsonObject &config)
{
    for (const char *nested : {"text_config", "llm_config", "language_config"}) {
        const QJsonValue v = config.value(QLatin1String(nested));
        if (v.isObject()) {
            // Keys the nested config leaves out (vocab_size, tie_word_embeddings) may sit on top.
            QJsonObject merged = v.toObject();
            for (const char *inherited : {"vocab_size", "tie_word_embeddings"}) {
                const QString key = QLatin1String(inherited);
                if (!merged.contains(key) && config.contains(key))
                    merged.insert(key, config.value(key));
            }
            return merged;
        }
    }
    return config;
}

// save_pretrained leaves out keys that equal the config class's defaults; nested text configs
// (LLaVA's "text_config" holds little more than model_type and vocab_size) rely on that.
// LlamaConfig defaults: transformers/models/llama/configuration_llama.py.
void fillFamilyDefaults(QJsonObject &config, QStringList &warnings)
{
    if (config.value(QStringLiteral("model_type")).toString() != QLatin1String("llama"))
        return;
    static const std::initializer_list<std::pair<const char *, int>> llamaDefaults{
        {"hidden_size", 4096},     {"intermediate_size", 11008},
        {"num_hidden_layers", 32}, {"num_attention_heads", 32},
        {"vocab_size", 32000},     {"max_position_embeddings", 2048}};
    QStringList filled;
    for (const auto &[key, value] : llamaDefaults) {
        const QString k = QLatin1String(key);
        if (!config.contains(k)) {
            config.insert(k, value);
            filled << QStringLiteral("%1 = %2").arg(k).arg(value);
        }
    }
    if (!filled.isEmpty())
        warnings << QStringLiteral(
                        "used the Llama defaults of transformers for keys the file leaves out: %1")
                        .arg(filled.join(QStringLiteral(", ")));
}

void readSlidingWindow(JsonFields &f, const QString &family, ModelSpec &m, QStringList &warnings)
{
    const QJsonObject &json = f.json();
    const bool windowGiven = f.has(QStringLiteral("sliding_window"));
    if (json.contains(QStringLiteral("use_sliding_window")) &&
        !f.boolean(QStringLiteral("use_sliding_window"), false))
        return; // Qwen2 configs name a window they do not use
    if (json.value(QStringLiteral("layer_types")).isArray()) {
        const QStringList types = f.stringList(QStringLiteral("layer_types"));
        if (types.size() != m.numLayers) {
            f.fail(QStringLiteral("\"layer_types\" lists %1 layers but \"num_hidden_layers\" is %2")
                       .arg(types.size())
                       .arg(m.numLayers));
            return;
        }
        m.slidingWindowLayers = int(types.count(QStringLiteral("sliding_attention")));
        if (m.slidingWindowLayers > 0)
            m.slidingWindow = int(f.integer(keys({"sliding_window"}), 1, kMaxContext));
        return;
    }
    if (!windowGiven)
        return;
    m.slidingWindow = int(f.integer(keys({"sliding_window"}), 1, kMaxContext));
    if (family == QLatin1String("gemma2")) {
        // Gemma 2 alternates: even layers slide, odd layers attend globally.
        m.slidingWindowLayers = (m.numLayers + 1) / 2;
    } else if (family == QLatin1String("gemma3") || family == QLatin1String("gemma3_text")) {
        // Every `sliding_window_pattern`-th layer is global (Gemma 3 technical report: 5:1).
        const int64_t pattern = f.integer(keys({"sliding_window_pattern"}), 1, kMaxLayers, 6);
        m.slidingWindowLayers = int(m.numLayers - m.numLayers / pattern);
    } else {
        m.slidingWindowLayers = m.numLayers;
        if (m.contextLength > 0 && m.slidingWindow >= m.contextLength)
            warnings << QStringLiteral("\"sliding_window\" %1 is not shorter than the context; "
                                       "it only matters beyond %1 tokens")
                            .arg(m.slidingWindow);
    }
}

void readMoe(JsonFields &f, const QString &family, ModelSpec &m)
{
    const auto expertsKey = f.firstPresent(
        keys({"num_local_experts", "n_routed_experts", "num_experts", "moe_num_experts"}));
    if (!expertsKey)
        return;
    const int64_t experts = f.integer({*expertsKey}, 0, kMaxExperts);
    if (experts <= 1)
        return; // Qwen3 dense configs carry "num_experts": 0
    m.moe.numExperts = int(experts);
    m.moe.expertsPerToken =
        int(f.integer(keys({"num_experts_per_tok", "moe_top_k", "top_k"}), 1, experts));
    // Mixtral's experts are intermediate_size wide; DeepSeek and Qwen-MoE name their width.
    m.moe.expertFfnSize = f.integer(keys({"moe_intermediate_size"}), 1, kMaxWidth, m.ffnSize);
    if (f.has(QStringLiteral("n_shared_experts")))
        m.moe.sharedExpertFfnSize =
            f.integer(keys({"n_shared_experts"}), 0, kMaxExperts) * m.moe.expertFfnSize;
    else
        m.moe.sharedExpertFfnSize =
            f.integer(keys({"shared_expert_intermediate_size"}), 0, kMaxWidth, 0);
    m.moe.firstDenseLayers = int(f.integer(keys({"first_k_dense_replace"}), 0, m.numLayers, 0));
    // DeepSeek-V3's auxiliary-loss-free balancing adds a per-expert bias to the router.
    m.moe.routerBias =
        f.json().value(QStringLiteral("topk_method")).toString() == QLatin1String("noaux_tc");
    if (m.moe.expertsPerToken > m.moe.numExperts)
        f.fail(QStringLiteral("\"num_experts_per_tok\" is %1 but there are only %2 experts")
                   .arg(m.moe.expertsPerToken)
                   .arg(m.moe.numExperts));
    Q_UNUSED(family);
}

void readMla(JsonFields &f, ModelSpec &m)
{
    if (!f.has(QStringLiteral("kv_lora_rank")))
        return;
    m.mla.kvLoraRank = int(f.integer(keys({"kv_lora_rank"}), 1, kMaxWidth));
    m.mla.qLoraRank = int(f.integer(keys({"q_lora_rank"}), 0, kMaxWidth, 0));
    m.mla.qkNopeHeadDim = int(f.integer(keys({"qk_nope_head_dim"}), 0, kMaxWidth));
    m.mla.qkRopeHeadDim = int(f.integer(keys({"qk_rope_head_dim"}), 0, kMaxWidth));
    m.mla.vHeadDim = int(f.integer(keys({"v_head_dim"}), 1, kMaxWidth));
}

} // namespace

Result<ImportedModel> importHuggingFaceConfig(const QJsonObject &config, const QString &displayName)
{
    ImportedModel out;
    ModelSpec &m = out.spec;
    QJsonObject languageModel = languageModelConfig(config);
    // Only nested configs are saved as a diff against the defaults; a top-level config.json
    // with a missing key is broken, and the error below names the key.
    if (languageModel != config)
        fillFamilyDefaults(languageModel, out.warnings);
    JsonFields f(languageModel, displayName);
    QString family = f.string(QStringLiteral("model_type"), QString());
    // Falcon's original remote-code configs call the family RefinedWeb (40B) and
    // RefinedWebModel (7B); the 40B layout is what transformers calls new_decoder_architecture.
    const bool refinedWeb40b = family == QLatin1String("RefinedWeb");
    if (family.startsWith(QLatin1String("RefinedWeb")))
        family = QStringLiteral("falcon");

    m.numLayers = int(
        f.integer(keys({"num_hidden_layers", "n_layer", "num_layers", "n_layers"}), 1, kMaxLayers));
    m.hiddenSize = int(f.integer(keys({"hidden_size", "n_embd", "d_model"}), 1, kMaxWidth));
    m.numHeads = int(f.integer(keys({"num_attention_heads", "n_head", "n_heads"}), 1, kMaxHeads));
    if (f.failed())
        return Result<ImportedModel>::failure(f.error());

    const bool multiQuery = f.json().value(QStringLiteral("multi_query")).toBool(false);
    m.numKvHeads = int(f.integer(keys({"num_key_value_heads", "n_head_kv", "num_kv_heads"}), 1,
                                 kMaxHeads, multiQuery ? 1 : m.numHeads));
    if (!f.failed() && m.numHeads % m.numKvHeads != 0)
        f.fail(QStringLiteral(
                   "\"num_key_value_heads\" is %1, which does not divide the %2 query heads")
                   .arg(m.numKvHeads)
                   .arg(m.numHeads));
    if (f.has(QStringLiteral("head_dim"))) {
        m.headDim = int(f.integer(keys({"head_dim"}), 1, kMaxWidth));
    } else if (m.hiddenSize % m.numHeads != 0) {
        f.fail(QStringLiteral("\"hidden_size\" %1 is not a multiple of \"num_attention_heads\" %2, "
                              "and there is no \"head_dim\"")
                   .arg(m.hiddenSize)
                   .arg(m.numHeads));
    } else {
        m.headDim = m.hiddenSize / m.numHeads;
    }
    // GPT-2 writes "n_inner": null for 4*d; Falcon has no key and uses 4*d too.
    m.ffnSize = f.integer(keys({"intermediate_size", "n_inner", "ffn_dim", "ffn_hidden_size"}), 1,
                          kMaxWidth * 16, int64_t(m.hiddenSize) * 4);
    m.vocabSize = f.integer(keys({"vocab_size", "padded_vocab_size"}), 1, kMaxVocab);
    m.contextLength = f.integer(
        keys({"max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"}), 1,
        kMaxContext, 0);

    if (gatedFamilies().contains(family)) {
        m.gatedFfn = true;
    } else if (layerNormFamilies().contains(family)) {
        m.gatedFfn = false;
    } else {
        const QString act = f.json().value(QStringLiteral("hidden_act")).toString();
        m.gatedFfn = act == QLatin1String("silu") || act == QLatin1String("swiglu");
        out.warnings << QStringLiteral(
                            "unknown \"model_type\" %1: assumed a %2 FFN from \"hidden_act\"")
                            .arg(family.isEmpty() ? QStringLiteral("(none)") : family,
                                 m.gatedFfn ? QStringLiteral("gated") : QStringLiteral("plain"));
    }
    m.tiedEmbeddings =
        f.boolean(QStringLiteral("tie_word_embeddings"), !untiedByDefault().contains(family));
    m.norm = layerNormFamilies().contains(family) ? NormKind::LayerNorm : NormKind::RmsNorm;
    if (family.startsWith(QLatin1String("gemma2")) || family.startsWith(QLatin1String("gemma3")))
        m.normsPerLayer = 4; // pre- and post-norms around attention and FFN
    else if (family == QLatin1String("falcon"))
        m.normsPerLayer =
            f.json().value(QStringLiteral("new_decoder_architecture")).toBool(refinedWeb40b) ? 2
                                                                                             : 1;
    else
        m.normsPerLayer = 2;

    const bool allBiases = family == QLatin1String("gpt2") || family == QLatin1String("gpt_neox") ||
                           family == QLatin1String("gpt_bigcode");
    const bool falconBias = f.json().value(QStringLiteral("bias")).toBool(false);
    const bool attentionBias = f.json().value(QStringLiteral("attention_bias")).toBool(false);
    m.qkvBias = allBiases || falconBias || attentionBias || family == QLatin1String("qwen2") ||
                family == QLatin1String("qwen2_moe");
    m.outputBias = allBiases || falconBias || attentionBias;
    m.mlpBias = allBiases || falconBias || f.json().value(QStringLiteral("mlp_bias")).toBool(false);
    if (family == QLatin1String("gpt2"))
        m.learnedPositionEmbeddings = m.contextLength;

    readSlidingWindow(f, family, m, out.warnings);
    readMoe(f, family, m);
    readMla(f, m);
    if (f.failed())
        return Result<ImportedModel>::failure(f.error());

    const QString path = config.value(QStringLiteral("_name_or_path")).toString();
    m.name = !path.isEmpty() ? path.section(QLatin1Char('/'), -1) : displayName;
    m.id = m.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const double total = double(countParameters(m).total);
    if (total > kMaxParameters)
        return Result<ImportedModel>::failure(
            QStringLiteral("%1: these sizes give %2 parameters, more than the %3 the app models")
                .arg(displayName)
                .arg(total, 0, 'g', 3)
                .arg(kMaxParameters, 0, 'g', 3));
    return out;
}

Result<ImportedModel> importHuggingFaceConfigFile(const QString &path)
{
    const auto json = readJsonObjectFile(path);
    if (!json)
        return Result<ImportedModel>::failure(json.error());
    auto imported = importHuggingFaceConfig(json.value(), QFileInfo(path).fileName());
    if (imported && imported->spec.name == QFileInfo(path).fileName()) {
        // A config.json without _name_or_path: name it after its folder, as the Hub does.
        ImportedModel named = imported.value();
        const QString folder = QFileInfo(path).absoluteDir().dirName();
        named.spec.name = folder.isEmpty() ? QFileInfo(path).completeBaseName() : folder;
        named.spec.id = named.spec.name.toLower();
        return named;
    }
    return imported;
}

} // namespace tce
