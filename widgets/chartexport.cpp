#include "chartexport.h"

#include "charttheme.h"

#include "chartview.h"
#include "evaluation.h"
#include "savefile.h"
#include "units.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QPageSize>
#include <QPaintEngine>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <cmath>
#include <functional>
#include <optional>

namespace tce {

namespace {

// Called as translated(QT_TRANSLATE_NOOP("ChartExport", "...")) so that lupdate finds the text.
QString translated(const char *text)
{
    return QCoreApplication::translate("ChartExport", text);
}

// Draws title, plot and caption into `logical` units on a painter already scaled to the
// device (one code path for every format). Returns the transform the plot was drawn with.
QTransform paintChart(QCPPainter &painter, ChartView &chart, const QSizeF &logical, bool caption)
{
    chart.renderNow();
    const QPalette palette = chart.palette();
    painter.fillRect(QRectF(QPointF(0, 0), logical), palette.color(QPalette::Base));

    QFont titleFont = chart.font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const double margin = 12;
    const double titleHeight = titleMetrics.height() + margin;
    painter.setFont(titleFont);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(QRectF(margin, margin / 2, logical.width() - 2 * margin, titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title());

    double captionHeight = 0;
    QFont captionFont = chart.font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    const QString captionText = caption && chart.evaluation() ? scenarioCaption(chart) : QString();
    // As many lines as the caption wraps to at this width (three on a small export).
    if (!captionText.isEmpty())
        captionHeight = QFontMetricsF(captionFont, painter.device())
                            .boundingRect(QRectF(0, 0, logical.width() - 2 * margin, 1e6),
                                          Qt::TextWordWrap, captionText)
                            .height() +
                        margin / 2;

    const int plotWidth = int(std::floor(logical.width()));
    const int plotHeight = int(std::floor(logical.height() - titleHeight - captionHeight));
    painter.save();
    painter.translate(0, titleHeight);
    const QTransform plotTransform = painter.transform();
    chart.plot()->toPainter(&painter, plotWidth, std::max(50, plotHeight));
    painter.restore();

    if (!captionText.isEmpty()) {
        painter.setFont(captionFont);
        QColor grey = palette.color(QPalette::Text);
        grey.setAlpha(170);
        painter.setPen(grey);
        painter.drawText(QRectF(margin, logical.height() - captionHeight,
                                logical.width() - 2 * margin, captionHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, captionText);
    }
    return plotTransform;
}

// Paints on a device that measures 96 dots per inch (so that fonts and QCustomPlot's
// layout agree), scaled by `scale` to fill it. Returns the transform the plot was drawn with.
QTransform paintOnDevice(QPaintDevice *device, ChartView &chart, const QSizeF &logical,
                         double scale, bool caption)
{
    QCPPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    return paintChart(painter, chart, logical, caption);
}

// An image at the screen's 96 DPI, which paintOnDevice expects.
QImage screenImage(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int screenDotsPerMeter = int(std::lround(96 / 0.0254));
    image.setDotsPerMeterX(screenDotsPerMeter);
    image.setDotsPerMeterY(screenDotsPerMeter);
    return image;
}

// Qt 6.4's SVG generator drops clipping (and its renderer reads no clip-path), so what
// QCustomPlot clips to the axis rect, bars and curves out of a zoomed range, ran over the axis
// labels and the title. This engine stands between the painter and the generator and clips
// geometrically: a path that leaves the clip is cut to it (its stroke as an outline), an image
// is rasterised to its visible part, a text that leaves it becomes glyph outlines cut to it.
// Whatever lies inside its clip passes unchanged.
class ClippingEngine : public QPaintEngine
{
public:
    explicit ClippingEngine(QPaintDevice *target)
        : QPaintEngine(AllFeatures)
        , m_target(target)
    {}

    bool begin(QPaintDevice *) override { return m_out.begin(m_target); }
    bool end() override { return m_out.end(); }
    // The state is read from the painter at each drawing call instead.
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return User; }

    void drawPath(const QPainterPath &path) override
    {
        draw(path, true, [&] { m_out.drawPath(path); });
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        if (mode == PolylineMode) {
            draw(path, false, [&] { m_out.drawPolyline(points, count); });
            return;
        }
        path.closeSubpath();
        const Qt::FillRule rule = mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill;
        path.setFillRule(rule);
        draw(path, true, [&] { m_out.drawPolygon(points, count, rule); });
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &sr) override
    {
        drawImage(r, pixmap.toImage(), sr, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags) override
    {
        syncState();
        const QTransform t = m_out.transform();
        const std::optional<QPainterPath> clip = deviceClip();
        const QRectF bounds = t.mapRect(r);
        if (!clip || clip->contains(bounds)) {
            // The generator writes the whole image, whatever the source rectangle says.
            m_out.drawImage(r, sr == QRectF(image.rect()) ? image : image.copy(sr.toAlignedRect()));
            return;
        }
        const QRect visible = (bounds & clip->boundingRect()).toAlignedRect();
        if (visible.isEmpty())
            return;
        QImage part(visible.size(), QImage::Format_ARGB32_Premultiplied);
        part.fill(Qt::transparent);
        QPainter painter(&part);
        painter.setRenderHints(m_out.renderHints());
        painter.translate(-visible.topLeft());
        painter.setClipPath(*clip);
        painter.setTransform(t, true);
        painter.drawImage(r, image, sr, flags);
        painter.end();
        m_out.save();
        m_out.resetTransform();
        m_out.drawImage(QRectF(visible), part);
        m_out.restore();
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        syncState();
        const std::optional<QPainterPath> clip = deviceClip();
        const QRectF box(p.x(), p.y() - item.ascent(), item.width(),
                         item.ascent() + item.descent());
        const QRectF bounds = m_out.transform().mapRect(box);
        if (!clip || clip->contains(bounds)) {
            m_out.drawTextItem(p, item);
            return;
        }
        if (!clip->intersects(bounds))
            return;
        QPainterPath glyphs;
        glyphs.addText(p, item.font(), item.text());
        fillClipped(m_out.transform().map(glyphs), m_out.pen().brush(), *clip);
    }

private:
    // The generator's painter takes the state of the painter on this engine.
    void syncState()
    {
        const QPainter *p = painter();
        if (m_out.transform() != p->combinedTransform())
            m_out.setTransform(p->combinedTransform());
        if (m_out.pen() != p->pen())
            m_out.setPen(p->pen());
        if (m_out.brush() != p->brush())
            m_out.setBrush(p->brush());
        if (m_out.brushOrigin() != p->brushOrigin())
            m_out.setBrushOrigin(p->brushOrigin());
        if (m_out.font() != p->font())
            m_out.setFont(p->font());
        if (m_out.renderHints() != p->renderHints()) {
            m_out.setRenderHints(m_out.renderHints(), false);
            m_out.setRenderHints(p->renderHints(), true);
        }
        if (m_out.opacity() != p->opacity())
            m_out.setOpacity(p->opacity());
        if (m_out.backgroundMode() != p->backgroundMode())
            m_out.setBackgroundMode(p->backgroundMode());
        if (m_out.background() != p->background())
            m_out.setBackground(p->background());
    }

    // The painter's clip in device coordinates; none when it does not clip.
    std::optional<QPainterPath> deviceClip() const
    {
        const QPainter *p = painter();
        if (!p->hasClipping())
            return std::nullopt;
        return p->combinedTransform().map(p->clipPath());
    }

    // Draws `path` (logical coordinates) with the current pen, and brush when `fillable`,
    // cut to the clip; `forward` draws it unchanged.
    void draw(const QPainterPath &path, bool fillable, const std::function<void()> &forward)
    {
        syncState();
        const std::optional<QPainterPath> clip = deviceClip();
        if (!clip) {
            forward();
            return;
        }
        const QTransform t = m_out.transform();
        const QPen pen = m_out.pen();
        const bool stroked = pen.style() != Qt::NoPen && pen.brush().style() != Qt::NoBrush;
        const bool filled = fillable && m_out.brush().style() != Qt::NoBrush;
        // Cheap bounds first: the path's control points grown by the pen (with its joins).
        const double scale = std::sqrt(std::fabs(t.determinant()));
        const double width = pen.isCosmetic() ? std::max(1.0, pen.widthF()) : pen.widthF() * scale;
        const double grow = stroked ? width * std::max(2.0, pen.miterLimit()) + 1 : 0;
        const QRectF roughBounds =
            t.mapRect(path.controlPointRect()).adjusted(-grow, -grow, grow, grow);
        if (clip->contains(roughBounds)) {
            forward();
            return;
        }
        if (!clip->intersects(roughBounds))
            return;
        if (filled)
            fillClipped(t.map(path), m_out.brush(), *clip);
        if (stroked) {
            QPainterPath outline;
            if (pen.isCosmetic()) { // its width is in device pixels
                QPainterPathStroker stroker(pen);
                stroker.setWidth(width);
                outline = stroker.createStroke(t.map(path));
            } else {
                outline = t.map(QPainterPathStroker(pen).createStroke(path));
            }
            fillClipped(outline, pen.brush(), *clip);
        }
    }

    // Fills `area` (device coordinates) with `brush` (logical coordinates) inside `clip`.
    void fillClipped(const QPainterPath &area, QBrush brush, const QPainterPath &clip)
    {
        brush.setTransform(brush.transform() * m_out.transform());
        m_out.save();
        m_out.resetTransform();
        m_out.setPen(Qt::NoPen);
        m_out.setBrush(brush);
        m_out.drawPath(area.intersected(clip));
        m_out.restore();
    }

    QPaintDevice *m_target;
    QPainter m_out;
};

// A paint device with the metrics of `target` that draws on it through a ClippingEngine.
class ClippingDevice : public QPaintDevice
{
public:
    explicit ClippingDevice(QPaintDevice *target)
        : m_target(target)
        , m_engine(target)
    {}
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_target->width();
        case PdmHeight:
            return m_target->height();
        case PdmWidthMM:
            return m_target->widthMM();
        case PdmHeightMM:
            return m_target->heightMM();
        case PdmNumColors:
            return m_target->colorCount();
        case PdmDepth:
            return m_target->depth();
        case PdmDpiX:
            return m_target->logicalDpiX();
        case PdmDpiY:
            return m_target->logicalDpiY();
        case PdmPhysicalDpiX:
            return m_target->physicalDpiX();
        case PdmPhysicalDpiY:
            return m_target->physicalDpiY();
        case PdmDevicePixelRatio:
            return int(m_target->devicePixelRatio());
        case PdmDevicePixelRatioScaled:
            return int(m_target->devicePixelRatio() * devicePixelRatioFScale());
        }
        return QPaintDevice::metric(metric);
    }

private:
    QPaintDevice *m_target;
    mutable ClippingEngine m_engine;
};

QSizeF logicalSize(const ExportOptions &o)
{
    return QSizeF(o.pixelSize) * (96.0 / o.dpi);
}

QString csvField(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[,\"\\r\\n]"));
    if (!text.contains(special))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// The shortest text that reads back as the same double, in the C locale: the file is for
// programs as much as for people. Whole numbers (token counts) never take an exponent.
QString csvNumber(double v)
{
    if (std::isnan(v))
        return {};
    if (v == std::trunc(v) && std::fabs(v) < 1e15)
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Lesson slides.

// Slides are laid out as presentation mode shows a lesson on a 1600x900 screen: at 1280x720
// the busier charts (price ratios, batch) overlap their own labels, at 1920x1080 the type is
// small for a slide.
constexpr double kSlideShortSide = 900;
// A slide's PDF page measures its pixels at this DPI: 1920x1080 is 13.33 x 7.5 inches, the page
// of a widescreen slide.
constexpr double kSlidePageDpi = 144;

using theme::scaledFont;

// The height of `text` wrapped at `width` (0 for no text).
double wrappedHeight(const QFont &font, QPaintDevice *device, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font, device)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

void drawWrapped(QPainter &painter, const QFont &font, const QColor &color, const QRectF &rect,
                 const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, int(alignment) | Qt::TextWordWrap, text);
}

QColor textColor(const QPalette &palette, int alpha = 255)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlpha(alpha);
    return color;
}

// The chart's plot drawn into `area` (logical units): the chart is laid out at that size times
// `layoutScale` first, so that what it fits to its height (marker labels) fits there, and drawn
// scaled to the area (a layout scale above 1 gives the plot more room and smaller type).
void paintPlot(QCPPainter &painter, ChartView &chart, const QRectF &area, double layoutScale = 1)
{
    const int width = int(std::floor(area.width() * layoutScale));
    const int height = std::max(50, int(std::floor(area.height() * layoutScale)));
    chart.resize(width, height);
    chart.renderNow();
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(1 / layoutScale, 1 / layoutScale);
    chart.plot()->toPainter(&painter, width, height);
    painter.restore();
}

// A slide filling `logical`: the chart's title, its plot, the caption in large type, a rule,
// and a footer with the scenario (left) and the step (right). The caption gives way (smaller
// type) before the plot gets less than 45% of the height.
void paintSlide(QCPPainter &painter, const Slide &slide, const QSizeF &logical)
{
    ChartView &chart = *slide.chart;
    chart.renderNow(); // the chart's texts and palette are as drawn
    QPaintDevice *device = painter.device();
    const QPalette palette = chart.palette();
    const QFont base = chart.font();
    painter.fillRect(QRectF(QPointF(0, 0), logical), palette.color(QPalette::Base));

    const double margin = std::round(logical.height() / 30);
    const double width = logical.width() - 2 * margin;
    const QFont titleFont = scaledFont(base, 1.25, true);
    const QFont footerFont = scaledFont(base, 0.62);
    const double titleHeight = std::max(QFontMetricsF(titleFont, device).height(),
                                        wrappedHeight(titleFont, device, width, chart.title()));
    const double footerLine = QFontMetricsF(footerFont, device).height();
    const double positionWidth =
        QFontMetricsF(footerFont, device).horizontalAdvance(slide.position);
    const double scenarioWidth = std::max(width / 3, width - positionWidth - margin);
    const double footerHeight =
        std::max(footerLine, wrappedHeight(footerFont, device, scenarioWidth, slide.scenario));
    const double footerTop = logical.height() - margin / 2 - footerHeight;

    const double plotTop = margin / 2 + titleHeight + margin / 4;
    QFont captionFont;
    double captionHeight = 0;
    for (double scale = 1.2;; scale *= 0.92) {
        captionFont = scaledFont(base, scale);
        captionHeight = wrappedHeight(captionFont, device, width, slide.caption);
        const double plotHeight = footerTop - margin * 1.25 - captionHeight - plotTop;
        if (plotHeight >= 0.45 * logical.height() || scale < 0.6)
            break;
    }
    const double captionTop = footerTop - margin * 0.75 - captionHeight;
    const double plotBottom =
        slide.caption.isEmpty() ? footerTop - margin / 2 : captionTop - margin / 2;

    drawWrapped(painter, titleFont, textColor(palette),
                QRectF(margin, margin / 2, width, titleHeight), chart.title());
    paintPlot(painter, chart,
              QRectF(margin / 2, plotTop, logical.width() - margin, plotBottom - plotTop));
    drawWrapped(painter, captionFont, textColor(palette),
                QRectF(margin, captionTop, width, captionHeight), slide.caption);
    painter.setPen(QPen(textColor(palette, 90), 1));
    painter.drawLine(QPointF(margin, footerTop - margin / 4),
                     QPointF(logical.width() - margin, footerTop - margin / 4));
    drawWrapped(painter, footerFont, textColor(palette, 170),
                QRectF(margin, footerTop, scenarioWidth, footerHeight), slide.scenario);
    drawWrapped(
        painter, footerFont, textColor(palette, 170),
        QRectF(logical.width() - margin - positionWidth, footerTop, positionWidth, footerLine),
        slide.position, Qt::AlignRight | Qt::AlignTop);
}

// Half a handout page (`area`, logical units): the step as a heading, the chart's title and
// plot (at most 16:9), the caption, the scenario, and the notes when there are any.
void paintHandoutSlot(QCPPainter &painter, const Slide &slide, const QRectF &area)
{
    ChartView &chart = *slide.chart;
    chart.renderNow();
    QPaintDevice *device = painter.device();
    const QPalette palette = chart.palette();
    const QFont base = chart.font();
    const QFont headingFont = scaledFont(base, 1.2, true);
    const QFont titleFont = scaledFont(base, 1.1, true);
    const QFont captionFont = scaledFont(base, 1.15);
    const QFont scenarioFont = scaledFont(base, 0.85);
    const QFont notesFont = scaledFont(base, 1.0);
    const QFont notesLabelFont = scaledFont(base, 1.0, true);
    const double gap = QFontMetricsF(base, device).height() / 2;
    const double width = area.width();

    const double headingHeight = QFontMetricsF(headingFont, device).height();
    const double titleHeight = std::max(QFontMetricsF(titleFont, device).height(),
                                        wrappedHeight(titleFont, device, width, chart.title()));
    const double captionHeight = wrappedHeight(captionFont, device, width, slide.caption);
    const double scenarioHeight = wrappedHeight(scenarioFont, device, width, slide.scenario);
    const QString notesLabel = translated(QT_TRANSLATE_NOOP("ChartExport", "Notes"));
    const double notesPadding = gap;
    const double notesHeight =
        slide.notes.isEmpty()
            ? 0
            : QFontMetricsF(notesLabelFont, device).height() +
                  wrappedHeight(notesFont, device, width - 2 * notesPadding, slide.notes) +
                  2 * notesPadding + gap;
    const double fixed = headingHeight + gap + titleHeight + gap / 2 + captionHeight + gap +
                         scenarioHeight + gap / 2 + notesHeight;
    const double plotHeight = std::clamp(area.height() - fixed, 0.0, width * 9 / 16);

    double y = area.top();
    painter.setFont(headingFont);
    painter.setPen(textColor(palette));
    painter.drawText(QRectF(area.left(), y, width, headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     slide.position);
    y += headingHeight + gap;
    drawWrapped(painter, titleFont, textColor(palette), QRectF(area.left(), y, width, titleHeight),
                chart.title());
    y += titleHeight;
    // On paper the window's type is large for a plot a page wide: the legends of the cumulative
    // and prompt-cache charts ran past the page. Laid out 1.2 times wider, they fit; their type
    // prints at 7.5 points.
    paintPlot(painter, chart, QRectF(area.left(), y, width, plotHeight), 1.2);
    y += plotHeight + gap / 2;
    drawWrapped(painter, captionFont, textColor(palette),
                QRectF(area.left(), y, width, captionHeight), slide.caption);
    y += captionHeight + gap / 2;
    drawWrapped(painter, scenarioFont, textColor(palette, 170),
                QRectF(area.left(), y, width, scenarioHeight), slide.scenario);
    y += scenarioHeight + gap;
    if (!slide.notes.isEmpty()) {
        const QRectF box(area.left(), y, width, notesHeight - gap);
        painter.setPen(QPen(textColor(palette, 90), 1));
        painter.setBrush(textColor(palette, 12));
        painter.drawRect(box);
        painter.setBrush(Qt::NoBrush);
        const QRectF inner = box.adjusted(notesPadding, notesPadding, -notesPadding, -notesPadding);
        const double labelHeight = QFontMetricsF(notesLabelFont, device).height();
        drawWrapped(painter, notesLabelFont, textColor(palette),
                    QRectF(inner.left(), inner.top(), inner.width(), labelHeight), notesLabel);
        drawWrapped(painter, notesFont, textColor(palette),
                    QRectF(inner.left(), inner.top() + labelHeight, inner.width(),
                           inner.height() - labelHeight),
                    slide.notes);
    }
}

// A handout page of up to two slides, with the lesson's title above them.
void paintHandoutPage(QCPPainter &painter, const QList<Slide> &slides, const QString &title,
                      const QSizeF &page)
{
    const QPalette palette = slides.first().chart->palette();
    const QFont base = slides.first().chart->font();
    painter.fillRect(QRectF(QPointF(0, 0), page), palette.color(QPalette::Base));
    const double margin = 40; // 10.6 mm
    const QFont titleFont = scaledFont(base, 0.9);
    const double titleHeight = QFontMetricsF(titleFont, painter.device()).height();
    const double width = page.width() - 2 * margin;
    drawWrapped(painter, titleFont, textColor(palette, 170),
                QRectF(margin, margin / 2, width, titleHeight), title);
    const double top = margin / 2 + titleHeight + margin / 3;
    const double slotHeight = (page.height() - top - margin / 2 - margin) / 2;
    for (int i = 0; i < slides.size() && i < 2; ++i) {
        const double slotTop = top + i * (slotHeight + margin);
        if (i > 0) {
            painter.setPen(QPen(textColor(palette, 90), 1));
            painter.drawLine(QPointF(margin, slotTop - margin / 2),
                             QPointF(page.width() - margin, slotTop - margin / 2));
        }
        paintHandoutSlot(painter, slides[i], QRectF(margin, slotTop, width, slotHeight));
    }
}

void beginPainting(QCPPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
}

// A slide laid out on `logical` pixels, drawn `scale` times larger: the slide files and the
// presenter's preview share it.
QImage slideImage(const Slide &slide, const QSize &pixelSize, const QSizeF &logical, double scale)
{
    QImage image = screenImage(pixelSize);
    image.fill(slide.chart->palette().color(QPalette::Base));
    {
        QCPPainter painter(&image); // done before the image is handed on
        beginPainting(painter);
        painter.scale(scale, scale);
        paintSlide(painter, slide, logical);
    }
    return image;
}

// A PDF whose device pixels are logical pixels (96 per inch), so that fonts and QCustomPlot's
// layout agree and everything stays vector; fonts are embedded (as subsets).
void setUpPdf(QPdfWriter &pdf, const QPageSize &page, const QString &title)
{
    pdf.setResolution(96);
    pdf.setPageSize(page);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Token Cost Explorer"));
}

Status checkSlideOptions(const QList<Slide> &slides, const ExportOptions &options)
{
    if (slides.isEmpty())
        return Status::failure(translated(QT_TRANSLATE_NOOP("ChartExport", "there is no slide")));
    if (options.pixelSize.width() < kMinExportPixels ||
        options.pixelSize.height() < kMinExportPixels ||
        options.pixelSize.width() > kMaxExportPixels ||
        options.pixelSize.height() > kMaxExportPixels)
        return Status::failure(
            translated(QT_TRANSLATE_NOOP(
                           "ChartExport",
                           "size %1x%2 is out of range; expected 16 to 20000 pixels each way"))
                .arg(options.pixelSize.width())
                .arg(options.pixelSize.height()));
    if (options.dpi < kMinExportDpi || options.dpi > kMaxExportDpi)
        return Status::failure(
            translated(
                QT_TRANSLATE_NOOP("ChartExport", "DPI %1 is out of range; expected 24 to 2400"))
                .arg(options.dpi));
    return {};
}

} // namespace

Status writeExportFile(const QString &path, const QByteArray &bytes)
{
    bool opened = false;
    const Status written = writeFileAtomically(path, bytes, &opened);
    if (written)
        return {};
    if (!opened)
        return Status::failure(translated(QT_TRANSLATE_NOOP("ChartExport", "%1: cannot write (%2)"))
                                   .arg(path, written.error()));
    return Status::failure(
        translated(QT_TRANSLATE_NOOP("ChartExport",
                                     "%1: cannot write (%2); any previous file is unchanged"))
            .arg(path, written.error()));
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("jpg") || n == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QStringList exportFormatNames()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
            QStringLiteral("pdf"), QStringLiteral("csv")};
}

