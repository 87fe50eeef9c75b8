// The team leader's start page and the coaching session window: feedback due and overdue with the on-time rate,
// recording feedback, follow-ups; a session's evaluations, trend and weakest items; failed items jump to their
// moment; the presentation layout shows nothing private and no other agent; action items save themselves and lock
// on acknowledgement; keyboard navigation; PDF export; the main window opens the start page for team leaders.
#include "ui/chatview.h"
#include "ui/coachingwindow.h"
#include "ui/conversationview.h"
#include "ui/leaderhome.h"
#include "ui/mainwindow.h"
#include "ui/trendchartwidget.h"

#include "../core/synctestutil.h"
#include "core/autoqarunner.h"
#include "core/demoqueue.h"
#include "core/disputes.h"
#include "core/evaluationrepository.h"
#include "core/feedback.h"
#include "core/ids.h"
#include "core/importer.h"
#include "core/scorecardrepository.h"
#include "core/store.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace qawb;
using namespace qawb::test;

namespace {

const QString kAgent = QStringLiteral("A1002"); // 李俊, 在线一组
const QDate kFrom(2026, 11, 2);
const QDate kTo(2026, 11, 29);

// Every text a person could read in the window as it is shown now (visible widgets only).
QString visibleText(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i) // a drop-down shows every entry when opened
                out << c->itemText(i);
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            for (int r = 0; r < t->rowCount(); ++r)
                for (int col = 0; col < t->columnCount(); ++col)
                    out << (t->item(r, col) ? t->item(r, col)->text() : QString());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int r = 0; r < list->count(); ++r)
                out << list->item(r)->text();
        } else if (auto *text = qobject_cast<QTextEdit *>(w))
            out << text->toPlainText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            out << plain->toPlainText();
    }
    return out.join(QLatin1Char('\n'));
}

void snapshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestCoachingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startPageShowsFeedbackDueAndRate();
    void sessionShowsTheAgentsCases();
    void failedItemsJumpToTheirMoment();
    void presentationShowsNothingPrivate();
    void actionItemsSaveAndLockOnAcknowledgement();
    void switchingAgentKeepsWhatWasTyped();
    void keyboardMovesBetweenCases();
    void exportsPdf();
    void mainWindowOpensStartPageForLeaders();

private:
    QString submit(const QString &conversation, const QMap<QString, QString> &failed);
    Workspace leaderWorkspace() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_inspector, m_leader;
};

void TestCoachingUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_admin = users.ensure(QStringLiteral("boss"));
    QVERIFY(ScorecardRepository(*m_store).ensureBuiltIns(&error));
    QVERIFY(DemoQueue::install(*m_store, m_admin.id, m_dir->path()).ok);
    QVERIFY(AutoQaRunner(*m_store, m_admin.id).run().ok);
    m_inspector = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    users.ensure(QStringLiteral("chen"), QStringLiteral("陈组长"));
    QVERIFY(users.setRole(m_admin, QStringLiteral("chen"), QStringLiteral("team_leader"), &error));
    QVERIFY(users.setTeam(m_admin, QStringLiteral("chen"), QStringLiteral("在线一组"), &error));
    m_leader = *users.byLogin(QStringLiteral("chen"));
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchTests"));
    QSettings().clear();
    // A1002 (李俊): chat-002 misses greeting and closing, chat-004 the closing, chat-007 is clean;
    // A1001 (王晓雯, same team) misses the greeting in chat-003. Private notes on all of them.
    QVERIFY(!submit(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")},
                                                      {QStringLiteral("closing"), QStringLiteral("no")}})
                 .isEmpty());
    QVERIFY(!submit(QStringLiteral("demo-chat-004"), {{QStringLiteral("closing"), QStringLiteral("no")}}).isEmpty());
    QVERIFY(!submit(QStringLiteral("demo-chat-007"), {}).isEmpty());
    QVERIFY(!submit(QStringLiteral("demo-chat-003"), {{QStringLiteral("greeting"), QStringLiteral("no")}}).isEmpty());
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET coaching_note = '结束语要完整' "
                                  "WHERE conversation_id = 'demo-chat-002'")));
}

void TestCoachingUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Workspace TestCoachingUi::leaderWorkspace() const
{
    Workspace w;
    w.store = m_store.get();
    w.user = m_leader;
    w.storePath = m_store->path();
    w.dataDir = m_dir->path();
    return w;
}

QString TestCoachingUi::submit(const QString &conversation, const QMap<QString, QString> &failed)
{
    return submitWithFailures(*m_store, m_inspector, conversation, failed, QStringLiteral("私下：只给质检看"));
}

