#include "model/request.h"

namespace mla::core {

QString FieldRef::toString() const
{
    if (isScalar()) {
        return key;
    }
    const QString index = itemId > 0 ? QString::number(itemId) : QString();
    return key.isEmpty() ? QStringLiteral("%1[%2]").arg(collection, index)
                         : QStringLiteral("%1[%2].%3").arg(collection, index, key);
}

const CollectionItem *Request::item(const QString &collection, qint64 itemId) const
{
    const auto it = collections.constFind(collection);
    if (it == collections.constEnd()) {
        return nullptr;
    }
    for (const CollectionItem &entry : *it) {
        if (entry.id == itemId) {
            return &entry;
        }
    }
    return nullptr;
}

QString Request::valueAt(const FieldRef &ref) const
{
    if (ref.isScalar()) {
        return value(ref.key);
    }
    const CollectionItem *entry = item(ref.collection, ref.itemId);
    return entry ? entry->value(ref.key) : QString();
}

} // namespace mla::core
