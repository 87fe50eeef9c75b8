#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

// A sampling plan (抽样方案), format "qawb-sampling-plan/1":
//   {"format": "qawb-sampling-plan/1", "name": "weekly", "rate": 0.1 | "count": 200, "seed": 42,
//    "stratify": ["channel", "business_type", "hour" | "weekday"],   (always by agent as well)
//    "per_agent": {"min": 4, "max": 20},
//    "triggers": [{"kind": "risk", "cap": 10}, ...]}    (kinds: see SamplingPlan::triggerKinds())
// Scope, period and exclusions are applied when the candidates are loaded; the draw itself is pure and seeded.
struct SamplingPlan
{
    Q_DECLARE_TR_FUNCTIONS(SamplingPlan)

public:
    struct Trigger
    {
        QString kind;
        int cap = 0; // at most this many conversations picked by this trigger
    };

    QString name;
    double rate = 0; // share of the eligible conversations, 0..1 (used when count is 0)
    int count = 0;   // a fixed number instead
    quint64 seed = 1;
    QStringList stratifyBy; // besides the agent: channel, business_type, hour, weekday
    int perAgentMin = 0;
    int perAgentMax = 0; // 0: no maximum
    std::vector<Trigger> triggers;

    static QStringList triggerKinds(); // risk, forbidden, no_greeting, low_csat, complaint, unresolved, long_silence
    static std::optional<SamplingPlan> fromJson(const QByteArray &json, QString *error);
};

// One conversation the plan may pick, with what the draw needs to know about it.
struct SampleCandidate
{
    QString id;
    QString agentId;
    QString channel;
    QString businessType;
    int hour = -1;           // local hour of day it started, 0..23
    int weekday = -1;        // 1 (Monday) .. 7
    QSet<QString> triggers;  // trigger kinds it matches
    QString excludedBecause; // non-empty: not eligible (evaluated, in another open queue, too short)
};

struct SamplePick
{
    QString id;
    QString agentId;
    QString stratum;
    QString reason; // "trigger:<kind>", "minimum" (the agent's minimum), "random"
};

struct SampleResult
{
    std::vector<SamplePick> picks;
    int eligible = 0;
    int target = 0;              // rate × eligible, or the count
    QMap<QString, int> excluded; // reason -> how many
    QMap<QString, int> perAgent;
    QMap<QString, int> perStratum;
    QMap<QString, int> perReason;
    QMap<QString, int> eligiblePerStratum;
};

// Draws the sample: triggers first (each up to its cap), then every agent's minimum, then the rest at random,
// stratified so each stratum (agent × the plan's dimensions) gets its proportional share (largest remainder), never
// more than an agent's maximum. The same plan, seed and candidates always give the same sample, whatever order the
// candidates come in: randomness is a hash of (seed, conversation id).
SampleResult drawSample(const SamplingPlan &plan, const std::vector<SampleCandidate> &candidates);

} // namespace qawb
