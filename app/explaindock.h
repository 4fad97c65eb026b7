#pragma once

#include <QDockWidget>
#include <QList>

class QLabel;

namespace tce {

class ChartView;
struct EngineProfile;
struct HardwareSpec;

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
    // The hint then also says where the engine profile's numbers come from and how far they
    // were off on GPUs their fit did not see (issue 14).
    void setEngine(const EngineProfile &engine, const HardwareSpec &hardware);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString engineText() const;

    QLabel *m_text = nullptr;
    QString m_engineName;
    QString m_hardwareClass;
    QString m_hardwareName;
    QString m_ownClass; // the hardware's class; m_hardwareClass is the one the numbers are for
    bool m_classCarried = false;
    double m_decodeError = 0;
    double m_prefillError = 0;
    int m_fittedRows = 0;
};

} // namespace tce
