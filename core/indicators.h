#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

// Indicator monitoring (指标监控): service indicators computed from the imported conversation metadata, with
// thresholds, anomaly flags, the conversations behind each figure, and "sample these" into the sampling flow.
//
// Metrics (keys as in JSON and on the command line; "lower" = lower is better, the threshold is a maximum):
//   wait_time       mean conversations.wait_s over conversations that have one            s      ≤ 20 (default)
//   turns           mean conversations.turn_count                                          turns  (no threshold)
//   resolution      first-contact resolution: share of resolved = 1 among those with a resolved flag   ≥ 0.85
//   csat            mean csat (1–5) among rated conversations; the group also has the 1–5 distribution   ≥ 4.5
//   repeat_contact  share of conversations with a customer_id whose customer contacts again within
//                   kRepeatDays (7) days after it started (charged to the conversation that did not settle
//                   it — the same definition as the sampling trigger repeat_contact, with 7 days)      ≤ 0.10
//   first_response  chats: mean first-response time, seconds                               s      ≤ 30
//   response_time   chats: mean over chats of each chat's mean response time, seconds       s      ≤ 60 (default)
// Chat response times use the auto-QA definition (rules timing.first_response / slow reply in autoqaengine.cpp):
// turns in seq order that have a time; a customer message starts the clock when nobody is waiting; a system turn
// (transfer to a person) restarts it before the first agent answer; bot turns do not stop it; an agent message
// stops it and the delay is one response; the first such delay is the first response. chatResponseTimes() below.
//
// Thresholds are stored in store_meta ("indicators.threshold.<metric>"); QA managers and admins change them
// (Permissions::Action::ManageSampling), audited. A share metric's threshold is given as a fraction (0.85).
//
// Periods: a filter covers from..to, both inclusive, on the date the conversation started in its own UTC offset
// (the date part of started_at). Without dates the period is the kDefaultDays days ending on the newest
// conversation's date that matches the rest of the filter.
//
// Anomaly (a group far from its OWN baseline): the baseline is the same group's value of the same metric in each
// of the kBaselinePeriods periods of equal length immediately before the period. Baseline periods with fewer than
// kBaselineMinN conversations behind the value are left out; with fewer than kBaselineMinPeriods left there is no
// baseline. With mean μ and (population) standard deviation σ of those period values, and σ' = max(σ, 5% of |μ|)
// (so a perfectly flat baseline still gives a finite z), the group's period value v is an anomaly when
//   n ≥ kAnomalyMinN  and  |v − μ| / σ' ≥ kAnomalyZ  and  |v − μ| ≥ kAnomalyMinRelativeChange × |μ|
// in either direction (a sudden improvement is worth a look too; `worse` says which way it went).
//
// The per-conversation chat response times are kept in indicator_metrics (core/sql/0014-indicators.sql), derived
// and local (never synced); triggers put changed conversations in indicator_pending and update() folds them in,
// which report()/conversations() do before they query. Every long call takes progress/cancel callbacks: the UI
// runs them on a worker thread with its own Store.

struct IndicatorFilter
{
    QDate from;           // inclusive; invalid together with to: the default period (see above)
    QDate to;             // inclusive
    QString team;         // team name or id; empty: every team
    QString agent;        // agent id; empty: every agent
    QString channel;      // call, chat; empty: both
    QString businessType; // consult, fault, complaint, service_request, other; empty: all
};

struct IndicatorValue
{
    QString metric;
    std::optional<double> value;     // none when n == 0
    int n = 0;                       // conversations behind the value
    std::optional<double> threshold; // none: the metric has no threshold
    bool meets = true;               // value within the threshold (true when there is no threshold or no value)
    bool anomaly = false;
    bool worse = false;                 // the anomaly went the bad way (lower-is-better metric rose, ...)
    std::optional<double> baselineMean; // none: no baseline (too few periods with enough conversations)
    double baselineSd = 0;              // σ of the baseline periods' values (before the floor)
    std::optional<double> z;            // (v − μ) / σ', signed
    int baselinePeriods = 0;            // baseline periods that counted
};

