#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mla::core {

/// How a field is edited and read.
enum class FieldKind {
    Text,      ///< one line of text
    Multiline, ///< paragraphs of text
    Date,      ///< ISO 8601 date (yyyy-MM-dd)
    Email,
    Phone,
    Country,   ///< ISO 3166-1 alpha-2 code
    Choice,    ///< one of a fixed list of options
    Flag,      ///< "true" or "false"
};

struct ChoiceOption
{
    QString value;
    QString label;
};

struct FieldDefinition
{
    QString key;
    QString label;
    FieldKind kind = FieldKind::Text;
    QString help;
    QList<ChoiceOption> options; ///< for FieldKind::Choice
    QString visibleWhen;         ///< key of a Flag field that must be true for this field to matter

    QString optionLabel(const QString &value) const;
};

/// One step of the editor: a group of scalar fields, or a repeating collection of entries.
struct FormStep
{
    QString id;
    QString title;
    QString help;
    QString collection; ///< non-empty for a repeating group (persons, offences, measures, annexes)
    QString itemLabel;  ///< "Person", "Measure" ...
    QList<FieldDefinition> fields;

    bool isCollection() const { return !collection.isEmpty(); }
    const FieldDefinition *field(const QString &key) const;
};

/// The fields and editor steps of one request type, loaded from a form file under templates/forms.
class RequestForm
{
public:
    /// @p stepsFolder holds the shared steps that "use" entries name (the built-in ones by default).
    static Result<RequestForm> fromJson(const QByteArray &json, const QString &sourceName,
                                        const QString &stepsFolder = builtInStepsFolder());
    static Result<RequestForm> fromFile(const QString &path);
    static QString builtInStepsFolder() { return QStringLiteral(":/templates/forms/steps"); }
    /// The form of a request type built into the app (resource :/templates/forms/<typeId>.json).
    static Result<RequestForm> builtIn(const QString &typeId);
    static QStringList builtInTypeIds();

    const QString &typeId() const { return m_typeId; }
    const QString &family() const { return m_family; }
    const QString &title() const { return m_title; }
    const QList<FormStep> &steps() const { return m_steps; }
    const FormStep *step(const QString &id) const;
    const FormStep *stepForCollection(const QString &collection) const;
    /// The step that holds a scalar key, or the collection's step.
    const FormStep *stepFor(const QString &collection, const QString &key) const;
    const FieldDefinition *field(const QString &collection, const QString &key) const;

    /// A copy titled @p title whose steps have been passed through @p relabel, for showing the
    /// form in another language. @p relabel gets each step as loaded and may change only words
    /// (titles, labels, help); keys, kinds, options' values and the order must stay as they are,
    /// because requests, findings and templates refer to them.
    RequestForm relabelled(const QString &title, const std::function<void(FormStep &)> &relabel) const;

private:
    QString m_typeId;
    QString m_family;
    QString m_title;
    QList<FormStep> m_steps;
};

} // namespace mla::core
