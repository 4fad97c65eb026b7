// Our price CSV (id,input_per_million,output_per_million[,...]).
#include "fuzzcheck.h"
#include "pricecatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("prices.csv");
    const auto catalog = parsePriceCsv(fuzz::bytesOf(data, size), name);
    if (!catalog) {
        fuzz::requireNamesFile(catalog.error(), name);
        return 0;
    }
    for (const PriceEntry &e : catalog->entries) {
        fuzz::require(!e.id.contains(QChar::ReplacementCharacter), "ids are valid text");
        fuzz::requireUsable(e.requestUsd(300'000, 1024), "revenue of a request");
    }
    return 0;
}
