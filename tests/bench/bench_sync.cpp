// Sync benchmark: pushing 1,000 submitted evaluations to a shared store, and pulling 10,000 conversations (with their
// turns) from it into a new local store; for scale, the sqlite3 shell copying the same conversation rows between two
// files with ATTACH + INSERT ... SELECT (no hashing, no change tracking, no per-document transactions).
//
// The shared store is on local disk here (the issue's target: push < 2 s, pull < 5 s). Run it with
// tests/bench/run-sync-bench.sh; `bench_sync --help` lists the options.

#include "../core/synctestutil.h"
#include "benchmachine.h"
#include "core/importer.h"
#include "core/sync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
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

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    std::exit(1);
}

int count(Store &store, const char *sql)
{
    QSqlQuery q(store.database());
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
}

QString writeConversations(const QString &dir, int n, int turns)
{
    const QString path = dir + QStringLiteral("/conversations.jsonl");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        die(file.errorString());
    for (int i = 0; i < n; ++i) {
        QString line = QStringLiteral(R"({"id":"b-%1","channel":"chat","agent_id":"A%2","agent_name":"坐席%2",)"
                                      R"("team":"第%3组","started_at":"2026-11-1%4T10:%5:00+08:00","csat":%6,)"
                                      R"("resolved":true,"business_type":"consult","turns":[)")
                           .arg(i)
                           .arg(i % 200)
                           .arg(i % 10)
                           .arg(i % 7)
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .arg(1 + i % 5);
        for (int t = 0; t < turns; ++t) {
            line += QStringLiteral(
                        R"(%1{"speaker":"%2","text":"第%3句：您好，请问您的话费账单有什么问题吗？我来帮您查询。",)"
                        R"("at":"2026-11-1%4T10:%5:%6+08:00"})")
                        .arg(t ? QStringLiteral(",") : QString())
                        .arg(t % 2 ? QStringLiteral("agent") : QStringLiteral("customer"))
                        .arg(t)
                        .arg(i % 7)
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(t % 60, 2, 10, QLatin1Char('0'));
        }
        line += QStringLiteral("]}\n");
        file.write(line.toUtf8());
    }
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Push 1,000 evaluations and pull 10,000 conversations."));
    parser.addHelpOption();
    const QCommandLineOption evaluationsOption(QStringLiteral("evaluations"), QStringLiteral("Evaluations to push."),
                                               QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Conversations to pull."), QStringLiteral("N"),
                                                 QStringLiteral("10000"));
    const QCommandLineOption turnsOption(QStringLiteral("turns"), QStringLiteral("Turns per conversation."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions."), QStringLiteral("N"),
                                          QStringLiteral("3"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where the stores go."),
                                           QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/qawb-sync"));
    parser.addOptions({evaluationsOption, conversationsOption, turnsOption, repeatOption, workdirOption});
    parser.process(app);
    const int evaluations = parser.value(evaluationsOption).toInt();
    const int conversations = parser.value(conversationsOption).toInt();
    const int turns = parser.value(turnsOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString work = parser.value(workdirOption);
    out(QStringLiteral("machine: %1, %2 cores, load %3")
            .arg(cpuModel())
            .arg(QThread::idealThreadCount())
            .arg(loadAverage()));

    std::vector<double> push, pull, shell;
    for (int r = 0; r < repeat; ++r) {
        QDir(work).removeRecursively();
        QDir().mkpath(work);
        const QString shared = work + QStringLiteral("/shared.qawb");
        QString error;
        User li;
        auto a = test::openLocal(work + QStringLiteral("/a.db"), QStringLiteral("li"), &li, &error);
        if (!a)
            die(error);
        ImportOptions import;
        import.userId = li.id;
        if (!Importer(*a, import).run({writeConversations(work, conversations, turns)}).ok)
            die(QStringLiteral("import failed"));
        SyncOptions create;
        create.create = true;
        SyncReport report = SyncEngine(*a, li).sync(shared, create);
        if (!report.ok)
            die(report.error);
        // 1,000 submitted evaluations waiting to go out.
        QStringList ids;
        QSqlQuery q(a->database());
        q.exec(
            QStringLiteral("SELECT id FROM conversations WHERE id LIKE 'b-%' ORDER BY id LIMIT %1").arg(evaluations));
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString &id : std::as_const(ids)) {
            if (!test::submitEvaluation(*a, li, id, QStringLiteral("bench"), nullptr, &error))
                die(error);
        }
        SyncOptions pushOnly;
        pushOnly.pull = false;
        QElapsedTimer t;
        t.start();
        report = SyncEngine(*a, li).sync(shared, pushOnly);
        push.push_back(t.nsecsElapsed() / 1e9);
        if (!report.ok || report.pushedByType.value(QStringLiteral("evaluation")) != evaluations)
            die(QStringLiteral("push: %1 (%2 evaluations)").arg(report.error).arg(report.pushed));

        // A new inspector's store receives everything.
        User wang;
        auto b = Store::open(work + QStringLiteral("/b.db"), &error);
        if (!b)
            die(error);
        wang = UserRepository(*b).ensure(QStringLiteral("wang"));
        SyncOptions pullOnly;
        pullOnly.push = false;
        t.restart();
        report = SyncEngine(*b, wang).sync(shared, pullOnly);
        pull.push_back(t.nsecsElapsed() / 1e9);
        if (!report.ok || count(*b, "SELECT count(*) FROM conversations WHERE id LIKE 'b-%'") != conversations)
            die(QStringLiteral("pull: %1").arg(report.error));

        // For scale: the sqlite3 shell copying the same conversations and turns into an empty store.
        QString columns;
        {
            auto c = Store::open(work + QStringLiteral("/c.db"), &error);
            QSqlQuery info(c->database());
            info.exec(QStringLiteral("PRAGMA table_info(conversations)"));
            QStringList names;
            while (info.next())
                names << info.value(1).toString();
            columns = names.join(QLatin1Char(','));
        }
        QProcess sqlite;
        t.restart();
        sqlite.start(QStringLiteral("/usr/bin/sqlite3"),
                     {work + QStringLiteral("/c.db"),
                      QStringLiteral("ATTACH '%1' AS s; BEGIN; INSERT INTO teams SELECT * FROM s.teams; "
                                     "INSERT INTO agents SELECT * FROM s.agents; "
                                     "INSERT INTO conversations(%2) SELECT %2 FROM s.conversations; "
                                     "INSERT INTO turns SELECT * FROM s.turns; COMMIT;")
                          .arg(shared, columns)});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
            die(QStringLiteral("sqlite3: %1").arg(QString::fromUtf8(sqlite.readAllStandardError())));
        shell.push_back(t.nsecsElapsed() / 1e9);
        out(QStringLiteral("run %1: push %2 s, pull %3 s, sqlite3 copy %4 s")
                .arg(r + 1)
                .arg(push.back(), 0, 'f', 2)
                .arg(pull.back(), 0, 'f', 2)
                .arg(shell.back(), 0, 'f', 2));
    }
    out(QStringLiteral("median of %1, shared store on local disk:").arg(repeat));
    out(QStringLiteral("  push %1 submitted evaluations: %2 s   [target < 2 s]")
            .arg(evaluations)
            .arg(median(push), 0, 'f', 2));
    out(QStringLiteral("  pull %1 conversations (%2 turns each) into a new store: %3 s   [target < 5 s]")
            .arg(conversations)
            .arg(turns)
            .arg(median(pull), 0, 'f', 2));
    out(QStringLiteral("  sqlite3 shell copying the same conversation rows: %1 s (pull = %2×)")
            .arg(median(shell), 0, 'f', 2)
            .arg(median(pull) / median(shell), 0, 'f', 2));
    return 0;
}
