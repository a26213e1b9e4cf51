#include "storage/casestore.h"

#include "storage/migrations.h"
#include "storage/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QVariant>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseStore", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

constexpr char kSqliteMagic[] = "SQLite format 3";

/// Refuses files that are not SQLite databases before SQLite gets to see them, so the message can
/// say what the file is not instead of SQLite's generic "file is not a database".
Result<void> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    if (file.size() == 0) {
        return {};
    }
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(QByteArrayView(kSqliteMagic, sizeof(kSqliteMagic)))) {
        return makeError(ErrorCode::NotACaseFile,
                         tr("%1 is not an MLA case file: it is not a database written by this app.").arg(path));
    }
    return {};
}

Result<void> createOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
    }
    // Case files hold sensitive personal data: no other user of the machine may read them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QString> backupBeforeUpgrade(SqliteDatabase &db, const QString &path, int fromVersion)
{
    QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n) {
        backup = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(fromVersion).arg(n);
    }
    auto statement = db.prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!statement) {
        return statement.error();
    }
    statement->bind(1, backup);
    if (auto r = statement->exec(); !r) {
        return makeError(ErrorCode::Io, tr("Could not back up %1 before upgrading it: %2").arg(path, r.error().message));
    }
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return backup;
}

} // namespace

CaseStore::CaseStore(std::unique_ptr<SqliteDatabase> db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

CaseStore::~CaseStore() = default;

void CaseStore::setBusyTimeout(int milliseconds)
{
    m_db->setBusyTimeout(milliseconds);
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return makeError(ErrorCode::NotACaseFile, tr("%1 is not a file.").arg(path));
    }
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting) {
            return makeError(ErrorCode::NotFound, tr("The case file %1 does not exist.").arg(path));
        }
        if (auto r = createOwnerOnlyFile(path); !r) {
            return r.error();
        }
    } else if (auto r = checkHeader(path); !r) {
        return r.error();
    }

    auto opened = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWriteExisting);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<SqliteDatabase> db = std::move(opened).value();

    auto appId = db->queryInteger(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        const Error &e = appId.error();
        return makeError(e.code == ErrorCode::Database ? ErrorCode::Corrupted : e.code,
                         tr("%1 cannot be read as a case file: %2").arg(path, e.message));
    }
    auto version = db->queryInteger(QStringLiteral("PRAGMA user_version"));
    auto tableCount = db->queryInteger(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !tableCount) {
        return makeError(ErrorCode::Corrupted, tr("%1 is damaged and cannot be read.").arg(path));
    }
    const bool blank = *appId == 0 && *version == 0 && *tableCount == 0;
    if (blank && mode == OpenMode::OpenExisting) {
        // Opening an existing file must not turn it into something else: an empty file is most
        // likely one a crash or a failed copy cut off, and the user should learn that.
        return makeError(ErrorCode::Corrupted,
                         tr("%1 is empty: it holds no cases. It may have been cut off when it was copied or "
                            "when the computer stopped; look for a backup of it.")
                             .arg(path));
    }
    if (!blank && *appId != schema::kApplicationId) {
        return makeError(ErrorCode::NotACaseFile,
                         tr("%1 is not an MLA case file: it is a database of another application.").arg(path));
    }
    if (*version > schema::kCurrentVersion) {
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 was written by a newer version of MLA Request Writer (file format %2, this version "
                            "reads up to %3). Update the app to open it.")
                             .arg(path)
                             .arg(*version)
                             .arg(schema::kCurrentVersion));
    }
    if (!blank) {
        auto statement = db->prepare(QStringLiteral("PRAGMA quick_check"));
        if (!statement) {
            return makeError(ErrorCode::Corrupted, tr("%1 is damaged: %2").arg(path, statement.error().message));
        }
        QString verdict;
        if (statement->next()) {
            verdict = statement->text(0);
        }
        if (verdict != QLatin1String("ok")) {
            return makeError(ErrorCode::Corrupted,
                             tr("%1 is damaged (%2). Restore it from a backup.")
                                 .arg(path, verdict.isEmpty() ? db->lastErrorMessage() : verdict));
        }
    }
    if (auto r = db->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !r) {
        return r.error();
    }
    if (auto r = db->exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")); !r) {
        return r.error();
    }

    QString backup;
    if (*version < schema::kCurrentVersion) {
        if (*version > 0) {
            auto made = backupBeforeUpgrade(*db, path, static_cast<int>(*version));
            if (!made) {
                return made.error();
            }
            backup = *made;
        }
        if (auto r = schema::migrate(*db, static_cast<int>(*version)); !r) {
            return r.error();
        }
    }
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(db), path));
    store->m_upgradeBackup = backup;
    return store;
}

