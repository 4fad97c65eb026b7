#include "calibratecommand.h"

#include "calibration.h"
#include "catalog.h"
#include "commandline.h"
#include "optionreader.h"
#include "userprofiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tce {

namespace {

QJsonValue errorJson(double error, int rows)
{
    return rows > 0 ? QJsonValue(error) : QJsonValue();
}

QJsonObject errorsJson(const HeldOutError &e)
{
    return QJsonObject{{"decode", errorJson(e.decode, e.decodeRows)},
                       {"prefill", errorJson(e.prefill, e.prefillRows)},
                       {"ttft", errorJson(e.ttft, e.ttftRows)}};
}

QJsonObject classJson(const EngineClassProfile &k)
{
    return QJsonObject{{"compute_efficiency", k.computeEfficiency},
                       {"memory_efficiency", k.memoryEfficiency},
                       {"attention_efficiency", k.attentionEfficiency},
                       {"step_overhead_s", k.stepOverheadSeconds},
                       {"request_overhead_s", k.requestOverheadSeconds},
                       {"sequence_overhead_s", k.sequenceOverheadSeconds},
                       {"dequant_ops_per_weight", k.dequantOpsPerWeight},
                       {"rows", k.accuracy.rows}};
}

QJsonObject calibrationJson(const Calibration &c)
{
    QJsonArray rows;
    for (const CalibratedRow &r : c.rows) {
        const Measurement &m = r.c.measurement;
        rows.append(QJsonObject{{"file", r.file},
                                {"line", m.line},
                                {"engine", r.c.scenario.serving.engine.id},
                                {"model", r.c.scenario.model.id},
                                {"hardware", r.c.scenario.hardware.id},
                                {"metric", metricName(m.metric)},
                                {"measured", m.value},
                                {"predicted_before", r.before},
                                {"predicted_after", r.after}});
    }
    QJsonObject fitted;
    for (const EngineProfile &engine : c.fitted) {
        QJsonObject classes;
        for (const EngineClassProfile &k : engine.classes) {
            if (c.refittedClasses.contains(engine.id + QLatin1Char('/') + k.hardwareClass))
                classes.insert(k.hardwareClass, classJson(k));
        }
        fitted.insert(engine.id, classes);
    }
    QJsonValue heldOut;
    if (c.crossValidated) {
        QJsonObject errors = errorsJson(*c.crossValidated);
        errors.insert("folds", c.folds);
        heldOut = errors;
    }
    return QJsonObject{{"rows", rows},
                       {"fitted", fitted},
                       {"error_before", errorsJson(c.before)},
                       {"error_after", errorsJson(c.after)},
                       {"cross_validated", heldOut},
                       {"profile_file", QJsonValue()}};
}

} // namespace

int runCalibrateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList files;
    QString save;
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
        [&](const QString &path) { files << path; }));
    reader.add(Option::text(QStringLiteral("--save"), QStringLiteral("NAME"),
                            QStringLiteral("save the fitted profile as engine NAME (letters, "
                                           "digits, . _ -), for --engine NAME and the window"),
                            [&](const QString &name) {
                                if (!isValidProfileId(name))
                                    return Status::failure(
                                        QStringLiteral("\"%1\" is not a profile name: letters, "
                                                       "digits, '.', '_' and '-', at most 64")
                                            .arg(name));
                                save = name;
                                return Status();
                            }));
    addScenarioOptions(reader, scenarioOptions);
    reader.addNote(QStringLiteral(
        "What a file does not say (the model, the GPU, the precision, often the engine) comes "
        "from the report options. Metrics: decode_tok_s, prefill_tok_s, ttft_ms, itl_ms, "
        "throughput_tok_s. The fit moves the engine's compute, memory and attention efficiency "
        "and its costs per run, per sequence and per request, for the hardware class of the "
        "rows' GPU."));
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;
    if (files.isEmpty())
        return reader.fail(err, QStringLiteral("give the benchmark results: --measurements FILE"));
    if (!save.isEmpty() && Catalog::builtIn().findEngine(save))
        return reader.fail(
            err,
            QStringLiteral("--save: \"%1\" is a built-in engine; choose another name").arg(save));

    const auto base = scenarioFromOptions(scenarioOptions, reader, err);
    if (!base)
        return reader.fail(err, base.error());
    const auto calibration = calibrate(installedCatalog(), files, base.value());
    if (!calibration)
        return reader.fail(err, calibration.error());
    if (!save.isEmpty() && calibration->fitted.size() != 1)
        return reader.fail(err, QStringLiteral("--save makes one profile, and the rows were "
                                               "measured with %1 engines")
                                    .arg(calibration->fitted.size()));

    QJsonObject json = calibrationJson(calibration.value());
    if (!save.isEmpty()) {
        const QString path = userProfilePath(save);
        if (const Status saved =
                saveUserProfile(calibratedProfile(calibration.value(), save), path);
            !saved)
            return reader.fail(err, saved.error(), kExitFailed);
        json.insert(QStringLiteral("profile_file"), path);
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tce
