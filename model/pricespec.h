#pragma once

#include <QString>
#include <QStringList>

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
    double cachedInputUsdPerMillion = 0;

    // What the GPUs of one replica cost per second (cost-model.md section 6).
    double usdPerSecond(int gpus) const { return gpuHourUsd * (gpus > 1 ? gpus : 1) / 3600.0; }
    // What a request pays at the API prices.
    double revenueUsd(int64_t inputTokens, int64_t outputTokens) const
    {
        return (double(inputTokens) * inputUsdPerMillion +
                double(outputTokens) * outputUsdPerMillion) /
               1e6;
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
    double cachedInputUsdPerMillion = 0; // 0 = no cached-input price
    int64_t maxOutputTokens = 0;
    QStringList sources;
};

} // namespace tce
