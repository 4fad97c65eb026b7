// The lesson file format (docs/lesson-format.md): the built-in lessons written again are the
// objects they were read from, texts in several languages, recorded steps store the smallest
// changes that give the scenario back, and bad files are refused with the file, the step and
// the field named.
#include "catalog.h"
#include "lesson.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tce;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kBuiltIn = QStringLiteral(TCE_SOURCE_DIR "/resources/lessons/lessons.json");

// A lesson file with one step whose step object is `step` (JSON text).
QByteArray fileWithStep(const QByteArray &step)
{
    return R"({"schema": "token-cost-explorer/lessons", "version": 1, "lessons": [
  {"id": "mine", "title": "Mine", "steps": [)" +
           step + "]}]}";
}

// The "scenario" object a step with this scenario is written with (for failure messages).
QJsonObject lessonScenarioJson(const LessonScenario &scenario)
{
    Lesson lesson;
    LessonStep step;
    step.scenario = scenario;
    lesson.steps << step;
    return lessonToJson(lesson)
        .value(QStringLiteral("steps"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("scenario"))
        .toObject();
}

Scenario changed(const ScenarioChanges &changes)
{
    const Catalog &catalog = Catalog::builtIn();
    return applyChanges(catalog, defaultServingScenario(catalog), changes).value();
}

} // namespace

class TestLessonFile : public QObject
{
    Q_OBJECT
private slots:
    void builtInLessonsWriteBackAsRead();
    void savedFileReadsBackEqual();
    void textsInSeveralLanguages();
    void recordingStoresTheSmallestChanges();
    void recordingKeepsEveryBuiltInStep();
    void scenariosPresetsCannotExpressAreStoredComplete();
    void badFilesNameFileStepAndField_data();
    void badFilesNameFileStepAndField();
    void failedWriteKeepsThePreviousFile();
};

// "Opening one and saving it gives an equal file": each lesson object of lessons.json is
// exactly what the writer makes of the lesson read from it (same keys, same values).
void TestLessonFile::builtInLessonsWriteBackAsRead()
{
    const QJsonArray original = QJsonDocument::fromJson(readAll(kBuiltIn))
                                    .object()
                                    .value(QStringLiteral("lessons"))
                                    .toArray();
    const auto lessons = loadLessons(kBuiltIn);
    QVERIFY2(lessons, qPrintable(lessons.error()));
    QCOMPARE(lessons->size(), original.size());
    QVERIFY(original.size() >= 5);
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QJsonObject written = lessonToJson(lessons->at(i));
        if (written != original.at(i).toObject())
            QFAIL(qPrintable(
                QStringLiteral("lesson %1 differs:\n%2\nwas\n%3")
                    .arg(i)
                    .arg(QString::fromUtf8(QJsonDocument(written).toJson()),
                         QString::fromUtf8(QJsonDocument(original.at(i).toObject()).toJson()))));
    }
}

void TestLessonFile::savedFileReadsBackEqual()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.tce-lesson.json"));
    const QList<Lesson> one{builtInLessons().at(1)};
    QVERIFY(writeLessonFile(path, one));
    const auto reread = loadLessons(path);
    QVERIFY2(reread, qPrintable(reread.error()));
    QVERIFY(reread.value() == one);
    // Written twice, the same bytes: a saved lesson diffs cleanly in version control.
    QCOMPARE(lessonFileBytes(reread.value()), readAll(path));
}

