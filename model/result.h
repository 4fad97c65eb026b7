#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace tce {

// A value or a message that names the field, the value and what was expected. Every parser
// and writer returns one instead of throwing, so nothing throws across the UI; the window
// shows the message, the command line prints it and exits 2. Result<void> is success or a
// message. Reading the value of a failure is a programming error: value() asserts.
template<class T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const
    {
        checkValue();
        return *m_value;
    }
    T &value()
    {
        checkValue();
        return *m_value;
    }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }
    // The value, or `fallback` for a failure.
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }
    const QString &error() const { return m_error; }

private:
    // In every build, not only in debug builds: reading a failure's value would be undefined.
    void checkValue() const
    {
        if (Q_UNLIKELY(!ok()))
            qFatal("Result::value() called on a failure: %s", qPrintable(m_error));
    }
    Result(QString message, int)
        : m_error(std::move(message))
    {}
    std::optional<T> m_value;
    QString m_error;
};

template<> class Result<void>
{
public:
    Result() = default;
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace tce
