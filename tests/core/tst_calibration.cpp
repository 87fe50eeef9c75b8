// Calibration (校准): percent agreement and Krippendorff's alpha (nominal) against hand-computed values, and the
// report of a session assembled from a store — answers side by side, score spread, each inspector's deviation from
// the group or from an expert, pending evaluations — and `qawb calibration`.
#include "core/calibration.h"
#include "synctestutil.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreementByHand();
    void init();
    void cleanup();
    void reportAgainstTheGroup();
    void reportAgainstAnExpert();
    void pendingAndErrors();
    void cli();

private:
    void setScore(const QString &conversation, const User &inspector, double score);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_li, m_wang, m_zhou;
};

namespace {

std::vector<QStringList> units(std::initializer_list<std::initializer_list<const char *>> rows)
{
    std::vector<QStringList> out;
    for (const auto &row : rows) {
        QStringList values;
        for (const char *v : row)
            values << QLatin1String(v);
        out.push_back(values);
    }
    return out;
}

} // namespace

void TestCalibration::agreementByHand()
{
    const auto near = [](std::optional<double> v, double expected) {
        return v && std::abs(*v - expected) < 1e-9;
    };
    // Four units, three raters, one missing value in the last unit. Coincidences: o(a,a) = 3·½·2 + 1 = 4,
    // o(b,b) = 3, o(a,b) = o(b,a) = 1 + 1 = 2; n_a = 6, n_b = 5, n = 11.
    // alpha = 1 − (n − 1)·Σ o(c≠k) / Σ n_c·n_k(c≠k) = 1 − 10·4 / 60 = 1/3. Pairs: 3 + 1 + 3 + 0 agree of 10.
    const Agreement a = Agreement::of(units({{"a", "a", "a"}, {"a", "a", "b"}, {"b", "b", "b"}, {"a", "b"}}));
    QCOMPARE(a.units, 4);
    QCOMPARE(a.pairs, 10);
    QVERIFY(near(a.percent, 0.7));
    QVERIFY(near(a.alpha, 1.0 / 3));
    // Systematic disagreement: alpha below zero (1 − 3·4 / 8 = −0.5).
    const Agreement worse = Agreement::of(units({{"a", "b"}, {"a", "b"}}));
    QVERIFY(near(worse.percent, 0));
    QVERIFY(near(worse.alpha, -0.5));
    // Perfect agreement with variation: 1; without variation alpha is undefined, percent is 100%.
    QVERIFY(near(Agreement::of(units({{"a", "a"}, {"b", "b"}})).alpha, 1));
    const Agreement same = Agreement::of(units({{"a", "a"}, {"a", "a", "a"}}));
    QVERIFY(!same.alpha);
    QVERIFY(near(same.percent, 1));
    // Units with fewer than two values say nothing.
    const Agreement lone = Agreement::of(units({{"a"}, {}}));
    QCOMPARE(lone.units, 0);
    QVERIFY(!lone.percent && !lone.alpha);
}

void TestCalibration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = openLocal(m_dir->filePath(QStringLiteral("s.db")), QStringLiteral("boss"), &m_admin, &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_li = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_wang = users.ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    m_zhou = users.ensure(QStringLiteral("zhou"), QStringLiteral("周敏"));
    // A sample whose calibration set (chat-001, chat-003) went to all three, each in their own blind queue.
    QVERIFY(makeCalibrationSession(*m_store, QStringLiteral("5a3c1e00-0000-4000-8000-000000000001"),
                                   {&m_li, &m_wang, &m_zhou},
                                   {QStringLiteral("demo-chat-001"), QStringLiteral("demo-chat-003")}));
    // chat-001: 李娜 and 王强 pass the greeting, 周敏 fails it; chat-003: all three fail it. Scores by hand.
    const QMap<QString, QString> noGreeting{{QStringLiteral("greeting"), QStringLiteral("no")}};
    const QString chat1 = QStringLiteral("demo-chat-001"), chat3 = QStringLiteral("demo-chat-003");
    QVERIFY(!submitWithFailures(*m_store, m_li, chat1, {}, {}, QStringLiteral("cal-li")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_wang, chat1, {}, {}, QStringLiteral("cal-wang")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_zhou, chat1, noGreeting, {}, QStringLiteral("cal-zhou")).isEmpty());
    for (const User *u : {&m_li, &m_wang, &m_zhou})
        QVERIFY(!submitWithFailures(*m_store, *u, chat3, noGreeting, {}, QStringLiteral("cal-") + u->login).isEmpty());
    setScore(chat1, m_li, 100);
    setScore(chat1, m_wang, 90);
    setScore(chat1, m_zhou, 80);
    for (const User *u : {&m_li, &m_wang, &m_zhou})
        setScore(chat3, *u, 70);
}

