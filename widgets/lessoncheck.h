#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace tce {

class Catalog;
struct Lesson;

// What the lesson file's reader cannot know (it links only the model): every step's chart is
// one the program has, its options are ones that chart takes, its mix is a built-in one and
// its scenarios apply to the catalog. "" or an error naming the file, the lesson, the step and
// the field, as the reader's errors do.
Status checkLessons(const Catalog &catalog, const QList<Lesson> &lessons,
                    const QString &displayName);

} // namespace tce
