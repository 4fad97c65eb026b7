// Lesson files: every step of a lesson that loads must build a scenario or say why not, and
// what loads writes back (the lesson editor's Save) to a file that reads as the same lessons.
#include "catalog.h"
#include "fuzzcheck.h"
#include "lesson.h"
#include "scenariobuilder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("lessons.json");
    const auto lessons = parseLessons(fuzz::bytesOf(data, size), name);
    if (!lessons) {
        fuzz::requireNamesFile(lessons.error(), name);
        return 0;
    }
    const auto reread = parseLessons(lessonFileBytes(lessons.value()), name);
    fuzz::require(reread.ok(), "a lesson file written from what was read reads back");
    bool complete = false; // a complete scenario goes through the scenario file's own form
    for (const Lesson &lesson : lessons.value())
        for (const LessonStep &step : lesson.steps)
            complete = complete || step.scenario.complete || (step.pinned && step.pinned->complete);
    fuzz::require(complete || reread.value() == lessons.value(),
                  "a lesson written and read again is the same lesson");
    const Catalog &catalog = Catalog::builtIn();
    for (const Lesson &lesson : lessons.value()) {
        for (const LessonStep &step : lesson.steps) {
            const auto scenario = lessonScenario(catalog, step.scenario);
            if (scenario)
                fuzz::requireSaneReport(scenario.value());
        }
    }
    return 0;
}
