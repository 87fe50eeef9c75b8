// The 24-hour feedback clock: which evaluations start it, due and overdue, recording feedback (who may, once), the
// on-time rate, the configurable threshold, and `qawb feedback`.
#include "core/feedback.h"
#include "core/ids.h"
#include "core/permissions.h"
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

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clockStartsOnlyForFailedOrFatal();
    void dueThenOverdue();
    void recordingFeedback();
    void onTimeRate();
    void thresholdIsConfigurable();
    void cli();

private:
    // Submits an evaluation of a demo chat: every item at its best, except `failed` (item id → value).
    QString submit(const QString &conversation, const QMap<QString, QString> &failed);
    void setSubmittedAt(const QString &evaluationId, const QDateTime &at);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_inspector, m_leader;
};

void TestFeedback::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = openLocal(m_dir->filePath(QStringLiteral("s.db")), QStringLiteral("boss"), &m_admin, &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_inspector = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_leader = users.ensure(QStringLiteral("chen"), QStringLiteral("陈组长"));
    QVERIFY(users.setRole(m_admin, QStringLiteral("chen"), QStringLiteral("team_leader"), &error));
    m_leader.role = QStringLiteral("team_leader");
}

void TestFeedback::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestFeedback::submit(const QString &conversation, const QMap<QString, QString> &failed)
{
    return submitWithFailures(*m_store, m_inspector, conversation, failed);
}

void TestFeedback::setSubmittedAt(const QString &evaluationId, const QDateTime &at)
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE evaluations SET submitted_at = ? WHERE id = ?"));
    q.addBindValue(toIso(at));
    q.addBindValue(evaluationId);
    QVERIFY(q.exec());
}

void TestFeedback::clockStartsOnlyForFailedOrFatal()
{
    const QString clean = submit(QStringLiteral("demo-chat-001"), {});
    const QString failed =
        submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")}});
    const QString fatal =
        submit(QStringLiteral("demo-chat-003"), {{QStringLiteral("no_forbidden"), QStringLiteral("no")}});
    QVERIFY(!clean.isEmpty() && !failed.isEmpty() && !fatal.isEmpty());
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT failed_items FROM evaluations WHERE id = ?"), {clean}).toInt(), 0);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT failed_items FROM evaluations WHERE id = ?"), {failed}).toInt(),
             1);
    const std::vector<FeedbackItem> open = FeedbackRepository(*m_store).open();
    QCOMPARE(int(open.size()), 2);
    QCOMPARE(open[0].evaluationId, failed);
    QCOMPARE(open[0].failedItems, 1);
    QVERIFY(!open[0].fatal);
    QCOMPARE(open[1].evaluationId, fatal);
    QVERIFY(open[1].fatal);
    QCOMPARE(open[0].agentName, QStringLiteral("李俊"));
    QCOMPARE(open[0].team, QStringLiteral("在线一组"));
    QCOMPARE(open[0].inspectorName, QStringLiteral("李娜"));
    // A draft starts nothing.
    QCOMPARE(FeedbackRepository(*m_store).open(QStringLiteral("热线二组")).size(), size_t(0));
}

