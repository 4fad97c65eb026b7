#pragma once

#include "catalog.h"
#include "scenariobuilder.h"

#include <QString>

#include <cmath>

namespace tce::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(TCE_TEST_DATA_DIR "/") + relative;
}

// The repository's catalog files, read from the source tree so a broken file fails a test
// with its message instead of aborting the built-in loader.
inline const Catalog &sourceCatalog()
{
    static const Catalog catalog = [] {
        auto loaded = Catalog::loadFromDirectory(QStringLiteral(TCE_CATALOG_DIR));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return loaded.value();
    }();
    return catalog;
}

inline bool relativelyClose(double actual, double expected, double tolerance)
{
    if (expected == 0)
        return std::fabs(actual) <= tolerance;
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

} // namespace tce::test

#define TCE_COMPARE_RELATIVE(actual, expected, tolerance)                                          \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!tce::test::relativelyClose(a_, e_, (tolerance)))                                      \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 within %4 relative")             \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'g', 17)                                              \
                                 .arg(e_, 0, 'g', 17)                                              \
                                 .arg(double(tolerance))));                                        \
    } while (false)
