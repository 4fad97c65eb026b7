#include "servingloadgroup.h"

#include "logslider.h"
#include "spinboxvalue.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QSignalBlocker>

namespace tce {

namespace {

QDoubleSpinBox *makeSpin(QWidget *parent, double maximum, int decimals, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, maximum);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false); // typing "0.25" is one edit, not four
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

ServingLoadGroup::ServingLoadGroup(QWidget *parent)
    : QGroupBox(parent)
{
    m_texts.title(this, QT_TR_NOOP("Load on the server"));
    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_mode = new QComboBox(this);
    m_mode->addItem(QString(), int(LoadMode::Concurrency));
    m_texts.itemText(m_mode, 0, QT_TR_NOOP("Clients (each waits for its answer)"));
    m_mode->addItem(QString(), int(LoadMode::Rate));
    m_texts.itemText(m_mode, 1, QT_TR_NOOP("Requests per second (at random)"));
    // A trace's own timestamps come from a scenario file or the command line.
    m_texts.add([this](const auto &tr) { m_mode->setPlaceholderText(tr("A trace's timestamps")); });
    m_texts.toolTip(
        m_mode,
        QT_TR_NOOP("How requests reach the simulated server (the Serving and Timeline charts): a "
                   "number of clients that each send the next request when the last one is "
                   "answered, as benchmarks run it; or requests arriving at random at a rate, as "
                   "from many independent users."));
    m_clients = new LogSlider(1, kMaxClients, this);
    m_texts.toolTip(m_clients,
                    QT_TR_NOOP("Clients sending requests at once. The Serving chart sweeps 1 to "
                               "512; you can also drag the point marked 'This load' there."));
    m_texts.accessibleName(m_clients->slider(), QT_TR_NOOP("Clients"));
    m_texts.accessibleName(m_clients->spinBox(), QT_TR_NOOP("Clients"));
    m_rate = makeSpin(this, kMaxRequestsPerSecond, 2, 0.5);
    m_rate->setMinimum(0.01);
    m_texts.suffix(m_rate, QT_TR_NOOP(" req/s"));
    m_texts.toolTip(m_rate, QT_TR_NOOP("Requests arriving per second, at random (Poisson)."));
    m_ttftTarget = makeSpin(this, kMaxSloSeconds, 3, 0.1);
    m_texts.suffix(m_ttftTarget, QT_TR_NOOP(" s"));
    m_texts.specialValueText(m_ttftTarget, QT_TR_NOOP("no target"));
    m_texts.toolTip(m_ttftTarget,
                    QT_TR_NOOP("A latency target: the longest a user should wait for the first "
                               "token. Goodput counts the requests per second that meet every "
                               "target. 0: no target."));
    m_itlTarget = makeSpin(this, kMaxSloSeconds * 1e3, 1, 5);
    m_texts.suffix(m_itlTarget, QT_TR_NOOP(" ms"));
    m_texts.specialValueText(m_itlTarget, QT_TR_NOOP("no target"));
    m_texts.toolTip(m_itlTarget,
                    QT_TR_NOOP("A latency target: the longest mean time between two output tokens "
                               "of a request (50 ms is 20 tokens per second, faster than anyone "
                               "reads). 0: no target."));
    m_texts.addRow(m_form, QT_TR_NOOP("Lo&ad"), m_mode);
    m_texts.addRow(m_form, QT_TR_NOOP("&Clients"), m_clients);
    m_texts.addRow(m_form, QT_TR_NOOP("&Requests / s"), m_rate);
    m_texts.addRow(m_form, QT_TR_NOOP("&Time to first token ≤"), m_ttftTarget);
    m_texts.addRow(m_form, QT_TR_NOOP("Time betwee&n tokens ≤"), m_itlTarget);

    // As the scenario panel's boxes: the dock does not widen for a long name.
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(14);
    // The status bar explains what is under the mouse: the same text as the tooltip.
    m_texts.add([this](const auto &) {
        for (QWidget *child : findChildren<QWidget *>())
            child->setStatusTip(child->toolTip());
    });

    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        const auto mode = LoadMode(m_mode->itemData(index).toInt());
        edit(mode == LoadMode::Concurrency ? tr("Load by clients") : tr("Load by request rate"),
             false, [&](ServingLoad &l) { l.mode = mode; });
    });
    connect(m_clients, &LogSlider::valueEdited, this, [this](int64_t v, bool dragging) {
        edit(tr("Change clients"), dragging, [&](ServingLoad &l) { l.concurrency = int(v); });
    });
    connect(m_clients, &LogSlider::dragFinished, this, &ServingLoadGroup::dragFinished);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change request rate"), false, [&](ServingLoad &l) { l.requestsPerSecond = v; });
    });
    connect(m_ttftTarget, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change the time-to-first-token target"), false,
             [&](ServingLoad &l) { l.sloTtftSeconds = v; });
    });
    connect(m_itlTarget, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit(tr("Change the inter-token latency target"), false,
             [&](ServingLoad &l) { l.sloItlSeconds = v / 1e3; });
    });
    setLoad(m_load);
}

void ServingLoadGroup::setLoad(const ServingLoad &load)
{
    m_load = load;
    const QSignalBlocker modeBlocker(m_mode);
    const QSignalBlocker rateBlocker(m_rate);
    const QSignalBlocker ttftBlocker(m_ttftTarget);
    const QSignalBlocker itlBlocker(m_itlTarget);
    m_mode->setCurrentIndex(m_mode->findData(int(load.mode))); // -1 (the placeholder): a trace
    m_clients->setValue(load.concurrency);
    showValue(m_rate, load.requestsPerSecond);
    showValue(m_ttftTarget, load.sloTtftSeconds);
    showValue(m_itlTarget, load.sloItlSeconds * 1e3);
    showRowsOfMode();
}

void ServingLoadGroup::showRowsOfMode()
{
    m_form->setRowVisible(m_clients, m_load.mode == LoadMode::Concurrency);
    m_form->setRowVisible(m_rate, m_load.mode == LoadMode::Rate);
}

void ServingLoadGroup::edit(const QString &description, bool dragging,
                            const std::function<void(ServingLoad &)> &change)
{
    ServingLoad next = m_load;
    change(next);
    m_load = next;
    showRowsOfMode();
    emit loadEdited(next, description, dragging);
}

void ServingLoadGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace tce
