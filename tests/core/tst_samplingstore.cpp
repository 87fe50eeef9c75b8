// Sampling against a store and assignment (派单): candidates with their triggers and exclusions, stored samples,
// balanced and own-team-aware assignment, identical blind calibration sets, progress, reassigning and replacing.
#include "core/assignment.h"
#include "core/auditlog.h"
#include "core/autoqarunner.h"
#include "core/caserepository.h"
#include "core/importer.h"
#include "core/rulesetrepository.h"
#include "core/samplingrepository.h"
#include "core/scorecardrepository.h"
#include "core/userrepository.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace qawb;
using namespace qawb::test;

namespace {

struct Spec
{
    QString id;
    QString agent;
    QString channel = QStringLiteral("chat");
    QString startedAt;
    double duration = 120;
    int csat = 4;
    bool resolved = true;
    QString business = QStringLiteral("consult");
    QString customer;
    QString customerText = QStringLiteral("请问话费怎么查？");
    int messages = 4; // chats: how many messages
};

QString teamOf(const QString &agent)
{
    return agent <= QLatin1String("A3") ? QStringLiteral("一组") : QStringLiteral("二组");
}

QByteArray line(const Spec &s)
{
    QJsonArray turns;
    for (int i = 0; i < s.messages; ++i) {
        const bool customer = i % 2 == 0;
        QJsonObject t{{QStringLiteral("speaker"), customer ? QStringLiteral("customer") : QStringLiteral("agent")},
                      {QStringLiteral("text"), customer ? (i == 0 ? s.customerText : QStringLiteral("好的"))
                                                        : (i == 1 ? QStringLiteral("您好，很高兴为您服务。")
                                                                  : QStringLiteral("还有其他问题吗？再见。"))}};
        if (s.channel == QLatin1String("call")) {
            t.insert(QStringLiteral("start_ms"), i * 3000);
            t.insert(QStringLiteral("end_ms"), i * 3000 + 2500);
        } else {
            t.insert(QStringLiteral("at"), s.startedAt);
        }
        turns.append(t);
    }
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("channel"), s.channel},
                  {QStringLiteral("agent_id"), s.agent},
                  {QStringLiteral("agent_name"), QString(QStringLiteral("坐席") + s.agent)},
                  {QStringLiteral("team"), teamOf(s.agent)},
                  {QStringLiteral("started_at"), s.startedAt},
                  {QStringLiteral("duration_s"), s.duration},
                  {QStringLiteral("csat"), s.csat},
                  {QStringLiteral("resolved"), s.resolved},
                  {QStringLiteral("business_type"), s.business},
                  {QStringLiteral("turns"), turns}};
    if (!s.customer.isEmpty())
        o.insert(QStringLiteral("customer_id"), s.customer);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QString at(const QDate &day, int hour, int minute = 0)
{
    return QStringLiteral("%1T%2:%3:00+08:00")
        .arg(day.toString(Qt::ISODate))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

const QDate kWeekStart(2026, 11, 9); // Monday; the period is 9–15 November
const QStringList kAgents{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
                          QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("A6")};

std::vector<Spec> population()
{
    std::vector<Spec> out;
    for (const QString &agent : kAgents) {
        // The period: ten each. A6's customers are suddenly unhappy (CSAT 1–2 against a baseline around 4).
        for (int i = 0; i < 10; ++i) {
            Spec s;
            s.id = QStringLiteral("%1-p%2").arg(agent).arg(i);
            s.agent = agent;
            s.channel = i % 2 ? QStringLiteral("call") : QStringLiteral("chat");
            s.startedAt = at(kWeekStart.addDays(i % 7), 9 + i % 5);
            s.duration = s.channel == QLatin1String("call") ? 60 + 30 * (i % 10) : 100 + 10 * (i % 10);
            s.csat = agent == QLatin1String("A6") ? 1 + i % 2 : 3 + i % 3;
            s.messages = 4 + i % 3;
            out.push_back(s);
        }
        // The 28 days before: twenty each, the same mix.
        for (int i = 0; i < 20; ++i) {
            Spec s;
            s.id = QStringLiteral("%1-b%2").arg(agent).arg(i);
            s.agent = agent;
            s.channel = i % 2 ? QStringLiteral("call") : QStringLiteral("chat");
            s.startedAt = at(kWeekStart.addDays(-28 + i), 10);
            s.duration = s.channel == QLatin1String("call") ? 60 + 30 * (i % 10) : 100 + 10 * (i % 10);
            s.csat = 3 + i % 3;
            out.push_back(s);
        }
    }
    const auto add = [&](const QString &id, const QString &agent, auto change) {
        Spec s;
        s.id = id;
        s.agent = agent;
        s.startedAt = at(kWeekStart.addDays(2), 15);
        change(s);
        out.push_back(s);
    };
    add(QStringLiteral("risk-1"), QStringLiteral("A1"),
        [](Spec &s) { s.customerText = QStringLiteral("我要投诉你们"); });
    add(QStringLiteral("complaint-1"), QStringLiteral("A2"), [](Spec &s) { s.business = QStringLiteral("complaint"); });
    add(QStringLiteral("unresolved-1"), QStringLiteral("A3"), [](Spec &s) { s.resolved = false; });
    add(QStringLiteral("rep-1"), QStringLiteral("A2"), [](Spec &s) {
        s.customer = QStringLiteral("C9");
        s.startedAt = at(kWeekStart.addDays(1), 10);
    });
    add(QStringLiteral("rep-2"), QStringLiteral("A4"), [](Spec &s) {
        s.customer = QStringLiteral("C9");
        s.startedAt = at(kWeekStart.addDays(2), 11);
    });
    add(QStringLiteral("short-call"), QStringLiteral("A5"), [](Spec &s) {
        s.channel = QStringLiteral("call");
        s.duration = 5;
    });
    add(QStringLiteral("short-chat"), QStringLiteral("A5"), [](Spec &s) { s.messages = 2; });
    add(QStringLiteral("evaluated-1"), QStringLiteral("A2"), [](Spec &) {});
    add(QStringLiteral("late-1"), QStringLiteral("A3"), [](Spec &s) { s.startedAt = at(QDate(2026, 11, 12), 23, 30); });
    add(QStringLiteral("outside-1"), QStringLiteral("A1"), [](Spec &s) { s.startedAt = at(QDate(2026, 11, 16), 9); });
    return out;
}

SamplingPlan fullPlan()
{
    QString error;
    const auto plan = SamplingPlan::fromJson(
        R"({"format":"qawb-sampling-plan/1","name":"周检","rate":0.2,"seed":11,"stratify":["channel"],
            "per_agent":{"min":2,"max":6},
            "triggers":[{"kind":"risk","cap":5},{"kind":"complaint","cap":5},{"kind":"unresolved","cap":5},
                        {"kind":"repeat_contact","cap":5},{"kind":"anomaly","cap":3},{"kind":"low_csat","cap":2}],
            "exclude":{"min_call_s":30,"min_chat_messages":3}})",
        &error);
    if (!plan)
        qFatal("plan: %s", qPrintable(error));
    return *plan;
}

