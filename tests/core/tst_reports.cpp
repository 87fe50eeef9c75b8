// QA reports (core/reports.h) against a small hand-built store: every number below is computed by hand in the
// comments. Also: what is excluded (drafts, calibration), N/A and fatal, a reopened evaluation counted once as its
// latest revision, the rollup after a reopen and after a re-imported conversation, CSV / JSON, and the real CLI.
#include "core/reports.h"
#include "core/scorecard.h"
#include "core/store.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

namespace {

// pass_score 80; greet (target 98%), hold (N/A allowed, target 95%), polite (fatal, no target).
const char *kMiniCard =
    R"({"format":"qawb-scorecard/1","id":"mini","version":1,"pass_score":80,"sections":[
        {"id":"s","title":{"en":"Basics"},"items":[
          {"id":"greet","type":"yesno","points":10,"target":0.98,"text":{"en":"Greets"}},
          {"id":"hold","type":"yesno","points":10,"na_allowed":true,"target":0.95,"text":{"en":"Announces hold"}},
          {"id":"polite","type":"yesno","points":0,"fatal":true,"text":{"en":"Polite"}}]}]})";

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void targetIsParsed();
    void distribution();
    void trend();
    void ranking();
    void items();
    void problems();
    void inspectors();
    void filters();
    void reopenedCountsOnceAsLatest();
    void reimportedConversationMoves();
    void cancelAndProgress();
    void csvAndJson();
    void cli();

private:
    void exec(const QString &sql, const QVariantList &binds = {});
    void conversation(const QString &id, const QString &agent, const QString &team, const QString &channel,
                      const QString &type, const QString &startedAt);
    void evaluation(const QString &id, const QString &conversation, const QString &inspector, const QString &status,
                    double score, bool fatal, const QString &queue, const QString &created, const QString &submitted,
                    const QStringList &answers);
    ReportRepository reports() { return ReportRepository(*m_store); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestReports::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store->database());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
}

void TestReports::conversation(const QString &id, const QString &agent, const QString &team, const QString &channel,
                               const QString &type, const QString &startedAt)
{
    const qint64 ms = QDateTime::fromString(startedAt, Qt::ISODate).toMSecsSinceEpoch();
    exec(QStringLiteral(
             "INSERT INTO conversations(id, channel, agent_id, team_id, business_type, started_at, "
             "started_ms, content_hash, imported_at) VALUES(?, ?, ?, ?, ?, ?, ?, 'h', '2026-11-01T00:00:00Z')"),
         {id, channel, agent, team, type, startedAt, ms});
}

// answers: greet, hold, polite values.
void TestReports::evaluation(const QString &id, const QString &conversation, const QString &inspector,
                             const QString &status, double score, bool fatal, const QString &queue,
                             const QString &created, const QString &submitted, const QStringList &answers)
{
    exec(QStringLiteral("INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, queue_id, "
                        "status, score, fatal, created_at, updated_at, submitted_at) "
                        "VALUES(?, ?, 'v-mini', ?, ?, ?, ?, ?, ?, ?, ?)"),
         {id, conversation, inspector, queue.isEmpty() ? QVariant() : QVariant(queue), status, score, fatal ? 1 : 0,
          created, created, submitted.isEmpty() ? QVariant() : QVariant(submitted)});
    const QStringList items{QStringLiteral("greet"), QStringLiteral("hold"), QStringLiteral("polite")};
    for (int i = 0; i < items.size(); ++i)
        exec(QStringLiteral("INSERT INTO answers(evaluation_id, item_id, value, updated_at) VALUES(?, ?, ?, ?)"),
             {id, items.at(i), answers.at(i), created});
}

