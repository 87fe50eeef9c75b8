#include "samplingdialog.h"

#include "labels.h"
#include "queuelistmodel.h"

#include "core/permissions.h"
#include "core/store.h"

#include <QAbstractTableModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace qawb {

namespace {

const char *const kBusinessTypes[] = {"consult", "fault", "complaint", "service_request", "other"};
const char *const kDimensions[] = {"channel", "business_type", "hour", "weekday"};

// Rows of values for a result table; numbers stay numbers so the views sort them as numbers.
class RowsModel final : public QAbstractTableModel
{
public:
    RowsModel(QStringList headers, QObject *parent)
        : QAbstractTableModel(parent)
        , m_headers(std::move(headers))
    {}

    void setRows(std::vector<QVariantList> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const QVariant value = m_rows[size_t(index.row())].value(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return value;
        case Qt::TextAlignmentRole:
            return value.typeId() == QMetaType::Int ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return {};
    }

private:
    QStringList m_headers;
    std::vector<QVariantList> m_rows;
};

RowsModel *rowsModel(const QTableView *view)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(view->model());
    return static_cast<RowsModel *>(proxy->sourceModel());
}

QTableView *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(new RowsModel(headers, view));
    proxy->setSortLocaleAware(true);
    view->setModel(proxy);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the order the rows came in until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

void fillTable(QTableView *view, std::vector<QVariantList> rows)
{
    rowsModel(view)->setRows(std::move(rows));
    // Fit the columns to what the first rows hold (resizeColumnsToContents reads every row: slow on big samples).
    view->horizontalHeader()->setResizeContentsPrecision(200);
    view->resizeColumnsToContents();
}

// "1:25" (hours:minutes) of an expected review time.
QString hoursMinutes(double seconds)
{
    const qint64 minutes = qint64(std::lround(seconds / 60.0));
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDate firstDay(const SamplePeriod &period)
{
    return QDateTime::fromMSecsSinceEpoch(period.fromMs).date();
}

QDate lastDay(const SamplePeriod &period)
{
    return QDateTime::fromMSecsSinceEpoch(period.toMs - 1).date();
}

QSpinBox *spin(int minimum, int maximum, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(minimum, maximum);
    s->setGroupSeparatorShown(true);
    s->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // numbers do not need the whole row
    return s;
}

} // namespace

SamplingDialog::SamplingDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
{
    setWindowTitle(tr("Sample and assign"));
    setSizeGripEnabled(true);

    QWidget *planForm = buildPlanForm();
    QWidget *results = buildResults();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(planForm);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    // Wide enough for the form, whatever language its labels are in.
    scroll->setMinimumWidth(planForm->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SamplingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<SamplePreview>>::finished, this,
            &SamplingDialog::onPreviewFinished);

    reloadPlans();
    reloadInspectors();
    SamplingPlan defaults;
    defaults.rate = 0.05;
    setPlan(defaults);

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1240, available.width() - 40), qMin(760, available.height() - 40));
    splitter->setSizes({scroll->minimumWidth(), width() - scroll->minimumWidth()});
}

SamplingDialog::~SamplingDialog()
{
    cancelPreview();
    m_watcher.waitForFinished();
}

