#include "calibrationdialog.h"

#include "calibration.h"
#include "calibrationchart.h"
#include "units.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tce {

namespace {

QString percent(double fraction)
{
    return units::number(100 * fraction, 2);
}

// The model names its folds in English; the dialog says them in the user's language.
QString foldsText(const QString &folds)
{
    if (folds == QLatin1String("one GPU left out"))
        return CalibrationDialog::tr("one GPU left out at a time");
    if (folds == QLatin1String("one file left out"))
        return CalibrationDialog::tr("one file left out at a time");
    if (folds == QLatin1String("5 folds of rows"))
        return CalibrationDialog::tr("five folds of rows");
    return folds;
}

struct Kind
{
    QString label;
    double error;
    int rows;
};

QList<Kind> kindsOf(const HeldOutError &e)
{
    return {{CalibrationDialog::tr("Decode"), e.decode, e.decodeRows},
            {CalibrationDialog::tr("Prompt speed"), e.prefill, e.prefillRows},
            {CalibrationDialog::tr("Time to first token"), e.ttft, e.ttftRows}};
}

} // namespace

CalibrationDialog::CalibrationDialog(const Calibration &calibration, QWidget *parent)
    : QDialog(parent)
    , m_calibration(std::make_unique<const Calibration>(calibration))
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new CalibrationChart(this);
    m_chart->setCalibration(calibration);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_use = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // A user profile is one engine's numbers; rows of several engines make several.
    m_save->setEnabled(calibration.fitted.size() == 1);
    connect(m_save, &QPushButton::clicked, this, &CalibrationDialog::saveRequested);
    connect(m_use, &QPushButton::clicked, this, &CalibrationDialog::useRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    retranslate();
    resize(960, 720);
}

CalibrationDialog::~CalibrationDialog() = default;

QString CalibrationDialog::summaryText() const
{
    return m_summary->text();
}

void CalibrationDialog::retranslate()
{
    const Calibration &c = *m_calibration;
    setWindowTitle(tr("Calibration"));
    QStringList files;
    for (const CalibratedRow &r : c.rows) {
        if (!files.contains(r.file))
            files << r.file;
    }
    QStringList lines;
    lines << tr("Rows: %1, from %2. Refitted: %3.")
                 .arg(QLocale().toString(c.rows.size()), QLocale().createSeparatedList(files),
                      QLocale().createSeparatedList(c.refittedClasses));
    lines << tr("Median error, before → after the fit:");
    const QList<Kind> before = kindsOf(c.before);
    const QList<Kind> after = kindsOf(c.after);
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].rows > 0)
            lines << tr("    %1: %2% → %3% (rows: %4)")
                         .arg(before[i].label, percent(before[i].error), percent(after[i].error),
                              QLocale().toString(before[i].rows));
    }
    if (c.crossValidated) {
        QStringList parts;
        for (const Kind &k : kindsOf(*c.crossValidated)) {
            if (k.rows > 0)
                parts << tr("%1 %2%").arg(k.label, percent(k.error));
        }
        lines << tr("Cross-validated, on rows the fit did not see (%1): %2")
                     .arg(foldsText(c.folds), QLocale().createSeparatedList(parts));
    } else {
        lines << tr("Too few rows to cross-validate (it takes at least 5).");
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_save->setText(tr("&Save as engine profile…"));
    m_save->setToolTip(
        m_save->isEnabled()
            ? tr("Save the fitted numbers as an engine profile of your own, and use it")
            : tr("The rows were measured with %1 engines, and a profile holds one engine's "
                 "numbers. Calibrate with one engine's files to save a profile.")
                  .arg(c.fitted.size()));
    m_use->setText(tr("&Use without saving"));
    m_use->setToolTip(tr("Use the fitted numbers in the current scenario (Undo takes them back)"));
    m_close->setText(tr("&Close"));
}

void CalibrationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tce