Result<QList<CaseInfo>> CaseStore::cases()
{
    auto q = m_db->prepare(
        QStringLiteral("SELECT id, reference, title, created_at, updated_at FROM cases ORDER BY updated_at DESC, id"));
    if (!q) {
        return q.error();
    }
    QList<CaseInfo> out;
    while (q->next()) {
        out.append({q->integer(0), q->text(1), q->text(2), parseTime(q->text(3)), parseTime(q->text(4))});
    }
    if (auto s = q->status(); !s) {
        return s.error();
    }
    return out;
}

Result<CaseInfo> CaseStore::caseInfo(qint64 caseId)
{
    auto q = m_db->prepare(QStringLiteral("SELECT id, reference, title, created_at, updated_at FROM cases WHERE id = ?1"));
    if (!q) {
        return q.error();
    }
    q->bind(1, caseId);
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("There is no case %1 in %2.").arg(caseId).arg(m_path));
    }
    return CaseInfo{q->integer(0), q->text(1), q->text(2), parseTime(q->text(3)), parseTime(q->text(4))};
}

Result<qint64> CaseStore::createCase(const QString &reference, const QString &title)
{
    auto q = m_db->prepare(
        QStringLiteral("INSERT INTO cases (reference, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"));
    if (!q) {
        return q.error();
    }
    q->bind(1, reference).bind(2, title).bind(3, now());
    if (auto r = q->exec(); !r) {
        return r.error();
    }
    return m_db->lastInsertRowId();
}

Result<void> CaseStore::run(const QString &sql, const QVariantList &parameters, const QString &whenNoRowChanged)
{
    auto q = m_db->prepare(sql);
    if (!q) {
        return q.error();
    }
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QVariant &p = parameters.at(i);
        if (p.typeId() == QMetaType::LongLong) {
            q->bind(static_cast<int>(i + 1), p.toLongLong());
        } else {
            q->bind(static_cast<int>(i + 1), p.toString());
        }
    }
    if (auto r = q->exec(); !r) {
        return r;
    }
    if (!whenNoRowChanged.isEmpty() && m_db->changes() == 0) {
        return makeError(ErrorCode::NotFound, whenNoRowChanged);
    }
    return {};
}

Result<void> CaseStore::updateCase(qint64 caseId, const QString &reference, const QString &title)
{
    return run(QStringLiteral("UPDATE cases SET reference = ?2, title = ?3, updated_at = ?4 WHERE id = ?1"),
               {caseId, reference, title, now()}, tr("There is no case %1 in %2.").arg(caseId).arg(m_path));
}

Result<void> CaseStore::deleteCase(qint64 caseId)
{
    return run(QStringLiteral("DELETE FROM cases WHERE id = ?1"), {caseId});
}

Result<QList<RequestSummary>> CaseStore::requests(qint64 caseId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT r.id, r.case_id, r.type_id, r.title, coalesce(v.value, ''), r.updated_at FROM requests r "
        "LEFT JOIN request_values v ON v.request_id = r.id AND v.key = 'addressee.state' "
        "WHERE r.case_id = ?1 ORDER BY r.id"));
    if (!q) {
        return q.error();
    }
    q->bind(1, caseId);
    QList<RequestSummary> out;
    while (q->next()) {
        out.append({q->integer(0), q->integer(1), q->text(2), q->text(3), q->text(4), parseTime(q->text(5))});
    }
    if (auto s = q->status(); !s) {
        return s.error();
    }
    return out;
}

Result<qint64> CaseStore::createRequest(qint64 caseId, const QString &typeId, const QString &title)
{
    Request request;
    request.typeId = typeId;
    request.title = title;
    return insertRequest(caseId, request);
}

