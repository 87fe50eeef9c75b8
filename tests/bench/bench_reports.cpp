// QA reports over a big store: 1,000,000 submitted evaluations with 5,000,000 answers (1,000,000 conversations over
// 2026, 200 agents in 10 teams, 20 inspectors, 1% calibration evaluations on top, ~300,000 auto-QA hits). Prints the
// rollup's first build and an incremental refresh, then each report's time (median of --repeat runs, rollup up to
// date) next to the sqlite3 shell running the equivalent plain SQL on the base tables (evaluations ⋈ conversations
// ⋈ queues [⋈ answers]), and the ratio. Target: under 1 s a report.
//
//   bench_reports [--count N] [--repeat N] [--workdir DIR] [--reuse]
#include "benchmachine.h"

#include "core/reports.h"
#include "core/sqlstatement.h"
#include "core/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <functional>

using namespace qawb;
using namespace qawb::bench;

namespace {

const char *kCard = R"({"format":"qawb-scorecard/1","id":"bench","version":1,"pass_score":80,"sections":[
    {"id":"s","title":{"en":"All"},"items":[
      {"id":"greeting","type":"yesno","points":20,"target":0.98,"text":{"en":"Greeting"}},
      {"id":"verify","type":"yesno","points":20,"target":0.95,"text":{"en":"Verify"}},
      {"id":"hold","type":"yesno","points":20,"na_allowed":true,"target":0.95,"text":{"en":"Hold"}},
      {"id":"resolved","type":"yesno","points":40,"text":{"en":"Resolved"}},
      {"id":"no_forbidden","type":"yesno","points":0,"fatal":true,"target":0.98,"text":{"en":"No forbidden"}}]}]})";

