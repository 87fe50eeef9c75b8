#include "evaluationrepository.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "scorecard.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonArray>
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

QMap<QString, QStringList> Evaluation::reasons() const
{
    QMap<QString, QStringList> out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it->reasons.isEmpty())
            out.insert(it.key(), it->reasons);
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

// What the audit log and the revision history record of an evaluation.
QJsonObject snapshotJson(const Evaluation &e)
{
    QJsonObject answers;
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        if (it->value.isEmpty() && it->comment.isEmpty())
            continue;
        QJsonObject a{{QStringLiteral("value"), it->value}, {QStringLiteral("comment"), it->comment}};
        // The audit log shows where the inspector overrode auto-QA (calibration of rules starts there).
        if (!it->suggested.isEmpty())
            a.insert(QStringLiteral("suggested"), it->suggested);
        if (!it->reasons.isEmpty())
            a.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(it->reasons));
        answers.insert(it.key(), a);
    }
    return {{QStringLiteral("status"), e.status},
            {QStringLiteral("score"), e.score ? QJsonValue(*e.score) : QJsonValue()},
            {QStringLiteral("fatal"), e.fatal},
            {QStringLiteral("general_comment"), e.generalComment},
            {QStringLiteral("coaching_note"), e.coachingNote},
            {QStringLiteral("private_note"), e.privateNote},
            {QStringLiteral("revision"), e.revision},
            {QStringLiteral("scorecard_version_id"), e.scorecardVersionId},
            {QStringLiteral("submitted_at"), e.submittedAt},
            {QStringLiteral("answers"), answers}};
}

