#include "charttheme.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QFontInfo>

#include <cmath>

namespace tce::theme {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
// vision deficiency, and on both light and dark backgrounds.
QColor input()
{
    return QColor(0x00, 0x72, 0xB2);
} // blue
QColor output()
{
    return QColor(0xE6, 0x9F, 0x00);
} // orange
QColor limit()
{
    return QColor(0xD5, 0x5E, 0x00);
} // vermillion
QColor weights()
{
    return QColor(0x88, 0x88, 0x88);
} // grey
QColor revenue()
{
    return QColor(0x00, 0x9E, 0x73);
} // bluish green
QColor neutral()
{
    return QColor(0xCC, 0x79, 0xA7);
} // reddish purple
QColor cached()
{
    return QColor(0x56, 0xB4, 0xE9);
} // sky blue: a lighter kin of the prompt's blue
QColor reasoning()
{
    return QColor(0x8C, 0x51, 0x00);
} // dark orange: output, but out of sight

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QColor tint(const QColor &accent, const QColor &background, int alpha)
{
    const double a = alpha / 255.0;
    auto mix = [a](int fg, int bg) {
        return int(std::lround(a * fg + (1 - a) * bg));
    };
    return QColor(mix(accent.red(), background.red()), mix(accent.green(), background.green()),
                  mix(accent.blue(), background.blue()));
}

void useResolvedFontFamily()
{
    QFont font = QApplication::font();
    font.setFamily(QFontInfo(font).family());
    QApplication::setFont(font);
}

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void styleAxis(QCPAxis *axis, const QPalette &palette, const QFont &base)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    axis->setBasePen(QPen(text, 1));
    axis->setTickPen(QPen(text, 1));
    axis->setSubTickPen(QPen(text, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setSubGridVisible(false);
    // The chart's own font: it grows with the window's in presentation mode.
    QFont font = base;
    font.setPointSizeF(std::max(9.0, base.pointSizeF()));
    axis->setTickLabelFont(font);
    font.setBold(false);
    axis->setLabelFont(font);
}

} // namespace tce::theme
