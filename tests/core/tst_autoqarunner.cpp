// AutoQaRunner and RuleSetRepository: hits in the store, what a second run skips, partial re-runs after a rule-set
// change, re-checks after a content change, cancellation, and rule-set versions (import, activate, refuse).

#include "core/autoqaengine.h"
#include "core/autoqarunner.h"
#include "core/caserepository.h"
#include "core/demoqueue.h"
#include "core/importer.h"
#include "core/ruleset.h"
#include "core/rulesetrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace qawb;
using namespace qawb::test;

namespace {

// A small rule set; version 2 changes only "refund", version 3 drops "rude".
const char kRulesV1[] = R"({"format":"qawb-rules/1","id":"acme","version":1,"name":{"en":"Acme rules"},
"categories":{"risk":{"name":"Risk","risk":true},"greeting":{"name":"Greeting"}},
"rules":[
 {"id":"refund","kind":"phrases","category":"risk","severity":"minor","speaker":"customer","phrases":["退费"]},
 {"id":"complaint","kind":"phrases","category":"risk","severity":"major","speaker":"customer","phrases":["投诉"]},
 {"id":"greeting","kind":"must_appear","category":"greeting","severity":"major","speaker":"agent",
  "phrases":["您好"],"window":{"first_turns":1}},
 {"id":"rude","kind":"phrases","category":"forbidden","severity":"critical","speaker":"agent","phrases":["没办法"]}
]})";

QByteArray rulesV2()
{
    return QByteArray(kRulesV1)
        .replace(R"("version":1)", R"("version":2)")
        .replace(R"("phrases":["退费"])", R"("phrases":["退费","退款"])");
}

QByteArray rulesV3()
{
    return QByteArray(rulesV2())
        .replace(R"("version":2)", R"("version":3)")
        .replace(R"(,
 {"id":"rude","kind":"phrases","category":"forbidden","severity":"critical","speaker":"agent","phrases":["没办法"]})",
                 "");
}

// One JSON Lines record. Turns: "speaker: text" (chats, 20 s apart) or "speaker@from-to: text" (calls).
QByteArray record(const QString &id, const QString &channel, const QStringList &lines)
{
    const QDateTime started = QDateTime(QDate(2026, 11, 16), QTime(1, 12, 5), Qt::UTC);
    QJsonArray turns;
    for (int i = 0; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(QLatin1String(": "));
        const QStringList head = lines[i].left(colon).split(QLatin1Char('@'));
        QJsonObject turn{{QStringLiteral("speaker"), head.first()}, {QStringLiteral("text"), lines[i].mid(colon + 2)}};
        if (channel == QLatin1String("call")) {
            const QStringList times = head.value(1).split(QLatin1Char('-'));
            turn.insert(QStringLiteral("start_ms"), times.value(0).toInt());
            turn.insert(QStringLiteral("end_ms"), times.value(1).toInt());
        } else {
            turn.insert(QStringLiteral("at"), started.addSecs(20 * i).toString(Qt::ISODate));
        }
        turns.append(turn);
    }
    const QJsonObject o{{QStringLiteral("id"), id},
                        {QStringLiteral("channel"), channel},
                        {QStringLiteral("agent_id"), QStringLiteral("A1")},
                        {QStringLiteral("started_at"), started.toString(Qt::ISODate)},
                        {QStringLiteral("turns"), turns}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray complaintChat(const QString &agentReply = QStringLiteral("您好，请稍等"))
{
    return record(QStringLiteral("c-complaint"), QStringLiteral("chat"),
                  {QStringLiteral("customer: 我要退费，还要投诉"), QStringLiteral("agent: ") + agentReply,
                   QStringLiteral("customer: 快点")});
}

QByteArray refundCall()
{
    return record(QStringLiteral("c-call"), QStringLiteral("call"),
                  {QStringLiteral("agent@0-2000: 喂"), QStringLiteral("customer@2500-5000: 我要退款，快点处理"),
                   QStringLiteral("agent@5500-8000: 这个我没办法")});
}

QByteArray plainChat(const QString &agentReply = QStringLiteral("您好，很高兴为您服务"))
{
    return record(QStringLiteral("c-plain"), QStringLiteral("chat"),
                  {QStringLiteral("customer: 你好"), QStringLiteral("agent: ") + agentReply});
}

// "rule#seq[start,end) detail" for hits, as the engine or the store has them.
QString describe(const Hit &h)
{
    QString s = QStringLiteral("%1#%2").arg(h.ruleId).arg(h.turnSeq);
    if (h.start >= 0)
        s += QStringLiteral("[%1,%2)").arg(h.start).arg(h.end);
    if (h.startMs >= 0)
        s += QStringLiteral("@%1-%2").arg(h.startMs).arg(h.endMs);
    if (!h.detail.isEmpty())
        s += QLatin1Char(' ') + h.detail;
    return s;
}

// Every stored hit with its row id and version: "id|conversation|rule|seq|start|end|detail|version".
QStringList hitRows(Store &store, const QString &where = QString())
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT id, conversation_id, rule_id, coalesce(turn_seq, -1), coalesce(span_start, -1), "
                          "coalesce(span_end, -1), detail, rule_set_version_id FROM rule_hits ") +
           where + QStringLiteral(" ORDER BY id"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestAutoQaRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Runner.
    void firstRunStoresHits();
    void newEngineRechecksOnce();
    void builtInRuleSetByDefault();
    void secondRunChangesNothing();
    void changedRuleReRunsOnlyThatRule();
    void categoryChangeOnlyRecounts();
    void changedContentReChecksOnlyThatConversation();
    void forceReChecksEverything();
    void onlyTheGivenConversations();
    void cancelStopsBetweenBatches();
    void cancelBeforeTheFirstBatch();
    void demoQueueHits();

    // Rule-set versions.
    void importActivates();
    void ruleSetWithoutName();
    void identicalReimportIsNoOp();
    void sameVersionDifferentContentRefused();
    void invalidRuleSetRejected_data();
    void invalidRuleSetRejected();
    void ensureActiveImportsBuiltInOnce();
    void ruleDigestsFollowTheRule();

private:
    void importRecords(const QByteArray &jsonLines, qint64 expectedChanged = -1);
    QString importRules(const QByteArray &json);
    AutoQaReport runAutoQa(const QStringList &ids = {}, bool force = false);
    // The stored hits of a conversation equal a fresh run of the active rule set over it.
    void verifyStoredHitsMatchEngine(const QString &conversationId);
    void verifyRunCounts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_userId;
};

void TestAutoQaRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_userId = UserRepository(*m_store).ensure(QStringLiteral("tester")).id;
    QVERIFY(!m_userId.isEmpty());
}

