#pragma once

// What every fuzz target asserts besides "no crash, no sanitizer report": a file that parses
// gives numbers a user could trust (finite, non-negative). A violation aborts, so libFuzzer
// keeps the input as a crasher.

#include "costreport.h"
#include "scenario.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tce::fuzz {

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

inline void requireUsable(double value, const char *what)
{
    require(std::isfinite(value) && value >= 0, what);
}

// An error message must say where: every message names the file it was given.
inline void requireNamesFile(const QString &error, const QString &fileName)
{
    require(error.contains(fileName), "the error message names the file");
}

inline void requireSaneReport(const Scenario &scenario)
{
    const CostReport r = evaluate(scenario);
    requireUsable(r.prefillFlops, "prefill FLOPs");
    requireUsable(r.decodeTotalFlops, "decode FLOPs");
    requireUsable(r.weightBytes, "weight bytes");
    requireUsable(r.kvBytesPerToken, "KV bytes per token");
    requireUsable(r.ttftSeconds, "time to first token");
    requireUsable(r.requestSeconds, "request seconds");
    requireUsable(r.usdPerRequest, "USD per request");
    requireUsable(r.usdPerMillionOutput, "USD per million output tokens");
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace tce::fuzz