Result<qint64> CaseStore::insertRequest(qint64 caseId, const Request &request)
{
    if (request.typeId.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, tr("A request needs a type."));
    }
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b.error();
    }
    auto requestId = insertRequestRows(caseId, request);
    if (!requestId) {
        return requestId;
    }
    if (auto r = transaction.commit(); !r) {
        return r.error();
    }
    return requestId;
}

Result<std::pair<qint64, qint64>> CaseStore::insertRequestInNewCase(const QString &caseTitle, const Request &request)
{
    if (request.typeId.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, tr("A request needs a type."));
    }
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b.error();
    }
    auto caseId = createCase(QString(), caseTitle);
    if (!caseId) {
        return caseId.error();
    }
    auto requestId = insertRequestRows(*caseId, request);
    if (!requestId) {
        return requestId.error();
    }
    if (auto r = transaction.commit(); !r) {
        return r.error();
    }
    return std::pair<qint64, qint64>{*caseId, *requestId};
}

Result<qint64> CaseStore::insertRequestRows(qint64 caseId, const Request &request)
{
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO requests (case_id, type_id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"));
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, caseId).bind(2, request.typeId).bind(3, request.title).bind(4, now());
    if (auto r = insert->exec(); !r) {
        if (m_db->lastErrorCode() == 787 /* SQLITE_CONSTRAINT_FOREIGNKEY */) {
            return makeError(ErrorCode::NotFound, tr("There is no case %1 in %2.").arg(caseId).arg(m_path));
        }
        return r.error();
    }
    const qint64 requestId = m_db->lastInsertRowId();

    auto value = m_db->prepare(QStringLiteral("INSERT INTO request_values (request_id, key, value) VALUES (?1, ?2, ?3)"));
    auto item = m_db->prepare(QStringLiteral("INSERT INTO items (request_id, collection, position) VALUES (?1, ?2, ?3)"));
    auto itemValue = m_db->prepare(QStringLiteral("INSERT INTO item_values (item_id, key, value) VALUES (?1, ?2, ?3)"));
    if (!value || !item || !itemValue) {
        return m_db->error(tr("cannot prepare a statement"));
    }
    for (auto it = request.values.constBegin(); it != request.values.constEnd(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        value->bind(1, requestId).bind(2, it.key()).bind(3, it.value());
        if (auto r = value->exec(); !r) {
            return r.error();
        }
    }
    for (auto c = request.collections.constBegin(); c != request.collections.constEnd(); ++c) {
        qint64 position = 0;
        for (const CollectionItem &entry : c.value()) {
            item->bind(1, requestId).bind(2, c.key()).bind(3, position++);
            if (auto r = item->exec(); !r) {
                return r.error();
            }
            const qint64 itemId = m_db->lastInsertRowId();
            for (auto v = entry.values.constBegin(); v != entry.values.constEnd(); ++v) {
                if (v.value().isEmpty()) {
                    continue;
                }
                itemValue->bind(1, itemId).bind(2, v.key()).bind(3, v.value());
                if (auto r = itemValue->exec(); !r) {
                    return r.error();
                }
            }
        }
    }
    return requestId;
}

Result<Request> CaseStore::loadRequest(qint64 requestId)
{
    auto head = m_db->prepare(
        QStringLiteral("SELECT id, case_id, type_id, title, created_at, updated_at FROM requests WHERE id = ?1"));
    if (!head) {
        return head.error();
    }
    head->bind(1, requestId);
    if (!head->next()) {
        if (auto s = head->status(); !s) {
            return s.error();
        }
        return makeError(ErrorCode::NotFound, tr("There is no request %1 in %2.").arg(requestId).arg(m_path));
    }
    Request request;
    request.id = head->integer(0);
    request.caseId = head->integer(1);
    request.typeId = head->text(2);
    request.title = head->text(3);
    request.createdAt = parseTime(head->text(4));
    request.updatedAt = parseTime(head->text(5));

    auto values = m_db->prepare(QStringLiteral("SELECT key, value FROM request_values WHERE request_id = ?1"));
    if (!values) {
        return values.error();
    }
    values->bind(1, requestId);
    while (values->next()) {
        request.values.insert(values->text(0), values->text(1));
    }
    if (auto s = values->status(); !s) {
        return s.error();
    }

    auto items = m_db->prepare(QStringLiteral(
        "SELECT i.id, i.collection, v.key, v.value FROM items i LEFT JOIN item_values v ON v.item_id = i.id "
        "WHERE i.request_id = ?1 ORDER BY i.collection, i.position, i.id"));
    if (!items) {
        return items.error();
    }
    items->bind(1, requestId);
    while (items->next()) {
        QList<CollectionItem> &list = request.collections[items->text(1)];
        const qint64 itemId = items->integer(0);
        if (list.isEmpty() || list.last().id != itemId) {
            list.append(CollectionItem{itemId, {}});
        }
        if (!items->isNull(2)) {
            list.last().values.insert(items->text(2), items->text(3));
        }
    }
    if (auto s = items->status(); !s) {
        return s.error();
    }
    return request;
}

Result<void> CaseStore::setRequestTitle(qint64 requestId, const QString &title)
{
    return run(QStringLiteral("UPDATE requests SET title = ?2, updated_at = ?3 WHERE id = ?1"),
               {requestId, title, now()}, tr("There is no request %1 in %2.").arg(requestId).arg(m_path));
}

Result<void> CaseStore::deleteRequest(qint64 requestId)
{
    return run(QStringLiteral("DELETE FROM requests WHERE id = ?1"), {requestId});
}

Result<void> CaseStore::touchRequest(qint64 requestId)
{
    return run(QStringLiteral("UPDATE requests SET updated_at = ?2 WHERE id = ?1"), {requestId, now()},
               tr("There is no request %1 in %2.").arg(requestId).arg(m_path));
}

Result<void> CaseStore::setValue(qint64 requestId, const QString &key, const QString &value)
{
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b;
    }
    if (auto r = touchRequest(requestId); !r) {
        return r;
    }
    auto q = value.isEmpty()
                 ? m_db->prepare(QStringLiteral("DELETE FROM request_values WHERE request_id = ?1 AND key = ?2"))
                 : m_db->prepare(QStringLiteral(
                       "INSERT INTO request_values (request_id, key, value) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (request_id, key) DO UPDATE SET value = excluded.value"));
    if (!q) {
        return q.error();
    }
    q->bind(1, requestId).bind(2, key);
    if (!value.isEmpty()) {
        q->bind(3, value);
    }
    if (auto r = q->exec(); !r) {
        return r;
    }
    return transaction.commit();
}

