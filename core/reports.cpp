#include "reports.h"

#include "evaluationexport.h"

#include "scorecard.h"
#include "sqlstatement.h"
#include "store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace qawb {

namespace {

constexpr int kBatch = 5000;        // evaluations folded per transaction
constexpr int kCancelEvery = 65536; // rows scanned between looks at the cancel flag

QString cancelledText()
{
    return ReportRepository::tr("cancelled");
}

// "2026-11-16" at the start of a text → Julian day; 0 when it is not a date.
qint64 julianDay(const QString &text)
{
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

// ISO 8601 UTC ("2026-11-16T01:12:05.000Z", or with an offset) → epoch ms; nullopt when unreadable.
std::optional<qint64> epochMs(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

double round(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QVariant optionalValue(const std::optional<double> &v, int decimals)
{
    return v ? QVariant(round(*v, decimals)) : QVariant();
}

// One scorecard version as the rollup needs it.
struct VersionInfo
{
    QString versionId;
    QString key;
    int version = 0;
    double passScore = 80;
    std::optional<Scorecard> card;
    std::vector<const ScorecardItem *> items; // definition order (pointers into card)
    std::vector<QString> sections;            // each item's section id
};

class VersionCache
{
public:
    explicit VersionCache(Store &store)
        : m_store(store)
    {}
    const VersionInfo *get(const QString &versionId)
    {
        auto it = m_versions.find(versionId);
        if (it != m_versions.end())
            return it->second.get();
        auto info = std::make_unique<VersionInfo>();
        info->versionId = versionId;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT definition, version FROM scorecard_versions WHERE id = ?"));
        q.addBindValue(versionId);
        if (q.exec() && q.next()) {
            QString error;
            info->card = Scorecard::fromJson(q.value(0).toString().toUtf8(), &error);
            info->version = q.value(1).toInt();
        }
        if (info->card) {
            info->key = info->card->key();
            info->passScore = info->card->passScore();
            for (const ScorecardSection &s : info->card->sections()) {
                for (const ScorecardItem &item : s.items) {
                    info->items.push_back(&item);
                    info->sections.push_back(s.id);
                }
            }
        }
        const VersionInfo *result = info.get();
        m_versions.emplace(versionId, std::move(info));
        return result;
    }

private:
    Store &m_store;
    std::map<QString, std::unique_ptr<VersionInfo>> m_versions;
};

// report_keys: text key <-> small integer.
class KeyCodes
{
public:
    explicit KeyCodes(Store &store)
        : m_store(store)
    {}
    bool load(QString *error)
    {
        QSqlQuery q(m_store.database());
        if (!q.exec(QStringLiteral("SELECT id, key FROM report_keys"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString key = q.value(1).toString();
            m_codes.insert(key, id);
            m_keys.insert(id, key);
        }
        return true;
    }
    // The code of key, creating it; 0 for an empty key (stored as NULL) and -1 on error.
    qint64 code(const QString &key)
    {
        if (key.isEmpty())
            return 0;
        const auto it = m_codes.constFind(key);
        if (it != m_codes.constEnd())
            return *it;
        Statement ins(m_store.handle(), "INSERT INTO report_keys(key) VALUES(?)");
        ins.text(1, key);
        if (ins.step() != SQLITE_DONE)
            return -1;
        const qint64 id = sqlite3_last_insert_rowid(m_store.handle());
        m_codes.insert(key, id);
        m_keys.insert(id, key);
        return id;
    }
    std::optional<qint64> find(const QString &key) const
    {
        const auto it = m_codes.constFind(key);
        return it == m_codes.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
    QString key(qint64 code) const { return m_keys.value(code); }

private:
    Store &m_store;
    QHash<QString, qint64> m_codes;
    QHash<qint64, QString> m_keys;
};

// The WHERE clause of a filtered scan of report_facts, with its bound values.
struct FactScan
{
    QString where;
    std::vector<qint64> binds;
    bool empty = false; // the filter names something no counted evaluation has
};

QString scanSql(const char *columns, const FactScan &scan, const char *table)
{
    return QStringLiteral("SELECT %1 FROM %2%3").arg(QLatin1String(columns), QLatin1String(table), scan.where);
}

QString itemText(const ScorecardItem &item)
{
    return item.text.text(QLocale().name());
}

// Folds one pending list in batches, each in its own transaction: the next kBatch ids of pendingTable in key order,
// as a key range [first, last], rewritten by fold(first, last) and then cleared. A cancelled or failed fold leaves
// the batch pending (rolled back) and returns false with *error set.
bool foldPending(Store &store, const char *pendingTable, const char *keyColumn,
                 const std::function<bool(const QString &, const QString &)> &fold, qint64 &done, qint64 total,
                 const ReportRepository::ProgressFn &progress, const std::atomic_bool *cancel, QString *error)
{
    sqlite3 *db = store.handle();
    const QByteArray rangeSql = QStringLiteral("SELECT %2 FROM %1 ORDER BY %2 LIMIT %3")
                                    .arg(QLatin1String(pendingTable), QLatin1String(keyColumn))
                                    .arg(kBatch)
                                    .toUtf8();
    const QByteArray clearSql = QStringLiteral("DELETE FROM %1 WHERE %2 BETWEEN ? AND ?")
                                    .arg(QLatin1String(pendingTable), QLatin1String(keyColumn))
                                    .toUtf8();
    while (true) {
        if (cancel && cancel->load()) {
            *error = cancelledText();
            return false;
        }
        Transaction tx(store);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        QString first, last;
        int inBatch = 0;
        {
            Statement range(db, rangeSql.constData());
            int rc;
            while ((rc = range.step()) == SQLITE_ROW) {
                const QString id = range.columnText(0);
                if (inBatch++ == 0)
                    first = id;
                last = id;
            }
            if (rc != SQLITE_DONE) {
                *error = range.error();
                return false;
            }
        }
        if (inBatch == 0)
            return true;
        if (!fold(first, last))
            return false;
        Statement clear(db, clearSql.constData());
        clear.text(1, first);
        clear.text(2, last);
        if (clear.step() != SQLITE_DONE) {
            *error = clear.error();
            return false;
        }
        if (!tx.commit()) {
            *error = tx.error();
            return false;
        }
        done += inBatch;
        if (progress)
            progress(std::min(done, total), total);
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

ReportRepository::ReportRepository(Store &store)
    : m_store(store)
{}

qint64 ReportRepository::refresh(QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    sqlite3 *db = m_store.handle();
    qint64 total = 0;
    {
        Statement count(db, "SELECT (SELECT count(*) FROM report_pending) + "
                            "(SELECT count(*) FROM report_conversations_pending)");
        if (count.step() != SQLITE_ROW) {
            err = count.error();
            return -1;
        }
        total = sqlite3_column_int64(count.handle(), 0);
    }
    if (total == 0)
        return 0;
    KeyCodes codes(m_store);
    if (!codes.load(&err))
        return -1;
    VersionCache versions(m_store);
    qint64 done = 0;
    if (progress)
        progress(0, total);
    // Each fold rewrites the rollup rows of the pending ids in [first, last].
    const auto foldEvaluations = [&](const QString &first, const QString &last) {
        // Answers of the batch's evaluations.
        QHash<QString, QMap<QString, QString>> answers;
        {
            // CROSS JOIN: driven by the pending list (a few ids spread over the key space must not scan the
            // answers between them).
            Statement a(db, "SELECT a.evaluation_id, a.item_id, a.value FROM report_pending p "
                            "CROSS JOIN answers a ON a.evaluation_id = p.evaluation_id "
                            "WHERE p.evaluation_id BETWEEN ? AND ?");
            a.text(1, first);
            a.text(2, last);
            int rc;
            while ((rc = a.step()) == SQLITE_ROW) {
                if (sqlite3_column_type(a.handle(), 2) != SQLITE_NULL)
                    answers[a.columnText(0)].insert(a.columnText(1), a.columnText(2));
            }
            if (rc != SQLITE_DONE) {
                err = a.error();
                return false;
            }
        }
        Statement del(db, "DELETE FROM report_facts WHERE evaluation_id IN "
                          "(SELECT evaluation_id FROM report_pending WHERE evaluation_id BETWEEN ? AND ?)");
        del.text(1, first);
        del.text(2, last);
        if (del.step() != SQLITE_DONE) {
            err = del.error();
            return false;
        }
        Statement ins(db, "INSERT INTO report_facts(day, evaluation_id, agent, team, channel, business_type, version, "
                          "inspector, score, passed, fatal, review_s, outcomes) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // The counted evaluations of the batch (submitted, not calibration, not imported from a case pack) with their
        // conversation. Driven by the pending list (CROSS JOIN, +status): left to itself the planner walks every
        // submitted evaluation per batch.
        Statement e(db, "SELECT e.id, e.scorecard_version_id, e.inspector_id, coalesce(e.score, 0), e.fatal, "
                        "e.created_at, coalesce((SELECT r.submitted_at FROM evaluation_revisions r "
                        "WHERE r.evaluation_id = e.id AND r.revision = 1), e.submitted_at), "
                        "c.agent_id, c.team_id, c.channel, c.business_type, c.started_at "
                        "FROM report_pending p CROSS JOIN evaluations e ON e.id = p.evaluation_id "
                        "JOIN conversations c ON c.id = e.conversation_id LEFT JOIN queues q ON q.id = e.queue_id "
                        "WHERE p.evaluation_id BETWEEN ? AND ? AND +e.status = 'submitted' "
                        "AND (q.kind IS NULL OR q.kind <> 'calibration') AND NOT EXISTS (SELECT 1 FROM "
                        "evaluation_tags t WHERE t.evaluation_id = e.id AND t.tag = 'case_pack')");
        e.text(1, first);
        e.text(2, last);
        int rc;
        while ((rc = e.step()) == SQLITE_ROW) {
            const QString id = e.columnText(0);
            const VersionInfo *v = versions.get(e.columnText(1));
            const double score = sqlite3_column_double(e.handle(), 3);
            const bool fatal = sqlite3_column_int(e.handle(), 4) != 0;
            std::optional<double> review;
            const auto created = epochMs(e.columnText(5));
            const auto submitted = epochMs(e.columnText(6));
            if (created && submitted && *submitted >= *created)
                review = double(*submitted - *created) / 1000.0;
            const QMap<QString, QString> given = answers.value(id);
            QString outcomes;
            outcomes.reserve(int(v->items.size()));
            for (const ScorecardItem *item : v->items) {
                const QString value = given.value(item->id);
                if (value.isEmpty() || !v->card->applies(*item, given))
                    outcomes += QLatin1Char('-');
                else if (value == QLatin1String("na"))
                    outcomes += QLatin1Char('n');
                else if (item->isFailed(value))
                    outcomes += QLatin1Char('f');
                else
                    outcomes += QLatin1Char('p');
            }
            const qint64 agent = codes.code(e.columnText(7));
            const qint64 team = codes.code(e.columnText(8));
            const qint64 channel = codes.code(e.columnText(9));
            const qint64 businessType = codes.code(e.columnText(10));
            const qint64 version = codes.code(e.columnText(1));
            const qint64 inspector = codes.code(e.columnText(2));
            if (agent < 0 || team < 0 || channel < 0 || businessType < 0 || version < 0 || inspector < 0) {
                err = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
            ins.integer(1, julianDay(e.columnText(11)));
            ins.text(2, id);
            ins.integer(3, agent);
            team ? ins.integer(4, team) : ins.null(4);
            ins.integer(5, channel);
            businessType ? ins.integer(6, businessType) : ins.null(6);
            ins.integer(7, version);
            ins.integer(8, inspector);
            ins.real(9, score);
            ins.integer(10, (!fatal && score >= v->passScore) ? 1 : 0);
            ins.integer(11, fatal ? 1 : 0);
            ins.optional(12, review);
            ins.text(13, outcomes);
            if (ins.step() != SQLITE_DONE) {
                err = ins.error();
                return false;
            }
            ins.reset();
        }
        if (rc != SQLITE_DONE) {
            err = e.error();
            return false;
        }
        return true;
    };
    const auto foldConversations = [&](const QString &first, const QString &last) {
        QHash<QString, QString> rules; // conversation -> "code:hits code:hits"
        {
            Statement h(db, "SELECT p.conversation_id, h.rule_id, count(*) "
                            "FROM report_conversations_pending p CROSS JOIN rule_hits h "
                            "ON h.conversation_id = p.conversation_id WHERE p.conversation_id BETWEEN ? AND ? "
                            "GROUP BY 1, 2");
            h.text(1, first);
            h.text(2, last);
            int rc;
            while ((rc = h.step()) == SQLITE_ROW) {
                const qint64 code = codes.code(h.columnText(1));
                if (code < 0) {
                    err = QString::fromUtf8(sqlite3_errmsg(db));
                    return false;
                }
                QString &list = rules[h.columnText(0)];
                if (!list.isEmpty())
                    list += QLatin1Char(' ');
                list += QString::number(code) + QLatin1Char(':') + QString::number(h.columnInt64(2));
            }
            if (rc != SQLITE_DONE) {
                err = h.error();
                return false;
            }
        }
        Statement del(db, "DELETE FROM report_conversations WHERE conversation_id IN (SELECT conversation_id "
                          "FROM report_conversations_pending WHERE conversation_id BETWEEN ? AND ?)");
        del.text(1, first);
        del.text(2, last);
        if (del.step() != SQLITE_DONE) {
            err = del.error();
            return false;
        }
        Statement ins(db, "INSERT INTO report_conversations(day, conversation_id, agent, team, channel, "
                          "business_type, rules) VALUES(?, ?, ?, ?, ?, ?, ?)");
        Statement c(db, "SELECT c.id, c.agent_id, c.team_id, c.channel, c.business_type, c.started_at "
                        "FROM report_conversations_pending p CROSS JOIN conversations c ON c.id = p.conversation_id "
                        "WHERE p.conversation_id BETWEEN ? AND ?");
        c.text(1, first);
        c.text(2, last);
        int rc;
        while ((rc = c.step()) == SQLITE_ROW) {
            const QString id = c.columnText(0);
            const qint64 agent = codes.code(c.columnText(1));
            const qint64 team = codes.code(c.columnText(2));
            const qint64 channel = codes.code(c.columnText(3));
            const qint64 businessType = codes.code(c.columnText(4));
            if (agent < 0 || team < 0 || channel < 0 || businessType < 0) {
                err = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
            ins.integer(1, julianDay(c.columnText(5)));
            ins.text(2, id);
            ins.integer(3, agent);
            team ? ins.integer(4, team) : ins.null(4);
            ins.integer(5, channel);
            businessType ? ins.integer(6, businessType) : ins.null(6);
            ins.text(7, rules.value(id, QStringLiteral("")));
            if (ins.step() != SQLITE_DONE) {
                err = ins.error();
                return false;
            }
            ins.reset();
        }
        if (rc != SQLITE_DONE) {
            err = c.error();
            return false;
        }
        return true;
    };
    if (!foldPending(m_store, "report_pending", "evaluation_id", foldEvaluations, done, total, progress, cancel,
                     &err) ||
        !foldPending(m_store, "report_conversations_pending", "conversation_id", foldConversations, done, total,
                     progress, cancel, &err))
        return -1;
    return done;
}

// ---------------------------------------------------------------------------------------------------------------

namespace {

// Everything a scan needs: the rollup refreshed, the key codes, and the filter as SQL.
struct Prepared
{
    std::optional<KeyCodes> codes;
    FactScan scan;
    FactScan conversationScan; // the same filter on report_conversations (no scorecard)
};

} // namespace

static bool prepareScan(Store &store, ReportRepository &repo, const ReportFilter &f, Prepared &p, QString *error,
                        const std::atomic_bool *cancel)
{
    if (!f.channel.isEmpty() && f.channel != QLatin1String("call") && f.channel != QLatin1String("chat")) {
        *error = ReportRepository::tr("channel is call or chat, not %1").arg(f.channel);
        return false;
    }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        *error = ReportRepository::tr("the period ends (%1) before it starts (%2)")
                     .arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate));
        return false;
    }
    QString teamId;
    if (!f.team.isEmpty()) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?"));
        q.addBindValue(f.team);
        if (!q.exec() || !q.next()) {
            *error = ReportRepository::tr("unknown team %1").arg(f.team);
            return false;
        }
        teamId = q.value(0).toString();
    }
    if (!f.agentId.isEmpty()) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT 1 FROM agents WHERE id = ?"));
        q.addBindValue(f.agentId);
        if (!q.exec() || !q.next()) {
            *error = ReportRepository::tr("unknown agent %1").arg(f.agentId);
            return false;
        }
    }
    QStringList versionIds;
    if (!f.scorecard.isEmpty()) {
        QSqlQuery q(store.database());
        // Keys live in the definitions; read them rather than guess the JSON's spacing.
        if (!q.exec(QStringLiteral("SELECT id, definition FROM scorecard_versions"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QString ignored;
            const auto card = Scorecard::fromJson(q.value(1).toString().toUtf8(), &ignored);
            if (card && card->key() == f.scorecard)
                versionIds << q.value(0).toString();
        }
        if (versionIds.isEmpty()) {
            *error = ReportRepository::tr("unknown scorecard %1").arg(f.scorecard);
            return false;
        }
    }
    if (repo.refresh(error, {}, cancel) < 0)
        return false;
    p.codes.emplace(store);
    if (!p.codes->load(error))
        return false;
    QStringList where;
    FactScan &scan = p.scan;
    if (f.from.isValid()) {
        where << QStringLiteral("day >= ?");
        scan.binds.push_back(f.from.toJulianDay());
    }
    if (f.to.isValid()) {
        where << QStringLiteral("day <= ?");
        scan.binds.push_back(f.to.toJulianDay());
    }
    auto byCode = [&](const char *column, const QString &key) {
        if (key.isEmpty())
            return;
        const auto code = p.codes->find(key);
        if (!code) {
            scan.empty = true;
            return;
        }
        where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        scan.binds.push_back(*code);
    };
    byCode("team", teamId);
    byCode("agent", f.agentId);
    byCode("channel", f.channel);
    byCode("business_type", f.businessType);
    p.conversationScan.where =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    p.conversationScan.binds = scan.binds;
    p.conversationScan.empty = scan.empty;
    if (!versionIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : std::as_const(versionIds)) {
            if (const auto code = p.codes->find(id)) {
                marks << QStringLiteral("?");
                scan.binds.push_back(*code);
            }
        }
        if (marks.isEmpty())
            scan.empty = true;
        else
            where << QStringLiteral("version IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!where.isEmpty())
        scan.where = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return true;
}

// Runs a scan, calling row(stmt) for each row; false on error or cancel (*error set).
template <typename RowFn>
static bool runScan(Store &store, const char *columns, const FactScan &scan, QString *error,
                    const std::atomic_bool *cancel, RowFn row, const char *table = "report_facts")
{
    if (scan.empty)
        return true;
    const QByteArray sql = scanSql(columns, scan, table).toUtf8();
    Statement s(store.handle(), sql.constData());
    if (!s.ok()) {
        *error = s.error();
        return false;
    }
    for (size_t i = 0; i < scan.binds.size(); ++i)
        s.integer(int(i + 1), scan.binds[i]);
    int rc;
    qint64 n = 0;
    while ((rc = s.step()) == SQLITE_ROW) {
        if (++n % kCancelEvery == 0 && cancel && cancel->load()) {
            *error = cancelledText();
            return false;
        }
        row(s.handle());
    }
    if (rc != SQLITE_DONE) {
        *error = s.error();
        return false;
    }
    return true;
}

std::optional<ScoreDistribution> ReportRepository::distribution(const ReportFilter &filter, QString *error,
                                                                const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    ScoreDistribution d;
    std::vector<double> scores;
    double sum = 0;
    if (!runScan(m_store, "score, passed, fatal", p.scan, &err, cancel, [&](sqlite3_stmt *s) {
            const double score = sqlite3_column_double(s, 0);
            scores.push_back(score);
            sum += score;
            d.passed += sqlite3_column_int(s, 1);
            d.fatal += sqlite3_column_int(s, 2);
            d.bins[size_t(std::clamp(int(std::floor(score / 10.0)), 0, 9))]++;
        }))
        return std::nullopt;
    d.count = int(scores.size());
    if (d.count == 0)
        return d;
    const double mean = sum / d.count;
    d.mean = mean;
    double squares = 0;
    for (double s : scores)
        squares += (s - mean) * (s - mean);
    d.stddev = std::sqrt(squares / d.count);
    const size_t mid = scores.size() / 2;
    std::nth_element(scores.begin(), scores.begin() + long(mid), scores.end());
    double median = scores[mid];
    if (scores.size() % 2 == 0)
        median = (median + *std::max_element(scores.begin(), scores.begin() + long(mid))) / 2;
    d.median = median;
    d.passRate = double(d.passed) / d.count;
    return d;
}

std::optional<std::vector<TrendRow>> ReportRepository::trend(const ReportFilter &filter, ReportPeriod period,
                                                             QString *error, const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    struct Acc
    {
        int n = 0;
        double sum = 0;
        int passed = 0;
    };
    std::unordered_map<qint64, Acc> days;
    if (!runScan(m_store, "day, score, passed", p.scan, &err, cancel, [&](sqlite3_stmt *s) {
            Acc &a = days[sqlite3_column_int64(s, 0)];
            ++a.n;
            a.sum += sqlite3_column_double(s, 1);
            a.passed += sqlite3_column_int(s, 2);
        }))
        return std::nullopt;
    std::map<QDate, Acc> periods;
    for (const auto &[day, acc] : days) {
        QDate d = QDate::fromJulianDay(day);
        if (period == ReportPeriod::Week)
            d = d.addDays(1 - d.dayOfWeek());
        else if (period == ReportPeriod::Month)
            d = QDate(d.year(), d.month(), 1);
        Acc &a = periods[d];
        a.n += acc.n;
        a.sum += acc.sum;
        a.passed += acc.passed;
    }
    std::vector<TrendRow> rows;
    for (const auto &[start, acc] : periods) {
        TrendRow r;
        r.start = start;
        if (period == ReportPeriod::Day) {
            r.label = start.toString(Qt::ISODate);
        } else if (period == ReportPeriod::Week) {
            int year = 0;
            const int week = start.weekNumber(&year);
            r.label = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        } else {
            r.label = start.toString(QStringLiteral("yyyy-MM"));
        }
        r.count = acc.n;
        r.mean = acc.sum / acc.n;
        r.passed = acc.passed;
        r.passRate = double(acc.passed) / acc.n;
        rows.push_back(r);
    }
    return rows;
}

std::optional<std::vector<RankingRow>> ReportRepository::ranking(const ReportFilter &filter, RankingBy by,
                                                                 QString *error, const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    struct Acc
    {
        int n = 0;
        double sum = 0;
        int passed = 0;
        int fatal = 0;
    };
    std::unordered_map<qint64, Acc> groups;
    const char *columns = by == RankingBy::Agent ? "agent, score, passed, fatal" : "team, score, passed, fatal";
    if (!runScan(m_store, columns, p.scan, &err, cancel, [&](sqlite3_stmt *s) {
            Acc &a = groups[sqlite3_column_int64(s, 0)]; // NULL team → 0
            ++a.n;
            a.sum += sqlite3_column_double(s, 1);
            a.passed += sqlite3_column_int(s, 2);
            a.fatal += sqlite3_column_int(s, 3);
        }))
        return std::nullopt;
    std::vector<RankingRow> rows;
    QSqlQuery names(m_store.database());
    for (const auto &[code, acc] : groups) {
        RankingRow r;
        r.id = p.codes->key(code);
        r.count = acc.n;
        r.mean = acc.sum / acc.n;
        r.passed = acc.passed;
        r.passRate = double(acc.passed) / acc.n;
        r.fatal = acc.fatal;
        if (by == RankingBy::Agent) {
            names.prepare(QStringLiteral("SELECT coalesce(a.name, ''), coalesce(t.name, '') FROM agents a "
                                         "LEFT JOIN teams t ON t.id = a.team_id WHERE a.id = ?"));
            names.addBindValue(r.id);
            if (names.exec() && names.next()) {
                r.name = names.value(0).toString();
                r.team = names.value(1).toString();
            }
            if (r.name.isEmpty())
                r.name = r.id;
        } else {
            names.prepare(QStringLiteral("SELECT name FROM teams WHERE id = ?"));
            names.addBindValue(r.id);
            if (names.exec() && names.next())
                r.name = names.value(0).toString();
            r.team = r.name;
        }
        rows.push_back(r);
    }
    std::sort(rows.begin(), rows.end(), [](const RankingRow &a, const RankingRow &b) {
        const double ma = round(a.mean, 2), mb = round(b.mean, 2);
        if (ma != mb)
            return ma > mb;
        if (a.name != b.name)
            return a.name < b.name;
        return a.id < b.id;
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].rank = (i > 0 && round(rows[i].mean, 2) == round(rows[i - 1].mean, 2)) ? rows[i - 1].rank : int(i + 1);
    return rows;
}

namespace {

// Per-item counts over a scan, merged by (scorecard key, item id) across versions.
struct ItemCounts
{
    int passed = 0, failed = 0, na = 0;
};

struct ItemScan
{
    int evaluations = 0;
    std::map<std::pair<QString, QString>, ItemCounts> counts;
    // The latest version of each scorecard key seen, for texts, targets and order.
    std::map<QString, const VersionInfo *> latest;
};

} // namespace

static bool scanItems(Store &store, const Prepared &p, ItemScan &out, VersionCache &versions, QString *error,
                      const std::atomic_bool *cancel)
{
    // Counts per (version code, outcome string): most evaluations of a version share few outcome patterns.
    std::unordered_map<qint64, std::vector<std::array<int, 3>>> perVersion;
    if (!runScan(store, "version, outcomes", p.scan, error, cancel, [&](sqlite3_stmt *s) {
            ++out.evaluations;
            auto &counts = perVersion[sqlite3_column_int64(s, 0)];
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
            const int n = sqlite3_column_bytes(s, 1);
            if (int(counts.size()) < n)
                counts.resize(size_t(n), {0, 0, 0});
            for (int i = 0; i < n; ++i) {
                switch (text[i]) {
                case 'p':
                    counts[size_t(i)][0]++;
                    break;
                case 'f':
                    counts[size_t(i)][1]++;
                    break;
                case 'n':
                    counts[size_t(i)][2]++;
                    break;
                default:
                    break;
                }
            }
        }))
        return false;
    for (const auto &[code, counts] : perVersion) {
        const VersionInfo *v = versions.get(p.codes->key(code));
        if (!v->card)
            continue;
        auto &latest = out.latest[v->key];
        if (!latest || latest->version < v->version)
            latest = v;
        for (size_t i = 0; i < counts.size() && i < v->items.size(); ++i) {
            ItemCounts &c = out.counts[{v->key, v->items[i]->id}];
            c.passed += counts[i][0];
            c.failed += counts[i][1];
            c.na += counts[i][2];
        }
    }
    // The newest stored version of each key names the items (texts and targets), even if no evaluation used it yet.
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT id FROM scorecard_versions WHERE status <> 'draft'"))) {
        while (q.next()) {
            const VersionInfo *v = versions.get(q.value(0).toString());
            if (!v->card || !out.latest.count(v->key))
                continue;
            if (out.latest[v->key]->version < v->version)
                out.latest[v->key] = v;
        }
    }
    return true;
}

std::optional<std::vector<ItemStat>> ReportRepository::items(const ReportFilter &filter, QString *error,
                                                             const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    VersionCache versions(m_store);
    ItemScan scan;
    if (!scanItems(m_store, p, scan, versions, &err, cancel))
        return std::nullopt;
    std::vector<ItemStat> rows;
    for (const auto &[key, latest] : scan.latest) {
        QSet<QString> listed;
        auto add = [&](const QString &itemId, const ScorecardItem *item, const QString &section) {
            const auto it = scan.counts.find({key, itemId});
            if (it == scan.counts.end() || listed.contains(itemId))
                return;
            listed.insert(itemId);
            ItemStat r;
            r.scorecard = key;
            r.itemId = itemId;
            r.section = section;
            r.text = item ? itemText(*item) : itemId;
            r.passed = it->second.passed;
            r.failed = it->second.failed;
            r.na = it->second.na;
            r.applicable = r.passed + r.failed + r.na;
            if (r.applicable == 0)
                return;
            if (r.passed + r.failed > 0)
                r.passRate = double(r.passed) / (r.passed + r.failed);
            if (item) {
                r.target = item->target;
                r.fatalItem = item->fatal;
            }
            r.belowTarget = r.target && r.passRate && *r.passRate < *r.target;
            rows.push_back(r);
        };
        for (const ScorecardSection &s : latest->card->sections())
            for (const ScorecardItem &item : s.items)
                add(item.id, &item, s.title.text(QLocale().name()));
        // Items only older versions had, after the current ones.
        for (const auto &[k, counts] : scan.counts) {
            if (k.first == key && !listed.contains(k.second))
                add(k.second, nullptr, QString());
        }
    }
    return rows;
}

std::optional<ProblemReport> ReportRepository::problems(const ReportFilter &filter, QString *error,
                                                        const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    VersionCache versions(m_store);
    ItemScan scan;
    if (!scanItems(m_store, p, scan, versions, &err, cancel))
        return std::nullopt;
    ProblemReport report;
    report.evaluations = scan.evaluations;
    for (const auto &[k, counts] : scan.counts) {
        if (counts.failed == 0)
            continue;
        ProblemItem item;
        item.scorecard = k.first;
        item.itemId = k.second;
        const VersionInfo *latest = scan.latest[k.first];
        const ScorecardItem *si = latest && latest->card ? latest->card->item(k.second) : nullptr;
        item.text = si ? itemText(*si) : k.second;
        item.failed = counts.failed;
        item.share = double(counts.failed) / scan.evaluations;
        report.items.push_back(item);
    }
    std::sort(report.items.begin(), report.items.end(), [](const ProblemItem &a, const ProblemItem &b) {
        if (a.failed != b.failed)
            return a.failed > b.failed;
        return std::pair(a.scorecard, a.itemId) < std::pair(b.scorecard, b.itemId);
    });

    // Rules: every conversation matching the filter, evaluated or not, from the conversations' rollup.
    std::unordered_map<qint64, std::pair<int, int>> hits; // rule code -> (hits, conversations)
    if (!runScan(
            m_store, "rules", p.conversationScan, &err, cancel,
            [&](sqlite3_stmt *s) {
                ++report.conversations;
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
                const int n = sqlite3_column_bytes(s, 0);
                // "code:hits code:hits"
                qint64 number = 0, code = 0;
                for (int i = 0; i <= n; ++i) {
                    const char ch = i < n ? text[i] : ' ';
                    if (ch >= '0' && ch <= '9') {
                        number = number * 10 + (ch - '0');
                    } else if (ch == ':') {
                        code = number;
                        number = 0;
                    } else if (code > 0) {
                        auto &h = hits[code];
                        h.first += int(number);
                        h.second += 1;
                        code = number = 0;
                    }
                }
            },
            "report_conversations"))
        return std::nullopt;
    QSqlQuery kind(m_store.database());
    for (const auto &[code, counts] : hits) {
        ProblemRule r;
        r.ruleId = p.codes->key(code);
        kind.prepare(QStringLiteral("SELECT category, severity FROM rule_hits WHERE rule_id = ? LIMIT 1"));
        kind.addBindValue(r.ruleId);
        if (kind.exec() && kind.next()) {
            r.category = kind.value(0).toString();
            r.severity = kind.value(1).toString();
        }
        r.hits = counts.first;
        r.conversations = counts.second;
        r.share = report.conversations > 0 ? double(r.conversations) / report.conversations : 0;
        report.rules.push_back(r);
    }
    std::sort(report.rules.begin(), report.rules.end(), [](const ProblemRule &a, const ProblemRule &b) {
        if (a.conversations != b.conversations)
            return a.conversations > b.conversations;
        if (a.hits != b.hits)
            return a.hits > b.hits;
        return a.ruleId < b.ruleId;
    });
    return report;
}

std::optional<std::vector<InspectorStat>> ReportRepository::inspectors(const ReportFilter &filter, QString *error,
                                                                       const std::atomic_bool *cancel)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    Prepared p;
    if (!prepareScan(m_store, *this, filter, p, &err, cancel))
        return std::nullopt;
    struct Acc
    {
        int n = 0;
        double sum = 0;
        int passed = 0;
        std::vector<double> times;
    };
    std::unordered_map<qint64, Acc> groups;
    if (!runScan(m_store, "inspector, score, passed, review_s", p.scan, &err, cancel, [&](sqlite3_stmt *s) {
            Acc &a = groups[sqlite3_column_int64(s, 0)];
            ++a.n;
            a.sum += sqlite3_column_double(s, 1);
            a.passed += sqlite3_column_int(s, 2);
            if (sqlite3_column_type(s, 3) != SQLITE_NULL)
                a.times.push_back(sqlite3_column_double(s, 3));
        }))
        return std::nullopt;
    std::vector<InspectorStat> rows;
    QSqlQuery names(m_store.database());
    for (auto &[code, acc] : groups) {
        InspectorStat r;
        r.id = p.codes->key(code);
        names.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
        names.addBindValue(r.id);
        r.name = names.exec() && names.next() ? names.value(0).toString() : r.id;
        r.submitted = acc.n;
        r.meanScore = acc.sum / acc.n;
        r.passed = acc.passed;
        r.passRate = double(acc.passed) / acc.n;
        r.timed = int(acc.times.size());
        if (!acc.times.empty()) {
            std::sort(acc.times.begin(), acc.times.end());
            const size_t mid = acc.times.size() / 2;
            r.medianReviewSeconds = acc.times.size() % 2 ? acc.times[mid] : (acc.times[mid - 1] + acc.times[mid]) / 2;
        }
        rows.push_back(r);
    }
    std::sort(rows.begin(), rows.end(), [](const InspectorStat &a, const InspectorStat &b) {
        if (a.submitted != b.submitted)
            return a.submitted > b.submitted;
        return a.name < b.name;
    });
    return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

ReportTable ReportRepository::table(const ScoreDistribution &d)
{
    ReportTable t;
    t.columns = {QStringLiteral("bin"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("count"),
                 QStringLiteral("share")};
    t.headers = {tr("Bin"), tr("From"), tr("To (excl.)"), tr("Evaluations"), tr("Share")};
    for (int i = 0; i < 10; ++i) {
        const int from = i * 10;
        const int to = i == 9 ? 100 : from + 10;
        t.rows.append({QString(i == 9 ? QStringLiteral("90-100") : QStringLiteral("%1-%2").arg(from).arg(to - 1)), from,
                       to, d.bins[size_t(i)],
                       d.count > 0 ? QVariant(round(double(d.bins[size_t(i)]) / d.count, 4)) : QVariant()});
    }
    return t;
}

ReportTable ReportRepository::summaryTable(const ScoreDistribution &d)
{
    ReportTable t;
    t.columns = {QStringLiteral("count"),  QStringLiteral("mean"),   QStringLiteral("median"),
                 QStringLiteral("stddev"), QStringLiteral("passed"), QStringLiteral("pass_rate"),
                 QStringLiteral("fatal")};
    t.headers = {tr("Evaluations"), tr("Mean"),      tr("Median"), tr("Std. dev."),
                 tr("Passed"),      tr("Pass rate"), tr("Fatal")};
    t.rows.append({d.count, optionalValue(d.mean, 2), optionalValue(d.median, 2), optionalValue(d.stddev, 2), d.passed,
                   optionalValue(d.passRate, 4), d.fatal});
    return t;
}

ReportTable ReportRepository::table(const std::vector<TrendRow> &rows)
{
    ReportTable t;
    t.columns = {QStringLiteral("period"), QStringLiteral("start"),  QStringLiteral("count"),
                 QStringLiteral("mean"),   QStringLiteral("passed"), QStringLiteral("pass_rate")};
    t.headers = {tr("Period"), tr("From"), tr("Evaluations"), tr("Mean score"), tr("Passed"), tr("Pass rate")};
    for (const TrendRow &r : rows)
        t.rows.append(
            {r.label, r.start.toString(Qt::ISODate), r.count, round(r.mean, 2), r.passed, round(r.passRate, 4)});
    return t;
}

ReportTable ReportRepository::table(const std::vector<RankingRow> &rows, RankingBy by)
{
    ReportTable t;
    if (by == RankingBy::Agent) {
        t.columns = {QStringLiteral("rank"),   QStringLiteral("agent_id"),  QStringLiteral("agent_name"),
                     QStringLiteral("team"),   QStringLiteral("count"),     QStringLiteral("mean"),
                     QStringLiteral("passed"), QStringLiteral("pass_rate"), QStringLiteral("fatal")};
        t.headers = {tr("Rank"),       tr("Agent ID"), tr("Agent"),     tr("Team"), tr("Evaluations"),
                     tr("Mean score"), tr("Passed"),   tr("Pass rate"), tr("Fatal")};
    } else {
        t.columns = {QStringLiteral("rank"), QStringLiteral("team"),   QStringLiteral("count"),
                     QStringLiteral("mean"), QStringLiteral("passed"), QStringLiteral("pass_rate"),
                     QStringLiteral("fatal")};
        t.headers = {tr("Rank"),   tr("Team"),      tr("Evaluations"), tr("Mean score"),
                     tr("Passed"), tr("Pass rate"), tr("Fatal")};
    }
    for (const RankingRow &r : rows) {
        if (by == RankingBy::Agent)
            t.rows.append(
                {r.rank, r.id, r.name, r.team, r.count, round(r.mean, 2), r.passed, round(r.passRate, 4), r.fatal});
        else
            t.rows.append({r.rank, r.name, r.count, round(r.mean, 2), r.passed, round(r.passRate, 4), r.fatal});
    }
    return t;
}

ReportTable ReportRepository::table(const std::vector<ItemStat> &rows)
{
    ReportTable t;
    t.columns = {QStringLiteral("scorecard"), QStringLiteral("item_id"),      QStringLiteral("section"),
                 QStringLiteral("item"),      QStringLiteral("applicable"),   QStringLiteral("passed"),
                 QStringLiteral("failed"),    QStringLiteral("na"),           QStringLiteral("pass_rate"),
                 QStringLiteral("target"),    QStringLiteral("below_target"), QStringLiteral("fatal_item")};
    t.headers = {tr("Scorecard"), tr("Item ID"), tr("Section"),   tr("Item"),   tr("Applicable"),   tr("Passed"),
                 tr("Failed"),    tr("N/A"),     tr("Pass rate"), tr("Target"), tr("Below target"), tr("Fatal item")};
    for (const ItemStat &r : rows)
        t.rows.append({r.scorecard, r.itemId, r.section, r.text, r.applicable, r.passed, r.failed, r.na,
                       optionalValue(r.passRate, 4), optionalValue(r.target, 4), r.belowTarget, r.fatalItem});
    return t;
}

ReportTable ReportRepository::itemsTable(const ProblemReport &p)
{
    ReportTable t;
    t.columns = {QStringLiteral("scorecard"), QStringLiteral("item_id"), QStringLiteral("item"),
                 QStringLiteral("failed"), QStringLiteral("share")};
    t.headers = {tr("Scorecard"), tr("Item ID"), tr("Item"), tr("Failed"), tr("Share of evaluations")};
    for (const ProblemItem &r : p.items)
        t.rows.append({r.scorecard, r.itemId, r.text, r.failed, round(r.share, 4)});
    return t;
}

ReportTable ReportRepository::rulesTable(const ProblemReport &p)
{
    ReportTable t;
    t.columns = {QStringLiteral("rule_id"), QStringLiteral("category"),      QStringLiteral("severity"),
                 QStringLiteral("hits"),    QStringLiteral("conversations"), QStringLiteral("share")};
    t.headers = {tr("Rule"), tr("Category"),      tr("Severity"),
                 tr("Hits"), tr("Conversations"), tr("Share of conversations")};
    for (const ProblemRule &r : p.rules)
        t.rows.append({r.ruleId, r.category, r.severity, r.hits, r.conversations, round(r.share, 4)});
    return t;
}

ReportTable ReportRepository::table(const std::vector<InspectorStat> &rows)
{
    ReportTable t;
    t.columns = {QStringLiteral("inspector_id"), QStringLiteral("inspector"),      QStringLiteral("submitted"),
                 QStringLiteral("mean"),         QStringLiteral("passed"),         QStringLiteral("pass_rate"),
                 QStringLiteral("timed"),        QStringLiteral("median_review_s")};
    t.headers = {tr("Inspector ID"), tr("Inspector"), tr("Submitted"), tr("Mean score given"),
                 tr("Passed"),       tr("Pass rate"), tr("Timed"),     tr("Median review time (s)")};
    for (const InspectorStat &r : rows)
        t.rows.append({r.id, r.name, r.submitted, round(r.meanScore, 2), r.passed, round(r.passRate, 4), r.timed,
                       optionalValue(r.medianReviewSeconds, 1)});
    return t;
}

namespace {

QString csvField(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QString();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 15); // always '.', never a thousands separator
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        break;
    }
    // Text Excel would run as a formula (an agent name from an import, say) is shown as text instead.
    return EvaluationExport::csvCell(v.toString());
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

} // namespace

QByteArray ReportTable::toCsv(bool translatedHeaders) const
{
    QString out;
    auto line = [&](const QVariantList &fields) {
        QStringList cells;
        for (const QVariant &f : fields)
            cells << csvField(f);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QVariantList head;
    for (const QString &h : translatedHeaders ? headers : columns)
        head << h;
    line(head);
    for (const QVariantList &row : rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray ReportTable::toJson() const
{
    QJsonArray list;
    for (const QVariantList &row : rows) {
        QJsonObject o;
        for (int i = 0; i < columns.size() && i < row.size(); ++i)
            o.insert(columns.at(i), jsonValue(row.at(i)));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                                     {QStringLiteral("rows"), list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace qawb
