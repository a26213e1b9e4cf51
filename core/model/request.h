#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace mla::core {

/// One entry of a repeating group of a request (a person, an offence, a measure, an annex).
/// The id is stable for the entry's lifetime, so findings and undo commands can point at it.
struct CollectionItem
{
    qint64 id = 0;
    QMap<QString, QString> values;

    QString value(const QString &key) const { return values.value(key); }
};

/// Where a value lives inside a request: a scalar field ("facts.summary") or a field of one
/// entry of a collection ("measures", item 12, "nexus").
struct FieldRef
{
    QString collection; ///< empty for a scalar field
    qint64 itemId = 0;  ///< 0 for a scalar field, or for the collection as a whole
    QString key;        ///< field key; empty when the whole collection is meant

    bool isScalar() const { return collection.isEmpty(); }
    /// "facts.summary", "measures[12].nexus" or "measures[]"
    QString toString() const;
    friend bool operator==(const FieldRef &, const FieldRef &) = default;
};

/// A request held in memory: its scalar values and its collections, keyed as the request type's
/// form defines them. Values are stored as text exactly as the user typed them; typed readings
/// (dates, booleans) are done by the code that needs them.
struct Request
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString typeId; ///< e.g. "mla.general"
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    QMap<QString, QString> values;
    QMap<QString, QList<CollectionItem>> collections;

    QString value(const QString &key) const { return values.value(key); }
    bool flag(const QString &key) const { return values.value(key) == QLatin1String("true"); }
    QList<CollectionItem> items(const QString &collection) const { return collections.value(collection); }
    const CollectionItem *item(const QString &collection, qint64 itemId) const;
    /// The value a FieldRef points at; empty when it does not exist.
    QString valueAt(const FieldRef &ref) const;
};

/// A case groups the requests of one domestic proceeding.
struct CaseInfo
{
    qint64 id = 0;
    QString reference;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// What the case list shows of a request without loading all of it.
struct RequestSummary
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString typeId;
    QString title;
    QString requestedState;
    QDateTime updatedAt;
};

} // namespace mla::core
