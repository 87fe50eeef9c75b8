// Disputes in the workstation, offscreen: a team leader opens one from an evaluation, the inspector answers in the
// thread and decides it into a new revision, a rejection leaves the evaluation as it was.
#include "../core/synctestutil.h"
#include "core/autoqarunner.h"
#include "core/demoqueue.h"
#include "core/disputes.h"
#include "core/evaluationrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "ui/disputedialogs.h"
#include "ui/i18n.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace qawb;

class TestDisputesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void leaderOpensADispute();
    void refusalKeepsTheDialogOpen();
    void threadAndDecisionMakeANewRevision();
    void rejectionKeepsTheRevisionAndResetsAnswers();
    void openerWithdraws();
    void halfMadeDecisionSurvivesARefresh();
    void twoDisputesDecidedThroughTheButtons();

private:
    // Types text the way an input method commits it (QTest::keyClicks aborts on CJK text in Qt 6.4).
    static void commitText(QWidget *widget, const QString &text);
    // With QAWB_TEST_SCREENSHOTS=DIR set, saves what the widget shows as DIR/NAME.png (for looking at by eye).
    static void snapshot(QWidget *widget, const char *name);
    Workspace workspaceOf(const User &user) const;
    // The inspector's submitted evaluation of a demo chat: every item at its best answer except `failed` (item id →
    // value, with a comment).
    QString submitWithFailures(const QString &conversation, const QMap<QString, QString> &failed);
    // Opens a dispute through the core API as the team leader; returns its id.
    QString openDispute(const QStringList &items, const QString &reason);
    // item id → answer text in column 1 of the open dialog's tree; item id → whether the row is shaded as failed.
    static QMap<QString, QString> treeAnswers(QTreeWidget *tree, QMap<QString, bool> *failed = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace; // the store's first user (admin)
    User m_inspector;      // 李娜
    User m_leader;         // 陈组长
    User m_otherInspector; // 王强
    QString m_evaluationId;
};

void TestDisputesUi::init()
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
    const AutoQaReport checked = AutoQaRunner(*m_store, m_workspace.user.id).run();
    QVERIFY2(checked.ok, qPrintable(checked.error));
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchTests"));
    QSettings().clear();

    UserRepository users(*m_store);
    m_inspector = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    users.ensure(QStringLiteral("chen"), QStringLiteral("陈组长"));
    m_otherInspector = users.ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    // m_workspace.user is the store's first user, so its admin.
    QVERIFY2(users.setRole(m_workspace.user, QStringLiteral("chen"), QStringLiteral("team_leader"), &error),
             qPrintable(error));
    m_leader = *users.byLogin(QStringLiteral("chen"));
    QCOMPARE(m_inspector.role, QStringLiteral("inspector"));
    QCOMPARE(m_leader.role, QStringLiteral("team_leader"));

    m_evaluationId =
        submitWithFailures(QStringLiteral("demo-chat-002"), {{QStringLiteral("greeting"), QStringLiteral("no")},
                                                             {QStringLiteral("closing"), QStringLiteral("no")}});
    QVERIFY(!m_evaluationId.isEmpty());
}

void TestDisputesUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestDisputesUi::commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void TestDisputesUi::snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as the event loop would have done
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

Workspace TestDisputesUi::workspaceOf(const User &user) const
{
    Workspace w = m_workspace;
    w.user = user;
    return w;
}

QString TestDisputesUi::submitWithFailures(const QString &conversation, const QMap<QString, QString> &failed)
{
    return test::submitWithFailures(*m_store, m_inspector, conversation, failed);
}

QString TestDisputesUi::openDispute(const QStringList &items, const QString &reason)
{
    Dispute opened;
    QString error;
    if (!DisputeRepository(*m_store).open(m_leader, m_evaluationId, items, reason, {}, &opened, &error)) {
        qWarning("open: %s", qPrintable(error));
        return {};
    }
    return opened.id;
}

