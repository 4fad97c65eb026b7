#include "lessonlibrary.h"

#include <QFileInfo>

namespace tce {

LessonLibrary::LessonLibrary(QObject *parent)
    : QObject(parent)
    , m_lessons(builtInLessons())
    , m_builtInCount(int(builtInLessons().size()))
{
    for (int i = 0; i < m_builtInCount; ++i)
        m_files << QString();
}

const Lesson *LessonLibrary::lesson(int index) const
{
    return index >= 0 && index < size() ? &m_lessons[index] : nullptr;
}

const LessonStep *LessonLibrary::step(int lesson, int step) const
{
    const Lesson *found = this->lesson(lesson);
    if (!found || step < 0 || step >= found->steps.size())
        return nullptr;
    return &found->steps[step];
}

QString LessonLibrary::filePath(int index) const
{
    return m_files.value(index);
}

int LessonLibrary::indexOfFile(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_files.size(); ++i) {
        if (!m_files[i].isEmpty() && QFileInfo(m_files[i]).absoluteFilePath() == canonical)
            return i;
    }
    return -1;
}

int LessonLibrary::add(const Lesson &lesson, const QString &filePath)
{
    if (const int open = indexOfFile(filePath); open >= 0) {
        replace(open, lesson, filePath);
        return open;
    }
    m_lessons.append(lesson);
    m_files.append(filePath);
    emit changed();
    return size() - 1;
}

void LessonLibrary::replace(int index, const Lesson &lesson, const QString &filePath)
{
    if (index < 0 || index >= size())
        return;
    m_lessons[index] = lesson;
    m_files[index] = filePath;
    emit changed();
}

} // namespace tce
