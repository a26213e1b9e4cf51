#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::core {

class RequirementTemplate;

/// The messages and actions of the requirement rules in an interface language, read from
/// templates/requirements/i18n/<language>.json and keyed by their English text (the templates
/// are written in English). A rule reworded in English loses its translation, which the coverage
/// test reports, rather than keeping a stale one. Citations, rule ids and sources are not
/// translated: they name legal texts.
class RuleTexts
{
public:
    /// English: every text as the templates have it.
    RuleTexts() = default;

    /// The built-in translations (resource :/templates/requirements/i18n/<language>.json); "en"
    /// needs no file. Fails when the language has no file or the file is broken.
    static Result<RuleTexts> forLanguage(const QString &language);
    static Result<RuleTexts> fromJson(const QByteArray &json, const QString &sourceName);

    const QString &language() const { return m_language; }
    /// "Translation to be reviewed by a qualified translator" until reviewed; empty for English.
    const QString &review() const { return m_review; }

    /// @p english (a rule's message or action) in this language, or @p english itself.
    QString text(const QString &english) const;

    /// Every message and action of @p templates without a translation; empty for English.
    QStringList missing(const QList<RequirementTemplate> &templates) const;
    /// Entries of the file no rule of @p templates uses (stale or misspelt keys).
    QStringList unused(const QList<RequirementTemplate> &templates) const;

private:
    QString m_language = QStringLiteral("en");
    QString m_review;
    QHash<QString, QString> m_texts;
};

} // namespace mla::core
