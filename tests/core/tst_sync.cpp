// Sync between local stores and a shared store: what travels, idempotence, conflicts and their resolution, errors,
// and the reliability tests — 20 processes syncing against one shared file, and kill -9 in the middle of syncs.
#include "core/auditlog.h"
#include "core/coaching.h"
#include "core/collections.h"
#include "core/commentrepository.h"
#include "core/disputes.h"
#include "core/importer.h"
#include "core/sync.h"
#include "synctestutil.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace qawb;
using namespace qawb::test;

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void evaluationsAndCommentsTravel();
    void secondSyncMovesNothing();
    void coachingAndDisputesTravel();
    void collectionsTravel();
    void draftsStayLocalUnlessShared();
    void conflictKeepsBothAndResolvingConverges_data();
    void conflictKeepsBothAndResolvingConverges();
    void sameInspectorOnTwoComputers();
    void sameAnswersAtAnotherMomentAreNoConflict();
    void clearErrors();
    void twentyProcessesAgainstOneFile();
    void killedSyncsLoseNothing();

private:
    std::unique_ptr<Store> local(const QString &name, User *user);
    SyncReport syncStore(Store &store, const User &user, bool create = false);
    static int count(Store &store, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_shared;
};

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_shared = m_dir->filePath(QStringLiteral("shared/team.qawb"));
    QDir().mkpath(m_dir->filePath(QStringLiteral("shared")));
}

