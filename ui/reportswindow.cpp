#include "reportswindow.h"

#include "labels.h"

#include "core/pdfdocument.h"
#include "core/permissions.h"
#include "core/store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace qawb {

namespace {

const QColor kMiss(0xfd, 0xde, 0xdc);    // misses its threshold / below target
const QColor kAnomaly(0xff, 0xe0, 0xb2); // far from its own baseline
const QColor kBlue(0x1e, 0x5a, 0xa8);
const QColor kGreen(0x2e, 0x7d, 0x32);

QString dash()
{
    return QStringLiteral("—");
}

QString percentText(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

// Columns whose values are 0..1 fractions: shown as percentages.
bool isShareColumn(const QString &key)
{
    return key.endsWith(QLatin1String("rate")) || key.endsWith(QLatin1String("share")) ||
           key == QLatin1String("target");
}

QString cellText(const QString &key, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return dash();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QCoreApplication::translate("qawb::ReportsWindow", "yes") : QString();
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        if (isShareColumn(key))
            return percentText(v.toDouble());
        return QLocale().toString(v.toDouble(), 'f', key.endsWith(QLatin1String("seconds")) ? 0 : 1);
    }
    if (key == QLatin1String("channel"))
        return labels::channel(v.toString());
    return v.toString();
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setAlternatingRowColors(true);
    return t;
}

// A report table as the user reads it: translated headers, rates as percentages, numbers in the locale. Rows for
// which miss() is true are tinted.
void fillTable(QTableWidget *t, const ReportTable &table, const std::function<bool(int row)> &miss = {})
{
    t->clear();
    t->setColumnCount(int(table.columns.size()));
    t->setHorizontalHeaderLabels(table.headers);
    t->setRowCount(int(table.rows.size()));
    for (int r = 0; r < int(table.rows.size()); ++r) {
        const bool tinted = miss && miss(r);
        for (int c = 0; c < int(table.columns.size()); ++c) {
            const QVariant v = table.rows[r].value(c);
            auto *item = new QTableWidgetItem(cellText(table.columns[c], v));
            item->setToolTip(item->text());
            if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (tinted)
                item->setBackground(kMiss);
            t->setItem(r, c, item);
        }
    }
}

QChartView *makeChart(QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
}

// Bars over categories; horizontal for long labels (names, item texts), best at the top.
void barChart(QChart *chart, const QString &title, const QStringList &categories,
              const std::vector<std::pair<QString, QList<qreal>>> &sets, bool horizontal, qreal max = -1)
{
    clearChart(chart);
    chart->setTitle(title);
    if (categories.isEmpty())
        return;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const QColor colors[] = {kBlue, QColor(0x9e, 0xa7, 0xb3), kGreen};
    int k = 0;
    qreal top = 0;
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        set->append(values);
        set->setColor(colors[k++ % 3]);
        set->setLabelColor(QColor(0x20, 0x24, 0x2a)); // the default is white, lost on the background
        for (const qreal v : values)
            top = std::max(top, v);
        series->append(set);
    }
    series->setLabelsVisible(categories.size() <= 12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *axisCategories = new QBarCategoryAxis;
    axisCategories->append(categories);
    auto *axisValues = new QValueAxis;
    axisValues->setRange(0, max > 0 ? max : std::max<qreal>(1, top * 1.15));
    // Whole-number ticks (counts): 0, 2, 4 … rather than 0, 1.75, 3.5 labelled "0, 2, 3".
    if (max <= 0)
        axisValues->applyNiceNumbers();
    axisValues->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisCategories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axisValues, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axisCategories);
    series->attachAxis(axisValues);
    chart->legend()->setVisible(sets.size() > 1);
}

QString elided(const QString &text, int length = 18)
{
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

QString metricValueText(const QString &metric, const std::optional<double> &v)
{
    if (!v)
        return dash();
    if (IndicatorRepository::isShare(metric))
        return percentText(*v);
    if (metric == QLatin1String("csat"))
        return QLocale().toString(*v, 'f', 2);
    if (metric == QLatin1String("turns"))
        return QLocale().toString(*v, 'f', 1);
    return ReportsWindow::tr("%1 s").arg(QLocale().toString(*v, 'f', 1));
}

} // namespace