const SampleCandidate *find(const std::vector<SampleCandidate> &all, const QString &id)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const SampleCandidate &c) { return c.id == id; });
    return it == all.end() ? nullptr : &*it;
}

} // namespace

class TestSamplingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void candidatesCarryTriggersAndExclusions();
    void scopeLimitsCandidates();
    void shortPeriodReadThroughTheIndex();
    void cancelStopsLoading();
    void planRoundTripAndPermissions();
    void storedSampleMatchesThePreview();
    void assignmentBalancesTimeNotCount();
    void ownTeamRule();
    void calibrationSetsAreIdenticalAndBlind();
    void replacementStaysInThePlansScope();
    void assignRefusalsWriteNothing();
    void progressCountsTimeLeft();
    void reassignAndReplaceAreRecorded();

private:
    std::vector<SampleCandidate> candidates(const SamplingPlan &plan);
    QString drawAndSave(const SamplingPlan &plan);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_li, m_wang, m_zhao, m_leader;
    SamplePeriod m_period;
};

void TestSamplingStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("s.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_admin = users.ensure(QStringLiteral("boss"), QStringLiteral("周经理"));
    m_li = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_wang = users.ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    m_zhao = users.ensure(QStringLiteral("zhao"), QStringLiteral("赵敏"));
    m_leader = users.ensure(QStringLiteral("tl"), QStringLiteral("陈组长"));
    QVERIFY(users.setRole(m_admin, QStringLiteral("tl"), QStringLiteral("team_leader"), &error));
    m_leader.role = QStringLiteral("team_leader");
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));

    QByteArray all, queued;
    for (const Spec &s : population())
        all += line(s);
    Spec q;
    q.id = QStringLiteral("queued-1");
    q.agent = QStringLiteral("A1");
    q.startedAt = at(kWeekStart.addDays(3), 11);
    queued = line(q);
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("all.jsonl")), all));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("queued.jsonl")), queued));
    ImportOptions options;
    options.userId = m_admin.id;
    QVERIFY(Importer(*m_store, options).run({m_dir->filePath(QStringLiteral("all.jsonl"))}).ok);
    options.queueName = QStringLiteral("Open queue");
    QVERIFY(Importer(*m_store, options).run({m_dir->filePath(QStringLiteral("queued.jsonl"))}).ok);
    QVERIFY2(RuleSetRepository(*m_store).ensureActive(m_admin.id, &error), qPrintable(error));
    AutoQaRunner(*m_store, m_admin.id).run();
    // Someone has already evaluated evaluated-1 (a draft is enough to leave it out).
    QSqlQuery e(m_store->database());
    QVERIFY(e.exec(
        QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, created_at, "
            "updated_at) SELECT 'ev-1', 'evaluated-1', id, '%1', 'draft', '2026-11-20', '2026-11-20' "
            "FROM scorecard_versions LIMIT 1")
            .arg(m_li.id)));
    m_period = SamplePeriod::fromDates(kWeekStart, kWeekStart.addDays(6));
}

void TestSamplingStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::vector<SampleCandidate> TestSamplingStore::candidates(const SamplingPlan &plan)
{
    QString error;
    const auto loaded = SamplingRepository(*m_store).loadCandidates(plan, m_period, &error);
    if (!loaded)
        qWarning("loadCandidates: %s", qPrintable(error));
    return loaded.value_or(std::vector<SampleCandidate>{});
}

QString TestSamplingStore::drawAndSave(const SamplingPlan &plan)
{
    const std::vector<SampleCandidate> all = candidates(plan);
    QString error;
    const QString id = SamplingRepository(*m_store).saveSample(m_admin, plan, m_period, drawSample(plan, all), &error);
    if (id.isEmpty())
        qWarning("saveSample: %s", qPrintable(error));
    return id;
}

void TestSamplingStore::candidatesCarryTriggersAndExclusions()
{
    const std::vector<SampleCandidate> all = candidates(fullPlan());
    QCOMPARE(int(all.size()), 6 * 10 + 9 + 1); // the period's own, the specials in it, queued-1; not outside-1
    QVERIFY(!find(all, QStringLiteral("outside-1")));
    QVERIFY(!find(all, QStringLiteral("A1-b3")));

    const auto triggers = [&](const QString &id) {
        return find(all, id)->triggers;
    };
    const auto excluded = [&](const QString &id) {
        return find(all, id)->excludedBecause;
    };
    QVERIFY(triggers(QStringLiteral("risk-1")).contains(QStringLiteral("risk"))); // the auto-QA hit on 投诉
    QVERIFY(!triggers(QStringLiteral("A1-p0")).contains(QStringLiteral("risk")));
    QVERIFY(triggers(QStringLiteral("complaint-1")).contains(QStringLiteral("complaint")));
    QVERIFY(triggers(QStringLiteral("unresolved-1")).contains(QStringLiteral("unresolved")));
    // The first contact of a customer who came back a day later; the later one is not a repeat.
    QVERIFY(triggers(QStringLiteral("rep-1")).contains(QStringLiteral("repeat_contact")));
    QVERIFY(!triggers(QStringLiteral("rep-2")).contains(QStringLiteral("repeat_contact")));
    // A6's CSAT fell far below their own baseline: their low scores are flagged; nobody else's are.
    int anomalies = 0;
    for (const SampleCandidate &c : all) {
        if (c.triggers.contains(QStringLiteral("anomaly"))) {
            QCOMPARE(c.agentId, QStringLiteral("A6"));
            ++anomalies;
        }
    }
    QCOMPARE(anomalies, 10);
    QVERIFY(triggers(QStringLiteral("A6-p0")).contains(QStringLiteral("low_csat")));

    QCOMPARE(excluded(QStringLiteral("evaluated-1")), QStringLiteral("evaluated"));
    QCOMPARE(excluded(QStringLiteral("queued-1")), QStringLiteral("in_open_queue"));
    QCOMPARE(excluded(QStringLiteral("short-call")), QStringLiteral("too_short"));
    QCOMPARE(excluded(QStringLiteral("short-chat")), QStringLiteral("too_short"));
    QCOMPARE(excluded(QStringLiteral("A1-p1")), QString());

    // Hour and weekday in the conversation's own time zone (+08:00), whatever the machine's.
    QCOMPARE(find(all, QStringLiteral("late-1"))->hour, 23);
    QCOMPARE(find(all, QStringLiteral("late-1"))->weekday, 4); // Thursday 12 November
    QCOMPARE(find(all, QStringLiteral("A1-p0"))->weekday, 1);
    // Expected review time: a call in full plus scoring, a chat by its messages.
    QCOMPARE(find(all, QStringLiteral("A1-p1"))->expectedSeconds, 90.0 + 90.0);
    QCOMPARE(find(all, QStringLiteral("A1-p0"))->expectedSeconds, 4 * 6.0 + 90.0);

    // Without the exclusions, the same conversations are eligible.
    SamplingPlan loose = fullPlan();
    loose.excludeEvaluated = false;
    loose.excludeInOpenQueue = false;
    loose.minCallSeconds = 0;
    loose.minChatMessages = 0;
    for (const SampleCandidate &c : candidates(loose))
        QVERIFY2(c.excludedBecause.isEmpty(), qPrintable(c.id));
}

void TestSamplingStore::scopeLimitsCandidates()
{
    SamplingPlan plan = fullPlan();
    plan.teams = {QStringLiteral("二组")};
    plan.channels = {QStringLiteral("call")};
    const std::vector<SampleCandidate> all = candidates(plan);
    QCOMPARE(int(all.size()), 3 * 5 + 1); // A4–A6's calls, and short-call
    for (const SampleCandidate &c : all) {
        QVERIFY(c.agentId >= QLatin1String("A4"));
        QCOMPARE(c.channel, QStringLiteral("call"));
    }
    plan.teams = {QStringLiteral("三组")};
    QString error;
    QVERIFY(!SamplingRepository(*m_store).loadCandidates(plan, m_period, &error));
    QVERIFY2(error.contains(QStringLiteral("三组")), qPrintable(error));
}

