#include "evaluation.h"

#include "catalog.h"
#include "memorymodel.h"
#include "pricecatalog.h"

#include <algorithm>

namespace tce {

namespace {

constexpr int kMarginGridSize = 256;
constexpr int kMarginHistogramBins = 60;
constexpr int64_t kMarginGridMaxOutput = 65536;

// Input lengths up to the model's context window (1M at most; 128K when unknown).
int64_t marginGridMaxInput(const Scenario &s)
{
    const int64_t window =
        s.model.contextLength > 0 ? std::min<int64_t>(s.model.contextLength, 1'000'000) : 131072;
    return std::max<int64_t>(1024, window);
}

// The workload's results read the workload scenario for its model, hardware, serving and
// prices, never for its one request's lengths: each request of the mix (and each grid cell)
// has its own.
bool sameWorkloadInputs(Scenario a, const Scenario &b)
{
    a.inputTokens = b.inputTokens;
    a.outputTokens = b.outputTokens;
    // A mix's output lengths are what each request decodes and is billed for, its reasoning
    // included (the reasoning-heavy mix's are nearly all reasoning: workloads.json).
    a.reasoningTokens = b.reasoningTokens;
    return a == b;
}

} // namespace

QList<ScenarioWarning> scenarioWarnings(const Scenario &s, const CostReport &r)
{
    QList<ScenarioWarning> warnings;
    const double context = double(s.inputTokens + s.decodedTokens());
    if (s.model.contextLength > 0 && context > double(s.model.contextLength))
        warnings.append(
            {ScenarioWarning::Kind::ExceedsContextWindow, context, double(s.model.contextLength)});
    const MemoryBudget budget = memoryBudget(s);
    const double available = budget.totalBytes - budget.reservedBytes - budget.workspaceBytes;
    if (budget.usableKvBytes < 0) {
        warnings.append({ScenarioWarning::Kind::WeightsDoNotFit, budget.weightBytes, available});
    } else if (!r.fits) {
        const double oneSequence = r.kvCacheBytes / std::max(1, r.batch);
        if (oneSequence > budget.usableKvBytes)
            warnings.append(
                {ScenarioWarning::Kind::SequenceDoesNotFit, oneSequence, budget.usableKvBytes});
        else
            warnings.append(
                {ScenarioWarning::Kind::BatchDoesNotFit, r.kvCacheBytes, budget.usableKvBytes});
    }
    return warnings;
}

std::shared_ptr<const Evaluation> Evaluation::build(const Scenario &scenario)
{
    return build(scenario, WorkloadSettings{}, Catalog::builtIn());
}

std::shared_ptr<const Evaluation> Evaluation::build(const Scenario &scenario,
                                                    const WorkloadSettings &workload,
                                                    const Catalog &catalog,
                                                    const Evaluation *previous)
{
    std::shared_ptr<Evaluation> e(new Evaluation);
    e->m_scenario = scenario;
    e->m_report = evaluate(scenario);
    e->m_warnings = scenarioWarnings(scenario, e->m_report);
    e->m_workloadSettings = workload;
    e->m_workloadScenario = scenario;
    if (workload.workload)
        e->m_workloadScenario.serving.batch =
            tce::workloadBatch(scenario, *workload.workload, workload.largestBatchThatFits);
    e->m_workloadCosts = std::make_shared<const RequestCostModel>(e->m_workloadScenario);
    e->m_workloadResults =
        previous && previous->m_workloadSettings == workload &&
                sameWorkloadInputs(previous->m_workloadScenario, e->m_workloadScenario)
            ? previous->m_workloadResults
            : std::make_shared<WorkloadResults>();
    for (const ApiPrice &p : catalog.prices) {
        if (p.inputUsdPerMillion <= 0)
            continue;
        e->m_listPrices.append({p.name, p.inputUsdPerMillion, p.outputUsdPerMillion,
                                p.outputUsdPerMillion / p.inputUsdPerMillion});
        e->m_listPriceDates << p.date;
    }
    std::sort(e->m_listPriceDates.begin(), e->m_listPriceDates.end());
    return e;
}

PositionBreakdown Evaluation::position(int64_t position) const
{
    return positionBreakdown(m_scenario, position);
}

double Evaluation::requestCostUsd(int64_t inputTokens, int64_t outputTokens) const
{
    return m_workloadCosts->costUsd(inputTokens, outputTokens);
}

double Evaluation::requestRevenueUsd(int64_t inputTokens, int64_t outputTokens) const
{
    return tce::requestRevenueUsd(m_workloadScenario, revenuePrices(), inputTokens, outputTokens);
}

const WorkloadEconomics *Evaluation::economics() const
{
    if (!workload())
        return nullptr;
    WorkloadResults &r = *m_workloadResults;
    std::call_once(r.economicsOnce, [this, &r] {
        r.economics = std::make_unique<WorkloadEconomics>(evaluateWorkload(
            m_workloadScenario, *workload(), revenuePrices(), m_workloadSettings.targetMargin));
    });
    return r.economics.get();
}

const MarginHistogram *Evaluation::marginHistogram() const
{
    const WorkloadEconomics *e = economics();
    if (!e)
        return nullptr;
    WorkloadResults &r = *m_workloadResults;
    std::call_once(r.histogramOnce, [&r, e] {
        r.histogram =
            std::make_unique<MarginHistogram>(tce::marginHistogram(*e, kMarginHistogramBins));
    });
    return r.histogram.get();
}

const MarginGrid &Evaluation::marginGrid() const
{
    WorkloadResults &r = *m_workloadResults;
    std::call_once(r.gridOnce, [this, &r] {
        r.grid = std::make_unique<MarginGrid>(
            tce::marginGrid(m_workloadScenario, marginGridMaxInput(m_workloadScenario),
                            kMarginGridMaxOutput, kMarginGridSize, revenuePrices()));
    });
    return *r.grid;
}

QString Evaluation::listPriceFirstYear() const
{
    return m_listPriceDates.isEmpty() ? QString() : m_listPriceDates.first().left(4);
}

QString Evaluation::listPriceLastYear() const
{
    return m_listPriceDates.isEmpty() ? QString() : m_listPriceDates.last().left(4);
}

} // namespace tce
