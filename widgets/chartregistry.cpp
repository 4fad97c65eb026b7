#include "chartregistry.h"

#include "batchsweepview.h"
#include "cumulativecostview.h"
#include "kvcachecomparisonview.h"
#include "kvmemoryview.h"
#include "marginhistogramview.h"
#include "marginmapview.h"
#include "pertokencostview.h"
#include "priceratioview.h"
#include "promptcacheview.h"
#include "rooflineview.h"
#include "servingtimelineview.h"
#include "servingview.h"
#include "speculativeview.h"
#include "tokenrunsview.h"

#include <QCoreApplication>

namespace tce {

namespace {

constexpr const char *kContext = "tce::ChartRegistry";

template<class View> std::function<ChartView *(QWidget *)> factory()
{
    return [](QWidget *parent) -> ChartView * {
        return new View(parent);
    };
}

} // namespace

QString ChartEntry::translatedTitle() const
{
    return QCoreApplication::translate(kContext, title);
}

QString ChartEntry::translatedShortTitle() const
{
    return QCoreApplication::translate(kContext, shortTitle);
}

const QList<ChartEntry> &chartRegistry()
{
    const QStringList log{QStringLiteral("log")};
    static const QList<ChartEntry> entries{
        {QStringLiteral("per-token"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Cost of each token"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Per token"),
         factory<PerTokenCostView>(),
         {QStringLiteral("metric"), QStringLiteral("log")}},
        {QStringLiteral("cumulative"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Cost of a request as its output grows"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Cumulative"),
         factory<CumulativeCostView>(),
         {QStringLiteral("metric"), QStringLiteral("log")}},
        {QStringLiteral("kv-memory"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "KV cache memory as the context grows"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "KV memory"),
         factory<KvMemoryView>(),
         {}},
        {QStringLiteral("batch"), QT_TRANSLATE_NOOP("tce::ChartRegistry", "What batching buys"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Batching"), factory<BatchSweepView>(), log},
        {QStringLiteral("roofline"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry",
                           "Roofline: compute-bound prefill, memory-bound decode"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Roofline"), factory<RooflineView>(), log},
        {QStringLiteral("kv-cache"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "What the KV cache saves"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "KV cache on/off"),
         factory<KvCacheComparisonView>(), log},
        {QStringLiteral("prompt-cache"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry",
                           "Prompt caching: what a cached prefix saves the provider and the buyer"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Prompt cache"), factory<PromptCacheView>(), log},
        {QStringLiteral("speculative"),
         QT_TRANSLATE_NOOP(
             "tce::ChartRegistry",
             "Speculative decoding: a large speed-up at batch 1, gone at large batches"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Speculation"), factory<SpeculativeView>(), log},
        {QStringLiteral("margins"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "One price, very different margins per request"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Margins"),
         factory<MarginHistogramView>(),
         {QStringLiteral("mix")}},
        {QStringLiteral("margin-map"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Where requests make or lose money"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Margin map"),
         factory<MarginMapView>(),
         {QStringLiteral("mix")}},
        {QStringLiteral("price-ratios"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "List-price ratios against the cost ratio"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Price ratios"), factory<PriceRatioView>(), log},
        {QStringLiteral("serving"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry",
                           "Serving under load: throughput against latency as clients grow"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Serving"), factory<ServingView>(), log},
        {QStringLiteral("serving-timeline"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry",
                           "One replica at this load: running, waiting and KV cache over time"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Timeline"),
         factory<ServingTimelineView>(),
         {}},
        {QStringLiteral("token-runs"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry",
                           "Token by token: which dot products each run computes"),
         QT_TRANSLATE_NOOP("tce::ChartRegistry", "Token by token"),
         factory<TokenRunsView>(),
         {}},
    };
    return entries;
}

const ChartEntry *findChart(const QString &id)
{
    for (const ChartEntry &entry : chartRegistry()) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QStringList chartIds()
{
    QStringList ids;
    for (const ChartEntry &entry : chartRegistry())
        ids << entry.id;
    return ids;
}

std::unique_ptr<ChartView> createChart(const QString &id, QWidget *parent)
{
    const ChartEntry *entry = findChart(id);
    if (!entry)
        return nullptr;
    std::unique_ptr<ChartView> chart(entry->create(parent));
    chart->setEntry(entry);
    return chart;
}

} // namespace tce