ReportsWindow::ReportsWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_team(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_business(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_trendPeriod(new QComboBox(this))
    , m_rankingBy(new QComboBox(this))
    , m_groupBy(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_rulesTable(makeTable(this))
    , m_drillTable(makeTable(this))
    , m_drillLabel(new QLabel(this))
    , m_onlyOffending(new QCheckBox(tr("Only those missing the threshold"), this))
    , m_sampleButton(new QPushButton(tr("Sample these…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Reports and indicators"));
    setAttribute(Qt::WA_DeleteOnClose);
    for (int p = 0; p <= Indicators; ++p) {
        m_tables[p] = makeTable(this);
        m_charts[p] = makeChart(this);
    }
    m_trendPeriod->addItem(tr("By day"), int(ReportPeriod::Day));
    m_trendPeriod->addItem(tr("By week"), int(ReportPeriod::Week));
    m_trendPeriod->addItem(tr("By month"), int(ReportPeriod::Month));
    m_trendPeriod->setCurrentIndex(1);
    m_rankingBy->addItem(tr("Agents"), int(RankingBy::Agent));
    m_rankingBy->addItem(tr("Teams"), int(RankingBy::Team));
    m_groupBy->addItem(tr("Whole selection only"), QString());
    m_groupBy->addItem(tr("By team"), QStringLiteral("team"));
    m_groupBy->addItem(tr("By agent"), QStringLiteral("agent"));
    m_groupBy->setCurrentIndex(1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drillLabel->setWordWrap(true);
    m_sampleButton->setEnabled(false);
    m_sampleButton->setToolTip(tr("Put the listed conversations into a sample, to assign to inspectors"));
    m_tables[Indicators]->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tables[Indicators]->setToolTip(tr("Click a figure to list the conversations behind it"));
    m_drillTable->setToolTip(tr("Double-click or Enter: open the conversation in the workstation"));
    m_cancel->hide();
    m_progress->hide();
    m_progress->setMaximumWidth(220);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildFilterBar());
    m_tabs->addTab(page(Distribution, m_summary), tr("Score distribution"));
    m_tabs->addTab(page(Trend, m_trendPeriod), tr("Trend"));
    m_tabs->addTab(page(Ranking, m_rankingBy), tr("Ranking"));
    m_tabs->addTab(page(Items), tr("Pass rate per item"));
    auto *rules = new QWidget(this);
    auto *rl = new QVBoxLayout(rules);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("Most-hit auto-QA rules (all conversations in the selection):"), this));
    rl->addWidget(m_rulesTable);
    m_tabs->addTab(page(Problems, nullptr, rules), tr("Problems"));
    m_tabs->addTab(page(Inspectors), tr("Inspectors"));
    auto *drill = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    auto *drillBar = new QHBoxLayout;
    drillBar->addWidget(m_drillLabel, 1);
    drillBar->addWidget(m_onlyOffending);
    drillBar->addWidget(m_sampleButton);
    drillLayout->addLayout(drillBar);
    drillLayout->addWidget(m_drillTable);
    m_tabs->addTab(page(Indicators, m_groupBy, drill), tr("Indicators"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    QToolBar *bar = addToolBar(tr("Export"));
    bar->setObjectName(QStringLiteral("reportsExport"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("Export CSV…"), this, [this] { promptExport(false); });
    bar->addAction(tr("Export PDF…"), this, [this] { promptExport(true); });

    fillChoices();
    connect(m_refresh, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancel);
    connect(m_period, &QComboBox::activated, this, &ReportsWindow::periodChanged);
    for (QComboBox *box : {m_team, m_agent, m_channel, m_business, m_trendPeriod, m_rankingBy, m_groupBy})
        connect(box, &QComboBox::activated, this, &ReportsWindow::refresh);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &ReportsWindow::refresh);
    connect(m_tables[Indicators], &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        showCsat(row);
        // Columns: group, conversations, then the metrics in IndicatorRepository::metrics() order.
        if (row >= 0 && column >= 2)
            drillInto(row, IndicatorRepository::metrics().value(column - 2));
    });
    connect(m_onlyOffending, &QCheckBox::toggled, this, [this] {
        if (!m_drillMetric.isEmpty())
            drillInto(m_drillRow, m_drillMetric);
    });
    connect(m_drillTable, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < int(m_drilled.size()))
            Q_EMIT openRequested(m_drilled[size_t(row)].id);
    });
    connect(m_sampleButton, &QPushButton::clicked, this, [this] {
        const int n = int(m_drilled.size());
        if (QMessageBox::question(this, tr("Sample these"),
                                  tr("Make a sample of these %n conversation(s)? You then choose the inspectors to "
                                     "assign it to.",
                                     nullptr, n)) != QMessageBox::Yes)
            return;
        QString error;
        if (sampleListed(&error).isEmpty())
            QMessageBox::warning(this, tr("Sample these"), error);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_watcher.result()); });
    resize(1180, 780);
    refresh();
}