QMap<QString, QString> TestDisputesUi::treeAnswers(QTreeWidget *tree, QMap<QString, bool> *failed)
{
    QMap<QString, QString> out;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            const QTreeWidgetItem *row = section->child(i);
            const QString id = row->data(0, Qt::UserRole).toString();
            out.insert(id, row->text(1));
            if (failed)
                failed->insert(id, row->background(1).style() != Qt::NoBrush);
        }
    }
    return out;
}

void TestDisputesUi::leaderOpensADispute()
{
    OpenDisputeDialog dialog(workspaceOf(m_leader), m_evaluationId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Every item of the scorecard with the answer given, in words; the failed ones shaded.
    const auto card = ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"));
    QVERIFY(card);
    QMap<QString, bool> failed;
    const QMap<QString, QString> answers = treeAnswers(dialog.itemTree(), &failed);
    int items = 0;
    for (const ScorecardSection &section : card->scorecard.sections())
        items += int(section.items.size());
    QCOMPARE(answers.size(), items);
    QCOMPARE(answers.value(QStringLiteral("greeting")), QStringLiteral("No"));
    QCOMPARE(answers.value(QStringLiteral("closing")), QStringLiteral("No"));
    QCOMPARE(answers.value(QStringLiteral("first_response")), QStringLiteral("Yes"));
    QCOMPARE(answers.value(QStringLiteral("understand")), QStringLiteral("4 / 4"));
    QCOMPARE(answers.value(QStringLiteral("courtesy")), QStringLiteral("2 / 2"));
    const ScorecardItem *resolved = card->scorecard.item(QStringLiteral("resolved"));
    QCOMPARE(answers.value(QStringLiteral("resolved")), resolved->options.front().label.text(QLocale().name()));
    QVERIFY(failed.value(QStringLiteral("greeting")));
    QVERIFY(failed.value(QStringLiteral("closing")));
    QVERIFY(!failed.value(QStringLiteral("first_response")));
    QVERIFY(!failed.value(QStringLiteral("understand")));

    // The inspector decides unless someone else is chosen.
    QVERIFY(dialog.arbitratorBox()->count() >= 2); // 李娜, then the admin
    QCOMPARE(dialog.arbitratorBox()->itemData(0).toString(), m_inspector.id);
    QVERIFY2(dialog.arbitratorBox()->itemText(0).contains(QStringLiteral("李娜")),
             qPrintable(dialog.arbitratorBox()->itemText(0)));
    QVERIFY(dialog.arbitratorBox()->itemText(0).contains(QStringLiteral("inspector who scored it")));
    QCOMPARE(dialog.arbitratorBox()->currentIndex(), 0);

    // Open needs an item and a reason.
    QVERIFY(!dialog.openButton()->isEnabled());
    QVERIFY(!dialog.setItemChecked(QStringLiteral("no_such_item"), true));
    QVERIFY(dialog.setItemChecked(QStringLiteral("greeting"), true));
    QVERIFY(!dialog.openButton()->isEnabled());
    commitText(dialog.reasonEdit(), QStringLiteral("坐席第一句就说了“您好，很高兴为您服务”，见14:03:52。"));
    QVERIFY(dialog.openButton()->isEnabled());
    QVERIFY(dialog.setItemChecked(QStringLiteral("greeting"), false));
    QVERIFY(!dialog.openButton()->isEnabled());
    QVERIFY(dialog.setItemChecked(QStringLiteral("greeting"), true));
    QVERIFY(dialog.openButton()->isEnabled());

    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const std::vector<Dispute> disputes = DisputeRepository(*m_store).list();
    QCOMPARE(disputes.size(), size_t(1));
    QCOMPARE(disputes.front().items, QStringList{QStringLiteral("greeting")});
    QCOMPARE(disputes.front().openedBy, m_leader.id);
    QCOMPARE(disputes.front().arbitratorId, m_inspector.id);
    QVERIFY(disputes.front().reason.contains(QStringLiteral("14:03:52")));
    QCOMPARE(dialog.opened().id, disputes.front().id);
}

void TestDisputesUi::refusalKeepsTheDialogOpen()
{
    const QString first = openDispute({QStringLiteral("greeting")}, QStringLiteral("开头有问候"));
    QVERIFY(!first.isEmpty());

    OpenDisputeDialog dialog(workspaceOf(m_leader), m_evaluationId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setItemChecked(QStringLiteral("closing"), true));
    commitText(dialog.reasonEdit(), QStringLiteral("结束语也说了"));
    QVERIFY(dialog.openButton()->isEnabled());
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("still open")), qPrintable(dialog.statusText()));
    QCOMPARE(DisputeRepository(*m_store).list().size(), size_t(1));
    QVERIFY(dialog.opened().id.isEmpty());

    // An inspector does not open disputes: the dialog says so and Open stays off.
    OpenDisputeDialog inspectors(workspaceOf(m_otherInspector), m_evaluationId);
    QVERIFY(inspectors.setItemChecked(QStringLiteral("closing"), true));
    inspectors.reasonEdit()->setPlainText(QStringLiteral("理由"));
    QVERIFY(!inspectors.openButton()->isEnabled());
    QVERIFY2(!inspectors.statusText().isEmpty(), "the refusal is shown");
}

