// Drives the main window offscreen as an inspector would: open the demo queue, review a chat and a call,
// fill the scoring form, submit, and find the evaluations in the store.
#include "core/autoqarunner.h"
#include "core/caserepository.h"
#include "core/commentrepository.h"
#include "core/demoqueue.h"
#include "core/evaluationrepository.h"
#include "core/importer.h"
#include "core/samplingrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/sync.h"
#include "core/userrepository.h"
#include "core/waveformcache.h"
#include "ui/audioplayer.h"
#include "ui/callview.h"
#include "ui/casefilterproxy.h"
#include "ui/casetablemodel.h"
#include "ui/chatview.h"
#include "ui/commentpanel.h"
#include "ui/conflictsdialog.h"
#include "ui/conversationview.h"
#include "ui/filterbar.h"
#include "ui/hitlistview.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/queuelistmodel.h"
#include "ui/queueprogressdialog.h"
#include "ui/samplingdialog.h"
#include "ui/scorecardeditor.h"
#include "ui/scoreform.h"
#include "ui/sharedstoredialog.h"
#include "ui/synccontroller.h"
#include "ui/syncstatus.h"
#include "ui/waveformview.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace qawb;

// The people of the sampling tests: a QA manager and two inspectors from different agent teams.
struct Staff
{
    User manager;
    User first;  // 李娜, 在线一组
    User second; // 王强, 热线二组
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensDemoQueue();
    void reviewsAndSubmitsChat();
    void reviewsCallWithPlayerAndFatalItem();
    void autosavesDraftAndRestoresIt();
    void savesWhileTyping();
    void filtersCases();
    void missingRecordingShowsMessage();
    void corruptRecordingShowsMessage();
    void importsInBackground();
    void navigatesWithKeyboard();
    void highlightsRuleHits();
    void masksPersonalDataUntilRevealed();
    void filtersRiskCases();
    void suggestsSpellingOnDemand();
    void drawsWaveformAndCachesIt();
    void playbackKeysDriveThePlayer();
    void chatShowsGapsLinksAndFolds();
    void shortcutSheetOpens();
    void commentsAnchorToMomentsAndMessages();
    void commentsOnRangesAndWordsOfACall();
    void commentKeysAndLoopKey();
    void transcriptFollowsPlaybackAndSeeksOnClick();
    void profileDialogSavesTheName();
    void formHandlesDeductionsAndConditionalItems();
    void autoQaPrefillsAndRecordsOverrides();
    void undoAndRedoAnswers();
    void tagsFromTheForm();
    void teamLeaderSeesTheFormReadOnly();
    void scorecardEditorPublishesANewVersion();
    void samplingDialogDrawsAndAssigns();
    void inspectorCannotSampleAndSeesOwnQueues();
    void queueProgressReassignsWithAReason();
    void killedMidEditLosesAtMostTwoSeconds_data();
    void killedMidEditLosesAtMostTwoSeconds();
    void syncNowCreatesTheSharedStore();
    void syncConflictIsShownAndResolved();
    void unreachableSharedStoreKeepsWorking();

private:
    std::unique_ptr<MainWindow> openWindow();
    // Types text the way an input method commits it (QTest::keyClicks aborts on CJK text in Qt 6.4).
    static void commitText(QWidget *widget, const QString &text);
    static void clickAnswer(ScoreForm *form, const QString &item, const QString &value);
    // With QAWB_TEST_SCREENSHOTS=DIR set, saves what the window shows as DIR/NAME.png (for looking at by eye).
    static void snapshot(QWidget *window, const char *name);
    int rowOfCase(MainWindow &w, const QString &id);
    // Imports one JSON Lines record (no queue) into the test store.
    bool importRecord(const QString &name, const QString &json);
    Staff addStaff();
    // The demo week sampled (six conversations, two of them low-CSAT triggers) and assigned through the core API.
    std::optional<AssignmentSummary> sampleAndAssign(const Staff &staff, int calibration);
    // Saves a draft of user's evaluation of a chat with this general comment and answers (item -> value).
    static bool saveChatDraft(Store &store, const User &user, const QString &conversationId, const QString &comment,
                              const QMap<QString, QString> &answers);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_workspace.storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_store = Store::open(m_workspace.storePath, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_workspace.store = m_store.get();
    m_workspace.dataDir = m_dir->path();
    m_workspace.user = UserRepository(*m_store).ensure(QStringLiteral("tester"));
    QVERIFY(ScorecardRepository(*m_store).ensureBuiltIns(&error));
    const ImportReport report = DemoQueue::install(*m_store, m_workspace.user.id, m_dir->path());
    QVERIFY2(report.ok, qPrintable(report.summary()));
    QCOMPARE(report.inserted, 12);
    // Matching QC runs after import in the application; here it runs synchronously so hits exist at once.
    const AutoQaReport checked = AutoQaRunner(*m_store, m_workspace.user.id).run();
    QVERIFY2(checked.ok, qPrintable(checked.error));
    // Each test starts from default window settings.
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchTests"));
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto w = std::make_unique<MainWindow>(m_workspace);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void TestMainWindow::commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestMainWindow::clickAnswer(ScoreForm *form, const QString &item, const QString &value)
{
    QAbstractButton *button = form->answerButton(item, value);
    QVERIFY2(button, qPrintable(item + QLatin1Char('=') + value));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    QVERIFY2(button->isChecked(), qPrintable(item + QLatin1Char('=') + value));
}

void TestMainWindow::snapshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

bool TestMainWindow::importRecord(const QString &name, const QString &json)
{
    const QString file = m_dir->filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(json.toUtf8() + '\n');
    out.close();
    ImportOptions options;
    options.userId = m_workspace.user.id;
    return Importer(*m_store, options).run({file}).ok;
}

Staff TestMainWindow::addStaff()
{
    UserRepository users(*m_store);
    QString error;
    users.ensure(QStringLiteral("manager"), QStringLiteral("张敏"));
    users.ensure(QStringLiteral("lina"), QStringLiteral("李娜"));
    users.ensure(QStringLiteral("wangqiang"), QStringLiteral("王强"));
    // m_workspace.user is the store's first user, so its admin.
    if (!users.setRole(m_workspace.user, QStringLiteral("manager"), QStringLiteral("qa_manager"), &error) ||
        !users.setTeam(m_workspace.user, QStringLiteral("lina"), QStringLiteral("在线一组"), &error) ||
        !users.setTeam(m_workspace.user, QStringLiteral("wangqiang"), QStringLiteral("热线二组"), &error))
        qWarning() << error;
    return {*users.byLogin(QStringLiteral("manager")), *users.byLogin(QStringLiteral("lina")),
            *users.byLogin(QStringLiteral("wangqiang"))};
}

std::optional<AssignmentSummary> TestMainWindow::sampleAndAssign(const Staff &staff, int calibration)
{
    SamplingPlan plan;
    plan.name = QStringLiteral("周报抽样");
    plan.count = 6;
    plan.seed = 42;
    plan.triggers.push_back({QStringLiteral("low_csat"), 2});
    plan.excludeInOpenQueue = false; // the demo queue holds every conversation
    const SamplePeriod period = SamplePeriod::fromDates(QDate(2026, 11, 16), QDate(2026, 11, 20));
    SamplingRepository repository(*m_store);
    QString error;
    const auto candidates = repository.loadCandidates(plan, period, &error);
    if (!candidates) {
        qWarning() << error;
        return std::nullopt;
    }
    const QString sampleId = repository.saveSample(staff.manager, plan, period, drawSample(plan, *candidates), &error);
    AssignmentOptions options;
    options.calibration = calibration;
    auto summary = repository.assign(staff.manager, sampleId, {staff.first.id, staff.second.id}, options, &error);
    if (!summary)
        qWarning() << error;
    return summary;
}

int TestMainWindow::rowOfCase(MainWindow &w, const QString &id)
{
    QAbstractItemModel *model = w.caseView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CaseTableModel::ConversationIdRole).toString() == id)
            return row;
    }
    return -1;
}

void TestMainWindow::opensDemoQueue()
{
    auto w = openWindow();
    QVERIFY(w);
    // The demo queue, not "All conversations", is selected on first start.
    QCOMPARE(w->queueView()->currentIndex().row(), 1);
    QCOMPARE(w->currentQueueId(), CaseRepository(*m_store).queueByName(DemoQueue::queueName())->id);
    QCOMPARE(w->caseView()->model()->rowCount(), 12);
    QVERIFY(w->conversationView()->conversationId().isEmpty());
}

void TestMainWindow::reviewsAndSubmitsChat()
{
    auto w = openWindow();
    QVERIFY(w);
    // Open the chat by clicking its row, as an inspector would.
    const int row = rowOfCase(*w, QStringLiteral("demo-chat-001"));
    QVERIFY(row >= 0);
    QTableView *table = w->caseView();
    const QRect rect = table->visualRect(table->model()->index(row, CaseTableModel::Agent));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w->currentCaseId(), QStringLiteral("demo-chat-001"));
    QVERIFY(!w->conversationView()->showsCall());
    const QStringList messages = w->conversationView()->chatView()->messages();
    QVERIFY(messages.size() >= 8);
    QVERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("很高兴为您服务")));
    QVERIFY(w->conversationView()->chatView()->toPlainText().contains(QStringLiteral("很高兴为您服务")));

    ScoreForm *form = w->scoreForm();
    QVERIFY(form->isLoaded());
    QCOMPARE(form->scorecard()->key(), QStringLiteral("online-service"));
    // Answer everything at full marks, with one partial answer: accurate 3/4 of 20 points = 15.
    clickAnswer(form, QStringLiteral("first_response"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("greeting"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("understand"), QStringLiteral("4"));
    clickAnswer(form, QStringLiteral("accurate"), QStringLiteral("3"));
    clickAnswer(form, QStringLiteral("reply_speed"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("resolved"), QStringLiteral("resolved"));
    clickAnswer(form, QStringLiteral("closing"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("courtesy"), QStringLiteral("2"));
    clickAnswer(form, QStringLiteral("no_forbidden"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("privacy"), QStringLiteral("yes"));
    clickAnswer(form, QStringLiteral("cultivation"), QStringLiteral("yes"));
    // 95 of 100 base points plus the 5-point bonus, capped at 100.
    QVERIFY2(form->totalText().startsWith(QStringLiteral("100.0")), qPrintable(form->totalText()));
    commitText(form->generalCommentEdit(), QStringLiteral("引导客户自助查询，规范用语到位。"));
    commitText(form->coachingNoteEdit(), QStringLiteral("继续保持；解释资费时可更简洁。"));
    commitText(form->commentEdit(QStringLiteral("accurate")), QStringLiteral("套餐说明略有遗漏"));

    // Ctrl+Enter submits.
    w->activateWindow();
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    const auto saved = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-001"), m_workspace.user.id);
    QVERIFY(saved);
    QCOMPARE(saved->status, QStringLiteral("submitted"));
    QCOMPARE(saved->score.value_or(-1), 100.0);
    QVERIFY(!saved->fatal);
    QCOMPARE(saved->answers.value(QStringLiteral("accurate")).value, QStringLiteral("3"));
    QCOMPARE(saved->answers.value(QStringLiteral("accurate")).comment, QStringLiteral("套餐说明略有遗漏"));
    QCOMPARE(saved->generalComment, QStringLiteral("引导客户自助查询，规范用语到位。"));
    QCOMPARE(saved->coachingNote, QStringLiteral("继续保持；解释资费时可更简洁。"));
    // The list and the queue show the submission.
    const QModelIndex status =
        table->model()->index(rowOfCase(*w, QStringLiteral("demo-chat-001")), CaseTableModel::Status);
    QCOMPARE(status.data(CaseTableModel::StatusCodeRole).toString(), QStringLiteral("submitted"));
    QVERIFY(w->queueView()->currentIndex().data().toString().contains(QStringLiteral("1/12")));

    // Reopening (a new window, as after a restart) shows the saved evaluation read-only.
    w.reset();
    auto again = openWindow();
    QVERIFY(again);
    QVERIFY(again->openCase(QStringLiteral("demo-chat-001")));
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("accurate"), QStringLiteral("3"))->isChecked());
    QVERIFY(!again->scoreForm()->answerButton(QStringLiteral("accurate"), QStringLiteral("3"))->isEnabled());
    QCOMPARE(again->scoreForm()->generalCommentEdit()->toPlainText(),
             QStringLiteral("引导客户自助查询，规范用语到位。"));
    QVERIFY(again->scoreForm()->generalCommentEdit()->isReadOnly());

    // Reopening it for a change needs a reason; the form becomes editable as revision 2; submitting again keeps
    // revision 1 as it was.
    ScoreForm *form2 = again->scoreForm();
    QVERIFY(!again->reopenEvaluation(QStringLiteral("   ")));
    QVERIFY(form2->generalCommentEdit()->isReadOnly());
    QVERIFY(again->reopenEvaluation(QStringLiteral("组长复核：首次响应其实超时")));
    QVERIFY(!form2->generalCommentEdit()->isReadOnly());
    QVERIFY(form2->revisionBannerText().contains(QStringLiteral("组长复核")));
    QTest::qWait(50); // let the rebuilt form lay out before looking
    snapshot(again.get(), "reopened-evaluation");
    clickAnswer(form2, QStringLiteral("first_response"), QStringLiteral("no"));
    QVERIFY(again->submitEvaluation());
    const auto revised = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-001"), m_workspace.user.id);
    QCOMPARE(revised->revision, 2);
    QVERIFY(revised->score.value_or(100) < 100.0);
    const auto history = EvaluationRepository(*m_store).history(revised->id);
    QCOMPARE(history.size(), size_t(1));
    QCOMPARE(history[0].evaluation.score.value_or(-1), 100.0);
    QCOMPARE(history[0].evaluation.answers.value(QStringLiteral("first_response")).value, QStringLiteral("yes"));
}

void TestMainWindow::reviewsCallWithPlayerAndFatalItem()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->openCase(QStringLiteral("demo-call-002")));
    QVERIFY(w->conversationView()->showsCall());
    CallView *call = w->conversationView()->callView();
    QVERIFY(call->transcript()->toPlainText().contains(QStringLiteral("这不归我管")));
    // The recording exists and is accepted by the player: no error message.
    QVERIFY(call->player()->isPlayable());
    QVERIFY2(call->player()->message().isEmpty(), qPrintable(call->player()->message()));

    ScoreForm *form = w->scoreForm();
    QCOMPARE(form->scorecard()->key(), QStringLiteral("call-service"));
    for (const char *item : {"greeting", "hold", "empathy", "verify", "closing"})
        clickAnswer(form, QLatin1String(item), QStringLiteral("no"));
    clickAnswer(form, QStringLiteral("tone"), QStringLiteral("1"));
    clickAnswer(form, QStringLiteral("accurate"), QStringLiteral("2"));
    clickAnswer(form, QStringLiteral("listening"), QStringLiteral("0"));
    clickAnswer(form, QStringLiteral("resolved"), QStringLiteral("unresolved"));
    clickAnswer(form, QStringLiteral("no_forbidden"), QStringLiteral("no"));
    QVERIFY(form->fatalBannerVisible());
    QVERIFY(form->totalText().startsWith(QStringLiteral("0.0")));

    // A failed fatal item needs a comment: submitting without one keeps a draft.
    QVERIFY(!w->submitEvaluation());
    auto stored = EvaluationRepository(*m_store).find(QStringLiteral("demo-call-002"), m_workspace.user.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("draft"));

    commitText(form->commentEdit(QStringLiteral("no_forbidden")), QStringLiteral("坐席说“这不归我管”"));
    QVERIFY(w->submitEvaluation());
    stored = EvaluationRepository(*m_store).find(QStringLiteral("demo-call-002"), m_workspace.user.id);
    QCOMPARE(stored->status, QStringLiteral("submitted"));
    QVERIFY(stored->fatal);
    QCOMPARE(stored->score.value_or(-1), 0.0);
    QCOMPARE(stored->answers.value(QStringLiteral("no_forbidden")).comment, QStringLiteral("坐席说“这不归我管”"));
}

