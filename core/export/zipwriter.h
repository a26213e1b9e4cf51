#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mla::core {

/// One file of a ZIP archive.
struct ZipEntry
{
    QString name; ///< path inside the archive, '/'-separated, e.g. "word/document.xml"
    QByteArray content;
};

/// A deflated ZIP archive of @p entries, built in memory, with the entries in the given order.
///
/// Every entry carries the same fixed time stamp (1980-01-01 00:00, the earliest a ZIP can hold)
/// and the same Unix permissions (0644), so that the same entries always give the same bytes: a
/// user can compare two exports, and nothing in the archive tells when or where it was made.
/// Fails with ErrorCode::Export when libzip reports an error or two entries share a name.
Result<QByteArray> zipArchive(const QList<ZipEntry> &entries);

} // namespace mla::core
