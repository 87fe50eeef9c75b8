#include "coachingwindow.h"

#include "audioplayer.h"
#include "callview.h"
#include "conversationview.h"
#include "disputedialogs.h"
#include "hitpresentation.h"
#include "labels.h"
#include "trendchartwidget.h"

#include "core/caserepository.h"
#include "core/coachingpdf.h"
#include "core/permissions.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qawb {

namespace {

const QDate kNoDate(2000, 1, 1); // a QDateEdit's "none"

QString score(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 0) + QLatin1Char('%');
}

QString statusName(const QString &status)
{
    if (status == QLatin1String("done"))
        return CoachingWindow::tr("Done");
    if (status == QLatin1String("dropped"))
        return CoachingWindow::tr("Dropped");
    return CoachingWindow::tr("Open");
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

CoachingWindow::CoachingWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_autosave(new QTimer(this))
{
    setWindowTitle(tr("Coaching session"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1000);
    connect(m_autosave, &QTimer::timeout, this, &CoachingWindow::saveSession);

    buildSetupBar();
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(buildOverviewPanel());
    m_splitter->addWidget(buildCasePanel());
    m_splitter->addWidget(buildSessionPanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_setup);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    for (const auto &[key, delta] : {std::pair{Qt::Key_J, 1}, std::pair{Qt::Key_K, -1}, std::pair{Qt::Key_PageDown, 1},
                                     std::pair{Qt::Key_PageUp, -1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, d = delta] { stepCase(d); });
    }
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this, [this] {
        if (m_presenting)
            setPresentation(false);
    });
    connect(&m_pdfWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_pdf->setEnabled(true);
        const QString error = m_pdfWatcher.result();
        const QString path = m_pdfWatcher.property("path").toString();
        const QString message = error.isEmpty() ? tr("Session summary written to %1").arg(path) : error;
        showStatus(message, !error.isEmpty());
        Q_EMIT pdfFinished(error.isEmpty(), message);
    });

    if (!Permissions::may(m_workspace.user, Permissions::Action::CoachAgents))
        showStatus(tr("%1 (%2) may look at coaching sessions but not record them")
                       .arg(m_workspace.user.displayName, Permissions::roleName(m_workspace.user.role)));
    loadAgents();
    resize(1360, 800);
}

CoachingWindow::~CoachingWindow()
{
    if (m_pdfWatcher.isRunning())
        m_pdfWatcher.waitForFinished();
}

void CoachingWindow::buildSetupBar()
{
    m_setup = new QWidget(this);
    m_agent = new QComboBox(m_setup);
    m_agent->setMinimumContentsLength(12);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from = dateEdit(m_setup);
    m_to = dateEdit(m_setup);
    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-27));
    m_sessions = new QComboBox(m_setup);
    m_sessions->setMinimumContentsLength(28);
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sessions->setToolTip(tr("A new session, or one held before with this agent and how its action items stand"));
    m_presentAction = new QAction(tr("Present"), this);
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setToolTip(tr("Full screen with large type, to show the agent (F11; Esc to leave)"));
    addAction(m_presentAction);
    connect(m_presentAction, &QAction::toggled, this, &CoachingWindow::setPresentation);
    m_present = new QToolButton(m_setup);
    m_present->setDefaultAction(m_presentAction);
    m_present->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pdf = new QPushButton(tr("Export PDF…"), m_setup);
    m_dispute = new QPushButton(tr("Dispute this evaluation…"), m_setup);
    m_dispute->setToolTip(tr("Open a dispute (申诉) of items of the case shown, on the agent's behalf"));
    m_dispute->setEnabled(false);

    auto *row = new QHBoxLayout(m_setup);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Agent:"), m_setup));
    row->addWidget(m_agent);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Period:"), m_setup));
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), m_setup));
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Session:"), m_setup));
    row->addWidget(m_sessions, 1);
    row->addWidget(m_present);
    row->addWidget(m_pdf);
    row->addWidget(m_dispute);

    connect(m_agent, &QComboBox::currentIndexChanged, this, &CoachingWindow::onSetupChanged);
    // Typing a date steps through dates that are not meant: the period is read once the typing pauses.
    m_periodTimer = new QTimer(this);
    m_periodTimer->setSingleShot(true);
    m_periodTimer->setInterval(500);
    connect(m_periodTimer, &QTimer::timeout, this, &CoachingWindow::onSetupChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                m_periodTimer->start();
        });
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_periodTimer->isActive()) {
                m_periodTimer->stop();
                onSetupChanged();
            }
        });
    }
    connect(m_sessions, &QComboBox::activated, this, &CoachingWindow::onSessionChosen);
    connect(m_pdf, &QPushButton::clicked, this, &CoachingWindow::choosePdf);
    connect(m_dispute, &QPushButton::clicked, this, &CoachingWindow::promptDispute);
}

