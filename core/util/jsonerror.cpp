#include "util/jsonerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace mla::core {

QString describeJsonParseError(const QString &sourceName, const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QCoreApplication::translate("Json", "%1:%2:%3: %4")
        .arg(sourceName)
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

QString describeJsonSchemaError(const QString &sourceName, const QString &jsonPointer, const QString &reason)
{
    return QCoreApplication::translate("Json", "%1: at %2: %3").arg(sourceName, jsonPointer, reason);
}

Error jsonReaderError(const QString &sourceName, const QString &readerMessage, ErrorCode code)
{
    const qsizetype colon = readerMessage.indexOf(QStringLiteral(": "));
    return makeError(code, describeJsonSchemaError(sourceName, readerMessage.left(colon), readerMessage.mid(colon + 2)));
}

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedTemplate, describeJsonParseError(sourceName, json, parseError));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::MalformedTemplate,
                         describeJsonSchemaError(sourceName, QStringLiteral("/"),
                                                 QCoreApplication::translate("Json", "expected an object")));
    }
    return document.object();
}

} // namespace mla::core
