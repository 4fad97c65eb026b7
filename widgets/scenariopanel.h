#pragma once

#include "catalog.h"
#include "scenario.h"

#include "translatedtexts.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace tce {

class LogSlider;
class RequestFeaturesGroup;
class ServingLoadGroup;

// The scenario controls (the dock on the left). It shows a scenario and reports edits as a
// whole new scenario; it never evaluates anything. `dragging` is true while a slider is
// held, so that one drag can become one undo step.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario); // does not emit
    // Adds an imported model to the model list (kept for the session).
    void addModel(const ModelSpec &model);
    // Lists an engine profile saved in this session, which the catalog given to the
    // constructor now holds (an entry of the same id is renamed, not repeated): chosen again
    // later as the profiles read at start are.
    void addEngine(const EngineProfile &engine);

    LogSlider *inputSlider() const { return m_input; }
    LogSlider *outputSlider() const { return m_output; }
    LogSlider *batchSlider() const { return m_batch; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *hardwareBox() const { return m_hardware; }
    QComboBox *engineBox() const { return m_engine; }
    QComboBox *priceBox() const { return m_price; }
    QCheckBox *kvCacheBox() const { return m_kvCache; }
    ServingLoadGroup *loadGroup() const { return m_loadGroup; }
    RequestFeaturesGroup *featuresGroup() const { return m_features; }

signals:
    void scenarioEdited(const tce::Scenario &scenario, const QString &description, bool dragging);
    void dragFinished();
    void importConfigRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts{this};
    void edit(const QString &description, bool dragging,
              const std::function<void(Scenario &)> &change);
    void fillPresetBoxes();
    // The items whose text is ours, not the catalog's: "Import config.json…", "Custom", imports.
    void retranslateItems();
    // The flash attention box: the engine's setting, and whether it has another.
    void showFlashAttention(const EngineProfile &engine);
    QString importedName(const ModelSpec &model) const;
    void fitPopup(QComboBox *box);
    // The tooltip: the current choice's whole name, then what the box is for.
    void describeChoice(QComboBox *box);
    // The combo boxes whose tooltips name their choice (the load group words its own).
    QList<QComboBox *> presetBoxes() const;

    // The window's: profiles saved in this session join it (addEngine). It outlives the panel.
    const Catalog &m_catalog;
    Scenario m_scenario;
    QList<ModelSpec> m_importedModels;

    QComboBox *m_model = nullptr;
    QComboBox *m_hardware = nullptr;
    QSpinBox *m_gpus = nullptr;
    QComboBox *m_weights = nullptr;
    QComboBox *m_kvPrecision = nullptr;
    LogSlider *m_batch = nullptr;
    LogSlider *m_input = nullptr;
    LogSlider *m_output = nullptr;
    QCheckBox *m_kvCache = nullptr;
    QDoubleSpinBox *m_gpuHour = nullptr;
    QComboBox *m_price = nullptr;
    RequestFeaturesGroup *m_features = nullptr;
    QDoubleSpinBox *m_priceIn = nullptr;
    QDoubleSpinBox *m_priceOut = nullptr;
    QComboBox *m_engine = nullptr;
    QDoubleSpinBox *m_computeEfficiency = nullptr;
    QDoubleSpinBox *m_memoryEfficiency = nullptr;
    QDoubleSpinBox *m_overheadMs = nullptr;
    QDoubleSpinBox *m_reservePercent = nullptr;
    QSpinBox *m_prefillBatch = nullptr;
    QCheckBox *m_flashAttention = nullptr;
    ServingLoadGroup *m_loadGroup = nullptr;
};

} // namespace tce
