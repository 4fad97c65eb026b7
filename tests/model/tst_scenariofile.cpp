#include "catalog.h"
#include "scenariobuilder.h"
#include "scenariofile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
