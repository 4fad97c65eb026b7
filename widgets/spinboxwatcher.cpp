#include "spinboxwatcher.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QStatusTipEvent>
#include <QToolTip>

#include <algorithm>

namespace tce {

SpinBoxWatcher::SpinBoxWatcher(QAbstractSpinBox *box)
    : QObject(box)
    , m_box(box)
{
    setObjectName(QStringLiteral("tceSpinBoxWatcher"));
    box->installEventFilter(this);
}

SpinBoxWatcher *SpinBoxWatcher::watch(QAbstractSpinBox *box)
{
    if (auto *watcher = box->findChild<SpinBoxWatcher *>(QString(), Qt::FindDirectChildrenOnly))
        return watcher;
    return new SpinBoxWatcher(box);
}

void SpinBoxWatcher::watchAll(QObject *parent)
{
    for (QAbstractSpinBox *box : parent->findChildren<QAbstractSpinBox *>())
        watch(box);
}

std::optional<double> SpinBoxWatcher::parse(const QString &text) const
{
    QString number = text;
    const QString prefix = m_box->property("prefix").toString();
    const QString suffix = m_box->property("suffix").toString();
    if (!prefix.isEmpty() && number.startsWith(prefix))
        number.remove(0, prefix.size());
    if (!suffix.isEmpty() && number.endsWith(suffix))
        number.chop(suffix.size());
    number = number.trimmed();
    if (number.isEmpty() || text == m_box->specialValueText())
        return std::nullopt;
    bool ok = false;
    const double value = m_box->locale().toDouble(number, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString SpinBoxWatcher::format(double value) const
{
    const QVariant decimals = m_box->property("decimals");
    return m_box->property("prefix").toString() +
           m_box->locale().toString(value, 'f', decimals.isValid() ? decimals.toInt() : 0) +
           m_box->property("suffix").toString();
}

void SpinBoxWatcher::checkKey(const QString &typed)
{
    // What the text would read with this key: the box refuses it if it is out of range.
    const QLineEdit *edit = m_box->findChild<QLineEdit *>();
    if (!edit || typed.isEmpty() || !typed.front().isPrint())
        return;
    QString text = edit->text();
    if (edit->hasSelectedText())
        text.replace(edit->selectionStart(), edit->selectedText().size(), typed);
    else
        text.insert(edit->cursorPosition(), typed);
    const std::optional<double> value = parse(text);
    const double maximum = m_box->property("maximum").toDouble();
    if (value && *value > maximum)
        note(tr("%1 is out of range: enter a number from %2 to %3.")
                 .arg(format(*value), format(m_box->property("minimum").toDouble()),
                      format(maximum)));
}

void SpinBoxWatcher::checkTyped()
{
    // Below the minimum (0 where 1 is the least) the box would quietly go back to its old
    // value: take the nearest allowed one, and say so.
    const std::optional<double> value = parse(m_box->text());
    const double minimum = m_box->property("minimum").toDouble();
    const double maximum = m_box->property("maximum").toDouble();
    if (!value || (*value >= minimum && *value <= maximum))
        return;
    const double allowed = std::clamp(*value, minimum, maximum);
    m_box->setProperty("value", allowed);
    note(tr("%1 is out of range (%2 to %3): set to %4.")
             .arg(format(*value), format(minimum), format(maximum), format(allowed)));
}

void SpinBoxWatcher::note(const QString &text)
{
    m_lastNote = text;
    QToolTip::showText(m_box->mapToGlobal(QPoint(0, m_box->height())), text, m_box, QRect(), 8000);
    // The window's status bar shows it too (status tips travel up to the main window).
    QStatusTipEvent tip(text);
    QCoreApplication::sendEvent(m_box, &tip);
    emit rangeNoted(text);
}

bool SpinBoxWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_box)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        // The language's number format (applyLanguage set it as the default before the
        // change was sent); a new locale makes the box write its value again.
        if (m_box->locale() != QLocale())
            m_box->setLocale(QLocale());
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            checkTyped();
        else
            checkKey(key->text());
        break;
    }
    case QEvent::FocusOut:
        checkTyped();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tce
