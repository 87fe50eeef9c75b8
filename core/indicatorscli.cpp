// qawb indicators: indicator monitoring (指标监控) from the command line — the table, the conversations behind a
// figure, sampling them, the thresholds.
#include "cli.h"

#include "indicators.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qawb {

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString formatValue(const QString &metric, const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("-");
    if (IndicatorRepository::isShare(metric))
        return QString::number(*v * 100, 'f', 1) + QLatin1Char('%');
    if (metric == QLatin1String("csat"))
        return QString::number(*v, 'f', 2);
    if (metric == QLatin1String("turns"))
        return QString::number(*v, 'f', 1);
    return QString::number(*v, 'f', 1) + QLatin1Char('s');
}

QJsonObject groupJson(const IndicatorGroup &g)
{
    QJsonObject metrics;
    for (const IndicatorValue &v : g.values)
        metrics.insert(v.metric, QJsonObject{{QStringLiteral("value"), optionalNumber(v.value)},
                                             {QStringLiteral("n"), v.n},
                                             {QStringLiteral("threshold"), optionalNumber(v.threshold)},
                                             {QStringLiteral("meets"), v.meets},
                                             {QStringLiteral("anomaly"), v.anomaly},
                                             {QStringLiteral("worse"), v.worse},
                                             {QStringLiteral("baseline_mean"), optionalNumber(v.baselineMean)},
                                             {QStringLiteral("baseline_sd"), v.baselineSd},
                                             {QStringLiteral("baseline_periods"), v.baselinePeriods},
                                             {QStringLiteral("z"), optionalNumber(v.z)}});
    QJsonArray csat;
    for (int c : g.csatCounts)
        csat.append(c);
    return QJsonObject{{QStringLiteral("key"), textOrNull(g.key)},
                       {QStringLiteral("name"), textOrNull(g.name)},
                       {QStringLiteral("conversations"), g.conversations},
                       {QStringLiteral("csat_distribution"), csat},
                       {QStringLiteral("metrics"), metrics}};
}

QJsonObject filterJson(const IndicatorFilter &f)
{
    return QJsonObject{{QStringLiteral("from"), f.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
                       {QStringLiteral("team"), textOrNull(f.team)},
                       {QStringLiteral("agent"), textOrNull(f.agent)},
                       {QStringLiteral("channel"), textOrNull(f.channel)},
                       {QStringLiteral("business_type"), textOrNull(f.businessType)}};
}

} // namespace

