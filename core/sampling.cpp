#include "sampling.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace qawb {

const QStringList &SamplingPlan::triggerKinds()
{
    static const QStringList kinds{
        QStringLiteral("risk"),           QStringLiteral("forbidden"),    QStringLiteral("no_greeting"),
        QStringLiteral("low_csat"),       QStringLiteral("complaint"),    QStringLiteral("unresolved"),
        QStringLiteral("repeat_contact"), QStringLiteral("long_silence"), QStringLiteral("anomaly")};
    return kinds;
}

QStringList TriggerSet::kinds() const
{
    QStringList out;
    for (int i = 0; i < SamplingPlan::triggerKinds().size(); ++i) {
        if (contains(i))
            out << SamplingPlan::triggerKinds().at(i);
    }
    return out;
}

QString SamplingPlan::triggerName(const QString &kind)
{
    if (kind == QLatin1String("risk"))
        return tr("risk words (投诉, 退费…)");
    if (kind == QLatin1String("forbidden"))
        return tr("forbidden phrases");
    if (kind == QLatin1String("no_greeting"))
        return tr("missing greeting");
    if (kind == QLatin1String("low_csat"))
        return tr("low CSAT (≤ 2)");
    if (kind == QLatin1String("complaint"))
        return tr("complaint business type");
    if (kind == QLatin1String("unresolved"))
        return tr("unresolved");
    if (kind == QLatin1String("repeat_contact"))
        return tr("repeat contact");
    if (kind == QLatin1String("long_silence"))
        return tr("long silence");
    if (kind == QLatin1String("anomaly"))
        return tr("agent indicator anomaly");
    return kind;
}

QString SamplingPlan::reasonName(const QString &reason)
{
    if (reason.startsWith(QLatin1String("trigger:")))
        return tr("trigger: %1").arg(triggerName(reason.mid(8)));
    if (reason == QLatin1String("minimum"))
        return tr("agent minimum");
    if (reason == QLatin1String("random"))
        return tr("random (stratified)");
    if (reason == QLatin1String("replacement"))
        return tr("replacement");
    if (reason == QLatin1String("import"))
        return tr("imported into the queue");
    return reason;
}

bool SamplingPlan::hasTrigger(const QString &kind) const
{
    return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger &t) { return t.kind == kind; });
}

