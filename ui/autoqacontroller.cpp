#include "autoqacontroller.h"

#include "core/store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qawb {

AutoQaController::AutoQaController(QString storePath, QString userId, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_userId(std::move(userId))
{
    connect(&m_watcher, &QFutureWatcher<AutoQaReport>::finished, this, [this] {
        const AutoQaReport report = m_watcher.result();
        Q_EMIT finished(report);
        if (m_pending && !report.cancelled) {
            const QStringList ids = m_pendingAll ? QStringList() : m_pendingIds;
            m_pending = m_pendingAll = false;
            m_pendingIds.clear();
            launch(ids);
        }
    });
}

AutoQaController::~AutoQaController()
{
    cancel();
    m_watcher.waitForFinished();
}

bool AutoQaController::isRunning() const
{
    return m_watcher.isRunning();
}

void AutoQaController::cancel()
{
    m_pending = false;
    if (m_cancel)
        m_cancel->store(true);
}

void AutoQaController::start(const QStringList &ids)
{
    if (!isRunning()) {
        launch(ids);
        return;
    }
    m_pending = true;
    if (ids.isEmpty())
        m_pendingAll = true;
    else
        m_pendingIds += ids;
}

void AutoQaController::launch(const QStringList &ids)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString storePath = m_storePath;
    const QString userId = m_userId;
    const auto cancelFlag = m_cancel;
    // The destructor waits for the worker, so the controller outlives every progress call made from it.
    AutoQaController *self = this;
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([storePath, userId, ids, cancelFlag, self]() -> AutoQaReport {
        QString error;
        const auto store = Store::open(storePath, &error);
        if (!store) {
            AutoQaReport failed;
            failed.error = error;
            return failed;
        }
        AutoQaRunner runner(*store, userId);
        runner.setCancelFlag(cancelFlag.get());
        runner.setProgressCallback([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self, [self, done, total] { Q_EMIT self->progress(done, total); }, Qt::QueuedConnection);
        });
        return runner.run(ids);
    }));
}

} // namespace qawb
