#include "workloadcommand.h"

#include "catalog.h"
#include "commandline.h"
#include "evaluation.h"
#include "optionreader.h"
#include "pricecatalog.h"
#include "workloadcost.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <memory>

namespace tce {

namespace {

QStringList mixIds()
{
    QStringList ids;
    for (const WorkloadMix &m : Catalog::builtIn().mixes)
        ids << m.id;
    return ids;
}

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

void addWorkloadSourceOptions(OptionReader &reader, WorkloadSource &source)
{
    reader.add(Option::path(
        QStringLiteral("--trace"), QStringLiteral("FILE"),
        QStringLiteral("a request trace CSV: TIMESTAMP,ContextTokens,GeneratedTokens or "
                       "input_tokens,output_tokens"),
        [&source](const QString &file) { source.trace = file; }));
    reader.add(Option::choice(QStringLiteral("--mix"), QStringLiteral("NAME"),
                              QStringLiteral("a built-in request mix"), mixIds(),
                              [&source](const QString &id) { source.mix = id; }));
}

Result<Workload> loadWorkload(const WorkloadSource &source, const QString &fallbackMix)
{
    using R = Result<Workload>;
    if (!source.trace.isEmpty() && !source.mix.isEmpty())
        return R::failure(QStringLiteral("give either --trace FILE or --mix NAME, not both"));
    if (!source.trace.isEmpty()) {
        const auto trace = importTraceCsv(source.trace);
        if (!trace)
            return R::failure(QStringLiteral("--trace: ") + trace.error());
        return trace;
    }
    const QString id = source.mix.isEmpty() ? fallbackMix : source.mix;
    const WorkloadMix *mix = Catalog::builtIn().findMix(id);
    if (!mix)
        return R::failure(QStringLiteral("give either --trace FILE or --mix NAME (mixes: %1)")
                              .arg(mixIds().join(QStringLiteral(", "))));
    return sampleMix(*mix);
}

int runWorkloadCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    WorkloadSource source;
    WorkloadSettings settings;
    settings.targetMargin = 0;
    QString pricesFile, priceEntryId;
    ScenarioOptions scenarioOptions;
    OptionReader reader(QStringLiteral("workload"),
                        QStringLiteral("--trace FILE | --mix NAME [options]"),
                        commandSummary(QStringLiteral("workload")));
    reader.addSection(QStringLiteral("Workload options:"));
    addWorkloadSourceOptions(reader, source);
    reader.add(Option::flag(QStringLiteral("--largest-batch"),
                            QStringLiteral("serve at the largest batch of the mix's mean length "
                                           "that fits in memory (else --batch)"),
                            [&settings] { settings.largestBatchThatFits = true; }));
    reader.add(Option::real(
        QStringLiteral("--target-margin"), QStringLiteral("M"),
        QStringLiteral("the margin the break-even output price earns, a "
                       "fraction from 0 to below 1 (default 0)"),
        [&settings](double margin) {
            // At 1 the break-even price would be infinite.
            if (margin < 0 || margin >= 1)
                return Status::failure(
                    QStringLiteral("%1 is not a fraction from 0 to below 1").arg(margin));
            settings.targetMargin = margin;
            return Status();
        }));
    reader.add(Option::path(QStringLiteral("--prices"), QStringLiteral("LITELLM.json|PRICES.csv"),
                            QStringLiteral("revenue from a price catalog entry (its long-context "
                                           "tiers apply) instead of --price-in and --price-out"),
                            [&pricesFile](const QString &file) { pricesFile = file; }));
    reader.add(Option::text(QStringLiteral("--price-entry"), QStringLiteral("ID"),
                            QStringLiteral("the entry of --prices"),
                            [&priceEntryId](const QString &id) {
                                priceEntryId = id;
                                return Status();
                            }));
    addScenarioOptions(reader, scenarioOptions);
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;

    const auto workload = loadWorkload(source);
    if (!workload)
        return reader.fail(err, workload.error());
    const auto scenario = scenarioFromOptions(scenarioOptions, reader, err);
    if (!scenario)
        return reader.fail(err, scenario.error());
    Scenario s = scenario.value();
    if (!pricesFile.isEmpty() || !priceEntryId.isEmpty()) {
        const auto prices = loadPriceEntry(pricesFile, priceEntryId);
        if (!prices)
            return reader.fail(err, prices.error());
        settings.revenuePrices = std::make_shared<const PriceEntry>(prices.value());
        s.price.inputUsdPerMillion = prices->inputUsdPerToken * 1e6;
        s.price.outputUsdPerMillion = prices->outputUsdPerToken * 1e6;
    }
    settings.workload = std::make_shared<const Workload>(workload.value());
    const auto evaluation = Evaluation::build(s, settings, Catalog::builtIn());
    const WorkloadEconomics &e = *evaluation->economics();
    // A 64K-output request with the mix's median prompt, at the same prices.
    const auto longInput = int64_t(std::llround(median(workload->inputTokens)));
    constexpr int64_t longOutput = 65536;
    const PriceEntry *entry = evaluation->revenuePrices();
    const QJsonObject json{
        {"workload", workload->name},
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
        {"long_output_request",
         QJsonObject{{"input_tokens", double(longInput)},
                     {"output_tokens", double(longOutput)},
                     {"cost_usd", evaluation->requestCostUsd(longInput, longOutput)},
                     {"revenue_usd", evaluation->requestRevenueUsd(longInput, longOutput)}}},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tce
