// Coaching sessions and disputes: which evaluations a session shows, the weekly trend and the weakest items against
// the team (hand-computed), failed items' moments, privacy (no private notes, no other agents), action items and
// acknowledgement, follow-ups, the dispute lifecycle with its revision and limits, an atomic decision, the CLI and
// the PDF (read back with pdftotext).
#include "core/auditlog.h"
#include "core/autoqarunner.h"
#include "core/coaching.h"
#include "core/disputes.h"
#include "core/ids.h"
#include "core/permissions.h"
#include "synctestutil.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

namespace {

const QString kAgent = QStringLiteral("A1002"); // 李俊: demo-chat-002, -004, -007
const QString kOther = QStringLiteral("A1001"); // 王晓雯, same team (在线一组): demo-chat-001, -003, -005, -006
const QDate kFrom(2026, 11, 2);                 // a Monday: three weeks, the first without evaluations
const QDate kTo(2026, 11, 22);

} // namespace

class TestCoaching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void assemblesTheAgentsEvaluations();
    void trendAgainstTheTeam();
    void weakestItemsAgainstTheTeam();
    void privacy();
    void actionItemsAndAcknowledgement();
    void followUpsDue();
    void disputeLifecycle();
    void disputeLimits();
    void decisionIsAtomic();
    void cli();
    void pdf();

private:
    // The fixture of the first tests: A1002's three chats and two of A1001's, scored; dates and scores set by hand.
    void scoreTeam();
    void setScore(const QString &conversation, double score);
    void moveTo(const QString &conversation, const QString &startedAt);
    QString evaluationOf(const QString &conversation);
    QStringList auditActions(const QString &prefix);
    QByteArray runCli(const QStringList &args, int *exitCode = nullptr, const QString &lang = {},
                      const QString &login = QStringLiteral("chen"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_inspector, m_second, m_leader;
};

void TestCoaching::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = openLocal(m_dir->filePath(QStringLiteral("s.db")), QStringLiteral("boss"), &m_admin, &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_inspector = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_second = users.ensure(QStringLiteral("zhou"), QStringLiteral("周强"));
    m_leader = users.ensure(QStringLiteral("chen"), QStringLiteral("陈组长"));
    QVERIFY(users.setRole(m_admin, QStringLiteral("chen"), QStringLiteral("team_leader"), &error));
    QVERIFY(users.setTeam(m_admin, QStringLiteral("chen"), QStringLiteral("在线一组"), &error));
    m_leader = *users.byLogin(QStringLiteral("chen"));
    // Auto-QA's hits say where failed items happened.
    QVERIFY(AutoQaRunner(*m_store, m_admin.id).run().checked > 0);
}

void TestCoaching::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCoaching::setScore(const QString &conversation, double score)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE evaluations SET score = ? WHERE conversation_id = ?"));
    q.addBindValue(score);
    q.addBindValue(conversation);
    QVERIFY(q.exec());
}

void TestCoaching::moveTo(const QString &conversation, const QString &startedAt)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE conversations SET started_at = ?, started_ms = ? WHERE id = ?"));
    q.addBindValue(startedAt);
    q.addBindValue(parseIsoWithOffset(startedAt).toMSecsSinceEpoch());
    q.addBindValue(conversation);
    QVERIFY(q.exec());
}

QString TestCoaching::evaluationOf(const QString &conversation)
{
    return scalar(*m_store, QStringLiteral("SELECT id FROM evaluations WHERE conversation_id = ? AND inspector_id = ?"),
                  {conversation, m_inspector.id})
        .toString();
}

QStringList TestCoaching::auditActions(const QString &prefix)
{
    QStringList out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE action LIKE ? ORDER BY seq"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestCoaching::scoreTeam()
{
    const QMap<QString, QString> greetingAndClosing{{QStringLiteral("greeting"), QStringLiteral("no")},
                                                    {QStringLiteral("closing"), QStringLiteral("no")}};
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("demo-chat-002"), greetingAndClosing,
                                QStringLiteral("私下：这位坐席上周请过假"))
                 .isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("demo-chat-004"),
                                {{QStringLiteral("closing"), QStringLiteral("no")}})
                 .isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("demo-chat-007"), {}).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("demo-chat-001"), {}).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("demo-chat-003"),
                                {{QStringLiteral("greeting"), QStringLiteral("no")}})
                 .isEmpty());
    // Scores and dates by hand: week of 9 Nov: chat-004 (A1002) 80, chat-003 (A1001) 70;
    // week of 16 Nov: chat-002 60, chat-007 90 (A1002), chat-001 100 (A1001).
    moveTo(QStringLiteral("demo-chat-004"), QStringLiteral("2026-11-10T10:00:00+08:00"));
    moveTo(QStringLiteral("demo-chat-003"), QStringLiteral("2026-11-12T23:30:00+08:00"));
    setScore(QStringLiteral("demo-chat-002"), 60);
    setScore(QStringLiteral("demo-chat-004"), 80);
    setScore(QStringLiteral("demo-chat-007"), 90);
    setScore(QStringLiteral("demo-chat-001"), 100);
    setScore(QStringLiteral("demo-chat-003"), 70);
}

