// Indicator monitoring over many generated conversations (default 100,000 over 91 days: 70 % chats of 10 messages,
// 30 % calls; 200 agents in 10 teams; 60,000 customers so some come back): the time to fold the chats' response
// times into indicator_metrics, then each query's median (store up to date), with the sqlite3 shell as reference:
// the same aggregate over the same tables, and the first response computed on the fly from the turns (what the
// metrics table saves). Target: well under 1 s a query.
//
//   bench_indicators [--count N] [--repeat N] [--workdir DIR] [--reuse]
#include "benchmachine.h"

#include "core/importer.h"
#include "core/indicators.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

using namespace qawb;
using namespace qawb::bench;

namespace {

const QDate kLastDay(2026, 11, 22);
constexpr int kDays = 91;

QString generate(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QRandomGenerator random(20261123);
    const QDateTime start(kLastDay.addDays(-(kDays - 1)), QTime(0, 0), QTimeZone(8 * 3600));
    const qint64 span = qint64(kDays) * 24 * 3600;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(span * i / count);
        const bool chat = random.bounded(10) < 7;
        const int agent = random.bounded(200);
        QString line = QStringLiteral("{\"id\":\"b%1\",\"channel\":\"%2\",\"agent_id\":\"A%3\",\"agent_name\":"
                                      "\"坐席%3\",\"team\":\"组%4\",\"started_at\":\"%5\",\"wait_s\":%6,\"csat\":%7,"
                                      "\"resolved\":%8,\"customer_id\":\"C%9\",\"turns\":[")
                           .arg(i)
                           .arg(chat ? QStringLiteral("chat") : QStringLiteral("call"))
                           .arg(agent)
                           .arg(agent % 10)
                           .arg(at.toString(Qt::ISODate))
                           .arg(random.bounded(60))
                           .arg(1 + random.bounded(5))
                           .arg(random.bounded(10) < 8 ? QStringLiteral("true") : QStringLiteral("false"))
                           .arg(random.bounded(60000));
        const int turns = chat ? 10 : 6;
        qint64 offset = 0;
        for (int t = 0; t < turns; ++t) {
            const bool customer = t % 2 == 0;
            offset += 5 + random.bounded(customer ? 30 : 60);
            line += QStringLiteral("%1{\"speaker\":\"%2\",\"text\":\"%3\",")
                        .arg(t == 0 ? QString() : QStringLiteral(","),
                             customer ? QStringLiteral("customer") : QStringLiteral("agent"),
                             customer ? QStringLiteral("请问话费怎么查？") : QStringLiteral("您好，马上为您查询。"));
            if (chat)
                line += QStringLiteral("\"at\":\"%1\"}").arg(at.addSecs(offset).toString(Qt::ISODate));
            else
                line += QStringLiteral("\"start_ms\":%1,\"end_ms\":%2}").arg(offset * 1000).arg(offset * 1000 + 4000);
        }
        line += QStringLiteral("]}\n");
        file.write(line.toUtf8());
    }
    return {};
}

double shellMs(const QString &storePath, const QString &sql)
{
    QElapsedTimer t;
    t.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {storePath, sql});
    sqlite.waitForFinished(-1);
    return t.nsecsElapsed() / 1e6;
}