void TestSamplingStore::shortPeriodReadThroughTheIndex()
{
    // One day of the week holds under a tenth of the store: it is read through the started_ms index, in two
    // halves by time. The result must be the week's candidates of that day, no more, no less.
    const SamplingPlan plan = fullPlan();
    const std::vector<SampleCandidate> week = candidates(plan);
    const SamplePeriod monday = SamplePeriod::fromDates(kWeekStart, kWeekStart);
    QString error;
    const auto day = SamplingRepository(*m_store).loadCandidates(plan, monday, &error);
    QVERIFY2(day, qPrintable(error));
    QVERIFY(!day->empty());
    QVERIFY(qint64(day->size()) * 10 < rowCount(*m_store, QStringLiteral("conversations")));
    QSet<QString> expected;
    for (const SampleCandidate &c : week) {
        if (c.weekday == 1)
            expected.insert(c.id);
    }
    QSet<QString> got;
    const quint32 anomaly = 1u << TriggerSet::indexOf(QStringLiteral("anomaly"));
    for (const SampleCandidate &c : *day) {
        got.insert(c.id);
        // The same triggers, except the anomaly one: a single day is too little to judge an agent by.
        QCOMPARE(c.triggers.bits() & ~anomaly, find(week, c.id)->triggers.bits() & ~anomaly);
        QCOMPARE(c.excludedBecause, find(week, c.id)->excludedBecause);
    }
    QCOMPARE(got, expected);
}

void TestSamplingStore::cancelStopsLoading()
{
    std::atomic_bool cancel{true};
    QString error;
    int reports = 0;
    const auto loaded = SamplingRepository(*m_store).loadCandidates(
        fullPlan(), m_period, &error, [&](int, int) { ++reports; }, &cancel);
    QVERIFY(!loaded);
    QCOMPARE(error, QStringLiteral("cancelled"));
    // Not cancelled: progress ends at the total.
    cancel = false;
    int lastDone = -1, lastTotal = -1;
    QVERIFY(SamplingRepository(*m_store).loadCandidates(
        fullPlan(), m_period, &error,
        [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        },
        &cancel));
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
}

void TestSamplingStore::planRoundTripAndPermissions()
{
    const SamplingPlan plan = fullPlan();
    QString error;
    const auto again = SamplingPlan::fromJson(plan.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), plan.toJson());
    QCOMPARE(again->perAgentMin, 2);
    QCOMPARE(again->minChatMessages, 3);
    QCOMPARE(int(again->triggers.size()), 6);

    SamplingRepository repository(*m_store);
    QVERIFY(!repository.savePlan(m_li, plan, &error));
    QVERIFY2(error.contains(QStringLiteral("李娜")), qPrintable(error));
    QVERIFY(repository.plans().empty());
    QVERIFY2(repository.savePlan(m_admin, plan, &error), qPrintable(error));
    SamplingPlan changed = plan;
    changed.rate = 0.15;
    QVERIFY2(repository.savePlan(m_admin, changed, &error), qPrintable(error));
    QCOMPARE(int(repository.plans().size()), 1);
    const auto stored = SamplingPlan::fromJson(repository.plan(QStringLiteral("周检"))->json, &error);
    QCOMPARE(stored->rate, 0.15);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sampling_plan.save'")).toInt(),
        2);
    QVERIFY(repository.deletePlan(m_admin, QStringLiteral("周检"), &error));
    QVERIFY(repository.plans().empty());
}

void TestSamplingStore::storedSampleMatchesThePreview()
{
    const SamplingPlan plan = fullPlan();
    const std::vector<SampleCandidate> all = candidates(plan);
    const SampleResult preview = drawSample(plan, all);
    // The same plan on the same data: the same sample.
    const SampleResult again = drawSample(plan, candidates(plan));
    QCOMPARE(again.picks.size(), preview.picks.size());
    for (size_t i = 0; i < preview.picks.size(); ++i)
        QCOMPARE(again.picks[i].id, preview.picks[i].id);
    // Every trigger reason is true of the conversation, and each trigger stays within its cap.
    for (const SamplePick &p : preview.picks) {
        const SampleCandidate *c = find(all, p.id);
        QVERIFY(c && c->excludedBecause.isEmpty());
        if (p.reason.startsWith(QLatin1String("trigger:")))
            QVERIFY2(c->triggers.contains(p.reason.mid(8)), qPrintable(p.id + QLatin1Char(' ') + p.reason));
    }
    QCOMPARE(preview.perReason.value(QStringLiteral("trigger:risk")), 1);
    QCOMPARE(preview.perReason.value(QStringLiteral("trigger:anomaly")), 3);
    for (const QString &agent : kAgents) {
        QVERIFY2(preview.perAgent.value(agent) >= 2, qPrintable(agent));
        QVERIFY2(preview.perAgent.value(agent) <= 6, qPrintable(agent));
    }

    QString error;
    SamplingRepository repository(*m_store);
    QVERIFY(repository.saveSample(m_li, plan, m_period, preview, &error).isEmpty());
    const QString id = repository.saveSample(m_admin, plan, m_period, preview, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const std::vector<SampleItem> items = repository.sampleItems(id);
    QCOMPARE(items.size(), preview.picks.size());
    for (size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].conversationId, preview.picks[i].id);
        QCOMPARE(items[i].reason, preview.picks[i].reason);
        QCOMPARE(items[i].expectedSeconds, find(all, items[i].conversationId)->expectedSeconds);
    }
    const std::optional<SampleInfo> info = repository.sample(id.left(8));
    QVERIFY(info);
    QCOMPARE(info->eligible, preview.eligible);
    QCOMPARE(info->excluded.value(QStringLiteral("too_short")), 2);
    QCOMPARE(info->period.fromMs, m_period.fromMs);
    // The plan is kept as drawn: drawing it again gives the same conversations.
    const auto kept = SamplingPlan::fromJson(info->planJson, &error);
    QVERIFY(kept);
    const SampleResult redrawn = drawSample(*kept, candidates(*kept));
    QCOMPARE(redrawn.picks.size(), preview.picks.size());
    QCOMPARE(redrawn.picks.front().id, preview.picks.front().id);
    QVERIFY(AuditLog(*m_store).verify().ok);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sample.create'")).toInt(),
             1);
}

