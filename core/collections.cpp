#include "collections.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "store.h"
#include "userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

const char *kCollectionColumns =
    "c.id, c.name, c.owner_id, coalesce(u.display_name, ''), c.notes, c.created_at, c.updated_at, "
    "(SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) "
    "FROM collections c LEFT JOIN users u ON u.id = c.owner_id ";

Collection collectionFrom(const QSqlQuery &q)
{
    Collection c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.ownerId = q.value(2).toString();
    c.ownerName = q.value(3).toString();
    c.notes = q.value(4).toString();
    c.createdAt = q.value(5).toString();
    c.updatedAt = q.value(6).toString();
    c.itemCount = q.value(7).toInt();
    return c;
}

} // namespace

CollectionRepository::CollectionRepository(Store &store, const QString &userId)
    : m_store(store)
    , m_userId(userId)
{}

std::vector<Collection> CollectionRepository::list()
{
    std::vector<Collection> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kCollectionColumns) +
              QStringLiteral("ORDER BY c.name COLLATE NOCASE, c.created_at"));
    if (q.exec()) {
        while (q.next())
            out.push_back(collectionFrom(q));
    }
    return out;
}

std::optional<Collection> CollectionRepository::byId(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kCollectionColumns) + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return collectionFrom(q);
    return std::nullopt;
}

std::optional<Collection> CollectionRepository::find(const QString &nameOrId, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kCollectionColumns) +
              QStringLiteral("WHERE c.name = ? ORDER BY (c.owner_id = ?) DESC, c.created_at LIMIT 1"));
    q.addBindValue(nameOrId);
    q.addBindValue(text(m_userId));
    if (q.exec() && q.next())
        return collectionFrom(q);
    bool ambiguous = false;
    const QString id = resolveId(m_store, QStringLiteral("collections"), nameOrId, &ambiguous);
    if (!id.isEmpty())
        return byId(id);
    *error = ambiguous ? tr("%1 is the beginning of more than one collection id; give more of it").arg(nameOrId)
                       : tr("there is no collection %1").arg(nameOrId);
    return std::nullopt;
}

bool CollectionRepository::mayChange(QString *error)
{
    const std::optional<User> user = UserRepository(m_store).byId(m_userId);
    if (!user) {
        *error = tr("unknown user");
        return false;
    }
    return Permissions::check(*user, Permissions::Action::ManageCollections, error);
}

bool CollectionRepository::evaluationOf(const QString &evaluationId, const QString &conversationId, QString *error)
{
    if (evaluationId.isEmpty())
        return true;
    QSqlQuery e(m_store.database());
    e.prepare(QStringLiteral("SELECT 1 FROM evaluations WHERE id = ? AND conversation_id = ?"));
    e.addBindValue(evaluationId);
    e.addBindValue(conversationId);
    if (e.exec() && e.next())
        return true;
    *error = tr("evaluation %1 is not an evaluation of conversation %2").arg(evaluationId, conversationId);
    return false;
}

bool CollectionRepository::auditAndCommit(Transaction &transaction, const QString &action, const QString &collectionId,
                                          const QJsonObject &detail, QString *error)
{
    if (!AuditLog(m_store).append(m_userId, action, QStringLiteral("collections"), collectionId, detail, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool CollectionRepository::touch(const QString &collectionId, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE collections SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowIso());
    q.addBindValue(collectionId);
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("there is no collection %1").arg(collectionId);
        return false;
    }
    return true;
}

QString CollectionRepository::uniqueName(const QString &name)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM collections WHERE name = ? AND owner_id IS ?"));
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
        q.addBindValue(candidate);
        q.addBindValue(textOrNull(m_userId));
        if (!q.exec() || !q.next())
            return candidate;
        q.finish();
    }
}

