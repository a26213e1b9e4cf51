#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

#include <functional>

class QIODevice;

namespace mla::core {

/// The single path through which the app writes files it produces (exports, backups, JSON).
///
/// The content goes to a temporary file beside the target and is renamed over it only after every
/// byte was written and flushed, so a crash or a full disk never leaves a half-written file and
/// never destroys the previous version. New files get owner-only permissions by default.
class SafeSave
{
public:
    /// Writes the content produced by @p writer. The writer returns false (and may set a reason)
    /// to abandon the write; the target is then left untouched.
    using Writer = std::function<bool(QIODevice &device, QString &failureReason)>;

    static Result<void> write(const QString &path, const Writer &writer,
                              QFileDevice::Permissions permissions = ownerOnly());
    static Result<void> write(const QString &path, const QByteArray &content,
                              QFileDevice::Permissions permissions = ownerOnly());

    static QFileDevice::Permissions ownerOnly()
    {
        return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    }
};

} // namespace mla::core
