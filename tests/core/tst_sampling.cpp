// The sampling draw (抽样): proportional per stratum over many seeds, reproducible, per-agent minimum and maximum,
// trigger caps, exclusions, and the reason given for every pick.
#include "core/sampling.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace qawb;

class TestSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planParsing_data();
    void planParsing();
    void proportionalPerStratumOverManySeeds();
    void reproducibleWhateverTheOrder();
    void perAgentMinimumAndMaximum();
    void triggersAreCapped();
    void exclusionsAreNeverPicked();
};

namespace {

// agents A0..A9 with 20, 40, ... 200 conversations; half chats, half calls; every 7th a risk hit.
std::vector<SampleCandidate> population()
{
    std::vector<SampleCandidate> out;
    for (int a = 0; a < 10; ++a) {
        for (int i = 0; i < 20 * (a + 1); ++i) {
            SampleCandidate c;
            c.id = QStringLiteral("c-%1-%2").arg(a).arg(i);
            c.agentId = QStringLiteral("A%1").arg(a);
            c.channel = i % 2 ? QStringLiteral("call") : QStringLiteral("chat");
            c.hour = 8 + i % 10;
            if (i % 7 == 0)
                c.triggers.insert(QStringLiteral("risk"));
            out.push_back(c);
        }
    }
    return out;
}

SamplingPlan plan(double rate, quint64 seed)
{
    SamplingPlan p;
    p.rate = rate;
    p.seed = seed;
    p.stratifyBy = {QStringLiteral("channel")};
    return p;
}

QStringList ids(const SampleResult &r)
{
    QStringList out;
    for (const SamplePick &p : r.picks)
        out << p.id;
    out.sort();
    return out;
}

} // namespace

void TestSampling::planParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("valid") << QByteArray(R"({"format":"qawb-sampling-plan/1","name":"weekly","rate":0.15,"seed":7,
        "stratify":["channel","weekday"],"per_agent":{"min":4,"max":20},"triggers":[{"kind":"risk","cap":10}]})")
                           << QString();
    QTest::newRow("count") << QByteArray(R"({"format":"qawb-sampling-plan/1","count":200})") << QString();
    QTest::newRow("neither") << QByteArray(R"({"format":"qawb-sampling-plan/1"})") << QStringLiteral("rate");
    QTest::newRow("both") << QByteArray(R"({"format":"qawb-sampling-plan/1","rate":0.1,"count":5})")
                          << QStringLiteral("either rate");
    QTest::newRow("percent") << QByteArray(R"({"format":"qawb-sampling-plan/1","rate":10})")
                             << QStringLiteral("more than 1");
    QTest::newRow("dimension") << QByteArray(R"({"format":"qawb-sampling-plan/1","rate":0.1,"stratify":["mood"]})")
                               << QStringLiteral("unknown dimension mood");
    QTest::newRow("trigger") << QByteArray(
                                    R"({"format":"qawb-sampling-plan/1","rate":0.1,"triggers":[{"kind":"x","cap":1}]})")
                             << QStringLiteral("triggers[0].kind");
    QTest::newRow("uncapped") << QByteArray(
                                     R"({"format":"qawb-sampling-plan/1","rate":0.1,"triggers":[{"kind":"risk"}]})")
                              << QStringLiteral("needs a cap");
    QTest::newRow("min over max")
        << QByteArray(R"({"format":"qawb-sampling-plan/1","rate":0.1,"per_agent":{"min":5,"max":2}})")
        << QStringLiteral("min ≤ max");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"qawb-scorecard/1","rate":0.1})")
                                  << QStringLiteral("format");
}

void TestSampling::planParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    const auto p = SamplingPlan::fromJson(json, &message);
    if (error.isEmpty()) {
        QVERIFY2(p, qPrintable(message));
    } else {
        QVERIFY(!p);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
}

void TestSampling::proportionalPerStratumOverManySeeds()
{
    const std::vector<SampleCandidate> people = population();
    QMap<QString, int> timesPicked;
    const int seeds = 200;
    for (int seed = 1; seed <= seeds; ++seed) {
        const SampleResult r = drawSample(plan(0.1, quint64(seed)), people);
        QCOMPARE(r.eligible, int(people.size()));
        QCOMPARE(r.target, 110); // 10% of 1,100
        QCOMPARE(int(r.picks.size()), r.target);
        // Every stratum (agent × channel) gets its share to within one conversation.
        for (auto it = r.eligiblePerStratum.cbegin(); it != r.eligiblePerStratum.cend(); ++it) {
            const double exact = 0.1 * it.value();
            const int got = r.perStratum.value(it.key());
            QVERIFY2(got >= std::floor(exact) && got <= std::ceil(exact),
                     qPrintable(QStringLiteral("%1: %2 of %3").arg(it.key()).arg(got).arg(it.value())));
        }
        for (const SamplePick &p : r.picks) {
            QCOMPARE(p.reason, QStringLiteral("random"));
            ++timesPicked[p.id];
        }
    }
    // Over many seeds every conversation has about the same chance (10%): none is never or always picked.
    int never = 0;
    double total = 0;
    for (const SampleCandidate &c : people) {
        const double share = double(timesPicked.value(c.id)) / seeds;
        total += share;
        never += timesPicked.value(c.id) == 0 ? 1 : 0;
        QVERIFY2(share < 0.3, qPrintable(c.id));
    }
    QVERIFY2(std::abs(total / double(people.size()) - 0.1) < 0.005, qPrintable(QString::number(total / people.size())));
    QVERIFY2(never < int(people.size()) / 50, qPrintable(QString::number(never))); // (0.9^200 ≈ 0: a few at most)
}

