// Store: creation, refusal of files that are not ours, schema upgrades with backup and rollback, transactions.

#include "core/evaluationrepository.h"
#include "core/store.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace qawb;
using namespace qawb::test;

namespace {

// Runs a SQL script on a file with the plain SQLite library, outside any Store.
bool execRaw(const QString &path, const QByteArray &sql, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

// The first column of the first row of sql, read with the plain SQLite library; -1 on failure. (Read-write, so
// closing the last connection of a WAL file removes its -wal and -shm files, as a Store does.)
qint64 rawInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

QString fixture(const char *name)
{
    return QStringLiteral(QAWB_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

// Builds a schema-1 store at path from tests/fixtures/store-v1.sql.
bool loadV1Fixture(const QString &path, QString *error)
{
    const QByteArray dump = readFile(fixture("store-v1.sql"));
    if (dump.isEmpty()) {
        *error = QStringLiteral("cannot read store-v1.sql");
        return false;
    }
    return execRaw(path, dump, error);
}

QStringList dirEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileStore();
    void newMemoryStore();
    void walCanBeTurnedOff();
    void reopenKeepsIdentity();
    void foreignKeysEnforced();
    void missingFolderFails();
    void newerSchemaRefused();
    void notAStoreRefused_data();
    void notAStoreRefused();
    void foreignSqliteDatabaseRefused();
    void olderStoreCanBeBuilt();
    void upgradeFromVersion1();
    void failedMigrationRollsBack();
    void metaRoundTrip();
    void transactionRollsBackOnScopeExit();
    void transactionCommit();
    void transactionExplicitRollback();
    void nestedTransactionIsASavepoint();
};

void TestStore::newFileStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString error;
    const auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Store::kSchemaVersion);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(store->handle() != nullptr);
    QCOMPARE(store->path(), path);
    // A fresh store is not a migration: no backup.
    QVERIFY(store->backupPath().isEmpty());

    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(store->storeId()).hasMatch(), qPrintable(store->storeId()));
    QCOMPARE(store->meta(QStringLiteral("store_id")), store->storeId());
    QVERIFY(!store->meta(QStringLiteral("created_at")).isEmpty());

    for (const char *table :
         {"store_meta", "users", "teams", "agents", "import_batches", "conversations", "turns", "queues", "queue_items",
          "scorecards", "scorecard_versions", "evaluations", "answers", "comments", "audit_log", "evaluation_tags"}) {
        QVERIFY2(scalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                        {QString::fromLatin1(table)})
                         .toInt() == 1,
                 table);
    }
}

void TestStore::newMemoryStore()
{
    QString error;
    const auto store = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("memory"));
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(!store->storeId().isEmpty());
    // Two in-memory stores are two databases.
    const auto other = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->storeId() != store->storeId());
}

void TestStore::walCanBeTurnedOff()
{
    QTemporaryDir dir;
    Store::Options options;
    options.wal = false;
    QString error;
    const auto store = Store::open(dir.filePath(QStringLiteral("share.sqlite")), options, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void TestStore::reopenKeepsIdentity()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QString error;
    QString id;
    {
        const auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        id = store->storeId();
        QVERIFY(store->setMeta(QStringLiteral("probe"), QStringLiteral("1")));
    }
    const auto again = Store::open(path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->storeId(), id);
    QCOMPARE(again->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(again->meta(QStringLiteral("probe")), QStringLiteral("1"));
    QVERIFY(again->backupPath().isEmpty());
    // Reopening an up-to-date store leaves no backups behind.
    QCOMPARE(dirEntries(dir.path()).filter(QStringLiteral(".bak")), QStringList());
}

void TestStore::foreignKeysEnforced()
{
    QString error;
    const auto store = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(store, qPrintable(error));
    QSqlQuery q(store->database());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO conversations(id, channel, agent_id, started_at, started_ms, content_hash, imported_at) "
        "VALUES('c1', 'chat', ?, '2026-01-05T09:00:00Z', 0, 'h', '2026-01-05T09:00:00Z')")));
    q.addBindValue(QStringLiteral("no-such-agent"));
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
    QCOMPARE(rowCount(*store, QStringLiteral("conversations")), 0);

    // With the agent present the same row goes in.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agents(id, updated_at) VALUES('A1', '2026-01-05T09:00:00Z')")));
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO conversations(id, channel, agent_id, started_at, started_ms, content_hash, imported_at) "
        "VALUES('c1', 'chat', ?, '2026-01-05T09:00:00Z', 0, 'h', '2026-01-05T09:00:00Z')")));
    q.addBindValue(QStringLiteral("A1"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(rowCount(*store, QStringLiteral("conversations")), 1);
}

void TestStore::missingFolderFails()
{
    QTemporaryDir dir;
    // A missing folder is created (the user's data folder on first start)...
    const QString created = dir.filePath(QStringLiteral("new/folder/store.sqlite"));
    QString error;
    QVERIFY2(Store::open(created, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(created));
    // ...but a folder that cannot exist (its parent is a file) is a clear error naming the store.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("file/folder/store.sqlite"));
    const auto store = Store::open(path, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestStore::newerSchemaRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QString error;
    {
        const auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->execScript(QStringLiteral("PRAGMA user_version = 99"), &error));
    }
    QCOMPARE(rawInt(path, "PRAGMA user_version"), 99);
    const QByteArray before = readFile(path);
    const QStringList entriesBefore = dirEntries(dir.path());
    QVERIFY(!before.isEmpty());

    error.clear();
    {
        const auto store = Store::open(path, &error);
        QVERIFY(!store);
    }
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(Store::kSchemaVersion)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(readFile(path), before);
    QCOMPARE(dirEntries(dir.path()), entriesBefore);
    QCOMPARE(rawInt(path, "PRAGMA user_version"), 99);
}

void TestStore::notAStoreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(8192, '\0');
    QRandomGenerator generator(20261116);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("short text") << QByteArray("hello, this is not a database\n");
    QTest::newRow("long text") << QByteArray("id,channel,agent_id\n").repeated(400);
    QByteArray fakeHeader("SQLite format 3");
    fakeHeader.append('\0');
    fakeHeader.append(QByteArray(4096 - fakeHeader.size(), '\xFF'));
    QTest::newRow("corrupt header") << fakeHeader;
}

void TestStore::notAStoreRefused()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QVERIFY(writeFile(path, content));
    QString error;
    {
        const auto store = Store::open(path, &error);
        QVERIFY(!store);
    }
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a QA Workbench store")), qPrintable(error));
    QCOMPARE(readFile(path), content);
    QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("notes.sqlite")});
}

void TestStore::foreignSqliteDatabaseRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other-app.db"));
    QVERIFY(execRaw(path, "CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT); "
                          "INSERT INTO contacts(name) VALUES('someone');"));
    const QByteArray before = readFile(path);
    QString error;
    {
        const auto store = Store::open(path, &error);
        QVERIFY(!store);
    }
    QVERIFY2(error.contains(QLatin1String("not a QA Workbench store")), qPrintable(error));
    QCOMPARE(readFile(path), before);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'conversations'"), 0);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM contacts"), 1);
}

void TestStore::olderStoreCanBeBuilt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    Store::Options options;
    options.upToVersion = 1;
    QString error;
    QString storeId;
    {
        const auto store = Store::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), 1);
        storeId = store->storeId();
        QVERIFY(!storeId.isEmpty());
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'")).toInt(),
                 0);
    }
    // Opening it normally brings it up to date, keeps its identity and backs up the old version.
    const auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(store->storeId(), storeId);
    QVERIFY(QFileInfo::exists(store->backupPath()));
    QVERIFY2(QFileInfo(store->backupPath()).fileName().startsWith(QLatin1String("v1.sqlite.v1-")),
             qPrintable(store->backupPath()));
}

void TestStore::upgradeFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QString error;
    QVERIFY2(loadV1Fixture(path, &error), qPrintable(error));
    QCOMPARE(rawInt(path, "PRAGMA user_version"), 1);

    const auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(rawInt(path, "PRAGMA user_version"), Store::kSchemaVersion);
    QCOMPARE(store->storeId(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QCOMPARE(store->meta(QStringLiteral("created_at")), QStringLiteral("2026-01-05T08:00:00.000Z"));

    // The new tables exist and work.
    for (const char *table : {"audit_log", "evaluation_tags", "rule_sets", "rule_set_versions", "autoqa_runs",
                              "rule_hits", "waveform_cache"}) {
        QVERIFY2(scalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                        {QString::fromLatin1(table)})
                         .toInt() == 1,
                 table);
    }
    QSqlQuery q(store->database());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO evaluation_tags(evaluation_id, tag) "
                                   "VALUES('e0e0e0e0-0000-4000-8000-000000000005', 'exemplary')")),
             qPrintable(q.lastError().text()));

    // The data came through intact.
    QCOMPARE(rowCount(*store, QStringLiteral("users")), 1);
    QCOMPARE(rowCount(*store, QStringLiteral("agents")), 2);
    QCOMPARE(rowCount(*store, QStringLiteral("conversations")), 2);
    QCOMPARE(rowCount(*store, QStringLiteral("turns")), 4);
    QCOMPARE(rowCount(*store, QStringLiteral("queue_items")), 2);
    QCOMPARE(rowCount(*store, QStringLiteral("answers")), 2);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT text FROM turns WHERE conversation_id = 'v1-chat-001' AND seq = 0"))
                 .toString(),
             QStringLiteral("你好，话费怎么多了？"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT name FROM teams")).toString(), QStringLiteral("在线一组"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT extra FROM conversations WHERE id = 'v1-chat-001'")).toString(),
             QStringLiteral("{\"crm_ticket\":\"T-1\"}"));
    EvaluationRepository evaluations(*store);
    const auto evaluation = evaluations.byId(QStringLiteral("e0e0e0e0-0000-4000-8000-000000000005"));
    QVERIFY(evaluation);
    QVERIFY(evaluation->isSubmitted());
    QCOMPARE(evaluation->score, std::optional<double>(50.0));
    QCOMPARE(evaluation->answers.value(QStringLiteral("closing")).comment, QStringLiteral("No closing phrase."));

    // The backup holds the store as it was.
    const QString backup = store->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(rawInt(backup, "PRAGMA user_version"), 1);
    QCOMPARE(rawInt(backup, "SELECT count(*) FROM conversations"), 2);
    QCOMPARE(rawInt(backup, "SELECT count(*) FROM turns"), 4);
    QCOMPARE(rawInt(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"), 0);
}

void TestStore::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
    QString error;
    QVERIFY2(loadV1Fixture(path, &error), qPrintable(error));
    // A table migration 2 is about to create: the migration must fail half-way and undo itself.
    QVERIFY2(execRaw(path, "CREATE TABLE audit_log(note TEXT); INSERT INTO audit_log VALUES('mine');"),
             qPrintable(error));
    QVERIFY(execRaw(path, "PRAGMA user_version = 1"));

    {
        const auto store = Store::open(path, &error);
        QVERIFY(!store);
    }
    QVERIFY2(error.contains(QLatin1String("migration 2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("audit_log")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("left unchanged")), qPrintable(error));

    QCOMPARE(rawInt(path, "PRAGMA user_version"), 1);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM conversations"), 2);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM turns"), 4);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM evaluations"), 1);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM audit_log"), 1);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'evaluation_tags'"), 0);
    QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log_entity'"), 0);

    // Once the clash is gone the same file upgrades.
    QVERIFY(execRaw(path, "DROP TABLE audit_log"));
    const auto store = Store::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
    QCOMPARE(rowCount(*store, QStringLiteral("conversations")), 2);
}