void TestCoaching::assemblesTheAgentsEvaluations()
{
    scoreTeam();
    // Left out: a calibration evaluation of the agent's chat (does not count toward agents' scores), another
    // inspector's draft, and a conversation outside the period.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO queues(id, name, inspector_id, kind, created_at, updated_at) "
                                  "VALUES('cal', 'Calibration', '%1', 'calibration', '2026-11-20', '2026-11-20')")
                       .arg(m_second.id)));
    QVERIFY(!submitWithFailures(*m_store, m_second, QStringLiteral("demo-chat-007"),
                                {{QStringLiteral("greeting"), QStringLiteral("no")}}, {}, QStringLiteral("cal"))
                 .isEmpty());
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET status = 'draft' WHERE conversation_id = 'demo-chat-001'")));

    CoachingRepository coaching(*m_store);
    const CoachingOverview o = coaching.overview(kAgent, kFrom, kTo, QStringLiteral("zh_CN"));
    QCOMPARE(o.agentName, QStringLiteral("李俊"));
    QCOMPARE(o.team, QStringLiteral("在线一组"));
    QStringList conversations;
    for (const CoachingEvaluation &e : o.evaluations)
        conversations << e.conversationId;
    QCOMPARE(conversations, (QStringList{QStringLiteral("demo-chat-004"), QStringLiteral("demo-chat-002"),
                                         QStringLiteral("demo-chat-007")}));
    QCOMPARE(o.evaluations[0].date, QDate(2026, 11, 10));
    QCOMPARE(o.evaluations[1].inspectorName, QStringLiteral("李娜"));
    QCOMPARE(o.passScore, 80.0);
    QVERIFY(!o.evaluations[1].passed); // 60 < 80
    QVERIFY(o.evaluations[2].passed);

    // The failed items with their moments: chat-002 missed the greeting (hit on message 1) and the closing
    // (message 10); chat-004 the closing (message 9).
    const CoachingEvaluation &e002 = o.evaluations[1];
    QCOMPARE(int(e002.failed.size()), 2);
    QCOMPARE(e002.failed[0].itemId, QStringLiteral("greeting")); // scorecard order
    QCOMPARE(e002.failed[0].turnSeq, 1);
    QCOMPARE(e002.failed[0].comment, QStringLiteral("见录音"));
    QVERIFY(!e002.failed[0].text.isEmpty());
    QCOMPARE(e002.failed[1].itemId, QStringLiteral("closing"));
    QCOMPARE(e002.failed[1].turnSeq, 10);
    QCOMPARE(o.evaluations[0].failed.front().turnSeq, 9);
    QVERIFY(o.evaluations[2].failed.empty());

    // Narrower period: only the week of 16 November.
    const CoachingOverview week = coaching.overview(kAgent, QDate(2026, 11, 16), kTo);
    QCOMPARE(int(week.evaluations.size()), 2);
    // An agent with nothing in the period, and an unknown agent.
    QVERIFY(coaching.overview(kAgent, QDate(2026, 10, 1), QDate(2026, 10, 31)).evaluations.empty());
    QVERIFY(coaching.overview(QStringLiteral("nobody"), kFrom, kTo).agentName.isEmpty());
}

void TestCoaching::trendAgainstTheTeam()
{
    scoreTeam();
    const CoachingOverview o = CoachingRepository(*m_store).overview(kAgent, kFrom, kTo);
    QCOMPARE(int(o.trend.size()), 3);
    QCOMPARE(o.trend[0].weekStart, QDate(2026, 11, 2));
    QCOMPARE(o.trend[0].count, 0);
    QVERIFY(!o.trend[0].agentMean);
    QVERIFY(!o.trend[0].teamMean);
    QCOMPARE(o.trend[1].weekStart, QDate(2026, 11, 9));
    QCOMPARE(o.trend[1].count, 1);
    QCOMPARE(*o.trend[1].agentMean, 80.0);
    QCOMPARE(o.trend[1].teamCount, 2);
    QCOMPARE(*o.trend[1].teamMean, 75.0); // (80 + 70) / 2
    QCOMPARE(o.trend[2].count, 2);
    QCOMPARE(*o.trend[2].agentMean, 75.0); // (60 + 90) / 2
    QCOMPARE(o.trend[2].teamCount, 3);
    QVERIFY(qAbs(*o.trend[2].teamMean - 250.0 / 3) < 1e-9); // (60 + 90 + 100) / 3
    QVERIFY(qAbs(*o.mean - 230.0 / 3) < 1e-9);              // (60 + 80 + 90) / 3
    QCOMPARE(*o.teamMean, 80.0);                            // 400 / 5
    // chat-003 starts at 23:30 on the 12th in its own time (15:30 UTC): it counts on its own date.
    const CoachingOverview other =
        CoachingRepository(*m_store).overview(kOther, QDate(2026, 11, 12), QDate(2026, 11, 12));
    QCOMPARE(int(other.evaluations.size()), 1);
}

