#include "hardwarespec.h"

#include <array>

namespace tce {

double HardwareSpec::peakFlopsFor(const QString &computeKey) const
{
    if (const auto it = peakFlopsPerSecond.constFind(computeKey); it != peakFlopsPerSecond.cend())
        return it.value();
    // Narrow formats fall back to the next wider one the chip has.
    static constexpr std::array kWidening{"fp4", "fp8", "int8", "bf16", "fp16", "tf32", "fp32"};
    bool passed = false;
    for (const char *key : kWidening) {
        passed = passed || computeKey == QLatin1String(key);
        if (passed) {
            if (const auto it = peakFlopsPerSecond.constFind(QLatin1String(key));
                it != peakFlopsPerSecond.cend())
                return it.value();
        }
    }
    return peakFlopsPerSecond.value(QStringLiteral("bf16"),
                                    peakFlopsPerSecond.value(QStringLiteral("fp16"), 0.0));
}

} // namespace tce
