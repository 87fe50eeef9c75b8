// Indicator monitoring (指标监控): every metric against a hand-built fixture, thresholds, the anomaly rule (a planted
// jump, a stable agent, a small sample, a small relative change), click-through, "sample these" into assignment,
// the per-chat metrics after a re-import, and the qawb indicators command.
#include "core/importer.h"
#include "core/indicators.h"
#include "core/samplingrepository.h"
#include "core/scorecardrepository.h"
#include "core/userrepository.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

namespace {

struct Turn
{
    QString speaker;
    QString at; // chats: "HH:mm:ss" on the conversation's day
};

struct Spec
{
    QString id;
    QString agent;
    QString team;
    QString channel = QStringLiteral("chat");
    QString startedAt;
    std::optional<double> wait;
    std::optional<int> csat;
    std::optional<bool> resolved;
    QString customer;
    std::vector<Turn> turns;
    int callTurns = 0; // calls: this many turns
};

QByteArray line(const Spec &s)
{
    QJsonArray turns;
    const QString day = s.startedAt.left(10);
    for (const Turn &t : s.turns)
        turns.append(
            QJsonObject{{QStringLiteral("speaker"), t.speaker},
                        {QStringLiteral("text"), QStringLiteral("……")},
                        {QStringLiteral("at"), QString(day + QLatin1Char('T') + t.at + QStringLiteral("+08:00"))}});
    for (int i = 0; i < s.callTurns; ++i)
        turns.append(
            QJsonObject{{QStringLiteral("speaker"), i % 2 ? QStringLiteral("customer") : QStringLiteral("agent")},
                        {QStringLiteral("text"), QStringLiteral("……")},
                        {QStringLiteral("start_ms"), i * 3000},
                        {QStringLiteral("end_ms"), i * 3000 + 2500}});
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("channel"), s.channel},
                  {QStringLiteral("agent_id"), s.agent},
                  {QStringLiteral("agent_name"), QString(QStringLiteral("坐席") + s.agent)},
                  {QStringLiteral("team"), s.team},
                  {QStringLiteral("started_at"), s.startedAt},
                  {QStringLiteral("duration_s"), 100},
                  {QStringLiteral("business_type"), QStringLiteral("consult")},
                  {QStringLiteral("turns"), turns}};
    if (s.wait)
        o.insert(QStringLiteral("wait_s"), *s.wait);
    if (s.csat)
        o.insert(QStringLiteral("csat"), *s.csat);
    if (s.resolved)
        o.insert(QStringLiteral("resolved"), *s.resolved);
    if (!s.customer.isEmpty())
        o.insert(QStringLiteral("customer_id"), s.customer);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

const QString kOne = QStringLiteral("一组");
const QString kTwo = QStringLiteral("二组");

