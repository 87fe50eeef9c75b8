#include "mainwindow.h"

#include "calibrationdialog.h"
#include "caselibrarydialog.h"
#include "coachingwindow.h"
#include "collectionsdialog.h"
#include "conflictsdialog.h"
#include "disputedialogs.h"
#include "leaderhome.h"
#include "profiledialog.h"
#include "queueprogressdialog.h"
#include "reportswindow.h"
#include "samplingdialog.h"
#include "scorecardeditor.h"
#include "sharedstoredialog.h"
#include "synccontroller.h"
#include "syncstatus.h"

#include "audioplayer.h"
#include "autoqacontroller.h"
#include "callview.h"
#include "casefilterproxy.h"
#include "casetablemodel.h"
#include "conversationview.h"
#include "filterbar.h"
#include "hitpresentation.h"
#include "i18n.h"
#include "importcontroller.h"
#include "importdialog.h"
#include "labels.h"
#include "queuelistmodel.h"
#include "scoreform.h"

#include "core/caserepository.h"
#include "core/disputes.h"
#include "core/evaluationrepository.h"
#include "core/permissions.h"
#include "core/prefill.h"
#include "core/rulesetrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qawb {

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_queueModel(new QueueListModel(this))
    , m_caseModel(new CaseTableModel(this))
    , m_proxy(new CaseFilterProxy(this))
    , m_queues(new QListView(this))
    , m_filterBar(new FilterBar(this))
    , m_cases(new QTableView(this))
    , m_caseCount(new QLabel(this))
    , m_conversation(new ConversationView(this))
    , m_form(new ScoreForm(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_autosave(new QTimer(this))
    , m_autosaveDeadline(new QTimer(this))
    , m_import(new ImportController(workspace.storePath, this))
    , m_autoQa(new AutoQaController(workspace.storePath, workspace.user.id, this))
    , m_autoQaProgress(new QProgressBar(this))
    , m_autoQaCancel(new QToolButton(this))
    , m_sync(new SyncController(workspace.storePath, workspace.user, this))
    , m_syncStatus(new SyncStatusButton(m_sync, this))
    , m_syncProgress(new QProgressBar(this))
{
    setWindowTitle(tr("QA Workbench"));
    m_conversation->callView()->setStore(m_workspace.store);
    m_conversation->setCommentContext(m_workspace.store, m_workspace.user.id);
    m_proxy->setSourceModel(m_caseModel);

    m_queues->setModel(m_queueModel);
    m_queues->setAccessibleName(tr("Queues"));
    m_queues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queues->setMaximumHeight(m_queues->fontMetrics().lineSpacing() * 6 + 10);
    // Sample queues have long names ("周报抽样 2026-11-16–2026-11-22 · calibration (0/1 done · ≈ 2 min left)"): wrap
    // them rather than cut off the progress at the end.
    m_queues->setWordWrap(true);
    m_queues->setResizeMode(QListView::Adjust);

    m_cases->setModel(m_proxy);
    m_cases->setAccessibleName(tr("Cases"));
    m_cases->setSortingEnabled(true);
    m_cases->sortByColumn(CaseTableModel::Position, Qt::AscendingOrder);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setAlternatingRowColors(true);
    m_cases->setWordWrap(false);
    m_cases->verticalHeader()->hide();
    m_cases->verticalHeader()->setDefaultSectionSize(m_cases->fontMetrics().lineSpacing() + 8);
    m_cases->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setColumnHidden(CaseTableModel::Id, false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *queuesLabel = new QLabel(tr("Queues"), left);
    QFont bold = queuesLabel->font();
    bold.setBold(true);
    queuesLabel->setFont(bold);
    auto *casesLabel = new QLabel(tr("Cases"), left);
    casesLabel->setFont(bold);
    leftLayout->addWidget(queuesLabel);
    leftLayout->addWidget(m_queues);
    leftLayout->addWidget(casesLabel);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_cases, 1);
    leftLayout->addWidget(m_caseCount);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(300);
    m_conversation->setMinimumWidth(360);
    m_form->setMinimumWidth(320);
    setCentralWidget(m_splitter);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::saveDraft);
    // Save a second after the last edit, and at least every two seconds while the inspector keeps typing, so a crash
    // or a kill loses at most about two seconds of work.
    m_autosaveDeadline->setSingleShot(true);
    m_autosaveDeadline->setInterval(2000);
    connect(m_autosaveDeadline, &QTimer::timeout, this, &MainWindow::saveDraft);
    connect(m_form, &ScoreForm::edited, this, [this] {
        // The deadline runs from the first unsaved edit: nothing typed waits longer than two seconds.
        if (!m_autosaveDeadline->isActive())
            m_autosaveDeadline->start();
        m_autosave->start();
    });
    connect(m_form, &ScoreForm::saveRequested, this, &MainWindow::saveDraft);
    connect(m_form, &ScoreForm::submitRequested, this, &MainWindow::submitEvaluation);
    connect(m_form, &ScoreForm::reopenRequested, this, &MainWindow::promptReopen);
    connect(m_form, &ScoreForm::tagsEdited, this, &MainWindow::saveTags);
    connect(m_form, &ScoreForm::evidenceRequested, this, [this](const QStringList &rules) {
        const auto &hits = m_conversation->hits();
        for (size_t i = 0; i < hits.size(); ++i) {
            if (rules.contains(hits[i].hit.ruleId)) {
                m_conversation->jumpToHit(int(i));
                return;
            }
        }
    });

    connect(m_queues->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (m_refreshing || !index.isValid())
            return;
        m_queueId = index.data(QueueListModel::QueueIdRole).toString();
        loadCases();
    });
    connect(m_cases->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (m_refreshing)
            return;
        const QString id = index.data(CaseTableModel::ConversationIdRole).toString();
        if (id != m_conversation->conversationId())
            showCase(id);
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const CaseFilterProxy::Filter &filter) {
        m_proxy->setFilter(filter);
        updateCaseCount();
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_conversation, &ConversationView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    // Auto-QA works in the background; its progress sits in the status bar with a cancel button.
    m_autoQaProgress->setMaximumWidth(220);
    m_autoQaProgress->setFormat(tr("Auto-QA %v/%m"));
    m_autoQaProgress->setTextVisible(true);
    m_autoQaProgress->hide();
    m_autoQaCancel->setText(tr("Stop"));
    m_autoQaCancel->setToolTip(tr("Stop auto-QA (cases checked so far keep their hits)"));
    m_autoQaCancel->hide();
    statusBar()->addPermanentWidget(m_autoQaProgress);
    statusBar()->addPermanentWidget(m_autoQaCancel);
    connect(m_autoQaCancel, &QToolButton::clicked, m_autoQa, &AutoQaController::cancel);
    connect(m_autoQa, &AutoQaController::started, this, [this] {
        m_autoQaProgress->setRange(0, 0);
        m_autoQaProgress->show();
        m_autoQaCancel->show();
    });
    connect(m_autoQa, &AutoQaController::progress, this, [this](qint64 done, qint64 total) {
        m_autoQaProgress->setRange(0, int(total));
        m_autoQaProgress->setValue(int(done));
    });
    connect(m_autoQa, &AutoQaController::finished, this, &MainWindow::onAutoQaFinished);

    // Sync with the team's shared store runs in the background too; the indicator at the far right says how it went.
    m_syncProgress->setMaximumWidth(220);
    m_syncProgress->setTextVisible(true);
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusButton::settingsRequested, this, &MainWindow::showSharedStoreDialog);
    connect(m_syncStatus, &SyncStatusButton::conflictsRequested, this, &MainWindow::showConflictsDialog);
    connect(m_syncStatus, &SyncStatusButton::syncRequested, m_sync, [this] { m_sync->syncNow(); });
    connect(m_sync, &SyncController::started, this, [this] {
        // What the inspector typed goes into the store before the sync reads it.
        if (m_autosave->isActive() || m_autosaveDeadline->isActive())
            saveDraft();
        if (m_conflictsDialog)
            m_conflictsDialog->setSyncRunning(true);
    });
    connect(m_sync, &SyncController::progress, this, [this](const QString &phase, int done, int total) {
        // Only a large transfer is worth a progress bar; a routine sync is over before it could be read.
        constexpr int kLarge = 100;
        if (total < kLarge || done >= total) {
            m_syncProgress->hide();
            return;
        }
        m_syncProgress->setRange(0, total);
        m_syncProgress->setValue(done);
        m_syncProgress->setFormat(tr("%1 %v/%m").arg(phase));
        m_syncProgress->show();
    });
    connect(m_sync, &SyncController::finished, this, &MainWindow::onSyncFinished);
    m_sync->setIncludeDrafts(m_workspace.store->meta(QStringLiteral("sync.include_drafts")) == QLatin1String("1"));
    m_sync->setSharedPath(m_workspace.store->meta(QStringLiteral("sync.shared_path")));
    // Pick up what colleagues did while this computer was off, once the window is up.
    if (m_sync->isEnabled())
        QTimer::singleShot(1000, m_sync, [this] { m_sync->syncNow(); });

    buildMenus();
    setUser(m_workspace.user);
    restoreLayout();
    refreshQueues();
    // Check whatever is not yet checked by the active rule set (a no-op when everything is up to date).
    m_autoQa->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import conversations…"), this, &MainWindow::chooseImportFiles);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("Import &rule set…"), this, &MainWindow::importRuleSet);
    file->addAction(tr("&Export rule set…"), this, &MainWindow::exportRuleSet);
    QAction *editScorecards = file->addAction(tr("Edit &scorecards…"), this, [this] {
        ScorecardEditor editor(*m_workspace.store, m_workspace.user, this);
        editor.exec();
        // A new version applies to cases not yet scored; the open case keeps what it was scored with.
        if (!m_conversation->conversationId().isEmpty())
            showCase(m_conversation->conversationId());
    });
    editScorecards->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::PublishScorecards));
    editScorecards->setToolTip(tr("QA managers and admins edit and publish scorecards"));
    m_samplingAction = file->addAction(tr("Sample and &assign…"), this, &MainWindow::showSamplingDialog);
    m_samplingAction->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::ManageSampling));
    m_samplingAction->setToolTip(tr("QA managers and admins draw samples and assign them to inspectors"));
    file->addSeparator();
    m_syncNowAction = file->addAction(tr("Sy&nc now"), this, [this] {
        if (m_sync->isEnabled())
            m_sync->syncNow();
        else
            showSharedStoreDialog(); // nowhere to sync with yet: say where
    });
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setToolTip(tr("Send your work to the shared store and pick up your colleagues'"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    QAction *next = review->addAction(tr("&Next case"), this, [this] { stepCase(+1); });
    next->setShortcut(QKeySequence(Qt::Key_J));
    QAction *previous = review->addAction(tr("&Previous case"), this, [this] { stepCase(-1); });
    previous->setShortcut(QKeySequence(Qt::Key_K));
    QAction *comment = review->addAction(tr("&Comment on this moment or selection…"), m_conversation,
                                         &ConversationView::promptForComment);
    comment->setShortcut(QKeySequence(Qt::Key_C));
    comment->setShortcutContext(Qt::WindowShortcut);
    QAction *nextHit = review->addAction(tr("Next &hit"), m_conversation, &ConversationView::nextHit);
    nextHit->setShortcut(QKeySequence(Qt::Key_N));
    QAction *previousHit = review->addAction(tr("Previous h&it"), m_conversation, &ConversationView::previousHit);
    previousHit->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_N));
    QAction *nextComment = review->addAction(tr("Next co&mment"), m_conversation, &ConversationView::nextComment);
    nextComment->setShortcut(QKeySequence(Qt::Key_M));
    QAction *previousComment =
        review->addAction(tr("Previous comm&ent"), m_conversation, &ConversationView::previousComment);
    previousComment->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_M));
    review->addAction(tr("Re-run &auto-QA on this list"), this, [this] {
        QStringList ids;
        for (int row = 0; row < m_caseModel->rowCount(); ++row)
            ids << m_caseModel->caseAt(row)->conversationId;
        m_autoQa->start(ids);
    });
    m_queueProgressAction = review->addAction(tr("&Queue progress…"), this, &MainWindow::showQueueProgress);
    QAction *library = review->addAction(tr("Case &library…"), this, &MainWindow::showCaseLibrary);
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    review->addAction(tr("&Training collections…"), this, &MainWindow::showCollections);
    QAction *collect = review->addAction(tr("Add this case to a &collection…"), this, [this] {
        const QString id = currentCaseId();
        if (id.isEmpty()) {
            statusBar()->showMessage(tr("Open a case first, then add it to a collection."), 5000);
            return;
        }
        // The evaluation on screen, once submitted, is the one the case shows.
        const QString evaluation = m_form->evaluation().isSubmitted() ? m_form->evaluation().id : QString();
        const QString name = promptAddToCollection(m_workspace, id, this, evaluation);
        if (!name.isEmpty()) {
            statusBar()->showMessage(tr("Added to \"%1\".").arg(name), 5000);
            if (m_collections)
                m_collections->reload();
        }
    });
    collect->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::ManageCollections));
    review->addAction(tr("Sync &conflicts…"), this, &MainWindow::showConflictsDialog);
    review->addSeparator();
    QAction *save = review->addAction(tr("&Save draft"), this, &MainWindow::saveDraft);
    save->setShortcut(QKeySequence::Save);
    QAction *submit = review->addAction(tr("S&ubmit evaluation"), this, &MainWindow::submitEvaluation);
    submit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    review->addAction(tr("&Reopen evaluation…"), this, &MainWindow::promptReopen);
    // Undo and redo of answers; text fields keep Ctrl+Z for their own text while they have focus.
    QAction *undo = m_form->undoStack()->createUndoAction(review, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_form->undoStack()->createRedoAction(review, tr("Re&do"));
    redo->setShortcuts(QKeySequence::Redo);
    review->addSeparator();
    review->addAction(undo);
    review->addAction(redo);
    // Single-key shortcuts must not fire while the inspector types a comment.
    for (QAction *action : {next, previous, nextHit, previousHit, nextComment, previousComment})
        action->setShortcutContext(Qt::WindowShortcut);

    QMenu *coaching = menuBar()->addMenu(tr("&Coaching"));
    const bool coaches = Permissions::may(m_workspace.user, Permissions::Action::CoachAgents);
    QAction *home = coaching->addAction(tr("Team &feedback…"), this, &MainWindow::showLeaderHome);
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *session = coaching->addAction(tr("Coaching &session…"), this, [this] { showCoaching(); });
    home->setEnabled(coaches);
    session->setEnabled(coaches);
    coaching->addAction(tr("&Disputes…"), this, &MainWindow::showDisputes);

    QMenu *reports = menuBar()->addMenu(tr("Re&ports"));
    QAction *reportsAction = reports->addAction(tr("&Reports and indicators…"), this, &MainWindow::showReports);
    reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reportsAction->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::ViewReports));
    QAction *calibration = reports->addAction(tr("Ca&libration sessions…"), this, &MainWindow::showCalibration);
    calibration->setEnabled(Permissions::may(m_workspace.user, Permissions::Action::ManageSampling));

    // Playback keys go through eventFilter() (they must not steal Space and arrows from buttons and text fields);
    // the menu shows them and offers the same actions by mouse.
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(tr("&Play / pause") + QStringLiteral("\tSpace"), this, [this] { playbackKey(Qt::Key_Space); });
    playback->addAction(tr("&Back 5 seconds") + QStringLiteral("\t←"), this, [this] { playbackKey(Qt::Key_Left); });
    playback->addAction(tr("&Forward 5 seconds") + QStringLiteral("\t→"), this, [this] { playbackKey(Qt::Key_Right); });
    playback->addAction(tr("&Slower") + QStringLiteral("\t["), this, [this] { playbackKey(Qt::Key_BracketLeft); });
    playback->addAction(tr("F&aster") + QStringLiteral("\t]"), this, [this] { playbackKey(Qt::Key_BracketRight); });
    playback->addAction(tr("&Loop the selection or the current turn") + QStringLiteral("\tL"), this,
                        [this] { playbackKey(Qt::Key_L); });
    playback->addAction(tr("&Clear the selection") + QStringLiteral("\tEsc"), this,
                        [this] { playbackKey(Qt::Key_Escape); });
    qApp->installEventFilter(this);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Your &profile…"), this, [this] {
        ProfileDialog profile(*m_workspace.store, m_workspace.user, this);
        if (profile.exec() == QDialog::Accepted)
            setUser(m_workspace.user);
    });
    settings->addAction(tr("&Shared store…"), this, &MainWindow::showSharedStoreDialog);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = i18n::configuredLanguage();
    for (const QString &code : i18n::availableLanguages()) {
        QAction *action = language->addAction(i18n::languageName(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            i18n::setConfiguredLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used the next time QA Workbench starts."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    help->addAction(tr("&About QA Workbench"), this, [this] {
        QMessageBox::about(this, tr("About QA Workbench"),
                           tr("<b>QA Workbench %1</b><p>Quality assurance workstation for contact centres: review "
                              "calls and chats, score them, coach agents.</p><p>Store: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_workspace.storePath.toHtmlEscaped()));
    });
}

bool MainWindow::playbackKey(int key)
{
    if (!m_conversation->showsCall())
        return false;
    AudioPlayer *player = m_conversation->callView()->player();
    switch (key) {
    case Qt::Key_Space:
        player->togglePlayback();
        return true;
    case Qt::Key_Left:
        player->skip(-5000);
        return true;
    case Qt::Key_Right:
        player->skip(5000);
        return true;
    case Qt::Key_BracketLeft:
        player->slower();
        return true;
    case Qt::Key_BracketRight:
        player->faster();
        return true;
    case Qt::Key_L:
        m_conversation->callView()->toggleLoop();
        return true;
    case Qt::Key_Escape: // only when there is a selection; otherwise Escape does what it did
        if (!m_conversation->callView()->waveform()->selection())
            return false;
        m_conversation->callView()->waveform()->clearSelection();
        return true;
    default:
        return false;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isActiveWindow()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QWidget *focus = QApplication::focusWidget();
        // Widgets that use these keys themselves keep them: text, buttons (Space, arrows), lists of choices.
        const bool ownsKeys = qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QTextEdit *>(focus) ||
                              qobject_cast<const QPlainTextEdit *>(focus) ||
                              qobject_cast<const QAbstractButton *>(focus) || qobject_cast<const QComboBox *>(focus) ||
                              qobject_cast<const QAbstractSpinBox *>(focus) ||
                              qobject_cast<const QAbstractSlider *>(focus);
        const bool isTextBrowser = qobject_cast<const QTextBrowser *>(focus);
        if (key->modifiers() == Qt::NoModifier && (!ownsKeys || isTextBrowser) && watched == focus &&
            playbackKey(key->key()))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showShortcuts()
{
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("J / K"), tr("Next / previous case")},
        {QStringLiteral("N / Shift+N"), tr("Next / previous rule hit")},
        {QStringLiteral("C"),
         tr("Comment on the selected words, the selected range, or the current moment or message")},
        {QStringLiteral("M / Shift+M"), tr("Next / previous comment")},
        {tr("Space"), tr("Play / pause the call")},
        {QStringLiteral("← / →"), tr("Back / forward 5 seconds")},
        {QStringLiteral("[ / ]"), tr("Slower / faster playback")},
        {tr("Shift+drag"), tr("Select a time range on the waveform (Esc clears it)")},
        {QStringLiteral("L"), tr("Loop the selected range, or the turn being played")},
        {QStringLiteral("Ctrl+S"), tr("Save the draft (drafts also save themselves)")},
        {QStringLiteral("Ctrl+Enter"), tr("Submit the evaluation")},
        {QStringLiteral("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo an answer")},
        {QStringLiteral("Ctrl+I"), tr("Import conversations")},
        {QStringLiteral("F5"), tr("Sync with the shared store now")},
        {QStringLiteral("Tab / ↑ ↓ ← →"), tr("Move through the scoring form and its answers")},
        {QStringLiteral("F1 / ?"), tr("This list")},
    };
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[key, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Playback keys work anywhere except in text fields and on buttons, which keep their own keys.")
                         .toHtmlEscaped());
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: fill most of the screen, whatever its size (1366×768 laptops included).
        const QRect available = screen()->availableGeometry();
        resize(qMin(1480, available.width() - 40), qMin(920, available.height() - 60));
    }
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray())) {
        const int w = width();
        m_splitter->setSizes({w * 30 / 100, w * 42 / 100, w * 28 / 100});
    }
    m_cases->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/caseColumns")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sync->isRunning()) {
        // A sync stops at its next safe point (each step is a transaction; waiting is bounded by its lock timeout).
        m_sync->shutdown(false);
        statusBar()->showMessage(tr("Stopping the sync…"));
        event->ignore();
        QTimer::singleShot(200, this, &QWidget::close);
        return;
    }
    if (m_import->isRunning() || m_autoQa->isRunning()) {
        m_import->cancel();
        m_autoQa->cancel();
        statusBar()->showMessage(tr("Cancelling the import…"));
        event->ignore();
        QTimer::singleShot(200, this, &QWidget::close);
        return;
    }
    m_sync->shutdown(true);
    if (m_autosave->isActive())
        saveDraft();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/caseColumns"), m_cases->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::refreshQueues()
{
    m_refreshing = true;
    m_queueModel->setQueues(CaseRepository(*m_workspace.store).queues());
    int row = m_queueChosen ? m_queueModel->rowOf(m_queueId) : -1;
    m_queueChosen = true;
    if (row < 0) {
        // First start or the queue is gone: prefer the first real queue over "All conversations".
        row = m_queueModel->rowCount() > 1 ? 1 : 0;
        m_queueId = m_queueModel->index(row).data(QueueListModel::QueueIdRole).toString();
    }
    m_queues->setCurrentIndex(m_queueModel->index(row));
    m_refreshing = false;
    loadCases();
}

