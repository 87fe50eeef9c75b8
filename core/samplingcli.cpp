// qawb plans | sample | samples | assign | reassign | replace: sampling and assignment from the command line.
#include "cli.h"

#include "samplingrepository.h"
#include "store.h"
#include "userrepository.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace qawb {

namespace {

QString dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

QJsonObject periodJson(const SamplePeriod &p)
{
    return {{QStringLiteral("from"), dateOf(p.fromMs)}, {QStringLiteral("to"), dateOf(p.toMs - 1)}};
}

QString minutes(double seconds)
{
    const int m = int(seconds / 60.0 + 0.5);
    return m >= 60 ? QStringLiteral("%1 h %2 min").arg(m / 60).arg(m % 60) : QStringLiteral("%1 min").arg(m);
}

} // namespace

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

int Cli::runSampling(Store &store, const User &user, const SamplingCommand &c)
{
    SamplingRepository repository(store);
    QString error;
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };
    const auto printJson = [&](const QJsonObject &obj) {
        m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    };

    if (c.command == QLatin1String("plans")) {
        const QString sub = c.args.first();
        if (sub == QLatin1String("list")) {
            QJsonArray list;
            for (const StoredPlan &p : repository.plans()) {
                if (c.json)
                    list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                            {QStringLiteral("updated_at"), p.updatedAt},
                                            {QStringLiteral("plan"), QJsonDocument::fromJson(p.json).object()}});
                else
                    m_out << p.name << '\t' << p.updatedAt << Qt::endl;
            }
            if (c.json)
                printJson({{QStringLiteral("plans"), list}});
            return 0;
        }
        if (sub == QLatin1String("save")) {
            QFile file(c.args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            const auto plan = SamplingPlan::fromJson(file.readAll(), &error);
            if (!plan)
                return failure(tr("%1: %2").arg(file.fileName(), error));
            if (!repository.savePlan(user, *plan, &error))
                return failure(error);
            m_out << tr("saved the sampling plan %1").arg(plan->name) << Qt::endl;
            return 0;
        }
        if (sub == QLatin1String("delete")) {
            if (!repository.deletePlan(user, c.args.at(1), &error))
                return failure(error);
            m_out << tr("deleted the sampling plan %1").arg(c.args.at(1)) << Qt::endl;
            return 0;
        }
        const std::optional<StoredPlan> plan = repository.plan(c.args.at(1));
        if (!plan)
            return failure(tr("there is no sampling plan called %1").arg(c.args.at(1)));
        if (c.args.size() == 3) {
            QSaveFile out(c.args.at(2));
            if (!out.open(QIODevice::WriteOnly) || out.write(plan->json) != plan->json.size() || !out.commit())
                return failure(tr("cannot write %1: %2").arg(c.args.at(2), out.errorString()));
        } else {
            m_out << QString::fromUtf8(plan->json);
        }
        return 0;
    }

    if (c.command == QLatin1String("sample")) {
        std::optional<SamplingPlan> plan;
        if (QFileInfo(c.plan).isFile()) {
            QFile file(c.plan);
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            plan = SamplingPlan::fromJson(file.readAll(), &error);
            if (!plan)
                return failure(tr("%1: %2").arg(file.fileName(), error));
            if (plan->name.isEmpty())
                plan->name = QFileInfo(c.plan).completeBaseName();
        } else if (const std::optional<StoredPlan> stored = repository.plan(c.plan)) {
            plan = SamplingPlan::fromJson(stored->json, &error);
            if (!plan)
                return failure(tr("the saved plan %1 is not valid: %2").arg(c.plan, error));
        } else {
            return failure(tr("%1 is neither a plan file nor the name of a saved plan (qawb plans list)").arg(c.plan));
        }
        if (!c.seed.isEmpty())
            plan->seed = c.seed.toULongLong();
        const SamplePeriod period =
            c.from.isValid() ? SamplePeriod::fromDates(c.from, c.to) : SamplePeriod::lastDays(plan->periodDays);
        const auto candidates = repository.loadCandidates(*plan, period, &error);
        if (!candidates)
            return failure(error);
        const SampleResult result = drawSample(*plan, *candidates);
        QString sampleId;
        if (!c.preview) {
            sampleId = repository.saveSample(user, *plan, period, result, &error);
            if (sampleId.isEmpty())
                return failure(error);
        }
        if (c.json) {
            QJsonArray picks;
            for (const SamplePick &p : result.picks)
                picks.append(QJsonObject{{QStringLiteral("id"), p.id},
                                         {QStringLiteral("agent"), p.agentId},
                                         {QStringLiteral("stratum"), p.stratum},
                                         {QStringLiteral("reason"), p.reason}});
            printJson({{QStringLiteral("sample"), sampleId.isEmpty() ? QJsonValue() : QJsonValue(sampleId)},
                       {QStringLiteral("plan"), plan->name},
                       {QStringLiteral("seed"), double(plan->seed)},
                       {QStringLiteral("period"), periodJson(period)},
                       {QStringLiteral("eligible"), result.eligible},
                       {QStringLiteral("target"), result.target},
                       {QStringLiteral("picked"), int(result.picks.size())},
                       {QStringLiteral("excluded"), countsJson(result.excluded)},
                       {QStringLiteral("per_agent"), countsJson(result.perAgent)},
                       {QStringLiteral("per_stratum"), countsJson(result.perStratum)},
                       {QStringLiteral("per_reason"), countsJson(result.perReason)},
                       {QStringLiteral("picks"), picks}});
            return 0;
        }
        m_out << tr("plan %1, seed %2, %3 to %4: %5 eligible, target %6, picked %7")
                     .arg(plan->name)
                     .arg(plan->seed)
                     .arg(dateOf(period.fromMs), dateOf(period.toMs - 1))
                     .arg(result.eligible)
                     .arg(result.target)
                     .arg(result.picks.size())
              << Qt::endl;
        for (auto it = result.excluded.cbegin(); it != result.excluded.cend(); ++it)
            m_out << tr("excluded (%1): %2").arg(it.key()).arg(it.value()) << Qt::endl;
        for (auto it = result.perReason.cbegin(); it != result.perReason.cend(); ++it)
            m_out << tr("picked as %1: %2").arg(SamplingPlan::reasonName(it.key())).arg(it.value()) << Qt::endl;
        for (auto it = result.perAgent.cbegin(); it != result.perAgent.cend(); ++it)
            m_out << tr("agent %1: %2").arg(it.key()).arg(it.value()) << Qt::endl;
        if (c.preview) {
            for (const SamplePick &p : result.picks)
                m_out << p.id << '\t' << p.agentId << '\t' << p.stratum << '\t' << p.reason << Qt::endl;
        } else {
            m_out << tr("sample %1 stored; assign it with: qawb assign --sample %2 --inspectors LOGIN,LOGIN")
                         .arg(sampleId, sampleId.left(8))
                  << Qt::endl;
        }
        return 0;
    }

    if (c.command == QLatin1String("samples")) {
        if (!c.args.isEmpty()) {
            const std::optional<SampleInfo> info = repository.sample(c.args.first());
            if (!info)
                return failure(tr("there is no sample %1 (or the id is ambiguous)").arg(c.args.first()));
            const std::vector<SampleItem> items = repository.sampleItems(info->id);
            if (c.json) {
                QJsonArray list;
                for (const SampleItem &i : items)
                    list.append(QJsonObject{{QStringLiteral("id"), i.conversationId},
                                            {QStringLiteral("agent"), i.agentId},
                                            {QStringLiteral("stratum"), i.stratum},
                                            {QStringLiteral("reason"), i.reason},
                                            {QStringLiteral("expected_s"), i.expectedSeconds}});
                printJson({{QStringLiteral("id"), info->id},
                           {QStringLiteral("plan"), QJsonDocument::fromJson(info->planJson).object()},
                           {QStringLiteral("period"), periodJson(info->period)},
                           {QStringLiteral("assigned_at"), info->assignedAt},
                           {QStringLiteral("items"), list}});
            } else {
                for (const SampleItem &i : items)
                    m_out << i.conversationId << '\t' << i.agentId << '\t' << i.stratum << '\t' << i.reason << '\t'
                          << minutes(i.expectedSeconds) << Qt::endl;
            }
            return 0;
        }
        QJsonArray list;
        for (const SampleInfo &s : repository.samples()) {
            if (c.json)
                list.append(QJsonObject{
                    {QStringLiteral("id"), s.id},
                    {QStringLiteral("plan"), s.planName},
                    {QStringLiteral("period"), periodJson(s.period)},
                    {QStringLiteral("eligible"), s.eligible},
                    {QStringLiteral("picked"), s.picked},
                    {QStringLiteral("created_at"), s.createdAt},
                    {QStringLiteral("assigned_at"), s.assignedAt.isEmpty() ? QJsonValue() : QJsonValue(s.assignedAt)}});
            else
                m_out << s.id.left(8) << '\t' << s.planName << '\t' << dateOf(s.period.fromMs) << ".."
                      << dateOf(s.period.toMs - 1) << '\t' << s.picked << '/' << s.eligible << '\t'
                      << (s.assignedAt.isEmpty() ? tr("not assigned") : tr("assigned")) << Qt::endl;
        }
        if (c.json)
            printJson({{QStringLiteral("samples"), list}});
        return 0;
    }

    if (c.command == QLatin1String("assign")) {
        UserRepository users(store);
        QStringList ids;
        for (const QString &login : c.inspectors) {
            const std::optional<User> u = users.byLogin(login.trimmed());
            if (!u)
                return failure(tr("nobody with the login %1 uses this store").arg(login.trimmed()));
            ids << u->id;
        }
        AssignmentOptions options;
        options.calibration = c.calibration;
        options.avoidOwnTeam = c.avoidOwnTeam;
        const std::optional<AssignmentSummary> summary = repository.assign(user, c.sample, ids, options, &error);
        if (!summary)
            return failure(error);
        if (c.json) {
            QJsonArray list;
            for (const AssignmentSummary::Queue &q : summary->queues)
                list.append(QJsonObject{{QStringLiteral("id"), q.queueId},
                                        {QStringLiteral("name"), q.name},
                                        {QStringLiteral("inspector"), q.inspectorName},
                                        {QStringLiteral("kind"), q.kind},
                                        {QStringLiteral("items"), q.items},
                                        {QStringLiteral("expected_s"), q.seconds}});
            printJson({{QStringLiteral("queues"), list}, {QStringLiteral("calibration"), summary->calibrationItems}});
        } else {
            for (const AssignmentSummary::Queue &q : summary->queues)
                m_out << q.inspectorName << '\t' << q.name << '\t' << q.items << '\t' << minutes(q.seconds) << Qt::endl;
        }
        return 0;
    }

    // reassign, replace: QUEUE is an id or a name only one queue has.
    QString queueId;
    QStringList named;
    for (const QueueProgress &q : repository.progress()) {
        if (q.queueId == c.args.at(0))
            queueId = q.queueId;
        else if (q.name == c.args.at(0))
            named << q.queueId;
    }
    if (queueId.isEmpty()) {
        if (named.size() > 1)
            return failure(
                tr("%n queue(s) are called %1; give the queue's id (qawb queues --json)", nullptr, int(named.size()))
                    .arg(c.args.at(0)));
        queueId = named.value(0);
    }
    if (queueId.isEmpty())
        return failure(tr("there is no queue %1").arg(c.args.at(0)));
    if (c.command == QLatin1String("reassign")) {
        const std::optional<User> target = UserRepository(store).byLogin(c.args.at(2));
        if (!target)
            return failure(tr("nobody with the login %1 uses this store").arg(c.args.at(2)));
        if (!repository.reassign(user, queueId, c.args.at(1), target->id, c.reason, &error))
            return failure(error);
        m_out << tr("%1 now goes to %2").arg(c.args.at(1), target->displayName) << Qt::endl;
        return 0;
    }
    const QString replacement = repository.replace(user, queueId, c.args.at(1), c.reason, &error);
    if (replacement.isEmpty())
        return failure(error);
    m_out << tr("%1 replaced by %2").arg(c.args.at(1), replacement) << Qt::endl;
    return 0;
}

} // namespace qawb
