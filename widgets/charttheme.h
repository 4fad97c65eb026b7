#pragma once

#include <QColor>
#include <QFont>

class QCPAxis;
class QPalette;

namespace tce {

// One colour means one thing on every chart and in the summary: prompt/prefill is blue,
// output/decode orange (Okabe-Ito palette, readable by colour-blind viewers); limits red.
namespace theme {

QColor input();     // prompt tokens, the prefill
QColor output();    // output tokens, decode steps
QColor limit();     // capacity, the point where something stops fitting
QColor weights();   // model weights
QColor revenue();   // what the API price brings in
QColor neutral();   // reference lines (flat price, roofline)
QColor cached();    // prompt tokens read from the prompt cache: no prefill for them
QColor reasoning(); // hidden reasoning tokens: decoded and billed, never shown

QColor withAlpha(QColor c, int alpha);
// `accent` laid over `background` at `alpha`, as one opaque colour: area fills drawn
// opaque cost a fraction of blended ones at full HD.
QColor tint(const QColor &accent, const QColor &background, int alpha);

// Names the font family fontconfig resolved ("DejaVu Sans", not the alias "Sans Serif") in
// the application font, so that exported SVG files name a font other programs know.
void useResolvedFontFamily();

// An axis in the palette's text colour with a dotted grid, its labels in `base` (at least 9 pt):
// every chart's axes, the chart views' and the calibration chart's.
void styleAxis(QCPAxis *axis, const QPalette &palette, const QFont &base);

// `base` at `factor` times its size: the large type of slides and the presenter view.
QFont scaledFont(const QFont &base, double factor, bool bold = false);

} // namespace theme
} // namespace tce