int Cli::runIndicators(Store &store, const User &user, const IndicatorsCommand &command)
{
    IndicatorRepository indicators(store);
    QString error;
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };
    const auto printJson = [&](const QJsonObject &obj) {
        m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    };
    IndicatorFilter filter;
    filter.from = command.from;
    filter.to = command.to;
    filter.team = command.team;
    filter.agent = command.agent;
    filter.channel = command.channel;
    filter.businessType = command.businessType;
    const QString sub = command.args.value(0);
    const QString metric = command.args.value(1);
    if (!sub.isEmpty() && !IndicatorRepository::metrics().contains(metric))
        return failure(tr("there is no indicator %1 (expected one of %2)")
                           .arg(metric, IndicatorRepository::metrics().join(QStringLiteral(", "))));

    if (sub == QLatin1String("threshold")) {
        bool ok = false;
        QString text = command.args.at(2);
        const bool percent = text.endsWith(QLatin1Char('%'));
        if (percent)
            text.chop(1);
        double value = text.toDouble(&ok);
        if (!ok)
            return failure(tr("the threshold must be a number, not %1").arg(command.args.at(2)));
        if (percent)
            value /= 100;
        if (!indicators.setThreshold(user, metric, value, &error))
            return failure(error);
        m_out << tr("the threshold of %1 is now %2").arg(metric, formatValue(metric, indicators.threshold(metric)))
              << Qt::endl;
        return 0;
    }

    if (sub == QLatin1String("conversations") || sub == QLatin1String("sample")) {
        // A sample takes the offending conversations (every one, for a metric without a threshold).
        const bool sample = sub == QLatin1String("sample");
        const bool onlyOffending = sample && IndicatorRepository::defaultThreshold(metric).has_value();
        const auto list = indicators.conversations(filter, metric, command.limit, onlyOffending, &error);
        if (!list)
            return failure(error);
        if (sample) {
            QStringList ids;
            for (const IndicatorConversation &c : *list)
                ids << c.id;
            if (ids.isEmpty())
                return failure(tr("no conversation of the filter misses the %1 threshold").arg(metric));
            const QString id = indicators.sample(user, filter, metric, ids, &error);
            if (id.isEmpty())
                return failure(error);
            if (command.json)
                printJson(QJsonObject{{QStringLiteral("sample_id"), id},
                                      {QStringLiteral("metric"), metric},
                                      {QStringLiteral("conversations"), int(ids.size())}});
            else
                m_out << id << Qt::endl;
            return 0;
        }
        if (command.json) {
            QJsonArray rows;
            for (const IndicatorConversation &c : *list)
                rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("agent_id"), c.agentId},
                                        {QStringLiteral("agent_name"), c.agentName},
                                        {QStringLiteral("team"), textOrNull(c.teamName)},
                                        {QStringLiteral("channel"), c.channel},
                                        {QStringLiteral("started_at"), c.startedAt},
                                        {QStringLiteral("value"), optionalNumber(c.value)},
                                        {QStringLiteral("offending"), c.offending}});
            printJson(QJsonObject{{QStringLiteral("metric"), metric},
                                  {QStringLiteral("threshold"), optionalNumber(indicators.threshold(metric))},
                                  {QStringLiteral("conversations"), rows}});
            return 0;
        }
        for (const IndicatorConversation &c : *list)
            m_out << (c.offending ? QStringLiteral("* ") : QStringLiteral("  ")) << c.id << "  " << c.startedAt << "  "
                  << c.channel << "  " << c.agentName << "  "
                  << (c.teamName.isEmpty() ? QStringLiteral("-") : c.teamName) << "  " << formatValue(metric, c.value)
                  << Qt::endl;
        if (list->empty())
            m_out << tr("no conversations") << Qt::endl;
        return 0;
    }

    const auto report = indicators.report(filter, command.by, &error);
    if (!report)
        return failure(error);
    if (command.json) {
        QJsonObject thresholds;
        for (const QString &m : IndicatorRepository::metrics())
            thresholds.insert(m, optionalNumber(indicators.threshold(m)));
        QJsonArray groups;
        for (const IndicatorGroup &g : report->groups)
            groups.append(groupJson(g));
        printJson(QJsonObject{{QStringLiteral("filter"), filterJson(report->filter)},
                              {QStringLiteral("group_by"), textOrNull(report->groupBy)},
                              {QStringLiteral("thresholds"), thresholds},
                              {QStringLiteral("total"), groupJson(report->total)},
                              {QStringLiteral("groups"), groups}});
        return 0;
    }
    m_out << tr("Indicators %1 .. %2 (anomalies against the %3 periods before)")
                 .arg(report->filter.from.toString(Qt::ISODate), report->filter.to.toString(Qt::ISODate))
                 .arg(IndicatorRepository::kBaselinePeriods)
          << Qt::endl;
    // One column per metric: the value, then * when it misses its threshold and ! when it is an anomaly.
    const QStringList &metrics = IndicatorRepository::metrics();
    QStringList header{report->groupBy.isEmpty() ? QString() : report->groupBy, tr("n")};
    QStringList limits{tr("threshold"), QString()};
    for (const QString &m : metrics) {
        header << m;
        const auto t = indicators.threshold(m);
        limits << (t ? (IndicatorRepository::lowerIsBetter(m) ? QStringLiteral("<=") : QStringLiteral(">=")) +
                           formatValue(m, t)
                     : QStringLiteral("-"));
    }
    std::vector<QStringList> rows{header, limits};
    auto row = [&](const QString &label, const IndicatorGroup &g) {
        QStringList cells{label, QString::number(g.conversations)};
        for (const QString &m : metrics) {
            const IndicatorValue *v = g.value(m);
            QString cell = formatValue(m, v->value);
            if (!v->meets)
                cell += QLatin1Char('*');
            if (v->anomaly)
                cell += QLatin1Char('!');
            cells << cell;
        }
        rows.push_back(cells);
    };
    row(tr("all"), report->total);
    for (const IndicatorGroup &g : report->groups)
        row(g.name, g);
    std::vector<int> widths(header.size(), 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], int(r.at(i).size()));
    for (const QStringList &r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i)
            line += (i == 0 ? r.at(i).leftJustified(widths[i]) : r.at(i).rightJustified(widths[i] + 2));
        m_out << line << Qt::endl;
    }
    const IndicatorGroup &t = report->total;
    m_out << tr("CSAT 1-5: %1 %2 %3 %4 %5")
                 .arg(t.csatCounts[0])
                 .arg(t.csatCounts[1])
                 .arg(t.csatCounts[2])
                 .arg(t.csatCounts[3])
                 .arg(t.csatCounts[4])
          << Qt::endl;
    m_out << tr("* misses its threshold   ! anomaly against the group's own baseline") << Qt::endl;
    return 0;
}

} // namespace qawb
