#include "export/zipwriter.h"

#include <QCoreApplication>

#include <zip.h>

#include <cstdio>
#include <memory>

namespace mla::core {

namespace {

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

/// Throws away an archive that was never closed, so a failure leaves no half-built buffer in use.
struct ArchiveDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

struct SourceClose
{
    void operator()(zip_source_t *source) const { zip_source_close(source); }
};

using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;
using ArchivePtr = std::unique_ptr<zip_t, ArchiveDiscard>;

// The DOS date 1980-01-01 (year offset 0, month 1, day 1) at 00:00:00. Set as a DOS date rather
// than as a time_t, which libzip would convert through the local time zone.
constexpr zip_uint16_t kDosDate = (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;
// A regular file readable by all, writable by its owner: what unzip restores on every system.
constexpr zip_uint32_t kUnixAttributes = 0100644u << 16;

Error zipError(const QString &reason)
{
    return makeError(ErrorCode::Export,
                     QCoreApplication::translate("ZipWriter", "The archive could not be built: %1").arg(reason));
}

QString reasonOf(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

QString reasonOf(zip_t *archive)
{
    return QString::fromLocal8Bit(zip_strerror(archive));
}

Result<QByteArray> readAll(zip_source_t *source)
{
    if (zip_source_open(source) < 0) {
        return zipError(reasonOf(zip_source_error(source)));
    }
    // Closes the source on every path out of this function.
    const std::unique_ptr<zip_source_t, SourceClose> opened(source);
    if (zip_source_seek(source, 0, SEEK_END) < 0) {
        return zipError(reasonOf(zip_source_error(source)));
    }
    const zip_int64_t size = zip_source_tell(source);
    if (size < 0 || zip_source_seek(source, 0, SEEK_SET) < 0) {
        return zipError(reasonOf(zip_source_error(source)));
    }
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    zip_int64_t done = 0;
    while (done < size) {
        const zip_int64_t read =
            zip_source_read(source, bytes.data() + done, static_cast<zip_uint64_t>(size - done));
        if (read <= 0) {
            return zipError(read < 0 ? reasonOf(zip_source_error(source))
                                     : QCoreApplication::translate("ZipWriter", "the archive ended early"));
        }
        done += read;
    }
    return bytes;
}

} // namespace

Result<QByteArray> zipArchive(const QList<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    // An empty, growable in-memory buffer the archive is written into.
    const SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const QString reason = reasonOf(&error);
        zip_error_fini(&error);
        return zipError(reason);
    }
    ArchivePtr archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const QString reason = reasonOf(&error);
        zip_error_fini(&error);
        return zipError(reason);
    }
    zip_error_fini(&error);
    // The archive frees the source when it is closed; the extra reference keeps the written bytes
    // readable afterwards.
    zip_source_keep(buffer.get());

    for (const ZipEntry &entry : entries) {
        // The entries' bytes are read when the archive is closed, below, while @p entries still
        // holds them, so they are not copied.
        zip_source_t *data = zip_source_buffer(archive.get(), entry.content.constData(),
                                               static_cast<zip_uint64_t>(entry.content.size()), 0);
        if (!data) {
            return zipError(reasonOf(archive.get()));
        }
        const zip_int64_t index =
            zip_file_add(archive.get(), entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            return zipError(entry.name + QStringLiteral(": ") + reasonOf(archive.get()));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive.get(), at, ZIP_CM_DEFLATE, 0) < 0 ||
            zip_file_set_dostime(archive.get(), at, kDosTime, kDosDate, 0) < 0 ||
            zip_file_set_external_attributes(archive.get(), at, 0, ZIP_OPSYS_UNIX, kUnixAttributes) < 0) {
            return zipError(entry.name + QStringLiteral(": ") + reasonOf(archive.get()));
        }
    }

    if (zip_close(archive.get()) < 0) {
        return zipError(reasonOf(archive.get()));
    }
    // zip_close() freed the archive.
    static_cast<void>(archive.release());
    return readAll(buffer.get());
}

} // namespace mla::core