QWidget *CoachingWindow::buildOverviewPanel()
{
    auto *panel = new QWidget(this);
    m_summary = new QLabel(panel);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens the panel
    QFont big = m_summary->font();
    big.setBold(true);
    m_summary->setFont(big);
    m_chart = new TrendChartWidget(panel);

    m_weakest = new QTableWidget(0, 3, panel);
    m_weakest->setHorizontalHeaderLabels({tr("Item"), tr("Agent"), tr("Team")});
    m_weakest->setAccessibleName(tr("Weakest items against the team"));
    m_weakest->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weakest->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_weakest->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_weakest->verticalHeader()->hide();
    m_weakest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weakest->setSelectionMode(QAbstractItemView::NoSelection);
    m_weakest->setWordWrap(false); // one line per item; the full text is its tooltip
    m_weakest->setTextElideMode(Qt::ElideRight);

    m_evaluations = new QTableWidget(0, 5, panel);
    m_evaluations->setHorizontalHeaderLabels({tr("Date"), tr("Channel"), tr("Score"), tr("Result"), tr("Failed")});
    m_evaluations->setAccessibleName(tr("The agent's evaluations"));
    m_evaluations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evaluations->horizontalHeader()->setStretchLastSection(true);
    m_evaluations->verticalHeader()->hide();
    m_evaluations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evaluations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evaluations->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_evaluations, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            openEvaluation(row);
    });

    auto *weakBox = new QGroupBox(tr("Weakest items (pass rate)"), panel);
    (new QVBoxLayout(weakBox))->addWidget(m_weakest);
    auto *evalBox = new QGroupBox(tr("Evaluations"), panel);
    (new QVBoxLayout(evalBox))->addWidget(m_evaluations);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 3);
    layout->addWidget(weakBox, 2);
    layout->addWidget(evalBox, 3);
    return panel;
}

QWidget *CoachingWindow::buildCasePanel()
{
    auto *panel = new QWidget(this);
    m_caseTitle = new QLabel(panel);
    m_caseTitle->setWordWrap(true);
    m_caseTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_caseTitle->font();
    bold.setBold(true);
    m_caseTitle->setFont(bold);
    m_failed = new QListWidget(panel);
    m_failed->setAccessibleName(tr("Failed items of this case"));
    m_failed->setWordWrap(true);
    m_failed->setToolTip(tr("Click: play the call from that moment, or show the chat message"));
    connect(m_failed, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToFailedItem(m_failed->row(item)); });
    connect(m_failed, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { jumpToFailedItem(m_failed->row(item)); });
    m_caseNotes = new QLabel(panel);
    m_caseNotes->setWordWrap(true);
    m_caseNotes->setTextFormat(Qt::RichText);
    m_caseNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conversation = new ConversationView(panel);
    m_conversation->setCommentContext(m_workspace.store, m_workspace.user.id);
    m_conversation->setReadOnly(true);

    auto *top = new QWidget(panel);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_caseTitle);
    topLayout->addWidget(new QLabel(tr("Failed items:"), top));
    topLayout->addWidget(m_failed, 1);
    topLayout->addWidget(m_caseNotes);
    auto *split = new QSplitter(Qt::Vertical, panel);
    split->addWidget(top);
    split->addWidget(m_conversation);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return panel;
}