void TestMainWindow::autosavesDraftAndRestoresIt()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->openCase(QStringLiteral("demo-chat-004")));
    clickAnswer(w->scoreForm(), QStringLiteral("greeting"), QStringLiteral("no"));
    commitText(w->scoreForm()->commentEdit(QStringLiteral("greeting")), QStringLiteral("没有招呼语"));
    // Nothing is clicked: the debounced autosave writes the draft by itself.
    QTRY_VERIFY_WITH_TIMEOUT(
        EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-004"), m_workspace.user.id).has_value(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(EvaluationRepository(*m_store)
                                  .find(QStringLiteral("demo-chat-004"), m_workspace.user.id)
                                  ->answers.value(QStringLiteral("greeting"))
                                  .comment,
                              QStringLiteral("没有招呼语"), 5000);
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-chat-004")));
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("greeting"), QStringLiteral("no"))->isChecked());
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("greeting"), QStringLiteral("no"))->isEnabled());
    QCOMPARE(again->scoreForm()->commentEdit(QStringLiteral("greeting"))->text(), QStringLiteral("没有招呼语"));
}

void TestMainWindow::savesWhileTyping()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-005")));
    QPlainTextEdit *comment = w->scoreForm()->generalCommentEdit();
    // Typing without a pause never lets the one-second idle timer fire; the draft must still reach the store.
    const QString text = QStringLiteral("坐席安抚到位，退费流程解释清楚，结束语规范");
    for (const QChar c : text) {
        commitText(comment, QString(c));
        QTest::qWait(200);
    }
    const auto saved = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-005"), m_workspace.user.id);
    QVERIFY(saved);
    QVERIFY2(saved->generalComment.size() >= text.size() - 12, qPrintable(saved->generalComment));
    QVERIFY(text.startsWith(saved->generalComment));
}

void TestMainWindow::filtersCases()
{
    auto w = openWindow();
    QVERIFY(w);
    QAbstractItemModel *view = w->caseView()->model();
    QCOMPARE(view->rowCount(), 12);
    auto *channel = w->filterBar()->findChild<QComboBox *>();
    QVERIFY(channel);
    CaseFilterProxy::Filter filter;
    filter.channel = QStringLiteral("call");
    w->caseFilter()->setFilter(filter);
    QCOMPARE(view->rowCount(), 5);
    filter.businessType = QStringLiteral("complaint");
    w->caseFilter()->setFilter(filter);
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data(CaseTableModel::ConversationIdRole).toString(), QStringLiteral("demo-call-002"));
    filter = {};
    filter.team = QStringLiteral("在线一组");
    filter.from = QDate(2026, 11, 17);
    filter.to = QDate(2026, 11, 18);
    w->caseFilter()->setFilter(filter);
    for (int row = 0; row < view->rowCount(); ++row) {
        QCOMPARE(view->index(row, 0).data(CaseTableModel::TeamRole).toString(), QStringLiteral("在线一组"));
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(view->index(row, 0).data(CaseTableModel::StartedMsRole).toLongLong()).date();
        QVERIFY(day >= filter.from && day <= filter.to);
    }
    QVERIFY(view->rowCount() > 0 && view->rowCount() < 7);
    filter = {};
    filter.status = QStringLiteral("new");
    filter.text = QStringLiteral("A1002");
    w->caseFilter()->setFilter(filter);
    QVERIFY(view->rowCount() > 0);
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, 0).data(CaseTableModel::AgentIdRole).toString(), QStringLiteral("A1002"));
}

void TestMainWindow::missingRecordingShowsMessage()
{
    // Remove the extracted recording of one call: the player says so and the transcript stays usable.
    const auto conversation = CaseRepository(*m_store).conversation(QStringLiteral("demo-call-003"));
    QVERIFY(conversation && !conversation->audioPath.isEmpty());
    QVERIFY(QFile::remove(conversation->audioPath));
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-003")));
    CallView *call = w->conversationView()->callView();
    QVERIFY(!call->player()->isPlayable());
    QVERIFY2(call->player()->message().contains(conversation->audioPath), qPrintable(call->player()->message()));
    QVERIFY(!call->transcript()->toPlainText().isEmpty());
    QVERIFY(w->scoreForm()->isLoaded());
}

void TestMainWindow::corruptRecordingShowsMessage()
{
    // A recording that is not audio at all: the player reports it once the backend has tried to read it.
    const auto conversation = CaseRepository(*m_store).conversation(QStringLiteral("demo-call-004"));
    QVERIFY(conversation && !conversation->audioPath.isEmpty());
    QFile audio(conversation->audioPath);
    QVERIFY(audio.open(QIODevice::WriteOnly | QIODevice::Truncate));
    audio.write(QByteArray(4096, '\x5a'));
    audio.close();
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-004")));
    AudioPlayer *player = w->conversationView()->callView()->player();
    QTRY_VERIFY_WITH_TIMEOUT(!player->message().isEmpty(), 10000);
    QVERIFY(!player->isPlayable());
    QVERIFY2(player->message().contains(QStringLiteral("call-004")), qPrintable(player->message()));
    QVERIFY(w->conversationView()->callView()->transcript()->toPlainText().contains(QStringLiteral("1004")));
}

void TestMainWindow::importsInBackground()
{
    const QString file = m_dir->filePath(QStringLiteral("new.jsonl"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 50; ++i)
        out.write(
            QStringLiteral("{\"id\":\"bg-%1\",\"channel\":\"chat\",\"agent_id\":\"B%2\",\"agent_name\":\"测试%2\","
                           "\"team\":\"三组\",\"started_at\":\"2026-11-21T10:%3:00+08:00\",\"turns\":["
                           "{\"speaker\":\"customer\",\"text\":\"我要退费\",\"at\":\"2026-11-21T10:%3:00+08:00\"},"
                           "{\"speaker\":\"agent\",\"text\":\"您好\",\"at\":\"2026-11-21T10:%3:20+08:00\"}]}\n")
                .arg(i)
                .arg(i % 3)
                .arg(i % 60, 2, 10, QLatin1Char('0'))
                .toUtf8());
    out.close();
    auto w = openWindow();
    QSignalSpy done(w.get(), &MainWindow::importFinished);
    ImportOptions options;
    options.queueName = QStringLiteral("周一抽检");
    w->startImport({file}, options);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    // The new queue is selected and lists the imported cases.
    QCOMPARE(w->queueView()->currentIndex().data(QueueListModel::QueueIdRole).toString(), w->currentQueueId());
    QVERIFY(w->queueView()->currentIndex().data().toString().contains(QStringLiteral("周一抽检")));
    QCOMPARE(w->caseView()->model()->rowCount(), 50);

    // A broken file imports nothing and reports the failure.
    const QString bad = m_dir->filePath(QStringLiteral("bad.jsonl"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"id\":\"x\",\"channel\":\"chat\"}\n{not json\n");
    badFile.close();
    done.clear();
    w->startImport({bad}, options);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(w->caseView()->model()->rowCount(), 50);
}

void TestMainWindow::navigatesWithKeyboard()
{
    auto w = openWindow();
    QVERIFY(w);
    w->caseView()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_J);
    const QString first = w->currentCaseId();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(w.get(), Qt::Key_J);
    const QString second = w->currentCaseId();
    QVERIFY(!second.isEmpty() && second != first);
    QTest::keyClick(w.get(), Qt::Key_K);
    QCOMPARE(w->currentCaseId(), first);
}

// Text fragments of a document drawn with a background (highlighted), with their tooltips.
static QList<QPair<QString, QString>> highlightedFragments(QTextDocument *doc)
{
    QList<QPair<QString, QString>> out;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().background().style() != Qt::NoBrush)
                out.append({f.text(), f.charFormat().toolTip()});
        }
    }
    return out;
}

void TestMainWindow::highlightsRuleHits()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-002")));
    QTextDocument *doc = w->conversationView()->chatView()->document();
    const auto fragments = highlightedFragments(doc);
    // Exactly the characters of the forbidden phrase and the risk words are highlighted, with the rule in the tooltip.
    auto find = [&](const QString &text) {
        for (const auto &f : fragments) {
            if (f.first == text)
                return f.second;
        }
        return QString();
    };
    QVERIFY2(!find(QStringLiteral("我也没办法")).isEmpty(), qPrintable(QString::number(fragments.size())));
    QVERIFY(find(QStringLiteral("我也没办法")).contains(QStringLiteral("Forbidden phrase")));
    QVERIFY(find(QStringLiteral("投诉")).contains(QStringLiteral("Complaint")));
    QVERIFY(!find(QStringLiteral("12315")).isEmpty());
    // The hit list groups them; N walks them in conversation order.
    HitListView *list = w->conversationView()->hitList();
    QVERIFY(list->hitCount() >= 6);
    QCOMPARE(list->currentHit(), -1);
    w->caseView()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_N);
    QCOMPARE(list->currentHit(), 0);
    QTest::keyClick(w.get(), Qt::Key_N);
    QCOMPARE(list->currentHit(), 1);
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(list->currentHit(), 0);
    // The missing greeting is shown where it should have been: a badge on the agent's first message.
    const auto hits = w->conversationView()->hits();
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const DisplayHit &h) {
        return h.hit.ruleId == QLatin1String("greeting.missing") && h.hit.turnSeq == 1;
    }));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("No greeting")));
}

void TestMainWindow::masksPersonalDataUntilRevealed()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-003")));
    ConversationView *view = w->conversationView();
    QVERIFY(view->personalDataMasked());
    QVERIFY(!view->chatView()->toPlainText().contains(QStringLiteral("13812345678")));
    QVERIFY(!view->chatView()->toPlainText().contains(QStringLiteral("110105199001011234")));
    QVERIFY(view->chatView()->toPlainText().contains(QString(11, QChar(0x2022))));
    view->setPersonalDataMasked(false);
    QVERIFY(view->chatView()->toPlainText().contains(QStringLiteral("13812345678")));
    QVERIFY(view->chatView()->toPlainText().contains(QStringLiteral("110105199001011234")));
}

