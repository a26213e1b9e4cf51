#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace mla::core {

/// "file:line:column: reason" for a JSON syntax error, so a user can find the spot in an editor.
QString describeJsonParseError(const QString &sourceName, const QByteArray &json, const QJsonParseError &error);

/// "file: at /rules/3/severity: reason" for a structural error found after parsing.
QString describeJsonSchemaError(const QString &sourceName, const QString &jsonPointer, const QString &reason);

} // namespace mla::core