void TestCalibration::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCalibration::setScore(const QString &conversation, const User &inspector, double score)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE evaluations SET score = ? WHERE conversation_id = ? AND inspector_id = ?"));
    q.addBindValue(score);
    q.addBindValue(conversation);
    q.addBindValue(inspector.id);
    QVERIFY(q.exec());
}

void TestCalibration::reportAgainstTheGroup()
{
    QString error;
    const auto r = CalibrationRepository(*m_store).report(QStringLiteral("5a3c1e00"), {}, QStringLiteral("en"), &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->complete());
    QCOMPARE(r->inspectorNames, (QStringList{QStringLiteral("周敏"), QStringLiteral("李娜"), QStringLiteral("王强")}));
    QCOMPARE(int(r->conversations.size()), 2);
    // Answers side by side.
    const CalibrationConversation &c1 = r->conversations[0];
    QCOMPARE(c1.conversationId, QStringLiteral("demo-chat-001"));
    QCOMPARE(c1.ratings[0].answers.value(QStringLiteral("greeting")), QStringLiteral("no")); // 周敏
    QCOMPARE(c1.ratings[1].answers.value(QStringLiteral("greeting")), QStringLiteral("yes"));
    // Spread: 80, 100, 90 → mean 90, population sd √(200/3).
    QCOMPARE(*c1.minScore, 80.0);
    QCOMPARE(*c1.maxScore, 100.0);
    QCOMPARE(*c1.meanScore, 90.0);
    QVERIFY(std::abs(*c1.stdDev - std::sqrt(200.0 / 3)) < 1e-9);
    QCOMPARE(*r->conversations[1].stdDev, 0.0);
    // The greeting: units [no, yes, yes] and [no, no, no]. o(y,y) = 1, o(y,n) = o(n,y) = 1, o(n,n) = 3;
    // n_y = 2, n_n = 4, n = 6: alpha = 1 − 5·2 / 16 = 0.375; pairs agreeing 1 + 3 of 6.
    const auto greeting = std::find_if(r->items.begin(), r->items.end(),
                                       [](const CalibrationItem &i) { return i.itemId == QLatin1String("greeting"); });
    QVERIFY(greeting != r->items.end());
    QVERIFY(std::abs(*greeting->agreement.alpha - 0.375) < 1e-9);
    QVERIFY(std::abs(*greeting->agreement.percent - 4.0 / 6) < 1e-9);
    QVERIFY(!greeting->text.isEmpty());
    // Items everyone answered alike have 100% agreement (alpha undefined: no variation).
    const auto closing = std::find_if(r->items.begin(), r->items.end(),
                                      [](const CalibrationItem &i) { return i.itemId == QLatin1String("closing"); });
    QCOMPARE(*closing->agreement.percent, 1.0);
    QVERIFY(!closing->agreement.alpha);
    // Overall: 11 items × 2 conversations, 3 pairs each: only the greeting of chat-001 has 2 disagreeing pairs.
    QCOMPARE(r->overall.units, 22);
    QVERIFY(std::abs(*r->overall.percent - (66.0 - 2) / 66) < 1e-9);
    // Deviations from the others' mean: 李娜 +15 then 0; 王强 0 and 0; 周敏 −15 then 0.
    const auto who = [&](const QString &name) {
        return *std::find_if(r->inspectors.begin(), r->inspectors.end(),
                             [&](const CalibrationInspector &i) { return i.name == name; });
    };
    QCOMPARE(*who(QStringLiteral("李娜")).meanDeviation, 7.5);
    QCOMPARE(*who(QStringLiteral("李娜")).meanAbsoluteDeviation, 7.5);
    QCOMPARE(*who(QStringLiteral("王强")).meanDeviation, 0.0);
    QCOMPARE(*who(QStringLiteral("周敏")).meanDeviation, -7.5);
    // Items as the majority of the others: 周敏 differs once in 22; 李娜's greeting on chat-001 ties (1 yes, 1 no).
    QVERIFY(std::abs(*who(QStringLiteral("周敏")).itemAgreement - 21.0 / 22) < 1e-9);
    QCOMPARE(*who(QStringLiteral("李娜")).itemAgreement, 1.0);
    QCOMPARE(who(QStringLiteral("李娜")).submitted, 2);
}

