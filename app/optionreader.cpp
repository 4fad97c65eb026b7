#include "optionreader.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace tce {

namespace {

constexpr qsizetype kUsageWidth = 100;
constexpr qsizetype kHelpColumn = 29;
// Whole numbers above this are no longer exact in a double.
constexpr double kLargestWhole = 9e15;

// 100000000, 1e+21, 0.5: the bounds as a user would type them back.
QString boundText(double v)
{
    if (v == std::floor(v) && std::fabs(v) <= kLargestWhole)
        return QString::number(int64_t(v));
    return QString::number(v, 'g', 6);
}

// The words of `text` wrapped at kUsageWidth: the text starts at `column` of a line already
// begun, and continues at `indent`.
QString wrapped(const QString &text, qsizetype column, qsizetype indent)
{
    // "--batch 1" stays on one line: an option is never parted from its value.
    static const QRegularExpression option(QStringLiteral("^\\(?--"));
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.isEmpty() && words.last().contains(option) &&
            !word.startsWith(QLatin1Char('-')) && !words.last().contains(QLatin1Char(' ')))
            words.last() += QLatin1Char(' ') + word;
        else
            words << word;
    }
    QString result;
    qsizetype at = column;
    bool first = true;
    for (const QString &word : std::as_const(words)) {
        if (!first && at + 1 + word.size() > kUsageWidth) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            at = indent;
        } else if (!first) {
            result += QLatin1Char(' ');
            ++at;
        }
        result += word;
        at += word.size();
        first = false;
    }
    return result;
}

bool isNumeric(OptionKind kind)
{
    return kind == OptionKind::Real || kind == OptionKind::Whole || kind == OptionKind::Int;
}

} // namespace

namespace {

Option makeOption(QString name, OptionKind kind, QString valueName, QString help,
                  std::function<Status(const QString &, double)> apply)
{
    Option o;
    o.name = std::move(name);
    o.kind = kind;
    o.valueName = std::move(valueName);
    o.help = std::move(help);
    o.apply = std::move(apply);
    return o;
}

} // namespace

Option Option::flag(QString name, QString help, std::function<void()> set)
{
    return makeOption(std::move(name), OptionKind::Flag, {}, std::move(help),
                      [set = std::move(set)](const QString &, double) {
                          set();
                          return Status();
                      });
}

Option Option::text(QString name, QString valueName, QString help,
                    std::function<Status(const QString &)> set)
{
    return makeOption(std::move(name), OptionKind::Text, std::move(valueName), std::move(help),
                      [set = std::move(set)](const QString &text, double) { return set(text); });
}

Option Option::path(QString name, QString valueName, QString help,
                    std::function<void(const QString &)> set)
{
    return makeOption(std::move(name), OptionKind::Path, std::move(valueName), std::move(help),
                      [set = std::move(set)](const QString &text, double) {
                          set(text);
                          return Status();
                      });
}

Option Option::real(QString name, QString valueName, QString help,
                    std::function<Status(double)> set)
{
    return makeOption(
        std::move(name), OptionKind::Real, std::move(valueName), std::move(help),
        [set = std::move(set)](const QString &, double number) { return set(number); });
}

Option Option::whole(QString name, QString valueName, QString help,
                     std::function<void(int64_t)> set)
{
    return makeOption(std::move(name), OptionKind::Whole, std::move(valueName), std::move(help),
                      [set = std::move(set)](const QString &, double number) {
                          set(int64_t(number));
                          return Status();
                      });
}

Option Option::integer(QString name, QString valueName, QString help, std::function<void(int)> set)
{
    return makeOption(std::move(name), OptionKind::Int, std::move(valueName), std::move(help),
                      [set = std::move(set)](const QString &, double number) {
                          set(int(number));
                          return Status();
                      });
}

Option Option::choice(QString name, QString valueName, QString help, QStringList choices,
                      std::function<void(const QString &)> set)
{
    Option o = makeOption(std::move(name), OptionKind::Choice, std::move(valueName),
                          std::move(help), [set = std::move(set)](const QString &text, double) {
                              set(text);
                              return Status();
                          });
    o.choices = std::move(choices);
    return o;
}

Option Option::within(double lowest, double highest, QString unitName) const
{
    Option bounded = *this;
    bounded.minimum = lowest;
    bounded.maximum = highest;
    bounded.unit = std::move(unitName);
    return bounded;
}

OptionReader::OptionReader(QString command, QString synopsis, QString description)
    : m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{}

void OptionReader::addSection(const QString &title)
{
    m_sections.append({title, {}});
}

void OptionReader::add(Option option)
{
    if (m_sections.isEmpty())
        addSection(QStringLiteral("Options:"));
    m_sections.last().options.append(std::move(option));
}

void OptionReader::addNote(const QString &text)
{
    m_notes << text;
}

