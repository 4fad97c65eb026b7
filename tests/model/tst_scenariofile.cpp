#include "catalog.h"
#include "scenariobuilder.h"
#include "scenariofile.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tce;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

bool sameScenario(const Scenario &a, const Scenario &b)
{
    return a.model.sameArchitecture(b.model) && a.model.id == b.model.id &&
           a.hardware == b.hardware && a.weights == b.weights && a.kvCache == b.kvCache &&
           a.compute == b.compute && a.serving == b.serving && a.price == b.price &&
           a.inputTokens == b.inputTokens && a.outputTokens == b.outputTokens &&
           a.useKvCache == b.useKvCache && a.load == b.load;
}

Scenario editedScenario()
{
    ScenarioChanges c;
    c.modelId = QStringLiteral("mixtral-8x7b");
    c.hardwareId = QStringLiteral("h100-sxm");
    c.weights = precisionByName(QStringLiteral("fp8"));
    c.kvCache = precisionFromBits(4.85);
    c.gpus = 2;
    c.batch = 48;
    c.inputTokens = 12345;
    c.outputTokens = 678;
    c.useKvCache = false;
    c.gpuHourUsd = 2.25;
    c.outputUsdPerMillion = 18;
    Scenario s = applyChanges(Catalog::builtIn(), defaultScenario(Catalog::builtIn()), c).value();
    s.load.mode = LoadMode::Rate;
    s.load.requestsPerSecond = 7.5;
    s.load.concurrency = 33;
    s.load.requests = 4321;
    s.load.seed = 42;
    s.load.sloTtftSeconds = 0.8;
    s.load.sloItlSeconds = 0.04;
    s.serving.engine.maxRunningSequences = 96;
    s.serving.engine.maxBatchedTokens = 4096;
    s.serving.engine.kvBlockTokens = 32;
    return s;
}

// Every field of issue 15 set away from its default (cost-model.md section 8): a prompt-cache
// write of a 6,000-token prefix at Anthropic-like prices, hidden reasoning, a draft model, and a
// grid intensity of our own.
Scenario scenarioWithRequestFeatures()
{
    ScenarioChanges c;
    c.inputTokens = 8000;
    c.outputTokens = 700;
    c.cachedPrefixTokens = 6000;
    c.writesCache = true;
    c.cacheReadUsdPerMillion = 0.3;
    c.cacheWriteUsdPerMillion = 3.75;
    c.reasoningTokens = 4321;
    c.speculativeDraft = QStringLiteral("llama-3.2-1b");
    c.draftTokens = 6;
    c.acceptance = 0.65;
    c.gridGramsCo2PerKwh = 123.5;
    const auto s = applyChanges(Catalog::builtIn(), defaultServingScenario(Catalog::builtIn()), c);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return s.value();
}

// scenarioWithRequestFeatures's file with `edit` applied to its JSON.
QByteArray requestFeaturesFile(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = scenarioToJson(scenarioWithRequestFeatures());
    edit(json);
    return QJsonDocument(json).toJson();
}

// Sets json[object][key] = value.
void setIn(QJsonObject &json, const QString &object, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = json.value(object).toObject();
    if (value.isUndefined())
        inner.remove(key);
    else
        inner.insert(key, value);
    json.insert(object, inner);
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT
private slots:
    void saveThenOpenGivesTheSameScenario();
    void newerVersionAndUnknownKeysWarn();
    void badFilesNameTheProblem_data();
    void badFilesNameTheProblem();
    void failedSaveKeepsThePreviousFile();
    void fullDiskKeepsThePreviousFile();
    void fileFromBeforeTheServingSimulationOpensUnchanged();
    void requestFeaturesSurviveSaveAndOpen_data();
    void requestFeaturesSurviveSaveAndOpen();
    void fileFromBeforeRequestFeaturesOpensWithoutThem();
    void badRequestFeaturesNameFieldAndValue_data();
    void badRequestFeaturesNameFieldAndValue();
};