void MainWindow::selectQueue(const QString &queueId)
{
    const int row = m_queueModel->rowOf(queueId);
    if (row >= 0)
        m_queues->setCurrentIndex(m_queueModel->index(row));
}

void MainWindow::loadCases()
{
    const QString openId = m_conversation->conversationId();
    m_refreshing = true;
    auto rows = CaseRepository(*m_workspace.store).cases(m_queueId, m_workspace.user.id);
    m_filterBar->setChoices(rows);
    m_caseModel->setCases(std::move(rows));
    m_cases->resizeColumnsToContents();
    m_refreshing = false;
    updateCaseCount();
    // Keep the open case selected if it is in this list.
    const int row = m_caseModel->rowOf(openId);
    if (row >= 0)
        m_cases->setCurrentIndex(m_proxy->mapFromSource(m_caseModel->index(row, 0)));
}

void MainWindow::updateCaseCount()
{
    m_caseCount->setText(tr("%1 of %2 cases shown").arg(m_proxy->rowCount()).arg(m_caseModel->rowCount()));
}

QString MainWindow::currentCaseId() const
{
    return m_conversation->conversationId();
}

bool MainWindow::openCase(const QString &conversationId)
{
    int row = m_caseModel->rowOf(conversationId);
    if (row < 0) {
        const QStringList queues = CaseRepository(*m_workspace.store).queuesOf(conversationId);
        selectQueue(queues.isEmpty() ? QString() : queues.first());
        row = m_caseModel->rowOf(conversationId);
    }
    if (row < 0) {
        statusBar()->showMessage(tr("No conversation with id %1 in this store.").arg(conversationId), 8000);
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_caseModel->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than open a case the list does not show.
        m_filterBar->clear();
        index = m_proxy->mapFromSource(m_caseModel->index(row, 0));
    }
    m_cases->setCurrentIndex(index);
    m_cases->scrollTo(index);
    return m_conversation->conversationId() == conversationId;
}