void TestLessonFile::textsInSeveralLanguages()
{
    const auto lessons = parseLessons(fileWithStep(R"({"chart": "batch", "scenario": {"batch": 4},
                         "caption": {"en": "Four at once.", "de": "Vier auf einmal.",
                                     "zh_CN": "一次四个。"},
                         "notes": "Ask how long one step takes."})"),
                                      QStringLiteral("mine.tce-lesson.json"));
    QVERIFY2(lessons, qPrintable(lessons.error()));
    const LessonStep &step = lessons->at(0).steps.at(0);
    QCOMPARE(step.caption.english, QStringLiteral("Four at once."));
    QCOMPARE(step.caption.authoredFor(QStringLiteral("de_DE")), QStringLiteral("Vier auf einmal."));
    QCOMPARE(step.caption.authoredFor(QStringLiteral("de_AT")), QStringLiteral("Vier auf einmal."));
    QCOMPARE(step.caption.authoredFor(QStringLiteral("zh_CN")), QStringLiteral("一次四个。"));
    QCOMPARE(step.caption.authoredFor(QStringLiteral("en_US")), QStringLiteral("Four at once."));
    // No French text: the caller falls back (the program's translation, else English).
    QVERIFY(step.caption.authoredFor(QStringLiteral("fr_FR")).isEmpty());
    QCOMPARE(step.notes.english, QStringLiteral("Ask how long one step takes."));
    QCOMPARE(step.scenario.changes.batch, std::optional<int>(4));
    const QJsonObject written =
        lessonToJson(lessons->at(0)).value(QStringLiteral("steps")).toArray().at(0).toObject();
    QCOMPARE(written.value(QStringLiteral("caption")).toObject().value(QStringLiteral("de")),
             QJsonValue(QStringLiteral("Vier auf einmal.")));
    QCOMPARE(written.value(QStringLiteral("notes")),
             QJsonValue(QStringLiteral("Ask how long one step takes.")));
}

// What a teacher records is what differs from the default, by preset ID where there is one.
void TestLessonFile::recordingStoresTheSmallestChanges()
{
    const Catalog &catalog = Catalog::builtIn();
    ScenarioChanges wanted;
    wanted.modelId = QStringLiteral("llama-3.1-70b");
    wanted.hardwareId = QStringLiteral("a100-80gb-sxm");
    wanted.gpus = 4;
    wanted.batch = 1;
    wanted.inputTokens = 8000;
    wanted.reasoningTokens = 1500;
    wanted.concurrency = 32;
    const Scenario scenario = changed(wanted);
    const LessonScenario recorded = recordLessonScenario(catalog, scenario);
    QVERIFY(!recorded.complete);
    QVERIFY2(recorded.changes == wanted,
             QJsonDocument(lessonScenarioJson(recorded)).toJson().constData());
    QVERIFY(lessonScenario(catalog, recorded).value() == scenario);

    // The default itself: no changes at all.
    const LessonScenario none = recordLessonScenario(catalog, defaultServingScenario(catalog));
    QVERIFY(none.changes == ScenarioChanges{});
    QVERIFY(!none.complete);
}

void TestLessonFile::recordingKeepsEveryBuiltInStep()
{
    const Catalog &catalog = Catalog::builtIn();
    int steps = 0;
    for (const Lesson &lesson : builtInLessons()) {
        for (const LessonStep &step : lesson.steps) {
            const Scenario shown = lessonScenario(catalog, step.scenario).value();
            const LessonScenario recorded = recordLessonScenario(catalog, shown);
            QVERIFY2(!recorded.complete, qPrintable(lesson.id));
            QVERIFY(lessonScenario(catalog, recorded).value() == shown);
            ++steps;
        }
    }
    QVERIFY(steps >= 30);
}

void TestLessonFile::scenariosPresetsCannotExpressAreStoredComplete()
{
    const Catalog &catalog = Catalog::builtIn();
    Scenario custom = changed({});
    custom.hardware.memoryBandwidthBytesPerSecond = 1.234e12; // a GPU that is no preset
    custom.hardware.name = QStringLiteral("My GPU");
    const LessonScenario recorded = recordLessonScenario(catalog, custom);
    QVERIFY(recorded.complete);
    Lesson lesson;
    lesson.id = QStringLiteral("custom");
    lesson.title.english = QStringLiteral("Custom");
    LessonStep step;
    step.scenario = recorded;
    step.chart = QStringLiteral("batch");
    step.caption.english = QStringLiteral("A GPU of my own.");
    lesson.steps << step;
    const auto reread = parseLessons(lessonFileBytes({lesson}), QStringLiteral("custom.json"));
    QVERIFY2(reread, qPrintable(reread.error()));
    const Scenario shown = lessonScenario(catalog, reread->at(0).steps.at(0).scenario).value();
    QCOMPARE(shown.hardware.memoryBandwidthBytesPerSecond, 1.234e12);
    QCOMPARE(shown.hardware.name, QStringLiteral("My GPU"));
    QCOMPARE(shown.serving.batch, custom.serving.batch);
}