QWidget *CoachingWindow::buildSessionPanel()
{
    auto *panel = new QGroupBox(tr("This session"), this);
    m_notes = new QPlainTextEdit(panel);
    m_notes->setPlaceholderText(tr("What you talked about, what the agent said"));
    m_notes->setAccessibleName(tr("Session notes"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CoachingWindow::scheduleSave);

    m_actions = new QTableWidget(0, 4, panel);
    m_actions->setHorizontalHeaderLabels({tr("Action item"), tr("Owner"), tr("Due"), tr("Status")});
    m_actions->setAccessibleName(tr("Action items"));
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_actions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_actions->verticalHeader()->hide();
    m_actions->setWordWrap(true);
    connect(m_actions, &QTableWidget::itemChanged, this, &CoachingWindow::scheduleSave);
    m_addAction = new QPushButton(tr("Add action item"), panel);
    m_removeAction = new QPushButton(tr("Remove"), panel);
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        addActionItem();
        m_actions->setCurrentCell(m_actions->rowCount() - 1, 0);
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, 0));
    });
    connect(m_removeAction, &QPushButton::clicked, this, [this] {
        const int row = m_actions->currentRow();
        if (row < 0)
            return;
        m_actions->removeRow(row);
        scheduleSave();
    });

    m_followUpOn = new QCheckBox(tr("Follow up on"), panel);
    m_followUp = dateEdit(panel);
    m_followUp->setDate(QDate::currentDate().addDays(14));
    m_followUp->setEnabled(false);
    connect(m_followUpOn, &QCheckBox::toggled, this, [this](bool on) {
        m_followUp->setEnabled(on && !m_session.isAcknowledged());
        scheduleSave();
    });
    connect(m_followUp, &QDateEdit::dateChanged, this, &CoachingWindow::scheduleSave);

    m_ackButton = new QPushButton(tr("Agent acknowledges…"), panel);
    m_ackButton->setToolTip(tr("The agent confirms the session with their name (and a comment if they wish)"));
    connect(m_ackButton, &QPushButton::clicked, this, &CoachingWindow::promptAcknowledge);
    m_ackLabel = new QLabel(panel);
    m_ackLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_removeAction);
    buttons->addStretch(1);
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_followUpOn);
    follow->addWidget(m_followUp);
    follow->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(new QLabel(tr("Notes:"), panel));
    layout->addWidget(m_notes, 2);
    layout->addWidget(new QLabel(tr("Agreed action items:"), panel));
    layout->addWidget(m_actions, 2);
    layout->addLayout(buttons);
    layout->addLayout(follow);
    layout->addWidget(m_ackButton);
    layout->addWidget(m_ackLabel);
    panel->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::CoachAgents));
    return panel;
}

void CoachingWindow::loadAgents()
{
    m_loading = true;
    m_agent->clear();
    for (const AgentRef &a : CoachingRepository(*m_workspace.store).agents(m_workspace.user))
        m_agent->addItem(a.team.isEmpty() ? a.name : tr("%1 · %2").arg(a.name, a.team), a.id);
    m_loading = false;
    if (m_agent->count() > 0)
        openAgent(m_agent->itemData(0).toString(), m_from->date(), m_to->date());
    else
        showStatus(tr("There are no agents to coach in this store yet"));
}

