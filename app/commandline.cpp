#include "commandline.h"

#include "catalog.h"
#include "configimport.h"
#include "costreport.h"
#include "reportjson.h"
#include "scenariobuilder.h"
#include "scenariofile.h"
#include "workload.h"
#include "workloadcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>
#include <functional>

namespace tce {

namespace {

constexpr int kExitBadInput = 2;

QString usage()
{
    return commandLineUsage();
}

} // namespace

QString commandLineUsage()
{
    return QStringLiteral(
               "Usage:\n"
               "  token-cost-explorer [FILE]          start the window (FILE: a *.tce.json\n"
               "                                      scenario or a model's config.json)\n"
               "  token-cost-explorer --present [--lesson ID]   presentation mode\n"
               "  token-cost-explorer report [options]\n"
               "      prints one JSON object: FLOPs, bytes, seconds, USD (SI units)\n"
               "  token-cost-explorer export --chart NAME|all --format png|jpg|svg|pdf|csv --size "
               "WxH\n"
               "      [--dpi N] [--no-caption] [--mix NAME | --trace FILE] --out PATH [report "
               "options]\n"
               "      renders charts without a display; with --chart all, PATH is a folder\n"
               "  token-cost-explorer workload --trace FILE | --mix NAME [--largest-batch]\n"
               "      [--target-margin M] [report options] [--price-in X --price-out Y |\n"
               "      --prices LITELLM.json|PRICES.csv --price-entry ID]\n"
               "      cost, revenue and margin over a request mix (trace CSV: "
               "TIMESTAMP,ContextTokens,\n"
               "      GeneratedTokens or input_tokens,output_tokens)\n"
               "  token-cost-explorer list models|hardware|prices|engines|mixes|charts\n"
               "\n"
               "Report options (every one optional):\n"
               "  --scenario FILE            start from a saved scenario (*.tce.json)\n"
               "  --model ID|CONFIG.json     preset ID or a Hugging Face config.json\n"
               "  --hardware ID              GPU preset\n"
               "  --gpus N                   tensor-parallel GPUs serving one replica\n"
               "  --batch B                  sequences decoded together\n"
               "  --prefill-batch B          prompts prefilled together (default: --batch)\n"
               "  --input I  --output O      prompt and output lengths in tokens\n"
               "  --weights DTYPE | --weight-bits X    weight format or bits per value\n"
               "  --kv DTYPE | --kv-bits X             KV-cache format or bits per value\n"
               "  --peak-flops X             dense FLOP/s per GPU at the precision in use\n"
               "  --bandwidth X              memory bandwidth per GPU, bytes/s\n"
               "  --memory X                 memory per GPU, bytes\n"
               "  --gpu-hour-usd X           USD per GPU-hour\n"
               "  --engine ID                serving-engine profile (efficiencies, overhead)\n"
               "  --price ID                 API list price preset\n"
               "  --price-in X --price-out Y API prices, USD per 1M tokens\n"
               "  --no-kv-cache              recompute everything for every output token\n"
               "\n"
               "Numbers may be written as 989.4e12. DTYPE: %1.\n")
        .arg(precisionNames().join(QStringLiteral(", ")));
}

namespace {

struct ParsedReportOptions
{
    ScenarioChanges changes;
    QString scenarioFile;
};

// Reads the value after an option; names the option in every error.
class OptionReader
{
public:
    OptionReader(const QStringList &args)
        : m_args(args)
    {}