void TestCoaching::weakestItemsAgainstTheTeam()
{
    scoreTeam();
    const CoachingOverview o = CoachingRepository(*m_store).overview(kAgent, kFrom, kTo);
    // The agent: closing failed 2 of 3 (pass 1/3), greeting 1 of 3 (pass 2/3). The team (5 evaluations): closing
    // failed 2 of 5, greeting 2 of 5 (pass 3/5 each). Items the agent never failed are not listed.
    QCOMPARE(int(o.weakest.size()), 2);
    QCOMPARE(o.weakest[0].itemId, QStringLiteral("closing"));
    QCOMPARE(o.weakest[0].answered, 3);
    QCOMPARE(o.weakest[0].failed, 2);
    QVERIFY(qAbs(o.weakest[0].passRate() - 1.0 / 3) < 1e-9);
    QCOMPARE(o.weakest[0].teamAnswered, 5);
    QCOMPARE(o.weakest[0].teamFailed, 2);
    QVERIFY(qAbs(o.weakest[0].teamPassRate() - 0.6) < 1e-9);
    QCOMPARE(o.weakest[1].itemId, QStringLiteral("greeting"));
    QVERIFY(qAbs(o.weakest[1].passRate() - 2.0 / 3) < 1e-9);
    QVERIFY(qAbs(o.weakest[1].teamPassRate() - 0.6) < 1e-9);
}

