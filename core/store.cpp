#include "store.h"

#include "auditlog.h"

#include "ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <map>

namespace qawb {

namespace {

// Migration scripts embedded from core/sql, keyed by their number ("0002-audit-tags.sql" -> 2).
std::map<int, QString> migrationScripts()
{
    std::map<int, QString> scripts;
    const QDir dir(QStringLiteral(":/qawb/sql"));
    static const QRegularExpression name(QStringLiteral("^(\\d{4})-.*\\.sql$"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            scripts.emplace(match.captured(1).toInt(), dir.filePath(file));
    }
    return scripts;
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

int pragmaInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

} // namespace

Store::Store(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Store> Store::open(const QString &path, QString *error)
{
    return open(path, Options{}, error);
}

std::unique_ptr<Store> Store::open(const QString &path, const Options &options, QString *error)
{
    // A new store may live in a folder that does not exist yet (the user's data folder on first start).
    if (path != QLatin1String(":memory:") && !path.startsWith(QLatin1String("file:")))
        QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connectionName = QStringLiteral("qawb-") + newId();
    std::unique_ptr<Store> store(new Store(path, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = QObject::tr("cannot open store %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
    }
    if (!store->initialise(options, error))
        return nullptr;
    return store;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

bool Store::execScript(const QString &sql, QString *error)
{
    sqlite3 *db = handle();
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

bool Store::initialise(const Options &options, QString *error)
{
    sqlite3 *db = handle();
    if (!db) {
        if (error)
            *error = QObject::tr("the Qt SQLite driver did not expose its handle");
        return false;
    }
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    // Reading the header tells a non-database file apart before we write anything to it.
    const int version = pragmaInt(db, "PRAGMA user_version");
    if (version < 0)
        return fail(QObject::tr("%1 is not a QA Workbench store: %2").arg(m_path, sqliteError(db)));
    if (version > kSchemaVersion)
        return fail(QObject::tr("store %1 has schema version %2, newer than this QA Workbench supports (%3); "
                                "install a newer QA Workbench to open it")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion));
    if (version == 0) {
        const int tables = pragmaInt(db, "SELECT count(*) FROM sqlite_master");
        if (tables > 0)
            return fail(QObject::tr("%1 is an SQLite database but not a QA Workbench store").arg(m_path));
    }
    QString ignored;
    execScript(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    // Statement journals (a statement that fires triggers keeps one, to undo just itself) and temporary b-trees in
    // memory, not in temporary files: with row triggers on conversations, a bulk import otherwise spends most of its
    // time in the kernel.
    execScript(QStringLiteral("PRAGMA temp_store = MEMORY"), &ignored);
    // A shared store (sync) stays in rollback-journal mode whoever opens it: WAL does not work over a network share.
    bool shared = false;
    if (version >= 1) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT value FROM store_meta WHERE key = 'sync.role'", -1, &stmt, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            shared = qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "shared") == 0;
        sqlite3_finalize(stmt);
    }
    if (options.wal && !shared && m_path != QLatin1String(":memory:")) {
        if (!execScript(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"), &ignored))
            return fail(QObject::tr("cannot switch store %1 to WAL mode: %2").arg(m_path, ignored));
    }
    if (version < options.upToVersion && !migrate(version, options.upToVersion, error))
        return false;
    if (version < 5 && options.upToVersion >= 5) {
        // Entries written before the audit log was chained are sealed now, in the order they were written.
        Transaction transaction(*this);
        QString sealError;
        if (!AuditLog(*this).sealPending(&sealError) || !transaction.commit())
            return fail(
                QObject::tr("cannot seal the audit log of %1: %2").arg(m_path, sealError + transaction.error()));
    }
    m_schemaVersion = pragmaInt(db, "PRAGMA user_version");
    m_storeId = meta(QStringLiteral("store_id"));
    return true;
}

bool Store::migrate(int fromVersion, int toVersion, QString *error)
{
    const auto scripts = migrationScripts();
    if (fromVersion > 0 && m_path != QLatin1String(":memory:")) {
        // A consistent copy of the old store before we change it; VACUUM INTO works with WAL and open readers.
        const QFileInfo info(m_path);
        const QString backup = info.absoluteFilePath() +
                               QStringLiteral(".v%1-%2.bak")
                                   .arg(fromVersion)
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        QFile::remove(backup);
        QString backupError;
        QString escaped = backup;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        if (!execScript(QStringLiteral("VACUUM INTO '%1'").arg(escaped), &backupError)) {
            if (error)
                *error = QObject::tr("cannot back up store %1 before upgrading it: %2").arg(m_path, backupError);
            return false;
        }
        m_backupPath = backup;
    }
    QString stepError;
    if (!execScript(QStringLiteral("BEGIN IMMEDIATE"), &stepError)) {
        if (error)
            *error = QObject::tr("cannot lock store %1 for upgrade: %2").arg(m_path, stepError);
        return false;
    }
    for (int v = fromVersion + 1; v <= toVersion; ++v) {
        const auto it = scripts.find(v);
        QString failure;
        if (it == scripts.end()) {
            failure = QObject::tr("migration %1 is missing from this build").arg(v);
        } else {
            QFile file(it->second);
            if (!file.open(QIODevice::ReadOnly) || !execScript(QString::fromUtf8(file.readAll()), &stepError))
                failure =
                    QObject::tr("migration %1 (%2) failed: %3").arg(v).arg(QFileInfo(it->second).fileName(), stepError);
        }
        if (!failure.isEmpty()) {
            QString ignored;
            execScript(QStringLiteral("ROLLBACK"), &ignored);
            if (error) {
                *error = QObject::tr("cannot upgrade store %1: %2; the store was left unchanged").arg(m_path, failure);
                if (!m_backupPath.isEmpty())
                    *error += QObject::tr(" (backup: %1)").arg(m_backupPath);
            }
            return false;
        }
    }
    QString finish = QStringLiteral("PRAGMA user_version = %1;").arg(toVersion);
    if (fromVersion == 0)
        finish += QStringLiteral("INSERT INTO store_meta(key, value) VALUES('store_id', '%1'), ('created_at', '%2');")
                      .arg(newId(), nowIso());
    if (!execScript(finish, &stepError) || !execScript(QStringLiteral("COMMIT"), &stepError)) {
        QString ignored;
        execScript(QStringLiteral("ROLLBACK"), &ignored);
        if (error)
            *error = QObject::tr("cannot upgrade store %1: %2").arg(m_path, stepError);
        return false;
    }
    return true;
}

QString resolveId(Store &store, const QString &table, const QString &text, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(t);
    if (q.exec() && q.next())
        return q.value(0).toString();
    if (t.size() < 6)
        return {};
    // A prefix: a range on the primary key (text compares code unit by code unit).
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id >= ? AND id < ? ORDER BY id LIMIT 2").arg(table));
    q.addBindValue(t);
    q.addBindValue(QString(t + QChar(0xFFFF)));
    if (!q.exec() || !q.next())
        return {};
    const QString id = q.value(0).toString();
    if (q.next()) {
        if (ambiguous)
            *ambiguous = true;
        return {};
    }
    return id;
}

Transaction::Transaction(Store &store)
    : m_store(store)
{
    m_nested = sqlite3_get_autocommit(m_store.handle()) == 0;
    m_active =
        m_store.execScript(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_store.execScript(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"), &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QString ignored;
    m_store.execScript(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested") : QStringLiteral("ROLLBACK"),
                       &ignored);
    m_active = false;
}

} // namespace qawb