ReportsWindow::~ReportsWindow()
{
    cancel();
    m_watcher.waitForFinished();
}

QWidget *ReportsWindow::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("This month"), -1);
    m_period->addItem(tr("Last month"), -2);
    m_period->addItem(tr("This year"), -3);
    m_period->addItem(tr("Custom"), 0);
    m_period->setCurrentIndex(1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("First day (the conversation's own date)"));
    m_to->setToolTip(tr("Last day, included"));
    row->addWidget(new QLabel(tr("Period:"), this));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_team);
    row->addWidget(m_agent);
    row->addWidget(m_channel);
    row->addWidget(m_business);
    row->addStretch(1);
    row->addWidget(m_refresh);
    periodChanged();
    return bar;
}

// A page: options above, the chart and the table side by side in a splitter, more below.
QWidget *ReportsWindow::page(Page p, QWidget *above, QWidget *below)
{
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    if (above) {
        // Options (a combo box) keep their size; a text (the distribution's figures) takes the whole width.
        auto *top = new QHBoxLayout;
        const bool text = qobject_cast<QLabel *>(above) != nullptr;
        top->addWidget(above, text ? 1 : 0);
        if (!text)
            top->addStretch(1);
        layout->addLayout(top);
    }
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_charts[p]);
    split->addWidget(m_tables[p]);
    if (below)
        split->addWidget(below);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return w;
}

void ReportsWindow::fillChoices()
{
    QSqlQuery q(m_workspace.store->database());
    m_team->addItem(tr("All teams"), QString());
    q.exec(QStringLiteral("SELECT name FROM teams ORDER BY name"));
    while (q.next())
        m_team->addItem(q.value(0).toString(), q.value(0).toString());
    m_agent->addItem(tr("All agents"), QString());
    q.exec(QStringLiteral("SELECT id, coalesce(name, id) FROM agents ORDER BY 2"));
    while (q.next())
        m_agent->addItem(q.value(1).toString(), q.value(0).toString());
    m_agent->setMaximumWidth(180);
    m_channel->addItem(tr("Calls and chats"), QString());
    for (const char *c : {"call", "chat"})
        m_channel->addItem(labels::channel(QLatin1String(c)), QLatin1String(c));
    m_business->addItem(tr("All business types"), QString());
    for (const char *b : {"consult", "fault", "complaint", "service_request", "other"})
        m_business->addItem(labels::businessType(QLatin1String(b)), QLatin1String(b));
}

void ReportsWindow::periodChanged()
{
    const int code = m_period->currentData().toInt();
    const QDate today = QDate::currentDate();
    const bool custom = code == 0;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (code > 0) {
        m_to->setDate(today);
        m_from->setDate(today.addDays(1 - code));
    } else if (code == -1) {
        m_from->setDate(QDate(today.year(), today.month(), 1));
        m_to->setDate(today);
    } else if (code == -2) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        m_from->setDate(first);
        m_to->setDate(first.addMonths(1).addDays(-1));
    } else if (code == -3) {
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
    if (!custom && m_tabs->count() > 0)
        refresh();
}

void ReportsWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_period->setCurrentIndex(m_period->findData(0));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(to);
}

ReportFilter ReportsWindow::reportFilter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.team = m_team->currentData().toString();
    f.agentId = m_agent->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.businessType = m_business->currentData().toString();
    return f;
}

IndicatorFilter ReportsWindow::indicatorFilter() const
{
    IndicatorFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.team = m_team->currentData().toString();
    f.agent = m_agent->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.businessType = m_business->currentData().toString();
    return f;
}