QWidget *SamplingDialog::buildPlanForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 6, 0);

    // Saved plans.
    auto *plansBox = new QGroupBox(tr("Sampling plan"), form);
    auto *plansLayout = new QVBoxLayout(plansBox);
    m_plans = new QComboBox(plansBox);
    m_plans->setAccessibleName(tr("Saved plans"));
    m_plans->setPlaceholderText(tr("Saved plans…"));
    connect(m_plans, &QComboBox::activated, this, [this](int index) { loadPlan(m_plans->itemText(index)); });
    auto *newButton = new QPushButton(tr("New"), plansBox);
    auto *importButton = new QPushButton(tr("Import from file…"), plansBox);
    auto *saveButton = new QPushButton(tr("Save plan"), plansBox);
    auto *deleteButton = new QPushButton(tr("Delete"), plansBox);
    saveButton->setToolTip(tr("Stores the plan under its name, replacing a saved plan of that name"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        SamplingPlan plan;
        plan.rate = 0.05;
        plan.seed = QRandomGenerator::global()->bounded(1u, 1000000000u);
        m_plans->setCurrentIndex(-1);
        setPlan(plan);
        m_name->setFocus();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import sampling plan"), QString(),
                                                          tr("Sampling plans (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!importPlan(path, &error))
            QMessageBox::warning(this, tr("Import sampling plan"),
                                 tr("%1 is not a sampling plan:\n%2").arg(QDir::toNativeSeparators(path), error));
    });
    connect(saveButton, &QPushButton::clicked, this, &SamplingDialog::savePlan);
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        const QString name = m_plans->currentIndex() >= 0 ? m_plans->currentText() : QString();
        if (name.isEmpty()) {
            showStatus(tr("Choose a saved plan to delete."), true);
            return;
        }
        if (QMessageBox::question(this, tr("Delete sampling plan"),
                                  tr("Delete the saved plan “%1”? Samples drawn with it keep their copy.").arg(name)) ==
            QMessageBox::Yes)
            deletePlan(name);
    });
    plansLayout->addWidget(m_plans);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(newButton);
    planButtons->addWidget(importButton);
    planButtons->addWidget(saveButton);
    planButtons->addWidget(deleteButton);
    planButtons->addStretch(1);
    plansLayout->addLayout(planButtons);
    layout->addWidget(plansBox);

    // Size, seed, period.
    auto *sizeBox = new QGroupBox(tr("Size"), form);
    auto *sizeLayout = new QFormLayout(sizeBox);
    m_name = new QLineEdit(sizeBox);
    m_name->setPlaceholderText(tr("e.g. 周报抽样"));
    sizeLayout->addRow(tr("Name:"), m_name);
    m_byRate = new QRadioButton(tr("Share of the eligible"), sizeBox);
    m_byCount = new QRadioButton(tr("Fixed number"), sizeBox);
    auto *sizeGroup = new QButtonGroup(sizeBox);
    sizeGroup->addButton(m_byRate);
    sizeGroup->addButton(m_byCount);
    m_rate = new QDoubleSpinBox(sizeBox);
    m_rate->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_rate->setRange(0.01, 100);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(1);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setAccessibleName(tr("Share of the eligible conversations, in percent"));
    m_count = spin(1, 10000000, sizeBox);
    m_count->setAccessibleName(tr("Number of conversations"));
    auto *sizeGrid = new QGridLayout;
    sizeGrid->addWidget(m_byRate, 0, 0);
    sizeGrid->addWidget(m_rate, 0, 1);
    sizeGrid->addWidget(m_byCount, 1, 0);
    sizeGrid->addWidget(m_count, 1, 1);
    sizeGrid->setColumnStretch(2, 1);
    sizeLayout->addRow(tr("Sample:"), sizeGrid);
    m_seed = new QLineEdit(sizeBox);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
    m_seed->setToolTip(tr("The same plan, seed and conversations always draw the same sample"));
    auto *newSeed = new QPushButton(tr("New seed"), sizeBox);
    connect(newSeed, &QPushButton::clicked, this,
            [this] { m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1u, 1000000000u))); });
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(newSeed);
    sizeLayout->addRow(tr("Seed:"), seedRow);
    m_periodDays = spin(1, 3660, sizeBox);
    m_periodDays->setSuffix(tr(" days"));
    m_periodDays->setToolTip(tr("The period the plan draws from by default: this many days up to yesterday"));
    connect(m_periodDays, &QSpinBox::valueChanged, this, [this](int days) {
        if (m_loading)
            return;
        const SamplePeriod p = SamplePeriod::lastDays(days);
        setPeriod(firstDay(p), lastDay(p));
    });
    sizeLayout->addRow(tr("Default period:"), m_periodDays);
    layout->addWidget(sizeBox);

    // Scope.
    auto *scopeBox = new QGroupBox(tr("Scope (nothing ticked: all)"), form);
    auto *scopeLayout = new QFormLayout(scopeBox);
    auto *channelRow = new QHBoxLayout;
    for (const QString &code : {QStringLiteral("call"), QStringLiteral("chat")}) {
        auto *box = new QCheckBox(labels::channel(code), scopeBox);
        m_channels.insert(code, box);
        channelRow->addWidget(box);
    }
    channelRow->addStretch(1);
    scopeLayout->addRow(tr("Channels:"), channelRow);
    auto *typeGrid = new QGridLayout;
    int n = 0;
    for (const char *code : kBusinessTypes) {
        auto *box = new QCheckBox(labels::businessType(QLatin1String(code)), scopeBox);
        m_businessTypes.insert(QLatin1String(code), box);
        typeGrid->addWidget(box, n / 2, n % 2);
        ++n;
    }
    scopeLayout->addRow(tr("Business types:"), typeGrid);
    m_teams = new QListWidget(scopeBox);
    m_teams->setAccessibleName(tr("Teams"));
    m_teams->setMaximumHeight(m_teams->fontMetrics().lineSpacing() * 4 + 12);
    scopeLayout->addRow(tr("Teams:"), m_teams);
    layout->addWidget(scopeBox);

    // Strata and per-agent limits.
    auto *drawBox = new QGroupBox(tr("Drawing"), form);
    auto *drawLayout = new QFormLayout(drawBox);
    auto *strataGrid = new QGridLayout;
    const QString dimensionNames[] = {tr("Channel"), tr("Business type"), tr("Hour of day"), tr("Weekday")};
    n = 0;
    for (const char *code : kDimensions) {
        auto *box = new QCheckBox(dimensionNames[n], drawBox);
        m_stratify.insert(QLatin1String(code), box);
        strataGrid->addWidget(box, n / 2, n % 2);
        ++n;
    }
    m_stratify.value(QStringLiteral("hour"))->setToolTip(tr("Hour and weekday together make many small strata"));
    m_stratify.value(QStringLiteral("weekday"))->setToolTip(tr("Hour and weekday together make many small strata"));
    drawLayout->addRow(tr("Stratify by agent and:"), strataGrid);
    m_perAgentMin = spin(0, 100000, drawBox);
    m_perAgentMax = spin(0, 100000, drawBox);
    m_perAgentMax->setSpecialValueText(tr("no maximum"));
    auto *perAgentRow = new QHBoxLayout;
    perAgentRow->addWidget(new QLabel(tr("at least"), drawBox));
    perAgentRow->addWidget(m_perAgentMin);
    perAgentRow->addWidget(new QLabel(tr("at most"), drawBox));
    perAgentRow->addWidget(m_perAgentMax);
    perAgentRow->addStretch(1);
    drawLayout->addRow(tr("Per agent:"), perAgentRow);
    layout->addWidget(drawBox);

    // Triggers.
    auto *triggerBox = new QGroupBox(tr("Triggers (always picked, each up to its cap)"), form);
    auto *triggerLayout = new QVBoxLayout(triggerBox);
    auto *triggerGrid = new QGridLayout;
    n = 0;
    for (const QString &kind : SamplingPlan::triggerKinds()) {
        auto *box = new QCheckBox(SamplingPlan::triggerName(kind), triggerBox);
        auto *cap = spin(0, 1000000, triggerBox);
        cap->setPrefix(QStringLiteral("≤ "));
        cap->setValue(10);
        cap->setToolTip(tr("At most this many conversations are picked by this trigger"));
        cap->setAccessibleName(tr("Cap for %1").arg(SamplingPlan::triggerName(kind)));
        m_triggerBoxes.insert(kind, box);
        m_triggerCaps.insert(kind, cap);
        triggerGrid->addWidget(box, n, 0);
        triggerGrid->addWidget(cap, n, 1);
        ++n;
    }
    triggerGrid->setColumnStretch(0, 1);
    triggerLayout->addLayout(triggerGrid);
    auto *triggerOptions = new QFormLayout;
    m_repeatDays = spin(1, 365, triggerBox);
    m_repeatDays->setSuffix(tr(" days"));
    triggerOptions->addRow(tr("Repeat contact within:"), m_repeatDays);
    m_baselineDays = spin(1, 3650, triggerBox);
    m_baselineDays->setSuffix(tr(" days"));
    m_baselineDays->setToolTip(tr("An agent's indicators in the period against the days before it"));
    triggerOptions->addRow(tr("Anomaly baseline:"), m_baselineDays);
    m_anomalyZ = new QDoubleSpinBox(triggerBox);
    m_anomalyZ->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_anomalyZ->setRange(0.1, 20);
    m_anomalyZ->setDecimals(1);
    m_anomalyZ->setSingleStep(0.5);
    m_anomalyZ->setToolTip(tr("How many standard errors the agent's mean must move"));
    triggerOptions->addRow(tr("Anomaly threshold (z):"), m_anomalyZ);
    triggerLayout->addLayout(triggerOptions);
    layout->addWidget(triggerBox);

    // Exclusions.
    auto *excludeBox = new QGroupBox(tr("Leave out"), form);
    auto *excludeLayout = new QFormLayout(excludeBox);
    m_excludeEvaluated = new QCheckBox(tr("Conversations already evaluated"), excludeBox);
    m_excludeQueued = new QCheckBox(tr("Conversations in another open queue"), excludeBox);
    excludeLayout->addRow(m_excludeEvaluated);
    excludeLayout->addRow(m_excludeQueued);
    m_minCallSeconds = new QDoubleSpinBox(excludeBox);
    m_minCallSeconds->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_minCallSeconds->setRange(0, 36000);
    m_minCallSeconds->setDecimals(0);
    m_minCallSeconds->setSuffix(tr(" s"));
    m_minCallSeconds->setSpecialValueText(tr("no minimum"));
    excludeLayout->addRow(tr("Calls shorter than:"), m_minCallSeconds);
    m_minChatMessages = spin(0, 10000, excludeBox);
    m_minChatMessages->setSuffix(tr(" messages"));
    m_minChatMessages->setSpecialValueText(tr("no minimum"));
    excludeLayout->addRow(tr("Chats with fewer than:"), m_minChatMessages);
    layout->addWidget(excludeBox);
    layout->addStretch(1);

    // Any edit makes the preview out of date.
    for (QCheckBox *box : form->findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &SamplingDialog::planEdited);
    for (QRadioButton *radio : {m_byRate, m_byCount})
        connect(radio, &QRadioButton::toggled, this, &SamplingDialog::planEdited);
    for (QSpinBox *s : form->findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &SamplingDialog::planEdited);
    for (QDoubleSpinBox *s : form->findChildren<QDoubleSpinBox *>())
        connect(s, &QDoubleSpinBox::valueChanged, this, &SamplingDialog::planEdited);
    connect(m_name, &QLineEdit::textChanged, this, &SamplingDialog::planEdited);
    connect(m_seed, &QLineEdit::textChanged, this, &SamplingDialog::planEdited);
    connect(m_teams, &QListWidget::itemChanged, this, &SamplingDialog::planEdited);
    return form;
}

