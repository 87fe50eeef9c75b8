#include "sync.h"

#include "auditlog.h"
#include "ids.h"
#include "store.h"
#include "userrepository.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace qawb {

namespace {

enum class Mode { LastWriter, Conflicting };

struct Child
{
    const char *table;
    const char *fk;
    const char *order;
    bool immutable = false; // versions others refer to: added when missing, never replaced or removed
};

// A reference that may point at something the other store does not have (yet): written as NULL there.
struct OptionalRef
{
    const char *column;
    const char *table;
};

struct DocType
{
    const char *type;
    const char *table;
    std::vector<Child> children;
    QStringList localOnly;   // columns that never travel (and are never overwritten)
    QStringList userColumns; // user ids, which differ between stores: they travel as logins
    std::vector<OptionalRef> optionalRefs;
    Mode mode = Mode::LastWriter;
    // Facts about this machine (where the recording is, when it was imported here): they travel, but a store keeps
    // its own once it has one, and they are not part of what makes two copies the same.
    QStringList preferLocal = {};
    // When a row (or a child row) was written: it travels, but two copies that differ only there are the same — the
    // same answers submitted on two computers a second apart are not a conflict.
    QStringList bookkeeping = {};
};

// In dependency order: a document only refers to documents of earlier types (or to users).
const std::vector<DocType> &docTypes()
{
    static const std::vector<DocType> types{
        {"team", "teams", {}, {}, {QStringLiteral("leader_id")}, {}},
        {"agent", "agents", {}, {}, {}, {}},
        {"scorecard", "scorecards", {{"scorecard_versions", "scorecard_id", "version", true}}, {}, {}, {}},
        {"rule_set",
         "rule_sets",
         {{"rule_set_versions", "rule_set_id", "version", true}},
         {},
         {QStringLiteral("imported_by")},
         {}},
        {"conversation",
         "conversations",
         {{"turns", "conversation_id", "seq"}},
         {QStringLiteral("import_id"), QStringLiteral("id@turns")},
         {},
         {},
         Mode::LastWriter,
         {QStringLiteral("audio_path"), QStringLiteral("warnings"), QStringLiteral("imported_at")}},
        {"sample",
         "samples",
         {{"sample_items", "sample_id", "position"}},
         {},
         {QStringLiteral("created_by")},
         {{"plan_id", "sampling_plans"}}},
        {"queue",
         "queues",
         {{"queue_items", "queue_id", "position"}, {"queue_item_changes", "queue_id", "at, id"}},
         {},
         {QStringLiteral("inspector_id"), QStringLiteral("actor_id")},
         {{"sample_id", "samples"}, {"to_queue_id", "queues"}}},
        {"evaluation",
         "evaluations",
         {{"answers", "evaluation_id", "item_id"},
          {"evaluation_tags", "evaluation_id", "tag"},
          {"evaluation_revisions", "evaluation_id", "revision"}},
         {QStringLiteral("private_note")},
         {QStringLiteral("inspector_id"), QStringLiteral("reopened_by")},
         {{"queue_id", "queues"}},
         Mode::Conflicting,
         {},
         {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("submitted_at")}},
        {"feedback", "feedback", {}, {}, {QStringLiteral("coached_by")}, {}},
        {"comment",
         "comments",
         {},
         {},
         {QStringLiteral("author_id")},
         {{"evaluation_id", "evaluations"}},
         Mode::Conflicting,
         {},
         {QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {"coaching_session",
         "coaching_sessions",
         {{"coaching_actions", "session_id", "position"}},
         {},
         {QStringLiteral("leader_id")},
         {}},
        {"dispute",
         "disputes",
         {},
         {},
         {QStringLiteral("opened_by"), QStringLiteral("arbitrator_id"), QStringLiteral("decided_by")},
         {}},
        {"dispute_message", "dispute_messages", {}, {}, {QStringLiteral("author_id")}, {}},
        {"collection",
         "collections",
         {{"collection_items", "collection_id", "position"}},
         {},
         {QStringLiteral("owner_id"), QStringLiteral("added_by")},
         {{"evaluation_id", "evaluations"}}},
    };
    return types;
}

const DocType *docType(const QString &type)
{
    for (const DocType &t : docTypes()) {
        if (type == QLatin1String(t.type))
            return &t;
    }
    return nullptr;
}

QString hashOf(QJsonObject doc, const DocType &type)
{
    const auto strip = [&](QJsonObject row, const QStringList &columns) {
        for (const QString &column : columns)
            row.remove(column);
        return row;
    };
    doc.insert(QStringLiteral("row"),
               strip(doc.value(QStringLiteral("row")).toObject(), type.preferLocal + type.bookkeeping));
    if (!type.bookkeeping.isEmpty()) {
        for (const Child &child : type.children) {
            QJsonArray rows;
            for (const QJsonValue &row : doc.value(QLatin1String(child.table)).toArray())
                rows.append(strip(row.toObject(), type.bookkeeping));
            doc.insert(QLatin1String(child.table), rows);
        }
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(doc).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

// A store's tables as the sync reads and writes them: column lists, users by id and login.
class Tables
{
public:
    explicit Tables(Store &store)
        : m_store(store)
    {}

    const QStringList &columns(const QString &table)
    {
        auto it = m_columns.find(table);
        if (it == m_columns.end()) {
            QStringList names;
            QSqlQuery q(m_store.database());
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (q.next())
                names << q.value(1).toString();
            it = m_columns.insert(table, names);
        }
        return *it;
    }

    QString loginOf(const QString &userId)
    {
        if (userId.isEmpty())
            return {};
        auto it = m_logins.find(userId);
        if (it == m_logins.end()) {
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
            q.addBindValue(userId);
            it = m_logins.insert(userId, q.exec() && q.next() ? q.value(0).toString() : QString());
        }
        return *it;
    }

    // The local id of login, making the user if the store has never seen them.
    QString idOf(const QString &login)
    {
        if (login.isEmpty())
            return {};
        auto it = m_ids.find(login);
        if (it != m_ids.end())
            return *it;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
        q.addBindValue(login);
        QString id;
        if (q.exec() && q.next()) {
            id = q.value(0).toString();
        } else {
            id = nameId(QStringLiteral("user"), login);
            QSqlQuery insert(m_store.database());
            insert.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, created_at) "
                                          "VALUES(?, ?, ?, 'inspector', ?)"));
            insert.addBindValue(id);
            insert.addBindValue(login);
            insert.addBindValue(login);
            insert.addBindValue(nowIso());
            insert.exec();
        }
        m_ids.insert(login, id);
        return id;
    }

    bool exists(const QString &table, const QString &id)
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        return q.exec() && q.next();
    }

    Store &store() { return m_store; }

    QString &sqlFor(const QString &key) { return m_sql[key]; }

    const QSet<QString> &columnSet(const QString &table)
    {
        auto it = m_columnSets.find(table);
        if (it == m_columnSets.end()) {
            const QStringList &names = columns(table);
            it = m_columnSets.insert(table, QSet<QString>(names.begin(), names.end()));
        }
        return *it;
    }

    // A prepared statement, prepared once per sync (a pull writes hundreds of thousands of rows).
    QSqlQuery &prepared(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            it = m_queries.emplace(sql, QSqlQuery(m_store.database())).first;
            it->second.setForwardOnly(true);
            it->second.prepare(sql);
        }
        it->second.finish();
        return it->second;
    }

private:
    Store &m_store;
    std::map<QString, QSqlQuery> m_queries;
    QHash<QString, QString> m_sql;
    QHash<QString, QSet<QString>> m_columnSets;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_logins;
    QHash<QString, QString> m_ids;
};

