#include "profilefit.h"

#include "catalog.h"
#include "configimport.h"
#include "engineresolution.h"
#include "precision.h"
#include "scenariobuilder.h"
#include "timingmodel.h"

#include <Eigen/Dense>

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace tce {

namespace {

std::optional<Precision> precisionOf(const QString &text)
{
    if (auto named = precisionByName(text.toLower()))
        return named;
    bool ok = false;
    const double bits = text.toDouble(&ok);
    return ok ? precisionFromBits(bits) : std::nullopt;
}

QString rowError(const Measurement &m, const QString &field, const QString &value,
                 const QString &what)
{
    const QString where = m.line > 0 ? QStringLiteral("line %1: ").arg(m.line) : QString();
    return QStringLiteral("%1%2 \"%3\" %4").arg(where, field, value, what);
}

// The parameters in the space the fit works in: shares of peak as logarithms (a factor of two
// is the same step at 0.05 as at 0.5), overheads in milliseconds (per sequence: microseconds),
// unpacking in operations per weight.
constexpr int kParameters = 7;
using Vector = Eigen::Matrix<double, kParameters, 1>;

struct Bounds
{
    Vector lower;
    Vector upper;
    Vector priorScale; // a deviation of one scale from the start costs as much as kPriorWeight
};

const Bounds &bounds()
{
    static const Bounds b = [] {
        Bounds r;
        r.lower << std::log(0.005), std::log(0.02), std::log(0.001), 0.0, 0.0, 0.0, 0.0;
        r.upper << 0.0, 0.0, 0.0, 100.0, 1000.0, 1000.0, 200.0;
        r.priorScale << 1.0, 1.0, 1.0, 10.0, 100.0, 50.0, 20.0;
        return r;
    }();
    return b;
}

// Small: with a handful of rows the rows decide; with none about a parameter it stays put.
constexpr double kPriorWeight = 0.05;

Vector toVector(const FitParameters &p)
{
    Vector x;
    x << std::log(p.computeEfficiency), std::log(p.memoryEfficiency),
        std::log(p.attentionEfficiency), p.stepOverheadSeconds * 1e3,
        p.requestOverheadSeconds * 1e3, p.sequenceOverheadSeconds * 1e6, p.dequantOpsPerWeight;
    return x.cwiseMax(bounds().lower).cwiseMin(bounds().upper);
}

FitParameters fromVector(const Vector &x)
{
    return FitParameters{
        std::exp(x[0]), std::exp(x[1]), std::exp(x[2]), x[3] / 1e3, x[4] / 1e3, x[5] / 1e6, x[6]};
}

// Log errors well below this count fully; above it, less and less (asinh grows like log).
constexpr double kRobustScale = 0.2;

// A prediction that cannot be made (no rate, no time) is far off, not a crash of the fit.
constexpr double kUnpredictableResidual = 10;

void residuals(const QList<MeasurementCase> &cases, const Vector &x, const Vector &start,
               Eigen::VectorXd &r)
{
    const FitParameters p = fromVector(x);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        Scenario s = cases[i].scenario;
        applyParameters(s.serving.engine, p);
        const double predicted = predictMeasurement(s, cases[i].measurement.metric);
        const double ratio = predicted / cases[i].measurement.value;
        const double logError =
            std::isfinite(ratio) && ratio > 0 ? std::log(ratio) : kUnpredictableResidual;
        // Robust: an error of a few percent counts as itself, one of 2x far less than its
        // square (a Cauchy-like loss), so that a study the model cannot follow (DeepSeek's
        // offline runs, eager-mode MI300X) does not drag every other row of its class.
        r[i] = kRobustScale * std::asinh(logError / kRobustScale);
    }
    for (int k = 0; k < kParameters; ++k)
        r[cases.size() + k] = kPriorWeight * (x[k] - start[k]) / bounds().priorScale[k];
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + mid, v.end());
    if (v.size() % 2 == 1)
        return v[mid];
    const double upper = v[mid];
    return (upper + *std::max_element(v.begin(), v.begin() + mid)) / 2;
}

} // namespace