// The hand-built week 16–22 November 2026 (+08:00), plus one conversation either side of it.
std::vector<Spec> fixture()
{
    auto t = [](const char *speaker, const char *at) {
        return Turn{QString::fromLatin1(speaker), QString::fromLatin1(at)};
    };
    std::vector<Spec> out;
    // c1: first response 20 s; responses 20, 40 → mean 30. Its customer C1 comes back (c2) the next day: repeat.
    out.push_back(
        {QStringLiteral("c1"),
         QStringLiteral("A1"),
         kOne,
         QStringLiteral("chat"),
         QStringLiteral("2026-11-16T09:00:00+08:00"),
         10.0,
         5,
         true,
         QStringLiteral("C1"),
         {t("customer", "09:00:00"), t("agent", "09:00:20"), t("customer", "09:01:00"), t("agent", "09:01:40")}});
    // c2: a bot answers (does not stop the clock), the transfer (system) restarts it at 10:00:10, the agent answers at
    // 10:00:50 → first response 40; then customer 10:01:00 and 10:01:30, agent 10:02:00 → 60 (from the first of the
    // two). Responses 40, 60 → mean 50. 7 turns.
    out.push_back({QStringLiteral("c2"),
                   QStringLiteral("A1"),
                   kOne,
                   QStringLiteral("chat"),
                   QStringLiteral("2026-11-17T10:00:00+08:00"),
                   30.0,
                   3,
                   false,
                   QStringLiteral("C1"),
                   {t("bot", "10:00:00"), t("customer", "10:00:05"), t("system", "10:00:10"), t("agent", "10:00:50"),
                    t("customer", "10:01:00"), t("customer", "10:01:30"), t("agent", "10:02:00")}});
    // c3: first response 10, mean 10. No CSAT. Customer C2 comes back three days later (c6): repeat.
    out.push_back({QStringLiteral("c3"),
                   QStringLiteral("A2"),
                   kOne,
                   QStringLiteral("chat"),
                   QStringLiteral("2026-11-18T11:00:00+08:00"),
                   20.0,
                   std::nullopt,
                   true,
                   QStringLiteral("C2"),
                   {t("customer", "11:00:00"), t("agent", "11:00:10")}});
    // c4, c5: calls (no response times). c5 has no wait, no resolved flag, no customer.
    Spec c4{QStringLiteral("c4"),
            QStringLiteral("B1"),
            kTwo,
            QStringLiteral("call"),
            QStringLiteral("2026-11-19T12:00:00+08:00"),
            60.0,
            4,
            true,
            QStringLiteral("C3"),
            {}};
    c4.callTurns = 3;
    out.push_back(c4);
    Spec c5{QStringLiteral("c5"),
            QStringLiteral("B1"),
            kTwo,
            QStringLiteral("call"),
            QStringLiteral("2026-11-20T12:00:00+08:00"),
            std::nullopt,
            1,
            std::nullopt,
            QString(),
            {}};
    c5.callTurns = 1;
    out.push_back(c5);
    // c6: two customer messages, the agent 35 s after the first → first 35, mean 35. C2 again two days later (c7,
    // outside the period): a repeat all the same.
    out.push_back({QStringLiteral("c6"),
                   QStringLiteral("A2"),
                   kOne,
                   QStringLiteral("chat"),
                   QStringLiteral("2026-11-21T15:00:00+08:00"),
                   5.0,
                   5,
                   true,
                   QStringLiteral("C2"),
                   {t("customer", "15:00:00"), t("customer", "15:00:20"), t("agent", "15:00:35")}});
    // Outside the period on their own dates (c7 is 22 November 16:10 in UTC, but 23 November where it happened).
    out.push_back({QStringLiteral("c0"),
                   QStringLiteral("A1"),
                   kOne,
                   QStringLiteral("chat"),
                   QStringLiteral("2026-11-15T23:30:00+08:00"),
                   500.0,
                   1,
                   false,
                   QString(),
                   {t("customer", "23:30:00"), t("agent", "23:35:00")}});
    out.push_back({QStringLiteral("c7"),
                   QStringLiteral("A2"),
                   kOne,
                   QStringLiteral("chat"),
                   QStringLiteral("2026-11-23T00:10:00+08:00"),
                   500.0,
                   1,
                   false,
                   QStringLiteral("C2"),
                   {t("customer", "00:10:00"), t("agent", "00:15:00")}});
    return out;
}

IndicatorFilter week()
{
    IndicatorFilter f;
    f.from = QDate(2026, 11, 16);
    f.to = QDate(2026, 11, 22);
    return f;
}

QStringList ids(const std::vector<IndicatorConversation> &list)
{
    QStringList out;
    for (const IndicatorConversation &c : list)
        out << c.id;
    return out;
}

const IndicatorGroup *groupNamed(const IndicatorReport &r, const QString &name)
{
    for (const IndicatorGroup &g : r.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void responseTimesDefinition();
    void metricsOfTheWeek();
    void byTeamAndAgent();
    void thresholds();
    void plantedAnomaly();
    void clickThrough();
    void sampleThese();
    void reimportUpdatesMetrics();
    void badInput();
    void commandLine();

private:
    bool import(const std::vector<Spec> &specs, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_li, m_wang;
};

void TestIndicators::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("s.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_admin = users.ensure(QStringLiteral("boss"), QStringLiteral("周经理")); // the first user: admin
    m_li = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_wang = users.ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
}

void TestIndicators::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestIndicators::import(const std::vector<Spec> &specs, const QString &name)
{
    QByteArray bytes;
    for (const Spec &s : specs)
        bytes += line(s);
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, bytes))
        return false;
    ImportOptions options;
    options.userId = m_admin.id;
    const ImportReport report = Importer(*m_store, options).run({path});
    return report.ok;
}

void TestIndicators::responseTimesDefinition()
{
    auto at = [](const char *speaker, std::optional<qint64> ms) {
        return ChatTurnTime{QString::fromLatin1(speaker), ms};
    };
    // customer 0, bot 5 s, system (transfer) 10 s, agent 50 s → first 40; customer 60, turn without a time,
    // customer 90, agent 120 → 60. Sum 100, two responses.
    const ChatResponseTimes t =
        chatResponseTimes({at("customer", 0), at("bot", 5000), at("system", 10000), at("agent", 50000),
                           at("customer", 60000), at("customer", {}), at("customer", 90000), at("agent", 120000)});
    QCOMPARE(t.firstResponseS, std::optional<double>(40.0));
    QCOMPARE(t.sumS, 100.0);
    QCOMPARE(t.count, 2);
    // The agent speaks first: no one was waiting, so no response; a system turn after the first answer does not
    // restart the clock: customer 10, system 20, agent 30 → 20.
    const ChatResponseTimes u =
        chatResponseTimes({at("agent", 0), at("customer", 10000), at("system", 20000), at("agent", 30000)});
    QVERIFY(!u.firstResponseS.has_value()); // the agent's first message (0) answered nobody, as in auto-QA
    QCOMPARE(u.sumS, 20.0);
    QCOMPARE(u.count, 1);
}

