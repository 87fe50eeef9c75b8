#pragma once

#include "autoqaengine.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;

// A stored hit, with what the case view needs to show it.
struct StoredHit
{
    Hit hit;
    QString category;
    QString severity;
    QString ruleSetVersionId;
};

struct AutoQaReport
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 checked = 0;  // conversations (re)checked
    qint64 partial = 0;  // of those, re-checked only for the rules that changed
    qint64 upToDate = 0; // skipped: already checked by the active version with the same content
    qint64 hits = 0;     // hits written
    QString ruleSetVersionId;

    QString summary() const;
};

// Checks conversations with the store's active rule set and stores the hits. Conversations already checked by the
// active version with the same content are skipped; after a rule-set change only the changed rules are re-run.
// Matching runs on all cores (the engine is read-only); writes go through this thread's store connection, one
// transaction per batch, so an interruption never leaves a conversation half-checked.
class AutoQaRunner final
{
    Q_DECLARE_TR_FUNCTIONS(AutoQaRunner)

public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;
    // Raised whenever the matching code changes what it finds: stores re-check everything once.
    static constexpr int kEngineVersion = 3;

    AutoQaRunner(Store &store, QString userId);
    void setProgressCallback(ProgressFn progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    // Single-threaded matching (benchmarks compare one core with all).
    void setThreads(int threads) { m_threads = threads; }

    // conversationIds empty: every conversation in the store. force: re-check even what is up to date.
    AutoQaReport run(const QStringList &conversationIds = {}, bool force = false);

    // The stored hits of a conversation, ordered by turn and position.
    static std::vector<StoredHit> hits(Store &store, const QString &conversationId);
    // Whether auto-QA has checked the conversation at all (no hits then means "nothing found", not "not looked").
    static bool isChecked(Store &store, const QString &conversationId);

private:
    Store &m_store;
    QString m_userId;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_threads = 0;
};

} // namespace qawb