Result<qint64> CaseStore::requestOfItem(qint64 itemId)
{
    auto q = m_db->prepare(QStringLiteral("SELECT request_id FROM items WHERE id = ?1"));
    if (!q) {
        return q.error();
    }
    q->bind(1, itemId);
    if (!q->next()) {
        return makeError(ErrorCode::NotFound, tr("There is no entry %1 in %2.").arg(itemId).arg(m_path));
    }
    return q->integer(0);
}

Result<qint64> CaseStore::addItem(qint64 requestId, const QString &collection, const QMap<QString, QString> &values,
                                  int position, qint64 itemId)
{
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b.error();
    }
    if (auto r = touchRequest(requestId); !r) {
        return r.error();
    }
    qint64 slot = position;
    if (position < 0) {
        auto count = m_db->prepare(
            QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM items WHERE request_id = ?1 AND collection = ?2"));
        if (!count) {
            return count.error();
        }
        count->bind(1, requestId).bind(2, collection);
        slot = count->next() ? count->integer(0) : 0;
    } else {
        // @p position is an index into the list as it is shown. Removals leave gaps in the stored
        // positions (and files written before this was fixed have them), so number the entries
        // 0..n-1 in their order first; otherwise an undone removal lands past its neighbours.
        // From a snapshot of the order: a correlated subquery would see rows already renumbered.
        auto renumber = m_db->prepare(QStringLiteral(
            "UPDATE items SET position = ordered.rank FROM (SELECT id, row_number() OVER (ORDER BY position, id) - 1 "
            "AS rank FROM items WHERE request_id = ?1 AND collection = ?2) AS ordered WHERE items.id = ordered.id"));
        if (!renumber) {
            return renumber.error();
        }
        renumber->bind(1, requestId).bind(2, collection);
        if (auto r = renumber->exec(); !r) {
            return r.error();
        }
        auto shift = m_db->prepare(QStringLiteral(
            "UPDATE items SET position = position + 1 WHERE request_id = ?1 AND collection = ?2 AND position >= ?3"));
        if (!shift) {
            return shift.error();
        }
        shift->bind(1, requestId).bind(2, collection).bind(3, slot);
        if (auto r = shift->exec(); !r) {
            return r.error();
        }
    }
    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO items (id, request_id, collection, position) VALUES (?1, ?2, ?3, ?4)"));
    if (!insert) {
        return insert.error();
    }
    if (itemId > 0) {
        insert->bind(1, itemId);
    } else {
        insert->bindNull(1);
    }
    insert->bind(2, requestId).bind(3, collection).bind(4, slot);
    if (auto r = insert->exec(); !r) {
        return r.error();
    }
    const qint64 newId = m_db->lastInsertRowId();
    auto value = m_db->prepare(QStringLiteral("INSERT INTO item_values (item_id, key, value) VALUES (?1, ?2, ?3)"));
    if (!value) {
        return value.error();
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        value->bind(1, newId).bind(2, it.key()).bind(3, it.value());
        if (auto r = value->exec(); !r) {
            return r.error();
        }
    }
    if (auto r = transaction.commit(); !r) {
        return r.error();
    }
    return newId;
}