QByteArray SamplingPlan::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("qawb-sampling-plan/1"));
    o.insert(QStringLiteral("name"), name);
    if (count > 0)
        o.insert(QStringLiteral("count"), count);
    else
        o.insert(QStringLiteral("rate"), rate);
    o.insert(QStringLiteral("seed"), double(seed));
    o.insert(QStringLiteral("period_days"), periodDays);
    QJsonObject scope;
    if (!teams.isEmpty())
        scope.insert(QStringLiteral("teams"), QJsonArray::fromStringList(teams));
    if (!channels.isEmpty())
        scope.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    if (!businessTypes.isEmpty())
        scope.insert(QStringLiteral("business_types"), QJsonArray::fromStringList(businessTypes));
    if (!scope.isEmpty())
        o.insert(QStringLiteral("scope"), scope);
    if (!stratifyBy.isEmpty())
        o.insert(QStringLiteral("stratify"), QJsonArray::fromStringList(stratifyBy));
    QJsonObject perAgent;
    if (perAgentMin > 0)
        perAgent.insert(QStringLiteral("min"), perAgentMin);
    if (perAgentMax > 0)
        perAgent.insert(QStringLiteral("max"), perAgentMax);
    if (!perAgent.isEmpty())
        o.insert(QStringLiteral("per_agent"), perAgent);
    QJsonArray ts;
    for (const Trigger &t : triggers)
        ts.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("cap"), t.cap}});
    if (!ts.isEmpty())
        o.insert(QStringLiteral("triggers"), ts);
    QJsonObject exclude{{QStringLiteral("evaluated"), excludeEvaluated},
                        {QStringLiteral("in_open_queue"), excludeInOpenQueue}};
    if (minCallSeconds > 0)
        exclude.insert(QStringLiteral("min_call_s"), minCallSeconds);
    if (minChatMessages > 0)
        exclude.insert(QStringLiteral("min_chat_messages"), minChatMessages);
    o.insert(QStringLiteral("exclude"), exclude);
    o.insert(QStringLiteral("repeat_days"), repeatDays);
    o.insert(QStringLiteral("anomaly"),
             QJsonObject{{QStringLiteral("baseline_days"), baselineDays}, {QStringLiteral("z"), anomalyZ}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void adviseHugePages(const void *data, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHuge = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + kHuge - 1) & ~(kHuge - 1);
    const quintptr end = (quintptr(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

double expectedReviewSeconds(bool call, double durationS, int turnCount)
{
    return call ? std::max(0.0, durationS) + 90.0 : 6.0 * std::max(0, turnCount) + 90.0;
}

double expectedReviewSeconds(const QString &channel, double durationS, int turnCount)
{
    return expectedReviewSeconds(channel == QLatin1String("call"), durationS, turnCount);
}

QString expectedReviewSql()
{
    return QStringLiteral("(CASE c.channel WHEN 'call' THEN max(coalesce(c.duration_s, 0), 0) + 90.0 "
                          "ELSE 6.0 * c.turn_count + 90.0 END)");
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
    plan.periodDays = o.value(QStringLiteral("period_days")).toInt(7);
    if (plan.periodDays < 1)
        return fail(tr("period_days: expected at least 1, got %1").arg(plan.periodDays));
    const QJsonObject scope = o.value(QStringLiteral("scope")).toObject();
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << e.toString();
        return out;
    };
    plan.teams = strings(scope.value(QStringLiteral("teams")));
    plan.channels = strings(scope.value(QStringLiteral("channels")));
    for (const QString &c : std::as_const(plan.channels)) {
        if (c != QLatin1String("call") && c != QLatin1String("chat"))
            return fail(tr("scope.channels: unknown channel %1 (call or chat)").arg(c));
    }
    plan.businessTypes = strings(scope.value(QStringLiteral("business_types")));
    static const QStringList businessTypes{QStringLiteral("consult"), QStringLiteral("fault"),
                                           QStringLiteral("complaint"), QStringLiteral("service_request"),
                                           QStringLiteral("other")};
    for (const QString &b : std::as_const(plan.businessTypes)) {
        if (!businessTypes.contains(b))
            return fail(tr("scope.business_types: unknown business type %1 (one of: %2)")
                            .arg(b, businessTypes.join(QStringLiteral(", "))));
    }
    const QJsonObject exclude = o.value(QStringLiteral("exclude")).toObject();
    plan.excludeEvaluated = exclude.value(QStringLiteral("evaluated")).toBool(true);
    plan.excludeInOpenQueue = exclude.value(QStringLiteral("in_open_queue")).toBool(true);
    plan.minCallSeconds = exclude.value(QStringLiteral("min_call_s")).toDouble(0);
    plan.minChatMessages = exclude.value(QStringLiteral("min_chat_messages")).toInt(0);
    if (plan.minCallSeconds < 0 || plan.minChatMessages < 0)
        return fail(tr("exclude: min_call_s and min_chat_messages must be ≥ 0"));
    plan.repeatDays = o.value(QStringLiteral("repeat_days")).toInt(3);
    const QJsonObject anomaly = o.value(QStringLiteral("anomaly")).toObject();
    plan.baselineDays = anomaly.value(QStringLiteral("baseline_days")).toInt(28);
    plan.anomalyZ = anomaly.value(QStringLiteral("z")).toDouble(3.0);
    if (plan.repeatDays < 1 || plan.baselineDays < 1 || plan.anomalyZ <= 0)
        return fail(tr("repeat_days and anomaly.baseline_days must be ≥ 1 and anomaly.z > 0"));
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

} // namespace

quint64 sampleKey(quint64 seed, const QString &id)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over UTF-16 units
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h ^ mix(seed));
}

namespace {

// Small dense ids for the few distinct values of a column (agents, channels, …) among a million candidates.
class Ids
{
public:
    int of(const QString &value)
    {
        // Candidates from the loader share one QString per distinct value: look the data pointer up first.
        const auto known = m_byData.find(value.constData());
        if (known != m_byData.end())
            return known->second;
        auto it = m_ids.constFind(value);
        if (it == m_ids.cend()) {
            it = m_ids.insert(value, int(m_values.size()));
            m_values.push_back(value);
        }
        m_byData.emplace(value.constData(), *it);
        return *it;
    }
    const QString &value(int id) const { return m_values[size_t(id)]; }
    int size() const { return int(m_values.size()); }

private:
    QHash<QString, int> m_ids;
    std::unordered_map<const QChar *, int> m_byData;
    std::vector<QString> m_values;
};

} // namespace

SampleResult drawSample(const SamplingPlan &plan, const std::vector<SampleCandidate> &candidates)
{
    SampleResult result;
    // Dimensions of a stratum besides the agent, as small ids; a stratum is the tuple, numbered as first seen.
    enum Dimension { Channel, Business, Hour, Weekday };
    std::vector<Dimension> dims;
    for (const QString &d : plan.stratifyBy) {
        dims.push_back(d == QLatin1String("channel")         ? Channel
                       : d == QLatin1String("business_type") ? Business
                       : d == QLatin1String("hour")          ? Hour
                                                             : Weekday);
    }
    Ids agents, channels, businessTypes;
    std::unordered_map<quint64, int> strata;
    std::vector<QString> stratumNames;
    std::vector<int> stratumAgent;

    struct Entry
    {
        quint64 key;
        int candidate;
        int agent;
        int stratum;
        quint32 triggers;
        bool picked;
    };
    std::vector<Entry> pool;
    pool.reserve(candidates.size());
    adviseHugePages(pool.data(), pool.capacity() * sizeof(Entry));
    for (size_t i = 0; i < candidates.size(); ++i) {
        const SampleCandidate &c = candidates[i];
        if (!c.excludedBecause.isEmpty()) {
            ++result.excluded[c.excludedBecause];
            continue;
        }
        const int agent = agents.of(c.agentId);
        quint64 tuple = quint64(agent);
        for (const Dimension d : dims) {
            const int v = d == Channel    ? channels.of(c.channel)
                          : d == Business ? businessTypes.of(c.businessType)
                          : d == Hour     ? c.hour + 1
                                          : c.weekday + 1;
            tuple = tuple * 1000003ULL + quint64(v);
        }
        auto [it, added] = strata.try_emplace(tuple, int(stratumNames.size()));
        if (added) {
            QString name = c.agentId;
            for (const Dimension d : dims) {
                name += QLatin1Char('|');
                name += d == Channel    ? c.channel
                        : d == Business ? c.businessType
                        : d == Hour     ? QString::number(c.hour)
                                        : QString::number(c.weekday);
            }
            stratumNames.push_back(name);
            stratumAgent.push_back(agent);
        }
        pool.push_back({sampleKey(plan.seed, c.id), int(i), agent, it->second, c.triggers.bits(), false});
    }
    std::sort(pool.begin(), pool.end(), [&](const Entry &a, const Entry &b) {
        return a.key != b.key ? a.key < b.key : candidates[size_t(a.candidate)].id < candidates[size_t(b.candidate)].id;
    });
    result.eligible = int(pool.size());
    result.target =
        plan.count > 0 ? std::min(plan.count, result.eligible) : int(std::lround(plan.rate * double(result.eligible)));
    std::vector<int> eligiblePerStratum(stratumNames.size(), 0);
    for (const Entry &e : pool)
        ++eligiblePerStratum[size_t(e.stratum)];

    std::vector<int> perAgent(size_t(agents.size()), 0);
    std::vector<int> perStratum(stratumNames.size(), 0);
    const auto atMax = [&](const Entry &e) {
        return plan.perAgentMax > 0 && perAgent[size_t(e.agent)] >= plan.perAgentMax;
    };
    const QString kMinimum = QStringLiteral("minimum"), kRandom = QStringLiteral("random");
    const auto pick = [&](Entry &e, const QString &reason) {
        e.picked = true;
        ++perAgent[size_t(e.agent)];
        ++perStratum[size_t(e.stratum)];
        ++result.perReason[reason];
        const SampleCandidate &c = candidates[size_t(e.candidate)];
        result.picks.push_back({c.id, c.agentId, stratumNames[size_t(e.stratum)], reason, c.expectedSeconds});
    };

    // 1. Must-include triggers, each up to its cap.
    for (const SamplingPlan::Trigger &t : plan.triggers) {
        const int bit = TriggerSet::indexOf(t.kind);
        const QString reason = QStringLiteral("trigger:") + t.kind;
        int taken = 0;
        for (Entry &e : pool) {
            if (taken >= t.cap)
                break;
            if (!e.picked && ((e.triggers >> bit) & 1u) && !atMax(e)) {
                pick(e, reason);
                ++taken;
            }
        }
    }
    // 2. Every agent's minimum (as far as the agent has conversations).
    if (plan.perAgentMin > 0) {
        for (Entry &e : pool) {
            if (!e.picked && perAgent[size_t(e.agent)] < plan.perAgentMin && !atMax(e))
                pick(e, kMinimum);
        }
    }
    // 3. The rest at random, stratified: each stratum its share of what is left (largest remainder).
    int remaining = result.target - int(result.picks.size());
    if (remaining > 0) {
        std::vector<std::vector<Entry *>> open(stratumNames.size());
        int openCount = 0;
        for (Entry &e : pool) {
            if (!e.picked && !atMax(e)) {
                open[size_t(e.stratum)].push_back(&e);
                ++openCount;
            }
        }
        remaining = std::min(remaining, openCount);
        std::vector<int> quota(stratumNames.size(), 0);
        std::vector<std::pair<double, quint64>> fraction(stratumNames.size());
        std::vector<int> order;
        int allocated = 0;
        for (size_t s = 0; s < open.size(); ++s) {
            if (open[s].empty())
                continue;
            const double share = double(remaining) * double(open[s].size()) / double(openCount);
            quota[s] = int(std::floor(share));
            allocated += quota[s];
            fraction[s] = {share - std::floor(share), sampleKey(plan.seed, stratumNames[s])};
            order.push_back(int(s));
        }
        // Largest remainders first; ties broken by the seeded key of the stratum, so no stratum is favoured.
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return fraction[size_t(a)].first != fraction[size_t(b)].first
                       ? fraction[size_t(a)].first > fraction[size_t(b)].first
                       : fraction[size_t(a)].second < fraction[size_t(b)].second;
        });
        for (size_t i = 0; allocated < remaining && i < order.size(); ++i, ++allocated)
            ++quota[size_t(order[i])];
        // Strata in a seeded order (not the order they were first met in), each taking its quota.
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return fraction[size_t(a)].second < fraction[size_t(b)].second; });
        int short_ = 0;
        for (const int s : order) {
            int taken = 0;
            for (Entry *e : open[size_t(s)]) {
                if (taken >= quota[size_t(s)])
                    break;
                if (!atMax(*e)) {
                    pick(*e, kRandom);
                    ++taken;
                }
            }
            short_ += quota[size_t(s)] - taken; // an agent's maximum stopped this stratum
        }
        // What maxima left unfilled goes to whoever still can take it, in random order.
        for (Entry &e : pool) {
            if (short_ <= 0)
                break;
            if (!e.picked && !atMax(e)) {
                pick(e, kRandom);
                --short_;
            }
        }
    }
    for (size_t a = 0; a < size_t(agents.size()); ++a) {
        if (perAgent[a] > 0)
            result.perAgent.insert(agents.value(int(a)), perAgent[a]);
    }
    for (size_t s = 0; s < stratumNames.size(); ++s) {
        result.eligiblePerStratum.insert(stratumNames[s], eligiblePerStratum[s]);
        if (perStratum[s] > 0)
            result.perStratum.insert(stratumNames[s], perStratum[s]);
    }
    return result;
}

} // namespace qawb
