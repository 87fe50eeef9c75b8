#include "coaching.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "scorecardrepository.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace qawb {

namespace {

QDate weekStart(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Parsed scorecard versions by id: an overview reads hundreds of answers of a handful of versions.
class ScorecardCache
{
public:
    explicit ScorecardCache(Store &store)
        : m_repository(store)
    {}
    const Scorecard *get(const QString &versionId)
    {
        auto it = m_cards.find(versionId);
        if (it == m_cards.end()) {
            std::optional<StoredScorecard> card = m_repository.version(versionId);
            it = m_cards.emplace(versionId, card ? std::optional<Scorecard>(card->scorecard) : std::nullopt).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    ScorecardRepository m_repository;
    std::map<QString, std::optional<Scorecard>> m_cards;
};

QJsonObject sessionJson(const CoachingSession &s)
{
    QJsonArray actions;
    for (const ActionItem &a : s.actions)
        actions.append(QJsonObject{{QStringLiteral("text"), a.text},
                                   {QStringLiteral("owner"), a.owner},
                                   {QStringLiteral("due"), dateText(a.due)},
                                   {QStringLiteral("status"), a.status}});
    return {{QStringLiteral("notes"), s.notes},
            {QStringLiteral("follow_up"), dateText(s.followUp)},
            {QStringLiteral("actions"), actions}};
}

} // namespace

int CoachingSession::openActions() const
{
    return int(std::count_if(actions.begin(), actions.end(),
                             [](const ActionItem &a) { return a.status == QLatin1String("open"); }));
}

CoachingRepository::CoachingRepository(Store &store)
    : m_store(store)
{}

CoachingOverview CoachingRepository::overview(const QString &agentId, const QDate &from, const QDate &to,
                                              const QString &language)
{
    CoachingOverview o;
    o.agentId = agentId;
    o.from = from;
    o.to = to;
    QString teamId;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT coalesce(a.name, a.id), coalesce(t.name, ''), coalesce(a.team_id, '') "
                                 "FROM agents a LEFT JOIN teams t ON t.id = a.team_id WHERE a.id = ?"));
        q.addBindValue(agentId);
        if (!q.exec() || !q.next())
            return o;
        o.agentName = q.value(0).toString();
        o.team = q.value(1).toString();
        teamId = q.value(2).toString();
    }
    if (!from.isValid() || !to.isValid() || to < from)
        return o;

    // The agent's team in the period (the agent alone when they have none). The period is in the conversations' own
    // dates; started_ms narrows it first (±1 day covers every UTC offset) so the team index does the work.
    const qint64 fromMs = QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString scope = QStringLiteral("FROM evaluations e JOIN conversations c ON c.id = e.conversation_id "
                                         "LEFT JOIN queues q ON q.id = e.queue_id "
                                         "WHERE e.status = 'submitted' AND (q.kind IS NULL OR q.kind <> 'calibration') "
                                         "AND NOT EXISTS (SELECT 1 FROM evaluation_tags t WHERE t.evaluation_id = e.id "
                                         "AND t.tag = 'case_pack') AND (c.agent_id = ? OR (? <> '' AND c.team_id = ?)) "
                                         "AND c.started_ms >= ? AND c.started_ms < ? "
                                         "AND substr(c.started_at, 1, 10) BETWEEN ? AND ?");
    auto bindScope = [&](QSqlQuery &q) {
        q.addBindValue(agentId);
        q.addBindValue(teamId);
        q.addBindValue(teamId);
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        q.addBindValue(dateText(from));
        q.addBindValue(dateText(to));
    };

