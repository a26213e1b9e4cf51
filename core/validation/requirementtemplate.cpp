#include "validation/requirementtemplate.h"

#include "legal/statepack.h"
#include "model/requestform.h"
#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequirementTemplate", text);
}

const QStringList kSeverities = {QStringLiteral("blocking"), QStringLiteral("warning")};
const QStringList kChecks = {QStringLiteral("required"), QStringLiteral("minItems"), QStringLiteral("minLength"),
                             QStringLiteral("pattern"),  QStringLiteral("date"),     QStringLiteral("notPast"),
                             QStringLiteral("anyOf"),    QStringLiteral("packListContains"),
                             QStringLiteral("packMatch"), QStringLiteral("packKnown"), QStringLiteral("isTrue")};
const QStringList kLayers = {QStringLiteral("instrument"), QStringLiteral("quality"), QStringLiteral("state"),
                             QStringLiteral("treaty")};

QStringList valuesOf(JsonReader &reader)
{
    if (reader.has(QStringLiteral("equals"))) {
        return {reader.requiredString(QStringLiteral("equals"))};
    }
    QStringList values = reader.optionalStringList(QStringLiteral("in"));
    if (values.isEmpty()) {
        reader.fail(reader.pointer(QStringLiteral("equals")), tr("needs 'equals' or a non-empty 'in'"));
    }
    return values;
}

Condition readCondition(JsonReader &reader, int depth)
{
    Condition c;
    if (depth > 16) {
        reader.fail(reader.pointer(QString()), tr("conditions are nested too deeply"));
        return c;
    }
    auto readChildren = [&](const QString &key) {
        const QJsonArray array = reader.requiredArray(key);
        if (array.isEmpty()) {
            reader.fail(reader.pointer(key), tr("needs at least one condition"));
        }
        for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
            JsonReader child = reader.child(array, key, i);
            c.children.append(readCondition(child, depth + 1));
        }
    };
    if (reader.has(QStringLiteral("all"))) {
        reader.rejectUnknownKeys({QStringLiteral("all")});
        c.kind = Condition::Kind::All;
        readChildren(QStringLiteral("all"));
    } else if (reader.has(QStringLiteral("any"))) {
        reader.rejectUnknownKeys({QStringLiteral("any")});
        c.kind = Condition::Kind::Any;
        readChildren(QStringLiteral("any"));
    } else if (reader.has(QStringLiteral("not"))) {
        reader.rejectUnknownKeys({QStringLiteral("not")});
        c.kind = Condition::Kind::Not;
        if (auto inner = reader.optionalObject(QStringLiteral("not"))) {
            JsonReader child = reader.childObject(*inner, QStringLiteral("not"));
            c.children.append(readCondition(child, depth + 1));
        }
    } else if (reader.has(QStringLiteral("collection"))) {
        reader.rejectUnknownKeys({QStringLiteral("collection"), QStringLiteral("every"), QStringLiteral("some")});
        c.collection = reader.requiredString(QStringLiteral("collection"));
        const bool every = reader.has(QStringLiteral("every"));
        c.kind = every ? Condition::Kind::EveryItem : Condition::Kind::SomeItem;
        const QString key = every ? QStringLiteral("every") : QStringLiteral("some");
        if (auto inner = reader.optionalObject(key)) {
            JsonReader child = reader.childObject(*inner, key);
            c.children.append(readCondition(child, depth + 1));
        } else {
            reader.fail(reader.pointer(key), tr("needs 'every' or 'some' with a condition on the entries"));
        }
    } else if (reader.has(QStringLiteral("requestType"))) {
        reader.rejectUnknownKeys({QStringLiteral("requestType")});
        c.kind = Condition::Kind::RequestType;
        c.values = reader.optionalStringList(QStringLiteral("requestType"));
        if (c.values.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("requestType")), tr("name at least one request type"));
        }
    } else if (reader.has(QStringLiteral("pack"))) {
        reader.rejectUnknownKeys({QStringLiteral("pack"), QStringLiteral("equals"), QStringLiteral("in"),
                                  QStringLiteral("contains"), QStringLiteral("known")});
        c.field = reader.requiredString(QStringLiteral("pack"));
        if (!c.field.isEmpty() && !StatePack::knownFactKeys().contains(c.field)) {
            reader.fail(reader.pointer(QStringLiteral("pack")), tr("'%1' is not a state pack fact").arg(c.field));
        }
        if (reader.has(QStringLiteral("known"))) {
            c.kind = Condition::Kind::PackKnown;
            c.values = {reader.optionalBool(QStringLiteral("known"), true) ? QStringLiteral("true")
                                                                            : QStringLiteral("false")};
        } else if (reader.has(QStringLiteral("contains"))) {
            c.kind = Condition::Kind::PackContains;
            c.values = {reader.requiredString(QStringLiteral("contains"))};
        } else {
            c.kind = Condition::Kind::PackEquals;
            c.values = valuesOf(reader);
        }
    } else if (reader.has(QStringLiteral("itemField"))) {
        reader.rejectUnknownKeys({QStringLiteral("itemField"), QStringLiteral("equals"), QStringLiteral("in")});
        c.kind = Condition::Kind::ItemEquals;
        c.field = reader.requiredString(QStringLiteral("itemField"));
        c.values = valuesOf(reader);
    } else if (reader.has(QStringLiteral("field"))) {
        reader.rejectUnknownKeys(
            {QStringLiteral("field"), QStringLiteral("equals"), QStringLiteral("in"), QStringLiteral("present")});
        c.field = reader.requiredString(QStringLiteral("field"));
        if (reader.has(QStringLiteral("present"))) {
            c.kind = Condition::Kind::FieldPresent;
            c.values = {reader.optionalBool(QStringLiteral("present"), true) ? QStringLiteral("true")
                                                                              : QStringLiteral("false")};
        } else {
            c.kind = Condition::Kind::FieldEquals;
            c.values = valuesOf(reader);
        }
    } else {
        reader.fail(reader.pointer(QString()).chopped(1),
                    tr("a condition needs one of: field, itemField, collection, pack, requestType, all, any, not"));
    }
    return c;
}

