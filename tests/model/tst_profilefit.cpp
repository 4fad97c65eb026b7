// Engine x hardware profiles fitted to published measurements (issue 14): the fit recovers
// known parameters, the catalog holds what the fit gives (not numbers set by hand), and the
// error on rows the fit did not see (one GPU, one source left out) is printed.
#include "catalog.h"
#include "catalogjson.h"
#include "engineresolution.h"
#include "measurement.h"
#include "precision.h"
#include "profilefit.h"
#include "publishedmeasurements.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testsupport.h"
#include "timingmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <optional>

using namespace tce;

namespace {

// The published set's fit and cross-validation, computed once for the tests that need them.
struct FittedCatalog
{
    QList<EngineProfile> engines; // the catalog's engines with classes fitted afresh
    CrossValidation cv;
};

const FittedCatalog &fittedCatalog()
{
    static const FittedCatalog fitted = [] {
        FittedCatalog f;
        const QList<MeasurementCase> cases = test::publishedCases(test::sourceCatalog());
        QList<EngineProfile> blank;
        for (const EngineProfile &engine : test::sourceCatalog().engines)
            blank << unfitted(engine);
        f.engines = fitEngines(blank, cases);
        f.cv = crossValidate(test::sourceCatalog().engines, cases);
        // Each class's error band: its leave-one-GPU-out errors.
        for (EngineProfile &engine : f.engines) {
            for (EngineClassProfile &k : engine.classes) {
                for (const HeldOutError &e : f.cv.perClass) {
                    if (e.engine == engine.id && e.hardwareClass == k.hardwareClass) {
                        k.accuracy.decode = e.decode;
                        k.accuracy.prefill = std::max(e.prefill, e.ttft);
                    }
                }
            }
        }
        // scripts/update-engine-classes.py writes these into resources/catalog/engines.json.
        const QByteArray out = qgetenv("TCE_FITTED_CLASSES_OUT");
        if (!out.isEmpty()) {
            // Per engine: its classes and transfer exponents, as engines.json spells them.
            QJsonObject engines;
            for (const EngineProfile &engine : f.engines) {
                const QJsonObject json = engineToJson(engine);
                QJsonObject fittedPart;
                for (const char *key :
                     {"compute_transfer_exponent", "memory_transfer_exponent", "classes"}) {
                    if (json.contains(QLatin1String(key)))
                        fittedPart.insert(QLatin1String(key), json.value(QLatin1String(key)));
                }
                engines.insert(engine.id, fittedPart);
            }
            QFile file(QString::fromLocal8Bit(out));
            if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(engines).toJson()) < 0)
                qFatal("cannot write %s", out.constData());
        }
        return f;
    }();
    return fitted;
}

QString percent(double share, int rows)
{
    return rows > 0 ? QStringLiteral("%1% (%2)").arg(100 * share, 5, 'f', 1).arg(rows, 3)
                    : QStringLiteral("     -     ");
}

void printTable(const char *title, const QList<HeldOutError> &rows)
{
    qInfo("%s", title);
    qInfo("  %-14s %-14s %-14s %-14s", "engine", "decode", "prefill", "ttft");
    for (const HeldOutError &e : rows) {
        qInfo("  %-14s %-14s %-14s %-14s",
              qPrintable(e.engine.isEmpty() ? QStringLiteral("all") : e.engine),
              qPrintable(percent(e.decode, e.decodeRows)),
              qPrintable(percent(e.prefill, e.prefillRows)),
              qPrintable(percent(e.ttft, e.ttftRows)));
    }
}

// A vllm row in bf16 whose value the model itself gives at `truth`: what a fit must recover.
std::optional<MeasurementCase> generatedCase(const Catalog &catalog, const QString &model,
                                             const QString &hardware, int batch, int64_t input,
                                             int64_t output, MeasuredMetric metric, int line,
                                             const FitParameters &truth,
                                             const QString &engine = QStringLiteral("vllm"))
{
    Measurement m;
    m.engine = engine;
    m.model = model;
    m.hardware = hardware;
    m.batch = batch;
    m.inputTokens = input;
    m.outputTokens = output;
    m.weights = QStringLiteral("bf16");
    m.kv = QStringLiteral("bf16");
    m.metric = metric;
    m.line = line;
    auto c = measurementCase(catalog, m, defaultScenario(catalog));
    if (!c)
        return std::nullopt;
    Scenario s = c->scenario;
    applyParameters(s.serving.engine, truth);
    c->measurement.value = predictMeasurement(s, metric);
    return c.value();
}

} // namespace

class TestProfileFit : public QObject
{
    Q_OBJECT
private slots:
    void fitRecoversKnownParameters();
    void publishedSetIsLargeAndVaried();
    void catalogHoldsTheFittedNumbers();
    void crossValidatedErrorIsPrinted();
    void unknownClassFallsBackAndSaysSo();
    void transferExponentRecoversTheLaw();
    void refittingOneVendorsClassKeepsTheSlope();
    void anotherClassesSharesAreCarriedToTheChip();
    void layerSplitDecodesAtOneGpusSpeed();
    void llamaCppRunsAtTheFp16AccumulatePeak();
    void aShareNoRowMeasuredComesFromTheNearestClass();
    void nearestClassesAreTheSameVendorsFirst();
    void aShareTheRowsHardlyMeasureIsHeld();
    void aGemmPeerLendsItsComputeShare();
    void gemmLibraryIsReadAndChecked();
};