Result<MeasurementCase> measurementCase(const Catalog &catalog, const Measurement &m,
                                        const Scenario &base)
{
    using R = Result<MeasurementCase>;
    ScenarioChanges c;
    if (!m.model.isEmpty()) {
        if (catalog.findModel(m.model)) {
            c.modelId = m.model;
        } else if (QFileInfo(m.model).isFile()) {
            const auto imported = importHuggingFaceConfigFile(m.model);
            if (!imported)
                return R::failure(rowError(m, QStringLiteral("model"), m.model, imported.error()));
            c.model = imported->spec;
        } else {
            return R::failure(rowError(m, QStringLiteral("model"), m.model,
                                       QStringLiteral("is neither a preset model nor a file")));
        }
    }
    if (!m.hardware.isEmpty())
        c.hardwareId = m.hardware;
    if (!m.engine.isEmpty())
        c.engineId = m.engine;
    if (m.gpus > 0)
        c.gpus = m.gpus;
    if (m.batch > 0) {
        c.batch = m.batch;
        c.prefillBatch = m.batch;
    }
    // A benchmark without a prompt (llama-bench tg) or without output (pp) is one token of
    // either for the scenario, which cannot be empty.
    if (m.inputTokens >= 0)
        c.inputTokens = std::max<int64_t>(1, m.inputTokens);
    if (m.outputTokens >= 0)
        c.outputTokens = std::max<int64_t>(1, m.outputTokens);
    for (const auto &[field, text, target] :
         {std::tuple{QStringLiteral("weights"), m.weights, &c.weights},
          std::tuple{QStringLiteral("kv"), m.kv, &c.kvCache}}) {
        if (text.isEmpty())
            continue;
        const auto precision = precisionOf(text);
        if (!precision)
            return R::failure(
                rowError(m, field, text, QStringLiteral("is not a precision name or bits")));
        *target = precision;
    }
    auto scenario = applyChanges(catalog, base, c);
    if (!scenario)
        return R::failure(m.line > 0
                              ? QStringLiteral("line %1: %2").arg(m.line).arg(scenario.error())
                              : scenario.error());
    Scenario s = scenario.value();
    s.useKvCache = true;
    if (m.flashAttention)
        s.serving.engine.flashAttention = *m.flashAttention;
    if (!m.split.isEmpty()) {
        if (m.split == QLatin1String("layer"))
            s.serving.engine.multiGpu = MultiGpuMode::Layer;
        else if (m.split == QLatin1String("tensor") || m.split == QLatin1String("row"))
            s.serving.engine.multiGpu = MultiGpuMode::Tensor;
        else
            return R::failure(rowError(m, QStringLiteral("split"), m.split,
                                       QStringLiteral("is not tensor, row or layer")));
    }
    return MeasurementCase{m, s};
}

double predictMeasurement(const Scenario &s, MeasuredMetric metric)
{
    const TimingModel timing(s);
    const int64_t I = s.inputTokens;
    const int64_t O = s.outputTokens;
    const double B = std::max(1, s.serving.batch);
    const double request = s.serving.engine.requestOverheadSeconds;
    switch (metric) {
    case MeasuredMetric::DecodeTokensPerSecond: {
        // Every one of the O tokens is a decode run (llama-bench tg starts with an empty cache;
        // a server's first token comes from the prefill, a difference of one step in O).
        const double step = timing.decodeSecondsBetween(I + 1, I + O) / double(O);
        return 1.0 / step;
    }
    case MeasuredMetric::ItlMilliseconds:
        return 1e3 * timing.decodeSecondsBetween(I + 1, I + O) / double(O);
    case MeasuredMetric::PrefillTokensPerSecond: {
        const int prompts = s.serving.effectivePrefillBatch();
        return double(prompts) * double(I) / timing.prefill(I, prompts).seconds;
    }
    case MeasuredMetric::TtftMilliseconds:
        return 1e3 * (timing.prefill(I, s.serving.effectivePrefillBatch()).seconds + request);
    case MeasuredMetric::ThroughputTokensPerSecond: {
        const double seconds = timing.prefill(I, s.serving.effectivePrefillBatch()).seconds +
                               timing.decodeSecondsBetween(I + 1, I + O - 1) + request;
        return B * double(O) / seconds;
    }
    }
    return 0;
}

