#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tce {

// Files larger than this are refused before they are read (a config.json is a few KiB).
inline constexpr qint64 kMaxJsonFileBytes = 64ll * 1024 * 1024;

// Reads a JSON file whose top level is an object; errors name the file and the line.
Result<QJsonObject> readJsonObjectFile(const QString &path);
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &displayName);

} // namespace tce