void TestAutoQaRunner::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAutoQaRunner::importRecords(const QByteArray &jsonLines, qint64 expectedChanged)
{
    const QString path =
        m_dir->filePath(QStringLiteral("import-%1.jsonl").arg(rowCount(*m_store, QStringLiteral("import_batches"))));
    QVERIFY(writeFile(path, jsonLines));
    ImportOptions options;
    options.userId = m_userId;
    Importer importer(*m_store, options);
    const ImportReport report = importer.run({path});
    QVERIFY2(report.ok, qPrintable(report.summary()));
    if (expectedChanged >= 0)
        QCOMPARE(report.inserted + report.updated, expectedChanged);
}

QString TestAutoQaRunner::importRules(const QByteArray &json)
{
    QString error;
    const auto id = RuleSetRepository(*m_store).importJson(json, m_userId, &error);
    if (!id)
        qWarning("rule set refused: %s", qPrintable(error));
    return id.value_or(QString());
}

AutoQaReport TestAutoQaRunner::runAutoQa(const QStringList &ids, bool force)
{
    AutoQaRunner runner(*m_store, m_userId);
    return runner.run(ids, force);
}

void TestAutoQaRunner::verifyStoredHitsMatchEngine(const QString &conversationId)
{
    const auto active = RuleSetRepository(*m_store).active();
    QVERIFY(active);
    const auto conversation = CaseRepository(*m_store).conversation(conversationId);
    QVERIFY(conversation);
    QStringList expected;
    for (const Hit &h : AutoQaEngine(active->rules).run(*conversation))
        expected << describe(h);
    QStringList stored;
    for (const StoredHit &s : AutoQaRunner::hits(*m_store, conversationId)) {
        stored << describe(s.hit);
        const Rule *rule = active->rules.rule(s.hit.ruleId);
        QVERIFY2(rule, qPrintable(s.hit.ruleId));
        QCOMPARE(s.category, rule->category);
        QCOMPARE(s.severity, rule->severity);
        QCOMPARE(s.ruleSetVersionId, active->versionId);
    }
    // Same hits; the order of hits at the same place may differ (row order versus rule order).
    expected.sort();
    stored.sort();
    QCOMPARE(stored, expected);
}

