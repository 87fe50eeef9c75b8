#pragma once

// Shared by tst_sync and its worker process: a local store with the demo queue, and evaluations made the way the
// workstation makes them (EvaluationRepository: draft, then submit).

#include "core/demoqueue.h"
#include "core/evaluationrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <memory>

namespace qawb::test {

// Opens (making it if needed) a local store with the demo queue and `login` in it.
inline std::unique_ptr<Store> openLocal(const QString &path, const QString &login, User *user, QString *error)
{
    const bool fresh = !QFileInfo::exists(path);
    auto store = Store::open(path, error);
    if (!store)
        return nullptr;
    *user = UserRepository(*store).ensure(login, QStringLiteral("质检员 ") + login);
    if (fresh) {
        if (!ScorecardRepository(*store).ensureBuiltIns(error))
            return nullptr;
        const QString dir = QFileInfo(path).absolutePath() + QStringLiteral("/data-") + login;
        QDir().mkpath(dir);
        if (!DemoQueue::install(*store, user->id, dir).ok) {
            *error = QStringLiteral("demo install failed");
            return nullptr;
        }
    }
    return store;
}

// The demo's chats, in id order.
inline QStringList demoChats(Store &store)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id FROM conversations WHERE channel = 'chat' ORDER BY id"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A complete, submitted evaluation of a demo chat with the online-service scorecard.
inline bool submitEvaluation(Store &store, const User &user, const QString &conversationId, const QString &comment,
                             Evaluation *out, QString *error)
{
    const auto card = ScorecardRepository(store).currentFor(QStringLiteral("chat"));
    if (!card) {
        *error = QStringLiteral("no chat scorecard");
        return false;
    }
    Evaluation e;
    e.conversationId = conversationId;
    e.scorecardVersionId = card->versionId;
    e.inspectorId = user.id;
    e.generalComment = comment;
    e.privateNote = QStringLiteral("private: ") + user.login;
    e.answers = {{QStringLiteral("first_response"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("greeting"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("understand"), {QStringLiteral("3"), {}}},
                 {QStringLiteral("accurate"), {QStringLiteral("4"), {}}},
                 {QStringLiteral("reply_speed"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("resolved"), {QStringLiteral("escalated"), {}}},
                 {QStringLiteral("closing"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("courtesy"), {QStringLiteral("2"), {}}},
                 {QStringLiteral("no_forbidden"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("privacy"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("cultivation"), {QStringLiteral("yes"), {}}}};
    EvaluationRepository repository(store);
    if (!repository.saveDraft(e, card->scorecard, error) || !repository.submit(e, card->scorecard, error))
        return false;
    if (out)
        *out = e;
    return true;
}

// Submits inspector's evaluation of a chat: every item at its best answer except `failed` (item id → value, with a
// comment). Returns the evaluation id, empty (and a warning) when it cannot be stored.
inline QString submitWithFailures(Store &store, const User &inspector, const QString &conversation,
                                  const QMap<QString, QString> &failed, const QString &privateNote = {},
                                  const QString &queueId = {})
{
    const auto card = ScorecardRepository(store).currentFor(QStringLiteral("chat"));
    Evaluation e;
    e.conversationId = conversation;
    e.scorecardVersionId = card->versionId;
    e.inspectorId = inspector.id;
    e.privateNote = privateNote;
    e.queueId = queueId;
    for (const ScorecardSection &section : card->scorecard.sections()) {
        for (const ScorecardItem &item : section.items) {
            QString best;
            double top = -1;
            for (const QString &value : item.values()) {
                const auto points = item.pointsFor(value);
                if (points && *points > top && !item.isFailed(value)) {
                    top = *points;
                    best = value;
                }
            }
            e.answers[item.id] = {failed.value(item.id, best),
                                  failed.contains(item.id) ? QStringLiteral("见录音") : QString()};
        }
    }
    QString error;
    EvaluationRepository repository(store);
    if (!repository.saveDraft(e, card->scorecard, &error) || !repository.submit(e, card->scorecard, &error)) {
        qWarning("submit: %s", qPrintable(error));
        return {};
    }
    return e.id;
}

// A calibration session as sampling makes one: sample `sampleId` with a blind queue of kind 'calibration' per
// inspector ("cal-" + login), each holding `conversations` in order. False when a statement fails.
inline bool makeCalibrationSession(Store &store, const QString &sampleId, const std::vector<const User *> &inspectors,
                                   const QStringList &conversations)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO samples(id, plan_name, definition, period_from_ms, period_to_ms, eligible, "
                             "target, excluded, created_at) VALUES(?, '周抽样', '{}', 0, 1, 7, 7, '{}', "
                             "'2026-11-20T08:00:00.000Z')"));
    q.addBindValue(sampleId);
    if (!q.exec())
        return false;
    for (const User *u : inspectors) {
        const QString queue = QStringLiteral("cal-") + u->login;
        q.prepare(QStringLiteral("INSERT INTO queues(id, name, inspector_id, kind, sample_id, created_at, updated_at) "
                                 "VALUES(?, 'Calibration', ?, 'calibration', ?, 'x', 'x')"));
        q.addBindValue(queue);
        q.addBindValue(u->id);
        q.addBindValue(sampleId);
        if (!q.exec())
            return false;
        int position = 0;
        for (const QString &conversation : conversations) {
            q.prepare(QStringLiteral("INSERT INTO queue_items(queue_id, conversation_id, position, added_at) "
                                     "VALUES(?, ?, ?, 'x')"));
            q.addBindValue(queue);
            q.addBindValue(conversation);
            q.addBindValue(position++);
            if (!q.exec())
                return false;
        }
    }
    return true;
}

} // namespace qawb::test
