#include "catalog.h"
#include "engineresolution.h"
#include "logslider.h"
#include "scenariobuilder.h"
#include "scenariopanel.h"
#include "spinboxwatcher.h"
#include "testregistry.h"
#include "workloadpanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGroupBox>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace tce;

namespace {

// What applyLanguage does, without translators: the default locale, then the change event
// every widget receives.
void switchNumbersTo(QWidget *widget, const QLocale &locale)
{
    QLocale::setDefault(locale);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(widget, &change);
}

QDoubleSpinBox *spinBoxHolding(QWidget *parent, double value)
{
    for (QDoubleSpinBox *box : parent->findChildren<QDoubleSpinBox *>()) {
        if (box->value() == value)
            return box;
    }
    return nullptr;
}

} // namespace

class TestScenarioPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void spinBoxesFollowALanguageSwitch();
    void workloadSpinBoxesFollowALanguageSwitch();
    void tooLargeANumberIsExplained();
    void tooSmallANumberIsRaisedAndExplained();
    void tokensGoUpToTheModelsLimit();
    void presetsStayPresetsAfterALessonAndALanguageSwitch();
    void longHardwareNamesAreShownWhole();
    void noEmptyFrameUnderAdvanced();
    void flashAttentionIsTheEnginesChoice();

private:
    std::unique_ptr<ScenarioPanel> m_panel;
};

void TestScenarioPanel::init()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    m_panel = std::make_unique<ScenarioPanel>(Catalog::builtIn());
    m_panel->setScenario(defaultServingScenario(Catalog::builtIn()));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestScenarioPanel::cleanup()
{
    m_panel.reset();
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestScenarioPanel::spinBoxesFollowALanguageSwitch()
{
    // GPT-4o's May 2024 output price: $15 per 1M, three decimals.
    QDoubleSpinBox *price = spinBoxHolding(m_panel.get(), 15.0);
    QVERIFY(price);
    QCOMPARE(price->text(), QStringLiteral("$15.000"));
    QCOMPARE(m_panel->inputSlider()->spinBox()->text(), QStringLiteral("2,048"));
    // "$15.000" reads as fifteen thousand in German.
    switchNumbersTo(m_panel.get(), QLocale(QStringLiteral("de")));
    QCOMPARE(price->text(), QStringLiteral("$15,000"));
    QCOMPARE(m_panel->inputSlider()->spinBox()->text(), QStringLiteral("2.048"));
    QCOMPARE(price->value(), 15.0);
    // And typing follows the new format too.
    QSpinBox *input = m_panel->inputSlider()->spinBox();
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("4.096"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->value(), 4096);
    switchNumbersTo(m_panel.get(), QLocale(QStringLiteral("en_US")));
    QCOMPARE(price->text(), QStringLiteral("$15.000"));
}

void TestScenarioPanel::workloadSpinBoxesFollowALanguageSwitch()
{
    WorkloadPanel workload(Catalog::builtIn());
    auto *margin = workload.findChild<QDoubleSpinBox *>();
    QVERIFY(margin);
    margin->setDecimals(1); // a decimal separator to see
    QCOMPARE(margin->text(), QStringLiteral("30.0 %"));
    switchNumbersTo(&workload, QLocale(QStringLiteral("fr")));
    QCOMPARE(margin->text(), QStringLiteral("30,0 %"));
}

void TestScenarioPanel::tooLargeANumberIsExplained()
{
    QSpinBox *batch = m_panel->batchSlider()->spinBox();
    auto *watcher = batch->findChild<SpinBoxWatcher *>();
    QVERIFY(watcher);
    QSignalSpy noted(watcher, &SpinBoxWatcher::rangeNoted);
    batch->setFocus();
    batch->selectAll();
    QTest::keyClicks(batch, QStringLiteral("99999"));
    QVERIFY(!noted.isEmpty());
    // The note names the range, in the box's own format.
    QVERIFY2(watcher->lastNote().contains(QStringLiteral("4,096")),
             qPrintable(watcher->lastNote()));
    QVERIFY2(watcher->lastNote().contains(QStringLiteral("1 to 4,096")),
             qPrintable(watcher->lastNote()));
    QTest::keyClick(batch, Qt::Key_Return);
    QVERIFY(batch->value() <= 4096);
}

void TestScenarioPanel::tooSmallANumberIsRaisedAndExplained()
{
    QSpinBox *output = m_panel->outputSlider()->spinBox();
    auto *watcher = output->findChild<SpinBoxWatcher *>();
    QVERIFY(watcher);
    QSignalSpy edited(m_panel.get(), &ScenarioPanel::scenarioEdited);
    output->setFocus();
    output->selectAll();
    QTest::keyClicks(output, QStringLiteral("0"));
    QTest::keyClick(output, Qt::Key_Return);
    // Not quietly back to 512: the smallest length, and a note saying why.
    QCOMPARE(output->value(), 1);
    QVERIFY2(watcher->lastNote().contains(QStringLiteral("set to 1")),
             qPrintable(watcher->lastNote()));
    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited.last().at(0).value<Scenario>().outputTokens, int64_t(1));
}

