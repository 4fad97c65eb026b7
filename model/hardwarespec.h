#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tce {

// peak_flops key of fp16 tensor math with fp16 accumulate, where it is faster than "fp16"
// (fp16 with fp32 accumulate): the GeForce cards.
inline constexpr char kFp16AccumulateKey[] = "fp16_with_fp16_accumulate";

// One accelerator, per GPU. Peaks are dense (no 2:4 sparsity), per precision key.
struct HardwareSpec
{
    QString id;
    QString name;
    QString vendor;
    // What engine profiles are fitted per (hardwareclass.h): "consumer", "datacenter-hopper",
    // "apple", ...; empty: unknown, the engine's nearest class is used.
    QString hardwareClass;
    double memoryBytes = 0;
    double memoryBandwidthBytesPerSecond = 0;
    QMap<QString, double> peakFlopsPerSecond; // "bf16", "fp8", ...
    QString interconnectName;
    double interconnectBytesPerSecond = 0; // per GPU, one direction
    double interconnectLatencySeconds = 0; // per collective call
    int maxGpus = 1;
    double gpuHourUsd = 0;
    // One accelerator's power (cost-model.md section 8): the spec sheet's maximum board power
    // and what it draws idle. 0: not known, and no energy figures.
    double boardPowerWatts = 0;
    double idlePowerWatts = 0;
    QStringList sources;

    bool hasPowerFigures() const { return boardPowerWatts > 0; }

    // The peak for a compute precision; a chip without that format runs it at the next
    // wider one it has (fp8 on an A100 runs as bf16).
    double peakFlopsFor(const QString &computeKey) const;
    // 16-bit tensor math that also accumulates in fp16: twice the fp32-accumulate rate on
    // GeForce cards, the same elsewhere (peak_flops key kFp16AccumulateKey; absent: fp16's).
    double fp16AccumulatePeakFlops() const;
    bool operator==(const HardwareSpec &) const = default;
};

} // namespace tce
