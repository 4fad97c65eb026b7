#include "workloadpanel.h"

#include "catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tce {

WorkloadPanel::WorkloadPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
{
    auto *group = new QGroupBox(tr("Workload"), this);
    auto *form = new QFormLayout(group);
    m_mix = new QComboBox(group);
    for (const WorkloadMix &mix : catalog.mixes)
        m_mix->addItem(mix.name, mix.id);
    m_mix->insertSeparator(m_mix->count());
    m_mix->addItem(tr("Import trace CSV…"), QStringLiteral("import"));
    m_mix->setToolTip(
        tr("The requests the Margins and Margin map charts evaluate: a built-in mix fitted to "
           "public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or "
           "input_tokens,output_tokens)."));
    m_mix->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mix->setMinimumContentsLength(14);
    m_largestBatch = new QCheckBox(tr("Largest batch that fits"), group);
    m_largestBatch->setToolTip(
        tr("Serve the mix at as many concurrent sequences of its mean length as fit in "
           "memory, instead of the batch size above."));
    m_targetMargin = new QDoubleSpinBox(group);
    m_targetMargin->setRange(0, 95);
    m_targetMargin->setDecimals(0);
    m_targetMargin->setSuffix(tr(" %"));
    m_targetMargin->setValue(30);
    m_targetMargin->setToolTip(
        tr("The margin a provider aims for: the Margins chart gives the output price that "
           "earns it over the whole mix."));
    m_revenue = new QComboBox(group);
    m_revenue->setToolTip(
        tr("What the requests pay: the API price above, or an entry of an imported price "
           "catalog (LiteLLM's model_prices_and_context_window.json or a CSV), whose "
           "long-context tier bills a whole request once its prompt crosses the threshold."));
    m_revenue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_revenue->setMinimumContentsLength(14);
    m_revenue->setEditable(true); // type to find one of a thousand entries
    m_revenue->setInsertPolicy(QComboBox::NoInsert);
    setPriceEntries({}, QString());
    form->addRow(tr("&Mix"), m_mix);
    form->addRow(m_largestBatch);
    form->addRow(tr("Target &margin"), m_targetMargin);
    form->addRow(tr("&Revenue at"), m_revenue);
    for (QWidget *w : {static_cast<QWidget *>(m_mix), static_cast<QWidget *>(m_largestBatch),
                       static_cast<QWidget *>(m_targetMargin)})
        w->setStatusTip(w->toolTip());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(group);

    connect(m_mix, &QComboBox::activated, this, [this](int index) {
        const QString id = m_mix->itemData(index).toString();
        if (id == QLatin1String("import")) {
            const QSignalBlocker blocker(m_mix);
            m_mix->setCurrentIndex(m_lastIndex); // until a trace is really imported
            emit importTraceRequested();
            return;
        }
        m_lastIndex = index;
        emit mixChosen(id);
    });
    connect(m_revenue, &QComboBox::activated, this, [this](int index) {
        const QString id = m_revenue->itemData(index).toString();
        if (id == QLatin1String("\x01import")) {
            const QSignalBlocker blocker(m_revenue);
            m_revenue->setCurrentIndex(0);
            emit importPricesRequested();
            return;
        }
        emit revenuePricesChosen(id);
    });
    connect(m_largestBatch, &QCheckBox::toggled, this, &WorkloadPanel::settingsChanged);
    connect(m_targetMargin, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::settingsChanged);
}

QString WorkloadPanel::currentMixId() const
{
    const QString id = m_mix->currentData().toString();
    return id.startsWith(QLatin1String("trace:")) ? QString() : id;
}

bool WorkloadPanel::largestBatchThatFits() const
{
    return m_largestBatch->isChecked();
}

double WorkloadPanel::targetMargin() const
{
    return m_targetMargin->value() / 100.0;
}

void WorkloadPanel::setPriceEntries(const QStringList &ids, const QString &catalogName)
{
    const QSignalBlocker blocker(m_revenue);
    m_revenue->clear();
    m_revenue->addItem(tr("The API price above"), QString());
    for (const QString &id : ids)
        m_revenue->addItem(tr("%1 (%2)").arg(id, catalogName), id);
    m_revenue->insertSeparator(m_revenue->count());
    m_revenue->addItem(tr("Import price catalog…"), QStringLiteral("\x01import"));
    m_revenue->setCurrentIndex(0);
}

void WorkloadPanel::showTrace(const QString &name)
{
    const QSignalBlocker blocker(m_mix);
    const QString id = QStringLiteral("trace:") + name;
    int index = m_mix->findData(id);
    if (index < 0) {
        m_mix->insertItem(m_mix->count() - 2, tr("%1 (trace)").arg(name), id);
        index = m_mix->findData(id);
    }
    m_mix->setCurrentIndex(index);
    m_lastIndex = index;
}

} // namespace tce
