// Reports ▸ Reports and indicators…: every page computed on a worker thread for the filter bar (calibration
// evaluations left out), charts drawn, items below target tinted, the indicators' click-through to the conversations
// behind a figure (offending first), "sample these", and the CSV / PDF exports.
#include "ui/reportswindow.h"

#include "../core/synctestutil.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

class TestReportsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void computesEveryPageInTheBackground();
    void filtersNarrowTheFigures();
    void indicatorsClickThroughAndSample();
    void exports();

private:
    std::unique_ptr<ReportsWindow> openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Workspace m_workspace;
};

namespace {

void saveShot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("QAWB_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

int column(const QTableWidget *t, const QString &header)
{
    for (int c = 0; c < t->columnCount(); ++c) {
        if (t->horizontalHeaderItem(c)->text().section(QLatin1Char('\n'), 0, 0) == header)
            return c;
    }
    return -1;
}

int rowOf(const QTableWidget *t, int col, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, col) && t->item(r, col)->text() == text)
            return r;
    }
    return -1;
}

} // namespace

void TestReportsUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_workspace.storePath = m_dir->filePath(QStringLiteral("s.db"));
    m_store = openLocal(m_workspace.storePath, QStringLiteral("boss"), &m_workspace.user, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_workspace.store = m_store.get();
    const User li = UserRepository(*m_store).ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    const User wang = UserRepository(*m_store).ensure(QStringLiteral("wang"), QStringLiteral("王强"));
    // 李娜 scores the seven demo chats: chat-002 fails the greeting, chat-004 the greeting and the closing.
    const QMap<QString, QString> noGreeting{{QStringLiteral("greeting"), QStringLiteral("no")}};
    const QMap<QString, QString> noGreetingNoClosing{{QStringLiteral("greeting"), QStringLiteral("no")},
                                                     {QStringLiteral("closing"), QStringLiteral("no")}};
    const QStringList chats = demoChats(*m_store);
    QCOMPARE(chats.size(), 7);
    for (const QString &chat : chats) {
        const QMap<QString, QString> failed = chat == QLatin1String("demo-chat-002")   ? noGreeting
                                              : chat == QLatin1String("demo-chat-004") ? noGreetingNoClosing
                                                                                       : QMap<QString, QString>{};
        QVERIFY(!submitWithFailures(*m_store, li, chat, failed).isEmpty());
    }
    // 王强's calibration evaluation of chat-001 must not count.
    QVERIFY(makeCalibrationSession(*m_store, QStringLiteral("5a3c1e00-0000-4000-8000-000000000009"), {&wang},
                                   {QStringLiteral("demo-chat-001")}));
    QVERIFY(
        !submitWithFailures(*m_store, wang, QStringLiteral("demo-chat-001"), noGreeting, {}, QStringLiteral("cal-wang"))
             .isEmpty());
}

void TestReportsUi::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ReportsWindow> TestReportsUi::openWindow()
{
    auto window = std::make_unique<ReportsWindow>(m_workspace);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    QSignalSpy done(window.get(), &ReportsWindow::refreshed);
    // The demo's dates, whatever day the test runs on.
    window->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    window->refresh();
    if (!done.wait(20000) || !done.last().first().toBool())
        return nullptr;
    // The constructor's own run (default period) may report after ours was started: wait for the last word.
    while (window->isRunning())
        QTest::qWait(20);
    return window;
}

void TestReportsUi::computesEveryPageInTheBackground()
{
    const auto window = openWindow();
    QVERIFY2(window, "the reports did not compute");
    QVERIFY2(window->statusText().contains(QStringLiteral("7 submitted evaluation(s)")),
             qPrintable(window->statusText()));
    // Distribution: ten bands, seven evaluations in them, a bar chart.
    const QTableWidget *bands = window->table(ReportsWindow::Distribution);
    QCOMPARE(bands->rowCount(), 10);
    const int countColumn = column(bands, QStringLiteral("Evaluations"));
    QVERIFY(countColumn >= 0);
    int total = 0;
    for (int r = 0; r < bands->rowCount(); ++r)
        total += bands->item(r, countColumn)->text().toInt();
    QCOMPARE(total, 7);
    QCOMPARE(window->chart(ReportsWindow::Distribution)->series().size(), 1);
    // Ranking by agent: the chats' two agents; by team: one team.
    QCOMPARE(window->table(ReportsWindow::Ranking)->rowCount(), 2);
    // Items: the greeting failed 2 of 7 (71.4%), below its target, so the row is tinted.
    const QTableWidget *items = window->table(ReportsWindow::Items);
    int greeting = -1;
    for (int r = 0; r < items->rowCount(); ++r) {
        for (int c = 0; c < items->columnCount(); ++c) {
            if (items->item(r, c) && items->item(r, c)->text() == QLatin1String("greeting"))
                greeting = r;
        }
    }
    QVERIFY(greeting >= 0);
    bool rate = false;
    for (int c = 0; c < items->columnCount(); ++c)
        rate |= items->item(greeting, c)->text() == QStringLiteral("71.4%");
    QVERIFY(rate);
    QVERIFY(items->item(greeting, 0)->background().style() != Qt::NoBrush);
    // Problems: the greeting is the most-failed item (2), then the closing (1).
    QCOMPARE(window->table(ReportsWindow::Problems)->rowCount(), 2);
    // Inspectors: only 李娜 (王强's evaluation was a calibration one).
    QCOMPARE(window->table(ReportsWindow::Inspectors)->rowCount(), 1);
    QCOMPARE(window->table(ReportsWindow::Inspectors)->item(0, 1)->text(), QStringLiteral("李娜"));
    window->resize(1280, 820);
    window->show();
    saveShot(window.get(), "reports-items");
}

