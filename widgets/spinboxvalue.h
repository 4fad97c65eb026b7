#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QString>

namespace tce {

// Shows `value` in a box that may already show it. QAbstractSpinBox::setValue repaints the box,
// and the group box behind it, even then: a panel that shows every scenario it is given would
// repaint all its boxes at each step of a slider drag.
inline void showValue(QSpinBox *box, int value)
{
    if (box->value() != value)
        box->setValue(value);
}

inline void showValue(QDoubleSpinBox *box, double value)
{
    // Compared as the box stores it: rounded to its decimals, as QDoubleSpinBox rounds.
    if (box->value() != QString::number(value, 'f', box->decimals()).toDouble())
        box->setValue(value);
}

} // namespace tce
