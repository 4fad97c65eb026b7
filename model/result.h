#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tce {

// A parsed value or a message that names the field, the value and what was expected.
// Parsers return this instead of throwing, so nothing throws across the UI.
template<class T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(QString message, int)
        : m_error(std::move(message))
    {}
    std::optional<T> m_value;
    QString m_error;
};

} // namespace tce