void TestMainWindow::filtersRiskCases()
{
    auto w = openWindow();
    CaseFilterProxy::Filter filter;
    filter.riskOnly = true;
    w->caseFilter()->setFilter(filter);
    QAbstractItemModel *view = w->caseView()->model();
    QVERIFY(view->rowCount() > 0 && view->rowCount() < 12);
    QStringList ids;
    for (int row = 0; row < view->rowCount(); ++row) {
        QVERIFY(view->index(row, 0).data(CaseTableModel::RiskCountRole).toInt() > 0);
        ids << view->index(row, 0).data(CaseTableModel::ConversationIdRole).toString();
    }
    QVERIFY(ids.contains(QStringLiteral("demo-chat-002")));
    QVERIFY(ids.contains(QStringLiteral("demo-call-002")));
    QVERIFY(!ids.contains(QStringLiteral("demo-chat-001")));
}

void TestMainWindow::suggestsSpellingOnDemand()
{
    const QString file = m_dir->filePath(QStringLiteral("typo.jsonl"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        "{\"id\":\"typo-1\",\"channel\":\"chat\",\"agent_id\":\"E1\",\"started_at\":\"2026-11-21T10:00:00+08:00\","
        "\"turns\":[{\"speaker\":\"customer\",\"text\":\"Where is my refund?\",\"at\":\"2026-11-21T10:00:00+08:00\"},"
        "{\"speaker\":\"agent\",\"text\":\"Hello, you will recieve it "
        "tomorrow.\",\"at\":\"2026-11-21T10:00:10+08:00\"}]}\n");
    out.close();
    ImportOptions options;
    options.userId = m_workspace.user.id;
    QVERIFY(Importer(*m_store, options).run({file}).ok);
    QVERIFY(AutoQaRunner(*m_store, m_workspace.user.id).run().ok);
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("typo-1")));
    ConversationView *view = w->conversationView();
    int index = -1;
    for (size_t i = 0; i < view->hits().size(); ++i) {
        if (view->hits()[i].hit.ruleId == QLatin1String("writing.spelling"))
            index = int(i);
    }
    QVERIFY(index >= 0);
    QCOMPARE(view->hits()[size_t(index)].hit.detail, QStringLiteral("recieve"));
    QSignalSpy messages(view, &ConversationView::message);
    view->jumpToHit(index);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().contains(QStringLiteral("receive")),
             qPrintable(messages.first().first().toString()));
}

void TestMainWindow::drawsWaveformAndCachesIt()
{
    auto w = openWindow();
    // A stereo call with a channel map draws two lanes (agent / customer).
    QVERIFY(w->openCase(QStringLiteral("demo-call-002")));
    WaveformView *wave = w->conversationView()->callView()->waveform();
    QTRY_VERIFY_WITH_TIMEOUT(wave->hasWaveform() && wave->waveform()->frames > 8000 * 15, 20000);
    QCOMPARE(wave->laneCount(), 2);
    QCOMPARE(wave->waveform()->channels, 2);
    const QString path = CaseRepository(*m_store).conversation(QStringLiteral("demo-call-002"))->audioPath;
    QTRY_VERIFY_WITH_TIMEOUT(WaveformCache(*m_store).find(path).has_value(), 10000);
    // A mono call: one lane; reopening the stereo call draws from the cache at once (no decoding to wait for).
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    QTRY_VERIFY_WITH_TIMEOUT(wave->hasWaveform(), 20000);
    QCOMPARE(wave->laneCount(), 1);
    QVERIFY(w->openCase(QStringLiteral("demo-call-002")));
    QVERIFY(wave->hasWaveform());
    QCOMPARE(wave->waveform()->frames, WaveformCache(*m_store).find(path)->frames);
    // Clicking the waveform seeks.
    CallView *call = w->conversationView()->callView();
    QTRY_VERIFY_WITH_TIMEOUT(call->player()->duration() > 0, 10000);
    QTest::mouseClick(wave, Qt::LeftButton, {}, QPoint(wave->width() / 2, wave->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(call->player()->position() - call->player()->duration() / 2) < 1500, 5000);
}

void TestMainWindow::playbackKeysDriveThePlayer()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    AudioPlayer *player = w->conversationView()->callView()->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 10000);
    w->caseView()->setFocus();
    QTest::keyClick(w->caseView(), Qt::Key_Right);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() >= 4500, 5000);
    QTest::keyClick(w->caseView(), Qt::Key_Left);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() < 1500, 5000);
    QTest::keyClick(w->caseView(), Qt::Key_BracketRight);
    QCOMPARE(player->playbackRate(), 1.25);
    QTest::keyClick(w->caseView(), Qt::Key_BracketLeft);
    QTest::keyClick(w->caseView(), Qt::Key_BracketLeft);
    QCOMPARE(player->playbackRate(), 0.75);
    // In a comment field the same keys type text instead.
    QLineEdit *comment = w->scoreForm()->commentEdit(QStringLiteral("greeting"));
    comment->setFocus();
    QTest::keyClick(comment, Qt::Key_BracketRight);
    QCOMPARE(comment->text(), QStringLiteral("]"));
    QCOMPARE(player->playbackRate(), 0.75);
}

void TestMainWindow::chatShowsGapsLinksAndFolds()
{
    const QString longText = QStringLiteral("详情请看 https://example.com/help?id=42 ") + QString(900, QChar(0x597D));
    QVERIFY(importRecord(QStringLiteral("long.jsonl"),
                         QStringLiteral("{\"id\":\"long-1\",\"channel\":\"chat\",\"agent_id\":\"E1\",\"started_at\":"
                                        "\"2026-11-21T10:00:00+08:00\",\"turns\":[{\"speaker\":\"customer\",\"text\":"
                                        "\"在吗\",\"at\":\"2026-11-21T10:00:00+08:00\"},{\"speaker\":\"agent\","
                                        "\"text\":\"%1\",\"at\":\"2026-11-21T10:01:35+08:00\"}]}")
                             .arg(longText)));
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("long-1")));
    ChatView *chat = w->conversationView()->chatView();
    // The 95-second wait is a visible badge on the agent's reply: the chat's own gap badge, or the slow-reply rule hit
    // once background auto-QA has checked the case (then only that one, not both).
    const QString shown = chat->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Agent replied after 95 s")) !=
                 shown.contains(QStringLiteral("Slow reply: 95 s")),
             qPrintable(shown));
    // The long message is folded; the link is a link.
    QVERIFY(!chat->toPlainText().contains(longText));
    QVERIFY(chat->toPlainText().contains(QStringLiteral("show more")));
    const QString html = chat->toHtml();
    QVERIFY2(html.contains(QStringLiteral("https://example.com/help?id=42\"")),
             qPrintable(html.mid(html.indexOf(QStringLiteral("example")) - 80, 200)));
    Q_EMIT chat->anchorClicked(QUrl(QStringLiteral("more:1")));
    QVERIFY(chat->toPlainText().contains(longText));
    Q_EMIT chat->anchorClicked(QUrl(QStringLiteral("less:1")));
    QVERIFY(!chat->toPlainText().contains(longText));
}

void TestMainWindow::shortcutSheetOpens()
{
    auto w = openWindow();
    w->caseView()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F1);
    QMessageBox *sheet = nullptr;
    QTRY_VERIFY((sheet = w->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(sheet->text().contains(QStringLiteral("Ctrl+Enter")));
    sheet->close();
}

void TestMainWindow::commentsAnchorToMomentsAndMessages()
{
    auto w = openWindow();
    // A call: the comment takes the playback position.
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    ConversationView *view = w->conversationView();
    AudioPlayer *player = view->callView()->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 10000);
    player->seek(12000);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->position() - 12000) < 600, 5000);
    QString error;
    QVERIFY2(view->addComment(QStringLiteral("这里让客户等了 7 秒，未告知"), &error), qPrintable(error));
    auto comments = CommentRepository(*m_store).list(QStringLiteral("demo-call-001"));
    QCOMPARE(comments.size(), size_t(1));
    QCOMPARE(comments[0].anchor, Comment::Anchor::Moment);
    QVERIFY(std::abs(comments[0].startMs - 12000) < 600);
    QCOMPARE(comments[0].turnSeq, 3); // "宽带账号是0218867。" is being said at 12 s
    QCOMPARE(comments[0].body, QStringLiteral("这里让客户等了 7 秒，未告知"));
    QCOMPARE(view->commentPanel()->count(), 1);
    // Jumping back from the list plays from that moment again.
    player->seek(0);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() < 600, 5000);
    Q_EMIT view->commentPanel()->jumpRequested(comments[0]);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->position() - comments[0].startMs) < 600, 5000);

    // A chat with words selected: the comment is anchored to exactly those words of that message.
    QVERIFY(w->openCase(QStringLiteral("demo-chat-002")));
    ChatView *chat = view->chatView();
    QTextCursor found = chat->document()->find(QStringLiteral("我也没办法"));
    QVERIFY(!found.isNull());
    chat->setTextCursor(found);
    QVERIFY2(view->addComment(QStringLiteral("服务禁语"), &error), qPrintable(error));
    comments = CommentRepository(*m_store).list(QStringLiteral("demo-chat-002"));
    QCOMPARE(comments.size(), size_t(1));
    QCOMPARE(comments[0].anchor, Comment::Anchor::Text);
    const auto conversation = CaseRepository(*m_store).conversation(QStringLiteral("demo-chat-002"));
    const QString &text = conversation->turns[size_t(comments[0].turnSeq)].text;
    QCOMPARE(text.mid(comments[0].textFrom, comments[0].textTo - comments[0].textFrom), QStringLiteral("我也没办法"));
    QCOMPARE(comments[0].body, QStringLiteral("服务禁语"));
    // The words are underlined in the chat, and the list says where the comment is.
    QCOMPARE(chat->extraSelections().size(), 1);
    QCOMPARE(chat->extraSelections().first().cursor.selectedText(), QStringLiteral("我也没办法"));
    QCOMPARE(view->describeAnchor(comments[0]),
             QStringLiteral("message %1 「我也没办法」").arg(comments[0].turnSeq + 1));
    // With only a cursor in a message, the comment goes on the message.
    QTextCursor inMessage = chat->document()->find(QStringLiteral("我也没办法"));
    inMessage.clearSelection();
    chat->setTextCursor(inMessage);
    QVERIFY2(view->addComment(QStringLiteral("语气生硬"), &error), qPrintable(error));
    comments = CommentRepository(*m_store).list(QStringLiteral("demo-chat-002"));
    QCOMPARE(comments.size(), size_t(2));
    const auto onMessage = std::find_if(comments.cbegin(), comments.cend(),
                                        [](const Comment &c) { return c.anchor == Comment::Anchor::Turn; });
    QVERIFY(onMessage != comments.cend());
    QVERIFY(conversation->turns[size_t(onMessage->turnSeq)].text.contains(QStringLiteral("我也没办法")));
    // Reopened later (a new window), the comments are still there; jumping selects the words again.
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-chat-002")));
    QCOMPARE(again->conversationView()->commentPanel()->count(), 2);
    const auto text0 = std::find_if(comments.cbegin(), comments.cend(),
                                    [](const Comment &c) { return c.anchor == Comment::Anchor::Text; });
    again->conversationView()->jumpToComment(*text0);
    QCOMPARE(again->conversationView()->chatView()->textCursor().selectedText(), QStringLiteral("我也没办法"));
    // Deleting keeps an audit trail and cannot be done twice.
    QVERIFY(CommentRepository(*m_store).remove(text0->id, m_workspace.user.id, &error));
    QCOMPARE(CommentRepository(*m_store).list(QStringLiteral("demo-chat-002")).size(), size_t(1));
    QVERIFY(!CommentRepository(*m_store).remove(text0->id, m_workspace.user.id, &error));
}