void TestProfileFit::fitRecoversKnownParameters()
{
    // Rows generated from known parameters with the model itself, at lengths and batches that
    // make each parameter matter (long prompts for attention, TTFT for the request cost): the
    // fit, started 2-3x away, finds them within 1%.
    const Catalog &catalog = test::sourceCatalog();
    const FitParameters truth{0.55, 0.7, 0.12, 0.004, 0.030, 40e-6};
    QList<MeasurementCase> cases;
    int line = 0;
    for (const char *model : {"llama-3.1-8b", "llama-2-7b", "qwen2.5-7b"}) {
        for (int batch : {1, 8, 64}) {
            for (int64_t input : {128, 2048, 16384}) {
                for (MeasuredMetric metric :
                     {MeasuredMetric::DecodeTokensPerSecond, MeasuredMetric::PrefillTokensPerSecond,
                      MeasuredMetric::TtftMilliseconds,
                      MeasuredMetric::ThroughputTokensPerSecond}) {
                    const auto c =
                        generatedCase(catalog, QLatin1String(model), QStringLiteral("h100-sxm"),
                                      batch, input, 256, metric, ++line, truth);
                    QVERIFY(c);
                    cases << *c;
                }
            }
        }
    }
    const FitParameters start{0.25, 0.35, 0.3, 0.0, 0.0, 0.0};
    const FitOutcome fit = fitParameters(cases, start);
    qInfo("recovered after %d iterations: eta_c %.5f eta_m %.5f eta_a %.5f step %.6f s request "
          "%.6f s; rms log error %.3g -> %.3g",
          fit.iterations, fit.parameters.computeEfficiency, fit.parameters.memoryEfficiency,
          fit.parameters.attentionEfficiency, fit.parameters.stepOverheadSeconds,
          fit.parameters.requestOverheadSeconds, fit.rmsLogErrorBefore, fit.rmsLogErrorAfter);
    // The weak pull toward the start moves the optimum by far less than 1%.
    auto near = [](double got, double want) {
        return std::fabs(got / want - 1) <= 0.01;
    };
    QVERIFY(near(fit.parameters.computeEfficiency, truth.computeEfficiency));
    QVERIFY(near(fit.parameters.memoryEfficiency, truth.memoryEfficiency));
    QVERIFY(near(fit.parameters.attentionEfficiency, truth.attentionEfficiency));
    QVERIFY(near(fit.parameters.stepOverheadSeconds, truth.stepOverheadSeconds));
    QVERIFY(near(fit.parameters.requestOverheadSeconds, truth.requestOverheadSeconds));
    QVERIFY(near(fit.parameters.sequenceOverheadSeconds, truth.sequenceOverheadSeconds));
    QVERIFY(fit.rmsLogErrorAfter < 0.01 * fit.rmsLogErrorBefore);
}

void TestProfileFit::publishedSetIsLargeAndVaried()
{
    // Issue 14: at least 150 rows from 6 sources, 6 GPUs and 3 engines.
    QStringList skipped;
    const QList<MeasurementCase> cases = test::publishedCases(test::sourceCatalog(), &skipped);
    QSet<QString> sources, gpus, engines;
    for (const MeasurementCase &c : cases) {
        sources.insert(sourceKey(c.measurement.source));
        gpus.insert(c.scenario.hardware.id);
        engines.insert(c.scenario.serving.engine.id);
    }
    qInfo("%lld rows, %lld sources, %lld GPUs, %lld engines; %lld rows of engines without a "
          "profile skipped",
          qlonglong(cases.size()), qlonglong(sources.size()), qlonglong(gpus.size()),
          qlonglong(engines.size()), qlonglong(skipped.size()));
    QVERIFY(cases.size() >= 150);
    QVERIFY(sources.size() >= 6);
    QVERIFY(gpus.size() >= 6);
    QVERIFY(engines.size() >= 3);
    for (const MeasurementCase &c : cases)
        QVERIFY2(!c.measurement.source.isEmpty(), qPrintable(QString::number(c.measurement.line)));
}

