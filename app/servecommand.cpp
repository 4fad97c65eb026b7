#include "servecommand.h"

#include "commandline.h"
#include "optionreader.h"
#include "servingjson.h"
#include "servingsimulator.h"
#include "servingsnapshot.h"
#include "servingsweep.h"
#include "workloadcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace tce {

namespace {

struct ServeOptions
{
    std::optional<int> concurrency;
    std::optional<double> rate;
    std::optional<int> requests;
    std::optional<int64_t> seed;
    std::optional<double> timeScale;
    std::optional<double> sloTtft;
    std::optional<double> sloItl;
    std::optional<int> maxSeqs;
    std::optional<int> maxBatchedTokens;
    std::optional<int> blockSize;
    std::optional<ServingSweep> sweep;
};

// "concurrency:1,5,25" or "rate:0.5,1,2".
Status parseSweep(const QString &text, std::optional<ServingSweep> &target)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString axis = text.left(colon);
    ServingSweep sweep;
    if (axis == QLatin1String("concurrency"))
        sweep.axis = SweepAxis::Concurrency;
    else if (axis == QLatin1String("rate"))
        sweep.axis = SweepAxis::Rate;
    else
        return Status::failure(QStringLiteral("\"%1\": expected concurrency:N,N,... or "
                                              "rate:R,R,...")
                                   .arg(text));
    for (const QString &item : text.mid(colon + 1).split(QLatin1Char(','))) {
        bool ok = false;
        const double v = item.trimmed().toDouble(&ok);
        const bool whole = sweep.axis == SweepAxis::Rate || v == std::floor(v);
        const double highest =
            sweep.axis == SweepAxis::Rate ? kMaxRequestsPerSecond : double(kMaxServingConcurrency);
        if (!ok || !(v > 0) || v > highest || !whole)
            return Status::failure(
                QStringLiteral("\"%1\" in \"%2\" is not a %3 above 0, at most %4")
                    .arg(item, text,
                         sweep.axis == SweepAxis::Rate ? QStringLiteral("rate")
                                                       : QStringLiteral("whole concurrency"))
                    .arg(highest));
        sweep.values.push_back(v);
    }
    target = sweep;
    return {};
}

void addServeOptions(OptionReader &reader, ServeOptions &o)
{
    auto set = [](auto &target) {
        return [&target](auto value) {
            target = value;
        };
    };
    reader.addSection(QStringLiteral("Load (one of; default: the scenario's, else 16 clients):"));
    reader.add(Option::integer(QStringLiteral("--concurrency"), QStringLiteral("N"),
                               QStringLiteral("closed loop: N clients, each sends its next "
                                              "request when the last ends (N = --requests: "
                                              "all queued at once, an offline run)"),
                               set(o.concurrency))
                   .within(1, kMaxServingConcurrency, QStringLiteral("clients")));
    reader.add(Option::real(QStringLiteral("--rate"), QStringLiteral("R"),
                            QStringLiteral("open loop: Poisson arrivals, R requests per second"),
                            [&o](double r) {
                                o.rate = r;
                                return Status();
                            })
                   .within(1e-9, kMaxRequestsPerSecond, QStringLiteral("requests per second")));
    reader.add(Option::real(QStringLiteral("--time-scale"), QStringLiteral("X"),
                            QStringLiteral("with --trace alone: replay X times faster"),
                            [&o](double x) {
                                o.timeScale = x;
                                return Status();
                            })
                   .within(1e-9, 1e9));
    reader.add(Option::integer(QStringLiteral("--requests"), QStringLiteral("M"),
                               QStringLiteral("requests to simulate (default 1000; a trace: all "
                                              "of its rows)"),
                               set(o.requests))
                   .within(1, kMaxServingRequests, QStringLiteral("requests")));
    reader.add(Option::whole(QStringLiteral("--seed"), QStringLiteral("S"),
                             QStringLiteral("random seed of arrivals and length order"),
                             set(o.seed))
                   .within(0, double(kMaxSeed)));
    reader.add(Option::text(QStringLiteral("--sweep"), QStringLiteral("AXIS:V,V,..."),
                            QStringLiteral("one run per value, printed as a JSON array: "
                                           "concurrency:1,5,25,50,100 or rate:1,2,4 (without "
                                           "--requests, ten waves of clients per concurrency, "
                                           "200 to 4000 requests)"),
                            [&o](const QString &text) { return parseSweep(text, o.sweep); }));
    reader.addSection(QStringLiteral("Latency targets:"));
    reader.add(Option::real(QStringLiteral("--slo-ttft"), QStringLiteral("SECONDS"),
                            QStringLiteral("time-to-first-token target"),
                            [&o](double v) {
                                o.sloTtft = v;
                                return Status();
                            })
                   .within(1e-6, kMaxSloSeconds, QStringLiteral("seconds")));
    reader.add(Option::real(QStringLiteral("--slo-itl"), QStringLiteral("SECONDS"),
                            QStringLiteral("inter-token latency target (each request's mean)"),
                            [&o](double v) {
                                o.sloItl = v;
                                return Status();
                            })
                   .within(1e-6, kMaxSloSeconds, QStringLiteral("seconds")));
    reader.addSection(QStringLiteral("Scheduler (default: the engine profile's):"));
    reader.add(Option::integer(QStringLiteral("--max-seqs"), QStringLiteral("N"),
                               QStringLiteral("running sequences at most (max_num_seqs)"),
                               set(o.maxSeqs))
                   .within(1, kMaxSchedulerLimit, QStringLiteral("sequences")));
    reader.add(Option::integer(QStringLiteral("--max-batched-tokens"), QStringLiteral("T"),
                               QStringLiteral("tokens per run at most (max_num_batched_tokens)"),
                               set(o.maxBatchedTokens))
                   .within(1, kMaxSchedulerLimit, QStringLiteral("tokens")));
    reader.add(Option::integer(QStringLiteral("--block-size"), QStringLiteral("B"),
                               QStringLiteral("tokens per KV-cache block"), set(o.blockSize))
                   .within(1, kMaxKvBlockTokens, QStringLiteral("tokens")));
}