QWidget *SamplingDialog::buildResults()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);

    // Period and preview.
    auto *previewBox = new QGroupBox(tr("Preview"), panel);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_from = new QDateEdit(previewBox);
    m_to = new QDateEdit(previewBox);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &SamplingDialog::planEdited);
    }
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_previewButton = new QPushButton(tr("Preview"), previewBox);
    m_previewButton->setDefault(true);
    m_previewButton->setToolTip(tr("Draws the sample without storing it"));
    m_cancelButton = new QPushButton(tr("Cancel"), previewBox);
    connect(m_previewButton, &QPushButton::clicked, this, &SamplingDialog::startPreview);
    connect(m_cancelButton, &QPushButton::clicked, this, &SamplingDialog::cancelPreview);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period from"), previewBox));
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), previewBox));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    periodRow->addWidget(m_previewButton);
    periodRow->addWidget(m_cancelButton);
    previewLayout->addLayout(periodRow);
    m_progress = new QProgressBar(previewBox);
    m_progress->setTextVisible(true);
    m_progress->hide();
    previewLayout->addWidget(m_progress);
    m_summary = new QLabel(tr("Set up the plan and the period, then preview the sample."), previewBox);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squeezed to fewer lines
    previewLayout->addWidget(m_summary);

    m_tabs = new QTabWidget(previewBox);
    m_picksView = makeTable({tr("Conversation"), tr("Reason"), tr("Agent"), tr("Stratum")}, tr("Picks"), m_tabs);
    m_perAgentView = makeTable({tr("Agent"), tr("Eligible"), tr("Picked")}, tr("Per agent"), m_tabs);
    m_perStratumView = makeTable({tr("Eligible"), tr("Picked"), tr("Stratum")}, tr("Per stratum"), m_tabs);
    m_perReasonView = makeTable({tr("Reason"), tr("Picked")}, tr("Per reason"), m_tabs);
    m_queuesView = makeTable({tr("Inspector"), tr("Kind"), tr("Items"), tr("Expected (h:mm)"), tr("Queue")},
                             tr("Assigned queues"), m_tabs);
    m_tabs->addTab(m_picksView, tr("Picks"));
    m_tabs->addTab(m_perAgentView, tr("Per agent"));
    m_tabs->addTab(m_perStratumView, tr("Per stratum"));
    m_tabs->addTab(m_perReasonView, tr("Per reason"));
    m_tabs->addTab(m_queuesView, tr("Assigned queues"));
    previewLayout->addWidget(m_tabs, 1);
    m_createButton = new QPushButton(tr("Create sample"), previewBox);
    m_createButton->setToolTip(tr("Stores the previewed sample (with its plan and seed) so it can be assigned"));
    connect(m_createButton, &QPushButton::clicked, this, &SamplingDialog::createSample);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_createButton);
    previewLayout->addLayout(createRow);
    layout->addWidget(previewBox, 1);

    // Assignment.
    auto *assignBox = new QGroupBox(tr("Assign"), panel);
    auto *assignLayout = new QGridLayout(assignBox);
    m_sampleLabel = new QLabel(tr("Create a sample first."), assignBox);
    m_sampleLabel->setWordWrap(true);
    m_sampleLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_inspectors = new QListWidget(assignBox);
    m_inspectors->setAccessibleName(tr("Inspectors"));
    m_inspectors->setMaximumHeight(m_inspectors->fontMetrics().lineSpacing() * 5 + 12);
    m_calibration = spin(0, 1000, assignBox);
    m_calibration->setSpecialValueText(tr("none"));
    m_calibration->setToolTip(tr("This many conversations go to every chosen inspector, to compare their scores"));
    m_avoidOwnTeam = new QCheckBox(tr("Inspectors never review their own team"), assignBox);
    m_assignButton = new QPushButton(tr("Assign"), assignBox);
    m_assignButton->setToolTip(tr("Makes one queue per inspector, balanced by expected review time"));
    connect(m_assignButton, &QPushButton::clicked, this, &SamplingDialog::assign);
    auto *options = new QFormLayout;
    options->addRow(tr("Calibration conversations:"), m_calibration);
    options->addRow(m_avoidOwnTeam);
    auto *assignRow = new QHBoxLayout;
    assignRow->addStretch(1);
    assignRow->addWidget(m_assignButton);
    options->addRow(assignRow);
    assignLayout->addWidget(m_sampleLabel, 0, 0, 1, 2);
    assignLayout->addWidget(new QLabel(tr("Inspectors:"), assignBox), 1, 0);
    assignLayout->addWidget(m_inspectors, 2, 0);
    assignLayout->addLayout(options, 2, 1, Qt::AlignTop);
    assignLayout->setColumnStretch(0, 1);
    assignLayout->setColumnStretch(1, 1);
    layout->addWidget(assignBox);
    return panel;
}

