#pragma once

#include "servingload.h"
#include "translatedtexts.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;

namespace tce {

class LogSlider;

// The serving charts' load, in the scenario panel: clients that each send their next request
// when the last one ends, or requests arriving at random at a rate; and the latency targets
// goodput counts requests against (0: none). Shows a load and reports edits as a whole new
// load; `dragging` is true while the clients slider is held.
class ServingLoadGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit ServingLoadGroup(QWidget *parent = nullptr);

    void setLoad(const ServingLoad &load); // does not emit
    const ServingLoad &load() const { return m_load; }

    QComboBox *modeBox() const { return m_mode; }
    LogSlider *clientsSlider() const { return m_clients; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QDoubleSpinBox *ttftTargetBox() const { return m_ttftTarget; }
    QDoubleSpinBox *itlTargetBox() const { return m_itlTarget; }

    // The window's range of clients (the sweep reaches 512).
    static constexpr int kMaxClients = 4096;

signals:
    void loadEdited(const tce::ServingLoad &load, const QString &description, bool dragging);
    void dragFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void edit(const QString &description, bool dragging,
              const std::function<void(ServingLoad &)> &change);
    // The clients row in a closed loop, the rate row in an open one.
    void showRowsOfMode();

    TranslatedTexts m_texts{this};
    ServingLoad m_load;
    QFormLayout *m_form = nullptr;
    QComboBox *m_mode = nullptr;
    LogSlider *m_clients = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_ttftTarget = nullptr;
    QDoubleSpinBox *m_itlTarget = nullptr;
};

} // namespace tce
