#pragma once

#include <QWidget>

#include <cstdint>

class QSlider;
class QSpinBox;

namespace tce {

// A whole-number control over several decades: a logarithmic slider with a typed spin box
// beside it. Arrow keys, PageUp/PageDown and the wheel move the slider; the spin box takes
// exact values. One drag reports `dragging` true until the release, so that it can be
// undone as one step.
class LogSlider : public QWidget
{
    Q_OBJECT
public:
    LogSlider(int64_t minimum, int64_t maximum, QWidget *parent = nullptr);

    int64_t value() const { return m_value; }
    void setValue(int64_t value); // does not emit
    int64_t minimum() const { return m_minimum; }
    int64_t maximum() const { return m_maximum; }

    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }

    // Slider positions per factor of ten.
    static constexpr int kStepsPerDecade = 200;

signals:
    void valueEdited(int64_t value, bool dragging);
    void dragFinished();

private:
    int positionFor(int64_t value) const;
    int64_t valueAt(int position) const;
    void onSliderMoved(int position);
    void onSpinEdited(int value);

    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
    int64_t m_minimum;
    int64_t m_maximum;
    int64_t m_value;
};

} // namespace tce
