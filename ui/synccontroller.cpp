#include "synccontroller.h"

#include "core/store.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace qawb {

namespace {

constexpr int kPeriodicMs = 2 * 60 * 1000;
constexpr int kAfterSubmitMs = 5000;
constexpr qint64 kProgressEveryMs = 100;

} // namespace

SyncController::SyncController(QString localStorePath, User user, QObject *parent)
    : QObject(parent)
    , m_localPath(std::move(localStorePath))
    , m_user(std::move(user))
    , m_periodic(new QTimer(this))
    , m_soon(new QTimer(this))
{
    m_periodic->setInterval(kPeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, [this] { syncNow(); });
    m_soon->setSingleShot(true);
    m_soon->setInterval(kAfterSubmitMs);
    connect(m_soon, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this, [this] {
        const SyncOutcome outcome = m_watcher.result();
        // The shared store was changed (or sync switched off) while this sync ran: what it says is about the old one.
        const bool stale = m_runningPath != m_sharedPath;
        if (!stale) {
            m_last = outcome;
            m_finishedOnce = true;
            if (outcome.report.ok)
                m_lastSuccess = QDateTime::currentDateTime();
        }
        if (stale || outcome.cancelled)
            setState(isEnabled() ? State::Waiting : State::Off);
        else if (outcome.report.ok)
            setState(State::Synced);
        else
            setState(outcome.report.offline ? State::Offline : State::Failed);
        Q_EMIT finished(outcome);
        if ((m_pending || stale) && !m_shutDown && isEnabled()) {
            m_pending = false;
            launch();
        }
    });
}

SyncController::~SyncController()
{
    shutdown(true);
}

void SyncController::setIntervals(int periodicMs, int afterSubmitMs)
{
    m_periodic->setInterval(periodicMs);
    m_soon->setInterval(afterSubmitMs);
    if (m_periodic->isActive())
        m_periodic->start();
}

void SyncController::setSharedPath(const QString &path)
{
    if (path == m_sharedPath)
        return;
    m_sharedPath = path;
    m_pending = false;
    m_pendingCreate = false;
    // What the last sync said was about the previous shared store.
    m_last = SyncOutcome();
    m_finishedOnce = false;
    m_lastSuccess = QDateTime();
    if (path.isEmpty() || m_shutDown) {
        m_periodic->stop();
        m_soon->stop();
    } else {
        m_periodic->start();
    }
    if (!isRunning())
        setState(path.isEmpty() ? State::Off : State::Waiting);
}

bool SyncController::isRunning() const
{
    return m_watcher.isRunning();
}

void SyncController::syncNow(bool create)
{
    if (!isEnabled() || m_shutDown)
        return;
    m_soon->stop();
    m_pendingCreate = m_pendingCreate || create;
    if (isRunning()) {
        m_pending = true;
        return;
    }
    launch();
}

void SyncController::syncSoon()
{
    if (isEnabled() && !m_shutDown)
        m_soon->start();
}

void SyncController::shutdown(bool wait)
{
    m_shutDown = true;
    m_pending = false;
    m_periodic->stop();
    m_soon->stop();
    if (m_cancel)
        m_cancel->store(true);
    if (wait)
        m_watcher.waitForFinished();
}

void SyncController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncController::launch()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The next periodic sync is two minutes after this one, whatever started it.
    m_periodic->start();
    const QString localPath = m_localPath;
    const QString sharedPath = m_sharedPath;
    m_runningPath = sharedPath;
    const User user = m_user;
    SyncOptions options;
    options.create = m_pendingCreate;
    options.includeDrafts = m_includeDrafts;
    options.busyTimeoutMs = m_busyTimeoutMs;
    options.cancel = m_cancel.get();
    m_pendingCreate = false;
    const auto cancelFlag = m_cancel;
    // The destructor waits for the worker, so the controller outlives every progress call made from it; calls still
    // queued when it is destroyed are dropped with it.
    SyncController *self = this;
    setState(State::Syncing);
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([localPath, sharedPath, user, options, cancelFlag, self]() -> SyncOutcome {
        SyncOutcome outcome;
        QString error;
        // A connection belongs to the thread that opened it: this sync has its own.
        const auto store = Store::open(localPath, &error);
        if (!store) {
            outcome.report.error = error;
            return outcome;
        }
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        SyncOptions withProgress = options;
        withProgress.progress = [self, sinceProgress](const QString &phase, int done, int total) mutable {
            // A large pull reports every document: pass on a few a second, and the last one of each phase.
            if (done != total && done != 0 && sinceProgress.elapsed() < kProgressEveryMs)
                return;
            sinceProgress.restart();
            QMetaObject::invokeMethod(
                self, [self, phase, done, total] { Q_EMIT self->progress(phase, done, total); }, Qt::QueuedConnection);
        };
        SyncEngine engine(*store, user);
        outcome.report = engine.sync(sharedPath, withProgress);
        outcome.cancelled = cancelFlag->load();
        if (outcome.cancelled)
            return outcome;
        outcome.pendingChanges = engine.pendingChanges();
        outcome.openConflicts = outcome.report.ok ? outcome.report.openConflicts : int(engine.conflicts(false).size());
        return outcome;
    }));
}

} // namespace qawb
