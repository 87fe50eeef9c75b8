#pragma once

#include "workspace.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;
class QListView;
class QSplitter;
class QTableView;
class QTimer;

namespace qawb {

class AutoQaController;
class CalibrationDialog;
class CollectionsDialog;
class ReportsWindow;
class CaseLibraryDialog;
class CoachingWindow;
class DisputesDialog;
class LeaderHome;
class CaseFilterProxy;
class ConflictsDialog;
class SharedStoreDialog;
class SyncController;
class SyncStatusButton;
class CaseTableModel;
class ConversationView;
class FilterBar;
class ImportController;
class QueueListModel;
class QueueProgressDialog;
class SamplingDialog;
class ScoreForm;
struct AutoQaReport;
struct DisplayHit;
struct ImportOptions;
struct ImportReport;
struct SyncOutcome;

// The inspector's workstation: queues and cases on the left, the open conversation in the middle,
// the scorecard on the right. Drafts save themselves a second after each edit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a queue ("" = all conversations) and lists its cases.
    void selectQueue(const QString &queueId);
    // Opens a case by conversation id; finds it in the current list, else in all conversations.
    bool openCase(const QString &conversationId);
    // Starts importing files in the background (File > Import ends here after its dialog).
    void startImport(const QStringList &files, const ImportOptions &options);
    // Saves the open evaluation as a draft now; false (and a status message) on failure.
    bool saveDraft();
    // Submits the open evaluation; false (and a status message) if it is incomplete or cannot be stored.
    bool submitEvaluation();
    // Reopens the submitted evaluation on screen with this reason (the Reopen button asks for one first).
    bool reopenEvaluation(const QString &reason);
    // Stores the tags ticked on the form (saving a brand-new evaluation as a draft first).
    bool saveTags();
    // Auto-QA's suggested answers for the open case (once it has been checked).
    void applySuggestions();
    // The person using the app changed their profile (name).
    void setUser(const User &user);
    void promptReopen();
    // File ▸ Sample and assign… (QA managers and admins; nullptr for anyone else) and Review ▸ Queue progress…
    // (everyone). Both open without blocking the window; a second call brings the open dialog forward.
    SamplingDialog *showSamplingDialog();
    QueueProgressDialog *showQueueProgress();
    // Settings ▸ Shared store… (opens without blocking; the choice is saved in the store when accepted).
    SharedStoreDialog *showSharedStoreDialog();
    // Uses a shared store (empty: sync off), saved in this store's settings; create: make it at the first sync.
    void setSharedStore(const QString &path, bool includeDrafts, bool create);
    // Review ▸ Sync conflicts… (a second call brings the open dialog forward).
    ConflictsDialog *showConflictsDialog();

    // Coaching ▸ Team feedback… (the team leader's start page, shown at start to team leaders), Coaching ▸ Coaching
    // session… (agentId: open on that agent's last four weeks) and Coaching ▸ Disputes…. None blocks the window; a
    // second call brings the open one forward.
    LeaderHome *showLeaderHome();
    // What the person's role starts from, once the window is up (and the first-run profile question answered):
    // team leaders get their start page; everyone else their queues.
    void openStartPage();
    CoachingWindow *showCoaching(const QString &agentId = {});
    DisputesDialog *showDisputes();
    // Review ▸ Case library… (a second call brings it forward); a result opens here at the message that matched.
    CaseLibraryDialog *showCaseLibrary();
    CalibrationDialog *showCalibration();
    ReportsWindow *showReports();
    CollectionsDialog *showCollections();

    QString currentQueueId() const { return m_queueId; }
    QString currentCaseId() const;
    QListView *queueView() const { return m_queues; }
    QTableView *caseView() const { return m_cases; }
    ConversationView *conversationView() const { return m_conversation; }
    ScoreForm *scoreForm() const { return m_form; }
    ImportController *importController() const { return m_import; }
    AutoQaController *autoQaController() const { return m_autoQa; }
    CaseFilterProxy *caseFilter() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }
    QAction *samplingAction() const { return m_samplingAction; }
    QAction *queueProgressAction() const { return m_queueProgressAction; }
    SyncController *syncController() const { return m_sync; }
    SyncStatusButton *syncStatus() const { return m_syncStatus; }
    QProgressBar *syncProgress() const { return m_syncProgress; }
    QAction *syncNowAction() const { return m_syncNowAction; }

Q_SIGNALS:
    void importFinished(bool ok);
    void autoQaFinished(bool ok);
    void syncFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void refreshQueues();
    void loadCases();
    void showCase(const QString &conversationId);
    void stepCase(int delta);
    void chooseImportFiles();
    void onImportFinished(const ImportReport &report);
    void updateCaseCount();
    void restoreLayout();
    // Space, ←/→, [ and ] drive the call player; returns false when there is no call open.
    bool playbackKey(int key);
    void showShortcuts();
    void onAutoQaFinished(const AutoQaReport &report);
    void importRuleSet();
    void exportRuleSet();
    void onSyncFinished(const SyncOutcome &outcome);
    // After a sync brought something in: lists read again, the open case kept, unsaved typing saved first.
    void refreshAfterSync();
    // Reloads the open case's form if its evaluation in the store is no longer the one on screen.
    void reloadOpenCaseIfChanged();

    Workspace m_workspace;
    QString m_queueId;
    QueueListModel *m_queueModel;
    CaseTableModel *m_caseModel;
    CaseFilterProxy *m_proxy;
    QListView *m_queues;
    FilterBar *m_filterBar;
    QTableView *m_cases;
    QLabel *m_caseCount;
    ConversationView *m_conversation;
    ScoreForm *m_form;
    QSplitter *m_splitter;
    QTimer *m_autosave;         // a second after the last edit
    QTimer *m_autosaveDeadline; // two seconds after the first unsaved edit
    ImportController *m_import;
    AutoQaController *m_autoQa;
    QProgressBar *m_autoQaProgress;
    QToolButton *m_autoQaCancel;
    QAction *m_samplingAction = nullptr;
    QAction *m_queueProgressAction = nullptr;
    QPointer<SamplingDialog> m_samplingDialog;
    QPointer<QueueProgressDialog> m_queueProgressDialog;
    SyncController *m_sync;
    SyncStatusButton *m_syncStatus;
    QProgressBar *m_syncProgress;
    QAction *m_syncNowAction = nullptr;
    QPointer<SharedStoreDialog> m_sharedStoreDialog;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<LeaderHome> m_leaderHome;
    QPointer<CoachingWindow> m_coaching;
    QPointer<DisputesDialog> m_disputes;
    QPointer<CaseLibraryDialog> m_caseLibrary;
    QPointer<CalibrationDialog> m_calibration;
    QPointer<ReportsWindow> m_reports;
    QPointer<CollectionsDialog> m_collections;
    bool m_refreshing = false;
    bool m_queueChosen = false; // until then, refreshing prefers the first real queue
};

} // namespace qawb