void TestSync::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> TestSync::local(const QString &name, User *user)
{
    QString error;
    auto store = openLocal(m_dir->filePath(name + QStringLiteral(".db")), name, user, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

SyncReport TestSync::syncStore(Store &store, const User &user, bool create)
{
    SyncOptions options;
    options.create = create;
    return SyncEngine(store, user).sync(m_shared, options);
}

int TestSync::count(Store &store, const QString &sql)
{
    return scalar(store, sql).toInt();
}

void TestSync::evaluationsAndCommentsTravel()
{
    User li, wang;
    auto a = local(QStringLiteral("li"), &li);
    auto b = local(QStringLiteral("wang"), &wang);
    QVERIFY(a && b);
    QString error;
    Evaluation e;
    QVERIFY2(submitEvaluation(*a, li, QStringLiteral("demo-chat-001"), QStringLiteral("很好"), &e, &error),
             qPrintable(error));
    Comment c;
    c.conversationId = QStringLiteral("demo-chat-001");
    c.body = QStringLiteral("注意这里的语气");
    QVERIFY2(CommentRepository(*a).save(c, li.id, &error), qPrintable(error));

    SyncReport r = syncStore(*a, li, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushedByType.value(QStringLiteral("evaluation")), 1);
    QCOMPARE(r.pushedByType.value(QStringLiteral("comment")), 1);
    QVERIFY(r.auditPushed > 0);
    r = syncStore(*b, wang);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pulledByType.value(QStringLiteral("evaluation")), 1);

    // 王强's store now has 李娜's evaluation: same id, answers and score, 李娜 as its inspector — without her private
    // note, which never leaves her machine.
    const auto got = EvaluationRepository(*b).byId(e.id);
    QVERIFY(got);
    QCOMPARE(got->status, QStringLiteral("submitted"));
    QCOMPARE(got->generalComment, QStringLiteral("很好"));
    QCOMPARE(got->score, e.score);
    QCOMPARE(got->values(), e.values());
    QCOMPARE(UserRepository(*b).byId(got->inspectorId)->login, QStringLiteral("li"));
    QCOMPARE(got->privateNote, QString());
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM evaluations WHERE private_note <> ''")), 1);
    const std::vector<Comment> comments = CommentRepository(*b).list(QStringLiteral("demo-chat-001"));
    QCOMPARE(int(comments.size()), 1);
    QCOMPARE(comments[0].body, QStringLiteral("注意这里的语气"));
    // Everyone's audit entries travel too, kept apart from the local chain (which stays intact).
    QVERIFY(count(*b, QStringLiteral("SELECT count(*) FROM synced_audit WHERE action = 'evaluation.submit'")) == 1);
    QVERIFY(AuditLog(*b).verify().ok);
    // The shared store is a store like any other: reports can read it.
    QString openError;
    auto shared = Store::open(m_shared, &openError);
    QVERIFY2(shared, qPrintable(openError));
    QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")), 1);
    QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM conversations")), 12);
    QCOMPARE(scalar(*shared, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void TestSync::secondSyncMovesNothing()
{
    User li, wang;
    auto a = local(QStringLiteral("li"), &li);
    auto b = local(QStringLiteral("wang"), &wang);
    QString error;
    QVERIFY(submitEvaluation(*a, li, QStringLiteral("demo-chat-002"), QStringLiteral("一"), nullptr, &error));
    QVERIFY(syncStore(*a, li, true).ok);
    QVERIFY(syncStore(*b, wang).ok);
    QVERIFY(syncStore(*a, li).ok);
    QString openError;
    const auto sharedSeq = [&] {
        auto shared = Store::open(m_shared, &openError);
        return count(*shared, QStringLiteral("SELECT max(seq) FROM sync_docs"));
    };
    const int seq = sharedSeq();
    for (Store *s : {a.get(), b.get()}) {
        const SyncReport r = SyncEngine(*s, s == a.get() ? li : wang).sync(m_shared);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.pulled, 0);
        QCOMPARE(SyncEngine(*s, li).pendingChanges(), 0);
    }
    QCOMPARE(sharedSeq(), seq);
}

void TestSync::coachingAndDisputesTravel()
{
    User li, wang;
    auto a = local(QStringLiteral("li"), &li); // the first person in a store is its admin: may coach and decide
    auto b = local(QStringLiteral("wang"), &wang);
    QVERIFY(a && b);
    QString error;
    Evaluation e;
    QVERIFY2(submitEvaluation(*a, li, QStringLiteral("demo-chat-001"), QStringLiteral("一般"), &e, &error),
             qPrintable(error));
    CoachingSession session;
    session.agentId = QStringLiteral("A1001");
    session.from = QDate(2026, 11, 16);
    session.to = QDate(2026, 11, 22);
    session.notes = QStringLiteral("开场白");
    session.actions = {{QStringLiteral("听优秀录音"), QStringLiteral("王晓雯"), QDate(2026, 11, 30)}};
    QVERIFY2(CoachingRepository(*a).create(li, session, &error), qPrintable(error));
    Dispute dispute;
    QVERIFY2(DisputeRepository(*a).open(li, e.id, {QStringLiteral("greeting")}, QStringLiteral("有问候"), {}, &dispute,
                                        &error),
             qPrintable(error));
    SyncReport r = syncStore(*a, li, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushedByType.value(QStringLiteral("coaching_session")), 1);
    QCOMPARE(r.pushedByType.value(QStringLiteral("dispute")), 1);
    QVERIFY(syncStore(*b, wang).ok);
    const std::optional<CoachingSession> got = CoachingRepository(*b).session(session.id);
    QVERIFY(got);
    QCOMPARE(got->notes, QStringLiteral("开场白"));
    QCOMPARE(got->actions, session.actions);
    QCOMPARE(UserRepository(*b).byId(got->leaderId)->login, QStringLiteral("li"));
    QVERIFY(DisputeRepository(*b).dispute(dispute.id)->isOpen());

    // Decided on the first computer while a reply is written on the second: both stores end with the decision and
    // the whole thread (messages travel on their own, so neither overwrites the other).
    QVERIFY2(DisputeRepository(*a).decide(li, dispute.id, QStringLiteral("rejected"), {}, QStringLiteral("没有问候"),
                                          &error),
             qPrintable(error));
    QVERIFY2(DisputeRepository(*b).reply(wang, dispute.id, QStringLiteral("我再听一遍"), &error), qPrintable(error));
    QVERIFY(syncStore(*a, li).ok);
    QVERIFY(syncStore(*b, wang).ok);
    QVERIFY(syncStore(*a, li).ok);
    for (Store *store : {a.get(), b.get()}) {
        const Dispute decided = *DisputeRepository(*store).dispute(dispute.id);
        QCOMPARE(decided.outcome, QStringLiteral("rejected"));
        QCOMPARE(decided.decidedByName, li.displayName);
        QStringList bodies;
        for (const DisputeMessage &m : decided.thread)
            bodies << m.body;
        bodies.sort();
        QCOMPARE(bodies,
                 (QStringList{QStringLiteral("我再听一遍"), QStringLiteral("有问候"), QStringLiteral("没有问候")}));
    }
}

// A trainer's collection (schema 12) travels as one document with its items; changes to its items on one computer
// reach the other, and removing it removes it there too.
void TestSync::collectionsTravel()
{
    User li, wang;
    auto a = local(QStringLiteral("li"), &li); // admin of her store: may manage collections
    auto b = local(QStringLiteral("wang"), &wang);
    QVERIFY(a && b);
    QString error;
    Evaluation e;
    QVERIFY2(submitEvaluation(*a, li, QStringLiteral("demo-chat-001"), QStringLiteral("好"), &e, &error),
             qPrintable(error));
    CollectionRepository mine(*a, li.id);
    const QString id = mine.create(QStringLiteral("开场白范例"), QStringLiteral("第1周"), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY2(mine.addItem(id, QStringLiteral("demo-chat-001"), QStringLiteral("标准开场"), &error, e.id),
             qPrintable(error));
    QVERIFY2(mine.addItem(id, QStringLiteral("demo-chat-002"), QStringLiteral("语速"), &error), qPrintable(error));
    SyncReport r = syncStore(*a, li, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushedByType.value(QStringLiteral("collection")), 1); // one document, items inside
    QVERIFY(syncStore(*b, wang).ok);

    CollectionRepository theirs(*b, wang.id);
    std::optional<Collection> got = theirs.byId(id);
    QVERIFY(got);
    QCOMPARE(got->name, QStringLiteral("开场白范例"));
    QCOMPARE(got->notes, QStringLiteral("第1周"));
    QCOMPARE(got->itemCount, 2);
    QCOMPARE(UserRepository(*b).byId(got->ownerId)->login, QStringLiteral("li"));
    std::vector<CollectionItem> items = theirs.items(id);
    QCOMPARE(items[0].note, QStringLiteral("标准开场"));
    QCOMPARE(items[0].evaluationId, e.id);
    QCOMPARE(UserRepository(*b).byId(items[0].addedBy)->login, QStringLiteral("li"));

    // 王强, a trainer, reorders and edits a note on his computer; 李娜 gets it.
    QVERIFY(QSqlQuery(b->database()).exec(QStringLiteral("UPDATE users SET role = 'trainer' WHERE login = 'wang'")));
    QVERIFY2(theirs.moveItem(id, QStringLiteral("demo-chat-002"), 0, &error), qPrintable(error));
    QVERIFY2(theirs.setItemNote(id, QStringLiteral("demo-chat-001"), QStringLiteral("标准开场，注意语气"), &error),
             qPrintable(error));
    QVERIFY(syncStore(*b, wang).ok);
    QVERIFY(syncStore(*a, li).ok);
    items = mine.items(id);
    QCOMPARE(items[0].conversationId, QStringLiteral("demo-chat-002"));
    QCOMPARE(items[1].note, QStringLiteral("标准开场，注意语气"));
    QCOMPARE(items[1].position, 1);

    // A case removed on one computer is removed on the other (the items travel as part of the document). Deleting a
    // whole collection, like deleting any synced document, stays local: sync carries no deletions.
    QVERIFY2(mine.removeItem(id, QStringLiteral("demo-chat-002"), &error), qPrintable(error));
    QVERIFY(syncStore(*a, li).ok);
    QVERIFY(syncStore(*b, wang).ok);
    items = theirs.items(id);
    QCOMPARE(int(items.size()), 1);
    QCOMPARE(items[0].conversationId, QStringLiteral("demo-chat-001"));
    QCOMPARE(items[0].position, 0);
}

void TestSync::draftsStayLocalUnlessShared()
{
    User li;
    auto a = local(QStringLiteral("li"), &li);
    const auto card = ScorecardRepository(*a).currentFor(QStringLiteral("chat"));
    Evaluation draft;
    draft.conversationId = QStringLiteral("demo-chat-003");
    draft.scorecardVersionId = card->versionId;
    draft.inspectorId = li.id;
    draft.generalComment = QStringLiteral("还没写完");
    QString error;
    QVERIFY(EvaluationRepository(*a).saveDraft(draft, card->scorecard, &error));
    SyncReport r = syncStore(*a, li, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushedByType.value(QStringLiteral("evaluation")), 0);
    QCOMPARE(SyncEngine(*a, li).pendingChanges(), 0); // a draft is not "waiting"
    SyncOptions options;
    options.includeDrafts = true;
    r = SyncEngine(*a, li).sync(m_shared, options);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushedByType.value(QStringLiteral("evaluation")), 1);
}

void TestSync::conflictKeepsBothAndResolvingConverges_data()
{
    QTest::addColumn<QString>("take");
    QTest::newRow("keep the shared store's") << QStringLiteral("remote");
    QTest::newRow("keep this computer's") << QStringLiteral("local");
}

void TestSync::conflictKeepsBothAndResolvingConverges()
{
    QFETCH(QString, take);
    User li, wang;
    auto a = local(QStringLiteral("li"), &li);
    auto b = local(QStringLiteral("wang"), &wang);
    QString error;
    Evaluation e;
    QVERIFY(submitEvaluation(*a, li, QStringLiteral("demo-chat-004"), QStringLiteral("原始"), &e, &error));
    QVERIFY(syncStore(*a, li, true).ok);
    QVERIFY(syncStore(*b, wang).ok);

    // Both change the same evaluation before syncing again: 李娜 on her machine, the QA manager on another.
    const auto card = ScorecardRepository(*a).version(e.scorecardVersionId);
    Evaluation mine = *EvaluationRepository(*a).byId(e.id);
    QVERIFY(EvaluationRepository(*a).reopen(mine, li, QStringLiteral("补充"), &error));
    mine.generalComment = QStringLiteral("李娜改过");
    QVERIFY2(EvaluationRepository(*a).submit(mine, card->scorecard, &error), qPrintable(error));
    Evaluation theirs = *EvaluationRepository(*b).byId(e.id);
    User boss = wang;
    boss.role = QStringLiteral("admin");
    QVERIFY2(EvaluationRepository(*b).reopen(theirs, boss, QStringLiteral("校准"), &error), qPrintable(error));
    theirs.generalComment = QStringLiteral("主管改过");
    QVERIFY2(EvaluationRepository(*b).submit(theirs, card->scorecard, &error), qPrintable(error));

    QVERIFY(syncStore(*a, li).ok); // first one in wins the shared store
    SyncReport r = syncStore(*b, wang);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.newConflicts.size(), 1);
    QCOMPARE(r.openConflicts, 1);
    // Nothing was dropped: B still has its version, the shared store has A's, the conflict holds both.
    SyncEngine engineB(*b, wang);
    std::vector<SyncConflict> open = engineB.conflicts();
    QCOMPARE(int(open.size()), 1);
    QCOMPARE(open[0].docType, QStringLiteral("evaluation"));
    QCOMPARE(open[0].docId, e.id);
    QVERIFY2(open[0].title.contains(QStringLiteral("demo-chat-004")), qPrintable(open[0].title));
    const auto general = [](const QJsonObject &doc) {
        return doc[QStringLiteral("row")][QStringLiteral("general_comment")].toString();
    };
    QCOMPARE(general(open[0].local), QStringLiteral("主管改过"));
    QCOMPARE(general(open[0].remote), QStringLiteral("李娜改过"));
    QCOMPARE(EvaluationRepository(*b).byId(e.id)->generalComment, QStringLiteral("主管改过"));
    // Syncing again does not pile up conflicts or overwrite either side.
    r = syncStore(*b, wang);
    QVERIFY(r.ok);
    QCOMPARE(r.newConflicts.size(), 0);
    QCOMPARE(int(engineB.conflicts().size()), 1);
    QVERIFY(!engineB.resolve(QStringLiteral("nope"), take, &error));

    QVERIFY2(engineB.resolve(open[0].id, take, &error), qPrintable(error));
    QVERIFY(engineB.conflicts().empty());
    QCOMPARE(int(engineB.conflicts(true).size()), 1);
    QCOMPARE(count(*b, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.conflict.resolve'")), 1);
    QVERIFY(!engineB.resolve(open[0].id, take, &error)); // once
    QVERIFY(syncStore(*b, wang).ok);
    QVERIFY(syncStore(*a, li).ok);
    const QString expected = take == QLatin1String("remote") ? QStringLiteral("李娜改过") : QStringLiteral("主管改过");
    QCOMPARE(EvaluationRepository(*a).byId(e.id)->generalComment, expected);
    QCOMPARE(EvaluationRepository(*b).byId(e.id)->generalComment, expected);
    QString openError;
    auto shared = Store::open(m_shared, &openError);
    QCOMPARE(EvaluationRepository(*shared).byId(e.id)->generalComment, expected);
    QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM evaluations")), 1);
    QVERIFY(SyncEngine(*a, li).conflicts().empty());
}

void TestSync::sameInspectorOnTwoComputers()
{
    // 李娜 works on her desktop and her laptop: the same person, queue and evaluation ids on both, so her two
    // evaluations of one chat are one document changed twice — a conflict to decide, not a sync error.
    QString error;
    User desk, laptop;
    auto a = openLocal(m_dir->filePath(QStringLiteral("desk/li.db")), QStringLiteral("li"), &desk, &error);
    auto b = openLocal(m_dir->filePath(QStringLiteral("laptop/li.db")), QStringLiteral("li"), &laptop, &error);
    QVERIFY2(a && b, qPrintable(error));
    QCOMPARE(desk.id, laptop.id);
    Evaluation onDesk, onLaptop;
    QVERIFY(submitEvaluation(*a, desk, QStringLiteral("demo-chat-005"), QStringLiteral("台式机"), &onDesk, &error));
    QVERIFY(submitEvaluation(*b, laptop, QStringLiteral("demo-chat-005"), QStringLiteral("笔记本"), &onLaptop, &error));
    QCOMPARE(onDesk.id, onLaptop.id);
    SyncReport r = syncStore(*a, desk, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = syncStore(*b, laptop);
    QVERIFY2(r.ok, qPrintable(r.error)); // the demo queue is the same queue on both: no clash
    QCOMPARE(r.newConflicts.size(), 1);
    QVERIFY(SyncEngine(*b, laptop).resolve(r.newConflicts.first(), QStringLiteral("local"), &error));
    QVERIFY(syncStore(*b, laptop).ok);
    QVERIFY(syncStore(*a, desk).ok);
    QCOMPARE(EvaluationRepository(*a).byId(onDesk.id)->generalComment, QStringLiteral("笔记本"));
}

void TestSync::sameAnswersAtAnotherMomentAreNoConflict()
{
    // The same evaluation, word for word, submitted on two computers a moment apart: nothing to decide.
    QString error;
    User desk, laptop;
    auto a = openLocal(m_dir->filePath(QStringLiteral("desk/li.db")), QStringLiteral("li"), &desk, &error);
    auto b = openLocal(m_dir->filePath(QStringLiteral("laptop/li.db")), QStringLiteral("li"), &laptop, &error);
    QVERIFY2(a && b, qPrintable(error));
    QVERIFY(submitEvaluation(*a, desk, QStringLiteral("demo-chat-006"), QStringLiteral("同一份"), nullptr, &error));
    QTest::qWait(20); // other timestamps
    QVERIFY(submitEvaluation(*b, laptop, QStringLiteral("demo-chat-006"), QStringLiteral("同一份"), nullptr, &error));
    QVERIFY(syncStore(*a, desk, true).ok);
    const SyncReport r = syncStore(*b, laptop);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.newConflicts.isEmpty());
    QCOMPARE(SyncEngine(*b, laptop).pendingChanges(), 0);
}

void TestSync::clearErrors()
{
    User li;
    auto a = local(QStringLiteral("li"), &li);
    // No shared store yet, and not asked to make one.
    SyncReport r = syncStore(*a, li);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("no shared store")) && r.error.contains(m_shared), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(m_shared));
    // The folder cannot be reached (share down): offline, work waits.
    r = SyncEngine(*a, li).sync(m_dir->filePath(QStringLiteral("unplugged/team.qawb")));
    QVERIFY(!r.ok);
    QVERIFY(r.offline);
    QVERIFY2(r.error.contains(QStringLiteral("cannot be reached")), qPrintable(r.error));
    QVERIFY(SyncEngine(*a, li).pendingChanges() > 0); // the demo queue's documents wait for the first sync
    // Not a database.
    QVERIFY(writeFile(m_shared, "this is a shopping list, not a store\n"));
    r = syncStore(*a, li);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not a QA Workbench store")) ||
                 r.error.contains(QStringLiteral("not a database")),
             qPrintable(r.error));
    // Read-only for the person syncing. Root may write anything, so as root the sync runs as nobody.
    QFile::remove(m_shared);
    QVERIFY(syncStore(*a, li, true).ok);
    QVERIFY(QFile::setPermissions(m_shared, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (!QFileInfo(m_shared).isWritable()) {
        r = syncStore(*a, li);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
        return;
    }
    const QFileDevice::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                          QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), open));
    QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("shared")), open));
    const QString nobodyStore = m_dir->filePath(QStringLiteral("nobody.db"));
    {
        User nobody;
        auto n = local(QStringLiteral("nobody"), &nobody);
        QVERIFY(n);
    }
    QVERIFY(QFile::setPermissions(nobodyStore, open));
    QProcess p;
    p.start(QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
             QStringLiteral(QAWB_CLI_PATH), QStringLiteral("--store"), nobodyStore, QStringLiteral("--user"),
             QStringLiteral("nobody"), QStringLiteral("sync"), QStringLiteral("--shared"), m_shared});
    QVERIFY2(p.waitForFinished(60000), "setpriv did not finish");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
}