QStringList fieldNames(const QSqlQuery &q)
{
    QStringList names;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// How each result column travels: 0 stays local, 1 as it is, 2 a user id sent as a login.
std::vector<int> columnKinds(const QStringList &names, const QStringList &columns, const QString &table,
                             const DocType &type)
{
    std::vector<int> kinds;
    kinds.reserve(size_t(names.size()));
    for (const QString &name : names) {
        const bool local = type.localOnly.contains(name) || type.localOnly.contains(name + QLatin1Char('@') + table) ||
                           !columns.contains(name);
        kinds.push_back(local ? 0 : type.userColumns.contains(name) ? 2 : 1);
    }
    return kinds;
}

QJsonObject rowJson(const QSqlQuery &q, const QStringList &names, const std::vector<int> &kinds, Tables &tables)
{
    QJsonObject row;
    for (int i = 0; i < names.size(); ++i) {
        if (kinds[size_t(i)] == 0)
            continue;
        const QVariant v = q.value(i);
        QJsonValue value;
        if (v.isNull())
            value = QJsonValue();
        else if (kinds[size_t(i)] == 2)
            value = tables.loginOf(v.toString());
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            value = double(v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            value = v.toDouble();
        else
            value = v.toString();
        row.insert(names[i], value);
    }
    return row;
}

// The portable form of a document: its row and its children's rows, user ids as logins. nullopt: no such document.
std::optional<QJsonObject> readDoc(Tables &tables, const DocType &type, const QString &id)
{
    QSqlQuery &q = tables.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(type.table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QJsonObject doc;
    const QStringList names = fieldNames(q);
    doc.insert(QStringLiteral("row"),
               rowJson(q, names,
                       columnKinds(names, tables.columns(QLatin1String(type.table)), QLatin1String(type.table), type),
                       tables));
    for (const Child &child : type.children) {
        QSqlQuery &c =
            tables.prepared(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                                .arg(QLatin1String(child.table), QLatin1String(child.fk), QLatin1String(child.order)));
        c.addBindValue(id);
        QJsonArray rows;
        if (c.exec()) {
            const QStringList &columns = tables.columns(QLatin1String(child.table));
            const QStringList names = fieldNames(c);
            const std::vector<int> kinds = columnKinds(names, columns, QLatin1String(child.table), type);
            while (c.next())
                rows.append(rowJson(c, names, kinds, tables));
        }
        doc.insert(QLatin1String(child.table), rows);
    }
    return doc;
}

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    return QVariant(v.toString());
}

enum class Write { Upsert, Insert, InsertMissing };

// Writes one row (names and values already in this store's terms) with a statement prepared once per shape.
bool insertValues(Tables &tables, const char *table, const QStringList &names, const QVariantList &values,
                  const DocType &type, Write write, QString *error)
{
    QString &sql = tables.sqlFor(QLatin1String(table) + QLatin1Char('/') + QString::number(int(write)) +
                                 names.join(QLatin1Char(',')));
    if (sql.isEmpty()) {
        QStringList marks, updates;
        for (const QString &name : names) {
            marks << QStringLiteral("?");
            if (name == QLatin1String("id"))
                continue;
            if (type.preferLocal.contains(name))
                updates << QStringLiteral("%1 = coalesce(%2.%1, excluded.%1)").arg(name, QLatin1String(table));
            else
                updates << QStringLiteral("%1 = excluded.%1").arg(name);
        }
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(QLatin1String(table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (write == Write::Upsert)
            sql += QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + updates.join(QLatin1Char(','));
        else if (write == Write::InsertMissing)
            sql += QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    QSqlQuery &q = tables.prepared(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(table), q.lastError().databaseText());
        return false;
    }
    return true;
}

// A value as the target store must hold it: users by their id there, references it cannot satisfy as NULL.
QVariant targetValue(Tables &tables, const DocType &type, const QString &name, QVariant value, bool fromLogin)
{
    if (value.isNull())
        return value;
    if (type.userColumns.contains(name))
        return fromLogin ? tables.idOf(value.toString()) : value;
    for (const OptionalRef &ref : type.optionalRefs) {
        if (name == QLatin1String(ref.column) && !tables.exists(QLatin1String(ref.table), value.toString()))
            return QVariant(QMetaType::fromType<QString>());
    }
    return value;
}

bool insertRow(Tables &tables, const char *table, const QJsonObject &row, const DocType &type, Write write,
               QString *error)
{
    const QSet<QString> &known = tables.columnSet(QLatin1String(table));
    QStringList names;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!known.contains(it.key()))
            continue; // a column this store does not know (a newer schema elsewhere)
        names << it.key();
        values << targetValue(tables, type, it.key(), sqlValue(it.value()), true);
    }
    return insertValues(tables, table, names, values, type, write, error);
}

// Copies rows of one table from one store to another: the rows `select` finds, as `write` says.
bool copyRows(Tables &from, Tables &to, QSqlQuery &select, const char *table, const DocType &type, Write write,
              QString *error)
{
    const QStringList names = fieldNames(select);
    const std::vector<int> kinds = columnKinds(names, from.columns(QLatin1String(table)), QLatin1String(table), type);
    const QSet<QString> &known = to.columnSet(QLatin1String(table));
    QStringList targetNames;
    std::vector<int> index;
    for (int i = 0; i < names.size(); ++i) {
        if (kinds[size_t(i)] != 0 && known.contains(names[i])) {
            targetNames << names[i];
            index.push_back(i);
        }
    }
    std::vector<QVariantList> rows;
    while (select.next()) {
        QVariantList values;
        values.reserve(qsizetype(index.size()));
        for (const int i : index) {
            QVariant v = select.value(i);
            if (kinds[size_t(i)] == 2 && !v.isNull())
                v = to.idOf(from.loginOf(v.toString()));
            else
                v = targetValue(to, type, names[i], v, false);
            values << v;
        }
        rows.push_back(std::move(values));
    }
    select.finish();
    for (const QVariantList &values : rows) {
        if (!insertValues(to, table, targetNames, values, type, write, error))
            return false;
    }
    return true;
}

// Makes `to`'s copy of a document equal to `from`'s, row for row (no detour through JSON: a pull copies thousands).
bool copyDoc(Tables &from, Tables &to, const DocType &type, const QString &id, QString *error)
{
    QSqlQuery &row = from.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(type.table)));
    row.addBindValue(id);
    if (!row.exec()) {
        *error = row.lastError().databaseText();
        return false;
    }
    if (!copyRows(from, to, row, type.table, type, Write::Upsert, error))
        return false;
    for (const Child &child : type.children) {
        if (!child.immutable) {
            QSqlQuery &del = to.prepared(
                QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(child.table), QLatin1String(child.fk)));
            del.addBindValue(id);
            if (!del.exec()) {
                *error = del.lastError().databaseText();
                return false;
            }
        }
        QSqlQuery &rows =
            from.prepared(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY %3")
                              .arg(QLatin1String(child.table), QLatin1String(child.fk), QLatin1String(child.order)));
        rows.addBindValue(id);
        if (!rows.exec()) {
            *error = rows.lastError().databaseText();
            return false;
        }
        if (!copyRows(from, to, rows, child.table, type, child.immutable ? Write::InsertMissing : Write::Insert, error))
            return false;
    }
    return true;
}

