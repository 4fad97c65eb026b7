#include "workload.h"

#include "jsonfile.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace tce {

double normalQuantile(double p)
{
    // P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution
    // function" (2003): rational approximations in three regions.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    p = std::clamp(p, 1e-300, 1 - 1e-16);
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double LengthDistribution::median() const
{
    return std::clamp(std::exp(mu), double(minimum), double(maximum));
}

int64_t LengthDistribution::quantile(double p) const
{
    const double v = std::exp(mu + sigma * normalQuantile(p));
    return std::clamp<int64_t>(std::llround(v), minimum, maximum);
}

Workload sampleMix(const WorkloadMix &mix, int count)
{
    Workload w;
    w.id = mix.id;
    w.name = mix.name;
    count = std::max(count, 1);
    w.inputTokens.reserve(size_t(count));
    w.outputTokens.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double u = (i + 0.5) / count;
        w.inputTokens.push_back(mix.input.quantile(u));
        w.outputTokens.push_back(mix.output.quantile(u));
    }
    // Pair inputs with outputs at random (a fixed seed, so the same mix every time): the
    // lengths are independent, and a scatter of them looks like requests, not a lattice.
    std::mt19937_64 generator(20231116);
    for (size_t i = w.outputTokens.size(); i > 1; --i) {
        const size_t j = size_t(generator() % i); // Fisher-Yates, portable across libraries
        std::swap(w.outputTokens[i - 1], w.outputTokens[j]);
    }
    return w;
}

double median(std::vector<int64_t> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    if (values.size() % 2 == 1)
        return double(values[mid]);
    const int64_t upper = values[mid];
    const int64_t lower = *std::max_element(values.begin(), values.begin() + mid);
    return (double(lower) + double(upper)) / 2;
}

namespace {

std::optional<double> parseSeconds(const QByteArray &cell)
{
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return std::nullopt;
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil): a
// QDateTime per row would cost more than the rest of the parse.
int64_t daysFromCivil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// "YYYY-MM-DD hh:mm:ss[.fraction]" (or with a T) as seconds since 1970, UTC.
std::optional<double> parseTimestampSeconds(const QByteArray &cell)
{
    const char *c = cell.constData();
    const qsizetype n = cell.size();
    auto digits = [&](qsizetype at, int count) -> int64_t {
        if (at + count > n)
            return -1;
        int64_t v = 0;
        for (int i = 0; i < count; ++i) {
            const char ch = c[at + i];
            if (ch < '0' || ch > '9')
                return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    };
    if (n < 19 || c[4] != '-' || c[7] != '-' || (c[10] != ' ' && c[10] != 'T') || c[13] != ':' ||
        c[16] != ':')
        return std::nullopt;
    const int64_t year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int64_t hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    double fraction = 0;
    if (n > 19) {
        if (c[19] != '.' || n == 20)
            return std::nullopt;
        double scale = 0.1;
        for (qsizetype i = 20; i < n; ++i) {
            if (c[i] < '0' || c[i] > '9')
                return std::nullopt;
            fraction += (c[i] - '0') * scale;
            scale /= 10;
        }
    }
    return double(daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second) +
           fraction;
}

} // namespace

Result<Workload> parseTraceCsv(const QByteArray &bytes, const QString &name)
{
    using R = Result<Workload>;
    if (const Status utf8 = checkUtf8(bytes, name); !utf8)
        return R::failure(utf8.error());
    const QList<QByteArray> lines = withoutByteOrderMark(bytes).split('\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return R::failure(QStringLiteral("%1: the file is empty").arg(name));
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    auto column = [&](std::initializer_list<const char *> names) {
        for (int i = 0; i < header.size(); ++i) {
            for (const char *n : names) {
                if (header[i].trimmed().compare(n, Qt::CaseInsensitive) == 0)
                    return i;
            }
        }
        return -1;
    };
    const int inputColumn = column({"ContextTokens", "input_tokens"});
    const int outputColumn = column({"GeneratedTokens", "output_tokens"});
    if (inputColumn < 0 || outputColumn < 0)
        return R::failure(
            QStringLiteral("%1: line 1: missing the %2 column; expected a header with "
                           "ContextTokens and GeneratedTokens, or input_tokens and output_tokens")
                .arg(name, inputColumn < 0
                               ? QStringLiteral("input (ContextTokens or input_tokens)")
                               : QStringLiteral("output (GeneratedTokens or output_tokens)")));
    const int timestampColumn = column({"TIMESTAMP"});
    const int arrivalColumn = column({"arrival_s"});
    const int timeColumn = arrivalColumn >= 0 ? arrivalColumn : timestampColumn;
    Workload w;
    w.id = QFileInfo(name).completeBaseName();
    w.name = w.id;
    const int needed = std::max({inputColumn, outputColumn, timeColumn}) + 1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed(); // also drops a CR of CRLF files
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() < needed)
            return R::failure(QStringLiteral("%1: line %2: %3 columns; the header has %4")
                                  .arg(name)
                                  .arg(i + 1)
                                  .arg(cells.size())
                                  .arg(header.size()));
        int64_t values[2] = {0, 0};
        const int columns[2] = {inputColumn, outputColumn};
        for (int k = 0; k < 2; ++k) {
            bool ok = false;
            const QByteArray cell = cells[columns[k]].trimmed();
            const qlonglong v = cell.toLongLong(&ok);
            if (!ok || v < 0 || v > 100'000'000)
                return R::failure(
                    QStringLiteral("%1: line %2, column %3: \"%4\" is not a token count "
                                   "(a whole number from 0 to 100000000)")
                        .arg(name)
                        .arg(i + 1)
                        .arg(QString::fromUtf8(header[columns[k]].trimmed()),
                             QString::fromUtf8(cell.left(40))));
            values[k] = v;
        }
        w.inputTokens.push_back(values[0]);
        w.outputTokens.push_back(values[1]);
        if (timeColumn >= 0) {
            const QByteArray cell = cells[timeColumn].trimmed();
            const std::optional<double> seconds =
                timeColumn == arrivalColumn ? parseSeconds(cell) : parseTimestampSeconds(cell);
            if (!seconds)
                return R::failure(
                    QStringLiteral("%1: line %2, column %3: \"%4\" is not a time (%5)")
                        .arg(name)
                        .arg(i + 1)
                        .arg(QString::fromUtf8(header[timeColumn].trimmed()),
                             QString::fromUtf8(cell.left(40)),
                             timeColumn == arrivalColumn
                                 ? QStringLiteral("seconds, a number from 0")
                                 : QStringLiteral("YYYY-MM-DD hh:mm:ss[.fraction]")));
            w.arrivalSeconds.push_back(*seconds);
        }
    }
    if (w.inputTokens.empty())
        return R::failure(QStringLiteral("%1: no requests after the header").arg(name));
    return w;
}

Result<Workload> importTraceCsv(const QString &path)
{
    return parseInputFile(path, parseTraceCsv);
}

} // namespace tce