// The fixture. Conversations (own date, in +08:00):
//   c1 a1 一组 chat consult   2026-11-02 (Mon, W45)     e1 li   submitted  90        300 s   yes / na  / yes
//   c2 a1 一组 chat complaint 2026-11-03 (W45)          e2 li   submitted  70        600 s   no  / yes / yes
//   c3 a2 一组 call consult   2026-11-09 00:30 (W46; UTC still 11-08)
//                                                      e3 zhou submitted   0 fatal  120 s   yes / no  / no
//   c4 a3 二组 call fault     2026-11-10 (W46)          e4 zhou submitted  85        240 s   no  / yes / yes
//   c5 a3 二组 chat consult   2026-12-01 (Tue, W49)     e5 li   submitted 100       1200 s   yes / na  / yes
//   c6 a2 一组 chat consult   2026-11-04                e6 li   DRAFT      50 (excluded)
//   c7 a1 一组 chat consult   2026-11-05                e7 li   submitted  40 in a CALIBRATION queue (excluded)
//   c8 a4 二组 call consult   2026-11-11 (W46)          e8 zhou submitted  80        360 s   yes / yes / yes
// Counted: e1 e2 e3 e4 e5 e8, scores 90 70 0 85 100 80.
void TestReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("s.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    const QString at = QStringLiteral("2026-11-01T00:00:00.000Z");
    exec(QStringLiteral("INSERT INTO users(id, login, display_name, created_at) VALUES('u-li', 'li', '李娜', ?), "
                        "('u-zhou', 'zhou', '周强', ?)"),
         {at, at});
    exec(QStringLiteral("INSERT INTO teams(id, name) VALUES('t1', '一组'), ('t2', '二组')"));
    exec(QStringLiteral("INSERT INTO agents(id, name, team_id, updated_at) VALUES('a1', '张三', 't1', ?), "
                        "('a2', '李四', 't1', ?), ('a3', '王五', 't2', ?), ('a4', '赵六', 't2', ?)"),
         {at, at, at, at});
    exec(QStringLiteral("INSERT INTO queues(id, name, inspector_id, kind, created_at, updated_at) "
                        "VALUES('qm', 'manual', 'u-li', 'manual', ?, ?), ('qc', 'calib', 'u-li', 'calibration', ?, ?)"),
         {at, at, at, at});
    exec(QStringLiteral("INSERT INTO scorecards(id, name, created_at) VALUES('s-mini', 'mini', ?)"), {at});
    exec(QStringLiteral("INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, published_at) "
                        "VALUES('v-mini', 's-mini', 1, ?, 'published', ?)"),
         {QString::fromUtf8(kMiniCard), at});
    const QString chat = QStringLiteral("chat"), call = QStringLiteral("call"), consult = QStringLiteral("consult");
    conversation(QStringLiteral("c1"), QStringLiteral("a1"), QStringLiteral("t1"), chat, consult,
                 QStringLiteral("2026-11-02T09:00:00+08:00"));
    conversation(QStringLiteral("c2"), QStringLiteral("a1"), QStringLiteral("t1"), chat, QStringLiteral("complaint"),
                 QStringLiteral("2026-11-03T23:30:00+08:00"));
    conversation(QStringLiteral("c3"), QStringLiteral("a2"), QStringLiteral("t1"), call, consult,
                 QStringLiteral("2026-11-09T00:30:00+08:00"));
    conversation(QStringLiteral("c4"), QStringLiteral("a3"), QStringLiteral("t2"), call, QStringLiteral("fault"),
                 QStringLiteral("2026-11-10T10:00:00+08:00"));
    conversation(QStringLiteral("c5"), QStringLiteral("a3"), QStringLiteral("t2"), chat, consult,
                 QStringLiteral("2026-12-01T10:00:00+08:00"));
    conversation(QStringLiteral("c6"), QStringLiteral("a2"), QStringLiteral("t1"), chat, consult,
                 QStringLiteral("2026-11-04T10:00:00+08:00"));
    conversation(QStringLiteral("c7"), QStringLiteral("a1"), QStringLiteral("t1"), chat, consult,
                 QStringLiteral("2026-11-05T10:00:00+08:00"));
    conversation(QStringLiteral("c8"), QStringLiteral("a4"), QStringLiteral("t2"), call, consult,
                 QStringLiteral("2026-11-11T10:00:00+08:00"));
    const QString yes = QStringLiteral("yes"), no = QStringLiteral("no"), na = QStringLiteral("na");
    const QString li = QStringLiteral("u-li"), zhou = QStringLiteral("u-zhou"), sub = QStringLiteral("submitted");
    evaluation(QStringLiteral("e1"), QStringLiteral("c1"), li, sub, 90, false, QStringLiteral("qm"),
               QStringLiteral("2026-11-02T10:00:00.000Z"), QStringLiteral("2026-11-02T10:05:00.000Z"), {yes, na, yes});
    evaluation(QStringLiteral("e2"), QStringLiteral("c2"), li, sub, 70, false, {},
               QStringLiteral("2026-11-03T10:00:00.000Z"), QStringLiteral("2026-11-03T10:10:00.000Z"), {no, yes, yes});
    evaluation(QStringLiteral("e3"), QStringLiteral("c3"), zhou, sub, 0, true, {},
               QStringLiteral("2026-11-09T10:00:00.000Z"), QStringLiteral("2026-11-09T10:02:00.000Z"), {yes, no, no});
    evaluation(QStringLiteral("e4"), QStringLiteral("c4"), zhou, sub, 85, false, {},
               QStringLiteral("2026-11-10T10:00:00.000Z"), QStringLiteral("2026-11-10T10:04:00.000Z"), {no, yes, yes});
    evaluation(QStringLiteral("e5"), QStringLiteral("c5"), li, sub, 100, false, {},
               QStringLiteral("2026-12-01T10:00:00.000Z"), QStringLiteral("2026-12-01T10:20:00.000Z"), {yes, na, yes});
    evaluation(QStringLiteral("e6"), QStringLiteral("c6"), li, QStringLiteral("draft"), 50, false, {},
               QStringLiteral("2026-11-04T10:00:00.000Z"), {}, {no, no, no});
    evaluation(QStringLiteral("e7"), QStringLiteral("c7"), li, sub, 40, false, QStringLiteral("qc"),
               QStringLiteral("2026-11-05T10:00:00.000Z"), QStringLiteral("2026-11-05T10:01:00.000Z"), {no, no, no});
    evaluation(QStringLiteral("e8"), QStringLiteral("c8"), zhou, sub, 80, false, {},
               QStringLiteral("2026-11-11T10:00:00.000Z"), QStringLiteral("2026-11-11T10:06:00.000Z"), {yes, yes, yes});
    // Auto-QA hits: greeting.missing twice in c1 and once in c2; forbidden.phrase in c2 and in c6 (not evaluated).
    exec(QStringLiteral("INSERT INTO rule_sets(id, key, name, created_at) VALUES('rs', 'rs', 'rs', ?)"), {at});
    exec(QStringLiteral("INSERT INTO rule_set_versions(id, rule_set_id, version, definition, rule_digests, "
                        "imported_at) VALUES('rsv', 'rs', 1, '{}', '{}', ?)"),
         {at});
    const QString hit = QStringLiteral("INSERT INTO rule_hits(conversation_id, rule_set_version_id, rule_id, category, "
                                       "severity) VALUES(?, 'rsv', ?, ?, 'major')");
    const QString greeting = QStringLiteral("greeting.missing"), forbidden = QStringLiteral("forbidden.phrase");
    exec(hit, {QStringLiteral("c1"), greeting, QStringLiteral("script")});
    exec(hit, {QStringLiteral("c1"), greeting, QStringLiteral("script")});
    exec(hit, {QStringLiteral("c2"), greeting, QStringLiteral("script")});
    exec(hit, {QStringLiteral("c2"), forbidden, QStringLiteral("forbidden")});
    exec(hit, {QStringLiteral("c6"), forbidden, QStringLiteral("forbidden")});
}