void TestScenarioPanel::tokensGoUpToTheModelsLimit()
{
    for (LogSlider *slider : {m_panel->inputSlider(), m_panel->outputSlider()}) {
        QCOMPARE(slider->maximum(), kMaxTokens);
        QCOMPARE(int64_t(slider->spinBox()->maximum()), kMaxTokens);
    }
    QSpinBox *input = m_panel->inputSlider()->spinBox();
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("50000000"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(input->value(), 50'000'000);
}

void TestScenarioPanel::presetsStayPresetsAfterALessonAndALanguageSwitch()
{
    // A lesson step hands the window a scenario whose model is a catalog preset; the window
    // adds it like any model a scenario brings.
    const Catalog &catalog = Catalog::builtIn();
    ScenarioChanges step;
    step.modelId = QStringLiteral("mistral-7b");
    const Scenario s = applyChanges(catalog, defaultServingScenario(catalog), step).value();
    m_panel->addModel(s.model);
    m_panel->setScenario(s);
    QCOMPARE(m_panel->modelBox()->currentText(), catalog.findModel("mistral-7b")->name);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_panel.get(), &change);
    QCOMPARE(m_panel->modelBox()->currentText(), catalog.findModel("mistral-7b")->name);
    for (int i = 0; i < m_panel->modelBox()->count(); ++i)
        QVERIFY2(!m_panel->modelBox()->itemText(i).contains(QStringLiteral("imported")),
                 qPrintable(m_panel->modelBox()->itemText(i)));
    // A model really imported still says so.
    ModelSpec imported = s.model;
    imported.id = QStringLiteral("my-model");
    imported.name = QStringLiteral("My model");
    m_panel->addModel(imported);
    QVERIFY(m_panel->modelBox()->findText(QStringLiteral("My model (imported)")) >= 0);
}

void TestScenarioPanel::longHardwareNamesAreShownWhole()
{
    QComboBox *hardware = m_panel->hardwareBox();
    QString longest;
    for (int i = 0; i < hardware->count(); ++i) {
        if (hardware->itemText(i).size() > longest.size())
            longest = hardware->itemText(i);
    }
    QVERIFY(longest.size() > 40); // the Apple M2 Ultra's
    const int needed = hardware->view()->fontMetrics().horizontalAdvance(longest);
    QVERIFY2(
        hardware->view()->minimumWidth() > needed,
        qPrintable(QStringLiteral("%1 <= %2").arg(hardware->view()->minimumWidth()).arg(needed)));
    QVERIFY(hardware->width() < needed); // the box itself stays narrow
    // The tooltip names the whole current choice, then what the box is for.
    hardware->setCurrentIndex(hardware->findText(longest));
    QVERIFY(hardware->toolTip().startsWith(longest + QLatin1Char('\n')));
    QVERIFY(hardware->toolTip().contains(QStringLiteral("accelerator")));
    QCOMPARE(hardware->itemData(hardware->findText(longest), Qt::ToolTipRole).toString(), longest);
}

