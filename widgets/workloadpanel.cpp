#include "workloadpanel.h"

#include "catalog.h"
#include "spinboxwatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tce {

WorkloadPanel::WorkloadPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
{
    auto *group = new QGroupBox(this);
    m_texts.title(group, QT_TR_NOOP("Workload"));
    auto *form = new QFormLayout(group);
    m_mix = new QComboBox(group);
    for (const WorkloadMix &mix : catalog.mixes)
        m_mix->addItem(mix.name, mix.id);
    m_mix->insertSeparator(m_mix->count());
    m_mix->addItem(QString(), QStringLiteral("import"));
    m_texts.toolTip(
        m_mix,
        QT_TR_NOOP(
            "The requests the Margins and Margin map charts evaluate: a built-in mix fitted to "
            "public traces, or your own trace (TIMESTAMP,ContextTokens,GeneratedTokens or "
            "input_tokens,output_tokens)."));
    m_mix->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mix->setMinimumContentsLength(14);
    m_largestBatch = new QCheckBox(group);
    m_texts.text(m_largestBatch, QT_TR_NOOP("Largest batch that fits"));
    m_texts.toolTip(
        m_largestBatch,
        QT_TR_NOOP("Serve the mix at as many concurrent sequences of its mean length as fit in "
                   "memory, instead of the batch size above."));
    m_serveMix = new QCheckBox(group);
    m_texts.text(m_serveMix, QT_TR_NOOP("Serving charts serve the mix"));
    m_texts.toolTip(
        m_serveMix,
        QT_TR_NOOP("The Serving and Timeline charts simulate requests of this mix (or trace) "
                   "instead of the input and output lengths above. A trace's own arrival times "
                   "are used when the scenario file asks for them."));
    m_targetMargin = new QDoubleSpinBox(group);
    m_targetMargin->setRange(0, 95);
    m_targetMargin->setDecimals(0);
    m_texts.suffix(m_targetMargin, QT_TR_NOOP(" %"));
    m_targetMargin->setValue(30);
    m_texts.toolTip(
        m_targetMargin,
        QT_TR_NOOP("The margin a provider aims for: the Margins chart gives the output price that "
                   "earns it over the whole mix."));
    m_revenue = new QComboBox(group);
    m_texts.toolTip(
        m_revenue,
        QT_TR_NOOP(
            "What the requests pay: the API price above, or an entry of an imported price "
            "catalog (LiteLLM's model_prices_and_context_window.json or a CSV), whose "
            "long-context tier bills a whole request once its prompt crosses the threshold."));
    m_revenue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_revenue->setMinimumContentsLength(14);
    m_revenue->setEditable(true); // type to find one of a thousand entries
    m_revenue->setInsertPolicy(QComboBox::NoInsert);
    setPriceEntries({}, QString());
    // Mix names come from the catalog (their translations from the data strings); the import
    // entries are ours. Found by their data: traces are inserted above them.
    m_texts.add([this, mixes = catalog.mixes](const auto &) {
        for (const WorkloadMix &mix : mixes)
            m_mix->setItemText(m_mix->findData(mix.id),
                               translatedDataText("WorkloadMix", mix.name));
        m_mix->setItemText(m_mix->findData(QStringLiteral("import")), tr("Import trace CSV…"));
        m_revenue->setItemText(m_revenue->findData(QString()), tr("The API price above"));
        m_revenue->setItemText(m_revenue->findData(QStringLiteral("\x01import")),
                               tr("Import price catalog…"));
    });
    m_texts.addRow(form, QT_TR_NOOP("&Mix"), m_mix);
    form->addRow(m_largestBatch);
    form->addRow(m_serveMix);
    m_texts.addRow(form, QT_TR_NOOP("Target &margin"), m_targetMargin);
    m_texts.addRow(form, QT_TR_NOOP("&Revenue at"), m_revenue);
    m_texts.add([this](const auto &) {
        for (QWidget *w :
             {static_cast<QWidget *>(m_mix), static_cast<QWidget *>(m_largestBatch),
              static_cast<QWidget *>(m_serveMix), static_cast<QWidget *>(m_targetMargin)})
            w->setStatusTip(w->toolTip());
    });
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
    connect(m_serveMix, &QCheckBox::toggled, this, &WorkloadPanel::settingsChanged);
    connect(m_targetMargin, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::settingsChanged);
    SpinBoxWatcher::watchAll(this);
}

QString WorkloadPanel::currentMixId() const
{
    const QString id = m_mix->currentData().toString();
    return id.startsWith(QLatin1String("trace:")) ? QString() : id;
}

bool WorkloadPanel::serveMix() const
{
    return m_serveMix->isChecked();
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

void WorkloadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

} // namespace tce