void TestReports::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestReports::targetIsParsed()
{
    QString error;
    const auto card = Scorecard::fromJson(kMiniCard, &error);
    QVERIFY2(card, qPrintable(error));
    QCOMPARE(card->item(QStringLiteral("greet"))->target, std::optional<double>(0.98));
    QVERIFY(!card->item(QStringLiteral("polite"))->target);
    QByteArray bad = kMiniCard;
    bad.replace("\"target\":0.98", "\"target\":98");
    QVERIFY(!Scorecard::fromJson(bad, &error));
    QVERIFY2(error.contains(QLatin1String("items[0].target")), qPrintable(error));
    // The built-in scorecards carry targets: script compliance 98%, process compliance 95%.
    for (const auto &[file, item, target] : {std::tuple{":/qawb/scorecards/online-service.json", "greeting", 0.98},
                                             std::tuple{":/qawb/scorecards/online-service.json", "reply_speed", 0.95},
                                             std::tuple{":/qawb/scorecards/call-service.json", "no_forbidden", 0.98},
                                             std::tuple{":/qawb/scorecards/call-service.json", "verify", 0.95}}) {
        QFile f(QString::fromLatin1(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto builtIn = Scorecard::fromJson(f.readAll(), &error);
        QVERIFY2(builtIn, qPrintable(error));
        QCOMPARE(builtIn->item(QString::fromLatin1(item))->target, std::optional<double>(target));
    }
}

void TestReports::distribution()
{
    QString error;
    const auto d = reports().distribution({}, &error);
    QVERIFY2(d, qPrintable(error));
    // Counted 90 70 0 85 100 80 (draft e6 and calibration e7 excluded): n 6, Σ 425, mean 70.8333.
    QCOMPARE(d->count, 6);
    QCOMPARE(std::round(*d->mean * 10000) / 10000, 70.8333);
    // Sorted 0 70 80 85 90 100: median (80 + 85) / 2 = 82.5.
    QCOMPARE(*d->median, 82.5);
    // Σ(x - mean)² = 19.17² + 0.83² + 70.83² + 14.17² + 29.17² + 9.17² = 6520.83; / 6 = 1086.81; √ = 32.9667.
    QCOMPARE(std::round(*d->stddev * 10000) / 10000, 32.9667);
    // Passed: 90, 85, 100, 80 (≥ 80); 70 fails, 0 is fatal: 4 of 6.
    QCOMPARE(d->passed, 4);
    QCOMPARE(*d->passRate, 4.0 / 6);
    QCOMPARE(d->fatal, 1);
    // Bins: 0 → 0-9; 70 → 70-79; 80, 85 → 80-89; 90, 100 → 90-100.
    const std::array<int, 10> bins{1, 0, 0, 0, 0, 0, 0, 1, 2, 2};
    QCOMPARE(d->bins, bins);
    // Empty selection: no mean, no median.
    ReportFilter none;
    none.from = QDate(2027, 1, 1);
    const auto empty = reports().distribution(none, &error);
    QVERIFY(empty);
    QCOMPARE(empty->count, 0);
    QVERIFY(!empty->mean && !empty->median && !empty->passRate);
}

void TestReports::trend()
{
    QString error;
    const auto weeks = reports().trend({}, ReportPeriod::Week, &error);
    QVERIFY2(weeks, qPrintable(error));
    // W45 (Nov 2): e1 90, e2 70 → 80, 1 passed. W46 (Nov 9, by c3's own date): e3 0, e4 85, e8 80 → 165/3 = 55,
    // 2 passed. W49 (Nov 30): e5 100.
    QCOMPARE(int(weeks->size()), 3);
    QCOMPARE(weeks->at(0).label, QStringLiteral("2026-W45"));
    QCOMPARE(weeks->at(0).start, QDate(2026, 11, 2));
    QCOMPARE(weeks->at(0).count, 2);
    QCOMPARE(weeks->at(0).mean, 80.0);
    QCOMPARE(weeks->at(0).passRate, 0.5);
    QCOMPARE(weeks->at(1).label, QStringLiteral("2026-W46"));
    QCOMPARE(weeks->at(1).count, 3);
    QCOMPARE(weeks->at(1).mean, 55.0);
    QCOMPARE(weeks->at(1).passed, 2);
    QCOMPARE(weeks->at(2).label, QStringLiteral("2026-W49"));
    QCOMPARE(weeks->at(2).start, QDate(2026, 11, 30));
    QCOMPARE(weeks->at(2).mean, 100.0);
    const auto months = reports().trend({}, ReportPeriod::Month, &error);
    QVERIFY(months);
    // November: 90 70 0 85 80 → 325 / 5 = 65, 3 passed → 0.6. December: e5.
    QCOMPARE(int(months->size()), 2);
    QCOMPARE(months->at(0).label, QStringLiteral("2026-11"));
    QCOMPARE(months->at(0).count, 5);
    QCOMPARE(months->at(0).mean, 65.0);
    QCOMPARE(months->at(0).passRate, 0.6);
    QCOMPARE(months->at(1).label, QStringLiteral("2026-12"));
    const auto days = reports().trend({}, ReportPeriod::Day, &error);
    QVERIFY(days);
    // Six distinct days: 11-02, 11-03, 11-09, 11-10, 11-11, 12-01.
    QCOMPARE(int(days->size()), 6);
    QCOMPARE(days->at(2).label, QStringLiteral("2026-11-09"));
}

void TestReports::ranking()
{
    QString error;
    const auto agents = reports().ranking({}, RankingBy::Agent, &error);
    QVERIFY2(agents, qPrintable(error));
    // a3 王五: 85, 100 → 92.5. a1 张三: 90, 70 → 80. a4 赵六: 80 → 80 (tie with a1: both rank 2, by name 张 < 赵).
    // a2 李四: 0 (fatal) → rank 4, not 3.
    QCOMPARE(int(agents->size()), 4);
    QCOMPARE(agents->at(0).id, QStringLiteral("a3"));
    QCOMPARE(agents->at(0).rank, 1);
    QCOMPARE(agents->at(0).mean, 92.5);
    QCOMPARE(agents->at(0).passed, 2);
    QCOMPARE(agents->at(0).team, QStringLiteral("二组"));
    QCOMPARE(agents->at(1).name, QStringLiteral("张三"));
    QCOMPARE(agents->at(1).rank, 2);
    QCOMPARE(agents->at(1).count, 2);
    QCOMPARE(agents->at(1).passRate, 0.5);
    QCOMPARE(agents->at(2).name, QStringLiteral("赵六"));
    QCOMPARE(agents->at(2).rank, 2);
    QCOMPARE(agents->at(3).id, QStringLiteral("a2"));
    QCOMPARE(agents->at(3).rank, 4);
    QCOMPARE(agents->at(3).fatal, 1);
    const auto teams = reports().ranking({}, RankingBy::Team, &error);
    QVERIFY(teams);
    // 二组: 85 100 80 → 265/3 = 88.33, 3 passed. 一组: 90 70 0 → 160/3 = 53.33, 1 passed, 1 fatal.
    QCOMPARE(int(teams->size()), 2);
    QCOMPARE(teams->at(0).name, QStringLiteral("二组"));
    QCOMPARE(teams->at(0).passed, 3);
    QCOMPARE(std::round(teams->at(1).mean * 100) / 100, 53.33);
    QCOMPARE(teams->at(1).fatal, 1);
    QCOMPARE(teams->at(1).rank, 2);
}

void TestReports::items()
{
    QString error;
    const auto rows = reports().items({}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(int(rows->size()), 3);
    // greet: yes(e1) no(e2) yes(e3) no(e4) yes(e5) yes(e8) → 4 passed, 2 failed: 4/6 = 0.6667 < 0.98 target.
    const ItemStat &greet = rows->at(0);
    QCOMPARE(greet.itemId, QStringLiteral("greet"));
    QCOMPARE(greet.text, QStringLiteral("Greets"));
    QCOMPARE(greet.section, QStringLiteral("Basics"));
    QCOMPARE(greet.applicable, 6);
    QCOMPARE(greet.passed, 4);
    QCOMPARE(greet.failed, 2);
    QCOMPARE(*greet.passRate, 4.0 / 6);
    QCOMPARE(*greet.target, 0.98);
    QVERIFY(greet.belowTarget);
    // hold: na(e1) yes(e2) no(e3) yes(e4) na(e5) yes(e8) → N/A leaves the denominator: 3 / (3 + 1) = 0.75.
    const ItemStat &hold = rows->at(1);
    QCOMPARE(hold.applicable, 6);
    QCOMPARE(hold.na, 2);
    QCOMPARE(*hold.passRate, 0.75);
    QVERIFY(hold.belowTarget);
    // polite (fatal): e3 "no" counts as failed: 5/6; no target, so never below it.
    const ItemStat &polite = rows->at(2);
    QCOMPARE(polite.failed, 1);
    QVERIFY(polite.fatalItem);
    QVERIFY(!polite.target);
    QVERIFY(!polite.belowTarget);
}

void TestReports::problems()
{
    QString error;
    const auto p = reports().problems({}, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->evaluations, 6);
    // Failed: greet 2 (2/6 = 0.3333), then hold 1 and polite 1 (ties by item id).
    QCOMPARE(int(p->items.size()), 3);
    QCOMPARE(p->items.at(0).itemId, QStringLiteral("greet"));
    QCOMPARE(p->items.at(0).failed, 2);
    QCOMPARE(p->items.at(0).share, 2.0 / 6);
    QCOMPARE(p->items.at(1).itemId, QStringLiteral("hold"));
    // Rules over all 8 conversations: greeting.missing 3 hits in 2 (c1, c2); forbidden.phrase 2 hits in 2 (c2, c6 —
    // c6 has only a draft, auto-QA still counts). Same conversations: more hits first. Share 2/8 = 0.25.
    QCOMPARE(p->conversations, 8);
    QCOMPARE(int(p->rules.size()), 2);
    QCOMPARE(p->rules.at(0).ruleId, QStringLiteral("greeting.missing"));
    QCOMPARE(p->rules.at(0).hits, 3);
    QCOMPARE(p->rules.at(0).conversations, 2);
    QCOMPARE(p->rules.at(0).share, 0.25);
    QCOMPARE(p->rules.at(1).ruleId, QStringLiteral("forbidden.phrase"));
    QCOMPARE(p->rules.at(1).category, QStringLiteral("forbidden"));
    // Only calls: c3 c4 c8, no hits; items: e3 greet yes hold no polite no, e4 greet no, e8 none → 3 failures.
    ReportFilter calls;
    calls.channel = QStringLiteral("call");
    const auto c = reports().problems(calls, &error);
    QVERIFY(c);
    QCOMPARE(c->conversations, 3);
    QVERIFY(c->rules.empty());
    QCOMPARE(int(c->items.size()), 3);
}

void TestReports::inspectors()
{
    QString error;
    const auto rows = reports().inspectors({}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(int(rows->size()), 2);
    // 3 each; by name: 周 (U+5468) before 李 (U+674E).
    // 周强: e3 0, e4 85, e8 80 → 55; 2 passed; review 120 240 360 s → median 240.
    const InspectorStat &zhou = rows->at(0);
    QCOMPARE(zhou.name, QStringLiteral("周强"));
    QCOMPARE(zhou.submitted, 3);
    QCOMPARE(zhou.meanScore, 55.0);
    QCOMPARE(*zhou.medianReviewSeconds, 240.0);
    // 李娜: e1 90, e2 70, e5 100 → 86.67; review 300 600 1200 s → median 600 (e7 calibration and e6 draft excluded).
    const InspectorStat &li = rows->at(1);
    QCOMPARE(li.submitted, 3);
    QCOMPARE(std::round(li.meanScore * 100) / 100, 86.67);
    QCOMPARE(li.timed, 3);
    QCOMPARE(*li.medianReviewSeconds, 600.0);
}

void TestReports::filters()
{
    QString error;
    auto count = [&](const ReportFilter &f) {
        const auto d = reports().distribution(f, &error);
        return d ? d->count : -1;
    };
    ReportFilter f;
    f.team = QStringLiteral("一组");
    QCOMPARE(count(f), 3); // e1 e2 e3
    f = {};
    f.agentId = QStringLiteral("a1");
    QCOMPARE(count(f), 2); // e1 e2 (e7 is calibration)
    f = {};
    f.channel = QStringLiteral("call");
    QCOMPARE(count(f), 3); // e3 e4 e8
    f = {};
    f.businessType = QStringLiteral("complaint");
    QCOMPARE(count(f), 1); // e2
    f = {};
    f.scorecard = QStringLiteral("mini");
    QCOMPARE(count(f), 6);
    // The conversation's own date: c3 started 2026-11-09 00:30 +08:00 (UTC: still 11-08).
    f = {};
    f.from = f.to = QDate(2026, 11, 9);
    QCOMPARE(count(f), 1);
    f.from = f.to = QDate(2026, 11, 8);
    QCOMPARE(count(f), 0);
    f.from = QDate(2026, 11, 3);
    f.to = QDate(2026, 11, 10);
    QCOMPARE(count(f), 3); // e2 e3 e4
    // Unknown names are errors, not empty reports.
    f = {};
    f.team = QStringLiteral("三组");
    QCOMPARE(count(f), -1);
    QVERIFY2(error.contains(QStringLiteral("三组")), qPrintable(error));
    f = {};
    f.scorecard = QStringLiteral("nope");
    QCOMPARE(count(f), -1);
    f = {};
    f.channel = QStringLiteral("email");
    QCOMPARE(count(f), -1);
}

void TestReports::reopenedCountsOnceAsLatest()
{
    QString error;
    QVERIFY(reports().refresh(&error) >= 0); // the rollup holds e5 as first submitted
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM report_pending")).toInt(), 0);
    // Reopen e5 as EvaluationRepository does (revision 1 kept with its submission time, back to draft)...
    exec(QStringLiteral("INSERT INTO evaluation_revisions(evaluation_id, revision, snapshot, submitted_at, "
                        "reopened_at, reason) VALUES('e5', 1, '{}', '2026-12-01T10:20:00.000Z', "
                        "'2026-12-02T09:00:00.000Z', 'dispute')"));
    exec(QStringLiteral("UPDATE evaluations SET status = 'draft', revision = 2, submitted_at = NULL WHERE id = 'e5'"));
    // ...while it is a draft it does not count: 5 left.
    auto d = reports().distribution({}, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->count, 5);
    // Changed (greet now "no", 100 → 60) and re-submitted a day later.
    exec(QStringLiteral("DELETE FROM answers WHERE evaluation_id = 'e5'"));
    for (const auto &[item, value] : {std::pair{"greet", "no"}, std::pair{"hold", "na"}, std::pair{"polite", "yes"}})
        exec(QStringLiteral("INSERT INTO answers(evaluation_id, item_id, value, updated_at) VALUES('e5', ?, ?, 'x')"),
             {QString::fromLatin1(item), QString::fromLatin1(value)});
    exec(QStringLiteral("UPDATE evaluations SET status = 'submitted', score = 60, "
                        "submitted_at = '2026-12-02T10:00:00.000Z' WHERE id = 'e5'"));
    d = reports().distribution({}, &error);
    QVERIFY(d);
    // Once, as its latest revision: 90 70 0 85 60 80 → 385 / 6 = 64.17; passed 90 85 80 → 3.
    QCOMPARE(d->count, 6);
    QCOMPARE(std::round(*d->mean * 100) / 100, 64.17);
    QCOMPARE(d->passed, 3);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM report_facts WHERE evaluation_id = 'e5'")).toInt(),
             1);
    // greet: failed now in e2, e4 and e5 → 3 of 6.
    const auto rows = reports().items({}, &error);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).failed, 3);
    // Review time stays the first submission's: 1200 s (median of 300, 600, 1200 is still 600; the max shows it).
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT review_s FROM report_facts WHERE evaluation_id = 'e5'")).toDouble(),
        1200.0);
}