void TestAutoQaRunner::verifyRunCounts()
{
    const auto active = RuleSetRepository(*m_store).active();
    QVERIFY(active);
    QStringList risky{QStringLiteral("''")};
    for (auto it = active->rules.categories().cbegin(); it != active->rules.categories().cend(); ++it) {
        if (it->risk)
            risky << QLatin1Char('\'') + it.key() + QLatin1Char('\'');
    }
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT r.conversation_id, r.hit_count, r.risk_count, r.content_hash, "
                                  "c.content_hash, r.rule_set_version_id FROM autoqa_runs r "
                                  "JOIN conversations c ON c.id = r.conversation_id")));
    while (q.next()) {
        const QString id = q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(),
                 scalar(*m_store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id = ?"), {id})
                     .toLongLong());
        QCOMPARE(q.value(2).toLongLong(),
                 scalar(*m_store,
                        QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id = ? AND "
                                       "(severity = 'critical' OR category IN (%1))")
                            .arg(risky.join(QLatin1Char(','))),
                        {id})
                     .toLongLong());
        QCOMPARE(q.value(3).toString(),
                 q.value(4).toString() + QStringLiteral("/e%1").arg(AutoQaRunner::kEngineVersion));
        QCOMPARE(q.value(5).toString(), active->versionId);
    }
}

void TestAutoQaRunner::newEngineRechecksOnce()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    AutoQaRunner runner(*m_store, m_userId);
    QVERIFY(runner.run().ok);
    const qint64 all = 3;
    // Runs made by an older engine are re-checked once, then up to date again.
    QVERIFY(m_store->database()
                .exec(QStringLiteral("UPDATE autoqa_runs SET content_hash = "
                                     "substr(content_hash, 1, instr(content_hash, '/e')) || 'e0'"))
                .lastError()
                .type() == QSqlError::NoError);
    AutoQaReport report = runner.run();
    QCOMPARE(report.checked, all);
    report = runner.run();
    QCOMPARE(report.checked, 0);
    QCOMPARE(report.upToDate, all);
}

void TestAutoQaRunner::firstRunStoresHits()
{
    const QString v1 = importRules(kRulesV1);
    QVERIFY(!v1.isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.checked, 3);
    QCOMPARE(report.partial, 0);
    QCOMPARE(report.upToDate, 0);
    QCOMPARE(report.ruleSetVersionId, v1);
    QCOMPARE(report.hits, rowCount(*m_store, QStringLiteral("rule_hits")));
    QCOMPARE(rowCount(*m_store, QStringLiteral("autoqa_runs")), 3);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE rule_set_version_id <> ?"), {v1})
                 .toLongLong(),
             0);

    // What was found, where.
    QStringList complaint;
    for (const StoredHit &s : AutoQaRunner::hits(*m_store, QStringLiteral("c-complaint")))
        complaint << describe(s.hit);
    QCOMPARE(complaint, (QStringList{QStringLiteral("refund#0[2,4) 退费"), QStringLiteral("complaint#0[7,9) 投诉")}));
    QStringList call;
    for (const StoredHit &s : AutoQaRunner::hits(*m_store, QStringLiteral("c-call")))
        call << describe(s.hit);
    QCOMPARE(call,
             (QStringList{QStringLiteral("greeting#0[0,0)@0-2000"), QStringLiteral("rude#2[3,6)@5500-8000 没办法")}));
    QVERIFY(AutoQaRunner::hits(*m_store, QStringLiteral("c-plain")).empty());

    for (const char *id : {"c-complaint", "c-call", "c-plain"})
        verifyStoredHitsMatchEngine(QString::fromLatin1(id));
    verifyRunCounts();
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT hit_count || '/' || risk_count FROM autoqa_runs WHERE "
                                             "conversation_id = 'c-complaint'")),
             QVariant(QStringLiteral("2/2")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT hit_count || '/' || risk_count FROM autoqa_runs WHERE "
                                             "conversation_id = 'c-call'")),
             QVariant(QStringLiteral("2/1"))); // the critical "rude" hit is a risk, the missing greeting is not
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT hit_count || '/' || risk_count FROM autoqa_runs WHERE "
                                             "conversation_id = 'c-plain'")),
             QVariant(QStringLiteral("0/0")));
}

void TestAutoQaRunner::builtInRuleSetByDefault()
{
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.checked, 3);
    const auto versions = RuleSetRepository(*m_store).versions();
    QCOMPARE(versions.size(), size_t(1));
    QCOMPARE(versions[0].key, QStringLiteral("default"));
    QVERIFY(versions[0].active);
    QCOMPARE(versions[0].versionId, report.ruleSetVersionId);
    QCOMPARE(versions[0].ruleCount, int(RuleSet::builtIn().rules().size()));
    QVERIFY(report.hits > 0);
    for (const char *id : {"c-complaint", "c-call", "c-plain"})
        verifyStoredHitsMatchEngine(QString::fromLatin1(id));
    verifyRunCounts();
}

