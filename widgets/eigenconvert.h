#pragma once

#include <Eigen/Core>

#include <QVector>

namespace tce {

// The one place model arrays become plot data (architecture.md: at the view boundary).
inline QVector<double> toQVector(const Eigen::ArrayXd &array)
{
    return QVector<double>(array.data(), array.data() + array.size());
}

inline QVector<double> constantLike(const Eigen::ArrayXd &array, double value)
{
    return QVector<double>(array.size(), value);
}

} // namespace tce
