#pragma once

#include "core/autoqarunner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace qawb {

// Runs auto-QA on a worker thread (its own store connection; matching on all cores) while the inspector keeps
// working. Requests made while a run is going are queued and merged into the next run.
class AutoQaController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoQaController)

public:
    AutoQaController(QString storePath, QString userId, QObject *parent = nullptr);
    ~AutoQaController() override;

    bool isRunning() const;
    // ids empty: every conversation (those up to date are skipped quickly).
    void start(const QStringList &ids = {});
    void cancel();

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const qawb::AutoQaReport &report);

private:
    void launch(const QStringList &ids);

    QString m_storePath;
    QString m_userId;
    QFutureWatcher<AutoQaReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_pending = false;
    bool m_pendingAll = false;
    QStringList m_pendingIds;
};

} // namespace qawb
