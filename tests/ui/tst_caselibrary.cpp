// Review ▸ Case library…: a Chinese fragment found in Simplified and Traditional on a worker thread, filters from the
// form, errors shown, and a result opening the case in the workstation at the message that matched.
#include "ui/caselibrarydialog.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"

#include "core/autoqarunner.h"
#include "core/demoqueue.h"
#include "core/scorecardrepository.h"
#include "core/store.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;

class TestCaseLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsChineseFragmentsInTheBackground();
    void filtersAndErrors();
    void opensTheCaseAtTheMatch();

private:
    QStringList search(CaseLibraryDialog &dialog, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
};

void TestCaseLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace.storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    m_store = Store::open(m_workspace.storePath, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_workspace.store = m_store.get();
    m_workspace.dataDir = m_dir->path();
    m_workspace.user = UserRepository(*m_store).ensure(QStringLiteral("tester"));
    QVERIFY(ScorecardRepository(*m_store).ensureBuiltIns(&error));
    QVERIFY(DemoQueue::install(*m_store, m_workspace.user.id, m_dir->path()).ok);
    QVERIFY(AutoQaRunner(*m_store, m_workspace.user.id).run().ok);
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchTests"));
    QSettings().clear();
}

void TestCaseLibrary::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QStringList TestCaseLibrary::search(CaseLibraryDialog &dialog, const QString &text)
{
    dialog.textEdit()->setText(text);
    QSignalSpy done(&dialog, &CaseLibraryDialog::searchFinished);
    dialog.startSearch();
    if (!done.wait(30000))
        return {QStringLiteral("timeout")};
    QStringList ids;
    for (const SearchHit &h : dialog.hits())
        ids << h.conversationId;
    ids.sort();
    return ids;
}

void TestCaseLibrary::findsChineseFragmentsInTheBackground()
{
    CaseLibraryDialog dialog(m_workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList refund{QStringLiteral("demo-call-003"), QStringLiteral("demo-chat-002"),
                             QStringLiteral("demo-chat-005"), QStringLiteral("demo-chat-006")};
    QCOMPARE(search(dialog, QStringLiteral("退费")), refund);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("indexed first")), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.resultTable()->rowCount(), 4);
    // Traditional finds the same; the index is up to date now.
    QCOMPARE(search(dialog, QStringLiteral("退費")), refund);
    QVERIFY(!dialog.statusText().contains(QStringLiteral("indexed first")));
    QVERIFY(dialog.resultTable()->item(0, 5)->text().contains(QStringLiteral("退")));
}

void TestCaseLibrary::filtersAndErrors()
{
    CaseLibraryDialog dialog(m_workspace);
    dialog.channelBox()->setCurrentIndex(dialog.channelBox()->findData(QStringLiteral("call")));
    QCOMPARE(search(dialog, QStringLiteral("退费")), QStringList{QStringLiteral("demo-call-003")});
    dialog.channelBox()->setCurrentIndex(0);
    dialog.ruleBox()->setCurrentIndex(dialog.ruleBox()->findData(QStringLiteral("greeting.missing")));
    QVERIFY(dialog.ruleBox()->currentIndex() > 0);
    QCOMPARE(search(dialog, QString()),
             (QStringList{QStringLiteral("demo-call-002"), QStringLiteral("demo-chat-002")}));
    dialog.ruleBox()->setCurrentIndex(0);
    // Nothing to look for: said so, nothing started.
    dialog.textEdit()->clear();
    dialog.startSearch();
    QVERIFY(!dialog.isSearching());
    QVERIFY(!dialog.statusText().isEmpty());
    // Only punctuation: the search says why it found nothing.
    dialog.textEdit()->setText(QStringLiteral("！！"));
    QSignalSpy done(&dialog, &CaseLibraryDialog::searchFinished);
    dialog.startSearch();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("nothing to search for")), qPrintable(dialog.statusText()));
}

void TestCaseLibrary::opensTheCaseAtTheMatch()
{
    MainWindow window(m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CaseLibraryDialog *dialog = window.showCaseLibrary();
    QVERIFY(dialog);
    QCOMPARE(search(*dialog, QStringLiteral("续费")).size(), qsizetype(1));
    const SearchHit hit = dialog->hits().front();
    QVERIFY(hit.turnSeq >= 0);
    Q_EMIT dialog->resultTable()->cellActivated(0, 0);
    QCOMPARE(window.currentCaseId(), hit.conversationId);
    QCOMPARE(window.conversationView()->conversationId(), hit.conversationId);
}

QTEST_MAIN(TestCaseLibrary)
#include "tst_caselibrary.moc"
