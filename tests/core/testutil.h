#pragma once

// Small helpers shared by the core test suites (header-only: each suite is its own executable).

#include "core/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace qawb::test {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The first column of the first row of sql; an invalid QVariant when the query fails or returns nothing.
inline QVariant scalar(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.database());
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline qint64 rowCount(Store &store, const QString &table)
{
    const QVariant v = scalar(store, QStringLiteral("SELECT count(*) FROM ") + table);
    return v.isValid() ? v.toLongLong() : -1;
}

// Row counts of the tables an import writes to.
inline QMap<QString, qint64> importTableCounts(Store &store)
{
    QMap<QString, qint64> counts;
    for (const char *table :
         {"conversations", "turns", "agents", "teams", "queues", "queue_items", "import_batches", "audit_log"})
        counts.insert(QString::fromLatin1(table), rowCount(store, QString::fromLatin1(table)));
    return counts;
}

// Every row of every table as text, sorted: equal snapshots mean equal store content.
inline QStringList snapshot(Store &store)
{
    QStringList rows;
    QSqlQuery tables(store.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT * FROM ") + table);
        while (q.next()) {
            QStringList cells{table};
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace qawb::test
