// Case-library search over many generated conversations (default 100,000 chats of 12 messages in Chinese, some
// Traditional): time to build the index, then each query's time (median of --repeat runs, index up to date), with
// the sqlite3 shell scanning the turns with LIKE for the same fragment as the reference. Target: ≤ 200 ms a query.
//
//   bench_search [--count N] [--repeat N] [--workdir DIR] [--reuse]
#include "benchmachine.h"

#include "core/importer.h"
#include "core/search.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace qawb;
using namespace qawb::bench;

namespace {

// Customer and agent phrases of a telecom / e-commerce contact centre; a few rare words for selective queries.
const QStringList kCustomer{
    QStringLiteral("你好，我想问一下这个月的话费怎么比上个月多了？"),
    QStringLiteral("我要退费！开通的时候根本没有明显提示"),
    QStringLiteral("会员自动续费了，我根本没同意过"),
    QStringLiteral("那之前預繳的費用可以退費嗎？"),
    QStringLiteral("宽带一直掉线，师傅什么时候能上门？"),
    QStringLiteral("我的快递三天了还没到，能帮我查一下吗"),
    QStringLiteral("再这样我就去投诉你们"),
    QStringLiteral("App登录一直收不到验证码"),
    QStringLiteral("手机号就是这个账号，你们后台自己查"),
    QStringLiteral("我下個禮拜去日本，想問下漫遊數據點樣收費？"),
};
const QStringList kAgent{
    QStringLiteral("您好，很高兴为您服务，请问有什么可以帮您？"),
    QStringLiteral("非常抱歉给您带来不便，我马上为您核实。"),
    QStringLiteral("查到了，您去年开通的是连续包月，到期自动续费的。"),
    QStringLiteral("退费申请已经提交，预计三到五个工作日到账。"),
    QStringLiteral("请您提供一下注册手机号和身份证后四位。"),
    QStringLiteral("已为您预约维修师傅，明天上午上门。"),
    QStringLiteral("请问还有其他可以帮您的吗？感谢您的来电，再见。"),
    QStringLiteral("您可以在设置里面修改密码。"),
};

QString generate(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QRandomGenerator random(20261123);
    const QDateTime start(QDate(2026, 10, 1), QTime(8, 0), QTimeZone(8 * 3600));
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 60);
        QString line = QStringLiteral("{\"id\":\"b%1\",\"channel\":\"chat\",\"agent_id\":\"A%2\",\"agent_name\":"
                                      "\"坐席%2\",\"team\":\"组%3\",\"started_at\":\"%4\",\"turns\":[")
                           .arg(i)
                           .arg(random.bounded(200))
                           .arg(random.bounded(10))
                           .arg(at.toString(Qt::ISODate));
        for (int t = 0; t < 12; ++t) {
            const QStringList &pool = t % 2 == 0 ? kCustomer : kAgent;
            QString text = pool[random.bounded(int(pool.size()))];
            if (random.bounded(2000) == 0)
                text += QStringLiteral("我要找你们经理，这是消费者协会的电话"); // rare: about 0.6% of conversations
            line += QStringLiteral("%1{\"speaker\":\"%2\",\"text\":\"%3\",\"at\":\"%4\"}")
                        .arg(t == 0 ? QString() : QStringLiteral(","),
                             t % 2 == 0 ? QStringLiteral("customer") : QStringLiteral("agent"), text,
                             at.addSecs(t * 20).toString(Qt::ISODate));
        }
        line += QStringLiteral("]}\n");
        file.write(line.toUtf8());
    }
    return {};
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
                                           QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/qawb-search"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"), QStringLiteral("keep an existing store"));
    parser.addOptions({countOption, repeatOption, workdirOption, reuseOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const QString dir = parser.value(workdirOption);
    QDir().mkpath(dir);
    const QString storePath = dir + QStringLiteral("/search.db");

    out(QStringLiteral("machine: %1, load %2").arg(cpuModel(), loadAverage()));
    if (!parser.isSet(reuseOption) || !QFile::exists(storePath)) {
        QFile::remove(storePath);
        const QString data = dir + QStringLiteral("/chats.jsonl");
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
        out(QStringLiteral("imported %1 conversations (%2 turns) in %3 s")
                .arg(count)
                .arg(count * 12)
                .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }
    QString error;
    auto store = Store::open(storePath, &error);
    if (!store) {
        out(error);
        return 1;
    }
    SearchIndex index(*store);
    QElapsedTimer t;
    t.start();
    const qint64 indexed = index.update(&error);
    if (indexed < 0) {
        out(error);
        return 1;
    }
    out(QStringLiteral("index: %1 conversations (re)indexed in %2 s; store %3 MiB")
            .arg(indexed)
            .arg(t.elapsed() / 1000.0, 0, 'f', 2)
            .arg(QFileInfo(storePath).size() / 1048576.0, 0, 'f', 0));

    struct Case
    {
        QString name;
        SearchQuery query;
        QString like; // the same fragment for the sqlite3 shell's scan
    };
    std::vector<Case> cases;
    const auto add = [&](const QString &name, const QString &text, const QString &like, const QString &team = {}) {
        SearchQuery q;
        q.text = text;
        q.team = team;
        q.limit = 100;
        cases.push_back({name, q, like});
    };
    add(QStringLiteral("2 characters, common (退费)"), QStringLiteral("退费"), QStringLiteral("退费"));
    add(QStringLiteral("2 characters, Traditional (退費 → 退费 and 退費)"), QStringLiteral("退費"),
        QStringLiteral("退費"));
    add(QStringLiteral("1 character (修)"), QStringLiteral("修"), QStringLiteral("修"));
    add(QStringLiteral("rare phrase (消费者协会)"), QStringLiteral("消费者协会"), QStringLiteral("消费者协会"));
    add(QStringLiteral("two fragments (投诉 经理)"), QStringLiteral("投诉 经理"), QStringLiteral("经理"));
    add(QStringLiteral("word + team filter (App, 组3)"), QStringLiteral("App"), QStringLiteral("App"),
        QStringLiteral("组3"));
    add(QStringLiteral("absent (量子纠缠)"), QStringLiteral("量子纠缠"), QStringLiteral("量子纠缠"));

    out(QStringLiteral("query (limit 100)                                   hits   median ms   sqlite3 LIKE scan ms   "
                       "ratio"));
    bool allUnder = true;
    for (const Case &c : cases) {
        std::vector<double> ms;
        SearchResult result;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer q;
            q.start();
            result = index.search(c.query);
            ms.push_back(q.nsecsElapsed() / 1e6);
        }
        if (!result.error.isEmpty()) {
            out(c.name + QStringLiteral(": ") + result.error);
            return 1;
        }
        // The reference: the sqlite3 shell finding the first 100 conversations with the fragment in a turn.
        QElapsedTimer shell;
        shell.start();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {storePath, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT conversation_id FROM turns "
                                                "WHERE text LIKE '%%1%' LIMIT 100);")
                                     .arg(c.like)});
        sqlite.waitForFinished(-1);
        const double shellMs = shell.nsecsElapsed() / 1e6;
        const double m = median(ms);
        allUnder &= m <= 200;
        out(QStringLiteral("%1 %2 %3 %4 %5×")
                .arg(c.name, -50)
                .arg(QString::number(result.hits.size()) + (result.truncated ? QStringLiteral("+") : QString()), 6)
                .arg(m, 11, 'f', 1)
                .arg(shellMs, 22, 'f', 1)
                .arg(m / shellMs, 7, 'f', 2));
    }
    out(QStringLiteral("peak RSS %1 MiB; every query ≤ 200 ms: %2")
            .arg(vmHwmKiB() / 1024.0, 0, 'f', 0)
            .arg(allUnder ? QStringLiteral("yes") : QStringLiteral("NO")));
    return 0;
}
