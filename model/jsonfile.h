#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tce {

// Files larger than this are refused before they are read (a config.json is a few KiB, the
// LiteLLM catalog 1 MiB, a 20K-request trace 1 MiB).
inline constexpr qint64 kMaxInputFileBytes = 64ll * 1024 * 1024;
// Objects and arrays nested deeper than this are refused: our formats nest four levels at
// most, and Qt's own limit (1,024) is far beyond what any real file needs.
inline constexpr int kMaxJsonNesting = 64;

// Every file the app reads comes through here: the size limit, and errors naming the file.
Result<QByteArray> readInputFile(const QString &path);
// The bytes without a UTF-8 byte order mark, as some editors write one.
QByteArray withoutByteOrderMark(const QByteArray &bytes);
// Text files must be UTF-8 (ASCII is): "" or an error naming the line of the first bad byte,
// so that a bad byte never becomes a silent replacement character in a name.
Status checkUtf8(const QByteArray &bytes, const QString &displayName);

// The name a file's errors give it: its file name, or the path when that has none.
QString displayNameOf(const QString &path);
// Every import: readInputFile(path), then `parse(bytes, displayNameOf(path))`.
template<class Parse>
auto parseInputFile(const QString &path, Parse parse) -> decltype(parse(QByteArray(), QString()))
{
    const auto bytes = readInputFile(path);
    if (!bytes)
        return decltype(parse(QByteArray(), QString()))::failure(bytes.error());
    return parse(bytes.value(), displayNameOf(path));
}

// Reads a JSON file whose top level is an object; errors name the file and the line. Besides
// the JSON syntax it refuses what Qt's parser lets through silently: a key given twice in one
// object with different values (Qt keeps one of them) and nesting deeper than kMaxJsonNesting.
Result<QJsonObject> readJsonObjectFile(const QString &path);
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &displayName);

} // namespace tce
