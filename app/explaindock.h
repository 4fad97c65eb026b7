#pragma once

#include <QDockWidget>
#include <QList>

class QLabel;

namespace tce {

class ChartView;

// "Explain this": the formula behind the value the mouse points at on a chart, with the
// numbers put in. An explanation holds the numbers of one chart and one evaluation, so the
// window brings the hint back when either changes (showHint()).
class ExplainDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ExplainDock(const QList<ChartView *> &charts, QWidget *parent = nullptr);

    QString text() const;
    void showHint();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text = nullptr;
};

} // namespace tce
