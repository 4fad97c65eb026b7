#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace tce {

class CalibrationChart;
struct Calibration;

// Shows a calibration (issue 14): what was fitted, the median error before and after the fit
// and held out, and the calibration chart. It decides nothing: its buttons ask the caller to
// save the fitted profile or to use it (app/calibrationcontroller.h does both).
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalibrationDialog(const Calibration &calibration, QWidget *parent = nullptr);
    ~CalibrationDialog() override;

    QString summaryText() const;
    CalibrationChart *chart() const { return m_chart; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *useButton() const { return m_use; }

signals:
    void saveRequested();
    void useRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<const Calibration> m_calibration;
    QLabel *m_summary = nullptr;
    CalibrationChart *m_chart = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace tce
