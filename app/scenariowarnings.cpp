#include "scenariowarnings.h"

#include "evaluation.h"

#include <QCoreApplication>
#include <QLocale>

namespace tce {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("tce::ScenarioWarnings", text);
}

QString tokens(double count)
{
    return QLocale().toString(qint64(count));
}

// Weights and caches are gigabytes on any GPU these warnings concern; a cache that does not
// fit in a small remainder can be megabytes.
QString bytes(double count)
{
    constexpr double mebibyte = 1024.0 * 1024.0;
    constexpr double gibibyte = 1024.0 * mebibyte;
    if (count >= gibibyte || count <= -gibibyte)
        return translated(QT_TRANSLATE_NOOP("tce::ScenarioWarnings", "%1 GiB"))
            .arg(QLocale().toString(count / gibibyte, 'f', 1));
    return translated(QT_TRANSLATE_NOOP("tce::ScenarioWarnings", "%1 MiB"))
        .arg(QLocale().toString(count / mebibyte, 'f', 1));
}

} // namespace

QString scenarioWarningText(const ScenarioWarning &w)
{
    const char *text = nullptr;
    switch (w.kind) {
    case ScenarioWarning::Kind::ExceedsContextWindow:
        return translated(QT_TRANSLATE_NOOP(
                              "tce::ScenarioWarnings",
                              "Input + output = %1 tokens exceed the model's context window of %2 "
                              "tokens: the model cannot run this request; the numbers assume it "
                              "could."))
            .arg(tokens(w.value), tokens(w.limit));
    case ScenarioWarning::Kind::WeightsDoNotFit:
        text = QT_TRANSLATE_NOOP("tce::ScenarioWarnings",
                                 "The weights need %1 but only %2 of GPU memory is usable: the "
                                 "weights do not fit; use more GPUs, GPUs with more memory or "
                                 "fewer bits per weight. The numbers assume they fit.");
        break;
    case ScenarioWarning::Kind::SequenceDoesNotFit:
        text = QT_TRANSLATE_NOOP("tce::ScenarioWarnings",
                                 "One sequence's KV cache needs %1 but only %2 is left after the "
                                 "weights: not even one sequence fits; shorten the input or "
                                 "output, store the KV cache in fewer bits or use more GPUs. The "
                                 "numbers assume it fits.");
        break;
    case ScenarioWarning::Kind::BatchDoesNotFit:
        text = QT_TRANSLATE_NOOP("tce::ScenarioWarnings",
                                 "The batch's KV cache needs %1 but only %2 is left after the "
                                 "weights: the batch does not fit; lower the batch, shorten the "
                                 "sequences or use more GPUs. The numbers assume it fits.");
        break;
    }
    return text ? translated(text).arg(bytes(w.value), bytes(w.limit)) : QString();
}

QStringList scenarioWarningTexts(const Evaluation &evaluation)
{
    QStringList texts;
    for (const ScenarioWarning &w : evaluation.warnings())
        texts << scenarioWarningText(w);
    return texts;
}

} // namespace tce
