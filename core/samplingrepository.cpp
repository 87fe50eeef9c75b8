#include "samplingrepository.h"

#include "auditlog.h"
#include "caserepository.h"
#include "ids.h"
#include "permissions.h"
#include "sqlstatement.h"
#include "store.h"
#include "userrepository.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <deque>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace qawb {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The UTC offset written in a source timestamp ("…+08:00", "…Z"), in milliseconds. Hour of day and weekday are
// taken in the conversation's own time zone, so a sample comes out the same on every machine.
qint64 offsetMsOf(const char *text, int length)
{
    if (length >= 1 && text[length - 1] == 'Z')
        return 0;
    if (length >= 6 && (text[length - 6] == '+' || text[length - 6] == '-') && text[length - 3] == ':') {
        const auto digit = [&](int i) {
            return qint64(text[length - i] - '0');
        };
        const qint64 minutes = (digit(5) * 10 + digit(4)) * 60 + digit(2) * 10 + digit(1);
        return (text[length - 6] == '-' ? -minutes : minutes) * 60 * 1000;
    }
    return 0;
}

// Shares one QString per distinct short value (agent ids, teams, channels): a million candidates, a few hundred
// distinct values. Looked up by the column's bytes, so a known value costs no allocation.
class Interner
{
public:
    // The shared QString for the bytes; *number (if given) is the value's number in the order first seen.
    QString get(const unsigned char *text, int bytes, int *number = nullptr)
    {
        if (!text) {
            if (number)
                *number = -1;
            return {};
        }
        const std::string_view key(reinterpret_cast<const char *>(text), size_t(bytes));
        auto it = m_map.find(key);
        if (it == m_map.end()) {
            m_keys.emplace_back(key);
            it = m_map
                     .emplace(std::string_view(m_keys.back()),
                              Value{QString::fromUtf8(key.data(), qsizetype(key.size())), int(m_map.size())})
                     .first;
        }
        if (number)
            *number = it->second.number;
        return it->second.text;
    }
    template <typename F>
    void forEach(F f) const
    {
        for (const auto &[key, value] : m_map)
            f(value.text, value.number);
    }
    // Like get(), without adding: *number is -1 for a value never seen.
    void find(const unsigned char *text, int bytes, int *number) const
    {
        const auto it =
            text ? m_map.find(std::string_view(reinterpret_cast<const char *>(text), size_t(bytes))) : m_map.end();
        *number = it == m_map.end() ? -1 : it->second.number;
    }

private:
    struct Value
    {
        QString text;
        int number;
    };
    std::deque<std::string> m_keys; // stable addresses for the views
    std::unordered_map<std::string_view, Value> m_map;
};

QString columnUtf8(sqlite3_stmt *s, int i)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
}

bool failWith(QString *error, const QString &message)
{
    *error = message;
    return false;
}

QString uniqueQueueName(Store &store, const QString &inspectorId, const QString &base)
{
    QString name = base;
    for (int n = 2;; ++n) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT 1 FROM queues WHERE inspector_id = ? AND name = ?"));
        q.addBindValue(inspectorId);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return name;
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
}

bool createQueue(Store &store, const QString &id, const QString &name, const QString &inspectorId, const QString &kind,
                 const QString &sampleId, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO queues(id, name, inspector_id, kind, status, created_at, updated_at, "
                             "sample_id) VALUES(?, ?, ?, ?, 'open', ?, ?, ?)"));
    const QString now = nowIso();
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(inspectorId);
    q.addBindValue(kind);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sampleId.isEmpty() ? QVariant() : QVariant(sampleId));
    if (!q.exec())
        return failWith(error, q.lastError().text());
    return true;
}