void TestIndicators::metricsOfTheWeek()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    std::vector<qint64> progress;
    const auto report =
        repository.report(week(), QString(), &error, [&](qint64 done, qint64) { progress.push_back(done); });
    QVERIFY2(report, qPrintable(error));
    QVERIFY(!progress.empty());                                           // the chats were folded in first
    QCOMPARE(rowCount(*m_store, QStringLiteral("indicator_metrics")), 6); // c0, c1, c2, c3, c6, c7: chats only
    QCOMPARE(rowCount(*m_store, QStringLiteral("indicator_pending")), 0);
    const IndicatorGroup &t = report->total;
    QCOMPARE(t.conversations, 6); // c1..c6; c0 and c7 are outside on their own dates
    auto v = [&](const char *metric) {
        return *t.value(QString::fromLatin1(metric));
    };
    // wait: c1 10, c2 30, c3 20, c4 60, c6 5 (c5 has none) → 125 / 5 = 25 > 20: misses
    QCOMPARE(v("wait_time").n, 5);
    QCOMPARE(*v("wait_time").value, 25.0);
    QCOMPARE(*v("wait_time").threshold, 20.0);
    QVERIFY(!v("wait_time").meets);
    // turns: 4 + 7 + 2 + 3 + 1 + 3 = 20 over 6 → 3.333…; no threshold
    QCOMPARE(v("turns").n, 6);
    QVERIFY(qFuzzyCompare(*v("turns").value, 20.0 / 6.0));
    QVERIFY(!v("turns").threshold.has_value());
    QVERIFY(v("turns").meets);
    // resolution: c1 1, c2 0, c3 1, c4 1, c6 1 (c5 has no flag) → 4 / 5 = 0.8 < 0.85: misses
    QCOMPARE(v("resolution").n, 5);
    QCOMPARE(*v("resolution").value, 0.8);
    QVERIFY(!v("resolution").meets);
    // csat: c1 5, c2 3, c4 4, c5 1, c6 5 (c3 unrated) → 18 / 5 = 3.6 < 4.5: misses; distribution 1:1 2:0 3:1 4:1 5:2
    QCOMPARE(v("csat").n, 5);
    QCOMPARE(*v("csat").value, 3.6);
    QVERIFY(!v("csat").meets);
    QCOMPARE(t.csatCounts, (std::array<int, 5>{1, 0, 1, 1, 2}));
    // repeat: with a customer c1 (C1 again in c2: 1), c2 (0), c3 (C2 again in c6: 1), c4 (0), c6 (C2 again in c7,
    // two days later, outside the period: 1) → 3 / 5 = 0.6 > 0.10: misses
    QCOMPARE(v("repeat_contact").n, 5);
    QCOMPARE(*v("repeat_contact").value, 0.6);
    QVERIFY(!v("repeat_contact").meets);
    // first response: c1 20, c2 40, c3 10, c6 35 → 105 / 4 = 26.25 ≤ 30: meets
    QCOMPARE(v("first_response").n, 4);
    QCOMPARE(*v("first_response").value, 26.25);
    QVERIFY(v("first_response").meets);
    // response time: c1 30, c2 50, c3 10, c6 35 → 125 / 4 = 31.25 ≤ 60: meets
    QCOMPARE(v("response_time").n, 4);
    QCOMPARE(*v("response_time").value, 31.25);
    QVERIFY(v("response_time").meets);
    // No earlier weeks: no baseline, no anomaly.
    for (const IndicatorValue &value : t.values) {
        QCOMPARE(value.baselinePeriods, 0);
        QVERIFY(!value.anomaly);
    }
    // The default period: the 7 days ending on the newest conversation's own date (c7, 23 November).
    const auto latest = repository.report(IndicatorFilter(), QString(), &error);
    QVERIFY2(latest, qPrintable(error));
    QCOMPARE(latest->filter.to, QDate(2026, 11, 23));
    QCOMPARE(latest->filter.from, QDate(2026, 11, 17));
    QCOMPARE(latest->total.conversations, 6); // c2..c7
    // Channel filter: chats only → c1, c2, c3, c6; wait (10 + 30 + 20 + 5) / 4 = 16.25
    IndicatorFilter chats = week();
    chats.channel = QStringLiteral("chat");
    const auto chatReport = repository.report(chats, QString(), &error);
    QVERIFY2(chatReport, qPrintable(error));
    QCOMPARE(chatReport->total.conversations, 4);
    QCOMPARE(*chatReport->total.value(QStringLiteral("wait_time"))->value, 16.25);
}

