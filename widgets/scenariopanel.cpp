#include "scenariopanel.h"

#include "catalog.h"
#include "logslider.h"
#include "requestfeaturesgroup.h"
#include "scenariobuilder.h"
#include "servingloadgroup.h"
#include "spinboxvalue.h"
#include "spinboxwatcher.h"
#include "timingmodel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tce {

namespace {

QDoubleSpinBox *makeDoubleSpin(QWidget *parent, double lo, double hi, int decimals, double step,
                               const QString &suffix = {}, const QString &prefix = {})
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(lo, hi);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setPrefix(prefix);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    return spin;
}

// A combo box's explanation, without the current name its tooltip starts with.
constexpr char kExplanation[] = "tceExplanation";

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index);
}

} // namespace

ScenarioPanel::ScenarioPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Model and hardware.
    auto *modelGroup = new QGroupBox(this);
    m_texts.title(modelGroup, QT_TR_NOOP("Model and hardware"));
    auto *modelForm = new QFormLayout(modelGroup);
    m_model = new QComboBox(modelGroup);
    m_texts.toolTip(
        m_model,
        QT_TR_NOOP(
            "The model architecture: layers, width, attention heads, experts. Choose a "
            "preset or import a Hugging Face config.json (you can also drop one on the window)."));
    m_hardware = new QComboBox(modelGroup);
    m_texts.toolTip(
        m_hardware,
        QT_TR_NOOP("The accelerator: its peak FLOP/s, memory bandwidth and memory size."));
    m_gpus = new QSpinBox(modelGroup);
    m_gpus->setRange(1, kMaxGpus);
    m_texts.toolTip(
        m_gpus,
        QT_TR_NOOP("GPUs serving one copy of the model with tensor parallelism: they split every "
                   "layer and exchange activations twice per layer."));
    m_weights = new QComboBox(modelGroup);
    m_texts.toolTip(
        m_weights,
        QT_TR_NOOP("How the weights are stored. Fewer bits mean fewer bytes to stream per decode "
                   "step; fp8 and int8 also compute faster on hardware that supports them."));
    m_kvPrecision = new QComboBox(modelGroup);
    m_texts.toolTip(m_kvPrecision, QT_TR_NOOP("How keys and values are stored in the KV cache."));
    for (const QString &name : precisionNames()) {
        m_weights->addItem(name, name);
        m_kvPrecision->addItem(name, name);
    }
    m_engine = new QComboBox(modelGroup);
    m_texts.toolTip(
        m_engine,
        QT_TR_NOOP("The serving engine's profile: how close it gets to the hardware's peak "
                   "(efficiencies), its fixed cost per run, and the memory it keeps for itself. "
                   "'Ideal roofline' is the textbook bound."));
    m_texts.addRow(modelForm, QT_TR_NOOP("&Model"), m_model);
    m_texts.addRow(modelForm, QT_TR_NOOP("&Hardware"), m_hardware);
    m_texts.addRow(modelForm, QT_TR_NOOP("&GPUs"), m_gpus);
    m_texts.addRow(modelForm, QT_TR_NOOP("&Weights"), m_weights);
    m_texts.addRow(modelForm, QT_TR_NOOP("&KV cache"), m_kvPrecision);
    m_texts.addRow(modelForm, QT_TR_NOOP("&Engine"), m_engine);
    layout->addWidget(modelGroup);

    // The request.
    auto *requestGroup = new QGroupBox(this);
    m_texts.title(requestGroup, QT_TR_NOOP("Request and batch"));
    auto *requestForm = new QFormLayout(requestGroup);
    requestForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_input = new LogSlider(1, kMaxTokens, requestGroup);
    m_texts.toolTip(m_input,
                    QT_TR_NOOP("Prompt length I: tokens processed together in one prefill run."));
    m_texts.accessibleName(m_input->slider(), QT_TR_NOOP("Input tokens"));
    m_texts.accessibleName(m_input->spinBox(), QT_TR_NOOP("Input tokens"));
    m_output = new LogSlider(1, kMaxTokens, requestGroup);
    m_texts.toolTip(
        m_output,
        QT_TR_NOOP("Output length O: each output token needs one more run over the whole model."));
    m_texts.accessibleName(m_output->slider(), QT_TR_NOOP("Output tokens"));
    m_texts.accessibleName(m_output->spinBox(), QT_TR_NOOP("Output tokens"));
    m_batch = new LogSlider(1, 4096, requestGroup);
    m_texts.toolTip(
        m_batch,
        QT_TR_NOOP("Sequences decoded together: they share one read of the weights per step."));
    m_texts.accessibleName(m_batch->slider(), QT_TR_NOOP("Batch size"));
    m_texts.accessibleName(m_batch->spinBox(), QT_TR_NOOP("Batch size"));
    m_kvCache = new QCheckBox(requestGroup);
    m_texts.text(m_kvCache, QT_TR_NOOP("Use a KV cache"));
    m_texts.toolTip(
        m_kvCache,
        QT_TR_NOOP("Keep every token's keys and values, so each output token runs the model once "
                   "over one token. Off: every output token recomputes the whole prefix."));
    m_texts.addRow(requestForm, QT_TR_NOOP("&Input tokens"), m_input);
    m_texts.addRow(requestForm, QT_TR_NOOP("&Output tokens"), m_output);
    m_texts.addRow(requestForm, QT_TR_NOOP("&Batch size"), m_batch);
    requestForm->addRow(m_kvCache);
    layout->addWidget(requestGroup);

    // The serving charts' load.
    m_loadGroup = new ServingLoadGroup(this);
    layout->addWidget(m_loadGroup);

    // Prices.
    auto *priceGroup = new QGroupBox(this);
    m_texts.title(priceGroup, QT_TR_NOOP("Prices"));
    auto *priceForm = new QFormLayout(priceGroup);
    m_gpuHour = makeDoubleSpin(priceGroup, 0, 1000, 2, 0.1);
    m_texts.prefix(m_gpuHour, QT_TR_NOOP("$"));
    m_texts.toolTip(m_gpuHour, QT_TR_NOOP("What one GPU costs per hour (rental or amortised)."));
    m_price = new QComboBox(priceGroup);
    m_texts.toolTip(
        m_price,
        QT_TR_NOOP(
            "An API's list price, to compare with the cost: dated presets, editable below."));
    m_priceIn = makeDoubleSpin(priceGroup, 0, 10000, 3, 0.25);
    m_texts.prefix(m_priceIn, QT_TR_NOOP("$"));
    m_texts.toolTip(m_priceIn, QT_TR_NOOP("API price per 1M input tokens."));
    m_priceOut = makeDoubleSpin(priceGroup, 0, 10000, 3, 0.25);
    m_texts.prefix(m_priceOut, QT_TR_NOOP("$"));
    m_texts.toolTip(m_priceOut, QT_TR_NOOP("API price per 1M output tokens."));
    m_texts.addRow(priceForm, QT_TR_NOOP("GPU-&hour"), m_gpuHour);
    m_texts.addRow(priceForm, QT_TR_NOOP("API &price"), m_price);
    m_texts.addRow(priceForm, QT_TR_NOOP("Input / 1M"), m_priceIn);
    m_texts.addRow(priceForm, QT_TR_NOOP("Output / 1M"), m_priceOut);
    layout->addWidget(priceGroup);

    // Prompt caching, reasoning, speculation, energy.
    m_features = new RequestFeaturesGroup(catalog, this);
    layout->addWidget(m_features);

    // Advanced: the engine profile's factors, editable. A check box opens them: a closed
    // checkable group box still drew an empty frame, read as a broken control.
    auto *advancedToggle = new QCheckBox(this);
    m_texts.text(advancedToggle, QT_TR_NOOP("Advanced"));
    m_texts.toolTip(
        advancedToggle,
        QT_TR_NOOP("The engine profile's factors. They start from published measurements (see "
                   "Help > About) and can be changed."));
    auto *advancedBody = new QGroupBox(this);
    auto *advancedForm = new QFormLayout(advancedBody);
    advancedBody->setVisible(false);
    connect(advancedToggle, &QCheckBox::toggled, advancedBody, &QWidget::setVisible);
    m_computeEfficiency = makeDoubleSpin(advancedBody, 0.01, 1, 2, 0.05);
    m_texts.toolTip(
        m_computeEfficiency,
        QT_TR_NOOP("Share of the peak FLOP/s reached in compute-bound runs (prefill)."));
    m_memoryEfficiency = makeDoubleSpin(advancedBody, 0.01, 1, 2, 0.05);
    m_texts.toolTip(
        m_memoryEfficiency,
        QT_TR_NOOP("Share of the peak memory bandwidth reached in memory-bound runs (decode)."));
    m_overheadMs = makeDoubleSpin(advancedBody, 0, 1000, 3, 0.1);
    m_texts.suffix(m_overheadMs, QT_TR_NOOP(" ms"));
    m_texts.toolTip(m_overheadMs,
                    QT_TR_NOOP("Fixed time per run: scheduling, kernel launches, sampling."));
    m_reservePercent = makeDoubleSpin(advancedBody, 0, 99, 1, 1);
    m_texts.suffix(m_reservePercent, QT_TR_NOOP(" %"));
    m_texts.toolTip(m_reservePercent, QT_TR_NOOP("GPU memory the engine leaves unused."));
    m_prefillBatch = new QSpinBox(advancedBody);
    m_prefillBatch->setRange(0, kMaxBatch);
    m_texts.specialValueText(m_prefillBatch, QT_TR_NOOP("same as batch"));
    m_texts.toolTip(m_prefillBatch,
                    QT_TR_NOOP("Prompts prefilled in one run. 0: as many as the batch."));
    m_texts.addRow(advancedForm, QT_TR_NOOP("Compute efficiency"), m_computeEfficiency);
    m_texts.addRow(advancedForm, QT_TR_NOOP("Memory efficiency"), m_memoryEfficiency);
    m_texts.addRow(advancedForm, QT_TR_NOOP("Overhead per run"), m_overheadMs);
    m_texts.addRow(advancedForm, QT_TR_NOOP("Memory reserve"), m_reservePercent);
    m_flashAttention = new QCheckBox(advancedBody);
    m_texts.text(m_flashAttention, QT_TR_NOOP("Flash attention"));
    m_texts.addRow(advancedForm, QT_TR_NOOP("Prefill batch"), m_prefillBatch);
    advancedForm->addRow(m_flashAttention);
    layout->addWidget(advancedToggle);
    layout->addWidget(advancedBody);
    layout->addStretch(1);

    fillPresetBoxes();
    // Long preset names must not widen the dock: combo boxes show what fits, the popup every
    // name whole, and the tooltip the current one.
    for (QComboBox *box : presetBoxes()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] { describeChoice(box); });
    }
    m_texts.add([this](const auto &) { retranslateItems(); });
    // The status bar explains what is under the mouse: the same text as the tooltip.
    m_texts.add([this](const auto &) {
        for (QWidget *child : findChildren<QWidget *>()) {
            if (!child->toolTip().isEmpty())
                child->setStatusTip(
                    child->toolTip().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        }
    });
    // After the explanations are set in the new language: the current names go above them.
    m_texts.add([this](const auto &) {
        for (QComboBox *box : presetBoxes()) {
            box->setProperty(kExplanation, box->toolTip());
            describeChoice(box);
        }
    });
    SpinBoxWatcher::watchAll(this);

    connect(m_model, &QComboBox::activated, this, [this](int index) {
        const QString id = m_model->itemData(index).toString();
        if (id.isEmpty()) {
            setScenario(m_scenario); // back to the current model in the box
            emit importConfigRequested();
            return;
        }
        edit(tr("Change model"), false, [&](Scenario &s) {
            for (const ModelSpec &m : m_importedModels) {
                if (m.id == id) {
                    s.model = m;
                    return;
                }
            }
            if (const ModelSpec *m = m_catalog.findModel(id))
                s.model = *m;
        });
    });
    connect(m_hardware, &QComboBox::activated, this, [this](int index) {
        ScenarioChanges c;
        c.hardwareId = m_hardware->itemData(index).toString();
        edit(tr("Change hardware"), false,
             [&](Scenario &s) { s = applyChanges(m_catalog, s, c).value(); });
    });
    connect(m_engine, &QComboBox::activated, this, [this](int index) {
        ScenarioChanges c;
        c.engineId = m_engine->itemData(index).toString();
        edit(tr("Change engine"), false,
             [&](Scenario &s) { s = applyChanges(m_catalog, s, c).value(); });
    });
    connect(m_price, &QComboBox::activated, this, [this](int index) {
        ScenarioChanges c;
        c.priceId = m_price->itemData(index).toString();
        edit(tr("Change API price"), false,
             [&](Scenario &s) { s = applyChanges(m_catalog, s, c).value(); });
    });
    connect(m_gpus, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change GPU count"), false, [&](Scenario &s) { s.serving.gpus = v; });
    });
    connect(m_weights, &QComboBox::activated, this, [this] {
        const auto p = precisionByName(m_weights->currentData().toString());
        edit(tr("Change weight format"), false, [&](Scenario &s) {
            s.weights = *p;
            s.compute = computePrecisionFor(*p);
        });
    });
    connect(m_kvPrecision, &QComboBox::activated, this, [this] {
        const auto p = precisionByName(m_kvPrecision->currentData().toString());
        edit(tr("Change KV cache format"), false, [&](Scenario &s) { s.kvCache = *p; });
    });
    connect(m_input, &LogSlider::valueEdited, this, [this](int64_t v, bool dragging) {
        edit(tr("Change input length"), dragging, [&](Scenario &s) {
            s.inputTokens = v;
            // A cached prefix is part of the prompt: a shorter prompt shortens it.
            s.promptCache.prefixTokens = std::min(s.promptCache.prefixTokens, v);
        });
    });
    connect(m_output, &LogSlider::valueEdited, this, [this](int64_t v, bool dragging) {
        edit(tr("Change output length"), dragging, [&](Scenario &s) { s.outputTokens = v; });
    });
    connect(m_batch, &LogSlider::valueEdited, this, [this](int64_t v, bool dragging) {
        edit(tr("Change batch size"), dragging, [&](Scenario &s) { s.serving.batch = int(v); });
    });
    for (LogSlider *slider : {m_input, m_output, m_batch})
        connect(slider, &LogSlider::dragFinished, this, &ScenarioPanel::dragFinished);
    connect(m_loadGroup, &ServingLoadGroup::loadEdited, this,
            [this](const ServingLoad &load, const QString &description, bool dragging) {
                edit(description, dragging, [&](Scenario &s) { s.load = load; });
            });
    connect(m_loadGroup, &ServingLoadGroup::dragFinished, this, &ScenarioPanel::dragFinished);
    connect(m_kvCache, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Use the KV cache") : tr("Turn off the KV cache"), false,
             [&](Scenario &s) { s.useKvCache = on; });
    });
    connect(m_gpuHour, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change GPU-hour price"), false, [&](Scenario &s) { s.price.gpuHourUsd = v; });
    });
    auto customPrice = [](Scenario &s) {
        s.price.apiPriceId.clear();
        s.price.apiPriceName = tr("custom price");
    };
    connect(m_priceIn, &QDoubleSpinBox::valueChanged, this, [this, customPrice](double v) {
        edit(tr("Change input price"), false, [&](Scenario &s) {
            s.price.inputUsdPerMillion = v;
            customPrice(s);
        });
    });
    connect(m_priceOut, &QDoubleSpinBox::valueChanged, this, [this, customPrice](double v) {
        edit(tr("Change output price"), false, [&](Scenario &s) {
            s.price.outputUsdPerMillion = v;
            customPrice(s);
        });
    });
    connect(m_features, &RequestFeaturesGroup::featuresEdited, this,
            [this](const QString &description, const std::function<void(Scenario &)> &change) {
                edit(description, false, change);
            });
    connect(m_computeEfficiency, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change compute efficiency"), false,
             [&](Scenario &s) { s.serving.engine.computeEfficiency = v; });
    });
    connect(m_memoryEfficiency, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change memory efficiency"), false,
             [&](Scenario &s) { s.serving.engine.memoryEfficiency = v; });
    });
    connect(m_overheadMs, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change overhead per run"), false,
             [&](Scenario &s) { s.serving.engine.stepOverheadSeconds = v / 1e3; });
    });
    connect(m_reservePercent, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change memory reserve"), false,
             [&](Scenario &s) { s.serving.engine.memoryReserveFraction = v / 100; });
    });
    connect(m_flashAttention, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Turn on flash attention") : tr("Turn off flash attention"), false,
             [&](Scenario &s) { s.serving.engine.flashAttention = on; });
    });
    connect(m_prefillBatch, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change prefill batch"), false, [&](Scenario &s) { s.serving.prefillBatch = v; });
    });
}

