// LiteLLM's model_prices_and_context_window.json.
#include "fuzzcheck.h"
#include "pricecatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("prices.json");
    const auto catalog = parseLiteLlmPrices(fuzz::bytesOf(data, size), name);
    if (!catalog) {
        fuzz::requireNamesFile(catalog.error(), name);
        return 0;
    }
    for (const PriceEntry &e : catalog->entries) {
        fuzz::requireUsable(e.inputUsdPerToken, "input price");
        fuzz::requireUsable(e.outputUsdPerToken, "output price");
        fuzz::requireUsable(e.requestUsd(4096, 1024), "revenue of a request");
    }
    return 0;
}