QString uuid(QRandomGenerator &r)
{
    const quint64 a = r.generate64(), b = r.generate64();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

bool exec(Store &store, const QString &sql, QString *error)
{
    return store.execScript(sql, error);
}

// Writes the generated data with raw statements in one transaction (sync triggers held off as sync itself does).
bool generate(Store &store, int count, QString *error)
{
    sqlite3 *db = store.handle();
    if (!exec(store, QStringLiteral("BEGIN; INSERT INTO sync_applying(x) VALUES(1);"), error))
        return false;
    const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
    QString setup = QStringLiteral("INSERT INTO scorecards(id, name, created_at) VALUES('sc-bench', 'bench', '%1');"
                                   "INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, "
                                   "published_at) VALUES('scv-bench', 'sc-bench', 1, '%2', 'published', '%1');"
                                   "INSERT INTO rule_sets(id, key, name, created_at) VALUES('rs', 'rs', 'rs', '%1');"
                                   "INSERT INTO rule_set_versions(id, rule_set_id, version, definition, rule_digests, "
                                   "imported_at) VALUES('rsv', 'rs', 1, '{}', '{}', '%1');")
                        .arg(at, QString::fromUtf8(kCard));
    for (int t = 0; t < 10; ++t)
        setup += QStringLiteral("INSERT INTO teams(id, name) VALUES('team-%1', '组%1');").arg(t);
    for (int a = 0; a < 200; ++a)
        setup += QStringLiteral("INSERT INTO agents(id, name, team_id, updated_at) VALUES('A%1', '坐席%1', 'team-%2', "
                                "'%3');")
                     .arg(a)
                     .arg(a % 10)
                     .arg(at);
    for (int i = 0; i < 21; ++i)
        setup += QStringLiteral("INSERT INTO users(id, login, display_name, created_at) VALUES('user-%1', 'qa%1', "
                                "'质检%1', '%2');"
                                "INSERT INTO queues(id, name, inspector_id, kind, created_at, updated_at) "
                                "VALUES('queue-%1', 'q', 'user-%1', '%3', '%2', '%2');")
                     .arg(i)
                     .arg(at, i == 20 ? QStringLiteral("calibration") : QStringLiteral("sample"));
    if (!exec(store, setup, error))
        return false;
    Statement conv(db, "INSERT INTO conversations(id, channel, agent_id, team_id, business_type, started_at, "
                       "started_ms, content_hash, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, 'h', ?)");
    Statement eval(db, "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, queue_id, "
                       "status, score, fatal, created_at, updated_at, submitted_at, failed_items) "
                       "VALUES(?, ?, 'scv-bench', ?, ?, 'submitted', ?, ?, ?, ?, ?, ?)");
    Statement answer(db, "INSERT INTO answers(evaluation_id, item_id, value, updated_at) VALUES(?, ?, ?, ?)");
    Statement hit(db, "INSERT INTO rule_hits(conversation_id, rule_set_version_id, rule_id, category, severity) "
                      "VALUES(?, 'rsv', ?, ?, 'major')");
    static const QString items[] = {QStringLiteral("greeting"), QStringLiteral("verify"), QStringLiteral("hold"),
                                    QStringLiteral("resolved"), QStringLiteral("no_forbidden")};
    static const QString types[] = {QStringLiteral("consult"), QStringLiteral("fault"), QStringLiteral("complaint"),
                                    QStringLiteral("service_request"), QStringLiteral("other")};
    static const QString rules[] = {QStringLiteral("greeting.missing"), QStringLiteral("closing.missing"),
                                    QStringLiteral("timing.dead_air"), QStringLiteral("forbidden.phrase"),
                                    QStringLiteral("risk.complaint")};
    QRandomGenerator r(20261123);
    const QDateTime year(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    auto step = [&](Statement &s) {
        const bool ok = s.step() == SQLITE_DONE;
        if (!ok)
            *error = s.error();
        s.reset();
        return ok;
    };
    for (int i = 0; i < count; ++i) {
        const qint64 ms = year.toMSecsSinceEpoch() + qint64(i) * (365LL * 86400000 / count);
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600);
        const QString id = QStringLiteral("CONV-%1").arg(i, 8, 10, QLatin1Char('0'));
        const int agent = int(r.bounded(200));
        conv.text(1, id);
        conv.text(2, r.bounded(2) ? QStringLiteral("call") : QStringLiteral("chat"));
        conv.text(3, QStringLiteral("A%1").arg(agent));
        conv.text(4, QStringLiteral("team-%1").arg(agent % 10));
        conv.text(5, types[r.bounded(5)]);
        conv.text(6, started.toString(Qt::ISODate));
        conv.integer(7, ms);
        conv.text(8, at);
        if (!step(conv))
            return false;
        // The evaluation: answers first, the score from them (pass 80).
        QString values[5];
        double score = 0, possible = 0;
        int failed = 0;
        for (int k = 0; k < 5; ++k) {
            const quint32 roll = r.bounded(100);
            values[k] = (k == 2 && roll < 30)        ? QStringLiteral("na")
                        : roll < (k == 4 ? 2u : 12u) ? QStringLiteral("no")
                                                     : QStringLiteral("yes");
            static const double points[] = {20, 20, 20, 40, 0};
            if (values[k] != QLatin1String("na") && k != 4) {
                possible += points[k];
                score += values[k] == QLatin1String("yes") ? points[k] : 0;
            }
            failed += values[k] == QLatin1String("no");
        }
        const bool fatal = values[4] == QLatin1String("no");
        score = fatal ? 0 : std::round(score / possible * 1000) / 10;
        const int inspector = int(r.bounded(20));
        for (int pass = 0; pass < (i % 100 == 0 ? 2 : 1); ++pass) {
            // Every 100th conversation also goes to the calibration queue's inspector (excluded from reports).
            const QString evaluationId = uuid(r);
            const qint64 created = ms + 3600000LL * (1 + r.bounded(48));
            const qint64 submitted = created + 1000LL * (60 + r.bounded(900));
            eval.text(1, evaluationId);
            eval.text(2, id);
            eval.text(3, QStringLiteral("user-%1").arg(pass ? 20 : inspector));
            eval.text(4, QStringLiteral("queue-%1").arg(pass ? 20 : inspector));
            eval.real(5, score);
            eval.integer(6, fatal ? 1 : 0);
            const QString createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODateWithMs);
            eval.text(7, createdAt);
            eval.text(8, createdAt);
            eval.text(9, QDateTime::fromMSecsSinceEpoch(submitted, Qt::UTC).toString(Qt::ISODateWithMs));
            eval.integer(10, failed);
            if (!step(eval))
                return false;
            for (int k = 0; k < 5; ++k) {
                answer.text(1, evaluationId);
                answer.text(2, items[k]);
                answer.text(3, values[k]);
                answer.text(4, createdAt);
                if (!step(answer))
                    return false;
            }
        }
        for (int h = 0; h < 5; ++h) {
            if (r.bounded(100) < 6) {
                hit.text(1, id);
                hit.text(2, rules[h]);
                hit.text(3, h == 3 ? QStringLiteral("forbidden") : QStringLiteral("script"));
                if (!step(hit))
                    return false;
            }
        }
    }
    return exec(store, QStringLiteral("DELETE FROM sync_applying; DELETE FROM search_pending; COMMIT;"), error);
}

