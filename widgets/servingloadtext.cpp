#include "servingloadtext.h"

#include "servingload.h"
#include "units.h"

#include <QCoreApplication>

namespace tce {

QString servingLoadText(const ServingLoad &load)
{
    // The context written out each time: lupdate reads only literal contexts.
    switch (load.mode) {
    case LoadMode::Concurrency:
        // English has no translation file: one client needs a source text of its own.
        return load.concurrency == 1
                   ? QCoreApplication::translate("tce::ServingLoadText", "1 client")
                   : QCoreApplication::translate("tce::ServingLoadText", "%Ln clients", nullptr,
                                                 load.concurrency);
    case LoadMode::Rate:
        return QCoreApplication::translate("tce::ServingLoadText", "%1 requests/s")
            .arg(units::number(load.requestsPerSecond));
    case LoadMode::Trace:
        return QCoreApplication::translate("tce::ServingLoadText", "the trace's timestamps");
    }
    return {};
}

} // namespace tce