void TestDisputesUi::threadAndDecisionMakeANewRevision()
{
    const QString id =
        openDispute({QStringLiteral("greeting"), QStringLiteral("closing")}, QStringLiteral("开头和结尾都有规范用语"));
    QVERIFY(!id.isEmpty());
    const std::optional<Evaluation> before = EvaluationRepository(*m_store).byId(m_evaluationId);
    QVERIFY(before && before->revision == 1);

    // Another inspector may look but not decide.
    {
        DisputesDialog other(workspaceOf(m_otherInspector));
        QVERIFY(other.selectDispute(id));
        QVERIFY(!other.decisionBox()->isEnabled());
        QVERIFY(!other.decide(QStringLiteral("partly"), {{QStringLiteral("greeting"), QStringLiteral("yes")}},
                              QStringLiteral("越权")));
        QVERIFY2(other.statusText().contains(QStringLiteral("李娜")), qPrintable(other.statusText()));
        QVERIFY(DisputeRepository(*m_store).dispute(id)->isOpen());
    }

    DisputesDialog dialog(workspaceOf(m_inspector));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *filter = dialog.filterBox();
    QCOMPARE(filter->currentData().toString(), QStringLiteral("open"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("mine")));
    QCOMPARE(dialog.disputeTable()->rowCount(), 1);
    QCOMPARE(dialog.currentDisputeId(), id);
    const auto card = ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"));
    const QString greetingText = card->scorecard.item(QStringLiteral("greeting"))->text.text(QLocale().name());
    QVERIFY(dialog.disputeTable()->item(0, 3)->text().contains(greetingText));
    QCOMPARE(dialog.disputeTable()->item(0, 4)->text(), QStringLiteral("Open"));
    QVERIFY(dialog.decisionBox()->isEnabled());
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("开头和结尾都有规范用语")));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("opened the dispute")));

    // A reply typed and sent, shown as text (not markup).
    QVERIFY(!dialog.sendButton()->isEnabled());
    commitText(dialog.replyEdit(), QStringLiteral("我再听一遍录音 <b>稍等</b>"));
    QVERIFY(dialog.sendButton()->isEnabled());
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("thread")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("我再听一遍录音 <b>稍等</b>")));
    QVERIFY(dialog.replyEdit()->toPlainText().isEmpty());
    QVERIFY(dialog.reply(QStringLiteral("问候确实有，结束语没有")));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("结束语没有")));
    QCOMPARE(DisputeRepository(*m_store).dispute(id)->thread.size(), size_t(3));
    QVERIFY(!dialog.reply(QStringLiteral("   ")));
    QVERIFY(!dialog.statusText().isEmpty());

    // Partly upheld: greeting becomes yes, closing stands; the evaluation is re-scored as revision 2.
    QSignalSpy changed(&dialog, &DisputesDialog::evaluationChanged);
    QVERIFY2(dialog.decide(QStringLiteral("partly"), {{QStringLiteral("greeting"), QStringLiteral("yes")}},
                           QStringLiteral("问候有")),
             qPrintable(dialog.statusText()));
    const std::optional<Dispute> decided = DisputeRepository(*m_store).dispute(id);
    QVERIFY(decided);
    QCOMPARE(decided->status, QStringLiteral("decided"));
    QCOMPARE(decided->outcome, QStringLiteral("partly"));
    QCOMPARE(decided->revision, 2);
    QCOMPARE(decided->changes.keys(), QStringList{QStringLiteral("greeting")});
    QCOMPARE(decided->changes.value(QStringLiteral("greeting")).to, QStringLiteral("yes"));
    const std::optional<Evaluation> after = EvaluationRepository(*m_store).byId(m_evaluationId);
    QVERIFY(after);
    QCOMPARE(after->revision, 2);
    QCOMPARE(after->answers.value(QStringLiteral("greeting")).value, QStringLiteral("yes"));
    QCOMPARE(after->answers.value(QStringLiteral("closing")).value, QStringLiteral("no"));
    QVERIFY(after->score && before->score && *after->score > *before->score);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), m_evaluationId);

    // Still shown (among all disputes now that it is no longer open), with the new score and revision.
    QCOMPARE(dialog.currentDisputeId(), id);
    QCOMPARE(filter->currentData().toString(), QStringLiteral("all"));
    const QString details = dialog.detailsText();
    QVERIFY2(details.contains(QStringLiteral("revision 2")), qPrintable(details));
    QVERIFY2(details.contains(QLocale().toString(*after->score, 'f', 1)), qPrintable(details));
    QVERIFY2(details.contains(QLocale().toString(*before->score, 'f', 1)), qPrintable(details));
    QVERIFY(dialog.statusText().contains(QStringLiteral("revision 2")));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("decided: Partly upheld")));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("问候有")));
    QCOMPARE(dialog.disputeTable()->item(dialog.disputeTable()->currentRow(), 4)->text(),
             QStringLiteral("Partly upheld"));
    QVERIFY(!dialog.decisionBox()->isEnabled());
    QVERIFY(!dialog.decide(QStringLiteral("rejected"), {}, QStringLiteral("再来一次")));
    QCOMPARE(changed.count(), 1);
}