bool CoachingWindow::storePending()
{
    // An action item still being typed in counts: moving the current cell commits its editor.
    m_actions->setCurrentIndex(QModelIndex());
    if (!m_autosave->isActive())
        return true;
    if (saveSession())
        return true;
    // Not stored (the store is busy, or refused): stay where the typing is rather than lose it.
    m_loading = true;
    m_agent->setCurrentIndex(m_agent->findData(m_session.agentId));
    m_from->setDate(m_session.from);
    m_to->setDate(m_session.to);
    m_sessions->setCurrentIndex(qMax(0, m_sessions->findData(m_session.id)));
    m_loading = false;
    return false;
}

bool CoachingWindow::openAgent(const QString &agentId, const QDate &from, const QDate &to)
{
    if (!storePending())
        return false;
    const int index = m_agent->findData(agentId);
    if (index < 0) {
        showStatus(tr("There is no agent %1 among those you coach").arg(agentId), true);
        return false;
    }
    m_loading = true;
    m_agent->setCurrentIndex(index);
    m_from->setDate(from);
    m_to->setDate(to);
    m_loading = false;
    m_session = CoachingSession();
    m_session.agentId = agentId;
    m_session.from = from;
    m_session.to = to;
    loadOverview();
    showSession();
    refreshSessionList();
    return true;
}

bool CoachingWindow::openSession(const QString &sessionId)
{
    if (!storePending())
        return false;
    QString error;
    const std::optional<CoachingSession> s = CoachingRepository(*m_workspace.store).session(sessionId, &error);
    if (!s) {
        showStatus(error, true);
        return false;
    }
    if (m_agent->findData(s->agentId) < 0) // an agent outside the list (another team's session, opened by id)
        m_agent->addItem(s->agentName, s->agentId);
    m_loading = true;
    m_agent->setCurrentIndex(m_agent->findData(s->agentId));
    m_from->setDate(s->from);
    m_to->setDate(s->to);
    m_loading = false;
    m_session = *s;
    loadOverview();
    showSession();
    refreshSessionList();
    return true;
}

void CoachingWindow::onSetupChanged()
{
    if (m_loading || m_agent->currentIndex() < 0)
        return;
    if (m_from->date() > m_to->date()) {
        showStatus(tr("The period's first day is after its last"), true);
        return;
    }
    openAgent(m_agent->currentData().toString(), m_from->date(), m_to->date());
}

void CoachingWindow::onSessionChosen()
{
    const QString id = m_sessions->currentData().toString();
    if (id.isEmpty()) {
        if (!m_session.id.isEmpty())
            openAgent(m_session.agentId, m_from->date(), m_to->date());
        return;
    }
    if (id != m_session.id)
        openSession(id);
}