void ReportsWindow::refresh()
{
    if (isRunning()) {
        // The newest filter wins: stop this run, start again when it has stopped.
        cancel();
        m_watcher.waitForFinished();
    }
    if (m_from->date() > m_to->date()) {
        showStatus(tr("The period ends before it starts."), true);
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_refresh->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    showStatus(tr("Computing…"));
    const QString path = m_workspace.storePath;
    const ReportFilter filter = reportFilter();
    const IndicatorFilter indicators = indicatorFilter();
    const auto period = ReportPeriod(m_trendPeriod->currentData().toInt());
    const auto by = RankingBy(m_rankingBy->currentData().toInt());
    const QString groupBy = m_groupBy->currentData().toString();
    const auto cancel = m_cancelFlag;
    QPointer<ReportsWindow> self(this);
    const auto step = [self](int done, const QString &what) {
        QMetaObject::invokeMethod(
            self,
            [self, done, what] {
                if (!self)
                    return;
                self->m_progress->setRange(0, 9);
                self->m_progress->setValue(done);
                self->showStatus(what);
            },
            Qt::QueuedConnection);
    };
    // Its own connection on its own thread: a connection belongs to the thread that opened it.
    m_watcher.setFuture(QtConcurrent::run([=] {
        Outcome out;
        QString error;
        const std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            out.error = error;
            return out;
        }
        ReportRepository reports(*store);
        const auto failed = [&] {
            out.cancelled = cancel->load();
            out.error = error;
            return out;
        };
        step(0, tr("Bringing the report figures up to date…"));
        if (reports.refresh(&error, {}, cancel.get()) < 0)
            return failed();
        step(1, tr("Score distribution…"));
        if (auto d = reports.distribution(filter, &error, cancel.get()))
            out.distribution = *d;
        else
            return failed();
        step(2, tr("Trend…"));
        if (auto t = reports.trend(filter, period, &error, cancel.get()))
            out.trend = std::move(*t);
        else
            return failed();
        step(3, tr("Ranking…"));
        if (auto r = reports.ranking(filter, by, &error, cancel.get()))
            out.ranking = std::move(*r);
        else
            return failed();
        step(4, tr("Pass rate per item…"));
        if (auto i = reports.items(filter, &error, cancel.get()))
            out.items = std::move(*i);
        else
            return failed();
        step(5, tr("Problems…"));
        if (auto p = reports.problems(filter, &error, cancel.get()))
            out.problems = std::move(*p);
        else
            return failed();
        step(6, tr("Inspectors…"));
        if (auto s = reports.inspectors(filter, &error, cancel.get()))
            out.inspectors = std::move(*s);
        else
            return failed();
        step(7, tr("Indicators…"));
        IndicatorRepository indicatorRepository(*store);
        if (auto r = indicatorRepository.report(indicators, groupBy, &error, {}, cancel.get()))
            out.indicators = std::move(*r);
        else
            return failed();
        return out;
    }));
}

void ReportsWindow::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReportsWindow::showOutcome(const Outcome &outcome)
{
    m_refresh->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    if (outcome.cancelled) {
        showStatus(tr("Cancelled; the pages still show the previous figures."));
        Q_EMIT refreshed(false);
        return;
    }
    if (!outcome.error.isEmpty()) {
        showStatus(outcome.error, true);
        Q_EMIT refreshed(false);
        return;
    }
    m_outcome = std::make_unique<Outcome>(outcome);
    showDistribution();
    showTrend();
    showRanking();
    showItems();
    showProblems();
    showInspectors();
    showIndicators();
    showStatus(tr("%n submitted evaluation(s) in %1 (calibration evaluations are not counted).", nullptr,
                  m_outcome->distribution.count)
                   .arg(filterDescription()));
    Q_EMIT refreshed(true);
}

void ReportsWindow::showDistribution()
{
    const ScoreDistribution &d = m_outcome->distribution;
    const auto number = [](const std::optional<double> &v) {
        return v ? QLocale().toString(*v, 'f', 1) : dash();
    };
    m_summary->setText(
        tr("%n evaluation(s) · mean %1 · median %2 · standard deviation %3 · passed %4 · fatal %5", nullptr, d.count)
            .arg(number(d.mean), number(d.median), number(d.stddev), d.passRate ? percentText(*d.passRate) : dash())
            .arg(d.fatal));
    QStringList bins;
    QList<qreal> counts;
    for (int i = 0; i < 10; ++i) {
        bins << (i < 9 ? QStringLiteral("%1–%2").arg(i * 10).arg(i * 10 + 9) : QStringLiteral("90–100"));
        counts << d.bins[size_t(i)];
    }
    barChart(m_charts[Distribution]->chart(), tr("Evaluations per score band"), d.count > 0 ? bins : QStringList{},
             {{tr("Evaluations"), counts}}, false);
    fillTable(m_tables[Distribution], ReportRepository::table(d));
}

void ReportsWindow::showTrend()
{
    const std::vector<TrendRow> &rows = m_outcome->trend;
    QChart *chart = m_charts[Trend]->chart();
    clearChart(chart);
    chart->setTitle(tr("Mean score and pass rate"));
    if (!rows.empty()) {
        auto *mean = new QLineSeries;
        mean->setName(tr("Mean score"));
        mean->setPointsVisible(true);
        mean->setColor(kBlue);
        auto *pass = new QLineSeries;
        pass->setName(tr("Pass rate (%)"));
        pass->setPointsVisible(true);
        pass->setColor(kGreen);
        QStringList labels;
        for (int i = 0; i < int(rows.size()); ++i) {
            mean->append(i, rows[size_t(i)].mean);
            pass->append(i, rows[size_t(i)].passRate * 100);
            labels << rows[size_t(i)].label;
        }
        chart->addSeries(mean);
        chart->addSeries(pass);
        auto *x = new QBarCategoryAxis;
        x->append(labels);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries *s : {mean, pass}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        chart->legend()->setVisible(true);
    }
    fillTable(m_tables[Trend], ReportRepository::table(rows));
}

