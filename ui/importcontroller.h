#pragma once

#include "core/importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace qawb {

// Runs an import on a worker thread with its own store connection, showing a cancellable progress dialog.
// The UI stays responsive; finished() delivers the report on the UI thread.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(QString storePath, QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const;
    void start(const QStringList &files, const ImportOptions &options);
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const qawb::ImportReport &report);

private:
    QString m_storePath;
    QWidget *m_dialogParent;
    QProgressDialog *m_dialog = nullptr;
    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace qawb