void TestMainWindow::commentsOnRangesAndWordsOfACall()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    ConversationView *view = w->conversationView();
    CallView *call = view->callView();
    QTRY_VERIFY_WITH_TIMEOUT(call->player()->duration() > 0 && call->waveform()->hasWaveform(), 10000);
    // Shift+drag on the waveform selects a range; C comments on it.
    WaveformView *wave = call->waveform();
    const auto xOf = [&](qint64 ms) {
        return int(double(ms) / double(call->player()->duration()) * wave->width());
    };
    const auto send = [&](QEvent::Type type, int x, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(x, wave->height() / 2), wave->mapToGlobal(QPointF(x, wave->height() / 2)),
                          Qt::LeftButton, buttons, Qt::ShiftModifier);
        QApplication::sendEvent(wave, &event);
    };
    send(QEvent::MouseButtonPress, xOf(14000), Qt::LeftButton);
    send(QEvent::MouseMove, xOf(17000), Qt::LeftButton);
    send(QEvent::MouseMove, xOf(20000), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, xOf(20000), Qt::NoButton);
    const auto range = wave->selection();
    QVERIFY(range);
    QVERIFY2(std::abs(range->fromMs - 14000) < 200 && std::abs(range->toMs - 20000) < 200,
             qPrintable(QStringLiteral("%1–%2").arg(range->fromMs).arg(range->toMs)));
    QString error;
    QVERIFY2(view->addComment(QStringLiteral("静音过长，未安抚客户"), &error), qPrintable(error));
    // Words selected in the transcript: the comment goes on those words of that turn, at the turn's time.
    QTextBrowser *transcript = call->transcript();
    const QTextCursor words = transcript->document()->find(QStringLiteral("光缆正在抢修"));
    QVERIFY(!words.isNull());
    transcript->setTextCursor(words);
    QVERIFY2(view->addComment(QStringLiteral("解释清楚，值得表扬"), &error), qPrintable(error));

    auto comments = CommentRepository(*m_store).list(QStringLiteral("demo-call-001"));
    QCOMPARE(comments.size(), size_t(2));
    std::sort(comments.begin(), comments.end(),
              [](const Comment &a, const Comment &b) { return a.startMs < b.startMs; });
    const Comment onRange = comments[0];
    const Comment onWords = comments[1];
    QCOMPARE(onRange.anchor, Comment::Anchor::Range);
    QCOMPARE(onRange.startMs, range->fromMs);
    QCOMPARE(onRange.endMs, range->toMs);
    QCOMPARE(onWords.anchor, Comment::Anchor::Text);
    QCOMPARE(onWords.turnSeq, 5);
    QCOMPARE(onWords.startMs, 20738); // the turn's start
    const auto conversation = CaseRepository(*m_store).conversation(QStringLiteral("demo-call-001"));
    QCOMPARE(conversation->turns[5].text.mid(onWords.textFrom, onWords.textTo - onWords.textFrom),
             QStringLiteral("光缆正在抢修"));
    // The range is drawn on the timeline as a bar, the words underlined in the transcript.
    QVERIFY(std::any_of(wave->markers().cbegin(), wave->markers().cend(), [&](const WaveformView::Marker &m) {
        return m.ms == onRange.startMs && m.toMs == onRange.endMs;
    }));
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &e : transcript->extraSelections())
        underlined = underlined || e.cursor.selectedText() == QStringLiteral("光缆正在抢修");
    QVERIFY(underlined);
    wave->setSelection(onRange.startMs, onRange.endMs);
    call->toggleLoop();
    QVERIFY(call->player()->isLooping());
    snapshot(w.get(), "call-comments-loop");

    // Round trip through the store: a new window shows both, and jumping restores the range and the words.
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-call-001")));
    ConversationView *view2 = again->conversationView();
    QTRY_VERIFY_WITH_TIMEOUT(view2->callView()->player()->duration() > 0, 10000);
    QCOMPARE(view2->commentPanel()->count(), 2);
    view2->jumpToComment(onRange);
    QVERIFY(view2->callView()->waveform()->selection());
    QCOMPARE(view2->callView()->waveform()->selection()->fromMs, onRange.startMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(view2->callView()->player()->position() - onRange.startMs) < 600, 5000);
    view2->jumpToComment(onWords);
    QCOMPARE(view2->callView()->transcript()->textCursor().selectedText(), QStringLiteral("光缆正在抢修"));
    QVERIFY(!view2->callView()->waveform()->selection());
}

void TestMainWindow::commentKeysAndLoopKey()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    ConversationView *view = w->conversationView();
    AudioPlayer *player = view->callView()->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 10000);
    QString error;
    for (const qint64 at : {21000, 4000, 12000}) {
        player->seek(at);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->position() - at) < 300, 5000);
        QVERIFY2(view->addComment(QStringLiteral("在 %1 ms").arg(at), &error), qPrintable(error));
    }
    // The list is in timeline order, whatever order the comments were written in.
    QCOMPARE(view->commentPanel()->comments().size(), size_t(3));
    QVERIFY(view->commentPanel()->comments()[0].startMs < view->commentPanel()->comments()[1].startMs);
    QVERIFY(view->commentPanel()->comments()[1].startMs < view->commentPanel()->comments()[2].startMs);
    player->seek(0);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() < 300, 5000);
    w->caseView()->setFocus();
    // M walks forward through the comments from the playhead, Shift+M back.
    for (const qint64 expected : {4000, 12000, 21000}) {
        QTest::keyClick(w->caseView(), Qt::Key_M);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->position() - expected) < 400, 5000);
    }
    QTest::keyClick(w->caseView(), Qt::Key_M, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->position() - 12000) < 400, 5000);
    QCOMPARE(view->commentPanel()->currentRow(), 1);

    // L with a selection loops it; L again stops; Esc clears the selection.
    view->callView()->waveform()->setSelection(5000, 7000);
    QTest::keyClick(w->caseView(), Qt::Key_L);
    QVERIFY(player->isLooping());
    QCOMPARE(player->loopFrom(), 5000);
    QCOMPARE(player->loopTo(), 7000);
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
    QTest::keyClick(w->caseView(), Qt::Key_L);
    QVERIFY(!player->isLooping());
    QTest::keyClick(w->caseView(), Qt::Key_Escape);
    QVERIFY(!view->callView()->waveform()->selection());
    // Without a selection L loops the turn being played.
    player->seek(21500);
    QTRY_COMPARE_WITH_TIMEOUT(view->callView()->currentTurn(), 5, 5000);
    QTest::keyClick(w->caseView(), Qt::Key_L);
    QVERIFY(player->isLooping());
    QCOMPARE(player->loopFrom(), 20738);
    QCOMPARE(player->loopTo(), 25853);
}

void TestMainWindow::transcriptFollowsPlaybackAndSeeksOnClick()
{
    // A call with a turn every half second: far more turns than the transcript shows at once.
    const QString audio = m_dir->filePath(QStringLiteral("demo/audio/call-001.wav"));
    QVERIFY(QFileInfo::exists(audio));
    QString turns;
    for (int i = 0; i < 60; ++i)
        turns +=
            QStringLiteral("%1{\"speaker\":\"%2\",\"text\":\"第 %3 句：请问还有什么可以帮您？\",\"start_ms\":%4,"
                           "\"end_ms\":%5}")
                .arg(i ? QStringLiteral(",") : QString(), i % 2 ? QStringLiteral("customer") : QStringLiteral("agent"))
                .arg(i)
                .arg(i * 500)
                .arg(i * 500 + 450);
    QVERIFY(importRecord(QStringLiteral("long-call.jsonl"),
                         QStringLiteral("{\"id\":\"long-call\",\"channel\":\"call\",\"agent_id\":\"A1003\","
                                        "\"started_at\":\"2026-11-21T10:00:00+08:00\",\"audio\":\"%1\",\"turns\":[%2]}")
                             .arg(audio, turns)));
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("long-call")));
    CallView *call = w->conversationView()->callView();
    QTextBrowser *transcript = call->transcript();
    QTRY_VERIFY_WITH_TIMEOUT(call->player()->duration() > 0, 10000);
    QVERIFY(transcript->verticalScrollBar()->maximum() > 0); // it does not all fit
    const auto turnVisible = [&](int index) {
        const QTextBlock block = transcript->document()->findBlockByNumber(index);
        const QRectF box = transcript->document()->documentLayout()->blockBoundingRect(block);
        const int top = int(box.top()) - transcript->verticalScrollBar()->value();
        return top >= 0 && top + int(box.height()) <= transcript->viewport()->height();
    };
    // Following: the turn being played is highlighted and scrolled into view.
    QVERIFY(call->followsPlayback());
    call->player()->seek(25100);
    QTRY_COMPARE_WITH_TIMEOUT(call->currentTurn(), 50, 5000);
    QVERIFY(turnVisible(50));
    QVERIFY(!turnVisible(0));
    // Not following: the highlight moves, the view stays where the inspector put it.
    call->setFollowsPlayback(false);
    const int scroll = transcript->verticalScrollBar()->value();
    call->player()->seek(1100);
    QTRY_COMPARE_WITH_TIMEOUT(call->currentTurn(), 2, 5000);
    QCOMPARE(transcript->verticalScrollBar()->value(), scroll);
    QVERIFY(!turnVisible(2));
    // Clicking a turn's time plays from there: a real click on the link of a visible turn.
    const int target = 48;
    QVERIFY(turnVisible(target));
    QTextCursor link(transcript->document()->findBlockByNumber(target));
    link.movePosition(QTextCursor::Right);
    const QPoint at = transcript->cursorRect(link).center();
    QTest::mouseClick(transcript->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(call->player()->position() - target * 500) < 300, 5000);
    QCOMPARE(call->currentTurn(), target);
}

void TestMainWindow::profileDialogSavesTheName()
{
    User me = UserRepository(*m_store).ensure(QStringLiteral("newcomer"));
    QVERIFY(!UserRepository::hasProfile(me));
    ProfileDialog dialog(*m_store, me);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // No name: the dialog stays open and says why.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    commitText(dialog.nameEdit(), QStringLiteral("张敏"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(me.displayName, QStringLiteral("张敏"));
    QCOMPARE(UserRepository(*m_store).byLogin(QStringLiteral("newcomer"))->displayName, QStringLiteral("张敏"));
    QVERIFY(UserRepository::hasProfile(me));
}

void TestMainWindow::formHandlesDeductionsAndConditionalItems()
{
    // A QA manager publishes a chat scorecard with a deductions item and a follow-up question.
    QString error;
    const QByteArray json = R"({"format":"qawb-scorecard/1","id":"chat-deductions","version":1,"channel":"chat",
        "name":{"en":"Chat with deductions","zh_CN":"扣分制在线质检"},"sections":[{"id":"s","title":"S","items":[
          {"id":"conduct","type":"deductions","points":20,"comment_required_on_fail":true,
           "text":{"en":"Conduct","zh_CN":"服务规范"},
           "deductions":[{"key":"late","points":5,"label":{"en":"late","zh_CN":"回复慢"}},
                         {"key":"curt","points":8,"label":{"en":"curt","zh_CN":"语气生硬"}}]},
          {"id":"resolved","points":10,"text":{"en":"Resolved","zh_CN":"已解决"},
           "reasons":[{"key":"knowledge","label":{"en":"Knowledge gap","zh_CN":"业务不熟"}},
                      {"key":"process","label":{"en":"Process not followed","zh_CN":"未按流程"}}]},
          {"id":"escalation","points":10,"text":{"en":"Escalated properly","zh_CN":"转派规范"},
           "show_if":{"item":"resolved","values":["no"]}}]}]})";
    QVERIFY2(ScorecardRepository(*m_store).publishJson(json, m_workspace.user, &error), qPrintable(error));
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-003")));
    ScoreForm *form = w->scoreForm();
    QCOMPARE(form->scorecard()->key(), QStringLiteral("chat-deductions"));
    // The follow-up is hidden until "resolved" is answered no.
    QVERIFY(!form->itemShown(QStringLiteral("escalation")));
    QVERIFY(form->itemShown(QStringLiteral("resolved")));
    clickAnswer(form, QStringLiteral("resolved"), QStringLiteral("no"));
    QVERIFY(form->itemShown(QStringLiteral("escalation")));
    QVERIFY(form->reasonsShown(QStringLiteral("resolved"))); // a failed item with reason codes asks why
    QVERIFY(form->result().missingReasons.contains(QStringLiteral("resolved")));
    QTest::mouseClick(form->reasonBox(QStringLiteral("resolved"), QStringLiteral("knowledge")), Qt::LeftButton, {},
                      QPoint(6, 6));
    QVERIFY(form->result().missingReasons.isEmpty());
    QCOMPARE(form->evaluation().answers.value(QStringLiteral("resolved")).reasons,
             QStringList{QStringLiteral("knowledge")});
    clickAnswer(form, QStringLiteral("resolved"), QStringLiteral("yes"));
    QVERIFY(!form->itemShown(QStringLiteral("escalation")));
    QVERIFY(!form->reasonsShown(QStringLiteral("resolved")));
    // Faults combine; "no deductions" clears them, and a fault clears "no deductions".
    clickAnswer(form, QStringLiteral("conduct"), QStringLiteral("late"));
    clickAnswer(form, QStringLiteral("conduct"), QStringLiteral("curt"));
    QVERIFY(form->answerButton(QStringLiteral("conduct"), QStringLiteral("late"))->isChecked());
    QCOMPARE(form->evaluation().answers.value(QStringLiteral("conduct")).value, QStringLiteral("late,curt"));
    QVERIFY2(form->totalText().startsWith(QStringLiteral("56.7")), qPrintable(form->totalText())); // (7 + 10) / 30
    clickAnswer(form, QStringLiteral("conduct"), QStringLiteral("ok"));
    QVERIFY(!form->answerButton(QStringLiteral("conduct"), QStringLiteral("late"))->isChecked());
    QVERIFY(!form->answerButton(QStringLiteral("conduct"), QStringLiteral("curt"))->isChecked());
    QVERIFY2(form->totalText().startsWith(QStringLiteral("100.0")), qPrintable(form->totalText()));
    clickAnswer(form, QStringLiteral("conduct"), QStringLiteral("late"));
    QVERIFY(!form->answerButton(QStringLiteral("conduct"), QStringLiteral("ok"))->isChecked());
    // A deduction needs a comment here; with it the evaluation submits, and reloads with both faults ticked.
    clickAnswer(form, QStringLiteral("conduct"), QStringLiteral("curt"));
    QVERIFY(!w->submitEvaluation());
    commitText(form->commentEdit(QStringLiteral("conduct")), QStringLiteral("两次回复慢且语气生硬"));
    QVERIFY(w->submitEvaluation());
    auto stored = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-003"), m_workspace.user.id);
    QCOMPARE(stored->answers.value(QStringLiteral("conduct")).value, QStringLiteral("late,curt"));
    QCOMPARE(stored->answers.value(QStringLiteral("resolved")).reasons, QStringList());
    QCOMPARE(stored->score.value_or(-1), 56.7);
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-chat-003")));
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("conduct"), QStringLiteral("late"))->isChecked());
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("conduct"), QStringLiteral("curt"))->isChecked());
}

