#include "validation/ruletexts.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"
#include "util/translationfile.h"
#include "validation/requirementtemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RuleTexts", text);
}

/// The English messages and actions of every rule of @p templates.
QSet<QString> englishTexts(const QList<RequirementTemplate> &templates)
{
    QSet<QString> texts;
    for (const RequirementTemplate &requirementTemplate : templates) {
        for (const Rule &rule : requirementTemplate.rules()) {
            for (const QString &text : {rule.message, rule.action}) {
                if (!text.isEmpty()) {
                    texts.insert(text);
                }
            }
        }
    }
    return texts;
}

} // namespace

Result<RuleTexts> RuleTexts::forLanguage(const QString &language)
{
    if (language == QLatin1String("en")) {
        return RuleTexts();
    }
    if (!QRegularExpression(QStringLiteral("^[a-z]{2,3}$")).match(language).hasMatch()) {
        return makeError(ErrorCode::NotFound, tr("'%1' is no language code.").arg(language));
    }
    const QString path = QStringLiteral(":/templates/requirements/i18n/%1.json").arg(language);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path);
}

Result<RuleTexts> RuleTexts::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> object = parseJsonObject(json, sourceName);
    if (!object) {
        return object.error();
    }
    QString error;
    JsonReader root(*object, QString(), &error);
    root.rejectUnknownKeys({QStringLiteral("$comment"), QStringLiteral("formatVersion"), QStringLiteral("language"),
                            QStringLiteral("review"), QStringLiteral("texts")});
    checkTranslationFormatVersion(root);
    RuleTexts texts;
    texts.m_language = root.requiredString(QStringLiteral("language"));
    texts.m_review = translationReviewMark(root);
    if (const auto map = root.optionalObject(QStringLiteral("texts"))) {
        readTranslationMap(root, *map, root.pointer(QStringLiteral("texts")), texts.m_texts);
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error);
    }
    return texts;
}

QString RuleTexts::text(const QString &english) const
{
    return m_texts.value(english, english);
}

QStringList RuleTexts::missing(const QList<RequirementTemplate> &templates) const
{
    QStringList missing;
    if (m_language == QLatin1String("en")) {
        return missing;
    }
    for (const QString &english : englishTexts(templates)) {
        if (!m_texts.contains(english)) {
            missing << english;
        }
    }
    missing.sort();
    return missing;
}

QStringList RuleTexts::unused(const QList<RequirementTemplate> &templates) const
{
    const QSet<QString> used = englishTexts(templates);
    QStringList unused;
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it) {
        if (!used.contains(it.key())) {
            unused << it.key();
        }
    }
    unused.sort();
    return unused;
}

} // namespace mla::core
