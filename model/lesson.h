#pragma once

#include "result.h"
#include "scenario.h"
#include "scenariobuilder.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QJsonObject;

namespace tce {

class Catalog;

// A lesson's text in English (the source) and in any other languages its author wrote
// (language code -> text). Built-in lessons carry English only: their translations are in
// the program's .ts files.
struct LessonText
{
    QString english;
    QMap<QString, QString> translations; // "de", "zh_CN", ...

    // The author's text for a locale name ("de_DE", "zh_CN", "fr"): the exact code, then the
    // same language in another region; empty when the author wrote none (show English or the
    // program's translation then).
    QString authoredFor(const QString &localeName) const;
    bool isEmpty() const { return english.isEmpty() && translations.isEmpty(); }
    bool operator==(const LessonText &) const = default;
};

// A highlighted note on the chart, placed in fractions of the plot area (0,0 top left).
struct LessonAnnotation
{
    LessonText text;
    double x = 0.5;
    double y = 0.5;
    bool operator==(const LessonAnnotation &) const = default;
};

// A step's scenario: changes on top of the default serving scenario (what built-in lessons
// and most recorded steps use), or a complete scenario (a recorded step whose model or
// hardware is not a preset, stored as a scenario file stores it).
struct LessonScenario
{
    ScenarioChanges changes;
    std::optional<Scenario> complete;
    bool operator==(const LessonScenario &) const = default;
};

// One step: its scenario, the chart to show with its options, a caption of one to three
// sentences, and notes only the presenter sees.
struct LessonStep
{
    LessonScenario scenario;
    std::optional<LessonScenario> pinned; // "A" of an A/B comparison drawn under the chart
    QString chart;                        // a chart id ("per-token", "token-runs", ...)
    QString metric;    // per-token chart: "flops", "bytes", "seconds" or "usd"; else empty
    int logScale = -1; // -1: leave as is, 0: linear, 1: logarithmic
    QString mix;       // workload charts: a built-in mix id
    LessonText caption;
    std::optional<LessonAnnotation> annotation;
    LessonText notes;
    bool operator==(const LessonStep &) const = default;
};

struct Lesson
{
    QString id;
    LessonText title;
    QList<LessonStep> steps;
    bool operator==(const Lesson &) const = default;
};

// The lesson file format (docs/lesson-format.md): {"schema": "token-cost-explorer/lessons",
// "version": 1, "lessons": [...]}. resources/lessons/lessons.json holds the built-in ones; a
// user's *.tce-lesson.json holds one. Errors name the file, the lesson, the step and the field.
inline constexpr auto kLessonFileSchema = "token-cost-explorer/lessons";
inline constexpr int kLessonFileVersion = 1;
inline constexpr auto kLessonFileSuffix = ".tce-lesson.json";

Result<QList<Lesson>> loadLessons(const QString &path);
Result<QList<Lesson>> parseLessons(const QByteArray &bytes, const QString &displayName);
// Writes what parseLessons reads back as the same lessons; keys a step does not set are left
// out, so a built-in lesson written again is the object it was read from.
QJsonObject lessonToJson(const Lesson &lesson);
QByteArray lessonFileBytes(const QList<Lesson> &lessons);
// Atomic (QSaveFile): a failed write leaves the previous file as it was.
Status writeLessonFile(const QString &path, const QList<Lesson> &lessons);
const QList<Lesson> &builtInLessons();

// A --lesson value (the window's and export-lesson's): FILE, FILE#ID or a lesson id. A '#' is
// part of the file's name when a file of the whole name exists; `file` is empty for an id.
struct LessonReference
{
    QString file;
    QString id; // empty: the file's first lesson
};
LessonReference parseLessonReference(const QString &value);

// The scenario a step shows: the default serving scenario plus its changes, or the complete
// one it carries.
Result<Scenario> lessonScenario(const Catalog &catalog, const LessonScenario &scenario);

// What a recorded step stores for `current`: the changes from the default serving scenario
// when they reproduce it exactly, else the complete scenario.
LessonScenario recordLessonScenario(const Catalog &catalog, const Scenario &current);

} // namespace tce
