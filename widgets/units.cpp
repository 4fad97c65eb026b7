#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace tce::units {

namespace {

// Called as translated(QT_TRANSLATE_NOOP("Units", "...")) so that lupdate finds the text.
QString translated(const char *text)
{
    return QCoreApplication::translate("Units", text);
}

// The step of the tick being written (TickStep), in the unscaled unit; 0 outside a tick.
thread_local double t_tickStep = 0;

// The fewest decimals that write every multiple of `step` exactly (0.25: 2, 5: 0); -1 when
// the step has no short exact form (a power of ten read in GiB).
int decimalsFor(double step)
{
    for (int decimals = 0; decimals <= 9; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        const double whole = std::round(scaled);
        if (whole != 0 && std::fabs(scaled - whole) <= 1e-9 * scaled)
            return decimals == 0 || whole < 10'000 ? decimals : -1;
    }
    return -1;
}

// Three significant digits, never scientific notation for what a unit prefix can absorb.
// `divisor` is the unit's (1024^3 for GiB), so that a tick step is read in the unit shown.
QString significant(double v, int digits = 3, double divisor = 1)
{
    if (const int tickDecimals = t_tickStep > 0 ? decimalsFor(t_tickStep / divisor) : -1;
        tickDecimals >= 0 && std::isfinite(v))
        return QLocale().toString(v, 'f', tickDecimals);
    if (v == 0 || !std::isfinite(v))
        return QLocale().toString(v, 'f', 0);
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    const int decimals = std::clamp(digits - 1 - magnitude, 0, 9);
    return QLocale().toString(v, 'f', decimals);
}

Scale decimalScale(double magnitude, const QString &base)
{
    static const std::array<const char *, 7> prefixes{"", "k", "M", "G", "T", "P", "E"};
    int index = 0;
    double divisor = 1;
    while (index + 1 < int(prefixes.size()) && std::fabs(magnitude) >= divisor * 1000) {
        divisor *= 1000;
        ++index;
    }
    return {divisor, QString::fromLatin1(prefixes[size_t(index)]) + base};
}

QString scaled(double value, const Scale &s)
{
    return significant(value / s.divisor, 3, s.divisor) + QChar(0x202F) + s.unit;
}

} // namespace

Scale flopsScale(double m)
{
    return decimalScale(m, translated(QT_TRANSLATE_NOOP("Units", "FLOP")));
}

Scale bytesScale(double m)
{
    static const std::array<const char *, 6> units{
        QT_TRANSLATE_NOOP("Units", "B"),   QT_TRANSLATE_NOOP("Units", "KiB"),
        QT_TRANSLATE_NOOP("Units", "MiB"), QT_TRANSLATE_NOOP("Units", "GiB"),
        QT_TRANSLATE_NOOP("Units", "TiB"), QT_TRANSLATE_NOOP("Units", "PiB")};
    int index = 0;
    double divisor = 1;
    while (index + 1 < int(units.size()) && std::fabs(m) >= divisor * 1024) {
        divisor *= 1024;
        ++index;
    }
    return {divisor, translated(units[size_t(index)])};
}

Scale secondsScale(double m)
{
    const double a = std::fabs(m);
    if (a >= 3600 * 24)
        return {3600 * 24, translated(QT_TRANSLATE_NOOP("Units", "days"))};
    if (a >= 3600)
        return {3600, translated(QT_TRANSLATE_NOOP("Units", "h"))};
    if (a >= 60)
        return {60, translated(QT_TRANSLATE_NOOP("Units", "min"))};
    if (a >= 1 || a == 0)
        return {1, translated(QT_TRANSLATE_NOOP("Units", "s"))};
    if (a >= 1e-3)
        return {1e-3, translated(QT_TRANSLATE_NOOP("Units", "ms"))};
    if (a >= 1e-6)
        return {1e-6, translated(QT_TRANSLATE_NOOP("Units", "µs"))};
    return {1e-9, translated(QT_TRANSLATE_NOOP("Units", "ns"))};
}

QString flops(double v)
{
    return scaled(v, flopsScale(v));
}
QString flopsPerSecond(double v)
{
    return scaled(v, decimalScale(v, translated(QT_TRANSLATE_NOOP("Units", "FLOP/s"))));
}
QString bytes(double v)
{
    return scaled(v, bytesScale(v));
}
QString bytesPerSecond(double v)
{
    return scaled(v, decimalScale(v, translated(QT_TRANSLATE_NOOP("Units", "B/s"))));
}
Scale joulesScale(double m)
{
    const double a = std::fabs(m);
    if (a >= 1e6)
        return {1e6, translated(QT_TRANSLATE_NOOP("Units", "MJ"))};
    if (a >= 1e3)
        return {1e3, translated(QT_TRANSLATE_NOOP("Units", "kJ"))};
    if (a >= 1 || a == 0)
        return {1, translated(QT_TRANSLATE_NOOP("Units", "J"))};
    if (a >= 1e-3)
        return {1e-3, translated(QT_TRANSLATE_NOOP("Units", "mJ"))};
    return {1e-6, translated(QT_TRANSLATE_NOOP("Units", "µJ"))};
}

QString joules(double v)
{
    return scaled(v, joulesScale(v));
}

QString percent(double share)
{
    return translated(QT_TRANSLATE_NOOP("Units", "%1%")).arg(significant(100 * share, 3, 0.01));
}

QString seconds(double v)
{
    return scaled(v, secondsScale(v));
}

QString usd(double v)
{
    // Small amounts keep three significant digits ($0.00189); larger ones cents. The sign
    // goes before the currency, joined to it so that a line never breaks inside −$0.05.
    const double a = std::fabs(v);
    const QString digits =
        a >= 1 && t_tickStep <= 0 ? QLocale().toString(a, 'f', 2) : significant(a, 3);
    return (v < 0 ? QStringLiteral("−\u2060") : QString()) +
           translated(QT_TRANSLATE_NOOP("Units", "$%1")).arg(digits);
}

QString tokens(double v)
{
    return QLocale().toString(qint64(std::llround(v)));
}
QString tokensPerSecond(double v)
{
    return translated(QT_TRANSLATE_NOOP("Units", "%1 tok/s")).arg(significant(v, 4));
}
QString ratio(double v)
{
    return translated(QT_TRANSLATE_NOOP("Units", "%1×")).arg(significant(v, v >= 100 ? 3 : 2));
}
QString count(double v)
{
    return QLocale().toString(qint64(std::llround(v)));
}
QString number(double v, int digits)
{
    return significant(v, digits);
}

TickStep::TickStep(double step)
    : m_previous(t_tickStep)
{
    t_tickStep = std::isfinite(step) ? std::fabs(step) : 0;
}

TickStep::~TickStep()
{
    t_tickStep = m_previous;
}

} // namespace tce::units
