#include "servingchartview.h"

#include "charttheme.h"
#include "servingsnapshot.h"

#include <qcustomplot.h>

namespace tce {

namespace {

// A model's message is one long sentence: lines of at most `width` characters.
QString wrapped(const QString &text, qsizetype width = 72)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void ServingChartView::rebuild(const Evaluation &e)
{
    clearAnnotations();
    if (&e != evaluation()) {
        clearSeries();
        return;
    }
    // Nothing arrived yet: an empty snapshot that is on its way.
    static const ServingSnapshot waiting = [] {
        ServingSnapshot s;
        s.pending = true;
        return s;
    }();
    const ServingSnapshot &s = serving() ? *serving() : waiting;
    rebuildServing(e, s);
    addStatusNote(s);
}

void ServingChartView::addStatusNote(const ServingSnapshot &s)
{
    m_status = !s.error.isEmpty() ? tr("The simulation failed: %1").arg(s.error)
               : s.pending        ? tr("Simulating…")
                                  : QString();
    if (m_status.isEmpty())
        return;
    auto *note = new QCPItemText(plot());
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.99, 0.02);
    note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    note->setTextAlignment(Qt::AlignRight);
    note->setText(wrapped(m_status));
    const QColor color = s.error.isEmpty() ? theme::neutral() : theme::limit();
    note->setColor(color);
    note->setPen(QPen(theme::withAlpha(color, 160)));
    note->setBrush(theme::withAlpha(palette().color(QPalette::Base), 230));
    note->setPadding(QMargins(8, 4, 8, 4));
    note->setClipToAxisRect(true);
}

} // namespace tce
