#include "util/translationfile.h"

#include <QCoreApplication>

namespace mla::core {

QString translationReviewMark(JsonReader &root)
{
    const QString review = root.optionalString(QStringLiteral("review")).trimmed();
    return review.compare(QLatin1String("reviewed"), Qt::CaseInsensitive) == 0 ? QString() : review;
}

void checkTranslationFormatVersion(JsonReader &root)
{
    if (root.optionalInt(QStringLiteral("formatVersion"), 1) != 1) {
        root.fail(root.pointer(QStringLiteral("formatVersion")),
                  QCoreApplication::translate("TranslationFile", "unsupported format version (this app reads 1)"));
    }
}

void readTranslationMap(JsonReader &root, const QJsonObject &map, const QString &pointer, QHash<QString, QString> &out)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            root.fail(pointer + QLatin1Char('/') + it.key(),
                      QCoreApplication::translate("TranslationFile", "expected a translation (a non-empty string)"));
            return;
        }
        out.insert(it.key(), it.value().toString());
    }
}

} // namespace mla::core
