#pragma once

#include "measurement.h"
#include "result.h"
#include "scenario.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace tce {

class Catalog;

// A measurement made into the scenario it was measured with, ready to be predicted.
struct MeasurementCase
{
    Measurement measurement;
    Scenario scenario; // engine resolved for the hardware, lengths and batch of the row
};

// The measurement's setup as a scenario: model (preset id or config.json path), hardware,
// engine, GPUs and split, batch, lengths, precisions; what the row does not state comes
// from `base`. A failure names the row's line and field.
Result<MeasurementCase> measurementCase(const Catalog &catalog, const Measurement &m,
                                        const Scenario &base);

// What the model predicts for the row's metric, in the metric's unit (closed form, O(1)).
double predictMeasurement(const Scenario &scenario, MeasuredMetric metric);

// The three error kinds of issue 14: decode (decode tok/s, ITL, batch throughput),
// prefill speed, time to first token.
enum class ErrorKind
{
    Decode,
    Prefill,
    Ttft,
};
ErrorKind errorKindOf(MeasuredMetric metric);

// The parameters a fit moves, with their bounds (a share of peak cannot exceed 1, an overhead
// cannot be negative), and how strongly each is held to the engine's defaults when the rows
// say little about it (no long prompts: attention efficiency stays near compute efficiency).
struct FitParameters
{
    double computeEfficiency = 1;
    double memoryEfficiency = 1;
    double attentionEfficiency = 1;
    double stepOverheadSeconds = 0;
    double requestOverheadSeconds = 0;
    double sequenceOverheadSeconds = 0;
    double dequantOpsPerWeight = 0;
};

struct FitOutcome
{
    FitParameters parameters;
    int iterations = 0;
    double rmsLogErrorBefore = 0; // over the rows, at the starting parameters
    double rmsLogErrorAfter = 0;
};

// Bounded Levenberg-Marquardt on a robust form of log(predicted / measured) over the cases (all of
// one engine and hardware class), starting from and weakly held to `start`. With
// `holdComputeShares` the compute and attention shares stay at start's (rows that did not
// measure them would otherwise move them to make up for anything else).
FitOutcome fitParameters(const QList<MeasurementCase> &cases, const FitParameters &start,
                         bool holdComputeShares = false);

FitParameters parametersOf(const EngineProfile &engine);
void applyParameters(EngineProfile &engine, const FitParameters &p);

// The transfer exponent of EngineProfile across fitted classes: least squares of log share on
// log reference chip with an intercept per vendor (hardwareClassVendor; one vendor's kernels may
// reach a higher share on every chip than another's; the slope, exponent - 1, is shared), each
// class weighted by the square root of its rows, clamped to [0, 1]. `current` when no vendor has
// two classes on chips at least 1.5x apart.
double transferExponent(const QList<EngineClassProfile> &classes, double current,
                        double EngineClassProfile::*reference, double EngineClassProfile::*share);

// Fits the engine's numbers for every hardware class its cases cover (and the chips each was
// measured on), then the transfer exponents across them; classes without cases keep what
// `engine` has. The cases' scenarios must use this engine.
EngineProfile fitEngine(const EngineProfile &engine, const QList<MeasurementCase> &cases);

// fitEngine for each engine on its own rows of `cases`; then an engine whose prompt matmuls run
// in the vendor's GEMM library (vendorGemm), with a class whose rows did not measure the compute
// share and no class of that vendor that did, takes the share from another such engine whose
// rows measured it on that vendor's chips (the same library reaches the same share on the same
// chip), and that engine's compute transfer exponent when its own rows cannot fit one.
QList<EngineProfile> fitEngines(const QList<EngineProfile> &engines,
                                const QList<MeasurementCase> &cases);

// Median absolute relative error of each kind over rows the fit did not see.
struct HeldOutError
{
    QString engine;        // empty: all engines
    QString hardwareClass; // empty: all classes
    QString fold;          // empty: all folds
    double decode = 0, prefill = 0, ttft = 0;
    int decodeRows = 0, prefillRows = 0, ttftRows = 0;
};
// Relative errors collected by kind, summarised as medians.
struct ErrorsByKind
{
    std::array<std::vector<double>, 3> byKind;
    void add(MeasuredMetric metric, double relativeError)
    {
        byKind[size_t(errorKindOf(metric))].push_back(relativeError);
    }
    HeldOutError medians(const QString &engine = {}) const;
};

struct CrossValidation
{
    QList<HeldOutError> leaveOneGpuOut;    // per engine, then all ("")
    QList<HeldOutError> leaveOneSourceOut; // the same
    // Leave one GPU out, per engine and hardware class: the error band the window shows for
    // that class ("+/-12% on GPUs this profile was not fitted to").
    QList<HeldOutError> perClass;
    // Leave one source out, per engine and source: which study the others cannot stand in for.
    QList<HeldOutError> perSource;
};

// How the errors of the rows left out are summed up.
enum class HeldOutGroups
{
    Engine,         // per engine, then all engines ("")
    EngineAndClass, // per engine and hardware class of the row
    EngineAndFold,  // per engine and fold left out
};

// The study or repository a row's citation points to: rows of one study are left out together.
QString sourceKey(const QString &source);

// Fits every engine of `engines` on all rows but one fold's and predicts the rows left out,
// for every fold `foldOf` names. A left-out GPU whose class has no other rows is predicted from
// the nearest class. The errors are summed up as `groups` says.
QList<HeldOutError>
crossValidateFolds(const QList<EngineProfile> &engines, const QList<MeasurementCase> &cases,
                   const std::function<QString(const MeasurementCase &)> &foldOf,
                   HeldOutGroups groups = HeldOutGroups::Engine);
// Leave one GPU out, leave one source out.
CrossValidation crossValidate(const QList<EngineProfile> &engines,
                              const QList<MeasurementCase> &cases);

} // namespace tce