void CoachingWindow::refreshSessionList()
{
    m_sessions->clear();
    m_sessions->addItem(tr("New session"), QString());
    const std::vector<CoachingSession> past = CoachingRepository(*m_workspace.store).sessions(m_session.agentId);
    for (const CoachingSession &s : past) {
        QString text = tr("%1 · %2 of %n action item(s) open", nullptr, int(s.actions.size()))
                           .arg(QLocale().toString(s.heldAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(s.openActions());
        if (s.isAcknowledged())
            text += QStringLiteral(" · ") + tr("acknowledged");
        m_sessions->addItem(text, s.id);
    }
    m_sessions->setCurrentIndex(qMax(0, m_sessions->findData(m_session.id)));
}

void CoachingWindow::loadOverview()
{
    m_overview = CoachingRepository(*m_workspace.store)
                     .overview(m_session.agentId, m_session.from, m_session.to, QLocale().name());
    showOverview();
}

void CoachingWindow::showOverview()
{
    const CoachingOverview &o = m_overview;
    setWindowTitle(tr("Coaching session — %1").arg(o.agentName));
    QString summary = tr("%1 · %n evaluation(s)", nullptr, int(o.evaluations.size())).arg(o.agentName);
    if (o.mean)
        summary += QStringLiteral(" · ") + tr("mean %1").arg(score(*o.mean));
    if (o.teamMean)
        summary += QStringLiteral(" · ") + tr("team %1").arg(score(*o.teamMean));
    m_summary->setText(summary);
    m_chart->setTrend(o.trend, o.agentName, o.passScore);

    m_weakest->setRowCount(int(o.weakest.size()));
    for (int i = 0; i < int(o.weakest.size()); ++i) {
        const CriterionStat &c = o.weakest[size_t(i)];
        auto *text = readOnlyItem(c.text);
        text->setToolTip(c.text);
        m_weakest->setItem(i, 0, text);
        auto *mine = readOnlyItem(percent(c.passRate()));
        if (c.passRate() < c.teamPassRate())
            mine->setForeground(QColor(0xb3, 0x26, 0x1e));
        mine->setToolTip(tr("Failed %1 of %2").arg(c.failed).arg(c.answered));
        m_weakest->setItem(i, 1, mine);
        auto *team = readOnlyItem(percent(c.teamPassRate()));
        team->setToolTip(tr("The team (this agent included): failed %1 of %2").arg(c.teamFailed).arg(c.teamAnswered));
        m_weakest->setItem(i, 2, team);
    }

    m_loading = true;
    m_evaluations->setRowCount(int(o.evaluations.size()));
    for (int i = 0; i < int(o.evaluations.size()); ++i) {
        const CoachingEvaluation &e = o.evaluations[size_t(i)];
        m_evaluations->setItem(i, 0, readOnlyItem(QLocale().toString(e.date, QStringLiteral("yyyy-MM-dd"))));
        m_evaluations->setItem(i, 1, readOnlyItem(labels::channel(e.channel)));
        m_evaluations->setItem(i, 2, readOnlyItem(score(e.score)));
        auto *result = readOnlyItem(e.fatal ? tr("Fatal") : e.passed ? tr("Pass") : tr("Below pass"));
        if (!e.passed)
            result->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_evaluations->setItem(i, 3, result);
        m_evaluations->setItem(i, 4, readOnlyItem(QString::number(e.failed.size())));
    }
    m_loading = false;
    if (o.evaluations.empty()) {
        m_caseTitle->setText(tr("No submitted evaluations of %1 in this period").arg(o.agentName));
        m_failed->clear();
        m_caseNotes->clear();
        m_conversation->clear();
        m_dispute->setEnabled(false);
    } else {
        openEvaluation(0);
    }
}

bool CoachingWindow::openEvaluation(int row)
{
    if (row < 0 || row >= int(m_overview.evaluations.size()))
        return false;
    const CoachingEvaluation &e = m_overview.evaluations[size_t(row)];
    if (m_evaluations->currentRow() != row) {
        m_loading = true;
        m_evaluations->selectRow(row);
        m_loading = false;
    }
    m_caseTitle->setText(tr("%1 · %2 · score %3 · inspector %4")
                             .arg(QLocale().toString(e.date, QStringLiteral("yyyy-MM-dd")), labels::channel(e.channel),
                                  score(e.score), e.inspectorName));
    m_failed->clear();
    for (const CoachingFailedItem &f : e.failed) {
        QString text = QStringLiteral("✗ ") + f.text;
        if (f.fatal)
            text += QStringLiteral(" ") + tr("(fatal)");
        if (!f.comment.isEmpty())
            text += QStringLiteral(" — ") + f.comment;
        if (f.startMs >= 0 && e.channel == QLatin1String("call"))
            text += QStringLiteral("  ▶ ") + labels::duration(f.startMs);
        else if (f.turnSeq >= 0)
            text += QStringLiteral("  → ") + tr("message %1").arg(f.turnSeq + 1); // as the hit list counts
        auto *item = new QListWidgetItem(text, m_failed);
        if (f.startMs < 0 && f.turnSeq < 0)
            item->setToolTip(tr("Auto-QA did not place this item at a moment"));
    }
    if (e.failed.empty())
        new QListWidgetItem(tr("Nothing failed"), m_failed);
    QStringList notes;
    if (!e.coachingNote.isEmpty())
        notes << tr("<b>Coaching note:</b> %1").arg(e.coachingNote.toHtmlEscaped());
    if (!e.generalComment.isEmpty())
        notes << tr("<b>Comment:</b> %1").arg(e.generalComment.toHtmlEscaped());
    m_caseNotes->setText(notes.join(QStringLiteral("<br>")));
    m_caseNotes->setVisible(!notes.isEmpty());
    if (const std::optional<Conversation> c = CaseRepository(*m_workspace.store).conversation(e.conversationId))
        m_conversation->setConversation(*c, displayHits(*m_workspace.store, e.conversationId));
    else
        m_conversation->clear();
    m_dispute->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::CoachAgents));
    return true;
}