void ReportsWindow::showRanking()
{
    const std::vector<RankingRow> &rows = m_outcome->ranking;
    const auto by = RankingBy(m_rankingBy->currentData().toInt());
    // The best twenty, the best at the top (horizontal bars are drawn from the bottom).
    QStringList names;
    QList<qreal> means;
    const int shown = std::min<int>(20, int(rows.size()));
    for (int i = shown - 1; i >= 0; --i) {
        names << elided(rows[size_t(i)].name.isEmpty() ? tr("(no team)") : rows[size_t(i)].name);
        means << rows[size_t(i)].mean;
    }
    barChart(m_charts[Ranking]->chart(),
             shown < int(rows.size()) ? tr("Mean score — the best %1").arg(shown) : tr("Mean score"), names,
             {{tr("Mean score"), means}}, true, 100);
    fillTable(m_tables[Ranking], ReportRepository::table(rows, by));
}

void ReportsWindow::showItems()
{
    const std::vector<ItemStat> &rows = m_outcome->items;
    QStringList names;
    QList<qreal> rates, targets;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const ItemStat &s = rows[size_t(i)];
        if (!s.passRate)
            continue;
        names << elided(s.text, 22);
        rates << *s.passRate * 100;
        targets << (s.target ? *s.target * 100 : 0);
    }
    barChart(m_charts[Items]->chart(), tr("Pass rate per item (%) against its target"), names,
             {{tr("Pass rate"), rates}, {tr("Target"), targets}}, true, 100);
    fillTable(m_tables[Items], ReportRepository::table(rows), [&rows](int r) { return rows[size_t(r)].belowTarget; });
}

void ReportsWindow::showProblems()
{
    const ProblemReport &p = m_outcome->problems;
    QStringList names;
    QList<qreal> failed;
    const int shown = std::min<int>(10, int(p.items.size()));
    for (int i = shown - 1; i >= 0; --i) {
        names << elided(p.items[size_t(i)].text, 22);
        failed << p.items[size_t(i)].failed;
    }
    barChart(m_charts[Problems]->chart(), tr("Most-failed items"), names, {{tr("Failed"), failed}}, true);
    fillTable(m_tables[Problems], ReportRepository::itemsTable(p));
    fillTable(m_rulesTable, ReportRepository::rulesTable(p));
}

void ReportsWindow::showInspectors()
{
    const std::vector<InspectorStat> &rows = m_outcome->inspectors;
    QStringList names;
    QList<qreal> counts;
    const int shown = std::min<int>(20, int(rows.size()));
    for (int i = shown - 1; i >= 0; --i) {
        names << elided(rows[size_t(i)].name);
        counts << rows[size_t(i)].submitted;
    }
    barChart(m_charts[Inspectors]->chart(), tr("Evaluations submitted"), names, {{tr("Evaluations"), counts}}, true);
    fillTable(m_tables[Inspectors], ReportRepository::table(rows));
}

