#pragma once

#include "result.h"

#include <QMessageBox>

namespace tce {

// The window's one way to show a failed operation: a warning over `parent` that says what
// failed, then the error's own message (which names the file, the field and the value).
// Returns whether `result` succeeded, so that a command can pass that on.
template<class T>
bool showIfFailed(QWidget *parent, const QString &title, const QString &whatFailed,
                  const Result<T> &result)
{
    if (!result)
        QMessageBox::warning(parent, title, whatFailed + QStringLiteral("\n\n") + result.error());
    return result.ok();
}

} // namespace tce