void TestSync::twentyProcessesAgainstOneFile()
{
    // The shared store exists before the team starts (qawb sync --create by whoever sets it up).
    User admin;
    auto first = local(QStringLiteral("admin"), &admin);
    QVERIFY(syncStore(*first, admin, true).ok);

    constexpr int kWorkers = 20;
    constexpr int kRounds = 4;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < kWorkers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(QAWB_SYNCWORKER_PATH), {m_dir->filePath(QStringLiteral("w%1.db").arg(i)), m_shared,
                                                        QStringLiteral("w%1").arg(i), QString::number(kRounds)});
        workers.push_back(std::move(p));
    }
    int submitted = 0, comments = 0;
    for (int i = 0; i < kWorkers; ++i) {
        QProcess &p = *workers[size_t(i)];
        QVERIFY2(p.waitForFinished(240000), "a worker did not finish in time");
        const QByteArray out = p.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(QStringLiteral("w%1: %2 %3")
                                .arg(i)
                                .arg(QString::fromUtf8(out), QString::fromUtf8(p.readAllStandardError()))));
        for (const QJsonValue &e : result[QStringLiteral("errors")].toArray())
            QVERIFY2(!e.toString().contains(QStringLiteral("database is locked")), qPrintable(e.toString()));
        submitted += result[QStringLiteral("submitted")].toInt();
        comments += result[QStringLiteral("comments")].toInt();
    }
    QCOMPARE(submitted, kWorkers * kRounds);
    // Every submitted evaluation is in the shared store exactly once, and so is every comment.
    QString error;
    {
        auto shared = Store::open(m_shared, &error);
        QVERIFY2(shared, qPrintable(error));
        QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")),
                 submitted);
        QCOMPARE(count(*shared, QStringLiteral("SELECT count(DISTINCT conversation_id || '/' || inspector_id) FROM "
                                               "evaluations")),
                 submitted);
        QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM comments")), comments);
        QCOMPARE(scalar(*shared, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(count(*shared, QStringLiteral("SELECT count(DISTINCT origin) FROM synced_audit")), kWorkers + 1);
    }
    // After one more pull each, every local store has everyone's.
    for (int i = 0; i < kWorkers; ++i) {
        User u;
        auto store = local(QStringLiteral("w%1").arg(i), &u);
        QVERIFY(store);
        const SyncReport r = syncStore(*store, u);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")),
                 submitted);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM comments")), comments);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY(AuditLog(*store).verify().ok);
    }
}

