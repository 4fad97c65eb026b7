#pragma once

#include <QString>
#include <QStringList>

namespace tce {

struct EngineProfile;
struct HardwareSpec;

// The hardware classes engine profiles are fitted per, nearest first after the class itself:
// the same memory (GDDR, HBM, unified) and generation before another. An engine with no
// numbers for a class uses the first class in this list it has numbers for.
QStringList nearestHardwareClasses(const QString &hardwareClass);

// An engine's numbers for a hardware: its class's fitted entry, else the nearest class's (and
// classNote says so), else the engine's own top-level numbers. The result holds no classes
// (a scenario carries resolved numbers only).
EngineProfile resolveEngine(const EngineProfile &engine, const HardwareSpec &hardware);

} // namespace tce
