#pragma once

class QMenu;

namespace tce {

// View > Theme and View > Language: one checkable choice each, the current one checked.
// Choosing applies it at once and remembers it for the next start.
QMenu *addThemeMenu(QMenu *parent);
QMenu *addLanguageMenu(QMenu *parent);

} // namespace tce