void TestCoachingUi::startPageShowsFeedbackDueAndRate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // chat-002's evaluation was submitted 30 hours ago: overdue; the others are due.
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE evaluations SET submitted_at = ? WHERE conversation_id = 'demo-chat-002'"));
    q.addBindValue(toIso(now.addSecs(-30 * 3600)));
    QVERIFY(q.exec());
    LeaderHome home(leaderWorkspace());
    home.setNow(now);
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    QCOMPARE(home.team(), QStringLiteral("在线一组"));
    QVERIFY(!home.teamBox()->isEnabled()); // a leader sees their own team
    QTableWidget *due = home.dueTable();
    QCOMPARE(due->rowCount(), 3); // chat-002, chat-004, chat-003 (chat-007 failed nothing)
    QCOMPARE(due->item(0, 2)->text(), QStringLiteral("demo-chat-002"));
    QVERIFY2(due->item(0, 6)->text().contains(QStringLiteral("Overdue")), qPrintable(due->item(0, 6)->text()));
    QVERIFY2(due->item(1, 6)->text().startsWith(QStringLiteral("Due")), qPrintable(due->item(1, 6)->text()));
    // On time so far: one clock ran out, none fed back.
    QVERIFY2(home.rateLabel()->text().contains(QStringLiteral("0% (0 of 1")), qPrintable(home.rateLabel()->text()));
    snapshot(&home, "leader-home");

    // Feedback on chat-004 now: on time; the list shrinks and the rate moves to 1 of 2.
    const QString evaluation = due->item(1, 2)->data(Qt::UserRole).toString();
    QVERIFY2(home.recordFeedback(evaluation, QStringLiteral("已沟通结束语")), qPrintable(home.statusText()));
    QCOMPARE(due->rowCount(), 2);
    QVERIFY2(home.rateLabel()->text().contains(QStringLiteral("50% (1 of 2")), qPrintable(home.rateLabel()->text()));
    QVERIFY(!home.recordFeedback(evaluation, {})); // once
    QVERIFY(!home.statusText().isEmpty());

    // The Coach button asks for a session with the row's agent.
    QSignalSpy coach(&home, &LeaderHome::coachRequested);
    due->selectRow(0);
    QPushButton *coachButton = nullptr;
    for (QPushButton *b : home.findChildren<QPushButton *>())
        coachButton = b->text() == QStringLiteral("Coach this agent…") ? b : coachButton;
    QVERIFY(coachButton && coachButton->isEnabled());
    QTest::mouseClick(coachButton, Qt::LeftButton);
    QCOMPARE(coach.count(), 1);
    QCOMPARE(coach.at(0).at(0).toString(), kAgent);

    // A follow-up within the week shows up.
    CoachingSession s;
    s.agentId = kAgent;
    s.from = kFrom;
    s.to = kTo;
    s.followUp = QDate::currentDate().addDays(3);
    s.actions = {{QStringLiteral("使用标准开场白"), QStringLiteral("李俊"), QDate::currentDate().addDays(-1)}};
    QString error;
    QVERIFY2(CoachingRepository(*m_store).create(m_leader, s, &error), qPrintable(error));
    home.refresh();
    QCOMPARE(home.followUpTable()->rowCount(), 1);
    QCOMPARE(home.followUpTable()->item(0, 0)->text(), QStringLiteral("李俊"));
    QVERIFY2(home.followUpTable()->item(0, 3)->text().contains(QStringLiteral("past due")),
             qPrintable(home.followUpTable()->item(0, 3)->text()));
}