void collectPackFacts(const Condition &c, QStringList &out)
{
    if (c.kind == Condition::Kind::PackEquals || c.kind == Condition::Kind::PackContains ||
        c.kind == Condition::Kind::PackKnown) {
        out << c.field;
    }
    for (const Condition &child : c.children) {
        collectPackFacts(child, out);
    }
}

Rule readRule(JsonReader &reader, const QMap<QString, QString> &sources)
{
    reader.rejectUnknownKeys({QStringLiteral("id"), QStringLiteral("severity"), QStringLiteral("collection"),
                              QStringLiteral("field"), QStringLiteral("check"), QStringLiteral("min"),
                              QStringLiteral("pattern"), QStringLiteral("fields"), QStringLiteral("packFact"),
                              QStringLiteral("when"),
                              QStringLiteral("message"), QStringLiteral("action"), QStringLiteral("citation"),
                              QStringLiteral("source"), QStringLiteral("verified")});
    Rule rule;
    rule.id = reader.requiredString(QStringLiteral("id"));
    rule.severity = reader.requiredEnum(QStringLiteral("severity"), kSeverities) == QLatin1String("warning")
                        ? Severity::Warning
                        : Severity::Blocking;
    rule.collection = reader.optionalString(QStringLiteral("collection"));
    rule.field = reader.optionalString(QStringLiteral("field"));
    rule.check = static_cast<CheckKind>(
        std::max<qsizetype>(0, kChecks.indexOf(reader.requiredEnum(QStringLiteral("check"), kChecks))));
    rule.min = reader.optionalInt(QStringLiteral("min"), 0);
    rule.fields = reader.optionalStringList(QStringLiteral("fields"));
    rule.packFact = reader.optionalString(QStringLiteral("packFact"));
    rule.message = reader.requiredString(QStringLiteral("message"));
    rule.action = reader.requiredString(QStringLiteral("action"));
    rule.citation = reader.requiredString(QStringLiteral("citation"));
    rule.source = reader.optionalString(QStringLiteral("source"));
    rule.verified = reader.optionalBool(QStringLiteral("verified"), false);
    if (!rule.source.isEmpty() && !sources.contains(rule.source)) {
        reader.fail(reader.pointer(QStringLiteral("source")),
                    tr("source '%1' is not listed in the template's sources").arg(rule.source));
    }
    if (auto when = reader.optionalObject(QStringLiteral("when"))) {
        JsonReader child = reader.childObject(*when, QStringLiteral("when"));
        rule.when = readCondition(child, 0);
    }

    switch (rule.check) {
    case CheckKind::MinItems:
        if (rule.collection.isEmpty() || !rule.field.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("check")), tr("minItems needs 'collection' and no 'field'"));
        }
        if (rule.min < 1) {
            reader.fail(reader.pointer(QStringLiteral("min")), tr("minItems needs 'min' of 1 or more"));
        }
        break;
    case CheckKind::MinLength:
        if (rule.min < 1) {
            reader.fail(reader.pointer(QStringLiteral("min")), tr("minLength needs 'min' of 1 or more"));
        }
        [[fallthrough]];
    case CheckKind::Required:
    case CheckKind::Date:
    case CheckKind::NotPast:
    case CheckKind::IsTrue:
        if (rule.field.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("field")), tr("this check needs a 'field'"));
        }
        break;
    case CheckKind::Pattern: {
        if (rule.field.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("field")), tr("this check needs a 'field'"));
        }
        rule.pattern = QRegularExpression(reader.requiredString(QStringLiteral("pattern")));
        if (!rule.pattern.isValid()) {
            reader.fail(reader.pointer(QStringLiteral("pattern")),
                        tr("invalid regular expression: %1").arg(rule.pattern.errorString()));
        }
        break;
    }
    case CheckKind::PackKnown:
        if (rule.field.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("field")), tr("this check needs a 'field' (where to send the user)"));
        }
        [[fallthrough]];
    case CheckKind::PackListContains:
    case CheckKind::PackMatch:
        if (rule.packFact.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("packFact")), tr("this check needs a 'packFact'"));
        } else if (!StatePack::knownFactKeys().contains(rule.packFact.section(QLatin1Char('.'), 0, 0))) {
            reader.fail(reader.pointer(QStringLiteral("packFact")),
                        tr("'%1' is not a state pack fact").arg(rule.packFact));
        }
        if (rule.field.isEmpty() && rule.fields.isEmpty()) {
            reader.fail(reader.pointer(QStringLiteral("field")), tr("this check needs a 'field'"));
        }
        if (rule.field.isEmpty()) {
            rule.field = rule.fields.value(0);
        }
        if (rule.fields.isEmpty()) {
            rule.fields = {rule.field};
        }
        break;
    case CheckKind::AnyOf:
        if (rule.fields.size() < 2) {
            reader.fail(reader.pointer(QStringLiteral("fields")), tr("anyOf needs at least two 'fields'"));
        }
        if (rule.field.isEmpty()) {
            rule.field = rule.fields.value(0); // where the editor puts the cursor
        }
        break;
    }
    collectPackFacts(rule.when, rule.packFactsUsed);
    if (!rule.packFact.isEmpty()) {
        rule.packFactsUsed << rule.packFact.section(QLatin1Char('.'), 0, 0);
    }
    rule.packFactsUsed.removeDuplicates();
    return rule;
}

} // namespace

