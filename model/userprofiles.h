#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tce {

class Catalog;
struct EngineProfile;

// Engine profiles a user calibrated from their own measurements (issue 14): one JSON file per
// profile in the app's data folder, a file they can share. Each appears in the engine list and
// works as --engine ID wherever a built-in one does.
QString userProfileDirectory();
QString userProfilePath(const QString &id);

// {"schema": "token-cost-explorer/engine-profile", "version": 1, "engine": {...}}: the engine
// in engines.json's form, its fitted classes included.
Result<EngineProfile> readUserProfile(const QString &path);
Status saveUserProfile(const EngineProfile &engine, const QString &path);

// The catalog with the user's profiles appended. A file that does not read, or whose id is a
// built-in one, is left out with a warning naming the file.
Catalog withUserProfiles(const Catalog &catalog, const QString &directory,
                         QStringList *warnings = nullptr);

// The built-in catalog with the profiles in userProfileDirectory(), read once per process (the
// window and every command use it, so `--engine ID` finds a calibrated profile).
const Catalog &installedCatalog();

} // namespace tce