void TestFeedback::dueThenOverdue()
{
    const QString id = submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")}});
    const QDateTime submitted(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    setSubmittedAt(id, submitted);
    FeedbackRepository feedback(*m_store);
    const auto at = [&](const QDateTime &now) {
        return feedback.open({}, now).front();
    };
    QCOMPARE(at(submitted.addSecs(3600)).dueAt, submitted.addSecs(24 * 3600));
    QCOMPARE(at(submitted.addSecs(3600)).state, FeedbackItem::State::Due);
    QCOMPARE(at(submitted.addSecs(24 * 3600)).state, FeedbackItem::State::Due); // exactly at the deadline: still due
    QCOMPARE(at(submitted.addSecs(24 * 3600 + 1)).state, FeedbackItem::State::Overdue);
}

void TestFeedback::recordingFeedback()
{
    const QString id = submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")}});
    const QString clean = submit(QStringLiteral("demo-chat-001"), {});
    FeedbackRepository feedback(*m_store);
    QString error;
    QVERIFY(!feedback.markCoached(m_inspector, id, QStringLiteral("x"), &error)); // inspectors do not coach
    QVERIFY2(error.contains(QStringLiteral("李娜")), qPrintable(error));
    QVERIFY(!feedback.markCoached(m_leader, clean, QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("no failed items")), qPrintable(error));
    QVERIFY(!feedback.markCoached(m_leader, QStringLiteral("nope"), QStringLiteral("x"), &error));
    QVERIFY2(feedback.markCoached(m_leader, id.left(8), QStringLiteral("已当面辅导问候语"), &error), qPrintable(error));
    QVERIFY(feedback.open().empty());
    QVERIFY(!feedback.markCoached(m_leader, id, QStringLiteral("again"), &error)); // once
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    const std::vector<FeedbackItem> all =
        feedback.all(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(int(all.size()), 1);
    QCOMPARE(all[0].state, FeedbackItem::State::OnTime);
    QCOMPARE(all[0].coachedBy, QStringLiteral("陈组长"));
    QCOMPARE(all[0].note, QStringLiteral("已当面辅导问候语"));
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'feedback.coached'")).toInt(),
        1);
}

void TestFeedback::onTimeRate()
{
    const QDateTime t0(QDate(2026, 11, 16), QTime(8, 0), Qt::UTC);
    const QStringList chats = demoChats(*m_store);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << submit(chats[i], {{QStringLiteral("greeting"), QStringLiteral("no")}});
        setSubmittedAt(ids.last(), t0.addSecs(i * 3600));
    }
    FeedbackRepository feedback(*m_store);
    QString error;
    // 0 and 1 on time, 2 late (25 h after), 3 overdue, 4 still within its time at `now`.
    QVERIFY2(feedback.markCoached(m_leader, ids[0], {}, &error, t0.addSecs(2 * 3600)), qPrintable(error));
    QVERIFY(feedback.markCoached(m_leader, ids[1], {}, &error, t0.addSecs(3600 + 24 * 3600)));
    QVERIFY(feedback.markCoached(m_leader, ids[2], {}, &error, t0.addSecs(2 * 3600 + 25 * 3600)));
    const QDateTime now = t0.addSecs(27 * 3600 + 60); // 3 is a minute overdue, 4 is due in 59 min
    const FeedbackRate rate = feedback.rate(t0, t0.addDays(7), {}, now);
    QCOMPARE(rate.onTime, 2);
    QCOMPARE(rate.late, 1);
    QCOMPARE(rate.overdue, 1);
    QCOMPARE(rate.total, 4);
    QCOMPARE(*rate.rate(), 0.5);
    QVERIFY(!feedback.rate(t0.addDays(10), t0.addDays(11), {}, now).rate()); // nothing to measure
    // Another team has none of these.
    QCOMPARE(feedback.rate(t0, t0.addDays(7), QStringLiteral("热线二组"), now).total, 0);
}

void TestFeedback::thresholdIsConfigurable()
{
    const QString id = submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")}});
    const QDateTime submitted(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    setSubmittedAt(id, submitted);
    FeedbackRepository feedback(*m_store);
    QCOMPARE(feedback.thresholdHours(), 24);
    QString error;
    QVERIFY(!feedback.setThresholdHours(m_leader, 48, &error));
    QVERIFY(!feedback.setThresholdHours(m_admin, 0, &error));
    QVERIFY2(feedback.setThresholdHours(m_admin, 48, &error), qPrintable(error));
    QCOMPARE(feedback.thresholdHours(), 48);
    QCOMPARE(feedback.open({}, submitted).front().dueAt, submitted.addSecs(48 * 3600));
    QCOMPARE(feedback.open({}, submitted.addSecs(30 * 3600)).front().state, FeedbackItem::State::Due);
}

void TestFeedback::cli()
{
    const QString id = submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")}});
    const QString path = m_store->path();
    m_store.reset();
    const auto run = [&](const QStringList &args, const QString &user) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QAWB_USER"), user);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(QAWB_CLI_PATH), QStringList{QStringLiteral("--store"), path} + args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, out] =
        run({QStringLiteral("feedback"), QStringLiteral("due"), QStringLiteral("--json")}, QStringLiteral("chen"));
    QCOMPARE(code, 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o[QStringLiteral("threshold_hours")].toInt(), 24);
    const QJsonArray due = o[QStringLiteral("due")].toArray();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due[0][QStringLiteral("evaluation")].toString(), id);
    QCOMPARE(due[0][QStringLiteral("state")].toString(), QStringLiteral("due"));
    QCOMPARE(due[0][QStringLiteral("failed_items")].toInt(), 1);
    std::tie(code, out) = run({QStringLiteral("feedback"), QStringLiteral("done"), id.left(8)}, QStringLiteral("li"));
    QCOMPARE(code, 1);
    QVERIFY2(out.contains("may not record feedback"), out.constData());
    std::tie(code, out) = run({QStringLiteral("feedback"), QStringLiteral("done"), id.left(8), QStringLiteral("--note"),
                               QStringLiteral("已辅导")},
                              QStringLiteral("chen"));
    QVERIFY2(code == 0, out.constData());
    std::tie(code, out) =
        run({QStringLiteral("feedback"), QStringLiteral("due"), QStringLiteral("--json")}, QStringLiteral("chen"));
    QCOMPARE(QJsonDocument::fromJson(out).object()[QStringLiteral("due")].toArray().size(), 0);
    std::tie(code, out) =
        run({QStringLiteral("feedback"), QStringLiteral("threshold"), QStringLiteral("0")}, QStringLiteral("boss"));
    QCOMPARE(code, 2);
}

QTEST_GUILESS_MAIN(TestFeedback)
#include "tst_feedback.moc"
