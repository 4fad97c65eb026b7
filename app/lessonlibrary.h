#pragma once

#include "lesson.h"

#include <QList>
#include <QObject>
#include <QString>

namespace tce {

// The lessons the window offers: the built-in ones, then those the user opened or wrote,
// each with the file it came from ("" for built-in and unsaved lessons). The lesson bar, the
// Lessons menu, presentation mode and the editor all read this one list.
class LessonLibrary : public QObject
{
    Q_OBJECT
public:
    explicit LessonLibrary(QObject *parent = nullptr);

    const QList<Lesson> &lessons() const { return m_lessons; }
    int size() const { return int(m_lessons.size()); }
    const Lesson *lesson(int index) const;
    const LessonStep *step(int lesson, int step) const;
    bool isBuiltIn(int index) const { return index >= 0 && index < m_builtInCount; }
    QString filePath(int index) const;
    int indexOfFile(const QString &path) const; // -1: not open

    // A lesson opened or newly written; one from a file already open replaces it. Returns
    // its index.
    int add(const Lesson &lesson, const QString &filePath = QString());
    // An edited lesson (the editor's every change), or the same lesson saved under a path.
    void replace(int index, const Lesson &lesson, const QString &filePath);

signals:
    void changed();

private:
    QList<Lesson> m_lessons;
    QStringList m_files;
    int m_builtInCount = 0;
};

} // namespace tce
