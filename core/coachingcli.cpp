// qawb coaching and qawb disputes: coaching sessions (list, show, PDF) and disputes (list, show, limits).
#include "cli.h"

#include "coaching.h"
#include "coachingpdf.h"
#include "disputes.h"
#include "permissions.h"
#include "store.h"
#include "userrepository.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace qawb {

namespace {

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject sessionJson(const CoachingSession &s)
{
    QJsonArray actions;
    for (const ActionItem &a : s.actions)
        actions.append(QJsonObject{{QStringLiteral("text"), a.text},
                                   {QStringLiteral("owner"), a.owner},
                                   {QStringLiteral("due"), dateJson(a.due)},
                                   {QStringLiteral("status"), a.status}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("agent_id"), s.agentId},
            {QStringLiteral("agent_name"), s.agentName},
            {QStringLiteral("team"), s.team},
            {QStringLiteral("leader"), s.leaderName},
            {QStringLiteral("from"), dateJson(s.from)},
            {QStringLiteral("to"), dateJson(s.to)},
            {QStringLiteral("held_at"), timeJson(s.heldAt)},
            {QStringLiteral("notes"), s.notes},
            {QStringLiteral("follow_up"), dateJson(s.followUp)},
            {QStringLiteral("acknowledged_by"), s.isAcknowledged() ? QJsonValue(s.acknowledgedBy) : QJsonValue()},
            {QStringLiteral("acknowledged_at"), timeJson(s.acknowledgedAt)},
            {QStringLiteral("acknowledgement_comment"), s.ackComment},
            {QStringLiteral("actions"), actions}};
}

QJsonObject overviewJson(const CoachingOverview &o)
{
    QJsonArray evaluations;
    for (const CoachingEvaluation &e : o.evaluations) {
        QJsonArray failed;
        for (const CoachingFailedItem &f : e.failed)
            failed.append(
                QJsonObject{{QStringLiteral("item"), f.itemId},
                            {QStringLiteral("text"), f.text},
                            {QStringLiteral("value"), f.value},
                            {QStringLiteral("comment"), f.comment},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(f.reasons)},
                            {QStringLiteral("fatal"), f.fatal},
                            {QStringLiteral("start_ms"), f.startMs >= 0 ? QJsonValue(double(f.startMs)) : QJsonValue()},
                            {QStringLiteral("turn"), f.turnSeq >= 0 ? QJsonValue(f.turnSeq) : QJsonValue()}});
        evaluations.append(QJsonObject{{QStringLiteral("evaluation"), e.evaluationId},
                                       {QStringLiteral("conversation"), e.conversationId},
                                       {QStringLiteral("channel"), e.channel},
                                       {QStringLiteral("date"), dateJson(e.date)},
                                       {QStringLiteral("score"), e.score},
                                       {QStringLiteral("fatal"), e.fatal},
                                       {QStringLiteral("passed"), e.passed},
                                       {QStringLiteral("inspector"), e.inspectorName},
                                       {QStringLiteral("coaching_note"), e.coachingNote},
                                       {QStringLiteral("comment"), e.generalComment},
                                       {QStringLiteral("failed"), failed}});
    }
    QJsonArray trend;
    for (const TrendPoint &p : o.trend)
        trend.append(QJsonObject{{QStringLiteral("week"), dateJson(p.weekStart)},
                                 {QStringLiteral("count"), p.count},
                                 {QStringLiteral("mean"), optionalJson(p.agentMean)},
                                 {QStringLiteral("team_count"), p.teamCount},
                                 {QStringLiteral("team_mean"), optionalJson(p.teamMean)}});
    QJsonArray weakest;
    for (const CriterionStat &c : o.weakest)
        weakest.append(QJsonObject{{QStringLiteral("item"), c.itemId},
                                   {QStringLiteral("text"), c.text},
                                   {QStringLiteral("answered"), c.answered},
                                   {QStringLiteral("failed"), c.failed},
                                   {QStringLiteral("pass_rate"), c.passRate()},
                                   {QStringLiteral("team_pass_rate"), c.teamPassRate()}});
    return {{QStringLiteral("evaluations"), evaluations},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("weakest"), weakest},
            {QStringLiteral("mean"), optionalJson(o.mean)},
            {QStringLiteral("team_mean"), optionalJson(o.teamMean)}};
}

