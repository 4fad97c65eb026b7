#pragma once

// Private to the benchmark-file readers (measurementreader.cpp, llamabenchreader.cpp,
// servingbenchreader.cpp): what they share, so each error reads the same whichever file
// format it comes from.

#include "measurement.h"
#include "result.h"
#include "scenariobuilder.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tce::measurementreaders {

// measurement.h's limits: more rows than this is not a benchmark someone ran by hand, and a
// number of a trillion tokens per second or milliseconds is a unit mistake, not a measurement.
// Lengths are checked against the scenario's own limit (tce::kMaxTokens, scenariobuilder.h).
inline constexpr int kMaxRows = 100'000;
inline constexpr double kMaxValue = 1e12;

// "<file> line <n>: <message>", or "<file>: <message>" for line 0 (a whole-file result).
QString fileError(const QString &file, int line, const QString &message);
// "<file> line <n>: <field> \"<value>\" <problem>; expected <expected>": the form of every
// error about one value. JSON formats name the key path as the field.
QString fieldError(const QString &file, int line, const QString &field, const QString &value,
                   const QString &problem, const QString &expected);
// "<file>:<line>" (or the file alone for line 0): Measurement::source of a row read from a file.
QString sourceOf(const QString &file, int line);

// A number as the file spells it (C locale, the whole text), or nullopt.
std::optional<double> parseNumber(const QString &text);
// A whole number written with digits only (and an optional leading +), or nullopt.
std::optional<int64_t> parseWholeNumber(const QString &text);
// An on/off setting as files spell it: on, off, 1, 0, true, false (any case), or nullopt.
std::optional<bool> switchValue(const QString &text);
// Why a measured value is unusable ("is not a positive number", ...), or "" when it is finite,
// > 0 and below kMaxValue.
QString valueProblem(double value);
inline QString valueExpectation()
{
    return QStringLiteral("a positive number below 1e12");
}
// 4.63 -> "4.63", 5.5 -> "5.5", 16 -> "16": a precision written as bits per value.
QString bitsText(double bits);
// A number for notes and error messages: no exponent for everyday values, 17 digits at most.
QString numberText(double value);

// One record of an RFC 4180 CSV: its cells and the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};
// Quoted fields (commas, doubled quotes and line breaks inside), CRLF or LF line ends; blank
// lines are skipped. Fails, naming the line, on an unclosed quote, text after a closing quote,
// or more than maxRecords records.
Result<QList<CsvRecord>> parseCsv(const QString &text, const QString &file, int maxRecords);

// The 1-based line holding byte `offset`.
int lineAt(const QByteArray &data, qsizetype offset);
// JSON text as a document; errors name the file and line: a syntax error, or nesting deeper
// than kMaxJsonNesting (refused before Qt parses it).
Result<QJsonDocument> parseJson(const QByteArray &data, const QString &file);
// For a top-level JSON array: the line on which each of its elements starts.
QList<int> arrayElementLines(const QByteArray &data);

// A JSON value as text for an error message: numbers with up to 17 digits, strings as they are.
QString jsonText(const QJsonValue &value);

// What the content sniffer asks of a parsed JSON object.
bool isLlamaBenchObject(const QJsonObject &object);
bool isVllmResult(const QJsonObject &object);
bool isGenAiPerfExport(const QJsonObject &object);
bool isTrtllmReport(const QJsonObject &object);

// The readers. Text is the file without a byte order mark, already checked to be UTF-8.
// measurementreader.cpp
Result<MeasurementFile> readPlainCsv(const QString &text, const QString &file);

// A JSON object and the line it starts on (0 for a whole-file result).
struct JsonObjectAt
{
    int line = 0;
    QJsonObject object;
};

// llamabenchreader.cpp: -o json (an array) and -o jsonl (one object per line), -o csv, -o md.
Result<MeasurementFile> readLlamaBenchObjects(const QList<JsonObjectAt> &objects,
                                              const QString &file);
Result<MeasurementFile> readLlamaBenchCsv(const QString &text, const QString &file);
Result<MeasurementFile> readLlamaBenchMarkdown(const QString &text, const QString &file);
bool isLlamaBenchCsvHeader(const QString &firstLine);
bool hasLlamaBenchMarkdownTable(const QString &text);

// servingbenchreader.cpp. A vLLM file is one result object or, written with --append-result,
// one object per line.
Result<MeasurementFile> readVllmBenchJson(const QList<JsonObjectAt> &objects, const QString &file);
Result<MeasurementFile> readGenAiPerfJson(const QJsonObject &object, const QString &file);
Result<MeasurementFile> readTrtllmBenchJson(const QJsonObject &object, const QString &file);

} // namespace tce::measurementreaders