// A file written before the serving load and the scheduler limits existed: no "serving_load",
// no scheduler keys in "engine". It opens without warnings, with the defaults for those and
// everything else as it was.
void TestScenarioFile::fileFromBeforeTheServingSimulationOpensUnchanged()
{
    QJsonObject json = scenarioToJson(editedScenario());
    json.remove("serving_load");
    QJsonObject engine = json.value("engine").toObject();
    for (const char *key : {"max_num_seqs", "max_batched_tokens", "kv_block_tokens"})
        engine.remove(QLatin1String(key));
    json.insert("engine", engine);
    QTemporaryDir dir;
    const QString path = dir.filePath("old.tce.json");
    writeAll(path, QJsonDocument(json).toJson());
    const auto loaded = readScenarioFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->warnings.isEmpty());
    QCOMPARE(loaded->scenario.load, ServingLoad());
    const EngineProfile defaults;
    QCOMPARE(loaded->scenario.serving.engine.maxRunningSequences, defaults.maxRunningSequences);
    QCOMPARE(loaded->scenario.serving.engine.kvBlockTokens, defaults.kvBlockTokens);
    Scenario expected = editedScenario();
    expected.load = ServingLoad();
    expected.serving.engine.maxRunningSequences = defaults.maxRunningSequences;
    expected.serving.engine.maxBatchedTokens = defaults.maxBatchedTokens;
    expected.serving.engine.kvBlockTokens = defaults.kvBlockTokens;
    QVERIFY(sameScenario(loaded->scenario, expected));
}

void TestScenarioFile::saveThenOpenGivesTheSameScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mixtral.tce.json");
    const Scenario original = editedScenario();
    QVERIFY(writeScenarioFile(path, original).ok());
    const auto loaded = readScenarioFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->warnings.isEmpty());
    QVERIFY(sameScenario(loaded->scenario, original));
}

void TestScenarioFile::newerVersionAndUnknownKeysWarn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("future.tce.json");
    QJsonObject json = scenarioToJson(editedScenario());
    json.insert("version", kScenarioFileVersion + 1);
    json.insert("speculative_decoding", true);
    writeAll(path, QJsonDocument(json).toJson());
    const auto loaded = readScenarioFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->warnings.size(), 2);
    QVERIFY(loaded->warnings.join('\n').contains("newer version"));
    QVERIFY(loaded->warnings.join('\n').contains("\"speculative_decoding\""));
    QVERIFY(sameScenario(loaded->scenario, editedScenario())); // what it knows still loads
}

void TestScenarioFile::badFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("messageParts");
    const QByteArray good = QJsonDocument(scenarioToJson(editedScenario())).toJson();
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringList{"not valid JSON", "line"};
    QTest::newRow("empty") << QByteArray() << QStringList{"empty"};
    QTest::newRow("not a scenario") << QByteArray("{\"models\": []}") << QStringList{"\"format\""};
    QJsonObject wrongType = scenarioToJson(editedScenario());
    wrongType.insert("batch", "forty-eight");
    QTest::newRow("wrong type") << QJsonDocument(wrongType).toJson()
                                << QStringList{"\"batch\" is \"forty-eight\""};
    QJsonObject badVersion = scenarioToJson(editedScenario());
    badVersion.insert("version", 0);
    QTest::newRow("unknown version")
        << QJsonDocument(badVersion).toJson() << QStringList{"\"version\" is 0"};
    QJsonObject badModel = scenarioToJson(editedScenario());
    QJsonObject model = badModel.value("model").toObject();
    QJsonObject arch = model.value("architecture").toObject();
    arch.insert("num_layers", -2);
    model.insert("architecture", arch);
    badModel.insert("model", model);
    QTest::newRow("negative layers")
        << QJsonDocument(badModel).toJson() << QStringList{"\"num_layers\" is -2"};
    QJsonObject badLoad = scenarioToJson(editedScenario());
    QJsonObject load = badLoad.value("serving_load").toObject();
    load.insert("mode", "burst");
    badLoad.insert("serving_load", load);
    QTest::newRow("unknown load mode")
        << QJsonDocument(badLoad).toJson() << QStringList{"serving_load", "\"burst\""};
    load.insert("mode", "rate");
    load.insert("concurrency", 0);
    badLoad.insert("serving_load", load);
    QTest::newRow("zero concurrency")
        << QJsonDocument(badLoad).toJson() << QStringList{"\"concurrency\" is 0"};
}

void TestScenarioFile::badFilesNameTheProblem()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.tce.json");
    writeAll(path, contents);
    const auto loaded = readScenarioFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains("bad.tce.json"), qPrintable(loaded.error()));
    for (const QString &part : messageParts)
        QVERIFY2(loaded.error().contains(part), qPrintable(loaded.error()));
}

void TestScenarioFile::failedSaveKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kept.tce.json");
    QVERIFY(writeScenarioFile(path, editedScenario()).ok());
    const QByteArray before = readAll(path);
    const Scenario other = defaultScenario(Catalog::builtIn());

    if (::geteuid() != 0) {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString error = writeScenarioFile(path, other).error();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QVERIFY2(error.contains("kept.tce.json"), qPrintable(error));
    } else {
        // Root writes anywhere (CI runs as root): try the save as an unprivileged user in a
        // child process, in this folder that only root may write to.
        QCOMPARE(test::exitCodeInChild([&] {
                     if (!test::becomeNobody())
                         return 3;
                     return writeScenarioFile(path, other).error().contains("kept.tce.json") ? 0
                                                                                             : 1;
                 }),
                 0);
    }
    QCOMPARE(readAll(path), before);
}

