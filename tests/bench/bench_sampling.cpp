// Sampling benchmark: drawing a sample from 1,000,000 conversations and assigning it.
//
// 1. Generates a store (seeded, deterministic) with N conversations in one week — 500 agents in 25 teams, calls and
//    chats, CSAT, resolution, business types, a customer id on a third of them (repeat contacts), auto-QA hits on
//    about 12% (risk, forbidden phrases, missing greeting, dead air), 1% already in an open queue — plus a 28-day
//    baseline of N/5 conversations before it (agent indicator anomalies). Kept and reused with --reuse.
// 2. In a fresh child process per repetition (so its peak RSS is its own): loads the candidates with
//    SamplingRepository::loadCandidates (the sample query: period, scope, every trigger, exclusions), draws a 2%
//    sample stratified by agent × channel × weekday with minimums, maximums and capped triggers, stores it, and
//    assigns it to 20 inspectors with a calibration set of 10. Prints seconds per phase and peak RSS.
// 3. For scale: the sqlite3 shell reading the same columns of the same rows (the bare cost of the scan).
//
// Run it with tests/bench/run-sampling-bench.sh; `bench_sampling --help` lists the options.

#include "benchmachine.h"
#include "core/rulesetrepository.h"
#include "core/sampling.h"
#include "core/samplingrepository.h"
#include "core/sqlstatement.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace qawb;
using qawb::bench::cpuModel;
using qawb::bench::loadAverage;
using qawb::bench::median;
using qawb::bench::out;
using qawb::bench::vmHwmKiB;

namespace {

constexpr int kFormatVersion = 1; // bump when the generated data changes, so --reuse regenerates
const QDate kWeek(2026, 11, 9);   // the sampled period: Monday 9 – Sunday 15 November 2026

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_sampling: %s\n", qPrintable(message));
    std::exit(1);
}

SamplePeriod period()
{
    // The week in +08:00, as the generated timestamps are (independent of the machine's time zone).
    const qint64 from = QDateTime(kWeek, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch();
    return {from, from + 7LL * 24 * 3600 * 1000};
}

const char kPlan[] = R"({"format": "qawb-sampling-plan/1", "name": "bench", "rate": 0.02, "seed": 42,
  "stratify": ["channel", "weekday"], "per_agent": {"min": 4, "max": 60},
  "triggers": [{"kind": "risk", "cap": 2000}, {"kind": "forbidden", "cap": 1000}, {"kind": "no_greeting", "cap": 500},
               {"kind": "low_csat", "cap": 1000}, {"kind": "complaint", "cap": 500}, {"kind": "unresolved", "cap": 500},
               {"kind": "repeat_contact", "cap": 500}, {"kind": "long_silence", "cap": 500},
               {"kind": "anomaly", "cap": 500}],
  "exclude": {"min_call_s": 20, "min_chat_messages": 3}})";

