#include "calibration.h"

#include "catalog.h"
#include "engineresolution.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tce {

namespace {

HeldOutError errorsOf(const QList<CalibratedRow> &rows, double CalibratedRow::*predicted)
{
    ErrorsByKind errors;
    for (const CalibratedRow &r : rows)
        errors.add(r.c.measurement.metric, std::fabs(r.*predicted / r.c.measurement.value - 1));
    return errors.medians();
}

double predictWith(const MeasurementCase &c, const EngineProfile &engine)
{
    Scenario s = c.scenario;
    applyParameters(s.serving.engine, parametersOf(resolveEngine(engine, s.hardware)));
    return predictMeasurement(s, c.measurement.metric);
}

} // namespace

Result<Calibration> calibrate(const Catalog &catalog, const QStringList &files,
                              const Scenario &base)
{
    using R = Result<Calibration>;
    Calibration out;
    for (const QString &path : files) {
        const auto file = readMeasurementsFile(path);
        if (!file)
            return R::failure(file.error());
        const QString name = QFileInfo(path).fileName();
        for (Measurement m : file->rows) {
            if (m.source.isEmpty())
                m.source = name;
            if (m.engine.isEmpty())
                m.engine = base.serving.engine.id;
            auto c = measurementCase(catalog, m, base);
            if (!c)
                return R::failure(name + QLatin1Char(' ') + c.error());
            out.rows.append(CalibratedRow{name, c.value(), 0, 0});
        }
    }
    if (out.rows.isEmpty())
        return R::failure(QStringLiteral("the files hold no measurements"));

    QStringList engineIds;
    QSet<QString> gpus, names;
    for (const CalibratedRow &r : out.rows) {
        if (!engineIds.contains(r.c.scenario.serving.engine.id))
            engineIds << r.c.scenario.serving.engine.id;
        gpus.insert(r.c.scenario.hardware.id);
        names.insert(r.file);
    }
    // One fit per engine, each from the engine's own numbers.
    for (const QString &id : engineIds) {
        const EngineProfile &engine = *catalog.findEngine(id);
        QList<MeasurementCase> own;
        for (const CalibratedRow &r : out.rows) {
            if (r.c.scenario.serving.engine.id == id) {
                own << r.c;
                const QString key = id + QLatin1Char('/') + r.c.scenario.hardware.hardwareClass;
                if (!out.refittedClasses.contains(key))
                    out.refittedClasses << key;
            }
        }
        out.engines << engine;
        out.fitted << fitEngine(engine, own);
    }
    for (CalibratedRow &r : out.rows) {
        const qsizetype e = engineIds.indexOf(r.c.scenario.serving.engine.id);
        r.before = predictWith(r.c, out.engines[e]);
        r.after = predictWith(r.c, out.fitted[e]);
    }
    out.before = errorsOf(out.rows, &CalibratedRow::before);
    out.after = errorsOf(out.rows, &CalibratedRow::after);

    if (out.rows.size() >= 5) {
        std::function<QString(const MeasurementCase &)> foldOf;
        if (gpus.size() > 1) {
            out.folds = QStringLiteral("one GPU left out");
            foldOf = [](const MeasurementCase &c) {
                return c.scenario.hardware.id;
            };
        } else if (names.size() > 1) {
            out.folds = QStringLiteral("one file left out");
            foldOf = [](const MeasurementCase &c) {
                return c.measurement.source;
            };
        } else {
            out.folds = QStringLiteral("5 folds of rows");
            foldOf = [](const MeasurementCase &c) {
                return QString::number(c.measurement.line % 5);
            };
        }
        QList<MeasurementCase> cases;
        for (const CalibratedRow &r : out.rows)
            cases << r.c;
        out.crossValidated = crossValidateFolds(out.engines, cases, foldOf).last();
    }
    return out;
}

EngineProfile calibratedProfile(const Calibration &calibration, const QString &id)
{
    EngineProfile profile = calibration.fitted.first();
    QStringList files;
    for (const CalibratedRow &r : calibration.rows) {
        if (!files.contains(r.file))
            files << r.file;
    }
    profile.id = id;
    profile.name = QStringLiteral("%1 (calibrated: %2)").arg(id, files.join(QStringLiteral(", ")));
    profile.sources = files;
    return profile;
}

bool isValidProfileId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

} // namespace tce
