#include "savefile.h"

#include <QSaveFile>

namespace tce {

Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool *opened)
{
    QSaveFile file(path);
    const bool open = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (opened)
        *opened = open;
    if (!open)
        return Status::failure(file.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        // A short write is followed by one that fails and says why (ENOSPC, EFBIG).
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return Status::failure(file.errorString()); // the destructor removes the temporary file
        written += n;
    }
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

Status saveDocument(const QString &path, const QByteArray &bytes)
{
    bool opened = false;
    const Status written = writeFileAtomically(path, bytes, &opened);
    if (written)
        return {};
    return Status::failure(
        opened ? QStringLiteral("%1: cannot write (%2); the previous file is unchanged")
                     .arg(path, written.error())
               : QStringLiteral("%1: cannot write (%2)").arg(path, written.error()));
}

} // namespace tce
