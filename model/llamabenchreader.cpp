// llama-bench output, from each of its printers: -o json (an array of test objects), -o jsonl
// (one object per line), -o csv (a header and one quoted row per test) and -o md (its default:
// a Markdown table, often pasted with the log lines around it).
//
// Fields relied on, as ggml-org/llama.cpp tools/llama-bench/llama-bench.cpp writes them
// (https://github.com/ggml-org/llama.cpp/blob/0104b151c56d54143e2e3554aabe9e2b2b8dbdba/tools/llama-bench/llama-bench.cpp,
// test::get_fields(), markdown_printer; examples of each printer in tools/llama-bench/README.md):
// - n_prompt, n_gen, n_depth: the test. pp<N> is n_prompt = N, n_gen = 0; tg<N> the reverse;
//   pp<N>+tg<M> (-pg) both; "@ d<D>" (-d) runs the test after D tokens already in the cache.
// - avg_ts, stddev_ts: test::get_ts() = 1e9 * (n_prompt + n_gen) / sample_ns, averaged over the
//   repetitions: tokens per second of the whole test, prompt and generated tokens together.
// - model_type: llama_model_desc(), "<architecture> <size> <file type>" ("qwen2 7B Q4_K -
//   Medium"; older builds "llama 7B mostly Q4_0"); model_size (bytes), model_n_params.
// - type_k, type_v: ggml type names of the KV cache (f16 by default; older builds f16_kv).
// - gpu_info: the GPU descriptions, joined with ", " (older builds "/"); cpu_info; backends.
// - devices ("auto" or CUDA0/CUDA1/...), split_mode (none, layer, row, tensor), n_gpu_layers.
// The Markdown table shows model, size ("4.36 GiB"), params ("7.62 B"), backend, ngl, test and
// t/s ("7340.20 ± 23.45"), plus a column for each option that differs from its default (sm,
// type_k, type_v, dev, fa, threads, ...): a missing column means llama-bench's default.
#include "measurementreaders.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace tce {

using namespace measurementreaders;

namespace {

// One test result as field -> text, whichever printer wrote it (JSON numbers as text).
struct BenchRecord
{
    int line = 0;
    QHash<QString, QString> fields;
    bool fromMarkdown = false;

    QString field(const char *name) const { return fields.value(QLatin1String(name)).trimmed(); }
    bool has(const char *name) const { return !field(name).isEmpty(); }
};

// GGML types as the app names precisions (precision.h), and their bits per value where the app
// has no name: ggml/src/ggml-common.h block layouts (q4_1: 32 values in 16 bytes + fp16 scale and
// min = 5 bits; q5_0: + 4 bytes of high bits, fp16 scale = 5.5; q5_1 = 6; iq4_nl = 4.5).
struct GgmlType
{
    const char *ggml;
    const char *precision; // "" when the app has no name for it
    double bits;
};
constexpr GgmlType kGgmlTypes[] = {
    {"f32", "fp32", 32},   {"f16", "fp16", 16},   {"bf16", "bf16", 16},
    {"q8_0", "q8_0", 8.5}, {"q4_0", "q4_0", 4.5}, {"q4_1", "", 5.0},
    {"q5_0", "", 5.5},     {"q5_1", "", 6.0},     {"iq4_nl", "", 4.5},
};
const GgmlType *ggmlType(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const GgmlType &t : kGgmlTypes) {
        if (key == QLatin1String(t.ggml))
            return &t;
    }
    return nullptr;
}

// llama_model_ftype_name() spellings the app has a precision for. Anything else becomes its bits
// per weight from the file's size and parameter count.
QString weightsByFileType(const QString &fileType)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("F32"), QStringLiteral("fp32")},
        {QStringLiteral("F16"), QStringLiteral("fp16")},
        {QStringLiteral("BF16"), QStringLiteral("bf16")},
        {QStringLiteral("Q8_0"), QStringLiteral("q8_0")},
        {QStringLiteral("Q4_0"), QStringLiteral("q4_0")},
        {QStringLiteral("Q4_K-MEDIUM"), QStringLiteral("q4_k_m")},
        {QStringLiteral("Q4_K_M"), QStringLiteral("q4_k_m")},
    };
    return names.value(fileType.toUpper().remove(u' '));
}

