// Benchmark files (issue 14): which format a file is, by its content, and the plain
// measurement CSV. The llama-bench printers are read in llamabenchreader.cpp, the serving
// benchmarks' result JSON (vLLM, GenAI-Perf, trtllm-bench) in servingbenchreader.cpp.
#include "jsonfile.h"
#include "measurement.h"
#include "measurementreaders.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace tce {

using namespace measurementreaders;

namespace {

struct MetricNaming
{
    MeasuredMetric metric;
    const char *name;
    const char *unit;
};
// The unit is part of each name, so a column never holds a number whose unit is a guess.
constexpr std::array kMetricNames{
    MetricNaming{MeasuredMetric::DecodeTokensPerSecond, "decode_tok_s", "tokens/s"},
    MetricNaming{MeasuredMetric::PrefillTokensPerSecond, "prefill_tok_s", "tokens/s"},
    MetricNaming{MeasuredMetric::TtftMilliseconds, "ttft_ms", "milliseconds"},
    MetricNaming{MeasuredMetric::ItlMilliseconds, "itl_ms", "milliseconds"},
    MetricNaming{MeasuredMetric::ThroughputTokensPerSecond, "throughput_tok_s", "tokens/s"},
};

QString metricChoices()
{
    QStringList names;
    for (const MetricNaming &m : kMetricNames)
        names << QStringLiteral("%1 (%2)").arg(QLatin1String(m.name), QLatin1String(m.unit));
    return QStringLiteral("one of ") + names.join(QStringLiteral(", "));
}

QString knownFormats()
{
    return QStringLiteral(
        "a measurement CSV (model,hardware,gpus,batch,input,output,weights,kv,metric,value), "
        "llama-bench output (-o json, jsonl, csv or md), a vllm bench serve --save-result JSON, "
        "a GenAI-Perf profile_export_genai_perf.json or a trtllm-bench --report_json file");
}

// The index of the quote that closes the string opening at `open` (or the end of the data).
qsizetype closingQuote(const QByteArray &data, qsizetype open)
{
    qsizetype i = open + 1;
    for (; i < data.size() && data[i] != '"'; ++i) {
        if (data[i] == '\\')
            ++i;
    }
    return i;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// What is wrong with JSON text ("" when nothing) and the byte where it was found; the parsed
// document otherwise. Nesting is checked before Qt parses: Qt refuses 1,024 levels itself, but
// no file of ours nests beyond a few, and the message can then name the line.
QString jsonProblem(const QByteArray &data, qsizetype *at, QJsonDocument *document)
{
    int depth = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"') {
            i = closingQuote(data, i);
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonNesting) {
                *at = i;
                return QStringLiteral("JSON nested more than %1 levels deep; expected a "
                                      "benchmark result (a few levels)")
                    .arg(kMaxJsonNesting);
            }
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    QJsonParseError error;
    *document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        *at = error.offset;
        return QStringLiteral("not valid JSON (%1)").arg(error.errorString());
    }
    return {};
}

// Each non-blank line of a JSON-lines file as an object (llama-bench -o jsonl, vllm bench
// serve --append-result), with errors at the line of the file, not of the line.
Result<QList<JsonObjectAt>> parseJsonLines(const QByteArray &data, const QString &file)
{
    using R = Result<QList<JsonObjectAt>>;
    QList<JsonObjectAt> objects;
    qsizetype start = 0;
    for (int line = 1; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray text = data.mid(start, end - start);
        start = end + 1;
        if (text.trimmed().isEmpty())
            continue;
        if (objects.size() >= kMaxRows)
            return R::failure(fileError(
                file, line, QStringLiteral("more than %1 results; split the file").arg(kMaxRows)));
        QJsonDocument document;
        qsizetype at = 0;
        if (const QString problem = jsonProblem(text, &at, &document); !problem.isEmpty())
            return R::failure(fileError(file, line + lineAt(text, at) - 1, problem));
        if (!document.isObject())
            return R::failure(fileError(file, line,
                                        QStringLiteral("a JSON line that is not an object; "
                                                       "expected one result object per line")));
        objects.push_back({line, document.object()});
    }
    return objects;
}

