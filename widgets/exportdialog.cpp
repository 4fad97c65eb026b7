#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace tce {

ExportDialog::ExportDialog(const QString &chartTitle, const QSize &screenSize,
                           const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_screenSize(screenSize)
{
    setWindowTitle(tr("Export “%1”").arg(chartTitle));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("JPEG image"), int(ExportFormat::Jpeg));
    m_format->addItem(tr("SVG (vector)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), int(ExportFormat::Pdf));
    m_format->addItem(tr("CSV data"), int(ExportFormat::Csv));
    m_format->setToolTip(
        tr("Images for slides, vector files for print, or the chart's numbers as CSV."));

    m_preset = new QComboBox(this);
    for (const SizePreset &p : sizePresets()) {
        const QString label =
            p.pixelSize.isEmpty()
                ? tr("As on screen (%1×%2)").arg(screenSize.width()).arg(screenSize.height())
            : p.name.contains(QLatin1Char('x')) ? tr("Slide %1").arg(p.name)
                                                : tr("%1 page, landscape").arg(p.name);
        m_preset->addItem(label, p.name);
    }
    m_preset->addItem(tr("Custom"), QString());
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(16, 20000);
        spin->setSuffix(tr(" px"));
    }
    m_dpi = new QDoubleSpinBox(this);
    m_dpi->setRange(24, 2400);
    m_dpi->setDecimals(0);
    m_dpi->setToolTip(
        tr("Dots per inch: 96 draws the chart as on a standard screen; more makes text and "
           "lines larger on the same number of pixels (and PDF pages smaller)."));
    m_caption =
        new QCheckBox(tr("Add a caption: model, hardware, precision, lengths, batch, date"), this);
    m_caption->setChecked(true);
    m_caption->setToolTip(tr("So that a slide can be traced back to its scenario."));
    m_all = new QCheckBox(tr("Export every chart into a folder"), this);

    m_path = new QLineEdit(suggestedPath, this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(m_height);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Size"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&DPI"), m_dpi);
    form->addRow(m_caption);
    form->addRow(m_all);
    // A row whose field is a layout gets a label without a buddy, which shows its '&'.
    auto *pathLabel = new QLabel(tr("Save &to"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePathSuffix);
    connect(m_all, &QCheckBox::toggled, this, &ExportDialog::updatePathSuffix);
    auto toCustom = [this] {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->count() - 1);
    };
    connect(m_width, &QSpinBox::valueChanged, this, toCustom);
    connect(m_height, &QSpinBox::valueChanged, this, toCustom);
    applyPreset();
}

void ExportDialog::applyPreset()
{
    const QString name = m_preset->currentData().toString();
    for (const SizePreset &p : sizePresets()) {
        if (p.name != name)
            continue;
        const QSize size = p.pixelSize.isEmpty() ? m_screenSize : p.pixelSize;
        const QSignalBlocker w(m_width), h(m_height);
        m_width->setValue(size.width());
        m_height->setValue(size.height());
        m_dpi->setValue(p.dpi);
    }
}

void ExportDialog::updatePathSuffix()
{
    QFileInfo info(m_path->text());
    if (m_all->isChecked()) {
        m_path->setText(info.dir().filePath(info.completeBaseName()));
        return;
    }
    const QString base =
        info.suffix().isEmpty() ? info.filePath() : info.dir().filePath(info.completeBaseName());
    m_path->setText(base + QLatin1Char('.') + exportFormatName(options().format));
}

void ExportDialog::browse()
{
    const QString chosen =
        m_all->isChecked()
            ? QFileDialog::getExistingDirectory(this, tr("Export every chart into"), m_path->text())
            : QFileDialog::getSaveFileName(this, tr("Export chart"), m_path->text());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.pixelSize = QSize(m_width->value(), m_height->value());
    o.dpi = m_dpi->value();
    o.caption = m_caption->isChecked();
    return o;
}

bool ExportDialog::allCharts() const
{
    return m_all->isChecked();
}

QString ExportDialog::path() const
{
    return m_path->text();
}

} // namespace tce