void TestSamplingStore::assignmentBalancesTimeNotCount()
{
    // Calls of very different lengths: an even count would give one inspector hours more than another.
    std::vector<AssignmentItem> items;
    QRandomGenerator rng(5);
    double longest = 0;
    for (int i = 0; i < 61; ++i) {
        const double s = i % 10 == 0 ? 1800 + rng.bounded(1800) : 60 + rng.bounded(300);
        longest = std::max(longest, s);
        items.push_back({QStringLiteral("c%1").arg(i), QStringLiteral("T%1").arg(i % 3), s});
    }
    const std::vector<AssignmentInspector> inspectors{
        {QStringLiteral("i1"), {}}, {QStringLiteral("i2"), {}}, {QStringLiteral("i3"), {}}};
    const AssignmentResult r = assignSample(items, inspectors, {});
    QVERIFY(r.unassignable.empty());
    QVERIFY(r.calibration.empty());
    std::set<int> seen;
    for (size_t k = 0; k < 3; ++k) {
        double sum = 0;
        for (int i : r.perInspector[k]) {
            QVERIFY(seen.insert(i).second); // every item exactly once
            sum += items[size_t(i)].expectedSeconds;
        }
        QCOMPARE(sum, r.seconds[k]);
    }
    QCOMPARE(seen.size(), items.size());
    const auto [low, high] = std::minmax_element(r.seconds.begin(), r.seconds.end());
    QVERIFY2(*high - *low <= longest, qPrintable(QStringLiteral("%1 vs %2").arg(*high).arg(*low)));
    // Round robin by count for comparison: much further apart.
    std::vector<double> byCount(3, 0);
    for (size_t i = 0; i < items.size(); ++i)
        byCount[i % 3] += items[i].expectedSeconds;
    const auto [cl, ch] = std::minmax_element(byCount.begin(), byCount.end());
    QVERIFY2(*high - *low < (*ch - *cl) / 2, qPrintable(QStringLiteral("%1 vs %2").arg(*high - *low).arg(*ch - *cl)));
    // The same input gives the same split.
    const AssignmentResult again = assignSample(items, inspectors, {});
    QCOMPARE(again.perInspector, r.perInspector);
}

void TestSamplingStore::ownTeamRule()
{
    std::vector<AssignmentItem> items;
    for (int i = 0; i < 30; ++i)
        items.push_back({QStringLiteral("c%1").arg(i), i % 2 ? QStringLiteral("T1") : QStringLiteral("T2"), 100});
    const std::vector<AssignmentInspector> inspectors{{QStringLiteral("from-T1"), QStringLiteral("T1")},
                                                      {QStringLiteral("from-T2"), QStringLiteral("T2")},
                                                      {QStringLiteral("qa"), {}}};
    AssignmentOptions options;
    options.avoidOwnTeam = true;
    const AssignmentResult r = assignSample(items, inspectors, options);
    QVERIFY(r.unassignable.empty());
    for (size_t k = 0; k < inspectors.size(); ++k) {
        for (int i : r.perInspector[k])
            QVERIFY(items[size_t(i)].teamId != inspectors[k].teamId);
    }
    // Calibration takes only conversations everyone may review.
    options.calibration = 4;
    const AssignmentResult c = assignSample(items, inspectors, options);
    QVERIFY(c.calibration.empty()); // every conversation belongs to someone's team
    // With only T1 inspectors, T1's conversations cannot be assigned at all.
    const AssignmentResult blocked =
        assignSample(items, {{QStringLiteral("from-T1"), QStringLiteral("T1")}}, AssignmentOptions{0, true, 1});
    QCOMPARE(blocked.unassignable.size(), size_t(15));

    // Through the store: 李娜 comes from 一组 and never gets its conversations.
    QString error;
    QVERIFY2(UserRepository(*m_store).setTeam(m_admin, QStringLiteral("li"), QStringLiteral("一组"), &error),
             qPrintable(error));
    QVERIFY(!UserRepository(*m_store).setTeam(m_li, QStringLiteral("wang"), QStringLiteral("一组"), &error));
    const QString sample = drawAndSave(fullPlan());
    QVERIFY(!sample.isEmpty());
    AssignmentOptions storeOptions;
    storeOptions.avoidOwnTeam = true;
    const auto summary =
        SamplingRepository(*m_store).assign(m_admin, sample, {m_li.id, m_wang.id}, storeOptions, &error);
    QVERIFY2(summary, qPrintable(error));
    for (const AssignmentSummary::Queue &q : summary->queues) {
        if (q.inspectorId != m_li.id)
            continue;
        for (const CaseRow &row : CaseRepository(*m_store).cases(q.queueId, m_li.id))
            QVERIFY2(row.team != QLatin1String("一组"), qPrintable(row.conversationId));
    }
}

