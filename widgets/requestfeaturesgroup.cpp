#include "requestfeaturesgroup.h"

#include "catalog.h"
#include "requestfeaturesjson.h"
#include "scenariobuilder.h"
#include "spinboxvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace tce {

namespace {

// The draft box's items: none, a head, then the catalog's models by id.
const QString kNoDraft = QStringLiteral("none");
const QString kHeadDraft = QStringLiteral("head");

QDoubleSpinBox *makeSpin(QWidget *parent, double lo, double hi, int decimals, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(lo, hi);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    return spin;
}

QSpinBox *makeTokenSpin(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, int(std::min<int64_t>(kMaxTokens, std::numeric_limits<int>::max())));
    spin->setSingleStep(500);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

RequestFeaturesGroup::RequestFeaturesGroup(const Catalog &catalog, QWidget *parent)
    : QGroupBox(parent)
    , m_catalog(catalog)
{
    m_texts.title(this, QT_TR_NOOP("Caching, reasoning, speculation, energy"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_cachedPrefix = makeTokenSpin(this);
    m_texts.specialValueText(m_cachedPrefix, QT_TR_NOOP("none"));
    m_texts.suffix(m_cachedPrefix, QT_TR_NOOP(" tokens"));
    m_texts.toolTip(
        m_cachedPrefix,
        QT_TR_NOOP("The first tokens of the prompt that an earlier request left in the prompt "
                   "cache (a system prompt, a document). A hit skips their prefill, but every "
                   "decode step still reads their keys and values, and they hold memory."));
    m_writesCache = new QCheckBox(this);
    m_texts.text(m_writesCache, QT_TR_NOOP("This request writes the cache (a miss)"));
    m_texts.toolTip(m_writesCache,
                    QT_TR_NOOP("A miss: the whole prompt is prefilled and the prefix is stored, "
                               "billed at the cache-write price."));
    m_hitRate = makeSpin(this, 0, 100, 0, 5);
    m_texts.suffix(m_hitRate, QT_TR_NOOP(" %"));
    m_texts.toolTip(
        m_hitRate, QT_TR_NOOP("Under load (the Serving and Timeline charts): the share of requests "
                              "that find the prefix in the cache. The others prefill it in full."));
    m_cacheRead = makeSpin(this, 0, 10000, 3, 0.05);
    m_texts.prefix(m_cacheRead, QT_TR_NOOP("$"));
    m_texts.specialValueText(m_cacheRead, QT_TR_NOOP("input price"));
    m_texts.toolTip(m_cacheRead,
                    QT_TR_NOOP("API price per 1M prompt tokens read from the cache (0: the input "
                               "price). Providers charge about a tenth of the input price."));
    m_cacheWrite = makeSpin(this, 0, 10000, 3, 0.05);
    m_texts.prefix(m_cacheWrite, QT_TR_NOOP("$"));
    m_texts.specialValueText(m_cacheWrite, QT_TR_NOOP("input price"));
    m_texts.toolTip(m_cacheWrite,
                    QT_TR_NOOP("API price per 1M prompt tokens written to the cache (0: the input "
                               "price). Anthropic charges 1.25x the input price for a 5-minute "
                               "write."));
    m_reasoning = makeTokenSpin(this);
    m_texts.specialValueText(m_reasoning, QT_TR_NOOP("none"));
    m_texts.suffix(m_reasoning, QT_TR_NOOP(" tokens"));
    m_texts.toolTip(m_reasoning,
                    QT_TR_NOOP("Hidden reasoning before the visible answer: decoded like output, "
                               "held in the KV cache, billed at the output price, never shown."));
    m_draft = new QComboBox(this);
    m_draft->addItem(QString(), kNoDraft);
    m_texts.itemText(m_draft, 0, QT_TR_NOOP("None"));
    m_draft->addItem(QString(), kHeadDraft);
    m_texts.itemText(m_draft, 1, QT_TR_NOOP("Draft head (EAGLE)"));
    for (const ModelSpec &model : catalog.models)
        m_draft->addItem(model.name, model.id);
    m_texts.toolTip(
        m_draft,
        QT_TR_NOOP("Speculative decoding: a draft proposes k tokens, one run of the target checks "
                   "all k + 1 positions. A head on the target's hidden states (EAGLE), or a "
                   "smaller model run on the same GPUs."));
    m_draftTokens = new QSpinBox(this);
    m_draftTokens->setRange(1, kMaxDraftTokens);
    m_draftTokens->setKeyboardTracking(false);
    m_texts.toolTip(m_draftTokens, QT_TR_NOOP("Draft length k: tokens proposed per round."));
    m_acceptance = makeSpin(this, 0, 0.99, 2, 0.05);
    m_texts.toolTip(m_acceptance,
                    QT_TR_NOOP("Acceptance rate α: the chance that the target keeps a draft token. "
                               "A round yields (1 − α^(k+1)) / (1 − α) tokens on average."));
    m_grid = makeSpin(this, 0, 2000, 0, 10);
    m_texts.suffix(m_grid, QT_TR_NOOP(" g CO₂/kWh"));
    m_texts.toolTip(
        m_grid, QT_TR_NOOP("The grid's carbon intensity, for the energy figures' CO₂ (the world "
                           "average was 480 g/kWh in 2024, Ember)."));

    m_texts.addRow(form, QT_TR_NOOP("Cached pre&fix"), m_cachedPrefix);
    form->addRow(m_writesCache);
    m_texts.addRow(form, QT_TR_NOOP("Hits under load"), m_hitRate);
    m_texts.addRow(form, QT_TR_NOOP("Cache read / 1M"), m_cacheRead);
    m_texts.addRow(form, QT_TR_NOOP("Cache write / 1M"), m_cacheWrite);
    m_texts.addRow(form, QT_TR_NOOP("Hi&dden reasoning tokens"), m_reasoning);
    m_texts.addRow(form, QT_TR_NOOP("&Speculative draft"), m_draft);
    m_texts.addRow(form, QT_TR_NOOP("Draft tokens k"), m_draftTokens);
    m_texts.addRow(form, QT_TR_NOOP("Acceptance α"), m_acceptance);
    m_texts.addRow(form, QT_TR_NOOP("Grid intensity"), m_grid);

    connect(m_cachedPrefix, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change cached prefix"), [v](Scenario &s) { s.promptCache.prefixTokens = v; });
    });
    connect(m_writesCache, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Write the prompt cache") : tr("Read the prompt cache"),
             [on](Scenario &s) { s.promptCache.writesCache = on; });
    });
    connect(m_hitRate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change cache hits under load"),
             [v](Scenario &s) { s.promptCache.servingHitRate = v / 100; });
    });
    connect(m_cacheRead, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change cache-read price"),
             [v](Scenario &s) { s.price.cachedInputUsdPerMillion = v; });
    });
    connect(m_cacheWrite, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change cache-write price"),
             [v](Scenario &s) { s.price.cacheWriteUsdPerMillion = v; });
    });
    connect(m_reasoning, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change reasoning tokens"), [v](Scenario &s) { s.reasoningTokens = v; });
    });
    connect(m_draft, &QComboBox::activated, this, [this](int index) {
        ScenarioChanges c;
        c.speculativeDraft = m_draft->itemData(index).toString();
        const Catalog &catalog = m_catalog;
        edit(tr("Change speculative draft"), [c, &catalog](Scenario &s) {
            // Every item is a draft applyChanges knows: a catalog model, "head" or "none".
            s = applyChanges(catalog, s, c).value();
        });
    });
    connect(m_draftTokens, &QSpinBox::valueChanged, this, [this](int v) {
        edit(tr("Change draft tokens"), [v](Scenario &s) { s.speculative.draftTokens = v; });
    });
    connect(m_acceptance, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change acceptance rate"), [v](Scenario &s) { s.speculative.acceptance = v; });
    });
    connect(m_grid, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change grid intensity"), [v](Scenario &s) { s.gridGramsCo2PerKwh = v; });
    });
    enableDraftRows();
}