void TestScenarioFile::fullDiskKeepsThePreviousFile()
{
    // A full disk, without root or a small file system: a child process whose file size limit
    // (RLIMIT_FSIZE) is below the scenario's size, so that its write fails with EFBIG as a
    // write on a full disk fails with ENOSPC.
    QTemporaryDir dir;
    const QString path = dir.filePath("full.tce.json");
    QVERIFY(writeScenarioFile(path, editedScenario()).ok());
    const QByteArray before = readAll(path);
    QVERIFY(before.size() > 1024);
    QCOMPARE(test::exitCodeInChild([&] {
                 if (!test::limitFileSize(512))
                     return 3;
                 const QString error =
                     writeScenarioFile(path, defaultScenario(Catalog::builtIn())).error();
                 return error.contains("full.tce.json") && error.contains("unchanged") ? 0 : 1;
             }),
             0);
    QCOMPARE(readAll(path), before);
    // Nothing left behind: QSaveFile removed its temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"full.tce.json"});
}

void TestScenarioFile::requestFeaturesSurviveSaveAndOpen_data()
{
    QTest::addColumn<Scenario>("original");
    const Scenario draftModel = scenarioWithRequestFeatures();
    QTest::newRow("cache write, reasoning, draft model") << draftModel;
    // A cache read, and a head with its own cost share instead of a draft model.
    Scenario head = draftModel;
    head.promptCache.writesCache = false;
    head.speculative.draft = SpeculativeSpec::Draft::Head;
    head.speculative.draftModel = ModelSpec();
    head.speculative.headCostShare = 0.05;
    QTest::newRow("cache read, head") << head;
    // The largest acceptance the command line and ScenarioChanges take (alpha < 1).
    Scenario nearOne = draftModel;
    nearOne.speculative.acceptance = 0.99995;
    QTest::newRow("acceptance just below 1") << nearOne;
}

void TestScenarioFile::requestFeaturesSurviveSaveAndOpen()
{
    QFETCH(Scenario, original);
    QTemporaryDir dir;
    const QString path = dir.filePath("features.tce.json");
    QVERIFY(writeScenarioFile(path, original).ok());
    const auto loaded = readScenarioFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join('\n')));
    const Scenario &s = loaded->scenario;
    QCOMPARE(s.promptCache.prefixTokens, original.promptCache.prefixTokens);
    QCOMPARE(s.promptCache.writesCache, original.promptCache.writesCache);
    QCOMPARE(s.price.cachedInputUsdPerMillion, original.price.cachedInputUsdPerMillion);
    QCOMPARE(s.price.cacheWriteUsdPerMillion, original.price.cacheWriteUsdPerMillion);
    QCOMPARE(s.reasoningTokens, original.reasoningTokens);
    QCOMPARE(int(s.speculative.draft), int(original.speculative.draft));
    QCOMPARE(s.speculative.draftModel.id, original.speculative.draftModel.id);
    QVERIFY(s.speculative.draftModel.sameArchitecture(original.speculative.draftModel));
    QCOMPARE(s.speculative.draftTokens, original.speculative.draftTokens);
    QCOMPARE(s.speculative.acceptance, original.speculative.acceptance);
    QCOMPARE(s.speculative.headCostShare, original.speculative.headCostShare);
    QCOMPARE(s.gridGramsCo2PerKwh, original.gridGramsCo2PerKwh);
    QVERIFY(sameScenario(s, original));
    // And everything else the file holds: the whole value.
    // And everything else the file holds: the whole value, but for the models' catalog notes
    // and sources (the file keeps the architecture, as sameScenario compares it).
    QVERIFY(s.model.sameArchitecture(original.model));
    Scenario same = s;
    same.model = original.model;
    same.speculative.draftModel = original.speculative.draftModel;
    QVERIFY(same == original);
}