void TestAutoQaRunner::secondRunChangesNothing()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    QVERIFY(runAutoQa().ok);
    const QStringList before = snapshot(*m_store);
    const AutoQaReport again = runAutoQa();
    QVERIFY(again.ok);
    QCOMPARE(again.checked, 0);
    QCOMPARE(again.partial, 0);
    QCOMPARE(again.upToDate, 3);
    QCOMPARE(again.hits, 0);
    QCOMPARE(snapshot(*m_store), before);
}

void TestAutoQaRunner::changedRuleReRunsOnlyThatRule()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    QVERIFY(runAutoQa().ok);
    const QString notRefund = QStringLiteral("WHERE rule_id <> 'refund'");
    QStringList kept = hitRows(*m_store, notRefund);
    const QStringList refundBefore = hitRows(*m_store, QStringLiteral("WHERE rule_id = 'refund'"));
    QCOMPARE(refundBefore.size(), 1);

    // Version 2 changes only "refund" (it now also knows 退款).
    const QString v2 = importRules(rulesV2());
    QVERIFY(!v2.isEmpty());
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.checked, 3);
    QCOMPARE(report.partial, 3);
    QCOMPARE(report.upToDate, 0);
    QCOMPARE(report.ruleSetVersionId, v2);
    QCOMPARE(report.hits, 2); // only the re-run rule's hits are written
    // The other rules' hits keep their rows (ids and content); only their version moved on.
    QStringList keptNow = hitRows(*m_store, notRefund);
    for (QString &row : kept)
        row = row.section(QLatin1Char('|'), 0, 6);
    for (QString &row : keptNow) {
        QCOMPARE(row.section(QLatin1Char('|'), 7), v2);
        row = row.section(QLatin1Char('|'), 0, 6);
    }
    QCOMPARE(keptNow, kept);
    // The changed rule's hits changed: the call's 退款 is now a hit.
    QStringList refundNow;
    for (const QString &row : hitRows(*m_store, QStringLiteral("WHERE rule_id = 'refund'")))
        refundNow << row.section(QLatin1Char('|'), 1, 7);
    refundNow.sort();
    QCOMPARE(refundNow, (QStringList{QStringLiteral("c-call|refund|1|2|4|退款|") + v2,
                                     QStringLiteral("c-complaint|refund|0|2|4|退费|") + v2}));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE rule_set_version_id <> ?"), {v2})
                 .toLongLong(),
             0);
    // And the result is what a full run of version 2 finds.
    for (const char *id : {"c-complaint", "c-call", "c-plain"})
        verifyStoredHitsMatchEngine(QString::fromLatin1(id));
    verifyRunCounts();

    // Version 3 drops "rude": its hits go, the rest stay.
    const QString v3 = importRules(rulesV3());
    QVERIFY(!v3.isEmpty());
    const QStringList beforeV3 = hitRows(*m_store, QStringLiteral("WHERE rule_id <> 'rude'"));
    QCOMPARE(hitRows(*m_store, QStringLiteral("WHERE rule_id = 'rude'")).size(), 1);
    const AutoQaReport dropped = runAutoQa();
    QVERIFY(dropped.ok);
    QCOMPARE(dropped.partial, 3);
    QCOMPARE(dropped.hits, 0);
    QVERIFY(hitRows(*m_store, QStringLiteral("WHERE rule_id = 'rude'")).isEmpty());
    QStringList afterV3 = hitRows(*m_store);
    QCOMPARE(afterV3.size(), beforeV3.size());
    for (int i = 0; i < afterV3.size(); ++i)
        QCOMPARE(afterV3[i].section(QLatin1Char('|'), 0, 6), beforeV3[i].section(QLatin1Char('|'), 0, 6));
    for (const char *id : {"c-complaint", "c-call", "c-plain"})
        verifyStoredHitsMatchEngine(QString::fromLatin1(id));
    verifyRunCounts();
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT risk_count FROM autoqa_runs WHERE conversation_id = 'c-call'")),
             QVariant(1)); // the refund hit now; the critical one is gone
}

void TestAutoQaRunner::categoryChangeOnlyRecounts()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    QVERIFY(runAutoQa().ok);
    const QStringList before = hitRows(*m_store);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT risk_count FROM autoqa_runs WHERE conversation_id = 'c-call'")),
             QVariant(1));
    // Version 2 only makes a missing greeting a risk: no rule changed, so nothing is re-run, but the counts follow.
    const QString v2 =
        importRules(QByteArray(kRulesV1)
                        .replace(R"("version":1)", R"("version":2)")
                        .replace(R"("greeting":{"name":"Greeting"})", R"("greeting":{"name":"Greeting","risk":true})"));
    QVERIFY(!v2.isEmpty());
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.checked, 3);
    QCOMPARE(report.partial, 3);
    QCOMPARE(report.hits, 0);
    const QStringList after = hitRows(*m_store);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].section(QLatin1Char('|'), 0, 6), before[i].section(QLatin1Char('|'), 0, 6));
        QCOMPARE(after[i].section(QLatin1Char('|'), 7), v2);
    }
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT risk_count FROM autoqa_runs WHERE conversation_id = 'c-call'")),
             QVariant(2));
    verifyRunCounts();
}