void TestProfileFit::catalogHoldsTheFittedNumbers()
{
    // engines.json's classes are what fitEngine gives on the published set, with the
    // leave-one-GPU-out error of each (relative 1e-3: the file keeps what the fit printed), so
    // nobody tunes them by hand. To refit: scripts/update-engine-classes.sh.
    const Catalog &catalog = test::sourceCatalog();
    const FittedCatalog &fitted = fittedCatalog();
    QCOMPARE(fitted.engines.size(), catalog.engines.size());
    auto same = [](double a, double b) {
        return std::fabs(a - b) <= 1e-3 * std::max(std::fabs(b), 1e-6);
    };
    for (qsizetype e = 0; e < catalog.engines.size(); ++e) {
        const EngineProfile &engine = catalog.engines[e];
        QCOMPARE(engine.classes.size(), fitted.engines[e].classes.size());
        QVERIFY2(same(engine.computeTransferExponent, fitted.engines[e].computeTransferExponent),
                 qPrintable(engine.id));
        QVERIFY2(same(engine.memoryTransferExponent, fitted.engines[e].memoryTransferExponent),
                 qPrintable(engine.id));
        for (qsizetype i = 0; i < engine.classes.size(); ++i) {
            const EngineClassProfile &want = fitted.engines[e].classes[i];
            const EngineClassProfile &have = engine.classes[i];
            const QString what = engine.id + QLatin1Char(' ') + want.hardwareClass;
            QCOMPARE(have.hardwareClass, want.hardwareClass);
            QVERIFY2(same(have.computeEfficiency, want.computeEfficiency), qPrintable(what));
            QVERIFY2(same(have.memoryEfficiency, want.memoryEfficiency), qPrintable(what));
            QVERIFY2(same(have.attentionEfficiency, want.attentionEfficiency), qPrintable(what));
            QVERIFY2(same(have.stepOverheadSeconds, want.stepOverheadSeconds), qPrintable(what));
            QVERIFY2(same(have.requestOverheadSeconds, want.requestOverheadSeconds),
                     qPrintable(what));
            QVERIFY2(same(have.sequenceOverheadSeconds, want.sequenceOverheadSeconds),
                     qPrintable(what));
            QVERIFY2(same(have.referencePeakFlops, want.referencePeakFlops), qPrintable(what));
            QVERIFY2(same(have.referenceBandwidth, want.referenceBandwidth), qPrintable(what));
            QVERIFY2(same(have.accuracy.decode, want.accuracy.decode), qPrintable(what));
            QVERIFY2(same(have.accuracy.prefill, want.accuracy.prefill), qPrintable(what));
            QCOMPARE(have.accuracy.rows, want.accuracy.rows);
        }
    }
}

void TestProfileFit::crossValidatedErrorIsPrinted()
{
    const CrossValidation &cv = fittedCatalog().cv;
    printTable("Leave one GPU out: median |predicted/measured - 1| on the rows left out (rows)",
               cv.leaveOneGpuOut);
    printTable("Leave one source out: the same", cv.leaveOneSourceOut);
    // Per engine and what the rows have in common: the source left out, or the class.
    const auto printGroups = [](const char *title, const QList<HeldOutError> &rows,
                                QString HeldOutError::*group) {
        qInfo("%s", title);
        for (const HeldOutError &e : rows) {
            qInfo("  %-14s %-40s %-14s %-14s %-14s", qPrintable(e.engine), qPrintable(e.*group),
                  qPrintable(percent(e.decode, e.decodeRows)),
                  qPrintable(percent(e.prefill, e.prefillRows)),
                  qPrintable(percent(e.ttft, e.ttftRows)));
        }
    };
    printGroups("Leave one source out, per engine and source left out:", cv.perSource,
                &HeldOutError::fold);
    printGroups("Leave one GPU out, per engine and hardware class:", cv.perClass,
                &HeldOutError::hardwareClass);
    // The goals of issue 14 are decode <= 15%, prefill/TTFT <= 25%. What is reached is in the
    // README (these figures); the bounds below hold every goal and guard against getting worse
    // (2026-12-03, 835 rows on 22 GPUs, llama.cpp at the fp16-accumulate peak, shares no row of
    // a class measured carried from the nearest class that did, quantized weights unpacked at a
    // fitted cost, llama.cpp's scores through memory where a row ran without flash attention, a
    // class without numbers taking the same vendor's first, at most 4 micro-batches in flight
    // in a layer split, a compute share held where the rows hardly measure it and lent by an
    // engine on the same vendor GEMM library: decode 10% / 12%, prefill 17% / 23%, TTFT 15% /
    // 22%, one GPU / one source left out; the one-source prefill is the XiongjieDai study's 310
    // prompt rows predicted from the other sources' 22).
    const HeldOutError &gpu = cv.leaveOneGpuOut.last();
    const HeldOutError &source = cv.leaveOneSourceOut.last();
    QVERIFY(gpu.engine.isEmpty() && source.engine.isEmpty());
    QVERIFY(gpu.decodeRows > 0 && gpu.prefillRows > 0 && gpu.ttftRows > 0);
    QVERIFY(gpu.decode <= 0.11 && source.decode <= 0.13);
    QVERIFY(gpu.ttft <= 0.18 && source.ttft <= 0.25);
    QVERIFY(gpu.prefill <= 0.18 && source.prefill <= 0.24);
}

void TestProfileFit::unknownClassFallsBackAndSaysSo()
{
    const Catalog &catalog = test::sourceCatalog();
    const EngineProfile *llama = catalog.findEngine(QStringLiteral("llama.cpp"));
    QVERIFY(llama && !llama->classes.isEmpty());
    HardwareSpec hardware = *catalog.findHardware(QStringLiteral("b200"));
    const EngineProfile resolved = resolveEngine(*llama, hardware);
    QVERIFY(resolved.classes.isEmpty());
    QVERIFY(!resolved.hardwareClass.isEmpty());
    QVERIFY(resolved.hardwareClass != hardware.hardwareClass);
    QVERIFY2(resolved.classNote.contains(hardware.hardwareClass), qPrintable(resolved.classNote));
    // Its nearest class with numbers: the first of nearestHardwareClasses that llama.cpp has.
    QString expected;
    for (const QString &k : nearestHardwareClasses(hardware.hardwareClass)) {
        for (const EngineClassProfile &c : llama->classes) {
            if (expected.isEmpty() && c.hardwareClass == k)
                expected = k;
        }
    }
    QCOMPARE(resolved.hardwareClass, expected);
    // A class of its own: no note.
    hardware = *catalog.findHardware(QStringLiteral("rtx-4090"));
    QVERIFY(resolveEngine(*llama, hardware).classNote.isEmpty());
}

