#include "engineresolution.h"

#include "hardwarespec.h"
#include "servingspec.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tce {

QStringList nearestHardwareClasses(const QString &hardwareClass)
{
    // Kernels reach a similar share of peak on chips of one generation and memory type
    // (issue 14: llama.cpp on a 4090 and an L40S alike, on an A100 and an H100 not).
    static const QHash<QString, QStringList> nearest{
        {QStringLiteral("consumer-ada"),
         {QStringLiteral("workstation-ada"), QStringLiteral("consumer-ampere"),
          QStringLiteral("workstation-ampere"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-hopper"), QStringLiteral("apple")}},
        {QStringLiteral("workstation-ada"),
         {QStringLiteral("consumer-ada"), QStringLiteral("workstation-ampere"),
          QStringLiteral("consumer-ampere"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-hopper"), QStringLiteral("apple")}},
        {QStringLiteral("consumer-ampere"),
         {QStringLiteral("workstation-ampere"), QStringLiteral("consumer-ada"),
          QStringLiteral("datacenter-ampere"), QStringLiteral("workstation-ada"),
          QStringLiteral("datacenter-hopper"), QStringLiteral("apple")}},
        {QStringLiteral("workstation-ampere"),
         {QStringLiteral("consumer-ampere"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("workstation-ada"), QStringLiteral("consumer-ada"),
          QStringLiteral("datacenter-hopper")}},
        {QStringLiteral("datacenter-ampere"),
         {QStringLiteral("datacenter-hopper"), QStringLiteral("workstation-ampere"),
          QStringLiteral("workstation-ada"), QStringLiteral("datacenter-cdna3"),
          QStringLiteral("consumer-ada")}},
        {QStringLiteral("datacenter-hopper"),
         {QStringLiteral("datacenter-blackwell"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-cdna3"), QStringLiteral("workstation-ada")}},
        {QStringLiteral("datacenter-blackwell"),
         {QStringLiteral("datacenter-hopper"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-cdna3")}},
        {QStringLiteral("datacenter-cdna3"),
         {QStringLiteral("datacenter-hopper"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-blackwell")}},
        {QStringLiteral("apple"),
         {QStringLiteral("consumer-ada"), QStringLiteral("workstation-ada"),
          QStringLiteral("consumer-ampere")}},
    };
    QStringList order{hardwareClass};
    order += nearest.value(hardwareClass);
    // Anything else the engine has, data-centre Hopper first (the most measured class).
    for (const char *fallback : {"datacenter-hopper", "datacenter-ampere", "workstation-ada",
                                 "consumer-ada", "workstation-ampere", "consumer-ampere",
                                 "datacenter-blackwell", "datacenter-cdna3", "apple"}) {
        if (!order.contains(QLatin1String(fallback)))
            order << QLatin1String(fallback);
    }
    // The same vendor's classes before any other's, in the order above: one vendor's kernels
    // (its backend: CUDA, ROCm, Metal) reach a share of peak another's need not (the transfer
    // fit gives each vendor its own intercept), so an H100 takes an Ada card's share before
    // an MI300X's.
    const QString vendor = hardwareClassVendor(hardwareClass);
    std::stable_partition(order.begin(), order.end(),
                          [&vendor](const QString &k) { return hardwareClassVendor(k) == vendor; });
    return order;
}

QString hardwareClassVendor(const QString &hardwareClass)
{
    static const QHash<QString, QString> vendors{
        {QStringLiteral("consumer-ada"), QStringLiteral("NVIDIA")},
        {QStringLiteral("workstation-ada"), QStringLiteral("NVIDIA")},
        {QStringLiteral("consumer-ampere"), QStringLiteral("NVIDIA")},
        {QStringLiteral("workstation-ampere"), QStringLiteral("NVIDIA")},
        {QStringLiteral("datacenter-ampere"), QStringLiteral("NVIDIA")},
        {QStringLiteral("datacenter-hopper"), QStringLiteral("NVIDIA")},
        {QStringLiteral("datacenter-blackwell"), QStringLiteral("NVIDIA")},
        {QStringLiteral("datacenter-cdna3"), QStringLiteral("AMD")},
        {QStringLiteral("apple"), QStringLiteral("Apple")},
    };
    return vendors.value(hardwareClass, hardwareClass);
}

double matmulPeakFlops(const HardwareSpec &hardware, const EngineProfile &engine,
                       const QString &computeKey)
{
    const bool sixteenBit =
        computeKey == QLatin1String("fp16") || computeKey == QLatin1String("bf16");
    return engine.fp16Accumulate && sixteenBit ? hardware.fp16AccumulatePeakFlops()
                                               : hardware.peakFlopsFor(computeKey);
}

namespace {

// A class's shares on another class's chip: scaled by the chips' peak and bandwidth against the
// ones the class was fitted on, by the engine's transfer exponents. False when the class does
// not say what it was fitted on.
bool carryToChip(EngineProfile &resolved, const EngineProfile &engine,
                 const EngineClassProfile &fitted, const HardwareSpec &chip)
{
    const double peak = matmulPeakFlops(chip, engine, QStringLiteral("fp16"));
    const double bandwidth = chip.memoryBandwidthBytesPerSecond;
    if (fitted.referencePeakFlops <= 0 || fitted.referenceBandwidth <= 0 || peak <= 0 ||
        bandwidth <= 0)
        return false;
    const auto carried = [](double share, double ratio, double exponent) {
        return std::clamp(share * std::pow(ratio, exponent - 1), 1e-6, 1.0);
    };
    const double computeRatio = peak / fitted.referencePeakFlops;
    resolved.computeEfficiency =
        carried(fitted.computeEfficiency, computeRatio, engine.computeTransferExponent);
    if (fitted.attentionEfficiency > 0)
        resolved.attentionEfficiency =
            carried(fitted.attentionEfficiency, computeRatio, engine.computeTransferExponent);
    resolved.memoryEfficiency =
        carried(fitted.memoryEfficiency, bandwidth / fitted.referenceBandwidth,
                engine.memoryTransferExponent);
    return true;
}

} // namespace

EngineProfile unfitted(const EngineProfile &engine)
{
    EngineProfile blank = engine;
    blank.classes.clear();
    const EngineProfile defaults;
    blank.computeTransferExponent = defaults.computeTransferExponent;
    blank.memoryTransferExponent = defaults.memoryTransferExponent;
    return blank;
}

EngineProfile resolveEngine(const EngineProfile &engine, const HardwareSpec &hardware)
{
    // Without classes the exponents carry nothing (and a scenario file does not hold them).
    EngineProfile resolved = unfitted(engine);
    resolved.unfusedScoreBytes =
        engine.unfusedScoreBytesByVendor.value(hardware.vendor, engine.unfusedScoreBytes);
    resolved.unfusedScoreBytesByVendor.clear();
    // How the engine is fitted, not a number of the scenario's: a scenario file written before
    // the key existed must still equal the engine it was resolved from.
    resolved.vendorGemm = false;
    if (engine.classes.isEmpty())
        return resolved;
    for (const QString &hardwareClass : nearestHardwareClasses(hardware.hardwareClass)) {
        for (const EngineClassProfile &k : engine.classes) {
            if (k.hardwareClass != hardwareClass)
                continue;
            resolved.computeEfficiency = k.computeEfficiency;
            resolved.memoryEfficiency = k.memoryEfficiency;
            resolved.attentionEfficiency = k.attentionEfficiency;
            resolved.stepOverheadSeconds = k.stepOverheadSeconds;
            resolved.requestOverheadSeconds = k.requestOverheadSeconds;
            resolved.sequenceOverheadSeconds = k.sequenceOverheadSeconds;
            resolved.dequantOpsPerWeight = k.dequantOpsPerWeight;
            resolved.accuracy = k.accuracy;
            resolved.hardwareClass = k.hardwareClass;
            resolved.classNote.clear();
            resolved.classCarried = false;
            if (k.hardwareClass != hardware.hardwareClass) {
                resolved.classCarried = carryToChip(resolved, engine, k, hardware);
                resolved.classNote =
                    QStringLiteral("%1 has no measurements on %2 (%3); using its %4 numbers%5")
                        .arg(engine.name,
                             hardware.hardwareClass.isEmpty() ? QStringLiteral("an unknown class")
                                                              : hardware.hardwareClass,
                             hardware.name, k.hardwareClass,
                             resolved.classCarried
                                 ? QStringLiteral(", carried to its peak and bandwidth")
                                 : QString());
            }
            return resolved;
        }
    }
    return resolved;
}

} // namespace tce
