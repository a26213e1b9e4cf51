#include "io/safesave.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mla::core {

Result<void> SafeSave::write(const QString &path, const Writer &writer, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("SafeSave", "Cannot write %1: %2")
                                            .arg(path, file.errorString()));
    }
    QString reason;
    if (!writer(file, reason)) {
        file.cancelWriting();
        if (reason.isEmpty()) {
            reason = file.errorString();
        }
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SafeSave", "Writing %1 failed: %2").arg(path, reason));
    }
    // Write out what QFileDevice still buffers (up to 16 KB) now: Qt 6.4's commit() flushes it too,
    // but only remembers errors of earlier writes, so a full disk at this point would leave a
    // truncated file reported as saved.
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SafeSave", "Writing %1 failed: %2").arg(path, why));
    }
    file.setPermissions(permissions);
    if (!file.commit()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("SafeSave", "Could not save %1: %2")
                                            .arg(path, file.errorString()));
    }
    return {};
}

Result<void> SafeSave::write(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    return write(
        path,
        [&content](QIODevice &device, QString &reason) {
            if (device.write(content) != content.size()) {
                reason = device.errorString();
                return false;
            }
            return true;
        },
        permissions);
}

} // namespace mla::core
