// Hugging Face config.json -> ModelSpec; an imported model is also evaluated.
#include "catalog.h"
#include "configimport.h"
#include "fuzzcheck.h"
#include "jsonfile.h"
#include "scenariobuilder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("config.json");
    const auto json = parseJsonObject(fuzz::bytesOf(data, size), name);
    if (!json) {
        fuzz::requireNamesFile(json.error(), name);
        return 0;
    }
    const auto imported = importHuggingFaceConfig(json.value(), name);
    if (!imported) {
        fuzz::requireNamesFile(imported.error(), name);
        return 0;
    }
    Scenario scenario = defaultScenario(Catalog::builtIn());
    scenario.model = imported->spec;
    fuzz::requireSaneReport(scenario);
    return 0;
}