void MainWindow::showCase(const QString &conversationId)
{
    if (m_autosave->isActive())
        saveDraft();
    m_autosave->stop();
    m_autosaveDeadline->stop();
    if (conversationId.isEmpty()) {
        m_conversation->clear();
        m_form->clear();
        return;
    }
    const auto conversation = CaseRepository(*m_workspace.store).conversation(conversationId);
    if (!conversation) {
        statusBar()->showMessage(tr("The conversation %1 is no longer in the store.").arg(conversationId), 8000);
        return;
    }
    m_conversation->setConversation(*conversation, displayHits(*m_workspace.store, conversationId));

    ScorecardRepository scorecards(*m_workspace.store);
    EvaluationRepository evaluations(*m_workspace.store);
    std::optional<Evaluation> evaluation = evaluations.find(conversationId, m_workspace.user.id);
    // An existing evaluation is always shown with the scorecard version it was scored with.
    std::optional<StoredScorecard> card =
        evaluation ? scorecards.version(evaluation->scorecardVersionId) : scorecards.currentFor(conversation->channel);
    if (!card) {
        m_form->clear();
        statusBar()->showMessage(
            tr("No scorecard is published for %1 conversations.").arg(labels::channel(conversation->channel)), 8000);
        return;
    }
    if (!evaluation) {
        evaluation = Evaluation();
        evaluation->conversationId = conversationId;
        evaluation->inspectorId = m_workspace.user.id;
        evaluation->scorecardVersionId = card->versionId;
        evaluation->queueId = m_queueId;
    }
    m_form->setEvaluation(*card, *evaluation,
                          evaluation->id.isEmpty() ? std::vector<EvaluationRevision>{}
                                                   : evaluations.history(evaluation->id));
    // Tags hang on a stored evaluation; someone who does not evaluate can only tag one that exists.
    m_form->setTags(
        evaluation->id.isEmpty() ? QStringList() : evaluations.tags(evaluation->id),
        Permissions::may(m_workspace.user, Permissions::Action::TagEvaluations) &&
            (!evaluation->id.isEmpty() || Permissions::may(m_workspace.user, Permissions::Action::Evaluate)));
    applySuggestions();
}

