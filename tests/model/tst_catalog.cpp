#include "catalog.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace tce;

namespace {

// A copy of the repository's catalog folder to break one file in.
QString copyCatalog(const QTemporaryDir &dir)
{
    for (const char *name :
         {"models.json", "hardware.json", "engines.json", "prices.json", "workloads.json"})
        QFile::copy(QStringLiteral(TCE_CATALOG_DIR "/") + QLatin1String(name),
                    dir.filePath(QLatin1String(name)));
    return dir.path();
}

void rewrite(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    edit(root);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
}

void editFirst(QJsonObject &root, const QString &list,
               const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject first = array.at(0).toObject();
    edit(first);
    array.replace(0, first);
    root.insert(list, array);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtInCatalogHasThePresets();
    void idsAreLowercaseWithDashes();
    void everyEntryCitesSources();
    void brokenFilesNameTheFieldAndValue_data();
    void brokenFilesNameTheFieldAndValue();
};

void TestCatalog::builtInCatalogHasThePresets()
{
    const Catalog &c = Catalog::builtIn();
    QVERIFY(c.models.size() >= 12);
    QVERIFY(c.hardware.size() >= 8);
    for (const char *id : {"llama-2-7b", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b",
                           "mistral-7b", "mixtral-8x7b", "qwen2.5-72b", "gemma-2-9b", "deepseek-v3",
                           "gpt-3-175b", "falcon-40b", "phi-3-mini"})
        QVERIFY2(c.findModel(QLatin1String(id)), id);
    for (const char *id :
         {"a100-80gb-sxm", "h100-sxm", "h100-pcie", "h200", "b200", "l40s", "rtx-4090", "mi300x"})
        QVERIFY2(c.findHardware(QLatin1String(id)), id);
    for (const char *id : {"roofline", "generic", "vllm", "tensorrt-llm", "llama.cpp"})
        QVERIFY2(c.findEngine(QLatin1String(id)), id);
    const ApiPrice *gpt4o = c.findPrice(QStringLiteral("gpt-4o-2024-05"));
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputUsdPerMillion, 5.0); // OpenAI, May 2024
    QCOMPARE(gpt4o->outputUsdPerMillion, 15.0);
    const ApiPrice *longOutput = c.findPrice(QStringLiteral("gpt-4o-64k-output-2024-07"));
    QVERIFY(longOutput);
    QVERIFY(longOutput->maxOutputTokens >= 64000);
    // The H100 numbers of cost-model.md section 5.
    const HardwareSpec *h100 = c.findHardware(QStringLiteral("h100-sxm"));
    QCOMPARE(h100->peakFlopsFor(QStringLiteral("bf16")), 989.4e12);
    QCOMPARE(h100->memoryBandwidthBytesPerSecond, 3.35e12);
}

void TestCatalog::idsAreLowercaseWithDashes()
{
    const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.\\-]*$"));
    const Catalog &c = Catalog::builtIn();
    QStringList ids;
    for (const auto &m : c.models)
        ids << m.id;
    for (const auto &h : c.hardware)
        ids << h.id;
    for (const auto &e : c.engines)
        ids << e.id;
    for (const auto &p : c.prices)
        ids << p.id;
    for (const QString &id : ids)
        QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
}

void TestCatalog::everyEntryCitesSources()
{
    // The loader refuses an entry without sources; check they look like citations.
    const Catalog &c = Catalog::builtIn();
    auto cited = [](const QStringList &sources) {
        return !sources.isEmpty() && std::all_of(sources.begin(), sources.end(),
                                                 [](const QString &s) { return s.size() >= 10; });
    };
    for (const auto &m : c.models)
        QVERIFY2(cited(m.sources), qPrintable(m.id));
    for (const auto &h : c.hardware)
        QVERIFY2(cited(h.sources), qPrintable(h.id));
    for (const auto &e : c.engines)
        QVERIFY2(cited(e.sources), qPrintable(e.id));
    for (const auto &p : c.prices)
        QVERIFY2(cited(p.sources) && !p.date.isEmpty(), qPrintable(p.id));
}

void TestCatalog::brokenFilesNameTheFieldAndValue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("messageParts");
    auto row = [](const char *name, const char *file, const char *list, const char *section,
                  const char *key, QJsonValue value, QStringList parts) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(list)
                            << QString::fromLatin1(section) << QString::fromLatin1(key) << value
                            << parts;
    };
    row("zero layers", "models.json", "models", "architecture", "num_layers", 0,
        {"models.json", "models[0]", "\"num_layers\" is 0"});
    row("string bandwidth", "hardware.json", "hardware", "", "memory_bandwidth", "fast",
        {"hardware.json", "hardware[0]", "\"memory_bandwidth\" is \"fast\""});
    row("efficiency above one", "engines.json", "engines", "", "memory_efficiency", 1.5,
        {"engines.json", "\"memory_efficiency\" is 1.5"});
    row("negative price", "prices.json", "prices", "", "output_per_million", -15,
        {"prices.json", "\"output_per_million\" is -15"});
    row("no sources", "prices.json", "prices", "", "sources", QJsonArray(),
        {"prices.json", "\"sources\" is empty"});
    row("duplicate id", "hardware.json", "hardware", "", "id", "h100-pcie",
        {"hardware.json", "\"h100-pcie\" appears twice"});
}

void TestCatalog::brokenFilesNameTheFieldAndValue()
{
    QFETCH(QString, file);
    QFETCH(QString, list);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const QString folder = copyCatalog(dir);
    QVERIFY(Catalog::loadFromDirectory(folder).ok()); // intact before the edit
    rewrite(QDir(folder).filePath(file), [&](QJsonObject &root) {
        editFirst(root, list, [&](QJsonObject &entry) {
            if (section.isEmpty()) {
                entry.insert(key, value);
            } else {
                QJsonObject inner = entry.value(section).toObject();
                inner.insert(key, value);
                entry.insert(section, inner);
            }
        });
    });
    const auto loaded = Catalog::loadFromDirectory(folder);
    QVERIFY(!loaded.ok());
    for (const QString &part : messageParts)
        QVERIFY2(loaded.error().contains(part), qPrintable(loaded.error()));
}

TCE_TEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