// --- the plan form

SamplingPlan SamplingDialog::plan() const
{
    SamplingPlan p;
    p.name = m_name->text().trimmed();
    if (m_byCount->isChecked()) {
        p.count = m_count->value();
    } else {
        p.rate = m_rate->value() / 100.0;
    }
    p.seed = m_seed->text().toULongLong();
    p.periodDays = m_periodDays->value();
    for (const QString &code : {QStringLiteral("call"), QStringLiteral("chat")}) {
        if (m_channels.value(code)->isChecked())
            p.channels << code;
    }
    for (const char *code : kBusinessTypes) {
        if (m_businessTypes.value(QLatin1String(code))->isChecked())
            p.businessTypes << QLatin1String(code);
    }
    for (int row = 0; row < m_teams->count(); ++row) {
        if (m_teams->item(row)->checkState() == Qt::Checked)
            p.teams << m_teams->item(row)->data(Qt::UserRole).toString();
    }
    for (const char *code : kDimensions) {
        if (m_stratify.value(QLatin1String(code))->isChecked())
            p.stratifyBy << QLatin1String(code);
    }
    p.perAgentMin = m_perAgentMin->value();
    p.perAgentMax = m_perAgentMax->value();
    for (const QString &kind : m_triggerOrder) {
        if (m_triggerBoxes.value(kind)->isChecked())
            p.triggers.push_back({kind, m_triggerCaps.value(kind)->value()});
    }
    p.repeatDays = m_repeatDays->value();
    p.baselineDays = m_baselineDays->value();
    p.anomalyZ = m_anomalyZ->value();
    p.excludeEvaluated = m_excludeEvaluated->isChecked();
    p.excludeInOpenQueue = m_excludeQueued->isChecked();
    p.minCallSeconds = m_minCallSeconds->value();
    p.minChatMessages = m_minChatMessages->value();
    return p;
}