// Makes the store's copy of a document equal to doc (inside the caller's transaction).
bool writeDoc(Tables &tables, const DocType &type, const QString &id, const QJsonObject &doc, QString *error)
{
    if (!insertRow(tables, type.table, doc.value(QStringLiteral("row")).toObject(), type, Write::Upsert, error))
        return false;
    for (const Child &child : type.children) {
        if (child.immutable) {
            for (const QJsonValue &row : doc.value(QLatin1String(child.table)).toArray()) {
                if (!insertRow(tables, child.table, row.toObject(), type, Write::InsertMissing, error))
                    return false;
            }
            continue;
        }
        QSqlQuery &del = tables.prepared(
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(child.table), QLatin1String(child.fk)));
        del.addBindValue(id);
        if (!del.exec()) {
            *error = del.lastError().databaseText();
            return false;
        }
        for (const QJsonValue &row : doc.value(QLatin1String(child.table)).toArray()) {
            if (!insertRow(tables, child.table, row.toObject(), type, Write::Insert, error))
                return false;
        }
    }
    return true;
}

QString docTitle(const QString &type, const QJsonObject &doc, Store &store)
{
    const QJsonObject row = doc.value(QStringLiteral("row")).toObject();
    // Documents name people by login; people read names.
    const auto name = [&](const QString &login) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT display_name FROM users WHERE login = ?"));
        q.addBindValue(login);
        return q.exec() && q.next() ? q.value(0).toString() : login;
    };
    if (type == QLatin1String("evaluation"))
        return SyncEngine::tr("evaluation of %1 by %2")
            .arg(row.value(QStringLiteral("conversation_id")).toString(),
                 name(row.value(QStringLiteral("inspector_id")).toString()));
    if (type == QLatin1String("comment"))
        return SyncEngine::tr("comment on %1 by %2")
            .arg(row.value(QStringLiteral("conversation_id")).toString(),
                 name(row.value(QStringLiteral("author_id")).toString()));
    return type + QLatin1Char(' ') + row.value(QStringLiteral("id")).toString();
}

// Raw statements on a store's handle, with retries while another machine holds the shared file's lock.
class Lock
{
public:
    Lock(Store &store, QDeadlineTimer deadline)
        : m_db(store.handle())
        , m_deadline(deadline)
    {}

    // BEGIN IMMEDIATE (or DEFERRED for reading), retrying with backoff until the deadline. False: busy or failed.
    bool begin(bool write, QString *error) { return retry(write ? "BEGIN IMMEDIATE" : "BEGIN", error); }
    bool commit(QString *error)
    {
        if (retry("COMMIT", error))
            return true;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    void rollback() { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }
    bool busy() const { return m_busy; }

private:
    bool retry(const char *sql, QString *error)
    {
        int wait = 20;
        while (true) {
            const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
            if (rc == SQLITE_OK)
                return true;
            if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
            if (m_deadline.hasExpired()) {
                m_busy = true;
                *error = SyncEngine::tr("the shared store stayed locked by other computers; sync will try again");
                return false;
            }
            QThread::msleep(quint64(std::min<qint64>(wait, std::max<qint64>(1, m_deadline.remainingTime()))));
            wait = std::min(wait * 2, 500);
        }
    }

    sqlite3 *m_db;
    QDeadlineTimer m_deadline;
    bool m_busy = false;
};

// Keeps both versions of a document changed on both sides; returns the conflict's id (empty if it could not).
QString recordConflict(Store &store, const QString &type, const QString &id, const QString &base,
                       const QString &localHash, const QString &remoteHash, const QJsonObject &local,
                       const QJsonObject &remote)
{
    const QString conflictId = newId();
    QSqlQuery c(store.database());
    c.prepare(QStringLiteral("INSERT INTO sync_conflicts(id, doc_type, doc_id, base_hash, local_hash, remote_hash, "
                             "local_doc, remote_doc, detected_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    c.addBindValue(conflictId);
    c.addBindValue(type);
    c.addBindValue(id);
    c.addBindValue(base.isEmpty() ? QVariant() : QVariant(base));
    c.addBindValue(localHash);
    c.addBindValue(remoteHash);
    c.addBindValue(QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact)));
    c.addBindValue(QString::fromUtf8(QJsonDocument(remote).toJson(QJsonDocument::Compact)));
    c.addBindValue(nowIso());
    return c.exec() ? conflictId : QString();
}

// The shared store's version of a document is now the common base.
void setBase(Tables &tables, const QString &type, const QString &id, const QString &hash)
{
    QSqlQuery &b = tables.prepared(QStringLiteral("INSERT INTO sync_base(doc_type, doc_id, hash) VALUES(?, ?, ?) "
                                                  "ON CONFLICT(doc_type, doc_id) DO UPDATE SET hash = excluded.hash"));
    b.addBindValue(type);
    b.addBindValue(id);
    b.addBindValue(hash);
    b.exec();
}

int rankOf(const QString &type)
{
    for (size_t i = 0; i < docTypes().size(); ++i) {
        if (type == QLatin1String(docTypes()[i].type))
            return int(i);
    }
    return -1;
}

} // namespace