Result<MeasurementFile> readJsonArray(const QByteArray &data, const QString &file)
{
    using R = Result<MeasurementFile>;
    const auto document = parseJson(data, file);
    if (!document)
        return R::failure(document.error());
    const QJsonArray array = document->array();
    if (array.isEmpty() || !array.first().isObject() ||
        !isLlamaBenchObject(array.first().toObject()))
        return R::failure(fileError(file, 1,
                                    QStringLiteral("a JSON array that is not llama-bench -o json "
                                                   "output (objects with n_prompt, n_gen and "
                                                   "avg_ts); expected ") +
                                        knownFormats()));
    if (array.size() > kMaxRows)
        return R::failure(fileError(
            file, 0, QStringLiteral("more than %1 results; split the file").arg(kMaxRows)));
    const QList<int> lines = arrayElementLines(data);
    QList<JsonObjectAt> objects;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = i < lines.size() ? lines[i] : 0;
        if (!array[i].isObject())
            return R::failure(fileError(file, line,
                                        QStringLiteral("element %1 of the array is %2; expected "
                                                       "a llama-bench result object")
                                            .arg(i + 1)
                                            .arg(jsonText(array[i]))));
        objects.push_back({line, array[i].toObject()});
    }
    return readLlamaBenchObjects(objects, file);
}

Result<MeasurementFile> readJsonObject(const QByteArray &data, const QString &file)
{
    using R = Result<MeasurementFile>;
    const auto document = parseJson(data, file);
    if (document) {
        const QJsonObject object = document->object();
        if (isTrtllmReport(object))
            return readTrtllmBenchJson(object, file);
        if (isGenAiPerfExport(object))
            return readGenAiPerfJson(object, file);
        if (isVllmResult(object))
            return readVllmBenchJson({{0, object}}, file);
        if (isLlamaBenchObject(object)) // -o jsonl with a single test
            return readLlamaBenchObjects({{lineAt(data, data.indexOf('{')), object}}, file);
        return R::failure(fileError(
            file, 0,
            QStringLiteral("a JSON object this app does not know; expected ") + knownFormats()));
    }
    // Not one JSON document: perhaps one object per line. If the first line is not a result
    // either, the document's own syntax error is the one to show (a truncated file, ...).
    qsizetype start = 0;
    while (start < data.size() && isJsonSpace(data[start]))
        ++start;
    const qsizetype end = data.indexOf('\n', start);
    QJsonDocument firstLine;
    qsizetype at = 0;
    if (!jsonProblem(data.mid(start, end < 0 ? -1 : end - start), &at, &firstLine).isEmpty() ||
        !firstLine.isObject())
        return R::failure(document.error());
    const bool llamaBench = isLlamaBenchObject(firstLine.object());
    if (!llamaBench && !isVllmResult(firstLine.object()))
        return R::failure(document.error());
    const auto lines = parseJsonLines(data, file);
    if (!lines)
        return R::failure(lines.error());
    return llamaBench ? readLlamaBenchObjects(*lines, file) : readVllmBenchJson(*lines, file);
}

Result<MeasurementFile> readText(const QString &text, const QString &file)
{
    using R = Result<MeasurementFile>;
    QString firstLine;
    for (qsizetype start = 0; start < text.size() && firstLine.isEmpty();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        firstLine = text.mid(start, end - start).trimmed();
        start = end + 1;
    }
    if (isLlamaBenchCsvHeader(firstLine))
        return readLlamaBenchCsv(text, file);
    if (hasLlamaBenchMarkdownTable(text))
        return readLlamaBenchMarkdown(text, file);
    // A comma-separated first line is a measurement CSV header, perhaps with a typo that the
    // CSV reader names better than "unknown format" would.
    if (firstLine.count(u',') >= 2 && !firstLine.startsWith(u'|'))
        return readPlainCsv(text, file);
    return R::failure(fileError(file, 0,
                                QStringLiteral("not a benchmark file this app reads; expected ") +
                                    knownFormats()));
}