void TestAutoQaRunner::changedContentReChecksOnlyThatConversation()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    QVERIFY(runAutoQa().ok);
    const QString others = QStringLiteral("WHERE conversation_id <> 'c-plain'");
    const QStringList otherHits = hitRows(*m_store, others);
    const QStringList otherRuns = [&] {
        QStringList rows;
        for (const QString &row : snapshot(*m_store)) {
            if (row.startsWith(QLatin1String("autoqa_runs|")) && !row.startsWith(QLatin1String("autoqa_runs|c-plain|")))
                rows << row;
        }
        return rows;
    }();
    QCOMPARE(otherRuns.size(), 2);

    // The agent of c-plain now says something forbidden; the other two are re-imported unchanged.
    importRecords(complaintChat() + refundCall() + plainChat(QStringLiteral("这个没办法")), 1);
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.checked, 1);
    QCOMPARE(report.partial, 0);
    QCOMPARE(report.upToDate, 2);
    QCOMPARE(hitRows(*m_store, others), otherHits);
    QStringList runsNow;
    for (const QString &row : snapshot(*m_store)) {
        if (row.startsWith(QLatin1String("autoqa_runs|")) && !row.startsWith(QLatin1String("autoqa_runs|c-plain|")))
            runsNow << row;
    }
    QCOMPARE(runsNow, otherRuns);
    QStringList plain;
    for (const StoredHit &s : AutoQaRunner::hits(*m_store, QStringLiteral("c-plain")))
        plain << describe(s.hit);
    QCOMPARE(plain, (QStringList{QStringLiteral("greeting#1[0,0)"), QStringLiteral("rude#1[2,5) 没办法")}));
    verifyRunCounts(); // content_hash follows the new content
}

void TestAutoQaRunner::forceReChecksEverything()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    QVERIFY(runAutoQa().ok);
    QStringList before = hitRows(*m_store);
    const AutoQaReport report = runAutoQa({}, true);
    QVERIFY(report.ok);
    QCOMPARE(report.checked, 3);
    QCOMPARE(report.upToDate, 0);
    QCOMPARE(report.partial, 0);
    QCOMPARE(report.hits, qint64(before.size()));
    QStringList after = hitRows(*m_store);
    for (QStringList *rows : {&before, &after}) {
        for (QString &row : *rows)
            row = row.section(QLatin1Char('|'), 1); // without the row id
        rows->sort();
    }
    QCOMPARE(after, before);
    verifyRunCounts();
}

void TestAutoQaRunner::onlyTheGivenConversations()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall() + plainChat(), 3);
    AutoQaReport report = runAutoQa({QStringLiteral("c-call"), QStringLiteral("no-such-id")});
    QVERIFY(report.ok);
    QCOMPARE(report.checked, 1);
    QCOMPARE(report.upToDate, 0);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT group_concat(conversation_id) FROM autoqa_runs")),
             QVariant(QStringLiteral("c-call")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id <> 'c-call'"))
                 .toLongLong(),
             0);
    report = runAutoQa();
    QCOMPARE(report.checked, 2);
    QCOMPARE(report.upToDate, 1);
}

void TestAutoQaRunner::cancelStopsBetweenBatches()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    QByteArray many;
    const int total = 600;
    for (int i = 0; i < total; ++i)
        many += record(QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("chat"),
                       {QStringLiteral("customer: 我要退费 %1").arg(i), QStringLiteral("agent: 好的")});
    importRecords(many, total);

    std::atomic_bool cancel{false};
    QList<qint64> progress;
    AutoQaRunner runner(*m_store, m_userId);
    runner.setCancelFlag(&cancel);
    runner.setProgressCallback([&](qint64 done, qint64 all) {
        QCOMPARE(all, qint64(total));
        progress << done;
        if (done > 0)
            cancel = true; // after the first batch
    });
    const AutoQaReport report = runner.run();
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QVERIFY2(report.checked > 0 && report.checked < total, qPrintable(QString::number(report.checked)));
    QCOMPARE(progress, (QList<qint64>{0, report.checked}));
    // Whole conversations only: every checked conversation has its run row and hits, nothing else has any.
    QCOMPARE(rowCount(*m_store, QStringLiteral("autoqa_runs")), report.checked);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(DISTINCT conversation_id) FROM rule_hits")).toLongLong(),
             report.checked);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id NOT IN "
                                             "(SELECT conversation_id FROM autoqa_runs)"))
                 .toLongLong(),
             0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_hits")), report.hits);

    // The next run finishes the rest.
    const AutoQaReport rest = runAutoQa();
    QVERIFY(rest.ok);
    QCOMPARE(rest.checked, total - report.checked);
    QCOMPARE(rest.upToDate, report.checked);
    QCOMPARE(rowCount(*m_store, QStringLiteral("autoqa_runs")), total);
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_hits")), qint64(2 * total)); // refund + missing greeting
    verifyRunCounts();
}

