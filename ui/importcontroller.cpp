#include "importcontroller.h"

#include "core/store.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace qawb {

ImportController::ImportController(QString storePath, QWidget *dialogParent)
    : m_storePath(std::move(storePath))
    , m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, [this] {
        if (m_dialog) {
            m_dialog->hide();
            m_dialog->deleteLater();
            m_dialog = nullptr;
        }
        Q_EMIT finished(m_watcher.result());
    });
}

ImportController::~ImportController()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::start(const QStringList &files, const ImportOptions &options)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_dialog = new QProgressDialog(tr("Importing conversations…"), tr("Cancel"), 0, 1000, m_dialogParent);
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    connect(this, &ImportController::progress, m_dialog, [dialog = m_dialog](qint64 done, qint64 total) {
        dialog->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });

    const QString storePath = m_storePath;
    const auto cancelFlag = m_cancel;
    // The destructor waits for the worker, so the controller outlives every progress call made from it.
    ImportController *self = this;
    m_watcher.setFuture(QtConcurrent::run([storePath, files, options, cancelFlag, self]() -> ImportReport {
        // The worker opens its own connection: a QSqlDatabase belongs to the thread that opened it.
        QString error;
        const auto store = Store::open(storePath, &error);
        if (!store) {
            ImportReport failed;
            failed.errorCount = 1;
            failed.errors.append(ImportIssue{ImportIssue::Severity::Error, storePath, 0, {}, {}, error});
            return failed;
        }
        Importer importer(*store, options);
        importer.setCancelFlag(cancelFlag.get());
        importer.setProgressCallback([self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self, [self, done, total] { Q_EMIT self->progress(done, total); }, Qt::QueuedConnection);
        });
        return importer.run(files);
    }));
}

} // namespace qawb