void TestSamplingStore::calibrationSetsAreIdenticalAndBlind()
{
    const QString sample = drawAndSave(fullPlan());
    QVERIFY(!sample.isEmpty());
    SamplingRepository repository(*m_store);
    const std::vector<SampleItem> items = repository.sampleItems(sample);
    AssignmentOptions options;
    options.calibration = 3;
    QString error;
    const auto summary = repository.assign(m_admin, sample, {m_li.id, m_wang.id, m_zhao.id}, options, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->calibrationItems, 3);
    QCOMPARE(int(summary->queues.size()), 6);

    CaseRepository cases(*m_store);
    std::map<QString, QStringList> calibration, own;
    for (const AssignmentSummary::Queue &q : summary->queues) {
        QStringList ids;
        for (const CaseRow &row : cases.cases(q.queueId, q.inspectorId))
            ids << row.conversationId;
        QCOMPARE(int(ids.size()), q.items);
        (q.kind == QLatin1String("calibration") ? calibration : own)[q.inspectorId] = ids;
    }
    QCOMPARE(int(calibration.size()), 3);
    // The calibration sets are identical, in the same order; the own shares are disjoint and, with the calibration
    // set, cover the whole sample.
    QCOMPARE(calibration[m_li.id], calibration[m_wang.id]);
    QCOMPARE(calibration[m_li.id], calibration[m_zhao.id]);
    QSet<QString> covered(calibration[m_li.id].begin(), calibration[m_li.id].end());
    int ownCount = 0;
    for (const auto &[inspector, ids] : own) {
        for (const QString &id : ids) {
            QVERIFY2(!covered.contains(id), qPrintable(id));
            covered.insert(id);
            ++ownCount;
        }
    }
    QCOMPARE(ownCount + 3, int(items.size()));
    QCOMPARE(int(covered.size()), int(items.size()));
    // Each inspector sees only their own evaluation of a calibration conversation.
    const QString shared = calibration[m_li.id].first();
    QSqlQuery e(m_store->database());
    QVERIFY(e.exec(
        QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, score, "
            "created_at, "
            "updated_at, submitted_at) SELECT 'ev-cal', '%1', id, '%2', 'submitted', 55, '2026-11-20', '2026-11-20', "
            "'2026-11-20' FROM scorecard_versions LIMIT 1")
            .arg(shared, m_li.id)));
    for (const AssignmentSummary::Queue &q : summary->queues) {
        if (q.kind != QLatin1String("calibration"))
            continue;
        for (const CaseRow &row : cases.cases(q.queueId, q.inspectorId)) {
            if (row.conversationId != shared)
                continue;
            if (q.inspectorId == m_li.id) {
                QCOMPARE(row.evaluationStatus, QStringLiteral("submitted"));
            } else {
                QCOMPARE(row.evaluationStatus, QString());
                QVERIFY(!row.score);
            }
        }
    }
    // A calibration item is not replaced in one inspector's set only.
    for (const AssignmentSummary::Queue &q : summary->queues) {
        if (q.kind == QLatin1String("calibration") && q.inspectorId == m_wang.id) {
            QVERIFY(repository
                        .replace(m_admin, q.queueId, calibration[m_wang.id].first(), QStringLiteral("录音损坏"), &error)
                        .isEmpty());
            QVERIFY2(error.contains(QStringLiteral("calibrat")), qPrintable(error));
        }
    }
    QCOMPARE(cases.cases(summary->queues[1].queueId, summary->queues[1].inspectorId).size(), size_t(3));
    QVERIFY(AuditLog(*m_store).verify().ok);
}