qint64 ms(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("conversations"), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs per query"),
                                          QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("where the store goes"),
                                           QStringLiteral("DIR"),
                                           QDir::tempPath() + QStringLiteral("/qawb-indicators"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("keep an existing store"));
    parser.addOptions({countOption, repeatOption, workdirOption, reuseOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString dir = parser.value(workdirOption);
    QDir().mkpath(dir);
    const QString storePath = dir + QStringLiteral("/indicators.db");

    out(QStringLiteral("machine: %1, load %2").arg(cpuModel(), loadAverage()));
    if (!parser.isSet(reuseOption) || !QFile::exists(storePath)) {
        QFile::remove(storePath);
        const QString data = dir + QStringLiteral("/conversations.jsonl");
        if (const QString error = generate(data, count); !error.isEmpty()) {
            out(QStringLiteral("cannot write %1: %2").arg(data, error));
            return 1;
        }
        QString error;
        auto store = Store::open(storePath, &error);
        if (!store) {
            out(error);
            return 1;
        }
        ImportOptions options;
        options.userId = UserRepository(*store).ensure(QStringLiteral("bench")).id;
        QElapsedTimer t;
        t.start();
        const ImportReport report = Importer(*store, options).run({data});
        if (!report.ok) {
            out(report.summary());
            return 1;
        }
        out(QStringLiteral("imported %1 conversations in %2 s").arg(count).arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }
    QString error;
    auto store = Store::open(storePath, &error);
    if (!store) {
        out(error);
        return 1;
    }
    IndicatorRepository repository(*store);
    {
        QElapsedTimer t;
        t.start();
        const qint64 folded = repository.update(&error);
        if (folded < 0) {
            out(error);
            return 1;
        }
        const double foldMs = t.nsecsElapsed() / 1e6;
        // The reference: the sqlite3 shell reading every chat's turns in order (what the fold reads).
        const double shell = shellMs(storePath, QStringLiteral("SELECT count(*), sum(t.at_ms) FROM conversations c "
                                                               "JOIN turns t ON t.conversation_id = c.id "
                                                               "WHERE c.channel = 'chat';"));
        out(QStringLiteral("fold: %1 chats' response times in %2 ms; sqlite3 reading their turns %3 ms (%4×)")
                .arg(folded)
                .arg(foldMs, 0, 'f', 0)
                .arg(shell, 0, 'f', 0)
                .arg(foldMs / shell, 0, 'f', 2));
    }

    IndicatorFilter week;
    week.from = kLastDay.addDays(-6);
    week.to = kLastDay;
    IndicatorFilter month = week;
    month.from = kLastDay.addDays(-27);
    IndicatorFilter agent = week;
    agent.agent = QStringLiteral("A7");

    // The shell's equivalents: the same aggregate over the same rows (period and its 4 baseline periods), and the
    // same with the first response worked out from the turns on the fly instead of indicator_metrics.
    const auto aggregate = [&](const IndicatorFilter &f, const QString &group, bool onTheFly) {
        const int len = int(f.from.daysTo(f.to)) + 1;
        const QDate start = f.from.addDays(-4 * len);
        const QString first =
            onTheFly ? QStringLiteral("(SELECT min(a.at_ms) FROM turns a WHERE a.conversation_id = c.id AND "
                                      "a.speaker = 'agent') - (SELECT min(u.at_ms) FROM turns u WHERE "
                                      "u.conversation_id = c.id AND u.speaker = 'customer')")
                     : QStringLiteral("m.first_response_s");
        return QStringLiteral(
                   "SELECT count(*) FROM (SELECT CAST(julianday(substr(c.started_at, 1, 10)) - julianday('%1') AS "
                   "INTEGER) / %2 AS period, %3 AS grp, count(*), sum(c.wait_s), count(c.wait_s), sum(c.turn_count), "
                   "sum(c.resolved), count(c.resolved), sum(c.csat), sum(c.csat = 1), sum(c.csat = 2), "
                   "sum(c.csat = 3), sum(c.csat = 4), sum(c.csat = 5), count(c.customer_id), "
                   "sum(CASE WHEN c.customer_id IS NOT NULL THEN EXISTS (SELECT 1 FROM conversations p WHERE "
                   "p.customer_id IS NOT NULL AND p.customer_id = c.customer_id AND p.started_ms > c.started_ms AND "
                   "p.started_ms <= c.started_ms + 604800000) END), sum(%4), count(%4), sum(m.response_avg_s) "
                   "FROM conversations c LEFT JOIN indicator_metrics m ON m.conversation_id = c.id "
                   "WHERE c.started_ms >= %5 AND c.started_ms < %6 AND substr(c.started_at, 1, 10) BETWEEN '%1' "
                   "AND '%7' %8 GROUP BY period, grp);")
            .arg(start.toString(Qt::ISODate))
            .arg(len)
            .arg(group, first)
            .arg(ms(start) - 14 * 3600000LL)
            .arg(ms(f.to.addDays(1)) + 14 * 3600000LL)
            .arg(f.to.toString(Qt::ISODate),
                 f.agent.isEmpty() ? QString() : QStringLiteral("AND c.agent_id = '%1'").arg(f.agent));
    };

    struct Case
    {
        QString name;
        std::function<bool()> run;
        QString sql;         // the shell's equivalent
        QString onTheFlySql; // the same computing first responses from the turns
    };
    std::vector<Case> cases;
    cases.push_back({QStringLiteral("report, last 7 days"),
                     [&] { return repository.report(week, QString(), &error).has_value(); },
                     aggregate(week, QStringLiteral("''"), false), aggregate(week, QStringLiteral("''"), true)});
    cases.push_back({QStringLiteral("report by agent, last 7 days"),
                     [&] { return repository.report(week, QStringLiteral("agent"), &error).has_value(); },
                     aggregate(week, QStringLiteral("c.agent_id"), false),
                     aggregate(week, QStringLiteral("c.agent_id"), true)});
    cases.push_back({QStringLiteral("report by team, last 28 days"),
                     [&] { return repository.report(month, QStringLiteral("team"), &error).has_value(); },
                     aggregate(month, QStringLiteral("c.team_id"), false),
                     aggregate(month, QStringLiteral("c.team_id"), true)});
    cases.push_back(
        {QStringLiteral("click-through first_response, 7 days"),
         [&] {
             return repository.conversations(week, QStringLiteral("first_response"), 200, false, &error).has_value();
         },
         QStringLiteral("SELECT count(*) FROM (SELECT c.id FROM conversations c JOIN indicator_metrics m "
                        "ON m.conversation_id = c.id WHERE c.started_ms >= %1 AND c.started_ms < %2 "
                        "ORDER BY m.first_response_s > 30 DESC, c.started_ms DESC LIMIT 200);")
             .arg(ms(week.from) - 14 * 3600000LL)
             .arg(ms(week.to.addDays(1)) + 14 * 3600000LL),
         QString()});
    cases.push_back(
        {QStringLiteral("click-through repeat_contact, 1 agent"),
         [&] {
             return repository.conversations(agent, QStringLiteral("repeat_contact"), 200, false, &error).has_value();
         },
         QString(), QString()});

    out(QStringLiteral("query                                        median ms   sqlite3 same SQL ms   ratio   "
                       "sqlite3 first response from turns ms"));
    bool allUnder = true;
    for (const Case &c : cases) {
        std::vector<double> times;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer q;
            q.start();
            if (!c.run()) {
                out(c.name + QStringLiteral(": ") + error);
                return 1;
            }
            times.push_back(q.nsecsElapsed() / 1e6);
        }
        const double m = median(times);
        allUnder &= m < 1000;
        const double shell = c.sql.isEmpty() ? 0 : shellMs(storePath, c.sql);
        const double fly = c.onTheFlySql.isEmpty() ? 0 : shellMs(storePath, c.onTheFlySql);
        out(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(c.name, -42)
                .arg(m, 11, 'f', 1)
                .arg(shell > 0 ? QString::number(shell, 'f', 1) : QStringLiteral("-"), 21)
                .arg(shell > 0 ? QString::number(m / shell, 'f', 2) + QStringLiteral("×") : QStringLiteral("-"), 7)
                .arg(fly > 0 ? QString::number(fly, 'f', 1) : QStringLiteral("-"), 38));
    }
    // Incremental: 1,000 conversations re-imported with changed content (their hash), then the next report.
    {
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("UPDATE conversations SET content_hash = content_hash || 'x' WHERE rowid % 100 = 0"));
        q.exec(QStringLiteral("SELECT count(*) FROM indicator_pending"));
        const int changed = q.next() ? q.value(0).toInt() : -1;
        QElapsedTimer t;
        t.start();
        if (!repository.report(week, QString(), &error)) {
            out(error);
            return 1;
        }
        out(QStringLiteral("report after %1 conversations changed: %2 ms")
                .arg(changed)
                .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));
    }
    out(QStringLiteral("peak RSS %1 MiB; every query < 1 s: %2")
            .arg(vmHwmKiB() / 1024.0, 0, 'f', 0)
            .arg(allUnder ? QStringLiteral("yes") : QStringLiteral("NO")));
    return 0;
}
