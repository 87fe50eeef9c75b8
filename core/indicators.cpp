// Indicator monitoring: see indicators.h.
#include "indicators.h"

#include "chatresponses.h"

#include "auditlog.h"
#include "permissions.h"
#include "sampling.h"
#include "samplingrepository.h"
#include "sqlstatement.h"
#include "store.h"
#include "userrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>
#include <map>

namespace qawb {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr qint64 kOffsetSlackMs = 14 * 3600 * 1000LL; // the widest UTC offset: dates are local to the conversation
constexpr int kBatch = 2000;

enum Metric { WaitTime, Turns, Resolution, Csat, RepeatContact, FirstResponse, ResponseTime, MetricCount };

int metricIndex(const QString &metric)
{
    return int(IndicatorRepository::metrics().indexOf(metric));
}

QString thresholdKey(const QString &metric)
{
    return QStringLiteral("indicators.threshold.") + metric;
}

qint64 utcMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Sums of one group in one period, enough for every metric.
struct Accumulator
{
    qint64 conversations = 0;
    double waitSum = 0;
    qint64 waitN = 0;
    double turnSum = 0;
    qint64 resolvedSum = 0;
    qint64 resolvedN = 0;
    double csatSum = 0;
    std::array<int, 5> csat{};
    qint64 customerN = 0;
    qint64 repeatSum = 0;
    double firstSum = 0;
    qint64 firstN = 0;
    double responseSum = 0;
    qint64 responseN = 0;