void CoachingWindow::stepCase(int delta)
{
    const int count = int(m_overview.evaluations.size());
    if (count == 0)
        return;
    const int row = std::clamp(m_evaluations->currentRow() + delta, 0, count - 1);
    openEvaluation(row);
}

bool CoachingWindow::jumpToFailedItem(int row)
{
    const int current = m_evaluations->currentRow();
    if (current < 0 || current >= int(m_overview.evaluations.size()))
        return false;
    const CoachingEvaluation &e = m_overview.evaluations[size_t(current)];
    if (row < 0 || row >= int(e.failed.size()))
        return false;
    const CoachingFailedItem &f = e.failed[size_t(row)];
    if (f.startMs < 0 && f.turnSeq < 0) {
        showStatus(tr("Auto-QA did not place “%1” at a moment; look through the case").arg(f.text));
        return false;
    }
    m_failed->setCurrentRow(row);
    m_conversation->jumpToMoment(f.startMs, f.turnSeq);
    if (m_conversation->showsCall()) {
        AudioPlayer *player = m_conversation->callView()->player();
        if (player->isPlayable() && player->playbackState() != QMediaPlayer::PlayingState)
            player->togglePlayback();
    }
    return true;
}

void CoachingWindow::showSession()
{
    m_loading = true;
    const CoachingSession &s = m_session;
    m_notes->setPlainText(s.notes);
    m_actions->setRowCount(0);
    for (const ActionItem &a : s.actions)
        addActionItem(a);
    m_followUpOn->setChecked(s.followUp.isValid());
    m_followUp->setDate(s.followUp.isValid() ? s.followUp : QDate::currentDate().addDays(14));
    m_loading = false;
    updateLockState();
}

void CoachingWindow::updateLockState()
{
    const CoachingSession &s = m_session;
    const bool locked = s.isAcknowledged();
    m_notes->setReadOnly(locked);
    m_addAction->setEnabled(!locked);
    m_removeAction->setEnabled(!locked);
    m_followUpOn->setEnabled(!locked);
    m_followUp->setEnabled(!locked && m_followUpOn->isChecked());
    m_ackButton->setEnabled(!locked);
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        for (int column = 0; column < 2; ++column) {
            if (QTableWidgetItem *item = m_actions->item(row, column))
                item->setFlags(locked ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable);
        }
        if (QWidget *due = m_actions->cellWidget(row, 2))
            due->setEnabled(!locked);
    }
    if (locked)
        m_ackLabel->setText(tr("Acknowledged by %1 on %2")
                                .arg(s.acknowledgedBy, QLocale().toString(s.acknowledgedAt.toLocalTime(),
                                                                          QStringLiteral("yyyy-MM-dd HH:mm"))) +
                            (s.ackComment.isEmpty() ? QString() : QStringLiteral(" — ") + s.ackComment));
    else
        m_ackLabel->setText(
            s.id.isEmpty() ? tr("Recorded as soon as you write something")
                           : tr("Held %1 by %2; not acknowledged yet")
                                 .arg(QLocale().toString(s.heldAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                      s.leaderName));
}