// "<architecture> <size> <file type>": the file type is everything after the second word.
QString fileTypeOf(const QString &modelType)
{
    QString type = modelType.simplified().section(u' ', 2);
    for (const QString &prefix : {QStringLiteral("mostly "), QStringLiteral("all ")}) {
        if (type.startsWith(prefix, Qt::CaseInsensitive))
            type = type.mid(prefix.size());
    }
    return type;
}

// "4.36 GiB" -> bytes, "7.62 B" -> parameters: the Markdown printer's rounded sizes.
std::optional<double> scaledNumber(const QString &text, const QHash<QString, double> &units)
{
    const QStringList parts = text.simplified().split(u' ');
    if (parts.size() != 2 || !units.contains(parts[1]))
        return std::nullopt;
    const auto number = parseNumber(parts[0]);
    if (!number || !std::isfinite(*number) || *number <= 0)
        return std::nullopt;
    return *number * units.value(parts[1]);
}

QStringList gpuNamesOf(const QString &gpuInfo)
{
    const QStringList parts = gpuInfo.contains(QStringLiteral(", "))
                                  ? gpuInfo.split(QStringLiteral(", "))
                                  : gpuInfo.split(u'/');
    QStringList names;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    return names;
}

QString testName(int64_t prompt, int64_t gen, int64_t depth)
{
    QString name = prompt > 0 && gen > 0 ? QStringLiteral("pp%1+tg%2").arg(prompt).arg(gen)
                   : prompt > 0          ? QStringLiteral("pp%1").arg(prompt)
                                         : QStringLiteral("tg%1").arg(gen);
    if (depth > 0)
        name += QStringLiteral(" @ d%1").arg(depth);
    return name;
}

