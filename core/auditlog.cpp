#include "auditlog.h"

#include "ids.h"
#include "store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {

struct Entry
{
    qint64 seq = 0;
    QString id;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString detail; // as stored: the hash covers these exact bytes
};

QString chainHash(const QString &previous, const Entry &e)
{
    const QJsonArray fields{double(e.seq), e.id, e.at, e.actor, e.action, e.entity, e.entityId, e.detail};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previous.toLatin1());
    sha.addData("\n");
    sha.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(sha.result().toHex());
}

Entry entryFrom(const QSqlQuery &q, int first)
{
    Entry e;
    e.id = q.value(first).toString();
    e.at = q.value(first + 1).toString();
    e.actor = q.value(first + 2).toString();
    e.action = q.value(first + 3).toString();
    e.entity = q.value(first + 4).toString();
    e.entityId = q.value(first + 5).toString();
    e.detail = q.value(first + 6).toString();
    return e;
}

} // namespace

AuditLog::AuditLog(Store &store)
    : m_store(store)
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

bool AuditLog::sealPending(QString *error)
{
    QSqlQuery head(m_store.database());
    if (!head.exec(
            QStringLiteral("SELECT seq, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1"))) {
        *error = head.lastError().text();
        return false;
    }
    qint64 seq = 0;
    QString hash = genesisHash();
    if (head.next()) {
        seq = head.value(0).toLongLong();
        hash = head.value(1).toString();
    }
    head.finish();
    QSqlQuery pending(m_store.database());
    if (!pending.exec(QStringLiteral("SELECT rowid, id, at, actor_id, action, entity, entity_id, detail FROM audit_log "
                                     "WHERE hash IS NULL ORDER BY at, rowid"))) {
        *error = pending.lastError().text();
        return false;
    }
    std::vector<std::pair<qint64, Entry>> rows;
    while (pending.next())
        rows.emplace_back(pending.value(0).toLongLong(), entryFrom(pending, 1));
    pending.finish();
    QSqlQuery seal(m_store.database());
    seal.prepare(QStringLiteral("UPDATE audit_log SET seq = ?, hash = ? WHERE rowid = ?"));
    for (auto &[rowid, entry] : rows) {
        entry.seq = ++seq;
        hash = chainHash(hash, entry);
        seal.addBindValue(entry.seq);
        seal.addBindValue(hash);
        seal.addBindValue(rowid);
        if (!seal.exec()) {
            *error = seal.lastError().text();
            return false;
        }
    }
    return true;
}

bool AuditLog::append(const QString &actorId, const QString &action, const QString &entity, const QString &entityId,
                      const QJsonObject &detail, QString *error)
{
    // Entries from before the chain were sealed when the store was upgraded (Store::open), so the head is the newest
    // sealed entry: found through the unique index on seq, whatever the size of the log.
    QSqlQuery head(m_store.database());
    if (!head.exec(
            QStringLiteral("SELECT seq, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1"))) {
        *error = head.lastError().text();
        return false;
    }
    Entry e;
    QString previous = genesisHash();
    if (head.next()) {
        e.seq = head.value(0).toLongLong();
        previous = head.value(1).toString();
    }
    head.finish();
    e.seq += 1;
    e.id = newId();
    e.at = nowIso();
    e.actor = actorId;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.detail = detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    QSqlQuery insert(m_store.database());
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log(id, at, actor_id, action, entity, entity_id, detail, seq, hash) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(e.id);
    insert.addBindValue(e.at);
    insert.addBindValue(actorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(actorId));
    insert.addBindValue(action);
    insert.addBindValue(entity);
    insert.addBindValue(entityId);
    insert.addBindValue(e.detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.detail));
    insert.addBindValue(e.seq);
    insert.addBindValue(chainHash(previous, e));
    if (!insert.exec()) {
        *error = tr("cannot write the audit log: %1").arg(insert.lastError().text());
        return false;
    }
    return true;
}

AuditLog::Verification AuditLog::verify()
{
    Verification v;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT seq, id, at, actor_id, action, entity, entity_id, detail, hash FROM audit_log "
                               "ORDER BY seq IS NULL, seq, rowid"))) {
        v.problem = q.lastError().text();
        return v;
    }
    QString previous = genesisHash();
    qint64 expected = 1;
    while (q.next()) {
        if (q.value(0).isNull() || q.value(8).isNull()) {
            v.problem =
                tr("entry %1 (%2) is not sealed into the chain").arg(q.value(1).toString(), q.value(4).toString());
            v.firstBadSeq = expected;
            return v;
        }
        Entry e = entryFrom(q, 1);
        e.seq = q.value(0).toLongLong();
        if (e.seq != expected) {
            v.problem =
                tr("entry %1 is missing (the log jumps from %2 to %3)").arg(expected).arg(expected - 1).arg(e.seq);
            v.firstBadSeq = expected;
            return v;
        }
        const QString hash = chainHash(previous, e);
        if (hash != q.value(8).toString()) {
            v.problem = tr("entry %1 (%2 on %3 %4, %5) does not match its seal: it was changed, or an entry before "
                           "it was")
                            .arg(e.seq)
                            .arg(e.action, e.entity, e.entityId, e.at);
            v.firstBadSeq = e.seq;
            return v;
        }
        previous = hash;
        ++expected;
        ++v.entries;
    }
    v.ok = true;
    v.headHash = previous;
    return v;
}

} // namespace qawb
