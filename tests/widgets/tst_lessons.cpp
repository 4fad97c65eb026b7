// The built-in lessons: every step names a registered chart and a known mix, applies to the
// window's starting scenario, and has a caption of one to three sentences whose numbers are
// what the model computes. Lessons shown in the window: tests/app/tst_lessonwindow.
#include "chartregistry.h"
#include "lesson.h"
#include "memorymodel.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace tce;

class TestLessons : public QObject
{
    Q_OBJECT
private slots:
    void builtInLessonsAreComplete();
    void everyStepApplies();
    void captionsStateWhatTheModelComputes();
};

void TestLessons::builtInLessonsAreComplete()
{
    const QList<Lesson> &lessons = builtInLessons();
    QVERIFY(lessons.size() >= 5);
    for (const Lesson &lesson : lessons) {
        QVERIFY(!lesson.title.isEmpty());
        for (const LessonStep &step : lesson.steps) {
            QVERIFY2(chartIds().contains(step.chart), qPrintable(lesson.id + ": " + step.chart));
            QVERIFY2(step.mix.isEmpty() || Catalog::builtIn().findMix(step.mix),
                     qPrintable(step.mix));
            // One to three sentences.
            const int sentences =
                int(step.caption.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)"))));
            QVERIFY2(sentences >= 1 && sentences <= 3, qPrintable(step.caption));
        }
    }
}

void TestLessons::everyStepApplies()
{
    for (int l = 0; l < builtInLessons().size(); ++l) {
        for (int s = 0; s < builtInLessons()[l].steps.size(); ++s) {
            const auto scenario =
                applyChanges(Catalog::builtIn(), defaultServingScenario(Catalog::builtIn()),
                             builtInLessons()[l].steps[s].changes);
            QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        }
    }
}

void TestLessons::captionsStateWhatTheModelComputes()
{
    // Lesson 5's numbers: KV bytes per token in bf16 (cost-model.md section 4).
    auto kvPerToken = [](const char *id) {
        const ModelSpec *m = Catalog::builtIn().findModel(QLatin1String(id));
        const Precision bf16 = *precisionByName("bf16");
        return MemoryModel(*m, bf16, bf16).kvBytesPerToken();
    };
    QCOMPARE(kvPerToken("llama-2-7b"), 512.0 * 1024);
    QCOMPARE(kvPerToken("llama-3.1-8b"), 128.0 * 1024);
    QCOMPARE(std::round(kvPerToken("deepseek-v3") / 1024), 69.0);
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