QString periodText(const SamplePeriod &p)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(p.fromMs).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(p.toMs - 1).date();
    return from == to ? from.toString(Qt::ISODate)
                      : QStringLiteral("%1–%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

struct AgentStats
{
    double n = 0, sum = 0, sumSq = 0;
    void add(double v)
    {
        ++n;
        sum += v;
        sumSq += v * v;
    }
    double mean() const { return n > 0 ? sum / n : 0; }
    void merge(const AgentStats &o)
    {
        n += o.n;
        sum += o.sum;
        sumSq += o.sumSq;
    }
    double sd() const { return n > 1 ? std::sqrt(std::max(0.0, (sumSq - sum * sum / n) / (n - 1))) : 0; }
};

// -1: the agent's period mean fell far below their baseline, +1: rose far above, 0: neither (or too little data).
int shift(const AgentStats &baseline, const AgentStats &period, double z)
{
    if (baseline.n < 10 || period.n < 5 || baseline.sd() <= 0)
        return 0;
    const double score = (period.mean() - baseline.mean()) / (baseline.sd() / std::sqrt(period.n));
    return score <= -z ? -1 : score >= z ? 1 : 0;
}

// What every scanning thread needs to know, read-only.
struct ScanContext
{
    const SamplingPlan *plan = nullptr;
    QSet<QString> teamIds, channels, businessTypes;
    bool wantLowCsat = false, wantComplaint = false, wantUnresolved = false, wantAnomaly = false;
    const std::atomic_bool *cancel = nullptr;
    std::atomic<int> *seen = nullptr;
};

// What one thread found in its part of the period.
struct ScanPart
{
    std::vector<SampleCandidate> out;
    std::vector<std::pair<double, double>> values;           // per candidate (csat or NaN, duration or NaN)
    QHash<QString, std::pair<AgentStats, AgentStats>> stats; // per agent in the period: CSAT, duration
    QString error;
};

// Reads conversations (sql takes four numbers: ?1..?4) into part. Runs on any thread, with its own connection.
void scanConversations(sqlite3 *db, const char *sql, const std::array<qint64, 4> &binds, const ScanContext &ctx,
                       ScanPart &part)
{
    Statement s(db, sql);
    if (!s.ok()) {
        part.error = s.error();
        return;
    }
    for (int i = 0; i < 4; ++i)
        s.integer(i + 1, binds[size_t(i)]);
    sqlite3_stmt *stmt = s.handle();
    const SamplingPlan &plan = *ctx.plan;
    Interner interner;
    std::vector<std::pair<AgentStats, AgentStats>> stats; // by the interner's numbers
    std::vector<signed char> isCall, isComplaint;         // by the interner's numbers: -1 unknown yet
    const auto flag = [](std::vector<signed char> &flags, int number, const QString &value, const char *equal) {
        if (size_t(number) >= flags.size())
            flags.resize(size_t(number) + 1, -1);
        if (flags[size_t(number)] < 0)
            flags[size_t(number)] = value == QLatin1String(equal) ? 1 : 0;
        return flags[size_t(number)] == 1;
    };
    const QString kShort = QStringLiteral("too_short"), kComplaint = QStringLiteral("complaint");
    const int kLowCsat = TriggerSet::indexOf(QStringLiteral("low_csat")),
              kComplaintBit = TriggerSet::indexOf(kComplaint),
              kUnresolved = TriggerSet::indexOf(QStringLiteral("unresolved"));
    int rc;
    int local = 0;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (++local % 4096 == 0) {
            ctx.seen->fetch_add(4096, std::memory_order_relaxed);
            if (ctx.cancel && ctx.cancel->load(std::memory_order_relaxed))
                return;
        }
        int agentNumber = 0;
        const QString agentId = interner.get(sqlite3_column_text(stmt, 1), sqlite3_column_bytes(stmt, 1), &agentNumber);
        const bool hasCsat = sqlite3_column_type(stmt, 9) != SQLITE_NULL;
        const bool hasDuration = sqlite3_column_type(stmt, 7) != SQLITE_NULL;
        const int csat = sqlite3_column_int(stmt, 9);
        const double duration = sqlite3_column_double(stmt, 7);
        if (ctx.wantAnomaly) {
            if (size_t(agentNumber) >= stats.size())
                stats.resize(size_t(agentNumber) + 1);
            if (hasCsat)
                stats[size_t(agentNumber)].first.add(csat);
            if (hasDuration)
                stats[size_t(agentNumber)].second.add(duration);
        }
        const QString teamId = interner.get(sqlite3_column_text(stmt, 2), sqlite3_column_bytes(stmt, 2));
        int channelNumber = 0, businessNumber = 0;
        const QString channel =
            interner.get(sqlite3_column_text(stmt, 3), sqlite3_column_bytes(stmt, 3), &channelNumber);
        const QString businessType =
            interner.get(sqlite3_column_text(stmt, 4), sqlite3_column_bytes(stmt, 4), &businessNumber);
        if ((!ctx.teamIds.isEmpty() && !ctx.teamIds.contains(teamId)) ||
            (!ctx.channels.isEmpty() && !ctx.channels.contains(channel)) ||
            (!ctx.businessTypes.isEmpty() && !ctx.businessTypes.contains(businessType)))
            continue;
        SampleCandidate c;
        c.id = columnUtf8(stmt, 0);
        c.agentId = agentId;
        c.teamId = teamId;
        c.channel = channel;
        c.businessType = businessType;
        const qint64 localMs =
            sqlite3_column_int64(stmt, 6) +
            offsetMsOf(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 5)), sqlite3_column_bytes(stmt, 5));
        c.hour = int(floorDiv(localMs, 3600 * 1000) % 24);
        c.weekday = int((floorDiv(localMs, kDayMs) + 3) % 7) + 1; // 1970-01-01 was a Thursday
        const int turns = sqlite3_column_int(stmt, 8);
        const bool call = channelNumber >= 0 && flag(isCall, channelNumber, channel, "call");
        c.expectedSeconds = expectedReviewSeconds(call, duration, turns);
        if ((call && hasDuration && duration < plan.minCallSeconds) || (!call && turns < plan.minChatMessages))
            c.excludedBecause = kShort;
        if (ctx.wantLowCsat && hasCsat && csat <= 2)
            c.triggers.insert(kLowCsat);
        if (ctx.wantComplaint && businessNumber >= 0 && flag(isComplaint, businessNumber, businessType, "complaint"))
            c.triggers.insert(kComplaintBit);
        if (ctx.wantUnresolved && sqlite3_column_type(stmt, 10) != SQLITE_NULL && sqlite3_column_int(stmt, 10) == 0)
            c.triggers.insert(kUnresolved);
        if (ctx.wantAnomaly)
            part.values.emplace_back(hasCsat ? double(csat) : NAN, hasDuration ? duration : NAN);
        part.out.push_back(std::move(c));
    }
    ctx.seen->fetch_add(local % 4096, std::memory_order_relaxed);
    if (rc != SQLITE_DONE) {
        part.error = s.error();
        return;
    }
    interner.forEach([&](const QString &value, int number) {
        if (size_t(number) < stats.size() && (stats[size_t(number)].first.n > 0 || stats[size_t(number)].second.n > 0))
            part.stats.insert(value, stats[size_t(number)]);
    });
}

// A read-only connection of its own for a scanning thread; nullptr for an in-memory store (then one thread scans).
sqlite3 *openReader(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

} // namespace

SamplePeriod SamplePeriod::lastDays(int days)
{
    const QDate today = QDate::currentDate();
    return fromDates(today.addDays(-days), today.addDays(-1));
}

SamplePeriod SamplePeriod::fromDates(const QDate &from, const QDate &to)
{
    return {from.startOfDay().toMSecsSinceEpoch(), to.addDays(1).startOfDay().toMSecsSinceEpoch()};
}

SamplingRepository::SamplingRepository(Store &store)
    : m_store(store)
{}

std::vector<StoredPlan> SamplingRepository::plans()
{
    std::vector<StoredPlan> out;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT id, name, definition, updated_at FROM sampling_plans ORDER BY name"))) {
        while (q.next())
            out.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8(), q.value(3).toString()});
    }
    return out;
}

std::optional<StoredPlan> SamplingRepository::plan(const QString &nameOrId)
{
    for (StoredPlan &p : plans()) {
        if (p.name == nameOrId || p.id == nameOrId)
            return std::move(p);
    }
    return std::nullopt;
}

