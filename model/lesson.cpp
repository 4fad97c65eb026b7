#include "lesson.h"

#include "catalog.h"
#include "jsonfields.h"
#include "jsonfile.h"
#include "lessonscenariojson.h"
#include "savefile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace tce {

namespace {

const QString kEnglish = QStringLiteral("en");

// A text is a string (English) or {"en": ..., "de": ...}; English is required either way,
// since it is what every other language falls back to.
LessonText readText(JsonFields &f, const QString &key, bool required)
{
    LessonText text;
    const QJsonValue value = f.json().value(key);
    if (value.isUndefined()) {
        if (required)
            f.fail(QStringLiteral("missing required key \"%1\"").arg(key));
        return text;
    }
    if (value.isString()) {
        text.english = value.toString();
        return text;
    }
    if (!value.isObject()) {
        f.fail(QStringLiteral("\"%1\" is %2; expected a text or {\"en\": text, \"de\": text, "
                              "...}")
                   .arg(key, describeJsonValue(value)));
        return text;
    }
    const QJsonObject languages = value.toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        if (!it.value().isString()) {
            f.fail(QStringLiteral("\"%1\" \"%2\" is %3; expected a text")
                       .arg(key, it.key(), describeJsonValue(it.value())));
            return text;
        }
        if (it.key() == kEnglish)
            text.english = it.value().toString();
        else
            text.translations.insert(it.key(), it.value().toString());
    }
    if (!languages.contains(kEnglish))
        f.fail(QStringLiteral("\"%1\" has no \"en\" text; English is what other languages fall "
                              "back to")
                   .arg(key));
    return text;
}

QJsonValue textToJson(const LessonText &text)
{
    if (text.translations.isEmpty())
        return text.english;
    QJsonObject languages{{kEnglish, text.english}};
    for (auto it = text.translations.begin(); it != text.translations.end(); ++it)
        languages.insert(it.key(), it.value());
    return languages;
}

Result<LessonScenario> readScenario(JsonFields &f, const QString &key, const QString &where)
{
    const QJsonValue value = f.json().value(key);
    if (value.isUndefined())
        return LessonScenario{}; // the default serving scenario as it is
    if (!value.isObject())
        return Result<LessonScenario>::failure(
            QStringLiteral("%1: \"%2\" is %3; expected an object")
                .arg(where, key, describeJsonValue(value)));
    return lessonScenarioFromJson(value.toObject(), QStringLiteral("%1 %2").arg(where, key));
}

Result<LessonStep> readStep(const QJsonObject &json, const QString &where)
{
    using R = Result<LessonStep>;
    JsonFields f(json, where);
    LessonStep step;
    step.chart = f.string(QStringLiteral("chart"));
    step.caption = readText(f, QStringLiteral("caption"), true);
    step.notes = readText(f, QStringLiteral("notes"), false);
    step.metric = f.string(QStringLiteral("metric"), QString());
    step.mix = f.string(QStringLiteral("mix"), QString());
    if (f.has(QStringLiteral("log")))
        step.logScale = f.boolean(QStringLiteral("log")) ? 1 : 0;
    if (f.failed())
        return R::failure(f.error());
    const auto scenario = readScenario(f, QStringLiteral("scenario"), where);
    if (!scenario)
        return R::failure(scenario.error());
    step.scenario = scenario.value();
    if (f.has(QStringLiteral("pinned"))) {
        const auto pinned = readScenario(f, QStringLiteral("pinned"), where);
        if (!pinned)
            return R::failure(pinned.error());
        step.pinned = pinned.value();
    }
    if (f.has(QStringLiteral("annotation"))) {
        JsonFields a(f.object(QStringLiteral("annotation")), where + QStringLiteral(" annotation"));
        LessonAnnotation note;
        note.text = readText(a, QStringLiteral("text"), true);
        note.x = a.number(QStringLiteral("x"), 0, 1, 0.5);
        note.y = a.number(QStringLiteral("y"), 0, 1, 0.5);
        if (a.failed())
            f.fail(a.error());
        step.annotation = note;
    }
    if (f.failed())
        return R::failure(f.error());
    return step;
}

QJsonObject stepToJson(const LessonStep &step)
{
    QJsonObject json{{"chart", step.chart}};
    if (!step.metric.isEmpty())
        json.insert(QStringLiteral("metric"), step.metric);
    if (step.logScale >= 0)
        json.insert(QStringLiteral("log"), step.logScale == 1);
    if (!step.mix.isEmpty())
        json.insert(QStringLiteral("mix"), step.mix);
    json.insert(QStringLiteral("scenario"), lessonScenarioToJson(step.scenario));
    if (step.pinned)
        json.insert(QStringLiteral("pinned"), lessonScenarioToJson(*step.pinned));
    json.insert(QStringLiteral("caption"), textToJson(step.caption));
    if (step.annotation) {
        json.insert(QStringLiteral("annotation"),
                    QJsonObject{{"text", textToJson(step.annotation->text)},
                                {"x", step.annotation->x},
                                {"y", step.annotation->y}});
    }
    if (!step.notes.isEmpty())
        json.insert(QStringLiteral("notes"), textToJson(step.notes));
    return json;
}

} // namespace

QString LessonText::authoredFor(const QString &localeName) const
{
    if (localeName == kEnglish || localeName.startsWith(QLatin1String("en_")))
        return english;
    if (const auto it = translations.constFind(localeName); it != translations.cend())
        return *it;
    const QString language = localeName.section(QLatin1Char('_'), 0, 0);
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (it.key().section(QLatin1Char('_'), 0, 0) == language)
            return *it;
    }
    return {};
}

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
    JsonFields top(json.value(), name);
    const QString schema = top.string(QStringLiteral("schema"), QLatin1String(kLessonFileSchema));
    if (schema != QLatin1String(kLessonFileSchema))
        return R::failure(QStringLiteral("%1: \"schema\" is \"%2\"; expected \"%3\"")
                              .arg(name, schema.left(80), QLatin1String(kLessonFileSchema)));
    // A newer program may add keys; an older one still shows what it knows.
    top.integer({QStringLiteral("version")}, 1, 1'000'000, kLessonFileVersion);
    if (top.failed())
        return R::failure(top.error());
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
        lesson.title = readText(f, QStringLiteral("title"), true);
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

QJsonObject lessonToJson(const Lesson &lesson)
{
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps)
        steps.append(stepToJson(step));
    return QJsonObject{{"id", lesson.id}, {"title", textToJson(lesson.title)}, {"steps", steps}};
}

QByteArray lessonFileBytes(const QList<Lesson> &lessons)
{
    QJsonArray list;
    for (const Lesson &lesson : lessons)
        list.append(lessonToJson(lesson));
    const QJsonObject file{{"schema", QLatin1String(kLessonFileSchema)},
                           {"version", kLessonFileVersion},
                           {"lessons", list}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Status writeLessonFile(const QString &path, const QList<Lesson> &lessons)
{
    return saveDocument(path, lessonFileBytes(lessons));
}

LessonReference parseLessonReference(const QString &value)
{
    if (QFileInfo::exists(value))
        return {value, {}};
    if (const qsizetype hash = value.lastIndexOf(QLatin1Char('#')); hash > 0)
        return {value.left(hash), value.mid(hash + 1)};
    if (value.endsWith(QLatin1String(".json")))
        return {value, {}};
    return {{}, value};
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

Result<Scenario> lessonScenario(const Catalog &catalog, const LessonScenario &scenario)
{
    if (scenario.complete)
        return *scenario.complete;
    return applyChanges(catalog, defaultServingScenario(catalog), scenario.changes);
}

} // namespace tce
