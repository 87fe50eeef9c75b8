#pragma once

#include <QString>

#include <sqlite3.h>

#include <optional>
#include <type_traits>

namespace qawb {

// A prepared statement on the raw SQLite handle, for the paths that read or write millions of rows (import,
// sampling) where QSqlQuery's per-row overhead would dominate. Text is bound as UTF-16 straight from QString.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }
    QString error() const { return m_error; }
    void text(int i, const QString &s)
    {
        if (s.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text16(m_stmt, i, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
    }
    void textOrNull(int i, const QString &s)
    {
        if (s.isEmpty())
            sqlite3_bind_null(m_stmt, i);
        else
            text(i, s);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void real(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    template <typename T>
    void optional(int i, const std::optional<T> &v)
    {
        if (!v)
            null(i);
        else if constexpr (std::is_floating_point_v<T>)
            real(i, *v);
        else
            integer(i, qint64(*v));
    }
    // Runs the statement; returns SQLITE_ROW, SQLITE_DONE or an error code (then error() says why).
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return rc;
    }
    QString columnText(int i) const
    {
        return QString::fromUtf16(static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, i)),
                                  sqlite3_column_bytes16(m_stmt, i) / 2);
    }
    qint64 columnInt64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace qawb
