#pragma once

#include "catalog.h"
#include "measurement.h"
#include "profilefit.h"
#include "scenariobuilder.h"

#include <QDir>
#include <QList>
#include <QStringList>

namespace tce::test {

// tests/data/calibration/*.csv, every published row with its citation, as cases of `catalog`
// (rows of engines it has no profile for are left out and listed in `skipped`). For
// tst_profilefit and bench_calibration; TCE_TEST_DATA_DIR is defined for both.
inline QList<MeasurementCase> publishedCases(const Catalog &catalog, QStringList *skipped = nullptr)
{
    const Scenario base = defaultScenario(catalog);
    QList<MeasurementCase> cases;
    const QDir dir(QStringLiteral(TCE_TEST_DATA_DIR "/calibration"));
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        const auto file = readMeasurementsFile(dir.filePath(name));
        if (!file)
            qFatal("%s", qPrintable(file.error()));
        for (const Measurement &m : file->rows) {
            if (!catalog.findEngine(m.engine)) {
                if (skipped)
                    *skipped << QStringLiteral("%1 line %2: engine %3")
                                    .arg(name)
                                    .arg(m.line)
                                    .arg(m.engine);
                continue;
            }
            const auto c = measurementCase(catalog, m, base);
            if (!c)
                qFatal("%s: %s", qPrintable(name), qPrintable(c.error()));
            cases << c.value();
        }
    }
    return cases;
}

} // namespace tce::test