void TestStore::metaRoundTrip()
{
    QString error;
    const auto store = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->meta(QStringLiteral("absent")), QString());
    QVERIFY(store->setMeta(QStringLiteral("k"), QStringLiteral("一")));
    QVERIFY(store->setMeta(QStringLiteral("k"), QStringLiteral("二")));
    QCOMPARE(store->meta(QStringLiteral("k")), QStringLiteral("二"));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'k'")).toInt(), 1);
}

namespace {
bool insertUser(Store &store, const QString &login)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, created_at) VALUES(?, ?, ?, 'now')"));
    q.addBindValue(QString(login + QStringLiteral("-id")));
    q.addBindValue(login);
    q.addBindValue(login);
    return q.exec();
}
} // namespace

void TestStore::transactionRollsBackOnScopeExit()
{
    QTemporaryDir dir;
    QString error;
    const auto store = Store::open(dir.filePath(QStringLiteral("tx.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    {
        Transaction transaction(*store);
        QVERIFY(transaction.isActive());
        QVERIFY(insertUser(*store, QStringLiteral("ghost")));
        QCOMPARE(rowCount(*store, QStringLiteral("users")), 1); // visible inside the transaction
    }
    QCOMPARE(rowCount(*store, QStringLiteral("users")), 0);
    // The connection is usable again: a new transaction can start.
    Transaction next(*store);
    QVERIFY(next.isActive());
}

void TestStore::transactionCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.sqlite"));
    QString error;
    {
        const auto store = Store::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        Transaction transaction(*store);
        QVERIFY(insertUser(*store, QStringLiteral("kept")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit()); // only once
    }
    QCOMPARE(rawInt(path, "SELECT count(*) FROM users WHERE login = 'kept'"), 1);
}

void TestStore::transactionExplicitRollback()
{
    QString error;
    const auto store = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(store, qPrintable(error));
    Transaction transaction(*store);
    QVERIFY(insertUser(*store, QStringLiteral("undone")));
    transaction.rollback();
    QVERIFY(!transaction.isActive());
    QVERIFY(!transaction.commit());
    QCOMPARE(rowCount(*store, QStringLiteral("users")), 0);
}

void TestStore::nestedTransactionIsASavepoint()
{
    QString error;
    const auto store = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(store, qPrintable(error));
    {
        Transaction outer(*store);
        QVERIFY(outer.isActive());
        QVERIFY(insertUser(*store, QStringLiteral("outer")));
        {
            // Rolled back on its own: only its own work goes.
            Transaction inner(*store);
            QVERIFY2(inner.isActive(), qPrintable(inner.error()));
            QVERIFY(insertUser(*store, QStringLiteral("dropped")));
        }
        QCOMPARE(rowCount(*store, QStringLiteral("users")), 1);
        {
            Transaction inner(*store);
            QVERIFY(insertUser(*store, QStringLiteral("kept")));
            QVERIFY(inner.commit());
        }
        QCOMPARE(rowCount(*store, QStringLiteral("users")), 2);
        QVERIFY(outer.commit());
    }
    QCOMPARE(rowCount(*store, QStringLiteral("users")), 2);
    {
        // An inner commit is part of the outer transaction: rolling that back takes it too.
        Transaction outer(*store);
        {
            Transaction inner(*store);
            QVERIFY(insertUser(*store, QStringLiteral("undone")));
            QVERIFY(inner.commit());
        }
    }
    QCOMPARE(rowCount(*store, QStringLiteral("users")), 2);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
