#include "explaindock.h"

#include "chartview.h"
#include "hardwarespec.h"
#include "servingspec.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

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
    QString hint =
        tr("Point at a chart: the formula behind the value appears here, with the numbers put in.");
    const QString engine = engineText();
    if (!engine.isEmpty())
        hint += QLatin1Char('\n') + engine;
    m_text->setText(hint);
}

void ExplainDock::setEngine(const EngineProfile &engine, const HardwareSpec &hardware)
{
    m_engineName = engine.name;
    m_hardwareClass = engine.hardwareClass;
    m_hardwareName = hardware.name;
    m_ownClass = hardware.hardwareClass;
    m_classCarried = engine.classCarried;
    m_decodeError = engine.accuracy.decode;
    m_prefillError = engine.accuracy.prefill;
    m_fittedRows = engine.accuracy.rows;
    showHint();
}

QString ExplainDock::engineText() const
{
    if (m_engineName.isEmpty())
        return {};
    if (m_fittedRows <= 0)
        return tr("Times: the %1 profile, whose numbers are not fitted to measurements.")
            .arg(m_engineName);
    const auto percent = [](double share) {
        return share > 0 ? QLocale().toString(100 * share, 'f', 0) + QLatin1Char('%')
                         : tr("not known");
    };
    QString text =
        tr("Times: the %1 profile's numbers for %2 hardware, fitted to %n published "
           "measurements. On GPUs the fit did not see, decode speed was off by %3 and "
           "the prompt by %4 (median).",
           nullptr, m_fittedRows)
            .arg(m_engineName, m_hardwareClass, percent(m_decodeError), percent(m_prefillError));
    // The numbers are another class's: say so, in the window's language (the model's classNote
    // is the report's English).
    if (!m_hardwareClass.isEmpty() && m_hardwareClass != m_ownClass) {
        const QString own = m_ownClass.isEmpty() ? tr("an unknown class") : m_ownClass;
        text += QLatin1Char(' ') +
                (m_classCarried
                     ? tr("%1 has no measurements on %2 hardware such as the %3: these are its %4 "
                          "numbers, carried to this GPU's peak FLOP/s and memory bandwidth.")
                     : tr("%1 has no measurements on %2 hardware such as the %3: these are its %4 "
                          "numbers."))
                    .arg(m_engineName, own, m_hardwareName, m_hardwareClass);
    }
    return text;
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
