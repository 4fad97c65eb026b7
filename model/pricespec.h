#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace tce {

// What the GPUs cost and what an API charges (USD). cost-model.md section 6.
struct PriceSpec
{
    double gpuHourUsd = 0; // per GPU
    QString apiPriceId;    // catalog entry the API prices came from, if any
    QString apiPriceName;
    double inputUsdPerMillion = 0;
    double outputUsdPerMillion = 0;
    // Prompt caching (cost-model.md section 8): a prompt token read from the cache, and one
    // written to it; 0: billed at the input price.
    double cachedInputUsdPerMillion = 0;
    double cacheWriteUsdPerMillion = 0;
    double cacheWrite1hUsdPerMillion = 0; // a write kept for an hour; 0: the 5-minute price

    // What the GPUs of one replica cost per second (cost-model.md section 6).
    double usdPerSecond(int gpus) const { return gpuHourUsd * (gpus > 1 ? gpus : 1) / 3600.0; }
    // What a request pays at the API prices (output: every billed output token).
    double revenueUsd(int64_t inputTokens, int64_t outputTokens) const
    {
        return (double(inputTokens) * inputUsdPerMillion +
                double(outputTokens) * outputUsdPerMillion) /
               1e6;
    }
    double cacheReadUsdPerMillion() const
    {
        return cachedInputUsdPerMillion > 0 ? cachedInputUsdPerMillion : inputUsdPerMillion;
    }
    double cacheWritePriceUsdPerMillion(bool oneHour = false) const
    {
        if (oneHour && cacheWrite1hUsdPerMillion > 0)
            return cacheWrite1hUsdPerMillion;
        return cacheWriteUsdPerMillion > 0 ? cacheWriteUsdPerMillion : inputUsdPerMillion;
    }
    // The same with the first `cachedPrefix` prompt tokens read from the cache, or written to
    // it (`writesCache`, kept for an hour with `oneHour`): those are billed at the cache's
    // prices.
    double revenueUsd(int64_t inputTokens, int64_t outputTokens, int64_t cachedPrefix,
                      bool writesCache, bool oneHour = false) const
    {
        const int64_t prefix = cachedPrefix < 0 ? 0 : std::min(cachedPrefix, inputTokens);
        const double prefixPrice =
            writesCache ? cacheWritePriceUsdPerMillion(oneHour) : cacheReadUsdPerMillion();
        return revenueUsd(inputTokens - prefix, outputTokens) + double(prefix) * prefixPrice / 1e6;
    }

    bool operator==(const PriceSpec &) const = default;
};

// A dated list price from the catalog.
struct ApiPrice
{
    QString id;
    QString name;
    QString provider;
    QString date;
    double inputUsdPerMillion = 0;
    double outputUsdPerMillion = 0;
    double cachedInputUsdPerMillion = 0;  // 0 = no cached-input price
    double cacheWriteUsdPerMillion = 0;   // 0 = writes billed at the input price
    double cacheWrite1hUsdPerMillion = 0; // 0 = no 1-hour write price
    int64_t maxOutputTokens = 0;
    QStringList sources;
};

// A scenario's prices from a catalog entry (the GPU price stays).
inline void applyApiPrice(PriceSpec &price, const ApiPrice &api)
{
    price.apiPriceId = api.id;
    price.apiPriceName = api.name;
    price.inputUsdPerMillion = api.inputUsdPerMillion;
    price.outputUsdPerMillion = api.outputUsdPerMillion;
    price.cachedInputUsdPerMillion = api.cachedInputUsdPerMillion;
    price.cacheWriteUsdPerMillion = api.cacheWriteUsdPerMillion;
    price.cacheWrite1hUsdPerMillion = api.cacheWrite1hUsdPerMillion;
}

} // namespace tce