void TestCoaching::privacy()
{
    scoreTeam();
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET coaching_note = '结束语要完整' "
                                  "WHERE conversation_id = 'demo-chat-002'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET private_note = '私下：另一位坐席的事' "
                                  "WHERE conversation_id = 'demo-chat-003'")));
    CoachingSession s;
    s.agentId = kAgent;
    s.from = kFrom;
    s.to = kTo;
    QString error;
    QVERIFY2(CoachingRepository(*m_store).create(m_leader, s, &error), qPrintable(error));
    // Everything the session shows, as the CLI prints it: the coaching note is there; no private note, and nothing
    // that names or identifies the other agent or their conversations.
    int code = -1;
    const QByteArray json =
        runCli({QStringLiteral("coaching"), QStringLiteral("show"), s.id, QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    const QString text = QString::fromUtf8(json);
    QVERIFY(text.contains(QStringLiteral("结束语要完整")));
    QVERIFY(text.contains(QStringLiteral("李俊")));
    for (const QString &hidden : {QStringLiteral("私下"), QStringLiteral("王晓雯"), kOther,
                                  QStringLiteral("demo-chat-001"), QStringLiteral("demo-chat-003")})
        QVERIFY2(!text.contains(hidden), qPrintable(hidden));
    // The team's figures are there, as aggregates only.
    QCOMPARE(QJsonDocument::fromJson(json).object()[QStringLiteral("overview")][QStringLiteral("team_mean")].toDouble(),
             80.0);
}

void TestCoaching::actionItemsAndAcknowledgement()
{
    CoachingRepository coaching(*m_store);
    CoachingSession s;
    s.agentId = kAgent;
    s.from = kFrom;
    s.to = kTo;
    s.notes = QStringLiteral("开场白和结束语");
    s.followUp = QDate(2026, 12, 1);
    s.actions = {{QStringLiteral("每通对话使用标准开场白"), QStringLiteral("李俊"), QDate(2026, 11, 27)},
                 {QStringLiteral("旁听两通优秀录音"), QStringLiteral("陈组长"), {}}};
    QString error;
    // Inspectors do not coach; a leader coaches their own team only.
    QVERIFY(!coaching.create(m_inspector, s, &error));
    QVERIFY(s.id.isEmpty());
    User otherLeader = m_leader;
    otherLeader.teamId = nameId(QStringLiteral("team"), QStringLiteral("热线二组"));
    QVERIFY(!coaching.create(otherLeader, s, &error));
    QVERIFY2(error.contains(QStringLiteral("another team")), qPrintable(error));
    QVERIFY2(coaching.create(m_leader, s, &error), qPrintable(error));
    QVERIFY(!s.id.isEmpty());
    QCOMPARE(s.leaderName, QStringLiteral("陈组长"));
    QCOMPARE(s.agentName, QStringLiteral("李俊"));
    QCOMPARE(s.openActions(), 2);
    QVERIFY(s.actions[0].isOverdue(QDate(2026, 11, 28)));
    QVERIFY(!s.actions[1].isOverdue(QDate(2027, 1, 1))); // no due date: never overdue

    // Edits before the agent acknowledges: anything.
    s.notes += QStringLiteral("；语速放慢");
    s.actions.push_back({QStringLiteral("复盘投诉单"), QStringLiteral("李俊"), QDate(2026, 11, 30)});
    s.actions[1].status = QStringLiteral("done");
    QVERIFY2(coaching.save(m_leader, s, &error), qPrintable(error));
    CoachingSession stored = *coaching.session(s.id.left(8));
    QCOMPARE(stored.notes, QStringLiteral("开场白和结束语；语速放慢"));
    QCOMPARE(int(stored.actions.size()), 3);
    QCOMPARE(stored.actions[1].status, QStringLiteral("done"));
    QCOMPARE(stored.openActions(), 2);
    s.actions[0].status = QStringLiteral("later");
    QVERIFY(!coaching.save(m_leader, s, &error));
    s.actions[0].status = QStringLiteral("open");

    // The agent acknowledges (once); after that the notes and items stay, only their status moves.
    QVERIFY(!coaching.acknowledge(m_leader, s, QStringLiteral("  "), {}, &error));
    const QDateTime at(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC);
    QVERIFY2(coaching.acknowledge(m_leader, s, QStringLiteral("李俊"), QStringLiteral("同意，会改进"), &error, at),
             qPrintable(error));
    QVERIFY(s.isAcknowledged());
    QCOMPARE(s.acknowledgedAt, at);
    QCOMPARE(s.ackComment, QStringLiteral("同意，会改进"));
    QVERIFY(!coaching.acknowledge(m_leader, s, QStringLiteral("李俊"), {}, &error));
    CoachingSession edited = s;
    edited.notes = QStringLiteral("改过的");
    QVERIFY(!coaching.save(m_leader, edited, &error));
    QVERIFY2(error.contains(QStringLiteral("acknowledged")), qPrintable(error));
    edited = s;
    edited.actions[0].text = QStringLiteral("别的");
    QVERIFY(!coaching.save(m_leader, edited, &error));
    edited = s;
    edited.actions[0].status = QStringLiteral("done");
    edited.actions[2].status = QStringLiteral("dropped");
    QVERIFY2(coaching.save(m_leader, edited, &error), qPrintable(error));
    QCOMPARE(coaching.session(s.id)->openActions(), 0);
    QCOMPARE(coaching.session(s.id)->notes, QStringLiteral("开场白和结束语；语速放慢"));

    QCOMPARE(auditActions(QStringLiteral("coaching.")),
             (QStringList{QStringLiteral("coaching.create"), QStringLiteral("coaching.edit"),
                          QStringLiteral("coaching.acknowledge"), QStringLiteral("coaching.edit")}));
    QVERIFY(AuditLog(*m_store).verify().ok);
    QCOMPARE(int(coaching.sessions(kAgent).size()), 1);
    QCOMPARE(int(coaching.sessions({}, QStringLiteral("热线二组")).size()), 0);
}

void TestCoaching::followUpsDue()
{
    CoachingRepository coaching(*m_store);
    QString error;
    CoachingSession first;
    first.agentId = kAgent;
    first.from = kFrom;
    first.to = kTo;
    first.followUp = QDate(2026, 11, 30);
    QVERIFY2(coaching.create(m_leader, first, &error), qPrintable(error));
    CoachingSession none; // another agent, no follow-up date
    none.agentId = kOther;
    none.from = kFrom;
    none.to = kTo;
    QVERIFY2(coaching.create(m_leader, none, &error), qPrintable(error));

    // Due within a week of today, or past; not yet when it is further away.
    QCOMPARE(int(coaching.followUpsDue({}, QDate(2026, 11, 20)).size()), 0);
    QCOMPARE(int(coaching.followUpsDue({}, QDate(2026, 11, 23)).size()), 1);
    QCOMPARE(coaching.followUpsDue(QStringLiteral("在线一组"), QDate(2026, 12, 5)).front().id, first.id);
    QCOMPARE(int(coaching.followUpsDue(QStringLiteral("热线二组"), QDate(2026, 12, 5)).size()), 0);
    // A later session with the agent is the follow-up.
    QTest::qWait(5); // a later held_at
    CoachingSession second;
    second.agentId = kAgent;
    second.from = kFrom;
    second.to = kTo;
    QVERIFY2(coaching.create(m_leader, second, &error), qPrintable(error));
    QCOMPARE(int(coaching.followUpsDue({}, QDate(2026, 12, 5)).size()), 0);
    QCOMPARE(coaching.sessions(kAgent).front().id, second.id); // newest first
}

void TestCoaching::disputeLifecycle()
{
    scoreTeam();
    const QString evaluation = evaluationOf(QStringLiteral("demo-chat-002"));
    const double scoreBefore =
        scalar(*m_store, QStringLiteral("SELECT score FROM evaluations WHERE id = ?"), {evaluation}).toDouble();
    DisputeRepository disputes(*m_store);
    QString error;
    Dispute d;
    // Inspectors do not open disputes; a dispute needs items that exist and a reason.
    QVERIFY(!disputes.open(m_inspector, evaluation, {QStringLiteral("greeting")}, QStringLiteral("有问候"), {}, &d,
                           &error));
    QVERIFY(!disputes.open(m_leader, evaluation, {}, QStringLiteral("有问候"), {}, &d, &error));
    QVERIFY(!disputes.open(m_leader, evaluation, {QStringLiteral("greeting")}, QStringLiteral(" "), {}, &d, &error));
    QVERIFY(!disputes.open(m_leader, evaluation, {QStringLiteral("nonsense")}, QStringLiteral("x"), {}, &d, &error));
    QVERIFY2(error.contains(QStringLiteral("nonsense")), qPrintable(error));
    // Another inspector cannot arbitrate; the one who scored it can (the default).
    QVERIFY(!disputes.open(m_leader, evaluation, {QStringLiteral("greeting")}, QStringLiteral("x"), m_second.id, &d,
                           &error));
    QVERIFY2(disputes.open(m_leader, evaluation.left(10), {QStringLiteral("greeting"), QStringLiteral("closing")},
                           QStringLiteral("第 1 条消息里有“您好”"), {}, &d, &error),
             qPrintable(error));
    QCOMPARE(d.evaluationId, evaluation);
    QCOMPARE(d.arbitratorId, m_inspector.id);
    QCOMPARE(d.items, (QStringList{QStringLiteral("greeting"), QStringLiteral("closing")})); // scorecard order
    QCOMPARE(d.agentName, QStringLiteral("李俊"));
    QCOMPARE(int(d.thread.size()), 1);
    QCOMPARE(d.thread[0].kind, QStringLiteral("opened"));
    QCOMPARE(int(disputes.arbitrators(evaluation).size()), 2); // the inspector and the admin
    QCOMPARE(disputes.arbitrators(evaluation).front().id, m_inspector.id);

    // The thread.
    QVERIFY2(disputes.reply(m_inspector, d.id, QStringLiteral("我再听一遍录音"), &error), qPrintable(error));
    QVERIFY(!disputes.reply(m_inspector, d.id, QStringLiteral("  "), &error));

    // Decisions: by the arbitrator only; consistent with the outcome.
    const QMap<QString, QString> greetingYes{{QStringLiteral("greeting"), QStringLiteral("yes")}};
    QVERIFY(!disputes.decide(m_second, d.id, QStringLiteral("partly"), greetingYes, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("upheld"), greetingYes, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("rejected"), greetingYes, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("partly"), {}, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("partly"),
                             {{QStringLiteral("privacy"), QStringLiteral("no")}}, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("partly"),
                             {{QStringLiteral("greeting"), QStringLiteral("maybe")}}, QStringLiteral("x"), &error));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("partly"), greetingYes, QStringLiteral(" "), &error));
    // Every disputed item changed is "upheld", not "partly".
    QVERIFY(!disputes.decide(
        m_inspector, d.id, QStringLiteral("partly"),
        {{QStringLiteral("greeting"), QStringLiteral("yes")}, {QStringLiteral("closing"), QStringLiteral("yes")}},
        QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("upheld")), qPrintable(error));
    // A leader of another team does not dispute this agent's evaluations.
    User otherLeader = m_leader;
    otherLeader.teamId = nameId(QStringLiteral("team"), QStringLiteral("热线二组"));
    QVERIFY(!disputes.open(otherLeader, evaluationOf(QStringLiteral("demo-chat-004")), {QStringLiteral("closing")},
                           QStringLiteral("x"), {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("another team")), qPrintable(error));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT revision FROM evaluations WHERE id = ?"), {evaluation}).toInt(),
             1);
    QVERIFY2(disputes.decide(m_inspector, d.id, QStringLiteral("partly"), greetingYes,
                             QStringLiteral("问候有，结束语确实缺"), &error),
             qPrintable(error));

    // A new revision with the changed answer; the old one kept in the history.
    EvaluationRepository evaluations(*m_store);
    const Evaluation now = *evaluations.byId(evaluation);
    QCOMPARE(now.revision, 2);
    QVERIFY(now.isSubmitted());
    QCOMPARE(now.answers.value(QStringLiteral("greeting")).value, QStringLiteral("yes"));
    QCOMPARE(now.answers.value(QStringLiteral("closing")).value, QStringLiteral("no"));
    QVERIFY(*now.score > scoreBefore);
    const std::vector<EvaluationRevision> history = evaluations.history(evaluation);
    QCOMPARE(int(history.size()), 1);
    QCOMPARE(history[0].revision, 1);
    QCOMPARE(history[0].evaluation.answers.value(QStringLiteral("greeting")).value, QStringLiteral("no"));
    QVERIFY(history[0].reason.contains(d.id.left(8)));

    const Dispute decided = *disputes.dispute(d.id);
    QCOMPARE(decided.status, QStringLiteral("decided"));
    QCOMPARE(decided.outcome, QStringLiteral("partly"));
    QCOMPARE(decided.decidedByName, QStringLiteral("李娜"));
    QCOMPARE(decided.revision, 2);
    QCOMPARE(*decided.scoreBefore, scoreBefore);
    QCOMPARE(*decided.scoreAfter, *now.score);
    QCOMPARE(decided.changes.value(QStringLiteral("greeting")).from, QStringLiteral("no"));
    QCOMPARE(decided.changes.value(QStringLiteral("greeting")).to, QStringLiteral("yes"));
    QStringList kinds;
    for (const DisputeMessage &m : decided.thread)
        kinds << m.kind;
    QCOMPARE(kinds, (QStringList{QStringLiteral("opened"), QStringLiteral("message"), QStringLiteral("decided")}));
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("rejected"), {}, QStringLiteral("again"), &error));
    // The thread stays open for the record.
    QVERIFY2(disputes.reply(m_leader, d.id, QStringLiteral("已告知坐席"), &error), qPrintable(error));

    QCOMPARE(auditActions(QStringLiteral("dispute.")),
             (QStringList{QStringLiteral("dispute.open"), QStringLiteral("dispute.reply"),
                          QStringLiteral("dispute.decide"), QStringLiteral("dispute.reply")}));
    QCOMPARE(auditActions(QStringLiteral("evaluation.reopen")).size(), 1);
    QVERIFY(AuditLog(*m_store).verify().ok);
    QCOMPARE(int(disputes.list(QStringLiteral("open")).size()), 0);
    QCOMPARE(int(disputes.list({}, m_inspector.id).size()), 1);
}

