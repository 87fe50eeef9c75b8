// Review ▸ Calibration sessions…: a session's report in the workstation — answers side by side with the ones that
// differ from the majority (or the expert) marked, agreement per item, score spread, inspectors' deviations, pending
// evaluations, the CSV export, and opening a conversation from the report.
#include "ui/calibrationdialog.h"

#include "../core/synctestutil.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

class TestCalibrationUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheReport();
    void comparesWithAnExpert();
    void pendingAndExport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
    User m_li, m_wang, m_zhou;
};

namespace {

const QString kSample = QStringLiteral("5a3c1e00-0000-4000-8000-000000000001");

void saveShot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

// The row of the answers table for this conversation and item text.
int answerRow(const QTableWidget *t, const QString &conversationId, const QString &itemText)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->data(Qt::UserRole).toString() == conversationId && t->item(row, 1)->text() == itemText)
            return row;
    }
    return -1;
}

int column(const QTableWidget *t, const QString &header)
{
    for (int c = 0; c < t->columnCount(); ++c) {
        if (t->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}

bool marked(const QTableWidgetItem *item)
{
    return item->background().style() != Qt::NoBrush;
}

} // namespace

void TestCalibrationUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace.storePath = m_dir->filePath(QStringLiteral("s.db"));
    m_store = openLocal(m_workspace.storePath, QStringLiteral("boss"), &m_workspace.user, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_workspace.store = m_store.get();
    UserRepository users(*m_store);
    m_li = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    m_wang = users.ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    m_zhou = users.ensure(QStringLiteral("zhou"), QStringLiteral("周敏"));
    const QString chat1 = QStringLiteral("demo-chat-001"), chat3 = QStringLiteral("demo-chat-003");
    QVERIFY(makeCalibrationSession(*m_store, kSample, {&m_li, &m_wang, &m_zhou}, {chat1, chat3}));
    // chat-001: 周敏 alone fails the greeting; chat-003: 王强 alone fails it, 李娜's evaluation is still a draft.
    const QMap<QString, QString> noGreeting{{QStringLiteral("greeting"), QStringLiteral("no")}};
    QVERIFY(!submitWithFailures(*m_store, m_li, chat1, {}, {}, QStringLiteral("cal-li")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_wang, chat1, {}, {}, QStringLiteral("cal-wang")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_zhou, chat1, noGreeting, {}, QStringLiteral("cal-zhou")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_wang, chat3, noGreeting, {}, QStringLiteral("cal-wang")).isEmpty());
    QVERIFY(!submitWithFailures(*m_store, m_zhou, chat3, {}, {}, QStringLiteral("cal-zhou")).isEmpty());
}

void TestCalibrationUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCalibrationUi::showsTheReport()
{
    CalibrationDialog dialog(m_workspace);
    dialog.show();
    QCOMPARE(dialog.sessionBox()->count(), 1);
    QVERIFY(dialog.sessionBox()->currentText().contains(QStringLiteral("5 of 6")));
    QVERIFY(dialog.report());
    const QTableWidget *answers = dialog.answerTable();
    // Columns: conversation, item, then the inspectors in the session's order.
    const int zhou = column(answers, QStringLiteral("周敏")), li = column(answers, QStringLiteral("李娜")),
              wang = column(answers, QStringLiteral("王强"));
    QVERIFY(zhou >= 2 && li >= 2 && wang >= 2);
    const int greeting1 = answerRow(answers, QStringLiteral("demo-chat-001"), QStringLiteral("Standard greeting used"));
    QVERIFY(greeting1 >= 0);
    QCOMPARE(answers->item(greeting1, zhou)->text(), QStringLiteral("No"));
    QCOMPARE(answers->item(greeting1, li)->text(), QStringLiteral("Yes"));
    // 周敏 differs from the two others; 李娜 and 王强 agree with the majority of theirs (one yes, one no: a tie for
    // each of them leaves no majority, so nothing is marked).
    QVERIFY(marked(answers->item(greeting1, zhou)));
    QVERIFY(!marked(answers->item(greeting1, li)));
    QVERIFY(!marked(answers->item(greeting1, wang)));
    // chat-003: 李娜 has not submitted.
    const int greeting3 = answerRow(answers, QStringLiteral("demo-chat-003"), QStringLiteral("Standard greeting used"));
    QCOMPARE(answers->item(greeting3, li)->text(), QStringLiteral("pending"));

    // Agreement per item: the greeting, units [no, yes, yes] and [no, yes]: pairs agreeing 1 of 3 + 0 of 1 = 25%.
    const QTableWidget *items = dialog.itemTable();
    bool found = false;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->item(row, 0)->text() == QLatin1String("Standard greeting used")) {
            QCOMPARE(items->item(row, 1)->text(), QStringLiteral("25.0%"));
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(dialog.conversationTable()->rowCount() == 2);
    QCOMPARE(dialog.inspectorTable()->rowCount(), 3);

    // Double-clicking a row opens the conversation.
    QSignalSpy open(&dialog, &CalibrationDialog::openRequested);
    Q_EMIT dialog.answerTable()->cellActivated(greeting3, 0);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("demo-chat-003"));
    saveShot(&dialog, "calibration");
}