// The sqlite3 shell running sql on the store: milliseconds, median of repeat runs (process start included, ~2 ms).
double shellMs(const QString &store, const QString &sql, int repeat, QString *output)
{
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {store, sql});
        p.waitForFinished(-1);
        ms.push_back(t.nsecsElapsed() / 1e6);
        *output = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    return median(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("submitted evaluations (1000000)"),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs per query (5)"),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("where the store goes"),
                                           QStringLiteral("DIR"),
                                           QDir::temp().filePath(QStringLiteral("qawb-reports")));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("keep an existing store"));
    parser.addOptions({countOption, repeatOption, workdirOption, reuseOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString dir = parser.value(workdirOption);
    QDir().mkpath(dir);
    const QString storePath = QDir(dir).filePath(QStringLiteral("reports.db"));
    out(QStringLiteral("machine: %1, load %2").arg(cpuModel(), loadAverage()));
    QString error;
    if (!parser.isSet(reuseOption) || !QFile::exists(storePath)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(storePath + suffix);
        auto store = Store::open(storePath, &error);
        if (!store) {
            out(error);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!generate(*store, count, &error)) {
            out(QStringLiteral("generating: ") + error);
            return 1;
        }
        out(QStringLiteral("generated %1 submitted evaluations (+%2 calibration), %3 answers, in %4 s")
                .arg(count)
                .arg((count + 99) / 100)
                .arg(qint64(count + (count + 99) / 100) * 5)
                .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1));
    }
    auto store = Store::open(storePath, &error);
    if (!store) {
        out(error);
        return 1;
    }
    ReportRepository reports(*store);
    {
        // Always time the whole build: every evaluation pending, nothing folded.
        if (!store->execScript(
                QStringLiteral(
                    "BEGIN; DELETE FROM report_facts; DELETE FROM report_pending; "
                    "INSERT INTO report_pending SELECT id FROM evaluations; DELETE FROM report_conversations; "
                    "DELETE FROM report_conversations_pending; INSERT INTO "
                    "report_conversations_pending SELECT id FROM conversations; COMMIT;"),
                &error)) {
            out(error);
            return 1;
        }
    }
    {
        QElapsedTimer t;
        t.start();
        const qint64 folded = reports.refresh(&error);
        if (folded < 0) {
            out(error);
            return 1;
        }
        out(QStringLiteral("rollup: %1 evaluations and conversations folded in %2 s (the first report after a bulk "
                           "import or upgrade)")
                .arg(folded)
                .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1));
    }
    {
        // An inspector's day: 1,000 evaluations re-saved (each marks itself pending), then the next report.
        QString ignored;
        store->execScript(QStringLiteral("UPDATE evaluations SET updated_at = updated_at WHERE rowid IN "
                                         "(SELECT rowid FROM evaluations ORDER BY rowid LIMIT 1000)"),
                          &ignored);
        QElapsedTimer t;
        t.start();
        const qint64 folded = reports.refresh(&error);
        out(QStringLiteral("incremental: %1 changed evaluations folded in %2 ms")
                .arg(folded)
                .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));
    }

    ReportFilter all;
    all.from = QDate(2026, 1, 1);
    all.to = QDate(2026, 12, 31);
    ReportFilter teamMonth = all;
    teamMonth.team = QStringLiteral("组3");
    teamMonth.from = QDate(2026, 6, 1);
    teamMonth.to = QDate(2026, 6, 30);

    // The plain SQL the sqlite3 shell runs: the same report straight from the base tables.
    const QString base = QStringLiteral(
        " FROM evaluations e JOIN conversations c ON c.id = e.conversation_id LEFT JOIN queues q ON q.id = e.queue_id "
        "WHERE e.status = 'submitted' AND (q.kind IS NULL OR q.kind <> 'calibration') "
        "AND substr(c.started_at, 1, 10) BETWEEN '2026-01-01' AND '2026-12-31'");
    const QString teamBase = QStringLiteral(
        " FROM evaluations e JOIN conversations c ON c.id = e.conversation_id LEFT JOIN queues q ON q.id = e.queue_id "
        "WHERE e.status = 'submitted' AND (q.kind IS NULL OR q.kind <> 'calibration') "
        "AND c.team_id = (SELECT id FROM teams WHERE name = '组3') AND c.started_ms >= 1780272000000 - 86400000 "
        "AND c.started_ms < 1782864000000 + 86400000 AND substr(c.started_at, 1, 10) BETWEEN '2026-06-01' AND "
        "'2026-06-30'");
    const QString passed = QStringLiteral("sum(e.fatal = 0 AND e.score >= 80)");
    struct Case
    {
        QString name;
        std::function<qint64()> run; // rows or count, -1 on error
        QString sql;
    };
    std::vector<Case> cases{
        {QStringLiteral("distribution (year)"),
         [&] {
             const auto d = reports.distribution(all, &error);
             return d ? qint64(d->count) : -1;
         },
         QStringLiteral("SELECT count(*), avg(e.score), %1, sum(e.fatal)%2; "
                        "SELECT min(CAST(e.score / 10 AS INT), 9) b, count(*)%2 GROUP BY b;")
             .arg(passed, base)},
        {QStringLiteral("distribution (one team, one month)"),
         [&] {
             const auto d = reports.distribution(teamMonth, &error);
             return d ? qint64(d->count) : -1;
         },
         QStringLiteral("SELECT count(*), avg(e.score), %1, sum(e.fatal)%2; "
                        "SELECT min(CAST(e.score / 10 AS INT), 9) b, count(*)%2 GROUP BY b;")
             .arg(passed, teamBase)},
        {QStringLiteral("trend by week (year)"),
         [&] {
             const auto rows = reports.trend(all, ReportPeriod::Week, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT strftime('%Y-%W', substr(c.started_at, 1, 10)) w, count(*), avg(e.score), %1%2 "
                        "GROUP BY w;")
             .arg(passed, base)},
        {QStringLiteral("ranking by agent (year)"),
         [&] {
             const auto rows = reports.ranking(all, RankingBy::Agent, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT c.agent_id, count(*), avg(e.score) m, %1, sum(e.fatal)%2 GROUP BY c.agent_id "
                        "ORDER BY m DESC;")
             .arg(passed, base)},
        {QStringLiteral("ranking by team (year)"),
         [&] {
             const auto rows = reports.ranking(all, RankingBy::Team, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT c.team_id, count(*), avg(e.score) m, %1, sum(e.fatal)%2 GROUP BY c.team_id "
                        "ORDER BY m DESC;")
             .arg(passed, base)},
        {QStringLiteral("items (year)"),
         [&] {
             const auto rows = reports.items(all, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT a.item_id, sum(a.value = 'yes'), sum(a.value = 'no'), sum(a.value = 'na')%1 "
                        "GROUP BY a.item_id;")
             .arg(QString(base).replace(QStringLiteral(" WHERE "),
                                        QStringLiteral(" JOIN answers a ON a.evaluation_id = e.id WHERE ")))},
        {QStringLiteral("items (one team, one month)"),
         [&] {
             const auto rows = reports.items(teamMonth, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT a.item_id, sum(a.value = 'yes'), sum(a.value = 'no'), sum(a.value = 'na')%1 "
                        "GROUP BY a.item_id;")
             .arg(QString(teamBase).replace(QStringLiteral(" WHERE "),
                                            QStringLiteral(" JOIN answers a ON a.evaluation_id = e.id WHERE ")))},
        {QStringLiteral("problems: items + rules (year)"),
         [&] {
             const auto p = reports.problems(all, &error);
             return p ? qint64(p->items.size() + p->rules.size()) : -1;
         },
         QStringLiteral("SELECT a.item_id, count(*)%1 AND a.value = 'no' GROUP BY a.item_id; "
                        "SELECT count(*) FROM conversations c WHERE substr(c.started_at, 1, 10) BETWEEN '2026-01-01' "
                        "AND '2026-12-31'; SELECT h.rule_id, count(*), count(DISTINCT h.conversation_id) "
                        "FROM rule_hits h JOIN conversations c ON c.id = h.conversation_id WHERE "
                        "substr(c.started_at, 1, 10) BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY h.rule_id;")
             .arg(QString(base).replace(QStringLiteral(" WHERE "),
                                        QStringLiteral(" JOIN answers a ON a.evaluation_id = e.id WHERE ")))},
        {QStringLiteral("inspectors (year)"),
         [&] {
             const auto rows = reports.inspectors(all, &error);
             return rows ? qint64(rows->size()) : -1;
         },
         QStringLiteral("SELECT e.inspector_id, count(*), avg(e.score), %1, "
                        "avg((julianday(e.submitted_at) - julianday(e.created_at)) * 86400)%2 GROUP BY e.inspector_id;")
             .arg(passed, base)},
    };
    out(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(QStringLiteral("report"), -38)
            .arg(QStringLiteral("rows"), 8)
            .arg(QStringLiteral("qawb median ms"), 15)
            .arg(QStringLiteral("sqlite3 plain SQL ms"), 21)
            .arg(QStringLiteral("ratio"), 8));
    bool allUnder = true;
    for (const Case &c : cases) {
        std::vector<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            rows = c.run();
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (rows < 0) {
                out(c.name + QStringLiteral(": ") + error);
                return 1;
            }
        }
        QString shellOut;
        const double shell = shellMs(storePath, c.sql, std::min(repeat, 3), &shellOut);
        const double m = median(ms);
        allUnder &= m < 1000;
        out(QStringLiteral("%1 %2 %3 %4 %5×")
                .arg(c.name, -38)
                .arg(rows, 8)
                .arg(m, 15, 'f', 1)
                .arg(shell, 21, 'f', 1)
                .arg(m / shell, 7, 'f', 3));
    }
    out(QStringLiteral("store %1 MiB; peak RSS %2 MiB; every report under 1 s: %3")
            .arg(QFileInfo(storePath).size() / 1048576.0, 0, 'f', 0)
            .arg(vmHwmKiB() / 1024.0, 0, 'f', 0)
            .arg(allUnder ? QStringLiteral("yes") : QStringLiteral("NO")));
    return 0;
}
