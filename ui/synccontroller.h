#pragma once

#include "core/sync.h"
#include "core/userrepository.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace qawb {

// What one background sync came back with: the engine's report plus the counts the status bar shows, read on the
// worker's own connection right after the sync.
struct SyncOutcome
{
    SyncReport report;
    int pendingChanges = 0; // local changes not in the shared store yet
    int openConflicts = 0;  // unresolved conflicts kept in the local store
    bool cancelled = false;
};

// Syncs the local store with the shared store in the background: every two minutes, a few seconds after an
// evaluation is submitted and on demand. Each sync runs on a worker thread with its own store connection and its own
// SyncEngine; never two at once (a request made while one runs starts another when it ends). Progress and the
// outcome arrive on the UI thread.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State { Off, Waiting, Syncing, Synced, Offline, Failed };

    SyncController(QString localStorePath, User user, QObject *parent = nullptr);
    ~SyncController() override;

    // The shared store file; empty turns sync off (timers stop; a running sync finishes).
    void setSharedPath(const QString &path);
    QString sharedPath() const { return m_sharedPath; }
    void setIncludeDrafts(bool include) { m_includeDrafts = include; }
    bool includeDrafts() const { return m_includeDrafts; }
    void setUser(const User &user) { m_user = user; }
    // How long a sync may wait for the shared file's lock (tests shorten it).
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    // Time between background syncs (two minutes) and from a submission to its sync (five seconds).
    void setIntervals(int periodicMs, int afterSubmitMs);

    bool isEnabled() const { return !m_sharedPath.isEmpty(); }
    bool isRunning() const;
    State state() const { return m_state; }
    // The latest finished sync (none yet: a default outcome) and when the latest successful one ended.
    const SyncOutcome &lastOutcome() const { return m_last; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool hasFinished() const { return m_finishedOnce; }

    // Starts a sync now (or right after the one running). create: make the shared store if there is none.
    void syncNow(bool create = false);
    // Starts a sync shortly (after a submission); repeated calls within the delay start one sync.
    void syncSoon();
    // Stops the running sync at its next safe point and starts no more; waits for it when wait is set.
    void shutdown(bool wait);

Q_SIGNALS:
    void started();
    // Called from the engine's progress, queued to the UI thread (phase as the engine names it).
    void progress(const QString &phase, int done, int total);
    void finished(const qawb::SyncOutcome &outcome);
    void stateChanged(qawb::SyncController::State state);

private:
    void launch();
    void setState(State state);

    QString m_localPath;
    User m_user;
    QString m_sharedPath;
    QString m_runningPath; // the shared store of the sync running (or last run)
    bool m_includeDrafts = false;
    int m_busyTimeoutMs = 15000;
    QTimer *m_periodic;
    QTimer *m_soon;
    QFutureWatcher<SyncOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_pending = false;
    bool m_pendingCreate = false;
    bool m_shutDown = false;
    bool m_finishedOnce = false;
    State m_state = State::Off;
    SyncOutcome m_last;
    QDateTime m_lastSuccess;
};

} // namespace qawb