void TestProfileFit::transferExponentRecoversTheLaw()
{
    // Shares made from share = c_vendor x peak^(e - 1) with e = 0.4: three NVIDIA chips and an
    // AMD one whose kernels reach twice the share at its peak. The fit gives e back (1e-9:
    // the points lie on the law exactly) whatever the AMD offset.
    const double e = 0.4;
    auto klass = [&](const char *name, double peak, double vendorFactor, int rows) {
        EngineClassProfile k;
        k.hardwareClass = QLatin1String(name);
        k.referencePeakFlops = peak;
        k.computeEfficiency = vendorFactor * 0.5 * std::pow(peak / 165e12, e - 1);
        k.accuracy.rows = rows;
        return k;
    };
    const QList<EngineClassProfile> classes{
        klass("consumer-ada", 165e12, 1, 13), klass("datacenter-ampere", 312e12, 1, 11),
        klass("datacenter-hopper", 756e12, 1, 20), klass("datacenter-cdna3", 1307e12, 2, 8)};
    const double fitted = transferExponent(classes, 1.0, &EngineClassProfile::referencePeakFlops,
                                           &EngineClassProfile::computeEfficiency);
    QVERIFY2(std::fabs(fitted - e) < 1e-9, qPrintable(QString::number(fitted)));
    // One chip per vendor says nothing of the slope: the current exponent stays.
    QCOMPARE(transferExponent({classes[0], classes[3]}, 0.8,
                              &EngineClassProfile::referencePeakFlops,
                              &EngineClassProfile::computeEfficiency),
             0.8);
}

// What `calibrate` does with a user's rows of one chip: refit that class from the catalog's
// engine. The MI300X is the only AMD class, with an intercept of its own, so the slope the
// NVIDIA classes set stays (relative 1e-3: the catalog keeps 6 digits of each share).
void TestProfileFit::refittingOneVendorsClassKeepsTheSlope()
{
    const Catalog &catalog = test::sourceCatalog();
    const EngineProfile *llama = catalog.findEngine(QStringLiteral("llama.cpp"));
    QVERIFY(llama);
    QList<MeasurementCase> mi300x;
    for (const MeasurementCase &c : test::publishedCases(catalog)) {
        if (c.scenario.serving.engine.id == llama->id && c.scenario.hardware.id == "mi300x")
            mi300x << c;
    }
    QVERIFY(mi300x.size() >= 5);
    const EngineProfile refitted = fitEngine(*llama, mi300x);
    QVERIFY2(std::fabs(refitted.computeTransferExponent / llama->computeTransferExponent - 1) <
                 1e-3,
             qPrintable(QStringLiteral("%1 against %2")
                            .arg(refitted.computeTransferExponent)
                            .arg(llama->computeTransferExponent)));
    QVERIFY(std::fabs(refitted.memoryTransferExponent / llama->memoryTransferExponent - 1) < 1e-3);
}

void TestProfileFit::anotherClassesSharesAreCarriedToTheChip()
{
    // llama.cpp has no Blackwell numbers: a B200 gets the nearest class's (Hopper) shares,
    // carried by (chip / reference)^(exponent - 1). By hand from the catalog's numbers
    // (relative 1e-12: the same arithmetic).
    const Catalog &catalog = test::sourceCatalog();
    const EngineProfile *llama = catalog.findEngine(QStringLiteral("llama.cpp"));
    QVERIFY(llama);
    const HardwareSpec &b200 = *catalog.findHardware(QStringLiteral("b200"));
    const EngineProfile resolved = resolveEngine(*llama, b200);
    QCOMPARE(resolved.hardwareClass, QStringLiteral("datacenter-hopper"));
    const EngineClassProfile *hopper = nullptr;
    for (const EngineClassProfile &k : llama->classes) {
        if (k.hardwareClass == resolved.hardwareClass)
            hopper = &k;
    }
    QVERIFY(hopper && hopper->referencePeakFlops > 0 && hopper->referenceBandwidth > 0);
    QVERIFY(llama->computeTransferExponent < 1 && llama->memoryTransferExponent < 1);
    const double compute =
        hopper->computeEfficiency *
        std::pow(2250e12 / hopper->referencePeakFlops, llama->computeTransferExponent - 1);
    const double memory = hopper->memoryEfficiency *
                          std::pow(b200.memoryBandwidthBytesPerSecond / hopper->referenceBandwidth,
                                   llama->memoryTransferExponent - 1);
    QVERIFY(qFuzzyCompare(resolved.computeEfficiency, compute));
    QVERIFY(qFuzzyCompare(resolved.memoryEfficiency, memory));
    // A faster chip: a smaller share, more FLOP/s.
    QVERIFY(resolved.computeEfficiency < hopper->computeEfficiency);
    QVERIFY(resolved.computeEfficiency * 2250e12 >
            hopper->computeEfficiency * hopper->referencePeakFlops);
    QVERIFY2(resolved.classNote.contains(QStringLiteral("carried to its peak and bandwidth")),
             qPrintable(resolved.classNote));

    // A class set by hand (no reference chip): its shares as they are.
    EngineProfile handSet = *llama;
    for (EngineClassProfile &k : handSet.classes)
        k.referencePeakFlops = k.referenceBandwidth = 0;
    const EngineProfile asIs = resolveEngine(handSet, b200);
    QCOMPARE(asIs.computeEfficiency, hopper->computeEfficiency);
    QCOMPARE(asIs.memoryEfficiency, hopper->memoryEfficiency);
    QVERIFY(!asIs.classNote.contains(QStringLiteral("carried")));
}

