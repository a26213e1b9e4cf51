#include "util/jsonreader.h"

#include <QCoreApplication>

namespace mla::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonReader", text);
}
} // namespace

void JsonReader::fail(const QString &pointer, const QString &reason)
{
    if (m_error && m_error->isEmpty()) {
        *m_error = pointer + QStringLiteral(": ") + reason;
    }
}

QString JsonReader::requiredString(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(pointer(key), tr("required member is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(pointer(key), tr("expected a string"));
        return {};
    }
    if (v.toString().trimmed().isEmpty()) {
        fail(pointer(key), tr("must not be empty"));
    }
    return v.toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isString()) {
        fail(pointer(key), tr("expected a string"));
        return fallback;
    }
    return v.toString();
}

int JsonReader::optionalInt(const QString &key, int fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt())) {
        fail(pointer(key), tr("expected a whole number"));
        return fallback;
    }
    return v.toInt();
}

bool JsonReader::optionalBool(const QString &key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isBool()) {
        fail(pointer(key), tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::optionalStringList(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        return {};
    }
    if (!v.isArray()) {
        fail(pointer(key), tr("expected an array of strings"));
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(pointer(key) + QLatin1Char('/') + QString::number(i), tr("expected a string"));
            return {};
        }
        out << array.at(i).toString();
    }
    return out;
}

QString JsonReader::requiredEnum(const QString &key, const QStringList &allowed)
{
    const QString value = requiredString(key);
    if (!value.isEmpty() && !allowed.contains(value)) {
        fail(pointer(key), tr("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QString JsonReader::optionalEnum(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString value = optionalString(key, fallback);
    if (!allowed.contains(value)) {
        fail(pointer(key), tr("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

QJsonArray JsonReader::requiredArray(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        fail(pointer(key), v.isUndefined() ? tr("required member is missing") : tr("expected an array"));
        return {};
    }
    return v.toArray();
}

QJsonArray JsonReader::optionalArray(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        return {};
    }
    if (!v.isArray()) {
        fail(pointer(key), tr("expected an array"));
        return {};
    }
    return v.toArray();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        return std::nullopt;
    }
    if (!v.isObject()) {
        fail(pointer(key), tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

void JsonReader::rejectUnknownKeys(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(pointer(it.key()), tr("unknown member (allowed: %1)").arg(known.join(QStringLiteral(", "))));
            return;
        }
    }
}

JsonReader JsonReader::child(const QJsonArray &array, const QString &key, qsizetype index)
{
    const QString where = pointer(key) + QLatin1Char('/') + QString::number(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(where, tr("expected an object"));
    }
    return JsonReader(v.toObject(), where, m_error);
}

JsonReader JsonReader::childObject(const QJsonObject &object, const QString &key)
{
    return JsonReader(object, pointer(key), m_error);
}

} // namespace mla::core