void TestDisputesUi::rejectionKeepsTheRevisionAndResetsAnswers()
{
    const QString id =
        openDispute({QStringLiteral("greeting"), QStringLiteral("closing")}, QStringLiteral("开头和结尾都有规范用语"));
    QVERIFY(!id.isEmpty());
    DisputesDialog dialog(workspaceOf(m_inspector));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentDisputeId(), id); // row 0 by default
    QComboBox *greeting = dialog.answerBox(QStringLiteral("greeting"));
    QComboBox *outcome = dialog.outcomeBox();
    QVERIFY(greeting && dialog.answerBox(QStringLiteral("closing")));
    QVERIFY(!dialog.answerBox(QStringLiteral("first_response")));
    QCOMPARE(greeting->currentData().toString(), QStringLiteral("no"));
    QCOMPARE(greeting->currentText(), QStringLiteral("No"));
    QCOMPARE(outcome->currentIndex(), -1);
    QVERIFY(!dialog.decideButton()->isEnabled());

    // Rejected, then an answer changed: partly upheld. Rejected again: the answers go back.
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
    greeting->setCurrentIndex(greeting->findData(QStringLiteral("yes")));
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("partly"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
    QCOMPARE(greeting->currentData().toString(), QStringLiteral("no"));

    // Refusals are shown and change nothing.
    QVERIFY(!dialog.decide(QStringLiteral("upheld"), {{QStringLiteral("greeting"), QStringLiteral("yes")}},
                           QStringLiteral("都对")));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("every disputed item")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.decide(QStringLiteral("rejected"), {}, QStringLiteral("  ")));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("explanation")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.decide(QStringLiteral("partly"), {{QStringLiteral("first_response"), QStringLiteral("no")}},
                           QStringLiteral("不相关")));
    QVERIFY(dialog.statusText().contains(QStringLiteral("not disputed")));
    QVERIFY(DisputeRepository(*m_store).dispute(id)->isOpen());

    // Rejected through the button: nothing to change, the evaluation stays revision 1.
    QSignalSpy changed(&dialog, &DisputesDialog::evaluationChanged);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("rejected")));
    commitText(dialog.explanationEdit(), QStringLiteral("录音里没有问候语，也没有结束语"));
    QVERIFY(dialog.decideButton()->isEnabled());
    QTest::mouseClick(dialog.decideButton(), Qt::LeftButton);
    const std::optional<Dispute> decided = DisputeRepository(*m_store).dispute(id);
    QCOMPARE(decided->status, QStringLiteral("decided"));
    QCOMPARE(decided->outcome, QStringLiteral("rejected"));
    QCOMPARE(decided->revision, 0);
    QVERIFY(decided->changes.isEmpty());
    QCOMPARE(EvaluationRepository(*m_store).byId(m_evaluationId)->revision, 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("stands")), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.currentDisputeId(), id);
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("decided: Rejected")));
}

