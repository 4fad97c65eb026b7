#include "logslider.h"

#include "spinboxwatcher.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace tce {

LogSlider::LogSlider(int64_t minimum, int64_t maximum, QWidget *parent)
    : QWidget(parent)
    , m_minimum(std::max<int64_t>(1, minimum))
    , m_maximum(std::max(maximum, m_minimum + 1))
    , m_value(m_minimum)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(positionFor(m_minimum), positionFor(m_maximum));
    m_slider->setSingleStep(2);                 // ~2.3% per arrow key
    m_slider->setPageStep(kStepsPerDecade / 4); // ~1.78x per PageUp
    m_slider->setFocusPolicy(Qt::StrongFocus);

    m_spin = new QSpinBox(this);
    m_spin->setRange(int(m_minimum), int(std::min<int64_t>(m_maximum, INT32_MAX)));
    m_spin->setGroupSeparatorShown(true);
    m_spin->setKeyboardTracking(false); // typing "2048" is one edit, not four
    m_spin->setAccelerated(true);
    m_spin->setMinimumWidth(
        m_spin->fontMetrics().horizontalAdvance(QLocale().toString(qint64(m_maximum))) + 34);
    SpinBoxWatcher::watch(m_spin);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, &LogSlider::onSliderMoved);
    connect(m_slider, &QSlider::sliderReleased, this, &LogSlider::dragFinished);
    connect(m_spin, &QSpinBox::valueChanged, this, &LogSlider::onSpinEdited);
    setFocusProxy(m_slider);
    setValue(m_minimum);
}

int LogSlider::positionFor(int64_t value) const
{
    return int(std::lround(std::log10(double(std::max<int64_t>(1, value))) * kStepsPerDecade));
}

int64_t LogSlider::valueAt(int position) const
{
    const double v = std::pow(10.0, double(position) / kStepsPerDecade);
    // Three significant digits above 1,000, so that dragging lands on readable lengths while
    // every arrow-key step (+2.3%) still changes the value.
    double rounded = std::round(v);
    if (v >= 1000) {
        const double unit = std::pow(10.0, std::floor(std::log10(v)) - 2);
        rounded = std::round(v / unit) * unit;
    }
    return std::clamp<int64_t>(int64_t(rounded), m_minimum, m_maximum);
}

void LogSlider::setValue(int64_t value)
{
    m_value = std::clamp(value, m_minimum, m_maximum);
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spin);
    m_slider->setValue(positionFor(m_value));
    // QSpinBox::setValue repaints the box even when the value is the one it shows.
    if (m_spin->value() != int(m_value))
        m_spin->setValue(int(m_value));
}

void LogSlider::onSliderMoved(int position)
{
    const int64_t value = valueAt(position);
    if (value == m_value)
        return;
    m_value = value;
    const QSignalBlocker spinBlocker(m_spin);
    m_spin->setValue(int(value));
    emit valueEdited(value, m_slider->isSliderDown());
}

void LogSlider::onSpinEdited(int value)
{
    if (value == m_value)
        return;
    m_value = value;
    const QSignalBlocker sliderBlocker(m_slider);
    m_slider->setValue(positionFor(value));
    emit valueEdited(value, false);
}

} // namespace tce