void TestMainWindow::autoQaPrefillsAndRecordsOverrides()
{
    // demo-chat-003: the agent's first reply came after 42 s (timing.first_response), there is no missing greeting.
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-003")));
    ScoreForm *form = w->scoreForm();
    QVERIFY(form->answerButton(QStringLiteral("first_response"), QStringLiteral("no"))->isChecked());
    QVERIFY(form->answerButton(QStringLiteral("greeting"), QStringLiteral("yes"))->isChecked());
    QVERIFY2(form->suggestionText(QStringLiteral("first_response")).contains(QStringLiteral("Auto-QA: No")),
             qPrintable(form->suggestionText(QStringLiteral("first_response"))));
    QVERIFY(form->suggestionText(QStringLiteral("first_response")).contains(QStringLiteral("1 hit")));
    QVERIFY(form->suggestionText(QStringLiteral("greeting")).contains(QStringLiteral("no hits")));
    QVERIFY(form->suggestionText(QStringLiteral("accurate")).isEmpty()); // not linked to a rule: the inspector's call
    QVERIFY(!form->answerButton(QStringLiteral("accurate"), QStringLiteral("4"))->isChecked());
    // The evidence link jumps to the hit.
    QSignalSpy evidence(form, &ScoreForm::evidenceRequested);
    QLabel *badge = nullptr;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("evidence:first_response")))
            badge = label;
    }
    QVERIFY(badge);
    Q_EMIT badge->linkActivated(QStringLiteral("evidence:first_response"));
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence.first().first().toStringList(), QStringList{QStringLiteral("timing.first_response")});
    // The inspector disagrees (the customer had been told to wait): the override is shown and stored.
    clickAnswer(form, QStringLiteral("first_response"), QStringLiteral("yes"));
    QVERIFY(form->suggestionText(QStringLiteral("first_response")).contains(QStringLiteral("overridden")));
    QVERIFY(w->saveDraft());
    const auto draft = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-003"), m_workspace.user.id);
    QVERIFY(draft);
    QCOMPARE(draft->answers.value(QStringLiteral("first_response")).value, QStringLiteral("yes"));
    QCOMPARE(draft->answers.value(QStringLiteral("first_response")).suggested, QStringLiteral("no"));
    QCOMPARE(draft->answers.value(QStringLiteral("greeting")).suggested, QStringLiteral("yes"));
    // Reopened later, the suggestion and the override are still visible; the inspector's answer is kept.
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-chat-003")));
    QVERIFY(again->scoreForm()->answerButton(QStringLiteral("first_response"), QStringLiteral("yes"))->isChecked());
    QVERIFY(
        again->scoreForm()->suggestionText(QStringLiteral("first_response")).contains(QStringLiteral("overridden")));
}

void TestMainWindow::undoAndRedoAnswers()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-call-001")));
    ScoreForm *form = w->scoreForm();
    QVERIFY(!form->undoStack()->canUndo()); // opening a case is not an edit
    clickAnswer(form, QStringLiteral("tone"), QStringLiteral("3"));
    clickAnswer(form, QStringLiteral("tone"), QStringLiteral("1"));
    clickAnswer(form, QStringLiteral("accurate"), QStringLiteral("4"));
    QCOMPARE(form->undoStack()->count(), 3);
    // Ctrl+Z outside text fields undoes answers, newest first; Ctrl+Shift+Z redoes.
    w->caseView()->setFocus();
    QTest::keyClick(w->caseView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!form->answerButton(QStringLiteral("accurate"), QStringLiteral("4"))->isChecked());
    QTest::keyClick(w->caseView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(form->answerButton(QStringLiteral("tone"), QStringLiteral("3"))->isChecked());
    QTest::keyClick(w->caseView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(form->answerButton(QStringLiteral("tone"), QStringLiteral("1"))->isChecked());
    QCOMPARE(form->evaluation().answers.value(QStringLiteral("tone")).value, QStringLiteral("1"));
    QVERIFY(form->evaluation().answers.value(QStringLiteral("accurate")).value.isEmpty());
    // An undone answer is saved as undone.
    QVERIFY(w->saveDraft());
    const auto draft = EvaluationRepository(*m_store).find(QStringLiteral("demo-call-001"), m_workspace.user.id);
    QCOMPARE(draft->answers.value(QStringLiteral("tone")).value, QStringLiteral("1"));
    QVERIFY(draft->answers.value(QStringLiteral("accurate")).value.isEmpty());
    // In a text field Ctrl+Z is the field's own undo.
    QLineEdit *comment = form->commentEdit(QStringLiteral("tone"));
    commitText(comment, QStringLiteral("语气平淡"));
    QTest::keyClick(comment, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(comment->text().isEmpty());
    QVERIFY(form->answerButton(QStringLiteral("tone"), QStringLiteral("1"))->isChecked());
    // Another case starts a new history.
    QVERIFY(w->openCase(QStringLiteral("demo-call-002")));
    QVERIFY(!form->undoStack()->canUndo());
}

void TestMainWindow::tagsFromTheForm()
{
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-002")));
    ScoreForm *form = w->scoreForm();
    QCheckBox *bad = form->tagBox(QStringLiteral("bad_example"));
    QVERIFY(bad && bad->isEnabled());
    // Ticking a tag on a case not yet scored saves a draft to hang it on.
    QTest::mouseClick(bad, Qt::LeftButton, {}, QPoint(6, bad->height() / 2));
    const auto draft = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-002"), m_workspace.user.id);
    QVERIFY(draft);
    QCOMPARE(EvaluationRepository(*m_store).tags(draft->id), QStringList{QStringLiteral("bad_example")});
    QTest::mouseClick(form->tagBox(QStringLiteral("training_case")), Qt::LeftButton, {}, QPoint(6, bad->height() / 2));
    QCOMPARE(EvaluationRepository(*m_store).tags(draft->id),
             (QStringList{QStringLiteral("bad_example"), QStringLiteral("training_case")}));
    QTest::mouseClick(bad, Qt::LeftButton, {}, QPoint(6, bad->height() / 2));
    QCOMPARE(EvaluationRepository(*m_store).tags(draft->id), QStringList{QStringLiteral("training_case")});
    // Reopened, the form shows them.
    w.reset();
    auto again = openWindow();
    QVERIFY(again->openCase(QStringLiteral("demo-chat-002")));
    QVERIFY(again->scoreForm()->tagBox(QStringLiteral("training_case"))->isChecked());
    QVERIFY(!again->scoreForm()->tagBox(QStringLiteral("bad_example"))->isChecked());
}

void TestMainWindow::teamLeaderSeesTheFormReadOnly()
{
    QString error;
    UserRepository users(*m_store);
    users.ensure(QStringLiteral("lead"));
    QVERIFY(users.setRole(m_workspace.user, QStringLiteral("lead"), QStringLiteral("team_leader"), &error));
    Workspace leader = m_workspace;
    leader.user = *users.byLogin(QStringLiteral("lead"));
    MainWindow w(leader);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openCase(QStringLiteral("demo-chat-001")));
    ScoreForm *form = w.scoreForm();
    QVERIFY(form->isLoaded());
    QVERIFY(!form->answerButton(QStringLiteral("greeting"), QStringLiteral("yes"))->isEnabled());
    QVERIFY(form->generalCommentEdit()->isReadOnly());
    QVERIFY(!form->tagBox(QStringLiteral("exemplary"))->isEnabled());
    QVERIFY(!w.submitEvaluation());
    QVERIFY(!EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-001"), leader.user.id));
}

void TestMainWindow::scorecardEditorPublishesANewVersion()
{
    // An evaluation scored with the built-in version (2) before the change.
    ScorecardRepository cards(*m_store);
    const auto v1 = cards.currentFor(QStringLiteral("chat"));
    QCOMPARE(v1->scorecard.version(), 2);
    Evaluation old;
    old.conversationId = QStringLiteral("demo-chat-001");
    old.scorecardVersionId = v1->versionId;
    old.inspectorId = m_workspace.user.id;
    QString error;
    QVERIFY2(EvaluationRepository(*m_store).saveDraft(old, v1->scorecard, &error), qPrintable(error));

    ScorecardEditor editor(*m_store, m_workspace.user);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.load(QStringLiteral("online-service")));
    QVERIFY(editor.problem().isEmpty());
    // Add a question to the first section and fill it in.
    editor.tree()->setCurrentItem(editor.tree()->topLevelItem(0));
    editor.addItem();
    const QString newId = editor.itemIdEdit()->text();
    QVERIFY(newId.startsWith(QStringLiteral("item_")));
    editor.itemTextEdit(QStringLiteral("zh_CN"))->clear();
    commitText(editor.itemTextEdit(QStringLiteral("zh_CN")), QStringLiteral("主动告知处理时限"));
    editor.itemPointsSpin()->setValue(10);
    editor.itemReasonsEdit()->setPlainText(
        QStringLiteral("forgot | 忘记告知 | Forgot\nunknown | 不清楚时限 | Did not know"));
    // The preview shows it and scores with it.
    QAbstractButton *yes = editor.preview()->answerButton(newId, QStringLiteral("yes"));
    QVERIFY(yes);
    clickAnswer(editor.preview(), newId, QStringLiteral("no"));
    QVERIFY2(editor.preview()->totalText().startsWith(QStringLiteral("0.0")),
             qPrintable(editor.preview()->totalText()));
    // A duplicate id cannot be published; fixing it can.
    editor.itemIdEdit()->setText(QStringLiteral("greeting"));
    Q_EMIT editor.itemIdEdit()->textEdited(QStringLiteral("greeting"));
    QVERIFY2(editor.problem().contains(QStringLiteral("not unique")), qPrintable(editor.problem()));
    QVERIFY(!editor.publish() || !editor.problem().isEmpty());
    editor.itemIdEdit()->setText(QStringLiteral("time_limit"));
    Q_EMIT editor.itemIdEdit()->textEdited(QStringLiteral("time_limit"));
    QVERIFY(editor.problem().isEmpty());
    // Reorder: move it up to the top of its section.
    editor.moveSelected(-1);
    editor.moveSelected(-1);
    QCOMPARE(
        editor.definition()[QStringLiteral("sections")][0][QStringLiteral("items")][0][QStringLiteral("id")].toString(),
        QStringLiteral("time_limit"));
    QTest::qWait(50); // let the preview's rebuilt sections show before looking
    snapshot(&editor, "scorecard-editor");
    QVERIFY(editor.publish());
    // Version 3 is current; version 2 and the evaluation scored with it are untouched.
    const auto v2 = cards.currentFor(QStringLiteral("chat"));
    QCOMPARE(v2->scorecard.version(), 3);
    QVERIFY(v2->scorecard.item(QStringLiteral("time_limit")));
    QCOMPARE(v2->scorecard.item(QStringLiteral("time_limit"))->text.text(QStringLiteral("zh_CN")),
             QStringLiteral("主动告知处理时限"));
    QCOMPARE(v2->scorecard.item(QStringLiteral("time_limit"))->reasons.size(), size_t(2));
    QCOMPARE(v2->scorecard.item(QStringLiteral("time_limit"))->reasons[0].label.text(QStringLiteral("zh_CN")),
             QStringLiteral("忘记告知"));
    QVERIFY(!cards.version(v1->versionId)->scorecard.item(QStringLiteral("time_limit")));
    QCOMPARE(EvaluationRepository(*m_store).byId(old.id)->scorecardVersionId, v1->versionId);
    // In the workstation: the old draft keeps version 2, a case not yet scored gets version 3.
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-001")));
    QCOMPARE(w->scoreForm()->scorecard()->version(), 2);
    QVERIFY(w->openCase(QStringLiteral("demo-chat-004")));
    QCOMPARE(w->scoreForm()->scorecard()->version(), 3);
    QVERIFY(w->scoreForm()->answerButton(QStringLiteral("time_limit"), QStringLiteral("yes")));
}

void TestMainWindow::samplingDialogDrawsAndAssigns()
{
    const Staff staff = addStaff();
    Workspace manager = m_workspace;
    manager.user = staff.manager;
    MainWindow w(manager);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.samplingAction()->isEnabled());
    w.samplingAction()->trigger();
    auto *dialog = w.findChild<SamplingDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // A plan file that is not valid is refused with the reason; a valid one fills the form.
    const QString bad = m_dir->filePath(QStringLiteral("bad-plan.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"format": "qawb-sampling-plan/1", "rate": 2})");
    badFile.close();
    QString error;
    QVERIFY(!dialog->importPlan(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("rate")), qPrintable(error));
    const QString good = m_dir->filePath(QStringLiteral("plan.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(R"({"format": "qawb-sampling-plan/1", "name": "imported", "rate": 0.25, "seed": 7,
                       "stratify": ["channel"], "scope": {"channels": ["chat"]}})");
    goodFile.close();
    QVERIFY2(dialog->importPlan(good, &error), qPrintable(error));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("imported"));
    QVERIFY(dialog->rateRadio()->isChecked());
    QCOMPARE(dialog->rateSpin()->value(), 25.0);
    QCOMPARE(dialog->plan().channels, QStringList{QStringLiteral("chat")});
    QCOMPARE(dialog->plan().stratifyBy, QStringList{QStringLiteral("channel")});

    // The plan of the week: six conversations, low CSAT always in (at most two), stratified by channel.
    dialog->nameEdit()->clear();
    commitText(dialog->nameEdit(), QStringLiteral("周报抽样"));
    dialog->countRadio()->setChecked(true);
    dialog->countSpin()->setValue(6);
    dialog->seedEdit()->setText(QStringLiteral("42"));
    dialog->triggerBox(QStringLiteral("low_csat"))->setChecked(true);
    dialog->triggerCapSpin(QStringLiteral("low_csat"))->setValue(2);
    // Scope: both channels (the imported plan had chats only).
    QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->text() == labels::channel(QStringLiteral("call")))
            box->setChecked(true);
    }
    // The demo queue holds every conversation: this sample may take them anyway.
    dialog->excludeInOpenQueueBox()->setChecked(false);
    dialog->setPeriod(QDate(2026, 11, 16), QDate(2026, 11, 20));
    const SamplingPlan plan = dialog->plan();
    QCOMPARE(plan.count, 6);
    QCOMPARE(plan.seed, quint64(42));
    QCOMPARE(plan.triggers.size(), size_t(1));
    QCOMPARE(plan.triggers[0].cap, 2);
    QVERIFY(!plan.excludeInOpenQueue);
    QVERIFY(dialog->savePlan());
    const auto plans = SamplingRepository(*m_store).plans();
    QCOMPARE(plans.size(), size_t(1));
    QCOMPARE(plans[0].name, QStringLiteral("周报抽样"));
    QCOMPARE(dialog->planCombo()->currentText(), QStringLiteral("周报抽样"));

    // Preview in the background: the window stays live, the picks show why each was picked.
    QVERIFY(!dialog->createButton()->isEnabled());
    QSignalSpy previewed(dialog, &SamplingDialog::previewFinished);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
    QVERIFY2(previewed.first().first().toBool(), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->isPreviewRunning());
    QVERIFY(!dialog->progressBar()->isVisible());
    const QAbstractItemModel *picks = dialog->picksView()->model();
    QCOMPARE(picks->rowCount(), 6);
    const QSet<QString> lowCsat{QStringLiteral("demo-chat-002"), QStringLiteral("demo-chat-004"),
                                QStringLiteral("demo-call-002")};
    int triggered = 0, random = 0;
    QSet<QString> picked;
    for (int row = 0; row < picks->rowCount(); ++row) {
        const QString id = picks->index(row, 0).data().toString();
        const QString reason = picks->index(row, 1).data().toString();
        picked.insert(id);
        if (reason == SamplingPlan::reasonName(QStringLiteral("trigger:low_csat"))) {
            ++triggered;
            QVERIFY2(lowCsat.contains(id), qPrintable(id));
        } else {
            QCOMPARE(reason, SamplingPlan::reasonName(QStringLiteral("random")));
            ++random;
        }
        // The agent column names the agent, not only the id.
        const QString agent = picks->index(row, 2).data().toString();
        QVERIFY2(agent.contains(QLatin1Char('(')) || agent.contains(QChar(0xFF08)), qPrintable(agent)); // ( or （
    }
    QCOMPARE(triggered, 2);
    QCOMPARE(random, 4);
    QCOMPARE(picked.size(), 6);
    QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("12 eligible")),
             qPrintable(dialog->summaryLabel()->text()));
    // Per reason and per stratum add up to the picks; strata list what was eligible too.
    const QAbstractItemModel *perReason = dialog->perReasonView()->model();
    QCOMPARE(perReason->rowCount(), 2);
    int sum = 0;
    for (int row = 0; row < perReason->rowCount(); ++row)
        sum += perReason->index(row, 1).data().toInt();
    QCOMPARE(sum, 6);
    const QAbstractItemModel *perStratum = dialog->perStratumView()->model();
    int eligible = 0, inStrata = 0;
    for (int row = 0; row < perStratum->rowCount(); ++row) {
        eligible += perStratum->index(row, 0).data().toInt();
        inStrata += perStratum->index(row, 1).data().toInt();
    }
    QCOMPARE(eligible, 12);
    QCOMPARE(inStrata, 6);
    QVERIFY(dialog->perAgentView()->model()->rowCount() >= 3);
    snapshot(dialog, "sampling-dialog-preview");
    if (auto *form = dialog->findChild<QScrollArea *>())
        snapshot(form->widget(), "sampling-dialog-plan-form"); // the whole form, scrolled part included

    // An edit after the preview must be previewed again before it can be stored.
    QVERIFY(dialog->createButton()->isEnabled());
    dialog->seedEdit()->setText(QStringLiteral("43"));
    QVERIFY(!dialog->createButton()->isEnabled());
    dialog->seedEdit()->setText(QStringLiteral("42"));
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 2, 20000);
    QVERIFY(dialog->createButton()->isEnabled());

    // Create: the previewed sample is stored as it was shown.
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY2(!dialog->sampleId().isEmpty(), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->createButton()->isEnabled());
    SamplingRepository repository(*m_store);
    const auto stored = repository.sample(dialog->sampleId());
    QVERIFY(stored);
    QCOMPARE(stored->picked, 6);
    QCOMPARE(stored->eligible, 12);
    QCOMPARE(stored->planName, QStringLiteral("周报抽样"));
    QSet<QString> storedIds;
    for (const SampleItem &item : repository.sampleItems(stored->id))
        storedIds.insert(item.conversationId);
    QCOMPARE(storedIds, picked);

    // Assign to the two inspectors (only people who may evaluate are offered), one calibration conversation each.
    QVERIFY(dialog->assignButton()->isEnabled());
    QVERIFY(dialog->setInspectorChecked(staff.first.id, true));
    QVERIFY(dialog->setInspectorChecked(staff.second.id, true));
    dialog->calibrationSpin()->setValue(1);
    QSignalSpy changed(dialog, &SamplingDialog::queuesChanged);
    QTest::mouseClick(dialog->assignButton(), Qt::LeftButton);
    QVERIFY2(dialog->assignment(), qPrintable(dialog->statusText()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!dialog->assignButton()->isEnabled());
    QCOMPARE(dialog->resultTabs()->currentWidget(), dialog->queuesView());
    QCOMPARE(dialog->queuesView()->model()->rowCount(), 4);
    snapshot(dialog, "sampling-dialog-assigned");

    // In the store: per inspector a sample queue and a calibration queue of one; the sample split five ways between
    // them, nothing lost.
    int ownItems = 0, calibrationQueues = 0;
    std::vector<QueueProgress> made;
    for (const QueueProgress &q : repository.progress()) {
        if (q.sampleId != dialog->sampleId())
            continue;
        made.push_back(q);
        QVERIFY(q.inspectorId == staff.first.id || q.inspectorId == staff.second.id);
        if (q.kind == QLatin1String("calibration")) {
            ++calibrationQueues;
            QCOMPARE(q.total, 1);
        } else {
            QCOMPARE(q.kind, QStringLiteral("sample"));
            QVERIFY(q.total >= 1);
            ownItems += q.total;
        }
        QVERIFY(q.secondsLeft > 0);
    }
    QCOMPARE(made.size(), size_t(4));
    QCOMPARE(calibrationQueues, 2);
    QCOMPARE(ownItems, 5);

    // The main window's queue list shows them at once, with counts and the time they should take.
    const QAbstractItemModel *list = w.queueView()->model();
    for (const QueueProgress &q : made) {
        int row = -1;
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->index(r, 0).data(QueueListModel::QueueIdRole).toString() == q.queueId)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(q.name));
        const QString text = list->index(row, 0).data().toString();
        QVERIFY2(text.startsWith(q.name), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(0/%1 done · ≈ ").arg(q.total)), qPrintable(text));
        QVERIFY2(text.contains(QueueListModel::timeLeft(q.secondsLeft)), qPrintable(text));
        const auto summary = CaseRepository(*m_store).queues(q.inspectorId);
        const auto it =
            std::find_if(summary.begin(), summary.end(), [&](const QueueSummary &s) { return s.id == q.queueId; });
        QVERIFY(it != summary.end());
        QCOMPARE(it->total, q.total);
        QCOMPARE(it->secondsLeft, q.secondsLeft);
    }
    // A sample is assigned once.
    QVERIFY(!dialog->assign());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("already assigned")), qPrintable(dialog->statusText()));
}