void TestCoaching::disputeLimits()
{
    scoreTeam();
    const QString evaluation = evaluationOf(QStringLiteral("demo-chat-004"));
    DisputeRepository disputes(*m_store);
    QString error;
    QCOMPARE(disputes.limits().days, 7);
    QCOMPARE(disputes.limits().perEvaluation, 2);
    QVERIFY(!disputes.setLimits(m_leader, {7, 3}, &error)); // a QA manager's setting
    QVERIFY(!disputes.setLimits(m_admin, {0, 3}, &error));
    QVERIFY2(disputes.setLimits(m_admin, {5, 2}, &error), qPrintable(error));
    QCOMPARE(disputes.limits().days, 5);

    const QStringList closing{QStringLiteral("closing")};
    Dispute first, second;
    QVERIFY2(disputes.open(m_leader, evaluation, closing, QStringLiteral("有结束语"), {}, &first, &error),
             qPrintable(error));
    // One open at a time.
    QVERIFY(!disputes.open(m_leader, evaluation, closing, QStringLiteral("again"), {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("still open")), qPrintable(error));
    // Withdrawn ones do not count; only the opener or a QA manager withdraws.
    QVERIFY(!disputes.withdraw(m_inspector, first.id, {}, &error));
    QVERIFY2(disputes.withdraw(m_leader, first.id, QStringLiteral("坐席撤回"), &error), qPrintable(error));
    QVERIFY2(disputes.open(m_leader, evaluation, closing, QStringLiteral("再次申诉"), {}, &second, &error),
             qPrintable(error));
    QVERIFY2(
        disputes.decide(m_admin, second.id, QStringLiteral("rejected"), {}, QStringLiteral("录音里没有结束语"), &error),
        qPrintable(error));
    QCOMPARE(disputes.dispute(second.id)->revision, 0); // rejected: the evaluation stands
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT revision FROM evaluations WHERE id = ?"), {evaluation}).toInt(),
             1);
    Dispute third;
    QVERIFY2(disputes.open(m_leader, evaluation, closing, QStringLiteral("第三次"), {}, &third, &error),
             qPrintable(error));
    QVERIFY2(disputes.decide(m_inspector, third.id, QStringLiteral("upheld"),
                             {{QStringLiteral("closing"), QStringLiteral("yes")}}, QStringLiteral("确有结束语"),
                             &error),
             qPrintable(error));
    // Two counted disputes: the limit.
    QVERIFY(!disputes.open(m_leader, evaluation, closing, QStringLiteral("第四次"), {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("limit")), qPrintable(error));

    // The window counts from the first submission (5 days), even after the re-scoring.
    const QString other = evaluationOf(QStringLiteral("demo-chat-002"));
    const QDateTime submitted = QDateTime::fromString(
        scalar(*m_store, QStringLiteral("SELECT submitted_at FROM evaluations WHERE id = ?"), {other}).toString(),
        Qt::ISODateWithMs);
    QVERIFY(!disputes.open(m_leader, other, closing, QStringLiteral("晚了"), {}, nullptr, &error,
                           submitted.addDays(5).addSecs(60)));
    QVERIFY2(error.contains(QStringLiteral("5 day")), qPrintable(error));
    QVERIFY2(disputes.open(m_leader, other, closing, QStringLiteral("及时"), {}, nullptr, &error,
                           submitted.addDays(5).addSecs(-60)),
             qPrintable(error));
}

void TestCoaching::decisionIsAtomic()
{
    scoreTeam();
    const QString evaluation = evaluationOf(QStringLiteral("demo-chat-007"));
    DisputeRepository disputes(*m_store);
    QString error;
    Dispute d;
    QVERIFY2(
        disputes.open(m_leader, evaluation, {QStringLiteral("no_forbidden")}, QStringLiteral("复核"), {}, &d, &error),
        qPrintable(error));
    const qint64 auditBefore = rowCount(*m_store, QStringLiteral("audit_log"));
    // Failing this fatal item needs a comment the decision does not give: the re-scoring cannot be submitted, and
    // nothing of the decision is kept — no reopened draft, no revision, the dispute still open.
    QVERIFY(!disputes.decide(m_inspector, d.id, QStringLiteral("upheld"),
                             {{QStringLiteral("no_forbidden"), QStringLiteral("no")}}, QStringLiteral("改判"), &error));
    QVERIFY2(error.contains(QStringLiteral("comment")), qPrintable(error));
    const Evaluation e = *EvaluationRepository(*m_store).byId(evaluation);
    QVERIFY(e.isSubmitted());
    QCOMPARE(e.revision, 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("evaluation_revisions")), 0);
    QVERIFY(disputes.dispute(d.id)->isOpen());
    QCOMPARE(int(disputes.dispute(d.id)->thread.size()), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), auditBefore);
}

