#include "storage/migrations.h"

#include "storage/sqlitedatabase.h"

#include <QCoreApplication>

namespace mla::core::schema {

namespace {

// Step N upgrades a file from version N-1 to version N. Never edit a step once released: add one.
const char *const kSteps[] = {
    // 1: cases, requests, scalar values and repeating groups of a request.
    R"sql(
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    type_id     TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX requests_by_case ON requests(case_id);
CREATE TABLE request_values (
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (request_id, key)
) WITHOUT ROWID;
CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    collection  TEXT NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX items_by_request ON items(request_id, collection, position);
CREATE TABLE item_values (
    item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (item_id, key)
) WITHOUT ROWID;
)sql",
    // 2: a log of every document produced from a request (what was sent, in which form).
    R"sql(
CREATE TABLE export_log (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    language    TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    signer      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX export_log_by_request ON export_log(request_id);
)sql",
};

static_assert(std::size(kSteps) == kCurrentVersion, "one migration step per schema version");

} // namespace

Result<void> migrate(SqliteDatabase &db, int fromVersion, int targetVersion)
{
    for (int version = fromVersion + 1; version <= targetVersion; ++version) {
        SqliteTransaction transaction(db);
        if (auto begun = transaction.begun(); !begun) {
            return begun;
        }
        if (version == 1) {
            if (auto r = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r) {
                return r;
            }
        }
        if (auto r = db.exec(QString::fromUtf8(kSteps[version - 1])); !r) {
            return makeError(r.error().code, QCoreApplication::translate("Migrations", "Upgrading %1 to version %2 failed: %3")
                                                 .arg(db.path())
                                                 .arg(version)
                                                 .arg(r.error().message));
        }
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r) {
            return r;
        }
        if (auto r = transaction.commit(); !r) {
            return r;
        }
    }
    return {};
}

} // namespace mla::core::schema