bool MainWindow::saveTags()
{
    if (!m_form->isLoaded())
        return false;
    // Tags belong to a stored evaluation: a brand-new one is saved as a draft first.
    if (m_form->evaluation().id.isEmpty() && !saveDraft())
        return false;
    QString error;
    if (!EvaluationRepository(*m_workspace.store)
             .setTags(m_form->evaluation().id, m_form->tags(), m_workspace.user, &error)) {
        statusBar()->showMessage(tr("Tags not saved: %1").arg(error), 10000);
        return false;
    }
    statusBar()->showMessage(tr("Tags saved."), 3000);
    return true;
}

void MainWindow::applySuggestions()
{
    const QString id = m_conversation->conversationId();
    if (!m_form->isLoaded() || id.isEmpty() || !AutoQaRunner::isChecked(*m_workspace.store, id))
        return; // not checked yet: "no hits" would mean nothing
    QStringList fired;
    for (const DisplayHit &h : m_conversation->hits())
        fired << h.hit.ruleId;
    m_form->setSuggestions(suggestAnswers(*m_form->scorecard(), fired), !m_form->evaluation().isSubmitted());
}

void MainWindow::setUser(const User &user)
{
    m_workspace.user = user;
    m_sync->setUser(user);
    m_form->setCanEvaluate(Permissions::may(user, Permissions::Action::Evaluate));
    m_conversation->setCommentContext(m_workspace.store, user.id);
    statusBar()->showMessage(tr("Store: %1 — signed in as %2 (%3)")
                                 .arg(m_workspace.storePath, user.displayName, Permissions::roleName(user.role)));
}