ErrorKind errorKindOf(MeasuredMetric metric)
{
    switch (metric) {
    case MeasuredMetric::PrefillTokensPerSecond:
        return ErrorKind::Prefill;
    case MeasuredMetric::TtftMilliseconds:
        return ErrorKind::Ttft;
    default:
        return ErrorKind::Decode;
    }
}

FitParameters parametersOf(const EngineProfile &e)
{
    return FitParameters{
        e.computeEfficiency,   e.memoryEfficiency,       e.attentionEfficiencyOrCompute(),
        e.stepOverheadSeconds, e.requestOverheadSeconds, e.sequenceOverheadSeconds,
        e.dequantOpsPerWeight};
}

void applyParameters(EngineProfile &e, const FitParameters &p)
{
    e.computeEfficiency = p.computeEfficiency;
    e.memoryEfficiency = p.memoryEfficiency;
    e.attentionEfficiency = p.attentionEfficiency;
    e.stepOverheadSeconds = p.stepOverheadSeconds;
    e.requestOverheadSeconds = p.requestOverheadSeconds;
    e.sequenceOverheadSeconds = p.sequenceOverheadSeconds;
    e.dequantOpsPerWeight = p.dequantOpsPerWeight;
}

FitOutcome fitParameters(const QList<MeasurementCase> &cases, const FitParameters &startAt,
                         bool holdComputeShares)
{
    FitOutcome out;
    const Vector start = toVector(startAt);
    const Bounds &b = bounds();
    const qsizetype n = cases.size() + kParameters;
    Eigen::VectorXd r(n), trial(n);
    Eigen::MatrixXd J(n, kParameters);
    Vector x = start;
    residuals(cases, x, start, r);
    auto rowRms = [&](const Eigen::VectorXd &v) {
        return cases.isEmpty()
                   ? 0.0
                   : std::sqrt(v.head(cases.size()).squaredNorm() / double(cases.size()));
    };
    out.rmsLogErrorBefore = rowRms(r);
    double cost = r.squaredNorm();
    double lambda = 1e-3;
    for (out.iterations = 0; out.iterations < 200 && !cases.isEmpty(); ++out.iterations) {
        // Forward differences, backward at an upper bound.
        for (int k = 0; k < kParameters; ++k) {
            Vector moved = x;
            double h = 1e-6 * std::max(1.0, std::fabs(x[k]));
            if (moved[k] + h > b.upper[k])
                h = -h;
            moved[k] += h;
            residuals(cases, moved, start, trial);
            J.col(k) = (trial - r) / h;
        }
        // A held share has no gradient, so no step moves it.
        if (holdComputeShares) {
            J.col(0).setZero();
            J.col(2).setZero();
        }
        const Eigen::Matrix<double, kParameters, kParameters> JtJ = J.transpose() * J;
        const Vector gradient = J.transpose() * r;
        bool improved = false;
        while (lambda < 1e12) {
            Eigen::Matrix<double, kParameters, kParameters> A = JtJ;
            A.diagonal() += lambda * (JtJ.diagonal().array() + 1e-9).matrix();
            const Vector step = A.ldlt().solve(-gradient);
            // Projected onto the bounds: a parameter at its bound stays there.
            const Vector next = (x + step).cwiseMax(b.lower).cwiseMin(b.upper);
            residuals(cases, next, start, trial);
            const double nextCost = trial.squaredNorm();
            if (std::isfinite(nextCost) && nextCost < cost) {
                const double decrease = (cost - nextCost) / std::max(cost, 1e-300);
                x = next;
                r = trial;
                cost = nextCost;
                lambda = std::max(1e-9, lambda / 3);
                improved = decrease > 1e-12;
                break;
            }
            lambda *= 4;
        }
        if (!improved)
            break;
    }
    out.parameters = fromVector(x);
    out.rmsLogErrorAfter = rowRms(r);
    return out;
}