QString CollectionRepository::create(const QString &name, const QString &notes, QString *error)
{
    if (!mayChange(error))
        return {};
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("a collection needs a name");
        return {};
    }
    Transaction transaction(m_store);
    if (uniqueName(trimmed) != trimmed) {
        *error = tr("you already have a collection named %1").arg(trimmed);
        return {};
    }
    const QString id = newId();
    const QString now = nowIso();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO collections(id, name, owner_id, notes, created_at, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(trimmed);
    q.addBindValue(textOrNull(m_userId));
    q.addBindValue(text(notes));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!exec(q, error))
        return {};
    if (!auditAndCommit(transaction, QStringLiteral("collection.create"), id,
                        {{QStringLiteral("name"), trimmed}, {QStringLiteral("notes"), text(notes).toString()}}, error))
        return {};
    return id;
}

bool CollectionRepository::rename(const QString &collectionId, const QString &name, QString *error)
{
    if (!mayChange(error))
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("a collection needs a name");
        return false;
    }
    Transaction transaction(m_store);
    const std::optional<Collection> before = byId(collectionId);
    if (!before) {
        *error = tr("there is no collection %1").arg(collectionId);
        return false;
    }
    if (before->name == trimmed)
        return true;
    QSqlQuery dup(m_store.database());
    dup.prepare(QStringLiteral("SELECT 1 FROM collections WHERE name = ? AND owner_id IS ? AND id <> ?"));
    dup.addBindValue(trimmed);
    dup.addBindValue(textOrNull(before->ownerId));
    dup.addBindValue(collectionId);
    if (dup.exec() && dup.next()) {
        *error = tr("there is already a collection named %1").arg(trimmed);
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE collections SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(nowIso());
    q.addBindValue(collectionId);
    if (!exec(q, error))
        return false;
    return auditAndCommit(transaction, QStringLiteral("collection.rename"), collectionId,
                          {{QStringLiteral("before"), before->name}, {QStringLiteral("after"), trimmed}}, error);
}

bool CollectionRepository::setNotes(const QString &collectionId, const QString &notes, QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<Collection> before = byId(collectionId);
    if (!before) {
        *error = tr("there is no collection %1").arg(collectionId);
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE collections SET notes = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(notes));
    q.addBindValue(nowIso());
    q.addBindValue(collectionId);
    if (!exec(q, error))
        return false;
    return auditAndCommit(
        transaction, QStringLiteral("collection.notes"), collectionId,
        {{QStringLiteral("before"), before->notes}, {QStringLiteral("after"), text(notes).toString()}}, error);
}

bool CollectionRepository::remove(const QString &collectionId, QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<Collection> before = byId(collectionId);
    if (!before) {
        *error = tr("there is no collection %1").arg(collectionId);
        return false;
    }
    QSqlQuery items(m_store.database());
    items.prepare(QStringLiteral("DELETE FROM collection_items WHERE collection_id = ?"));
    items.addBindValue(collectionId);
    if (!exec(items, error))
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    q.addBindValue(collectionId);
    if (!exec(q, error))
        return false;
    return auditAndCommit(transaction, QStringLiteral("collection.delete"), collectionId,
                          {{QStringLiteral("name"), before->name}, {QStringLiteral("items"), before->itemCount}},
                          error);
}

bool CollectionRepository::addItem(const QString &collectionId, const QString &conversationId, const QString &note,
                                   QString *error, const QString &evaluationId)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    if (!byId(collectionId)) {
        *error = tr("there is no collection %1").arg(collectionId);
        return false;
    }
    QSqlQuery conv(m_store.database());
    conv.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"));
    conv.addBindValue(conversationId);
    if (!conv.exec() || !conv.next()) {
        *error = tr("there is no conversation %1").arg(conversationId);
        return false;
    }
    if (!evaluationOf(evaluationId, conversationId, error))
        return false;
    QSqlQuery dup(m_store.database());
    dup.prepare(QStringLiteral("SELECT 1 FROM collection_items WHERE collection_id = ? AND conversation_id = ?"));
    dup.addBindValue(collectionId);
    dup.addBindValue(conversationId);
    if (dup.exec() && dup.next()) {
        *error = tr("conversation %1 is already in the collection").arg(conversationId);
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("INSERT INTO collection_items(collection_id, conversation_id, evaluation_id, note, position, "
                       "added_by, added_at) "
                       "VALUES(?, ?, ?, ?, (SELECT count(*) FROM collection_items WHERE collection_id = ?), ?, ?)"));
    q.addBindValue(collectionId);
    q.addBindValue(conversationId);
    q.addBindValue(textOrNull(evaluationId));
    q.addBindValue(text(note));
    q.addBindValue(collectionId);
    q.addBindValue(textOrNull(m_userId));
    q.addBindValue(nowIso());
    if (!exec(q, error) || !touch(collectionId, error))
        return false;
    QJsonObject detail{{QStringLiteral("conversation"), conversationId},
                       {QStringLiteral("note"), text(note).toString()}};
    if (!evaluationId.isEmpty())
        detail.insert(QStringLiteral("evaluation"), evaluationId);
    return auditAndCommit(transaction, QStringLiteral("collection.add"), collectionId, detail, error);
}