void TestSamplingStore::replacementStaysInThePlansScope()
{
    // A chats-only sample: when the agent has no other eligible chat, a call is not an acceptable replacement.
    SamplingPlan plan = fullPlan();
    plan.channels = {QStringLiteral("chat")};
    const QString sample = drawAndSave(plan);
    SamplingRepository repository(*m_store);
    QString error;
    QVERIFY2(repository.assign(m_admin, sample, {m_li.id}, {}, &error), qPrintable(error));
    const QueueProgress queue = repository.progress(m_li.id).front();
    const QString out = repository.queueItems(queue.queueId).front().conversationId;
    const QString agent = CaseRepository(*m_store).conversation(out)->agentId;
    QSqlQuery e(m_store->database());
    QVERIFY(
        e.exec(QStringLiteral("INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, "
                              "status, created_at, updated_at) SELECT 'ev-' || c.id, c.id, "
                              "(SELECT id FROM scorecard_versions LIMIT 1), '%1', 'draft', 'x', 'x' "
                              "FROM conversations c WHERE c.agent_id = '%2' AND c.channel = 'chat' AND c.id <> '%3' "
                              "AND NOT EXISTS (SELECT 1 FROM evaluations x WHERE x.conversation_id = c.id)")
                   .arg(m_zhao.id, agent, out)));
    QVERIFY(repository.replace(m_admin, queue.queueId, out, QStringLiteral("录音损坏"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no other conversation")), qPrintable(error));
    QCOMPARE(repository.queueItems(queue.queueId).front().conversationId, out); // nothing changed
    QVERIFY(repository.changes(queue.queueId).empty());
}

void TestSamplingStore::assignRefusalsWriteNothing()
{
    const QString sample = drawAndSave(fullPlan());
    SamplingRepository repository(*m_store);
    const qint64 queuesBefore = rowCount(*m_store, QStringLiteral("queues"));
    const qint64 auditBefore = rowCount(*m_store, QStringLiteral("audit_log"));
    QString error;
    QVERIFY(!repository.assign(m_li, sample, {m_li.id}, {}, &error));        // an inspector may not assign
    QVERIFY(!repository.assign(m_admin, sample, {m_leader.id}, {}, &error)); // a team leader does not evaluate
    QVERIFY2(error.contains(QStringLiteral("陈组长")), qPrintable(error));
    QVERIFY(!repository.assign(m_admin, sample, {m_li.id, m_li.id}, {}, &error));
    QVERIFY(!repository.assign(m_admin, sample, {}, {}, &error));
    AssignmentOptions calibration;
    calibration.calibration = 2;
    QVERIFY(!repository.assign(m_admin, sample, {m_li.id}, calibration, &error)); // calibration needs two
    calibration.calibration = 10000;
    QVERIFY(!repository.assign(m_admin, sample, {m_li.id, m_wang.id}, calibration, &error));
    QVERIFY(!repository.assign(m_admin, QStringLiteral("nope"), {m_li.id}, {}, &error));
    // Own-team rule with only 一组's inspector: 一组's conversations have nobody; nothing is written.
    QVERIFY(UserRepository(*m_store).setTeam(m_admin, QStringLiteral("li"), QStringLiteral("一组"), &error));
    AssignmentOptions own;
    own.avoidOwnTeam = true;
    QVERIFY(!repository.assign(m_admin, sample, {m_li.id}, own, &error));
    QVERIFY2(error.contains(QStringLiteral("own-team")), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("queues")), queuesBefore);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), auditBefore + 1); // only setTeam
    // Assigned once, not twice.
    QVERIFY2(repository.assign(m_admin, sample, {m_li.id, m_wang.id}, {}, &error), qPrintable(error));
    QVERIFY(!repository.assign(m_admin, sample, {m_zhao.id}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("already assigned")), qPrintable(error));
    // The next sample leaves out what is now in the open queues.
    const std::vector<SampleCandidate> next = candidates(fullPlan());
    for (const SampleItem &item : repository.sampleItems(sample))
        QCOMPARE(find(next, item.conversationId)->excludedBecause, QStringLiteral("in_open_queue"));
}

void TestSamplingStore::progressCountsTimeLeft()
{
    const QString sample = drawAndSave(fullPlan());
    SamplingRepository repository(*m_store);
    QString error;
    const auto summary = repository.assign(m_admin, sample, {m_li.id, m_wang.id}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    std::vector<QueueProgress> mine = repository.progress(m_li.id);
    QCOMPARE(int(mine.size()), 1);
    QCOMPARE(mine[0].kind, QStringLiteral("sample"));
    QCOMPARE(mine[0].sampleId, sample);
    QCOMPARE(mine[0].submitted, 0);
    QVERIFY(mine[0].total > 0);
    QCOMPARE(mine[0].expectedSeconds,
             summary->queues[0].inspectorId == m_li.id ? summary->queues[0].seconds : summary->queues[1].seconds);
    QCOMPARE(mine[0].secondsLeft, mine[0].expectedSeconds);
    QCOMPARE(int(repository.progress().size()), 3); // the import's Open queue as well

    // One submitted, one draft: the submitted one no longer counts as time left.
    const std::vector<QueueItemProgress> items = repository.queueItems(mine[0].queueId);
    QCOMPARE(int(items.size()), mine[0].total);
    QSqlQuery e(m_store->database());
    QVERIFY(e.exec(
        QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, created_at, "
            "updated_at) SELECT 'ev-a', '%1', id, '%2', 'submitted', 'x', 'x' FROM scorecard_versions LIMIT 1")
            .arg(items[0].conversationId, m_li.id)));
    QVERIFY(e.exec(
        QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, created_at, "
            "updated_at) SELECT 'ev-b', '%1', id, '%2', 'draft', 'x', 'x' FROM scorecard_versions LIMIT 1")
            .arg(items[1].conversationId, m_li.id)));
    mine = repository.progress(m_li.id);
    QCOMPARE(mine[0].submitted, 1);
    QCOMPARE(mine[0].drafts, 1);
    QCOMPARE(mine[0].secondsLeft, mine[0].expectedSeconds - items[0].expectedSeconds);
    QCOMPARE(repository.queueItems(mine[0].queueId)[0].evaluationStatus, QStringLiteral("submitted"));
    // The queue list shows the same estimate.
    const auto summaries = CaseRepository(*m_store).queues(m_li.id);
    QCOMPARE(int(summaries.size()), 1);
    QCOMPARE(summaries[0].submitted, 1);
}

