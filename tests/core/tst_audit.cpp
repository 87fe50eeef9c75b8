// The audit log's hash chain (intact, tampered, append-only, sealing entries from before schema 5), roles enforced in
// core, and reopening a submitted evaluation into a new revision that keeps the old one.
#include "testutil.h"

#include "core/auditlog.h"
#include "core/caserepository.h"
#include "core/demoqueue.h"
#include "core/evaluationrepository.h"
#include "core/permissions.h"
#include "core/ruleset.h"
#include "core/rulesetrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chainIsIntactAndAppendOnly();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void entriesFromBeforeTheChainAreSealed();
    void rolesAreEnforcedInCore();
    void reopenKeepsHistory();
    void tagsByRole();
    void cliVerifies();

private:
    bool exec(const QString &sql);
    Evaluation submitted(const User &inspector);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin;
};

void TestAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_admin = UserRepository(*m_store).ensure(QStringLiteral("boss"));
    QVERIFY(ScorecardRepository(*m_store).ensureBuiltIns(&error));
    QVERIFY(DemoQueue::install(*m_store, m_admin.id, m_dir->path()).ok);
}

void TestAudit::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestAudit::exec(const QString &sql)
{
    QSqlQuery q(m_store->database());
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

Evaluation TestAudit::submitted(const User &inspector)
{
    const auto card = ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"));
    Evaluation e;
    e.conversationId = QStringLiteral("demo-chat-001");
    e.scorecardVersionId = card->versionId;
    e.inspectorId = inspector.id;
    for (const ScorecardSection &section : card->scorecard.sections()) {
        for (const ScorecardItem &item : section.items) {
            if (!item.bonus)
                e.answers.insert(item.id, Answer{item.values().first(), {}});
        }
    }
    QString error;
    if (!EvaluationRepository(*m_store).submit(e, card->scorecard, &error))
        qWarning() << error;
    return e;
}

void TestAudit::chainIsIntactAndAppendOnly()
{
    AuditLog log(*m_store);
    QString error;
    for (int i = 0; i < 5; ++i)
        QVERIFY2(log.append(m_admin.id, QStringLiteral("test.step"), QStringLiteral("tests"), QString::number(i),
                            {{QStringLiteral("i"), i}}, &error),
                 qPrintable(error));
    const AuditLog::Verification v = log.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 6); // the demo import and five steps
    QCOMPARE(v.headHash.size(), 64);
    // Sealed entries can be neither changed nor deleted through SQL.
    QVERIFY(!exec(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = 2")));
    QVERIFY(!exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    QVERIFY(log.verify().ok);
}

void TestAudit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstBad");
    // Someone with the file and an SQLite shell drops the triggers and edits rows directly.
    QTest::newRow("detail changed") << QStringLiteral("UPDATE audit_log SET detail = '{\"i\":99}' WHERE seq = 3") << 3;
    QTest::newRow("actor changed") << QStringLiteral("UPDATE audit_log SET actor_id = NULL WHERE seq = 4") << 4;
    QTest::newRow("entry removed") << QStringLiteral("DELETE FROM audit_log WHERE seq = 2") << 2;
    QTest::newRow("entry inserted") << QStringLiteral(
                                           "UPDATE audit_log SET seq = seq + 1 WHERE seq >= 3; "
                                           "INSERT INTO audit_log(id, at, action, entity, entity_id, seq, "
                                           "hash) VALUES('x', '2026-01-01T00:00:00Z', 'forged', 't', 'e', 3, "
                                           "'00')")
                                    << 3;
}

void TestAudit::tamperingIsFound()
{
    QFETCH(QString, sql);
    QFETCH(int, firstBad);
    AuditLog log(*m_store);
    QString error;
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.append(m_admin.id, QStringLiteral("test.step"), QStringLiteral("tests"), QString::number(i),
                           {{QStringLiteral("i"), i}}, &error));
    QVERIFY(log.verify().ok);
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    // Updates of seq run highest first so the unique index never sees two equal values.
    for (const QString &statement : sql.split(QStringLiteral("; "))) {
        if (statement.startsWith(QLatin1String("UPDATE audit_log SET seq = seq + 1"))) {
            for (int seq = 5; seq >= 3; --seq)
                QVERIFY(exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(seq + 1).arg(seq)));
        } else {
            QVERIFY(exec(statement));
        }
    }
    const AuditLog::Verification v = log.verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, firstBad);
    QVERIFY(!v.problem.isEmpty());
}