    struct Row
    {
        bool mine = false;
        QDate date;
        double score = 0;
    };
    std::vector<Row> rows;
    std::map<QString, size_t> mineIndex; // evaluation id → o.evaluations index
    std::map<QString, QString> versionOf;
    std::map<QString, bool> isMine;
    ScorecardCache cards(m_store);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT e.id, e.conversation_id, c.agent_id, c.channel, c.started_at, "
                             "coalesce(e.score, 0), e.fatal, e.scorecard_version_id, "
                             "(SELECT display_name FROM users u WHERE u.id = e.inspector_id), e.coaching_note, "
                             "e.general_comment ") +
              scope + QStringLiteral(" ORDER BY c.started_ms, e.id"));
    bindScope(q);
    if (!q.exec())
        return o;
    while (q.next()) {
        Row r;
        r.mine = q.value(2).toString() == agentId;
        r.date = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
        r.score = q.value(5).toDouble();
        rows.push_back(r);
        const QString id = q.value(0).toString();
        versionOf[id] = q.value(7).toString();
        isMine[id] = r.mine;
        if (!r.mine)
            continue;
        CoachingEvaluation e;
        e.evaluationId = id;
        e.conversationId = q.value(1).toString();
        e.channel = q.value(3).toString();
        e.startedAt = q.value(4).toString();
        e.date = r.date;
        e.score = r.score;
        e.fatal = q.value(6).toInt() != 0;
        const Scorecard *card = cards.get(versionOf[id]);
        e.passed = !e.fatal && (!card || e.score >= card->passScore());
        o.passScore = card ? card->passScore() : o.passScore;
        e.inspectorName = q.value(8).toString();
        e.coachingNote = q.value(9).toString();
        e.generalComment = q.value(10).toString();
        mineIndex[id] = o.evaluations.size();
        o.evaluations.push_back(std::move(e));
    }

    // Pass rates per item, and the agent's failed items.
    std::map<QString, CriterionStat> stats;
    q.prepare(QStringLiteral("SELECT a.evaluation_id, a.item_id, a.value, a.comment, coalesce(a.reasons, '') "
                             "FROM answers a WHERE a.value IS NOT NULL AND a.value <> 'na' AND a.evaluation_id IN "
                             "(SELECT e.id ") +
              scope + QStringLiteral(") ORDER BY a.evaluation_id, a.item_id"));
    bindScope(q);
    if (q.exec()) {
        while (q.next()) {
            const QString evaluationId = q.value(0).toString();
            const Scorecard *card = cards.get(versionOf[evaluationId]);
            const ScorecardItem *item = card ? card->item(q.value(1).toString()) : nullptr;
            if (!item)
                continue;
            const QString value = q.value(2).toString();
            const bool failed = item->isFailed(value);
            CriterionStat &s = stats[item->id];
            if (s.itemId.isEmpty()) {
                s.itemId = item->id;
                s.text = item->text.text(language);
            }
            ++s.teamAnswered;
            s.teamFailed += failed ? 1 : 0;
            if (!isMine[evaluationId])
                continue;
            ++s.answered;
            s.failed += failed ? 1 : 0;
            if (!failed)
                continue;
            CoachingFailedItem f;
            f.itemId = item->id;
            f.text = item->text.text(language);
            f.value = value;
            f.comment = q.value(3).toString();
            f.reasons = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            f.fatal = item->fatal;
            CoachingEvaluation &e = o.evaluations[mineIndex[evaluationId]];
            e.failed.push_back(f);
        }
    }
    // Failed items in scorecard order, as the inspector saw them.
    for (CoachingEvaluation &e : o.evaluations) {
        const Scorecard *card = cards.get(versionOf[e.evaluationId]);
        if (!card)
            continue;
        QStringList order;
        for (const ScorecardSection &section : card->sections()) {
            for (const ScorecardItem &item : section.items)
                order << item.id;
        }
        std::stable_sort(e.failed.begin(), e.failed.end(),
                         [&](const CoachingFailedItem &a, const CoachingFailedItem &b) {
                             return order.indexOf(a.itemId) < order.indexOf(b.itemId);
                         });
    }
    // Where each failed item happened: the first hit of one of the item's rules.
    QSqlQuery hits(m_store.database());
    hits.prepare(QStringLiteral("SELECT h.rule_id, h.turn_seq, coalesce(h.start_ms, t.start_ms) FROM rule_hits h "
                                "LEFT JOIN turns t ON t.conversation_id = h.conversation_id AND t.seq = h.turn_seq "
                                "WHERE h.conversation_id = ? ORDER BY h.turn_seq IS NULL, h.turn_seq, h.id"));
    for (CoachingEvaluation &e : o.evaluations) {
        if (e.failed.empty())
            continue;
        const Scorecard *card = cards.get(versionOf[e.evaluationId]);
        if (!card)
            continue;
        hits.addBindValue(e.conversationId);
        if (!hits.exec())
            continue;
        std::vector<std::tuple<QString, int, qint64>> found;
        while (hits.next())
            found.emplace_back(hits.value(0).toString(), hits.value(1).isNull() ? -1 : hits.value(1).toInt(),
                               hits.value(2).isNull() ? -1 : hits.value(2).toLongLong());
        for (CoachingFailedItem &f : e.failed) {
            const ScorecardItem *item = card->item(f.itemId);
            for (const auto &[rule, seq, ms] : found) {
                if (item && item->rules.contains(rule)) {
                    f.turnSeq = seq;
                    f.startMs = ms;
                    break;
                }
            }
        }
    }

    // Weekly trend: every week the period touches, the agent's mean next to the team's.
    std::map<QDate, std::pair<std::vector<double>, std::vector<double>>> weeks;
    for (QDate w = weekStart(from); w <= to; w = w.addDays(7))
        weeks[w];
    double sum = 0, teamSum = 0;
    for (const Row &r : rows) {
        auto &[mine, team] = weeks[weekStart(r.date)];
        team.push_back(r.score);
        teamSum += r.score;
        if (r.mine) {
            mine.push_back(r.score);
            sum += r.score;
        }
    }
    auto mean = [](const std::vector<double> &v) {
        return v.empty() ? std::nullopt : std::optional<double>(std::accumulate(v.begin(), v.end(), 0.0) / v.size());
    };
    for (const auto &[week, scores] : weeks) {
        TrendPoint p;
        p.weekStart = week;
        p.count = int(scores.first.size());
        p.agentMean = mean(scores.first);
        p.teamCount = int(scores.second.size());
        p.teamMean = mean(scores.second);
        o.trend.push_back(p);
    }
    if (!o.evaluations.empty())
        o.mean = sum / double(o.evaluations.size());
    if (!rows.empty())
        o.teamMean = teamSum / double(rows.size());

    // The weakest items: those the agent failed, lowest pass rate first, then furthest below the team.
    for (const auto &[id, s] : stats) {
        if (s.failed > 0)
            o.weakest.push_back(s);
    }
    std::sort(o.weakest.begin(), o.weakest.end(), [](const CriterionStat &a, const CriterionStat &b) {
        if (a.passRate() != b.passRate())
            return a.passRate() < b.passRate();
        const double gapA = a.teamPassRate() - a.passRate(), gapB = b.teamPassRate() - b.passRate();
        return gapA != gapB ? gapA > gapB : a.itemId < b.itemId;
    });
    if (o.weakest.size() > 5)
        o.weakest.resize(5);
    return o;
}