void RequestFeaturesGroup::setScenario(const Scenario &s)
{
    m_scenario = s;
    const QList<QWidget *> widgets{m_cachedPrefix, m_writesCache, m_hitRate, m_cacheRead,
                                   m_cacheWrite,   m_reasoning,   m_draft,   m_draftTokens,
                                   m_acceptance,   m_grid};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : widgets)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    // A prefix is at most the prompt.
    m_cachedPrefix->setMaximum(
        int(std::clamp<int64_t>(s.inputTokens, 0, std::numeric_limits<int>::max())));
    showValue(m_cachedPrefix,
              int(std::min<int64_t>(s.promptCache.prefixTokens, m_cachedPrefix->maximum())));
    m_writesCache->setChecked(s.promptCache.writesCache);
    showValue(m_hitRate, s.promptCache.servingHitRate * 100);
    showValue(m_cacheRead, s.price.cachedInputUsdPerMillion);
    showValue(m_cacheWrite, s.price.cacheWriteUsdPerMillion);
    showValue(m_reasoning, int(std::min<int64_t>(s.reasoningTokens, m_reasoning->maximum())));
    QString draft = kNoDraft;
    if (s.speculative.draft == SpeculativeSpec::Draft::Head)
        draft = kHeadDraft;
    else if (s.speculative.draft == SpeculativeSpec::Draft::Model) {
        draft = s.speculative.draftModel.id;
        if (m_draft->findData(draft) < 0)
            m_draft->addItem(s.speculative.draftModel.name, draft);
    }
    m_draft->setCurrentIndex(m_draft->findData(draft));
    showValue(m_draftTokens, s.speculative.draftTokens);
    showValue(m_acceptance, s.speculative.acceptance);
    showValue(m_grid, s.gridGramsCo2PerKwh);
    enableDraftRows();
}

void RequestFeaturesGroup::enableDraftRows()
{
    const bool drafting = m_scenario.speculative.enabled();
    m_draftTokens->setEnabled(drafting);
    m_acceptance->setEnabled(drafting);
    m_writesCache->setEnabled(m_scenario.promptCache.prefixTokens > 0);
    m_hitRate->setEnabled(m_scenario.promptCache.prefixTokens > 0);
}

void RequestFeaturesGroup::edit(const QString &description,
                                const std::function<void(Scenario &)> &change)
{
    change(m_scenario);
    enableDraftRows();
    emit featuresEdited(description, change);
}

void RequestFeaturesGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace tce
