#pragma once

#include <QString>
#include <QStringList>

namespace tce {

struct EngineProfile;
struct HardwareSpec;

// The hardware classes engine profiles are fitted per, nearest first after the class itself:
// the same vendor before another, then the same memory (GDDR, HBM, unified) and generation. An
// engine with no numbers for a class uses the first class in this list it has numbers for.
QStringList nearestHardwareClasses(const QString &hardwareClass);

// Whose chips a hardware class holds ("NVIDIA", "AMD", "Apple"); a class not in the table is a
// vendor of its own. Fits compare shares across the classes of one vendor only.
QString hardwareClassVendor(const QString &hardwareClass);

// The peak FLOP/s an engine's matmuls run at on one GPU of `hardware` at `computeKey`: the
// fp16-accumulate peak for 16-bit math in an engine that accumulates in fp16, else the
// precision's peak. Fits, carrying and the timing model all use this one.
double matmulPeakFlops(const HardwareSpec &hardware, const EngineProfile &engine,
                       const QString &computeKey);

// The engine without what a fit gives it (its classes, its transfer exponents back to 1): what a
// fit starts from, so that nothing fitted to other rows reaches the rows a fold leaves out, and
// what a resolved engine keeps of it.
EngineProfile unfitted(const EngineProfile &engine);

// An engine's numbers for a hardware: its class's fitted entry, else the nearest class's carried
// to the chip's peak and bandwidth by the engine's transfer exponents (and classNote says so),
// else the engine's own top-level numbers. The result holds no classes
// (a scenario carries resolved numbers only).
EngineProfile resolveEngine(const EngineProfile &engine, const HardwareSpec &hardware);

} // namespace tce
