#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace tce {

// Prices above a prompt length: once a request's input crosses the threshold, the whole
// request is billed at the tier's prices (as Anthropic and Google bill long contexts).
struct PriceTier
{
    int64_t aboveInputTokens = 0;
    double inputUsdPerToken = 0;
    double outputUsdPerToken = 0;
    double cachedInputUsdPerToken = 0; // 0: none given
    double cacheWriteUsdPerToken = 0;  // 0: none given
};

struct PriceEntry
{
    QString id;
    QString provider;
    double inputUsdPerToken = 0;
    double outputUsdPerToken = 0;
    double cachedInputUsdPerToken = 0; // 0: no cached-input price
    // LiteLLM's cache_creation_input_token_cost and its _above_1hr variant; 0: input price.
    double cacheWriteUsdPerToken = 0;
    double cacheWrite1hUsdPerToken = 0;
    int64_t maxInputTokens = 0;
    int64_t maxOutputTokens = 0;
    QList<PriceTier> tiers; // ascending thresholds

    // What a request costs at these prices: the tier its input reaches applies to all of it;
    // the prompt's first cachePrefix tokens are billed at the cache-read price, or at the
    // cache-write price (the 1-hour one with oneHour) when the request writes them, where
    // there is one.
    double requestUsd(int64_t inputTokens, int64_t outputTokens, int64_t cachePrefix = 0,
                      bool writesCache = false, bool oneHour = false) const;
};

struct PriceCatalog
{
    QList<PriceEntry> entries;
    int skippedEntries = 0; // entries without token prices (image, audio, embedding-only ...)
    const PriceEntry *find(const QString &id) const;
};

// LiteLLM's model_prices_and_context_window.json: USD per token, tier keys such as
// input_cost_per_token_above_128k_tokens. "sample_spec" documents the format and is skipped.
Result<PriceCatalog> importLiteLlmPrices(const QString &path);
Result<PriceCatalog> parseLiteLlmPrices(const QByteArray &json, const QString &displayName);

// Our own CSV: id,input_per_million,output_per_million[,cached_input_per_million
// [,tier_above_input_tokens,tier_input_per_million,tier_output_per_million]] with a header.
Result<PriceCatalog> importPriceCsv(const QString &path);
Result<PriceCatalog> parsePriceCsv(const QByteArray &bytes, const QString &displayName);

} // namespace tce
