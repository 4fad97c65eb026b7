#pragma once

#include "translatedtexts.h"

#include <QWidget>

class QLabel;

namespace tce {

class Evaluation;

// The numbers across the top: time to first token, decode speed, latency, what a request
// and a million tokens cost, the implied output/input cost ratio beside the list price's,
// and whether the batch fits.
class SummaryStrip : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryStrip(QWidget *parent = nullptr);
    void setEvaluation(const Evaluation &evaluation);

    // The value text of a tile, by its key ("ttft", "cost-output", ...): for tests.
    QString valueText(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts{this};
    struct Tile
    {
        QString key;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    // caption and tooltip: English sources (QT_TR_NOOP), translated now and on a change.
    Tile &addTile(const QString &key, const char *caption, const char *tooltip,
                  const QColor &accent);
    void set(const QString &key, const QString &value, const QString &detail);

    QList<Tile> m_tiles;
};

} // namespace tce