void TestScenarioPanel::flashAttentionIsTheEnginesChoice()
{
    QCheckBox *flash = nullptr;
    for (QCheckBox *box : m_panel->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("Flash attention"))
            flash = box;
    }
    QVERIFY(flash);
    // vLLM (the default scenario's engine) has no unfused path: on, and not to be cleared.
    QVERIFY(flash->isChecked());
    QVERIFY(!flash->isEnabled());
    QVERIFY(flash->toolTip().contains(QStringLiteral("always")));
    // llama.cpp can run either way; clearing the box edits the scenario's engine.
    const Catalog &catalog = Catalog::builtIn();
    ScenarioChanges llama;
    llama.engineId = QStringLiteral("llama.cpp");
    llama.hardwareId = QStringLiteral("rtx-4090");
    m_panel->setScenario(applyChanges(catalog, defaultServingScenario(catalog), llama).value());
    QVERIFY(flash->isEnabled());
    QVERIFY(flash->isChecked()); // -fa auto: on
    QVERIFY(flash->toolTip().contains(QStringLiteral("24 bytes per score")));
    QSignalSpy edited(m_panel.get(), &ScenarioPanel::scenarioEdited);
    flash->setChecked(false);
    QCOMPARE(edited.size(), 1);
    const Scenario edit = edited.first().first().value<Scenario>();
    QVERIFY(!edit.serving.engine.flashAttention);
    QCOMPARE(edited.first().at(1).toString(), QStringLiteral("Turn off flash attention"));
    // A scenario without it shows the box cleared, and setting it edits nothing.
    m_panel->setScenario(edit);
    QVERIFY(!flash->isChecked());
    QCOMPARE(edited.size(), 1);
    // Another GPU: the engine's numbers follow to the M2 Ultra's class (Apple) and its Metal
    // backend's 16 bytes per score, and flash attention stays off (before, the switch counted as
    // an edit of the numbers, which then stayed the RTX 4090's).
    ScenarioChanges mac;
    mac.hardwareId = QStringLiteral("apple-m2-ultra");
    const Scenario moved = applyChanges(catalog, edit, mac).value();
    QVERIFY(!moved.serving.engine.flashAttention);
    QCOMPARE(moved.serving.engine.hardwareClass, QStringLiteral("apple"));
    QCOMPARE(moved.serving.engine.unfusedScoreBytes, 16.0);
    EngineProfile expected =
        resolveEngine(*catalog.findEngine(QStringLiteral("llama.cpp")), moved.hardware);
    expected.flashAttention = false;
    QCOMPARE(moved.serving.engine, expected);
    // A number someone edited still stays.
    Scenario tuned = edit;
    tuned.serving.engine.computeEfficiency = 0.123;
    QCOMPARE(applyChanges(catalog, tuned, mac).value().serving.engine.computeEfficiency, 0.123);
}

void TestScenarioPanel::noEmptyFrameUnderAdvanced()
{
    // Every frame shown holds something: closed, Advanced is its check box alone.
    auto emptyFrames = [this] {
        QStringList empty;
        for (const QGroupBox *group : m_panel->findChildren<QGroupBox *>()) {
            bool holdsSomething = false;
            for (const QWidget *child : group->findChildren<QWidget *>())
                holdsSomething = holdsSomething || child->isVisibleTo(m_panel.get());
            if (group->isVisibleTo(m_panel.get()) && !holdsSomething)
                empty << group->title();
        }
        return empty;
    };
    QVERIFY2(emptyFrames().isEmpty(), qPrintable(emptyFrames().join(QLatin1Char(','))));
    QCheckBox *advanced = nullptr;
    for (QCheckBox *box : m_panel->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("Advanced"))
            advanced = box;
    }
    QVERIFY(advanced);
    QVERIFY(!advanced->isChecked());
    advanced->setChecked(true);
    QVERIFY(emptyFrames().isEmpty());
    int shown = 0;
    for (const QAbstractSpinBox *box : m_panel->findChildren<QAbstractSpinBox *>())
        shown += box->isVisibleTo(m_panel.get());
    // Every spin box shows but one: the load control shows clients or requests per second,
    // whichever the load's mode uses.
    QCOMPARE(shown, int(m_panel->findChildren<QAbstractSpinBox *>().size()) - 1);
}

TCE_TEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