void TestReportsUi::filtersNarrowTheFigures()
{
    const auto window = openWindow();
    QVERIFY(window);
    QSignalSpy done(window.get(), &ReportsWindow::refreshed);
    // Calls only: nobody scored a call.
    window->channelBox()->setCurrentIndex(window->channelBox()->findData(QStringLiteral("call")));
    window->refresh();
    QVERIFY(done.wait(20000));
    while (window->isRunning())
        QTest::qWait(20);
    QVERIFY(window->statusText().contains(QStringLiteral("0 submitted evaluation(s)")));
    QCOMPARE(window->table(ReportsWindow::Ranking)->rowCount(), 0);
    // Chats of one agent: 李俊 had chat-002, 004, 007.
    window->channelBox()->setCurrentIndex(0);
    window->agentBox()->setCurrentIndex(window->agentBox()->findData(QStringLiteral("A1002")));
    window->refresh();
    QVERIFY(done.wait(20000));
    while (window->isRunning())
        QTest::qWait(20);
    QVERIFY2(window->statusText().contains(QStringLiteral("3 submitted evaluation(s)")),
             qPrintable(window->statusText()));
    // The period ends before it starts: said, nothing computed.
    window->setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    window->refresh();
    QVERIFY(!window->isRunning());
    QVERIFY(window->statusText().contains(QStringLiteral("ends before it starts")));
}

void TestReportsUi::indicatorsClickThroughAndSample()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->showPage(ReportsWindow::Indicators);
    const QTableWidget *t = window->table(ReportsWindow::Indicators);
    // The whole selection, then the two teams.
    QCOMPARE(t->rowCount(), 3);
    const int hotline = rowOf(t, 0, QStringLiteral("热线二组"));
    QVERIFY(hotline > 0);
    // Hotline waits 35, 128, 22, 40, 16 s: mean 48.2 s, above the 20 s default threshold.
    const int wait = column(t, IndicatorRepository::metricName(QStringLiteral("wait_time")));
    QVERIFY(wait >= 2);
    QCOMPARE(t->item(hotline, wait)->text(), QStringLiteral("48.2 s"));
    QVERIFY(t->item(hotline, wait)->background().style() != Qt::NoBrush);
    // The five calls behind it, the four waits over 20 s first.
    QVERIFY(window->drillInto(hotline, QStringLiteral("wait_time")));
    const QTableWidget *drill = window->drillTable();
    QCOMPARE(drill->rowCount(), 5);
    for (int r = 0; r < 4; ++r)
        QVERIFY(!drill->item(r, 5)->text().isEmpty());
    QVERIFY(drill->item(4, 5)->text().isEmpty());
    QSignalSpy open(window.get(), &ReportsWindow::openRequested);
    Q_EMIT window->drillTable()->cellActivated(0, 0);
    QCOMPARE(open.count(), 1);
    QVERIFY(open.first().first().toString().startsWith(QStringLiteral("demo-call-")));
    window->resize(1280, 820);
    window->show();
    saveShot(window.get(), "reports-indicators");

    // "Sample these": a sample of exactly the listed conversations, for the sampling dialog to assign.
    QVERIFY(window->sampleButton()->isEnabled());
    QSignalSpy sampled(window.get(), &ReportsWindow::sampleCreated);
    QString error;
    const QString id = window->sampleListed(&error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(sampled.count(), 1);
    QCOMPARE(sampled.first().at(1).toInt(), 5);
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT count(*) FROM sample_items WHERE sample_id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
}

void TestReportsUi::exports()
{
    const auto window = openWindow();
    QVERIFY(window);
    QString error;
    const QString csv = m_dir->filePath(QStringLiteral("problems.csv"));
    QVERIFY2(window->exportCsv(ReportsWindow::Problems, csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // One byte-order mark, two titled tables (items, rules), CRLF lines.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
    QVERIFY(bytes.contains("greeting"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(bytes.contains("Most-hit rules"));

    const QString pdf = m_dir->filePath(QStringLiteral("ranking.pdf"));
    QVERIFY2(window->exportPdf(ReportsWindow::Ranking, pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    // Read back: the title, the period and an agent's name are text in the PDF.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is installed by installer/install-deps.sh");
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Ranking")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026-11-01")));
    QVERIFY(text.contains(QStringLiteral("A1002")) || text.contains(QStringLiteral("李俊")));
    // Where it cannot write: a specific error, nothing left behind.
    QVERIFY(!window->exportPdf(ReportsWindow::Ranking, m_dir->filePath(QStringLiteral("no/such/r.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("r.pdf")));
}

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