void TestReports::reimportedConversationMoves()
{
    QString error;
    QVERIFY(reports().refresh(&error) >= 0);
    // A re-import says c2 was a2's call, in 二组, a week later (what the importer's UPDATE writes).
    exec(QStringLiteral("UPDATE conversations SET agent_id = 'a2', team_id = 't2', channel = 'call', "
                        "started_at = '2026-11-10T09:00:00+08:00' WHERE id = 'c2'"));
    const auto agents = reports().ranking({}, RankingBy::Agent, &error);
    QVERIFY2(agents, qPrintable(error));
    // a1: e1 90 alone now. a2: e3 0 + e2 70 → 35.
    for (const RankingRow &r : *agents) {
        if (r.id == QLatin1String("a1"))
            QCOMPARE(r.mean, 90.0);
        if (r.id == QLatin1String("a2")) {
            QCOMPARE(r.count, 2);
            QCOMPARE(r.mean, 35.0);
        }
    }
    ReportFilter f;
    f.team = QStringLiteral("二组");
    auto d = reports().distribution(f, &error);
    QVERIFY(d);
    QCOMPARE(d->count, 4); // e2 e4 e5 e8
    f = {};
    f.from = f.to = QDate(2026, 11, 3);
    d = reports().distribution(f, &error);
    QCOMPARE(d->count, 0);
    // Rules follow the conversation: 二组 now has c2, c4, c5, c8, and c2's hits (greeting.missing 1, forbidden 1).
    auto p = reports().problems(
        f =
            [] {
                ReportFilter t;
                t.team = QStringLiteral("二组");
                return t;
            }(),
        &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->conversations, 4);
    QCOMPARE(int(p->rules.size()), 2);
    QCOMPARE(p->rules.at(0).hits, 1);
    // ...and auto-QA re-runs: c6's forbidden.phrase hit goes, so only c2 has one of 8 conversations.
    exec(QStringLiteral("DELETE FROM rule_hits WHERE conversation_id = 'c6'"));
    p = reports().problems({}, &error);
    QVERIFY(p);
    QCOMPARE(p->rules.at(1).ruleId, QStringLiteral("forbidden.phrase"));
    QCOMPARE(p->rules.at(1).conversations, 1);
    QCOMPARE(p->rules.at(1).share, 1.0 / 8);
    // Deleting an evaluation takes it out too.
    exec(QStringLiteral("DELETE FROM evaluations WHERE id = 'e8'"));
    d = reports().distribution({}, &error);
    QCOMPARE(d->count, 5);
}

