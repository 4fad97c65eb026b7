#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QAbstractSpinBox;

namespace tce {

// Two things a spin box does not do by itself:
// - follow a language switch: its numbers keep the locale it was created in ("$15.000", which
//   reads as fifteen thousand in German) until the program restarts;
// - say why it refuses a number: one out of range is dropped key by key or reverted when the
//   box loses focus, without a word.
// Watching a spin box gives it the current locale on every language change, and a tooltip and
// status-bar message that name the range when a typed number lies outside it (one below the
// minimum is then raised to it, rather than quietly reverted).
class SpinBoxWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches `box` (once: a second call returns the same watcher); owned by the box.
    static SpinBoxWatcher *watch(QAbstractSpinBox *box);
    // Every spin box under `parent`.
    static void watchAll(QObject *parent);

    QString lastNote() const { return m_lastNote; } // for tests

signals:
    void rangeNoted(const QString &note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit SpinBoxWatcher(QAbstractSpinBox *box);
    // The typed number, or nothing when the text is not one (or is the special value text).
    std::optional<double> parse(const QString &text) const;
    QString format(double value) const;
    void checkKey(const QString &typed);
    void checkTyped();
    void note(const QString &text);

    QAbstractSpinBox *m_box;
    QString m_lastNote;
};

} // namespace tce
