#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace qawb {

// One open connection to a QA Workbench store (an SQLite file), with its schema brought up to date.
// A connection belongs to the thread that opened it: worker threads open their own Store on the same path.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)

public:
    // The schema version this build writes. Migrations 1..kSchemaVersion live in core/sql/.
    static constexpr int kSchemaVersion = 13;

    struct Options
    {
        bool wal = true;                  // local stores use WAL; a store on a network share must not
        int upToVersion = kSchemaVersion; // tests build older stores with this
        int busyTimeoutMs = 5000;
    };

    // Opens the store at path (":memory:" for a throwaway store), creating and migrating it as needed.
    // On failure returns nullptr and sets *error to a one-line message; a failed migration leaves the file as it was.
    static std::unique_ptr<Store> open(const QString &path, QString *error);
    static std::unique_ptr<Store> open(const QString &path, const Options &options, QString *error);
    ~Store();

    QSqlDatabase database() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Stable identity of this store file (used by sync as the origin of its changes).
    QString storeId() const { return m_storeId; }
    // Where the pre-migration backup went, if this open migrated an existing store.
    QString backupPath() const { return m_backupPath; }

    // Runs a multi-statement SQL script (no results). Returns false and sets *error on failure.
    bool execScript(const QString &sql, QString *error);

    // Reads a row of store_meta; empty if absent.
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    Store(const QString &path, const QString &connectionName);
    bool initialise(const Options &options, QString *error);
    bool migrate(int fromVersion, int toVersion, QString *error);

    QString m_path;
    QString m_connectionName;
    QString m_storeId;
    QString m_backupPath;
    int m_schemaVersion = 0;
};

// The id in table (column "id") that is text, or that starts with text when it has at least 6 characters (lists
// print shortened ids); empty when there is none, and then *ambiguous says whether several start with it.
QString resolveId(Store &store, const QString &table, const QString &text, bool *ambiguous = nullptr);

// Scoped write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded. Inside another
// transaction it is a savepoint (released on commit, rolled back to otherwise), so a repository's write can be part of
// a larger one (a dispute decision re-scores the evaluation in the same transaction that records the outcome).
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Store &store);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString error() const { return m_error; }

private:
    Store &m_store;
    bool m_active = false;
    bool m_nested = false;
    QString m_error;
};

} // namespace qawb