// The columns of a measurement CSV. Unknown columns are refused (a typo would otherwise drop
// a value silently); the optional ones may be left out.
const QStringList &requiredColumns()
{
    static const QStringList columns{QStringLiteral("model"),   QStringLiteral("hardware"),
                                     QStringLiteral("gpus"),    QStringLiteral("batch"),
                                     QStringLiteral("input"),   QStringLiteral("output"),
                                     QStringLiteral("weights"), QStringLiteral("kv"),
                                     QStringLiteral("metric"),  QStringLiteral("value")};
    return columns;
}
const QStringList &optionalColumns()
{
    static const QStringList columns{QStringLiteral("engine"), QStringLiteral("split"),
                                     QStringLiteral("flash_attention"), QStringLiteral("source"),
                                     QStringLiteral("notes")};
    return columns;
}
QString columnExpectation()
{
    return requiredColumns().join(QStringLiteral(", ")) + QStringLiteral(" and optionally ") +
           optionalColumns().join(QStringLiteral(", "));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Shared helpers (measurementreaders.h)

namespace measurementreaders {

QString fileError(const QString &file, int line, const QString &message)
{
    if (line > 0)
        return QStringLiteral("%1 line %2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QString fieldError(const QString &file, int line, const QString &field, const QString &value,
                   const QString &problem, const QString &expected)
{
    // A value can be a whole line of garbage: show its beginning only.
    const QString shown = value.size() > 60 ? value.left(60) + QStringLiteral("...") : value;
    return fileError(
        file, line,
        QStringLiteral("%1 \"%2\" %3; expected %4").arg(field, shown, problem, expected));
}

QString sourceOf(const QString &file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok); // the C locale, whatever the user's
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<int64_t> parseWholeNumber(const QString &text)
{
    QStringView digits = QStringView(text).trimmed();
    if (digits.startsWith(u'+'))
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    int64_t value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<bool> switchValue(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("on") || t == QLatin1String("1") || t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("off") || t == QLatin1String("0") || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString valueProblem(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("is not a finite number");
    if (value <= 0)
        return QStringLiteral("is not a positive number");
    if (value >= kMaxValue)
        return QStringLiteral("is too large to be a measurement");
    return {};
}

QString bitsText(double bits)
{
    QString text = QString::number(bits, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString numberText(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(int64_t(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<QList<CsvRecord>> parseCsv(const QString &text, const QString &file, int maxRecords)
{
    using R = Result<QList<CsvRecord>>;
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        for (bool endOfRecord = false; !endOfRecord;) {
            QString cell;
            if (i < n && text[i] == u'"') {
                const int openLine = line;
                for (++i;; ++i) {
                    if (i >= n)
                        return R::failure(
                            fileError(file, openLine,
                                      QStringLiteral("a quoted field opened on this line is never "
                                                     "closed; expected a closing \"")));
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            cell += u'"'; // a doubled quote is one quote
                            ++i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == u'\n')
                        ++line;
                    cell += text[i];
                }
                const bool atEnd = i >= n || text[i] == u',' || text[i] == u'\n' ||
                                   (text[i] == u'\r' && (i + 1 >= n || text[i + 1] == u'\n'));
                if (!atEnd)
                    return R::failure(fieldError(
                        file, line, QStringLiteral("the text after a quoted field"),
                        text.mid(i, 20).section(u'\n', 0, 0),
                        QStringLiteral("follows its closing quote"),
                        QStringLiteral("a comma or the end of the line after a closing quote (a "
                                       "quote inside a field is written twice)")));
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != u',' && text[i] != u'\n')
                    ++i;
                cell = text.mid(start, i - start);
                if (cell.endsWith(u'\r'))
                    cell.chop(1);
            }
            record.cells << cell;
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == u',') {
                ++i;
            } else {
                if (text[i] == u'\r')
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        if (record.cells.size() == 1 && record.cells.first().trimmed().isEmpty())
            continue; // a blank line
        if (records.size() >= maxRecords)
            return R::failure(
                fileError(file, record.line,
                          QStringLiteral("more than %1 rows after the header; split the file")
                              .arg(maxRecords - 1)));
        records.push_back(std::move(record));
    }
    return records;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(data.left(std::clamp<qsizetype>(offset, 0, data.size())).count('\n')) + 1;
}

Result<QJsonDocument> parseJson(const QByteArray &data, const QString &file)
{
    QJsonDocument document;
    qsizetype at = 0;
    if (const QString problem = jsonProblem(data, &at, &document); !problem.isEmpty())
        return Result<QJsonDocument>::failure(fileError(file, lineAt(data, at), problem));
    return document;
}

QList<int> arrayElementLines(const QByteArray &data)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool elementStarted = false; // within the top-level array, between two commas
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype close = closingQuote(data, i);
            if (depth == 1 && !elementStarted) {
                lines << line;
                elementStarted = true;
            }
            line += int(data.mid(i, close - i).count('\n'));
            i = close;
        } else if (c == '{' || c == '[') {
            if (depth == 1 && !elementStarted) {
                lines << line;
                elementStarted = true;
            }
            ++depth;
        } else if (c == '}' || c == ']') {
            depth = std::max(0, depth - 1);
        } else if (c == ',' && depth == 1) {
            elementStarted = false;
        } else if (depth == 1 && !elementStarted && !isJsonSpace(c)) {
            lines << line; // a number, true, false or null
            elementStarted = true;
        }
    }
    return lines;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// The measurement CSV: one measurement per row, the layout of tests/data/calibration/*.csv.
Result<MeasurementFile> readPlainCsv(const QString &text, const QString &file)
{
    using R = Result<MeasurementFile>;
    const auto records = parseCsv(text, file, kMaxRows + 1);
    if (!records)
        return R::failure(records.error());
    if (records->isEmpty())
        return R::failure(fileError(file, 0, QStringLiteral("the file is empty")));

    const CsvRecord &header = records->first();
    QHash<QString, int> columns;
    QStringList unknown;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells[i].trimmed().toLower();
        if (name.isEmpty())
            return R::failure(
                fileError(file, header.line,
                          QStringLiteral("column %1 has no name; expected ").arg(i + 1) +
                              columnExpectation()));
        if (columns.contains(name))
            return R::failure(fieldError(file, header.line, QStringLiteral("column"), name,
                                         QStringLiteral("appears twice"),
                                         QStringLiteral("each column once")));
        if (!requiredColumns().contains(name) && !optionalColumns().contains(name))
            unknown << QStringLiteral("\"%1\"").arg(header.cells[i].trimmed().left(40));
        columns.insert(name, i);
    }
    if (!unknown.isEmpty())
        return R::failure(fileError(
            file, header.line,
            (unknown.size() == 1 ? QStringLiteral("column %1 is not a known column; expected ")
                                 : QStringLiteral("columns %1 are not known columns; expected "))
                    .arg(unknown.join(QStringLiteral(", "))) +
                columnExpectation()));
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!columns.contains(name))
            missing << name;
    }
    if (!missing.isEmpty())
        return R::failure(
            fileError(file, header.line,
                      QStringLiteral("the header lacks the column%1 %2; expected ")
                              .arg(missing.size() == 1 ? QString() : QStringLiteral("s"),
                                   missing.join(QStringLiteral(", "))) +
                          columnExpectation()));

    MeasurementFile out;
    out.format = MeasurementFormat::PlainCsv;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        const int line = record.line;
        if (record.cells.size() != header.cells.size())
            return R::failure(fileError(file, line,
                                        QStringLiteral("%1 cells; expected %2, one per column of "
                                                       "the header")
                                            .arg(record.cells.size())
                                            .arg(header.cells.size())));
        auto cell = [&](const QString &name) {
            const int index = columns.value(name, -1);
            return index < 0 ? QString() : record.cells[index].trimmed();
        };
        // An empty cell is "not stated" (the Measurement's sentinel); anything else must be a
        // whole number in range.
        QString error;
        auto count = [&](const QString &name, int64_t minimum, int64_t maximum,
                         int64_t notStated) -> int64_t {
            const QString text = cell(name);
            if (text.isEmpty() || !error.isEmpty())
                return notStated;
            const auto value = parseWholeNumber(text);
            if (!value || *value < minimum || *value > maximum)
                error = fieldError(file, line, name, text,
                                   value ? QStringLiteral("is out of range")
                                         : QStringLiteral("is not a whole number"),
                                   QStringLiteral("a whole number from %1 to %2, or an empty cell "
                                                  "when not stated")
                                       .arg(minimum)
                                       .arg(maximum));
            return value.value_or(notStated);
        };
        Measurement m;
        m.engine = cell(QStringLiteral("engine"));
        m.model = cell(QStringLiteral("model"));
        m.hardware = cell(QStringLiteral("hardware"));
        m.gpus = int(count(QStringLiteral("gpus"), 1, 4096, 0));
        m.split = cell(QStringLiteral("split"));
        m.batch = int(count(QStringLiteral("batch"), 1, 1'000'000, 0));
        m.inputTokens = count(QStringLiteral("input"), 0, kMaxTokens, -1);
        m.outputTokens = count(QStringLiteral("output"), 0, kMaxTokens, -1);
        if (!error.isEmpty())
            return R::failure(error);
        m.weights = cell(QStringLiteral("weights"));
        m.kv = cell(QStringLiteral("kv"));
        if (const QString flash = cell(QStringLiteral("flash_attention")); !flash.isEmpty()) {
            m.flashAttention = switchValue(flash);
            if (!m.flashAttention)
                return R::failure(
                    fieldError(file, line, QStringLiteral("flash_attention"), flash,
                               QStringLiteral("is not on or off"),
                               QStringLiteral("on, off, 1, 0, true, false or an "
                                              "empty cell for the engine's default")));
        }
        const QString metricText = cell(QStringLiteral("metric"));
        const auto metric = metricByName(metricText);
        if (!metric)
            return R::failure(fieldError(file, line, QStringLiteral("metric"), metricText,
                                         QStringLiteral("is not a known metric (each name ends in "
                                                        "its unit)"),
                                         metricChoices()));
        m.metric = *metric;
        const QString valueText = cell(QStringLiteral("value"));
        const auto value = parseNumber(valueText);
        if (!value)
            return R::failure(fieldError(file, line, QStringLiteral("value"), valueText,
                                         QStringLiteral("is not a number"), valueExpectation()));
        if (const QString problem = valueProblem(*value); !problem.isEmpty())
            return R::failure(fieldError(file, line, QStringLiteral("value"), valueText, problem,
                                         valueExpectation()));
        m.value = *value;
        m.line = line;
        m.source = cell(QStringLiteral("source"));
        if (m.source.isEmpty())
            m.source = sourceOf(file, line);
        m.notes = cell(QStringLiteral("notes"));
        out.rows.push_back(std::move(m));
    }
    if (out.rows.isEmpty())
        return R::failure(fileError(file, 0,
                                    QStringLiteral("a header but no measurements; expected one "
                                                   "measurement per row after the header")));
    return out;
}

} // namespace measurementreaders

// ---------------------------------------------------------------------------------------------
// measurement.h

QString metricName(MeasuredMetric metric)
{
    for (const MetricNaming &m : kMetricNames) {
        if (m.metric == metric)
            return QString::fromLatin1(m.name);
    }
    return {};
}

std::optional<MeasuredMetric> metricByName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const MetricNaming &m : kMetricNames) {
        if (key == QLatin1String(m.name))
            return m.metric;
    }
    return std::nullopt;
}

