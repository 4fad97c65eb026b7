#pragma once

#include "profilefit.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tce {

class Catalog;

// One calibration from a user's benchmark files (issue 14), as the `calibrate` command and
// File > Calibrate from measurements run it: read, resolve each row against `base` (what a file
// does not say), fit each engine the rows name for their hardware classes, predict every row
// before and after, and cross-validate.
struct CalibratedRow
{
    QString file; // the file's name
    MeasurementCase c;
    double before = 0; // the engine's numbers as they were
    double after = 0;  // the fitted numbers
};

struct Calibration
{
    QList<CalibratedRow> rows;
    QList<EngineProfile> engines; // as they were, one per engine the rows name
    QList<EngineProfile> fitted;  // the same with the rows' classes refitted
    QStringList refittedClasses;  // "engine/class"
    HeldOutError before;          // median |predicted / measured - 1| per kind over the rows
    HeldOutError after;
    // Held out: a GPU at a time when the rows cover several, else a file at a time, else five
    // folds of rows (none under 5 rows).
    std::optional<HeldOutError> crossValidated;
    QString folds;
};

Result<Calibration> calibrate(const Catalog &catalog, const QStringList &files,
                              const Scenario &base);

// The fitted profile as a user profile named `id` (one engine only; the caller checks).
EngineProfile calibratedProfile(const Calibration &calibration, const QString &id);

// Letters, digits, '.', '_' and '-', at most 64: a file name on every system.
bool isValidProfileId(const QString &id);

} // namespace tce