bool SamplingRepository::savePlan(const User &actor, const SamplingPlan &plan, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    if (plan.name.trimmed().isEmpty())
        return failWith(error, tr("a plan needs a name"));
    QString parseError;
    const QByteArray json = plan.toJson();
    if (!SamplingPlan::fromJson(json, &parseError))
        return failWith(error, parseError);
    Transaction transaction(m_store);
    const std::optional<StoredPlan> before = this->plan(plan.name);
    const QString id = before ? before->id : newId();
    const QString now = nowIso();
    QSqlQuery q(m_store.database());
    if (before) {
        q.prepare(QStringLiteral("UPDATE sampling_plans SET definition = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(now);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO sampling_plans(id, name, definition, created_by, created_at, updated_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(plan.name);
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(actor.id);
        q.addBindValue(now);
        q.addBindValue(now);
    }
    if (!q.exec())
        return failWith(error, q.lastError().text());
    QJsonObject detail{{QStringLiteral("name"), plan.name},
                       {QStringLiteral("after"), QJsonDocument::fromJson(json).object()}};
    if (before)
        detail.insert(QStringLiteral("before"), QJsonDocument::fromJson(before->json).object());
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("sampling_plan.save"), QStringLiteral("sampling_plans"), id,
                                  detail, error))
        return false;
    if (!transaction.commit())
        return failWith(error, transaction.error());
    return true;
}

bool SamplingRepository::deletePlan(const User &actor, const QString &name, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    Transaction transaction(m_store);
    const std::optional<StoredPlan> before = plan(name);
    if (!before)
        return failWith(error, tr("there is no sampling plan called %1").arg(name));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM sampling_plans WHERE id = ?"));
    q.addBindValue(before->id);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("sampling_plan.delete"), QStringLiteral("sampling_plans"),
                                  before->id,
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("before"), QJsonDocument::fromJson(before->json).object()}},
                                  error))
        return false;
    if (!transaction.commit())
        return failWith(error, transaction.error());
    return true;
}