void TestCoachingUi::sessionShowsTheAgentsCases()
{
    CoachingWindow w(leaderWorkspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A leader picks among their own team's agents.
    QCOMPARE(w.agentBox()->count(), 2);
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    QCOMPARE(w.evaluationTable()->rowCount(), 3);
    QCOMPARE(w.overview().evaluations.front().conversationId, QStringLiteral("demo-chat-002"));
    QCOMPARE(w.trendChart()->trend().size(), size_t(4)); // four weeks from 2 November
    // Weakest first: closing failed 2 of 3, the team (4 evaluations) 2 of 4.
    QCOMPARE(w.weakestTable()->rowCount(), 2);
    QCOMPARE(w.weakestTable()->item(0, 1)->text(), QStringLiteral("33%"));
    QCOMPARE(w.weakestTable()->item(0, 2)->text(), QStringLiteral("50%"));
    // The first case: its failed items with the inspector's comments, and the coaching note.
    QCOMPARE(w.failedList()->count(), 2);
    QVERIFY(w.failedList()->item(0)->text().contains(QStringLiteral("见录音")));
    QVERIFY(w.notesLabel()->text().contains(QStringLiteral("结束语要完整")));
    QCOMPARE(w.conversationView()->conversationId(), QStringLiteral("demo-chat-002"));
    snapshot(&w, "coaching-session");
    // Another period: nothing in October.
    QVERIFY(w.openAgent(kAgent, QDate(2026, 10, 1), QDate(2026, 10, 31)));
    QCOMPARE(w.evaluationTable()->rowCount(), 0);
    QVERIFY(w.conversationView()->conversationId().isEmpty());
}

void TestCoachingUi::failedItemsJumpToTheirMoment()
{
    CoachingWindow w(leaderWorkspace());
    w.resize(1200, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    QScrollBar *bar = w.conversationView()->chatView()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    // Closing (message 10) is further down than the greeting (message 1).
    QVERIFY(w.jumpToFailedItem(1));
    const int atClosing = bar->value();
    QVERIFY(w.jumpToFailedItem(0));
    const int atGreeting = bar->value();
    QVERIFY2(atClosing > atGreeting, qPrintable(QStringLiteral("%1 vs %2").arg(atClosing).arg(atGreeting)));
    QCOMPARE(w.failedList()->currentRow(), 0);
    QVERIFY(!w.jumpToFailedItem(5));
}

void TestCoachingUi::presentationShowsNothingPrivate()
{
    CoachingWindow w(leaderWorkspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    const qreal normalSize = w.evaluationTable()->font().pointSizeF();
    // Never an inspector's private note, in any mode.
    QVERIFY(!visibleText(&w).contains(QStringLiteral("私下")));
    QVERIFY(visibleText(&w).contains(QStringLiteral("王晓雯"))); // the leader's agent list, before presenting
    w.setPresentation(true);
    QVERIFY(w.isPresenting());
    QVERIFY(!w.setupBar()->isVisible());
    QVERIFY(w.evaluationTable()->font().pointSizeF() > normalSize * 1.3);
    for (int row = 0; row < w.evaluationTable()->rowCount(); ++row) {
        QVERIFY(w.openEvaluation(row));
        const QString text = visibleText(&w);
        QVERIFY2(text.contains(QStringLiteral("李俊")), qPrintable(text));
        for (const QString &hidden : {QStringLiteral("私下"), QStringLiteral("王晓雯"), QStringLiteral("A1001"),
                                      QStringLiteral("demo-chat-003")})
            QVERIFY2(!text.contains(hidden), qPrintable(hidden + QStringLiteral(" shown in:\n") + text));
    }
    snapshot(&w, "coaching-presenting");
    w.setPresentation(false);
    QVERIFY(w.setupBar()->isVisible());
    QCOMPARE(w.evaluationTable()->font().pointSizeF(), normalSize);
}

void TestCoachingUi::actionItemsSaveAndLockOnAcknowledgement()
{
    CoachingWindow w(leaderWorkspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    QSignalSpy changed(&w, &CoachingWindow::sessionChanged);
    QVERIFY(w.session().id.isEmpty()); // nothing recorded yet: nothing stored
    commitText(w.notesEdit(), QStringLiteral("先练开场白"));
    w.addActionItem({QStringLiteral("每通对话使用标准开场白"), QStringLiteral("李俊"), QDate(2026, 11, 30)});
    w.followUpBox()->setChecked(true);
    w.followUpEdit()->setDate(QDate(2026, 12, 7));
    // Saved by itself a second after the last edit.
    QTRY_VERIFY_WITH_TIMEOUT(!w.session().id.isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(CoachingRepository(*m_store).session(w.session().id)->followUp, QDate(2026, 12, 7), 5000);
    CoachingSession stored = *CoachingRepository(*m_store).session(w.session().id);
    QCOMPARE(stored.notes, QStringLiteral("先练开场白"));
    QCOMPARE(int(stored.actions.size()), 1);
    QCOMPARE(stored.actions[0].due, QDate(2026, 11, 30));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(w.sessionBox()->count(), 2); // "New session" and this one

    QVERIFY2(w.acknowledge(QStringLiteral("李俊"), QStringLiteral("明白")), qPrintable(w.statusText()));
    QVERIFY(w.notesEdit()->isReadOnly());
    QVERIFY(!w.acknowledgeButton()->isEnabled());
    QVERIFY(w.acknowledgementLabel()->text().contains(QStringLiteral("李俊")));
    QVERIFY(w.acknowledgementLabel()->text().contains(QStringLiteral("明白")));
    QVERIFY(!(w.actionTable()->item(0, 0)->flags() & Qt::ItemIsEditable));
    snapshot(&w, "coaching-acknowledged");
    // The status still moves on.
    auto *status = qobject_cast<QComboBox *>(w.actionTable()->cellWidget(0, 3));
    QVERIFY(status && status->isEnabled());
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    QTRY_COMPARE_WITH_TIMEOUT(CoachingRepository(*m_store).session(w.session().id)->actions[0].status,
                              QStringLiteral("done"), 5000);
    // Reopening the stored session shows it as it was left.
    CoachingWindow again(leaderWorkspace());
    QVERIFY(again.openSession(w.session().id));
    QCOMPARE(again.notesEdit()->toPlainText(), QStringLiteral("先练开场白"));
    QVERIFY(again.notesEdit()->isReadOnly());
    QCOMPARE(again.actionTable()->rowCount(), 1);
}

void TestCoachingUi::switchingAgentKeepsWhatWasTyped()
{
    CoachingWindow w(leaderWorkspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    commitText(w.notesEdit(), QStringLiteral("语速放慢"));
    // An action item still being typed in its cell when the leader picks another agent (no autosave yet).
    w.addActionItem();
    QTableWidget *actions = w.actionTable();
    actions->setCurrentCell(0, 0);
    actions->editItem(actions->item(0, 0));
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != actions);
    commitText(editor, QStringLiteral("复听两通录音"));
    QVERIFY(w.openAgent(QStringLiteral("A1001"), kFrom, kTo));
    const std::vector<CoachingSession> stored = CoachingRepository(*m_store).sessions(kAgent);
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored[0].notes, QStringLiteral("语速放慢"));
    QCOMPARE(int(stored[0].actions.size()), 1);
    QCOMPARE(stored[0].actions[0].text, QStringLiteral("复听两通录音"));
    QCOMPARE(w.session().agentId, QStringLiteral("A1001"));
    QVERIFY(w.session().id.isEmpty());
    QVERIFY(w.notesEdit()->toPlainText().isEmpty());
}

void TestCoachingUi::keyboardMovesBetweenCases()
{
    CoachingWindow w(leaderWorkspace());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    w.setPresentation(true);
    QTest::keyClick(&w, Qt::Key_J);
    QCOMPARE(w.evaluationTable()->currentRow(), 1);
    QCOMPARE(w.conversationView()->conversationId(), w.overview().evaluations[1].conversationId);
    QTest::keyClick(&w, Qt::Key_PageDown);
    QTest::keyClick(&w, Qt::Key_PageDown); // stays on the last
    QCOMPARE(w.evaluationTable()->currentRow(), 2);
    QTest::keyClick(&w, Qt::Key_K);
    QCOMPARE(w.evaluationTable()->currentRow(), 1);
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.isPresenting());
}

void TestCoachingUi::exportsPdf()
{
    CoachingWindow w(leaderWorkspace());
    QVERIFY(w.openAgent(kAgent, kFrom, kTo));
    commitText(w.notesEdit(), QStringLiteral("导出测试"));
    QSignalSpy finished(&w, &CoachingWindow::pdfFinished);
    const QString path = m_dir->filePath(QStringLiteral("session.pdf"));
    w.exportPdf(path);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // Exporting stored the notes first.
    QCOMPARE(CoachingRepository(*m_store).session(w.session().id)->notes, QStringLiteral("导出测试"));
    // A folder that does not exist: a clear failure.
    w.exportPdf(m_dir->filePath(QStringLiteral("missing/x.pdf")));
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(w.statusText().contains(QStringLiteral("missing")));
}

void TestCoachingUi::mainWindowOpensStartPageForLeaders()
{
    MainWindow window(leaderWorkspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartPage(); // what main() does once the first-run profile question is answered
    LeaderHome *home = window.findChild<LeaderHome *>();
    QVERIFY(home && home->isVisible());
    QCOMPARE(home->dueTable()->rowCount(), 3);
    // Coach this agent → the session window on their last four weeks.
    CoachingWindow *coaching = window.showCoaching(kAgent);
    QVERIFY(coaching && coaching->isVisible());
    QCOMPARE(coaching->session().agentId, kAgent);
    QCOMPARE(coaching->session().to, QDate::currentDate());
    // An inspector's workstation does not open it, but says which disputes wait for their decision.
    QString error;
    QVERIFY2(DisputeRepository(*m_store).open(m_leader, home->dueTable()->item(0, 2)->data(Qt::UserRole).toString(),
                                              {QStringLiteral("greeting")}, QStringLiteral("有问候"), {}, nullptr,
                                              &error),
             qPrintable(error));
    Workspace inspector = leaderWorkspace();
    inspector.user = m_inspector;
    MainWindow other(inspector);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    other.openStartPage();
    QVERIFY(!other.findChild<LeaderHome *>());
    QVERIFY2(other.statusBar()->currentMessage().contains(QStringLiteral("1 dispute")),
             qPrintable(other.statusBar()->currentMessage()));
}

QTEST_MAIN(TestCoachingUi)
#include "tst_coachingui.moc"
