#pragma once

#include "hardwarespec.h"
#include "modelspec.h"
#include "pricespec.h"
#include "result.h"
#include "servingspec.h"
#include "workload.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace tce {

// The preset models, hardware, engine profiles and API prices (resources/catalog/*.json).
class Catalog
{
public:
    // The catalog built into the program; loaded once.
    static const Catalog &builtIn();
    // Reads the catalog JSON files from a folder (":/catalog" for the built-in one).
    static Result<Catalog> loadFromDirectory(const QString &directory);
    // The same from the files' bytes, keyed by file name (fileNames()); for fuzzing and tests.
    // Files::Given reads only the files given (their lists; the others stay empty).
    enum class Files
    {
        All,
        Given
    };
    static Result<Catalog> fromFileContents(const QHash<QString, QByteArray> &contents,
                                            Files files = Files::All);
    static const QStringList &fileNames();

    QList<ModelSpec> models;
    QList<HardwareSpec> hardware;
    QList<EngineProfile> engines;
    QList<ApiPrice> prices;
    QList<WorkloadMix> mixes;

    const ModelSpec *findModel(const QString &id) const;
    const HardwareSpec *findHardware(const QString &id) const;
    const EngineProfile *findEngine(const QString &id) const;
    const ApiPrice *findPrice(const QString &id) const;
    const WorkloadMix *findMix(const QString &id) const;
};

} // namespace tce