namespace {

// The chips a class's rows were measured on, as one: geometric means of fp16 peak and bandwidth.
void setReferenceChip(EngineClassProfile &k, const QList<MeasurementCase> &cases)
{
    double logPeak = 0, logBandwidth = 0;
    for (const MeasurementCase &c : cases) {
        logPeak += std::log(matmulPeakFlops(c.scenario.hardware, c.scenario.serving.engine,
                                            QStringLiteral("fp16")));
        logBandwidth += std::log(c.scenario.hardware.memoryBandwidthBytesPerSecond);
    }
    k.referencePeakFlops = std::exp(logPeak / double(cases.size()));
    k.referenceBandwidth = std::exp(logBandwidth / double(cases.size()));
}

} // namespace

namespace {

// The exponent the classes' rows give, or nothing when no vendor has two classes on chips at
// least 1.5x apart (then the rows say nothing about how a share carries from chip to chip).
std::optional<double> fittedTransferExponent(const QList<EngineClassProfile> &classes,
                                             double EngineClassProfile::*reference,
                                             double EngineClassProfile::*share)
{
    QList<const EngineClassProfile *> used;
    QStringList vendors;
    QHash<QString, std::pair<double, double>> spread; // vendor: log reference min, max
    for (const EngineClassProfile &k : classes) {
        if (k.*reference <= 0 || k.*share <= 0 || k.accuracy.rows <= 0)
            continue;
        used << &k;
        const QString vendor = hardwareClassVendor(k.hardwareClass);
        if (!vendors.contains(vendor))
            vendors << vendor;
        const double x = std::log(k.*reference);
        const auto it = spread.find(vendor);
        if (it == spread.end())
            spread.insert(vendor, {x, x});
        else
            *it = {std::min(it->first, x), std::max(it->second, x)};
    }
    const bool sloped = std::any_of(spread.cbegin(), spread.cend(), [](const auto &range) {
        return range.second - range.first >= std::log(1.5);
    });
    if (!sloped)
        return std::nullopt;
    const qsizetype columns = vendors.size() + 1;
    Eigen::MatrixXd A = Eigen::MatrixXd::Zero(used.size(), columns);
    Eigen::VectorXd b(used.size());
    for (qsizetype i = 0; i < used.size(); ++i) {
        const double w = std::sqrt(double(used[i]->accuracy.rows));
        A(i, vendors.indexOf(hardwareClassVendor(used[i]->hardwareClass))) = w;
        A(i, columns - 1) = w * std::log(used[i]->*reference);
        b(i) = w * std::log(used[i]->*share);
    }
    const Eigen::VectorXd line = A.colPivHouseholderQr().solve(b);
    // Between the same FLOP/s on every chip (0) and the same share of peak (1).
    return std::clamp(1 + line(columns - 1), 0.0, 1.0);
}

} // namespace

double transferExponent(const QList<EngineClassProfile> &classes, double current,
                        double EngineClassProfile::*reference, double EngineClassProfile::*share)
{
    return fittedTransferExponent(classes, reference, share).value_or(current);
}

