#include "evaluationrepository.h"

#include "ids.h"
#include "scorecard.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

QMap<QString, QString> Evaluation::values() const
{
    QMap<QString, QString> out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it->value.isEmpty())
            out.insert(it.key(), it->value);
    }
    return out;
}

QMap<QString, QString> Evaluation::comments() const
{
    QMap<QString, QString> out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it->comment.isEmpty())
            out.insert(it.key(), it->comment);
    }
    return out;
}

EvaluationRepository::EvaluationRepository(Store &store)
    : m_store(store)
{}

namespace {

// The Qt SQLite driver binds a null QString as NULL; the text columns of evaluations and answers are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kColumns = QStringLiteral(
    "id, conversation_id, scorecard_version_id, inspector_id, queue_id, status, score, fatal, general_comment, "
    "coaching_note, private_note, revision, created_at, updated_at, submitted_at");

} // namespace

std::optional<Evaluation> EvaluationRepository::byId(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM evaluations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Evaluation e;
    e.id = q.value(0).toString();
    e.conversationId = q.value(1).toString();
    e.scorecardVersionId = q.value(2).toString();
    e.inspectorId = q.value(3).toString();
    e.queueId = q.value(4).toString();
    e.status = q.value(5).toString();
    if (!q.value(6).isNull())
        e.score = q.value(6).toDouble();
    e.fatal = q.value(7).toInt() != 0;
    e.generalComment = q.value(8).toString();
    e.coachingNote = q.value(9).toString();
    e.privateNote = q.value(10).toString();
    e.revision = q.value(11).toInt();
    e.createdAt = q.value(12).toString();
    e.updatedAt = q.value(13).toString();
    e.submittedAt = q.value(14).toString();
    QSqlQuery a(m_store.database());
    a.prepare(QStringLiteral("SELECT item_id, value, comment FROM answers WHERE evaluation_id = ?"));
    a.addBindValue(id);
    a.exec();
    while (a.next())
        e.answers.insert(a.value(0).toString(), Answer{a.value(1).toString(), a.value(2).toString()});
    return e;
}

