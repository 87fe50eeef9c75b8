#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

// Sync between an inspector's local store and the team's shared store (design (a) of the README: the shared store
// is one SQLite file in rollback-journal mode, written only in short BEGIN IMMEDIATE transactions with a busy
// timeout, retries and backoff; see README "Sync").
//
// What travels is "documents": a user, team, agent, conversation (with its turns), scorecard (with its versions),
// rule set (with its versions), sampling plan, sample (with its items), queue (with its items and changes),
// evaluation (with its answers, tags and submitted revisions; never the private note; drafts only if configured) and
// comment, plus every store's audit entries. Local changes are tracked by triggers (sync_dirty); each document's
// content hash at the last sync is its common base (sync_base); the shared store keeps every document's current hash
// and a change sequence (sync_docs), so a pull reads only what changed since the last one.
//
// An evaluation or comment changed on both sides since the base is a conflict: neither side is dropped; both are
// kept in sync_conflicts until someone picks one (resolve). Everything else is last-writer-wins.
struct SyncOptions
{
    bool push = true;
    bool pull = true;
    bool create = false;        // create the shared store if there is none at the path
    bool includeDrafts = false; // push draft evaluations too (default: only submitted ones travel)
    int busyTimeoutMs = 15000;  // how long to wait for the shared file's lock, all retries included
    std::function<void(const QString &phase, int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

struct SyncReport
{
    bool ok = false;
    bool offline = false; // the shared store could not be reached (missing folder, unreadable, locked too long)
    QString error;        // one line, for people
    int pushed = 0;
    int pulled = 0;
    int auditPushed = 0;
    int auditPulled = 0;
    QMap<QString, int> pushedByType;
    QMap<QString, int> pulledByType;
    QStringList newConflicts; // conflict ids found by this sync
    int openConflicts = 0;    // unresolved conflicts after it
    qint64 elapsedMs = 0;
};

struct SyncConflict
{
    QString id;
    QString docType; // evaluation, comment
    QString docId;
    QString title; // what it is, for people ("evaluation of demo-chat-001 by 李娜")
    QJsonObject local;
    QJsonObject remote;
    QString detectedAt;
    QString resolvedAt;
    QString resolution; // "", local, remote
    QString resolvedBy; // display name
};

class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    // local: the inspector's store; user: who syncs (recorded in the audit log).
    SyncEngine(Store &local, const User &user);

    SyncReport sync(const QString &sharedPath, const SyncOptions &options = {});

    // Documents changed locally and not pushed yet ("offline — 12 changes waiting").
    int pendingChanges();

    std::vector<SyncConflict> conflicts(bool includeResolved = false);
    // Keeps one side: "local" (pushed over the shared version at the next sync) or "remote" (replaces the local
    // document now). Audited. False and *error if the id is unknown or already resolved.
    bool resolve(const QString &conflictId, const QString &take, QString *error);

    // Whether a shared store may live at path: refuses network mounts with file locking switched off (nolock,
    // nobrl, local_lock=all), which would corrupt it. Linux reads /proc/mounts; elsewhere it trusts the server.
    static bool checkLocation(const QString &path, QString *error);

private:
    Store &m_local;
    const User &m_user;
};

} // namespace qawb
