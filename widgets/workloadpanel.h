#pragma once

#include "translatedtexts.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace tce {

class Catalog;

// The request mix the workload charts use: a built-in mix or an imported trace, the batch to
// serve it at, and the margin a provider aims for.
class WorkloadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadPanel(const Catalog &catalog, QWidget *parent = nullptr);

    QComboBox *mixBox() const { return m_mix; }
    QString currentMixId() const; // empty for an imported trace
    bool largestBatchThatFits() const;
    // The serving charts simulate the mix's requests instead of the scenario's one length pair.
    bool serveMix() const;
    QCheckBox *serveMixBox() const { return m_serveMix; }
    double targetMargin() const; // a fraction
    // Shows an imported trace as the current choice.
    void showTrace(const QString &name);
    // Lists the entries of an imported price catalog under "Revenue at".
    void setPriceEntries(const QStringList &ids, const QString &catalogName);
    QComboBox *revenueBox() const { return m_revenue; }

signals:
    void mixChosen(const QString &mixId);
    void importTraceRequested();
    void settingsChanged();
    void revenuePricesChosen(const QString &entryId); // empty: the scenario's API prices
    void importPricesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts{this};
    QComboBox *m_mix = nullptr;
    QCheckBox *m_largestBatch = nullptr;
    QCheckBox *m_serveMix = nullptr;
    QDoubleSpinBox *m_targetMargin = nullptr;
    QComboBox *m_revenue = nullptr;
    int m_lastIndex = 0;
};

} // namespace tce
