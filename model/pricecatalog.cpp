#include "pricecatalog.h"

#include "jsonfields.h"
#include "jsonfile.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

// Token counts in a price catalog beyond this are not context lengths (10^12 tokens).
constexpr int64_t kMaxTokenLimit = 1'000'000'000'000;

// A per-token price: finite, non-negative, below $1 per token (= $1M per 1M).
bool validPrice(double v)
{
    return std::isfinite(v) && v >= 0 && v < 1;
}

} // namespace

double PriceEntry::requestUsd(int64_t inputTokens, int64_t outputTokens, int64_t cachePrefix,
                              bool writesCache, bool oneHour) const
{
    double in = inputUsdPerToken, out = outputUsdPerToken, cached = cachedInputUsdPerToken;
    double write =
        oneHour && cacheWrite1hUsdPerToken > 0 ? cacheWrite1hUsdPerToken : cacheWriteUsdPerToken;
    for (const PriceTier &tier : tiers) {
        if (inputTokens > tier.aboveInputTokens) {
            in = tier.inputUsdPerToken > 0 ? tier.inputUsdPerToken : in;
            out = tier.outputUsdPerToken > 0 ? tier.outputUsdPerToken : out;
            cached = tier.cachedInputUsdPerToken > 0 ? tier.cachedInputUsdPerToken : cached;
            // A long-context write price; the 1-hour price has no tiers in LiteLLM.
            if (!(oneHour && cacheWrite1hUsdPerToken > 0))
                write = tier.cacheWriteUsdPerToken > 0 ? tier.cacheWriteUsdPerToken : write;
        }
    }
    const int64_t cachedTokens = std::clamp<int64_t>(cachePrefix, 0, inputTokens);
    const double readPrice = cached > 0 ? cached : in;
    const double cachedPrice = writesCache ? (write > 0 ? write : in) : readPrice;
    return double(inputTokens - cachedTokens) * in + double(cachedTokens) * cachedPrice +
           double(outputTokens) * out;
}

const PriceEntry *PriceCatalog::find(const QString &id) const
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const PriceEntry &e) { return e.id == id; });
    return it == entries.cend() ? nullptr : &*it;
}

Result<PriceCatalog> parseLiteLlmPrices(const QByteArray &json, const QString &name)
{
    using R = Result<PriceCatalog>;
    const auto root = parseJsonObject(json, name);
    if (!root)
        return R::failure(root.error());
    static const QRegularExpression tierKey(
        QStringLiteral("^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|"
                       "cache_creation_input_token_cost)_above_(\\d+)k_tokens$"));
    PriceCatalog catalog;
    for (auto it = root->begin(); it != root->end(); ++it) {
        if (it.key() == QLatin1String("sample_spec"))
            continue;
        if (!it->isObject())
            return R::failure(QStringLiteral("%1: \"%2\" is %3; expected an object")
                                  .arg(name, it.key(), describeJsonValue(*it)));
        const QJsonObject o = it->toObject();
        if (!o.contains(QStringLiteral("input_cost_per_token")) ||
            !o.contains(QStringLiteral("output_cost_per_token"))) {
            ++catalog.skippedEntries;
            continue;
        }
        JsonFields f(o, QStringLiteral("%1: \"%2\"").arg(name, it.key()));
        PriceEntry e;
        e.id = it.key();
        e.provider = f.string(QStringLiteral("litellm_provider"), QString());
        e.inputUsdPerToken = f.number(QStringLiteral("input_cost_per_token"), 0, 1);
        e.outputUsdPerToken = f.number(QStringLiteral("output_cost_per_token"), 0, 1);
        e.cachedInputUsdPerToken = f.number(QStringLiteral("cache_read_input_token_cost"), 0, 1, 0);
        e.cacheWriteUsdPerToken =
            f.number(QStringLiteral("cache_creation_input_token_cost"), 0, 1, 0);
        e.cacheWrite1hUsdPerToken =
            f.number(QStringLiteral("cache_creation_input_token_cost_above_1hr"), 0, 1, 0);
        // LiteLLM writes some limits as strings or floats; only whole numbers count.
        const double maxIn = o.value(QStringLiteral("max_input_tokens")).toDouble(0);
        const double maxOut = o.value(QStringLiteral("max_output_tokens")).toDouble(0);
        // Informational only: a limit past any context length reads as "not given".
        auto tokenLimit = [](double v) {
            return std::isfinite(v) && v > 0 && v <= kMaxTokenLimit ? int64_t(v) : int64_t(0);
        };
        e.maxInputTokens = tokenLimit(maxIn);
        e.maxOutputTokens = tokenLimit(maxOut);
        for (auto k = o.begin(); k != o.end(); ++k) {
            const auto match = tierKey.match(k.key());
            if (!match.hasMatch())
                continue;
            const double v = k->toDouble(std::nan(""));
            if (!k->isDouble() || !validPrice(v))
                return R::failure(
                    QStringLiteral(
                        "%1: \"%2\" \"%3\" is %4; expected a price per token from 0 to 1")
                        .arg(name, it.key(), k.key(), describeJsonValue(*k)));
            bool ok = false;
            const qlonglong thousands = match.captured(2).toLongLong(&ok);
            if (!ok || thousands > kMaxTokenLimit / 1000)
                return R::failure(QStringLiteral("%1: \"%2\" \"%3\": the threshold is not a "
                                                 "token count up to %4")
                                      .arg(name, it.key(), k.key())
                                      .arg(kMaxTokenLimit));
            const int64_t threshold = thousands * 1000;
            auto tier = std::find_if(e.tiers.begin(), e.tiers.end(), [&](const PriceTier &t) {
                return t.aboveInputTokens == threshold;
            });
            if (tier == e.tiers.end()) {
                e.tiers.append(PriceTier{threshold, 0, 0, 0, 0});
                tier = e.tiers.end() - 1;
            }
            const QString kind = match.captured(1);
            if (kind == QLatin1String("input_cost_per_token"))
                tier->inputUsdPerToken = v;
            else if (kind == QLatin1String("output_cost_per_token"))
                tier->outputUsdPerToken = v;
            else if (kind == QLatin1String("cache_read_input_token_cost"))
                tier->cachedInputUsdPerToken = v;
            else
                tier->cacheWriteUsdPerToken = v;
        }
        std::sort(e.tiers.begin(), e.tiers.end(), [](const PriceTier &a, const PriceTier &b) {
            return a.aboveInputTokens < b.aboveInputTokens;
        });
        if (f.failed())
            return R::failure(f.error());
        catalog.entries.append(e);
    }
    return catalog;
}

