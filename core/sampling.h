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
//    "period_days": 7,                                                 (when no period is given: the last N days)
//    "scope": {"teams": ["在线一组"], "channels": ["chat"], "business_types": ["complaint"]},   (empty: all)
//    "stratify": ["channel", "business_type", "hour" | "weekday"],   (always by agent as well)
//    "per_agent": {"min": 4, "max": 20},
//    "triggers": [{"kind": "risk", "cap": 10}, ...],    (kinds: see SamplingPlan::triggerKinds())
//    "exclude": {"evaluated": true, "in_open_queue": true, "min_call_s": 30, "min_chat_messages": 4},
//    "repeat_days": 3, "anomaly": {"baseline_days": 28, "z": 3}}
// Scope, period and exclusions are applied when the candidates are loaded (SamplingRepository); the draw itself is
// pure and seeded.
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
    int periodDays = 7;
    QStringList teams;         // team names; empty: every team
    QStringList channels;      // call, chat; empty: both
    QStringList businessTypes; // empty: every business type
    bool excludeEvaluated = true;
    bool excludeInOpenQueue = true;
    double minCallSeconds = 0; // calls shorter than this are too short to judge
    int minChatMessages = 0;   // chats with fewer messages are too short to judge
    int repeatDays = 3;        // repeat_contact: the same customer came back within this many days
    int baselineDays = 28;     // anomaly: an agent's own baseline is the N days before the period
    double anomalyZ = 3.0;     // anomaly: how many standard errors the agent's period mean moved

    // risk, forbidden, no_greeting, low_csat, complaint, unresolved, repeat_contact, long_silence, anomaly
    static const QStringList &triggerKinds();
    static QString triggerName(const QString &kind); // translated, for previews
    // A pick reason ("trigger:risk", "minimum", "random") as people read it.
    static QString reasonName(const QString &reason);
    static std::optional<SamplingPlan> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;
    bool hasTrigger(const QString &kind) const;
};

// The trigger kinds a conversation matches: a bit per SamplingPlan::triggerKinds() entry (a million candidates
// must not each carry a hash set).
class TriggerSet
{
public:
    static int indexOf(const QString &kind) { return int(SamplingPlan::triggerKinds().indexOf(kind)); }
    void insert(const QString &kind) { insert(indexOf(kind)); }
    void insert(int index)
    {
        if (index >= 0)
            m_bits |= 1u << index;
    }
    bool contains(const QString &kind) const { return contains(indexOf(kind)); }
    bool contains(int index) const { return index >= 0 && (m_bits >> index) & 1u; }
    void unite(TriggerSet other) { m_bits |= other.m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    quint32 bits() const { return m_bits; }
    QStringList kinds() const;

private:
    quint32 m_bits = 0;
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
    TriggerSet triggers;     // trigger kinds it matches
    QString excludedBecause; // non-empty: not eligible (evaluated, in_open_queue, too_short)
    QString teamId;
    double expectedSeconds = 0; // expected review time (see expectedReviewSeconds)
};

// How long reviewing a conversation is expected to take: a call is listened to in full, a chat read at about
// 6 s a message; either way about 90 s of scoring on top. Used to balance queues by time, not count.
double expectedReviewSeconds(const QString &channel, double durationS, int turnCount);
double expectedReviewSeconds(bool call, double durationS, int turnCount);
// The same as an SQL expression over a conversations row aliased c.
QString expectedReviewSql();

// Asks the kernel to back a large buffer with huge pages where it can (Linux; elsewhere nothing): filling a
// million candidates otherwise costs tens of thousands of page faults.
void adviseHugePages(const void *data, size_t bytes);

// Seeded, order-independent randomness: the same (seed, id) always gives the same key, on every machine.
quint64 sampleKey(quint64 seed, const QString &id);

struct SamplePick
{
    QString id;
    QString agentId;
    QString stratum;
    QString reason; // "trigger:<kind>", "minimum" (the agent's minimum), "random"
    double expectedSeconds = 0;
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