Result<Measurement> measurementOf(const BenchRecord &record, const QString &file)
{
    using R = Result<Measurement>;
    const int line = record.line;
    QString error;
    auto tokens = [&](const char *name, bool required) -> int64_t {
        const QString text = record.field(name);
        if (!error.isEmpty() || (text.isEmpty() && !required))
            return 0;
        const auto value = parseWholeNumber(text);
        if (!value || *value > kMaxTokens)
            error = fieldError(file, line, QLatin1String(name), text,
                               text.isEmpty() ? QStringLiteral("is missing")
                                              : QStringLiteral("is not a token count"),
                               QStringLiteral("a whole number from 0 to %1").arg(kMaxTokens));
        return value.value_or(0);
    };
    const int64_t prompt = tokens("n_prompt", true);
    const int64_t gen = tokens("n_gen", true);
    const int64_t depth = tokens("n_depth", false);
    if (!error.isEmpty())
        return R::failure(error);
    if (prompt == 0 && gen == 0)
        return R::failure(fieldError(file, line, QStringLiteral("n_prompt and n_gen"),
                                     QStringLiteral("0"), QStringLiteral("are both zero"),
                                     QStringLiteral("a prompt (pp) or generation (tg) test")));

    const QString rateText = record.field("avg_ts");
    const auto rate = parseNumber(rateText);
    if (!rate)
        return R::failure(fieldError(file, line, QStringLiteral("avg_ts"), rateText,
                                     rateText.isEmpty() ? QStringLiteral("is missing")
                                                        : QStringLiteral("is not a number"),
                                     QStringLiteral("tokens per second, ") + valueExpectation()));
    if (const QString problem = valueProblem(*rate); !problem.isEmpty())
        return R::failure(fieldError(file, line, QStringLiteral("avg_ts"), rateText, problem,
                                     QStringLiteral("tokens per second, ") + valueExpectation()));

    Measurement m;
    m.engine = QStringLiteral("llama.cpp");
    m.batch = 1; // llama-bench runs one sequence
    m.line = line;
    m.source = sourceOf(file, line);
    QStringList notes{QStringLiteral("llama-bench %1").arg(testName(prompt, gen, depth))};
    if (prompt > 0 && gen == 0) {
        m.metric = MeasuredMetric::PrefillTokensPerSecond;
        m.inputTokens = prompt;
        m.outputTokens = 0;
        m.value = *rate;
        if (depth > 0)
            notes << QStringLiteral("these %1 prompt tokens follow %2 tokens already in the KV "
                                    "cache (-d %2), so the prefill is slower than one from an "
                                    "empty cache")
                         .arg(prompt)
                         .arg(depth);
    } else if (gen > 0 && prompt == 0) {
        m.metric = MeasuredMetric::DecodeTokensPerSecond;
        m.inputTokens = depth; // the context the tokens are generated after
        m.outputTokens = gen;
        m.value = *rate;
    } else {
        // -pg: avg_ts counts the prompt and the generated tokens over the whole test. Its
        // generated tokens per second, prefill included, is the static-batch throughput of one
        // sequence: avg_ts x n_gen / (n_prompt + n_gen), exact for each repetition's sample.
        m.metric = MeasuredMetric::ThroughputTokensPerSecond;
        m.inputTokens = prompt;
        m.outputTokens = gen;
        m.value = *rate * double(gen) / double(prompt + gen);
        notes << QStringLiteral("avg_ts %1 t/s counts prompt and generated tokens; value = avg_ts "
                                "x %2 / %3, the generated tokens per second with the prefill "
                                "included")
                     .arg(numberText(*rate))
                     .arg(gen)
                     .arg(prompt + gen);
        if (depth > 0)
            notes << QStringLiteral("after %1 tokens already in the KV cache").arg(depth);
        if (const QString problem = valueProblem(m.value); !problem.isEmpty())
            return R::failure(fieldError(file, line, QStringLiteral("avg_ts"), rateText, problem,
                                         valueExpectation()));
    }

    // Weights: the file type in model_type, else bits per weight from the file's size.
    const QString modelType = record.field("model_type");
    const QString fileType = fileTypeOf(modelType);
    m.weights = weightsByFileType(fileType);
    if (m.weights.isEmpty()) {
        const auto size = parseNumber(record.field("model_size"));
        const auto params = parseNumber(record.field("model_n_params"));
        const double bits = size && params && *params > 0 ? *size * 8.0 / *params : 0;
        if (std::isfinite(bits) && bits >= 1 && bits <= 64) {
            m.weights = bitsText(bits);
            notes << QStringLiteral("weights %1 bits per weight = model_size x 8 / "
                                    "model_n_params (file type \"%2\"%3)")
                         .arg(m.weights, fileType,
                              record.fromMarkdown ? QStringLiteral(", from the table's rounded "
                                                                   "size and params")
                                                  : QString());
        } else if (!modelType.isEmpty()) {
            notes << QStringLiteral("weights not stated: file type \"%1\" and no model size")
                         .arg(fileType);
        }
    }

    // KV cache: type_k (f16 unless stated), averaged with type_v when they differ.
    QString typeK = record.field("type_k");
    if (typeK.isEmpty() && record.has("f16_kv"))
        typeK = record.field("f16_kv") == QLatin1String("false") ||
                        record.field("f16_kv") == QLatin1String("0")
                    ? QStringLiteral("f32")
                    : QStringLiteral("f16");
    const QString typeV = record.field("type_v");
    if (const GgmlType *k = ggmlType(typeK)) {
        const GgmlType *v = ggmlType(typeV);
        if (v && v != k) {
            m.kv = bitsText((k->bits + v->bits) / 2);
            notes << QStringLiteral("kv %1 bits: the mean of type_k %2 and type_v %3")
                         .arg(m.kv, typeK, typeV);
        } else {
            m.kv = *k->precision ? QString::fromLatin1(k->precision) : bitsText(k->bits);
        }
    } else if (!typeK.isEmpty()) {
        notes << QStringLiteral("kv not stated: type_k \"%1\" is not a type this app knows")
                     .arg(typeK);
    }

    // GPUs: the devices the test ran on, else every GPU llama-bench saw (it splits the model
    // over all of them unless -sm none or -dev says otherwise).
    const QStringList gpus = gpuNamesOf(record.field("gpu_info"));
    const QString splitMode = record.field("split_mode").toLower();
    bool cpuOnly = record.field("n_gpu_layers") == QLatin1String("0");
    if (record.has("backends")) {
        cpuOnly = true;
        for (const QString &backend : record.field("backends").split(u',')) {
            const QString name = backend.trimmed().toUpper();
            if (name != QLatin1String("CPU") && name != QLatin1String("BLAS"))
                cpuOnly = false;
        }
        cpuOnly = cpuOnly || record.field("n_gpu_layers") == QLatin1String("0");
    }
    if (cpuOnly) {
        m.gpus = 0;
        m.hardwareName = record.field("cpu_info");
    } else {
        const QString devices = record.field("devices");
        int count = int(gpus.size());
        if (!devices.isEmpty() && devices != QLatin1String("auto") &&
            devices != QLatin1String("none"))
            count = int(devices.split(u'/', Qt::SkipEmptyParts).size());
        if (splitMode == QLatin1String("none") && count > 0)
            count = 1;
        m.gpus = std::min(count, 4096);
        QStringList distinct;
        for (const QString &name : gpus) {
            if (!distinct.contains(name))
                distinct << name;
        }
        m.hardwareName = distinct.join(QStringLiteral(", "));
        if (m.gpus > 1 &&
            (splitMode == QLatin1String("layer") || splitMode == QLatin1String("row") ||
             splitMode == QLatin1String("tensor")))
            m.split = splitMode;
    }

    // The command line names the model (a preset or a config.json): the file's names go to notes.
    if (!modelType.isEmpty())
        notes << QStringLiteral("model_type \"%1\"").arg(modelType);
    if (record.has("model_filename"))
        notes << QStringLiteral("model_filename \"%1\"").arg(record.field("model_filename"));
    if (record.has("build_commit"))
        notes << QStringLiteral("build %1%2")
                     .arg(record.field("build_commit"),
                          record.has("build_number")
                              ? QStringLiteral(" (%1)").arg(record.field("build_number"))
                              : QString());
    if (record.has("backends"))
        notes << QStringLiteral("backends %1").arg(record.field("backends"));
    if (record.has("n_gpu_layers"))
        notes << QStringLiteral("ngl %1").arg(record.field("n_gpu_layers"));
    // llama-bench leaves out what is at its default, and its default is -fa 0 (its README:
    // "-fa, --flash-attn <0|1> (default: 0)"); builds before flash attention had none.
    m.flashAttention = record.has("flash_attn") ? switchValue(record.field("flash_attn")) : false;
    if (record.has("flash_attn"))
        notes << QStringLiteral("flash_attn %1").arg(record.field("flash_attn"));
    if (record.has("stddev_ts"))
        notes << QStringLiteral("stddev %1 t/s").arg(record.field("stddev_ts"));
    m.notes = notes.join(QStringLiteral("; "));
    return m;
}

