#include "translatedtexts.h"

#include "lesson.h"

#include <QLocale>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMetaObject>

namespace tce {

void TranslatedTexts::add(std::function<void(const std::function<QString(const char *)> &)> apply)
{
    // During a constructor metaObject() is that of the class being constructed: its context.
    const char *context = m_owner->metaObject()->className();
    auto bound = [context, apply = std::move(apply)] {
        apply(
            [context](const char *source) { return QCoreApplication::translate(context, source); });
    };
    bound();
    m_apply.push_back(std::move(bound));
}

void TranslatedTexts::itemText(QComboBox *box, int index, const char *source)
{
    add([box, index, source](const auto &tr) { box->setItemText(index, tr(source)); });
}

QLabel *TranslatedTexts::addRow(QFormLayout *form, const char *source, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    text(label, source);
    form->addRow(label, field);
    return label;
}

void TranslatedTexts::retranslate() const
{
    for (const auto &apply : m_apply)
        apply();
}

QString shownLessonText(const LessonText &text)
{
    const QString authored = text.authoredFor(QLocale().name());
    return authored.isEmpty() ? translatedDataText("Lesson", text.english) : authored;
}

} // namespace tce