void TestDisputesUi::openerWithdraws()
{
    const QString id = openDispute({QStringLiteral("closing")}, QStringLiteral("结束语有"));
    QVERIFY(!id.isEmpty());
    {
        DisputesDialog inspectors(workspaceOf(m_otherInspector));
        QVERIFY(inspectors.selectDispute(id));
        QVERIFY(!inspectors.withdrawButton()->isEnabled());
        QVERIFY(!inspectors.withdrawSelected(QStringLiteral("不是我开的")));
        QVERIFY(inspectors.statusText().contains(QStringLiteral("陈组长")));
    }
    DisputesDialog dialog(workspaceOf(m_leader));
    QVERIFY(dialog.selectDispute(id));
    QVERIFY(dialog.withdrawButton()->isEnabled());
    QVERIFY(!dialog.decisionBox()->isEnabled()); // a team leader does not decide
    QVERIFY2(dialog.withdrawSelected(QStringLiteral("坐席认可了")), qPrintable(dialog.statusText()));
    QCOMPARE(DisputeRepository(*m_store).dispute(id)->status, QStringLiteral("withdrawn"));
    QCOMPARE(dialog.currentDisputeId(), id);
    QCOMPARE(dialog.disputeTable()->item(dialog.disputeTable()->currentRow(), 4)->text(), QStringLiteral("Withdrawn"));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("withdrew it")));
    QVERIFY(dialog.threadView()->toPlainText().contains(QStringLiteral("坐席认可了")));
    QVERIFY(!dialog.withdrawButton()->isEnabled());
}

void TestDisputesUi::halfMadeDecisionSurvivesARefresh()
{
    const QString id =
        openDispute({QStringLiteral("greeting"), QStringLiteral("closing")}, QStringLiteral("开头和结尾都有规范用语"));
    QVERIFY(!id.isEmpty());
    DisputesDialog dialog(workspaceOf(m_inspector));
    QVERIFY(dialog.selectDispute(id));
    QComboBox *greeting = dialog.answerBox(QStringLiteral("greeting"));
    QVERIFY(greeting);
    greeting->setCurrentIndex(greeting->findData(QStringLiteral("yes")));
    // One of two items changed: partly; both: upheld.
    QCOMPARE(dialog.outcomeBox()->currentData().toString(), QStringLiteral("partly"));
    commitText(dialog.explanationEdit(), QStringLiteral("开头有问候"));
    // A sync brings something in, a reply is sent: the arbitrator's half-made decision stays as it was.
    dialog.refresh();
    QVERIFY(dialog.reply(QStringLiteral("稍等，我再听一遍")));
    QCOMPARE(dialog.currentDisputeId(), id);
    QCOMPARE(dialog.answerBox(QStringLiteral("greeting"))->currentData().toString(), QStringLiteral("yes"));
    QCOMPARE(dialog.outcomeBox()->currentData().toString(), QStringLiteral("partly"));
    QCOMPARE(dialog.explanationEdit()->toPlainText(), QStringLiteral("开头有问候"));
    // Rejected first, then every item changed: upheld.
    dialog.outcomeBox()->setCurrentIndex(dialog.outcomeBox()->findData(QStringLiteral("rejected")));
    QCOMPARE(dialog.answerBox(QStringLiteral("greeting"))->currentData().toString(), QStringLiteral("no"));
    QComboBox *closing = dialog.answerBox(QStringLiteral("closing"));
    QComboBox *greetingAgain = dialog.answerBox(QStringLiteral("greeting"));
    dialog.outcomeBox()->setCurrentIndex(-1);
    closing->setCurrentIndex(closing->findData(QStringLiteral("yes")));
    QCOMPARE(dialog.outcomeBox()->currentData().toString(), QStringLiteral("partly"));
    dialog.outcomeBox()->setCurrentIndex(-1);
    greetingAgain->setCurrentIndex(greetingAgain->findData(QStringLiteral("yes")));
    QCOMPARE(dialog.outcomeBox()->currentData().toString(), QStringLiteral("upheld"));
}