// The scenario's load with the options on top.
Result<ServingLoad> loadFromOptions(ServingLoad load, const ServeOptions &o, bool hasTrace)
{
    using R = Result<ServingLoad>;
    if (o.concurrency && o.rate)
        return R::failure(QStringLiteral("give either --concurrency or --rate, not both"));
    if (o.timeScale && (!hasTrace || o.concurrency || o.rate))
        return R::failure(QStringLiteral("--time-scale replays a --trace at its timestamps; "
                                         "it goes with --trace alone"));
    if (o.concurrency) {
        load.mode = LoadMode::Concurrency;
        load.concurrency = *o.concurrency;
    } else if (o.rate) {
        load.mode = LoadMode::Rate;
        load.requestsPerSecond = *o.rate;
    } else if (hasTrace) {
        load.mode = LoadMode::Trace;
    } else if (load.mode == LoadMode::Trace) {
        return R::failure(QStringLiteral("the scenario replays a trace: give --trace FILE"));
    }
    if (o.requests)
        load.requests = *o.requests;
    else if (load.mode == LoadMode::Trace)
        load.requests = kMaxServingRequests; // every row
    if (o.seed)
        load.seed = uint64_t(*o.seed);
    if (o.timeScale)
        load.timeScale = *o.timeScale;
    if (o.sloTtft)
        load.sloTtftSeconds = *o.sloTtft;
    if (o.sloItl)
        load.sloItlSeconds = *o.sloItl;
    return load;
}

} // namespace

int runServeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ServeOptions options;
    WorkloadSource source;
    ScenarioOptions scenarioOptions;
    OptionReader reader(
        QStringLiteral("serve"),
        QStringLiteral("[--concurrency N | --rate R | --trace FILE [--time-scale X]] [options]"),
        commandSummary(QStringLiteral("serve")));
    addServeOptions(reader, options);
    reader.addSection(QStringLiteral("Request lengths (default: --input and --output):"));
    addWorkloadSourceOptions(reader, source);
    addScenarioOptions(reader, scenarioOptions);
    reader.addNote(QStringLiteral(
        "Statistics leave out the first and the last 10% of requests (warm-up and drain); an "
        "offline run keeps all. With --rate and a latency target the output adds a capacity "
        "plan: the replicas that serve the rate with 90% of requests within the targets."));
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;

    const auto scenario = scenarioFromOptions(scenarioOptions, reader, err);
    if (!scenario)
        return reader.fail(err, scenario.error());
    Scenario s = scenario.value();
    EngineProfile &engine = s.serving.engine;
    engine.maxRunningSequences = options.maxSeqs.value_or(engine.maxRunningSequences);
    engine.maxBatchedTokens = options.maxBatchedTokens.value_or(engine.maxBatchedTokens);
    engine.kvBlockTokens = options.blockSize.value_or(engine.kvBlockTokens);

    const bool hasTrace = !source.trace.isEmpty();
    const auto load = loadFromOptions(s.load, options, hasTrace);
    if (!load)
        return reader.fail(err, load.error());
    Result<Workload> lengths = scenarioLengths(s);
    if (hasTrace || !source.mix.isEmpty())
        lengths = loadWorkload(source);
    if (!lengths)
        return reader.fail(err, lengths.error());

    if (options.sweep) {
        ServingSweep sweep = *options.sweep;
        sweep.requestsPerPoint = !options.requests;
        const auto results = sweepServing(s, load.value(), lengths.value(), sweep);
        if (!results)
            return reader.fail(err, results.error());
        QJsonArray array;
        for (const ServingResult &r : results.value())
            array.append(servingResultJson(r));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto result = simulateServing(s, load.value(), lengths.value());
    if (!result)
        return reader.fail(err, result.error());
    QJsonObject json = servingResultJson(result.value());
    if (load->hasSlo() && load->mode != LoadMode::Concurrency) {
        const auto plan = planCapacity(s, load.value(), lengths.value());
        if (!plan)
            return reader.fail(err, plan.error());
        json.insert(QStringLiteral("plan"), capacityPlanJson(plan.value()));
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tce
