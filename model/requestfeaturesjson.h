#pragma once

#include "requestfeatures.h"
#include "result.h"

#include <QJsonObject>

namespace tce {

// The scenario file's "prompt_cache" and "speculative" objects.
QJsonObject promptCacheToJson(const PromptCacheSpec &cache);
Result<PromptCacheSpec> promptCacheFromJson(const QJsonObject &json, const QString &where);
QJsonObject speculativeToJson(const SpeculativeSpec &speculative);
Result<SpeculativeSpec> speculativeFromJson(const QJsonObject &json, const QString &where);

// Limits every entry point checks (command line, scenario files, the panel).
inline constexpr int kMaxDraftTokens = 64;

} // namespace tce