QList<SizePreset> sizePresets()
{
    auto page = [](QPageSize::PageSizeId id, double dpi) {
        const QSizeF inches = QPageSize(id).size(QPageSize::Inch).transposed(); // landscape
        return QSize(int(std::lround(inches.width() * dpi)),
                     int(std::lround(inches.height() * dpi)));
    };
    return {{QStringLiteral("1920x1080"), QSize(1920, 1080), defaultDpiFor(QSize(1920, 1080))},
            {QStringLiteral("1280x720"), QSize(1280, 720), defaultDpiFor(QSize(1280, 720))},
            {QStringLiteral("A4"), page(QPageSize::A4, 300), 300},
            {QStringLiteral("Letter"), page(QPageSize::Letter, 300), 300},
            {QStringLiteral("screen"), QSize(), 96}};
}

double defaultDpiFor(const QSize &pixelSize)
{
    return 96.0 * std::max(1.0, pixelSize.height() / 720.0);
}

QString scenarioCaption(const ChartView &chart)
{
    return scenarioCaption(chart.evaluation()->scenario(),
                           chart.servingUse() != ChartView::ServingUse::None);
}

QString scenarioCaption(const Scenario &s, bool load)
{
    // What section 8 of the cost model adds to the request, when the scenario has it.
    QStringList extras;
    if (s.reasoningTokens > 0)
        extras << translated(QT_TRANSLATE_NOOP("ChartExport", "%1 reasoning"))
                      .arg(units::tokens(double(s.reasoningTokens)));
    if (s.promptCache.prefixTokens > 0)
        extras << (s.promptCache.writesCache
                       ? translated(QT_TRANSLATE_NOOP("ChartExport", "%1 written to the cache"))
                       : translated(QT_TRANSLATE_NOOP("ChartExport", "%1 from the cache")))
                      .arg(units::tokens(double(s.promptCache.prefixTokens)));
    if (s.speculative.enabled())
        extras << translated(QT_TRANSLATE_NOOP("ChartExport", "speculative: %1, k = %2, α = %3"))
                      .arg(s.speculative.draft == SpeculativeSpec::Draft::Head
                               ? translated(QT_TRANSLATE_NOOP("ChartExport", "draft head"))
                               : s.speculative.draftModel.name,
                           units::count(s.speculative.draftTokens),
                           units::number(s.speculative.acceptance, 2));
    // The serving charts' load goes beside the batch it is served at: "batch 16 · 25 clients".
    QString batch = units::count(s.serving.batch);
    if (load && s.load.mode == LoadMode::Concurrency)
        batch +=
            QStringLiteral(" · ") +
            (s.load.concurrency == 1 ? translated(QT_TRANSLATE_NOOP("ChartExport", "1 client"))
                                     : translated(QT_TRANSLATE_NOOP("ChartExport", "%1 clients"))
                                           .arg(units::count(s.load.concurrency)));
    else if (load && s.load.mode == LoadMode::Rate)
        batch +=
            QStringLiteral(" · ") + translated(QT_TRANSLATE_NOOP("ChartExport", "%1 requests/s"))
                                        .arg(units::number(s.load.requestsPerSecond, 3));
    // An engine that can run attention either way says when a chart's numbers are without it.
    const QString engine =
        s.serving.engine.unfusedScoreBytes > 0 && !s.serving.engine.flashAttention
            ? translated(QT_TRANSLATE_NOOP("ChartExport", "%1 without flash attention"))
                  .arg(s.serving.engine.name)
            : s.serving.engine.name;
    const QString features = extras.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(extras.join(QStringLiteral(", ")));
    return translated(
               QT_TRANSLATE_NOOP("ChartExport",
                                 "%1 · %2 × %3 · %4 weights, %5 KV cache · %6 input, %7 output "
                                 "tokens%8 · batch %9 · %10 · Token Cost Explorer %11 · %12"))
        .arg(s.model.name, units::count(s.serving.gpus), s.hardware.name, s.weights.name,
             s.kvCache.name, units::tokens(double(s.inputTokens)),
             units::tokens(double(s.outputTokens)), features, batch)
        .arg(engine, QCoreApplication::applicationVersion(),
             QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
}

QImage renderChartImage(ChartView &chart, const ExportOptions &options)
{
    QImage image = screenImage(options.pixelSize);
    image.fill(chart.palette().color(QPalette::Base));
    paintOnDevice(&image, chart, logicalSize(options), options.dpi / 96.0, options.caption);
    // The file records the requested DPI, so that the image prints at its intended size.
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QTransform exportedPlotTransform(ChartView &chart, const ExportOptions &options)
{
    // Painted where nothing shows: only the layout is wanted.
    QImage scratch = screenImage(QSize(1, 1));
    return paintOnDevice(&scratch, chart, logicalSize(options), options.dpi / 96.0,
                         options.caption);
}

QString chartCsv(ChartView &chart)
{
    chart.renderNow();
    const ChartView::Table t = chart.table();
    QStringList lines;
    QStringList cells;
    for (const QString &h : t.headers)
        cells << csvField(h);
    lines << cells.join(QLatin1Char(','));
    for (const QList<ChartView::Table::Cell> &row : t.rows) {
        cells.clear();
        for (const ChartView::Table::Cell &cell : row) {
            cells << (cell.isText ? csvField(cell.text) : csvNumber(cell.number));
        }
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status exportChart(ChartView &chart, const ExportOptions &options, const QString &path)
{
    const auto bytes = renderChartFile(chart, options);
    if (!bytes)
        return Status::failure(bytes.error());
    return writeExportFile(path, bytes.value());
}

Result<QByteArray> renderChartFile(ChartView &chart, const ExportOptions &options)
{
    using R = Result<QByteArray>;
    if (options.format != ExportFormat::Csv && (options.pixelSize.width() < kMinExportPixels ||
                                                options.pixelSize.height() < kMinExportPixels ||
                                                options.pixelSize.width() > kMaxExportPixels ||
                                                options.pixelSize.height() > kMaxExportPixels))
        return R::failure(
            translated(QT_TRANSLATE_NOOP(
                           "ChartExport",
                           "size %1x%2 is out of range; expected 16 to 20000 pixels each way"))
                .arg(options.pixelSize.width())
                .arg(options.pixelSize.height()));
    if (options.dpi < kMinExportDpi || options.dpi > kMaxExportDpi)
        return R::failure(
            translated(
                QT_TRANSLATE_NOOP("ChartExport", "DPI %1 is out of range; expected 24 to 2400"))
                .arg(options.dpi));

    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        QImage image = renderChartImage(chart, options);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool jpeg = options.format == ExportFormat::Jpeg;
        if (jpeg)
            image = image.convertToFormat(QImage::Format_RGB32);
        if (!image.save(&buffer, jpeg ? "JPG" : "PNG", jpeg ? 92 : -1))
            return R::failure(
                translated(QT_TRANSLATE_NOOP("ChartExport", "the image could not be encoded")));
        break;
    }
    case ExportFormat::Svg: {
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(options.pixelSize);
        svg.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
        svg.setResolution(96);
        svg.setTitle(chart.title());
        svg.setDescription(chart.evaluation() ? scenarioCaption(chart) : QString());
        ClippingDevice clipped(&svg);
        paintOnDevice(&clipped, chart, logicalSize(options), options.dpi / 96.0, options.caption);
        break;
    }
    case ExportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        // A page of size / DPI inches at 96 dots per inch: its device pixels are the
        // chart's logical pixels, and everything stays vector.
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(QSizeF(options.pixelSize) / options.dpi, QPageSize::Inch,
                                  QString(), QPageSize::ExactMatch));
        pdf.setTitle(chart.title());
        pdf.setCreator(QStringLiteral("Token Cost Explorer"));
        paintOnDevice(&pdf, chart, logicalSize(options), 1.0, options.caption);
        break;
    }
    case ExportFormat::Csv:
        bytes = chartCsv(chart).toUtf8();
        break;
    }
    return bytes;
}

