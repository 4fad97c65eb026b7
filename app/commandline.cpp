#include "commandline.h"

#include "calibratecommand.h"
#include "catalog.h"
#include "configimport.h"
#include "evaluation.h"
#include "optionreader.h"
#include "reportjson.h"
#include "scenariofile.h"
#include "servecommand.h"
#include "userprofiles.h"
#include "workloadcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace tce {

namespace {

// The engine profile with no losses: cost-model.md's worked checks assume it.
const QString kIdealEngineId = QStringLiteral("roofline");

Status setPrecision(std::optional<Precision> &target, const QString &name)
{
    target = precisionByName(name);
    if (!target)
        return Status::failure(QStringLiteral("\"%1\" is not one of %2")
                                   .arg(name, precisionNames().join(QStringLiteral(", "))));
    return {};
}

// A format by its name (--weights bf16) or by its width (--weight-bits 4.85).
void addPrecisionOptions(OptionReader &reader, const QString &name, const QString &bitsName,
                         const QString &what, std::optional<Precision> &target)
{
    reader.add(Option::text(name, QStringLiteral("DTYPE"), what + QStringLiteral(" format"),
                            [&target](const QString &v) { return setPrecision(target, v); }));
    reader.add(Option::real(bitsName, QStringLiteral("X"),
                            QStringLiteral("bits per %1 value, any width (4.85)").arg(what),
                            [&target](double bits) {
                                target = precisionFromBits(bits);
                                return Status();
                            })
                   .within(1, 64, QStringLiteral("bits per value")));
}

// Prompt caching, reasoning tokens, speculative decoding and energy (cost-model.md s. 8).
void addRequestFeatureOptions(OptionReader &reader, ScenarioChanges &c)
{
    reader.add(Option::text(
        QStringLiteral("--cached-prefix"), QStringLiteral("TOKENS|FRACTION"),
        QStringLiteral("prompt prefix read from the prompt cache: a token "
                       "count (1024) or a share of the prompt (0.5)"),
        [&c](const QString &value) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number))
                return Status::failure(QStringLiteral("\"%1\" is neither a token count nor a "
                                                      "share of the prompt")
                                           .arg(value));
            // A share is written with a point or an exponent (0.5, 5e-1);
            // a whole number above 1 is a count however written (1e3).
            const bool share = value.contains(QLatin1Char('.')) ||
                               value.contains(QLatin1Char('e'), Qt::CaseInsensitive);
            if (share && !(number > 1 && number == std::floor(number)))
                c.cachedPrefixShare = number;
            else if (std::fabs(number) > double(kMaxTokens))
                return Status::failure(QStringLiteral("cached prefix is %1 tokens; expected 0 "
                                                      "to %2")
                                           .arg(value)
                                           .arg(kMaxTokens));
            else
                c.cachedPrefixTokens = std::llround(number);
            return Status();
        }));
    reader.add(Option::real(QStringLiteral("--cache-hit-rate"), QStringLiteral("X"),
                            QStringLiteral("under load (serve, serving charts): the share of "
                                           "requests that find the prefix cached; default 1"),
                            [&c](double v) {
                                c.cacheHitRate = v;
                                return Status();
                            }));
    reader.add(Option::flag(QStringLiteral("--cache-write"),
                            QStringLiteral("this request writes the prefix to the cache (a miss: "
                                           "prefilled in full, billed at the write price)"),
                            [&c] { c.writesCache = true; }));
    reader.add(Option::flag(QStringLiteral("--cache-write-1h"),
                            QStringLiteral("as --cache-write, kept for an hour: billed at the "
                                           "1-hour write price (Anthropic: 2x input)"),
                            [&c] { c.oneHourWrite = true; }));
    reader.add(Option::real(QStringLiteral("--price-cache-read"), QStringLiteral("X"),
                            QStringLiteral("API price of a cached prompt token, USD per 1M"),
                            [&c](double v) {
                                c.cacheReadUsdPerMillion = v;
                                return Status();
                            }));
    reader.add(Option::real(QStringLiteral("--price-cache-write"), QStringLiteral("X"),
                            QStringLiteral("API price of a prompt token written to the cache, USD "
                                           "per 1M"),
                            [&c](double v) {
                                c.cacheWriteUsdPerMillion = v;
                                return Status();
                            }));
    reader.add(Option::real(QStringLiteral("--price-cache-write-1h"), QStringLiteral("X"),
                            QStringLiteral("API price of a prompt token written to the cache for "
                                           "an hour, USD per 1M"),
                            [&c](double v) {
                                c.cacheWrite1hUsdPerMillion = v;
                                return Status();
                            }));
    reader.add(Option::whole(QStringLiteral("--reasoning"), QStringLiteral("TOKENS"),
                             QStringLiteral("hidden reasoning tokens before the visible output "
                                            "(decoded and billed as output)"),
                             [&c](int64_t v) { c.reasoningTokens = v; })
                   .within(0, kMaxTokens, QStringLiteral("reasoning tokens")));
    reader.add(Option::text(QStringLiteral("--speculative"), QStringLiteral("DRAFT_MODEL|head"),
                            QStringLiteral("speculative decoding with a draft model preset (list "
                                           "models) or a draft head (EAGLE-like)"),
                            [&c](const QString &v) {
                                c.speculativeDraft = v;
                                return Status();
                            }));
    reader.add(Option::integer(QStringLiteral("--draft-tokens"), QStringLiteral("K"),
                               QStringLiteral("tokens the draft proposes per run (default 4)"),
                               [&c](int v) { c.draftTokens = v; }));
    reader.add(Option::real(QStringLiteral("--acceptance"), QStringLiteral("A"),
                            QStringLiteral("share of draft tokens the target accepts, 0 to below "
                                           "1 (default 0.7)"),
                            [&c](double v) {
                                c.acceptance = v;
                                return Status();
                            }));
    reader.add(Option::real(QStringLiteral("--grid-g-per-kwh"), QStringLiteral("X"),
                            QStringLiteral("grid carbon intensity, gCO2 per kWh (default 480, the "
                                           "world's 2023 average)"),
                            [&c](double v) {
                                c.gridGramsCo2PerKwh = v;
                                return Status();
                            }));
}