QJsonObject disputeJson(const Dispute &d)
{
    QJsonObject changes;
    for (auto it = d.changes.cbegin(); it != d.changes.cend(); ++it)
        changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), it->from}, {QStringLiteral("to"), it->to}});
    QJsonArray thread;
    for (const DisputeMessage &m : d.thread)
        thread.append(QJsonObject{{QStringLiteral("seq"), m.seq},
                                  {QStringLiteral("author"), m.authorName},
                                  {QStringLiteral("at"), timeJson(m.at)},
                                  {QStringLiteral("kind"), m.kind},
                                  {QStringLiteral("body"), m.body}});
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("evaluation"), d.evaluationId},
            {QStringLiteral("conversation"), d.conversationId},
            {QStringLiteral("agent_id"), d.agentId},
            {QStringLiteral("agent_name"), d.agentName},
            {QStringLiteral("inspector"), d.inspectorName},
            {QStringLiteral("items"), QJsonArray::fromStringList(d.items)},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("opened_by"), d.openedByName},
            {QStringLiteral("opened_at"), timeJson(d.openedAt)},
            {QStringLiteral("arbitrator"), d.arbitratorName},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("outcome"), d.outcome.isEmpty() ? QJsonValue() : QJsonValue(d.outcome)},
            {QStringLiteral("decided_by"), d.decidedByName.isEmpty() ? QJsonValue() : QJsonValue(d.decidedByName)},
            {QStringLiteral("decided_at"), timeJson(d.decidedAt)},
            {QStringLiteral("decision"), d.decision},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("score_before"), optionalJson(d.scoreBefore)},
            {QStringLiteral("score_after"), optionalJson(d.scoreAfter)},
            {QStringLiteral("revision"), d.revision > 0 ? QJsonValue(d.revision) : QJsonValue()},
            {QStringLiteral("thread"), thread}};
}

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 0) + QLatin1Char('%');
}

} // namespace

int Cli::runCoaching(Store &store, const User &user, const CoachingCommand &c)
{
    CoachingRepository coaching(store);
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };
    // Session notes are between a leader and an agent: those who coach read them.
    QString refusal;
    if (!Permissions::check(user, Permissions::Action::CoachAgents, &refusal))
        return failure(refusal);
    const QString language = QLocale().name();
    if (c.args.first() == QLatin1String("list")) {
        const std::vector<CoachingSession> sessions = coaching.sessions(c.agent, c.team);
        if (c.json) {
            QJsonArray list;
            for (const CoachingSession &s : sessions)
                list.append(sessionJson(s));
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("sessions"), list}}).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (sessions.empty())
            m_out << tr("no coaching sessions") << Qt::endl;
        for (const CoachingSession &s : sessions)
            m_out << s.id.left(8) << "  " << s.heldAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                  << s.agentName << " (" << s.agentId << ")  " << s.from.toString(Qt::ISODate) << ".."
                  << s.to.toString(Qt::ISODate) << "  "
                  << tr("%1 of %2 action item(s) open").arg(s.openActions()).arg(s.actions.size())
                  << (s.followUp.isValid()
                          ? QStringLiteral("  ") + tr("follow-up %1").arg(s.followUp.toString(Qt::ISODate))
                          : QString())
                  << "  "
                  << (s.isAcknowledged() ? tr("acknowledged by %1").arg(s.acknowledgedBy) : tr("not acknowledged"))
                  << Qt::endl;
        return 0;
    }
    QString error;
    const std::optional<CoachingSession> session = coaching.session(c.args.at(1), &error);
    if (!session)
        return failure(error);
    const CoachingOverview overview = coaching.overview(session->agentId, session->from, session->to, language);
    if (c.args.first() == QLatin1String("export")) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return failure(tr("writing a PDF needs the GUI libraries (run qawb, not a core-only build)"));
        if (!CoachingPdf::write(*session, overview, overview.passScore, c.pdf, &error))
            return failure(error);
        m_out << tr("wrote %1").arg(c.pdf) << Qt::endl;
        return 0;
    }
    if (c.json) {
        QJsonObject o = sessionJson(*session);
        o.insert(QStringLiteral("overview"), overviewJson(overview));
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    const CoachingSession &s = *session;
    m_out << tr("Coaching session %1").arg(s.id) << Qt::endl
          << tr("Agent: %1 (%2), team %3").arg(s.agentName, s.agentId, s.team.isEmpty() ? QStringLiteral("-") : s.team)
          << Qt::endl
          << tr("Period: %1 to %2; held %3 by %4")
                 .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate),
                      s.heldAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.leaderName)
          << Qt::endl;
    m_out << tr("Evaluations: %1, mean %2 (team %3)")
                 .arg(overview.evaluations.size())
                 .arg(overview.mean ? QString::number(*overview.mean, 'f', 1) : QStringLiteral("-"),
                      overview.teamMean ? QString::number(*overview.teamMean, 'f', 1) : QStringLiteral("-"))
          << Qt::endl;
    for (const CoachingEvaluation &e : overview.evaluations) {
        m_out << "  " << e.date.toString(Qt::ISODate) << "  " << e.conversationId << "  "
              << QString::number(e.score, 'f', 1) << (e.fatal ? QStringLiteral(" ") + tr("(fatal)") : QString())
              << Qt::endl;
        for (const CoachingFailedItem &f : e.failed)
            m_out << "      ✗ " << f.text << (f.comment.isEmpty() ? QString() : QStringLiteral(" — ") + f.comment)
                  << Qt::endl;
    }
    m_out << tr("Weakest items (agent / team pass rate):") << Qt::endl;
    for (const CriterionStat &w : overview.weakest)
        m_out << "  " << w.text << "  " << percent(w.passRate()) << " / " << percent(w.teamPassRate()) << Qt::endl;
    if (!s.notes.isEmpty())
        m_out << tr("Notes: %1").arg(s.notes) << Qt::endl;
    for (const ActionItem &a : s.actions)
        m_out << "  [" << a.status << "] " << a.text
              << (a.owner.isEmpty() ? QString() : QStringLiteral(" — ") + a.owner)
              << (a.due.isValid() ? QStringLiteral(" (") + a.due.toString(Qt::ISODate) + QLatin1Char(')') : QString())
              << Qt::endl;
    if (s.followUp.isValid())
        m_out << tr("Follow-up: %1").arg(s.followUp.toString(Qt::ISODate)) << Qt::endl;
    m_out << (s.isAcknowledged() ? tr("Acknowledged by %1 on %2")
                                       .arg(s.acknowledgedBy,
                                            s.acknowledgedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 : tr("Not acknowledged yet"))
          << Qt::endl;
    return 0;
}

