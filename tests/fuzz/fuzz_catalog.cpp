// The catalog files: the first byte picks which of the five files the rest is; that file
// alone is read (reading the other four each time would spend the run on known bytes).
#include "catalog.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    if (size == 0)
        return 0;
    const QStringList &names = Catalog::fileNames();
    const QString file = names[data[0] % names.size()];
    const auto catalog = Catalog::fromFileContents({{file, fuzz::bytesOf(data + 1, size - 1)}},
                                                   Catalog::Files::Given);
    if (!catalog) {
        fuzz::requireNamesFile(catalog.error(), file);
        return 0;
    }
    for (const HardwareSpec &h : catalog->hardware)
        fuzz::requireUsable(h.memoryBandwidthBytesPerSecond, "hardware bandwidth");
    for (const ApiPrice &p : catalog->prices)
        fuzz::requireUsable(p.outputUsdPerMillion, "API output price");
    for (const ModelSpec &m : catalog->models)
        fuzz::require(m.numLayers > 0 && m.hiddenSize > 0, "a model has layers and a width");
    return 0;
}
