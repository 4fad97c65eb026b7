#include "lesson.h"

#include "jsonfields.h"
#include "jsonfile.h"
#include "requestfeaturesjson.h"

#include <QJsonArray>

namespace tce {

namespace {

Result<LessonStep> readStep(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    LessonStep step;
    step.chart = f.string(QStringLiteral("chart"));
    step.caption = f.string(QStringLiteral("caption"));
    step.metric = f.string(QStringLiteral("metric"), QString());
    step.mix = f.string(QStringLiteral("mix"), QString());
    if (f.has(QStringLiteral("log")))
        step.logScale = f.boolean(QStringLiteral("log")) ? 1 : 0;
    JsonFields s(f.object(QStringLiteral("scenario")), where + QStringLiteral(" scenario"));
    ScenarioChanges &c = step.changes;
    auto text = [&](const char *key, std::optional<QString> &target) {
        if (s.has(QLatin1String(key)))
            target = s.string(QLatin1String(key));
    };
    text("model", c.modelId);
    text("hardware", c.hardwareId);
    text("engine", c.engineId);
    text("price", c.priceId);
    auto precision = [&](const char *key, std::optional<Precision> &target) {
        if (!s.has(QLatin1String(key)))
            return;
        const QString name = s.string(QLatin1String(key));
        target = precisionByName(name);
        if (!target)
            s.fail(QStringLiteral("\"%1\" is \"%2\"; expected one of %3")
                       .arg(QLatin1String(key), name, precisionNames().join(QStringLiteral(", "))));
    };
    precision("weights", c.weights);
    precision("kv", c.kvCache);
    if (s.has(QStringLiteral("gpus")))
        c.gpus = int(s.integer({QStringLiteral("gpus")}, 1, kMaxGpus));
    if (s.has(QStringLiteral("batch")))
        c.batch = int(s.integer({QStringLiteral("batch")}, 1, kMaxBatch));
    if (s.has(QStringLiteral("input")))
        c.inputTokens = s.integer({QStringLiteral("input")}, 1, kMaxTokens);
    if (s.has(QStringLiteral("output")))
        c.outputTokens = s.integer({QStringLiteral("output")}, 1, kMaxTokens);
    if (s.has(QStringLiteral("kv_cache")))
        c.useKvCache = s.boolean(QStringLiteral("kv_cache"));
    if (s.has(QStringLiteral("price_in")))
        c.inputUsdPerMillion = s.number(QStringLiteral("price_in"), 0, 1e6);
    if (s.has(QStringLiteral("price_out")))
        c.outputUsdPerMillion = s.number(QStringLiteral("price_out"), 0, 1e6);
    // The serving charts' load, with the keys of a scenario file's "serving_load".
    if (s.has(QStringLiteral("concurrency")))
        c.concurrency = int(s.integer({QStringLiteral("concurrency")}, 1, kMaxServingConcurrency));
    if (s.has(QStringLiteral("rate")))
        c.requestsPerSecond = s.number(QStringLiteral("rate"), 1e-9, kMaxRequestsPerSecond);
    if (s.has(QStringLiteral("slo_ttft_s")))
        c.sloTtftSeconds = s.number(QStringLiteral("slo_ttft_s"), 0, kMaxSloSeconds);
    if (s.has(QStringLiteral("slo_itl_s")))
        c.sloItlSeconds = s.number(QStringLiteral("slo_itl_s"), 0, kMaxSloSeconds);
    // Prompt caching, reasoning, speculation, energy (cost-model.md section 8), with the keys
    // of the report command's options.
    if (s.has(QStringLiteral("cached_prefix")))
        c.cachedPrefixTokens = s.integer({QStringLiteral("cached_prefix")}, 0, kMaxTokens);
    if (s.has(QStringLiteral("writes_cache")))
        c.writesCache = s.boolean(QStringLiteral("writes_cache"));
    if (s.has(QStringLiteral("reasoning")))
        c.reasoningTokens = s.integer({QStringLiteral("reasoning")}, 0, kMaxTokens);
    text("speculative", c.speculativeDraft);
    if (s.has(QStringLiteral("draft_tokens")))
        c.draftTokens = int(s.integer({QStringLiteral("draft_tokens")}, 1, kMaxDraftTokens));
    if (s.has(QStringLiteral("acceptance")))
        c.acceptance = s.number(QStringLiteral("acceptance"), 0, 0.9999);
    if (s.has(QStringLiteral("grid_g_per_kwh")))
        c.gridGramsCo2PerKwh = s.number(QStringLiteral("grid_g_per_kwh"), 0, 1e5);
    if (s.failed())
        f.fail(s.error());
    if (f.has(QStringLiteral("annotation"))) {
        JsonFields a(f.object(QStringLiteral("annotation")), where + QStringLiteral(" annotation"));
        LessonAnnotation note;
        note.text = a.string(QStringLiteral("text"));
        note.x = a.number(QStringLiteral("x"), 0, 1, 0.5);
        note.y = a.number(QStringLiteral("y"), 0, 1, 0.5);
        if (a.failed())
            f.fail(a.error());
        step.annotation = note;
    }
    if (f.failed())
        return Result<LessonStep>::failure(f.error());
    return step;
}

} // namespace

Result<QList<Lesson>> loadLessons(const QString &path)
{
    return parseInputFile(path, parseLessons);
}

Result<QList<Lesson>> parseLessons(const QByteArray &bytes, const QString &name)
{
    using R = Result<QList<Lesson>>;
    const auto json = parseJsonObject(bytes, name);
    if (!json)
        return R::failure(json.error());
    const QJsonValue list = json->value(QStringLiteral("lessons"));
    if (!list.isArray() || list.toArray().isEmpty())
        return R::failure(QStringLiteral("%1: \"lessons\" is %2; expected a list of lessons")
                              .arg(name, describeJsonValue(list)));
    const QJsonArray lessons = list.toArray();
    QList<Lesson> out;
    for (int i = 0; i < lessons.size(); ++i) {
        if (!lessons.at(i).isObject())
            return R::failure(QStringLiteral("%1: lessons[%2] is %3; expected an object")
                                  .arg(name)
                                  .arg(i)
                                  .arg(describeJsonValue(lessons.at(i))));
        JsonFields f(lessons.at(i).toObject(), QStringLiteral("%1: lessons[%2]").arg(name).arg(i));
        Lesson lesson;
        lesson.id = f.string(QStringLiteral("id"));
        lesson.title = f.string(QStringLiteral("title"));
        if (f.failed())
            return R::failure(f.error());
        const QJsonArray steps = f.json().value(QStringLiteral("steps")).toArray();
        if (steps.isEmpty())
            return R::failure(QStringLiteral("%1: lesson \"%2\": \"steps\" is missing or empty")
                                  .arg(name, lesson.id));
        for (int s = 0; s < steps.size(); ++s) {
            const QString where =
                QStringLiteral("%1: lesson \"%2\" step %3").arg(name, lesson.id).arg(s + 1);
            if (!steps.at(s).isObject())
                return R::failure(QStringLiteral("%1 is %2; expected an object")
                                      .arg(where, describeJsonValue(steps.at(s))));
            const auto step = readStep(steps.at(s).toObject(), where);
            if (!step)
                return R::failure(step.error());
            lesson.steps.append(step.value());
        }
        out.append(lesson);
    }
    return out;
}

const QList<Lesson> &builtInLessons()
{
    static const QList<Lesson> lessons = [] {
        auto loaded = loadLessons(QStringLiteral(":/lessons/lessons.json"));
        // Checked by the tests: a broken lesson file must not start silently.
        if (!loaded)
            qFatal("built-in lessons: %s", qPrintable(loaded.error()));
        return loaded.value();
    }();
    return lessons;
}

} // namespace tce