namespace {

// The item's current note, evaluation and position; nullopt when the conversation is not in the collection.
struct ItemRow
{
    QString note;
    QString evaluationId;
    int position = 0;
};

// The case as it is before a change; nullopt and *error when the conversation is not in the collection.
std::optional<ItemRow> itemRow(Store &store, const QString &collectionId, const QString &conversationId, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT note, coalesce(evaluation_id, ''), position FROM collection_items "
                             "WHERE collection_id = ? AND conversation_id = ?"));
    q.addBindValue(collectionId);
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next()) {
        *error = CollectionRepository::tr("conversation %1 is not in the collection").arg(conversationId);
        return std::nullopt;
    }
    return ItemRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
}

} // namespace

bool CollectionRepository::setItemNote(const QString &collectionId, const QString &conversationId, const QString &note,
                                       QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<ItemRow> before = itemRow(m_store, collectionId, conversationId, error);
    if (!before)
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE collection_items SET note = ? WHERE collection_id = ? AND conversation_id = ?"));
    q.addBindValue(text(note));
    q.addBindValue(collectionId);
    q.addBindValue(conversationId);
    if (!exec(q, error) || !touch(collectionId, error))
        return false;
    return auditAndCommit(transaction, QStringLiteral("collection.note"), collectionId,
                          {{QStringLiteral("conversation"), conversationId},
                           {QStringLiteral("before"), before->note},
                           {QStringLiteral("after"), text(note).toString()}},
                          error);
}

bool CollectionRepository::setItemEvaluation(const QString &collectionId, const QString &conversationId,
                                             const QString &evaluationId, QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<ItemRow> before = itemRow(m_store, collectionId, conversationId, error);
    if (!before)
        return false;
    if (!evaluationOf(evaluationId, conversationId, error))
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE collection_items SET evaluation_id = ? WHERE collection_id = ? AND conversation_id = ?"));
    q.addBindValue(textOrNull(evaluationId));
    q.addBindValue(collectionId);
    q.addBindValue(conversationId);
    if (!exec(q, error) || !touch(collectionId, error))
        return false;
    return auditAndCommit(transaction, QStringLiteral("collection.evaluation"), collectionId,
                          {{QStringLiteral("conversation"), conversationId},
                           {QStringLiteral("before"), before->evaluationId},
                           {QStringLiteral("after"), evaluationId}},
                          error);
}

bool CollectionRepository::removeItem(const QString &collectionId, const QString &conversationId, QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<ItemRow> before = itemRow(m_store, collectionId, conversationId, error);
    if (!before)
        return false;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM collection_items WHERE collection_id = ? AND conversation_id = ?"));
    q.addBindValue(collectionId);
    q.addBindValue(conversationId);
    if (!exec(q, error))
        return false;
    QSqlQuery shift(m_store.database());
    shift.prepare(
        QStringLiteral("UPDATE collection_items SET position = position - 1 WHERE collection_id = ? AND position > ?"));
    shift.addBindValue(collectionId);
    shift.addBindValue(before->position);
    if (!exec(shift, error) || !touch(collectionId, error))
        return false;
    return auditAndCommit(transaction, QStringLiteral("collection.remove"), collectionId,
                          {{QStringLiteral("conversation"), conversationId}, {QStringLiteral("note"), before->note}},
                          error);
}