void TestLessonFile::badFilesNameFileStepAndField_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown scenario key")
        << QByteArray(R"({"chart": "batch", "scenario": {"bach": 4}, "caption": "x"})")
        << QStringLiteral("bad.json: lesson \"mine\" step 1 scenario: unknown key \"bach\"");
    QTest::newRow("batch out of range")
        << QByteArray(R"({"chart": "batch", "scenario": {"batch": 0}, "caption": "x"})")
        << QStringLiteral("step 1 scenario: \"batch\" is 0; expected a whole number from 1");
    QTest::newRow("input as text")
        << QByteArray(R"({"chart": "batch", "scenario": {"input": "many"}, "caption": "x"})")
        << QStringLiteral("step 1 scenario: \"input\" is \"many\"");
    QTest::newRow("unknown precision")
        << QByteArray(R"({"chart": "batch", "scenario": {"weights": "fp3"}, "caption": "x"})")
        << QStringLiteral("\"weights\" is \"fp3\"; expected one of");
    QTest::newRow("caption a number")
        << QByteArray(R"({"chart": "batch", "scenario": {}, "caption": 5})")
        << QStringLiteral("step 1: \"caption\" is 5; expected a text");
    QTest::newRow("caption without English")
        << QByteArray(R"({"chart": "batch", "scenario": {}, "caption": {"de": "Hallo"}})")
        << QStringLiteral("step 1: \"caption\" has no \"en\" text");
    QTest::newRow("notes not text")
        << QByteArray(R"({"chart": "batch", "scenario": {}, "caption": "x", "notes": [1]})")
        << QStringLiteral("step 1: \"notes\" is an array; expected a text");
    QTest::newRow("pinned not an object")
        << QByteArray(R"({"chart": "batch", "scenario": {}, "pinned": 3, "caption": "x"})")
        << QStringLiteral("step 1: \"pinned\" is 3; expected an object");
    QTest::newRow("complete beside changes")
        << QByteArray(R"({"chart": "batch", "scenario": {"complete": {}, "batch": 2},
                         "caption": "x"})")
        << QStringLiteral("step 1 scenario: \"complete\" holds the whole scenario");
    QTest::newRow("annotation outside the plot")
        << QByteArray(R"({"chart": "batch", "scenario": {}, "caption": "x",
                         "annotation": {"text": "here", "x": 1.5}})")
        << QStringLiteral("step 1 annotation: \"x\" is 1.5");
}

void TestLessonFile::badFilesNameFileStepAndField()
{
    QFETCH(QByteArray, step);
    QFETCH(QString, message);
    const auto lessons = parseLessons(fileWithStep(step), QStringLiteral("bad.json"));
    QVERIFY(!lessons);
    QVERIFY2(lessons.error().startsWith(QLatin1String("bad.json: lesson \"mine\" step 1")),
             qPrintable(lessons.error()));
    QVERIFY2(lessons.error().contains(message), qPrintable(lessons.error()));
}

void TestLessonFile::failedWriteKeepsThePreviousFile()
{
    // A full disk, as tst_scenariofile makes one: a child process whose file size limit is
    // below the lesson's size, so that its write fails as a write on a full disk does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.tce-lesson.json"));
    QVERIFY(writeLessonFile(path, {builtInLessons().at(0)}));
    const QByteArray before = readAll(path);
    QVERIFY(before.size() > 1024);
    QCOMPARE(test::exitCodeInChild([&] {
                 if (!test::limitFileSize(512))
                     return 3;
                 const QString error = writeLessonFile(path, {builtInLessons().at(1)}).error();
                 return error.contains(QLatin1String("kept.tce-lesson.json")) &&
                                error.contains(QLatin1String("unchanged"))
                            ? 0
                            : 1;
             }),
             0);
    QCOMPARE(readAll(path), before);
}

TCE_TEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