struct IndicatorGroup
{
    QString key;  // team id or agent id; empty for the whole filter
    QString name; // team name or agent name (agent id when it has none); empty for the whole filter
    int conversations = 0;
    std::vector<IndicatorValue> values; // in IndicatorRepository::metrics() order
    std::array<int, 5> csatCounts{};    // conversations rated 1, 2, 3, 4, 5
    const IndicatorValue *value(const QString &metric) const;
};

struct IndicatorReport
{
    IndicatorFilter filter;             // with the period resolved
    QString groupBy;                    // "", team, agent
    IndicatorGroup total;               // the whole filter
    std::vector<IndicatorGroup> groups; // by name
};

// One conversation behind a figure.
struct IndicatorConversation
{
    QString id;
    QString agentId;
    QString agentName;
    QString teamName;
    QString channel;
    QString startedAt;           // as given by the source
    std::optional<double> value; // the metric's value for this conversation (resolution/repeat_contact: 0 or 1)
    bool offending = false;      // misses the threshold on its own (see conversations())
};

// Response times of one chat from its turns (speaker, time in ms, in seq order; turns without a time are skipped).
struct ChatTurnTime
{
    QString speaker;
    std::optional<qint64> atMs;
};
struct ChatResponseTimes
{
    std::optional<double> firstResponseS;
    double sumS = 0; // all responses
    int count = 0;
};
ChatResponseTimes chatResponseTimes(const std::vector<ChatTurnTime> &turns);

class IndicatorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)

public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    static constexpr int kDefaultDays = 7;
    static constexpr int kRepeatDays = 7;
    static constexpr int kBaselinePeriods = 4;
    static constexpr int kBaselineMinPeriods = 2;
    static constexpr int kBaselineMinN = 5;
    static constexpr int kAnomalyMinN = 10;
    static constexpr double kAnomalyZ = 2.0;
    static constexpr double kAnomalyMinRelativeChange = 0.2;
    static constexpr int kDefaultLimit = 200; // a sensible click-through limit for a list on screen

    explicit IndicatorRepository(Store &store);

    // wait_time, turns, resolution, csat, repeat_contact, first_response, response_time
    static const QStringList &metrics();
    static QString metricName(const QString &metric); // translated
    static bool lowerIsBetter(const QString &metric);
    static bool isShare(const QString &metric);                           // resolution, repeat_contact: 0..1
    static std::optional<double> defaultThreshold(const QString &metric); // none for turns

    // The store's threshold, or the default.
    std::optional<double> threshold(const QString &metric) const;
    // QA managers and admins; shares 0..1, csat 1..5, seconds ≥ 0; turns has none. Audited.
    bool setThreshold(const User &actor, const QString &metric, double value, QString *error);

    // Folds conversations changed since the last call into indicator_metrics; returns how many, -1 on error or
    // when cancelled (*error set; each batch commits whole).
    qint64 update(QString *error, const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The filter's indicators, and per team or per agent when groupBy is "team" or "agent" ("" : none).
    std::optional<IndicatorReport> report(const IndicatorFilter &filter, const QString &groupBy, QString *error,
                                          const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The conversations behind a figure (narrow the filter to the group: team or agent). For metrics with a
    // threshold the offending ones come first — wait_time / first_response / response_time above the threshold,
    // resolution unresolved, csat ≤ 3, repeat_contact followed by a repeat — then the rest; newest first within
    // each; at most limit. onlyOffending drops the rest. Conversations without a value for the metric are left out.
    std::optional<std::vector<IndicatorConversation>>
    conversations(const IndicatorFilter &filter, const QString &metric, int limit, bool onlyOffending, QString *error,
                  const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    // "Sample these": a sample (samples / sample_items, plan name and item reason "indicator:<metric>") of these
    // conversations, in one transaction, audited as sample.create; `qawb assign --sample ID` then puts it in
    // inspectors' queues. QA managers and admins. Returns the sample id; empty and *error on failure.
    QString sample(const User &actor, const IndicatorFilter &filter, const QString &metric,
                   const QStringList &conversationIds, QString *error);

private:
    Store &m_store;
};

} // namespace qawb
