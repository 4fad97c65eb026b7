// The catalog files: the first byte picks which of the five files the rest replaces; the
// other four are the built-in ones.
#include "catalog.h"
#include "fuzzcheck.h"
#include "jsonfile.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    if (size == 0)
        return 0;
    static const QHash<QString, QByteArray> builtIn = [] {
        QHash<QString, QByteArray> files;
        for (const QString &name : Catalog::fileNames())
            files.insert(name, readInputFile(QStringLiteral(":/catalog/") + name).value());
        return files;
    }();
    const QStringList &names = Catalog::fileNames();
    const QString replaced = names[data[0] % names.size()];
    QHash<QString, QByteArray> files = builtIn;
    files.insert(replaced, fuzz::bytesOf(data + 1, size - 1));
    const auto catalog = Catalog::fromFileContents(files);
    if (!catalog) {
        fuzz::requireNamesFile(catalog.error(), replaced);
        return 0;
    }
    for (const HardwareSpec &h : catalog->hardware)
        fuzz::requireUsable(h.memoryBandwidthBytesPerSecond, "hardware bandwidth");
    for (const ApiPrice &p : catalog->prices)
        fuzz::requireUsable(p.outputUsdPerMillion, "API output price");
    return 0;
}