void TestMainWindow::inspectorCannotSampleAndSeesOwnQueues()
{
    const Staff staff = addStaff();
    QVERIFY(sampleAndAssign(staff, 0));
    Workspace inspector = m_workspace;
    inspector.user = staff.first;
    MainWindow w(inspector);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // No sampling for inspectors: the menu item is disabled, and the window will not open the dialog.
    QVERIFY(w.samplingAction());
    QVERIFY(!w.samplingAction()->isEnabled());
    QVERIFY(!w.showSamplingDialog());
    QVERIFY(!w.findChild<SamplingDialog *>());
    // The store refuses them too.
    SamplingPlan plan;
    plan.name = QStringLiteral("mine");
    plan.rate = 0.5;
    QString error;
    QVERIFY(!SamplingRepository(*m_store).savePlan(staff.first, plan, &error));
    QVERIFY(!error.isEmpty());

    // Queue progress opens for everyone; an inspector sees their own queues and cannot move items.
    QVERIFY(w.queueProgressAction()->isEnabled());
    w.queueProgressAction()->trigger();
    auto *progress = w.findChild<QueueProgressDialog *>();
    QVERIFY(progress);
    QVERIFY(QTest::qWaitForWindowExposed(progress));
    const int own = int(SamplingRepository(*m_store).progress(staff.first.id).size());
    QVERIFY(own >= 1);
    QVERIFY(int(SamplingRepository(*m_store).progress().size()) > own); // the demo queue and 王强's are not shown
    QTableWidget *queues = progress->queueTable();
    QCOMPARE(queues->rowCount(), own);
    for (int row = 0; row < queues->rowCount(); ++row)
        QCOMPARE(queues->item(row, 0)->text(), staff.first.displayName);
    QVERIFY(progress->itemTable()->rowCount() > 0);
    QVERIFY(!progress->reassignButton()->isVisible());
    QVERIFY(!progress->replaceButton()->isVisible());
    progress->selectItem(progress->itemTable()->item(0, 0)->text());
    QVERIFY(!progress->reassignButton()->isEnabled());
    QVERIFY(
        !progress->reassignItem(progress->itemTable()->item(0, 0)->text(), staff.second.id, QStringLiteral("想换")));
    QVERIFY2(progress->statusText().startsWith(QStringLiteral("Not reassigned")), qPrintable(progress->statusText()));
}