double slideDpiFor(const QSize &pixelSize)
{
    return 96.0 * std::min(pixelSize.width(), pixelSize.height()) / kSlideShortSide;
}

QImage renderSlideImage(const Slide &slide, const QSize &pixelSize)
{
    ExportOptions options;
    options.pixelSize = pixelSize;
    options.dpi = slideDpiFor(pixelSize);
    return slideImage(slide, pixelSize, logicalSize(options), options.dpi / 96.0);
}

Result<QByteArray> renderSlideFile(const Slide &slide, const ExportOptions &options)
{
    using R = Result<QByteArray>;
    if (const Status ok = checkSlideOptions({slide}, options); !ok)
        return R::failure(ok.error());
    const QSizeF logical = logicalSize(options);
    const double scale = options.dpi / 96.0;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (options.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        QImage image = slideImage(slide, options.pixelSize, logical, scale);
        const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const bool jpeg = options.format == ExportFormat::Jpeg;
        if (jpeg)
            image = image.convertToFormat(QImage::Format_RGB32);
        if (!image.save(&buffer, jpeg ? "JPG" : "PNG", jpeg ? 92 : -1))
            return R::failure(
                translated(QT_TRANSLATE_NOOP("ChartExport", "the image could not be encoded")));
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(options.pixelSize);
        svg.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
        svg.setResolution(96);
        svg.setTitle(slide.chart->title());
        svg.setDescription(slide.caption);
        ClippingDevice clipped(&svg);
        QCPPainter painter(&clipped);
        beginPainting(painter);
        painter.scale(scale, scale);
        paintSlide(painter, slide, logical);
        break;
    }
    case ExportFormat::Pdf:
        buffer.close();
        return renderSlidesPdf({slide}, options, slide.chart->title());
    case ExportFormat::Csv:
        return R::failure(
            translated(QT_TRANSLATE_NOOP("ChartExport", "a slide cannot be written as CSV")));
    }
    return bytes;
}