void generate(const QString &path, int count)
{
    QFile::remove(path);
    QString error;
    auto store = Store::open(path, &error);
    if (!store)
        die(error);
    UserRepository users(*store);
    const User admin = users.ensure(QStringLiteral("admin"), QStringLiteral("Admin"));
    for (int i = 0; i < 20; ++i)
        users.ensure(QStringLiteral("inspector%1").arg(i), QStringLiteral("质检员%1").arg(i));
    if (!RuleSetRepository(*store).ensureActive(admin.id, &error))
        die(error);
    const QString ruleSetVersion = RuleSetRepository(*store).active()->versionId;
    sqlite3 *db = store->handle();
    const auto exec = [&](const char *sql) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
            die(QString::fromUtf8(message));
    };
    exec("BEGIN");
    Statement team(db, "INSERT INTO teams(id, name) VALUES(?1, ?2)");
    Statement agent(db, "INSERT INTO agents(id, name, team_id, updated_at) VALUES(?1, ?2, ?3, 'x')");
    for (int t = 0; t < 25; ++t) {
        team.text(1, QStringLiteral("team-%1").arg(t));
        team.text(2, QStringLiteral("第%1组").arg(t + 1));
        team.step();
        team.reset();
    }
    for (int a = 0; a < 500; ++a) {
        agent.text(1, QStringLiteral("A%1").arg(a, 4, 10, QLatin1Char('0')));
        agent.text(2, QStringLiteral("坐席%1").arg(a));
        agent.text(3, QStringLiteral("team-%1").arg(a % 25));
        agent.step();
        agent.reset();
    }
    exec("INSERT INTO queues(id, name, inspector_id, kind, status, created_at, updated_at) "
         "SELECT 'open-queue', 'Open', id, 'manual', 'open', 'x', 'x' FROM users WHERE login = 'inspector0'");
    Statement conv(db, "INSERT INTO conversations(id, channel, agent_id, team_id, business_type, started_at, "
                       "started_ms, duration_s, csat, resolved, extra, turn_count, content_hash, imported_at) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'h', 'x')");
    Statement hit(db, "INSERT INTO rule_hits(conversation_id, rule_set_version_id, rule_id, category, severity) "
                      "VALUES(?1, ?2, ?3, ?4, 'major')");
    Statement queued(db, "INSERT INTO queue_items(queue_id, conversation_id, position, added_at) "
                         "VALUES('open-queue', ?1, ?2, 'x')");
    static const char *const kBusiness[] = {"consult", "fault", "complaint", "service_request", "other"};
    QRandomGenerator rng(20261123);
    const SamplePeriod week = period();
    const int baseline = count / 5;
    int queuePosition = 0;
    for (int i = 0; i < count + baseline; ++i) {
        const bool inWeek = i < count;
        const int a = int(rng.bounded(500));
        const bool call = rng.bounded(2) == 0;
        const qint64 startMs = inWeek ? week.fromMs + qint64(rng.bounded(7 * 24 * 3600)) * 1000
                                      : week.fromMs - qint64(rng.bounded(28 * 24 * 3600)) * 1000 - 1000;
        const QString id = QStringLiteral("c%1").arg(i, 8, 10, QLatin1Char('0'));
        conv.text(1, id);
        conv.text(2, call ? QStringLiteral("call") : QStringLiteral("chat"));
        conv.text(3, QStringLiteral("A%1").arg(a, 4, 10, QLatin1Char('0')));
        conv.text(4, QStringLiteral("team-%1").arg(a % 25));
        conv.text(5, QString::fromLatin1(kBusiness[rng.bounded(100) < 6 ? 2 : rng.bounded(5)]));
        conv.text(6, QDateTime::fromMSecsSinceEpoch(startMs, Qt::OffsetFromUTC, 8 * 3600).toString(Qt::ISODate));
        conv.integer(7, startMs);
        // Agents 0–9 take much longer this week than they used to (indicator anomaly).
        const double duration = 30 + rng.bounded(600) + (inWeek && a < 10 ? 400 : 0);
        conv.real(8, duration);
        if (rng.bounded(3) == 0)
            conv.null(9);
        else
            conv.integer(9, 1 + rng.bounded(100) < 8 ? 1 + rng.bounded(2) : 3 + rng.bounded(3));
        conv.integer(10, rng.bounded(100) < 7 ? 0 : 1);
        if (rng.bounded(3) == 0)
            conv.text(11, QStringLiteral(R"({"customer_id":"K%1"})").arg(rng.bounded(count / 2)));
        else
            conv.null(11);
        conv.integer(12, call ? 0 : 2 + rng.bounded(40));
        if (conv.step() != SQLITE_DONE)
            die(conv.error());
        conv.reset();
        if (inWeek && rng.bounded(100) < 12) {
            static const char *const kRules[][2] = {{"risk.complaint", "risk"},
                                                    {"forbidden.phrase", "forbidden"},
                                                    {"greeting.missing", "greeting"},
                                                    {"timing.dead_air", "timing"},
                                                    {"pii.mobile", "personal_data"}};
            const auto &rule = kRules[rng.bounded(5)];
            hit.text(1, id);
            hit.text(2, ruleSetVersion);
            hit.text(3, QString::fromLatin1(rule[0]));
            hit.text(4, QString::fromLatin1(rule[1]));
            if (hit.step() != SQLITE_DONE)
                die(hit.error());
            hit.reset();
        }
        if (inWeek && rng.bounded(100) == 0) {
            queued.text(1, id);
            queued.integer(2, queuePosition++);
            queued.step();
            queued.reset();
        }
    }
    exec("COMMIT");
    store->setMeta(QStringLiteral("bench_sampling_format"), QStringLiteral("%1/%2").arg(kFormatVersion).arg(count));
}

