#pragma once

#include "model/request.h"
#include "util/result.h"

#include <QByteArray>

namespace mla::core {

/// The interchange format for one request ("mla-request", format version 1; see
/// docs/interchange-format.md and templates/schema/request.schema.json). Export and import
/// round-trip every value without loss. Storage ids are not part of the format.
class RequestJson
{
public:
    static constexpr int kFormatVersion = 1;

    /// Deterministic bytes: keys sorted, no timestamps, UTF-8, two-space indent.
    static QByteArray write(const Request &request);
    /// Checks the format, its version, the request type and every key against the type's form;
    /// the first problem is reported with its JSON pointer. Nothing is returned half-read.
    static Result<Request> read(const QByteArray &json, const QString &sourceName);
    static Result<Request> readFile(const QString &path);
};

} // namespace mla::core