void TestAutoQaRunner::cancelBeforeTheFirstBatch()
{
    QVERIFY(!importRules(kRulesV1).isEmpty());
    importRecords(complaintChat() + refundCall(), 2);
    const std::atomic_bool cancel{true};
    AutoQaRunner runner(*m_store, m_userId);
    runner.setCancelFlag(&cancel);
    const AutoQaReport report = runner.run();
    QVERIFY(report.cancelled);
    QCOMPARE(report.checked, 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("autoqa_runs")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_hits")), 0);
}

void TestAutoQaRunner::demoQueueHits()
{
    const ImportReport imported = DemoQueue::install(*m_store, m_userId, m_dir->path());
    QVERIFY2(imported.ok, qPrintable(imported.summary()));
    const AutoQaReport report = runAutoQa();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.checked, 12);
    verifyRunCounts();

    auto hits = [&](const char *conversation) {
        QStringList out;
        for (const StoredHit &s : AutoQaRunner::hits(*m_store, QString::fromLatin1(conversation)))
            out << describe(s.hit);
        return out;
    };
    struct Expected
    {
        const char *conversation;
        QString hit;
    };
    const Expected expected[] = {
        {"demo-chat-002", QStringLiteral("timing.slow_reply#4 197 s")},
        {"demo-chat-002", QStringLiteral("risk.refund#5[2,4) 退费")},
        {"demo-chat-002", QStringLiteral("risk.complaint#5[21,23) 投诉")},
        {"demo-chat-002", QStringLiteral("forbidden.phrase#6[14,19) 我也没办法")},
        {"demo-chat-002", QStringLiteral("risk.complaint#7[4,9) 12315")},
        {"demo-chat-003", QStringLiteral("pii.mobile#5[7,18) 13812345678")},
        {"demo-chat-003", QStringLiteral("pii.id_card#7[0,18) 110105199001011234")},
        {"demo-chat-004", QStringLiteral("forbidden.phrase#5[14,20) 你自己看说明")},
        {"demo-chat-006", QStringLiteral("risk.refund#4[10,12) 退費")},
        {"demo-call-001", QStringLiteral("timing.dead_air#5@13738-20738 7 s")},
        {"demo-call-002", QStringLiteral("greeting.missing#0[0,0)@500-964")},
        {"demo-call-002", QStringLiteral("forbidden.phrase#0[0,3)@500-964 喂，说")},
        {"demo-call-002", QStringLiteral("forbidden.phrase#2[14,18)@6045-9039 不归我管")},
    };
    for (const Expected &e : expected) {
        const QStringList found = hits(e.conversation);
        QVERIFY2(found.contains(e.hit),
                 qPrintable(QStringLiteral("%1: %2 not in\n%3")
                                .arg(QString::fromLatin1(e.conversation), e.hit, found.join(QLatin1Char('\n')))));
    }
    // A courteous conversation: greeting, closing, no risk.
    const QStringList polite = hits("demo-chat-001");
    for (const QString &h : polite)
        QVERIFY2(!h.startsWith(QLatin1String("greeting.")) && !h.startsWith(QLatin1String("closing.")) &&
                     !h.startsWith(QLatin1String("risk.")) && !h.startsWith(QLatin1String("forbidden.")),
                 qPrintable(h));
}

void TestAutoQaRunner::importActivates()
{
    RuleSetRepository repository(*m_store);
    QVERIFY(!repository.active());
    const QString v1 = importRules(kRulesV1);
    QVERIFY(!v1.isEmpty());
    QCOMPARE(repository.active()->versionId, v1);
    QCOMPARE(repository.active()->rules.version(), 1);
    auto versions = repository.versions();
    QCOMPARE(versions.size(), size_t(1));
    QCOMPARE(versions[0].versionId, v1);
    QCOMPARE(versions[0].key, QStringLiteral("acme"));
    QCOMPARE(versions[0].name, QStringLiteral("Acme rules"));
    QCOMPARE(versions[0].version, 1);
    QCOMPARE(versions[0].ruleCount, 4);
    QVERIFY(versions[0].active);
    QVERIFY(!versions[0].importedAt.isEmpty());

    const QString v2 = importRules(rulesV2());
    QVERIFY(!v2.isEmpty() && v2 != v1);
    QCOMPARE(repository.active()->versionId, v2);
    versions = repository.versions();
    QCOMPARE(versions.size(), size_t(2));
    QCOMPARE(versions[0].version, 1);
    QVERIFY(!versions[0].active);
    QCOMPARE(versions[1].version, 2);
    QVERIFY(versions[1].active);
    // Each new version is in the audit log, by its importer.
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rules.import' AND "
                                   "actor_id = ?"),
                    {m_userId})
                 .toLongLong(),
             2);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT imported_by FROM rule_set_versions WHERE id = ?"), {v2}),
             QVariant(m_userId));
    // The stored definition is the file as imported.
    QCOMPARE(repository.version(v1)->rules.json(), QByteArray(kRulesV1));
}