Result<MeasurementFile> measurementsOf(const QList<BenchRecord> &records, MeasurementFormat format,
                                       const QString &file)
{
    MeasurementFile out;
    out.format = format;
    for (const BenchRecord &record : records) {
        auto m = measurementOf(record, file);
        if (!m)
            return Result<MeasurementFile>::failure(m.error());
        out.rows.push_back(std::move(m.value()));
    }
    if (out.rows.isEmpty())
        return Result<MeasurementFile>::failure(fileError(
            file, 0, QStringLiteral("no llama-bench results; expected at least one test")));
    return out;
}

// -o md: a header with model, test and t/s; the separator row; one row per test.
QStringList markdownCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(u'|'))
        row = row.mid(1);
    if (row.endsWith(u'|'))
        row.chop(1);
    QStringList cells = row.split(u'|');
    for (QString &cell : cells)
        cell = cell.trimmed();
    return cells;
}

bool isBenchHeader(const QStringList &cells)
{
    return cells.contains(QStringLiteral("model")) && cells.contains(QStringLiteral("test")) &&
           cells.contains(QStringLiteral("t/s"));
}

bool isSeparatorRow(const QStringList &cells)
{
    static const QRegularExpression dashes(QStringLiteral("^:?-+:?$"));
    for (const QString &cell : cells) {
        if (!dashes.match(cell).hasMatch())
            return false;
    }
    return !cells.isEmpty();
}

} // namespace

