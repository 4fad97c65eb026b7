#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tce {

// Files larger than this are refused before they are read (a config.json is a few KiB, the
// LiteLLM catalog 1 MiB, a 20K-request trace 1 MiB).
inline constexpr qint64 kMaxInputFileBytes = 64ll * 1024 * 1024;

// Every file the app reads comes through here: the size limit, and errors naming the file.
Result<QByteArray> readInputFile(const QString &path);
// The bytes without a UTF-8 byte order mark, as some editors write one.
QByteArray withoutByteOrderMark(const QByteArray &bytes);

// Reads a JSON file whose top level is an object; errors name the file and the line.
Result<QJsonObject> readJsonObjectFile(const QString &path);
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &displayName);

} // namespace tce
