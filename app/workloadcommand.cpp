#include "workloadcommand.h"

#include "catalog.h"
#include "commandline.h"
#include "pricecatalog.h"
#include "workload.h"
#include "workloadcost.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace tce {

namespace {

constexpr int kExitBadInput = 2;
// Requests drawn from a built-in mix: enough for stable percentiles, cheap to evaluate.
constexpr int kMixRequests = 10'000;

// An entry of a LiteLLM JSON or of our price CSV (by the file's suffix).
Result<PriceEntry> loadPriceEntry(const QString &file, const QString &id)
{
    using R = Result<PriceEntry>;
    if (file.isEmpty() || id.isEmpty())
        return R::failure(QStringLiteral("--prices FILE and --price-entry ID go together"));
    const bool csv =
        QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const auto catalog = csv ? importPriceCsv(file) : importLiteLlmPrices(file);
    if (!catalog)
        return R::failure(QStringLiteral("--prices: ") + catalog.error());
    const PriceEntry *entry = catalog->find(id);
    if (!entry)
        return R::failure(QStringLiteral("--price-entry: \"%1\" is not in %2 (%3 entries)")
                              .arg(id, QFileInfo(file).fileName())
                              .arg(catalog->entries.size()));
    return *entry;
}

} // namespace

int runWorkloadCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    // Workload options first; everything else describes the scenario.
    QString trace, mix, pricesFile, priceEntryId;
    bool largestBatch = false;
    double targetMargin = 0;
    QStringList scenarioOptions;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &option = args.at(i);
        if (option == QLatin1String("--trace") || option == QLatin1String("--mix") ||
            option == QLatin1String("--target-margin") || option == QLatin1String("--prices") ||
            option == QLatin1String("--price-entry")) {
            if (i + 1 >= args.size()) {
                err << "token-cost-explorer workload: " << option << " needs a value\n";
                return kExitBadInput;
            }
            const QString value = args.at(++i);
            if (option == QLatin1String("--trace")) {
                trace = value;
            } else if (option == QLatin1String("--mix")) {
                mix = value;
            } else if (option == QLatin1String("--prices")) {
                pricesFile = value;
            } else if (option == QLatin1String("--price-entry")) {
                priceEntryId = value;
            } else {
                bool ok = false;
                targetMargin = value.toDouble(&ok);
                if (!ok || targetMargin < 0 || targetMargin >= 1) {
                    err << "token-cost-explorer workload: --target-margin: \"" << value
                        << "\" is not a fraction from 0 to below 1\n";
                    return kExitBadInput;
                }
            }
        } else if (option == QLatin1String("--largest-batch")) {
            largestBatch = true;
        } else {
            scenarioOptions << option;
        }
    }
    const Catalog &catalog = Catalog::builtIn();
    if (trace.isEmpty() == mix.isEmpty()) {
        QStringList ids;
        for (const WorkloadMix &m : catalog.mixes)
            ids << m.id;
        err << "token-cost-explorer workload: give either --trace FILE or --mix NAME (mixes: "
            << ids.join(QStringLiteral(", ")) << ")\n";
        return kExitBadInput;
    }
    Workload workload;
    if (!trace.isEmpty()) {
        const auto imported = importTraceCsv(trace);
        if (!imported) {
            err << "token-cost-explorer workload: --trace: " << imported.error() << "\n";
            return kExitBadInput;
        }
        workload = imported.value();
    } else {
        const WorkloadMix *m = catalog.findMix(mix);
        if (!m) {
            err << "token-cost-explorer workload: --mix: unknown mix \"" << mix << "\"\n";
            return kExitBadInput;
        }
        workload = sampleMix(*m, kMixRequests);
    }
    QStringList warnings;
    auto scenario = scenarioFromOptions(scenarioOptions, &warnings);
    for (const QString &warning : warnings)
        err << "token-cost-explorer workload: warning: " << warning << "\n";
    if (!scenario) {
        err << "token-cost-explorer workload: " << scenario.error() << "\n";
        return kExitBadInput;
    }
    Scenario s = scenario.value();
    // Revenue from a price catalog entry (its long-context tiers apply), or flat prices.
    std::optional<PriceEntry> entry;
    if (!pricesFile.isEmpty() || !priceEntryId.isEmpty()) {
        const auto prices = loadPriceEntry(pricesFile, priceEntryId);
        if (!prices) {
            err << "token-cost-explorer workload: " << prices.error() << "\n";
            return kExitBadInput;
        }
        entry = prices.value();
        s.price.inputUsdPerMillion = entry->inputUsdPerToken * 1e6;
        s.price.outputUsdPerMillion = entry->outputUsdPerToken * 1e6;
    }
    s.serving.batch = workloadBatch(s, workload, largestBatch);
    const WorkloadEconomics e =
        evaluateWorkload(s, workload, entry ? &*entry : nullptr, targetMargin);
    // A 64K-output request with the mix's median prompt, at the same prices.
    const auto longInput = int64_t(std::llround(median(workload.inputTokens)));
    constexpr int64_t longOutput = 65536;
    const double longCost = RequestCostModel(s).costUsd(longInput, longOutput);
    const double longRevenue = entry ? entry->requestUsd(longInput, longOutput)
                                     : s.price.revenueUsd(longInput, longOutput);
    const QJsonObject json{
        {"workload", workload.name},
        {"requests", double(e.requests)},
        {"batch", e.batch},
        {"price_entry", entry ? entry->id : QString()},
        {"price_in_per_million", s.price.inputUsdPerMillion},
        {"price_out_per_million", s.price.outputUsdPerMillion},
        {"mean_cost_usd", e.meanCostUsd},
        {"mean_revenue_usd", e.meanRevenueUsd},
        {"mean_margin_usd", e.meanMarginUsd},
        {"loss_fraction", e.lossFraction},
        {"top1pct_cost_share", e.top1PercentCostShare},
        {"target_margin", e.targetMargin},
        {"breakeven_output_price_per_million", e.breakEvenOutputUsdPerMillion},
        {"long_output_request", QJsonObject{{"input_tokens", double(longInput)},
                                            {"output_tokens", double(longOutput)},
                                            {"cost_usd", longCost},
                                            {"revenue_usd", longRevenue}}},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tce
