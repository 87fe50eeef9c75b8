#include "commentrepository.h"

#include "auditlog.h"

#include "ids.h"
#include "store.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {

const char *anchorName(Comment::Anchor a)
{
    switch (a) {
    case Comment::Anchor::Moment:
        return "moment";
    case Comment::Anchor::Range:
        return "range";
    case Comment::Anchor::Turn:
        return "turn";
    case Comment::Anchor::Text:
        return "text";
    case Comment::Anchor::None:
        break;
    }
    return "none";
}

Comment::Anchor anchorFrom(const QString &s)
{
    if (s == QLatin1String("moment"))
        return Comment::Anchor::Moment;
    if (s == QLatin1String("range"))
        return Comment::Anchor::Range;
    if (s == QLatin1String("turn"))
        return Comment::Anchor::Turn;
    if (s == QLatin1String("text"))
        return Comment::Anchor::Text;
    return Comment::Anchor::None;
}

QVariant orNull(qint64 v)
{
    return v >= 0 ? QVariant(v) : QVariant();
}

} // namespace

CommentRepository::CommentRepository(Store &store)
    : m_store(store)
{}

std::vector<Comment> CommentRepository::list(const QString &conversationId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.author_id, u.display_name, c.anchor, c.start_ms, c.end_ms, c.turn_seq, c.text_from, c.text_to, "
        "c.body, c.created_at, c.updated_at FROM comments c LEFT JOIN users u ON u.id = c.author_id "
        "WHERE c.conversation_id = ? AND c.deleted_at IS NULL "
        "ORDER BY coalesce(c.start_ms, -1), coalesce(c.turn_seq, -1), c.created_at"));
    q.addBindValue(conversationId);
    q.exec();
    std::vector<Comment> out;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toString();
        c.conversationId = conversationId;
        c.authorId = q.value(1).toString();
        c.authorName = q.value(2).toString();
        c.anchor = anchorFrom(q.value(3).toString());
        c.startMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        c.endMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        c.turnSeq = q.value(6).isNull() ? -1 : q.value(6).toInt();
        c.textFrom = q.value(7).isNull() ? -1 : q.value(7).toInt();
        c.textTo = q.value(8).isNull() ? -1 : q.value(8).toInt();
        c.body = q.value(9).toString();
        c.createdAt = q.value(10).toString();
        c.updatedAt = q.value(11).toString();
        out.push_back(std::move(c));
    }
    return out;
}

bool CommentRepository::save(Comment &c, const QString &userId, QString *error)
{
    if (c.body.trimmed().isEmpty()) {
        *error = tr("a comment needs some text");
        return false;
    }
    // The anchor must say where: a time, a time range, a message, or a span of a message's text.
    switch (c.anchor) {
    case Comment::Anchor::Moment:
        if (c.startMs < 0) {
            *error = tr("a comment on a moment needs its time");
            return false;
        }
        break;
    case Comment::Anchor::Range:
        if (c.startMs < 0 || c.endMs <= c.startMs) {
            *error = tr("a comment on a time range needs a start before its end");
            return false;
        }
        break;
    case Comment::Anchor::Turn:
    case Comment::Anchor::Text:
        if (c.turnSeq < 0) {
            *error = tr("a comment on a message needs the message");
            return false;
        }
        break;
    case Comment::Anchor::None:
        break;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (c.turnSeq >= 0) {
        QSqlQuery turn(m_store.database());
        turn.prepare(QStringLiteral("SELECT text FROM turns WHERE conversation_id = ? AND seq = ?"));
        turn.addBindValue(c.conversationId);
        turn.addBindValue(c.turnSeq);
        if (!turn.exec() || !turn.next()) {
            *error = tr("message %1 is not in conversation %2").arg(c.turnSeq + 1).arg(c.conversationId);
            return false;
        }
        const qsizetype length = turn.value(0).toString().size();
        if (c.anchor == Comment::Anchor::Text && (c.textFrom < 0 || c.textTo <= c.textFrom || c.textTo > length)) {
            *error = tr("the words %1–%2 are not in message %3 (%4 characters)")
                         .arg(c.textFrom)
                         .arg(c.textTo)
                         .arg(c.turnSeq + 1)
                         .arg(length);
            return false;
        }
    }
    QSqlQuery q(m_store.database());
    const QString now = nowIso();
    const bool creating = c.id.isEmpty();
    const QString id = creating ? newId() : c.id;
    QString previousBody;
    if (creating) {
        q.prepare(QStringLiteral("INSERT INTO comments(id, conversation_id, author_id, anchor, start_ms, end_ms, "
                                 "turn_seq, text_from, text_to, body, created_at, updated_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(c.conversationId);
        q.addBindValue(userId);
    } else {
        QSqlQuery owner(m_store.database());
        owner.prepare(QStringLiteral("SELECT author_id, body FROM comments WHERE id = ? AND deleted_at IS NULL"));
        owner.addBindValue(c.id);
        if (!owner.exec() || !owner.next()) {
            *error = tr("the comment no longer exists");
            return false;
        }
        if (owner.value(0).toString() != userId) {
            *error = tr("only its author can change a comment");
            return false;
        }
        previousBody = owner.value(1).toString();
        q.prepare(QStringLiteral("UPDATE comments SET anchor = ?, start_ms = ?, end_ms = ?, turn_seq = ?, "
                                 "text_from = ?, text_to = ?, body = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(QString::fromLatin1(anchorName(c.anchor)));
    q.addBindValue(orNull(c.startMs));
    q.addBindValue(orNull(c.endMs));
    q.addBindValue(orNull(c.turnSeq));
    q.addBindValue(orNull(c.textFrom));
    q.addBindValue(orNull(c.textTo));
    q.addBindValue(c.body);
    if (creating) {
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.addBindValue(now);
        q.addBindValue(c.id);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QJsonObject after{{QStringLiteral("body"), c.body},
                      {QStringLiteral("anchor"), QString::fromLatin1(anchorName(c.anchor))}};
    QJsonObject detail{{QStringLiteral("after"), after}};
    if (!creating)
        detail.insert(QStringLiteral("before"), QJsonObject{{QStringLiteral("body"), previousBody}});
    if (!AuditLog(m_store).append(userId, creating ? QStringLiteral("comment.add") : QStringLiteral("comment.edit"),
                                  QStringLiteral("comments"), id, detail, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    c.id = id;
    c.authorId = creating ? userId : c.authorId;
    c.updatedAt = now;
    if (creating)
        c.createdAt = now;
    return true;
}

bool CommentRepository::remove(const QString &commentId, const QString &userId, QString *error)
{
    Transaction transaction(m_store);
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("UPDATE comments SET deleted_at = ? WHERE id = ? AND author_id = ? AND deleted_at IS NULL"));
    const QString now = nowIso();
    q.addBindValue(now);
    q.addBindValue(commentId);
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("only its author can delete a comment");
        return false;
    }
    if (!AuditLog(m_store).append(userId, QStringLiteral("comment.delete"), QStringLiteral("comments"), commentId, {},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace qawb
