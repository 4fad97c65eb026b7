// Request traces (ContextTokens,GeneratedTokens or input_tokens,output_tokens).
#include "fuzzcheck.h"
#include "workload.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("trace.csv");
    const auto trace = parseTraceCsv(fuzz::bytesOf(data, size), name);
    if (!trace) {
        fuzz::requireNamesFile(trace.error(), name);
        return 0;
    }
    fuzz::require(trace->inputTokens.size() == trace->outputTokens.size(), "one pair per request");
    fuzz::require(trace->size() > 0, "a trace that loads has requests");
    for (size_t i = 0; i < trace->inputTokens.size(); ++i)
        fuzz::require(trace->inputTokens[i] >= 0 && trace->outputTokens[i] >= 0, "token counts");
    return 0;
}