Result<QByteArray> renderSlidesPdf(const QList<Slide> &slides, const ExportOptions &options,
                                   const QString &title)
{
    using R = Result<QByteArray>;
    if (const Status ok = checkSlideOptions(slides, options); !ok)
        return R::failure(ok.error());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    const QSizeF inches = QSizeF(options.pixelSize) / kSlidePageDpi;
    setUpPdf(pdf, QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch), title);
    const QSizeF logical = logicalSize(options);
    const double scale = inches.width() * 96 / logical.width();
    QCPPainter painter(&pdf);
    beginPainting(painter);
    painter.scale(scale, scale);
    for (qsizetype i = 0; i < slides.size(); ++i) {
        if (i > 0 && !pdf.newPage())
            return R::failure(
                translated(QT_TRANSLATE_NOOP("ChartExport", "the PDF could not start page %1"))
                    .arg(i + 1));
        paintSlide(painter, slides[i], logical);
    }
    painter.end();
    return bytes;
}

Result<QByteArray> renderHandoutPdf(const QList<Slide> &slides, const QString &title)
{
    using R = Result<QByteArray>;
    if (const Status ok = checkSlideOptions(slides, ExportOptions()); !ok)
        return R::failure(ok.error());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPdf(pdf, QPageSize(QPageSize::A4), title);
    pdf.setPageOrientation(QPageLayout::Portrait);
    const QSizeF page(pdf.width(), pdf.height());
    QCPPainter painter(&pdf);
    beginPainting(painter);
    for (qsizetype first = 0; first < slides.size(); first += 2) {
        if (first > 0 && !pdf.newPage())
            return R::failure(
                translated(QT_TRANSLATE_NOOP("ChartExport", "the PDF could not start page %1"))
                    .arg(first / 2 + 1));
        paintHandoutPage(painter, slides.mid(first, 2), title, page);
    }
    painter.end();
    return bytes;
}

} // namespace tce
