#include "servingcontroller.h"

#include "chartview.h"
#include "evaluation.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "servingsimulator.h"
#include "servingsweep.h"
#include "servingview.h"
#include "summarystrip.h"
#include "workload.h"

#include <QJsonDocument>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tce {

namespace {

// Equal keys simulate the same: the scenario as a file holds all of it. The API's list
// prices play no part in a simulation (its cost is the GPU-hour's).
QByteArray keyOf(Scenario scenario, const std::shared_ptr<const Workload> &lengths,
                 bool servesWorkload)
{
    const double gpuHourUsd = scenario.price.gpuHourUsd;
    scenario.price = PriceSpec();
    scenario.price.gpuHourUsd = gpuHourUsd;
    QByteArray key = QJsonDocument(scenarioToJson(scenario)).toJson(QJsonDocument::Compact);
    // A workload's requests are known by the object that holds them.
    if (servesWorkload)
        key += QByteArray::number(quintptr(lengths.get()));
    return key;
}

// The worker gives way to the GUI thread when both want a core (two cores, and the charts
// redraw at every slider step): a lower priority, which Linux sets per thread as a nice value.
void yieldToTheGuiThread()
{
    QThread::currentThread()->setPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

ServingController::ServingController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    m_pool.setMaxThreadCount(1);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &ServingController::deliver);
    connect(m_parts.scenarios, &ScenarioController::evaluated, this, &ServingController::evaluated);
    connect(m_parts.scenarios, &ScenarioController::scenarioChanged, this,
            [this](const Scenario &scenario) {
                if (m_wanted) // else the first evaluation brings the workload settings
                    want(scenario);
            });
    for (ChartView *chart : m_parts.charts) {
        auto *view = qobject_cast<ServingView *>(chart);
        if (!view)
            continue;
        // Dragging the load along the curves is an edit like a slider's: one undo step.
        connect(view, &ServingView::loadDragged, this, [this](int concurrency, bool dragging) {
            Scenario next = m_parts.scenarios->scenario();
            next.load.mode = LoadMode::Concurrency;
            next.load.concurrency = concurrency;
            m_parts.scenarios->edit(next, tr("Drag the load"), dragging);
        });
        connect(view, &ServingView::dragFinished, m_parts.scenarios, &ScenarioController::endDrag);
    }
    // Until the first results: "Simulating…", and no chart simulates on the GUI thread.
    m_state.pending = true;
    publish();
}

ServingController::~ServingController()
{
    if (m_running)
        m_running->cancel->store(true);
    m_pool.waitForDone();
}

void ServingController::evaluated(const std::shared_ptr<const Evaluation> &e)
{
    const WorkloadSettings &settings = e->workloadSettings();
    m_workload = settings.serveWorkload ? settings.workload : nullptr;
    want(e->scenario());
}

void ServingController::want(const Scenario &scenario)
{
    Wanted w;
    w.scenario = scenario;
    const bool servesWorkload = m_workload != nullptr;
    w.lengths =
        servesWorkload ? m_workload : std::make_shared<const Workload>(scenarioLengths(w.scenario));
    w.currentKey = keyOf(w.scenario, w.lengths, servesWorkload);
    Scenario anyLevel = w.scenario;
    anyLevel.load.mode = LoadMode::Concurrency;
    anyLevel.load.concurrency = 1;
    anyLevel.load.requestsPerSecond = 1;
    w.sweepKey = keyOf(anyLevel, w.lengths, servesWorkload);
    m_wanted = std::move(w);
    schedule();
}

void ServingController::schedule()
{
    if (!m_wanted)
        return;
    const Wanted &w = *m_wanted;
    if (m_running) {
        if (!m_running->stale) {
            if (m_running->wanted.currentKey == w.currentKey)
                return; // it computes what is wanted
            // A sweep that is still right runs on; the load's own result follows when it ends.
            if (m_running->withSweep && m_running->wanted.sweepKey == w.sweepKey)
                return;
            m_running->cancel->store(true);
            m_running->stale = true;
        }
        return; // finished() schedules again
    }
    bool needSweep = m_triedSweepKey != w.sweepKey;
    bool needCurrent = m_triedCurrentKey != w.currentKey;
    // The load moved to a point of the sweep (a drag along the curves): shown at once.
    if (needCurrent && !needSweep && reuseSweepPoint(Delivery::Now))
        needCurrent = false;
    if (needCurrent || needSweep)
        start(needCurrent, needSweep);
    else if (m_state.pending) {
        m_state.pending = false;
        publish();
    }
}