QByteArray TestCoaching::runCli(const QStringList &args, int *exitCode, const QString &lang, const QString &login)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!lang.isEmpty()) {
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QAWB_CLI_PATH),
            QStringList{QStringLiteral("--store"), m_store->path(), QStringLiteral("--user"), login} + args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qInfo("qawb stderr: %s", err.constData());
    return p.readAllStandardOutput();
}

void TestCoaching::cli()
{
    scoreTeam();
    CoachingSession s;
    s.agentId = kAgent;
    s.from = kFrom;
    s.to = kTo;
    s.actions = {{QStringLiteral("使用标准开场白"), QStringLiteral("李俊"), QDate(2026, 11, 27)}};
    QString error;
    QVERIFY2(CoachingRepository(*m_store).create(m_leader, s, &error), qPrintable(error));
    Dispute d;
    QVERIFY2(DisputeRepository(*m_store).open(m_leader, evaluationOf(QStringLiteral("demo-chat-004")),
                                              {QStringLiteral("closing")}, QStringLiteral("有结束语"), {}, &d, &error),
             qPrintable(error));
    int code = -1;
    QJsonObject list = QJsonDocument::fromJson(runCli({QStringLiteral("coaching"), QStringLiteral("list"),
                                                       QStringLiteral("--agent"), kAgent, QStringLiteral("--json")},
                                                      &code))
                           .object();
    QCOMPARE(code, 0);
    QCOMPARE(list[QStringLiteral("sessions")].toArray().size(), 1);
    QCOMPARE(list[QStringLiteral("sessions")][0][QStringLiteral("actions")][0][QStringLiteral("due")].toString(),
             QStringLiteral("2026-11-27"));
    const QJsonObject show =
        QJsonDocument::fromJson(
            runCli({QStringLiteral("coaching"), QStringLiteral("show"), s.id.left(8), QStringLiteral("--json")}, &code))
            .object();
    QCOMPARE(code, 0);
    QCOMPARE(show[QStringLiteral("overview")][QStringLiteral("evaluations")].toArray().size(), 3);
    QCOMPARE(show[QStringLiteral("overview")][QStringLiteral("trend")].toArray().size(), 3);
    QCOMPARE(show[QStringLiteral("overview")][QStringLiteral("weakest")][0][QStringLiteral("item")].toString(),
             QStringLiteral("closing"));
    const QString text = QString::fromUtf8(runCli({QStringLiteral("coaching"), QStringLiteral("show"), s.id}, &code));
    QCOMPARE(code, 0);
    QVERIFY2(text.contains(QStringLiteral("李俊")) && text.contains(QStringLiteral("使用标准开场白")),
             qPrintable(text));

    const QJsonObject disputes = QJsonDocument::fromJson(runCli({QStringLiteral("disputes"), QStringLiteral("list"),
                                                                 QStringLiteral("--open"), QStringLiteral("--json")},
                                                                &code))
                                     .object();
    QCOMPARE(code, 0);
    QCOMPARE(disputes[QStringLiteral("disputes")][0][QStringLiteral("id")].toString(), d.id);
    const QJsonObject one =
        QJsonDocument::fromJson(
            runCli({QStringLiteral("disputes"), QStringLiteral("show"), d.id.left(8), QStringLiteral("--json")}, &code))
            .object();
    QCOMPARE(one[QStringLiteral("thread")][0][QStringLiteral("body")].toString(), QStringLiteral("有结束语"));
    QCOMPARE(one[QStringLiteral("arbitrator")].toString(), QStringLiteral("李娜"));
    // Usage and lookup errors.
    runCli({QStringLiteral("coaching"), QStringLiteral("export"), s.id}, &code);
    QCOMPARE(code, 2); // no --pdf
    runCli({QStringLiteral("disputes"), QStringLiteral("show"), QStringLiteral("ffffffff")}, &code);
    QCOMPARE(code, 1);
    runCli({QStringLiteral("disputes"), QStringLiteral("limits"), QStringLiteral("--days"), QStringLiteral("3"),
            QStringLiteral("--max"), QStringLiteral("1")},
           &code);
    QCOMPARE(code, 1); // a team leader may not change them
    // Session notes are for those who coach: an inspector reads none.
    runCli({QStringLiteral("coaching"), QStringLiteral("list")}, &code, {}, QStringLiteral("li"));
    QCOMPARE(code, 1);
    runCli({QStringLiteral("coaching"), QStringLiteral("show"), s.id}, &code, {}, QStringLiteral("li"));
    QCOMPARE(code, 1);
    QCOMPARE(DisputeRepository(*m_store).limits().days, 7);
}