void TestSamplingStore::reassignAndReplaceAreRecorded()
{
    const QString sample = drawAndSave(fullPlan());
    SamplingRepository repository(*m_store);
    QString error;
    const auto summary = repository.assign(m_admin, sample, {m_li.id, m_wang.id}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    const QueueProgress li = repository.progress(m_li.id).front();
    const QueueProgress wang = repository.progress(m_wang.id).front();
    const std::vector<QueueItemProgress> items = repository.queueItems(li.queueId);
    const QString moved = items[0].conversationId;

    QVERIFY(!repository.reassign(m_admin, li.queueId, moved, m_wang.id, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QVERIFY(!repository.reassign(m_li, li.queueId, moved, m_wang.id, QStringLiteral("休假"), &error));
    QVERIFY(!repository.reassign(m_admin, li.queueId, moved, m_leader.id, QStringLiteral("休假"), &error));
    QVERIFY(
        !repository.reassign(m_admin, li.queueId, QStringLiteral("nope"), m_wang.id, QStringLiteral("休假"), &error));
    QVERIFY2(repository.reassign(m_admin, li.queueId, moved, m_wang.id, QStringLiteral("李娜休假"), &error),
             qPrintable(error));
    QCOMPARE(repository.queueItems(li.queueId).size(), items.size() - 1);
    const std::vector<QueueItemProgress> wangItems = repository.queueItems(wang.queueId);
    QCOMPARE(wangItems.back().conversationId, moved); // into 王强's queue of the same sample, at the end
    std::vector<QueueItemChange> history = repository.changes(li.queueId);
    QCOMPARE(int(history.size()), 1);
    QCOMPARE(history[0].action, QStringLiteral("reassign"));
    QCOMPARE(history[0].reason, QStringLiteral("李娜休假"));
    QCOMPARE(history[0].toInspectorName, QStringLiteral("王强"));
    QCOMPARE(history[0].fromInspectorName, QStringLiteral("李娜"));
    QCOMPARE(history[0].actorName, QStringLiteral("周经理"));
    QCOMPARE(int(repository.changes(wang.queueId).size()), 1);

    // Replace: another eligible conversation of the same agent takes its place.
    const QString out = items[1].conversationId;
    const QString agent = CaseRepository(*m_store).conversation(out)->agentId;
    const QString in = repository.replace(m_admin, li.queueId, out, QStringLiteral("录音损坏"), &error);
    QVERIFY2(!in.isEmpty(), qPrintable(error));
    QVERIFY(in != out);
    QCOMPARE(CaseRepository(*m_store).conversation(in)->agentId, agent);
    const std::vector<QueueItemProgress> after = repository.queueItems(li.queueId);
    QCOMPARE(after[0].conversationId, in); // in the same place
    QCOMPARE(after[0].reason, QStringLiteral("replacement"));
    for (const SampleItem &item : repository.sampleItems(sample))
        QVERIFY(item.conversationId != in); // not something the sample already has
    QVERIFY(in != QLatin1String("evaluated-1") && in != QLatin1String("queued-1"));
    history = repository.changes(li.queueId);
    QCOMPARE(int(history.size()), 2);
    QCOMPARE(history[1].action, QStringLiteral("replace"));
    QCOMPARE(history[1].replacementId, in);

    // Not once the inspector has submitted it.
    QSqlQuery e(m_store->database());
    QVERIFY(e.exec(
        QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, created_at, "
            "updated_at) SELECT 'ev-s', '%1', id, '%2', 'submitted', 'x', 'x' FROM scorecard_versions LIMIT 1")
            .arg(in, m_li.id)));
    QVERIFY(!repository.reassign(m_admin, li.queueId, in, m_wang.id, QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("already reviewed")), qPrintable(error));
    QVERIFY(repository.replace(m_admin, li.queueId, in, QStringLiteral("x"), &error).isEmpty());
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'queue.%'")).toInt(), 2);
    QVERIFY(AuditLog(*m_store).verify().ok);
}

QTEST_GUILESS_MAIN(TestSamplingStore)
#include "tst_samplingstore.moc"