void TestProfileFit::layerSplitDecodesAtOneGpusSpeed()
{
    // llama.cpp's -sm layer: one sequence passes the GPUs one after another, so 4 GPUs decode
    // no faster than one would (a little slower, by the hops); tensor parallel is faster.
    const Catalog &catalog = test::sourceCatalog();
    Scenario s = defaultScenario(catalog);
    s.serving.engine = *catalog.findEngine(QStringLiteral("roofline"));
    s.inputTokens = 512;
    s.outputTokens = 128;
    const double one = predictMeasurement(s, MeasuredMetric::DecodeTokensPerSecond);
    s.serving.gpus = 4;
    s.serving.engine.multiGpu = MultiGpuMode::Layer;
    const double layer = predictMeasurement(s, MeasuredMetric::DecodeTokensPerSecond);
    s.serving.engine.multiGpu = MultiGpuMode::Tensor;
    const double tensor = predictMeasurement(s, MeasuredMetric::DecodeTokensPerSecond);
    QVERIFY(layer < one && layer > 0.95 * one);
    QVERIFY(tensor > 2 * one);
    // A prompt of 4 micro-batches on 4 GPUs pipelines: (4 + 3) / 16 of one GPU's time
    // (compute and memory parts; the hops come on top).
    s.serving.engine.multiGpu = MultiGpuMode::Layer;
    s.inputTokens = 2048;
    Scenario single = s;
    single.serving.gpus = 1;
    const double pipelined = predictMeasurement(s, MeasuredMetric::PrefillTokensPerSecond);
    const double alone = predictMeasurement(single, MeasuredMetric::PrefillTokensPerSecond);
    QVERIFY2(pipelined / alone > 16.0 / 7 * 0.97 && pipelined / alone <= 16.0 / 7 * 1.0001,
             qPrintable(QString::number(pipelined / alone)));
    // On 8 GPUs at most 4 micro-batches are in flight (GGML_SCHED_MAX_COPIES): each next one
    // follows 8 / 4 = 2 stages later, so the 4 take (8 + 3 x 2) / 32 of one GPU's time, not
    // (4 + 7) / 32: 32 / 14 = 2.29x one GPU's speed (the hops are on top: 3% allowed).
    s.serving.gpus = 8;
    const double eight = predictMeasurement(s, MeasuredMetric::PrefillTokensPerSecond);
    QVERIFY2(eight / alone > 32.0 / 14 * 0.97 && eight / alone <= 32.0 / 14 * 1.0001,
             qPrintable(QString::number(eight / alone)));
}

