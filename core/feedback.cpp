#include "feedback.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "store.h"
#include "userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace qawb {

FeedbackRepository::FeedbackRepository(Store &store)
    : m_store(store)
{}

int FeedbackRepository::thresholdHours() const
{
    bool ok = false;
    const int hours = m_store.meta(QStringLiteral("feedback.hours")).toInt(&ok);
    return ok && hours > 0 ? hours : 24;
}

bool FeedbackRepository::setThresholdHours(const User &actor, int hours, QString *error)
{
    // A QA department setting, like sampling: QA managers and admins.
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    if (hours < 1 || hours > 24 * 30) {
        *error = tr("the feedback threshold is 1 hour to 30 days, not %1 hours").arg(hours);
        return false;
    }
    Transaction transaction(m_store);
    const int before = thresholdHours();
    if (!m_store.setMeta(QStringLiteral("feedback.hours"), QString::number(hours)) ||
        !AuditLog(m_store).append(actor.id, QStringLiteral("feedback.threshold"), QStringLiteral("store_meta"),
                                  QStringLiteral("feedback.hours"),
                                  {{QStringLiteral("before"), before}, {QStringLiteral("after"), hours}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

std::vector<FeedbackItem> FeedbackRepository::query(const QString &where, const QVariantList &binds,
                                                    const QDateTime &now)
{
    std::vector<FeedbackItem> out;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT e.id, e.conversation_id, c.agent_id, coalesce(a.name, ''), coalesce(t.name, ''), "
                       "coalesce(u.display_name, ''), coalesce(e.score, 0), e.fatal, e.failed_items, e.submitted_at, "
                       "f.coached_at, coalesce(cu.display_name, ''), coalesce(f.note, '') "
                       "FROM evaluations e JOIN conversations c ON c.id = e.conversation_id "
                       "LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
                       "LEFT JOIN users u ON u.id = e.inspector_id LEFT JOIN feedback f ON f.id = e.id "
                       "LEFT JOIN users cu ON cu.id = f.coached_by "
                       "WHERE e.status = 'submitted' AND (e.failed_items > 0 OR e.fatal = 1) AND %1 "
                       "ORDER BY e.submitted_at, e.id")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    const qint64 threshold = qint64(thresholdHours()) * 3600;
    while (q.next()) {
        FeedbackItem item;
        item.evaluationId = q.value(0).toString();
        item.conversationId = q.value(1).toString();
        item.agentId = q.value(2).toString();
        item.agentName = q.value(3).toString();
        item.team = q.value(4).toString();
        item.inspectorName = q.value(5).toString();
        item.score = q.value(6).toDouble();
        item.fatal = q.value(7).toInt() != 0;
        item.failedItems = q.value(8).toInt();
        item.submittedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
        item.dueAt = item.submittedAt.addSecs(threshold);
        if (!q.value(10).isNull())
            item.coachedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs).toUTC();
        item.coachedBy = q.value(11).toString();
        item.note = q.value(12).toString();
        if (item.coachedAt.isValid())
            item.state = item.coachedAt <= item.dueAt ? FeedbackItem::State::OnTime : FeedbackItem::State::Late;
        else
            item.state = now > item.dueAt ? FeedbackItem::State::Overdue : FeedbackItem::State::Due;
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<FeedbackItem> FeedbackRepository::open(const QString &team, const QDateTime &now)
{
    const QString t = team.isNull() ? QStringLiteral("") : team; // NULL = '' is not true
    return query(QStringLiteral("f.id IS NULL AND (? = '' OR t.name = ?)"), {t, t}, now);
}

std::vector<FeedbackItem> FeedbackRepository::all(const QDateTime &from, const QDateTime &to, const QString &team,
                                                  const QDateTime &now)
{
    const QString t = team.isNull() ? QStringLiteral("") : team;
    return query(QStringLiteral("e.submitted_at >= ? AND e.submitted_at < ? AND (? = '' OR t.name = ?)"),
                 {toIso(from), toIso(to), t, t}, now);
}

FeedbackRate FeedbackRepository::rate(const QDateTime &from, const QDateTime &to, const QString &team,
                                      const QDateTime &now)
{
    FeedbackRate r;
    for (const FeedbackItem &item : all(from, to, team, now)) {
        switch (item.state) {
        case FeedbackItem::State::Due:
            continue; // still within its time: neither on time nor late yet
        case FeedbackItem::State::OnTime:
            ++r.onTime;
            break;
        case FeedbackItem::State::Late:
            ++r.late;
            break;
        case FeedbackItem::State::Overdue:
            ++r.overdue;
            break;
        }
        ++r.total;
    }
    return r;
}

bool FeedbackRepository::markCoached(const User &actor, const QString &evaluationId, const QString &note,
                                     QString *error, const QDateTime &at)
{
    if (!Permissions::check(actor, Permissions::Action::CoachAgents, error))
        return false;
    Transaction transaction(m_store);
    // The id, or the first characters of one (as lists print them).
    QSqlQuery e(m_store.database());
    e.prepare(QStringLiteral("SELECT status, failed_items, fatal, (SELECT 1 FROM feedback f WHERE f.id = e.id), id "
                             "FROM evaluations e WHERE id = ? OR (length(?) >= 6 AND substr(id, 1, length(?)) = ?) "
                             "LIMIT 2"));
    for (int i = 0; i < 4; ++i)
        e.addBindValue(evaluationId);
    if (!e.exec() || !e.next()) {
        *error = tr("there is no evaluation %1").arg(evaluationId);
        return false;
    }
    const QString id = e.value(4).toString();
    const QVariantList first{e.value(0), e.value(1), e.value(2), e.value(3)};
    if (id != evaluationId && e.next()) {
        *error = tr("%1 is the beginning of more than one evaluation id; give more of it").arg(evaluationId);
        return false;
    }
    if (first[0].toString() != QLatin1String("submitted")) {
        *error = tr("evaluation %1 is not submitted yet: there is nothing to feed back").arg(evaluationId);
        return false;
    }
    if (first[1].toInt() == 0 && first[2].toInt() == 0) {
        *error = tr("evaluation %1 has no failed items: it needs no feedback").arg(evaluationId);
        return false;
    }
    if (!first[3].isNull()) {
        *error = tr("the feedback on evaluation %1 is already recorded").arg(evaluationId);
        return false;
    }
    e.finish();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO feedback(id, coached_at, coached_by, note) VALUES(?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(toIso(at));
    q.addBindValue(actor.id);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note.trimmed());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("feedback.coached"), QStringLiteral("evaluations"), id,
                                  {{QStringLiteral("note"), note.trimmed()}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace qawb