namespace {

// What a class's rows can tell: a row whose time is in good part the matmuls and attention (a
// prefill speed, a time to first token, a batch's throughput over a long prompt) measures the
// compute shares; generation rows (decode speed, inter-token latency, throughput) the memory
// share.
struct Evidence
{
    bool compute = false;
    bool memory = false;
};

// How much of a row's predicted time scales with the compute shares: d log(time) / d log(share),
// 1 for a prompt that is all matmuls, near 0 for 2048 decode steps after a 128-token prompt.
double computeElasticity(const MeasurementCase &c, const FitParameters &p)
{
    constexpr double kStep = 1.05;
    Scenario s = c.scenario;
    applyParameters(s.serving.engine, p);
    const double at = predictMeasurement(s, c.measurement.metric);
    FitParameters slower = p;
    slower.computeEfficiency /= kStep;
    slower.attentionEfficiency /= kStep;
    applyParameters(s.serving.engine, slower);
    const double ratio = predictMeasurement(s, c.measurement.metric) / at;
    return std::isfinite(ratio) && ratio > 0 ? std::fabs(std::log(ratio)) / std::log(kStep) : 0;
}

// A quarter of a row's time: below that, what the row says about the share is mostly what it
// says about everything else (a batch's decode, its overheads).
constexpr double kComputeEvidenceElasticity = 0.25;

Evidence evidenceOf(const QList<MeasurementCase> &cases, const FitParameters &start)
{
    Evidence e;
    for (const MeasurementCase &c : cases) {
        e.compute = e.compute || computeElasticity(c, start) >= kComputeEvidenceElasticity;
        e.memory |= errorKindOf(c.measurement.metric) == ErrorKind::Decode;
    }
    return e;
}

EngineClassProfile fitClass(const QString &hardwareClass, const QList<MeasurementCase> &cases,
                            const FitParameters &start, bool holdComputeShares = false)
{
    const FitParameters p = fitParameters(cases, start, holdComputeShares).parameters;
    EngineClassProfile k;
    k.hardwareClass = hardwareClass;
    k.computeEfficiency = p.computeEfficiency;
    k.memoryEfficiency = p.memoryEfficiency;
    k.attentionEfficiency = p.attentionEfficiency;
    k.stepOverheadSeconds = p.stepOverheadSeconds;
    k.requestOverheadSeconds = p.requestOverheadSeconds;
    k.sequenceOverheadSeconds = p.sequenceOverheadSeconds;
    k.dequantOpsPerWeight = p.dequantOpsPerWeight;
    k.accuracy.rows = int(cases.size());
    setReferenceChip(k, cases);
    return k;
}

// Whether the rows fitted the compute exponent (see fittedTransferExponent).
bool setExponents(EngineProfile &fitted, const EngineProfile &engine,
                  const QHash<QString, Evidence> &evidence)
{
    // Each exponent from the classes whose rows measured its share.
    QList<EngineClassProfile> compute, memory;
    for (const EngineClassProfile &k : fitted.classes) {
        const Evidence e = evidence.value(k.hardwareClass, Evidence{true, true});
        if (e.compute)
            compute << k;
        if (e.memory)
            memory << k;
    }
    const std::optional<double> computeExponent = fittedTransferExponent(
        compute, &EngineClassProfile::referencePeakFlops, &EngineClassProfile::computeEfficiency);
    fitted.computeTransferExponent = computeExponent.value_or(engine.computeTransferExponent);
    fitted.memoryTransferExponent = transferExponent(memory, engine.memoryTransferExponent,
                                                     &EngineClassProfile::referenceBandwidth,
                                                     &EngineClassProfile::memoryEfficiency);
    return computeExponent.has_value();
}

// The engine with only the classes whose rows measured what `has` asks for.
EngineProfile donors(const EngineProfile &fitted, const QHash<QString, Evidence> &evidence,
                     bool Evidence::*has)
{
    EngineProfile d = fitted;
    d.classes.clear();
    for (const EngineClassProfile &k : fitted.classes) {
        if (evidence.value(k.hardwareClass, Evidence{true, true}).*has)
            d.classes << k;
    }
    return d;
}

} // namespace

