#include "requestfeaturesjson.h"

#include "catalogjson.h"
#include "jsonfields.h"
#include "scenariobuilder.h"

namespace tce {

namespace {

QString draftName(SpeculativeSpec::Draft draft)
{
    switch (draft) {
    case SpeculativeSpec::Draft::Model:
        return QStringLiteral("model");
    case SpeculativeSpec::Draft::Head:
        return QStringLiteral("head");
    case SpeculativeSpec::Draft::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject promptCacheToJson(const PromptCacheSpec &cache)
{
    return QJsonObject{{"prefix_tokens", double(cache.prefixTokens)},
                       {"writes_cache", cache.writesCache},
                       {"one_hour_write", cache.oneHourWrite},
                       {"serving_hit_rate", cache.servingHitRate}};
}

Result<PromptCacheSpec> promptCacheFromJson(const QJsonObject &json, const QString &where)
{
    JsonFields f(json, where);
    PromptCacheSpec cache;
    cache.prefixTokens = f.integer({QStringLiteral("prefix_tokens")}, 0, kMaxTokens, 0);
    cache.writesCache = f.boolean(QStringLiteral("writes_cache"), false);
    cache.oneHourWrite = f.boolean(QStringLiteral("one_hour_write"), false);
    cache.servingHitRate = f.number(QStringLiteral("serving_hit_rate"), 0, 1, 1.0);
    if (f.failed())
        return Result<PromptCacheSpec>::failure(f.error());
    return cache;
}

QJsonObject speculativeToJson(const SpeculativeSpec &s)
{
    QJsonObject out{{"draft", draftName(s.draft)},
                    {"draft_tokens", s.draftTokens},
                    {"acceptance", s.acceptance},
                    {"head_cost_share", s.headCostShare}};
    if (s.draft == SpeculativeSpec::Draft::Model)
        out.insert("draft_model", modelToJson(s.draftModel));
    return out;
}

Result<SpeculativeSpec> speculativeFromJson(const QJsonObject &json, const QString &where)
{
    using R = Result<SpeculativeSpec>;
    JsonFields f(json, where);
    SpeculativeSpec s;
    const QString draft = f.string(QStringLiteral("draft"), QStringLiteral("none"));
    if (draft == QLatin1String("model"))
        s.draft = SpeculativeSpec::Draft::Model;
    else if (draft == QLatin1String("head"))
        s.draft = SpeculativeSpec::Draft::Head;
    else if (draft != QLatin1String("none") && !f.failed())
        f.fail(QStringLiteral("\"draft\" is \"%1\"; expected \"none\", \"model\" or \"head\"")
                   .arg(draft));
    s.draftTokens = int(f.integer({QStringLiteral("draft_tokens")}, 1, kMaxDraftTokens, 4));
    // alpha = 1 would make every draft token right: no real draft is. Anything below 1 is
    // taken, as the command line and ScenarioChanges take it, so that what they set reopens.
    s.acceptance = f.number(QStringLiteral("acceptance"), 0, 1, 0.7);
    if (!f.failed() && s.acceptance >= 1)
        f.fail(QStringLiteral("\"acceptance\" is %1; expected a number from 0 up to (not "
                              "including) 1")
                   .arg(s.acceptance, 0, 'g', 6));
    s.headCostShare = f.number(QStringLiteral("head_cost_share"), 0, 1, 0);
    if (f.failed())
        return R::failure(f.error());
    if (s.draft == SpeculativeSpec::Draft::Model) {
        const auto model = readModelJson(f.object(QStringLiteral("draft_model")),
                                         where + QStringLiteral(" draft_model"));
        if (!model)
            return R::failure(f.failed() ? f.error() : model.error());
        s.draftModel = model.value();
    }
    return s;
}

} // namespace tce
