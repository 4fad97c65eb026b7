#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tce {

// How many bits one stored value takes and which peak-FLOP/s entry of the hardware the
// matmuls run at. Weight-only formats (int4, GGUF k-quants) compute at 16-bit precision.
struct Precision
{
    QString name;             // "bf16", "fp8", "q4_k_m", or "4.85-bit" for an arbitrary width
    double bitsPerValue = 16; // scales and zero points included (Q4_K_M: 4.85)
    QString computeKey = QStringLiteral("bf16"); // key into HardwareSpec::peakFlopsPerSecond

    double bytesPerValue() const { return bitsPerValue / 8.0; }
    bool operator==(const Precision &) const = default;
};

// The named formats the app knows; see precision.cpp for the bit widths and their sources.
std::optional<Precision> precisionByName(const QString &name);
QStringList precisionNames();

// An arbitrary width, e.g. 4.85 for a GGUF Q4_K_M file; computes at bf16.
std::optional<Precision> precisionFromBits(double bitsPerValue);

// The formats matmuls run at (keys of HardwareSpec::peakFlopsPerSecond), narrowest first.
const QStringList &computeKeys();

} // namespace tce
