#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

class QTextStream;

namespace tce {

// Exit codes of every command: a bad option or input (the message names it), or a failure
// after the input was accepted (a file that cannot be written).
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitFailed = 1;

// What an option's value must be. The reader checks it before the option's handler runs, so
// every command rejects a bad value with the same words.
enum class OptionKind
{
    Flag,   // takes no value
    Text,   // any text
    Path,   // a file or folder name (not empty)
    Real,   // a finite number; 989.4e12 is fine
    Whole,  // a whole number such as a token count (up to 9e15, exact in a double)
    Int,    // a whole number that fits an int
    Choice, // one of `choices`, as written
};

// One accepted option: a row of a command's table. The usage text is made from the same
// rows, so --help lists exactly what the command accepts.
struct Option
{
    QString name; // "--batch"; without "--" it is the command's positional argument
    OptionKind kind = OptionKind::Flag;
    QString valueName; // "B" in "--batch B"; empty for a flag
    QString help;
    QStringList choices;           // Choice
    std::optional<double> minimum; // Real, Whole, Int: inclusive bounds
    std::optional<double> maximum;
    QString unit; // what the bounds count, for the error: "input tokens"
    // Stores the value (the text as given, or the number it reads as). A failure's message
    // gets the option's name in front.
    std::function<Status(const QString &text, double number)> apply;

    static Option flag(QString name, QString help, std::function<void()> set);
    static Option text(QString name, QString valueName, QString help,
                       std::function<Status(const QString &)> set);
    static Option path(QString name, QString valueName, QString help,
                       std::function<void(const QString &)> set);
    static Option real(QString name, QString valueName, QString help,
                       std::function<Status(double)> set);
    static Option whole(QString name, QString valueName, QString help,
                        std::function<void(int64_t)> set);
    static Option integer(QString name, QString valueName, QString help,
                          std::function<void(int)> set);
    static Option choice(QString name, QString valueName, QString help, QStringList choices,
                         std::function<void(const QString &)> set);
    // The same option with inclusive bounds on its number, which count `unit` ("GPUs").
    Option within(double lowest, double highest, QString unit = {}) const;
};

// Reads one command's arguments against its table of options, and writes its usage text.
// Commands share sections: every command that evaluates a scenario adds the report options.
class OptionReader
{
public:
    // `synopsis` follows the command in the usage line ("[options]"); `description` is the
    // paragraph under it.
    OptionReader(QString command, QString synopsis, QString description);

    // Options added after this are listed under `title`.
    void addSection(const QString &title);
    void add(Option option);
    // A paragraph at the end of the usage text (notes on values, the default scenario).
    void addNote(const QString &text);

    const QString &command() const { return m_command; }
    QString usage() const;
    // Runs every option's handler in order; stops at the first error, which names the option
    // and the value.
    Status parse(const QStringList &arguments) const;

    // The common start of a command: prints the usage for --help (returns 0), or the parse
    // error (returns kExitBadInput); nullopt when the command should go on.
    std::optional<int> start(const QStringList &arguments, QTextStream &out,
                             QTextStream &err) const;
    // "token-cost-explorer COMMAND: message" on `err`; returns `exitCode`.
    int fail(QTextStream &err, const QString &message, int exitCode = kExitBadInput) const;
    void warn(QTextStream &err, const QString &message) const;

private:
    struct Section
    {
        QString title;
        QList<Option> options;
    };
    const Option *find(const QString &name) const;
    const Option *positional() const;
    Status read(const Option &option, const QString &text) const;

    QString m_command;
    QString m_synopsis;
    QString m_description;
    QList<Section> m_sections;
    QStringList m_notes;
};

} // namespace tce
