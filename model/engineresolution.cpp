#include "engineresolution.h"

#include "hardwarespec.h"
#include "servingspec.h"

#include <QHash>

namespace tce {

QStringList nearestHardwareClasses(const QString &hardwareClass)
{
    // Kernels reach a similar share of peak on chips of one generation and memory type
    // (issue 14: llama.cpp on a 4090 and an L40S alike, on an A100 and an H100 not).
    static const QHash<QString, QStringList> nearest{
        {QStringLiteral("consumer-ada"),
         {QStringLiteral("workstation-ada"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-hopper"), QStringLiteral("apple")}},
        {QStringLiteral("workstation-ada"),
         {QStringLiteral("consumer-ada"), QStringLiteral("datacenter-ampere"),
          QStringLiteral("datacenter-hopper"), QStringLiteral("apple")}},
        {QStringLiteral("datacenter-ampere"),
         {QStringLiteral("datacenter-hopper"), QStringLiteral("workstation-ada"),
          QStringLiteral("datacenter-cdna3"), QStringLiteral("consumer-ada")}},
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
         {QStringLiteral("consumer-ada"), QStringLiteral("workstation-ada")}},
    };
    QStringList order{hardwareClass};
    order += nearest.value(hardwareClass);
    // Anything else the engine has, data-centre Hopper first (the most measured class).
    for (const char *fallback :
         {"datacenter-hopper", "datacenter-ampere", "workstation-ada", "consumer-ada",
          "datacenter-blackwell", "datacenter-cdna3", "apple"}) {
        if (!order.contains(QLatin1String(fallback)))
            order << QLatin1String(fallback);
    }
    return order;
}

EngineProfile resolveEngine(const EngineProfile &engine, const HardwareSpec &hardware)
{
    EngineProfile resolved = engine;
    resolved.classes.clear();
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
            resolved.accuracy = k.accuracy;
            resolved.hardwareClass = k.hardwareClass;
            resolved.classNote.clear();
            if (k.hardwareClass != hardware.hardwareClass) {
                resolved.classNote =
                    QStringLiteral("%1 has no measurements on %2 (%3); using its %4 numbers")
                        .arg(engine.name,
                             hardware.hardwareClass.isEmpty() ? QStringLiteral("an unknown class")
                                                              : hardware.hardwareClass,
                             hardware.name, k.hardwareClass);
            }
            return resolved;
        }
    }
    return resolved;
}

} // namespace tce
