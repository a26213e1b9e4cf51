#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>

#include "util/result.h"

namespace mla::core {

/// "file:line:column: reason" for a JSON syntax error, so a user can find the spot in an editor.
QString describeJsonParseError(const QString &sourceName, const QByteArray &json, const QJsonParseError &error);

/// "file: at /rules/3/severity: reason" for a structural error found after parsing.
QString describeJsonSchemaError(const QString &sourceName, const QString &jsonPointer, const QString &reason);

/// The top-level object of a JSON file, or a MalformedTemplate error naming the file: the line
/// and column of a syntax error, or "/" when the document is not an object.
Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &sourceName);

/// The Error for the first problem a JsonReader recorded ("/pointer: reason"), naming the file.
Error jsonReaderError(const QString &sourceName, const QString &readerMessage,
                      ErrorCode code = ErrorCode::MalformedTemplate);

} // namespace mla::core
