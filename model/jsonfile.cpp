#include "jsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tce {

QByteArray withoutByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

Result<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString()));
    if (file.size() > kMaxInputFileBytes)
        return Result<QByteArray>::failure(
            QStringLiteral("%1: %2 bytes is larger than the %3 MiB limit")
                .arg(path)
                .arg(file.size())
                .arg(kMaxInputFileBytes / (1024 * 1024)));
    return file.readAll();
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &displayName)
{
    const QByteArray data = withoutByteOrderMark(bytes);
    if (data.trimmed().isEmpty())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: the file is empty").arg(displayName));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int offset = std::clamp(error.offset, 0, int(data.size()));
        const int line = int(data.left(offset).count('\n')) + 1;
        return Result<QJsonObject>::failure(QStringLiteral("%1: line %2: not valid JSON (%3)")
                                                .arg(displayName)
                                                .arg(line)
                                                .arg(error.errorString()));
    }
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: expected a JSON object at the top level").arg(displayName));
    return doc.object();
}

Result<QJsonObject> readJsonObjectFile(const QString &path)
{
    const auto bytes = readInputFile(path);
    if (!bytes)
        return Result<QJsonObject>::failure(bytes.error());
    const QString name = QFileInfo(path).fileName();
    return parseJsonObject(bytes.value(), name.isEmpty() ? path : name);
}

} // namespace tce
