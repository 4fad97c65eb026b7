#include "calibratecommand.h"

#include "catalog.h"
#include "commandline.h"
#include "engineresolution.h"
#include "measurement.h"
#include "optionreader.h"
#include "profilefit.h"
#include "userprofiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

struct CalibrateOptions
{
    QStringList files;
    QString save;
};

// A row's predictions before and after the fit.
struct RowResult
{
    QString file;
    MeasurementCase c;
    double before = 0;
    double after = 0;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// Median |predicted / measured - 1| per error kind; null where no row has that kind.
QJsonObject errorsJson(const QList<RowResult> &rows, double RowResult::*predicted)
{
    std::array<std::vector<double>, 3> byKind;
    for (const RowResult &r : rows) {
        byKind[size_t(errorKindOf(r.c.measurement.metric))].push_back(
            std::fabs(r.*predicted / r.c.measurement.value - 1));
    }
    QJsonObject out;
    const char *names[] = {"decode", "prefill", "ttft"};
    for (size_t k = 0; k < byKind.size(); ++k)
        out.insert(QLatin1String(names[k]),
                   byKind[k].empty() ? QJsonValue() : QJsonValue(median(byKind[k])));
    return out;
}

QJsonObject heldOutJson(const HeldOutError &e, const QString &folds)
{
    auto value = [](double error, int rows) {
        return rows > 0 ? QJsonValue(error) : QJsonValue();
    };
    return QJsonObject{{"decode", value(e.decode, e.decodeRows)},
                       {"prefill", value(e.prefill, e.prefillRows)},
                       {"ttft", value(e.ttft, e.ttftRows)},
                       {"folds", folds}};
}

QJsonObject classJson(const EngineClassProfile &k)
{
    return QJsonObject{{"compute_efficiency", k.computeEfficiency},
                       {"memory_efficiency", k.memoryEfficiency},
                       {"attention_efficiency", k.attentionEfficiency},
                       {"step_overhead_s", k.stepOverheadSeconds},
                       {"request_overhead_s", k.requestOverheadSeconds},
                       {"sequence_overhead_s", k.sequenceOverheadSeconds},
                       {"rows", k.accuracy.rows}};
}

double predictWith(const MeasurementCase &c, const EngineProfile &engine)
{
    Scenario s = c.scenario;
    applyParameters(s.serving.engine, parametersOf(resolveEngine(engine, s.hardware)));
    return predictMeasurement(s, c.measurement.metric);
}

} // namespace

int runCalibrateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CalibrateOptions options;
    ScenarioOptions scenarioOptions;
    OptionReader reader(QStringLiteral("calibrate"),
                        QStringLiteral("--measurements FILE [--measurements FILE ...] [options]"),
                        commandSummary(QStringLiteral("calibrate")));
    reader.addSection(QStringLiteral("Measurements:"));
    reader.add(Option::path(
        QStringLiteral("--measurements"), QStringLiteral("FILE"),
        QStringLiteral("llama-bench output (JSON, JSONL, CSV, markdown), the result JSON of vllm "
                       "bench serve / benchmark_serving.py, genai-perf's profile export, "
                       "trtllm-bench's report, or a CSV with the header model,hardware,gpus,"
                       "batch,input,output,weights,kv,metric,value (given more than once: all)"),
        [&](const QString &path) { options.files << path; }));
    reader.add(Option::text(
        QStringLiteral("--save"), QStringLiteral("NAME"),
        QStringLiteral("save the fitted profile as engine NAME (letters, "
                       "digits, . _ -), for --engine NAME and the window"),
        [&](const QString &name) {
            static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
            if (!id.match(name).hasMatch())
                return Status::failure(QStringLiteral("\"%1\" is not a profile name: letters, "
                                                      "digits, '.', '_' and '-', at most 64")
                                           .arg(name));
            options.save = name;
            return Status();
        }));
    addScenarioOptions(reader, scenarioOptions);
    reader.addNote(QStringLiteral(
        "What a file does not say (the model, the GPU, the precision, often the engine) comes "
        "from the report options. Metrics: decode_tok_s, prefill_tok_s, ttft_ms, itl_ms, "
        "throughput_tok_s. The fit moves the engine's compute, memory and attention efficiency "
        "and its costs per run and per request, for the hardware class of the rows' GPU."));
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;
    if (options.files.isEmpty())
        return reader.fail(err, QStringLiteral("give the benchmark results: --measurements FILE"));

    const Catalog &catalog = installedCatalog();
    const auto base = scenarioFromOptions(scenarioOptions, reader, err);
    if (!base)
        return reader.fail(err, base.error());

    QList<RowResult> rows;
    for (const QString &path : options.files) {
        const auto file = readMeasurementsFile(path);
        if (!file)
            return reader.fail(err, file.error());
        for (Measurement m : file->rows) {
            if (m.source.isEmpty())
                m.source = QFileInfo(path).fileName();
            if (m.engine.isEmpty())
                m.engine = base->serving.engine.id;
            auto c = measurementCase(catalog, m, base.value());
            if (!c)
                return reader.fail(err, QFileInfo(path).fileName() + QLatin1Char(' ') + c.error());
            rows.append(RowResult{QFileInfo(path).fileName(), c.value(), 0, 0});
        }
    }
    if (rows.isEmpty())
        return reader.fail(err, QStringLiteral("the files hold no measurements"));

    // One fit per engine the rows name, each from the engine's own numbers.
    QStringList engineIds;
    QSet<QString> gpus;
    QSet<QString> files;
    for (const RowResult &r : rows) {
        if (!engineIds.contains(r.c.scenario.serving.engine.id))
            engineIds << r.c.scenario.serving.engine.id;
        gpus.insert(r.c.scenario.hardware.id);
        files.insert(r.file);
    }
    if (!options.save.isEmpty() && engineIds.size() != 1)
        return reader.fail(err, QStringLiteral("--save makes one profile, and the rows were "
                                               "measured with %1 engines (%2)")
                                    .arg(engineIds.size())
                                    .arg(engineIds.join(QStringLiteral(", "))));
    QList<EngineProfile> engines, fitted;
    QJsonObject fittedJson;
    for (const QString &id : engineIds) {
        const EngineProfile &engine = *catalog.findEngine(id);
        QList<MeasurementCase> own;
        for (const RowResult &r : rows) {
            if (r.c.scenario.serving.engine.id == id)
                own << r.c;
        }
        const EngineProfile result = fitEngine(engine, own);
        engines << engine;
        fitted << result;
        QJsonObject classes;
        for (const EngineClassProfile &k : result.classes) {
            const bool refitted =
                std::any_of(own.begin(), own.end(), [&](const MeasurementCase &c) {
                    return c.scenario.hardware.hardwareClass == k.hardwareClass;
                });
            if (refitted)
                classes.insert(k.hardwareClass, classJson(k));
        }
        fittedJson.insert(id, classes);
    }
    for (RowResult &r : rows) {
        const qsizetype e = engineIds.indexOf(r.c.scenario.serving.engine.id);
        r.before = predictWith(r.c, engines[e]);
        r.after = predictWith(r.c, fitted[e]);
    }

    // Held out: a GPU at a time when the rows cover several, else a file at a time, else five
    // folds of rows.
    QList<MeasurementCase> cases;
    for (const RowResult &r : rows)
        cases << r.c;
    QString folds;
    std::function<QString(const MeasurementCase &)> foldOf;
    if (gpus.size() > 1) {
        folds = QStringLiteral("one GPU left out");
        foldOf = [](const MeasurementCase &c) {
            return c.scenario.hardware.id;
        };
    } else if (files.size() > 1) {
        folds = QStringLiteral("one file left out");
        foldOf = [](const MeasurementCase &c) {
            return c.measurement.source;
        };
    } else {
        folds = QStringLiteral("5 folds of rows");
        foldOf = [](const MeasurementCase &c) {
            return QString::number(c.measurement.line % 5);
        };
    }
    const QList<HeldOutError> heldOut =
        rows.size() >= 5 ? crossValidateFolds(engines, cases, foldOf) : QList<HeldOutError>();

    QJsonArray rowsJson;
    for (const RowResult &r : rows) {
        const Measurement &m = r.c.measurement;
        rowsJson.append(QJsonObject{{"file", r.file},
                                    {"line", m.line},
                                    {"engine", r.c.scenario.serving.engine.id},
                                    {"model", r.c.scenario.model.id},
                                    {"hardware", r.c.scenario.hardware.id},
                                    {"metric", metricName(m.metric)},
                                    {"measured", m.value},
                                    {"predicted_before", r.before},
                                    {"predicted_after", r.after}});
    }
    QJsonObject json{{"rows", rowsJson},
                     {"fitted", fittedJson},
                     {"error_before", errorsJson(rows, &RowResult::before)},
                     {"error_after", errorsJson(rows, &RowResult::after)},
                     {"cross_validated", heldOut.isEmpty()
                                             ? QJsonValue()
                                             : QJsonValue(heldOutJson(heldOut.last(), folds))},
                     {"profile_file", QJsonValue()}};

    if (!options.save.isEmpty()) {
        if (Catalog::builtIn().findEngine(options.save))
            return reader.fail(err, QStringLiteral("--save: \"%1\" is a built-in engine; choose "
                                                   "another name")
                                        .arg(options.save));
        EngineProfile profile = fitted.first();
        profile.id = options.save;
        profile.name = QStringLiteral("%1 (calibrated: %2)")
                           .arg(options.save, QStringList(files.begin(), files.end()).join(", "));
        profile.sources = QStringList(files.begin(), files.end());
        const QString path = userProfilePath(options.save);
        if (const Status saved = saveUserProfile(profile, path); !saved)
            return reader.fail(err, saved.error(), kExitFailed);
        json.insert(QStringLiteral("profile_file"), path);
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tce