void TestReports::cancelAndProgress()
{
    // Cancelled before it starts: nothing folded, a clear error, the rollup still pending as a whole.
    std::atomic_bool cancel{true};
    QString error;
    QVERIFY(!reports().distribution({}, &error, &cancel));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM report_facts")).toInt(), 0);
    // 8 evaluations (e6 and e7 too: the fold decides what counts) + 8 conversations pending; progress ends at 16/16.
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM report_pending")).toInt(), 8);
    qint64 lastDone = -1, lastTotal = -1;
    QCOMPARE(reports().refresh(&error,
                               [&](qint64 done, qint64 total) {
                                   lastDone = done;
                                   lastTotal = total;
                               }),
             qint64(16));
    QCOMPARE(lastDone, qint64(16));
    QCOMPARE(lastTotal, qint64(16));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM report_facts")).toInt(), 6);
    // Nothing changed since: nothing to fold.
    QCOMPARE(reports().refresh(&error), qint64(0));
}

void TestReports::csvAndJson()
{
    ReportTable t;
    t.columns = {QStringLiteral("name"), QStringLiteral("n"), QStringLiteral("rate"), QStringLiteral("ok"),
                 QStringLiteral("none")};
    t.headers = {QStringLiteral("Name"), QStringLiteral("N"), QStringLiteral("Rate"), QStringLiteral("OK"),
                 QStringLiteral("None")};
    t.rows.append({QStringLiteral("王, \"小\"\n二"), 1234567, 0.9833, true, QVariant()});
    t.rows.append({QStringLiteral("plain"), 0, 1.5, false, QVariant()});
    t.rows.append({QStringLiteral("=HYPERLINK(\"x\")"), -3, -0.25, false, QStringLiteral("-1")});
    const QByteArray csv = t.toCsv();
    // BOM, CRLF, quotes doubled inside a quoted field, numbers with '.' and no grouping, null empty.
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                             "name,n,rate,ok,none\r\n"
                             "\"") +
                      QStringLiteral("王, \"\"小\"\"\n二").toUtf8() +
                      QByteArray("\",1234567,0.9833,true,\r\n"
                                 "plain,0,1.5,false,\r\n"
                                 // Formula-like text is prefixed with ' (numbers are not text: no prefix).
                                 "\"'=HYPERLINK(\"\"x\"\")\",-3,-0.25,false,'-1\r\n"));
    QVERIFY(t.toCsv(true).startsWith("\xEF\xBB\xBFName,N,Rate,OK,None\r\n"));
    const QJsonObject json = QJsonDocument::fromJson(t.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("columns")).toArray().size(), 5);
    const QJsonObject row = json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("n")).toInt(), 1234567);
    QCOMPARE(row.value(QStringLiteral("rate")).toDouble(), 0.9833);
    QCOMPARE(row.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(row.value(QStringLiteral("none")).isNull());
    // A German locale does not turn the decimal point into a comma.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German));
    const QByteArray again = t.toCsv();
    QLocale::setDefault(before);
    QCOMPARE(again, csv);
}

