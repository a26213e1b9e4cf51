#include "benchrequests.h"

#include "demo/democase.h"

namespace mla::bench {

using namespace mla::core;

Request grownRequest(int persons, int measures, int offences, int factParagraphs)
{
    Request r = DemoCase::generalMlaRequest(QDate(2024, 3, 5));
    auto grow = [&r](const QString &collection, int count, qint64 firstId, const QString &numberedKey) {
        const CollectionItem model = r.items(collection).first();
        QList<CollectionItem> items;
        for (int i = 0; i < count; ++i) {
            CollectionItem item = model;
            item.id = firstId + i;
            if (!numberedKey.isEmpty()) {
                item.values.insert(numberedKey, QStringLiteral("%1 %2").arg(model.value(numberedKey)).arg(i + 1));
            }
            items << item;
        }
        r.collections.insert(collection, items);
    };
    grow(QStringLiteral("persons"), persons, 1000, QStringLiteral("familyName"));
    grow(QStringLiteral("measures"), measures, 2000, QString());
    grow(QStringLiteral("offences"), offences, 3000, QString());
    QString facts;
    for (int i = 0; i < factParagraphs; ++i) {
        facts += r.value(QStringLiteral("facts.summary")) + QStringLiteral("\n\n");
    }
    r.values.insert(QStringLiteral("facts.summary"), facts);
    return r;
}

Request thirtyPageRequest()
{
    return grownRequest(12, 10, 6, 105);
}

Request tableHeavyRequest()
{
    return grownRequest(50, 30, 20, 12);
}

} // namespace mla::bench