void TestDisputesUi::twoDisputesDecidedThroughTheButtons()
{
    // With QAWB_TEST_SCREENSHOTS=DIR set, the dialogs are saved as pictures, in Chinese (the data reads Chinese; the
    // UI speaks it where it is translated; the last test, so it may stay installed).
    if (const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        i18n::install(*qApp, QStringLiteral("zh_CN"));
    }

    // A second evaluation with a dispute waiting, so the list has more than one row.
    const QString second =
        submitWithFailures(QStringLiteral("demo-chat-003"), {{QStringLiteral("resolved"), QStringLiteral("unresolved")},
                                                             {QStringLiteral("courtesy"), QStringLiteral("0")}});
    QVERIFY(!second.isEmpty());
    {
        OpenDisputeDialog dialog(workspaceOf(m_leader), m_evaluationId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setItemChecked(QStringLiteral("greeting"), true);
        commitText(dialog.reasonEdit(), QStringLiteral("坐席第一句就说了“您好，很高兴为您服务”，见14:03:52。"));
        snapshot(&dialog, "disputes-open");
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    Dispute other;
    QString error;
    QVERIFY2(DisputeRepository(*m_store).open(
                 m_leader, second, {QStringLiteral("resolved"), QStringLiteral("courtesy")},
                 QStringLiteral("问题已按流程转二线，客户认可；语气并无不当。"), {}, &other, &error),
             qPrintable(error));

    {
        // The offscreen screen is 800×600: what the dialog looks like there.
        DisputesDialog small(workspaceOf(m_inspector));
        small.show();
        QVERIFY(QTest::qWaitForWindowExposed(&small));
        snapshot(&small, "disputes-small");
    }
    // Its size on a usual screen.
    DisputesDialog dialog(workspaceOf(m_inspector));
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectDispute(DisputeRepository(*m_store).list({}, {}, m_evaluationId).front().id));
    QVERIFY(dialog.reply(QStringLiteral("我再听一遍录音，稍后答复。")));
    // The only disputed item changes: upheld.
    dialog.outcomeBox()->setCurrentIndex(dialog.outcomeBox()->findData(QStringLiteral("upheld")));
    dialog.answerBox(QStringLiteral("greeting"))
        ->setCurrentIndex(dialog.answerBox(QStringLiteral("greeting"))->findData(QStringLiteral("yes")));
    commitText(dialog.explanationEdit(), QStringLiteral("开头有问候，改为“是”。"));
    snapshot(&dialog, "disputes-deciding");
    QTest::mouseClick(dialog.decideButton(), Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("2")), qPrintable(dialog.statusText()));
    snapshot(&dialog, "disputes-decided");
    QCOMPARE(EvaluationRepository(*m_store).byId(m_evaluationId)->revision, 2);
    QCOMPARE(EvaluationRepository(*m_store).byId(m_evaluationId)->answers.value(QStringLiteral("greeting")).value,
             QStringLiteral("yes"));
    QVERIFY(dialog.selectDispute(other.id));
    QVERIFY(dialog.decisionBox()->isEnabled()); // 李娜 scored this one too
    snapshot(&dialog, "disputes-second");
}

QTEST_MAIN(TestDisputesUi)
#include "tst_disputesui.moc"
