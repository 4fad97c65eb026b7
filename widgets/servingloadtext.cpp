#include "servingloadtext.h"

#include "servingload.h"
#include "units.h"

#include <QCoreApplication>

namespace tce {

QString servingLoadText(const ServingLoad &load)
{
    constexpr const char *context = "tce::ServingLoadText";
    switch (load.mode) {
    case LoadMode::Concurrency:
        // English has no translation file: one client needs a source text of its own.
        return load.concurrency == 1
                   ? QCoreApplication::translate(context, "1 client")
                   : QCoreApplication::translate(context, "%Ln clients", nullptr, load.concurrency);
    case LoadMode::Rate:
        return QCoreApplication::translate(context, "%1 requests/s")
            .arg(units::number(load.requestsPerSecond));
    case LoadMode::Trace:
        return QCoreApplication::translate(context, "the trace's timestamps");
    }
    return {};
}

} // namespace tce
