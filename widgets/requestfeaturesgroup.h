#pragma once

#include "scenario.h"
#include "translatedtexts.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace tce {

class Catalog;

// What modern serving does to the bill (cost-model.md section 8), in the scenario panel: a
// cached prompt prefix and whether this request writes it, hidden reasoning tokens, a
// speculative draft with its length and acceptance, the cache's prices and the grid's carbon
// intensity. Shows a scenario and reports each edit as a change to apply to it.
class RequestFeaturesGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit RequestFeaturesGroup(const Catalog &catalog, QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario); // does not emit

    QSpinBox *cachedPrefixBox() const { return m_cachedPrefix; }
    QCheckBox *writesCacheBox() const { return m_writesCache; }
    QDoubleSpinBox *hitRateBox() const { return m_hitRate; }
    QSpinBox *reasoningBox() const { return m_reasoning; }
    QComboBox *draftBox() const { return m_draft; }
    QSpinBox *draftTokensBox() const { return m_draftTokens; }
    QDoubleSpinBox *acceptanceBox() const { return m_acceptance; }
    QDoubleSpinBox *cacheReadPriceBox() const { return m_cacheRead; }
    QDoubleSpinBox *cacheWritePriceBox() const { return m_cacheWrite; }
    QDoubleSpinBox *gridBox() const { return m_grid; }

signals:
    void featuresEdited(const QString &description,
                        const std::function<void(tce::Scenario &)> &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void edit(const QString &description, const std::function<void(Scenario &)> &change);
    // Draft length and acceptance mean something only with a draft.
    void enableDraftRows();

    TranslatedTexts m_texts{this};
    const Catalog &m_catalog;
    Scenario m_scenario;
    QSpinBox *m_cachedPrefix = nullptr;
    QCheckBox *m_writesCache = nullptr;
    QDoubleSpinBox *m_hitRate = nullptr;
    QSpinBox *m_reasoning = nullptr;
    QComboBox *m_draft = nullptr;
    QSpinBox *m_draftTokens = nullptr;
    QDoubleSpinBox *m_acceptance = nullptr;
    QDoubleSpinBox *m_cacheRead = nullptr;
    QDoubleSpinBox *m_cacheWrite = nullptr;
    QDoubleSpinBox *m_grid = nullptr;
};

} // namespace tce