// Where every command starts, said with the values it has.
QString defaultScenarioNote()
{
    const Scenario s = defaultServingScenario(installedCatalog());
    return QStringLiteral("Without options, a command evaluates the window's default scenario: "
                          "%1 in %2 on %3 %4, batch %5, served by %6 (--engine %7), %8 input "
                          "and %9 output tokens. --batch 1 --engine %10 gives the ideal roofline "
                          "of the cost model's worked checks.")
        .arg(s.model.name, s.weights.name)
        .arg(s.serving.gpus)
        .arg(s.hardware.name)
        .arg(s.serving.batch)
        .arg(s.serving.engine.name, s.serving.engine.id)
        .arg(s.inputTokens)
        .arg(s.outputTokens)
        .arg(kIdealEngineId);
}

OptionReader reportReader(ScenarioOptions &options)
{
    OptionReader reader(QStringLiteral("report"), QStringLiteral("[options]"),
                        commandSummary(QStringLiteral("report")));
    addScenarioOptions(reader, options);
    return reader;
}

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ScenarioOptions options;
    const OptionReader reader = reportReader(options);
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;
    const auto scenario = scenarioFromOptions(options, reader, err);
    if (!scenario)
        return reader.fail(err, scenario.error());
    const auto evaluation = Evaluation::build(scenario.value(), {}, installedCatalog());
    out << QJsonDocument(reportJson(*evaluation)).toJson(QJsonDocument::Indented);
    return 0;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    static const QStringList lists{QStringLiteral("models"), QStringLiteral("hardware"),
                                   QStringLiteral("prices"), QStringLiteral("engines"),
                                   QStringLiteral("mixes"),  QStringLiteral("charts")};
    QString what;
    OptionReader reader(QStringLiteral("list"), lists.join(QLatin1Char('|')),
                        commandSummary(QStringLiteral("list")));
    reader.addSection(QStringLiteral("Argument:"));
    reader.add(Option::choice(QStringLiteral("list"), QStringLiteral("LIST"),
                              QStringLiteral("what to list"), lists,
                              [&](const QString &v) { what = v; }));
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;
    const Catalog &catalog = installedCatalog();
    auto row = [&](const QString &id, const QString &description) {
        out << id.leftJustified(28) << ' ' << description << "\n";
    };
    if (what == QLatin1String("models")) {
        for (const ModelSpec &m : catalog.models)
            row(m.id, m.name);
    } else if (what == QLatin1String("hardware")) {
        for (const HardwareSpec &h : catalog.hardware)
            row(h.id, h.name);
    } else if (what == QLatin1String("prices")) {
        for (const ApiPrice &p : catalog.prices)
            row(p.id, QStringLiteral("%1 (%2): $%3 in / $%4 out per 1M")
                          .arg(p.name, p.date)
                          .arg(p.inputUsdPerMillion)
                          .arg(p.outputUsdPerMillion));
    } else if (what == QLatin1String("engines")) {
        for (const EngineProfile &e : catalog.engines)
            row(e.id, e.name);
    } else if (what == QLatin1String("mixes")) {
        for (const WorkloadMix &m : catalog.mixes)
            row(m.id, m.name);
    } else {
        // The program lists the charts itself (runChartCommand): their titles need the widgets
        // this library does not link.
        return reader.fail(err, QStringLiteral("charts are listed by the program itself"),
                           kExitFailed);
    }
    return 0;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandInfo &c : commands())
        names << c.name;
    return names;
}

} // namespace

