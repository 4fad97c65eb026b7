#pragma once

#include <QString>

class QLocale;

namespace tce {

// Numbers as people read them: the locale's separators and a unit that scales
// (FLOP, kFLOP ... PFLOP; B, KiB ... TiB; ns, us, ms, s; $). One place, so every label,
// tooltip and tracer agrees.
namespace units {

QString flops(double value);           // "16.08 GFLOP"
QString flopsPerSecond(double value);  // "989.4 TFLOP/s"
QString bytes(double value);           // "15.0 GiB"
QString bytesPerSecond(double value);  // "3.35 TB/s" (decimal, as vendors quote it)
QString seconds(double value);         // "4.87 ms"
QString usd(double value);             // "$0.00189", "$3.65"
QString tokens(double value);          // "2,048"
QString tokensPerSecond(double value); // "204.7 tok/s"
QString ratio(double value);           // "3.0x"
QString count(double value);           // "1,024"
QString joules(double value);          // "3.42 J", "1.77 kJ", "12.1 mJ"
QString percent(double share);         // 0.217 -> "21.7%"
QString number(double value, int significantDigits = 3);

// While one is alive (on this thread), numbers are written with the decimals a tick step of
// `step` needs and no more: every tick of an axis then reads alike ($0.8 beside $1.0, not $0.800
// beside $1.00), and a log axis's $0.000001 has no trailing zeros. Charts format ticks with
// the functions that format values (formatY), which know the unit but not the step.
class TickStep
{
public:
    explicit TickStep(double step);
    ~TickStep();
    TickStep(const TickStep &) = delete;
    TickStep &operator=(const TickStep &) = delete;

private:
    double m_previous;
};

// The scaled unit for an axis whose values reach `typicalMagnitude`, e.g. {1e9, "GFLOP"}.
struct Scale
{
    double divisor = 1;
    QString unit;
};
Scale flopsScale(double typicalMagnitude);
Scale bytesScale(double typicalMagnitude);
Scale secondsScale(double typicalMagnitude);
Scale joulesScale(double typicalMagnitude);

} // namespace units
} // namespace tce