std::vector<AgentRef> CoachingRepository::agents(const User &coach)
{
    const QString team = coach.role == QLatin1String("team_leader") ? notNull(coach.teamId) : QStringLiteral("");
    std::vector<AgentRef> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT a.id, coalesce(a.name, a.id), coalesce(t.name, '') FROM agents a "
                             "LEFT JOIN teams t ON t.id = a.team_id WHERE ? = '' OR a.team_id = ? "
                             "ORDER BY t.name IS NULL, t.name, a.name, a.id"));
    q.addBindValue(team);
    q.addBindValue(team);
    if (q.exec()) {
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

bool CoachingRepository::create(const User &actor, CoachingSession &session, QString *error)
{
    return write(actor, session, true, error);
}

bool CoachingRepository::save(const User &actor, CoachingSession &session, QString *error)
{
    return write(actor, session, false, error);
}

bool CoachingRepository::mayCoach(const User &actor, const QString &agentId, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::CoachAgents, error))
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT coalesce(team_id, '') FROM agents WHERE id = ?"));
    q.addBindValue(agentId);
    if (!q.exec() || !q.next()) {
        *error = tr("there is no agent %1").arg(agentId);
        return false;
    }
    if (actor.role == QLatin1String("team_leader") && !actor.teamId.isEmpty() &&
        q.value(0).toString() != actor.teamId) {
        *error = tr("%1 leads another team: agent %2 is not theirs to coach").arg(actor.displayName, agentId);
        return false;
    }
    return true;
}