SyncEngine::SyncEngine(Store &local, const User &user)
    : m_local(local)
    , m_user(user)
{}

bool SyncEngine::checkLocation(const QString &path, QString *error)
{
#ifdef Q_OS_LINUX
    // The longest mount point that holds the path decides.
    QFile mounts(QStringLiteral("/proc/mounts"));
    const QString where = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath().isEmpty()
                              ? QFileInfo(path).absolutePath()
                              : QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    if (mounts.open(QIODevice::ReadOnly)) {
        QString bestPoint, bestType, bestOptions;
        for (const QByteArray &line : mounts.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 4)
                continue;
            const QString point = QString::fromUtf8(f[1]).replace(QStringLiteral("\\040"), QStringLiteral(" "));
            if ((where == point ||
                 where.startsWith(point.endsWith(QLatin1Char('/')) ? point : point + QLatin1Char('/'))) &&
                point.size() >= bestPoint.size()) {
                bestPoint = point;
                bestType = QString::fromUtf8(f[2]);
                bestOptions = QString::fromUtf8(f[3]);
            }
        }
        const QStringList options = bestOptions.split(QLatin1Char(','));
        const bool network = bestType.startsWith(QLatin1String("nfs")) || bestType == QLatin1String("cifs") ||
                             bestType.startsWith(QLatin1String("smb"));
        if (network && (options.contains(QStringLiteral("nolock")) || options.contains(QStringLiteral("nobrl")) ||
                        options.contains(QStringLiteral("local_lock=all")))) {
            *error = tr("%1 is on a %2 mount with file locking switched off (%3): SQLite would corrupt a shared "
                        "store there; remount it with locking (without nolock / nobrl)")
                         .arg(path, bestType, bestOptions);
            return false;
        }
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

int SyncEngine::pendingChanges()
{
    QSqlQuery q(m_local.database());
    if (q.exec(QStringLiteral(
            "SELECT count(*) FROM sync_dirty d WHERE d.doc_type <> 'user' AND NOT (d.doc_type = 'evaluation' AND "
            "EXISTS (SELECT 1 FROM evaluations e WHERE e.id = d.doc_id AND e.status = 'draft') AND "
            "coalesce((SELECT value FROM store_meta WHERE key = 'sync.include_drafts'), '0') <> '1')")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

SyncReport SyncEngine::sync(const QString &sharedPath, const SyncOptions &options)
{
    SyncReport report;
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&](const QString &error, bool offline = false) {
        report.ok = error.isEmpty();
        report.error = error;
        report.offline = offline;
        report.elapsedMs = clock.elapsed();
        QSqlQuery q(m_local.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")) && q.next())
            report.openConflicts = q.value(0).toInt();
        m_local.setMeta(QStringLiteral("sync.last_attempt"), nowIso());
        if (report.ok)
            m_local.setMeta(QStringLiteral("sync.last_ok"), nowIso());
        m_local.setMeta(QStringLiteral("sync.last_error"), error.isNull() ? QStringLiteral("") : error);
        return report;
    };
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    const auto progress = [&](const QString &phase, int done, int total) {
        if (options.progress)
            options.progress(phase, done, total);
    };

    // Where is it, and may it live there?
    const QFileInfo file(sharedPath);
    if (sharedPath.isEmpty())
        return finish(tr("no shared store is set"));
    if (!QFileInfo(file.absolutePath()).isDir())
        return finish(tr("the shared store's folder %1 cannot be reached").arg(file.absolutePath()), true);
    QString error;
    if (!checkLocation(sharedPath, &error))
        return finish(error);
    if (!file.exists() && !options.create)
        return finish(
            tr("there is no shared store at %1 (create it with qawb sync --shared %1 --create)").arg(sharedPath));
    if (file.exists() && !file.isWritable())
        return finish(tr("the shared store %1 is read-only for this user").arg(sharedPath));
    Store::Options sharedOptions;
    sharedOptions.wal = false; // WAL does not work over a network filesystem
    sharedOptions.busyTimeoutMs = std::min(options.busyTimeoutMs, 2000);
    const std::unique_ptr<Store> shared = Store::open(sharedPath, sharedOptions, &error);
    if (!shared) {
        const bool busy = error.contains(QLatin1String("locked"));
        return finish(busy ? tr("the shared store is busy; sync will try again") : error, busy);
    }
    shared->execScript(QStringLiteral("PRAGMA journal_mode = DELETE"), &error);
    error.clear();
    if (shared->meta(QStringLiteral("sync.role")).isEmpty())
        shared->setMeta(QStringLiteral("sync.role"), QStringLiteral("shared"));
    // Pulls write a lot at once: a larger page cache keeps SQLite from spilling half-written pages to the log.
    // Each document is written under a savepoint (a bad one is skipped, not the page): keep the savepoints' undo
    // journal in memory, not in a temporary file written a page at a time.
    for (Store *s : {&m_local, shared.get()})
        s->execScript(QStringLiteral("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"), nullptr);
    const QDeadlineTimer deadline(options.busyTimeoutMs);
    const QString origin = m_local.storeId();
    Tables localTables(m_local), sharedTables(*shared);

    // A different shared store than last time (or the first): everything here is news there.
    if (m_local.meta(QStringLiteral("sync.shared_id")) != shared->storeId()) {
        QString script = QStringLiteral("BEGIN IMMEDIATE; DELETE FROM sync_base;");
        for (const DocType &t : docTypes()) {
            script += QStringLiteral("INSERT INTO sync_dirty(doc_type, doc_id) SELECT '%1', id FROM %2 WHERE true "
                                     "ON CONFLICT(doc_type, doc_id) DO NOTHING;")
                          .arg(QLatin1String(t.type), QLatin1String(t.table));
        }
        script += QStringLiteral("INSERT INTO sync_dirty(doc_type, doc_id) SELECT 'user', login FROM users WHERE true "
                                 "ON CONFLICT(doc_type, doc_id) DO NOTHING;"
                                 "DELETE FROM store_meta WHERE key LIKE 'sync.audit_%' OR key = 'sync.pulled_seq';");
        script += QStringLiteral("INSERT INTO store_meta(key, value) VALUES('sync.shared_id', '%1') "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value; COMMIT;")
                      .arg(shared->storeId());
        if (!m_local.execScript(script, &error)) {
            m_local.execScript(QStringLiteral("ROLLBACK"), nullptr);
            return finish(error);
        }
    }

    Lock sharedLock(*shared, deadline);
    // ---- push
    if (options.push) {
        // People first: a user the shared store does not know is added (as an inspector; roles are given there),
        // and a changed display name travels. Roles never travel from a local store.
        QSqlQuery users(m_local.database());
        users.exec(QStringLiteral("SELECT u.login, u.display_name, d.gen FROM sync_dirty d JOIN users u ON u.login = "
                                  "d.doc_id WHERE d.doc_type = 'user'"));
        std::vector<QVariantList> people;
        while (users.next())
            people.push_back({users.value(0), users.value(1), users.value(2)});
        users.finish();
        if (!sharedLock.begin(true, &error))
            return finish(error, sharedLock.busy());
        shared->execScript(QStringLiteral("INSERT INTO sync_applying VALUES(1)"), nullptr);
        // The shared store's first person is its admin (whoever created it).
        UserRepository(*shared).ensure(m_user.login, m_user.displayName);
        for (const QVariantList &person : people) {
            QSqlQuery &q = sharedTables.prepared(
                QStringLiteral("INSERT INTO users(id, login, display_name, role, created_at) VALUES(?, ?, ?, "
                               "'inspector', ?) ON CONFLICT(login) DO UPDATE SET display_name = "
                               "excluded.display_name WHERE excluded.display_name <> excluded.login"));
            q.addBindValue(nameId(QStringLiteral("user"), person[0].toString()));
            q.addBindValue(person[0]);
            q.addBindValue(person[1]);
            q.addBindValue(nowIso());
            q.exec();
        }
        shared->execScript(QStringLiteral("DELETE FROM sync_applying"), nullptr);
        if (!sharedLock.commit(&error))
            return finish(error, sharedLock.busy());
        for (const QVariantList &person : people) {
            QSqlQuery &clear = localTables.prepared(
                QStringLiteral("DELETE FROM sync_dirty WHERE doc_type = 'user' AND doc_id = ? AND gen = ?"));
            clear.addBindValue(person[0]);
            clear.addBindValue(person[2]);
            clear.exec();
        }

        // Documents, in dependency order, a page per shared transaction.
        struct Item
        {
            const DocType *type;
            QString id;
            qint64 gen;
            QJsonObject doc;
            QString hash;
            QString base;
            enum { Pending, Pushed, Same, Conflict, Failed, Skipped } outcome = Pending;
            QJsonObject remote;
            QString remoteHash;
        };
        QSqlQuery dirty(m_local.database());
        dirty.exec(QStringLiteral("SELECT d.doc_type, d.doc_id, d.gen, b.hash FROM sync_dirty d "
                                  "LEFT JOIN sync_base b ON b.doc_type = d.doc_type AND b.doc_id = d.doc_id "
                                  "WHERE d.doc_type <> 'user' AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE "
                                  "c.doc_type = d.doc_type AND c.doc_id = d.doc_id AND c.resolved_at IS NULL)"));
        std::vector<Item> all;
        while (dirty.next()) {
            const DocType *type = docType(dirty.value(0).toString());
            if (type)
                all.push_back(
                    {type, dirty.value(1).toString(), dirty.value(2).toLongLong(), {}, {}, dirty.value(3).toString()});
        }
        dirty.finish();
        std::stable_sort(all.begin(), all.end(), [](const Item &a, const Item &b) {
            return rankOf(QLatin1String(a.type->type)) < rankOf(QLatin1String(b.type->type));
        });
        constexpr size_t kPage = 200;
        for (size_t start = 0; start < all.size(); start += kPage) {
            if (cancelled())
                return finish(tr("cancelled"));
            progress(tr("Sending"), int(start), int(all.size()));
            const size_t end = std::min(all.size(), start + kPage);
            for (size_t i = start; i < end; ++i) {
                Item &item = all[i];
                const std::optional<QJsonObject> doc = readDoc(localTables, *item.type, item.id);
                const bool draft = doc && item.type->mode == Mode::Conflicting &&
                                   QLatin1String(item.type->type) == QLatin1String("evaluation") &&
                                   doc->value(QStringLiteral("row")).toObject().value(QStringLiteral("status")) ==
                                       QLatin1String("draft");
                if (!doc || (draft && !options.includeDrafts)) {
                    item.outcome = doc ? Item::Skipped : Item::Same; // a deleted document: nothing to send
                    continue;
                }
                item.doc = *doc;
                item.hash = hashOf(*doc, *item.type);
            }
            if (!sharedLock.begin(true, &error))
                return finish(error, sharedLock.busy());
            shared->execScript(QStringLiteral("INSERT INTO sync_applying VALUES(1)"), nullptr);
            qint64 seq = 0;
            {
                QSqlQuery q(shared->database());
                if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_docs")) && q.next())
                    seq = q.value(0).toLongLong();
            }
            const QString now = nowIso();
            for (size_t i = start; i < end; ++i) {
                Item &item = all[i];
                if (item.outcome != Item::Pending)
                    continue;
                QSqlQuery &current = sharedTables.prepared(
                    QStringLiteral("SELECT hash FROM sync_docs WHERE doc_type = ? AND doc_id = ?"));
                current.addBindValue(QLatin1String(item.type->type));
                current.addBindValue(item.id);
                const QString sharedHash = current.exec() && current.next() ? current.value(0).toString() : QString();
                current.finish();
                if (sharedHash == item.hash) {
                    item.outcome = Item::Same;
                    continue;
                }
                if (item.type->mode == Mode::Conflicting && !sharedHash.isEmpty() && sharedHash != item.base) {
                    // Changed there too since we last agreed: keep both, ask a person.
                    item.outcome = Item::Conflict;
                    item.remoteHash = sharedHash;
                    item.remote = readDoc(sharedTables, *item.type, item.id).value_or(QJsonObject());
                    continue;
                }
                shared->execScript(QStringLiteral("SAVEPOINT doc"), nullptr);
                QString docError;
                // Values are bound only when the document was written: a query left with bound values and no exec
                // would carry them into the next document's statement.
                bool written = writeDoc(sharedTables, *item.type, item.id, item.doc, &docError);
                if (written) {
                    QSqlQuery &log = sharedTables.prepared(QStringLiteral(
                        "INSERT INTO sync_docs(doc_type, doc_id, hash, seq, origin, at) VALUES(?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(doc_type, doc_id) DO UPDATE SET hash = excluded.hash, seq = excluded.seq, "
                        "origin = excluded.origin, at = excluded.at"));
                    log.addBindValue(QLatin1String(item.type->type));
                    log.addBindValue(item.id);
                    log.addBindValue(item.hash);
                    log.addBindValue(seq + 1);
                    log.addBindValue(origin);
                    log.addBindValue(now);
                    written = log.exec();
                    if (!written)
                        docError = log.lastError().text();
                }
                if (written) {
                    shared->execScript(QStringLiteral("RELEASE doc"), nullptr);
                    item.outcome = Item::Pushed;
                    ++seq;
                } else {
                    shared->execScript(QStringLiteral("ROLLBACK TO doc; RELEASE doc"), nullptr);
                    item.outcome = Item::Failed;
                    if (report.error.isEmpty()) // the first failure says what went wrong
                        report.error =
                            tr("%1 %2 was not sent: %3").arg(QLatin1String(item.type->type), item.id, docError);
                }
            }
            shared->execScript(QStringLiteral("DELETE FROM sync_applying"), nullptr);
            if (!sharedLock.commit(&error))
                return finish(error, sharedLock.busy());
            // What the shared store now has is the new common base; what was sent is no longer pending (unless it
            // changed again meanwhile: gen).
            Transaction local(m_local);
            for (size_t i = start; i < end; ++i) {
                Item &item = all[i];
                if (item.outcome == Item::Pushed || item.outcome == Item::Same) {
                    if (!item.hash.isEmpty())
                        setBase(localTables, QLatin1String(item.type->type), item.id, item.hash);
                    QSqlQuery &clear = localTables.prepared(
                        QStringLiteral("DELETE FROM sync_dirty WHERE doc_type = ? AND doc_id = ? AND gen = ?"));
                    clear.addBindValue(QLatin1String(item.type->type));
                    clear.addBindValue(item.id);
                    clear.addBindValue(item.gen);
                    clear.exec();
                    if (item.outcome == Item::Pushed) {
                        ++report.pushed;
                        ++report.pushedByType[QLatin1String(item.type->type)];
                    }
                } else if (item.outcome == Item::Conflict) {
                    const QString id = recordConflict(m_local, QLatin1String(item.type->type), item.id, item.base,
                                                      item.hash, item.remoteHash, item.doc, item.remote);
                    if (!id.isEmpty())
                        report.newConflicts << id;
                }
            }
            if (!local.commit())
                return finish(local.error());
        }

        // Audit entries: every entry of this store the shared store does not have yet.
        const qint64 pushedSeq = m_local.meta(QStringLiteral("sync.audit_pushed")).toLongLong();
        QSqlQuery audit(m_local.database());
        audit.prepare(QStringLiteral("SELECT seq, id, at, actor_id, action, entity, entity_id, detail, hash "
                                     "FROM audit_log WHERE seq > ? ORDER BY seq"));
        audit.addBindValue(pushedSeq);
        audit.exec();
        struct Entry
        {
            qint64 seq;
            QVariantList values;
        };
        std::vector<Entry> entries;
        while (audit.next()) {
            entries.push_back({audit.value(0).toLongLong(),
                               {origin, audit.value(0), audit.value(1), audit.value(2),
                                localTables.loginOf(audit.value(3).toString()), audit.value(4), audit.value(5),
                                audit.value(6), audit.value(7), audit.value(8)}});
        }
        audit.finish();
        if (!entries.empty()) {
            if (!sharedLock.begin(true, &error))
                return finish(error, sharedLock.busy());
            for (const Entry &e : entries) {
                QSqlQuery q(shared->database());
                q.prepare(QStringLiteral("INSERT INTO synced_audit(origin, seq, id, at, actor_login, action, entity, "
                                         "entity_id, detail, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT(origin, seq) DO NOTHING"));
                for (const QVariant &v : e.values)
                    q.addBindValue(v);
                q.exec();
            }
            if (!sharedLock.commit(&error))
                return finish(error, sharedLock.busy());
            m_local.setMeta(QStringLiteral("sync.audit_pushed"), QString::number(entries.back().seq));
            report.auditPushed = int(entries.size());
        }
    }

    // ---- pull
    if (options.pull) {
        if (!sharedLock.begin(false, &error))
            return finish(error, sharedLock.busy());
        // People: names, roles and teams as the shared store has them.
        // A read that fails here (the share stayed locked past the busy timeout) must not look like "nothing new".
        const auto busyRead = [&] {
            sharedLock.rollback();
            return finish(tr("the shared store stayed locked by other computers; sync will try again"), true);
        };
        QSqlQuery people(shared->database());
        if (!people.exec(QStringLiteral("SELECT u.login, u.display_name, u.role, u.team_id FROM users u")))
            return busyRead();
        std::vector<QVariantList> peopleRows;
        while (people.next())
            peopleRows.push_back({people.value(0), people.value(1), people.value(2), people.value(3)});
        people.finish();
        qint64 maxSeq = 0;
        {
            QSqlQuery q(shared->database());
            if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_docs")) || !q.next())
                return busyRead();
            maxSeq = q.value(0).toLongLong();
        }
        sharedLock.commit(&error);
        error.clear();
        {
            Transaction local(m_local);
            for (const QVariantList &p : peopleRows) {
                QSqlQuery q(m_local.database());
                q.prepare(QStringLiteral(
                    "INSERT INTO users(id, login, display_name, role, team_id, created_at) VALUES(?, ?, ?, ?, "
                    "(SELECT id FROM teams WHERE id = ?), ?) ON CONFLICT(login) DO UPDATE SET display_name = "
                    "excluded.display_name, role = excluded.role, team_id = coalesce(excluded.team_id, team_id)"));
                q.addBindValue(nameId(QStringLiteral("user"), p[0].toString()));
                q.addBindValue(p[0]);
                q.addBindValue(p[1]);
                q.addBindValue(p[2]);
                q.addBindValue(p[3]);
                q.addBindValue(nowIso());
                q.exec();
            }
            m_local.execScript(QStringLiteral("DELETE FROM sync_dirty WHERE doc_type = 'user'"), nullptr);
            if (!local.commit())
                return finish(local.error());
        }

        const qint64 pulledSeq = m_local.meta(QStringLiteral("sync.pulled_seq")).toLongLong();
        int total = 0;
        {
            QSqlQuery q(shared->database());
            q.prepare(QStringLiteral("SELECT count(*) FROM sync_docs WHERE seq > ? AND seq <= ? AND origin <> ?"));
            q.addBindValue(pulledSeq);
            q.addBindValue(maxSeq);
            q.addBindValue(origin);
            if (q.exec() && q.next())
                total = q.value(0).toInt();
        }
        int done = 0;
        qint64 firstFailed = maxSeq + 1; // a document that could not be received is read again next time
        for (const DocType &type : docTypes()) {
            qint64 after = pulledSeq;
            while (true) {
                if (cancelled())
                    return finish(tr("cancelled"));
                progress(tr("Receiving"), done, total);
                struct Remote
                {
                    QString id;
                    QString hash;
                    qint64 seq;
                };
                std::vector<Remote> page;
                if (!sharedLock.begin(false, &error))
                    return finish(error, sharedLock.busy());
                QSqlQuery q(shared->database());
                q.prepare(QStringLiteral("SELECT doc_id, hash, seq FROM sync_docs WHERE doc_type = ? AND seq > ? "
                                         "AND seq <= ? AND origin <> ? ORDER BY seq LIMIT 500"));
                q.addBindValue(QLatin1String(type.type));
                q.addBindValue(after);
                q.addBindValue(maxSeq);
                q.addBindValue(origin);
                if (!q.exec())
                    return busyRead();
                while (q.next())
                    page.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
                q.finish();
                if (page.empty()) {
                    sharedLock.commit(&error);
                    error.clear();
                    break;
                }
                after = page.back().seq;
                // The shared store's read transaction stays open while the page is written here: what is copied
                // is the version sync_docs names.
                Transaction local(m_local);
                // What arrives is not a local change (see sync_applying).
                m_local.execScript(QStringLiteral("INSERT INTO sync_applying VALUES(1)"), nullptr);
                for (const Remote &r : page) {
                    ++done;
                    QSqlQuery &state = localTables.prepared(
                        QStringLiteral("SELECT (SELECT gen FROM sync_dirty WHERE doc_type = ? AND doc_id = ?), "
                                       "(SELECT hash FROM sync_base WHERE doc_type = ? AND doc_id = ?), "
                                       "EXISTS (SELECT 1 FROM sync_conflicts WHERE doc_type = ? AND doc_id = ? AND "
                                       "resolved_at IS NULL)"));
                    for (int i = 0; i < 3; ++i) {
                        state.addBindValue(QLatin1String(type.type));
                        state.addBindValue(r.id);
                    }
                    state.exec();
                    state.next();
                    const bool dirtyHere = !state.value(0).isNull();
                    const QString base = state.value(1).toString();
                    const bool waiting = state.value(2).toBool();
                    state.finish();
                    if (waiting)
                        continue; // waiting for a person to decide
                    if (!dirtyHere && base == r.hash)
                        continue; // this store has it already
                    std::optional<QJsonObject> mine;
                    if (dirtyHere)
                        mine = readDoc(localTables, type, r.id);
                    const QString mineHash = mine ? hashOf(*mine, type) : QString();
                    if (mine && mineHash == r.hash) {
                        setBase(localTables, QLatin1String(type.type), r.id, r.hash);
                        continue;
                    }
                    if (mine && mineHash != base) {
                        // Changed here since the base as well.
                        if (type.mode == Mode::LastWriter)
                            continue; // this store's version goes out with the next push
                        const std::optional<QJsonObject> theirs = readDoc(sharedTables, type, r.id);
                        const QString id = recordConflict(m_local, QLatin1String(type.type), r.id, base, mineHash,
                                                          r.hash, *mine, theirs.value_or(QJsonObject()));
                        if (!id.isEmpty())
                            report.newConflicts << id;
                        continue;
                    }
                    m_local.execScript(QStringLiteral("SAVEPOINT doc"), nullptr);
                    QString docError;
                    if (!copyDoc(sharedTables, localTables, type, r.id, &docError)) {
                        m_local.execScript(QStringLiteral("ROLLBACK TO doc; RELEASE doc"), nullptr);
                        firstFailed = std::min(firstFailed, r.seq);
                        report.error = tr("%1 %2 was not received: %3").arg(QLatin1String(type.type), r.id, docError);
                        continue;
                    }
                    m_local.execScript(QStringLiteral("RELEASE doc"), nullptr);
                    setBase(localTables, QLatin1String(type.type), r.id, r.hash);
                    // Receiving it is not a local change.
                    QSqlQuery &clear = localTables.prepared(
                        QStringLiteral("DELETE FROM sync_dirty WHERE doc_type = ? AND doc_id = ?"));
                    clear.addBindValue(QLatin1String(type.type));
                    clear.addBindValue(r.id);
                    clear.exec();
                    ++report.pulled;
                    ++report.pulledByType[QLatin1String(type.type)];
                }
                m_local.execScript(QStringLiteral("DELETE FROM sync_applying"), nullptr);
                const bool committed = local.commit();
                sharedLock.commit(&error);
                error.clear();
                if (!committed)
                    return finish(local.error());
            }
        }
        m_local.setMeta(QStringLiteral("sync.pulled_seq"), QString::number(std::min(maxSeq, firstFailed - 1)));

        // Audit entries of the other stores.
        if (!sharedLock.begin(false, &error))
            return finish(error, sharedLock.busy());
        QStringList origins;
        {
            QSqlQuery q(shared->database());
            q.prepare(QStringLiteral("SELECT DISTINCT origin FROM synced_audit WHERE origin <> ?"));
            q.addBindValue(origin);
            q.exec();
            while (q.next())
                origins << q.value(0).toString();
        }
        std::vector<QVariantList> entries;
        QMap<QString, qint64> lastSeq;
        for (const QString &o : std::as_const(origins)) {
            QSqlQuery q(shared->database());
            q.prepare(QStringLiteral("SELECT origin, seq, id, at, actor_login, action, entity, entity_id, detail, hash "
                                     "FROM synced_audit WHERE origin = ? AND seq > ? ORDER BY seq"));
            q.addBindValue(o);
            q.addBindValue(m_local.meta(QStringLiteral("sync.audit_pulled.") + o).toLongLong());
            q.exec();
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < 10; ++i)
                    row << q.value(i);
                lastSeq[o] = q.value(1).toLongLong();
                entries.push_back(row);
            }
        }
        sharedLock.commit(&error);
        error.clear();
        if (!entries.empty()) {
            Transaction local(m_local);
            for (const QVariantList &row : entries) {
                QSqlQuery q(m_local.database());
                q.prepare(QStringLiteral("INSERT INTO synced_audit(origin, seq, id, at, actor_login, action, entity, "
                                         "entity_id, detail, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT(origin, seq) DO NOTHING"));
                for (const QVariant &v : row)
                    q.addBindValue(v);
                q.exec();
            }
            for (auto it = lastSeq.cbegin(); it != lastSeq.cend(); ++it) {
                QSqlQuery q(m_local.database());
                q.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                                         "SET value = excluded.value"));
                q.addBindValue(QString(QStringLiteral("sync.audit_pulled.") + it.key()));
                q.addBindValue(QString::number(it.value()));
                q.exec();
            }
            if (!local.commit())
                return finish(local.error());
            report.auditPulled = int(entries.size());
        }
    }
    progress(tr("Done"), 1, 1);
    return finish(report.error);
}

std::vector<SyncConflict> SyncEngine::conflicts(bool includeResolved)
{
    std::vector<SyncConflict> out;
    QSqlQuery q(m_local.database());
    q.prepare(QStringLiteral("SELECT c.id, c.doc_type, c.doc_id, c.local_doc, c.remote_doc, c.detected_at, "
                             "coalesce(c.resolved_at, ''), coalesce(c.resolution, ''), coalesce(u.display_name, '') "
                             "FROM sync_conflicts c LEFT JOIN users u ON u.id = c.resolved_by "
                             "WHERE ? OR c.resolved_at IS NULL ORDER BY c.detected_at, c.id"));
    q.addBindValue(includeResolved ? 1 : 0);
    if (!q.exec())
        return out;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toString();
        c.docType = q.value(1).toString();
        c.docId = q.value(2).toString();
        c.local = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        c.remote = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        c.title = docTitle(c.docType, c.local.isEmpty() ? c.remote : c.local, m_local);
        c.detectedAt = q.value(5).toString();
        c.resolvedAt = q.value(6).toString();
        c.resolution = q.value(7).toString();
        c.resolvedBy = q.value(8).toString();
        out.push_back(std::move(c));
    }
    return out;
}

