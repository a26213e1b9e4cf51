#pragma once

#include "model/requestform.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace mla::core {



enum class Severity { Blocking, Warning };

/// A condition under which a rule applies, read from a template's "when" member.
struct Condition
{
    enum class Kind {
        Always,
        FieldEquals,  ///< scalar field equals one of values
        FieldPresent, ///< scalar field is (or with negate: is not) filled in
        ItemEquals,   ///< (collection rules) the current entry's field equals one of values
        EveryItem,    ///< collection is non-empty and every entry satisfies children[0]
        SomeItem,     ///< some entry of collection satisfies children[0]
        All,
        Any,
        Not,
        PackEquals,   ///< the requested state's pack fact equals one of values
        PackContains, ///< the pack's list fact contains values[0]
        PackKnown,    ///< the pack has (or with values ["false"]: lacks) the fact
        RequestType,  ///< the request's type is one of values
    };
    Kind kind = Kind::Always;
    QString field;
    QString collection;
    QStringList values;
    QList<Condition> children;
};

/// What a rule checks about the field (or collection) it concerns.
enum class CheckKind {
    Required,   ///< the field is filled in (not only blanks)
    MinItems,   ///< the collection has at least `min` entries
    MinLength,  ///< the text has at least `min` characters (a one-word nexus explains nothing)
    Pattern,    ///< the text, when filled in, matches `pattern`
    Date,       ///< the text, when filled in, is a valid yyyy-MM-dd date
    NotPast,    ///< the date, when filled in, is today or later
    AnyOf,      ///< at least one of `fields` is filled in
    PackListContains, ///< the value of `field` (or one of `fields`) is in the pack's list fact `packFact`
    PackMatch,        ///< `field` names the same thing as the pack fact `packFact` (e.g. the central authority)
    PackKnown,        ///< the requested state's pack knows `packFact` (else the drafter must find out)
    IsTrue,           ///< the flag `field` is set
};

/// One requirement: what must be in the request, why (the citation) and what to do about it.
struct Rule
{
    QString id;
    Severity severity = Severity::Blocking;
    QString collection; ///< set for rules about a repeating group or each of its entries
    QString field;      ///< field key; empty for rules about a collection as a whole
    CheckKind check = CheckKind::Required;
    int min = 0;
    QRegularExpression pattern;
    QStringList fields; ///< for AnyOf and PackListContains
    QString packFact;   ///< for the Pack checks: fact key, optionally ".member" of an object fact
    QStringList packFactsUsed; ///< every pack fact the rule reads (condition and check)
    Condition when;
    QString message;
    QString action;
    QString citation;
    QString source;
    bool verified = false;
};

/// A requirement template: a named, versioned set of rules from one layer of law (an instrument,
/// a state, a treaty), loaded from JSON. See docs/requirement-templates.md for the format.
class RequirementTemplate
{
public:
    static Result<RequirementTemplate> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<RequirementTemplate> fromFile(const QString &path);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    const QString &layer() const { return m_layer; }
    const QString &sourceName() const { return m_sourceName; }
    const QStringList &appliesTo() const { return m_appliesTo; }
    const QMap<QString, QString> &sources() const { return m_sources; }
    const QList<Rule> &rules() const { return m_rules; }
    bool appliesToType(const QString &typeId) const { return m_appliesTo.contains(typeId); }

private:
    QString m_id;
    QString m_title;
    QString m_layer;
    QString m_sourceName;
    QStringList m_appliesTo;
    QMap<QString, QString> m_sources;
    QList<Rule> m_rules;
};

/// The templates the app knows: the built-in ones and those of an optional user folder.
class TemplateLibrary
{
public:
    /// The templates compiled into the app (resource :/templates/requirements).
    static Result<TemplateLibrary> builtIn();
    /// Every *.json template in @p folder; the first malformed one fails the whole load.
    static Result<TemplateLibrary> fromFolder(const QString &folder);

    const QList<RequirementTemplate> &templates() const { return m_templates; }
    /// The templates that apply to a request type, in layer order (instrument first).
    QList<RequirementTemplate> forType(const QString &typeId) const;
    /// Checks that every rule names fields its request types' forms define (the built-in forms, or
    /// those @p formFor returns).
    using FormLookup = std::function<Result<RequestForm>(const QString &typeId)>;
    Result<void> checkAgainstForms(const FormLookup &formFor = {}) const;

private:
    QList<RequirementTemplate> m_templates;
};

} // namespace mla::core