void TestCalibrationUi::comparesWithAnExpert()
{
    CalibrationDialog dialog(m_workspace);
    dialog.setExpert(QStringLiteral("zhou"));
    QVERIFY(dialog.report());
    QCOMPARE(dialog.report()->expertId, m_zhou.id);
    QVERIFY(dialog.expertBox()->currentText().contains(QStringLiteral("周敏")));
    const QTableWidget *answers = dialog.answerTable();
    const int zhou = column(answers, QStringLiteral("周敏")), li = column(answers, QStringLiteral("李娜"));
    const int greeting1 = answerRow(answers, QStringLiteral("demo-chat-001"), QStringLiteral("Standard greeting used"));
    // Against the expert 周敏 ("no"), 李娜's "yes" differs and the expert's own answer is never marked.
    QVERIFY(marked(answers->item(greeting1, li)));
    QVERIFY(!marked(answers->item(greeting1, zhou)));
    // The expert is named in the inspectors table.
    bool named = false;
    for (int row = 0; row < dialog.inspectorTable()->rowCount(); ++row)
        named |= dialog.inspectorTable()->item(row, 0)->text() == QStringLiteral("周敏 (expert)");
    QVERIFY(named);
    dialog.setExpert(QString());
    QVERIFY(dialog.report()->expertId.isEmpty());
}

void TestCalibrationUi::pendingAndExport()
{
    CalibrationDialog dialog(m_workspace);
    QVERIFY(dialog.report());
    QCOMPARE(dialog.report()->pending, 1);
    const QString csv = m_dir->filePath(QStringLiteral("cal.csv"));
    QString error;
    QVERIFY2(dialog.exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(QStringLiteral("Standard greeting used,25.0%")));
    QVERIFY(text.contains(QStringLiteral("周敏 (expert)")) == false);
    QVERIFY(text.contains(QStringLiteral("\r\n")));
    // The draft is submitted: the session is complete and the dialog says so after a refresh.
    QVERIFY(!submitWithFailures(*m_store, m_li, QStringLiteral("demo-chat-003"), {}, {}, QStringLiteral("cal-li"))
                 .isEmpty());
    dialog.reload();
    QCOMPARE(dialog.report()->pending, 0);
    QVERIFY(dialog.sessionBox()->currentText().contains(QStringLiteral("6 of 6")));
    // Writing where it cannot: a specific error, nothing claimed.
    QVERIFY(!dialog.exportCsv(m_dir->filePath(QStringLiteral("no/such/dir/cal.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("cal.csv")));
}

QTEST_MAIN(TestCalibrationUi)
#include "tst_calibrationui.moc"