void ReportsWindow::showIndicators()
{
    const IndicatorReport &r = m_outcome->indicators;
    QTableWidget *t = m_tables[Indicators];
    const QStringList &metrics = IndicatorRepository::metrics();
    QStringList headers{tr("Group"), tr("Conversations")};
    for (const QString &metric : metrics) {
        // The thresholds the report was computed against (read on the worker, with everything else).
        const IndicatorValue *total = r.total.value(metric);
        const std::optional<double> threshold = total ? total->threshold : std::nullopt;
        headers << (threshold ? tr("%1\n(%2 %3)")
                                    .arg(IndicatorRepository::metricName(metric),
                                         IndicatorRepository::lowerIsBetter(metric) ? QStringLiteral("≤")
                                                                                    : QStringLiteral("≥"),
                                         metricValueText(metric, threshold))
                              : IndicatorRepository::metricName(metric));
    }
    t->clear();
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    std::vector<const IndicatorGroup *> groups{&r.total};
    for (const IndicatorGroup &g : r.groups)
        groups.push_back(&g);
    t->setRowCount(int(groups.size()));
    int anomalies = 0;
    for (int row = 0; row < int(groups.size()); ++row) {
        const IndicatorGroup &g = *groups[size_t(row)];
        auto *name = new QTableWidgetItem(row == 0 ? tr("Whole selection") : g.name);
        if (row == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        t->setItem(row, 0, name);
        auto *count = new QTableWidgetItem(QLocale().toString(g.conversations));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, 1, count);
        for (int c = 0; c < int(metrics.size()); ++c) {
            const IndicatorValue *v = g.value(metrics[c]);
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (v) {
                QString text = metricValueText(metrics[c], v->value);
                QStringList tip{tr("%n conversation(s) behind this figure", nullptr, v->n)};
                if (!v->meets) {
                    item->setBackground(kMiss);
                    tip << tr("Misses the threshold");
                }
                if (v->anomaly) {
                    ++anomalies;
                    text = (v->worse ? QStringLiteral("⚠ ") : QStringLiteral("↗ ")) + text;
                    item->setBackground(v->meets ? kAnomaly : kMiss);
                    tip << tr("Far from its own baseline: %1 over the previous %n period(s), z = %2", nullptr,
                              v->baselinePeriods)
                               .arg(metricValueText(metrics[c], v->baselineMean),
                                    v->z ? QLocale().toString(*v->z, 'f', 1) : dash());
                }
                item->setText(text);
                item->setToolTip(tip.join(QLatin1Char('\n')));
            } else {
                item->setText(dash());
            }
            t->setItem(row, 2 + c, item);
        }
    }
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (anomalies > 0)
        m_tabs->setTabText(Indicators, tr("Indicators (%1 ⚠)").arg(anomalies));
    else
        m_tabs->setTabText(Indicators, tr("Indicators"));
    showCsat(0);
    m_drilled.clear();
    m_drillTable->setRowCount(0);
    m_drillMetric.clear();
    m_drillLabel->setText(tr("Click a figure above to list the conversations behind it."));
    m_sampleButton->setEnabled(false);
}

void ReportsWindow::showCsat(int row)
{
    if (!m_outcome)
        return;
    const IndicatorReport &r = m_outcome->indicators;
    const IndicatorGroup *g = row <= 0                         ? &r.total
                              : row - 1 < int(r.groups.size()) ? &r.groups[size_t(row - 1)]
                                                               : nullptr;
    if (!g)
        return;
    QList<qreal> counts;
    int rated = 0;
    for (const int n : g->csatCounts) {
        counts << n;
        rated += n;
    }
    const QString who = row <= 0 ? tr("whole selection") : g->name;
    barChart(m_charts[Indicators]->chart(), tr("Customer satisfaction (1–5), %1").arg(who),
             rated > 0 ? QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                     QStringLiteral("5")}
                       : QStringList{},
             {{tr("Conversations"), counts}}, false);
}

bool ReportsWindow::drillInto(int row, const QString &metric)
{
    if (!m_outcome || metric.isEmpty())
        return false;
    const IndicatorReport &r = m_outcome->indicators;
    if (row < 0 || row > int(r.groups.size()))
        return false;
    IndicatorFilter filter = r.filter;
    QString who = tr("whole selection");
    if (row > 0) {
        const IndicatorGroup &g = r.groups[size_t(row - 1)];
        (r.groupBy == QLatin1String("agent") ? filter.agent : filter.team) = g.key;
        who = g.name;
    }
    QString error;
    const auto list =
        IndicatorRepository(*m_workspace.store)
            .conversations(filter, metric, IndicatorRepository::kDefaultLimit, m_onlyOffending->isChecked(), &error);
    if (!list) {
        showStatus(error, true);
        return false;
    }
    m_drillRow = row;
    m_drillMetric = metric;
    m_drilled = *list;
    int offending = 0;
    m_drillTable->clear();
    m_drillTable->setColumnCount(6);
    m_drillTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Channel"), tr("Agent"), tr("Team"), IndicatorRepository::metricName(metric), QString()});
    m_drillTable->setRowCount(int(m_drilled.size()));
    for (int i = 0; i < int(m_drilled.size()); ++i) {
        const IndicatorConversation &c = m_drilled[size_t(i)];
        offending += c.offending ? 1 : 0;
        QString value = metricValueText(metric, c.value);
        if (metric == QLatin1String("resolution"))
            value = c.value && *c.value > 0 ? tr("resolved") : tr("not resolved");
        else if (metric == QLatin1String("repeat_contact"))
            value = c.value && *c.value > 0 ? tr("contacted again") : tr("no repeat");
        const QStringList cells{labels::sourceDateTime(c.startedAt),
                                labels::channel(c.channel),
                                c.agentName,
                                c.teamName,
                                value,
                                c.offending ? tr("misses the threshold") : QString()};
        for (int col = 0; col < int(cells.size()); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (c.offending)
                item->setBackground(kMiss);
            m_drillTable->setItem(i, col, item);
        }
    }
    m_drillLabel->setText(tr("%1 · %2: %n conversation(s) listed, %3 missing the threshold (newest first, at most %4).",
                             nullptr, int(m_drilled.size()))
                              .arg(IndicatorRepository::metricName(metric), who)
                              .arg(offending)
                              .arg(IndicatorRepository::kDefaultLimit));
    m_sampleButton->setEnabled(!m_drilled.empty() &&
                               Permissions::may(m_workspace.user, Permissions::Action::ManageSampling));
    return true;
}

