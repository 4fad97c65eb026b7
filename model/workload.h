#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tce {

// A request mix: one (input, output) length pair per request.
struct Workload
{
    QString id;
    QString name;
    std::vector<int64_t> inputTokens;
    std::vector<int64_t> outputTokens;
    // Arrival times in seconds (a trace with timestamps), else empty. In the file's order,
    // which need not be sorted: the serving simulation checks that.
    std::vector<double> arrivalSeconds;

    size_t size() const { return inputTokens.size(); }
};

// ln(tokens) ~ Normal(mu, sigma), clamped to [minimum, maximum].
struct LengthDistribution
{
    double mu = 0;
    double sigma = 0;
    int64_t minimum = 1;
    int64_t maximum = 1'000'000;

    double median() const;
    int64_t quantile(double p) const;
};

// A built-in parametric mix (resources/catalog/workloads.json), fitted to public traces.
struct WorkloadMix
{
    QString id;
    QString name;
    LengthDistribution input;
    LengthDistribution output;
    QStringList sources;
};

// The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
double normalQuantile(double p);

// `count` requests whose lengths follow the mix: stratified quantiles of each distribution,
// paired at random with a fixed seed, so input and output are independent and the same
// count gives the same requests every time.
// The default count gives stable percentiles and costs a few milliseconds to evaluate: the
// window, `export` and `workload` all sample it.
inline constexpr int kMixSampleRequests = 10'000;
Workload sampleMix(const WorkloadMix &mix, int count = kMixSampleRequests);

// A trace CSV with columns TIMESTAMP,ContextTokens,GeneratedTokens (the Azure LLM inference
// trace format) or input_tokens,output_tokens, in any order, with a header row. Arrival times
// come from TIMESTAMP ("2023-11-16 18:15:46.6805900", UTC) or arrival_s (seconds), when
// present. A missing column or a bad row is an error that names the line and the column.
Result<Workload> importTraceCsv(const QString &path);
Result<Workload> parseTraceCsv(const QByteArray &bytes, const QString &displayName);

double median(std::vector<int64_t> values);

} // namespace tce