void TestAudit::entriesFromBeforeTheChainAreSealed()
{
    // A schema-4 store with audit entries (as earlier versions wrote them), then opened by this version.
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QString error;
    {
        Store::Options options;
        options.upToVersion = 4;
        auto old = Store::open(path, options, &error);
        QVERIFY2(old, qPrintable(error));
        QSqlQuery q(old->database());
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO audit_log(id, at, action, entity, entity_id) "
                                      "VALUES('old-%1', '2026-11-0%2T10:00:00Z', 'import', 'import_batches', 'b%1')")
                           .arg(i)
                           .arg(3 - i))); // written out of id order: sealing follows time
    }
    auto upgraded = Store::open(path, &error);
    QVERIFY2(upgraded, qPrintable(error));
    QCOMPARE(upgraded->schemaVersion(), Store::kSchemaVersion);
    const AuditLog::Verification v = AuditLog(*upgraded).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 3);
    QSqlQuery first(upgraded->database());
    QVERIFY(first.exec(QStringLiteral("SELECT id FROM audit_log WHERE seq = 1")) && first.next());
    QCOMPARE(first.value(0).toString(), QStringLiteral("old-2")); // the earliest
}

void TestAudit::rolesAreEnforcedInCore()
{
    UserRepository users(*m_store);
    QCOMPARE(m_admin.role, QStringLiteral("admin")); // the first person in a store
    const User inspector = users.ensure(QStringLiteral("ann"));
    QCOMPARE(inspector.role, QStringLiteral("inspector"));
    QString error;
    // Only an admin gives out roles.
    QVERIFY(!users.setRole(inspector, QStringLiteral("ann"), QStringLiteral("qa_manager"), &error));
    QVERIFY2(error.contains(QStringLiteral("may not")), qPrintable(error));
    QVERIFY2(users.setRole(m_admin, QStringLiteral("ann"), QStringLiteral("team_leader"), &error), qPrintable(error));
    QVERIFY(!users.setRole(m_admin, QStringLiteral("ann"), QStringLiteral("boss"), &error));       // no such role
    QVERIFY(!users.setRole(m_admin, QStringLiteral("boss"), QStringLiteral("inspector"), &error)); // the last admin
    QVERIFY2(error.contains(QStringLiteral("last admin")), qPrintable(error));
    const User leader = *users.byLogin(QStringLiteral("ann"));
    QCOMPARE(leader.role, QStringLiteral("team_leader"));

    // A team leader cannot evaluate; an inspector cannot change rule sets; a QA manager can.
    const auto card = ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"));
    Evaluation e;
    e.conversationId = QStringLiteral("demo-chat-001");
    e.scorecardVersionId = card->versionId;
    e.inspectorId = leader.id;
    QVERIFY(!EvaluationRepository(*m_store).saveDraft(e, card->scorecard, &error));
    QVERIFY2(error.contains(QStringLiteral("may not evaluate")), qPrintable(error));
    QVERIFY(e.id.isEmpty());
    const User bob = users.ensure(QStringLiteral("bob"));
    const QByteArray rules = RuleSet::builtIn().json();
    QVERIFY(!RuleSetRepository(*m_store).importJson(rules, bob.id, &error));
    QVERIFY2(error.contains(QStringLiteral("may not change auto-QA rule sets")), qPrintable(error));
    QVERIFY(users.setRole(m_admin, QStringLiteral("bob"), QStringLiteral("qa_manager"), &error));
    QVERIFY2(RuleSetRepository(*m_store).importJson(rules, bob.id, &error), qPrintable(error));
    // Every role change is audited, and the chain holds.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.role'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(AuditLog(*m_store).verify().ok);
}