QString ReportsWindow::sampleListed(QString *error)
{
    if (!m_outcome || m_drilled.empty()) {
        *error = tr("List some conversations first: click a figure on the indicators page.");
        return {};
    }
    QStringList ids;
    for (const IndicatorConversation &c : m_drilled)
        ids << c.id;
    IndicatorFilter filter = m_outcome->indicators.filter;
    const QString id =
        IndicatorRepository(*m_workspace.store).sample(m_workspace.user, filter, m_drillMetric, ids, error);
    if (id.isEmpty())
        return {};
    showStatus(tr("Sample %1 made of %n conversation(s).", nullptr, int(ids.size())).arg(id.left(8)));
    Q_EMIT sampleCreated(id, int(ids.size()));
    return id;
}

void ReportsWindow::showPage(Page p)
{
    m_tabs->setCurrentIndex(int(p));
}

ReportsWindow::Page ReportsWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

QTableWidget *ReportsWindow::table(Page p) const
{
    return m_tables[p];
}

QChart *ReportsWindow::chart(Page p) const
{
    return m_charts[p]->chart();
}

ReportTable ReportsWindow::indicatorTable() const
{
    ReportTable t;
    t.columns = QStringList{QStringLiteral("group"), QStringLiteral("conversations")};
    t.headers = QStringList{tr("Group"), tr("Conversations")};
    for (const QString &metric : IndicatorRepository::metrics()) {
        t.columns << metric << metric + QStringLiteral("_n") << metric + QStringLiteral("_threshold")
                  << metric + QStringLiteral("_meets") << metric + QStringLiteral("_anomaly");
        const QString name = IndicatorRepository::metricName(metric);
        t.headers << name << tr("%1: conversations").arg(name) << tr("%1: threshold").arg(name)
                  << tr("%1: meets").arg(name) << tr("%1: anomaly").arg(name);
    }
    if (!m_outcome)
        return t;
    const IndicatorReport &r = m_outcome->indicators;
    std::vector<const IndicatorGroup *> groups{&r.total};
    for (const IndicatorGroup &g : r.groups)
        groups.push_back(&g);
    const auto orNull = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant();
    };
    for (const IndicatorGroup *g : groups) {
        QVariantList row{g == &r.total ? tr("Whole selection") : g->name, g->conversations};
        for (const QString &metric : IndicatorRepository::metrics()) {
            const IndicatorValue *v = g->value(metric);
            row << (v ? orNull(v->value) : QVariant()) << (v ? v->n : 0) << (v ? orNull(v->threshold) : QVariant())
                << (v ? v->meets : true) << (v ? v->anomaly : false);
        }
        t.rows << row;
    }
    return t;
}

std::vector<std::pair<QString, ReportTable>> ReportsWindow::pageTables(Page p) const
{
    std::vector<std::pair<QString, ReportTable>> out;
    if (!m_outcome)
        return out;
    const QString title = m_tabs->tabText(int(p));
    switch (p) {
    case Distribution:
        out.emplace_back(tr("Summary"), ReportRepository::summaryTable(m_outcome->distribution));
        out.emplace_back(tr("Score bands"), ReportRepository::table(m_outcome->distribution));
        break;
    case Trend:
        out.emplace_back(title, ReportRepository::table(m_outcome->trend));
        break;
    case Ranking:
        out.emplace_back(title,
                         ReportRepository::table(m_outcome->ranking, RankingBy(m_rankingBy->currentData().toInt())));
        break;
    case Items:
        out.emplace_back(title, ReportRepository::table(m_outcome->items));
        break;
    case Problems:
        out.emplace_back(tr("Most-failed items"), ReportRepository::itemsTable(m_outcome->problems));
        out.emplace_back(tr("Most-hit rules"), ReportRepository::rulesTable(m_outcome->problems));
        break;
    case Inspectors:
        out.emplace_back(title, ReportRepository::table(m_outcome->inspectors));
        break;
    case Indicators:
        out.emplace_back(tr("Indicators"), indicatorTable());
        break;
    }
    return out;
}