std::optional<std::vector<SampleCandidate>>
SamplingRepository::loadCandidates(const SamplingPlan &plan, const SamplePeriod &period, QString *error,
                                   const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    if (period.toMs <= period.fromMs) {
        *error = tr("the period ends before it starts");
        return std::nullopt;
    }
    sqlite3 *db = m_store.handle();
    const auto cancelled = [&] {
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return true;
        }
        return false;
    };

    // Scope: team names to ids.
    QSet<QString> teamIds;
    for (const QString &name : plan.teams) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next()) {
            *error = tr("scope.teams: there is no team called %1 in this store").arg(name);
            return std::nullopt;
        }
        teamIds.insert(q.value(0).toString());
    }
    const QSet<QString> channels(plan.channels.begin(), plan.channels.end());
    const QSet<QString> businessTypes(plan.businessTypes.begin(), plan.businessTypes.end());

    int total = 0;
    qint64 stored = 0;
    const auto countIn = [&](qint64 from, qint64 to) {
        Statement s(db, "SELECT count(*) FROM conversations WHERE started_ms >= ?1 AND started_ms < ?2");
        s.integer(1, from);
        s.integer(2, to);
        return s.step() == SQLITE_ROW ? s.columnInt64(0) : 0;
    };
    qint64 minRowid = 0, maxRowid = 0;
    {
        total = int(countIn(period.fromMs, period.toMs));
        Statement all(db, "SELECT count(*), coalesce(min(rowid), 0), coalesce(max(rowid), 0) FROM conversations");
        if (all.step() == SQLITE_ROW) {
            stored = all.columnInt64(0);
            minRowid = all.columnInt64(1);
            maxRowid = all.columnInt64(2);
        }
    }
    if (progress)
        progress(0, total);

    // The period is read by two threads, each with its own connection, while this one reads the marks and the
    // baseline. Reading rows through the started_ms index costs a b-tree lookup each; reading the table straight
    // through is about eight times cheaper a row: a range holding more than a tenth of the store is read straight
    // through (split by rowid), a smaller one through the index (split by time).
    const char *kColumns = "SELECT c.id, c.agent_id, c.team_id, c.channel, c.business_type, c.started_at, "
                           "c.started_ms, c.duration_s, c.turn_count, c.csat, c.resolved FROM conversations c ";
    const bool fullScan = qint64(total) * 10 > stored;
    const QByteArray scanSql =
        QByteArray(kColumns) + (fullScan ? "NOT INDEXED WHERE c.rowid >= ?1 AND c.rowid < ?2 AND c.started_ms >= ?3 "
                                           "AND c.started_ms < ?4"
                                         : "WHERE c.started_ms >= ?1 AND c.started_ms < ?2 AND ?3 <= ?4");
    std::array<std::array<qint64, 4>, 2> ranges;
    if (fullScan) {
        const qint64 mid = minRowid + (maxRowid - minRowid) / 2;
        ranges = {{{minRowid, mid, period.fromMs, period.toMs}, {mid, maxRowid + 1, period.fromMs, period.toMs}}};
    } else {
        const qint64 mid = period.fromMs + (period.toMs - period.fromMs) / 2;
        ranges = {{{period.fromMs, mid, 0, 0}, {mid, period.toMs, 0, 0}}};
    }
    ScanContext ctx;
    ctx.plan = &plan;
    ctx.teamIds = teamIds;
    ctx.channels = channels;
    ctx.businessTypes = businessTypes;
    ctx.wantLowCsat = plan.hasTrigger(QStringLiteral("low_csat"));
    ctx.wantComplaint = plan.hasTrigger(QStringLiteral("complaint"));
    ctx.wantUnresolved = plan.hasTrigger(QStringLiteral("unresolved"));
    ctx.wantAnomaly = plan.hasTrigger(QStringLiteral("anomaly"));
    std::atomic_bool stop{false};
    ctx.cancel = &stop;
    std::atomic<int> seen{0};
    ctx.seen = &seen;
    std::array<ScanPart, 2> parts;
    std::array<sqlite3 *, 2> readers{openReader(m_store.path()), openReader(m_store.path())};
    std::vector<std::thread> threads;
    std::atomic<int> finished{0};
    if (readers[0] && readers[1]) {
        for (size_t i = 0; i < 2; ++i) {
            threads.emplace_back([&, i] {
                // The first part ends up holding both: room for all from the start saves a copy of a million.
                parts[i].out.reserve(size_t(i == 0 ? total : total / 2 + 1024));
                adviseHugePages(parts[i].out.data(), parts[i].out.capacity() * sizeof(SampleCandidate));
                if (ctx.wantAnomaly)
                    parts[i].values.reserve(size_t(i == 0 ? total : total / 2 + 1024));
                scanConversations(readers[i], scanSql.constData(), ranges[i], ctx, parts[i]);
                ++finished;
            });
        }
    }
    const auto finishThreads = [&] {
        if (finished.load() < int(threads.size()))
            stop = true;
        for (std::thread &t : threads)
            t.join();
        threads.clear();
        for (sqlite3 *r : readers)
            sqlite3_close(r);
        readers = {nullptr, nullptr};
    };
    // Every way out of here (errors, cancel) stops and joins the readers first.
    struct Guard
    {
        std::function<void()> finish;
        ~Guard() { finish(); }
    } guard{finishThreads};
    // Meanwhile, on this thread: what the store knows about a few conversations, read into one map that the
    // candidates are looked up in afterwards.
    enum : quint32 { Evaluated = 1u << 30, Queued = 1u << 31 };
    QHash<QString, quint32> marks;
    const auto mark = [&](const char *sql, qint64 extra, quint32 flag) {
        Statement s(db, sql);
        if (!s.ok()) {
            *error = s.error();
            return false;
        }
        if (sqlite3_bind_parameter_count(s.handle()) >= 2) {
            s.integer(1, period.fromMs);
            s.integer(2, period.toMs);
        }
        if (extra >= 0)
            s.integer(3, extra);
        const bool kindColumn = sqlite3_column_count(s.handle()) > 1;
        int rc;
        while ((rc = s.step()) == SQLITE_ROW) {
            quint32 bit = flag;
            if (kindColumn) {
                const QString kind = s.columnText(1);
                if (!plan.hasTrigger(kind))
                    continue;
                bit = 1u << TriggerSet::indexOf(kind);
            }
            marks[columnUtf8(s.handle(), 0)] |= bit;
        }
        if (rc != SQLITE_DONE) {
            *error = s.error();
            return false;
        }
        return true;
    };
    const bool marked =
        (!plan.excludeEvaluated || mark("SELECT DISTINCT conversation_id FROM evaluations", -1, Evaluated)) &&
        (!plan.excludeInOpenQueue || mark("SELECT DISTINCT i.conversation_id FROM queue_items i JOIN queues q "
                                          "ON q.id = i.queue_id WHERE q.status = 'open'",
                                          -1, Queued)) &&
        (!plan.hasTrigger(QStringLiteral("repeat_contact")) ||
         mark("SELECT c.id FROM conversations c INDEXED BY conversations_customer WHERE c.customer_id IS NOT NULL "
              "AND c.started_ms >= ?1 AND c.started_ms < ?2 AND EXISTS (SELECT 1 FROM conversations p "
              "WHERE p.customer_id IS NOT NULL AND p.customer_id = c.customer_id AND p.started_ms > c.started_ms "
              "AND p.started_ms <= c.started_ms + ?3)",
              qint64(plan.repeatDays) * kDayMs, 1u << TriggerSet::indexOf(QStringLiteral("repeat_contact")))) &&
        // Hits are few next to conversations: read them all rather than join each to its conversation.
        (!(plan.hasTrigger(QStringLiteral("risk")) || plan.hasTrigger(QStringLiteral("forbidden")) ||
           plan.hasTrigger(QStringLiteral("no_greeting")) || plan.hasTrigger(QStringLiteral("long_silence"))) ||
         mark("SELECT h.conversation_id, CASE WHEN h.category = 'risk' THEN 'risk' "
              "WHEN h.category = 'forbidden' THEN 'forbidden' "
              "WHEN h.rule_id = 'greeting.missing' THEN 'no_greeting' ELSE 'long_silence' END "
              "FROM rule_hits h WHERE h.category IN ('risk', 'forbidden') "
              "OR h.rule_id IN ('greeting.missing', 'timing.dead_air')",
              -1, 0));
    if (!marked)
        return std::nullopt;
    // Each agent's baseline: the baselineDays before the period.
    QHash<QString, std::pair<AgentStats, AgentStats>> baseline;
    if (ctx.wantAnomaly) {
        const qint64 baseFrom = period.fromMs - qint64(plan.baselineDays) * kDayMs;
        const bool baseFull = countIn(baseFrom, period.fromMs) * 10 > stored;
        Statement b(db, baseFull ? "SELECT agent_id, csat, duration_s FROM conversations NOT INDEXED "
                                   "WHERE started_ms >= ?1 AND started_ms < ?2"
                                 : "SELECT agent_id, csat, duration_s FROM conversations "
                                   "WHERE started_ms >= ?1 AND started_ms < ?2");
        b.integer(1, baseFrom);
        b.integer(2, period.fromMs);
        sqlite3_stmt *bs = b.handle();
        Interner agents;
        std::vector<std::pair<AgentStats, AgentStats>> stats;
        int rc;
        while ((rc = b.step()) == SQLITE_ROW) {
            int number = 0;
            agents.get(sqlite3_column_text(bs, 0), sqlite3_column_bytes(bs, 0), &number);
            if (size_t(number) >= stats.size())
                stats.resize(size_t(number) + 1);
            if (sqlite3_column_type(bs, 1) != SQLITE_NULL)
                stats[size_t(number)].first.add(sqlite3_column_int(bs, 1));
            if (sqlite3_column_type(bs, 2) != SQLITE_NULL)
                stats[size_t(number)].second.add(sqlite3_column_double(bs, 2));
        }
        if (rc != SQLITE_DONE) {
            *error = b.error();
            return std::nullopt;
        }
        agents.forEach([&](const QString &agent, int number) {
            if (number >= 0 && size_t(number) < stats.size())
                baseline.insert(agent, stats[size_t(number)]);
        });
    }
    if (threads.empty()) {
        // An in-memory store: no second connection; read it here.
        parts[0].out.reserve(size_t(total));
        adviseHugePages(parts[0].out.data(), parts[0].out.capacity() * sizeof(SampleCandidate));
        ScanContext here = ctx;
        here.cancel = cancel;
        for (size_t i = 0; i < 2; ++i)
            scanConversations(db, scanSql.constData(), ranges[i], here, parts[i]);
    }
    // Report progress and pass on a cancel while the readers work.
    while (finished.load() < int(threads.size())) {
        if (cancel && cancel->load())
            stop = true;
        if (progress)
            progress(std::min(seen.load(), total), total);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    finishThreads();
    if (cancelled())
        return std::nullopt;
    for (const ScanPart &part : parts) {
        if (!part.error.isEmpty()) {
            *error = part.error;
            return std::nullopt;
        }
    }

    std::vector<SampleCandidate> out = std::move(parts[0].out);
    out.reserve(out.size() + parts[1].out.size());
    std::move(parts[1].out.begin(), parts[1].out.end(), std::back_inserter(out));
    parts[1].out = {};
    const QString kEvaluated = QStringLiteral("evaluated"), kQueued = QStringLiteral("in_open_queue");
    const quint32 triggerMask = (1u << SamplingPlan::triggerKinds().size()) - 1;
    if (!marks.isEmpty()) {
        for (SampleCandidate &c : out) {
            const auto it = marks.constFind(c.id);
            if (it == marks.cend())
                continue;
            if (*it & Evaluated)
                c.excludedBecause = kEvaluated;
            else if (*it & Queued)
                c.excludedBecause = kQueued;
            for (int bit = 0; (*it & triggerMask) >> bit; ++bit) {
                if ((*it >> bit) & 1u)
                    c.triggers.insert(bit);
            }
        }
    }

    if (ctx.wantAnomaly) {
        // An agent is flagged when their period mean moved far from their baseline mean; their conversations on the
        // side it moved to (the low scores when CSAT fell, the long calls when handle time grew) are the trigger.
        QHash<QString, std::pair<AgentStats, AgentStats>> inPeriod = parts[0].stats;
        for (auto it = parts[1].stats.cbegin(); it != parts[1].stats.cend(); ++it) {
            auto &[csat, duration] = inPeriod[it.key()];
            csat.merge(it->first);
            duration.merge(it->second);
        }
        struct Shift
        {
            int csat = 0, duration = 0;
            double csatMean = 0, durationMean = 0;
        };
        QHash<QString, Shift> shifts;
        for (auto it = inPeriod.cbegin(); it != inPeriod.cend(); ++it) {
            const auto base = baseline.value(it.key());
            const Shift sh{shift(base.first, it->first, plan.anomalyZ), shift(base.second, it->second, plan.anomalyZ),
                           base.first.mean(), base.second.mean()};
            if (sh.csat != 0 || sh.duration != 0)
                shifts.insert(it.key(), sh);
        }
        if (!shifts.isEmpty()) {
            std::vector<std::pair<double, double>> values = std::move(parts[0].values);
            values.insert(values.end(), parts[1].values.begin(), parts[1].values.end());
            const int kAnomaly = TriggerSet::indexOf(QStringLiteral("anomaly"));
            for (size_t i = 0; i < out.size(); ++i) {
                const auto it = shifts.constFind(out[i].agentId);
                if (it == shifts.cend())
                    continue;
                const auto [csat, duration] = values[i];
                const bool csatSide = it->csat != 0 && !std::isnan(csat) && (csat - it->csatMean) * it->csat > 0;
                const bool durationSide =
                    it->duration != 0 && !std::isnan(duration) && (duration - it->durationMean) * it->duration > 0;
                if (csatSide || durationSide)
                    out[i].triggers.insert(kAnomaly);
            }
        }
    }
    if (progress)
        progress(total, total);
    return out;
}