void TestCalibration::reportAgainstAnExpert()
{
    QString error;
    const auto r = CalibrationRepository(*m_store).report(QStringLiteral("5a3c1e00"), QStringLiteral("li"),
                                                          QStringLiteral("en"), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->expertId, m_li.id);
    const auto who = [&](const QString &name) {
        return *std::find_if(r->inspectors.begin(), r->inspectors.end(),
                             [&](const CalibrationInspector &i) { return i.name == name; });
    };
    // Against 李娜: 王强 −10 then 0; 周敏 −20 then 0; the expert has no deviation of their own.
    QCOMPARE(*who(QStringLiteral("王强")).meanDeviation, -5.0);
    QCOMPARE(*who(QStringLiteral("周敏")).meanDeviation, -10.0);
    QVERIFY(!who(QStringLiteral("李娜")).meanDeviation);
    QVERIFY(std::abs(*who(QStringLiteral("周敏")).itemAgreement - 21.0 / 22) < 1e-9);
    QCOMPARE(*who(QStringLiteral("王强")).itemAgreement, 1.0);
    // Someone outside the session is no expert here.
    QVERIFY(!CalibrationRepository(*m_store).report(QStringLiteral("5a3c1e00"), QStringLiteral("boss"),
                                                    QStringLiteral("en"), &error));
    QVERIFY2(error.contains(QStringLiteral("boss")), qPrintable(error));
}

void TestCalibration::pendingAndErrors()
{
    // 王强 reopens chat-003: one evaluation pending; the figures use what is submitted.
    EvaluationRepository evaluations(*m_store);
    Evaluation e = *evaluations.find(QStringLiteral("demo-chat-003"), m_wang.id);
    QString error;
    QVERIFY2(evaluations.reopen(e, m_wang, QStringLiteral("再看看"), &error), qPrintable(error));
    const auto r = CalibrationRepository(*m_store).report(QStringLiteral("5a3c1e00"), {}, QStringLiteral("en"), &error);
    QVERIFY(r);
    QVERIFY(!r->complete());
    QCOMPARE(r->pending, 1);
    QCOMPARE(r->conversations[1].ratings[2].submitted, false); // 王强
    QCOMPARE(r->overall.pairs, 11 * 3 + 11 * 1);
    // Calibration sessions are listed; an unknown id is an error.
    const auto sessions = CalibrationRepository(*m_store).sessions();
    QCOMPARE(int(sessions.size()), 1);
    QCOMPARE(sessions[0].inspectors, 3);
    QCOMPARE(sessions[0].conversations, 2);
    QCOMPARE(sessions[0].submitted, 5);
    QVERIFY(!CalibrationRepository(*m_store).report(QStringLiteral("ffffffff"), {}, QStringLiteral("en"), &error));
}

void TestCalibration::cli()
{
    QProcess p;
    p.start(QStringLiteral(QAWB_CLI_PATH),
            {QStringLiteral("--store"), m_store->path(), QStringLiteral("--user"), QStringLiteral("boss"),
             QStringLiteral("calibration"), QStringLiteral("report"), QStringLiteral("5a3c1e00"),
             QStringLiteral("--expert"), QStringLiteral("li"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o[QStringLiteral("against")].toString(), QStringLiteral("expert"));
    QVERIFY(o[QStringLiteral("complete")].toBool());
    QCOMPARE(o[QStringLiteral("conversations")].toArray().size(), 2);
    QCOMPARE(o[QStringLiteral("overall")][QStringLiteral("units")].toInt(), 22);
    QVERIFY(o[QStringLiteral("items")].toArray().size() == 11);
    p.start(QStringLiteral(QAWB_CLI_PATH),
            {QStringLiteral("--store"), m_store->path(), QStringLiteral("--user"), QStringLiteral("boss"),
             QStringLiteral("calibration"), QStringLiteral("report")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    p.start(QStringLiteral(QAWB_CLI_PATH),
            {QStringLiteral("--store"), m_store->path(), QStringLiteral("--user"), QStringLiteral("boss"),
             QStringLiteral("calibration"), QStringLiteral("list")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("5a3c1e00"));
    // A rater of the session (an inspector) may not read the others' answers.
    p.start(QStringLiteral(QAWB_CLI_PATH),
            {QStringLiteral("--store"), m_store->path(), QStringLiteral("--user"), QStringLiteral("li"),
             QStringLiteral("calibration"), QStringLiteral("report"), QStringLiteral("5a3c1e00")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
