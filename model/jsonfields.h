#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tce {

// Reads typed fields of a JSON object and remembers the first problem as a message that
// names the file, the field and the value. Every reader of our JSON files goes through it.
class JsonFields
{
public:
    JsonFields(QJsonObject object, QString where);

    bool has(const QString &key) const;
    // The first of `keys` that is present and not null, or nullopt.
    std::optional<QString> firstPresent(const QStringList &keys) const;

    // Whole numbers in [minimum, maximum]; a missing key is an error unless a fallback is given.
    int64_t integer(const QStringList &keys, int64_t minimum, int64_t maximum,
                    std::optional<int64_t> fallback = std::nullopt);
    double number(const QString &key, double minimum, double maximum,
                  std::optional<double> fallback = std::nullopt);
    bool boolean(const QString &key, std::optional<bool> fallback = std::nullopt);
    QString string(const QString &key, std::optional<QString> fallback = std::nullopt);
    QStringList stringList(const QString &key);
    QJsonObject object(const QString &key);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message);
    const QJsonObject &json() const { return m_object; }
    const QString &where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_error;
};

// A JSON value as a user would write it, for error messages: 0, -3, "abc", null, true.
QString describeJsonValue(const class QJsonValue &value);

} // namespace tce