SamplingDialog *MainWindow::showSamplingDialog()
{
    if (!Permissions::may(m_workspace.user, Permissions::Action::ManageSampling))
        return nullptr;
    if (!m_samplingDialog) {
        m_samplingDialog = new SamplingDialog(*m_workspace.store, m_workspace.user, this);
        m_samplingDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_samplingDialog, &SamplingDialog::queuesChanged, this, &MainWindow::refreshQueues);
    }
    m_samplingDialog->show();
    m_samplingDialog->raise();
    m_samplingDialog->activateWindow();
    return m_samplingDialog;
}

QueueProgressDialog *MainWindow::showQueueProgress()
{
    if (!m_queueProgressDialog) {
        m_queueProgressDialog = new QueueProgressDialog(*m_workspace.store, m_workspace.user, this);
        m_queueProgressDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_queueProgressDialog, &QueueProgressDialog::queuesChanged, this, &MainWindow::refreshQueues);
    } else {
        m_queueProgressDialog->refresh();
    }
    m_queueProgressDialog->show();
    m_queueProgressDialog->raise();
    m_queueProgressDialog->activateWindow();
    return m_queueProgressDialog;
}

void MainWindow::promptReopen()
{
    if (!m_form->isLoaded() || !m_form->evaluation().isSubmitted())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reopen evaluation"),
        tr("Why does this submitted evaluation need to change? The submitted revision is kept, and the reason is "
           "recorded."),
        QString(), &ok);
    if (ok && !reason.trimmed().isEmpty())
        reopenEvaluation(reason);
}