namespace measurementreaders {

bool isLlamaBenchObject(const QJsonObject &object)
{
    return object.contains(QStringLiteral("avg_ts")) ||
           (object.contains(QStringLiteral("n_prompt")) &&
            object.contains(QStringLiteral("n_gen")));
}

bool isLlamaBenchCsvHeader(const QString &firstLine)
{
    return firstLine.contains(QStringLiteral("avg_ts")) &&
           firstLine.contains(QStringLiteral("n_prompt")) && firstLine.contains(u',');
}

bool hasLlamaBenchMarkdownTable(const QString &text)
{
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(start, end - start).trimmed();
        if (line.startsWith(u'|') && isBenchHeader(markdownCells(line)))
            return true;
        start = end + 1;
    }
    return false;
}

Result<MeasurementFile> readLlamaBenchObjects(const QList<JsonObjectAt> &objects,
                                              const QString &file)
{
    QList<BenchRecord> records;
    for (const JsonObjectAt &at : objects) {
        BenchRecord record;
        record.line = at.line;
        for (auto it = at.object.begin(); it != at.object.end(); ++it) {
            if (it->isString() || it->isDouble() || it->isBool())
                record.fields.insert(it.key(), jsonText(*it));
        }
        records.push_back(std::move(record));
    }
    return measurementsOf(records, MeasurementFormat::LlamaBenchJson, file);
}

Result<MeasurementFile> readLlamaBenchCsv(const QString &text, const QString &file)
{
    using R = Result<MeasurementFile>;
    const auto rows = parseCsv(text, file, kMaxRows + 1);
    if (!rows)
        return R::failure(rows.error());
    QStringList header;
    for (const QString &cell : rows->first().cells)
        header << cell.trimmed();
    QList<BenchRecord> records;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRecord &row = rows->at(r);
        if (row.cells.size() != header.size())
            return R::failure(fileError(file, row.line,
                                        QStringLiteral("%1 cells; expected %2, one per column of "
                                                       "the header")
                                            .arg(row.cells.size())
                                            .arg(header.size())));
        BenchRecord record;
        record.line = row.line;
        for (int i = 0; i < header.size(); ++i)
            record.fields.insert(header[i], row.cells[i]);
        records.push_back(std::move(record));
    }
    return measurementsOf(records, MeasurementFormat::LlamaBenchCsv, file);
}

