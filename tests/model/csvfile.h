#pragma once

// A data file of the tests, read with the program's own CSV parser (measurementreaders.h),
// and the median the comparison tables print.
#include "measurementreaders.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace tce::test {

inline QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const auto records =
        measurementreaders::parseCsv(QString::fromUtf8(file.readAll()), path, 1'000'000);
    if (!records.ok())
        qFatal("%s", qPrintable(records.error()));
    QList<QStringList> rows;
    for (const measurementreaders::CsvRecord &record : records.value())
        rows << record.cells;
    return rows;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

} // namespace tce::test
