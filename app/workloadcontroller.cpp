#include "workloadcontroller.h"

#include "catalog.h"
#include "errormessage.h"
#include "evaluation.h"
#include "pricecatalog.h"
#include "scenariocontroller.h"
#include "settings.h"
#include "workload.h"
#include "workloadpanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>

namespace tce {

namespace {

// The panel's item data for an imported trace (WorkloadPanel::showTrace).
QString traceId(const QString &name)
{
    return QStringLiteral("trace:") + name;
}

} // namespace

WorkloadController::WorkloadController(const Catalog &catalog, ScenarioController *scenarios,
                                       WorkloadPanel *panel, QWidget *window)
    : QObject(window)
    , m_catalog(catalog)
    , m_scenarios(scenarios)
    , m_panel(panel)
    , m_window(window)
{
    connect(m_panel, &WorkloadPanel::mixChosen, this, &WorkloadController::chooseMix);
    connect(m_panel, &WorkloadPanel::importTraceRequested, this,
            &WorkloadController::chooseTraceToImport);
    connect(m_panel, &WorkloadPanel::settingsChanged, this, &WorkloadController::apply);
    connect(m_panel, &WorkloadPanel::importPricesRequested, this,
            &WorkloadController::choosePriceCatalogToImport);
    connect(m_panel, &WorkloadPanel::revenuePricesChosen, this,
            &WorkloadController::chooseRevenuePrices);
    chooseMix(m_panel->currentMixId());
}

void WorkloadController::chooseMix(const QString &mixId)
{
    if (const auto trace = m_traces.constFind(mixId); trace != m_traces.cend()) {
        m_workload = *trace;
    } else if (const WorkloadMix *mix = m_catalog.findMix(mixId)) {
        m_workload = std::make_shared<const Workload>(sampleMix(*mix));
        // Chosen from a lesson rather than the panel: the panel shows it too.
        const int index = m_panel->mixBox()->findData(mixId);
        if (index >= 0)
            m_panel->mixBox()->setCurrentIndex(index);
    } else {
        return;
    }
    apply();
}

Status WorkloadController::importTrace(const QString &path)
{
    const auto trace = importTraceCsv(path);
    if (!trace)
        return Status::failure(trace.error());
    m_workload = std::make_shared<const Workload>(trace.value());
    m_traces.insert(traceId(trace->name), m_workload);
    m_panel->showTrace(trace->name);
    apply();
    emit statusMessage(
        tr("Imported %1 requests from %2").arg(trace->size()).arg(QFileInfo(path).fileName()));
    return {};
}

Status WorkloadController::importPriceCatalog(const QString &path)
{
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const auto catalog = csv ? importPriceCsv(path) : importLiteLlmPrices(path);
    if (!catalog)
        return Status::failure(catalog.error());
    m_importedPrices = std::make_shared<const PriceCatalog>(catalog.value());
    QStringList ids;
    for (const PriceEntry &entry : m_importedPrices->entries)
        ids << entry.id;
    // The panel goes back to the scenario's prices; so does the revenue.
    m_panel->setPriceEntries(ids, QFileInfo(path).fileName());
    chooseRevenuePrices(QString());
    emit statusMessage(
        tr("Imported %1 prices from %2").arg(ids.size()).arg(QFileInfo(path).fileName()));
    return {};
}

void WorkloadController::chooseRevenuePrices(const QString &entryId)
{
    const PriceEntry *entry = m_importedPrices ? m_importedPrices->find(entryId) : nullptr;
    m_revenuePrices = entry ? std::make_shared<const PriceEntry>(*entry) : nullptr;
    apply();
}

void WorkloadController::chooseTraceToImport()
{
    chooseAndImport(&WorkloadController::importTrace, tr("Import a request trace"),
                    tr("Trace CSV (*.csv);;All files (*)"), tr("Could not import the trace."));
}

void WorkloadController::choosePriceCatalogToImport()
{
    chooseAndImport(&WorkloadController::importPriceCatalog, tr("Import a price catalog"),
                    tr("Price catalogs (*.json *.csv);;All files (*)"),
                    tr("Could not import the price catalog."));
}

void WorkloadController::chooseAndImport(Status (WorkloadController::*import)(const QString &),
                                         const QString &caption, const QString &filter,
                                         const QString &failure)
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, caption, settings::lastFolder(), filter);
    if (!path.isEmpty())
        showIfFailed(m_window, caption, failure, (this->*import)(path));
}

void WorkloadController::apply()
{
    WorkloadSettings settings;
    settings.workload = m_workload;
    settings.largestBatchThatFits = m_panel->largestBatchThatFits();
    settings.serveWorkload = m_panel->serveMix();
    settings.targetMargin = m_panel->targetMargin();
    settings.revenuePrices = m_revenuePrices;
    m_scenarios->setWorkloadSettings(settings);
}

} // namespace tce
