#include "hardwarespec.h"

#include "precision.h"

#include <algorithm>

namespace tce {

double HardwareSpec::peakFlopsFor(const QString &computeKey) const
{
    if (const auto it = peakFlopsPerSecond.constFind(computeKey); it != peakFlopsPerSecond.cend())
        return it.value();
    // Narrow formats fall back to the next wider one the chip has; a key we do not know
    // (readers refuse them, this is the last line) counts as bf16.
    const QStringList &widening = computeKeys();
    const qsizetype start = widening.contains(computeKey)
                                ? widening.indexOf(computeKey)
                                : widening.indexOf(QStringLiteral("bf16"));
    for (qsizetype i = start; i < widening.size(); ++i) {
        if (const auto it = peakFlopsPerSecond.constFind(widening[i]);
            it != peakFlopsPerSecond.cend())
            return it.value();
    }
    // Only narrower formats listed: the slowest of them, never zero (a zero would make every
    // compute-bound time infinite).
    double slowest = 0;
    for (double peak : peakFlopsPerSecond)
        slowest = slowest == 0 ? peak : std::min(slowest, peak);
    return slowest;
}

double HardwareSpec::fp16AccumulatePeakFlops() const
{
    const auto it = peakFlopsPerSecond.constFind(QLatin1String(kFp16AccumulateKey));
    return it != peakFlopsPerSecond.cend() ? it.value() : peakFlopsFor(QStringLiteral("fp16"));
}

} // namespace tce