bool ServingController::reuseSweepPoint(Delivery delivery)
{
    const Wanted &w = *m_wanted;
    if (w.scenario.load.mode != LoadMode::Concurrency || m_stateSweepKey != w.sweepKey)
        return false;
    for (const ServingResult &point : m_state.sweep) {
        if (point.load == chartedLoad(w.scenario.load)) {
            m_state.current = point;
            m_state.error.clear();
            m_triedCurrentKey = w.currentKey;
            publish(delivery);
            return true;
        }
    }
    return false;
}

void ServingController::start(bool withCurrent, bool withSweep)
{
    Running job;
    job.id = m_nextJob++;
    job.wanted = *m_wanted;
    job.withCurrent = withCurrent;
    job.withSweep = withSweep;
    job.cancel = std::make_shared<std::atomic_bool>(false);
    m_running = job;
    ++m_jobsStarted;
    m_sweepsStarted += withSweep;
    m_state.pending = true;
    publish();

    // The worker reads only its own copies; `this` outlives it (the destructor waits).
    m_pool.start([this, id = job.id, scenario = job.wanted.scenario, lengths = job.wanted.lengths,
                  cancel = job.cancel, withCurrent, withSweep] {
        yieldToTheGuiThread();
        const auto post = [this](auto call) {
            QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
        };
        if (withCurrent) {
            const auto current = simulateServing(scenario, chartedLoad(scenario.load), *lengths);
            post([this, id, current] { currentArrived(id, current); });
        }
        QString error;
        if (withSweep && !cancel->load()) {
            const auto sweep =
                sweepServing(scenario, scenario.load, *lengths, defaultConcurrencySweep(),
                             [&](const ServingResult &point) {
                                 post([this, id, point] { pointArrived(id, point); });
                                 return !cancel->load();
                             });
            if (!sweep)
                error = sweep.error();
        }
        post([this, id, error, cancelled = cancel->load()] { finished(id, error, cancelled); });
    });
}

bool ServingController::accepts(int job)
{
    if (m_running && m_running->id == job && !m_running->stale)
        return true;
    ++m_staleDropped;
    return false;
}

void ServingController::currentArrived(int job, const Result<ServingResult> &result)
{
    if (!accepts(job))
        return;
    // A sweep that ran on after a change of the load alone: its load's result is outdated.
    if (m_running->wanted.currentKey != m_wanted->currentKey) {
        ++m_staleDropped;
        return;
    }
    m_triedCurrentKey = m_running->wanted.currentKey;
    if (result) {
        m_state.current = result.value();
        m_state.error.clear();
    } else {
        m_state.error = result.error(); // the previous results stay drawn
    }
    publish();
}

void ServingController::pointArrived(int job, const ServingResult &point)
{
    if (!accepts(job))
        return;
    // The first point of a new sweep replaces the previous sweep.
    if (m_running->points++ == 0) {
        m_state.sweep.clear();
        m_state.sweepSize = int(defaultConcurrencySweep().values.size());
        m_stateSweepKey = m_running->wanted.sweepKey;
    }
    m_state.sweep.push_back(point);
    if (m_triedCurrentKey != m_wanted->currentKey && m_stateSweepKey == m_wanted->sweepKey &&
        m_wanted->scenario.load.mode == LoadMode::Concurrency &&
        point.load == chartedLoad(m_wanted->scenario.load)) {
        reuseSweepPoint(Delivery::Paced);
        return; // published
    }
    publish();
}

void ServingController::finished(int job, const QString &error, bool cancelled)
{
    if (!m_running || m_running->id != job)
        return;
    const Running ended = *m_running;
    m_running.reset();
    if (!ended.stale) {
        if (ended.withSweep && !cancelled)
            m_triedSweepKey = ended.wanted.sweepKey;
        if (!error.isEmpty())
            m_state.error = error;
    }
    schedule();
}

void ServingController::publish(Delivery delivery)
{
    m_snapshot = std::make_shared<const ServingSnapshot>(m_state);
    const qint64 since = m_lastDelivery.isValid() ? m_lastDelivery.elapsed() : m_deliveryIntervalMs;
    if (delivery == Delivery::Now || since >= m_deliveryIntervalMs)
        deliver();
    else if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start(int(m_deliveryIntervalMs - since));
}

void ServingController::deliver()
{
    m_deliveryTimer.stop();
    m_lastDelivery.restart();
    for (ChartView *chart : m_parts.charts)
        chart->setServing(m_snapshot);
    if (m_parts.summary)
        m_parts.summary->setServing(m_snapshot);
    emit servingChanged(m_snapshot);
}

} // namespace tce
