#include "storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace mla::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteDatabase", text);
}

ErrorCode classify(int code)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return ErrorCode::NotACaseFile;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupted;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Database;
    }
}
} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = m_db->lastErrorMessage();
    }
    return false;
}

Result<void> SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return {};
    }
    Error err = m_db->error(tr("statement failed"));
    sqlite3_reset(m_statement);
    return err;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<void> SqliteStatement::status() const
{
    if (m_error.isEmpty()) {
        return {};
    }
    return m_db->error(tr("reading failed"));
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::ReadWriteCreate) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3 *handle = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(handle);
        return makeError(classify(rc), tr("Cannot open %1: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(handle, 1);
    // Another process (a second window, a backup tool) may hold a lock for a moment.
    sqlite3_busy_timeout(handle, 3000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(handle, path));
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_handle, milliseconds);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_handle);
}

Result<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : lastErrorMessage();
        sqlite3_free(message);
        return makeError(classify(rc), tr("%1: %2").arg(m_path, reason));
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        return error(tr("cannot prepare a statement"));
    }
    return SqliteStatement(statement, this);
}

Result<qint64> SqliteDatabase::queryInteger(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement) {
        return statement.error();
    }
    if (!statement->next()) {
        if (statement->failed()) {
            return error(tr("query failed"));
        }
        return qint64(0);
    }
    return statement->integer(0);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_handle);
}

QString SqliteDatabase::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

int SqliteDatabase::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_handle);
}

Error SqliteDatabase::error(const QString &what) const
{
    return makeError(classify(lastErrorCode()), tr("%1: %2 (%3)").arg(m_path, what, lastErrorMessage()));
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> SqliteTransaction::commit()
{
    if (!m_active) {
        return m_begin.ok() ? Result<void>(makeError(ErrorCode::Database, tr("no transaction is active"))) : m_begin;
    }
    auto result = m_db.exec(QStringLiteral("COMMIT"));
    if (result) {
        m_active = false;
    }
    return result;
}

} // namespace mla::core
