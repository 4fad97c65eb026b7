#pragma once

#include "chartexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace tce {

// Collects export options; it renders and writes nothing (exportChart does).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &chartTitle, const QSize &screenSize, const QString &suggestedPath,
                 QWidget *parent = nullptr);

    ExportOptions options() const;
    bool allCharts() const;
    QString path() const; // a file, or a folder when exporting all charts

private:
    void applyPreset();
    void updatePathSuffix();
    void browse();

    QSize m_screenSize;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_dpi = nullptr;
    QCheckBox *m_caption = nullptr;
    QCheckBox *m_all = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace tce