void TestMainWindow::queueProgressReassignsWithAReason()
{
    const Staff staff = addStaff();
    const auto assigned = sampleAndAssign(staff, 0);
    QVERIFY(assigned);
    QString fromQueue, toQueue;
    for (const AssignmentSummary::Queue &q : assigned->queues) {
        if (q.inspectorId == staff.first.id)
            fromQueue = q.queueId;
        else
            toQueue = q.queueId;
    }
    QVERIFY(!fromQueue.isEmpty() && !toQueue.isEmpty());
    SamplingRepository repository(*m_store);
    const int fromBefore = int(repository.queueItems(fromQueue).size());
    const int toBefore = int(repository.queueItems(toQueue).size());

    Workspace manager = m_workspace;
    manager.user = staff.manager;
    MainWindow w(manager);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QueueProgressDialog *dialog = w.showQueueProgress();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // A manager sees everyone's queues: the demo queue and the two of the sample.
    QCOMPARE(dialog->queueTable()->rowCount(), int(repository.progress().size()));
    QVERIFY(dialog->selectQueue(fromQueue));
    QCOMPARE(dialog->itemTable()->rowCount(), fromBefore);
    // Reasons and statuses are shown as people read them.
    for (int row = 0; row < dialog->itemTable()->rowCount(); ++row) {
        const QString reason = dialog->itemTable()->item(row, 5)->text();
        QVERIFY2(reason == SamplingPlan::reasonName(QStringLiteral("trigger:low_csat")) ||
                     reason == SamplingPlan::reasonName(QStringLiteral("random")),
                 qPrintable(reason));
        QCOMPARE(dialog->itemTable()->item(row, 3)->text(), labels::evaluationStatus(QString()));
    }
    const QString moved = dialog->itemTable()->item(0, 0)->text();
    QVERIFY(dialog->selectItem(moved));
    QVERIFY(dialog->reassignButton()->isVisible());
    QVERIFY(dialog->reassignButton()->isEnabled());

    // Without a reason the store refuses, and nothing moves.
    QVERIFY(!dialog->reassignItem(moved, staff.second.id, QStringLiteral("  ")));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("reason")), qPrintable(dialog->statusText()));
    QVERIFY(repository.changes(fromQueue).empty());
    QCOMPARE(int(repository.queueItems(fromQueue).size()), fromBefore);

    // Through the button: the dialog will not take an empty reason; with one it moves the conversation.
    bool checkedEmpty = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        auto *to = modal->findChild<QComboBox *>(QStringLiteral("reassignInspector"));
        auto *reason = modal->findChild<QPlainTextEdit *>(QStringLiteral("reassignReason"));
        auto *buttons = modal->findChild<QDialogButtonBox *>();
        QVERIFY(to && reason && buttons);
        // The queue's own inspector is not offered; the other one is.
        QVERIFY(to->findData(staff.first.id) < 0);
        QVERIFY(to->findData(staff.second.id) >= 0);
        to->setCurrentIndex(to->findData(staff.second.id));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        reason->setPlainText(QStringLiteral("   "));
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        checkedEmpty = true;
        reason->clear();
        commitText(reason, QStringLiteral("李娜请假两天"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        snapshot(modal, "queue-progress-reassign");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(dialog->reassignButton(), Qt::LeftButton);
    QVERIFY(checkedEmpty);
    QVERIFY2(!dialog->statusText().startsWith(QStringLiteral("Not")), qPrintable(dialog->statusText()));

    // The store: moved into 王强's queue of the same sample, the change recorded with its reason.
    QCOMPARE(int(repository.queueItems(fromQueue).size()), fromBefore - 1);
    const auto toItems = repository.queueItems(toQueue);
    QCOMPARE(int(toItems.size()), toBefore + 1);
    QVERIFY(std::any_of(toItems.begin(), toItems.end(),
                        [&](const QueueItemProgress &i) { return i.conversationId == moved; }));
    const auto changes = repository.changes(fromQueue);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].action, QStringLiteral("reassign"));
    QCOMPARE(changes[0].conversationId, moved);
    QCOMPARE(changes[0].reason, QStringLiteral("李娜请假两天"));
    QCOMPARE(changes[0].toInspectorName, staff.second.displayName);
    QCOMPARE(changes[0].actorName, staff.manager.displayName);

    // The dialog: the queue is one shorter and its history shows the change and why.
    QCOMPARE(dialog->currentQueueId(), fromQueue);
    QCOMPARE(dialog->itemTable()->rowCount(), fromBefore - 1);
    QCOMPARE(dialog->detailTabs()->currentWidget(), dialog->historyTable());
    QCOMPARE(dialog->historyTable()->rowCount(), 1);
    QCOMPARE(dialog->historyTable()->item(0, 3)->text(), moved);
    QCOMPARE(dialog->historyTable()->item(0, 4)->text(), QStringLiteral("李娜请假两天"));
    QVERIFY(dialog->historyTable()->item(0, 2)->text().contains(staff.second.displayName));
    QVERIFY(dialog->historyTable()->item(0, 1)->text() == staff.manager.displayName);
    snapshot(dialog, "queue-progress");

    // The main window's queue list follows.
    const QAbstractItemModel *list = w.queueView()->model();
    bool found = false;
    for (int r = 0; r < list->rowCount(); ++r) {
        if (list->index(r, 0).data(QueueListModel::QueueIdRole).toString() == fromQueue) {
            found = true;
            const QString text = list->index(r, 0).data().toString();
            QVERIFY2(text.contains(QStringLiteral("(0/%1 done").arg(fromBefore - 1)), qPrintable(text));
        }
    }
    QVERIFY(found);

    // Replacing needs another eligible conversation of the agent; the demo queue holds them all, so the store
    // says so and the item stays.
    QVERIFY(dialog->selectQueue(fromQueue));
    const QString kept = dialog->itemTable()->item(0, 0)->text();
    QVERIFY(dialog->replaceItem(kept, QStringLiteral("录音损坏")).isEmpty());
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Not replaced")), qPrintable(dialog->statusText()));
    QCOMPARE(int(repository.queueItems(fromQueue).size()), fromBefore - 1);

    // With a conversation of the same agent in the period that no queue holds, the item is replaced by it.
    const auto keptConversation = CaseRepository(*m_store).conversation(kept);
    QVERIFY(keptConversation);
    QVERIFY(importRecord(
        QStringLiteral("spare.jsonl"),
        QStringLiteral("{\"id\":\"spare-1\",\"channel\":\"chat\",\"agent_id\":\"%1\",\"started_at\":"
                       "\"2026-11-18T15:00:00+08:00\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"在吗\","
                       "\"at\":\"2026-11-18T15:00:00+08:00\"},{\"speaker\":\"agent\",\"text\":\"您好，请讲\","
                       "\"at\":\"2026-11-18T15:00:20+08:00\"}]}")
            .arg(keptConversation->agentId)));
    QVERIFY(dialog->selectItem(kept));
    QCOMPARE(dialog->replaceItem(kept, QStringLiteral("录音损坏")), QStringLiteral("spare-1"));
    const auto afterReplace = repository.queueItems(fromQueue);
    QCOMPARE(int(afterReplace.size()), fromBefore - 1);
    QVERIFY(std::none_of(afterReplace.begin(), afterReplace.end(),
                         [&](const QueueItemProgress &i) { return i.conversationId == kept; }));
    QVERIFY(std::any_of(afterReplace.begin(), afterReplace.end(), [&](const QueueItemProgress &i) {
        return i.conversationId == QLatin1String("spare-1") && i.reason == QLatin1String("replacement");
    }));
    const auto history = repository.changes(fromQueue);
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history.back().action, QStringLiteral("replace"));
    QCOMPARE(history.back().replacementId, QStringLiteral("spare-1"));
    QCOMPARE(history.back().reason, QStringLiteral("录音损坏"));
    // The dialog selects the replacement and lists both changes.
    QCOMPARE(dialog->currentConversationId(), QStringLiteral("spare-1"));
    QCOMPARE(dialog->itemTable()->item(dialog->itemTable()->currentRow(), 5)->text(),
             SamplingPlan::reasonName(QStringLiteral("replacement")));
    QCOMPARE(dialog->historyTable()->rowCount(), 2);
}

void TestMainWindow::killedMidEditLosesAtMostTwoSeconds_data()
{
    QTest::addColumn<int>("characters");
    // Different places in the autosave cycle (a character every 100 ms, a save at most 2 s after an edit).
    QTest::newRow("after 2.3 s") << 23;
    QTest::newRow("after 3.7 s") << 37;
}

void TestMainWindow::killedMidEditLosesAtMostTwoSeconds()
{
    QFETCH(int, characters);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(QAWB_CRASHTYPER_PATH), {m_workspace.storePath, QStringLiteral("demo-chat-001")});
    QVERIFY(child.waitForStarted());
    std::vector<std::pair<int, qint64>> typed; // characters so far, when
    QByteArray pending;
    const auto readLines = [&] {
        pending += child.readAllStandardOutput();
        for (int end = int(pending.indexOf('\n')); end >= 0; end = int(pending.indexOf('\n'))) {
            const QList<QByteArray> parts = pending.left(end).split(' ');
            pending.remove(0, end + 1);
            if (parts.size() == 3 && parts[0] == "typed")
                typed.emplace_back(parts[1].toInt(), parts[2].toLongLong());
        }
    };
    while (typed.empty() || typed.back().first < characters) {
        QVERIFY2(child.waitForReadyRead(15000), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        readLines();
    }
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    child.kill(); // SIGKILL: no chance to save anything on the way out
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    readLines();
    // Everything typed two seconds or more before the kill is in the stored draft.
    int required = 0;
    for (const auto &[count, at] : typed) {
        if (at <= killedAt - 2000)
            required = count;
    }
    const auto draft = EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-001"), m_workspace.user.id);
    QVERIFY(draft);
    QCOMPARE(draft->status, QStringLiteral("draft"));
    const QString saved = draft->generalComment;
    QVERIFY2(
        saved.size() >= required,
        qPrintable(
            QStringLiteral("saved %1 characters, typed %2 by 2 s before the kill").arg(saved.size()).arg(required)));
    const QString sentence = QStringLiteral("客户反映宽带故障坐席安抚到位但未告知维修时间需改进");
    QVERIFY(sentence.startsWith(saved));
    // Restarting restores the draft into the form.
    auto w = openWindow();
    QVERIFY(w->openCase(QStringLiteral("demo-chat-001")));
    QCOMPARE(w->scoreForm()->generalCommentEdit()->toPlainText(), saved);
    QVERIFY(!w->scoreForm()->generalCommentEdit()->isReadOnly());
}