Result<MeasurementFile> readLlamaBenchMarkdown(const QString &text, const QString &file)
{
    using R = Result<MeasurementFile>;
    static const QRegularExpression testPattern(
        QStringLiteral("^(?:pp(\\d+))?(\\+)?(?:tg(\\d+))?(?:@d(\\d+))?$"));
    // ggml_cuda_init's "  Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, ..." lines
    // (CUDA and ROCm), printed to stderr before the table when the log is pasted with it.
    static const QRegularExpression deviceLine(QStringLiteral("^Device (\\d+): ([^,]+),"));
    static const QHash<QString, double> bytes{{QStringLiteral("B"), 1.0},
                                              {QStringLiteral("KiB"), 1024.0},
                                              {QStringLiteral("MiB"), 1024.0 * 1024},
                                              {QStringLiteral("GiB"), 1024.0 * 1024 * 1024},
                                              {QStringLiteral("TiB"), 1024.0 * 1024 * 1024 * 1024}};
    static const QHash<QString, double> counts{{QStringLiteral("K"), 1e3},
                                               {QStringLiteral("M"), 1e6},
                                               {QStringLiteral("B"), 1e9},
                                               {QStringLiteral("T"), 1e12}};
    // Column titles of the Markdown printer (get_field_display_name) -> the JSON field names.
    static const QHash<QString, QString> fieldOfColumn{
        {QStringLiteral("model"), QStringLiteral("model_type")},
        {QStringLiteral("backend"), QStringLiteral("backends")},
        {QStringLiteral("ngl"), QStringLiteral("n_gpu_layers")},
        {QStringLiteral("sm"), QStringLiteral("split_mode")},
        {QStringLiteral("type_k"), QStringLiteral("type_k")},
        {QStringLiteral("type_v"), QStringLiteral("type_v")},
        {QStringLiteral("dev"), QStringLiteral("devices")},
        {QStringLiteral("fa"), QStringLiteral("flash_attn")},
    };

    QList<BenchRecord> records;
    QStringList devices;
    QStringList header;
    int headerLine = 0;
    bool inBenchTable = false;
    int lineNumber = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (const auto device = deviceLine.match(line); device.hasMatch()) {
            if (device.captured(1) == QLatin1String("0"))
                devices.clear();
            devices << device.captured(2).trimmed();
            continue;
        }
        if (!line.startsWith(u'|')) {
            inBenchTable = false;
            continue;
        }
        const QStringList cells = markdownCells(line);
        if (isBenchHeader(cells)) {
            header = cells;
            headerLine = lineNumber;
            inBenchTable = true;
            continue;
        }
        if (!inBenchTable || isSeparatorRow(cells))
            continue; // another table (llama-batched-bench, ...), or the header's separator
        if (cells.size() != header.size())
            return R::failure(fileError(file, lineNumber,
                                        QStringLiteral("%1 cells; expected %2, as in the table's "
                                                       "header on line %3")
                                            .arg(cells.size())
                                            .arg(header.size())
                                            .arg(headerLine)));
        if (records.size() >= kMaxRows)
            return R::failure(
                fileError(file, lineNumber,
                          QStringLiteral("more than %1 results; split the file").arg(kMaxRows)));
        BenchRecord record;
        record.line = lineNumber;
        record.fromMarkdown = true;
        // A column is printed only when it differs from llama-bench's default.
        record.fields.insert(QStringLiteral("type_k"), QStringLiteral("f16"));
        record.fields.insert(QStringLiteral("split_mode"), QStringLiteral("layer"));
        if (!devices.isEmpty())
            record.fields.insert(QStringLiteral("gpu_info"), devices.join(QStringLiteral(", ")));
        for (int i = 0; i < header.size(); ++i) {
            const QString &column = header[i];
            const QString &cell = cells[i];
            if (column == QLatin1String("test")) {
                const auto test = testPattern.match(cell.toLower().remove(u' '));
                const bool combined = test.hasMatch() && !test.captured(2).isEmpty();
                if (!test.hasMatch() ||
                    (test.captured(1).isEmpty() && test.captured(3).isEmpty()) ||
                    (combined && (test.captured(1).isEmpty() || test.captured(3).isEmpty())))
                    return R::failure(fieldError(file, lineNumber, QStringLiteral("test"), cell,
                                                 QStringLiteral("is not a llama-bench test"),
                                                 QStringLiteral("pp<N>, tg<N> or pp<N>+tg<M>, "
                                                                "optionally followed by @ d<N>")));
                record.fields.insert(QStringLiteral("n_prompt"), test.captured(1).isEmpty()
                                                                     ? QStringLiteral("0")
                                                                     : test.captured(1));
                record.fields.insert(QStringLiteral("n_gen"), test.captured(3).isEmpty()
                                                                  ? QStringLiteral("0")
                                                                  : test.captured(3));
                record.fields.insert(QStringLiteral("n_depth"), test.captured(4).isEmpty()
                                                                    ? QStringLiteral("0")
                                                                    : test.captured(4));
            } else if (column == QLatin1String("t/s")) {
                // "7340.20 ± 23.45"
                record.fields.insert(QStringLiteral("avg_ts"), cell.section(u'±', 0, 0).trimmed());
                if (cell.contains(u'±'))
                    record.fields.insert(QStringLiteral("stddev_ts"),
                                         cell.section(u'±', 1).trimmed());
            } else if (column == QLatin1String("size")) {
                if (const auto size = scaledNumber(cell, bytes))
                    record.fields.insert(QStringLiteral("model_size"), numberText(*size));
            } else if (column == QLatin1String("params")) {
                if (const auto params = scaledNumber(cell, counts))
                    record.fields.insert(QStringLiteral("model_n_params"), numberText(*params));
            } else if (fieldOfColumn.contains(column)) {
                record.fields.insert(fieldOfColumn.value(column), cell);
            }
        }
        records.push_back(std::move(record));
    }
    return measurementsOf(records, MeasurementFormat::LlamaBenchMarkdown, file);
}

} // namespace measurementreaders

} // namespace tce
