#pragma once

#include <QString>

namespace tce {

struct ServingLoad;

// How every view names a serving load: "1 client", "16 clients", "2.5 requests/s", "the
// trace's timestamps".
QString servingLoadText(const ServingLoad &load);

} // namespace tce