void ScenarioPanel::fillPresetBoxes()
{
    for (const ModelSpec &m : m_catalog.models)
        m_model->addItem(m.name, m.id);
    m_model->insertSeparator(m_model->count());
    m_model->addItem(QString(), QString()); // "Import config.json…", see retranslateItems()
    for (const HardwareSpec &h : m_catalog.hardware)
        m_hardware->addItem(h.name, h.id);
    for (const EngineProfile &e : m_catalog.engines)
        m_engine->addItem(e.name, e.id);
    for (const ApiPrice &p : m_catalog.prices)
        m_price->addItem(p.name, p.id);
    m_price->addItem(QString(), QString()); // "Custom"
}

void ScenarioPanel::addModel(const ModelSpec &model)
{
    // A preset (a lesson step's, or one a file names unchanged) keeps its catalog entry: listed
    // as imported it would read "(imported)" from the next language switch on.
    if (const ModelSpec *preset = m_catalog.findModel(model.id);
        preset && preset->name == model.name && preset->contextLength == model.contextLength &&
        preset->sameArchitecture(model))
        return;
    m_importedModels.erase(std::remove_if(m_importedModels.begin(), m_importedModels.end(),
                                          [&](const ModelSpec &m) { return m.id == model.id; }),
                           m_importedModels.end());
    m_importedModels.append(model);
    if (m_model->findData(model.id) < 0)
        m_model->insertItem(m_model->count() - 2, importedName(model), model.id);
    fitPopup(m_model);
}

