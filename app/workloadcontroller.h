#pragma once

#include "result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace tce {

class Catalog;
class ScenarioController;
class WorkloadPanel;
struct PriceCatalog;
struct PriceEntry;
struct Workload;

// What the workload charts evaluate: a built-in mix (sampled) or an imported trace, the
// revenue prices (the scenario's, or an entry of an imported price catalog), the batch and the
// target margin from the workload panel. Every change goes to the scenario controller as one
// WorkloadSettings; none of it is part of the undo history.
class WorkloadController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the file dialogs and message boxes.
    WorkloadController(const Catalog &catalog, ScenarioController *scenarios, WorkloadPanel *panel,
                       QWidget *window);

    // A built-in mix by id (also shown as the panel's choice); an unknown id changes nothing.
    void chooseMix(const QString &mixId);
    // A trace CSV becomes the workload.
    Status importTrace(const QString &path);
    // A price catalog (LiteLLM JSON, or our CSV) whose entries the panel offers as revenue.
    Status importPriceCatalog(const QString &path);
    // An entry of the imported catalog bills the workload; "" for the scenario's API prices.
    void chooseRevenuePrices(const QString &entryId);

    // The panel's commands: choose a file, import it, show an error over the window.
    void chooseTraceToImport();
    void choosePriceCatalogToImport();

signals:
    void statusMessage(const QString &text);

private:
    void apply();
    // Asks for a file, then imports it; a failure goes to a message box.
    void chooseAndImport(Status (WorkloadController::*import)(const QString &),
                         const QString &caption, const QString &filter, const QString &failure);

    const Catalog &m_catalog;
    ScenarioController *m_scenarios;
    WorkloadPanel *m_panel;
    QWidget *m_window;
    std::shared_ptr<const Workload> m_workload;
    // Imported traces by the panel's id for them, so that choosing one again brings it back.
    QHash<QString, std::shared_ptr<const Workload>> m_traces;
    std::shared_ptr<const PriceCatalog> m_importedPrices;
    std::shared_ptr<const PriceEntry> m_revenuePrices;
};

} // namespace tce
