#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace tce {

namespace {

QPalette darkPalette()
{
    // Fusion's palette roles with dark values; text contrast >= 7:1 (WCAG AAA).
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE8, 0xE8, 0xE8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3F, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xE4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7C, 0xB7, 0xFF));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4E));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x5A));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void applyTheme(AppTheme theme)
{
    switch (theme) {
    case AppTheme::System:
        // A palette with no roles of its own: Qt resolves it against the platform's, and
        // keeps following the platform when the desktop switches between light and dark.
        QApplication::setPalette(QPalette());
        break;
    case AppTheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppTheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case AppTheme::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    }
}

QPalette highContrastPalette()
{
    // For projectors: black on pure white, nothing grey that washes out.
    QPalette p = QApplication::style()->standardPalette();
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x3E, 0x9C));
    return p;
}

QString themeKey(AppTheme theme)
{
    switch (theme) {
    case AppTheme::Light:
        return QStringLiteral("light");
    case AppTheme::Dark:
        return QStringLiteral("dark");
    case AppTheme::HighContrast:
        return QStringLiteral("high-contrast");
    case AppTheme::System:
        break;
    }
    return QStringLiteral("system");
}

AppTheme themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return AppTheme::Light;
    if (key == QLatin1String("dark"))
        return AppTheme::Dark;
    return AppTheme::System;
}

} // namespace tce
