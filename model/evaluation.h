#pragma once

#include "costreport.h"
#include "positionbreakdown.h"
#include "pricespec.h"
#include "scenario.h"
#include "workload.h"
#include "workloadcost.h"

#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace tce {

class Catalog;
struct PriceEntry;

// What the workload charts evaluate, and how.
struct WorkloadSettings
{
    std::shared_ptr<const Workload> workload; // null: no workload charts
    bool largestBatchThatFits = false;        // else the scenario's batch
    double targetMargin = 0.3;
    // Revenue from a price catalog entry (its long-context tiers apply); null: the scenario's
    // flat API prices.
    std::shared_ptr<const PriceEntry> revenuePrices;
    // The serving simulation serves the workload's requests; else the scenario's one length
    // pair (so that its figures sit beside the static ones for the same request).
    bool serveWorkload = false;

    bool operator==(const WorkloadSettings &) const = default;
};

// One API's list prices and their output/input ratio (the price-ratio chart's bars).
struct ListPriceRatio
{
    QString name;
    double inputUsdPerMillion = 0;
    double outputUsdPerMillion = 0;
    double ratio = 0;
};

// Why a scenario's numbers need a caveat. The texts are the app's (app/scenariowarnings.h):
// the model only says what is wrong, with the numbers.
struct ScenarioWarning
{
    enum class Kind
    {
        ExceedsContextWindow, // input + output > the model's context window
        WeightsDoNotFit,      // the weights alone exceed the usable memory
        SequenceDoesNotFit,   // the weights fit; one sequence's KV cache does not
        BatchDoesNotFit,      // one sequence fits; the batch does not
    };
    Kind kind;
    double value = 0; // context tokens, or bytes needed
    double limit = 0; // the context window, or bytes available
};

// The view-model: one evaluated scenario (with its workload), built in one place and shared
// by every view, the summary and the command line. The report and warnings are computed on
// construction; the heavy parts (the workload's economics, the margin histogram and grid,
// curves) when first asked for, then kept. Thread-safe: the lazy parts are built once.
class Evaluation
{
public:
    // The list prices come from the catalog (the price-ratio chart's bars). `previous`, the
    // evaluation this one replaces (the last step of a slider drag): the workload's results
    // are taken over from it when what they depend on is unchanged.
    static std::shared_ptr<const Evaluation> build(const Scenario &scenario,
                                                   const WorkloadSettings &workload,
                                                   const Catalog &catalog,
                                                   const Evaluation *previous = nullptr);
    static std::shared_ptr<const Evaluation> build(const Scenario &scenario);

    const Scenario &scenario() const { return m_scenario; }
    const CostReport &report() const { return m_report; }
    const QList<ScenarioWarning> &warnings() const { return m_warnings; }
    // The numbers assume a run that cannot happen (too long for the context window, or not
    // in memory): views mark them.
    bool runnable() const { return m_warnings.isEmpty(); }

    // Token position p: what it costs and why (the per-token chart's explanation).
    PositionBreakdown position(int64_t position) const;

    // The workload charts.
    const WorkloadSettings &workloadSettings() const { return m_workloadSettings; }
    const Workload *workload() const { return m_workloadSettings.workload.get(); }
    const PriceEntry *revenuePrices() const { return m_workloadSettings.revenuePrices.get(); }
    // The scenario at the batch the workload is served at.
    const Scenario &workloadScenario() const { return m_workloadScenario; }
    int workloadBatch() const { return m_workloadScenario.serving.batch; }
    // What one request of I input and O output tokens costs and pays at the workload's batch
    // and prices.
    double requestCostUsd(int64_t inputTokens, int64_t outputTokens) const;
    double requestRevenueUsd(int64_t inputTokens, int64_t outputTokens) const;
    // Null without a workload.
    const WorkloadEconomics *economics() const;
    const MarginHistogram *marginHistogram() const;
    // Over input lengths up to the context window (at most 1M) and outputs up to 64K.
    const MarginGrid &marginGrid() const;
    // True when the two share their workload results (economics, histogram, grid): the
    // workload charts draw the same.
    bool sameWorkloadResults(const Evaluation &other) const
    {
        return m_workloadResults == other.m_workloadResults;
    }

    const QList<ListPriceRatio> &listPriceRatios() const { return m_listPrices; }
    // The first and last year of the list prices ("2023", "2025"); empty without prices.
    QString listPriceFirstYear() const;
    QString listPriceLastYear() const;

    Evaluation(const Evaluation &) = delete;
    Evaluation &operator=(const Evaluation &) = delete;

private:
    Evaluation() = default;

    Scenario m_scenario;
    CostReport m_report;
    QList<ScenarioWarning> m_warnings;
    WorkloadSettings m_workloadSettings;
    Scenario m_workloadScenario;
    std::shared_ptr<const RequestCostModel> m_workloadCosts;
    QList<ListPriceRatio> m_listPrices;
    QStringList m_listPriceDates;

    // Built when first asked for; shared with the evaluations that follow while the workload
    // scenario (but for its own request lengths, which the workload does not use) and the
    // workload settings stay the same.
    struct WorkloadResults
    {
        std::once_flag economicsOnce;
        std::unique_ptr<WorkloadEconomics> economics;
        std::once_flag histogramOnce;
        std::unique_ptr<MarginHistogram> histogram;
        std::once_flag gridOnce;
        std::unique_ptr<MarginGrid> grid;
    };
    std::shared_ptr<WorkloadResults> m_workloadResults;
};

// The checks behind Evaluation::warnings(), for a scenario alone.
QList<ScenarioWarning> scenarioWarnings(const Scenario &scenario, const CostReport &report);

} // namespace tce
