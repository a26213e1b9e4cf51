#include "interchange/requestjson.h"

#include "model/requestform.h"
#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestJson", text);
}

const QString kFormatName = QStringLiteral("mla-request");
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

QJsonObject toObject(const QMap<QString, QString> &values)
{
    QJsonObject o;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isEmpty()) {
            o.insert(it.key(), it.value());
        }
    }
    return o;
}

} // namespace

QByteArray RequestJson::write(const Request &request)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatName);
    root.insert(QStringLiteral("formatVersion"), kFormatVersion);
    root.insert(QStringLiteral("type"), request.typeId);
    root.insert(QStringLiteral("title"), request.title);
    root.insert(QStringLiteral("values"), toObject(request.values));
    QJsonObject collections;
    for (auto it = request.collections.constBegin(); it != request.collections.constEnd(); ++it) {
        QJsonArray entries;
        for (const CollectionItem &item : it.value()) {
            entries.append(toObject(item.values));
        }
        if (!entries.isEmpty()) {
            collections.insert(it.key(), entries);
        }
    }
    root.insert(QStringLiteral("collections"), collections);
    // QJsonObject keeps keys sorted, which makes the output deterministic.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Request> RequestJson::read(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidArgument, describeJsonParseError(sourceName, json, parseError));
    }
    QString error;
    JsonReader root(doc.object(), QString(), &error);
    if (!doc.isObject()) {
        root.fail(QStringLiteral("/"), tr("expected an object"));
    }
    root.rejectUnknownKeys({QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("formatVersion"),
                            QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("values"),
                            QStringLiteral("collections")});
    if (root.requiredString(QStringLiteral("format")) != kFormatName && !root.failed()) {
        root.fail(root.pointer(QStringLiteral("format")), tr("expected \"%1\"").arg(kFormatName));
    }
    const int version = root.optionalInt(QStringLiteral("formatVersion"), 0);
    if (!root.failed() && version != kFormatVersion) {
        root.fail(root.pointer(QStringLiteral("formatVersion")),
                  version > kFormatVersion
                      ? tr("format version %1 was written by a newer version of the app (this one reads %2)")
                            .arg(version)
                            .arg(kFormatVersion)
                      : tr("unsupported format version %1 (this app reads %2)").arg(version).arg(kFormatVersion));
    }
    Request request;
    request.typeId = root.requiredString(QStringLiteral("type"));
    request.title = root.optionalString(QStringLiteral("title"));
    std::optional<RequestForm> form;
    if (!root.failed()) {
        auto loaded = RequestForm::builtIn(request.typeId);
        if (!loaded) {
            root.fail(root.pointer(QStringLiteral("type")), tr("unknown request type '%1'").arg(request.typeId));
        } else {
            form = std::move(loaded).value();
        }
    }
    auto readValues = [&](JsonReader &reader, const QJsonObject &object, const QString &collection,
                          QMap<QString, QString> &into) {
        for (auto it = object.constBegin(); it != object.constEnd() && !reader.failed(); ++it) {
            const QString where = reader.pointer(it.key());
            if (!form->field(collection, it.key())) {
                reader.fail(where, collection.isEmpty()
                                       ? tr("request type '%1' has no field '%2'").arg(request.typeId, it.key())
                                       : tr("entries of '%1' have no field '%2'").arg(collection, it.key()));
                return;
            }
            if (!it.value().isString()) {
                reader.fail(where, tr("expected a string"));
                return;
            }
            if (!it.value().toString().isEmpty()) {
                into.insert(it.key(), it.value().toString());
            }
        }
    };
    if (!root.failed()) {
        if (auto values = root.optionalObject(QStringLiteral("values"))) {
            JsonReader v = root.childObject(*values, QStringLiteral("values"));
            readValues(v, *values, QString(), request.values);
        }
    }
    if (!root.failed()) {
        if (auto collections = root.optionalObject(QStringLiteral("collections"))) {
            JsonReader c = root.childObject(*collections, QStringLiteral("collections"));
            for (auto it = collections->constBegin(); it != collections->constEnd() && !root.failed(); ++it) {
                if (!form->stepForCollection(it.key())) {
                    c.fail(c.pointer(it.key()), tr("request type '%1' has no collection '%2'").arg(request.typeId, it.key()));
                    break;
                }
                if (!it.value().isArray()) {
                    c.fail(c.pointer(it.key()), tr("expected an array"));
                    break;
                }
                const QJsonArray entries = it.value().toArray();
                QList<CollectionItem> items;
                for (qsizetype i = 0; i < entries.size() && !root.failed(); ++i) {
                    JsonReader e = c.child(entries, it.key(), i);
                    CollectionItem item;
                    readValues(e, entries.at(i).toObject(), it.key(), item.values);
                    items.append(std::move(item));
                }
                request.collections.insert(it.key(), items);
            }
        }
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error, ErrorCode::InvalidArgument);
    }
    return request;
}

Result<Request> RequestJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return makeError(ErrorCode::InvalidArgument, tr("%1 is too large for a request (over 64 MB).").arg(path));
    }
    return read(file.readAll(), path);
}

} // namespace mla::core