namespace {

// What an engine's rows measured of its compute shares, for another engine that runs the same
// GEMM library to take.
struct ComputePeer
{
    EngineProfile measured;         // its classes whose rows measured the compute share
    std::optional<double> exponent; // its compute transfer exponent, when its rows fitted one
};

struct EngineFit
{
    EngineProfile fitted;
    ComputePeer asPeer;
};

bool hasVendor(const EngineProfile &engine, const QString &vendor)
{
    return std::any_of(engine.classes.cbegin(), engine.classes.cend(),
                       [&vendor](const EngineClassProfile &k) {
                           return hardwareClassVendor(k.hardwareClass) == vendor;
                       });
}

// Where a class whose rows did not measure the compute share takes it from, carried to its
// chip: the engine's own nearest class of the same vendor that measured it; else a peer's (the
// same vendor library on the same chips); else the engine's own nearest class of another
// vendor. `lender` is set when a peer lends it.
std::optional<EngineProfile> computeDonor(const EngineProfile &own, const QList<ComputePeer> &peers,
                                          const HardwareSpec &chip, const ComputePeer **lender)
{
    const QString vendor = hardwareClassVendor(chip.hardwareClass);
    if (hasVendor(own, vendor))
        return resolveEngine(own, chip);
    for (const ComputePeer &peer : peers) {
        if (hasVendor(peer.measured, vendor)) {
            *lender = &peer;
            return resolveEngine(peer.measured, chip);
        }
    }
    if (!own.classes.isEmpty())
        return resolveEngine(own, chip);
    return std::nullopt;
}

EngineFit fitEngineWith(const EngineProfile &engine, const QList<MeasurementCase> &cases,
                        const QList<ComputePeer> &peers)
{
    // One fit per hardware class the rows cover, each starting from what the engine has for
    // that class (or the nearest one).
    QHash<QString, QList<MeasurementCase>> byClass;
    QHash<QString, HardwareSpec> hardwareOf;
    for (const MeasurementCase &c : cases) {
        byClass[c.scenario.hardware.hardwareClass].append(c);
        hardwareOf.insert(c.scenario.hardware.hardwareClass, c.scenario.hardware);
    }
    QStringList classes = byClass.keys();
    classes.sort();
    EngineProfile fitted = engine;
    const auto store = [&fitted](const EngineClassProfile &k) {
        auto existing = std::find_if(
            fitted.classes.begin(), fitted.classes.end(),
            [&](const EngineClassProfile &e) { return e.hardwareClass == k.hardwareClass; });
        if (existing != fitted.classes.end())
            *existing = k;
        else
            fitted.classes.append(k);
    };
    QHash<QString, Evidence> evidence;
    for (const QString &hardwareClass : classes) {
        const FitParameters startAt =
            parametersOf(resolveEngine(engine, hardwareOf.value(hardwareClass)));
        evidence.insert(hardwareClass, evidenceOf(byClass.value(hardwareClass), startAt));
        store(fitClass(hardwareClass, byClass.value(hardwareClass), startAt));
    }
    std::sort(fitted.classes.begin(), fitted.classes.end(),
              [](const EngineClassProfile &a, const EngineClassProfile &b) {
                  return a.hardwareClass < b.hardwareClass;
              });
    // Without a fitted exponent of its own, shares carry from chip to chip as a peer's do: the
    // lender's, else the first peer's that its rows fitted (the same library on the same chips).
    const ComputePeer *lender = nullptr;
    const auto carryLikePeers = [&](bool exponentFitted) {
        const ComputePeer *from = lender && lender->exponent ? lender : nullptr;
        for (qsizetype i = 0; !from && i < peers.size(); ++i)
            from = peers[i].exponent ? &peers[i] : nullptr;
        if (!exponentFitted && from)
            fitted.computeTransferExponent = *from->exponent;
    };
    bool exponentFitted = setExponents(fitted, engine, evidence);
    carryLikePeers(exponentFitted);
    // A share a class's rows did not measure (only decode rows on a chip: its compute share)
    // would stay at the engine's hand-set default. It comes from the nearest class that measured
    // it (computeDonor), carried to this class's chip, and the class is fitted again from there.
    const EngineProfile computeDonors = donors(fitted, evidence, &Evidence::compute);
    const EngineProfile memoryDonors = donors(fitted, evidence, &Evidence::memory);
    bool refitted = false;
    for (const QString &hardwareClass : classes) {
        const Evidence e = evidence.value(hardwareClass);
        if (e.compute && e.memory)
            continue;
        // The class's own first fit (its chip resolves to it), with the shares it lacks replaced.
        const HardwareSpec &chip = hardwareOf[hardwareClass];
        FitParameters start = parametersOf(resolveEngine(fitted, chip));
        // What the rows did not measure, they do not move: the donor's shares stay.
        bool held = false;
        if (!e.compute) {
            if (const auto from = computeDonor(computeDonors, peers, chip, &lender)) {
                start.computeEfficiency = from->computeEfficiency;
                start.attentionEfficiency = from->attentionEfficiencyOrCompute();
                held = true;
            }
        }
        if (!e.memory && !memoryDonors.classes.isEmpty())
            start.memoryEfficiency = resolveEngine(memoryDonors, chip).memoryEfficiency;
        store(fitClass(hardwareClass, byClass.value(hardwareClass), start, held));
        refitted = true;
    }
    if (refitted) {
        exponentFitted = setExponents(fitted, engine, evidence);
        carryLikePeers(exponentFitted);
    }
    EngineFit out{fitted, {donors(fitted, evidence, &Evidence::compute), std::nullopt}};
    if (exponentFitted)
        out.asPeer.exponent = fitted.computeTransferExponent;
    return out;
}

} // namespace