    void add(const Accumulator &o)
    {
        conversations += o.conversations;
        waitSum += o.waitSum;
        waitN += o.waitN;
        turnSum += o.turnSum;
        resolvedSum += o.resolvedSum;
        resolvedN += o.resolvedN;
        csatSum += o.csatSum;
        for (int i = 0; i < 5; ++i)
            csat[i] += o.csat[i];
        customerN += o.customerN;
        repeatSum += o.repeatSum;
        firstSum += o.firstSum;
        firstN += o.firstN;
        responseSum += o.responseSum;
        responseN += o.responseN;
    }
    int csatN() const { return csat[0] + csat[1] + csat[2] + csat[3] + csat[4]; }
    // The metric's value and n.
    std::pair<std::optional<double>, int> value(int metric) const
    {
        auto ratio = [](double sum, qint64 n) -> std::pair<std::optional<double>, int> {
            if (n <= 0)
                return {std::nullopt, 0};
            return {sum / double(n), int(n)};
        };
        switch (metric) {
        case WaitTime:
            return ratio(waitSum, waitN);
        case Turns:
            return ratio(turnSum, conversations);
        case Resolution:
            return ratio(double(resolvedSum), resolvedN);
        case Csat:
            return ratio(csatSum, csatN());
        case RepeatContact:
            return ratio(double(repeatSum), customerN);
        case FirstResponse:
            return ratio(firstSum, firstN);
        case ResponseTime:
            return ratio(responseSum, responseN);
        }
        return {std::nullopt, 0};
    }
};

// Interrupts a running statement when the cancel flag is set (SQLite checks every N virtual-machine steps).
class CancelGuard
{
public:
    CancelGuard(sqlite3 *db, const std::atomic_bool *cancel)
        : m_db(db)
    {
        if (cancel)
            sqlite3_progress_handler(
                db, 20000,
                [](void *flag) -> int { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic_bool *>(cancel));
    }
    ~CancelGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(CancelGuard)

private:
    sqlite3 *m_db;
};

// The conversation-level SQL of a filter: a WHERE fragment over conversations c, and its binds.
struct FilterSql
{
    QString where;
    QVariantList binds;
};

QString repeatSql()
{
    return QStringLiteral("CASE WHEN c.customer_id IS NOT NULL THEN EXISTS (SELECT 1 FROM conversations p "
                          "WHERE p.customer_id IS NOT NULL AND p.customer_id = c.customer_id "
                          "AND p.started_ms > c.started_ms AND p.started_ms <= c.started_ms + %1) END")
        .arg(qint64(IndicatorRepository::kRepeatDays) * kDayMs);
}

// The per-conversation value of a metric over conversations c left-joined to indicator_metrics m.
QString valueSql(int metric)
{
    switch (metric) {
    case WaitTime:
        return QStringLiteral("c.wait_s");
    case Turns:
        return QStringLiteral("c.turn_count");
    case Resolution:
        return QStringLiteral("c.resolved");
    case Csat:
        return QStringLiteral("c.csat");
    case RepeatContact:
        return repeatSql();
    case FirstResponse:
        return QStringLiteral("m.first_response_s");
    case ResponseTime:
        return QStringLiteral("m.response_avg_s");
    }
    return QStringLiteral("NULL");
}

} // namespace

ChatResponseTimes chatResponseTimes(const std::vector<ChatTurnTime> &turns)
{
    // The auto-QA definition of a wait (core/chatresponses.h, rules first_response / slow_reply).
    ChatResponseTimes out;
    for (const ChatResponse &response : chatResponses(turns)) {
        if (response.first)
            out.firstResponseS = response.delayS;
        out.sumS += response.delayS;
        ++out.count;
    }
    return out;
}

const IndicatorValue *IndicatorGroup::value(const QString &metric) const
{
    for (const IndicatorValue &v : values)
        if (v.metric == metric)
            return &v;
    return nullptr;
}

IndicatorRepository::IndicatorRepository(Store &store)
    : m_store(store)
{}

const QStringList &IndicatorRepository::metrics()
{
    static const QStringList list{QStringLiteral("wait_time"),      QStringLiteral("turns"),
                                  QStringLiteral("resolution"),     QStringLiteral("csat"),
                                  QStringLiteral("repeat_contact"), QStringLiteral("first_response"),
                                  QStringLiteral("response_time")};
    return list;
}

QString IndicatorRepository::metricName(const QString &metric)
{
    switch (metricIndex(metric)) {
    case WaitTime:
        return tr("Average wait time");
    case Turns:
        return tr("Average turns per conversation");
    case Resolution:
        return tr("First-contact resolution");
    case Csat:
        return tr("CSAT");
    case RepeatContact:
        return tr("Repeat contacts");
    case FirstResponse:
        return tr("First response time (chats)");
    case ResponseTime:
        return tr("Average response time (chats)");
    }
    return metric;
}

bool IndicatorRepository::lowerIsBetter(const QString &metric)
{
    const int m = metricIndex(metric);
    return m != Resolution && m != Csat;
}

bool IndicatorRepository::isShare(const QString &metric)
{
    const int m = metricIndex(metric);
    return m == Resolution || m == RepeatContact;
}

std::optional<double> IndicatorRepository::defaultThreshold(const QString &metric)
{
    switch (metricIndex(metric)) {
    case WaitTime:
        return 20.0;
    case Resolution:
        return 0.85;
    case Csat:
        return 4.5;
    case RepeatContact:
        return 0.10;
    case FirstResponse:
        return 30.0;
    case ResponseTime:
        return 60.0;
    default:
        return std::nullopt;
    }
}

std::optional<double> IndicatorRepository::threshold(const QString &metric) const
{
    const std::optional<double> fallback = defaultThreshold(metric);
    if (!fallback)
        return std::nullopt;
    bool ok = false;
    const double stored = m_store.meta(thresholdKey(metric)).toDouble(&ok);
    return ok ? stored : *fallback;
}

bool IndicatorRepository::setThreshold(const User &actor, const QString &metric, double value, QString *error)
{
    // A QA department setting, like sampling and the feedback threshold: QA managers and admins.
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    if (metricIndex(metric) < 0) {
        *error = tr("there is no indicator %1 (expected one of %2)").arg(metric, metrics().join(QStringLiteral(", ")));
        return false;
    }
    if (!defaultThreshold(metric)) {
        *error = tr("the indicator %1 has no threshold").arg(metric);
        return false;
    }
    const int m = metricIndex(metric);
    const bool valid = std::isfinite(value) && (isShare(metric) ? value >= 0 && value <= 1
                                                : m == Csat     ? value >= 1 && value <= 5
                                                                : value >= 0 && value <= 86400);
    if (!valid) {
        *error = isShare(metric) ? tr("the threshold of %1 is a share from 0 to 1 (0.85 = 85%), not %2")
                                       .arg(metric, QString::number(value))
                 : m == Csat
                     ? tr("the CSAT threshold is from 1 to 5, not %1").arg(value)
                     : tr("the threshold of %1 is 0 to 86400 seconds, not %2").arg(metric, QString::number(value));
        return false;
    }
    Transaction transaction(m_store);
    const double before = *threshold(metric);
    if (!m_store.setMeta(thresholdKey(metric), QString::number(value, 'g', 12))) {
        *error = tr("cannot store the threshold of %1").arg(metric);
        return false;
    }
    if (!AuditLog(m_store).append(
            actor.id, QStringLiteral("indicators.threshold"), QStringLiteral("store_meta"), thresholdKey(metric),
            {{QStringLiteral("metric"), metric}, {QStringLiteral("before"), before}, {QStringLiteral("after"), value}},
            error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

qint64 IndicatorRepository::update(QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    sqlite3 *db = m_store.handle();
    qint64 total = 0;
    {
        Statement count(db, "SELECT count(*) FROM indicator_pending");
        if (count.step() != SQLITE_ROW) {
            *error = count.error();
            return -1;
        }
        total = count.columnInt64(0);
    }
    if (total == 0)
        return 0;
    Statement pending(db, "SELECT p.conversation_id, c.channel, c.content_hash, m.content_hash "
                          "FROM indicator_pending p LEFT JOIN conversations c ON c.id = p.conversation_id "
                          "LEFT JOIN indicator_metrics m ON m.conversation_id = p.conversation_id LIMIT ?1");
    Statement turns(db, "SELECT speaker, at_ms FROM turns WHERE conversation_id = ?1 ORDER BY seq");
    Statement write(db, "INSERT OR REPLACE INTO indicator_metrics(conversation_id, first_response_s, response_avg_s, "
                        "response_count, content_hash) VALUES(?1, ?2, ?3, ?4, ?5)");
    Statement drop(db, "DELETE FROM indicator_metrics WHERE conversation_id = ?1");
    Statement done(db, "DELETE FROM indicator_pending WHERE conversation_id = ?1");
    for (const Statement *s : {&pending, &turns, &write, &drop, &done}) {
        if (!s->ok()) {
            *error = s->error();
            return -1;
        }
    }
    qint64 processed = 0;
    qint64 changed = 0;
    std::vector<ChatTurnTime> chat;
    while (true) {
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return -1;
        }
        Transaction transaction(m_store);
        pending.integer(1, kBatch);
        struct Row
        {
            QString id;
            bool chat = false;
            bool exists = false;
            QString hash;
            bool same = false;
        };
        std::vector<Row> rows;
        int rc;
        while ((rc = pending.step()) == SQLITE_ROW) {
            Row r;
            r.id = pending.columnText(0);
            r.exists = sqlite3_column_type(pending.handle(), 1) != SQLITE_NULL;
            r.chat = pending.columnText(1) == QLatin1String("chat");
            r.hash = pending.columnText(2);
            r.same = sqlite3_column_type(pending.handle(), 3) != SQLITE_NULL && pending.columnText(3) == r.hash;
            rows.push_back(std::move(r));
        }
        pending.reset();
        if (rc != SQLITE_DONE) {
            *error = pending.error();
            return -1;
        }
        if (rows.empty())
            break;
        auto fail = [&](Statement &s) {
            *error = s.error();
            return qint64(-1);
        };
        for (const Row &r : rows) {
            if (!r.exists || !r.chat) {
                drop.text(1, r.id);
                if (drop.step() != SQLITE_DONE)
                    return fail(drop);
                drop.reset();
            } else if (!r.same) {
                chat.clear();
                turns.text(1, r.id);
                while ((rc = turns.step()) == SQLITE_ROW) {
                    ChatTurnTime t;
                    t.speaker = turns.columnText(0);
                    if (sqlite3_column_type(turns.handle(), 1) != SQLITE_NULL)
                        t.atMs = turns.columnInt64(1);
                    chat.push_back(std::move(t));
                }
                turns.reset();
                if (rc != SQLITE_DONE)
                    return fail(turns);
                const ChatResponseTimes times = chatResponseTimes(chat);
                write.text(1, r.id);
                write.optional(2, times.firstResponseS);
                if (times.count > 0)
                    write.real(3, times.sumS / times.count);
                else
                    write.null(3);
                write.integer(4, times.count);
                write.text(5, r.hash);
                if (write.step() != SQLITE_DONE)
                    return fail(write);
                write.reset();
                ++changed;
            }
            done.text(1, r.id);
            if (done.step() != SQLITE_DONE)
                return fail(done);
            done.reset();
        }
        if (!transaction.commit()) {
            *error = transaction.error();
            return -1;
        }
        processed += qint64(rows.size());
        if (progress)
            progress(std::min(processed, total), total);
    }
    return changed;
}

namespace {

// Checks and resolves a filter: team name to id, the default period. Builds the WHERE fragment for everything but
// the dates.
bool resolveFilter(Store &store, IndicatorFilter *filter, FilterSql *sql, QString *teamId, QString *error)
{
    static const QStringList businessTypes{QStringLiteral("consult"), QStringLiteral("fault"),
                                           QStringLiteral("complaint"), QStringLiteral("service_request"),
                                           QStringLiteral("other")};
    if (!filter->channel.isEmpty() && filter->channel != QLatin1String("call") &&
        filter->channel != QLatin1String("chat")) {
        *error = IndicatorRepository::tr("the channel is call or chat, not %1").arg(filter->channel);
        return false;
    }
    if (!filter->businessType.isEmpty() && !businessTypes.contains(filter->businessType)) {
        *error = IndicatorRepository::tr("there is no business type %1 (expected one of %2)")
                     .arg(filter->businessType, businessTypes.join(QStringLiteral(", ")));
        return false;
    }
    QSqlQuery q(store.database());
    if (!filter->team.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ? OR id = ?"));
        q.addBindValue(filter->team);
        q.addBindValue(filter->team);
        if (!q.exec() || !q.next()) {
            *error = IndicatorRepository::tr("there is no team %1").arg(filter->team);
            return false;
        }
        *teamId = q.value(0).toString();
        sql->where += QStringLiteral(" AND c.team_id = ?");
        sql->binds << *teamId;
    }
    if (!filter->agent.isEmpty()) {
        q.prepare(QStringLiteral("SELECT 1 FROM agents WHERE id = ?"));
        q.addBindValue(filter->agent);
        if (!q.exec() || !q.next()) {
            *error = IndicatorRepository::tr("there is no agent %1").arg(filter->agent);
            return false;
        }
        sql->where += QStringLiteral(" AND c.agent_id = ?");
        sql->binds << filter->agent;
    }
    if (!filter->channel.isEmpty()) {
        sql->where += QStringLiteral(" AND c.channel = ?");
        sql->binds << filter->channel;
    }
    if (!filter->businessType.isEmpty()) {
        sql->where += QStringLiteral(" AND c.business_type = ?");
        sql->binds << filter->businessType;
    }
    const int days = IndicatorRepository::kDefaultDays;
    if (!filter->from.isValid() && !filter->to.isValid()) {
        q.prepare(QStringLiteral("SELECT substr(c.started_at, 1, 10) FROM conversations c WHERE 1") + sql->where +
                  QStringLiteral(" ORDER BY c.started_ms DESC LIMIT 1"));
        for (const QVariant &b : std::as_const(sql->binds))
            q.addBindValue(b);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        filter->to = q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
        if (!filter->to.isValid())
            filter->to = QDate::currentDate();
    }
    if (!filter->from.isValid())
        filter->from = filter->to.addDays(-(days - 1));
    if (!filter->to.isValid())
        filter->to = filter->from.addDays(days - 1);
    if (filter->from > filter->to) {
        *error = IndicatorRepository::tr("the period starts (%1) after it ends (%2)")
                     .arg(filter->from.toString(Qt::ISODate), filter->to.toString(Qt::ISODate));
        return false;
    }
    return true;
}

// The dates condition for from..to (both inclusive): an index range on started_ms wide enough for any UTC offset,
// then the conversation's own date.
QString datesSql(const QDate &from, const QDate &to, QVariantList *binds)
{
    *binds << utcMs(from) - kOffsetSlackMs << utcMs(to.addDays(1)) + kOffsetSlackMs << from.toString(Qt::ISODate)
           << to.toString(Qt::ISODate);
    return QStringLiteral(
        " AND c.started_ms >= ? AND c.started_ms < ? AND substr(c.started_at, 1, 10) BETWEEN ? AND ?");
}

} // namespace

std::optional<IndicatorReport> IndicatorRepository::report(const IndicatorFilter &filterIn, const QString &groupBy,
                                                           QString *error, const ProgressFn &progress,
                                                           const std::atomic_bool *cancel)
{
    if (!groupBy.isEmpty() && groupBy != QLatin1String("team") && groupBy != QLatin1String("agent")) {
        *error = tr("indicators are grouped by team or agent, not %1").arg(groupBy);
        return std::nullopt;
    }
    if (update(error, progress, cancel) < 0)
        return std::nullopt;
    IndicatorReport report;
    report.filter = filterIn;
    report.groupBy = groupBy;
    FilterSql filterSql;
    QString teamId;
    if (!resolveFilter(m_store, &report.filter, &filterSql, &teamId, error))
        return std::nullopt;
    const IndicatorFilter &filter = report.filter;
    const int len = int(filter.from.daysTo(filter.to)) + 1;
    const QDate start = filter.from.addDays(-qint64(len) * kBaselinePeriods);

    QVariantList binds{start.toString(Qt::ISODate), len};
    const QString group = groupBy == QLatin1String("team")    ? QStringLiteral("coalesce(c.team_id, '')")
                          : groupBy == QLatin1String("agent") ? QStringLiteral("c.agent_id")
                                                              : QStringLiteral("''");
    QString sql =
        QStringLiteral("SELECT CAST((julianday(substr(c.started_at, 1, 10)) - julianday(?)) AS INTEGER) / ? AS period, "
                       "%1 AS grp, count(*), sum(c.wait_s), count(c.wait_s), sum(c.turn_count), sum(c.resolved), "
                       "count(c.resolved), sum(c.csat), sum(c.csat = 1), sum(c.csat = 2), sum(c.csat = 3), "
                       "sum(c.csat = 4), sum(c.csat = 5), count(c.customer_id), sum(%2), "
                       "sum(m.first_response_s), count(m.first_response_s), sum(m.response_avg_s), "
                       "count(m.response_avg_s) "
                       "FROM conversations c LEFT JOIN indicator_metrics m ON m.conversation_id = c.id WHERE 1")
            .arg(group, repeatSql());
    sql += datesSql(start, filter.to, &binds);
    sql += filterSql.where;
    binds += filterSql.binds;
    sql += QStringLiteral(" GROUP BY period, grp");

    // group key -> one accumulator per period (0..K-1 the baseline, K the period itself)
    std::map<QString, std::vector<Accumulator>> groups;
    {
        CancelGuard guard(m_store.handle(), cancel);
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec()) {
            *error = cancel && cancel->load() ? tr("cancelled") : q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            const int period = q.value(0).toInt();
            if (period < 0 || period > kBaselinePeriods)
                continue;
            auto &periods = groups[q.value(1).toString()];
            periods.resize(kBaselinePeriods + 1);
            Accumulator &a = periods[period];
            a.conversations = q.value(2).toLongLong();
            a.waitSum = q.value(3).toDouble();
            a.waitN = q.value(4).toLongLong();
            a.turnSum = q.value(5).toDouble();
            a.resolvedSum = q.value(6).toLongLong();
            a.resolvedN = q.value(7).toLongLong();
            a.csatSum = q.value(8).toDouble();
            for (int i = 0; i < 5; ++i)
                a.csat[i] = q.value(9 + i).toInt();
            a.customerN = q.value(14).toLongLong();
            a.repeatSum = q.value(15).toLongLong();
            a.firstSum = q.value(16).toDouble();
            a.firstN = q.value(17).toLongLong();
            a.responseSum = q.value(18).toDouble();
            a.responseN = q.value(19).toLongLong();
        }
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return std::nullopt;
        }
    }

    std::vector<std::optional<double>> thresholds;
    for (const QString &metric : metrics())
        thresholds.push_back(threshold(metric));

    auto build = [&](const QString &key, const QString &name, const std::vector<Accumulator> &periods) {
        IndicatorGroup g;
        g.key = key;
        g.name = name;
        const Accumulator &current = periods[kBaselinePeriods];
        g.conversations = int(current.conversations);
        g.csatCounts = current.csat;
        for (int m = 0; m < MetricCount; ++m) {
            const QString &metric = metrics().at(m);
            IndicatorValue v;
            v.metric = metric;
            const auto [value, n] = current.value(m);
            v.value = value;
            v.n = n;
            v.threshold = thresholds[m];
            if (v.value && v.threshold)
                v.meets = lowerIsBetter(metric) ? *v.value <= *v.threshold : *v.value >= *v.threshold;
            std::vector<double> baseline;
            for (int p = 0; p < kBaselinePeriods; ++p) {
                const auto [bv, bn] = periods[p].value(m);
                if (bv && bn >= kBaselineMinN)
                    baseline.push_back(*bv);
            }
            v.baselinePeriods = int(baseline.size());
            if (v.baselinePeriods >= kBaselineMinPeriods) {
                double mean = 0;
                for (double b : baseline)
                    mean += b;
                mean /= double(baseline.size());
                double var = 0;
                for (double b : baseline)
                    var += (b - mean) * (b - mean);
                v.baselineMean = mean;
                v.baselineSd = std::sqrt(var / double(baseline.size()));
                if (v.value) {
                    const double sd = std::max({v.baselineSd, 0.05 * std::abs(mean), 1e-9});
                    const double diff = *v.value - mean;
                    v.z = diff / sd;
                    v.anomaly = v.n >= kAnomalyMinN && std::abs(*v.z) >= kAnomalyZ &&
                                std::abs(diff) >= kAnomalyMinRelativeChange * std::abs(mean);
                    v.worse = lowerIsBetter(metric) ? diff > 0 : diff < 0;
                }
            }
            g.values.push_back(v);
        }
        return g;
    };

    std::vector<Accumulator> total(kBaselinePeriods + 1);
    for (const auto &[key, periods] : groups)
        for (int p = 0; p <= kBaselinePeriods; ++p)
            total[p].add(periods[p]);
    report.total = build(QString(), QString(), total);

    if (!groupBy.isEmpty()) {
        QHash<QString, QString> names;
        QSqlQuery q(m_store.database());
        if (q.exec(groupBy == QLatin1String("team") ? QStringLiteral("SELECT id, name FROM teams")
                                                    : QStringLiteral("SELECT id, coalesce(name, id) FROM agents"))) {
            while (q.next())
                names.insert(q.value(0).toString(), q.value(1).toString());
        }
        for (const auto &[key, periods] : groups) {
            if (periods[kBaselinePeriods].conversations == 0)
                continue; // active only in the baseline
            report.groups.push_back(build(key, key.isEmpty() ? tr("(no team)") : names.value(key, key), periods));
        }
        std::sort(report.groups.begin(), report.groups.end(), [](const IndicatorGroup &a, const IndicatorGroup &b) {
            return a.name != b.name ? a.name < b.name : a.key < b.key;
        });
    }
    return report;
}

std::optional<std::vector<IndicatorConversation>> IndicatorRepository::conversations(const IndicatorFilter &filterIn,
                                                                                     const QString &metric, int limit,
                                                                                     bool onlyOffending, QString *error,
                                                                                     const ProgressFn &progress,
                                                                                     const std::atomic_bool *cancel)
{
    const int m = metricIndex(metric);
    if (m < 0) {
        *error = tr("there is no indicator %1 (expected one of %2)").arg(metric, metrics().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (limit < 1) {
        *error = tr("the limit must be at least 1, not %1").arg(limit);
        return std::nullopt;
    }
    if (update(error, progress, cancel) < 0)
        return std::nullopt;
    IndicatorFilter filter = filterIn;
    FilterSql filterSql;
    QString teamId;
    if (!resolveFilter(m_store, &filter, &filterSql, &teamId, error))
        return std::nullopt;
    const QString value = valueSql(m);
    QString offending = QStringLiteral("0");
    const std::optional<double> limitValue = threshold(metric);
    if (m == Resolution)
        offending = QStringLiteral("(v = 0)");
    else if (m == Csat)
        offending = QStringLiteral("(v <= 3)");
    else if (m == RepeatContact)
        offending = QStringLiteral("(v = 1)");
    else if (limitValue)
        offending = QStringLiteral("(v > %1)").arg(*limitValue, 0, 'g', 17);
    QVariantList binds;
    QString inner = QStringLiteral("SELECT c.id, c.agent_id, coalesce(a.name, c.agent_id) AS agent_name, "
                                   "coalesce(t.name, '') AS team_name, c.channel, c.started_at, c.started_ms, "
                                   "%1 AS v FROM conversations c LEFT JOIN indicator_metrics m "
                                   "ON m.conversation_id = c.id LEFT JOIN agents a ON a.id = c.agent_id "
                                   "LEFT JOIN teams t ON t.id = c.team_id WHERE 1")
                        .arg(value);
    inner += datesSql(filter.from, filter.to, &binds);
    inner += filterSql.where;
    binds += filterSql.binds;
    QString sql = QStringLiteral("SELECT id, agent_id, agent_name, team_name, channel, started_at, v, %1 AS bad "
                                 "FROM (%2) WHERE v IS NOT NULL")
                      .arg(offending, inner);
    if (onlyOffending)
        sql += QStringLiteral(" AND %1").arg(offending);
    sql += QStringLiteral(" ORDER BY bad DESC, started_ms DESC, id LIMIT %1").arg(limit);
    CancelGuard guard(m_store.handle(), cancel);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        *error = cancel && cancel->load() ? tr("cancelled") : q.lastError().text();
        return std::nullopt;
    }
    std::vector<IndicatorConversation> out;
    while (q.next()) {
        IndicatorConversation c;
        c.id = q.value(0).toString();
        c.agentId = q.value(1).toString();
        c.agentName = q.value(2).toString();
        c.teamName = q.value(3).toString();
        c.channel = q.value(4).toString();
        c.startedAt = q.value(5).toString();
        c.value = q.value(6).toDouble();
        c.offending = q.value(7).toInt() != 0;
        out.push_back(c);
    }
    return out;
}

QString IndicatorRepository::sample(const User &actor, const IndicatorFilter &filterIn, const QString &metric,
                                    const QStringList &conversationIds, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return {};
    if (metricIndex(metric) < 0) {
        *error = tr("there is no indicator %1 (expected one of %2)").arg(metric, metrics().join(QStringLiteral(", ")));
        return {};
    }
    if (conversationIds.isEmpty()) {
        *error = tr("there are no conversations to sample");
        return {};
    }
    IndicatorFilter filter = filterIn;
    FilterSql filterSql;
    QString teamId;
    if (!resolveFilter(m_store, &filter, &filterSql, &teamId, error))
        return {};
    const QString reason = QStringLiteral("indicator:") + metric;
    SampleResult result;
    QSet<QString> seen;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT agent_id, channel, duration_s, turn_count FROM conversations WHERE id = ?"));
    for (const QString &id : conversationIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        q.bindValue(0, id);
        if (!q.exec() || !q.next()) {
            *error = tr("there is no conversation %1").arg(id);
            return {};
        }
        SamplePick pick;
        pick.id = id;
        pick.agentId = q.value(0).toString();
        pick.stratum = reason;
        pick.reason = reason;
        pick.expectedSeconds = expectedReviewSeconds(q.value(1).toString(), q.value(2).toDouble(), q.value(3).toInt());
        result.picks.push_back(pick);
        result.perAgent[pick.agentId] += 1;
        q.finish();
    }
    result.eligible = int(result.picks.size());
    result.target = result.eligible;
    result.perReason.insert(reason, result.eligible);
    result.perStratum.insert(reason, result.eligible);
    SamplingPlan plan;
    plan.name = reason;
    plan.count = result.target;
    plan.periodDays = int(filter.from.daysTo(filter.to)) + 1;
    plan.excludeEvaluated = false;
    plan.excludeInOpenQueue = false;
    if (!teamId.isEmpty()) {
        QSqlQuery t(m_store.database());
        t.prepare(QStringLiteral("SELECT name FROM teams WHERE id = ?"));
        t.addBindValue(teamId);
        if (t.exec() && t.next())
            plan.teams = QStringList{t.value(0).toString()};
    }
    if (!filter.channel.isEmpty())
        plan.channels = QStringList{filter.channel};
    if (!filter.businessType.isEmpty())
        plan.businessTypes = QStringList{filter.businessType};
    // The sample's period: the filter's dates, as whole days of this machine's time zone like drawn samples.
    return SamplingRepository(m_store).saveSample(actor, plan, SamplePeriod::fromDates(filter.from, filter.to), result,
                                                  error);
}

} // namespace qawb