void TestAutoQaRunner::ruleSetWithoutName()
{
    // "name" is optional: the key stands in for it.
    const QString id = importRules(R"({"format":"qawb-rules/1","id":"nameless","version":1,"rules":[)"
                                   R"({"id":"r","kind":"phrases","category":"risk","phrases":["退费"]}]})");
    QVERIFY(!id.isEmpty());
    const auto versions = RuleSetRepository(*m_store).versions();
    QCOMPARE(versions.size(), size_t(1));
    QCOMPARE(versions[0].name, QStringLiteral("nameless"));
    QVERIFY(versions[0].active);
}

void TestAutoQaRunner::identicalReimportIsNoOp()
{
    const QString v1 = importRules(kRulesV1);
    QVERIFY(!v1.isEmpty());
    QStringList before = snapshot(*m_store);
    QCOMPARE(importRules(kRulesV1), v1);
    QCOMPARE(snapshot(*m_store), before);
    // Re-serialised (other spacing and key order) is the same definition.
    const QByteArray reformatted = QJsonDocument::fromJson(kRulesV1).toJson(QJsonDocument::Indented);
    QVERIFY(reformatted != QByteArray(kRulesV1));
    QCOMPARE(importRules(reformatted), v1);
    QCOMPARE(snapshot(*m_store), before);

    // Re-importing an older version adds nothing and makes it active again (a rollback).
    const QString v2 = importRules(rulesV2());
    QVERIFY(!v2.isEmpty());
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_set_versions")), 2);
    QCOMPARE(importRules(kRulesV1), v1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_set_versions")), 2);
    QCOMPARE(RuleSetRepository(*m_store).active()->versionId, v1);
}

void TestAutoQaRunner::sameVersionDifferentContentRefused()
{
    const QString v1 = importRules(kRulesV1);
    QVERIFY(!v1.isEmpty());
    const QStringList before = snapshot(*m_store);
    QString error;
    const QByteArray changed = QByteArray(kRulesV1).replace(R"(["退费"])", R"(["退款"])");
    QVERIFY(!RuleSetRepository(*m_store).importJson(changed, m_userId, &error));
    QVERIFY2(error.contains(QLatin1String("version")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("acme")), qPrintable(error));
    QCOMPARE(snapshot(*m_store), before);
}

void TestAutoQaRunner::invalidRuleSetRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    auto set = [](const QByteArray &rules) -> QByteArray {
        return QByteArray(R"({"format":"qawb-rules/1","id":"bad","version":1,"rules":[)") + rules + "]}";
    };
    QTest::newRow("unknown kind") << set(R"({"id":"r1","kind":"sometimes","category":"risk","phrases":["x"]})")
                                  << QStringList{QStringLiteral("r1"), QStringLiteral("kind")};
    QTest::newRow("bad severity")
        << set(R"({"id":"r1","kind":"phrases","category":"risk","severity":"urgent","phrases":["x"]})")
        << QStringList{QStringLiteral("r1"), QStringLiteral("severity")};
    QTest::newRow("regex does not compile")
        << set(R"({"id":"r1","kind":"phrases","category":"risk","phrases":["x"]},)"
               R"({"id":"r2","kind":"phrases","category":"risk","regex":["(unclosed"]})")
        << QStringList{QStringLiteral("r2"), QStringLiteral("regex"), QStringLiteral("(unclosed")};
    QTest::newRow("must_appear without window")
        << set(R"({"id":"r1","kind":"must_appear","category":"greeting","phrases":["您好"]})")
        << QStringList{QStringLiteral("r1"), QStringLiteral("window")};
    QTest::newRow("timing rule without threshold_s")
        << set(R"({"id":"r1","kind":"slow_reply","category":"timing"})")
        << QStringList{QStringLiteral("r1"), QStringLiteral("threshold_s")};
    QTest::newRow("timing rule with threshold 0")
        << set(R"({"id":"r1","kind":"silence","category":"timing","threshold_s":0})")
        << QStringList{QStringLiteral("r1"), QStringLiteral("threshold_s")};
    QTest::newRow("duplicate rule id") << set(R"({"id":"dup","kind":"phrases","category":"risk","phrases":["x"]},)"
                                              R"({"id":"dup","kind":"phrases","category":"risk","phrases":["y"]})")
                                       << QStringList{QStringLiteral("dup"), QStringLiteral("id")};
    QTest::newRow("hold without phrases") << set(R"({"id":"r1","kind":"hold","category":"timing","threshold_s":3})")
                                          << QStringList{QStringLiteral("r1"), QStringLiteral("phrases")};
    QTest::newRow("phrases rule without phrases") << set(R"({"id":"r1","kind":"phrases","category":"risk"})")
                                                  << QStringList{QStringLiteral("r1"), QStringLiteral("phrases")};
    QTest::newRow("bad speaker")
        << set(R"({"id":"r1","kind":"phrases","category":"risk","speaker":"boss","phrases":["x"]})")
        << QStringList{QStringLiteral("r1"), QStringLiteral("speaker")};
    QTest::newRow("no category") << set(R"({"id":"r1","kind":"phrases","phrases":["x"]})")
                                 << QStringList{QStringLiteral("r1"), QStringLiteral("category")};
    QTest::newRow("no rule id") << set(R"({"kind":"phrases","category":"risk","phrases":["x"]})")
                                << QStringList{QStringLiteral("rules[0]"), QStringLiteral("id")};
    QTest::newRow("no rules") << set("") << QStringList{QStringLiteral("rules")};
    QTest::newRow("wrong format") << QByteArray(R"({"format":"qawb-rules/2","id":"bad","version":1,"rules":[]})")
                                  << QStringList{QStringLiteral("format")};
    QTest::newRow("version 0") << QByteArray(R"({"format":"qawb-rules/1","id":"bad","version":0,"rules":[]})")
                               << QStringList{QStringLiteral("version")};
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringList{QStringLiteral("JSON")};
}

void TestAutoQaRunner::invalidRuleSetRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!RuleSet::fromJson(json, &error));
    const QString parseError = error;
    error.clear();
    QVERIFY(!RuleSetRepository(*m_store).importJson(json, m_userId, &error));
    QCOMPARE(error, parseError);
    QVERIFY(!error.contains(QLatin1Char('\n')));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_sets")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("rule_set_versions")), 0);
}

