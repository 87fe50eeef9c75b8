// qawb report: the QA reports (core/reports.h) as CSV or JSON.
#include "cli.h"

#include "reports.h"
#include "store.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace qawb {

const QStringList &Cli::reportNames()
{
    static const QStringList names{QStringLiteral("summary"),   QStringLiteral("distribution"),
                                   QStringLiteral("trend"),     QStringLiteral("ranking"),
                                   QStringLiteral("items"),     QStringLiteral("problems"),
                                   QStringLiteral("inspectors")};
    return names;
}

QString Cli::reportUsageError(const ReportCommand &c)
{
    const QString use = tr("use: report summary|distribution|trend|ranking|items|problems|inspectors [--from D] "
                           "[--to D] [--period day|week|month] [--by agent|team|item|rule] [--team NAME] [--agent ID] "
                           "[--channel call|chat] [--business-type T] [--scorecard KEY] [--format csv|json] "
                           "[--output FILE]");
    if (c.args.size() != 1)
        return use;
    const QString name = c.args.constFirst();
    if (!reportNames().contains(name))
        return tr("unknown report \"%1\"; reports: %2").arg(name, reportNames().join(QStringLiteral(", ")));
    if (c.format != QLatin1String("csv") && c.format != QLatin1String("json"))
        return tr("--format is csv or json, not %1").arg(c.format);
    if (!c.period.isEmpty()) {
        if (name != QLatin1String("trend"))
            return tr("--period is for the trend report only");
        if (c.period != QLatin1String("day") && c.period != QLatin1String("week") && c.period != QLatin1String("month"))
            return tr("--period is day, week or month, not %1").arg(c.period);
    }
    if (!c.by.isEmpty()) {
        if (name == QLatin1String("ranking")) {
            if (c.by != QLatin1String("agent") && c.by != QLatin1String("team"))
                return tr("ranking --by is agent or team, not %1").arg(c.by);
        } else if (name == QLatin1String("problems")) {
            if (c.by != QLatin1String("item") && c.by != QLatin1String("rule"))
                return tr("problems --by is item or rule, not %1").arg(c.by);
        } else {
            return tr("--by is for the ranking (agent|team) and problems (item|rule) reports only");
        }
    }
    if (!c.filter.channel.isEmpty() && c.filter.channel != QLatin1String("call") &&
        c.filter.channel != QLatin1String("chat"))
        return tr("--channel is call or chat, not %1").arg(c.filter.channel);
    static const QStringList businessTypes{QStringLiteral("consult"), QStringLiteral("fault"),
                                           QStringLiteral("complaint"), QStringLiteral("service_request"),
                                           QStringLiteral("other")};
    if (!c.filter.businessType.isEmpty() && !businessTypes.contains(c.filter.businessType))
        return tr("--business-type is one of %1, not %2")
            .arg(businessTypes.join(QStringLiteral(", ")), c.filter.businessType);
    if (c.filter.from.isValid() && c.filter.to.isValid() && c.filter.from > c.filter.to)
        return tr("--to (%1) is before --from (%2)")
            .arg(c.filter.to.toString(Qt::ISODate), c.filter.from.toString(Qt::ISODate));
    return QString();
}

int Cli::runReport(Store &store, const ReportCommand &c)
{
    ReportRepository reports(store);
    const QString name = c.args.constFirst();
    QString error;
    std::optional<ReportTable> table;
    if (name == QLatin1String("summary") || name == QLatin1String("distribution")) {
        if (const auto d = reports.distribution(c.filter, &error))
            table = name == QLatin1String("summary") ? ReportRepository::summaryTable(*d) : ReportRepository::table(*d);
    } else if (name == QLatin1String("trend")) {
        const ReportPeriod period = c.period == QLatin1String("day")     ? ReportPeriod::Day
                                    : c.period == QLatin1String("month") ? ReportPeriod::Month
                                                                         : ReportPeriod::Week;
        if (const auto rows = reports.trend(c.filter, period, &error))
            table = ReportRepository::table(*rows);
    } else if (name == QLatin1String("ranking")) {
        const RankingBy by = c.by == QLatin1String("team") ? RankingBy::Team : RankingBy::Agent;
        if (const auto rows = reports.ranking(c.filter, by, &error))
            table = ReportRepository::table(*rows, by);
    } else if (name == QLatin1String("items")) {
        if (const auto rows = reports.items(c.filter, &error))
            table = ReportRepository::table(*rows);
    } else if (name == QLatin1String("problems")) {
        if (const auto p = reports.problems(c.filter, &error))
            table = c.by == QLatin1String("rule") ? ReportRepository::rulesTable(*p) : ReportRepository::itemsTable(*p);
    } else if (name == QLatin1String("inspectors")) {
        if (const auto rows = reports.inspectors(c.filter, &error))
            table = ReportRepository::table(*rows);
    }
    if (!table) {
        m_err << "qawb: error: " << error << Qt::endl;
        return 1;
    }
    const QByteArray data = c.format == QLatin1String("json") ? table->toJson() : table->toCsv();
    if (!c.output.isEmpty()) {
        QSaveFile out(c.output);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
            m_err << "qawb: error: " << tr("cannot write %1: %2").arg(c.output, out.errorString()) << Qt::endl;
            return 1;
        }
        return 0;
    }
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    m_out << Qt::flush;
    stdoutFile.write(data);
    return 0;
}

} // namespace qawb
