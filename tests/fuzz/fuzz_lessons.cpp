// Lesson files: every step of a lesson that loads must build a scenario or say why not.
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