int Cli::runDisputes(Store &store, const User &user, const CoachingCommand &c)
{
    DisputeRepository disputes(store);
    QString error;
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };
    if (c.args.first() == QLatin1String("limits")) {
        if (c.days > 0 && !disputes.setLimits(user, {c.days, c.max}, &error))
            return failure(error);
        const DisputeLimits l = disputes.limits();
        m_out << tr("disputes are opened within %n day(s) of the evaluation", nullptr, l.days) << "; "
              << tr("at most %n per evaluation", nullptr, l.perEvaluation) << Qt::endl;
        return 0;
    }
    if (c.args.first() == QLatin1String("list")) {
        const std::vector<Dispute> list = disputes.list(c.openOnly ? QStringLiteral("open") : QString());
        if (c.json) {
            QJsonArray array;
            for (const Dispute &d : list)
                array.append(disputeJson(d));
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("disputes"), array}}).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (list.empty())
            m_out << tr("no disputes") << Qt::endl;
        for (const Dispute &d : list)
            m_out << d.id.left(8) << "  " << d.openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "  " << d.status << (d.outcome.isEmpty() ? QString() : QLatin1Char('/') + d.outcome) << "  "
                  << d.agentName << "  " << d.conversationId << "  " << d.items.join(QLatin1Char(',')) << "  → "
                  << d.arbitratorName << Qt::endl;
        return 0;
    }
    const std::optional<Dispute> d = disputes.dispute(c.args.at(1), &error);
    if (!d)
        return failure(error);
    if (c.json) {
        m_out << QString::fromUtf8(QJsonDocument(disputeJson(*d)).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << tr("Dispute %1 (%2)").arg(d->id, d->status) << Qt::endl
          << tr("Evaluation %1 of %2 by %3; agent %4")
                 .arg(d->evaluationId, d->conversationId, d->inspectorName, d->agentName)
          << Qt::endl
          << tr("Items: %1").arg(d->items.join(QStringLiteral(", "))) << Qt::endl
          << tr("Arbitrator: %1").arg(d->arbitratorName) << Qt::endl;
    if (!d->outcome.isEmpty()) {
        m_out << tr("Outcome: %1 by %2").arg(d->outcome, d->decidedByName);
        if (d->scoreBefore && d->scoreAfter)
            m_out << "  " << tr("score %1 → %2").arg(*d->scoreBefore, 0, 'f', 1).arg(*d->scoreAfter, 0, 'f', 1);
        if (d->revision > 0)
            m_out << "  " << tr("(revision %1)").arg(d->revision);
        m_out << Qt::endl;
        for (auto it = d->changes.cbegin(); it != d->changes.cend(); ++it)
            m_out << "  " << it.key() << ": " << it->from << " → " << it->to << Qt::endl;
    }
    for (const DisputeMessage &m : d->thread)
        m_out << "  " << m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << m.authorName << " ["
              << m.kind << "]  " << m.body << Qt::endl;
    return 0;
}

} // namespace qawb
