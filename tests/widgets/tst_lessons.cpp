// The built-in lessons: every step names a registered chart and a known mix, applies to the
// window's starting scenario, and has a caption of one to three sentences whose numbers are
// what the model computes. Lessons shown in the window: tests/app/tst_lessonwindow.
#include "chartregistry.h"
#include "costreport.h"
#include "featuresweeps.h"
#include "lesson.h"
#include "memorymodel.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testsupport.h"
#include "units.h"

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
    void modernServingCaptionsStateWhatTheModelComputes();
};

void TestLessons::builtInLessonsAreComplete()
{
    const QList<Lesson> &lessons = builtInLessons();
    QVERIFY(lessons.size() >= 5);
    for (const Lesson &lesson : lessons) {
        QVERIFY(!lesson.title.english.isEmpty());
        for (const LessonStep &step : lesson.steps) {
            QVERIFY2(chartIds().contains(step.chart), qPrintable(lesson.id + ": " + step.chart));
            QVERIFY2(step.mix.isEmpty() || Catalog::builtIn().findMix(step.mix),
                     qPrintable(step.mix));
            // One to three sentences.
            const int sentences =
                int(step.caption.english.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)"))));
            QVERIFY2(sentences >= 1 && sentences <= 3, qPrintable(step.caption.english));
        }
    }
}

void TestLessons::everyStepApplies()
{
    for (int l = 0; l < builtInLessons().size(); ++l) {
        for (int s = 0; s < builtInLessons()[l].steps.size(); ++s) {
            const auto scenario =
                lessonScenario(Catalog::builtIn(), builtInLessons()[l].steps[s].scenario);
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

// The lesson on prompt caching, reasoning, speculation and energy (issue 15): each number in its
// captions is the model's, formatted as the window formats it.
void TestLessons::modernServingCaptionsStateWhatTheModelComputes()
{
    const Lesson *lesson = nullptr;
    for (const Lesson &l : builtInLessons())
        lesson = l.id == QLatin1String("what-modern-serving-does") ? &l : lesson;
    QVERIFY(lesson);
    QCOMPARE(lesson->steps.size(), 6);
    auto scenarioOf = [&](int step) {
        return lessonScenario(Catalog::builtIn(), lesson->steps[step].scenario).value();
    };
    // Captions use plain spaces where the units put a narrow no-break space.
    auto says = [&](int step, const QString &text) {
        QString caption = lesson->steps[step].caption.english;
        QString wanted = text;
        wanted.replace(QChar(0x202F), QLatin1Char(' '));
        QVERIFY2(
            caption.contains(wanted),
            qPrintable(
                QStringLiteral("step %1 lacks \"%2\": %3").arg(step + 1).arg(wanted, caption)));
    };
    // 1-2: the same 500 visible tokens, then after 5,000 reasoning tokens.
    const CostReport plain = evaluate(scenarioOf(0));
    says(0, units::count(double(plain.runs - 1)) + QStringLiteral(" decode runs"));
    says(0, units::seconds(plain.requestSeconds));
    says(0, units::usd(plain.usdPerRequest));
    const CostReport reasoning = evaluate(scenarioOf(1));
    QCOMPARE(reasoning.billedOutputTokens, 5500);
    says(1, units::seconds(reasoning.requestSeconds));
    says(1, units::usd(reasoning.usdPerRequest));
    // Llama 3.1 8B in bf16: 128 KiB per token (lesson 5), 5,000 x 128 KiB = 625 MiB.
    QCOMPARE(reasoning.kvBytesPerToken, 128.0 * 1024);
    says(1, units::bytes(5000 * reasoning.kvBytesPerToken));
    // 3: billed and shown.
    const CostReport billed = evaluate(scenarioOf(2));
    says(2, units::tokens(double(billed.billedOutputTokens)) + QStringLiteral(" output tokens"));
    says(2, QStringLiteral("sees ") + units::tokens(double(billed.visibleOutputTokens)));
    // 4: the prompt-cache chart's numbers. Claude Sonnet 4.5 (catalog prices.json): input
    // $3, cache write $3.75, cache read $0.30 per 1M, so the buyer's break-even hit rate is
    // (3.75 - 3) / (3.75 - 0.30) = 0.2174 = 21.7%.
    const PromptCacheCurve cache = promptCacheCurve(scenarioOf(3));
    QCOMPARE(cache.prefixTokens, 7000);
    QVERIFY(std::fabs(cache.breakEvenHitRate - 0.75 / 3.45) < 1e-12);
    says(3, units::percent(cache.breakEvenHitRate));
    says(3, units::usd(cache.costWithoutCacheUsd));
    says(3, units::usd(cache.costHitUsd));
    says(3, units::usd(cache.priceWithoutCacheUsd));
    says(3, units::usd(cache.priceHitUsd));
    // 5: (1 - 0.7^5) / (1 - 0.7) = 0.83193 / 0.3 = 2.7731 tokens per run; "almost twice as
    // fast" at batch 1: the request's speed-up between 1.9 and 2.
    const CostReport speculative = evaluate(scenarioOf(4));
    QVERIFY(std::fabs(speculative.speculative.tokensPerRun - 2.7731) < 1e-12);
    says(4, units::number(speculative.speculative.tokensPerRun) + QStringLiteral(" tokens"));
    QVERIFY2(speculative.speculative.speedup > 1.9 && speculative.speculative.speedup < 2,
             qPrintable(QString::number(speculative.speculative.speedup)));
    const SpeculativeSweep sweep = speculativeSweep(scenarioOf(4));
    QVERIFY(sweep.speedup[sweep.speedup.size() - 1] < sweep.speedup[0]); // "the gain shrinks"
    // 6: energy.
    const CostReport energy = evaluate(scenarioOf(5));
    QVERIFY(energy.energy.available);
    says(5, units::joules(energy.energy.joulesPerOutputToken));
    says(5, units::joules(energy.energy.joulesPerInputToken));
    says(5, units::joules(energy.energy.joulesPerRequest));
    says(5, units::number(energy.energy.gramsCo2PerRequest) + QStringLiteral(" g"));
}

TCE_TEST_MAIN(TestLessons)
#include "tst_lessons.moc"