void TestIndicators::byTeamAndAgent()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    const auto teams = repository.report(week(), QStringLiteral("team"), &error);
    QVERIFY2(teams, qPrintable(error));
    QCOMPARE(int(teams->groups.size()), 2);
    const IndicatorGroup *one = groupNamed(*teams, kOne);
    const IndicatorGroup *two = groupNamed(*teams, kTwo);
    QVERIFY(one && two);
    // 一组: c1, c2, c3, c6 → wait (10 + 30 + 20 + 5) / 4 = 16.25 ≤ 20 meets; 二组: c4 → 60 misses
    QCOMPARE(one->conversations, 4);
    QCOMPARE(*one->value(QStringLiteral("wait_time"))->value, 16.25);
    QVERIFY(one->value(QStringLiteral("wait_time"))->meets);
    QCOMPARE(*two->value(QStringLiteral("wait_time"))->value, 60.0);
    QVERIFY(!two->value(QStringLiteral("wait_time"))->meets);
    // 二组 has calls only: no response times
    QCOMPARE(two->value(QStringLiteral("first_response"))->n, 0);
    QVERIFY(!two->value(QStringLiteral("first_response"))->value.has_value());
    // 二组 csat: c4 4, c5 1 → 2.5
    QCOMPARE(*two->value(QStringLiteral("csat"))->value, 2.5);
    QCOMPARE(two->csatCounts, (std::array<int, 5>{1, 0, 0, 1, 0}));
    // The total is the same as without grouping.
    QCOMPARE(*teams->total.value(QStringLiteral("wait_time"))->value, 25.0);

    const auto agents = repository.report(week(), QStringLiteral("agent"), &error);
    QVERIFY2(agents, qPrintable(error));
    QCOMPARE(int(agents->groups.size()), 3);
    const IndicatorGroup *a1 = groupNamed(*agents, QStringLiteral("坐席A1"));
    const IndicatorGroup *a2 = groupNamed(*agents, QStringLiteral("坐席A2"));
    QVERIFY(a1 && a2);
    QCOMPARE(a1->key, QStringLiteral("A1"));
    // A1: first responses 20, 40 → 30 ≤ 30: meets (the threshold itself is within); A2: 10, 35 → 22.5
    QCOMPARE(*a1->value(QStringLiteral("first_response"))->value, 30.0);
    QVERIFY(a1->value(QStringLiteral("first_response"))->meets);
    QCOMPARE(*a2->value(QStringLiteral("first_response"))->value, 22.5);
    // A1 resolution: c1 1, c2 0 → 0.5
    QCOMPARE(*a1->value(QStringLiteral("resolution"))->value, 0.5);
    // Filter on a team by name narrows the total to it.
    IndicatorFilter f = week();
    f.team = kTwo;
    const auto onlyTwo = repository.report(f, QString(), &error);
    QVERIFY2(onlyTwo, qPrintable(error));
    QCOMPARE(onlyTwo->total.conversations, 2);
}

void TestIndicators::thresholds()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    QCOMPARE(repository.threshold(QStringLiteral("first_response")), std::optional<double>(30.0));
    // An inspector may not change them.
    QVERIFY(!repository.setThreshold(m_li, QStringLiteral("first_response"), 25, &error));
    QVERIFY2(error.contains(QStringLiteral("李娜")), qPrintable(error));
    QVERIFY(!repository.setThreshold(m_admin, QStringLiteral("turns"), 5, &error));
    QVERIFY(!repository.setThreshold(m_admin, QStringLiteral("csat"), 6, &error));
    QVERIFY(!repository.setThreshold(m_admin, QStringLiteral("resolution"), 85, &error)); // a share: 0.85
    QVERIFY(!repository.setThreshold(m_admin, QStringLiteral("nonsense"), 1, &error));
    const qint64 audits = rowCount(*m_store, QStringLiteral("audit_log"));
    QVERIFY2(repository.setThreshold(m_admin, QStringLiteral("first_response"), 25, &error), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT action FROM audit_log ORDER BY rowid DESC LIMIT 1")).toString(),
             QStringLiteral("indicators.threshold"));
    QCOMPARE(repository.threshold(QStringLiteral("first_response")), std::optional<double>(25.0));
    // A1's 30 s now misses 25; A2's 22.5 still meets.
    const auto agents = repository.report(week(), QStringLiteral("agent"), &error);
    QVERIFY2(agents, qPrintable(error));
    QVERIFY(!groupNamed(*agents, QStringLiteral("坐席A1"))->value(QStringLiteral("first_response"))->meets);
    QVERIFY(groupNamed(*agents, QStringLiteral("坐席A2"))->value(QStringLiteral("first_response"))->meets);
    QCOMPARE(*agents->total.value(QStringLiteral("first_response"))->threshold, 25.0);
    // CSAT 3.5 makes the week's 3.6 meet.
    QVERIFY2(repository.setThreshold(m_admin, QStringLiteral("csat"), 3.5, &error), qPrintable(error));
    const auto total = repository.report(week(), QString(), &error);
    QVERIFY(total->total.value(QStringLiteral("csat"))->meets);
}