QString SamplingRepository::saveSample(const User &actor, const SamplingPlan &plan, const SamplePeriod &period,
                                       const SampleResult &result, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return {};
    if (result.picks.empty()) {
        *error = tr("the sample is empty: no conversation of the period is eligible");
        return {};
    }
    Transaction transaction(m_store);
    const QString id = newId();
    QJsonObject excluded;
    for (auto it = result.excluded.cbegin(); it != result.excluded.cend(); ++it)
        excluded.insert(it.key(), it.value());
    const std::optional<StoredPlan> stored = plan.name.isEmpty() ? std::nullopt : this->plan(plan.name);
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("INSERT INTO samples(id, plan_id, plan_name, definition, period_from_ms, period_to_ms, "
                       "eligible, target, excluded, created_by, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(stored ? QVariant(stored->id) : QVariant());
    q.addBindValue(plan.name);
    q.addBindValue(QString::fromUtf8(plan.toJson()));
    q.addBindValue(period.fromMs);
    q.addBindValue(period.toMs);
    q.addBindValue(result.eligible);
    q.addBindValue(result.target);
    q.addBindValue(QString::fromUtf8(QJsonDocument(excluded).toJson(QJsonDocument::Compact)));
    q.addBindValue(actor.id);
    q.addBindValue(nowIso());
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    {
        Statement insert(m_store.handle(), "INSERT INTO sample_items(sample_id, conversation_id, position, agent_id, "
                                           "stratum, reason, expected_s) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        int position = 0;
        for (const SamplePick &p : result.picks) {
            insert.text(1, id);
            insert.text(2, p.id);
            insert.integer(3, position++);
            insert.text(4, p.agentId);
            insert.text(5, p.stratum);
            insert.text(6, p.reason);
            insert.real(7, p.expectedSeconds);
            if (insert.step() != SQLITE_DONE) {
                *error = insert.error();
                return {};
            }
            insert.reset();
        }
    }
    QJsonObject perReason;
    for (auto it = result.perReason.cbegin(); it != result.perReason.cend(); ++it)
        perReason.insert(it.key(), it.value());
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("sample.create"), QStringLiteral("samples"), id,
                                  {{QStringLiteral("plan"), plan.name},
                                   {QStringLiteral("seed"), double(plan.seed)},
                                   {QStringLiteral("from_ms"), double(period.fromMs)},
                                   {QStringLiteral("to_ms"), double(period.toMs)},
                                   {QStringLiteral("eligible"), result.eligible},
                                   {QStringLiteral("picked"), int(result.picks.size())},
                                   {QStringLiteral("per_reason"), perReason}},
                                  error))
        return {};
    if (!transaction.commit()) {
        *error = transaction.error();
        return {};
    }
    return id;
}

std::vector<SampleInfo> SamplingRepository::samples()
{
    std::vector<SampleInfo> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.plan_name, s.definition, s.period_from_ms, s.period_to_ms, s.eligible, s.target, "
            "  (SELECT count(*) FROM sample_items i WHERE i.sample_id = s.id), s.excluded, u.display_name, "
            "  s.created_at, s.assigned_at "
            "FROM samples s LEFT JOIN users u ON u.id = s.created_by ORDER BY s.created_at DESC, s.id")))
        return out;
    while (q.next()) {
        SampleInfo info;
        info.id = q.value(0).toString();
        info.planName = q.value(1).toString();
        info.planJson = q.value(2).toString().toUtf8();
        info.period = {q.value(3).toLongLong(), q.value(4).toLongLong()};
        info.eligible = q.value(5).toInt();
        info.target = q.value(6).toInt();
        info.picked = q.value(7).toInt();
        const QJsonObject excluded = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        for (auto it = excluded.begin(); it != excluded.end(); ++it)
            info.excluded.insert(it.key(), it.value().toInt());
        info.createdBy = q.value(9).toString();
        info.createdAt = q.value(10).toString();
        info.assignedAt = q.value(11).toString();
        out.push_back(std::move(info));
    }
    return out;
}

