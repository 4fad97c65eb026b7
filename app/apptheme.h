#pragma once

#include <QPalette>
#include <QString>

namespace tce {

// The window's colours: the system's, or a light or dark palette of our own (for
// projectors and for desktops whose dark mode Qt does not pick up).
enum class AppTheme
{
    System,
    Light,
    Dark,
    HighContrast // presentation mode
};

void applyTheme(AppTheme theme);
// Presentation mode's colours (AppTheme::HighContrast), also those of exported lesson slides.
QPalette highContrastPalette();
QString themeKey(AppTheme theme);
AppTheme themeFromKey(const QString &key);

} // namespace tce