bool SyncEngine::resolve(const QString &conflictId, const QString &take, QString *error)
{
    if (take != QLatin1String("local") && take != QLatin1String("remote")) {
        *error = tr("take local or remote, not %1").arg(take);
        return false;
    }
    Tables localTables(m_local);
    Transaction transaction(m_local);
    QSqlQuery q(m_local.database());
    q.prepare(QStringLiteral("SELECT doc_type, doc_id, remote_hash, remote_doc, local_hash FROM sync_conflicts "
                             "WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        *error = tr("there is no open conflict %1").arg(conflictId);
        return false;
    }
    const QString type = q.value(0).toString(), docId = q.value(1).toString(), remoteHash = q.value(2).toString(),
                  localHash = q.value(4).toString();
    const QJsonObject remote = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    q.finish();
    const DocType *docTypePtr = docType(type);
    if (!docTypePtr) {
        *error = tr("unknown document type %1").arg(type);
        return false;
    }
    // Either way the shared store's version is the new base: taking ours sends ours over it next time; taking theirs
    // puts it here now.
    setBase(localTables, type, docId, remoteHash);
    if (take == QLatin1String("remote")) {
        Tables &tables = localTables;
        m_local.execScript(QStringLiteral("INSERT INTO sync_applying VALUES(1)"), nullptr);
        if (!writeDoc(tables, *docTypePtr, docId, remote, error))
            return false;
        m_local.execScript(QStringLiteral("DELETE FROM sync_applying"), nullptr);
        QSqlQuery &clear =
            localTables.prepared(QStringLiteral("DELETE FROM sync_dirty WHERE doc_type = ? AND doc_id = ?"));
        clear.addBindValue(type);
        clear.addBindValue(docId);
        clear.exec();
    } else {
        QSqlQuery mark(m_local.database());
        mark.prepare(QStringLiteral("INSERT INTO sync_dirty(doc_type, doc_id) VALUES(?, ?) "
                                    "ON CONFLICT(doc_type, doc_id) DO UPDATE SET gen = gen + 1"));
        mark.addBindValue(type);
        mark.addBindValue(docId);
        mark.exec();
    }
    QSqlQuery done(m_local.database());
    done.prepare(
        QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"));
    done.addBindValue(nowIso());
    done.addBindValue(take);
    done.addBindValue(m_user.id);
    done.addBindValue(conflictId);
    if (!done.exec()) {
        *error = done.lastError().text();
        return false;
    }
    if (!AuditLog(m_local).append(m_user.id, QStringLiteral("sync.conflict.resolve"), type, docId,
                                  {{QStringLiteral("conflict"), conflictId},
                                   {QStringLiteral("take"), take},
                                   {QStringLiteral("local_hash"), localHash},
                                   {QStringLiteral("remote_hash"), remoteHash}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace qawb
