#pragma once

#include "util/jsonreader.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mla::core {

// The pieces every translation file of the templates shares (letter phrases, form labels, rule
// texts): a format version, the language, a review mark, and maps of English text to translation.

/// The file's review mark: empty when it says "reviewed" or nothing, otherwise its words
/// ("Translation to be reviewed by a qualified translator").
QString translationReviewMark(JsonReader &root);

/// Fails @p root unless formatVersion is absent or 1.
void checkTranslationFormatVersion(JsonReader &root);

/// Reads @p map (at @p pointer), an object of English text -> translation, into @p out; fails
/// @p root at the first value that is not a non-empty string.
void readTranslationMap(JsonReader &root, const QJsonObject &map, const QString &pointer,
                        QHash<QString, QString> &out);

} // namespace mla::core
