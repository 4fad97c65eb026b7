#include "precision.h"

#include <array>
#include <cmath>

namespace tce {

namespace {

struct NamedPrecision
{
    const char *name;
    double bits;
    const char *computeKey;
};

// Bits per value include the per-block scales where a format stores them:
// - q8_0: 32 int8 values + one fp16 scale per block = 8.5 bits (ggml/src/ggml-common.h,
// block_q8_0).
// - q4_0: 32 4-bit values + one fp16 scale = 4.5 bits (block_q4_0).
// - q4_k_m: mixed q4_K/q6_K tensors, 4.85 bits on average for Llama-class models
//   (llama.cpp tools/quantize/README.md, "Q4_K_M ... 4.89 bpw" for 7B; the issue uses 4.85).
// - int4: GPTQ/AWQ with group size 128 and an fp16 scale and zero per group = 4.25 bits.
// - nvfp4: 4-bit values + one fp8 scale per 16 values = 4.5 bits (NVIDIA Blackwell NVFP4).
constexpr std::array kNamedPrecisions{
    NamedPrecision{"fp32", 32.0, "fp32"}, NamedPrecision{"tf32", 32.0, "tf32"},
    NamedPrecision{"bf16", 16.0, "bf16"}, NamedPrecision{"fp16", 16.0, "fp16"},
    NamedPrecision{"fp8", 8.0, "fp8"},    NamedPrecision{"int8", 8.0, "int8"},
    NamedPrecision{"nvfp4", 4.5, "fp4"},  NamedPrecision{"fp4", 4.0, "fp4"},
    NamedPrecision{"int4", 4.25, "bf16"}, NamedPrecision{"q8_0", 8.5, "bf16"},
    NamedPrecision{"q4_0", 4.5, "bf16"},  NamedPrecision{"q4_k_m", 4.85, "bf16"},
};

} // namespace

std::optional<Precision> precisionByName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const auto &p : kNamedPrecisions) {
        if (key == QLatin1String(p.name))
            return Precision{QString::fromLatin1(p.name), p.bits,
                             QString::fromLatin1(p.computeKey)};
    }
    return std::nullopt;
}

QStringList precisionNames()
{
    QStringList names;
    for (const auto &p : kNamedPrecisions)
        names << QString::fromLatin1(p.name);
    return names;
}

std::optional<Precision> precisionFromBits(double bitsPerValue)
{
    if (!std::isfinite(bitsPerValue) || bitsPerValue < 1.0 || bitsPerValue > 64.0)
        return std::nullopt;
    // Formats narrower than 32 bits are dequantised to and multiplied at 16-bit precision.
    return Precision{QStringLiteral("%1-bit").arg(bitsPerValue), bitsPerValue,
                     bitsPerValue >= 32.0 ? QStringLiteral("fp32") : QStringLiteral("bf16")};
}

const QStringList &computeKeys()
{
    static const QStringList keys{QStringLiteral("fp4"),  QStringLiteral("fp8"),
                                  QStringLiteral("int8"), QStringLiteral("bf16"),
                                  QStringLiteral("fp16"), QStringLiteral("tf32"),
                                  QStringLiteral("fp32")};
    return keys;
}

} // namespace tce