QList<CommandInfo> commands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("Prints one scenario's FLOPs, bytes, seconds and USD as JSON (SI units).")},
        {QStringLiteral("workload"),
         QStringLiteral("Prints cost, revenue and margin over a request mix or trace as JSON.")},
        {QStringLiteral("serve"),
         QStringLiteral("Simulates one serving replica under load (continuous batching) and "
                        "prints latency, throughput and cost per token as JSON.")},
        {QStringLiteral("calibrate"),
         QStringLiteral("Fits an engine profile to your own benchmark results and prints the "
                        "error before, after and cross-validated as JSON.")},
        {QStringLiteral("export"),
         QStringLiteral("Renders charts to PNG, JPEG, SVG, PDF or CSV files without a display.")},
        {QStringLiteral("export-lesson"),
         QStringLiteral("Renders a lesson's steps as slides (a PDF, or PNG or SVG files) or as a "
                        "handout without a display.")},
        {QStringLiteral("list"), QStringLiteral("Prints the ids that options accept.")},
        {QStringLiteral("help"), QStringLiteral("Prints this text.")},
    };
}

QString commandSummary(const QString &name)
{
    for (const CommandInfo &c : commands()) {
        if (c.name == name)
            return c.summary;
    }
    return {};
}

void addScenarioOptions(OptionReader &reader, ScenarioOptions &options)
{
    ScenarioChanges &c = options.changes;
    // Stores the value; the Status fits the setters that may fail.
    auto set = [](auto &target) {
        return [&target](const auto &value) {
            target = value;
            return Status();
        };
    };
    reader.addSection(QStringLiteral("Report options (every one optional):"));
    reader.add(Option::path(QStringLiteral("--scenario"), QStringLiteral("FILE"),
                            QStringLiteral("start from a saved scenario (*.tce.json)"),
                            set(options.scenarioFile)));
    reader.add(Option::text(QStringLiteral("--model"), QStringLiteral("ID|CONFIG.json"),
                            QStringLiteral("preset ID (list models) or a Hugging Face config.json"),
                            [&c](const QString &value) {
                                if (!value.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
                                    !QFileInfo::exists(value)) {
                                    c.modelId = value;
                                    return Status();
                                }
                                const auto imported = importHuggingFaceConfigFile(value);
                                if (!imported)
                                    return Status::failure(imported.error());
                                c.model = imported->spec;
                                return Status();
                            }));
    reader.add(Option::text(QStringLiteral("--hardware"), QStringLiteral("ID"),
                            QStringLiteral("GPU preset (list hardware)"), set(c.hardwareId)));
    reader.add(Option::integer(QStringLiteral("--gpus"), QStringLiteral("N"),
                               QStringLiteral("tensor-parallel GPUs serving one replica"),
                               set(c.gpus))
                   .within(1, kMaxGpus, QStringLiteral("GPUs")));
    reader.add(Option::integer(QStringLiteral("--batch"), QStringLiteral("B"),
                               QStringLiteral("sequences decoded together"), set(c.batch))
                   .within(1, kMaxBatch, QStringLiteral("sequences")));
    reader.add(Option::integer(QStringLiteral("--prefill-batch"), QStringLiteral("B"),
                               QStringLiteral("prompts prefilled together (0: --batch)"),
                               set(c.prefillBatch))
                   .within(0, kMaxBatch, QStringLiteral("prompts")));
    reader.add(Option::whole(QStringLiteral("--input"), QStringLiteral("I"),
                             QStringLiteral("prompt length in tokens"), set(c.inputTokens))
                   .within(1, kMaxTokens, QStringLiteral("input tokens")));
    reader.add(Option::whole(QStringLiteral("--output"), QStringLiteral("O"),
                             QStringLiteral("output length in tokens"), set(c.outputTokens))
                   .within(1, kMaxTokens, QStringLiteral("output tokens")));
    addPrecisionOptions(reader, QStringLiteral("--weights"), QStringLiteral("--weight-bits"),
                        QStringLiteral("weight"), c.weights);
    addPrecisionOptions(reader, QStringLiteral("--kv"), QStringLiteral("--kv-bits"),
                        QStringLiteral("KV-cache"), c.kvCache);
    reader.add(Option::real(QStringLiteral("--peak-flops"), QStringLiteral("X"),
                            QStringLiteral("dense FLOP/s per GPU at the precision in use"),
                            set(c.peakFlopsPerSecond)));
    reader.add(Option::real(QStringLiteral("--bandwidth"), QStringLiteral("X"),
                            QStringLiteral("memory bandwidth per GPU, bytes/s"),
                            set(c.memoryBandwidthBytesPerSecond)));
    reader.add(Option::real(QStringLiteral("--memory"), QStringLiteral("X"),
                            QStringLiteral("memory per GPU, bytes"), set(c.memoryBytes)));
    reader.add(Option::real(QStringLiteral("--gpu-hour-usd"), QStringLiteral("X"),
                            QStringLiteral("USD per GPU-hour"), set(c.gpuHourUsd)));
    reader.add(Option::text(QStringLiteral("--engine"), QStringLiteral("ID"),
                            QStringLiteral("serving-engine profile: efficiencies, overhead "
                                           "(list engines)"),
                            set(c.engineId)));
    reader.add(
        Option::choice(QStringLiteral("--flash-attention"), QStringLiteral("on|off"),
                       QStringLiteral("attention in one kernel; off (llama.cpp -fa 0): the "
                                      "scores go through memory"),
                       {QStringLiteral("on"), QStringLiteral("off")},
                       [&c](const QString &v) { c.flashAttention = v == QLatin1String("on"); }));
    reader.add(Option::text(QStringLiteral("--price"), QStringLiteral("ID"),
                            QStringLiteral("API list price preset (list prices)"), set(c.priceId)));
    reader.add(Option::real(QStringLiteral("--price-in"), QStringLiteral("X"),
                            QStringLiteral("API input price, USD per 1M tokens"),
                            set(c.inputUsdPerMillion)));
    reader.add(Option::real(QStringLiteral("--price-out"), QStringLiteral("Y"),
                            QStringLiteral("API output price, USD per 1M tokens"),
                            set(c.outputUsdPerMillion)));
    reader.add(Option::flag(QStringLiteral("--no-kv-cache"),
                            QStringLiteral("recompute everything for every output token"),
                            [&c] { c.useKvCache = false; }));
    addRequestFeatureOptions(reader, c);
    reader.addNote(QStringLiteral("Numbers may be written as 989.4e12. DTYPE: %1.")
                       .arg(precisionNames().join(QStringLiteral(", "))));
    reader.addNote(defaultScenarioNote());
}

