#pragma once

#include "modelspec.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace tce {

struct ImportedModel
{
    ModelSpec spec;
    QStringList warnings; // guesses the importer had to make, shown to the user
};

// Hugging Face config.json -> ModelSpec, offline. Accepts every key spelling of
// cost-model.md section 1 (Llama, Mistral, Mixtral, Qwen2(-MoE), Gemma 1-3, Phi-3, Falcon,
// GPT-2/NeoX, DeepSeek-V2/V3) and language models nested under "text_config" in multimodal
// configs. A missing key or an impossible value is an error that names the key and value.
Result<ImportedModel> importHuggingFaceConfig(const QJsonObject &config,
                                              const QString &displayName);
Result<ImportedModel> importHuggingFaceConfigFile(const QString &path);

} // namespace tce
