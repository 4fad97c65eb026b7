#include "jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace tce {

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(80) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

JsonFields::JsonFields(QJsonObject object, QString where)
    : m_object(std::move(object))
    , m_where(std::move(where))
{}

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_where.isEmpty() ? message : m_where + QStringLiteral(": ") + message;
}

bool JsonFields::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

std::optional<QString> JsonFields::firstPresent(const QStringList &keys) const
{
    for (const QString &key : keys) {
        if (has(key))
            return key;
    }
    return std::nullopt;
}

int64_t JsonFields::integer(const QStringList &keys, int64_t minimum, int64_t maximum,
                            std::optional<int64_t> fallback)
{
    const auto key = firstPresent(keys);
    if (!key) {
        if (!fallback)
            fail(QStringLiteral("missing required key \"%1\"")
                     .arg(keys.join(QStringLiteral("\" or \""))));
        return fallback.value_or(0);
    }
    const QJsonValue v = m_object.value(*key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        fail(QStringLiteral("\"%1\" is %2; expected a whole number")
                 .arg(*key, describeJsonValue(v)));
        return fallback.value_or(0);
    }
    if (d < double(minimum) || d > double(maximum)) {
        fail(QStringLiteral("\"%1\" is %2; expected a whole number from %3 to %4")
                 .arg(*key, describeJsonValue(v))
                 .arg(minimum)
                 .arg(maximum));
        return fallback.value_or(0);
    }
    return int64_t(d);
}

double JsonFields::number(const QString &key, double minimum, double maximum,
                          std::optional<double> fallback)
{
    if (!has(key)) {
        if (!fallback)
            fail(QStringLiteral("missing required key \"%1\"").arg(key));
        return fallback.value_or(0);
    }
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < minimum || d > maximum) {
        fail(QStringLiteral("\"%1\" is %2; expected a number from %3 to %4")
                 .arg(key, describeJsonValue(v))
                 .arg(minimum, 0, 'g', 6)
                 .arg(maximum, 0, 'g', 6));
        return fallback.value_or(0);
    }
    return d;
}

bool JsonFields::boolean(const QString &key, std::optional<bool> fallback)
{
    if (!has(key)) {
        if (!fallback)
            fail(QStringLiteral("missing required key \"%1\"").arg(key));
        return fallback.value_or(false);
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(QStringLiteral("\"%1\" is %2; expected true or false").arg(key, describeJsonValue(v)));
        return fallback.value_or(false);
    }
    return v.toBool();
}

QString JsonFields::string(const QString &key, std::optional<QString> fallback)
{
    if (!has(key)) {
        if (!fallback)
            fail(QStringLiteral("missing required key \"%1\"").arg(key));
        return fallback.value_or(QString());
    }
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(QStringLiteral("\"%1\" is %2; expected a string").arg(key, describeJsonValue(v)));
        return fallback.value_or(QString());
    }
    return v.toString();
}

QStringList JsonFields::stringList(const QString &key)
{
    QStringList out;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (v.isString())
        return {v.toString()};
    if (!v.isArray()) {
        fail(QStringLiteral("\"%1\" is %2; expected a list of strings")
                 .arg(key, describeJsonValue(v)));
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(QStringLiteral("\"%1\" holds %2; expected strings")
                     .arg(key, describeJsonValue(item)));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QJsonObject JsonFields::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(QStringLiteral("\"%1\" is %2; expected an object").arg(key, describeJsonValue(v)));
        return {};
    }
    return v.toObject();
}

} // namespace tce