std::optional<Evaluation> EvaluationRepository::find(const QString &conversationId, const QString &inspectorId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id FROM evaluations WHERE conversation_id = ? AND inspector_id = ?"));
    q.addBindValue(conversationId);
    q.addBindValue(inspectorId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return byId(q.value(0).toString());
}

bool EvaluationRepository::saveDraft(Evaluation &evaluation, const Scorecard &scorecard, QString *error)
{
    if (evaluation.isSubmitted()) {
        *error = tr("this evaluation was already submitted");
        return false;
    }
    evaluation.status = QStringLiteral("draft");
    return write(evaluation, scorecard, error);
}

bool EvaluationRepository::submit(Evaluation &evaluation, const Scorecard &scorecard, QString *error)
{
    if (evaluation.isSubmitted()) {
        *error = tr("this evaluation was already submitted");
        return false;
    }
    const ScoreResult result = scorecard.score(evaluation.values(), evaluation.comments());
    if (!result.unanswered.isEmpty()) {
        *error = tr("%n item(s) still need an answer", nullptr, int(result.unanswered.size()));
        return false;
    }
    if (!result.missingComments.isEmpty()) {
        *error = tr("%n failed item(s) need a comment", nullptr, int(result.missingComments.size()));
        return false;
    }
    Evaluation submitted = evaluation;
    submitted.status = QStringLiteral("submitted");
    submitted.submittedAt = nowIso();
    if (!write(submitted, scorecard, error))
        return false;
    evaluation = submitted;
    return true;
}

bool EvaluationRepository::write(Evaluation &e, const Scorecard &scorecard, QString *error)
{
    const ScoreResult result = scorecard.score(e.values(), e.comments());
    const QString now = nowIso();
    const bool creating = e.id.isEmpty();
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery q(m_store.database());
    auto failed = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        if (creating)
            e.id.clear();
        return false;
    };
    if (!creating) {
        // Check the stored row, not the caller's copy: another window may have submitted it meanwhile.
        q.prepare(QStringLiteral("SELECT status FROM evaluations WHERE id = ?"));
        q.addBindValue(e.id);
        if (!q.exec())
            return failed(q);
        if (!q.next()) {
            *error = tr("evaluation %1 does not exist").arg(e.id);
            return false;
        }
        const bool submitted = q.value(0).toString() == QLatin1String("submitted");
        q.finish();
        if (submitted) {
            *error = tr("this evaluation was already submitted");
            return false;
        }
    }
    if (creating) {
        e.id = newId();
        e.createdAt = now;
        q.prepare(QStringLiteral("INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, "
                                 "queue_id, status, created_at, updated_at) VALUES(?, ?, ?, ?, ?, 'draft', ?, ?)"));
        q.addBindValue(e.id);
        q.addBindValue(e.conversationId);
        q.addBindValue(e.scorecardVersionId);
        q.addBindValue(e.inspectorId);
        q.addBindValue(e.queueId.isEmpty() ? QVariant() : QVariant(e.queueId));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return failed(q);
    }
    q.prepare(QStringLiteral("UPDATE evaluations SET status = ?, score = ?, fatal = ?, general_comment = ?, "
                             "coaching_note = ?, private_note = ?, updated_at = ?, submitted_at = ? WHERE id = ?"));
    q.addBindValue(e.status);
    q.addBindValue(result.score);
    q.addBindValue(result.fatal ? 1 : 0);
    q.addBindValue(notNull(e.generalComment));
    q.addBindValue(notNull(e.coachingNote));
    q.addBindValue(notNull(e.privateNote));
    q.addBindValue(now);
    q.addBindValue(e.submittedAt.isEmpty() ? QVariant() : QVariant(e.submittedAt));
    q.addBindValue(e.id);
    if (!q.exec())
        return failed(q);
    QSqlQuery del(m_store.database());
    del.prepare(QStringLiteral("DELETE FROM answers WHERE evaluation_id = ?"));
    del.addBindValue(e.id);
    if (!del.exec())
        return failed(del);
    QSqlQuery ins(m_store.database());
    ins.prepare(QStringLiteral("INSERT INTO answers(evaluation_id, item_id, value, points, comment, updated_at) "
                               "VALUES(?, ?, ?, ?, ?, ?)"));
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        const ScorecardItem *item = scorecard.item(it.key());
        if (!item || (it->value.isEmpty() && it->comment.isEmpty()))
            continue;
        const auto points = item->pointsFor(it->value);
        ins.addBindValue(e.id);
        ins.addBindValue(it.key());
        ins.addBindValue(it->value.isEmpty() ? QVariant() : QVariant(it->value));
        ins.addBindValue(points ? QVariant(*points) : QVariant());
        ins.addBindValue(notNull(it->comment));
        ins.addBindValue(now);
        if (!ins.exec())
            return failed(ins);
    }
    if (e.isSubmitted()) {
        QSqlQuery audit(m_store.database());
        audit.prepare(QStringLiteral("INSERT INTO audit_log(id, at, actor_id, action, entity, entity_id, detail) "
                                     "VALUES(?, ?, ?, 'evaluation.submit', 'evaluations', ?, ?)"));
        audit.addBindValue(newId());
        audit.addBindValue(now);
        audit.addBindValue(e.inspectorId);
        audit.addBindValue(e.id);
        audit.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("score"), result.score}, {QStringLiteral("fatal"), result.fatal}})
                .toJson(QJsonDocument::Compact)));
        if (!audit.exec())
            return failed(audit);
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        if (creating)
            e.id.clear();
        return false;
    }
    e.score = result.score;
    e.fatal = result.fatal;
    e.updatedAt = now;
    return true;
}

} // namespace qawb