bool CollectionRepository::moveItem(const QString &collectionId, const QString &conversationId, int position,
                                    QString *error)
{
    if (!mayChange(error))
        return false;
    Transaction transaction(m_store);
    const std::optional<ItemRow> before = itemRow(m_store, collectionId, conversationId, error);
    if (!before)
        return false;
    QSqlQuery count(m_store.database());
    count.prepare(QStringLiteral("SELECT count(*) FROM collection_items WHERE collection_id = ?"));
    count.addBindValue(collectionId);
    const int n = count.exec() && count.next() ? count.value(0).toInt() : 0;
    const int to = std::clamp(position, 0, std::max(0, n - 1));
    const int from = before->position;
    if (to == from)
        return true;
    QSqlQuery q(m_store.database());
    if (to < from)
        q.prepare(QStringLiteral("UPDATE collection_items SET position = CASE WHEN conversation_id = ? THEN ? "
                                 "ELSE position + 1 END WHERE collection_id = ? AND position BETWEEN ? AND ?"));
    else
        q.prepare(QStringLiteral("UPDATE collection_items SET position = CASE WHEN conversation_id = ? THEN ? "
                                 "ELSE position - 1 END WHERE collection_id = ? AND position BETWEEN ? AND ?"));
    q.addBindValue(conversationId);
    q.addBindValue(to);
    q.addBindValue(collectionId);
    q.addBindValue(std::min(from, to));
    q.addBindValue(std::max(from, to));
    if (!exec(q, error) || !touch(collectionId, error))
        return false;
    return auditAndCommit(
        transaction, QStringLiteral("collection.move"), collectionId,
        {{QStringLiteral("conversation"), conversationId}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
        error);
}

std::vector<CollectionItem> CollectionRepository::items(const QString &collectionId)
{
    std::vector<CollectionItem> out;
    QSqlQuery q(m_store.database());
    // The evaluation shown: the chosen one, else the latest submitted one of the conversation.
    q.prepare(QStringLiteral(
        "SELECT i.collection_id, i.conversation_id, coalesce(i.evaluation_id, ''), i.note, i.position, "
        "       coalesce(i.added_by, ''), i.added_at, c.channel, c.agent_id, coalesce(a.name, ''), "
        "       coalesce(t.name, ''), c.started_at, coalesce(e.id, ''), e.score, coalesce(e.fatal, 0), "
        "       (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM evaluation_tags g "
        "        WHERE g.evaluation_id = e.id ORDER BY tag)) "
        "FROM collection_items i "
        "JOIN conversations c ON c.id = i.conversation_id "
        "LEFT JOIN agents a ON a.id = c.agent_id "
        "LEFT JOIN teams t ON t.id = c.team_id "
        "LEFT JOIN evaluations e ON e.id = coalesce(i.evaluation_id, "
        "       (SELECT id FROM evaluations x WHERE x.conversation_id = i.conversation_id AND x.status = 'submitted' "
        "        AND NOT EXISTS (SELECT 1 FROM queues k WHERE k.id = x.queue_id AND k.kind = 'calibration') "
        "        ORDER BY x.submitted_at DESC, x.id LIMIT 1)) "
        "WHERE i.collection_id = ? ORDER BY i.position"));
    q.addBindValue(collectionId);
    if (!q.exec())
        return out;
    while (q.next()) {
        CollectionItem item;
        item.collectionId = q.value(0).toString();
        item.conversationId = q.value(1).toString();
        item.evaluationId = q.value(2).toString();
        item.note = q.value(3).toString();
        item.position = q.value(4).toInt();
        item.addedBy = q.value(5).toString();
        item.addedAt = q.value(6).toString();
        item.channel = q.value(7).toString();
        item.agentId = q.value(8).toString();
        item.agentName = q.value(9).toString();
        item.team = q.value(10).toString();
        item.startedAt = q.value(11).toString();
        item.shownEvaluationId = q.value(12).toString();
        if (!q.value(13).isNull())
            item.score = q.value(13).toDouble();
        item.fatal = q.value(14).toInt() != 0;
        const QString tags = q.value(15).toString();
        if (!tags.isEmpty())
            item.tags = tags.split(QChar(31));
        out.push_back(item);
    }
    return out;
}

} // namespace qawb
