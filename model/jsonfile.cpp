#include "jsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <vector>

namespace tce {

namespace {

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(std::clamp<qsizetype>(offset, 0, data.size())).count('\n')) + 1;
}

// The index of the quote that closes the string opening at `open` (or the end of the data);
// `control`, if given, gets the offset of the first unescaped control character (or -1).
qsizetype closingQuote(const QByteArray &data, qsizetype open, qsizetype *control = nullptr)
{
    if (control)
        *control = -1;
    qsizetype i = open + 1;
    for (; i < data.size() && data[i] != '"'; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (control && *control < 0 && uchar(data[i]) < 0x20)
            *control = i;
    }
    return i;
}

// The key as JSON spells it after escapes ("a" and "\u0061" are the same key).
QString decodedKey(const QByteArray &quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']');
    return doc.array().at(0).toString();
}

// The value that starts at `start` (after a key's colon) in valid JSON, as its own document.
QJsonValue valueAt(const QByteArray &data, qsizetype start)
{
    int depth = 0;
    qsizetype i = start;
    for (; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"') {
            i = closingQuote(data, i);
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break;
            if (--depth == 0) {
                ++i;
                break;
            }
        } else if (c == ',' && depth == 0) {
            break;
        }
    }
    return QJsonDocument::fromJson('[' + data.mid(start, i - start) + ']').array().at(0);
}

// Walks syntactically valid JSON once, without recursion, for duplicate keys and depth. A key
// given twice with the same value is harmless (the LiteLLM catalog has such entries); with
// different values the file is ambiguous, and Qt would silently keep one of them.
QString checkStructure(const QByteArray &data, const QString &displayName)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        struct Key
        {
            qsizetype valueStart = 0;
            std::optional<QJsonValue> value; // parsed once, when a duplicate first needs it
        };
        QHash<QString, Key> keys;
    };
    std::vector<Level> levels;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '{' || c == '[') {
            if (int(levels.size()) >= kMaxJsonNesting)
                return QStringLiteral("%1: line %2: nested more than %3 levels deep")
                    .arg(displayName)
                    .arg(lineAt(data, i))
                    .arg(kMaxJsonNesting);
            levels.push_back({c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!levels.empty())
                levels.pop_back();
        } else if (c == ',') {
            if (!levels.empty() && levels.back().object)
                levels.back().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            qsizetype control = -1;
            i = closingQuote(data, i, &control);
            if (control >= 0) // JSON wants control characters escaped; Qt's parser lets them by
                return QStringLiteral("%1: line %2: a control character (byte 0x%3) inside a "
                                      "string")
                    .arg(displayName)
                    .arg(lineAt(data, control))
                    .arg(uchar(data[control]), 2, 16, QLatin1Char('0'));
            if (levels.empty() || !levels.back().expectKey)
                continue;
            Level &level = levels.back();
            level.expectKey = false;
            const QString key = decodedKey(data.mid(start, i - start + 1));
            const qsizetype value = data.indexOf(':', i) + 1;
            const auto previous = level.keys.find(key);
            if (previous == level.keys.end()) {
                level.keys.insert(key, {value, std::nullopt});
                continue;
            }
            if (!previous->value)
                previous->value = valueAt(data, previous->valueStart);
            if (*previous->value != valueAt(data, value)) {
                return QStringLiteral("%1: line %2: the key \"%3\" appears again with another "
                                      "value (first on line %4); remove one of them")
                    .arg(displayName)
                    .arg(lineAt(data, start))
                    .arg(key.left(80))
                    .arg(lineAt(data, previous->valueStart));
            }
        }
    }
    return {};
}

} // namespace

QByteArray withoutByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

Status checkUtf8(const QByteArray &bytes, const QString &displayName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return {};
    // Where: the first line whose bytes do not decode on their own.
    qsizetype lineStart = 0;
    for (int line = 1;; ++line) {
        const qsizetype end = bytes.indexOf('\n', lineStart);
        const QByteArray lineBytes =
            bytes.mid(lineStart, end < 0 ? bytes.size() - lineStart : end - lineStart);
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // decode() converts lazily: only taking its QString does the work that sets hasError().
        const QString lineText = lineDecoder.decode(lineBytes);
        Q_UNUSED(lineText);
        if (lineDecoder.hasError() || end < 0)
            return Status::failure(
                QStringLiteral("%1: line %2: not valid UTF-8 text; save the file as UTF-8")
                    .arg(displayName)
                    .arg(line));
        lineStart = end + 1;
    }
}

Result<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString()));
    // A pipe or a device reports no size: read one byte past the limit to tell.
    const QByteArray bytes = file.read(kMaxInputFileBytes + 1);
    if (file.size() > kMaxInputFileBytes || bytes.size() > kMaxInputFileBytes)
        return Result<QByteArray>::failure(
            QStringLiteral("%1: %2 bytes is larger than the %3 MiB limit")
                .arg(path)
                .arg(std::max<qint64>(file.size(), bytes.size()))
                .arg(kMaxInputFileBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(
            QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    return bytes;
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &displayName)
{
    const QByteArray data = withoutByteOrderMark(bytes);
    if (data.trimmed().isEmpty())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: the file is empty").arg(displayName));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(QStringLiteral("%1: line %2: not valid JSON (%3)")
                                                .arg(displayName)
                                                .arg(lineAt(data, error.offset))
                                                .arg(error.errorString()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("%1: expected a JSON object at the top level").arg(displayName));
    const QString structureError = checkStructure(data, displayName);
    if (!structureError.isEmpty())
        return Result<QJsonObject>::failure(structureError);
    return doc.object();
}

QString displayNameOf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Result<QJsonObject> readJsonObjectFile(const QString &path)
{
    return parseInputFile(path, parseJsonObject);
}

} // namespace tce