void CoachingWindow::addActionItem(const ActionItem &item)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    setActionRow(row, item);
    m_loading = wasLoading;
    if (!m_loading && !item.text.isEmpty())
        scheduleSave();
}

void CoachingWindow::setActionRow(int row, const ActionItem &item)
{
    m_actions->setItem(row, 0, new QTableWidgetItem(item.text));
    m_actions->setItem(
        row, 1, new QTableWidgetItem(item.owner.isEmpty() && item.text.isEmpty() ? m_overview.agentName : item.owner));
    QDateEdit *due = dateEdit(m_actions);
    due->setMinimumDate(kNoDate);
    due->setSpecialValueText(tr("no date"));
    due->setDate(item.due.isValid() ? item.due : kNoDate);
    connect(due, &QDateEdit::dateChanged, this, &CoachingWindow::scheduleSave);
    m_actions->setCellWidget(row, 2, due);
    auto *status = new QComboBox(m_actions);
    for (const char *key : {"open", "done", "dropped"})
        status->addItem(statusName(QLatin1String(key)), QLatin1String(key));
    status->setCurrentIndex(qMax(0, status->findData(item.status)));
    connect(status, &QComboBox::currentIndexChanged, this, &CoachingWindow::scheduleSave);
    m_actions->setCellWidget(row, 3, status);
}

ActionItem CoachingWindow::actionAt(int row) const
{
    ActionItem a;
    a.text = m_actions->item(row, 0) ? m_actions->item(row, 0)->text().trimmed() : QString();
    a.owner = m_actions->item(row, 1) ? m_actions->item(row, 1)->text().trimmed() : QString();
    if (const auto *due = qobject_cast<QDateEdit *>(m_actions->cellWidget(row, 2)))
        a.due = due->date() == kNoDate ? QDate() : due->date();
    if (const auto *status = qobject_cast<QComboBox *>(m_actions->cellWidget(row, 3)))
        a.status = status->currentData().toString();
    return a;
}

void CoachingWindow::collectSession()
{
    m_session.notes = m_notes->toPlainText();
    m_session.followUp = m_followUpOn->isChecked() ? m_followUp->date() : QDate();
    m_session.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const ActionItem a = actionAt(row);
        if (!a.text.isEmpty()) // a row just added and not written yet is not an action item
            m_session.actions.push_back(a);
    }
}

void CoachingWindow::scheduleSave()
{
    if (m_loading || !Permissions::may(m_workspace.user, Permissions::Action::CoachAgents))
        return;
    m_autosave->start();
}

