// qawb feedback: the 24-hour feedback list, recording feedback, the threshold.
#include "cli.h"

#include "feedback.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qawb {

namespace {

QString stateName(FeedbackItem::State state)
{
    switch (state) {
    case FeedbackItem::State::Due:
        return QStringLiteral("due");
    case FeedbackItem::State::Overdue:
        return QStringLiteral("overdue");
    case FeedbackItem::State::OnTime:
        return QStringLiteral("on_time");
    case FeedbackItem::State::Late:
        return QStringLiteral("late");
    }
    return {};
}

} // namespace

int Cli::runFeedback(Store &store, const User &user, const QStringList &args, const QString &team, const QString &note,
                     bool json)
{
    FeedbackRepository feedback(store);
    QString error;
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };
    if (args.first() == QLatin1String("done")) {
        if (!feedback.markCoached(user, args.at(1), note, &error))
            return failure(error);
        m_out << tr("feedback on %1 recorded").arg(args.at(1)) << Qt::endl;
        return 0;
    }
    if (args.first() == QLatin1String("threshold")) {
        if (!feedback.setThresholdHours(user, args.at(1).toInt(), &error))
            return failure(error);
        m_out << tr("feedback is now due within %n hour(s)", nullptr, feedback.thresholdHours()) << Qt::endl;
        return 0;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<FeedbackItem> items = feedback.open(team, now);
    const FeedbackRate rate = feedback.rate(now.addDays(-28), now, team, now);
    if (json) {
        QJsonArray list;
        for (const FeedbackItem &i : items)
            list.append(QJsonObject{{QStringLiteral("evaluation"), i.evaluationId},
                                    {QStringLiteral("conversation"), i.conversationId},
                                    {QStringLiteral("agent_id"), i.agentId},
                                    {QStringLiteral("agent_name"), i.agentName},
                                    {QStringLiteral("team"), i.team},
                                    {QStringLiteral("inspector"), i.inspectorName},
                                    {QStringLiteral("score"), i.score},
                                    {QStringLiteral("fatal"), i.fatal},
                                    {QStringLiteral("failed_items"), i.failedItems},
                                    {QStringLiteral("submitted_at"), i.submittedAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("due_at"), i.dueAt.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("state"), stateName(i.state)}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("threshold_hours"), feedback.thresholdHours()},
                                      {QStringLiteral("due"), list},
                                      {QStringLiteral("last_28_days"),
                                       QJsonObject{{QStringLiteral("total"), rate.total},
                                                   {QStringLiteral("on_time"), rate.onTime},
                                                   {QStringLiteral("late"), rate.late},
                                                   {QStringLiteral("overdue"), rate.overdue},
                                                   {QStringLiteral("on_time_rate"),
                                                    rate.rate() ? QJsonValue(*rate.rate()) : QJsonValue()}}}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const FeedbackItem &i : items) {
        const qint64 minutes = now.secsTo(i.dueAt) / 60;
        const QString when = i.state == FeedbackItem::State::Overdue
                                 ? tr("overdue by %1 h %2 min").arg(-minutes / 60).arg(-minutes % 60)
                                 : tr("due in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        m_out << i.evaluationId.left(8) << '\t' << i.agentName << '\t' << i.team << '\t' << i.conversationId << '\t'
              << (i.fatal ? tr("fatal") : tr("%n failed item(s)", nullptr, i.failedItems)) << '\t' << when << Qt::endl;
    }
    if (rate.rate())
        m_out << tr("last 28 days: %1 of %2 fed back within %3 h (%4%)")
                     .arg(rate.onTime)
                     .arg(rate.total)
                     .arg(feedback.thresholdHours())
                     .arg(*rate.rate() * 100.0, 0, 'f', 0)
              << Qt::endl;
    return 0;
}

} // namespace qawb
