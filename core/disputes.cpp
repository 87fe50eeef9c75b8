#include "disputes.h"

#include "auditlog.h"
#include "coaching.h"
#include "evaluationrepository.h"
#include "ids.h"
#include "permissions.h"
#include "scorecardrepository.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

DisputeRepository::DisputeRepository(Store &store)
    : m_store(store)
{}

QStringList DisputeRepository::outcomes()
{
    return {QStringLiteral("upheld"), QStringLiteral("partly"), QStringLiteral("rejected")};
}

DisputeLimits DisputeRepository::limits() const
{
    DisputeLimits l;
    bool ok = false;
    const int days = m_store.meta(QStringLiteral("dispute.days")).toInt(&ok);
    if (ok && days > 0)
        l.days = days;
    const int max = m_store.meta(QStringLiteral("dispute.max")).toInt(&ok);
    if (ok && max > 0)
        l.perEvaluation = max;
    return l;
}

bool DisputeRepository::setLimits(const User &actor, const DisputeLimits &limits, QString *error)
{
    // A QA department setting, like the feedback threshold and sampling: QA managers and admins.
    if (!Permissions::check(actor, Permissions::Action::ManageSampling, error))
        return false;
    if (limits.days < 1 || limits.days > 365) {
        *error = tr("disputes may be opened within 1 to 365 days, not %1").arg(limits.days);
        return false;
    }
    if (limits.perEvaluation < 1 || limits.perEvaluation > 20) {
        *error = tr("an evaluation may be disputed 1 to 20 times, not %1").arg(limits.perEvaluation);
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const DisputeLimits before = this->limits();
    if (!m_store.setMeta(QStringLiteral("dispute.days"), QString::number(limits.days)) ||
        !m_store.setMeta(QStringLiteral("dispute.max"), QString::number(limits.perEvaluation)) ||
        !AuditLog(m_store).append(
            actor.id, QStringLiteral("dispute.limits"), QStringLiteral("store_meta"), QStringLiteral("dispute"),
            {{QStringLiteral("before"),
              QJsonObject{{QStringLiteral("days"), before.days}, {QStringLiteral("max"), before.perEvaluation}}},
             {QStringLiteral("after"),
              QJsonObject{{QStringLiteral("days"), limits.days}, {QStringLiteral("max"), limits.perEvaluation}}}},
            error)) {
        if (error->isEmpty())
            *error = tr("the limits could not be stored");
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

std::vector<User> DisputeRepository::arbitrators(const QString &evaluationId)
{
    std::vector<User> out;
    UserRepository users(m_store);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT inspector_id FROM evaluations WHERE id = ?"));
    q.addBindValue(evaluationId);
    QString inspectorId;
    if (q.exec() && q.next())
        inspectorId = q.value(0).toString();
    if (const std::optional<User> inspector = users.byId(inspectorId))
        out.push_back(*inspector);
    for (const User &u : users.all()) {
        if (u.id != inspectorId && Permissions::may(u, Permissions::Action::ReopenAnyEvaluation))
            out.push_back(u);
    }
    return out;
}

bool DisputeRepository::addMessage(const QString &disputeId, const QString &authorId, const QString &kind,
                                   const QString &body, const QString &at, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO dispute_messages(id, dispute_id, author_id, at, kind, body) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newId());
    q.addBindValue(disputeId);
    q.addBindValue(authorId.isEmpty() ? QVariant() : QVariant(authorId));
    q.addBindValue(at);
    q.addBindValue(kind);
    q.addBindValue(body.isNull() ? QStringLiteral("") : body);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool DisputeRepository::open(const User &actor, const QString &evaluationIdOrPrefix, const QStringList &items,
                             const QString &reason, const QString &arbitratorId, Dispute *opened, QString *error,
                             const QDateTime &at)
{
    // Leaders open disputes on their agents' behalf (agents do not use the workstation themselves).
    if (!Permissions::check(actor, Permissions::Action::CoachAgents, error))
        return false;
    if (items.isEmpty()) {
        *error = tr("a dispute names at least one scorecard item");
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = tr("a dispute needs a reason: what the agent says is wrong");
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    bool ambiguous = false;
    const QString evaluationId = resolveId(m_store, QStringLiteral("evaluations"), evaluationIdOrPrefix, &ambiguous);
    const std::optional<Evaluation> evaluation =
        evaluationId.isEmpty() ? std::nullopt : EvaluationRepository(m_store).byId(evaluationId);
    if (!evaluation) {
        *error =
            ambiguous
                ? tr("%1 is the beginning of more than one evaluation id; give more of it").arg(evaluationIdOrPrefix)
                : tr("there is no evaluation %1").arg(evaluationIdOrPrefix);
        return false;
    }
    if (!evaluation->isSubmitted()) {
        *error = tr("evaluation %1 is not submitted: only a submitted evaluation can be disputed").arg(evaluationId);
        return false;
    }
    // A leader disputes on behalf of their own team's agents.
    QSqlQuery agent(m_store.database());
    agent.prepare(QStringLiteral("SELECT agent_id FROM conversations WHERE id = ?"));
    agent.addBindValue(evaluation->conversationId);
    if (!agent.exec() || !agent.next() ||
        !CoachingRepository(m_store).mayCoach(actor, agent.value(0).toString(), error))
        return false;
    const DisputeStanding standing = this->standing(evaluationId);
    const QDateTime firstSubmitted = standing.firstSubmitted;
    const int count = standing.counted;
    const int openCount = standing.open;
    QSqlQuery q(m_store.database());
    const DisputeLimits l = limits();
    if (firstSubmitted.isValid() && firstSubmitted.addDays(l.days) < at) {
        *error = tr("the evaluation was submitted on %1: disputes are opened within %n day(s) of that", nullptr, l.days)
                     .arg(firstSubmitted.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return false;
    }
    if (openCount > 0) {
        *error = tr("a dispute of this evaluation is still open: add to its thread or wait for the decision");
        return false;
    }
    if (count >= l.perEvaluation) {
        *error = tr("this evaluation was disputed %1 time(s) already; the limit is %2").arg(count).arg(l.perEvaluation);
        return false;
    }
    const std::optional<StoredScorecard> card = ScorecardRepository(m_store).version(evaluation->scorecardVersionId);
    if (!card) {
        *error = tr("the scorecard version of evaluation %1 is missing").arg(evaluationId);
        return false;
    }
    QStringList ordered; // in scorecard order, each once
    for (const ScorecardSection &section : card->scorecard.sections()) {
        for (const ScorecardItem &item : section.items) {
            if (items.contains(item.id))
                ordered << item.id;
        }
    }
    for (const QString &item : items) {
        if (!ordered.contains(item)) {
            *error = tr("the scorecard has no item \"%1\"").arg(item);
            return false;
        }
    }
    QString arbitrator = arbitratorId.isEmpty() ? evaluation->inspectorId : arbitratorId;
    const std::optional<User> arbiter = UserRepository(m_store).byId(arbitrator);
    if (!arbiter) {
        *error = tr("there is no user %1 to decide the dispute").arg(arbitrator);
        return false;
    }
    if (arbiter->id != evaluation->inspectorId &&
        !Permissions::may(*arbiter, Permissions::Action::ReopenAnyEvaluation)) {
        *error = tr("%1 (%2) cannot decide this dispute: the inspector who scored it or a QA manager does")
                     .arg(arbiter->displayName, Permissions::roleName(arbiter->role));
        return false;
    }
    const QString id = newId();
    const QString when = toIso(at);
    q.prepare(QStringLiteral("INSERT INTO disputes(id, evaluation_id, items, reason, opened_by, opened_at, "
                             "arbitrator_id, score_before, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(evaluationId);
    q.addBindValue(ordered.join(QLatin1Char(',')));
    q.addBindValue(reason.trimmed());
    q.addBindValue(actor.id);
    q.addBindValue(when);
    q.addBindValue(arbiter->id);
    q.addBindValue(evaluation->score ? QVariant(*evaluation->score) : QVariant());
    q.addBindValue(nowIso());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!addMessage(id, actor.id, QStringLiteral("opened"), reason.trimmed(), when, error) ||
        !AuditLog(m_store).append(actor.id, QStringLiteral("dispute.open"), QStringLiteral("disputes"), id,
                                  {{QStringLiteral("evaluation_id"), evaluationId},
                                   {QStringLiteral("items"), ordered.join(QLatin1Char(','))},
                                   {QStringLiteral("reason"), reason.trimmed()},
                                   {QStringLiteral("arbitrator"), arbiter->login}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    if (opened)
        *opened = *dispute(id);
    return true;
}

DisputeStanding DisputeRepository::standing(const QString &evaluationId)
{
    DisputeStanding s;
    // The window counts from the first submission: re-scoring after a dispute does not open it again.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT coalesce((SELECT min(submitted_at) FROM evaluation_revisions r "
                             "WHERE r.evaluation_id = e.id), e.submitted_at), "
                             "(SELECT count(*) FROM disputes d WHERE d.evaluation_id = e.id AND d.status <> "
                             "'withdrawn'), "
                             "(SELECT count(*) FROM disputes d WHERE d.evaluation_id = e.id AND d.status = 'open') "
                             "FROM evaluations e WHERE e.id = ?"));
    q.addBindValue(evaluationId);
    if (q.exec() && q.next()) {
        s.firstSubmitted = fromIso(q.value(0));
        s.counted = q.value(1).toInt();
        s.open = q.value(2).toInt();
    }
    return s;
}

bool DisputeRepository::mayTakePart(const User &actor, const Dispute &d) const
{
    return actor.id == d.openedBy || actor.id == d.arbitratorId || actor.id == d.inspectorId ||
           Permissions::may(actor, Permissions::Action::CoachAgents) ||
           Permissions::may(actor, Permissions::Action::ReopenAnyEvaluation);
}

bool DisputeRepository::reply(const User &actor, const QString &disputeId, const QString &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = tr("the message is empty");
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const std::optional<Dispute> d = dispute(disputeId, error);
    if (!d)
        return false;
    if (!mayTakePart(actor, *d)) {
        *error = tr("%1 (%2) takes no part in this dispute").arg(actor.displayName, Permissions::roleName(actor.role));
        return false;
    }
    if (!addMessage(d->id, actor.id, QStringLiteral("message"), body.trimmed(), nowIso(), error) ||
        !AuditLog(m_store).append(actor.id, QStringLiteral("dispute.reply"), QStringLiteral("disputes"), d->id,
                                  {{QStringLiteral("body"), body.trimmed()}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool DisputeRepository::decide(const User &actor, const QString &disputeId, const QString &outcome,
                               const QMap<QString, QString> &newValues, const QString &decision, QString *error)
{
    if (!outcomes().contains(outcome)) {
        *error = tr("the outcome is upheld, partly or rejected, not \"%1\"").arg(outcome);
        return false;
    }
    if (decision.trimmed().isEmpty()) {
        *error = tr("a decision needs an explanation for the agent");
        return false;
    }
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const std::optional<Dispute> d = dispute(disputeId, error);
    if (!d)
        return false;
    if (!d->isOpen()) {
        *error = tr("this dispute was %1 already")
                     .arg(d->status == QLatin1String("decided") ? tr("decided") : tr("withdrawn"));
        return false;
    }
    if (actor.id != d->arbitratorId && !Permissions::may(actor, Permissions::Action::ReopenAnyEvaluation)) {
        *error = tr("%1 (%2) may not decide this dispute: %3 does")
                     .arg(actor.displayName, Permissions::roleName(actor.role), d->arbitratorName);
        return false;
    }
    EvaluationRepository evaluations(m_store);
    std::optional<Evaluation> e = evaluations.byId(d->evaluationId);
    if (!e || !e->isSubmitted()) {
        *error = tr("the evaluation is being re-scored (it is a draft): submit it before deciding");
        return false;
    }
    const std::optional<StoredScorecard> card = ScorecardRepository(m_store).version(e->scorecardVersionId);
    if (!card) {
        *error = tr("the scorecard version of evaluation %1 is missing").arg(e->id);
        return false;
    }
    QJsonObject changes;
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        if (!d->items.contains(it.key())) {
            *error = tr("item \"%1\" is not disputed: a decision changes only disputed items").arg(it.key());
            return false;
        }
        const ScorecardItem *item = card->scorecard.item(it.key());
        const bool valid =
            item && (item->values().contains(it.value()) || (item->naAllowed && it.value() == QLatin1String("na")));
        if (!valid) {
            *error = tr("\"%1\" is not an answer to item \"%2\"").arg(it.value(), it.key());
            return false;
        }
        const QString from = e->answers.value(it.key()).value;
        if (from != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), it.value()}});
    }
    if (outcome == QLatin1String("rejected") && !changes.isEmpty()) {
        *error = tr("a rejected dispute leaves the answers as they are");
        return false;
    }
    if (outcome != QLatin1String("rejected") && changes.isEmpty()) {
        *error = tr("an upheld or partly upheld dispute changes at least one answer");
        return false;
    }
    if (outcome == QLatin1String("upheld") && changes.size() != d->items.size()) {
        *error = tr("an upheld dispute changes every disputed item; choose \"partly\" when some stand");
        return false;
    }
    if (outcome == QLatin1String("partly") && changes.size() == d->items.size()) {
        *error = tr("every disputed item changes: that is \"upheld\", not \"partly\"");
        return false;
    }
    const std::optional<double> scoreBefore = e->score;
    int revision = 0;
    if (!changes.isEmpty()) {
        // Re-scored as the next revision, inside this transaction: the dispute and the score change land together.
        const QString why = tr("Dispute %1 %2: %3").arg(d->id.left(8), outcome, decision.trimmed());
        if (!evaluations.reopen(*e, actor, why, error))
            return false;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            Answer &a = e->answers[it.key()];
            a.value = it.value().toObject().value(QStringLiteral("to")).toString();
            if (!card->scorecard.item(it.key())->isFailed(a.value))
                a.reasons.clear(); // reason codes explain a failure
        }
        if (!evaluations.submit(*e, card->scorecard, error)) {
            *error = tr("the new answers cannot be submitted: %1").arg(*error);
            return false;
        }
        revision = e->revision;
    }
    const QString now = nowIso();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE disputes SET status = 'decided', outcome = ?, decided_by = ?, decided_at = ?, "
                             "decision = ?, changes = ?, score_before = ?, score_after = ?, revision = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(outcome);
    q.addBindValue(actor.id);
    q.addBindValue(now);
    q.addBindValue(decision.trimmed());
    q.addBindValue(changes.isEmpty()
                       ? QVariant()
                       : QVariant(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))));
    q.addBindValue(scoreBefore ? QVariant(*scoreBefore) : QVariant());
    q.addBindValue(e->score ? QVariant(*e->score) : QVariant());
    q.addBindValue(revision > 0 ? QVariant(revision) : QVariant());
    q.addBindValue(now);
    q.addBindValue(d->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!addMessage(d->id, actor.id, QStringLiteral("decided"), decision.trimmed(), now, error) ||
        !AuditLog(m_store).append(actor.id, QStringLiteral("dispute.decide"), QStringLiteral("disputes"), d->id,
                                  {{QStringLiteral("outcome"), outcome},
                                   {QStringLiteral("changes"), changes},
                                   {QStringLiteral("score_before"), scoreBefore ? *scoreBefore : QJsonValue()},
                                   {QStringLiteral("score_after"), e->score ? *e->score : QJsonValue()},
                                   {QStringLiteral("revision"), revision},
                                   {QStringLiteral("decision"), decision.trimmed()}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool DisputeRepository::withdraw(const User &actor, const QString &disputeId, const QString &note, QString *error)
{
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const std::optional<Dispute> d = dispute(disputeId, error);
    if (!d)
        return false;
    if (!d->isOpen()) {
        *error = tr("only an open dispute can be withdrawn");
        return false;
    }
    if (actor.id != d->openedBy && !Permissions::may(actor, Permissions::Action::ReopenAnyEvaluation)) {
        *error = tr("only %1, who opened it, or a QA manager may withdraw this dispute").arg(d->openedByName);
        return false;
    }
    const QString now = nowIso();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE disputes SET status = 'withdrawn', updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(d->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!addMessage(d->id, actor.id, QStringLiteral("withdrawn"), note.trimmed(), now, error) ||
        !AuditLog(m_store).append(actor.id, QStringLiteral("dispute.withdraw"), QStringLiteral("disputes"), d->id,
                                  {{QStringLiteral("note"), note.trimmed()}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

std::vector<Dispute> DisputeRepository::list(const QString &status, const QString &arbitratorId,
                                             const QString &evaluationId)
{
    return fetch({}, status, arbitratorId, evaluationId);
}

std::vector<Dispute> DisputeRepository::fetch(const QString &id, const QString &status, const QString &arbitratorId,
                                              const QString &evaluationId)
{
    std::vector<Dispute> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT d.id, d.evaluation_id, e.conversation_id, c.agent_id, coalesce(a.name, c.agent_id), e.inspector_id, "
        "coalesce(ui.display_name, ''), d.items, d.reason, coalesce(d.opened_by, ''), coalesce(uo.display_name, ''), "
        "d.opened_at, coalesce(d.arbitrator_id, ''), coalesce(ua.display_name, ''), d.status, "
        "coalesce(d.outcome, ''), coalesce(ud.display_name, ''), d.decided_at, d.decision, d.changes, "
        "d.score_before, d.score_after, coalesce(d.revision, 0), coalesce(t.name, '') "
        "FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id "
        "JOIN conversations c ON c.id = e.conversation_id LEFT JOIN agents a ON a.id = c.agent_id "
        "LEFT JOIN teams t ON t.id = c.team_id "
        "LEFT JOIN users ui ON ui.id = e.inspector_id LEFT JOIN users uo ON uo.id = d.opened_by "
        "LEFT JOIN users ua ON ua.id = d.arbitrator_id LEFT JOIN users ud ON ud.id = d.decided_by "
        "WHERE (? = '' OR d.id = ?) AND (? = '' OR d.status = ?) AND (? = '' OR d.arbitrator_id = ?) AND (? = '' OR "
        "d.evaluation_id = ?) "
        "ORDER BY d.opened_at DESC, d.id"));
    for (const QString &v : {id, status, arbitratorId, evaluationId}) {
        const QString b = v.isNull() ? QStringLiteral("") : v;
        q.addBindValue(b);
        q.addBindValue(b);
    }
    if (!q.exec())
        return out;
    while (q.next()) {
        Dispute d;
        d.id = q.value(0).toString();
        d.evaluationId = q.value(1).toString();
        d.conversationId = q.value(2).toString();
        d.agentId = q.value(3).toString();
        d.agentName = q.value(4).toString();
        d.inspectorId = q.value(5).toString();
        d.inspectorName = q.value(6).toString();
        d.items = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.reason = q.value(8).toString();
        d.openedBy = q.value(9).toString();
        d.openedByName = q.value(10).toString();
        d.openedAt = fromIso(q.value(11));
        d.arbitratorId = q.value(12).toString();
        d.arbitratorName = q.value(13).toString();
        d.status = q.value(14).toString();
        d.outcome = q.value(15).toString();
        d.decidedByName = q.value(16).toString();
        d.decidedAt = fromIso(q.value(17));
        d.decision = q.value(18).toString();
        const QJsonObject changes = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            d.changes.insert(it.key(), {it.value().toObject().value(QStringLiteral("from")).toString(),
                                        it.value().toObject().value(QStringLiteral("to")).toString()});
        d.scoreBefore = optionalDouble(q.value(20));
        d.scoreAfter = optionalDouble(q.value(21));
        d.revision = q.value(22).toInt();
        d.team = q.value(23).toString();
        out.push_back(std::move(d));
    }
    return out;
}

std::optional<Dispute> DisputeRepository::dispute(const QString &idOrPrefix, QString *error)
{
    bool ambiguous = false;
    const QString id = resolveId(m_store, QStringLiteral("disputes"), idOrPrefix, &ambiguous);
    std::vector<Dispute> found = id.isEmpty() ? std::vector<Dispute>{} : fetch(id, {}, {}, {});
    if (found.empty()) {
        if (error)
            *error = ambiguous ? tr("%1 is the beginning of more than one dispute id; give more of it").arg(idOrPrefix)
                               : tr("there is no dispute %1").arg(idOrPrefix);
        return std::nullopt;
    }
    Dispute d = std::move(found.front());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT m.id, coalesce(m.author_id, ''), coalesce(u.display_name, ''), m.at, m.kind, "
                             "m.body FROM dispute_messages m LEFT JOIN users u ON u.id = m.author_id "
                             "WHERE m.dispute_id = ? ORDER BY m.at, m.id"));
    q.addBindValue(d.id);
    if (q.exec()) {
        while (q.next())
            d.thread.push_back({q.value(0).toString(), int(d.thread.size()) + 1, q.value(1).toString(),
                                q.value(2).toString(), fromIso(q.value(3)), q.value(4).toString(),
                                q.value(5).toString()});
    }
    return d;
}

} // namespace qawb
