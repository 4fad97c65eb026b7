#pragma once

#include <QList>
#include <QObject>

#include <memory>

class QTabWidget;

namespace tce {

class Catalog;
class ChartView;
class Evaluation;
class LessonBar;
class LessonLibrary;
class ScenarioController;
class WorkloadController;
struct ModelSpec;

// Plays the lessons of the library: a step is its scenario (an undoable edit), a chart brought
// to the front with the step's options, the A it compares with, a caption in the lesson bar
// and an optional note on the chart.
class LessonController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        LessonLibrary *library = nullptr;
        ScenarioController *scenarios = nullptr;
        WorkloadController *workloads = nullptr; // a step may choose a request mix
        LessonBar *bar = nullptr;
        QTabWidget *tabs = nullptr;
        QList<ChartView *> charts;
    };
    LessonController(const Catalog &catalog, const Parts &parts, QObject *parent = nullptr);

    // Step `step` of lesson `lesson` (indexes into the library); out of range: nothing.
    void showStep(int lesson, int step);
    // The step shown last (-1 when no lesson is open).
    int lessonIndex() const;
    int stepIndex() const;
    // The lesson the bar shows (the first one at the start), from its first step.
    void start();
    void close();
    bool isOpen() const;
    // The caption and note in the current language; the scenario stays as the user may have
    // changed it since.
    void retranslate();

signals:
    // A step's scenario, whose model the scenario panel must list, is about to be current.
    void modelNeeded(const tce::ModelSpec &model);
    void statusMessage(const QString &text);
    // The step's A/B comparison: its pinned scenario evaluated, or null for none.
    void pinRequested(std::shared_ptr<const tce::Evaluation> pinned);
    void stepShown(int lesson, int step);
    void closed();

private:
    void showTexts(int lesson, int step);

    const Catalog &m_catalog;
    Parts m_parts;
    bool m_pinnedByStep = false;
};

} // namespace tce
