// Review ▸ Training collections…: a trainer's collections with notes that save themselves, cases reordered and
// removed, opened in the workstation, exported as an anonymised pack in the background and imported into another
// store; people without the right see them read-only.
#include "ui/collectionsdialog.h"

#include "../core/synctestutil.h"

#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace qawb;
using namespace qawb::test;

class TestCollectionsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void notesSaveThemselves();
    void reorderRemoveAndOpen();
    void exportAndImportInTheBackground();
    void readOnlyWithoutTheRight();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
    QString m_collection;
};

namespace {

void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

QStringList caseOrder(const CollectionsDialog &dialog, Store &store, const QString &collection)
{
    Q_UNUSED(dialog);
    QStringList ids;
    for (const CollectionItem &item : CollectionRepository(store, {}).items(collection))
        ids << item.conversationId;
    return ids;
}

} // namespace

void TestCollectionsUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace.storePath = m_dir->filePath(QStringLiteral("s.db"));
    // The store's first user is its admin, who may change collections.
    m_store = openLocal(m_workspace.storePath, QStringLiteral("boss"), &m_workspace.user, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_workspace.store = m_store.get();
    CollectionRepository collections(*m_store, m_workspace.user.id);
    m_collection = collections.create(QStringLiteral("投诉处理范例"), QStringLiteral("新人培训第二周"), &error);
    QVERIFY2(!m_collection.isEmpty(), qPrintable(error));
    for (const char *id : {"demo-chat-002", "demo-chat-004", "demo-call-002"})
        QVERIFY2(collections.addItem(m_collection, QLatin1String(id), QStringLiteral("注意安抚语气"), &error),
                 qPrintable(error));
}

void TestCollectionsUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCollectionsUi::notesSaveThemselves()
{
    CollectionsDialog dialog(m_workspace);
    dialog.show();
    QCOMPARE(dialog.collectionList()->count(), 1);
    QCOMPARE(dialog.currentCollectionId(), m_collection);
    QCOMPARE(dialog.itemTable()->rowCount(), 3);
    QCOMPARE(dialog.collectionNotes()->toPlainText(), QStringLiteral("新人培训第二周"));
    // Typing in the case note: stored a second after the last key, without pressing anything.
    dialog.itemTable()->selectRow(1);
    QCOMPARE(dialog.itemNote()->toPlainText(), QStringLiteral("注意安抚语气"));
    dialog.itemNote()->clear();
    typeInto(dialog.itemNote(), QStringLiteral("good opening"));
    typeInto(dialog.collectionNotes(), QStringLiteral(" +1"));
    QTRY_COMPARE_WITH_TIMEOUT(CollectionRepository(*m_store, {}).items(m_collection).at(1).note,
                              QStringLiteral("good opening"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(CollectionRepository(*m_store, {}).byId(m_collection)->notes,
                              QStringLiteral("新人培训第二周 +1"), 3000);
    QCOMPARE(dialog.itemTable()->item(1, 7)->text(), QStringLiteral("good opening"));
    // Switching cases right after typing stores the note first.
    typeInto(dialog.itemNote(), QStringLiteral("!"));
    dialog.itemTable()->selectRow(0);
    QCOMPARE(CollectionRepository(*m_store, {}).items(m_collection).at(1).note, QStringLiteral("good opening!"));
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/collections.png")));
}

void TestCollectionsUi::reorderRemoveAndOpen()
{
    CollectionsDialog dialog(m_workspace);
    dialog.itemTable()->selectRow(2);
    QVERIFY(dialog.moveCurrentItem(-1));
    QCOMPARE(caseOrder(dialog, *m_store, m_collection),
             (QStringList{QStringLiteral("demo-chat-002"), QStringLiteral("demo-call-002"),
                          QStringLiteral("demo-chat-004")}));
    QCOMPARE(dialog.currentItemRow(), 1); // the moved case stays selected
    QSignalSpy open(&dialog, &CollectionsDialog::openRequested);
    Q_EMIT dialog.itemTable()->cellActivated(1, 0);
    QCOMPARE(open.first().first().toString(), QStringLiteral("demo-call-002"));
    QVERIFY(dialog.removeCurrentItem());
    QCOMPARE(dialog.itemTable()->rowCount(), 2);
    QCOMPARE(caseOrder(dialog, *m_store, m_collection).size(), 2);
    // A second collection, renamed, then deleted: the first is shown again.
    const QString other = dialog.createCollection(QStringLiteral("礼貌用语"));
    QVERIFY(!other.isEmpty());
    QCOMPARE(dialog.currentCollectionId(), other);
    QVERIFY(dialog.renameCollection(QStringLiteral("礼貌用语范例")));
    QCOMPARE(CollectionRepository(*m_store, {}).byId(other)->name, QStringLiteral("礼貌用语范例"));
    QVERIFY(dialog.deleteCollection());
    QCOMPARE(dialog.collectionList()->count(), 1);
    // A duplicate name is refused with a reason.
    QVERIFY(dialog.createCollection(QStringLiteral("投诉处理范例")).isEmpty());
    QVERIFY(!dialog.statusText().isEmpty());
}

void TestCollectionsUi::exportAndImportInTheBackground()
{
    CollectionsDialog dialog(m_workspace);
    QSignalSpy finished(&dialog, &CollectionsDialog::packFinished);
    const QString folder = m_dir->filePath(QStringLiteral("pack"));
    dialog.startExport({folder, true, false, false});
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.lastExport().conversations, 3);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/manifest.json")));
    QVERIFY(!QDir(folder + QStringLiteral("/audio")).exists() || QDir(folder + QStringLiteral("/audio")).isEmpty());

    // Into another store, by its trainer: a collection with the pack's name and the three cases.
    QTemporaryDir otherDir;
    Workspace other;
    other.storePath = otherDir.filePath(QStringLiteral("o.db"));
    QString error;
    auto otherStore = Store::open(other.storePath, &error);
    QVERIFY2(otherStore, qPrintable(error));
    QVERIFY(ScorecardRepository(*otherStore).ensureBuiltIns(&error));
    other.store = otherStore.get();
    other.user = UserRepository(*otherStore).ensure(QStringLiteral("trainer"), QStringLiteral("培训师"));
    CollectionsDialog importer(other);
    QCOMPARE(importer.collectionList()->count(), 0);
    QSignalSpy imported(&importer, &CollectionsDialog::packFinished);
    importer.startImport(folder);
    QVERIFY(imported.wait(30000));
    QVERIFY2(imported.last().first().toBool(), qPrintable(importer.statusText()));
    QCOMPARE(importer.collectionList()->count(), 1);
    QCOMPARE(importer.itemTable()->rowCount(), 3);
    QCOMPARE(importer.collectionNotes()->toPlainText(), QStringLiteral("新人培训第二周"));
    // Pseudonymised: the agents' real names are nowhere in the imported cases.
    for (int r = 0; r < importer.itemTable()->rowCount(); ++r) {
        const QString agent = importer.itemTable()->item(r, 3)->text();
        QVERIFY2(agent != QStringLiteral("李俊") && agent != QStringLiteral("赵磊"), qPrintable(agent));
    }
    // Importing it again changes nothing.
    importer.startImport(folder);
    QVERIFY(imported.wait(30000));
    QVERIFY(importer.lastImport().alreadyImported);
    QCOMPARE(importer.collectionList()->count(), 1);
}

void TestCollectionsUi::readOnlyWithoutTheRight()
{
    Workspace inspector = m_workspace;
    inspector.user = UserRepository(*m_store).ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    QCOMPARE(inspector.user.role, QStringLiteral("inspector"));
    CollectionsDialog dialog(inspector);
    QCOMPARE(dialog.itemTable()->rowCount(), 3);
    QVERIFY(dialog.collectionNotes()->isReadOnly());
    QVERIFY(dialog.itemNote()->isReadOnly());
    // Even if asked directly, the core refuses.
    QVERIFY(dialog.createCollection(QStringLiteral("x")).isEmpty());
    QVERIFY(!dialog.statusText().isEmpty());
}

QTEST_MAIN(TestCollectionsUi)
#include "tst_collectionsui.moc"