Result<void> CaseStore::setItemValue(qint64 itemId, const QString &key, const QString &value)
{
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b;
    }
    auto requestId = requestOfItem(itemId);
    if (!requestId) {
        return requestId.error();
    }
    if (auto r = touchRequest(*requestId); !r) {
        return r;
    }
    auto q = value.isEmpty() ? m_db->prepare(QStringLiteral("DELETE FROM item_values WHERE item_id = ?1 AND key = ?2"))
                             : m_db->prepare(QStringLiteral(
                                   "INSERT INTO item_values (item_id, key, value) VALUES (?1, ?2, ?3) "
                                   "ON CONFLICT (item_id, key) DO UPDATE SET value = excluded.value"));
    if (!q) {
        return q.error();
    }
    q->bind(1, itemId).bind(2, key);
    if (!value.isEmpty()) {
        q->bind(3, value);
    }
    if (auto r = q->exec(); !r) {
        return r;
    }
    return transaction.commit();
}

Result<void> CaseStore::removeItem(qint64 itemId)
{
    SqliteTransaction transaction(*m_db);
    if (auto b = transaction.begun(); !b) {
        return b;
    }
    auto requestId = requestOfItem(itemId);
    if (!requestId) {
        return requestId.error();
    }
    if (auto r = touchRequest(*requestId); !r) {
        return r;
    }
    auto q = m_db->prepare(QStringLiteral("DELETE FROM items WHERE id = ?1"));
    if (!q) {
        return q.error();
    }
    q->bind(1, itemId);
    if (auto r = q->exec(); !r) {
        return r;
    }
    return transaction.commit();
}

Result<qint64> CaseStore::recordExport(const ExportRecord &record)
{
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO export_log (request_id, format, language, sha256, file_name, signer, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!q) {
        return q.error();
    }
    q->bind(1, record.requestId)
        .bind(2, record.format)
        .bind(3, record.language)
        .bind(4, record.sha256)
        .bind(5, record.fileName)
        .bind(6, record.signer)
        .bind(7, now());
    if (auto r = q->exec(); !r) {
        return r.error();
    }
    return m_db->lastInsertRowId();
}

Result<QList<ExportRecord>> CaseStore::exports(qint64 requestId)
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT id, request_id, format, language, sha256, file_name, signer, created_at FROM export_log "
        "WHERE request_id = ?1 ORDER BY id"));
    if (!q) {
        return q.error();
    }
    q->bind(1, requestId);
    QList<ExportRecord> out;
    while (q->next()) {
        out.append({q->integer(0), q->integer(1), q->text(2), q->text(3), q->text(4), q->text(5), q->text(6),
                    parseTime(q->text(7))});
    }
    if (auto s = q->status(); !s) {
        return s.error();
    }
    return out;
}

} // namespace mla::core