Result<RequirementTemplate> RequirementTemplate::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> object = parseJsonObject(json, sourceName);
    if (!object) {
        return object.error();
    }
    QString error;
    JsonReader root(*object, QString(), &error);
    root.rejectUnknownKeys({QStringLiteral("$schema"), QStringLiteral("formatVersion"), QStringLiteral("id"),
                            QStringLiteral("title"), QStringLiteral("layer"), QStringLiteral("appliesTo"),
                            QStringLiteral("sources"), QStringLiteral("rules")});
    RequirementTemplate t;
    t.m_sourceName = sourceName;
    if (root.optionalInt(QStringLiteral("formatVersion"), 0) != 1) {
        root.fail(root.pointer(QStringLiteral("formatVersion")), tr("must be 1 (the format this app reads)"));
    }
    t.m_id = root.requiredString(QStringLiteral("id"));
    t.m_title = root.requiredString(QStringLiteral("title"));
    t.m_layer = root.requiredEnum(QStringLiteral("layer"), kLayers);
    t.m_appliesTo = root.optionalStringList(QStringLiteral("appliesTo"));
    if (t.m_appliesTo.isEmpty()) {
        root.fail(root.pointer(QStringLiteral("appliesTo")), tr("name at least one request type"));
    }
    if (auto sources = root.optionalObject(QStringLiteral("sources"))) {
        for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
            if (!it.value().isString()) {
                root.fail(root.pointer(QStringLiteral("sources")) + QLatin1Char('/') + it.key(), tr("expected a string"));
            }
            t.m_sources.insert(it.key(), it.value().toString());
        }
    }
    const QJsonArray rules = root.requiredArray(QStringLiteral("rules"));
    QStringList ids;
    for (qsizetype i = 0; i < rules.size() && !root.failed(); ++i) {
        JsonReader ruleReader = root.child(rules, QStringLiteral("rules"), i);
        Rule rule = readRule(ruleReader, t.m_sources);
        if (ids.contains(rule.id)) {
            ruleReader.fail(ruleReader.pointer(QStringLiteral("id")), tr("duplicate rule id '%1'").arg(rule.id));
        }
        ids << rule.id;
        t.m_rules.append(std::move(rule));
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error);
    }
    return t;
}