void TestProfileFit::llamaCppRunsAtTheFp16AccumulatePeak()
{
    // llama.cpp multiplies 16-bit and dequantized weights with cuBLAS in fp16 accumulate
    // (engines.json gemm_accumulate): on a GeForce card that is twice the fp32-accumulate peak
    // (RTX 4090: 330.3 against 165.2 TFLOP/s, Ada whitepaper); on an A100 the two are the same
    // (312); other engines and other precisions keep their peak.
    const Catalog &catalog = test::sourceCatalog();
    const HardwareSpec &rtx4090 = *catalog.findHardware(QStringLiteral("rtx-4090"));
    const HardwareSpec &a100 = *catalog.findHardware(QStringLiteral("a100-80gb-sxm"));
    const EngineProfile &llamaCpp = *catalog.findEngine(QStringLiteral("llama.cpp"));
    const EngineProfile &vllm = *catalog.findEngine(QStringLiteral("vllm"));
    QVERIFY(llamaCpp.fp16Accumulate && !vllm.fp16Accumulate);
    QCOMPARE(matmulPeakFlops(rtx4090, llamaCpp, QStringLiteral("fp16")), 330.3e12);
    QCOMPARE(matmulPeakFlops(rtx4090, llamaCpp, QStringLiteral("bf16")), 330.3e12);
    QCOMPARE(matmulPeakFlops(rtx4090, vllm, QStringLiteral("fp16")), 165.2e12);
    QCOMPARE(matmulPeakFlops(rtx4090, llamaCpp, QStringLiteral("fp32")), 82.6e12);
    QCOMPARE(matmulPeakFlops(a100, llamaCpp, QStringLiteral("fp16")), 312e12);
    // The timing model runs at it: 4 GPUs by layer run one at a time.
    ScenarioChanges c;
    c.hardwareId = QStringLiteral("rtx-4090");
    c.engineId = QStringLiteral("llama.cpp");
    c.weights = precisionByName(QStringLiteral("q4_k_m"));
    const auto s = applyChanges(catalog, defaultScenario(catalog), c);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(TimingModel(s.value()).peakFlopsPerSecond(), 330.3e12);
    // It survives a round trip through a file (a scenario or a saved profile).
    const auto back = readEngineJson(engineToJson(llamaCpp), QStringLiteral("test"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back->fp16Accumulate);
    QJsonObject wrong = engineToJson(llamaCpp);
    wrong.insert(QStringLiteral("gemm_accumulate"), QStringLiteral("fp8"));
    const auto refused = readEngineJson(wrong, QStringLiteral("test"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("\"gemm_accumulate\" is \"fp8\"")),
             qPrintable(refused.error()));
}

namespace {

EngineClassProfile classOf(const EngineProfile &engine, const char *hardwareClass)
{
    for (const EngineClassProfile &k : engine.classes) {
        if (k.hardwareClass == QLatin1String(hardwareClass))
            return k;
    }
    return EngineClassProfile{};
}

// Each of the class's rows predicted by the fitted engine within `tolerance`.
void verifyRowsOfClass(const EngineProfile &fitted, const QList<MeasurementCase> &cases,
                       const char *hardwareClass, double tolerance)
{
    for (const MeasurementCase &c : cases) {
        if (c.scenario.hardware.hardwareClass != QLatin1String(hardwareClass))
            continue;
        Scenario s = c.scenario;
        applyParameters(s.serving.engine, parametersOf(resolveEngine(fitted, s.hardware)));
        const double ratio = predictMeasurement(s, c.measurement.metric) / c.measurement.value;
        QVERIFY2(std::fabs(ratio - 1) < tolerance, qPrintable(QString::number(ratio)));
    }
}

} // namespace

void TestProfileFit::aShareNoRowMeasuredComesFromTheNearestClass()
{
    // An A100 measured in prompts and decoding (rows made from known shares), an H100 only in
    // decoding: decode rows of a batch of one say nothing of the compute share, so the H100's
    // comes from the nearest class that measured one (Ampere), carried to the H100's chip,
    // instead of staying at the engine's hand-set default.
    const Catalog &catalog = test::sourceCatalog();
    const FitParameters truth{0.30, 0.80, 0.30, 0.003, 0, 0};
    QList<MeasurementCase> cases;
    int line = 0;
    const auto add = [&](const char *hardware, MeasuredMetric metric, int64_t input) {
        const int64_t output = metric == MeasuredMetric::PrefillTokensPerSecond ? 0 : 256;
        const auto c =
            generatedCase(catalog, QStringLiteral("llama-3.1-8b"), QLatin1String(hardware), 1,
                          input, output, metric, ++line, truth);
        QVERIFY(c);
        cases << *c;
    };
    for (int64_t input : {512, 4096}) {
        add("a100-80gb-sxm", MeasuredMetric::PrefillTokensPerSecond, input);
        add("a100-80gb-sxm", MeasuredMetric::DecodeTokensPerSecond, input);
        add("h100-sxm", MeasuredMetric::DecodeTokensPerSecond, input);
    }
    EngineProfile engine = unfitted(*catalog.findEngine(QStringLiteral("vllm")));
    engine.computeEfficiency = 0.9; // the default the H100 would otherwise keep
    const EngineProfile fitted = fitEngine(engine, cases);
    const EngineClassProfile ampere = classOf(fitted, "datacenter-ampere");
    const EngineClassProfile hopper = classOf(fitted, "datacenter-hopper");
    // Four prompt rows for six parameters: near the truth, not on it.
    QVERIFY2(std::fabs(ampere.computeEfficiency / truth.computeEfficiency - 1) < 0.10,
             qPrintable(QString::number(ampere.computeEfficiency)));
    // One class measured compute: no slope, the same share (exponent 1, the engine's).
    QCOMPARE(fitted.computeTransferExponent, 1.0);
    QVERIFY2(std::fabs(hopper.computeEfficiency / ampere.computeEfficiency - 1) < 0.02,
             qPrintable(QString::number(hopper.computeEfficiency)));
    // Its decode rows are still its own fit's: each within 2%.
    verifyRowsOfClass(fitted, cases, "datacenter-hopper", 0.02);
}

// A class without numbers takes the nearest class's, and the nearest is the same vendor's
// first: llama.cpp's H100 share from an Ada card's CUDA kernels, not from MI300X's ROCm build
// (before, a fit without the A100 rows gave the A100 the MI300X's 1.4% attention share and
// predicted its prompts 3x too slow).
void TestProfileFit::nearestClassesAreTheSameVendorsFirst()
{
    for (const QString &hardwareClass :
         {QStringLiteral("datacenter-hopper"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("consumer-ada"), QStringLiteral("apple"),
          QStringLiteral("datacenter-cdna3")}) {
        const QStringList order = nearestHardwareClasses(hardwareClass);
        QCOMPARE(order.first(), hardwareClass);
        const QString vendor = hardwareClassVendor(hardwareClass);
        bool otherVendorSeen = false;
        for (const QString &k : order) {
            const bool same = hardwareClassVendor(k) == vendor;
            QVERIFY2(!(same && otherVendorSeen), qPrintable(hardwareClass + QStringLiteral(": ") +
                                                            order.join(QStringLiteral(", "))));
            otherVendorSeen = otherVendorSeen || !same;
        }
    }
    // Within a vendor the hand-set nearness stays: the same generation and memory first.
    const QStringList hopper = nearestHardwareClasses(QStringLiteral("datacenter-hopper"));
    QVERIFY(hopper.indexOf(QStringLiteral("datacenter-blackwell")) <
            hopper.indexOf(QStringLiteral("workstation-ada")));
    QVERIFY(hopper.indexOf(QStringLiteral("workstation-ada")) <
            hopper.indexOf(QStringLiteral("datacenter-cdna3")));
    // The only CDNA3 class has no AMD neighbour: Hopper, as before.
    QCOMPARE(nearestHardwareClasses(QStringLiteral("datacenter-cdna3")).at(1),
             QStringLiteral("datacenter-hopper"));
}

void TestProfileFit::aShareTheRowsHardlyMeasureIsHeld()
{
    // The H100's rows are batch throughputs of 4 x 128-token prompts and 2048 output tokens:
    // the prompts are about 0.1% of the run (4 x 128 x 2 x 8e9 FLOP at 0.6 x 989 TFLOP/s is
    // 14 ms; 2048 steps of ~6 ms are 12 s), so the compute share barely moves them. They were
    // made with a compute share of 0.05; a fit that let them move the share would wander towards
    // it to make up for the rest. The share is the A100's (which measured it), carried to the
    // H100 and held there.
    const Catalog &catalog = test::sourceCatalog();
    const FitParameters ampereTruth{0.30, 0.80, 0.30, 0.003, 0, 0};
    const FitParameters hopperTruth{0.05, 0.70, 0.05, 0.002, 0, 0};
    QList<MeasurementCase> cases;
    int line = 0;
    for (int64_t input : {512, 4096}) {
        for (MeasuredMetric metric :
             {MeasuredMetric::PrefillTokensPerSecond, MeasuredMetric::DecodeTokensPerSecond}) {
            const int64_t output = metric == MeasuredMetric::PrefillTokensPerSecond ? 0 : 256;
            const auto c = generatedCase(catalog, QStringLiteral("llama-3.1-8b"),
                                         QStringLiteral("a100-80gb-sxm"), 1, input, output, metric,
                                         ++line, ampereTruth);
            QVERIFY(c);
            cases << *c;
        }
    }
    for (int batch : {4, 8, 16}) {
        const auto c = generatedCase(
            catalog, QStringLiteral("llama-3.1-8b"), QStringLiteral("h100-sxm"), batch, 128, 2048,
            MeasuredMetric::ThroughputTokensPerSecond, ++line, hopperTruth);
        QVERIFY(c);
        cases << *c;
    }
    const EngineProfile fitted =
        fitEngine(unfitted(*catalog.findEngine(QStringLiteral("vllm"))), cases);
    const EngineClassProfile ampere = classOf(fitted, "datacenter-ampere");
    const EngineClassProfile hopper = classOf(fitted, "datacenter-hopper");
    QVERIFY(ampere.accuracy.rows == 4 && hopper.accuracy.rows == 3);
    // Exponent 1 (one class measured compute): the same share, exactly.
    QCOMPARE(fitted.computeTransferExponent, 1.0);
    QCOMPARE(hopper.computeEfficiency, ampere.computeEfficiency);
    QCOMPARE(hopper.attentionEfficiency, ampere.attentionEfficiency);
    // The rows' own numbers are still fitted: each throughput within 3%.
    verifyRowsOfClass(fitted, cases, "datacenter-hopper", 0.03);
}

void TestProfileFit::aGemmPeerLendsItsComputeShare()
{
    // TensorRT-LLM measured prompts on an H100 (share 0.30) and an A100 (0.45); vLLM and
    // llama.cpp only decoding on an H100. vLLM runs its prompt matmuls in cuBLAS like
    // TensorRT-LLM (engines.json gemm_library): it takes TensorRT-LLM's H100 share and its
    // exponent, 1 + ln(0.45 / 0.30) / ln(312 / 989.4) = 0.648 from the truth. llama.cpp runs
    // kernels of its own: it takes nothing and keeps its default.
    const Catalog &catalog = test::sourceCatalog();
    QList<MeasurementCase> cases;
    int line = 0;
    const auto add = [&](const QString &engine, const char *hardware, MeasuredMetric metric,
                         int64_t input, double computeShare) {
        const FitParameters truth{computeShare, 0.80, computeShare, 0.003, 0, 0};
        const int64_t output = metric == MeasuredMetric::PrefillTokensPerSecond ? 0 : 256;
        const auto c =
            generatedCase(catalog, QStringLiteral("llama-3.1-8b"), QLatin1String(hardware), 1,
                          input, output, metric, ++line, truth, engine);
        QVERIFY(c);
        cases << *c;
    };
    const QString trt = QStringLiteral("tensorrt-llm");
    for (int64_t input : {512, 2048, 8192}) {
        add(trt, "h100-sxm", MeasuredMetric::PrefillTokensPerSecond, input, 0.30);
        add(trt, "h100-sxm", MeasuredMetric::DecodeTokensPerSecond, input, 0.30);
        add(trt, "a100-80gb-sxm", MeasuredMetric::PrefillTokensPerSecond, input, 0.45);
        add(trt, "a100-80gb-sxm", MeasuredMetric::DecodeTokensPerSecond, input, 0.45);
        add(QStringLiteral("vllm"), "h100-sxm", MeasuredMetric::DecodeTokensPerSecond, input, 0.9);
        add(QStringLiteral("llama.cpp"), "h100-sxm", MeasuredMetric::DecodeTokensPerSecond, input,
            0.9);
    }
    QList<EngineProfile> blank;
    for (const char *id : {"vllm", "tensorrt-llm", "llama.cpp"})
        blank << unfitted(*catalog.findEngine(QLatin1String(id)));
    QVERIFY(blank[0].vendorGemm && blank[1].vendorGemm && !blank[2].vendorGemm);
    const QList<EngineProfile> fitted = fitEngines(blank, cases);
    QCOMPARE(fitted.size(), 3);
    const EngineProfile &vllm = fitted[0];
    const EngineProfile &tensorrt = fitted[1];
    const EngineProfile &llamaCpp = fitted[2];
    // TensorRT-LLM's own fit: near the truth (three prompts per class).
    QVERIFY2(std::fabs(tensorrt.computeTransferExponent - 0.648) < 0.05,
             qPrintable(QString::number(tensorrt.computeTransferExponent)));
    QVERIFY2(std::fabs(classOf(tensorrt, "datacenter-hopper").computeEfficiency / 0.30 - 1) < 0.05,
             qPrintable(QString::number(classOf(tensorrt, "datacenter-hopper").computeEfficiency)));
    // vLLM: the same chip class, so the same share; the same exponent.
    QCOMPARE(classOf(vllm, "datacenter-hopper").computeEfficiency,
             classOf(tensorrt, "datacenter-hopper").computeEfficiency);
    QCOMPARE(vllm.computeTransferExponent, tensorrt.computeTransferExponent);
    // ...so its A100, which it never measured, is TensorRT-LLM's A100 as carried (within 5%).
    const HardwareSpec &a100 = *catalog.findHardware(QStringLiteral("a100-80gb-sxm"));
    const double vllmA100 = resolveEngine(vllm, a100).computeEfficiency;
    QVERIFY2(std::fabs(vllmA100 / resolveEngine(tensorrt, a100).computeEfficiency - 1) < 0.05,
             qPrintable(QString::number(vllmA100)));
    // llama.cpp keeps its own default (0.75 in engines.json), and its own exponent (1).
    QCOMPARE(classOf(llamaCpp, "datacenter-hopper").computeEfficiency, blank[2].computeEfficiency);
    QCOMPARE(llamaCpp.computeTransferExponent, 1.0);
    // fitEngine alone (a user's calibration of one engine) has no peer to take from: vLLM's
    // H100 share stays at its default.
    QList<MeasurementCase> vllmRows;
    for (const MeasurementCase &c : cases) {
        if (c.scenario.serving.engine.id == QLatin1String("vllm"))
            vllmRows << c;
    }
    QCOMPARE(classOf(fitEngine(blank[0], vllmRows), "datacenter-hopper").computeEfficiency,
             blank[0].computeEfficiency);
}

void TestProfileFit::gemmLibraryIsReadAndChecked()
{
    const Catalog &catalog = test::sourceCatalog();
    QVERIFY(catalog.findEngine(QStringLiteral("vllm"))->vendorGemm);
    QVERIFY(catalog.findEngine(QStringLiteral("tensorrt-llm"))->vendorGemm);
    QVERIFY(!catalog.findEngine(QStringLiteral("llama.cpp"))->vendorGemm);
    const EngineProfile &vllm = *catalog.findEngine(QStringLiteral("vllm"));
    const QJsonObject json = engineToJson(vllm);
    QCOMPARE(json.value(QStringLiteral("gemm_library")).toString(), QStringLiteral("vendor"));
    const auto back = readEngineJson(json, QStringLiteral("test"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back->vendorGemm);
    // A scenario holds the engine resolved for its chip, which does not say how it was fitted:
    // a scenario file written before the key existed still equals the engine it came from.
    const HardwareSpec &h100 = *catalog.findHardware(QStringLiteral("h100-sxm"));
    const EngineProfile resolved = resolveEngine(vllm, h100);
    QVERIFY(!resolved.vendorGemm);
    QVERIFY(!engineToJson(resolved).contains(QStringLiteral("gemm_library")));
    QJsonObject wrong = json;
    wrong.insert(QStringLiteral("gemm_library"), QStringLiteral("cublas"));
    const auto refused = readEngineJson(wrong, QStringLiteral("test"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("\"gemm_library\" is \"cublas\"")),
             qPrintable(refused.error()));
}

TCE_TEST_GUILESS_MAIN(TestProfileFit)
#include "tst_profilefit.moc"
