#pragma once

#include "result.h"
#include "scenario.h"
#include "servingsnapshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace tce {

class ChartView;
class Evaluation;
class ScenarioController;
class SummaryStrip;
struct Workload;

// Runs the serving simulation for the window, off the GUI thread (issue 13): the scenario's
// load, then the concurrency sweep a point at a time, each result posted back to the GUI thread
// and handed to the charts and the summary as it arrives. The static charts never wait for it.
//
// One job runs at a time. A scenario change cancels the running job (it stops between two
// points) and the latest scenario starts once it has ended, so a slider drag starts at most one
// sweep at a time; results of a cancelled job never reach a view. A change of the load alone
// keeps the sweep, and a load that is a point of the sweep takes that point's result without
// simulating (dragging the load along the Serving chart's curves costs nothing). A failed
// simulation leaves its message beside the previous results.
//
// The views get a new snapshot at most every kDeliveryIntervalMs (the last one of a burst
// when the interval is over; a load dragged onto a point of the sweep at once): during a slider
// drag each step would otherwise redraw the serving charts two or three times (the step's
// "simulating" state, then results arriving), on the GUI thread the drag needs.
class ServingController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ScenarioController *scenarios = nullptr;
        QList<ChartView *> charts; // every chart: the serving ones pick the results up
        SummaryStrip *summary = nullptr;
    };
    explicit ServingController(const Parts &parts, QObject *parent = nullptr);
    // Cancels the running job and waits for it to stop (at most one point, ~20 ms).
    ~ServingController() override;

    static constexpr int kDeliveryIntervalMs = 50;
    // For tests that watch every result arrive: 0 delivers each at once.
    void setDeliveryInterval(int milliseconds) { m_deliveryIntervalMs = milliseconds; }

    // The latest state, delivered to the views or about to be.
    std::shared_ptr<const ServingSnapshot> snapshot() const { return m_snapshot; }
    // A job is running or about to start.
    bool busy() const { return m_running.has_value(); }
    // The views do not show snapshot() yet; they will within the delivery interval.
    bool deliveryPending() const { return m_deliveryTimer.isActive(); }
    // For tests: jobs started, sweeps among them, and results dropped as stale.
    int jobsStarted() const { return m_jobsStarted; }
    int sweepsStarted() const { return m_sweepsStarted; }
    int staleResultsDropped() const { return m_staleDropped; }

signals:
    void servingChanged(std::shared_ptr<const tce::ServingSnapshot> snapshot);

private:
    // What the views should show: the scenario and the requests it serves, and keys that say
    // when two of them simulate the same (the sweep does not depend on the load's level).
    struct Wanted
    {
        Scenario scenario;
        std::shared_ptr<const Workload> lengths;
        QByteArray sweepKey;
        QByteArray currentKey;
    };
    struct Running
    {
        int id = 0;
        Wanted wanted;
        bool withCurrent = false;
        bool withSweep = false;
        std::shared_ptr<std::atomic_bool> cancel;
        bool stale = false; // cancelled: nothing it sends is shown
        int points = 0;     // sweep points received
    };

    // The workload the simulation serves (or none: the scenario's lengths) comes with an
    // evaluation; a scenario change is known at once, so that a job it outdates stops sending
    // before the evaluation that follows it.
    void evaluated(const std::shared_ptr<const Evaluation> &evaluation);
    void want(const Scenario &scenario);
    // Starts what the wanted scenario still needs, or cancels a job that computes the wrong
    // thing; called on every change and when a job ends.
    void schedule();
    void start(bool withCurrent, bool withSweep);
    // The load is a point of the sweep the snapshot holds: that point is its result.
    enum class Delivery
    {
        Paced,
        Now
    };
    bool reuseSweepPoint(Delivery delivery);
    // Posted by the worker.
    void currentArrived(int job, const Result<ServingResult> &result);
    void pointArrived(int job, const ServingResult &point);
    void finished(int job, const QString &error, bool cancelled);
    bool accepts(int job);
    void publish(Delivery delivery = Delivery::Paced);
    void deliver();

    Parts m_parts;
    QThreadPool m_pool;
    std::optional<Wanted> m_wanted;
    std::shared_ptr<const Workload> m_workload; // served instead of the scenario's lengths
    std::optional<Running> m_running;
    ServingSnapshot m_state;
    std::shared_ptr<const ServingSnapshot> m_snapshot;
    QTimer m_deliveryTimer; // a delivery held back while a job runs
    QElapsedTimer m_lastDelivery;
    int m_deliveryIntervalMs = kDeliveryIntervalMs;
    // The keys last simulated to the end (successfully or not): not simulated again.
    QByteArray m_triedSweepKey;
    QByteArray m_triedCurrentKey;
    QByteArray m_stateSweepKey; // the sweep m_state holds
    int m_nextJob = 1;
    int m_jobsStarted = 0;
    int m_sweepsStarted = 0;
    int m_staleDropped = 0;
};

} // namespace tce