QString formatName(MeasurementFormat format)
{
    switch (format) {
    case MeasurementFormat::PlainCsv:
        return QStringLiteral("measurement CSV");
    case MeasurementFormat::LlamaBenchJson:
        return QStringLiteral("llama-bench JSON");
    case MeasurementFormat::LlamaBenchCsv:
        return QStringLiteral("llama-bench CSV");
    case MeasurementFormat::LlamaBenchMarkdown:
        return QStringLiteral("llama-bench Markdown");
    case MeasurementFormat::VllmBenchJson:
        return QStringLiteral("vLLM bench serve JSON");
    case MeasurementFormat::GenAiPerfJson:
        return QStringLiteral("GenAI-Perf JSON");
    case MeasurementFormat::TrtllmBenchJson:
        return QStringLiteral("trtllm-bench JSON");
    }
    return {};
}

Result<MeasurementFile> readMeasurements(const QByteArray &bytes, const QString &fileName)
{
    using R = Result<MeasurementFile>;
    if (bytes.size() > kMaxInputFileBytes)
        return R::failure(fileError(fileName, 0,
                                    QStringLiteral("%1 bytes is larger than the %2 MiB limit")
                                        .arg(bytes.size())
                                        .arg(kMaxInputFileBytes / (1024 * 1024))));
    const QByteArray data = withoutByteOrderMark(bytes);
    if (const Status utf8 = checkUtf8(data, fileName); !utf8)
        return R::failure(utf8.error());
    const auto first =
        std::find_if(data.begin(), data.end(), [](char c) { return !isJsonSpace(c); });
    if (first == data.end())
        return R::failure(fileError(fileName, 0, QStringLiteral("the file is empty")));
    if (*first == '[')
        return readJsonArray(data, fileName);
    if (*first == '{')
        return readJsonObject(data, fileName);
    return readText(QString::fromUtf8(data), fileName);
}

Result<MeasurementFile> readMeasurementsFile(const QString &path)
{
    return parseInputFile(path, readMeasurements);
}

} // namespace tce