EngineProfile fitEngine(const EngineProfile &engine, const QList<MeasurementCase> &cases)
{
    return fitEngineWith(engine, cases, {}).fitted;
}

QList<EngineProfile> fitEngines(const QList<EngineProfile> &engines,
                                const QList<MeasurementCase> &cases)
{
    QList<QList<MeasurementCase>> own(engines.size());
    for (const MeasurementCase &c : cases) {
        for (qsizetype i = 0; i < engines.size(); ++i) {
            if (engines[i].id == c.scenario.serving.engine.id)
                own[i] << c;
        }
    }
    QList<EngineFit> alone;
    for (qsizetype i = 0; i < engines.size(); ++i)
        alone << fitEngineWith(engines[i], own[i], {});
    QList<EngineProfile> out;
    for (qsizetype i = 0; i < engines.size(); ++i) {
        // Peers lend what their own rows measured, not what they were lent.
        QList<ComputePeer> peers;
        for (qsizetype j = 0; j < engines.size() && engines[i].vendorGemm; ++j) {
            if (j != i && engines[j].vendorGemm && !alone[j].asPeer.measured.classes.isEmpty())
                peers << alone[j].asPeer;
        }
        out << (peers.isEmpty() ? alone[i].fitted
                                : fitEngineWith(engines[i], own[i], peers).fitted);
    }
    return out;
}

HeldOutError ErrorsByKind::medians(const QString &engine) const
{
    HeldOutError h;
    h.engine = engine;
    h.decode = median(byKind[0]);
    h.prefill = median(byKind[1]);
    h.ttft = median(byKind[2]);
    h.decodeRows = int(byKind[0].size());
    h.prefillRows = int(byKind[1].size());
    h.ttftRows = int(byKind[2].size());
    return h;
}

QString sourceKey(const QString &source)
{
    const QString first = source.section(QLatin1Char(' '), 0, 0);
    const QUrl url(first);
    if (!url.isValid() || url.host().isEmpty())
        return first;
    const QStringList path = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // github.com/owner/repo: one study, whatever file of it; elsewhere the site and its first
    // folder (a blog, a documentation set).
    const int keep = url.host() == QLatin1String("github.com") ? 2 : 1;
    return url.host() + QLatin1Char('/') + path.mid(0, keep).join(QLatin1Char('/'));
}