bool CoachingRepository::write(const User &actor, CoachingSession &s, bool creating, QString *error)
{
    if (creating && !mayCoach(actor, s.agentId, error))
        return false;
    if (creating && (!s.from.isValid() || !s.to.isValid() || s.to < s.from)) {
        *error = tr("a coaching session needs a period: a first and a last day, in that order");
        return false;
    }
    for (const ActionItem &a : s.actions) {
        if (a.text.trimmed().isEmpty()) {
            *error = tr("every action item needs a description");
            return false;
        }
        if (a.status != QLatin1String("open") && a.status != QLatin1String("done") &&
            a.status != QLatin1String("dropped")) {
            *error = tr("an action item is open, done or dropped, not \"%1\"").arg(a.status);
            return false;
        }
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery q(m_store.database());
    QJsonObject before;
    if (creating) {
        s.id = newId();
        s.leaderId = actor.id;
        s.leaderName = actor.displayName;
        s.heldAt = QDateTime::currentDateTimeUtc();
        q.prepare(QStringLiteral("INSERT INTO coaching_sessions(id, agent_id, leader_id, period_from, period_to, "
                                 "held_at, notes, follow_up, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(s.id);
        q.addBindValue(s.agentId);
        q.addBindValue(actor.id);
        q.addBindValue(dateText(s.from));
        q.addBindValue(dateText(s.to));
        q.addBindValue(toIso(s.heldAt));
        q.addBindValue(notNull(s.notes));
        q.addBindValue(dateOrNull(s.followUp));
        q.addBindValue(nowIso());
        if (!q.exec()) {
            *error = q.lastError().text();
            s.id.clear();
            return false;
        }
    } else {
        const std::optional<CoachingSession> stored = session(s.id, error);
        if (!stored || !mayCoach(actor, stored->agentId, error))
            return false;
        s.agentId = stored->agentId; // a session stays with its agent
        before = sessionJson(*stored);
        if (stored->isAcknowledged()) {
            // What the agent acknowledged stays as it was; only the action items' progress moves on.
            bool same = stored->notes == s.notes && stored->followUp == s.followUp &&
                        stored->actions.size() == s.actions.size();
            for (size_t i = 0; same && i < s.actions.size(); ++i) {
                ActionItem a = s.actions[i];
                a.status = stored->actions[i].status;
                same = a == stored->actions[i];
            }
            if (!same) {
                *error = tr("%1 acknowledged this session: its notes, follow-up and action items stay as they were "
                            "(their status can still change)")
                             .arg(stored->acknowledgedBy);
                return false;
            }
        }
        q.prepare(QStringLiteral("UPDATE coaching_sessions SET notes = ?, follow_up = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(notNull(s.notes));
        q.addBindValue(dateOrNull(s.followUp));
        q.addBindValue(nowIso());
        q.addBindValue(s.id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("DELETE FROM coaching_actions WHERE session_id = ?"));
        q.addBindValue(s.id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO coaching_actions(session_id, position, text, owner, due, status, "
                             "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < s.actions.size(); ++i) {
        const ActionItem &a = s.actions[i];
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(a.text.trimmed());
        q.addBindValue(notNull(a.owner.trimmed()));
        q.addBindValue(dateOrNull(a.due));
        q.addBindValue(a.status);
        q.addBindValue(nowIso());
        if (!q.exec()) {
            *error = q.lastError().text();
            if (creating)
                s.id.clear();
            return false;
        }
    }
    const QJsonObject after = sessionJson(s);
    if (creating || before != after) {
        QJsonObject detail{{QStringLiteral("after"), after}};
        if (creating) {
            detail.insert(QStringLiteral("agent_id"), s.agentId);
            detail.insert(QStringLiteral("period"), QString(dateText(s.from) + QLatin1Char('/') + dateText(s.to)));
        } else {
            detail.insert(QStringLiteral("before"), before);
        }
        if (!AuditLog(m_store).append(actor.id,
                                      creating ? QStringLiteral("coaching.create") : QStringLiteral("coaching.edit"),
                                      QStringLiteral("coaching_sessions"), s.id, detail, error)) {
            if (creating)
                s.id.clear();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        if (creating)
            s.id.clear();
        return false;
    }
    if (const std::optional<CoachingSession> stored = session(s.id))
        s = *stored;
    return true;
}

bool CoachingRepository::acknowledge(const User &actor, CoachingSession &s, const QString &agentName,
                                     const QString &comment, QString *error, const QDateTime &at)
{
    // The agent confirms on the leader's screen: the leader's session writes it.
    if (agentName.trimmed().isEmpty()) {
        *error = tr("the agent acknowledges with their name");
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const std::optional<CoachingSession> stored = session(s.id, error);
    if (!stored || !mayCoach(actor, stored->agentId, error))
        return false;
    if (stored->isAcknowledged()) {
        *error = tr("%1 already acknowledged this session on %2")
                     .arg(stored->acknowledgedBy, stored->acknowledgedAt.toLocalTime().toString(Qt::ISODate));
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE coaching_sessions SET acknowledged_by = ?, acknowledged_at = ?, ack_comment = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(agentName.trimmed());
    q.addBindValue(toIso(at));
    q.addBindValue(notNull(comment.trimmed()));
    q.addBindValue(nowIso());
    q.addBindValue(s.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("coaching.acknowledge"), QStringLiteral("coaching_sessions"),
                                  s.id,
                                  {{QStringLiteral("agent_name"), agentName.trimmed()},
                                   {QStringLiteral("comment"), comment.trimmed()},
                                   {QStringLiteral("at"), toIso(at)}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    s = *session(s.id);
    return true;
}

std::vector<CoachingSession> CoachingRepository::query(const QString &where, const QVariantList &binds)
{
    std::vector<CoachingSession> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT s.id, s.agent_id, coalesce(a.name, s.agent_id), coalesce(t.name, ''), "
                             "coalesce(s.leader_id, ''), coalesce(u.display_name, ''), s.period_from, s.period_to, "
                             "s.held_at, s.notes, coalesce(s.follow_up, ''), coalesce(s.acknowledged_by, ''), "
                             "coalesce(s.acknowledged_at, ''), s.ack_comment "
                             "FROM coaching_sessions s LEFT JOIN agents a ON a.id = s.agent_id "
                             "LEFT JOIN teams t ON t.id = a.team_id LEFT JOIN users u ON u.id = s.leader_id "
                             "WHERE %1")
                  .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        CoachingSession s;
        s.id = q.value(0).toString();
        s.agentId = q.value(1).toString();
        s.agentName = q.value(2).toString();
        s.team = q.value(3).toString();
        s.leaderId = q.value(4).toString();
        s.leaderName = q.value(5).toString();
        s.from = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.to = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        s.heldAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        s.notes = q.value(9).toString();
        s.followUp = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        s.acknowledgedBy = q.value(11).toString();
        if (!q.value(12).toString().isEmpty())
            s.acknowledgedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs).toUTC();
        s.ackComment = q.value(13).toString();
        out.push_back(std::move(s));
    }
    QSqlQuery actions(m_store.database());
    actions.prepare(QStringLiteral("SELECT text, owner, coalesce(due, ''), status FROM coaching_actions "
                                   "WHERE session_id = ? ORDER BY position"));
    for (CoachingSession &s : out) {
        actions.addBindValue(s.id);
        if (!actions.exec())
            continue;
        while (actions.next())
            s.actions.push_back({actions.value(0).toString(), actions.value(1).toString(),
                                 QDate::fromString(actions.value(2).toString(), Qt::ISODate),
                                 actions.value(3).toString()});
    }
    return out;
}

std::optional<CoachingSession> CoachingRepository::session(const QString &idOrPrefix, QString *error)
{
    bool ambiguous = false;
    const QString id = resolveId(m_store, QStringLiteral("coaching_sessions"), idOrPrefix, &ambiguous);
    std::vector<CoachingSession> found =
        id.isEmpty() ? std::vector<CoachingSession>{} : query(QStringLiteral("s.id = ?"), {id});
    if (found.empty()) {
        if (error)
            *error = ambiguous ? tr("%1 is the beginning of more than one session id; give more of it").arg(idOrPrefix)
                               : tr("there is no coaching session %1").arg(idOrPrefix);
        return std::nullopt;
    }
    return std::move(found.front());
}

std::vector<CoachingSession> CoachingRepository::sessions(const QString &agentId, const QString &team)
{
    const QString t = notNull(team);
    if (!agentId.isEmpty())
        return query(QStringLiteral("s.agent_id = ? ORDER BY s.held_at DESC"), {agentId});
    return query(QStringLiteral("(? = '' OR t.name = ?) ORDER BY s.held_at DESC"), {t, t});
}

std::vector<CoachingSession> CoachingRepository::followUpsDue(const QString &team, const QDate &today, int daysAhead)
{
    const QString t = notNull(team);
    return query(QStringLiteral("s.follow_up IS NOT NULL AND s.follow_up <= ? AND (? = '' OR t.name = ?) "
                                "AND NOT EXISTS (SELECT 1 FROM coaching_sessions later WHERE later.agent_id = "
                                "s.agent_id AND later.held_at > s.held_at) ORDER BY s.follow_up, s.held_at"),
                 {dateText(today.addDays(daysAhead)), t, t});
}

} // namespace qawb