// A file written before issue 15: no prompt cache, reasoning, speculation or grid intensity
// (and no cache-write price). It opens without warnings with none of them.
void TestScenarioFile::fileFromBeforeRequestFeaturesOpensWithoutThem()
{
    const QByteArray old = requestFeaturesFile([](QJsonObject &json) {
        for (const char *key :
             {"prompt_cache", "reasoning_tokens", "speculative", "grid_g_co2_per_kwh"})
            json.remove(QLatin1String(key));
        setIn(json, "price", "cache_write_per_million", QJsonValue::Undefined);
    });
    QTemporaryDir dir;
    const QString path = dir.filePath("old.tce.json");
    writeAll(path, old);
    const auto loaded = readScenarioFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->warnings.isEmpty());
    const Scenario &s = loaded->scenario;
    QCOMPARE(s.promptCache, PromptCacheSpec());
    QCOMPARE(s.reasoningTokens, int64_t(0));
    QVERIFY(!s.speculative.enabled());
    QCOMPARE(s.speculative, SpeculativeSpec());
    QCOMPARE(s.price.cacheWriteUsdPerMillion, 0.0);
    // Ember's 2023 world average, the default (scenario.h).
    QCOMPARE(s.gridGramsCo2PerKwh, 480.0);
    QCOMPARE(s.inputTokens, int64_t(8000));
}

void TestScenarioFile::badRequestFeaturesNameFieldAndValue_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("messageParts");
    // The prompt is 8,000 tokens long.
    QTest::newRow("prefix longer than the prompt") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "prompt_cache", "prefix_tokens", 9000);
    }) << QStringList{"prompt_cache", "\"prefix_tokens\" is 9000", "8000 tokens"};
    QTest::newRow("negative prefix") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "prompt_cache", "prefix_tokens", -1);
    }) << QStringList{"prompt_cache", "\"prefix_tokens\" is -1"};
    QTest::newRow("writes_cache not a boolean") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "prompt_cache", "writes_cache", "yes");
    }) << QStringList{"\"writes_cache\" is \"yes\""};
    QTest::newRow("acceptance 1") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "speculative", "acceptance", 1);
    }) << QStringList{"speculative", "\"acceptance\" is 1;"};
    QTest::newRow("negative acceptance")
        << requestFeaturesFile([](QJsonObject &j) { setIn(j, "speculative", "acceptance", -0.1); })
        << QStringList{"speculative", "\"acceptance\" is -0.1"};
    QTest::newRow("draft tokens 0")
        << requestFeaturesFile([](QJsonObject &j) { setIn(j, "speculative", "draft_tokens", 0); })
        << QStringList{"\"draft_tokens\" is 0", "1 to 64"};
    QTest::newRow("draft tokens 65")
        << requestFeaturesFile([](QJsonObject &j) { setIn(j, "speculative", "draft_tokens", 65); })
        << QStringList{"\"draft_tokens\" is 65", "1 to 64"};
    QTest::newRow("unknown draft kind")
        << requestFeaturesFile([](QJsonObject &j) { setIn(j, "speculative", "draft", "eagle"); })
        << QStringList{"speculative", "\"draft\" is \"eagle\"", "\"head\""};
    // The file holds the draft model itself, not a preset ID.
    QTest::newRow("draft model given as an ID") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "speculative", "draft_model", "llama-3.2-1b");
    }) << QStringList{"\"draft_model\" is \"llama-3.2-1b\"", "object"};
    QTest::newRow("draft model missing") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "speculative", "draft_model", QJsonValue::Undefined);
    }) << QStringList{"draft_model"};
    QTest::newRow("negative grid intensity")
        << requestFeaturesFile([](QJsonObject &j) { j.insert("grid_g_co2_per_kwh", -5); })
        << QStringList{"\"grid_g_co2_per_kwh\" is -5"};
    QTest::newRow("grid intensity as text")
        << requestFeaturesFile([](QJsonObject &j) { j.insert("grid_g_co2_per_kwh", "coal"); })
        << QStringList{"\"grid_g_co2_per_kwh\" is \"coal\""};
    QTest::newRow("negative reasoning")
        << requestFeaturesFile([](QJsonObject &j) { j.insert("reasoning_tokens", -1); })
        << QStringList{"\"reasoning_tokens\" is -1"};
    QTest::newRow("fractional reasoning")
        << requestFeaturesFile([](QJsonObject &j) { j.insert("reasoning_tokens", 2.5); })
        << QStringList{"\"reasoning_tokens\" is 2.5"};
    QTest::newRow("negative cache-write price") << requestFeaturesFile([](QJsonObject &j) {
        setIn(j, "price", "cache_write_per_million", -1);
    }) << QStringList{"price", "\"cache_write_per_million\" is -1"};
}

void TestScenarioFile::badRequestFeaturesNameFieldAndValue()
{
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.tce.json");
    writeAll(path, contents);
    const auto loaded = readScenarioFile(path);
    QVERIFY(!loaded.ok());
    // Named once: "bad.tce.json: speculative: ...", not the file's name again per object.
    QVERIFY2(loaded.error().count("bad.tce.json") == 1, qPrintable(loaded.error()));
    for (const QString &part : messageParts)
        QVERIFY2(loaded.error().contains(part), qPrintable(loaded.error()));
}

TCE_TEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
