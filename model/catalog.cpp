#include "catalog.h"

#include "catalogjson.h"
#include "jsonfields.h"
#include "jsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tce {

namespace {

template<class T> const T *findById(const QList<T> &list, const QString &id)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

// Reads `key` (an array of objects) from one catalog file, checking IDs are unique.
template<class Reader>
Status readList(const QByteArray &bytes, const QString &fileName, const QString &key, Reader read)
{
    const auto json = parseJsonObject(bytes, fileName);
    if (!json)
        return Status::failure(json.error());
    const QJsonValue list = json->value(key);
    if (!list.isArray())
        return Status::failure(QStringLiteral("%1: \"%2\" is %3; expected a list")
                                   .arg(fileName, key, describeJsonValue(list)));
    QSet<QString> ids;
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1: %2[%3]").arg(fileName, key).arg(i);
        if (!array.at(i).isObject())
            return Status::failure(QStringLiteral("%1 is %2; expected an object")
                                       .arg(where, describeJsonValue(array.at(i))));
        const Result<QString> id = read(array.at(i).toObject(), where);
        if (!id)
            return Status::failure(id.error());
        if (ids.contains(id.value()))
            return Status::failure(
                QStringLiteral("%1: the id \"%2\" appears twice").arg(where, id.value()));
        ids.insert(id.value());
    }
    return {};
}

} // namespace

const QStringList &Catalog::fileNames()
{
    static const QStringList names{QStringLiteral("models.json"), QStringLiteral("hardware.json"),
                                   QStringLiteral("engines.json"), QStringLiteral("prices.json"),
                                   QStringLiteral("workloads.json")};
    return names;
}

Result<Catalog> Catalog::loadFromDirectory(const QString &directory)
{
    QHash<QString, QByteArray> contents;
    for (const QString &name : fileNames()) {
        const auto bytes = readInputFile(QDir(directory).filePath(name));
        if (!bytes)
            return Result<Catalog>::failure(bytes.error());
        contents.insert(name, bytes.value());
    }
    return fromFileContents(contents);
}

Result<Catalog> Catalog::fromFileContents(const QHash<QString, QByteArray> &contents, Files files)
{
    Catalog c;
    // Reads one file into `list` with `read(json, where)`; stops at the first error.
    Status loaded;
    auto load = [&](const char *file, const char *key, auto &list, auto read) {
        if (!loaded || (files == Files::Given && !contents.contains(QLatin1String(file))))
            return;
        loaded =
            readList(contents.value(QLatin1String(file)), QLatin1String(file), QLatin1String(key),
                     [&](const QJsonObject &o, const QString &where) -> Result<QString> {
                         const auto item = read(o, where);
                         if (!item)
                             return Result<QString>::failure(item.error());
                         list.append(item.value());
                         return list.last().id;
                     });
    };
    load("models.json", "models", c.models, readModelJson);
    load("hardware.json", "hardware", c.hardware, readHardwareJson);
    load("engines.json", "engines", c.engines, readEngineJson);
    load("prices.json", "prices", c.prices, readPriceJson);
    load("workloads.json", "mixes", c.mixes, readMixJson);
    if (!loaded)
        return Result<Catalog>::failure(loaded.error());
    return c;
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        auto loaded = loadFromDirectory(QStringLiteral(":/catalog"));
        // The built-in files are checked by the tests; a broken build must not start silently.
        if (!loaded)
            qFatal("built-in catalog: %s", qPrintable(loaded.error()));
        return loaded.value();
    }();
    return catalog;
}

const ModelSpec *Catalog::findModel(const QString &id) const
{
    return findById(models, id);
}
const HardwareSpec *Catalog::findHardware(const QString &id) const
{
    return findById(hardware, id);
}
const EngineProfile *Catalog::findEngine(const QString &id) const
{
    return findById(engines, id);
}
const ApiPrice *Catalog::findPrice(const QString &id) const
{
    return findById(prices, id);
}

const WorkloadMix *Catalog::findMix(const QString &id) const
{
    return findById(mixes, id);
}

} // namespace tce
