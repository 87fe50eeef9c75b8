#pragma once

#include "importissue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace qawb {

class Store;
struct Conversation;

struct ImportOptions
{
    QString userId;           // the importing user: owner of the queue, actor in the audit log
    QString queueName;        // when set, imported conversations are appended to this queue of userId
    bool skipInvalid = false; // import the valid records; otherwise any invalid record imports nothing
    QString rejectsPath;      // with skipInvalid: rejected records and their reasons go here (JSON Lines)
    QString encoding;         // CSV: overrides the detected character set (e.g. "GB18030")
    int maxReportedErrors = 200;
};

struct ImportReport
{
    bool ok = false;
    bool cancelled = false;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 errorCount = 0;       // all errors, even those beyond maxReportedErrors
    QList<ImportIssue> errors;   // the first maxReportedErrors
    QList<ImportIssue> warnings; // e.g. missing audio files
    QString queueId;
    QStringList changedIds; // conversations inserted or updated (auto-QA checks them next)
    QStringList encodings;  // per file: "conversations.csv: GB18030"

    qint64 accepted() const { return inserted + updated + unchanged; }
    // One line for the status bar or the CLI.
    QString summary() const;
};

// Imports conversations from the interchange formats (JSON Lines, or the conversations.csv + turns.csv pair) into a
// store in one transaction: all or nothing unless skipInvalid. Idempotent on conversation id. Runs on the calling
// thread; give it a Store opened on that thread.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    Importer(Store &store, ImportOptions options);
    void setProgressCallback(ProgressFn progress) { m_progress = std::move(progress); }
    // The import stops, and writes nothing, soon after *flag becomes true.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    ImportReport run(const QStringList &files);

private:
    struct Writer;
    struct Session;
    bool importJsonLines(Session &session, const QString &path);
    bool importCsvPair(Session &session, const QString &conversationsPath, const QString &turnsPath);
    void accept(Session &session, Conversation &conversation);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    Store &m_store;
    ImportOptions m_options;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace qawb
