#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace mla::core {

class SqliteDatabase;

/// A prepared statement; finalized when it goes out of scope. Binding indexes start at 1.
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindNull(int index);

    /// Advances to the next row: true with a row, false when done; an error ends the iteration
    /// and is kept in error().
    bool next();
    /// Runs a statement that returns no rows.
    Result<void> exec();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    bool failed() const { return !m_error.isEmpty(); }
    Result<void> status() const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt *statement, SqliteDatabase *db) : m_statement(statement), m_db(db) {}

    sqlite3_stmt *m_statement = nullptr;
    SqliteDatabase *m_db = nullptr;
    QString m_error;
};

/// An open SQLite connection (RAII over the C API). Not thread-safe: one per thread.
class SqliteDatabase
{
public:
    enum class OpenMode { ReadWriteCreate, ReadWriteExisting };

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, OpenMode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    const QString &path() const { return m_path; }
    Result<void> exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    /// The first column of the first row of @p sql as an integer.
    Result<qint64> queryInteger(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    /// How long a write waits for another connection's lock before it fails (3 s by default).
    void setBusyTimeout(int milliseconds);
    QString lastErrorMessage() const;
    int lastErrorCode() const;
    /// Wraps an SQLite failure in an Error that names the file.
    Error error(const QString &what) const;

private:
    explicit SqliteDatabase(sqlite3 *handle, QString path) : m_handle(handle), m_path(std::move(path)) {}

    sqlite3 *m_handle = nullptr;
    QString m_path;
};

/// Runs BEGIN IMMEDIATE on construction and ROLLBACK on destruction unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    Result<void> begun() const { return m_begin; }
    Result<void> commit();

private:
    SqliteDatabase &m_db;
    Result<void> m_begin;
    bool m_active = false;
};

} // namespace mla::core