Result<Scenario> scenarioFromOptions(const ScenarioOptions &options, const OptionReader &reader,
                                     QTextStream &err)
{
    const Catalog &catalog = installedCatalog();
    Scenario base = defaultServingScenario(catalog);
    if (!options.scenarioFile.isEmpty()) {
        const auto loaded = readScenarioFile(options.scenarioFile);
        if (!loaded)
            return Result<Scenario>::failure(QStringLiteral("--scenario: ") + loaded.error());
        for (const QString &warning : loaded->warnings)
            reader.warn(err, warning);
        base = loaded->scenario;
    }
    return applyChanges(catalog, base, options.changes);
}

QString commandLineUsage()
{
    QString text = QStringLiteral(
        "Usage:\n"
        "  token-cost-explorer [FILE]          start the window (FILE: a *.tce.json scenario or a\n"
        "                                      model's config.json)\n"
        "  token-cost-explorer --present [--lesson ID]   presentation mode\n"
        "  token-cost-explorer --presenter [--lesson ID] presentation mode with the presenter\n"
        "                                      view (notes, next step, clock)\n");
    for (const CommandInfo &c : commands())
        text += QStringLiteral("  token-cost-explorer %1\n      %2\n").arg(c.name, c.summary);
    text += QStringLiteral("  token-cost-explorer COMMAND --help   the options COMMAND accepts\n"
                           "  token-cost-explorer --version\n\n");
    // The report options are every scenario command's; their usage is the report's.
    ScenarioOptions unused;
    const QString report = reportReader(unused).usage();
    return text + report.mid(report.indexOf(QStringLiteral("\n\n")) + 2);
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version"))
        return true;
    if (first.startsWith(QLatin1Char('-')))
        return false; // the window's options
    return commandNames().contains(first) || !QFileInfo::exists(first);
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Commands write for scripts and logs: the same text in every locale, with the thousands
    // separators that make 100,000,000 readable in a sentence.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    QLocale::setDefault(c);

    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("report"))
        return runReport(rest, out, err);
    if (verb == QLatin1String("list"))
        return runList(rest, out, err);
    if (verb == QLatin1String("workload"))
        return runWorkloadCommand(rest, out, err);
    if (verb == QLatin1String("serve"))
        return runServeCommand(rest, out, err);
    if (verb == QLatin1String("calibrate"))
        return runCalibrateCommand(rest, out, err);
    if (verb == QLatin1String("--version")) {
        out << "token-cost-explorer " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (verb == QLatin1String("help") || verb == QLatin1String("--help") ||
        verb == QLatin1String("-h")) {
        out << commandLineUsage();
        return 0;
    }
    if (verb == QLatin1String("export") || verb == QLatin1String("export-lesson")) {
        // The program runs it (runChartCommand): charts need the widgets this library lacks.
        err << "token-cost-explorer " << verb << ": charts are rendered by the program itself\n";
        return kExitFailed;
    }
    err << "token-cost-explorer: \"" << verb
        << "\" is neither a command nor an existing file; commands: "
        << commandNames().join(QStringLiteral(", ")) << " (see --help)\n";
    return kExitBadInput;
}

} // namespace tce