void ScenarioPanel::addEngine(const EngineProfile &engine)
{
    if (const int index = m_engine->findData(engine.id); index >= 0)
        m_engine->setItemText(index, engine.name);
    else
        m_engine->addItem(engine.name, engine.id);
    fitPopup(m_engine);
    const QSignalBlocker blocker(m_engine);
    selectData(m_engine, m_scenario.serving.engine.id);
}

QString ScenarioPanel::importedName(const ModelSpec &model) const
{
    return tr("%1 (imported)").arg(model.name);
}

void ScenarioPanel::retranslateItems()
{
    m_model->setItemText(m_model->findData(QString()), tr("Import config.json…"));
    m_price->setItemText(m_price->findData(QString()), tr("Custom"));
    showFlashAttention(m_scenario.serving.engine);
    for (const ModelSpec &model : m_importedModels)
        m_model->setItemText(m_model->findData(model.id), importedName(model));
    for (QComboBox *box : presetBoxes())
        fitPopup(box);
}

void ScenarioPanel::fitPopup(QComboBox *box)
{
    // As wide as the longest name: the box itself is narrower than many.
    const QFontMetrics metrics(box->view()->font());
    int widest = 0;
    for (int i = 0; i < box->count(); ++i) {
        widest = std::max(widest, metrics.horizontalAdvance(box->itemText(i)));
        box->setItemData(i, box->itemText(i), Qt::ToolTipRole);
    }
    box->view()->setMinimumWidth(widest + 2 * metrics.averageCharWidth() + 32);
}