// One measured repetition, in its own process. Prints "phase seconds" lines and the peak RSS.
int measure(const QString &path)
{
    QString error;
    QElapsedTimer total;
    total.start();
    auto store = Store::open(path, &error);
    if (!store)
        die(error);
    const auto plan = SamplingPlan::fromJson(kPlan, &error);
    if (!plan)
        die(error);
    SamplingRepository repository(*store);
    QElapsedTimer t;
    t.start();
    const auto candidates = repository.loadCandidates(*plan, period(), &error);
    if (!candidates)
        die(error);
    const double load = t.nsecsElapsed() / 1e9;
    t.restart();
    const SampleResult result = drawSample(*plan, *candidates);
    const double draw = t.nsecsElapsed() / 1e9;
    const qint64 rssSample = vmHwmKiB();
    const User admin = *UserRepository(*store).byLogin(QStringLiteral("admin"));
    t.restart();
    const QString sampleId = repository.saveSample(admin, *plan, period(), result, &error);
    if (sampleId.isEmpty())
        die(error);
    const double save = t.nsecsElapsed() / 1e9;
    QStringList inspectors;
    for (const User &u : UserRepository(*store).all()) {
        if (u.login.startsWith(QLatin1String("inspector")))
            inspectors << u.id;
    }
    AssignmentOptions options;
    options.calibration = 10;
    t.restart();
    const auto summary = repository.assign(admin, sampleId, inspectors, options, &error);
    if (!summary)
        die(error);
    const double assign = t.nsecsElapsed() / 1e9;
    double low = 1e18, high = 0;
    for (const AssignmentSummary::Queue &q : summary->queues) {
        if (q.kind == QLatin1String("sample")) {
            low = std::min(low, q.seconds);
            high = std::max(high, q.seconds);
        }
    }
    out(QStringLiteral("candidates %1 eligible %2 picked %3 triggers %4 queues %5 spread %6")
            .arg(candidates->size())
            .arg(result.eligible)
            .arg(result.picks.size())
            .arg(std::count_if(result.picks.begin(), result.picks.end(),
                               [](const SamplePick &p) { return p.reason.startsWith(QLatin1String("trigger:")); }))
            .arg(summary->queues.size())
            .arg(high - low, 0, 'f', 0));
    out(QStringLiteral("times %1 %2 %3 %4 %5 %6 %7")
            .arg(load, 0, 'f', 3)
            .arg(draw, 0, 'f', 3)
            .arg(save, 0, 'f', 3)
            .arg(assign, 0, 'f', 3)
            .arg(total.nsecsElapsed() / 1e9, 0, 'f', 3)
            .arg(rssSample)
            .arg(vmHwmKiB()));
    // Leave the store as it was for the next repetition.
    store->execScript(QStringLiteral("DELETE FROM queue_items WHERE queue_id IN (SELECT id FROM queues WHERE "
                                     "sample_id IS NOT NULL); DELETE FROM queues WHERE sample_id IS NOT NULL; "
                                     "DELETE FROM sample_items; DELETE FROM samples;"),
                      &error);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sampling and assignment from a large store."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Conversations in the week."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Measured repetitions."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where the store goes."),
                                           QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/qawb-sampling"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("Reuse a store generated before."));
    const QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("(internal) one repetition."),
                                           QStringLiteral("STORE"));
    parser.addOptions({countOption, repeatOption, workdirOption, reuseOption, measureOption});
    parser.process(app);
    if (parser.isSet(measureOption))
        return measure(parser.value(measureOption));

    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QDir().mkpath(parser.value(workdirOption));
    const QString path = QDir(parser.value(workdirOption)).filePath(QStringLiteral("sampling.db"));
    out(QStringLiteral("machine: %1, %2 cores, load %3")
            .arg(cpuModel())
            .arg(QThread::idealThreadCount())
            .arg(loadAverage()));
    bool fresh = true;
    if (parser.isSet(reuseOption) && QFileInfo::exists(path)) {
        QString error;
        auto store = Store::open(path, &error);
        fresh = !store || store->meta(QStringLiteral("bench_sampling_format")) !=
                              QStringLiteral("%1/%2").arg(kFormatVersion).arg(count);
    }
    if (fresh) {
        QElapsedTimer t;
        t.start();
        generate(path, count);
        out(QStringLiteral("generated %1 conversations in the week + %2 before it in %3 s (%4 MiB)")
                .arg(count)
                .arg(count / 5)
                .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1)
                .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0));
    }

    std::vector<double> load, draw, save, assign, whole, rssSample, rss;
    QString counts;
    for (int r = 0; r < repeat; ++r) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            die(QStringLiteral("measuring failed: %1").arg(QString::fromUtf8(child.readAllStandardError())));
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("candidates"))
                counts = QString::fromUtf8(line);
            if (!line.startsWith("times"))
                continue;
            const QList<QByteArray> f = line.split(' ');
            load.push_back(f[1].toDouble());
            draw.push_back(f[2].toDouble());
            save.push_back(f[3].toDouble());
            assign.push_back(f[4].toDouble());
            whole.push_back(f[5].toDouble());
            rssSample.push_back(f[6].toDouble() / 1024.0);
            rss.push_back(f[7].toDouble() / 1024.0);
        }
    }
    // The bare scan, for scale: the sqlite3 shell reading the same columns of the week's rows.
    std::vector<double> shell;
    const SamplePeriod week = period();
    const QString scan = QStringLiteral("SELECT c.id, c.agent_id, c.team_id, c.channel, c.business_type, "
                                        "c.started_at, c.started_ms, c.duration_s, c.turn_count, c.csat, c.resolved "
                                        "FROM conversations c WHERE c.started_ms >= %1 AND c.started_ms < %2;")
                             .arg(week.fromMs)
                             .arg(week.toMs);
    for (int r = 0; r < repeat; ++r) {
        QProcess sqlite;
        sqlite.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        sqlite.start(QStringLiteral("/usr/bin/sqlite3"), {path, scan});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
            die(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(sqlite.readAllStandardError())));
        shell.push_back(t.nsecsElapsed() / 1e9);
    }
    out(counts);
    out(QStringLiteral("median of %1 (each in its own process):").arg(repeat));
    out(QStringLiteral("  sample query (loadCandidates) %1 s + draw %2 s = %3 s   [target < 2 s]")
            .arg(median(load), 0, 'f', 2)
            .arg(median(draw), 0, 'f', 2)
            .arg(median(load) + median(draw), 0, 'f', 2));
    out(QStringLiteral("  store the sample %1 s, assign to 20 inspectors (+10 calibration) %2 s, whole run %3 s")
            .arg(median(save), 0, 'f', 2)
            .arg(median(assign), 0, 'f', 2)
            .arg(median(whole), 0, 'f', 2));
    out(QStringLiteral("  peak RSS: %1 MiB after drawing, %2 MiB after assigning")
            .arg(median(rssSample), 0, 'f', 0)
            .arg(median(rss), 0, 'f', 0));
    out(QStringLiteral("  sqlite3 shell scanning the same rows to /dev/null: %1 s (sample query + draw = %2×)")
            .arg(median(shell), 0, 'f', 2)
            .arg((median(load) + median(draw)) / median(shell), 0, 'f', 2));
    return 0;
}