bool TestMainWindow::saveChatDraft(Store &store, const User &user, const QString &conversationId,
                                   const QString &comment, const QMap<QString, QString> &answers)
{
    EvaluationRepository evaluations(store);
    const auto card = ScorecardRepository(store).currentFor(QStringLiteral("chat"));
    if (!card)
        return false;
    Evaluation evaluation = evaluations.find(conversationId, user.id).value_or(Evaluation());
    if (evaluation.id.isEmpty()) {
        evaluation.conversationId = conversationId;
        evaluation.inspectorId = user.id;
        evaluation.scorecardVersionId = card->versionId;
    }
    evaluation.generalComment = comment;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        evaluation.answers[it.key()].value = it.value();
    QString error;
    if (!evaluations.saveDraft(evaluation, card->scorecard, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestMainWindow::syncNowCreatesTheSharedStore()
{
    auto w = openWindow();
    QVERIFY(w);
    SyncStatusButton *status = w->syncStatus();
    QCOMPARE(status->text(), QStringLiteral("Sync off"));
    QVERIFY(status->isVisible());

    // Settings ▸ Shared store…: a file in a folder that exists, but no store there yet.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("team")));
    const QString shared = m_dir->filePath(QStringLiteral("team/shared.qawb"));
    SharedStoreDialog *dialog = w->showSharedStoreDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->createBox()->isVisible()); // nothing chosen yet: nothing to create
    dialog->pathEdit()->setText(shared);
    QVERIFY(dialog->createBox()->isVisible());
    QVERIFY(!dialog->createBox()->isChecked());
    // Not created unless asked: the dialog says so and stays open.
    dialog->accept();
    QVERIFY2(dialog->errorText().contains(QStringLiteral("no shared store")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(shared));
    // A folder that does not exist is refused with a clear message.
    dialog->pathEdit()->setText(m_dir->filePath(QStringLiteral("nowhere/shared.qawb")));
    QVERIFY(!dialog->createBox()->isVisible());
    dialog->accept();
    QVERIFY2(dialog->errorText().contains(QStringLiteral("does not exist")), qPrintable(dialog->errorText()));
    dialog->pathEdit()->setText(shared);
    dialog->createBox()->setChecked(true);
    snapshot(dialog, "sync-shared-store-dialog");
    QSignalSpy finished(w->syncController(), &SyncController::finished);
    QSignalSpy progressed(w->syncController(), &SyncController::progress);
    dialog->accept();
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_store->meta(QStringLiteral("sync.shared_path")), shared);
    QCOMPARE(m_store->meta(QStringLiteral("sync.include_drafts")), QStringLiteral("0"));

    // Accepting starts the first sync, which creates the shared store and sends everything there.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const SyncReport first = w->syncController()->lastOutcome().report;
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.pushedByType.value(QStringLiteral("conversation")), 12);
    QVERIFY2(status->text().startsWith(QStringLiteral("Synced ")), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("12 conversations")), qPrintable(status->toolTip()));
    QVERIFY(QFileInfo::exists(shared));
    // The engine's progress (called on the worker thread) reached the UI thread.
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.first().at(0).toString(), QStringLiteral("Sending"));

    // File ▸ Sync now (F5): nothing new to send, the indicator says when.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(w->syncController()->lastOutcome().report.ok);
    QCOMPARE(w->syncController()->lastOutcome().report.pushed, 0);
    QCOMPARE(status->text(), QStringLiteral("Synced %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    QVERIFY(!w->syncProgress()->isVisible());
    snapshot(w.get(), "sync-synced");

    // The shared store holds the local store's conversations (opened as sync opens it: no WAL on a share).
    {
        Store::Options options;
        options.wal = false;
        QString error;
        const auto sharedStore = Store::open(shared, options, &error);
        QVERIFY2(sharedStore, qPrintable(error));
        QSqlQuery count(sharedStore->database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM conversations")) && count.next());
        QCOMPARE(count.value(0).toInt(), 12);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM turns")) && count.next());
        QSqlQuery local(m_store->database());
        QVERIFY(local.exec(QStringLiteral("SELECT count(*) FROM turns")) && local.next());
        QCOMPARE(count.value(0).toInt(), local.value(0).toInt());
    }

    // Clearing the path turns sync off.
    dialog = w->showSharedStoreDialog();
    QCOMPARE(dialog->pathEdit()->text(), shared);
    dialog->pathEdit()->clear();
    dialog->accept();
    QCOMPARE(m_store->meta(QStringLiteral("sync.shared_path")), QString());
    QVERIFY(!w->syncController()->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("Sync off"));
}

void TestMainWindow::syncConflictIsShownAndResolved()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("team")));
    const QString shared = m_dir->filePath(QStringLiteral("team/shared.qawb"));
    const User &tester = m_workspace.user;
    SyncOptions drafts;
    drafts.includeDrafts = true;

    // This computer (A) starts an evaluation and shares it (drafts travel in this team).
    QVERIFY(m_store->setMeta(QStringLiteral("sync.include_drafts"), QStringLiteral("1")));
    QVERIFY(saveChatDraft(*m_store, tester, QStringLiteral("demo-chat-001"), QStringLiteral("A1"),
                          {{QStringLiteral("greeting"), QStringLiteral("yes")}}));
    SyncOptions create = drafts;
    create.create = true;
    SyncReport report = SyncEngine(*m_store, tester).sync(shared, create);
    QVERIFY2(report.ok, qPrintable(report.error));

    // The same inspector's other computer (B) gets the demo and the evaluation from the shared store, changes the
    // evaluation and starts another one. (B does not install the demo itself: two "Demo queue"s of one inspector
    // cannot meet in one store, see queues' UNIQUE (inspector_id, name).)
    QString error;
    const auto other = Store::open(m_dir->filePath(QStringLiteral("other.sqlite")), &error);
    QVERIFY2(other, qPrintable(error));
    const User testerOnB = UserRepository(*other).ensure(QStringLiteral("tester"));
    QVERIFY(ScorecardRepository(*other).ensureBuiltIns(&error));
    QVERIFY(other->setMeta(QStringLiteral("sync.include_drafts"), QStringLiteral("1")));
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    const auto pulled = EvaluationRepository(*other).find(QStringLiteral("demo-chat-001"), testerOnB.id);
    QVERIFY(pulled);
    QCOMPARE(pulled->generalComment, QStringLiteral("A1"));
    QVERIFY(saveChatDraft(*other, testerOnB, QStringLiteral("demo-chat-001"), QStringLiteral("B2"),
                          {{QStringLiteral("greeting"), QStringLiteral("no")}}));
    QVERIFY(saveChatDraft(*other, testerOnB, QStringLiteral("demo-chat-002"), QStringLiteral("B's draft"), {}));
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pushedByType.value(QStringLiteral("evaluation")), 2);

    // Meanwhile A changes the same evaluation.
    QVERIFY(saveChatDraft(*m_store, tester, QStringLiteral("demo-chat-001"), QStringLiteral("A2"), {}));
    QVERIFY(m_store->setMeta(QStringLiteral("sync.shared_path"), shared));

    auto w = openWindow();
    QVERIFY(w);
    // With a shared store set, the window syncs shortly after it opens: the conflict is found, B's new draft comes in.
    QSignalSpy finished(w->syncController(), &SyncController::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    SyncStatusButton *status = w->syncStatus();
    QVERIFY2(status->showsConflicts(), qPrintable(status->text()));
    QCOMPARE(status->text(), QStringLiteral("⚠ 1 conflict"));
    QCOMPARE(w->syncController()->lastOutcome().openConflicts, 1);
    QVERIFY(status->toolTip().contains(QStringLiteral("changed both here and in the shared store")));
    const auto statusOf = [&](const QString &id) {
        const int row = rowOfCase(*w, id);
        return row < 0 ? QString()
                       : w->caseView()
                             ->model()
                             ->index(row, CaseTableModel::Status)
                             .data(CaseTableModel::StatusCodeRole)
                             .toString();
    };
    QCOMPARE(statusOf(QStringLiteral("demo-chat-002")), QStringLiteral("draft"));

    // The inspector is typing in a case when the next sync brings something in: nothing typed is lost, the case stays
    // open, and the list shows what came in.
    QVERIFY(w->openCase(QStringLiteral("demo-chat-003")));
    commitText(w->scoreForm()->generalCommentEdit(), QStringLiteral("正在输入的评语"));
    QVERIFY(saveChatDraft(*other, testerOnB, QStringLiteral("demo-chat-005"), QStringLiteral("B's second draft"), {}));
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(rowOfCase(*w, QStringLiteral("demo-chat-005")) >= 0);
    QCOMPARE(statusOf(QStringLiteral("demo-chat-005")), QString()); // not here yet
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(w->syncController()->lastOutcome().report.pulledByType.value(QStringLiteral("evaluation")) >= 1);
    QCOMPARE(statusOf(QStringLiteral("demo-chat-005")), QStringLiteral("draft"));
    QCOMPARE(w->currentCaseId(), QStringLiteral("demo-chat-003"));
    QCOMPARE(w->caseView()->currentIndex().data(CaseTableModel::ConversationIdRole).toString(),
             QStringLiteral("demo-chat-003"));
    QCOMPARE(w->scoreForm()->generalCommentEdit()->toPlainText(), QStringLiteral("正在输入的评语"));
    QCOMPARE(EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-003"), tester.id)->generalComment,
             QStringLiteral("正在输入的评语"));
    QVERIFY(status->showsConflicts());
    snapshot(w.get(), "sync-conflict-indicator");

    // The conflicting evaluation is open on screen in A's version.
    QVERIFY(w->openCase(QStringLiteral("demo-chat-001")));
    QCOMPARE(w->scoreForm()->generalCommentEdit()->toPlainText(), QStringLiteral("A2"));

    // Clicking the indicator opens the conflicts dialog: both versions side by side, the differences marked.
    QTest::mouseClick(status, Qt::LeftButton);
    ConflictsDialog *dialog = w->findChild<ConflictsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->conflictTable()->rowCount(), 1);
    QVERIFY2(dialog->conflictTable()->item(0, 0)->text().contains(QStringLiteral("demo-chat-001")),
             qPrintable(dialog->conflictTable()->item(0, 0)->text()));
    QVERIFY(dialog->conflictTable()->item(0, 2)->text().startsWith(QStringLiteral("Open")));
    QTableWidget *fields = dialog->fieldTable();
    int commentRow = -1;
    for (int r = 0; r < fields->rowCount(); ++r) {
        if (fields->item(r, 0)->text() == QLatin1String("General comment"))
            commentRow = r;
    }
    QVERIFY(commentRow >= 0);
    QCOMPARE(fields->item(commentRow, 1)->text(), QStringLiteral("A2"));
    QCOMPARE(fields->item(commentRow, 2)->text(), QStringLiteral("B2"));
    QVERIFY(fields->item(commentRow, 1)->background().style() != Qt::NoBrush);
    QTableWidget *answers = dialog->answerTable();
    int greetingRow = -1;
    for (int r = 0; r < answers->rowCount(); ++r) {
        if (answers->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("greeting"))
            greetingRow = r;
    }
    QVERIFY(greetingRow >= 0);
    QCOMPARE(answers->item(greetingRow, 1)->text(), QStringLiteral("Yes"));
    QCOMPARE(answers->item(greetingRow, 2)->text(), QStringLiteral("No"));
    QVERIFY(answers->item(greetingRow, 2)->background().style() != Qt::NoBrush);
    QVERIFY(dialog->keepLocalButton()->isEnabled());
    QVERIFY(dialog->keepRemoteButton()->isEnabled());
    snapshot(dialog, "sync-conflicts-dialog");

    // Keep the shared store's: the conflict is settled, the open form shows that version, a sync follows.
    QVERIFY(!w->syncController()->isRunning());
    QTest::mouseClick(dialog->keepRemoteButton(), Qt::LeftButton);
    QVERIFY2(!dialog->statusText().startsWith(QStringLiteral("Not")), qPrintable(dialog->statusText()));
    QVERIFY(SyncEngine(*m_store, tester).conflicts(false).empty());
    const auto all = SyncEngine(*m_store, tester).conflicts(true);
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all[0].resolution, QStringLiteral("remote"));
    QCOMPARE(EvaluationRepository(*m_store).find(QStringLiteral("demo-chat-001"), tester.id)->generalComment,
             QStringLiteral("B2"));
    QCOMPARE(w->scoreForm()->generalCommentEdit()->toPlainText(), QStringLiteral("B2"));
    QVERIFY(dialog->conflictTable()->item(0, 2)->text().startsWith(QStringLiteral("Kept the shared store's")));
    QVERIFY(!dialog->keepRemoteButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    QVERIFY2(w->syncController()->lastOutcome().report.ok, qPrintable(w->syncController()->lastOutcome().report.error));
    QVERIFY(!status->showsConflicts());
    QVERIFY2(status->text().startsWith(QStringLiteral("Synced ")), qPrintable(status->text()));
    snapshot(dialog, "sync-conflicts-dialog-resolved");

    // A comment changed on both computers: its text and place side by side; keeping this computer's sends it over
    // the shared store's at the next sync, which B then picks up.
    Comment comment;
    comment.conversationId = QStringLiteral("demo-chat-001");
    comment.anchor = Comment::Anchor::Turn;
    comment.turnSeq = 2;
    comment.body = QStringLiteral("A's comment");
    QVERIFY(CommentRepository(*m_store).save(comment, tester.id, &error));
    w->syncController()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 30000);
    QVERIFY(w->syncController()->lastOutcome().report.ok);
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    std::vector<Comment> onB = CommentRepository(*other).list(QStringLiteral("demo-chat-001"));
    QCOMPARE(onB.size(), size_t(1));
    onB[0].body = QStringLiteral("B's edit");
    QVERIFY2(CommentRepository(*other).save(onB[0], testerOnB.id, &error), qPrintable(error));
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    comment.body = QStringLiteral("A's edit");
    QVERIFY2(CommentRepository(*m_store).save(comment, tester.id, &error), qPrintable(error));
    w->syncController()->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 30000);
    QCOMPARE(status->text(), QStringLiteral("⚠ 1 conflict"));
    QCOMPARE(dialog->conflictTable()->rowCount(), 2);
    QVERIFY(dialog->conflictTable()->item(0, 0)->text().startsWith(QStringLiteral("Comment on demo-chat-001")));
    QVERIFY(dialog->selectConflict(SyncEngine(*m_store, tester).conflicts(false).at(0).id));
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Comment"));
    QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("A's edit"));
    QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("B's edit"));
    QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("message 3"));
    QVERIFY(dialog->answerTable()->isHidden());
    QVERIFY(dialog->keepLocalButton()->isEnabled());
    snapshot(dialog, "sync-conflicts-dialog-comment");
    QTest::mouseClick(dialog->keepLocalButton(), Qt::LeftButton);
    QVERIFY(SyncEngine(*m_store, tester).conflicts(false).empty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 6, 30000);
    QVERIFY2(w->syncController()->lastOutcome().report.ok, qPrintable(w->syncController()->lastOutcome().report.error));
    QVERIFY(!status->showsConflicts());
    report = SyncEngine(*other, testerOnB).sync(shared, drafts);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(CommentRepository(*other).list(QStringLiteral("demo-chat-001")).at(0).body, QStringLiteral("A's edit"));
}

void TestMainWindow::unreachableSharedStoreKeepsWorking()
{
    // The shared folder is gone (a network drive not mounted): sync reports it is offline and how much waits.
    const QString unreachable = m_dir->filePath(QStringLiteral("unmounted/share/shared.qawb"));
    QVERIFY(m_store->setMeta(QStringLiteral("sync.shared_path"), unreachable));
    auto w = openWindow();
    QVERIFY(w);
    w->syncController()->setBusyTimeoutMs(2000);
    // The sync shortly after start finds the share gone; so does Sync now.
    QSignalSpy finished(w->syncController(), &SyncController::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(w->syncController()->state(), SyncController::State::Offline);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const SyncOutcome outcome = w->syncController()->lastOutcome();
    QVERIFY(!outcome.report.ok);
    QVERIFY(outcome.report.offline);
    const int waiting = SyncEngine(*m_store, m_workspace.user).pendingChanges();
    QVERIFY(waiting > 0); // the demo never reached a shared store
    QCOMPARE(outcome.pendingChanges, waiting);
    SyncStatusButton *status = w->syncStatus();
    QCOMPARE(status->text(), QStringLiteral("Offline — %1 changes waiting").arg(waiting));
    QVERIFY2(status->toolTip().contains(QStringLiteral("cannot be reached")), qPrintable(status->toolTip()));
    snapshot(w.get(), "sync-offline");

    // The app keeps working: a case opens, an answer is stored.
    QVERIFY(w->openCase(QStringLiteral("demo-chat-004")));
    clickAnswer(w->scoreForm(), QStringLiteral("greeting"), QStringLiteral("no"));
    QVERIFY(w->saveDraft());
    QCOMPARE(EvaluationRepository(*m_store)
                 .find(QStringLiteral("demo-chat-004"), m_workspace.user.id)
                 ->answers.value(QStringLiteral("greeting"))
                 .value,
             QStringLiteral("no"));

    // A folder that exists without a store in it (and no "create") is a failure that says why.
    w->setSharedStore(m_dir->filePath(QStringLiteral("missing.qawb")), false, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
    QVERIFY(!w->syncController()->lastOutcome().report.offline);
    QVERIFY2(status->text().startsWith(QStringLiteral("Sync failed: ")), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("no shared store")), qPrintable(status->toolTip()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing.qawb"))));
    snapshot(w.get(), "sync-failed");
    // Closing the window with sync on does not hang.
    QVERIFY(w->close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