bool MainWindow::reopenEvaluation(const QString &reason)
{
    Evaluation evaluation = m_form->evaluation();
    if (!m_form->isLoaded() || !evaluation.isSubmitted())
        return false;
    QString error;
    EvaluationRepository repository(*m_workspace.store);
    if (!repository.reopen(evaluation, m_workspace.user, reason, &error)) {
        statusBar()->showMessage(tr("Not reopened: %1").arg(error), 10000);
        return false;
    }
    if (const auto card = ScorecardRepository(*m_workspace.store).version(evaluation.scorecardVersionId))
        m_form->setEvaluation(*card, evaluation, repository.history(evaluation.id));
    m_caseModel->updateEvaluation(evaluation.conversationId, evaluation.status, evaluation.score, evaluation.fatal);
    statusBar()->showMessage(tr("Reopened as revision %1.").arg(evaluation.revision), 8000);
    return true;
}

void MainWindow::stepCase(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_cases->currentIndex().isValid() ? m_cases->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int next = qBound(0, current + delta, rows - 1);
    m_cases->setCurrentIndex(m_proxy->index(next, 0));
}

bool MainWindow::saveDraft()
{
    m_autosave->stop();
    m_autosaveDeadline->stop();
    if (!m_form->isLoaded() || !m_form->scorecard())
        return false;
    Evaluation evaluation = m_form->evaluation();
    if (evaluation.isSubmitted())
        return true;
    QString error;
    if (!EvaluationRepository(*m_workspace.store).saveDraft(evaluation, *m_form->scorecard(), &error)) {
        statusBar()->showMessage(tr("Could not save the draft: %1").arg(error), 10000);
        return false;
    }
    // Keep the form's evaluation id in step without rebuilding the form under the inspector's cursor.
    m_form->markSaved(evaluation);
    const ScoreResult result = m_form->result();
    m_caseModel->updateEvaluation(evaluation.conversationId, evaluation.status, result.score, result.fatal);
    statusBar()->showMessage(tr("Draft saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
                             4000);
    return true;
}

bool MainWindow::submitEvaluation()
{
    m_autosave->stop();
    if (!m_form->isLoaded() || !m_form->scorecard())
        return false;
    Evaluation evaluation = m_form->evaluation();
    if (evaluation.isSubmitted())
        return false;
    QString error;
    EvaluationRepository repository(*m_workspace.store);
    if (!repository.submit(evaluation, *m_form->scorecard(), &error)) {
        // Keep the work: an incomplete form is still saved as a draft.
        saveDraft();
        statusBar()->showMessage(tr("Not submitted: %1").arg(error), 10000);
        return false;
    }
    const auto card = ScorecardRepository(*m_workspace.store).version(evaluation.scorecardVersionId);
    if (card)
        m_form->setEvaluation(*card, evaluation, repository.history(evaluation.id));
    m_caseModel->updateEvaluation(evaluation.conversationId, evaluation.status, evaluation.score, evaluation.fatal);
    statusBar()->showMessage(
        tr("Submitted %1 with score %2.")
            .arg(evaluation.conversationId, QLocale().toString(evaluation.score.value_or(0), 'f', 1)),
        8000);
    const QString queueId = m_queueId;
    m_refreshing = true;
    m_queueModel->setQueues(CaseRepository(*m_workspace.store).queues());
    m_queues->setCurrentIndex(m_queueModel->index(qMax(0, m_queueModel->rowOf(queueId))));
    m_refreshing = false;
    if (m_queueProgressDialog)
        m_queueProgressDialog->refresh();
    // Colleagues see a submission soon after it is made.
    m_sync->syncSoon();
    return true;
}

void MainWindow::onAutoQaFinished(const AutoQaReport &report)
{
    m_autoQaProgress->hide();
    m_autoQaCancel->hide();
    if (report.checked > 0 || !report.ok)
        statusBar()->showMessage(report.summary(), 10000);
    if (report.checked > 0) {
        m_caseModel->updateHits(CaseRepository(*m_workspace.store).cases(m_queueId, m_workspace.user.id));
        const QString open = m_conversation->conversationId();
        if (!open.isEmpty()) {
            m_conversation->setHits(displayHits(*m_workspace.store, open));
            applySuggestions();
        }
    }
    Q_EMIT autoQaFinished(report.ok);
}

void MainWindow::importRuleSet()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import rule set"), QString(), tr("Rule sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else if (!RuleSetRepository(*m_workspace.store).importJson(file.readAll(), m_workspace.user.id, &error))
        error = error.isEmpty() ? tr("unknown error") : error;
    else
        error.clear();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import rule set"), tr("%1 was not imported:\n%2").arg(path, error));
        return;
    }
    statusBar()->showMessage(tr("Rule set imported; re-checking the conversations it changes…"), 8000);
    m_autoQa->start();
}

