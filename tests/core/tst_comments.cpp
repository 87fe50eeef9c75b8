// Comments anchored to a conversation: every anchor kind round-trips through the store, bad anchors are refused
// with a reason (nothing written), only the author edits or deletes, deletions are soft, everything is audited.
#include "core/commentrepository.h"
#include "core/demoqueue.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;

class TestComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyAnchorRoundTrips();
    void badAnchorsAreRefused_data();
    void badAnchorsAreRefused();
    void onlyTheAuthorEditsAndDeletes();

private:
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_me;
    User m_other;
};

namespace {
const QString kCall = QStringLiteral("demo-call-001"); // turn 5: "让您久等了，您所在小区的光缆正在抢修，…"
const QString kChat = QStringLiteral("demo-chat-002");
} // namespace

void TestComments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_me = UserRepository(*m_store).ensure(QStringLiteral("inspector"));
    m_other = UserRepository(*m_store).ensure(QStringLiteral("colleague"));
    QVERIFY(DemoQueue::install(*m_store, m_me.id, m_dir->path()).ok);
}

void TestComments::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestComments::count(const QString &sql)
{
    QSqlQuery q(m_store->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestComments::everyAnchorRoundTrips()
{
    CommentRepository repo(*m_store);
    QString error;
    std::vector<Comment> written(4);
    written[0].anchor = Comment::Anchor::Moment;
    written[0].startMs = 12000;
    written[0].turnSeq = 3;
    written[1].anchor = Comment::Anchor::Range;
    written[1].startMs = 14000;
    written[1].endMs = 20000;
    written[2].anchor = Comment::Anchor::Text;
    written[2].turnSeq = 5;
    written[2].textFrom = 12;
    written[2].textTo = 18;
    written[2].startMs = 20738;
    written[3].anchor = Comment::Anchor::Turn;
    written[3].turnSeq = 0;
    for (size_t i = 0; i < written.size(); ++i) {
        written[i].conversationId = kCall;
        written[i].body = QStringLiteral("评语 %1").arg(i);
        QVERIFY2(repo.save(written[i], m_me.id, &error), qPrintable(error));
        QVERIFY(!written[i].id.isEmpty());
    }
    const std::vector<Comment> read = repo.list(kCall);
    QCOMPARE(read.size(), written.size());
    for (const Comment &w : written) {
        const auto r = std::find_if(read.cbegin(), read.cend(), [&w](const Comment &c) { return c.id == w.id; });
        QVERIFY(r != read.cend());
        QCOMPARE(r->anchor, w.anchor);
        QCOMPARE(r->startMs, w.startMs);
        QCOMPARE(r->endMs, w.endMs);
        QCOMPARE(r->turnSeq, w.turnSeq);
        QCOMPARE(r->textFrom, w.textFrom);
        QCOMPARE(r->textTo, w.textTo);
        QCOMPARE(r->body, w.body);
        QCOMPARE(r->authorId, m_me.id);
        QCOMPARE(r->authorName, m_me.displayName);
        QVERIFY(!r->createdAt.isEmpty());
    }
    QVERIFY(repo.list(kChat).empty()); // comments belong to their conversation
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'comment.add'")), 4);
}

void TestComments::badAnchorsAreRefused_data()
{
    QTest::addColumn<int>("anchor");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<int>("turnSeq");
    QTest::addColumn<int>("textFrom");
    QTest::addColumn<int>("textTo");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("reason");
    const int moment = int(Comment::Anchor::Moment), range = int(Comment::Anchor::Range),
              turn = int(Comment::Anchor::Turn), text = int(Comment::Anchor::Text);
    const QString body = QStringLiteral("评语");
    QTest::newRow("empty body") << moment << 1000LL << -1LL << -1 << -1 << -1 << QStringLiteral("  ")
                                << QStringLiteral("needs some text");
    QTest::newRow("moment without time") << moment << -1LL << -1LL << -1 << -1 << -1 << body
                                         << QStringLiteral("needs its time");
    QTest::newRow("range backwards") << range << 5000LL << 4000LL << -1 << -1 << -1 << body
                                     << QStringLiteral("start before its end");
    QTest::newRow("empty range") << range << 5000LL << 5000LL << -1 << -1 << -1 << body
                                 << QStringLiteral("start before its end");
    QTest::newRow("message without seq") << turn << -1LL << -1LL << -1 << -1 << -1 << body
                                         << QStringLiteral("needs the message");
    QTest::newRow("message not in conversation")
        << turn << -1LL << -1LL << 99 << -1 << -1 << body << QStringLiteral("message 100 is not in");
    QTest::newRow("words reversed") << text << -1LL << -1LL << 5 << 8 << 3 << body
                                    << QStringLiteral("are not in message 6");
    QTest::newRow("words past the end") << text << -1LL << -1LL << 5 << 20 << 500 << body
                                        << QStringLiteral("are not in message 6");
}

void TestComments::badAnchorsAreRefused()
{
    QFETCH(int, anchor);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(int, turnSeq);
    QFETCH(int, textFrom);
    QFETCH(int, textTo);
    QFETCH(QString, body);
    QFETCH(QString, reason);
    Comment c;
    c.conversationId = kCall;
    c.anchor = Comment::Anchor(anchor);
    c.startMs = startMs;
    c.endMs = endMs;
    c.turnSeq = turnSeq;
    c.textFrom = textFrom;
    c.textTo = textTo;
    c.body = body;
    QString error;
    QVERIFY(!CommentRepository(*m_store).save(c, m_me.id, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(c.id.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM comments")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'comments'")), 0);
}

void TestComments::onlyTheAuthorEditsAndDeletes()
{
    CommentRepository repo(*m_store);
    QString error;
    Comment mine;
    mine.conversationId = kChat;
    mine.anchor = Comment::Anchor::Turn;
    mine.turnSeq = 1;
    mine.body = QStringLiteral("语气生硬");
    QVERIFY2(repo.save(mine, m_me.id, &error), qPrintable(error));
    // A colleague can neither change nor delete it.
    Comment theirs = mine;
    theirs.body = QStringLiteral("改掉");
    QVERIFY(!repo.save(theirs, m_other.id, &error));
    QVERIFY2(error.contains(QStringLiteral("only its author")), qPrintable(error));
    QVERIFY(!repo.remove(mine.id, m_other.id, &error));
    QCOMPARE(repo.list(kChat).front().body, QStringLiteral("语气生硬"));
    // The author can.
    mine.body = QStringLiteral("语气生硬，建议加安抚语");
    QVERIFY2(repo.save(mine, m_me.id, &error), qPrintable(error));
    QCOMPARE(repo.list(kChat).front().body, mine.body);
    QVERIFY2(repo.remove(mine.id, m_me.id, &error), qPrintable(error));
    QVERIFY(repo.list(kChat).empty());
    // Deleted is hidden, not gone; editing a deleted comment fails; the audit log has every step.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM comments WHERE deleted_at IS NOT NULL")), 1);
    QVERIFY(!repo.save(mine, m_me.id, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'comments' AND action IN "
                                  "('comment.add', 'comment.edit', 'comment.delete')")),
             3);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
