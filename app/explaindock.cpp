#include "explaindock.h"

#include "chartview.h"

#include <QEvent>
#include <QLabel>

namespace tce {

ExplainDock::ExplainDock(const QList<ChartView *> &charts, QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("explainDock"));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setMargin(8);
    setWidget(m_text);
    for (ChartView *chart : charts)
        connect(chart, &ChartView::explanationChanged, m_text, &QLabel::setText);
    setWindowTitle(tr("Explain this"));
    showHint();
}

QString ExplainDock::text() const
{
    return m_text->text();
}

void ExplainDock::showHint()
{
    m_text->setText(tr(
        "Point at a chart: the formula behind the value appears here, with the numbers put in."));
}

void ExplainDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Explain this"));
        showHint();
    }
    QDockWidget::changeEvent(event);
}

} // namespace tce
