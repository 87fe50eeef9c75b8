#include "caserepository.h"

#include "sampling.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {

template <typename T>
std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.value<T>();
}

QJsonObject jsonObject(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

CaseRepository::CaseRepository(Store &store)
    : m_store(store)
{}

std::vector<QueueSummary> CaseRepository::queues(const QString &inspectorId)
{
    // One pass over the items: counts by status and expected review time, all and not yet submitted.
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral(
            "SELECT q.id, q.name, q.inspector_id, u.display_name, q.kind, q.status, count(i.conversation_id), "
            "  coalesce(sum(e.status = 'submitted'), 0), coalesce(sum(e.status = 'draft'), 0), "
            "  coalesce(sum(CASE WHEN e.status = 'submitted' THEN 0 ELSE %1 END), 0), coalesce(q.sample_id, ''), "
            "  coalesce(sum(%1), 0) "
            "FROM queues q JOIN users u ON u.id = q.inspector_id "
            "LEFT JOIN queue_items i ON i.queue_id = q.id "
            "LEFT JOIN conversations c ON c.id = i.conversation_id "
            "LEFT JOIN evaluations e ON e.conversation_id = i.conversation_id AND e.inspector_id = q.inspector_id "
            "WHERE (? = '' OR q.inspector_id = ?) GROUP BY q.id ORDER BY q.created_at, u.display_name, q.name")
            .arg(expectedReviewSql()));
    const QString who = inspectorId.isNull() ? QStringLiteral("") : inspectorId;
    q.addBindValue(who);
    q.addBindValue(who);
    q.exec();
    std::vector<QueueSummary> out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt(),
                       q.value(8).toInt(), q.value(9).toDouble(), q.value(10).toString(), q.value(11).toDouble()});
    }
    return out;
}

std::optional<QueueSummary> CaseRepository::queueByName(const QString &name, const QString &inspectorId)
{
    for (const QueueSummary &queue : queues(inspectorId)) {
        if (queue.name == name)
            return queue;
    }
    return std::nullopt;
}

std::vector<CaseRow> CaseRepository::cases(const QString &queueId, const QString &inspectorId)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const QString columns = QStringLiteral(
        "c.id, c.channel, c.source, c.agent_id, a.name, t.name, c.business_type, c.started_at, c.started_ms, "
        "c.duration_s, c.csat, c.resolved, c.turn_count, %1, e.status, e.score, e.fatal, c.warnings IS NOT NULL, "
        "r.hit_count, r.risk_count ");
    const QString joins =
        QStringLiteral("LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
                       "LEFT JOIN evaluations e ON e.conversation_id = c.id AND e.inspector_id = ? "
                       "LEFT JOIN autoqa_runs r ON r.conversation_id = c.id ");
    if (queueId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT ") + columns.arg(QStringLiteral("-1")) +
                  QStringLiteral("FROM conversations c ") + joins + QStringLiteral("ORDER BY c.started_ms DESC"));
        q.addBindValue(inspectorId);
    } else {
        q.prepare(QStringLiteral("SELECT ") + columns.arg(QStringLiteral("i.position")) +
                  QStringLiteral("FROM queue_items i JOIN conversations c ON c.id = i.conversation_id ") + joins +
                  QStringLiteral("WHERE i.queue_id = ? ORDER BY i.position"));
        q.addBindValue(inspectorId);
        q.addBindValue(queueId);
    }
    q.exec();
    std::vector<CaseRow> out;
    while (q.next()) {
        CaseRow row;
        row.conversationId = q.value(0).toString();
        row.channel = q.value(1).toString();
        row.source = q.value(2).toString();
        row.agentId = q.value(3).toString();
        row.agentName = q.value(4).toString();
        row.team = q.value(5).toString();
        row.businessType = q.value(6).toString();
        row.startedAt = q.value(7).toString();
        row.startedMs = q.value(8).toLongLong();
        row.durationS = optionalValue<double>(q.value(9));
        row.csat = optionalValue<int>(q.value(10));
        row.resolved = optionalValue<bool>(q.value(11));
        row.turnCount = q.value(12).toInt();
        row.position = q.value(13).toInt();
        row.evaluationStatus = q.value(14).toString();
        row.score = optionalValue<double>(q.value(15));
        row.fatal = q.value(16).toInt() != 0;
        row.hasWarnings = q.value(17).toBool();
        row.hitCount = q.value(18).isNull() ? -1 : q.value(18).toInt();
        row.riskCount = q.value(19).toInt();
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<Conversation> CaseRepository::conversation(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.channel, c.source, c.agent_id, a.name, t.name, c.business_type, c.started_at, c.started_ms, "
        "c.duration_s, c.wait_s, c.csat, c.resolved, c.audio_path, c.audio_channels, c.extra, c.warnings "
        "FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
        "WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Conversation c;
    c.id = q.value(0).toString();
    c.channel = q.value(1).toString();
    c.source = q.value(2).toString();
    c.agentId = q.value(3).toString();
    c.agentName = q.value(4).toString();
    c.team = q.value(5).toString();
    c.businessType = q.value(6).toString();
    c.startedAt = q.value(7).toString();
    c.startedMs = q.value(8).toLongLong();
    c.durationS = optionalValue<double>(q.value(9));
    c.waitS = optionalValue<double>(q.value(10));
    c.csat = optionalValue<int>(q.value(11));
    c.resolved = optionalValue<bool>(q.value(12));
    c.audioPath = q.value(13).toString();
    c.audioChannels = jsonObject(q.value(14));
    c.extra = jsonObject(q.value(15));
    if (!q.value(16).isNull()) {
        const QJsonArray warnings = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
        for (const QJsonValue &w : warnings)
            c.warnings << w.toString();
    }

    QSqlQuery t(m_store.database());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT seq, speaker, start_ms, end_ms, at, at_ms, text, extra FROM turns "
                             "WHERE conversation_id = ? ORDER BY seq"));
    t.addBindValue(id);
    t.exec();
    while (t.next()) {
        Turn turn;
        turn.seq = t.value(0).toInt();
        turn.speaker = t.value(1).toString();
        turn.startMs = optionalValue<qint64>(t.value(2));
        turn.endMs = optionalValue<qint64>(t.value(3));
        turn.at = t.value(4).toString();
        turn.atMs = optionalValue<qint64>(t.value(5));
        turn.text = t.value(6).toString();
        turn.extra = jsonObject(t.value(7));
        c.turns.push_back(std::move(turn));
    }
    return c;
}

QStringList CaseRepository::queuesOf(const QString &conversationId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT queue_id FROM queue_items WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    q.exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace qawb
