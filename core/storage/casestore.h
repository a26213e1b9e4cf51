#pragma once

#include "model/request.h"
#include "util/result.h"

#include <QList>
#include <QVariantList>
#include <QString>

#include <memory>
#include <utility>

namespace mla::core {

class SqliteDatabase;

/// One document produced from a request, as recorded in the case file.
struct ExportRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString format;
    QString language;
    QString sha256;
    QString fileName;
    QString signer;
    QDateTime createdAt;
};

/// A case file (.mlacase): an SQLite database of cases and their requests.
///
/// Every mutating call commits at once in its own transaction (autosave). Opening checks that the
/// file is one of ours, is not from a newer version and is not damaged, and upgrades older files
/// after taking a backup copy next to them. Not thread-safe; use one store per thread.
class CaseStore
{
public:
    enum class OpenMode { OpenOrCreate, OpenExisting };

    static Result<std::unique_ptr<CaseStore>> open(const QString &path, OpenMode mode = OpenMode::OpenOrCreate);
    ~CaseStore();

    const QString &path() const { return m_path; }
    /// Path of the backup taken before the last upgrade, empty if none was needed.
    const QString &upgradeBackupPath() const { return m_upgradeBackup; }
    static QString fileSuffix() { return QStringLiteral("mlacase"); }
    /// How long a write waits for another program's lock on the file before it fails.
    void setBusyTimeout(int milliseconds);

    Result<QList<CaseInfo>> cases();
    Result<CaseInfo> caseInfo(qint64 caseId);
    Result<qint64> createCase(const QString &reference, const QString &title);
    Result<void> updateCase(qint64 caseId, const QString &reference, const QString &title);
    Result<void> deleteCase(qint64 caseId);

    Result<QList<RequestSummary>> requests(qint64 caseId);
    Result<qint64> createRequest(qint64 caseId, const QString &typeId, const QString &title);
    /// Stores a whole request (values and collections) as a new request of @p caseId in one
    /// transaction; ids in @p request are ignored. Returns the new request id.
    Result<qint64> insertRequest(qint64 caseId, const Request &request);
    /// Creates a case titled @p caseTitle holding @p request, in one transaction: on failure
    /// neither exists. Returns the case id and the request id.
    Result<std::pair<qint64, qint64>> insertRequestInNewCase(const QString &caseTitle, const Request &request);
    Result<Request> loadRequest(qint64 requestId);
    Result<void> setRequestTitle(qint64 requestId, const QString &title);
    Result<void> deleteRequest(qint64 requestId);

    /// Sets a scalar value; an empty value removes it.
    Result<void> setValue(qint64 requestId, const QString &key, const QString &value);
    /// Appends (position -1) or inserts an entry into a collection; returns its id. A non-zero
    /// @p itemId re-creates an entry with that id (used by undo).
    Result<qint64> addItem(qint64 requestId, const QString &collection, const QMap<QString, QString> &values,
                           int position = -1, qint64 itemId = 0);
    Result<void> setItemValue(qint64 itemId, const QString &key, const QString &value);
    Result<void> removeItem(qint64 itemId);

    Result<qint64> recordExport(const ExportRecord &record);
    Result<QList<ExportRecord>> exports(qint64 requestId);

private:
    explicit CaseStore(std::unique_ptr<SqliteDatabase> db, QString path);
    Result<void> touchRequest(qint64 requestId);
    /// Runs one statement with @p parameters bound in order (qint64 or text); when
    /// @p whenNoRowChanged is set and no row changed, returns NotFound with that message.
    Result<void> run(const QString &sql, const QVariantList &parameters, const QString &whenNoRowChanged = {});
    Result<qint64> requestOfItem(qint64 itemId);
    /// The rows of a new request of @p caseId; the caller holds the transaction.
    Result<qint64> insertRequestRows(qint64 caseId, const Request &request);

    std::unique_ptr<SqliteDatabase> m_db;
    QString m_path;
    QString m_upgradeBackup;
};

} // namespace mla::core