QList<QComboBox *> ScenarioPanel::presetBoxes() const
{
    QList<QComboBox *> boxes = findChildren<QComboBox *>();
    boxes.removeIf([this](QComboBox *box) { return m_loadGroup->isAncestorOf(box); });
    return boxes;
}

void ScenarioPanel::describeChoice(QComboBox *box)
{
    const QString explanation = box->property(kExplanation).toString();
    const QString name = box->currentText();
    box->setToolTip(name.isEmpty() || explanation.isEmpty()
                        ? name + explanation
                        : name + QStringLiteral("\n\n") + explanation);
}

void ScenarioPanel::showFlashAttention(const EngineProfile &engine)
{
    // An engine that has no unfused path (vLLM, TensorRT-LLM, SGLang) always fuses: the box
    // shows that and cannot be cleared.
    const bool choosable = engine.unfusedScoreBytes > 0;
    const QSignalBlocker blocker(m_flashAttention);
    m_flashAttention->setChecked(engine.flashAttention || !choosable);
    m_flashAttention->setEnabled(choosable);
    m_flashAttention->setToolTip(
        choosable ? tr("Attention in one kernel, its scores kept on chip. Off (llama.cpp -fa 0): "
                       "every micro-batch of %1 tokens writes its scores to memory and reads "
                       "them back, %2 bytes per score, head and layer, so a long prompt is "
                       "slower per token than a short one.")
                        .arg(TimingModel::kMicroBatchTokens)
                        .arg(engine.unfusedScoreBytes)
                  : tr("%1 always runs attention in one kernel.").arg(engine.name));
    m_flashAttention->setStatusTip(m_flashAttention->toolTip());
}