void MainWindow::exportRuleSet()
{
    RuleSetRepository repository(*m_workspace.store);
    QString error;
    const auto active = repository.ensureActive(m_workspace.user.id, &error) ? repository.active() : std::nullopt;
    if (!active) {
        QMessageBox::warning(this, tr("Export rule set"), error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rule set"),
        QStringLiteral("%1-v%2.json").arg(active->rules.key()).arg(active->rules.version()), tr("Rule sets (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray json = active->rules.json();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        QMessageBox::warning(this, tr("Export rule set"), tr("Cannot write %1: %2").arg(path, out.errorString()));
}

void MainWindow::chooseImportFiles()
{
    if (m_import->isRunning())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import conversations"), QString(),
        tr("Conversations (*.jsonl *.ndjson *.csv);;JSON Lines (*.jsonl *.ndjson);;CSV pair (*.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    QStringList queueNames;
    for (const QueueSummary &q : CaseRepository(*m_workspace.store).queues(m_workspace.user.id))
        queueNames << q.name;
    ImportDialog dialog(files, queueNames, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startImport(dialog.files(), dialog.options());
}

void MainWindow::startImport(const QStringList &files, const ImportOptions &options)
{
    ImportOptions withUser = options;
    withUser.userId = m_workspace.user.id;
    statusBar()->showMessage(tr("Importing %n file(s)…", nullptr, int(files.size())));
    m_import->start(files, withUser);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    statusBar()->showMessage(report.summary(), 15000);
    if (report.ok) {
        if (!report.changedIds.isEmpty())
            m_autoQa->start(report.changedIds);
        if (!report.queueId.isEmpty()) {
            m_queueId = report.queueId;
            m_queueChosen = true;
        }
        refreshQueues();
    } else if (!report.cancelled && isVisible()) {
        // Window-modal but not blocking: the inspector reads the errors while the window stays live.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import failed"), report.summary(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QStringList lines;
        for (const ImportIssue &issue : report.errors)
            lines << issue.toString();
        if (report.errorCount > report.errors.size())
            lines << tr("… and %n more", nullptr, int(report.errorCount - report.errors.size()));
        box->setInformativeText(report.errors.isEmpty() ? QString() : report.errors.first().toString());
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->open();
    }
    Q_EMIT importFinished(report.ok);
}

SharedStoreDialog *MainWindow::showSharedStoreDialog()
{
    if (!m_sharedStoreDialog) {
        m_sharedStoreDialog =
            new SharedStoreDialog(m_sync->sharedPath(), m_sync->includeDrafts(), m_workspace.storePath, this);
        m_sharedStoreDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_sharedStoreDialog, &QDialog::accepted, this, [this] {
            setSharedStore(m_sharedStoreDialog->sharedPath(), m_sharedStoreDialog->includeDrafts(),
                           m_sharedStoreDialog->createIfMissing());
        });
        m_sharedStoreDialog->open();
    }
    m_sharedStoreDialog->raise();
    m_sharedStoreDialog->activateWindow();
    return m_sharedStoreDialog;
}

void MainWindow::setSharedStore(const QString &path, bool includeDrafts, bool create)
{
    Store &store = *m_workspace.store;
    // An empty (not null) text: store_meta values are NOT NULL, and a null QString is bound as NULL.
    if (!store.setMeta(QStringLiteral("sync.shared_path"), path.isEmpty() ? QStringLiteral("") : path) ||
        !store.setMeta(QStringLiteral("sync.include_drafts"),
                       includeDrafts ? QStringLiteral("1") : QStringLiteral("0"))) {
        statusBar()->showMessage(tr("The sync settings could not be saved in the store."), 10000);
        return;
    }
    m_sync->setIncludeDrafts(includeDrafts);
    m_sync->setSharedPath(path);
    if (path.isEmpty()) {
        statusBar()->showMessage(tr("Sync is off: your work stays on this computer."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Syncing with %1…").arg(QDir::toNativeSeparators(path)), 5000);
    m_sync->syncNow(create);
}

ConflictsDialog *MainWindow::showConflictsDialog()
{
    // The choice may replace the open evaluation: what was typed is stored first.
    if (m_autosave->isActive() || m_autosaveDeadline->isActive())
        saveDraft();
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(*m_workspace.store, m_workspace.user, this);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &ConflictsDialog::resolved, this,
                [this](const QString &, const QString &, const QString &take) {
                    if (take == QLatin1String("remote"))
                        refreshAfterSync();
                    // Either way the shared store hears of the choice at once.
                    m_sync->syncNow();
                });
    } else {
        m_conflictsDialog->refresh();
    }
    m_conflictsDialog->setSyncRunning(m_sync->isRunning());
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

void MainWindow::openStartPage()
{
    // A team leader starts from what their team needs: feedback due, follow-ups, disputes.
    if (m_workspace.user.role == QLatin1String("team_leader"))
        showLeaderHome();
    // An arbitrator hears of the disputes waiting for their decision.
    const auto waiting = DisputeRepository(*m_workspace.store).list(QStringLiteral("open"), m_workspace.user.id);
    if (!waiting.empty())
        statusBar()->showMessage(
            tr("%n dispute(s) wait for your decision — Coaching ▸ Disputes…", nullptr, int(waiting.size())), 30000);
}

LeaderHome *MainWindow::showLeaderHome()
{
    if (!m_leaderHome) {
        m_leaderHome = new LeaderHome(m_workspace, this);
        m_leaderHome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_leaderHome, &LeaderHome::coachRequested, this,
                [this](const QString &agentId) { showCoaching(agentId); });
        connect(m_leaderHome, &LeaderHome::sessionRequested, this, [this](const QString &sessionId) {
            if (CoachingWindow *w = showCoaching())
                w->openSession(sessionId);
        });
        connect(m_leaderHome, &LeaderHome::disputesRequested, this, &MainWindow::showDisputes);
    } else {
        m_leaderHome->refresh();
    }
    m_leaderHome->show();
    m_leaderHome->raise();
    m_leaderHome->activateWindow();
    return m_leaderHome;
}

CoachingWindow *MainWindow::showCoaching(const QString &agentId)
{
    if (!m_coaching) {
        // A window of its own (it goes full screen to present), owned here and closed with the workstation.
        m_coaching = new CoachingWindow(m_workspace, this);
        m_coaching->setWindowFlag(Qt::Window);
        m_coaching->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_coaching, &CoachingWindow::sessionChanged, this, [this] {
            if (m_leaderHome)
                m_leaderHome->refresh();
        });
    }
    if (!agentId.isEmpty()) {
        const QDate today = QDate::currentDate();
        m_coaching->openAgent(agentId, today.addDays(-27), today);
    }
    m_coaching->show();
    m_coaching->raise();
    m_coaching->activateWindow();
    return m_coaching;
}

CaseLibraryDialog *MainWindow::showCaseLibrary()
{
    if (!m_caseLibrary) {
        m_caseLibrary = new CaseLibraryDialog(m_workspace, this);
        m_caseLibrary->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_caseLibrary, &CaseLibraryDialog::openRequested, this,
                [this](const QString &conversationId, int turnSeq) {
                    if (!openCase(conversationId))
                        return;
                    if (turnSeq >= 0)
                        m_conversation->jumpToMoment(-1, turnSeq);
                    activateWindow();
                });
    }
    m_caseLibrary->show();
    m_caseLibrary->raise();
    m_caseLibrary->activateWindow();
    return m_caseLibrary;
}

CollectionsDialog *MainWindow::showCollections()
{
    if (!m_collections) {
        m_collections = new CollectionsDialog(m_workspace, this);
        m_collections->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_collections, &CollectionsDialog::openRequested, this, [this](const QString &conversationId) {
            if (openCase(conversationId))
                activateWindow();
        });
    } else {
        m_collections->reload();
    }
    m_collections->show();
    m_collections->raise();
    m_collections->activateWindow();
    return m_collections;
}

ReportsWindow *MainWindow::showReports()
{
    if (!m_reports) {
        m_reports = new ReportsWindow(m_workspace, this);
        connect(m_reports, &ReportsWindow::openRequested, this, [this](const QString &conversationId) {
            if (openCase(conversationId))
                activateWindow();
        });
        // "Sample these": the sample goes to the sampling dialog to be split between inspectors.
        connect(m_reports, &ReportsWindow::sampleCreated, this, [this](const QString &sampleId, int conversations) {
            if (SamplingDialog *dialog = showSamplingDialog())
                dialog->useSample(sampleId, conversations);
        });
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
    return m_reports;
}

CalibrationDialog *MainWindow::showCalibration()
{
    if (!m_calibration) {
        m_calibration = new CalibrationDialog(m_workspace, this);
        m_calibration->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_calibration, &CalibrationDialog::openRequested, this, [this](const QString &conversationId) {
            if (openCase(conversationId))
                activateWindow();
        });
    } else {
        m_calibration->reload();
    }
    m_calibration->show();
    m_calibration->raise();
    m_calibration->activateWindow();
    return m_calibration;
}

DisputesDialog *MainWindow::showDisputes()
{
    if (!m_disputes) {
        m_disputes = new DisputesDialog(m_workspace, this);
        m_disputes->setAttribute(Qt::WA_DeleteOnClose);
        // A decision re-scored an evaluation: the case on screen shows the new revision.
        connect(m_disputes, &DisputesDialog::evaluationChanged, this, [this] {
            reloadOpenCaseIfChanged();
            if (m_leaderHome)
                m_leaderHome->refresh();
        });
    } else {
        m_disputes->refresh();
    }
    m_disputes->show();
    m_disputes->raise();
    m_disputes->activateWindow();
    return m_disputes;
}

void MainWindow::onSyncFinished(const SyncOutcome &outcome)
{
    m_syncProgress->hide();
    if (outcome.report.pulled > 0) {
        refreshAfterSync();
        // Conversations that came in are checked here (rule hits are this computer's own).
        if (outcome.report.pulledByType.value(QStringLiteral("conversation")) > 0)
            m_autoQa->start();
    }
    if (m_conflictsDialog) {
        m_conflictsDialog->setSyncRunning(false);
        m_conflictsDialog->refresh();
    }
    if (outcome.report.pulled > 0) {
        if (m_leaderHome)
            m_leaderHome->refresh();
        if (m_disputes)
            m_disputes->refresh();
    }
    if (!outcome.report.newConflicts.isEmpty())
        statusBar()->showMessage(
            tr("New sync conflicts: %1 — see Review ▸ Sync conflicts…").arg(outcome.report.newConflicts.size()), 15000);
    Q_EMIT syncFinished(outcome.report.ok);
}

void MainWindow::refreshAfterSync()
{
    // Unsaved typing is stored before anything is read again; the open form is then left alone unless its
    // evaluation was replaced (see reloadOpenCaseIfChanged).
    if (m_autosave->isActive() || m_autosaveDeadline->isActive())
        saveDraft();
    // The case list keeps its columns, scroll position and the open case.
    const QByteArray columns = m_cases->horizontalHeader()->saveState();
    const int scroll = m_cases->verticalScrollBar()->value();
    refreshQueues();
    m_cases->horizontalHeader()->restoreState(columns);
    m_cases->verticalScrollBar()->setValue(scroll);
    reloadOpenCaseIfChanged();
    if (m_queueProgressDialog)
        m_queueProgressDialog->refresh();
}

void MainWindow::reloadOpenCaseIfChanged()
{
    const QString id = currentCaseId();
    if (id.isEmpty())
        return;
    m_conversation->reloadComments();
    if (!m_form->isLoaded())
        return;
    const std::optional<Evaluation> stored = EvaluationRepository(*m_workspace.store).find(id, m_workspace.user.id);
    const Evaluation shown = m_form->evaluation();
    const bool changed = stored ? stored->id != shown.id || stored->updatedAt != shown.updatedAt ||
                                      stored->status != shown.status || stored->revision != shown.revision
                                : !shown.id.isEmpty();
    if (!changed)
        return;
    showCase(id);
    statusBar()->showMessage(tr("Your evaluation of %1 was updated from the shared store.").arg(id), 10000);
}

} // namespace qawb