namespace {

// The held-out errors of every grouping, filled fold by fold.
struct HeldOutErrors
{
    QHash<QString, ErrorsByKind> byEngine; // "" for all engines
    QMap<std::pair<QString, QString>, ErrorsByKind> byEngineAndClass;
    QMap<std::pair<QString, QString>, ErrorsByKind> byEngineAndFold;
};

// Fits on the cases outside the fold, predicts the fold's.
void holdOut(const QList<EngineProfile> &engines, const QList<MeasurementCase> &cases,
             const QString &fold, const std::function<QString(const MeasurementCase &)> &foldOf,
             HeldOutErrors &errors)
{
    QList<MeasurementCase> train, test;
    QSet<QString> tested;
    for (const MeasurementCase &c : cases) {
        const bool leftOut = foldOf(c) == fold;
        (leftOut ? test : train).append(c);
        if (leftOut)
            tested.insert(c.scenario.serving.engine.id);
    }
    // Only what the training rows say: the engines' own classes are themselves fitted to every
    // row, the left-out ones included. The engines with rows left out, and the peers they may
    // take shares from.
    const bool peersNeeded = std::any_of(engines.cbegin(), engines.cend(), [&](const auto &e) {
        return e.vendorGemm && tested.contains(e.id);
    });
    QList<EngineProfile> blank;
    for (const EngineProfile &engine : engines) {
        if (tested.contains(engine.id) || (peersNeeded && engine.vendorGemm))
            blank << unfitted(engine);
    }
    const QList<EngineProfile> fitted = fitEngines(blank, train);
    for (const MeasurementCase &c : test) {
        const auto engine =
            std::find_if(fitted.cbegin(), fitted.cend(), [&c](const EngineProfile &e) {
                return e.id == c.scenario.serving.engine.id;
            });
        if (engine == fitted.cend())
            continue;
        Scenario s = c.scenario;
        applyParameters(s.serving.engine, parametersOf(resolveEngine(*engine, s.hardware)));
        const double predicted = predictMeasurement(s, c.measurement.metric);
        const double error = std::fabs(predicted / c.measurement.value - 1);
        const MeasuredMetric metric = c.measurement.metric;
        errors.byEngine[engine->id].add(metric, error);
        errors.byEngine[QString()].add(metric, error);
        errors.byEngineAndClass[{engine->id, s.hardware.hardwareClass}].add(metric, error);
        errors.byEngineAndFold[{engine->id, fold}].add(metric, error);
    }
}

QList<HeldOutError> summarize(const QList<EngineProfile> &engines, const HeldOutErrors &errors,
                              HeldOutGroups groups)
{
    QList<HeldOutError> out;
    switch (groups) {
    case HeldOutGroups::Engine:
        for (const EngineProfile &e : engines) {
            if (errors.byEngine.contains(e.id))
                out << errors.byEngine.value(e.id).medians(e.id);
        }
        out << errors.byEngine.value(QString()).medians();
        break;
    case HeldOutGroups::EngineAndClass:
        for (auto it = errors.byEngineAndClass.cbegin(); it != errors.byEngineAndClass.cend();
             ++it) {
            HeldOutError e = it.value().medians(it.key().first);
            e.hardwareClass = it.key().second;
            out << e;
        }
        break;
    case HeldOutGroups::EngineAndFold:
        for (auto it = errors.byEngineAndFold.cbegin(); it != errors.byEngineAndFold.cend(); ++it) {
            HeldOutError e = it.value().medians(it.key().first);
            e.fold = it.key().second;
            out << e;
        }
        break;
    }
    return out;
}

HeldOutErrors heldOutErrors(const QList<EngineProfile> &engines,
                            const QList<MeasurementCase> &cases,
                            const std::function<QString(const MeasurementCase &)> &foldOf)
{
    QSet<QString> folds;
    for (const MeasurementCase &c : cases)
        folds.insert(foldOf(c));
    HeldOutErrors errors;
    for (const QString &fold : folds)
        holdOut(engines, cases, fold, foldOf, errors);
    return errors;
}

} // namespace

QList<HeldOutError>
crossValidateFolds(const QList<EngineProfile> &engines, const QList<MeasurementCase> &cases,
                   const std::function<QString(const MeasurementCase &)> &foldOf,
                   HeldOutGroups groups)
{
    return summarize(engines, heldOutErrors(engines, cases, foldOf), groups);
}

CrossValidation crossValidate(const QList<EngineProfile> &engines,
                              const QList<MeasurementCase> &cases)
{
    CrossValidation cv;
    const auto byGpu = [](const MeasurementCase &c) {
        return c.scenario.hardware.id;
    };
    const auto bySource = [](const MeasurementCase &c) {
        return sourceKey(c.measurement.source);
    };
    const HeldOutErrors gpuOut = heldOutErrors(engines, cases, byGpu);
    const HeldOutErrors sourceOut = heldOutErrors(engines, cases, bySource);
    cv.leaveOneGpuOut = summarize(engines, gpuOut, HeldOutGroups::Engine);
    cv.perClass = summarize(engines, gpuOut, HeldOutGroups::EngineAndClass);
    cv.leaveOneSourceOut = summarize(engines, sourceOut, HeldOutGroups::Engine);
    cv.perSource = summarize(engines, sourceOut, HeldOutGroups::EngineAndFold);
    return cv;
}

} // namespace tce