void TestAudit::reopenKeepsHistory()
{
    UserRepository users(*m_store);
    const User ann = users.ensure(QStringLiteral("ann"));
    const User carl = users.ensure(QStringLiteral("carl"));
    Evaluation e = submitted(ann);
    QVERIFY(e.isSubmitted());
    const double firstScore = *e.score;
    EvaluationRepository repo(*m_store);
    QString error;
    // A reason is required; another inspector may not reopen it; its author may.
    QVERIFY(!repo.reopen(e, ann, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QVERIFY(!repo.reopen(e, carl, QStringLiteral("看错了"), &error));
    QVERIFY2(error.contains(QStringLiteral("may not reopen")), qPrintable(error));
    QVERIFY2(repo.reopen(e, ann, QStringLiteral("申诉后复核：问候语其实有"), &error), qPrintable(error));
    QCOMPARE(e.status, QStringLiteral("draft"));
    QCOMPARE(e.revision, 2);
    // Reopening a draft is not a thing.
    QVERIFY(!repo.reopen(e, ann, QStringLiteral("again"), &error));
    // Change and submit again: revision 2 is current, revision 1 is kept as it was.
    const auto card = ScorecardRepository(*m_store).version(e.scorecardVersionId);
    const QString item = e.answers.firstKey();
    e.answers[item].value = card->scorecard.item(item)->values().last();
    QVERIFY2(repo.submit(e, card->scorecard, &error), qPrintable(error));
    QVERIFY(*e.score < firstScore);
    const std::vector<EvaluationRevision> history = repo.history(e.id);
    QCOMPARE(history.size(), size_t(1));
    QCOMPARE(history[0].revision, 1);
    QCOMPARE(history[0].reason, QStringLiteral("申诉后复核：问候语其实有"));
    QCOMPARE(history[0].reopenedBy, ann.id);
    QCOMPARE(*history[0].evaluation.score, firstScore);
    QCOMPARE(history[0].evaluation.answers.value(item).value, card->scorecard.item(item)->values().first());
    // A QA manager may reopen anyone's.
    QVERIFY(users.setRole(m_admin, QStringLiteral("carl"), QStringLiteral("qa_manager"), &error));
    const User manager = *users.byLogin(QStringLiteral("carl"));
    QVERIFY2(repo.reopen(e, manager, QStringLiteral("校准会决定"), &error), qPrintable(error));
    QCOMPARE(e.revision, 3);
    QCOMPARE(repo.history(e.id).size(), size_t(2));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evaluation.reopen'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(AuditLog(*m_store).verify().ok);
}

void TestAudit::tagsByRole()
{
    UserRepository users(*m_store);
    const User ann = users.ensure(QStringLiteral("ann"));
    Evaluation e = submitted(ann);
    QVERIFY(e.isSubmitted());
    EvaluationRepository repo(*m_store);
    QString error;
    // Submitted evaluations can still be tagged (tags are not part of the score); unknown tags are refused.
    QVERIFY2(repo.setTags(e.id, {QStringLiteral("training_case"), QStringLiteral("exemplary")}, ann, &error),
             qPrintable(error));
    QCOMPARE(repo.tags(e.id), (QStringList{QStringLiteral("exemplary"), QStringLiteral("training_case")}));
    QVERIFY(!repo.setTags(e.id, {QStringLiteral("funny")}, ann, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown tag")), qPrintable(error));
    // A trainer may tag; a team leader may not.
    QVERIFY(users.setRole(m_admin, QStringLiteral("ann"), QStringLiteral("trainer"), &error));
    const User trainer = *users.byLogin(QStringLiteral("ann"));
    QVERIFY2(repo.setTags(e.id, {QStringLiteral("calibration")}, trainer, &error), qPrintable(error));
    QCOMPARE(repo.tags(e.id), QStringList{QStringLiteral("calibration")});
    QVERIFY(users.setRole(m_admin, QStringLiteral("ann"), QStringLiteral("team_leader"), &error));
    const User leader = *users.byLogin(QStringLiteral("ann"));
    QVERIFY(!repo.setTags(e.id, {}, leader, &error));
    QVERIFY2(error.contains(QStringLiteral("may not tag evaluations")), qPrintable(error));
    QCOMPARE(repo.tags(e.id), QStringList{QStringLiteral("calibration")});
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evaluation.tags'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestAudit::cliVerifies()
{
    const QString path = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_store.reset();
    QProcess qawb;
    qawb.start(QStringLiteral(QAWB_CLI_PATH),
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), path});
    QVERIFY(qawb.waitForFinished(30000));
    QCOMPARE(qawb.exitCode(), 0);
    QVERIFY2(qawb.readAllStandardOutput().contains("audit log intact"), "expected the intact message");
    {
        QString error;
        auto store = Store::open(path, &error);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET entity_id = 'forged' WHERE seq = 1")));
    }
    qawb.start(QStringLiteral(QAWB_CLI_PATH), {QStringLiteral("audit"), QStringLiteral("verify"),
                                               QStringLiteral("--store"), path, QStringLiteral("--json")});
    QVERIFY(qawb.waitForFinished(30000));
    QCOMPARE(qawb.exitCode(), 1);
    const QJsonObject out = QJsonDocument::fromJson(qawb.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(out.value(QStringLiteral("first_bad_seq")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
