#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace tce {

// Writes `bytes` to `path` atomically (QSaveFile): either the whole new file is there, or the
// previous file is untouched. Returns "" or the reason it failed; `opened` tells whether the
// failure came after the file could be opened (a full disk) or before (a read-only folder).
//
// Unbuffered on purpose: through QSaveFile's buffer, a write the disk cuts short (a full
// disk, a file size limit) is reported as a success and the truncated file replaces the old
// one (seen with Qt 6.4); written directly, every short write is seen.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool *opened = nullptr);

// The same, for a document the user saves (a scenario, a lesson): the error names the path and
// says whether the file that was there is unchanged.
Status saveDocument(const QString &path, const QByteArray &bytes);

} // namespace tce