void TestIndicators::plantedAnomaly()
{
    // Four baseline weeks (19 Oct – 15 Nov) and the week 16–22 Nov; every conversation a chat answered after 10 s.
    //   A1 (steady): ten a week, wait 20, 22, 18, 20, then 21. μ 20, σ √((0+4+4+0)/4) = √2 = 1.414,
    //                z = 1 / 1.414 = 0.71 → no anomaly.
    //   A2 (jump):   the same baseline, then 40: z = 20 / 1.414 = 14.1, change 20/20 = 100 %, n 10 → anomaly, worse.
    //   A3 (small):  the same baseline, then only three at 40: n 3 < 10 → no anomaly.
    //   A4 (flat):   100 every week, then 110: σ 0, floored at 5 % of 100 = 5, z = 10 / 5 = 2, but the change is only
    //                10 % < 20 % → no anomaly.
    // Total: baseline weeks (3×10×w + 10×100) / 40 with w = 20, 22, 18, 20 → 40, 41.5, 38.5, 40: μ 40,
    //   σ √((0 + 2.25 + 2.25 + 0)/4) = 1.061, floored at 2; the week (210 + 400 + 120 + 1100) / 33 = 55.45:
    //   z = 15.45 / 2 = 7.7, change 38.6 % → anomaly.
    std::vector<Spec> specs;
    const QDate start(2026, 10, 19);
    const double baseline[4] = {20, 22, 18, 20};
    auto add = [&](const QString &agent, int week, int i, double wait) {
        Spec s;
        s.id = QStringLiteral("%1-w%2-%3").arg(agent).arg(week).arg(i);
        s.agent = agent;
        s.team = kOne;
        s.startedAt = start.addDays(week * 7 + i % 7).toString(Qt::ISODate) +
                      QStringLiteral("T%1:00:00+08:00").arg(9 + i, 2, 10, QLatin1Char('0'));
        s.wait = wait;
        s.csat = 5;
        s.resolved = true;
        const QString h = s.startedAt.mid(11, 2);
        s.turns = {{QStringLiteral("customer"), h + QStringLiteral(":00:00")},
                   {QStringLiteral("agent"), h + QStringLiteral(":00:10")}};
        specs.push_back(s);
    };
    for (int w = 0; w < 4; ++w) {
        for (int i = 0; i < 10; ++i) {
            add(QStringLiteral("A1"), w, i, baseline[w]);
            add(QStringLiteral("A2"), w, i, baseline[w]);
            add(QStringLiteral("A3"), w, i, baseline[w]);
            add(QStringLiteral("A4"), w, i, 100);
        }
    }
    for (int i = 0; i < 10; ++i) {
        add(QStringLiteral("A1"), 4, i, 21);
        add(QStringLiteral("A2"), 4, i, 40);
        add(QStringLiteral("A4"), 4, i, 110);
        if (i < 3)
            add(QStringLiteral("A3"), 4, i, 40);
    }
    QVERIFY(import(specs, QStringLiteral("weeks.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    const auto report = repository.report(week(), QStringLiteral("agent"), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(int(report->groups.size()), 4);
    auto wait = [&](const char *agent) {
        return groupNamed(*report, QStringLiteral("坐席") + QString::fromLatin1(agent))
            ->value(QStringLiteral("wait_time"));
    };
    QCOMPARE(*wait("A1")->value, 21.0);
    QCOMPARE(wait("A1")->baselinePeriods, 4);
    QCOMPARE(*wait("A1")->baselineMean, 20.0);
    QVERIFY(qFuzzyCompare(wait("A1")->baselineSd, std::sqrt(2.0)));
    QVERIFY(qAbs(*wait("A1")->z - 1 / std::sqrt(2.0)) < 1e-9);
    QVERIFY(!wait("A1")->anomaly);

    QCOMPARE(*wait("A2")->value, 40.0);
    QVERIFY(qAbs(*wait("A2")->z - 20 / std::sqrt(2.0)) < 1e-9);
    QVERIFY(wait("A2")->anomaly);
    QVERIFY(wait("A2")->worse);

    QCOMPARE(wait("A3")->n, 3);
    QVERIFY(*wait("A3")->z > 2); // far off, but three conversations are too few
    QVERIFY(!wait("A3")->anomaly);

    QCOMPARE(wait("A4")->baselineSd, 0.0);
    QVERIFY(qAbs(*wait("A4")->z - 2.0) < 1e-9);
    QVERIFY(!wait("A4")->anomaly);

    const IndicatorValue *total = report->total.value(QStringLiteral("wait_time"));
    QCOMPARE(total->n, 33);
    QVERIFY(qAbs(*total->value - 1830.0 / 33.0) < 1e-9);
    QCOMPARE(*total->baselineMean, 40.0);
    QVERIFY(qAbs(*total->z - (1830.0 / 33.0 - 40.0) / 2.0) < 1e-9);
    QVERIFY(total->anomaly);
    // Nothing else moved: no other metric of any agent is flagged (turns, CSAT, resolution, response times constant).
    for (const IndicatorGroup &g : report->groups)
        for (const IndicatorValue &v : g.values)
            if (v.metric != QLatin1String("wait_time"))
                QVERIFY2(!v.anomaly, qPrintable(g.name + QLatin1Char(' ') + v.metric));
    // A baseline of only one counted week is no baseline: A3 in the week of 9 Nov has 10 conversations but looks back
    // at 12 Oct – 8 Nov, of which only three weeks have data; with the period 19–25 Oct it has none before it.
    IndicatorFilter first;
    first.from = QDate(2026, 10, 19);
    first.to = QDate(2026, 10, 25);
    const auto early = repository.report(first, QStringLiteral("agent"), &error);
    QVERIFY2(early, qPrintable(error));
    for (const IndicatorGroup &g : early->groups) {
        QCOMPARE(g.value(QStringLiteral("wait_time"))->baselinePeriods, 0);
        QVERIFY(!g.value(QStringLiteral("wait_time"))->baselineMean.has_value());
    }
}

void TestIndicators::clickThrough()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    // first_response > 30: c6 (35), c2 (40) — newest first; then the rest, newest first: c3, c1.
    auto list = repository.conversations(week(), QStringLiteral("first_response"), 100, false, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(ids(*list),
             (QStringList{QStringLiteral("c6"), QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c1")}));
    QCOMPARE(*list->at(0).value, 35.0);
    QVERIFY(list->at(0).offending && list->at(1).offending && !list->at(2).offending);
    QCOMPARE(list->at(1).teamName, kOne);
    list = repository.conversations(week(), QStringLiteral("first_response"), 100, true, &error);
    QCOMPARE(ids(*list), (QStringList{QStringLiteral("c6"), QStringLiteral("c2")}));
    // The limit.
    list = repository.conversations(week(), QStringLiteral("first_response"), 1, false, &error);
    QCOMPARE(ids(*list), QStringList{QStringLiteral("c6")});
    // CSAT ≤ 3: c5 (1), c2 (3).
    list = repository.conversations(week(), QStringLiteral("csat"), 100, true, &error);
    QCOMPARE(ids(*list), (QStringList{QStringLiteral("c5"), QStringLiteral("c2")}));
    // Unresolved: c2.
    list = repository.conversations(week(), QStringLiteral("resolution"), 100, true, &error);
    QCOMPARE(ids(*list), QStringList{QStringLiteral("c2")});
    // Repeat contacts: c6, c3, c1.
    list = repository.conversations(week(), QStringLiteral("repeat_contact"), 100, true, &error);
    QCOMPARE(ids(*list), (QStringList{QStringLiteral("c6"), QStringLiteral("c3"), QStringLiteral("c1")}));
    // Wait > 20: c4 (60), c2 (30).
    list = repository.conversations(week(), QStringLiteral("wait_time"), 100, true, &error);
    QCOMPARE(ids(*list), (QStringList{QStringLiteral("c4"), QStringLiteral("c2")}));
    // Response time > 60: none.
    list = repository.conversations(week(), QStringLiteral("response_time"), 100, true, &error);
    QVERIFY(list->empty());
    // The group: agent A1's first responses: c2 (40) offending, then c1.
    IndicatorFilter a1 = week();
    a1.agent = QStringLiteral("A1");
    list = repository.conversations(a1, QStringLiteral("first_response"), 100, false, &error);
    QCOMPARE(ids(*list), (QStringList{QStringLiteral("c2"), QStringLiteral("c1")}));
}

void TestIndicators::sampleThese()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    const auto list = repository.conversations(week(), QStringLiteral("first_response"), 100, true, &error);
    QVERIFY2(list, qPrintable(error));
    const QStringList picked = ids(*list); // c6, c2
    // Inspectors may not draw samples; unknown conversations are refused and nothing is written.
    QVERIFY(repository.sample(m_li, week(), QStringLiteral("first_response"), picked, &error).isEmpty());
    QVERIFY(repository
                .sample(m_admin, week(), QStringLiteral("first_response"),
                        {QStringLiteral("c6"), QStringLiteral("nope")}, &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("samples")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("sample_items")), 0);

    const QString id = repository.sample(m_admin, week(), QStringLiteral("first_response"), picked, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    SamplingRepository sampling(*m_store);
    const auto info = sampling.sample(id);
    QVERIFY(info);
    QCOMPARE(info->planName, QStringLiteral("indicator:first_response"));
    QCOMPARE(info->picked, 2);
    const auto items = sampling.sampleItems(id);
    QCOMPARE(int(items.size()), 2);
    QStringList itemIds;
    for (const SampleItem &item : items) {
        itemIds << item.conversationId;
        QCOMPARE(item.reason, QStringLiteral("indicator:first_response"));
    }
    QCOMPARE(itemIds, picked);
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sample.create' "
                                   "AND entity_id = ?"),
                    {id})
                 .toInt(),
             1);
    // The existing assignment puts them in the inspectors' queues.
    const auto summary = sampling.assign(m_admin, id, {m_li.id, m_wang.id}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    int queued = 0;
    for (const auto &q : summary->queues)
        queued += q.items;
    QCOMPARE(queued, 2);
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT count(*) FROM queue_items i JOIN queues q ON q.id = i.queue_id "
                                   "WHERE q.sample_id = ? AND i.reason = 'indicator:first_response'"),
                    {id})
                 .toInt(),
             2);
}

void TestIndicators::reimportUpdatesMetrics()
{
    std::vector<Spec> specs = fixture();
    QVERIFY(import(specs, QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    QVERIFY2(repository.report(week(), QString(), &error), qPrintable(error));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT first_response_s FROM indicator_metrics "
                                             "WHERE conversation_id = 'c3'"))
                 .toDouble(),
             10.0);
    // c3 again with its agent answering after 50 s instead of 10; and c1 turned into a call (no response times).
    for (Spec &s : specs) {
        if (s.id == QLatin1String("c3"))
            s.turns = {{QStringLiteral("customer"), QStringLiteral("11:00:00")},
                       {QStringLiteral("agent"), QStringLiteral("11:00:50")}};
        if (s.id == QLatin1String("c1")) {
            s.channel = QStringLiteral("call");
            s.turns.clear();
            s.callTurns = 4;
        }
    }
    QVERIFY(import(specs, QStringLiteral("week2.jsonl")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM indicator_pending")).toInt(), 2);
    QCOMPARE(repository.update(&error), 1); // c3 recomputed; c1's row dropped
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT first_response_s FROM indicator_metrics "
                                             "WHERE conversation_id = 'c3'"))
                 .toDouble(),
             50.0);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT count(*) FROM indicator_metrics WHERE conversation_id = 'c1'")).toInt(),
        0);
    // first response now c2 40, c3 50, c6 35 → 125 / 3 = 41.67 > 30: misses
    const auto report = repository.report(week(), QString(), &error);
    QVERIFY2(report, qPrintable(error));
    const IndicatorValue *first = report->total.value(QStringLiteral("first_response"));
    QCOMPARE(first->n, 3);
    QVERIFY(qAbs(*first->value - 125.0 / 3.0) < 1e-9);
    QVERIFY(!first->meets);
    // Unchanged re-import: nothing pending.
    QVERIFY(import(specs, QStringLiteral("week3.jsonl")));
    QCOMPARE(repository.update(&error), 0);
    // Cancelling: a store with pending work and a set flag stops with "cancelled" and keeps the pending rows.
    QVERIFY(m_store->execScript(QStringLiteral("INSERT INTO indicator_pending SELECT id FROM conversations"), &error));
    std::atomic_bool cancel{true};
    QCOMPARE(repository.update(&error, {}, &cancel), -1);
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("indicator_pending")), 8);
    QVERIFY(!repository.report(week(), QString(), &error, {}, &cancel));
    QVERIFY(!repository.conversations(week(), QStringLiteral("csat"), 10, false, &error, {}, &cancel));
    QCOMPARE(error, QStringLiteral("cancelled"));
}

