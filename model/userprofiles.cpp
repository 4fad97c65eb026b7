#include "userprofiles.h"

#include "catalog.h"
#include "catalogjson.h"
#include "jsonfields.h"
#include "jsonfile.h"
#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace tce {

namespace {

const QString kSchema = QStringLiteral("token-cost-explorer/engine-profile");

} // namespace

QString userProfileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/engines");
}

QString userProfilePath(const QString &id)
{
    return userProfileDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
}

Result<EngineProfile> readUserProfile(const QString &path)
{
    const auto json = readJsonObjectFile(path);
    if (!json)
        return Result<EngineProfile>::failure(json.error());
    const QString name = displayNameOf(path);
    JsonFields f(json.value(), name);
    const QString schema = f.string(QStringLiteral("schema"));
    const int64_t version = f.integer({QStringLiteral("version")}, 1, 1);
    const QJsonObject engine = f.object(QStringLiteral("engine"));
    if (f.failed())
        return Result<EngineProfile>::failure(f.error());
    if (schema != kSchema)
        return Result<EngineProfile>::failure(
            QStringLiteral("%1: \"schema\" is \"%2\"; expected \"%3\"").arg(name, schema, kSchema));
    Q_UNUSED(version);
    return readEngineJson(engine, name + QStringLiteral(" engine"));
}

Status saveUserProfile(const EngineProfile &engine, const QString &path)
{
    const QJsonObject file{{"schema", kSchema}, {"version", 1}, {"engine", engineToJson(engine)}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(file).toJson(QJsonDocument::Indented));
}

Catalog withUserProfiles(const Catalog &catalog, const QString &directory, QStringList *warnings)
{
    Catalog out = catalog;
    const QDir dir(directory);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto profile = readUserProfile(dir.filePath(file));
        if (!profile) {
            if (warnings)
                *warnings << profile.error();
            continue;
        }
        if (out.findEngine(profile->id)) {
            if (warnings)
                *warnings << QStringLiteral("%1: the engine id \"%2\" is taken; left out")
                                 .arg(file, profile->id);
            continue;
        }
        out.engines.append(profile.value());
    }
    return out;
}

const Catalog &installedCatalog()
{
    static const Catalog catalog = withUserProfiles(Catalog::builtIn(), userProfileDirectory());
    return catalog;
}

} // namespace tce
