#include "exportcommand.h"

#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "chartview.h"
#include "commandline.h"
#include "costreport.h"
#include "evaluation.h"
#include "workload.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

namespace tce {

namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitFailed = 1;

struct ExportRequest
{
    QStringList charts;
    ExportOptions options;
    bool dpiGiven = false;
    QString out;
    QString mix = QStringLiteral("chat"); // the workload of the margin charts
    QString trace;
    QStringList scenarioOptions;
};

Result<ExportRequest> parseExportOptions(const QStringList &args)
{
    using R = Result<ExportRequest>;
    ExportRequest request;
    QString chart;
    bool formatGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &option = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                return std::nullopt;
            return args.at(++i);
        };
        if (option == QLatin1String("--chart") || option == QLatin1String("--format") ||
            option == QLatin1String("--size") || option == QLatin1String("--dpi") ||
            option == QLatin1String("--out")) {
            const auto v = value();
            if (!v)
                return R::failure(QStringLiteral("%1 needs a value").arg(option));
            if (option == QLatin1String("--chart")) {
                chart = *v;
            } else if (option == QLatin1String("--mix")) {
                request.mix = *v;
            } else if (option == QLatin1String("--trace")) {
                request.trace = *v;
            } else if (option == QLatin1String("--format")) {
                const auto format = exportFormatFromName(*v);
                if (!format)
                    return R::failure(
                        QStringLiteral("--format: \"%1\" is not a format; expected %2")
                            .arg(*v, exportFormatNames().join(QStringLiteral(", "))));
                request.options.format = *format;
                formatGiven = true;
            } else if (option == QLatin1String("--size")) {
                const auto match =
                    QRegularExpression(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$")).match(*v);
                bool preset = false;
                for (const SizePreset &p : sizePresets()) {
                    if (p.name.compare(*v, Qt::CaseInsensitive) == 0 && !p.pixelSize.isEmpty()) {
                        request.options.pixelSize = p.pixelSize;
                        if (!request.dpiGiven)
                            request.options.dpi = p.dpi;
                        preset = true;
                    }
                }
                if (!preset && !match.hasMatch())
                    return R::failure(
                        QStringLiteral("--size: \"%1\" is not WIDTHxHEIGHT (like 1920x1080) "
                                       "or a preset (1920x1080, 1280x720, A4, Letter)")
                            .arg(*v));
                if (!preset)
                    request.options.pixelSize =
                        QSize(match.captured(1).toInt(), match.captured(2).toInt());
            } else if (option == QLatin1String("--dpi")) {
                bool ok = false;
                const double dpi = v->toDouble(&ok);
                if (!ok || dpi < 24 || dpi > 2400)
                    return R::failure(
                        QStringLiteral("--dpi: \"%1\" is not a number from 24 to 2400").arg(*v));
                request.options.dpi = dpi;
                request.dpiGiven = true;
            } else {
                request.out = *v;
            }
        } else if (option == QLatin1String("--no-caption")) {
            request.options.caption = false;
        } else {
            request.scenarioOptions << option;
        }
    }
    if (chart.isEmpty())
        return R::failure(QStringLiteral("--chart is missing; expected all or one of %1")
                              .arg(chartIds().join(QStringLiteral(", "))));
    if (chart == QLatin1String("all")) {
        request.charts = chartIds();
    } else if (chartIds().contains(chart)) {
        request.charts = {chart};
    } else {
        return R::failure(
            QStringLiteral("--chart: \"%1\" is not a chart; expected all or one of %2")
                .arg(chart, chartIds().join(QStringLiteral(", "))));
    }
    if (!formatGiven)
        return R::failure(QStringLiteral("--format is missing; expected %1")
                              .arg(exportFormatNames().join(QStringLiteral(", "))));
    if (request.out.isEmpty())
        return R::failure(QStringLiteral("--out is missing"));
    if (!request.dpiGiven && request.options.pixelSize == QSize(1920, 1080))
        request.options.dpi = defaultDpiFor(request.options.pixelSize);
    return request;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto request = parseExportOptions(args);
    if (!request) {
        err << "token-cost-explorer export: " << request.error() << "\n";
        return kExitBadInput;
    }
    QStringList warnings;
    const auto scenario = scenarioFromOptions(request->scenarioOptions, &warnings);
    for (const QString &warning : warnings)
        err << "token-cost-explorer export: warning: " << warning << "\n";
    if (!scenario) {
        err << "token-cost-explorer export: " << scenario.error() << "\n";
        return kExitBadInput;
    }
    WorkloadSettings workload;
    if (!request->trace.isEmpty()) {
        const auto trace = importTraceCsv(request->trace);
        if (!trace) {
            err << "token-cost-explorer export: --trace: " << trace.error() << "\n";
            return kExitBadInput;
        }
        workload.workload = std::make_shared<const Workload>(trace.value());
    } else if (const WorkloadMix *mix = Catalog::builtIn().findMix(request->mix)) {
        workload.workload = std::make_shared<const Workload>(sampleMix(*mix));
    } else {
        err << "token-cost-explorer export: --mix: unknown mix \"" << request->mix << "\"\n";
        return kExitBadInput;
    }

    const auto evaluation = Evaluation::build(scenario.value(), workload, Catalog::builtIn());

    // One chart: --out is the file. All charts: --out is a folder, one file per chart.
    const bool many = request->charts.size() > 1;
    if (many && !QDir().mkpath(request->out)) {
        err << "token-cost-explorer export: --out: cannot create the folder " << request->out
            << "\n";
        return kExitFailed;
    }
    const QString suffix = exportFormatName(request->options.format);
    for (const QString &id : request->charts) {
        std::unique_ptr<ChartView> chart = createChart(id);
        chart->resize(request->options.pixelSize * (96.0 / request->options.dpi));
        chart->setEvaluation(evaluation);
        const QString path =
            many ? QDir(request->out).filePath(id + QLatin1Char('.') + suffix) : request->out;
        const QString error = exportChart(*chart, request->options, path);
        if (!error.isEmpty()) {
            err << "token-cost-explorer export: " << error << "\n";
            return kExitFailed;
        }
        out << QFileInfo(path).absoluteFilePath() << "\n";
    }
    return 0;
}

} // namespace

bool isChartCommand(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("export") ||
           (arguments.value(0) == QLatin1String("list") &&
            arguments.value(1) == QLatin1String("charts"));
}

int runChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == QLatin1String("list")) {
        for (const QString &id : chartIds()) {
            const std::unique_ptr<ChartView> chart = createChart(id);
            out << id.leftJustified(28) << ' ' << chart->title() << "\n";
        }
        return 0;
    }
    if (arguments.contains(QStringLiteral("--help"))) {
        out << commandLineUsage();
        return 0;
    }
    return runExport(arguments.mid(1), out, err);
}

} // namespace tce