bool CoachingWindow::saveSession()
{
    m_autosave->stop();
    if (m_session.agentId.isEmpty() || !Permissions::may(m_workspace.user, Permissions::Action::CoachAgents))
        return false;
    collectSession();
    CoachingRepository coaching(*m_workspace.store);
    QString error;
    if (m_session.id.isEmpty()) {
        if (m_session.notes.trimmed().isEmpty() && m_session.actions.empty() && !m_session.followUp.isValid())
            return true; // nothing recorded yet: no session to store
        if (!coaching.create(m_workspace.user, m_session, &error)) {
            showStatus(tr("The session could not be stored: %1").arg(error), true);
            return false;
        }
        refreshSessionList();
    } else if (!coaching.save(m_workspace.user, m_session, &error)) {
        showStatus(tr("The session could not be stored: %1").arg(error), true);
        return false;
    }
    showStatus(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
    updateLockState();
    Q_EMIT sessionChanged(m_session.id);
    return true;
}

bool CoachingWindow::acknowledge(const QString &agentName, const QString &comment)
{
    m_actions->setCurrentIndex(QModelIndex()); // what is being typed is part of what the agent confirms
    if (!saveSession())
        return false;
    CoachingRepository coaching(*m_workspace.store);
    QString error;
    if (m_session.id.isEmpty() && !coaching.create(m_workspace.user, m_session, &error)) {
        showStatus(tr("The session could not be stored: %1").arg(error), true);
        return false;
    }
    if (!coaching.acknowledge(m_workspace.user, m_session, agentName, comment, &error)) {
        showStatus(error, true);
        return false;
    }
    showSession();
    refreshSessionList();
    showStatus(tr("%1 acknowledged the session").arg(m_session.acknowledgedBy));
    Q_EMIT sessionChanged(m_session.id);
    return true;
}

void CoachingWindow::promptAcknowledge()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Acknowledge the coaching session"));
    auto *name = new QLineEdit(m_overview.agentName, &dialog);
    auto *comment = new QPlainTextEdit(&dialog);
    comment->setPlaceholderText(tr("Optional: anything the agent wants on record"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("The agent confirms that this session took place and what was agreed. After this the "
                                "notes and action items cannot be changed; their status still can."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Agent's name:"), name);
    form->addRow(tr("Comment:"), comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        acknowledge(name->text(), comment->toPlainText());
}

void CoachingWindow::choosePdf()
{
    const QString suggested = QStringLiteral("coaching-%1-%2.pdf")
                                  .arg(m_overview.agentName.isEmpty() ? m_session.agentId : m_overview.agentName,
                                       QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the session as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void CoachingWindow::exportPdf(const QString &path)
{
    if (m_pdfWatcher.isRunning())
        return;
    storePending();
    collectSession();
    CoachingSession session = m_session;
    if (session.leaderName.isEmpty())
        session.leaderName = m_workspace.user.displayName;
    if (!session.heldAt.isValid())
        session.heldAt = QDateTime::currentDateTimeUtc();
    const CoachingOverview overview = m_overview;
    m_pdf->setEnabled(false);
    showStatus(tr("Writing %1…").arg(path));
    m_pdfWatcher.setProperty("path", path);
    // Fonts and layout run off the UI thread (QPdfWriter and QTextDocument paint on any thread).
    m_pdfWatcher.setFuture(QtConcurrent::run([session, overview, path] {
        QString error;
        return CoachingPdf::write(session, overview, overview.passScore, path, &error) ? QString() : error;
    }));
}

void CoachingWindow::promptDispute()
{
    const int row = m_evaluations->currentRow();
    if (row < 0 || row >= int(m_overview.evaluations.size()))
        return;
    auto *dialog = new OpenDisputeDialog(m_workspace, m_overview.evaluations[size_t(row)].evaluationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showStatus(tr("Dispute opened; %1 decides it").arg(dialog->opened().arbitratorName)); });
    dialog->open();
}

void CoachingWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_presentAction->setChecked(on);
    // What the agent sees: no agent picker (other agents' names), no session list; large type.
    m_setup->setVisible(!on);
    QFont f = font();
    if (on)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    centralWidget()->setFont(f);
    if (on) {
        m_statesBeforePresenting = windowState();
        showFullScreen();
        m_evaluations->setFocus();
    } else {
        setWindowState(m_statesBeforePresenting);
        if (!isFullScreen() && !isMaximized())
            showNormal();
    }
    m_evaluations->resizeRowsToContents();
    m_weakest->resizeRowsToContents();
    // Larger type needs the room shared out again (the panels' old widths would cut the tables off).
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 3 / 10, width * 4 / 10, width - width * 7 / 10});
    showStatus(on ? tr("Presenting: J / K or Page Down / Page Up move between cases; Esc leaves") : QString());
}

void CoachingWindow::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
}

QString CoachingWindow::statusText() const
{
    return m_status->text();
}

void CoachingWindow::closeEvent(QCloseEvent *event)
{
    if (!storePending() &&
        QMessageBox::question(
            this, tr("Coaching session"),
            tr("The session could not be stored: %1\n\nClose anyway and lose the last changes?").arg(statusText()),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Close) {
        event->ignore();
        return;
    }
    if (m_presenting)
        setPresentation(false);
    QMainWindow::closeEvent(event);
}

} // namespace qawb