// Only what changed: {"before": {...}, "after": {...}} with the changed fields (answers per item).
QJsonObject changes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was, now;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == QLatin1String("answers"))
            continue;
        if (before.value(it.key()) != it.value()) {
            was.insert(it.key(), before.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
    const QJsonObject a = before.value(QStringLiteral("answers")).toObject();
    const QJsonObject b = after.value(QStringLiteral("answers")).toObject();
    QJsonObject wasAnswers, nowAnswers;
    QStringList items = a.keys() + b.keys();
    items.removeDuplicates();
    for (const QString &item : items) {
        if (a.value(item) != b.value(item)) {
            wasAnswers.insert(item, a.value(item));
            nowAnswers.insert(item, b.value(item));
        }
    }
    if (!wasAnswers.isEmpty() || !nowAnswers.isEmpty()) {
        was.insert(QStringLiteral("answers"), wasAnswers);
        now.insert(QStringLiteral("answers"), nowAnswers);
    }
    if (was.isEmpty() && now.isEmpty())
        return {};
    return {{QStringLiteral("before"), was}, {QStringLiteral("after"), now}};
}

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
    a.prepare(
        QStringLiteral("SELECT item_id, value, comment, suggested, reasons FROM answers WHERE evaluation_id = ?"));
    a.addBindValue(id);
    a.exec();
    while (a.next())
        e.answers.insert(a.value(0).toString(),
                         Answer{a.value(1).toString(), a.value(2).toString(), a.value(3).toString(),
                                a.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
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
    const ScoreResult result = scorecard.score(evaluation.values(), evaluation.comments(), evaluation.reasons());
    if (!result.unanswered.isEmpty()) {
        *error = tr("%n item(s) still need an answer", nullptr, int(result.unanswered.size()));
        return false;
    }
    if (!result.missingReasons.isEmpty()) {
        *error = tr("%n failed item(s) need a reason", nullptr, int(result.missingReasons.size()));
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
    const ScoreResult result = scorecard.score(e.values(), e.comments(), e.reasons());
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
    const QJsonObject before = creating ? QJsonObject() : snapshotJson(*byId(e.id));
    // Evaluations are written by the people allowed to evaluate (the role is the store's, not the caller's word).
    const std::optional<User> inspector = UserRepository(m_store).byId(e.inspectorId);
    if (!inspector || !Permissions::check(*inspector, Permissions::Action::Evaluate, error)) {
        if (!inspector)
            *error = tr("unknown inspector %1").arg(e.inspectorId);
        if (creating)
            e.id.clear();
        return false;
    }
    if (creating) {
        // One evaluation per conversation and inspector: name-based, so the same inspector's evaluation made on two
        // computers is the same document to sync (a conflict to decide, not two evaluations).
        e.id = nameId(QStringLiteral("evaluation"), e.conversationId + QLatin1Char('/') + e.inspectorId);
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
    int failedItems = 0;
    for (const ScorecardSection &section : scorecard.sections()) {
        for (const ScorecardItem &item : section.items) {
            const QString value = e.answers.value(item.id).value;
            if (!value.isEmpty() && item.isFailed(value))
                ++failedItems;
        }
    }
    q.prepare(QStringLiteral("UPDATE evaluations SET status = ?, score = ?, fatal = ?, general_comment = ?, "
                             "coaching_note = ?, private_note = ?, updated_at = ?, submitted_at = ?, failed_items = ? "
                             "WHERE id = ?"));
    q.addBindValue(e.status);
    q.addBindValue(result.score);
    q.addBindValue(result.fatal ? 1 : 0);
    q.addBindValue(notNull(e.generalComment));
    q.addBindValue(notNull(e.coachingNote));
    q.addBindValue(notNull(e.privateNote));
    q.addBindValue(now);
    q.addBindValue(e.submittedAt.isEmpty() ? QVariant() : QVariant(e.submittedAt));
    q.addBindValue(failedItems);
    q.addBindValue(e.id);
    if (!q.exec())
        return failed(q);
    QSqlQuery del(m_store.database());
    del.prepare(QStringLiteral("DELETE FROM answers WHERE evaluation_id = ?"));
    del.addBindValue(e.id);
    if (!del.exec())
        return failed(del);
    QSqlQuery ins(m_store.database());
    ins.prepare(QStringLiteral("INSERT INTO answers(evaluation_id, item_id, value, points, comment, suggested, "
                               "reasons, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        const ScorecardItem *item = scorecard.item(it.key());
        if (!item || (it->value.isEmpty() && it->comment.isEmpty() && it->suggested.isEmpty()))
            continue;
        const auto points = item->pointsFor(it->value);
        ins.addBindValue(e.id);
        ins.addBindValue(it.key());
        ins.addBindValue(it->value.isEmpty() ? QVariant() : QVariant(it->value));
        ins.addBindValue(points ? QVariant(*points) : QVariant());
        ins.addBindValue(notNull(it->comment));
        ins.addBindValue(it->suggested.isEmpty() ? QVariant() : QVariant(it->suggested));
        ins.addBindValue(it->reasons.isEmpty() ? QVariant() : QVariant(it->reasons.join(QLatin1Char(','))));
        ins.addBindValue(now);
        if (!ins.exec())
            return failed(ins);
    }
    // Every create, change and submit is in the audit log with what changed (autosaves that change nothing are not).
    Evaluation written = e;
    written.score = result.score;
    written.fatal = result.fatal;
    const QJsonObject after = snapshotJson(written);
    QJsonObject detail = creating ? QJsonObject{{QStringLiteral("after"), after}} : changes(before, after);
    if (e.isSubmitted() || !detail.isEmpty()) {
        const QString action = e.isSubmitted() ? QStringLiteral("evaluation.submit")
                               : creating      ? QStringLiteral("evaluation.create")
                                               : QStringLiteral("evaluation.edit");
        detail.insert(QStringLiteral("conversation_id"), e.conversationId);
        if (!AuditLog(m_store).append(e.inspectorId, action, QStringLiteral("evaluations"), e.id, detail, error)) {
            if (creating)
                e.id.clear();
            return false;
        }
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

bool EvaluationRepository::reopen(Evaluation &evaluation, const User &actor, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("reopening a submitted evaluation needs a reason");
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const std::optional<Evaluation> stored = byId(evaluation.id);
    if (!stored) {
        *error = tr("evaluation %1 does not exist").arg(evaluation.id);
        return false;
    }
    if (!stored->isSubmitted()) {
        *error = tr("only a submitted evaluation can be reopened");
        return false;
    }
    if (!Permissions::may(actor, Permissions::Action::ReopenAnyEvaluation) &&
        !(actor.id == stored->inspectorId && Permissions::may(actor, Permissions::Action::Evaluate))) {
        *error = tr("%1 (%2) may not reopen an evaluation submitted by someone else")
                     .arg(actor.displayName, Permissions::roleName(actor.role));
        return false;
    }
    const QString now = nowIso();
    QSqlQuery keep(m_store.database());
    keep.prepare(QStringLiteral("INSERT INTO evaluation_revisions(evaluation_id, revision, snapshot, submitted_at, "
                                "reopened_at, reopened_by, reason) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    keep.addBindValue(stored->id);
    keep.addBindValue(stored->revision);
    keep.addBindValue(QString::fromUtf8(QJsonDocument(snapshotJson(*stored)).toJson(QJsonDocument::Compact)));
    keep.addBindValue(stored->submittedAt);
    keep.addBindValue(now);
    keep.addBindValue(actor.id);
    keep.addBindValue(reason.trimmed());
    if (!keep.exec()) {
        *error = keep.lastError().text();
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE evaluations SET status = 'draft', revision = revision + 1, submitted_at = NULL, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(stored->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(
            actor.id, QStringLiteral("evaluation.reopen"), QStringLiteral("evaluations"), stored->id,
            {{QStringLiteral("reason"), reason.trimmed()},
             {QStringLiteral("before"), QJsonObject{{QStringLiteral("status"), QStringLiteral("submitted")},
                                                    {QStringLiteral("revision"), stored->revision}}},
             {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")},
                                                   {QStringLiteral("revision"), stored->revision + 1}}}},
            error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    evaluation = *byId(stored->id);
    return true;
}

std::vector<EvaluationRevision> EvaluationRepository::history(const QString &evaluationId)
{
    std::vector<EvaluationRevision> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT revision, snapshot, submitted_at, reopened_at, reopened_by, reason "
                             "FROM evaluation_revisions WHERE evaluation_id = ? ORDER BY revision"));
    q.addBindValue(evaluationId);
    if (!q.exec())
        return out;
    while (q.next()) {
        EvaluationRevision r;
        r.revision = q.value(0).toInt();
        r.submittedAt = q.value(2).toString();
        r.reopenedAt = q.value(3).toString();
        r.reopenedBy = q.value(4).toString();
        r.reason = q.value(5).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        Evaluation &e = r.evaluation;
        e.id = evaluationId;
        e.status = o.value(QStringLiteral("status")).toString();
        if (o.value(QStringLiteral("score")).isDouble())
            e.score = o.value(QStringLiteral("score")).toDouble();
        e.fatal = o.value(QStringLiteral("fatal")).toBool();
        e.generalComment = o.value(QStringLiteral("general_comment")).toString();
        e.coachingNote = o.value(QStringLiteral("coaching_note")).toString();
        e.privateNote = o.value(QStringLiteral("private_note")).toString();
        e.revision = o.value(QStringLiteral("revision")).toInt();
        e.scorecardVersionId = o.value(QStringLiteral("scorecard_version_id")).toString();
        e.submittedAt = o.value(QStringLiteral("submitted_at")).toString();
        const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QJsonObject a = it->toObject();
            QStringList reasons;
            for (const QJsonValue &r : a.value(QStringLiteral("reasons")).toArray())
                reasons << r.toString();
            e.answers.insert(it.key(), Answer{a.value(QStringLiteral("value")).toString(),
                                              a.value(QStringLiteral("comment")).toString(),
                                              a.value(QStringLiteral("suggested")).toString(), reasons});
        }
        out.push_back(std::move(r));
    }
    return out;
}

QStringList EvaluationRepository::knownTags()
{
    return {QStringLiteral("exemplary"), QStringLiteral("bad_example"), QStringLiteral("training_case"),
            QStringLiteral("calibration")};
}

QStringList EvaluationRepository::tags(const QString &evaluationId)
{
    QStringList out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT tag FROM evaluation_tags WHERE evaluation_id = ? ORDER BY tag"));
    q.addBindValue(evaluationId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool EvaluationRepository::setTags(const QString &evaluationId, const QStringList &wanted, const User &actor,
                                   QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::TagEvaluations, error))
        return false;
    QStringList tags = wanted;
    tags.removeDuplicates();
    tags.sort();
    for (const QString &t : std::as_const(tags)) {
        if (!knownTags().contains(t)) {
            *error = tr("unknown tag %1 (one of: %2)").arg(t, knownTags().join(QStringLiteral(", ")));
            return false;
        }
    }
    Transaction transaction(m_store);
    if (!byId(evaluationId)) {
        *error = tr("evaluation %1 does not exist").arg(evaluationId);
        return false;
    }
    // case_pack marks a training copy imported from a case pack (core/casepack.h): not a tag people set or clear.
    QStringList before = this->tags(evaluationId);
    before.removeAll(QStringLiteral("case_pack"));
    if (before == tags)
        return true;
    QSqlQuery del(m_store.database());
    del.prepare(QStringLiteral("DELETE FROM evaluation_tags WHERE evaluation_id = ? AND tag <> 'case_pack'"));
    del.addBindValue(evaluationId);
    QSqlQuery ins(m_store.database());
    ins.prepare(QStringLiteral("INSERT INTO evaluation_tags(evaluation_id, tag) VALUES(?, ?)"));
    bool ok = del.exec();
    for (const QString &t : std::as_const(tags)) {
        ins.addBindValue(evaluationId);
        ins.addBindValue(t);
        ok = ok && ins.exec();
    }
    if (!ok) {
        *error = del.lastError().text() + ins.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("evaluation.tags"), QStringLiteral("evaluations"),
                                  evaluationId,
                                  {{QStringLiteral("before"), QJsonArray::fromStringList(before)},
                                   {QStringLiteral("after"), QJsonArray::fromStringList(tags)}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace qawb