void SamplingDialog::setPlan(const SamplingPlan &p)
{
    m_loading = true;
    m_name->setText(p.name);
    (p.count > 0 ? m_byCount : m_byRate)->setChecked(true);
    if (p.count > 0)
        m_count->setValue(p.count);
    else
        m_rate->setValue(p.rate * 100.0);
    m_seed->setText(QString::number(p.seed));
    m_periodDays->setValue(p.periodDays);
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        it.value()->setChecked(p.channels.contains(it.key()));
    for (auto it = m_businessTypes.cbegin(); it != m_businessTypes.cend(); ++it)
        it.value()->setChecked(p.businessTypes.contains(it.key()));
    reloadTeams(p.teams);
    for (int row = 0; row < m_teams->count(); ++row) {
        QListWidgetItem *item = m_teams->item(row);
        item->setCheckState(p.teams.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    for (auto it = m_stratify.cbegin(); it != m_stratify.cend(); ++it)
        it.value()->setChecked(p.stratifyBy.contains(it.key()));
    m_perAgentMin->setValue(p.perAgentMin);
    m_perAgentMax->setValue(p.perAgentMax);
    m_triggerOrder.clear();
    for (const SamplingPlan::Trigger &t : p.triggers)
        m_triggerOrder << t.kind;
    for (const QString &kind : SamplingPlan::triggerKinds()) {
        if (!m_triggerOrder.contains(kind))
            m_triggerOrder << kind;
        m_triggerBoxes.value(kind)->setChecked(p.hasTrigger(kind));
    }
    for (const SamplingPlan::Trigger &t : p.triggers)
        m_triggerCaps.value(t.kind)->setValue(t.cap);
    m_repeatDays->setValue(p.repeatDays);
    m_baselineDays->setValue(p.baselineDays);
    m_anomalyZ->setValue(p.anomalyZ);
    m_excludeEvaluated->setChecked(p.excludeEvaluated);
    m_excludeQueued->setChecked(p.excludeInOpenQueue);
    m_minCallSeconds->setValue(p.minCallSeconds);
    m_minChatMessages->setValue(p.minChatMessages);
    const SamplePeriod period = SamplePeriod::lastDays(p.periodDays);
    m_from->setDate(firstDay(period));
    m_to->setDate(lastDay(period));
    m_loading = false;
    planEdited();
}

SamplePeriod SamplingDialog::period() const
{
    return SamplePeriod::fromDates(m_from->date(), m_to->date());
}

void SamplingDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void SamplingDialog::planEdited()
{
    if (m_loading)
        return;
    m_rate->setEnabled(m_byRate->isChecked());
    m_count->setEnabled(m_byCount->isChecked());
    for (auto it = m_triggerBoxes.cbegin(); it != m_triggerBoxes.cend(); ++it)
        m_triggerCaps.value(it.key())->setEnabled(it.value()->isChecked());
    m_repeatDays->setEnabled(m_triggerBoxes.value(QStringLiteral("repeat_contact"))->isChecked());
    const bool anomaly = m_triggerBoxes.value(QStringLiteral("anomaly"))->isChecked();
    m_baselineDays->setEnabled(anomaly);
    m_anomalyZ->setEnabled(anomaly);
    if (m_preview && !m_previewStale) {
        m_previewStale = true;
        showStatus(tr("The plan or the period changed since this preview: preview again before creating the "
                      "sample."));
    }
    updateButtons();
}

void SamplingDialog::reloadPlans(const QString &select)
{
    m_plans->clear();
    for (const StoredPlan &p : SamplingRepository(m_store).plans())
        m_plans->addItem(p.name);
    m_plans->setCurrentIndex(select.isEmpty() ? -1 : m_plans->findText(select));
}

void SamplingDialog::reloadTeams(const QStringList &alsoShow)
{
    QSignalBlocker blocker(m_teams);
    QStringList checked;
    for (int row = 0; row < m_teams->count(); ++row) {
        if (m_teams->item(row)->checkState() == Qt::Checked)
            checked << m_teams->item(row)->data(Qt::UserRole).toString();
    }
    m_teams->clear();
    m_teamNames.clear();
    QStringList names;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name"))) {
        while (q.next()) {
            m_teamNames.insert(q.value(0).toString(), q.value(1).toString());
            names << q.value(1).toString();
        }
    }
    const auto add = [&](const QString &name, const QString &text) {
        auto *item = new QListWidgetItem(text, m_teams);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &name : std::as_const(names))
        add(name, name);
    // A plan from another store may name teams this one does not have: shown, so they can be unticked.
    for (const QString &name : alsoShow) {
        if (!names.contains(name))
            add(name, tr("%1 (not in this store)").arg(name));
    }
}

void SamplingDialog::reloadInspectors()
{
    m_inspectors->clear();
    if (m_teamNames.isEmpty())
        reloadTeams();
    for (const User &u : UserRepository(m_store).all()) {
        if (!Permissions::may(u, Permissions::Action::Evaluate))
            continue;
        QString text = tr("%1 · %2").arg(u.displayName, Permissions::roleName(u.role));
        if (!u.teamId.isEmpty())
            text = tr("%1 · %2").arg(text, m_teamNames.value(u.teamId, u.teamId));
        auto *item = new QListWidgetItem(text, m_inspectors);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

bool SamplingDialog::setInspectorChecked(const QString &userId, bool checked)
{
    for (int row = 0; row < m_inspectors->count(); ++row) {
        if (m_inspectors->item(row)->data(Qt::UserRole).toString() == userId) {
            m_inspectors->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool SamplingDialog::loadPlan(const QString &name)
{
    const std::optional<StoredPlan> stored = SamplingRepository(m_store).plan(name);
    if (!stored) {
        showStatus(tr("There is no saved plan called %1.").arg(name), true);
        return false;
    }
    QString error;
    const std::optional<SamplingPlan> p = SamplingPlan::fromJson(stored->json, &error);
    if (!p) {
        showStatus(tr("The saved plan %1 cannot be read: %2").arg(name, error), true);
        return false;
    }
    setPlan(*p);
    m_plans->setCurrentIndex(m_plans->findText(name));
    showStatus(tr("Plan %1 loaded (saved %2).").arg(name, stored->updatedAt.left(10)));
    return true;
}

bool SamplingDialog::importPlan(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::optional<SamplingPlan> p = SamplingPlan::fromJson(file.readAll(), error);
    if (!p)
        return false;
    m_plans->setCurrentIndex(-1);
    setPlan(*p);
    showStatus(tr("Plan imported from %1; save it to keep it in this store.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SamplingDialog::savePlan()
{
    QString error;
    const SamplingPlan p = plan();
    if (!SamplingRepository(m_store).savePlan(m_user, p, &error)) {
        showStatus(tr("The plan was not saved: %1").arg(error), true);
        return false;
    }
    reloadPlans(p.name);
    showStatus(tr("Plan %1 saved.").arg(p.name));
    return true;
}

bool SamplingDialog::deletePlan(const QString &name)
{
    QString error;
    if (!SamplingRepository(m_store).deletePlan(m_user, name, &error)) {
        showStatus(tr("The plan was not deleted: %1").arg(error), true);
        return false;
    }
    reloadPlans();
    showStatus(tr("Plan %1 deleted.").arg(name));
    return true;
}

// --- preview

bool SamplingDialog::isPreviewRunning() const
{
    return m_watcher.isRunning();
}

void SamplingDialog::cancelPreview()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SamplingDialog::startPreview()
{
    if (isPreviewRunning())
        return;
    const SamplingPlan p = plan();
    QString error;
    if (!SamplingPlan::fromJson(p.toJson(), &error)) {
        showStatus(tr("The plan is not complete: %1").arg(error), true);
        return;
    }
    if (m_from->date() > m_to->date()) {
        showStatus(tr("The period ends before it starts."), true);
        return;
    }
    const SamplePeriod range = period();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading conversations…"));
    m_progress->show();
    showStatus(tr("Drawing the sample…"));

    const QString path = m_store.path();
    const auto cancel = m_cancel;
    // The destructor cancels and waits for the worker, so the dialog outlives every progress call made from it.
    SamplingDialog *self = this;
    const auto report = [self](int done, int total) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (total < 0) {
                    self->m_progress->setRange(0, 0);
                    self->m_progress->setFormat(tr("Drawing…"));
                } else {
                    self->m_progress->setRange(0, qMax(1, total));
                    self->m_progress->setValue(done);
                    self->m_progress->setFormat(tr("Reading conversations: %v of %m"));
                }
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([path, p, range, cancel, report]() -> std::shared_ptr<SamplePreview> {
        auto out = std::make_shared<SamplePreview>();
        out->plan = p;
        out->period = range;
        // The worker opens its own connection: a QSqlDatabase belongs to the thread that opened it.
        QString error;
        const std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            out->error = error;
            return out;
        }
        std::optional<std::vector<SampleCandidate>> candidates =
            SamplingRepository(*store).loadCandidates(p, range, &error, report, cancel.get());
        if (!candidates || cancel->load()) {
            out->cancelled = cancel->load();
            out->error = error;
            return out;
        }
        report(-1, -1);
        out->candidates = std::move(*candidates);
        out->result = drawSample(p, out->candidates);
        for (const SampleCandidate &c : out->candidates) {
            if (c.excludedBecause.isEmpty())
                ++out->eligiblePerAgent[c.agentId];
        }
        QSqlQuery q(store->database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, coalesce(name, '') FROM agents"))) {
            while (q.next())
                out->agentNames.insert(q.value(0).toString(), q.value(1).toString());
        }
        out->ok = !cancel->load();
        out->cancelled = cancel->load();
        return out;
    }));
    updateButtons();
}

void SamplingDialog::onPreviewFinished()
{
    m_progress->hide();
    const std::shared_ptr<SamplePreview> result = m_watcher.result();
    if (result->ok) {
        m_preview = result;
        m_previewStale = false;
        m_previewStored = false;
        showPreview();
        showStatus(result->result.picks.empty()
                       ? tr("Nothing to sample: no conversation of the period is eligible.")
                       : tr("Preview ready. Create the sample to store it, or change the plan and preview again."),
                   result->result.picks.empty());
    } else if (result->cancelled) {
        showStatus(tr("Preview cancelled."));
    } else {
        showStatus(tr("The preview failed: %1").arg(result->error), true);
    }
    updateButtons();
    Q_EMIT previewFinished(result->ok);
}

QString SamplingDialog::agentText(const QString &agentId) const
{
    const QString name = m_preview ? m_preview->agentNames.value(agentId) : QString();
    return name.isEmpty() ? agentId : tr("%1 (%2)").arg(name, agentId);
}

QString SamplingDialog::stratumText(const QString &stratum, bool withAgent) const
{
    // agent|dimension values in the plan's stratify order (see drawSample).
    const QStringList parts = stratum.split(QLatin1Char('|'));
    QStringList out;
    if (withAgent)
        out << agentText(parts.value(0));
    else if (parts.size() == 1)
        return QStringLiteral("—"); // by agent only: the agent column says it all
    const QStringList dimensions = m_preview ? m_preview->plan.stratifyBy : QStringList();
    for (int i = 1; i < parts.size(); ++i) {
        const QString dimension = dimensions.value(i - 1), value = parts[i];
        if (dimension == QLatin1String("channel"))
            out << labels::channel(value);
        else if (dimension == QLatin1String("business_type"))
            out << labels::businessType(value);
        else if (dimension == QLatin1String("hour"))
            out << tr("%1:00–%2:00")
                       .arg(value.toInt(), 2, 10, QLatin1Char('0'))
                       .arg(value.toInt() + 1, 2, 10, QLatin1Char('0'));
        else if (dimension == QLatin1String("weekday"))
            out << QLocale().dayName(value.toInt(), QLocale::ShortFormat);
        else
            out << value;
    }
    return out.join(QStringLiteral(" · "));
}

static QString exclusionName(const QString &reason)
{
    if (reason == QLatin1String("evaluated"))
        return SamplingDialog::tr("already evaluated");
    if (reason == QLatin1String("in_open_queue"))
        return SamplingDialog::tr("in another open queue");
    if (reason == QLatin1String("too_short"))
        return SamplingDialog::tr("too short");
    return reason;
}

void SamplingDialog::showPreview()
{
    const SampleResult &r = m_preview->result;
    QStringList excluded;
    for (auto it = r.excluded.cbegin(); it != r.excluded.cend(); ++it)
        excluded << tr("%1 %2").arg(QLocale().toString(it.value()), exclusionName(it.key()));
    m_summary->setText(tr("%1 – %2: %3 eligible, target %4, picked %5. Left out: %6.")
                           .arg(firstDay(m_preview->period).toString(Qt::ISODate),
                                lastDay(m_preview->period).toString(Qt::ISODate), QLocale().toString(r.eligible),
                                QLocale().toString(r.target), QLocale().toString(int(r.picks.size())),
                                excluded.isEmpty() ? tr("none") : QLocale().createSeparatedList(excluded)));

    std::vector<QVariantList> picks;
    picks.reserve(r.picks.size());
    for (const SamplePick &p : r.picks)
        picks.push_back(
            {p.id, SamplingPlan::reasonName(p.reason), agentText(p.agentId), stratumText(p.stratum, false)});
    fillTable(m_picksView, std::move(picks));

    std::vector<QVariantList> agents;
    for (auto it = m_preview->eligiblePerAgent.cbegin(); it != m_preview->eligiblePerAgent.cend(); ++it)
        agents.push_back({agentText(it.key()), it.value(), r.perAgent.value(it.key())});
    fillTable(m_perAgentView, std::move(agents));

    std::vector<QVariantList> strata;
    for (auto it = r.eligiblePerStratum.cbegin(); it != r.eligiblePerStratum.cend(); ++it)
        strata.push_back({it.value(), r.perStratum.value(it.key()), stratumText(it.key(), true)});
    fillTable(m_perStratumView, std::move(strata));

    std::vector<QVariantList> reasons;
    for (auto it = r.perReason.cbegin(); it != r.perReason.cend(); ++it)
        reasons.push_back({SamplingPlan::reasonName(it.key()), it.value()});
    fillTable(m_perReasonView, std::move(reasons));
    if (m_tabs->currentWidget() == m_queuesView)
        m_tabs->setCurrentWidget(m_picksView);
}

// --- sample and assignment

QString SamplingDialog::createSample()
{
    if (!m_preview || !m_preview->ok || m_previewStale || m_previewStored) {
        showStatus(m_previewStored ? tr("This preview is already stored as a sample.")
                                   : tr("Preview the sample first."),
                   true);
        return {};
    }
    QString error;
    const QString id =
        SamplingRepository(m_store).saveSample(m_user, m_preview->plan, m_preview->period, m_preview->result, &error);
    if (id.isEmpty()) {
        showStatus(tr("The sample was not created: %1").arg(error), true);
        return {};
    }
    // What was shown stays on screen, stored once; the candidates are not needed any more.
    m_previewStored = true;
    m_preview->candidates = {};
    useSample(id, int(m_preview->result.picks.size()));
    return id;
}

void SamplingDialog::useSample(const QString &sampleId, int conversations)
{
    m_sampleId = sampleId;
    m_samplePicked = conversations;
    m_assignment.reset();
    rowsModel(m_queuesView)->setRows({});
    m_sampleLabel->setText(
        tr("Sample %1: %n conversation(s), not assigned yet. Choose the inspectors.", nullptr, m_samplePicked)
            .arg(sampleId.left(8)));
    showStatus(tr("Sample %1 created with %n conversation(s).", nullptr, m_samplePicked).arg(sampleId.left(8)));
    updateButtons();
}

bool SamplingDialog::assign()
{
    if (m_sampleId.isEmpty()) {
        showStatus(tr("Create a sample first."), true);
        return false;
    }
    QStringList inspectors;
    for (int row = 0; row < m_inspectors->count(); ++row) {
        if (m_inspectors->item(row)->checkState() == Qt::Checked)
            inspectors << m_inspectors->item(row)->data(Qt::UserRole).toString();
    }
    AssignmentOptions options;
    options.calibration = m_calibration->value();
    options.avoidOwnTeam = m_avoidOwnTeam->isChecked();
    QString error;
    std::optional<AssignmentSummary> summary =
        SamplingRepository(m_store).assign(m_user, m_sampleId, inspectors, options, &error);
    if (!summary) {
        showStatus(tr("Not assigned: %1").arg(error), true);
        return false;
    }
    m_assignment = std::move(summary);
    std::vector<QVariantList> rows;
    for (const AssignmentSummary::Queue &q : m_assignment->queues)
        rows.push_back({q.inspectorName, QueueListModel::kindName(q.kind), q.items, hoursMinutes(q.seconds), q.name});
    fillTable(m_queuesView, std::move(rows));
    m_tabs->setCurrentWidget(m_queuesView);
    m_sampleLabel->setText(
        tr("Sample %1: %n conversation(s), assigned.", nullptr, m_samplePicked).arg(m_sampleId.left(8)));
    const int made = int(m_assignment->queues.size());
    showStatus(
        m_assignment->calibrationItems > 0
            ? tr("Assigned: %n queue(s) made, %1 calibration conversation(s) for every inspector.", nullptr, made)
                  .arg(m_assignment->calibrationItems)
            : tr("Assigned: %n queue(s) made.", nullptr, made));
    updateButtons();
    Q_EMIT queuesChanged();
    return true;
}

// --- state

void SamplingDialog::updateButtons()
{
    const bool running = isPreviewRunning();
    m_previewButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_createButton->setEnabled(!running && m_preview && m_preview->ok && !m_previewStale && !m_previewStored &&
                               !m_preview->result.picks.empty());
    const bool assignable = !m_sampleId.isEmpty() && !m_assignment;
    m_assignButton->setEnabled(assignable);
    m_inspectors->setEnabled(assignable);
    m_calibration->setEnabled(assignable);
    m_avoidOwnTeam->setEnabled(assignable);
}

void SamplingDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_status->setText(text);
}

QString SamplingDialog::statusText() const
{
    return m_status->text();
}

void SamplingDialog::reject()
{
    if (isPreviewRunning()) {
        cancelPreview();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace qawb
