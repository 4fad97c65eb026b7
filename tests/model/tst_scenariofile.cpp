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
           a.useKvCache == b.useKvCache;
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
    return applyChanges(Catalog::builtIn(), defaultScenario(Catalog::builtIn()), c).value();
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
};

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