void TestSampling::reproducibleWhateverTheOrder()
{
    std::vector<SampleCandidate> people = population();
    SamplingPlan p = plan(0.12, 42);
    p.perAgentMin = 3;
    p.triggers = {{QStringLiteral("risk"), 15}};
    const SampleResult first = drawSample(p, people);
    std::shuffle(people.begin(), people.end(), *QRandomGenerator::global());
    const SampleResult again = drawSample(p, people);
    QCOMPARE(ids(again), ids(first));
    QCOMPARE(again.perReason, first.perReason);
    p.seed = 43;
    QVERIFY(ids(drawSample(p, people)) != ids(first));
}

void TestSampling::perAgentMinimumAndMaximum()
{
    std::vector<SampleCandidate> people = population();
    // A new agent with only two conversations, and a rate so low the random part alone would skip most agents.
    for (int i = 0; i < 2; ++i) {
        SampleCandidate c;
        c.id = QStringLiteral("new-%1").arg(i);
        c.agentId = QStringLiteral("NEW");
        c.channel = QStringLiteral("chat");
        people.push_back(c);
    }
    SamplingPlan p = plan(0.02, 5);
    p.perAgentMin = 4;
    p.perAgentMax = 6;
    p.triggers = {{QStringLiteral("risk"), 100}}; // triggers too must stop at an agent's maximum
    const SampleResult r = drawSample(p, people);
    QCOMPARE(r.perAgent.value(QStringLiteral("NEW")), 2); // all they have
    for (int a = 0; a < 10; ++a) {
        const int n = r.perAgent.value(QStringLiteral("A%1").arg(a));
        QVERIFY2(n >= 4 && n <= 6, qPrintable(QStringLiteral("A%1: %2").arg(a).arg(n)));
    }
    QVERIFY(r.perReason.value(QStringLiteral("minimum")) > 0 || r.perReason.value(QStringLiteral("trigger:risk")) > 0);
}

void TestSampling::triggersAreCapped()
{
    const std::vector<SampleCandidate> people = population(); // 163 with a risk hit
    SamplingPlan p = plan(0.1, 9);
    p.triggers = {{QStringLiteral("risk"), 25}};
    const SampleResult r = drawSample(p, people);
    QCOMPARE(r.perReason.value(QStringLiteral("trigger:risk")), 25);
    QCOMPARE(int(r.picks.size()), r.target); // the random part fills the rest of the target
    for (const SamplePick &pick : r.picks) {
        const auto c =
            std::find_if(people.cbegin(), people.cend(), [&](const SampleCandidate &x) { return x.id == pick.id; });
        if (pick.reason == QLatin1String("trigger:risk"))
            QVERIFY(c->triggers.contains(QStringLiteral("risk"))); // the reason is true
    }
    // A cap of zero switches a trigger off.
    p.triggers = {{QStringLiteral("risk"), 0}};
    QCOMPARE(drawSample(p, people).perReason.value(QStringLiteral("trigger:risk")), 0);
}

void TestSampling::exclusionsAreNeverPicked()
{
    std::vector<SampleCandidate> people = population();
    int evaluated = 0;
    for (size_t i = 0; i < people.size(); i += 3) {
        people[i].excludedBecause = QStringLiteral("evaluated");
        ++evaluated;
    }
    people[1].excludedBecause = QStringLiteral("too_short");
    SamplingPlan p = plan(0.5, 3);
    p.triggers = {{QStringLiteral("risk"), 50}};
    const SampleResult r = drawSample(p, people);
    QCOMPARE(r.excluded.value(QStringLiteral("evaluated")), evaluated);
    QCOMPARE(r.excluded.value(QStringLiteral("too_short")), 1);
    QCOMPARE(r.eligible, int(people.size()) - evaluated - 1);
    for (const SamplePick &pick : r.picks) {
        const auto c =
            std::find_if(people.cbegin(), people.cend(), [&](const SampleCandidate &x) { return x.id == pick.id; });
        QVERIFY2(c->excludedBecause.isEmpty(), qPrintable(pick.id));
    }
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