void ScenarioPanel::setScenario(const Scenario &s)
{
    m_scenario = s;
    const QList<QWidget *> widgets{m_model,
                                   m_hardware,
                                   m_gpus,
                                   m_weights,
                                   m_kvPrecision,
                                   m_engine,
                                   m_kvCache,
                                   m_gpuHour,
                                   m_price,
                                   m_priceIn,
                                   m_priceOut,
                                   m_computeEfficiency,
                                   m_memoryEfficiency,
                                   m_overheadMs,
                                   m_reservePercent,
                                   m_prefillBatch,
                                   m_flashAttention};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : widgets)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    if (m_model->findData(s.model.id) < 0 && !s.model.id.isEmpty()) {
        m_model->insertItem(m_model->count() - 2, s.model.name, s.model.id);
        fitPopup(m_model);
    }
    selectData(m_model, s.model.id);
    selectData(m_hardware, s.hardware.id);
    selectData(m_engine, s.serving.engine.id);
    selectData(m_price, s.price.apiPriceId);
    if (m_weights->findData(s.weights.name) < 0)
        m_weights->addItem(s.weights.name, s.weights.name);
    selectData(m_weights, s.weights.name);
    if (m_kvPrecision->findData(s.kvCache.name) < 0)
        m_kvPrecision->addItem(s.kvCache.name, s.kvCache.name);
    selectData(m_kvPrecision, s.kvCache.name);
    showValue(m_gpus, s.serving.gpus);
    m_input->setValue(s.inputTokens);
    m_output->setValue(s.outputTokens);
    m_batch->setValue(s.serving.batch);
    m_kvCache->setChecked(s.useKvCache);
    showValue(m_gpuHour, s.price.gpuHourUsd);
    showValue(m_priceIn, s.price.inputUsdPerMillion);
    showValue(m_priceOut, s.price.outputUsdPerMillion);
    showValue(m_computeEfficiency, s.serving.engine.computeEfficiency);
    showValue(m_memoryEfficiency, s.serving.engine.memoryEfficiency);
    showValue(m_overheadMs, s.serving.engine.stepOverheadSeconds * 1e3);
    showValue(m_reservePercent, s.serving.engine.memoryReserveFraction * 100);
    showValue(m_prefillBatch, s.serving.prefillBatch);
    showFlashAttention(s.serving.engine);
    m_loadGroup->setLoad(s.load);
    m_features->setScenario(s);
    for (QComboBox *box : presetBoxes())
        describeChoice(box); // their signals were blocked
}

void ScenarioPanel::edit(const QString &description, bool dragging,
                         const std::function<void(Scenario &)> &change)
{
    Scenario next = m_scenario;
    change(next);
    m_scenario = next;
    emit scenarioEdited(next, description, dragging);
}

void ScenarioPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

} // namespace tce