QString OptionReader::usage() const
{
    QString text = QStringLiteral("Usage: token-cost-explorer %1 %2\n").arg(m_command, m_synopsis);
    if (!m_description.isEmpty())
        text += wrapped(m_description, 0, 0) + QLatin1Char('\n');
    auto entry = [&text](const QString &left, const QString &help) {
        const QString head = QStringLiteral("  ") + left;
        text += head;
        qsizetype column = head.size();
        if (column + 1 > kHelpColumn) {
            text += QLatin1Char('\n');
            column = 0;
        }
        text += QString(kHelpColumn - column, QLatin1Char(' '));
        text += wrapped(help, kHelpColumn, kHelpColumn) + QLatin1Char('\n');
    };
    for (const Section &section : m_sections) {
        text += QLatin1Char('\n') + section.title + QLatin1Char('\n');
        for (const Option &o : section.options) {
            QString help = o.help;
            // A choice named by a placeholder ("NAME") lists its values; "png|jpg" already does.
            if (o.kind == OptionKind::Choice && !o.valueName.contains(QLatin1Char('|')))
                help += QStringLiteral(": ") + o.choices.join(QStringLiteral(", "));
            const QString left =
                o.name.startsWith(QLatin1String("--"))
                    ? (o.valueName.isEmpty() ? o.name : o.name + QLatin1Char(' ') + o.valueName)
                    : o.valueName;
            entry(left, help);
        }
    }
    entry(QStringLiteral("--help"), QStringLiteral("print this text"));
    for (const QString &note : m_notes)
        text += QLatin1Char('\n') + wrapped(note, 0, 0) + QLatin1Char('\n');
    return text;
}

const Option *OptionReader::find(const QString &name) const
{
    for (const Section &section : m_sections) {
        for (const Option &o : section.options) {
            if (o.name == name && name.startsWith(QLatin1String("--")))
                return &o;
        }
    }
    return nullptr;
}

const Option *OptionReader::positional() const
{
    for (const Section &section : m_sections) {
        for (const Option &o : section.options) {
            if (!o.name.startsWith(QLatin1String("--")))
                return &o;
        }
    }
    return nullptr;
}

Status OptionReader::read(const Option &o, const QString &text) const
{
    const bool named = o.name.startsWith(QLatin1String("--"));
    const QString prefix = named ? o.name + QStringLiteral(": ") : QString();
    auto failure = [&](const QString &what) {
        return Status::failure(QStringLiteral("%1\"%2\" %3").arg(prefix, text, what));
    };
    if (text.isEmpty())
        return Status::failure(named ? QStringLiteral("%1 needs a value").arg(o.name)
                                     : QStringLiteral("missing %1; expected one of %2")
                                           .arg(o.valueName, o.choices.join(QStringLiteral(", "))));
    double number = 0;
    if (isNumeric(o.kind)) {
        bool ok = false;
        number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return failure(QStringLiteral("is not a number"));
        const bool whole = o.kind != OptionKind::Real;
        if (whole && (number != std::floor(number) || std::fabs(number) > kLargestWhole))
            return failure(QStringLiteral("is not a whole number"));
        if (o.kind == OptionKind::Int &&
            (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()))
            return failure(QStringLiteral("is out of range for a whole number"));
        if ((o.minimum && number < *o.minimum) || (o.maximum && number > *o.maximum)) {
            const QString lowest = boundText(o.minimum.value_or(-kLargestWhole));
            const QString highest = boundText(o.maximum.value_or(kLargestWhole));
            if (!o.unit.isEmpty())
                return failure(QStringLiteral("is out of range; expected %1 to %2 %3")
                                   .arg(lowest, highest, o.unit));
            return failure(
                QStringLiteral("is out of range; expected %1 from %2 to %3")
                    .arg(whole ? QStringLiteral("a whole number") : QStringLiteral("a number"),
                         lowest, highest));
        }
    }
    if (o.kind == OptionKind::Choice && !o.choices.contains(text))
        return failure(
            QStringLiteral("is not one of %1").arg(o.choices.join(QStringLiteral(", "))));
    const Status applied = o.apply(text, number);
    if (!applied)
        return Status::failure(prefix + applied.error());
    return applied;
}

Status OptionReader::parse(const QStringList &arguments) const
{
    const Option *argument = positional();
    bool argumentSeen = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (!name.startsWith(QLatin1Char('-'))) {
            if (!argument || argumentSeen)
                return Status::failure(
                    QStringLiteral("unexpected argument \"%1\" (see --help)").arg(name));
            argumentSeen = true;
            if (const Status s = read(*argument, name); !s)
                return s;
            continue;
        }
        // --batch=16 as well as --batch 16.
        std::optional<QString> value;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals > 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        const Option *o = find(name);
        if (!o)
            return Status::failure(
                QStringLiteral("unknown option \"%1\" (see --help)").arg(arguments.at(i)));
        if (o->kind == OptionKind::Flag) {
            if (value)
                return Status::failure(
                    QStringLiteral("%1 takes no value, not \"%2\"").arg(name, *value));
            if (const Status s = o->apply({}, 0); !s)
                return Status::failure(name + QStringLiteral(": ") + s.error());
            continue;
        }
        if (!value) {
            // "--gpus --batch 4" lacks a value: an option is never taken as one.
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--")))
                return Status::failure(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (const Status s = read(*o, *value); !s)
            return s;
    }
    if (argument && !argumentSeen)
        return read(*argument, QString());
    return Status();
}

std::optional<int> OptionReader::start(const QStringList &arguments, QTextStream &out,
                                       QTextStream &err) const
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << usage();
        return 0;
    }
    if (const Status parsed = parse(arguments); !parsed)
        return fail(err, parsed.error());
    return std::nullopt;
}

int OptionReader::fail(QTextStream &err, const QString &message, int exitCode) const
{
    err << "token-cost-explorer " << m_command << ": " << message << "\n";
    return exitCode;
}

void OptionReader::warn(QTextStream &err, const QString &message) const
{
    err << "token-cost-explorer " << m_command << ": warning: " << message << "\n";
}

} // namespace tce
