#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;

// Which evaluations a report covers. Every report counts SUBMITTED evaluations only (a reopened one counts once, as
// its latest submitted revision; a draft not at all) and never calibration evaluations (queues.kind =
// 'calibration'). Empty fields do not filter.
struct ReportFilter
{
    QDate from;           // inclusive, on the conversation's own start date (as the source gave it, its own UTC offset)
    QDate to;             // inclusive
    QString team;         // team name (the conversation's team)
    QString agentId;      // agent id (the conversation's agent)
    QString channel;      // call | chat
    QString businessType; // consult | fault | complaint | service_request | other
    QString scorecard;    // scorecard key (e.g. "online-service"); any version
};

enum class ReportPeriod { Day, Week, Month }; // Week: ISO week, Monday to Sunday
enum class RankingBy { Agent, Team };

// Score distribution. Pass: score >= the scorecard version's pass_score and not fatal (a fatal evaluation fails).
struct ScoreDistribution
{
    int count = 0;
    std::optional<double> mean;
    std::optional<double> median; // of an even count: the mean of the two middle scores
    std::optional<double> stddev; // population standard deviation (Excel STDEV.P)
    int passed = 0;
    std::optional<double> passRate; // passed / count, 0..1
    int fatal = 0;
    // bins[i] counts scores in [10 i, 10 i + 10); the last bin is [90, 100] and also holds scores above 100.
    std::array<int, 10> bins{};
};

struct TrendRow
{
    QDate start;   // the period's first day (day; the week's Monday; the month's 1st)
    QString label; // 2026-11-23 | 2026-W48 | 2026-11
    int count = 0;
    double mean = 0;
    int passed = 0;
    double passRate = 0; // 0..1
};

// One agent or team. Ranked by mean score (rounded to 2 decimals), best first; equal means share a rank and the next
// rank skips ("1, 2, 2, 4": standard competition ranking); rows with equal rank are ordered by name.
struct RankingRow
{
    int rank = 0;
    QString id;   // agent id | team id ("" for conversations without a team)
    QString name; // agent name (the id when the store has none) | team name
    QString team; // agents: their team's name
    int count = 0;
    double mean = 0;
    int passed = 0;
    double passRate = 0; // 0..1
    int fatal = 0;
};

// One scorecard item over the evaluations that were asked it. Versions of a scorecard are merged by item id; each
// answer is judged with its own version's ScorecardItem::isFailed. Conditional items not asked do not count at all.
struct ItemStat
{
    QString scorecard; // scorecard key
    QString itemId;
    QString section;    // section title (latest version, current locale)
    QString text;       // item text (latest version, current locale)
    int applicable = 0; // evaluations asked this item (passed + failed + na)
    int passed = 0;
    int failed = 0;
    int na = 0;
    std::optional<double> passRate; // passed / (passed + failed); none when every answer was N/A
    std::optional<double> target;   // the item's "target" (0..1) in its latest version
    bool belowTarget = false;       // passRate < target
    bool fatalItem = false;
};

struct ProblemItem
{
    QString scorecard;
    QString itemId;
    QString text;
    int failed = 0;
    double share = 0; // failed / evaluations in the report (0..1)
};

struct ProblemRule
{
    QString ruleId;
    QString category;
    QString severity;
    int hits = 0;
    int conversations = 0; // conversations with at least one hit
    double share = 0;      // conversations / conversations in the report (0..1)
};

// Most-failed items (over the filtered evaluations) and most-hit auto-QA rules (over ALL conversations matching
// the filter's date, team, agent, channel and business type, evaluated or not: auto-QA covers every conversation; the
// scorecard filter does not apply to rules).
struct ProblemReport
{
    int evaluations = 0;
    int conversations = 0;
    std::vector<ProblemItem> items; // failed > 0, most failed first
    std::vector<ProblemRule> rules; // most conversations first, then most hits
};