Result<RequirementTemplate> RequirementTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    constexpr qint64 kMaxTemplateSize = 8 * 1024 * 1024;
    if (file.size() > kMaxTemplateSize) {
        return makeError(ErrorCode::MalformedTemplate, tr("%1 is too large to be a template.").arg(path));
    }
    return fromJson(file.readAll(), path);
}

Result<TemplateLibrary> TemplateLibrary::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return makeError(ErrorCode::NotFound, tr("The template folder %1 does not exist.").arg(folder));
    }
    TemplateLibrary library;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto loaded = RequirementTemplate::fromFile(dir.filePath(name));
        if (!loaded) {
            return loaded.error();
        }
        for (const RequirementTemplate &existing : std::as_const(library.m_templates)) {
            if (existing.id() == loaded->id()) {
                return makeError(ErrorCode::MalformedTemplate,
                                 tr("%1: template id '%2' is already used by %3")
                                     .arg(loaded->sourceName(), loaded->id(), existing.sourceName()));
            }
        }
        library.m_templates.append(std::move(loaded).value());
    }
    return library;
}

Result<TemplateLibrary> TemplateLibrary::builtIn()
{
    return fromFolder(QStringLiteral(":/templates/requirements"));
}

QList<RequirementTemplate> TemplateLibrary::forType(const QString &typeId) const
{
    QList<RequirementTemplate> out;
    for (const QString &layer : kLayers) {
        for (const RequirementTemplate &t : m_templates) {
            if (t.layer() == layer && t.appliesToType(typeId)) {
                out.append(t);
            }
        }
    }
    return out;
}

Result<void> TemplateLibrary::checkAgainstForms(const FormLookup &formFor) const
{
    // A rule whose condition limits it to some request types need only name fields of those types.
    auto limitedTo = [](const Rule &rule) {
        QStringList types;
        const auto collect = [&types](const Condition &c) {
            if (c.kind == Condition::Kind::RequestType) {
                types << c.values;
            }
        };
        collect(rule.when);
        if (rule.when.kind == Condition::Kind::All) {
            for (const Condition &child : rule.when.children) {
                collect(child);
            }
        }
        return types;
    };
    for (const RequirementTemplate &t : m_templates) {
        for (const QString &typeId : t.appliesTo()) {
            auto form = formFor ? formFor(typeId) : RequestForm::builtIn(typeId);
            if (!form) {
                return makeError(ErrorCode::MalformedTemplate,
                                 tr("%1: applies to unknown request type '%2'").arg(t.sourceName(), typeId));
            }
            for (qsizetype i = 0; i < t.rules().size(); ++i) {
                const Rule &rule = t.rules().at(i);
                if (const QStringList only = limitedTo(rule); !only.isEmpty() && !only.contains(typeId)) {
                    continue;
                }
                QStringList keys = rule.fields;
                if (!rule.field.isEmpty()) {
                    keys << rule.field;
                }
                if (!rule.collection.isEmpty() && !form->stepForCollection(rule.collection)) {
                    return makeError(ErrorCode::MalformedTemplate,
                                     describeJsonSchemaError(t.sourceName(),
                                                             QStringLiteral("/rules/%1/collection").arg(i),
                                                             tr("request type '%1' has no collection '%2'")
                                                                 .arg(typeId, rule.collection)));
                }
                for (const QString &key : std::as_const(keys)) {
                    if (!form->field(rule.collection, key)) {
                        return makeError(ErrorCode::MalformedTemplate,
                                         describeJsonSchemaError(t.sourceName(), QStringLiteral("/rules/%1/field").arg(i),
                                                                 tr("request type '%1' has no field '%2'")
                                                                     .arg(typeId, key)));
                    }
                }
            }
        }
    }
    return {};
}

} // namespace mla::core
