// *.tce.json scenario files: what loads must evaluate sanely and survive a save/load round trip.
#include "fuzzcheck.h"
#include "jsonfile.h"
#include "scenariofile.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("fuzz.tce.json");
    const auto json = parseJsonObject(fuzz::bytesOf(data, size), name);
    if (!json) {
        fuzz::requireNamesFile(json.error(), name);
        return 0;
    }
    const auto loaded = scenarioFromJson(json.value(), name);
    if (!loaded) {
        fuzz::requireNamesFile(loaded.error(), name);
        return 0;
    }
    fuzz::requireSaneReport(loaded->scenario);
    const QJsonObject saved = scenarioToJson(loaded->scenario);
    const auto again = scenarioFromJson(saved, name);
    fuzz::require(again.ok(), "a loaded scenario saves to a file that loads");
    fuzz::require(scenarioToJson(again->scenario) == saved, "save/load/save is stable");
    return 0;
}
