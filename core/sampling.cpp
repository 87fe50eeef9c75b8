#include "sampling.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace qawb {

QStringList SamplingPlan::triggerKinds()
{
    return {QStringLiteral("risk"),        QStringLiteral("forbidden"), QStringLiteral("no_greeting"),
            QStringLiteral("low_csat"),    QStringLiteral("complaint"), QStringLiteral("unresolved"),
            QStringLiteral("long_silence")};
}

std::optional<SamplingPlan> SamplingPlan::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("qawb-sampling-plan/1"))
        return fail(tr("format: expected \"qawb-sampling-plan/1\""));
    SamplingPlan plan;
    plan.name = o.value(QStringLiteral("name")).toString();
    plan.rate = o.value(QStringLiteral("rate")).toDouble(0);
    plan.count = o.value(QStringLiteral("count")).toInt(0);
    if ((plan.rate <= 0) == (plan.count <= 0))
        return fail(tr("give either rate (0 < rate ≤ 1) or count (> 0)"));
    if (plan.rate > 1)
        return fail(tr("rate: %1 is more than 1 (10% is 0.1)").arg(plan.rate));
    plan.seed = quint64(o.value(QStringLiteral("seed")).toDouble(1));
    static const QStringList dimensions{QStringLiteral("channel"), QStringLiteral("business_type"),
                                        QStringLiteral("hour"), QStringLiteral("weekday")};
    for (const QJsonValue &d : o.value(QStringLiteral("stratify")).toArray()) {
        if (!dimensions.contains(d.toString()))
            return fail(tr("stratify: unknown dimension %1 (one of: %2)")
                            .arg(d.toString(), dimensions.join(QStringLiteral(", "))));
        plan.stratifyBy << d.toString();
    }
    const QJsonObject perAgent = o.value(QStringLiteral("per_agent")).toObject();
    plan.perAgentMin = perAgent.value(QStringLiteral("min")).toInt(0);
    plan.perAgentMax = perAgent.value(QStringLiteral("max")).toInt(0);
    if (plan.perAgentMin < 0 || plan.perAgentMax < 0 || (plan.perAgentMax > 0 && plan.perAgentMax < plan.perAgentMin))
        return fail(tr("per_agent: min and max must be ≥ 0 and min ≤ max"));
    const QJsonArray triggers = o.value(QStringLiteral("triggers")).toArray();
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QJsonObject t = triggers[i].toObject();
        Trigger trigger{t.value(QStringLiteral("kind")).toString(), t.value(QStringLiteral("cap")).toInt(-1)};
        if (!triggerKinds().contains(trigger.kind))
            return fail(tr("triggers[%1].kind: unknown %2 (one of: %3)")
                            .arg(i)
                            .arg(trigger.kind, triggerKinds().join(QStringLiteral(", "))));
        if (trigger.cap < 0)
            return fail(
                tr("triggers[%1].cap: every trigger needs a cap (so triggers cannot swamp the random part)").arg(i));
        plan.triggers.push_back(trigger);
    }
    return plan;
}

namespace {

// Seeded, order-independent randomness: the same (seed, id) always gives the same key, on every machine.
quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 randomKey(quint64 seed, const QString &id)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over UTF-16 units
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h ^ mix(seed));
}

QString stratumOf(const SamplingPlan &plan, const SampleCandidate &c)
{
    QString key = c.agentId;
    for (const QString &d : plan.stratifyBy) {
        key += QLatin1Char('|');
        if (d == QLatin1String("channel"))
            key += c.channel;
        else if (d == QLatin1String("business_type"))
            key += c.businessType;
        else if (d == QLatin1String("hour"))
            key += QString::number(c.hour);
        else
            key += QString::number(c.weekday);
    }
    return key;
}

} // namespace

