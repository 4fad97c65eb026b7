#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace tce {

struct LessonText;

// The static texts of a widget, kept as their English sources so that they can be set again
// when the language changes at run time (QEvent::LanguageChange). Sources are marked with
// QT_TR_NOOP inside the class that shows them; each text is translated in the context of the
// class whose constructor registered it (a chart's base and the chart have their own).
class TranslatedTexts
{
public:
    explicit TranslatedTexts(const QObject *owner)
        : m_owner(owner)
    {}

    // Runs `apply(translate)` now and again on every retranslate(); `translate` looks a source
    // up in the context of the class being constructed now.
    void add(std::function<void(const std::function<QString(const char *)> &)> apply);

    template<class W> void text(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setText(tr(source)); });
    }
    template<class W> void title(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setTitle(tr(source)); });
    }
    template<class W> void label(W *axis, const char *source)
    {
        add([axis, source](const auto &tr) { axis->setLabel(tr(source)); });
    }
    template<class W> void toolTip(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setToolTip(tr(source)); });
    }
    template<class W> void accessibleName(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setAccessibleName(tr(source)); });
    }
    template<class W> void statusTip(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setStatusTip(tr(source)); });
    }
    template<class W> void specialValueText(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setSpecialValueText(tr(source)); });
    }
    template<class W> void suffix(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setSuffix(tr(source)); });
    }
    template<class W> void prefix(W *widget, const char *source)
    {
        add([widget, source](const auto &tr) { widget->setPrefix(tr(source)); });
    }
    // The text of the combo box item at `index` (added with an empty text).
    void itemText(QComboBox *box, int index, const char *source);
    // A form row whose label (with its mnemonic) is the field's buddy.
    QLabel *addRow(QFormLayout *form, const char *source, QWidget *field);

    void retranslate() const;

private:
    const QObject *m_owner;
    std::vector<std::function<void()>> m_apply;
};

// Texts that come from data files (lesson captions, mix names): their sources are listed for
// lupdate by cmake/DataStrings.cmake under `context` ("Lesson", "WorkloadMix").
inline QString translatedDataText(const char *context, const QString &source)
{
    return QCoreApplication::translate(context, source.toUtf8().constData());
}

// A lesson's text in the current language (QLocale's default): what the lesson's author wrote
// in it, else the program's translation of the English source (the built-in lessons' texts
// are in the .ts files), else English.
QString shownLessonText(const LessonText &text);

} // namespace tce