void TestAutoQaRunner::ensureActiveImportsBuiltInOnce()
{
    RuleSetRepository repository(*m_store);
    QString error;
    QVERIFY2(repository.ensureActive(m_userId, &error), qPrintable(error));
    const auto active = repository.active();
    QVERIFY(active);
    QCOMPARE(active->rules.key(), QStringLiteral("default"));
    QCOMPARE(active->rules.json(), RuleSet::builtIn().json());
    const QStringList before = snapshot(*m_store);
    QVERIFY(repository.ensureActive(m_userId, &error));
    QCOMPARE(snapshot(*m_store), before);
    // With another rule set active, the built-in one does not come back.
    const QString v1 = importRules(kRulesV1);
    QVERIFY(repository.ensureActive(m_userId, &error));
    QCOMPARE(repository.active()->versionId, v1);
}

void TestAutoQaRunner::ruleDigestsFollowTheRule()
{
    QString error;
    const auto v1 = RuleSet::fromJson(kRulesV1, &error);
    const auto v2 = RuleSet::fromJson(rulesV2(), &error);
    const auto v1Again = RuleSet::fromJson(QJsonDocument::fromJson(kRulesV1).toJson(QJsonDocument::Indented), &error);
    QVERIFY(v1 && v2 && v1Again);
    QCOMPARE(v1->ruleDigests().keys(), (QStringList{QStringLiteral("complaint"), QStringLiteral("greeting"),
                                                    QStringLiteral("refund"), QStringLiteral("rude")}));
    QCOMPARE(v1Again->ruleDigests(), v1->ruleDigests());
    QStringList changed;
    for (const QString &id : v1->ruleDigests().keys()) {
        if (v1->ruleDigests().value(id) != v2->ruleDigests().value(id))
            changed << id;
    }
    QCOMPARE(changed, QStringList{QStringLiteral("refund")});
    // subset() keeps only the named rules, in order.
    const RuleSet subset = v2->subset({QStringLiteral("rude"), QStringLiteral("refund")});
    QCOMPARE(subset.rules().size(), size_t(2));
    QCOMPARE(subset.rules()[0].id, QStringLiteral("refund"));
    QCOMPARE(subset.rules()[1].id, QStringLiteral("rude"));
}

QTEST_GUILESS_MAIN(TestAutoQaRunner)
#include "tst_autoqarunner.moc"