// Review time: from when the inspector first saved the evaluation (its created_at) to its FIRST submission (revision
// 1's submitted_at: a reopened evaluation's later work is not review time). Median, as a few left-open drafts would
// swamp a mean.
struct InspectorStat
{
    QString id;
    QString name;
    int submitted = 0;
    double meanScore = 0;
    int passed = 0;
    double passRate = 0;
    int timed = 0; // evaluations with a usable review time (>= 0)
    std::optional<double> medianReviewSeconds;
};

// A report as a table: the one shape the CLI, the UI's table views and the CSV / JSON exports share.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    QStringList columns; // stable snake_case keys (JSON keys, CSV header row)
    QStringList headers; // translated column titles (the UI's header)
    QList<QVariantList> rows;

    // Excel-friendly CSV: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, numbers with '.' (no thousands separator),
    // null as an empty field, booleans as true/false, text Excel would read as a formula prefixed with '. The
    // header row: the column keys, or with translatedHeaders the translated headers.
    QByteArray toCsv(bool translatedHeaders = false) const;
    // {"columns": [...], "rows": [{key: value, ...}, ...]} (indented); null stays null.
    QByteArray toJson() const;
};

// Reads QA reports from a store. Reports are computed from a local rollup (report_facts, schema 13: one row per
// counted evaluation with everything a report needs; report_conversations: each conversation's auto-QA hits), which
// triggers mark stale and refresh() folds in; every report refreshes first, so results are always current. Derived
// data: never synced, each store keeps its own.
class ReportRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    explicit ReportRepository(Store &store);

    // Brings the rollup up to date with the evaluations and conversations changed since the last call (all of them, the
    // first time on a store). Returns how many evaluations and conversations were folded in, -1 on error (*error set)
    // or when cancelled (each batch commits whole, so a cancelled refresh leaves a consistent rollup that the next one
    // continues).
    qint64 refresh(QString *error, const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    // Each report: nullopt on error or cancel (*error set).
    std::optional<ScoreDistribution> distribution(const ReportFilter &filter, QString *error,
                                                  const std::atomic_bool *cancel = nullptr);
    std::optional<std::vector<TrendRow>> trend(const ReportFilter &filter, ReportPeriod period, QString *error,
                                               const std::atomic_bool *cancel = nullptr);
    std::optional<std::vector<RankingRow>> ranking(const ReportFilter &filter, RankingBy by, QString *error,
                                                   const std::atomic_bool *cancel = nullptr);
    // Ordered by scorecard key, then the item's order in the latest version.
    std::optional<std::vector<ItemStat>> items(const ReportFilter &filter, QString *error,
                                               const std::atomic_bool *cancel = nullptr);
    std::optional<ProblemReport> problems(const ReportFilter &filter, QString *error,
                                          const std::atomic_bool *cancel = nullptr);
    // Busiest inspector first.
    std::optional<std::vector<InspectorStat>> inspectors(const ReportFilter &filter, QString *error,
                                                         const std::atomic_bool *cancel = nullptr);

    // The tables (and so the CSV / JSON) of each report. Rates are 0..1 fractions rounded to 4 decimals, scores
    // and means to 2 decimals, review times in seconds (1 decimal).
    static ReportTable table(const ScoreDistribution &d);        // the histogram: one row per 10-point bin
    static ReportTable summaryTable(const ScoreDistribution &d); // one row: count, mean, median, stddev, pass rate...
    static ReportTable table(const std::vector<TrendRow> &rows);
    static ReportTable table(const std::vector<RankingRow> &rows, RankingBy by);
    static ReportTable table(const std::vector<ItemStat> &rows);
    static ReportTable itemsTable(const ProblemReport &p); // most-failed items
    static ReportTable rulesTable(const ProblemReport &p); // most-hit rules
    static ReportTable table(const std::vector<InspectorStat> &rows);

private:
    Store &m_store;
};

} // namespace qawb