std::optional<SampleInfo> SamplingRepository::sample(const QString &id)
{
    std::optional<SampleInfo> found;
    if (id.isEmpty())
        return found;
    for (SampleInfo &s : samples()) {
        if (s.id == id)
            return std::move(s);
        if (s.id.startsWith(id)) {
            if (found)
                return std::nullopt; // ambiguous prefix
            found = std::move(s);
        }
    }
    return found;
}

std::vector<SampleItem> SamplingRepository::sampleItems(const QString &sampleId)
{
    std::vector<SampleItem> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.conversation_id, i.agent_id, a.name, c.team_id, c.channel, i.stratum, "
                             "i.reason, i.expected_s FROM sample_items i JOIN conversations c ON c.id = "
                             "i.conversation_id LEFT JOIN agents a ON a.id = i.agent_id WHERE i.sample_id = ? "
                             "ORDER BY i.position"));
    q.addBindValue(sampleId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toDouble()});
    }
    return out;
}

std::optional<AssignmentSummary> SamplingRepository::assign(const User &actor, const QString &sampleId,
                                                            const QStringList &inspectorIds, AssignmentOptions options,
                                                            QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return std::nullopt;
    const std::optional<SampleInfo> info = sample(sampleId);
    if (!info) {
        *error = tr("there is no sample %1 (or the id is ambiguous)").arg(sampleId);
        return std::nullopt;
    }
    if (!info->assignedAt.isEmpty()) {
        *error = tr("sample %1 was already assigned (%2)").arg(info->id.left(8), info->assignedAt);
        return std::nullopt;
    }
    if (inspectorIds.isEmpty()) {
        *error = tr("choose at least one inspector");
        return std::nullopt;
    }
    UserRepository users(m_store);
    std::vector<User> people;
    std::vector<AssignmentInspector> inspectors;
    for (const QString &id : inspectorIds) {
        const std::optional<User> user = users.byId(id);
        if (!user) {
            *error = tr("there is no user %1").arg(id);
            return std::nullopt;
        }
        if (std::any_of(people.begin(), people.end(), [&](const User &u) { return u.id == id; })) {
            *error = tr("%1 is chosen twice").arg(user->displayName);
            return std::nullopt;
        }
        if (!Permissions::may(*user, Permissions::Action::Evaluate)) {
            *error =
                tr("%1 (%2) may not evaluate conversations").arg(user->displayName, Permissions::roleName(user->role));
            return std::nullopt;
        }
        people.push_back(*user);
        inspectors.push_back({user->id, user->teamId});
    }
    if (options.calibration < 0) {
        *error = tr("calibration: expected 0 or more conversations");
        return std::nullopt;
    }
    if (options.calibration > 0 && people.size() < 2) {
        *error = tr("calibration needs at least two inspectors");
        return std::nullopt;
    }
    QString parseError;
    if (const auto plan = SamplingPlan::fromJson(info->planJson, &parseError))
        options.seed = plan->seed;
    const std::vector<SampleItem> items = sampleItems(info->id);
    if (options.calibration > int(items.size())) {
        *error = tr("calibration: the sample has only %1 conversations").arg(items.size());
        return std::nullopt;
    }
    std::vector<AssignmentItem> work;
    work.reserve(items.size());
    for (const SampleItem &item : items)
        work.push_back({item.conversationId, item.teamId, item.expectedSeconds});
    const AssignmentResult result = assignSample(work, inspectors, options);
    if (!result.unassignable.empty()) {
        *error = tr("%n conversation(s) belong to the teams of every chosen inspector (first: %1); add an inspector "
                    "from another team or turn the own-team rule off",
                    nullptr, int(result.unassignable.size()))
                     .arg(items[size_t(result.unassignable.front())].conversationId);
        return std::nullopt;
    }
    if (options.calibration > 0 && int(result.calibration.size()) < options.calibration) {
        *error = tr("calibration: only %1 conversations may go to every chosen inspector (own-team rule)")
                     .arg(result.calibration.size());
        return std::nullopt;
    }

    Transaction transaction(m_store);
    AssignmentSummary summary;
    summary.calibrationItems = int(result.calibration.size());
    const QString base =
        QStringLiteral("%1 %2").arg(info->planName.isEmpty() ? tr("Sample") : info->planName, periodText(info->period));
    const QString now = nowIso();
    Statement insert(m_store.handle(), "INSERT INTO queue_items(queue_id, conversation_id, position, reason, added_at) "
                                       "VALUES(?1, ?2, ?3, ?4, ?5)");
    const auto fill = [&](const QString &queueId, const std::vector<int> &indices) {
        int position = 0;
        for (int i : indices) {
            insert.text(1, queueId);
            insert.text(2, items[size_t(i)].conversationId);
            insert.integer(3, position++);
            insert.text(4, items[size_t(i)].reason);
            insert.text(5, now);
            if (insert.step() != SQLITE_DONE) {
                *error = insert.error();
                return false;
            }
            insert.reset();
        }
        return true;
    };
    QJsonArray audit;
    for (size_t k = 0; k < people.size(); ++k) {
        double own = 0;
        for (int i : result.perInspector[k])
            own += items[size_t(i)].expectedSeconds;
        if (!result.perInspector[k].empty()) {
            const QString id = newId();
            const QString name = uniqueQueueName(m_store, people[k].id, base);
            if (!createQueue(m_store, id, name, people[k].id, QStringLiteral("sample"), info->id, error) ||
                !fill(id, result.perInspector[k]))
                return std::nullopt;
            summary.queues.push_back({id, name, people[k].id, people[k].displayName, QStringLiteral("sample"),
                                      int(result.perInspector[k].size()), own});
        }
        if (!result.calibration.empty()) {
            const QString id = newId();
            const QString name =
                uniqueQueueName(m_store, people[k].id, base + QStringLiteral(" · ") + tr("calibration"));
            if (!createQueue(m_store, id, name, people[k].id, QStringLiteral("calibration"), info->id, error) ||
                !fill(id, result.calibration))
                return std::nullopt;
            summary.queues.push_back({id, name, people[k].id, people[k].displayName, QStringLiteral("calibration"),
                                      int(result.calibration.size()), result.seconds[k] - own});
        }
        audit.append(QJsonObject{{QStringLiteral("inspector"), people[k].id},
                                 {QStringLiteral("items"), int(result.perInspector[k].size())},
                                 {QStringLiteral("expected_s"), result.seconds[k]}});
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE samples SET assigned_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(info->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("sample.assign"), QStringLiteral("samples"), info->id,
                                  {{QStringLiteral("inspectors"), audit},
                                   {QStringLiteral("calibration"), int(result.calibration.size())},
                                   {QStringLiteral("avoid_own_team"), options.avoidOwnTeam}},
                                  error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    return summary;
}

std::vector<QueueProgress> SamplingRepository::progress(const QString &inspectorId)
{
    std::vector<QueueProgress> out;
    for (const QueueSummary &q : CaseRepository(m_store).queues(inspectorId)) {
        out.push_back({q.id, q.name, q.kind, q.status, q.sampleId, q.inspectorId, q.inspectorName, q.total, q.submitted,
                       q.drafts, q.expectedSeconds, q.secondsLeft});
    }
    return out;
}

std::vector<QueueItemProgress> SamplingRepository::queueItems(const QString &queueId)
{
    std::vector<QueueItemProgress> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT i.conversation_id, a.name, c.channel, i.reason, e.status, %1 "
                             "FROM queue_items i JOIN queues q ON q.id = i.queue_id "
                             "JOIN conversations c ON c.id = i.conversation_id "
                             "LEFT JOIN agents a ON a.id = c.agent_id "
                             "LEFT JOIN evaluations e ON e.conversation_id = i.conversation_id "
                             "  AND e.inspector_id = q.inspector_id "
                             "WHERE i.queue_id = ? ORDER BY i.position")
                  .arg(expectedReviewSql()));
    q.addBindValue(queueId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toDouble()});
    }
    return out;
}