void TestSync::killedSyncsLoseNothing()
{
    // A store with a lot to send: 3,000 more conversations and some evaluations.
    User li;
    auto a = local(QStringLiteral("li"), &li);
    QByteArray lines;
    for (int i = 0; i < 3000; ++i) {
        lines += QStringLiteral(
                     R"({"id":"k-%1","channel":"chat","agent_id":"A%2","team":"在线一组",)"
                     R"("started_at":"2026-11-1%3T10:00:00+08:00","turns":[)"
                     R"({"speaker":"customer","text":"第%1个问题，我想问一下话费","at":"2026-11-1%3T10:00:00+08:00"},)"
                     R"({"speaker":"agent","text":"您好，很高兴为您服务","at":"2026-11-1%3T10:00:30+08:00"}]})")
                     .arg(i)
                     .arg(i % 30)
                     .arg(i % 7)
                     .toUtf8() +
                 '\n';
    }
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("more.jsonl")), lines));
    ImportOptions options;
    options.userId = li.id;
    QVERIFY(Importer(*a, options).run({m_dir->filePath(QStringLiteral("more.jsonl"))}).ok);
    QString error;
    for (const QString &chat : demoChats(*a))
        QVERIFY(submitEvaluation(*a, li, chat, QStringLiteral("k"), nullptr, &error));
    const QString localPath = a->path();
    a.reset();
    {
        User admin;
        auto other = local(QStringLiteral("admin"), &admin);
        QVERIFY(syncStore(*other, admin, true).ok);
    }

    // Kill qawb sync at random moments, dozens of times, sending and then receiving.
    QRandomGenerator rng(7);
    const auto killRandomly = [&](const QString &store, const QString &user, int times) {
        int killed = 0;
        for (int i = 0; i < times; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QAWB_USER"), user);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(QAWB_CLI_PATH),
                    {QStringLiteral("--store"), store, QStringLiteral("sync"), QStringLiteral("--shared"), m_shared});
            if (!p.waitForStarted())
                return -1;
            if (!p.waitForFinished(int(30 + rng.bounded(400)))) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished();
                ++killed;
            }
        }
        return killed;
    };
    const int killedPushing = killRandomly(localPath, QStringLiteral("li"), 24);
    QVERIFY2(killedPushing > 0, "no sync was killed while it ran (the machine is too fast for this test)");
    User li2;
    a = local(QStringLiteral("li"), &li2);
    SyncReport r = syncStore(*a, li2);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(SyncEngine(*a, li2).pendingChanges(), 0);
    // A second store receives everything, killed while receiving as well.
    User wang;
    auto b = local(QStringLiteral("wang"), &wang);
    const QString bPath = b->path();
    b.reset();
    killRandomly(bPath, QStringLiteral("wang"), 12);
    b = local(QStringLiteral("wang"), &wang);
    r = syncStore(*b, wang);
    QVERIFY2(r.ok, qPrintable(r.error));

    QString openError;
    auto shared = Store::open(m_shared, &openError);
    for (Store *s : {shared.get(), b.get()}) {
        QCOMPARE(count(*s, QStringLiteral("SELECT count(*) FROM conversations WHERE id LIKE 'k-%'")), 3000);
        QCOMPARE(count(*s, QStringLiteral("SELECT count(*) FROM turns WHERE conversation_id LIKE 'k-%'")), 6000);
        QCOMPARE(count(*s, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")),
                 int(demoChats(*a).size()));
        QCOMPARE(scalar(*s, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    // Every document the shared store lists is there with the content it says.
    QCOMPARE(count(*shared, QStringLiteral("SELECT count(*) FROM sync_docs WHERE doc_type = 'conversation'")),
             count(*shared, QStringLiteral("SELECT count(*) FROM conversations")));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
