#pragma once

#include "core/indicators.h"
#include "core/reports.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QCheckBox;

namespace qawb {

// Reports ▸ Reports and indicators… (报表与指标): QA managers', trainers' and leaders' view of the store. One filter
// bar (period, team, agent, channel, business type) drives every page: score distribution, trend by day / week /
// month, agent and team ranking, pass rate per scorecard item against its target, problem distribution (most-failed
// items, most-hit rules), inspector statistics, and the service indicators with their thresholds and anomaly flags.
// Each page is a Qt Charts chart over a table; the page exports to CSV (Excel) and PDF. Everything is computed on a
// worker thread with its own store connection, with progress and Cancel. On the indicators page a figure opens the
// conversations behind it (double-click: open in the workstation) and "Sample these" turns them into a sample to
// assign.
class ReportsWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)

public:
    enum Page { Distribution, Trend, Ranking, Items, Problems, Inspectors, Indicators };

    explicit ReportsWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // Computes every page for the filter bar in the background (refreshed() when done).
    void refresh();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    ReportFilter reportFilter() const;
    IndicatorFilter indicatorFilter() const;
    void setPeriod(const QDate &from, const QDate &to); // a custom period (does not refresh)
    void showPage(Page page);
    Page currentPage() const;

    // The current page's tables, titled, as exported.
    std::vector<std::pair<QString, ReportTable>> pageTables(Page page) const;
    bool exportCsv(Page page, const QString &path, QString *error) const;
    bool exportPdf(Page page, const QString &path, QString *error) const;

    // Indicators: the conversations behind a figure (row of the indicator table: 0 is the whole filter) and metric.
    bool drillInto(int row, const QString &metric);
    // "Sample these": the listed conversations become a sample (sampleCreated()); its id, or empty and *error.
    QString sampleListed(QString *error);

    QTabWidget *pages() const { return m_tabs; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *agentBox() const { return m_agent; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *businessTypeBox() const { return m_business; }
    QComboBox *trendPeriodBox() const { return m_trendPeriod; }
    QComboBox *rankingByBox() const { return m_rankingBy; }
    QComboBox *groupByBox() const { return m_groupBy; }
    QTableWidget *table(Page page) const;
    QTableWidget *rulesTable() const { return m_rulesTable; }
    QTableWidget *drillTable() const { return m_drillTable; }
    QChart *chart(Page page) const;
    QPushButton *sampleButton() const { return m_sampleButton; }
    QString statusText() const;

Q_SIGNALS:
    void refreshed(bool ok);
    void openRequested(const QString &conversationId);
    void sampleCreated(const QString &sampleId, int conversations);

private:
    struct Outcome
    {
        bool cancelled = false;
        QString error;
        ScoreDistribution distribution;
        std::vector<TrendRow> trend;
        std::vector<RankingRow> ranking;
        std::vector<ItemStat> items;
        ProblemReport problems;
        std::vector<InspectorStat> inspectors;
        IndicatorReport indicators;
    };
    QWidget *buildFilterBar();
    QWidget *page(Page page, QWidget *above = nullptr, QWidget *below = nullptr);
    void fillChoices();
    void periodChanged();
    void showOutcome(const Outcome &outcome);
    void showDistribution();
    void showTrend();
    void showRanking();
    void showItems();
    void showProblems();
    void showInspectors();
    void showIndicators();
    void showCsat(int row);
    void showStatus(const QString &text, bool error = false);
    void promptExport(bool pdf);
    QString filterDescription() const;
    ReportTable indicatorTable() const;

    Workspace m_workspace;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_team;
    QComboBox *m_agent;
    QComboBox *m_channel;
    QComboBox *m_business;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QComboBox *m_trendPeriod;
    QComboBox *m_rankingBy;
    QComboBox *m_groupBy;
    QLabel *m_summary; // distribution figures
    QTableWidget *m_tables[Indicators + 1];
    QChartView *m_charts[Indicators + 1];
    QTableWidget *m_rulesTable;
    QTableWidget *m_drillTable;
    QLabel *m_drillLabel;
    QCheckBox *m_onlyOffending;
    QPushButton *m_sampleButton;
    QLabel *m_status;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::unique_ptr<Outcome> m_outcome; // what the pages show
    QString m_drillMetric;
    int m_drillRow = -1;
    std::vector<IndicatorConversation> m_drilled;
};

} // namespace qawb
