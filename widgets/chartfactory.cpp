#include "chartfactory.h"

#include "batchsweepview.h"
#include "cumulativecostview.h"
#include "kvcachecomparisonview.h"
#include "kvmemoryview.h"
#include "marginhistogramview.h"
#include "marginmapview.h"
#include "pertokencostview.h"
#include "priceratioview.h"
#include "rooflineview.h"
#include "tokenrunsview.h"

namespace tce {

QStringList chartIds()
{
    return {QStringLiteral("per-token"),    QStringLiteral("cumulative"),
            QStringLiteral("kv-memory"),    QStringLiteral("batch"),
            QStringLiteral("roofline"),     QStringLiteral("kv-cache"),
            QStringLiteral("margins"),      QStringLiteral("margin-map"),
            QStringLiteral("price-ratios"), QStringLiteral("token-runs")};
}

std::unique_ptr<ChartView> createChart(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("per-token"))
        return std::make_unique<PerTokenCostView>(parent);
    if (id == QLatin1String("cumulative"))
        return std::make_unique<CumulativeCostView>(parent);
    if (id == QLatin1String("kv-memory"))
        return std::make_unique<KvMemoryView>(parent);
    if (id == QLatin1String("batch"))
        return std::make_unique<BatchSweepView>(parent);
    if (id == QLatin1String("roofline"))
        return std::make_unique<RooflineView>(parent);
    if (id == QLatin1String("kv-cache"))
        return std::make_unique<KvCacheComparisonView>(parent);
    if (id == QLatin1String("margins"))
        return std::make_unique<MarginHistogramView>(parent);
    if (id == QLatin1String("margin-map"))
        return std::make_unique<MarginMapView>(parent);
    if (id == QLatin1String("price-ratios"))
        return std::make_unique<PriceRatioView>(parent);
    if (id == QLatin1String("token-runs"))
        return std::make_unique<TokenRunsView>(parent);
    return nullptr;
}

} // namespace tce