namespace {

struct QueueRow
{
    QString id, name, inspectorId, kind, sampleId;
};

std::optional<QueueRow> queueRow(Store &store, const QString &queueId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id, name, inspector_id, kind, coalesce(sample_id, '') FROM queues WHERE id = ?"));
    q.addBindValue(queueId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QueueRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()};
}

// The checks reassign and replace share: who may, a reason, the item is there and not reviewed yet.
bool checkItemChange(Store &store, const User &actor, const QString &queueId, const QString &conversationId,
                     const QString &reason, std::optional<QueueRow> *queue, int *position, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    if (reason.trimmed().isEmpty())
        return failWith(error, SamplingRepository::tr("say why (the reason is recorded)"));
    *queue = queueRow(store, queueId);
    if (!*queue)
        return failWith(error, SamplingRepository::tr("there is no queue %1").arg(queueId));
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT i.position, e.status FROM queue_items i LEFT JOIN evaluations e "
                             "ON e.conversation_id = i.conversation_id AND e.inspector_id = ? "
                             "WHERE i.queue_id = ? AND i.conversation_id = ?"));
    q.addBindValue((*queue)->inspectorId);
    q.addBindValue(queueId);
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return failWith(error, SamplingRepository::tr("%1 is not in the queue %2").arg(conversationId, (*queue)->name));
    if (q.value(1).toString() == QLatin1String("submitted"))
        return failWith(error, SamplingRepository::tr("%1 is already reviewed in this queue; reopen the evaluation "
                                                      "instead")
                                   .arg(conversationId));
    *position = q.value(0).toInt();
    return true;
}

bool recordChange(Store &store, const User &actor, const QueueRow &queue, const QString &conversationId,
                  const QString &action, const QString &toQueueId, const QString &replacementId, const QString &reason,
                  QString *error)
{
    const QString id = newId();
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO queue_item_changes(id, queue_id, conversation_id, action, to_queue_id, "
                             "replacement_id, reason, actor_id, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(queue.id);
    q.addBindValue(conversationId);
    q.addBindValue(action);
    q.addBindValue(toQueueId.isEmpty() ? QVariant() : QVariant(toQueueId));
    q.addBindValue(replacementId.isEmpty() ? QVariant() : QVariant(replacementId));
    q.addBindValue(reason.trimmed());
    q.addBindValue(actor.id);
    q.addBindValue(nowIso());
    if (!q.exec())
        return failWith(error, q.lastError().text());
    QJsonObject detail{{QStringLiteral("queue"), queue.id},
                       {QStringLiteral("conversation"), conversationId},
                       {QStringLiteral("reason"), reason.trimmed()}};
    if (!toQueueId.isEmpty())
        detail.insert(QStringLiteral("to_queue"), toQueueId);
    if (!replacementId.isEmpty())
        detail.insert(QStringLiteral("replacement"), replacementId);
    return AuditLog(store).append(actor.id, QStringLiteral("queue.") + action, QStringLiteral("queues"), queue.id,
                                  detail, error);
}

} // namespace

bool SamplingRepository::reassign(const User &actor, const QString &queueId, const QString &conversationId,
                                  const QString &toInspectorId, const QString &reason, QString *error)
{
    Transaction transaction(m_store);
    std::optional<QueueRow> queue;
    int position = 0;
    if (!checkItemChange(m_store, actor, queueId, conversationId, reason, &queue, &position, error))
        return false;
    const std::optional<User> target = UserRepository(m_store).byId(toInspectorId);
    if (!target)
        return failWith(error, tr("there is no user %1").arg(toInspectorId));
    if (target->id == queue->inspectorId)
        return failWith(error, tr("%1 already has this conversation").arg(target->displayName));
    if (!Permissions::may(*target, Permissions::Action::Evaluate))
        return failWith(
            error,
            tr("%1 (%2) may not evaluate conversations").arg(target->displayName, Permissions::roleName(target->role)));
    // Into the target's queue of the same sample and kind, made if they have none.
    QString toQueueId;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM queues WHERE inspector_id = ? AND kind = ? AND status = 'open' AND "
                                 "coalesce(sample_id, '') = ? AND (sample_id IS NOT NULL OR name = ?) "
                                 "ORDER BY created_at LIMIT 1"));
        q.addBindValue(target->id);
        q.addBindValue(queue->kind);
        q.addBindValue(queue->sampleId);
        q.addBindValue(queue->name);
        if (q.exec() && q.next())
            toQueueId = q.value(0).toString();
    }
    if (toQueueId.isEmpty()) {
        toQueueId = newId();
        if (!createQueue(m_store, toQueueId, uniqueQueueName(m_store, target->id, queue->name), target->id, queue->kind,
                         queue->sampleId, error))
            return false;
    }
    QSqlQuery dup(m_store.database());
    dup.prepare(QStringLiteral("SELECT 1 FROM queue_items WHERE queue_id = ? AND conversation_id = ?"));
    dup.addBindValue(toQueueId);
    dup.addBindValue(conversationId);
    if (dup.exec() && dup.next())
        return failWith(error, tr("%1 already has this conversation").arg(target->displayName));
    QSqlQuery move(m_store.database());
    move.prepare(
        QStringLiteral("UPDATE queue_items SET queue_id = ?, added_at = ?, "
                       "position = (SELECT coalesce(max(position), -1) + 1 FROM queue_items WHERE queue_id = ?) "
                       "WHERE queue_id = ? AND conversation_id = ?"));
    move.addBindValue(toQueueId);
    move.addBindValue(nowIso());
    move.addBindValue(toQueueId);
    move.addBindValue(queue->id);
    move.addBindValue(conversationId);
    if (!move.exec())
        return failWith(error, move.lastError().text());
    if (!recordChange(m_store, actor, *queue, conversationId, QStringLiteral("reassign"), toQueueId, {}, reason, error))
        return false;
    if (!transaction.commit())
        return failWith(error, transaction.error());
    return true;
}