    bool atEnd() const { return m_index >= m_args.size(); }
    QString next() { return m_args.at(m_index++); }
    QString value(const QString &option)
    {
        if (atEnd() || m_args.at(m_index).startsWith(QLatin1String("--"))) {
            fail(QStringLiteral("%1 needs a value").arg(option));
            return {};
        }
        return m_args.at(m_index++);
    }
    std::optional<double> real(const QString &option)
    {
        const QString text = value(option);
        if (failed())
            return std::nullopt;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            fail(QStringLiteral("%1: \"%2\" is not a number").arg(option, text));
            return std::nullopt;
        }
        return v;
    }
    std::optional<int64_t> whole(const QString &option)
    {
        const auto v = real(option);
        if (!v)
            return std::nullopt;
        if (*v != std::floor(*v) || std::fabs(*v) > 9e15) {
            fail(
                QStringLiteral("%1: \"%2\" is not a whole number").arg(option).arg(*v, 0, 'g', 17));
            return std::nullopt;
        }
        return int64_t(*v);
    }
    std::optional<int> wholeInt(const QString &option)
    {
        const auto v = whole(option);
        if (!v)
            return std::nullopt;
        if (*v < INT32_MIN || *v > INT32_MAX) {
            fail(QStringLiteral("%1: %2 is out of range").arg(option).arg(*v));
            return std::nullopt;
        }
        return int(*v);
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QStringList m_args;
    qsizetype m_index = 0;
    QString m_error;
};

std::optional<Precision> readPrecision(OptionReader &r, const QString &option, bool bits)
{
    if (bits) {
        const auto v = r.real(option);
        if (!v)
            return std::nullopt;
        auto p = precisionFromBits(*v);
        if (!p)
            r.fail(QStringLiteral("%1: %2 bits per value is out of range; expected 1 to 64")
                       .arg(option)
                       .arg(*v));
        return p;
    }
    const QString name = r.value(option);
    if (r.failed())
        return std::nullopt;
    auto p = precisionByName(name);
    if (!p)
        r.fail(QStringLiteral("%1: unknown format \"%2\"; known: %3")
                   .arg(option, name, precisionNames().join(QStringLiteral(", "))));
    return p;
}

Result<ParsedReportOptions> parseReportOptions(const QStringList &args)
{
    ParsedReportOptions parsed;
    ScenarioChanges &c = parsed.changes;
    OptionReader r(args);
    while (!r.atEnd() && !r.failed()) {
        const QString option = r.next();
        if (option == QLatin1String("--scenario")) {
            parsed.scenarioFile = r.value(option);
        } else if (option == QLatin1String("--model")) {
            const QString value = r.value(option);
            if (r.failed())
                break;
            if (value.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                QFileInfo::exists(value)) {
                const auto imported = importHuggingFaceConfigFile(value);
                if (!imported)
                    r.fail(QStringLiteral("--model: %1").arg(imported.error()));
                else
                    c.model = imported->spec;
            } else {
                c.modelId = value;
            }
        } else if (option == QLatin1String("--hardware")) {
            c.hardwareId = r.value(option);
        } else if (option == QLatin1String("--engine")) {
            c.engineId = r.value(option);
        } else if (option == QLatin1String("--price")) {
            c.priceId = r.value(option);
        } else if (option == QLatin1String("--gpus")) {
            c.gpus = r.wholeInt(option);
        } else if (option == QLatin1String("--batch")) {
            c.batch = r.wholeInt(option);
        } else if (option == QLatin1String("--prefill-batch")) {
            c.prefillBatch = r.wholeInt(option);
        } else if (option == QLatin1String("--input")) {
            c.inputTokens = r.whole(option);
        } else if (option == QLatin1String("--output")) {
            c.outputTokens = r.whole(option);
        } else if (option == QLatin1String("--weights") ||
                   option == QLatin1String("--weight-bits")) {
            c.weights = readPrecision(r, option, option.endsWith(QLatin1String("bits")));
        } else if (option == QLatin1String("--kv") || option == QLatin1String("--kv-bits")) {
            c.kvCache = readPrecision(r, option, option.endsWith(QLatin1String("bits")));
        } else if (option == QLatin1String("--peak-flops")) {
            c.peakFlopsPerSecond = r.real(option);
        } else if (option == QLatin1String("--bandwidth")) {
            c.memoryBandwidthBytesPerSecond = r.real(option);
        } else if (option == QLatin1String("--memory")) {
            c.memoryBytes = r.real(option);
        } else if (option == QLatin1String("--gpu-hour-usd")) {
            c.gpuHourUsd = r.real(option);
        } else if (option == QLatin1String("--price-in")) {
            c.inputUsdPerMillion = r.real(option);
        } else if (option == QLatin1String("--price-out")) {
            c.outputUsdPerMillion = r.real(option);
        } else if (option == QLatin1String("--no-kv-cache")) {
            c.useKvCache = false;
        } else {
            r.fail(QStringLiteral("unknown option \"%1\" (see --help)").arg(option));
        }
    }
    if (r.failed())
        return Result<ParsedReportOptions>::failure(r.error());
    return parsed;
}

} // namespace

Result<Scenario> scenarioFromOptions(const QStringList &options, QStringList *warnings)
{
    const auto parsed = parseReportOptions(options);
    if (!parsed)
        return Result<Scenario>::failure(parsed.error());
    const Catalog &catalog = Catalog::builtIn();
    Scenario base = defaultScenario(catalog);
    if (!parsed->scenarioFile.isEmpty()) {
        const auto loaded = readScenarioFile(parsed->scenarioFile);
        if (!loaded)
            return Result<Scenario>::failure(QStringLiteral("--scenario: ") + loaded.error());
        if (warnings)
            *warnings << loaded->warnings;
        base = loaded->scenario;
    }
    return applyChanges(catalog, base, parsed->changes);
}

namespace {

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList warnings;
    const auto scenario = scenarioFromOptions(args, &warnings);
    for (const QString &warning : warnings)
        err << "token-cost-explorer report: warning: " << warning << "\n";
    if (!scenario) {
        err << "token-cost-explorer report: " << scenario.error() << "\n";
        return kExitBadInput;
    }
    const CostReport report = evaluate(scenario.value());
    out << QJsonDocument(reportJson(scenario.value(), report)).toJson(QJsonDocument::Indented);
    return 0;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString what = args.value(0);
    const Catalog &catalog = Catalog::builtIn();
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
        err << "token-cost-explorer list: \"" << what
            << "\" is not a list; expected models, hardware, prices, engines, mixes or charts\n";
        return kExitBadInput;
    }
    return 0;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    static const QStringList verbs{QStringLiteral("report"),   QStringLiteral("list"),
                                   QStringLiteral("workload"), QStringLiteral("help"),
                                   QStringLiteral("--help"),   QStringLiteral("-h"),
                                   QStringLiteral("--version")};
    return !arguments.isEmpty() && verbs.contains(arguments.first());
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("report")) {
        if (rest.contains(QStringLiteral("--help"))) {
            out << usage();
            return 0;
        }
        return runReport(rest, out, err);
    }
    if (verb == QLatin1String("list"))
        return runList(rest, out, err);
    if (verb == QLatin1String("workload"))
        return runWorkloadCommand(rest, out, err);
    if (verb == QLatin1String("--version")) {
        out << "token-cost-explorer " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (verb == QLatin1String("help") || verb == QLatin1String("--help") ||
        verb == QLatin1String("-h")) {
        out << usage();
        return 0;
    }
    err << "token-cost-explorer: unknown command \"" << verb << "\"\n" << usage();
    return kExitBadInput;
}

} // namespace tce
