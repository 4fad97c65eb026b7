#include "exportcommand.h"

#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "chartview.h"
#include "commandline.h"
#include "evaluation.h"
#include "exportlessoncommand.h"
#include "optionreader.h"
#include "workloadcommand.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>
#include <optional>

namespace tce {

namespace {

struct ExportRequest
{
    QString chart;
    std::optional<ExportFormat> format;
    ExportOptions options;
    std::optional<double> dpi;       // --dpi
    std::optional<double> presetDpi; // a --size preset's
    QString out;
    QString metric; // --metric: the charts that have metrics show this one
    WorkloadSource workload;
    ScenarioOptions scenario;
};

QStringList sizePresetNames()
{
    QStringList names;
    for (const SizePreset &p : sizePresets()) {
        if (!p.pixelSize.isEmpty())
            names << p.name;
    }
    return names;
}

Status readSize(ExportRequest &request, const QString &text)
{
    for (const SizePreset &p : sizePresets()) {
        if (!p.pixelSize.isEmpty() && p.name.compare(text, Qt::CaseInsensitive) == 0) {
            request.options.pixelSize = p.pixelSize;
            request.presetDpi = p.dpi;
            return {};
        }
    }
    const auto match = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(text);
    if (!match.hasMatch())
        return Status::failure(
            QStringLiteral("\"%1\" is not WIDTHxHEIGHT (like 1920x1080) or a preset (%2)")
                .arg(text, sizePresetNames().join(QStringLiteral(", "))));
    auto inRange = [](const QString &digits) {
        bool ok = false;
        const qlonglong pixels = digits.toLongLong(&ok);
        // Checked while reading (renderChartFile's limits, chartexport.h), so that a size out of
        // range is a bad option (exit 2) rather than a failed render.
        return ok && pixels >= kMinExportPixels && pixels <= kMaxExportPixels;
    };
    if (!inRange(match.captured(1)) || !inRange(match.captured(2)))
        return Status::failure(
            QStringLiteral("\"%1\" is out of range; expected %2 to %3 pixels each way")
                .arg(text)
                .arg(kMinExportPixels)
                .arg(kMaxExportPixels));
    request.options.pixelSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return {};
}

OptionReader exportReader(ExportRequest &request)
{
    OptionReader reader(
        QStringLiteral("export"),
        QStringLiteral("--chart NAME|all --format %1 --out PATH [options]")
            .arg(exportFormatNames().join(QLatin1Char('|'))),
        commandSummary(QStringLiteral("export")) +
            QStringLiteral(" They look as in the window. With --chart all, PATH is a folder."));
    reader.addSection(QStringLiteral("Export options:"));
    reader.add(Option::choice(QStringLiteral("--chart"), QStringLiteral("NAME"),
                              QStringLiteral("the chart, or all"),
                              QStringList{QStringLiteral("all")} + chartIds(),
                              [&request](const QString &id) { request.chart = id; }));
    reader.add(
        Option::text(QStringLiteral("--format"), exportFormatNames().join(QLatin1Char('|')),
                     QStringLiteral("the file format (required)"), [&request](const QString &name) {
                         request.format = exportFormatFromName(name);
                         if (!request.format)
                             return Status::failure(
                                 QStringLiteral("\"%1\" is not a format; expected %2")
                                     .arg(name, exportFormatNames().join(QStringLiteral(", "))));
                         return Status();
                     }));
    reader.add(Option::text(QStringLiteral("--size"), QStringLiteral("WxH"),
                            QStringLiteral("pixels (%1 to %2 each way) or a preset: %3; default "
                                           "1920x1080")
                                .arg(kMinExportPixels)
                                .arg(kMaxExportPixels)
                                .arg(sizePresetNames().join(QStringLiteral(", "))),
                            [&request](const QString &text) { return readSize(request, text); }));
    reader.add(Option::real(QStringLiteral("--dpi"), QStringLiteral("N"),
                            QStringLiteral("scales text and lines; default 96, more above 720 "
                                           "pixels high, or the preset's"),
                            [&request](double dpi) {
                                request.dpi = dpi;
                                return Status();
                            })
                   .within(kMinExportDpi, kMaxExportDpi, QStringLiteral("DPI")));
    reader.add(Option::text(QStringLiteral("--metric"), QStringLiteral("NAME"),
                            QStringLiteral("what per-token and cumulative plot: flops, bytes, "
                                           "seconds, usd or energy (per-token), usd or energy "
                                           "(cumulative)"),
                            [&request](const QString &name) {
                                request.metric = name;
                                return Status();
                            }));
    reader.add(Option::flag(QStringLiteral("--no-caption"),
                            QStringLiteral("leave out the scenario line under the chart"),
                            [&request] { request.options.caption = false; }));
    addWorkloadSourceOptions(reader, request.workload);
    reader.add(Option::path(QStringLiteral("--out"), QStringLiteral("PATH"),
                            QStringLiteral("the file, or the folder for --chart all (required)"),
                            [&request](const QString &path) { request.out = path; }));
    addScenarioOptions(reader, request.scenario);
    reader.addNote(QStringLiteral("The margin charts evaluate --mix %1 unless --mix or --trace "
                                  "says otherwise.")
                       .arg(kDefaultMixId));
    return reader;
}

// What parsing cannot check: the options every export needs.
Status checkRequired(const ExportRequest &request)
{
    if (request.chart.isEmpty())
        return Status::failure(QStringLiteral("--chart is missing; expected all or one of %1")
                                   .arg(chartIds().join(QStringLiteral(", "))));
    if (!request.format)
        return Status::failure(QStringLiteral("--format is missing; expected %1")
                                   .arg(exportFormatNames().join(QStringLiteral(", "))));
    if (request.out.isEmpty())
        return Status::failure(QStringLiteral("--out is missing"));
    return {};
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    ExportRequest request;
    const OptionReader reader = exportReader(request);
    if (const auto exitCode = reader.start(args, out, err))
        return *exitCode;
    if (const Status complete = checkRequired(request); !complete)
        return reader.fail(err, complete.error());
    ExportOptions options = request.options;
    options.format = *request.format;
    options.dpi =
        request.dpi.value_or(request.presetDpi.value_or(defaultDpiFor(request.options.pixelSize)));

    const auto scenario = scenarioFromOptions(request.scenario, reader, err);
    if (!scenario)
        return reader.fail(err, scenario.error());
    const auto workload = loadWorkload(request.workload, kDefaultMixId);
    if (!workload)
        return reader.fail(err, workload.error());
    WorkloadSettings settings;
    settings.workload = std::make_shared<const Workload>(workload.value());
    const auto evaluation = Evaluation::build(scenario.value(), settings, Catalog::builtIn());

    // One chart: --out is the file. All charts: --out is a folder, one file per chart.
    const QStringList charts =
        request.chart == QLatin1String("all") ? chartIds() : QStringList{request.chart};
    const bool many = charts.size() > 1;
    if (many && !QDir().mkpath(request.out))
        return reader.fail(err,
                           QStringLiteral("--out: cannot create the folder %1").arg(request.out),
                           kExitFailed);
    const QString suffix = exportFormatName(options.format);
    for (const QString &id : charts) {
        std::unique_ptr<ChartView> chart = createChart(id);
        chart->resize(options.pixelSize * (96.0 / options.dpi));
        if (!request.metric.isEmpty() &&
            chart->entry()->lessonOptions.contains(QLatin1String("metric")) &&
            !chart->setLessonOption(QStringLiteral("metric"), request.metric))
            return reader.fail(err,
                               QStringLiteral("--metric: \"%1\" is not a metric of the %2 chart")
                                   .arg(request.metric, id));
        if (!request.metric.isEmpty() && !many &&
            !chart->entry()->lessonOptions.contains(QLatin1String("metric")))
            return reader.fail(
                err, QStringLiteral(
                         "--metric: the %1 chart has no metrics (per-token and cumulative have)")
                         .arg(id));
        chart->setEvaluation(evaluation);
        const QString path =
            many ? QDir(request.out).filePath(id + QLatin1Char('.') + suffix) : request.out;
        if (const Status written = exportChart(*chart, options, path); !written)
            return reader.fail(err, written.error(), kExitFailed);
        out << QFileInfo(path).absoluteFilePath() << "\n";
    }
    return 0;
}

} // namespace

bool isChartCommand(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("export") ||
           arguments.value(0) == QLatin1String("export-lesson") ||
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
    if (arguments.value(0) == QLatin1String("export-lesson"))
        return runExportLessonCommand(arguments.mid(1), out, err);
    return runExport(arguments.mid(1), out, err);
}

} // namespace tce