QString SamplingRepository::replace(const User &actor, const QString &queueId, const QString &conversationId,
                                    const QString &reason, QString *error)
{
    Transaction transaction(m_store);
    std::optional<QueueRow> queue;
    int position = 0;
    if (!checkItemChange(m_store, actor, queueId, conversationId, reason, &queue, &position, error))
        return {};
    if (queue->kind == QLatin1String("calibration")) {
        *error = tr("every inspector calibrates on the same conversations: replace it in a sample queue instead, or "
                    "reassign it");
        return {};
    }
    // Where to look: the sample's period and plan, or the week around the conversation for a hand-made queue.
    QSqlQuery c(m_store.database());
    c.prepare(QStringLiteral("SELECT agent_id, channel, started_ms FROM conversations WHERE id = ?"));
    c.addBindValue(conversationId);
    if (!c.exec() || !c.next()) {
        *error = tr("there is no conversation %1").arg(conversationId);
        return {};
    }
    const QString agentId = c.value(0).toString();
    const QString channel = c.value(1).toString();
    SamplePeriod period{c.value(2).toLongLong() - 7 * kDayMs, c.value(2).toLongLong() + 7 * kDayMs};
    SamplingPlan plan;
    if (!queue->sampleId.isEmpty()) {
        if (const std::optional<SampleInfo> info = sample(queue->sampleId)) {
            period = info->period;
            QString parseError;
            if (const auto parsed = SamplingPlan::fromJson(info->planJson, &parseError))
                plan = *parsed;
        }
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.channel, c.duration_s, c.turn_count, c.business_type, t.name FROM conversations c "
        "LEFT JOIN teams t ON t.id = c.team_id "
        "WHERE c.agent_id = ? AND c.started_ms >= ? AND c.started_ms < ? AND c.id <> ? "
        "AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.conversation_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM queue_items i JOIN queues q ON q.id = i.queue_id "
        "                WHERE i.conversation_id = c.id AND q.status = 'open') "
        "AND NOT EXISTS (SELECT 1 FROM sample_items s WHERE s.sample_id = ? AND s.conversation_id = c.id)"));
    q.addBindValue(agentId);
    q.addBindValue(period.fromMs);
    q.addBindValue(period.toMs);
    q.addBindValue(conversationId);
    q.addBindValue(queue->sampleId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QString best;
    std::pair<int, quint64> bestRank{2, 0};
    while (q.next()) {
        const QString id = q.value(0).toString();
        const bool call = q.value(1).toString() == QLatin1String("call");
        if ((call && !q.value(2).isNull() && q.value(2).toDouble() < plan.minCallSeconds) ||
            (!call && q.value(3).toInt() < plan.minChatMessages))
            continue;
        // Within the plan's scope, as the sample was.
        if ((!plan.channels.isEmpty() && !plan.channels.contains(q.value(1).toString())) ||
            (!plan.businessTypes.isEmpty() && !plan.businessTypes.contains(q.value(4).toString())) ||
            (!plan.teams.isEmpty() && !plan.teams.contains(q.value(5).toString())))
            continue;
        // Prefer the same channel, then the sample's seeded order.
        const std::pair<int, quint64> rank{q.value(1).toString() == channel ? 0 : 1, sampleKey(plan.seed, id)};
        if (best.isEmpty() || rank < bestRank || (rank == bestRank && id < best)) {
            best = id;
            bestRank = rank;
        }
    }
    if (best.isEmpty()) {
        *error = tr("no other conversation of this agent in the period is still eligible");
        return {};
    }
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE queue_items SET conversation_id = ?, reason = 'replacement', added_at = ? "
                                  "WHERE queue_id = ? AND conversation_id = ?"));
    update.addBindValue(best);
    update.addBindValue(nowIso());
    update.addBindValue(queue->id);
    update.addBindValue(conversationId);
    if (!update.exec()) {
        *error = update.lastError().text();
        return {};
    }
    if (!recordChange(m_store, actor, *queue, conversationId, QStringLiteral("replace"), {}, best, reason, error))
        return {};
    if (!transaction.commit()) {
        *error = transaction.error();
        return {};
    }
    return best;
}

std::vector<QueueItemChange> SamplingRepository::changes(const QString &queueId)
{
    std::vector<QueueItemChange> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT h.action, h.conversation_id, tu.display_name, h.replacement_id, h.reason, "
                             "u.display_name, h.at, fu.display_name FROM queue_item_changes h "
                             "LEFT JOIN queues t ON t.id = h.to_queue_id LEFT JOIN users tu ON tu.id = t.inspector_id "
                             "LEFT JOIN queues f ON f.id = h.queue_id LEFT JOIN users fu ON fu.id = f.inspector_id "
                             "LEFT JOIN users u ON u.id = h.actor_id WHERE h.queue_id = ? OR h.to_queue_id = ? "
                             "ORDER BY h.at, h.rowid"));
    q.addBindValue(queueId);
    q.addBindValue(queueId);
    if (!q.exec())
        return out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

} // namespace qawb
