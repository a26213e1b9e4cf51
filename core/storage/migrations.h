#pragma once

#include "util/result.h"

namespace mla::core {

class SqliteDatabase;

namespace schema {
/// PRAGMA application_id of every case file: "MLAC".
inline constexpr qint64 kApplicationId = 0x4D4C4143;
/// The schema version this build writes.
inline constexpr int kCurrentVersion = 2;

/// Brings a case file from its user_version up to @p targetVersion, one step at a time, each step
/// (DDL plus the new user_version) in its own transaction, so an interrupted upgrade leaves the file
/// at the last completed version.
Result<void> migrate(SqliteDatabase &db, int fromVersion, int targetVersion = kCurrentVersion);
} // namespace schema

} // namespace mla::core