QString ReportsWindow::filterDescription() const
{
    QStringList parts{
        QStringLiteral("%1 – %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))};
    for (QComboBox *box : {m_team, m_agent, m_channel, m_business}) {
        if (box->currentIndex() > 0)
            parts << box->currentText();
    }
    return parts.join(QStringLiteral(" · "));
}

bool ReportsWindow::exportCsv(Page p, const QString &path, QString *error) const
{
    const auto tables = pageTables(p);
    if (tables.empty()) {
        *error = tr("Nothing to export yet: the figures are still being computed.");
        return false;
    }
    // One table per file reads best in Excel; a page with two puts a titled blank-line-separated block for each.
    QByteArray bytes;
    for (size_t i = 0; i < tables.size(); ++i) {
        QByteArray csv = tables[i].second.toCsv(true);
        if (tables.size() > 1) {
            if (i > 0) {
                csv.remove(0, 3); // the byte-order mark once, at the start of the file
                bytes += "\r\n";
            }
            const QByteArray heading = tables[i].first.toUtf8() + "\r\n";
            csv.insert(i == 0 ? 3 : 0, heading);
        }
        bytes += csv;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ReportsWindow::exportPdf(Page p, const QString &path, QString *error) const
{
    const auto tables = pageTables(p);
    if (tables.empty()) {
        *error = tr("Nothing to export yet: the figures are still being computed.");
        return false;
    }
    const QString title = m_tabs->tabText(int(p));
    // The chart as the window draws it, at print resolution.
    QChart *chart = m_charts[p]->chart();
    const QSize size(1800, 800);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QSize onScreen = m_charts[p]->size().isEmpty() ? QSize(900, 400) : m_charts[p]->size();
        painter.scale(qreal(size.width()) / onScreen.width(), qreal(size.height()) / onScreen.height());
        m_charts[p]->render(&painter, QRectF(QPointF(0, 0), onScreen), m_charts[p]->rect());
    }
    QString html = QStringLiteral("<html><body><h1>") + PdfDocument::esc(title) +
                   QStringLiteral("</h1><p class=\"muted\">") + PdfDocument::esc(filterDescription()) +
                   QStringLiteral("</p>");
    if (!chart->series().isEmpty())
        html += QStringLiteral("<p><img src=\"chart\" width=\"@chart-width@\"></p>");
    for (const auto &[name, table] : tables) {
        html += QStringLiteral("<h2>") + PdfDocument::esc(name) + QStringLiteral("</h2>");
        QList<QStringList> rows;
        for (const QVariantList &row : table.rows) {
            QStringList cells;
            for (int c = 0; c < int(table.columns.size()); ++c)
                cells << PdfDocument::esc(cellText(table.columns[c], row.value(c)));
            rows << cells;
        }
        QStringList headers;
        for (const QString &h : table.headers)
            headers << PdfDocument::esc(h);
        html += PdfDocument::table(headers, {}, rows);
    }
    html += QStringLiteral("</body></html>");
    PdfDocument::Options options;
    options.title = title;
    options.footer = tr("QA Workbench · %1 · %2").arg(title, filterDescription());
    options.orientation = QPageLayout::Landscape;
    // The picture spans the page: its width is known once the writer is set up, before write() lays out `html`
    // (which it reads through the reference, so the edit made here is what gets laid out).
    options.prepare = [&image, &html](QTextDocument &doc, const QPdfWriter &writer) {
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart")), image);
        html.replace(QStringLiteral("@chart-width@"), QString::number(int(writer.width() * 0.98)));
    };
    return PdfDocument::write(html, options, path, error);
}

void ReportsWindow::promptExport(bool pdf)
{
    const Page p = currentPage();
    const QString base = m_tabs->tabText(int(p)).section(QLatin1Char(' '), 0, 0);
    const QString path = pdf ? QFileDialog::getSaveFileName(this, tr("Export PDF"), base + QStringLiteral(".pdf"),
                                                            tr("PDF files (*.pdf)"))
                             : QFileDialog::getSaveFileName(this, tr("Export CSV"), base + QStringLiteral(".csv"),
                                                            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(p, path, &error) : exportCsv(p, path, &error)))
        QMessageBox::warning(this, windowTitle(), error);
    else
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsWindow::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
}

QString ReportsWindow::statusText() const
{
    return m_status->text();
}

} // namespace qawb
