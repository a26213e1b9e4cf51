#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace mla::core {

/// Reads typed members from a JSON object while remembering where it is (a JSON pointer), so the
/// first structural error can be reported as "at /rules/3/severity: expected a string".
/// Loaders check failed() once after reading instead of testing every member.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString pointer, QString *firstError)
        : m_object(std::move(object)), m_pointer(std::move(pointer)), m_error(firstError)
    {
    }

    QString requiredString(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    int optionalInt(const QString &key, int fallback);
    bool optionalBool(const QString &key, bool fallback);
    QStringList optionalStringList(const QString &key);
    /// One of @p allowed; reports the allowed values otherwise.
    QString requiredEnum(const QString &key, const QStringList &allowed);
    QString optionalEnum(const QString &key, const QStringList &allowed, const QString &fallback);
    QJsonArray requiredArray(const QString &key);
    QJsonArray optionalArray(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);
    bool has(const QString &key) const { return m_object.contains(key); }
    /// Reports members this reader does not know, which catches misspelled keys in templates.
    void rejectUnknownKeys(const QStringList &known);

    QString pointer(const QString &key) const { return m_pointer + QLatin1Char('/') + key; }
    void fail(const QString &pointer, const QString &reason);
    bool failed() const { return m_error && !m_error->isEmpty(); }

    /// A reader for the object at array index @p index of member @p key; reports a non-object.
    JsonReader child(const QJsonArray &array, const QString &key, qsizetype index);
    JsonReader childObject(const QJsonObject &object, const QString &key);

private:
    QJsonObject m_object;
    QString m_pointer;
    QString *m_error;
};

} // namespace mla::core