void TestIndicators::badInput()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    IndicatorRepository repository(*m_store);
    QString error;
    IndicatorFilter f = week();
    f.team = QStringLiteral("三组");
    QVERIFY(!repository.report(f, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("三组")), qPrintable(error));
    f = week();
    f.channel = QStringLiteral("email");
    QVERIFY(!repository.report(f, QString(), &error));
    f = week();
    f.agent = QStringLiteral("Z9");
    QVERIFY(!repository.report(f, QString(), &error));
    f = week();
    f.from = QDate(2026, 11, 30);
    QVERIFY(!repository.report(f, QString(), &error));
    QVERIFY(!repository.report(week(), QStringLiteral("queue"), &error));
    QVERIFY(!repository.conversations(week(), QStringLiteral("speed"), 10, false, &error));
}

void TestIndicators::commandLine()
{
    QVERIFY(import(fixture(), QStringLiteral("week.jsonl")));
    const QString storePath = m_store->path();
    auto run = [&](const QStringList &arguments, QByteArray *out) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QAWB_USER"), QStringLiteral("boss"));
        env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QAWB_CLI_PATH), arguments + QStringList{QStringLiteral("--store"), storePath});
        if (!process.waitForFinished(120000))
            return -1;
        *out = process.readAllStandardOutput();
        return process.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-22"), QStringLiteral("--by"), QStringLiteral("team"),
                  QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("group_by")).toString(), QStringLiteral("team"));
    const QJsonObject wait = report.value(QStringLiteral("total"))
                                 .toObject()
                                 .value(QStringLiteral("metrics"))
                                 .toObject()
                                 .value(QStringLiteral("wait_time"))
                                 .toObject();
    QCOMPARE(wait.value(QStringLiteral("value")).toDouble(), 25.0); // as in metricsOfTheWeek
    QCOMPARE(wait.value(QStringLiteral("n")).toInt(), 5);
    QCOMPARE(wait.value(QStringLiteral("meets")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("groups")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("total")).toObject().value(QStringLiteral("csat_distribution")).toArray(),
             (QJsonArray{1, 0, 1, 1, 2}));
    // Text table: the total row marks the wait time (25.0s) as missing its threshold.
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-22")},
                 &out),
             0);
    QVERIFY2(out.contains("25.0s*"), out.constData());
    // Click-through and sample, then assign.
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("conversations"), QStringLiteral("csat"),
                  QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                  QStringLiteral("2026-11-22"), QStringLiteral("--json")},
                 &out),
             0);
    const QJsonArray rows = QJsonDocument::fromJson(out).object().value(QStringLiteral("conversations")).toArray();
    QCOMPARE(rows.size(), 5); // c5, c2 offending; then c6, c4, c1
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("c5"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("offending")).toBool(), true);
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("offending")).toBool(), false);
    QCOMPARE(
        run({QStringLiteral("indicators"), QStringLiteral("sample"), QStringLiteral("csat"), QStringLiteral("--from"),
             QStringLiteral("2026-11-16"), QStringLiteral("--to"), QStringLiteral("2026-11-22")},
            &out),
        0);
    const QString sampleId = QString::fromUtf8(out).trimmed();
    QVERIFY2(!sampleId.isEmpty(), out.constData());
    QCOMPARE(run({QStringLiteral("assign"), QStringLiteral("--sample"), sampleId, QStringLiteral("--inspectors"),
                  QStringLiteral("li,wang")},
                 &out),
             0);
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT count(*) FROM queue_items i JOIN queues q ON q.id = i.queue_id "
                                   "WHERE q.sample_id = ?"),
                    {sampleId})
                 .toInt(),
             2);
    // Threshold: set, and refused for a bad value (exit 1) or a missing argument (usage, exit 2).
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("threshold"), QStringLiteral("resolution"),
                  QStringLiteral("80%")},
                 &out),
             0);
    QCOMPARE(IndicatorRepository(*m_store).threshold(QStringLiteral("resolution")), std::optional<double>(0.8));
    QCOMPARE(
        run({QStringLiteral("indicators"), QStringLiteral("threshold"), QStringLiteral("csat"), QStringLiteral("9")},
            &out),
        1);
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("threshold"), QStringLiteral("csat")}, &out), 2);
    QCOMPARE(run({QStringLiteral("indicators"), QStringLiteral("--by"), QStringLiteral("queue")}, &out), 2);
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