Result<PriceCatalog> importLiteLlmPrices(const QString &path)
{
    return parseInputFile(path, parseLiteLlmPrices);
}

Result<PriceCatalog> parsePriceCsv(const QByteArray &bytes, const QString &name)
{
    using R = Result<PriceCatalog>;
    if (const Status utf8 = checkUtf8(bytes, name); !utf8)
        return R::failure(utf8.error());
    const QList<QByteArray> lines = withoutByteOrderMark(bytes).split('\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return R::failure(QStringLiteral("%1: the file is empty").arg(name));
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    static const QStringList expected{"id",
                                      "input_per_million",
                                      "output_per_million",
                                      "cached_input_per_million",
                                      "tier_above_input_tokens",
                                      "tier_input_per_million",
                                      "tier_output_per_million"};
    for (int i = 0; i < header.size(); ++i) {
        if (i >= expected.size() || header[i].trimmed() != expected[i].toUtf8())
            return R::failure(
                QStringLiteral("%1: line 1, column %2: \"%3\"; expected the header %4")
                    .arg(name)
                    .arg(i + 1)
                    .arg(QString::fromUtf8(header[i].trimmed()),
                         expected.mid(0, std::max<qsizetype>(3, header.size()))
                             .join(QLatin1Char(','))));
    }
    if (header.size() < 3)
        return R::failure(
            QStringLiteral("%1: line 1: expected at least id,input_per_million,output_per_million")
                .arg(name));
    PriceCatalog catalog;
    QHash<QString, qsizetype> lineOfId;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() != header.size())
            return R::failure(QStringLiteral("%1: line %2: %3 columns; the header has %4")
                                  .arg(name)
                                  .arg(i + 1)
                                  .arg(cells.size())
                                  .arg(header.size()));
        double values[7] = {0, 0, 0, 0, 0, 0, 0};
        for (int c = 1; c < cells.size(); ++c) {
            bool ok = false;
            const QByteArray cell = cells[c].trimmed();
            values[c] = cell.isEmpty() ? 0 : cell.toDouble(&ok);
            if ((!cell.isEmpty() && !ok) || !std::isfinite(values[c]) || values[c] < 0 ||
                values[c] > 1e6)
                return R::failure(
                    QStringLiteral(
                        "%1: line %2, column %3: \"%4\" is not a price from 0 to 1000000")
                        .arg(name)
                        .arg(i + 1)
                        .arg(expected[c], QString::fromUtf8(cell.left(40))));
        }
        PriceEntry e;
        e.id = QString::fromUtf8(cells[0].trimmed());
        if (e.id.isEmpty())
            return R::failure(QStringLiteral("%1: line %2, column id: empty").arg(name).arg(i + 1));
        if (lineOfId.contains(e.id))
            return R::failure(QStringLiteral("%1: line %2: the id \"%3\" appears twice (also on "
                                             "line %4)")
                                  .arg(name)
                                  .arg(i + 1)
                                  .arg(e.id.left(80))
                                  .arg(lineOfId.value(e.id) + 1));
        lineOfId.insert(e.id, i);
        e.inputUsdPerToken = values[1] / 1e6;
        e.outputUsdPerToken = values[2] / 1e6;
        e.cachedInputUsdPerToken = values[3] / 1e6;
        if (header.size() >= 7 && values[4] > 0)
            e.tiers.append(PriceTier{int64_t(values[4]), values[5] / 1e6, values[6] / 1e6, 0});
        catalog.entries.append(e);
    }
    if (catalog.entries.isEmpty())
        return R::failure(QStringLiteral("%1: no prices after the header").arg(name));
    return catalog;
}

Result<PriceCatalog> importPriceCsv(const QString &path)
{
    return parseInputFile(path, parsePriceCsv);
}

} // namespace tce