void TestReports::cli()
{
    // Reports are for team leaders, trainers and QA managers; inspectors are refused (below).
    exec(QStringLiteral("INSERT INTO users(id, login, display_name, role, created_at) "
                        "VALUES('u-lead', 'lead', '组长', 'team_leader', '2026-11-01T00:00:00.000Z')"));
    const QString store = m_store->path();
    m_store.reset(); // the CLI opens the file itself
    QString login = QStringLiteral("lead");
    auto run = [&](const QStringList &args, int *code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QAWB_USER"), login);
        env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("home/config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(QAWB_CLI_PATH), QStringList{QStringLiteral("--store"), store} + args);
        p.waitForFinished(60000);
        *code = p.exitCode();
        return std::pair{p.readAllStandardOutput(), p.readAllStandardError()};
    };
    int code = -1;
    // Ranking by team as CSV (see ranking()).
    auto [out, err] = run(
        {QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--by"), QStringLiteral("team")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("\xEF\xBB\xBF"
                             "rank,team,count,mean,passed,pass_rate,fatal\r\n") +
                      QStringLiteral("1,二组,3,88.33,3,1,0\r\n2,一组,3,53.33,1,0.3333,1\r\n").toUtf8());
    // The distribution of November's chats as JSON: e1 90, e2 70 → bins 70-79 and 90-100, half each.
    std::tie(out, err) =
        run({QStringLiteral("report"), QStringLiteral("distribution"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
             QStringLiteral("--channel"), QStringLiteral("chat"), QStringLiteral("--format"), QStringLiteral("json")},
            &code);
    QCOMPARE(code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 10);
    QCOMPARE(rows.at(7).toObject().value(QStringLiteral("bin")).toString(), QStringLiteral("70-79"));
    QCOMPARE(rows.at(7).toObject().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(rows.at(7).toObject().value(QStringLiteral("share")).toDouble(), 0.5);
    QCOMPARE(rows.at(9).toObject().value(QStringLiteral("to")).toInt(), 100);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("share")).toDouble(), 0.0);
    // Inspectors to a file.
    const QString file = m_dir->filePath(QStringLiteral("inspectors.csv"));
    std::tie(out, err) =
        run({QStringLiteral("report"), QStringLiteral("inspectors"), QStringLiteral("--output"), file}, &code);
    QCOMPARE(code, 0);
    QVERIFY(out.isEmpty());
    QVERIFY(readFile(file).contains(QStringLiteral("u-li,李娜,3,86.67,2,0.6667,3,600\r\n").toUtf8()));
    // Usage errors exit 2 and say what is wrong.
    std::tie(out, err) = run(
        {QStringLiteral("report"), QStringLiteral("ranking"), QStringLiteral("--by"), QStringLiteral("item")}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("agent or team"), err.constData());
    std::tie(out, err) = run({QStringLiteral("report"), QStringLiteral("weather")}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("unknown report"), err.constData());
    std::tie(out, err) = run(
        {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--period"), QStringLiteral("year")}, &code);
    QCOMPARE(code, 2);
    std::tie(out, err) = run({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
                              QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")},
                             &code);
    QCOMPARE(code, 2);
    // An unknown team is an error of the command (1), not of its usage.
    std::tie(out, err) = run(
        {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--team"), QStringLiteral("三组")}, &code);
    QCOMPARE(code, 1);
    QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("unknown team 三组")), err.constData());
    // An inspector may not compare agents and colleagues.
    login = QStringLiteral("li");
    std::tie(out, err) = run({QStringLiteral("report"), QStringLiteral("summary")}, &code);
    QCOMPARE(code, 1);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("may not see QA reports"), err.constData());
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