void TestCoaching::pdf()
{
    scoreTeam();
    CoachingSession s;
    s.agentId = kAgent;
    s.from = kFrom;
    s.to = kTo;
    s.notes = QStringLiteral("重点改进结束语");
    s.actions = {{QStringLiteral("使用标准结束语"), QStringLiteral("李俊"), QDate(2026, 11, 27)}};
    QString error;
    CoachingRepository coaching(*m_store);
    QVERIFY2(coaching.create(m_leader, s, &error), qPrintable(error));
    QVERIFY2(coaching.acknowledge(m_leader, s, QStringLiteral("李俊"), QStringLiteral("收到"), &error),
             qPrintable(error));
    const QString pdf = m_dir->filePath(QStringLiteral("session.pdf"));
    int code = -1;
    runCli({QStringLiteral("coaching"), QStringLiteral("export"), s.id, QStringLiteral("--pdf"), pdf}, &code,
           QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(code, 0);
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
    // With QAWB_TEST_SCREENSHOTS=DIR set, keeps the PDF for looking at (pdftoppm -png DIR/coaching.pdf page).
    if (const QString keep = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/coaching.pdf"));
        QVERIFY(QFile::copy(pdf, keep + QStringLiteral("/coaching.pdf")));
    }
    // The text is really there (embedded fonts with a Unicode map), Chinese included: read it back.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is installed by installer/install-deps.sh");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    // NFKC: CJK fonts share a glyph between some characters and their radical look-alikes (一 and ⼀ U+2F00, 长 and
    // ⻓ U+2ED3), and Qt's PDF text layer names the lower code point. Kangxi radicals fold back with NFKC; the
    // supplement's (⻓) do not, so the leader is checked by "陈组" (README: PDFs, copying text).
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    for (const QString &expected :
         {QStringLiteral("李俊"), QStringLiteral("在线一组"), QStringLiteral("重点改进结束语"),
          QStringLiteral("使用标准结束语"), QStringLiteral("陈组"), QStringLiteral("收到")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("私下")));
    // A file that cannot be written: a clear error, nothing left behind.
    runCli({QStringLiteral("coaching"), QStringLiteral("export"), s.id, QStringLiteral("--pdf"),
            m_dir->filePath(QStringLiteral("no/such/dir/x.pdf"))},
           &code);
    QCOMPARE(code, 1);
}

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