SampleResult drawSample(const SamplingPlan &plan, const std::vector<SampleCandidate> &candidates)
{
    SampleResult result;
    // Eligible candidates in random order (the order everything below takes them in).
    struct Entry
    {
        const SampleCandidate *c;
        quint64 key;
        QString stratum;
        bool picked = false;
    };
    std::vector<Entry> pool;
    pool.reserve(candidates.size());
    for (const SampleCandidate &c : candidates) {
        if (!c.excludedBecause.isEmpty()) {
            ++result.excluded[c.excludedBecause];
            continue;
        }
        pool.push_back({&c, randomKey(plan.seed, c.id), stratumOf(plan, c)});
        ++result.eligiblePerStratum[pool.back().stratum];
    }
    std::sort(pool.begin(), pool.end(),
              [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.c->id < b.c->id; });
    result.eligible = int(pool.size());
    result.target =
        plan.count > 0 ? std::min(plan.count, result.eligible) : int(std::lround(plan.rate * double(result.eligible)));

    std::unordered_map<QString, int> perAgent;
    const auto atMax = [&](const Entry &e) {
        return plan.perAgentMax > 0 && perAgent[e.c->agentId] >= plan.perAgentMax;
    };
    const auto pick = [&](Entry &e, const QString &reason) {
        e.picked = true;
        ++perAgent[e.c->agentId];
        result.picks.push_back({e.c->id, e.c->agentId, e.stratum, reason});
    };

    // 1. Must-include triggers, each up to its cap.
    for (const SamplingPlan::Trigger &t : plan.triggers) {
        int taken = 0;
        for (Entry &e : pool) {
            if (taken >= t.cap)
                break;
            if (!e.picked && e.c->triggers.contains(t.kind) && !atMax(e)) {
                pick(e, QStringLiteral("trigger:") + t.kind);
                ++taken;
            }
        }
    }
    // 2. Every agent's minimum (as far as the agent has conversations).
    if (plan.perAgentMin > 0) {
        for (Entry &e : pool) {
            if (!e.picked && perAgent[e.c->agentId] < plan.perAgentMin && !atMax(e))
                pick(e, QStringLiteral("minimum"));
        }
    }
    // 3. The rest at random, stratified: each stratum its share of what is left (largest remainder).
    int remaining = result.target - int(result.picks.size());
    if (remaining > 0) {
        std::map<QString, std::vector<Entry *>> strata;
        int open = 0;
        for (Entry &e : pool) {
            if (!e.picked && !atMax(e)) {
                strata[e.stratum].push_back(&e);
                ++open;
            }
        }
        remaining = std::min(remaining, open);
        std::vector<std::pair<QString, double>> exact;
        int allocated = 0;
        std::map<QString, int> quota;
        for (const auto &[stratum, entries] : strata) {
            const double share = double(remaining) * double(entries.size()) / double(open);
            quota[stratum] = int(std::floor(share));
            allocated += quota[stratum];
            exact.emplace_back(stratum, share - std::floor(share));
        }
        // Largest remainders first; ties broken by the seeded key of the stratum, so no stratum is favoured.
        std::sort(exact.begin(), exact.end(), [&](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second
                                        : randomKey(plan.seed, a.first) < randomKey(plan.seed, b.first);
        });
        for (size_t i = 0; allocated < remaining && i < exact.size(); ++i, ++allocated)
            ++quota[exact[i].first];
        int short_ = 0;
        for (auto &[stratum, entries] : strata) {
            int taken = 0;
            for (Entry *e : entries) {
                if (taken >= quota[stratum])
                    break;
                if (!atMax(*e)) {
                    pick(*e, QStringLiteral("random"));
                    ++taken;
                }
            }
            short_ += quota[stratum] - taken; // an agent's maximum stopped this stratum
        }
        // What maxima left unfilled goes to whoever still can take it, in random order.
        for (Entry &e : pool) {
            if (short_ <= 0)
                break;
            if (!e.picked && !atMax(e)) {
                pick(e, QStringLiteral("random"));
                --short_;
            }
        }
    }
    for (const SamplePick &p : result.picks) {
        ++result.perAgent[p.agentId];
        ++result.perStratum[p.stratum];
        ++result.perReason[p.reason];
    }
    return result;
}

} // namespace qawb
