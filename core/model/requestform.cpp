#include "model/requestform.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mla::core {

namespace {

const QStringList kKindNames = {QStringLiteral("text"),    QStringLiteral("multiline"), QStringLiteral("date"),
                                QStringLiteral("email"),   QStringLiteral("phone"),     QStringLiteral("country"),
                                QStringLiteral("choice"),  QStringLiteral("flag")};

FieldDefinition readField(JsonReader &reader)
{
    reader.rejectUnknownKeys({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("kind"),
                              QStringLiteral("help"), QStringLiteral("options"), QStringLiteral("visibleWhen")});
    FieldDefinition field;
    field.key = reader.requiredString(QStringLiteral("key"));
    field.label = reader.requiredString(QStringLiteral("label"));
    field.kind = static_cast<FieldKind>(
        kKindNames.indexOf(reader.optionalEnum(QStringLiteral("kind"), kKindNames, QStringLiteral("text"))));
    field.help = reader.optionalString(QStringLiteral("help"));
    field.visibleWhen = reader.optionalString(QStringLiteral("visibleWhen"));
    const QJsonArray options = reader.optionalArray(QStringLiteral("options"));
    for (qsizetype i = 0; i < options.size(); ++i) {
        JsonReader option = reader.child(options, QStringLiteral("options"), i);
        option.rejectUnknownKeys({QStringLiteral("value"), QStringLiteral("label")});
        field.options.append({option.requiredString(QStringLiteral("value")),
                              option.requiredString(QStringLiteral("label"))});
    }
    if (field.kind == FieldKind::Choice && field.options.isEmpty()) {
        reader.fail(reader.pointer(QStringLiteral("options")),
                    QCoreApplication::translate("RequestForm", "a choice field needs options"));
    }
    return field;
}

FormStep readStep(JsonReader &reader, QStringList &seenKeys)
{
    reader.rejectUnknownKeys({QStringLiteral("$schema"), QStringLiteral("id"), QStringLiteral("title"),
                              QStringLiteral("help"), QStringLiteral("collection"), QStringLiteral("itemLabel"),
                              QStringLiteral("fields")});
    FormStep step;
    step.id = reader.requiredString(QStringLiteral("id"));
    step.title = reader.requiredString(QStringLiteral("title"));
    step.help = reader.optionalString(QStringLiteral("help"));
    step.collection = reader.optionalString(QStringLiteral("collection"));
    step.itemLabel = reader.optionalString(QStringLiteral("itemLabel"), step.title);
    const QJsonArray fields = reader.optionalArray(QStringLiteral("fields"));
    for (qsizetype j = 0; j < fields.size() && !reader.failed(); ++j) {
        JsonReader fieldReader = reader.child(fields, QStringLiteral("fields"), j);
        FieldDefinition field = readField(fieldReader);
        const QString qualified = step.collection + QLatin1Char('/') + field.key;
        if (seenKeys.contains(qualified)) {
            fieldReader.fail(fieldReader.pointer(QStringLiteral("key")),
                             QCoreApplication::translate("RequestForm", "duplicate field key '%1'").arg(field.key));
        }
        seenKeys << qualified;
        step.fields.append(std::move(field));
    }
    return step;
}

/// A step shared by several request types: templates/forms/steps/<name>.json holds one step object.
Result<FormStep> sharedStep(const QString &folder, const QString &name, QStringList &seenKeys)
{
    static const QRegularExpression kSafeName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!kSafeName.match(name).hasMatch()) {
        return makeError(ErrorCode::MalformedTemplate,
                         QCoreApplication::translate("RequestForm", "'%1' is not a shared step name").arg(name));
    }
    const QString path = QStringLiteral("%1/%2.json").arg(folder, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::MalformedTemplate,
                         QCoreApplication::translate("RequestForm", "no shared step '%1'").arg(name));
    }
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedTemplate, describeJsonParseError(path, json, parseError));
    }
    QString error;
    JsonReader reader(doc.object(), QString(), &error);
    if (!doc.isObject()) {
        reader.fail(QStringLiteral("/"), QCoreApplication::translate("RequestForm", "expected an object"));
    }
    FormStep step = readStep(reader, seenKeys);
    if (!error.isEmpty()) {
        return jsonReaderError(path, error);
    }
    return step;
}

} // namespace

QString FieldDefinition::optionLabel(const QString &value) const
{
    for (const ChoiceOption &option : options) {
        if (option.value == value) {
            return option.label;
        }
    }
    return value;
}

const FieldDefinition *FormStep::field(const QString &key) const
{
    for (const FieldDefinition &f : fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

Result<RequestForm> RequestForm::fromJson(const QByteArray &json, const QString &sourceName, const QString &stepsFolder)
{
    const Result<QJsonObject> object = parseJsonObject(json, sourceName);
    if (!object) {
        return object.error();
    }
    QString error;
    JsonReader root(*object, QString(), &error);
    root.rejectUnknownKeys({QStringLiteral("$schema"), QStringLiteral("formatVersion"), QStringLiteral("type"),
                            QStringLiteral("family"), QStringLiteral("title"), QStringLiteral("steps")});
    RequestForm form;
    if (root.optionalInt(QStringLiteral("formatVersion"), 1) != 1) {
        root.fail(root.pointer(QStringLiteral("formatVersion")),
                  QCoreApplication::translate("RequestForm", "unsupported format version (this app reads 1)"));
    }
    form.m_typeId = root.requiredString(QStringLiteral("type"));
    form.m_family = root.requiredString(QStringLiteral("family"));
    form.m_title = root.requiredString(QStringLiteral("title"));
    const QJsonArray steps = root.requiredArray(QStringLiteral("steps"));
    QStringList seenKeys;
    for (qsizetype i = 0; i < steps.size() && !root.failed(); ++i) {
        JsonReader stepReader = root.child(steps, QStringLiteral("steps"), i);
        if (stepReader.has(QStringLiteral("use"))) {
            // Steps shared by many request types live once under templates/forms/steps.
            stepReader.rejectUnknownKeys({QStringLiteral("use")});
            const QString name = stepReader.requiredString(QStringLiteral("use"));
            auto shared = sharedStep(stepsFolder, name, seenKeys);
            if (!shared) {
                stepReader.fail(stepReader.pointer(QStringLiteral("use")), shared.error().message);
                break;
            }
            form.m_steps.append(std::move(shared).value());
            continue;
        }
        form.m_steps.append(readStep(stepReader, seenKeys));
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error);
    }
    return form;
}

Result<RequestForm> RequestForm::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("RequestForm", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return fromJson(file.readAll(), path, QFileInfo(path).absolutePath() + QStringLiteral("/steps"));
}

Result<RequestForm> RequestForm::builtIn(const QString &typeId)
{
    // Built-in forms never change while the app runs; parsing once keeps opening requests cheap.
    static QMutex mutex;
    static QHash<QString, RequestForm> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(typeId); it != cache.constEnd()) {
        return *it;
    }
    static const QRegularExpression kTypeId(QStringLiteral("^[a-z]+\\.[A-Za-z]+$"));
    const QString path = QStringLiteral(":/templates/forms/%1.json").arg(typeId);
    QFile file(path);
    if (!kTypeId.match(typeId).hasMatch() || !file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("RequestForm", "No request type '%1' is built in.").arg(typeId));
    }
    auto form = fromJson(file.readAll(), path);
    if (form) {
        cache.insert(typeId, *form);
    }
    return form;
}

QStringList RequestForm::builtInTypeIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/templates/forms")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        ids << name.chopped(5);
    }
    // The general MLA request first (what most users want), then family by family in the order a
    // prosecutor meets them, by name within a family.
    static const QStringList kOrder = {QStringLiteral("mla.general"), QStringLiteral("mla."),
                                       QStringLiteral("extradition."), QStringLiteral("confiscation."),
                                       QStringLiteral("transfer.")};
    auto rank = [](const QString &id) {
        for (qsizetype i = 0; i < kOrder.size(); ++i) {
            if (id == kOrder.at(i) || (kOrder.at(i).endsWith(QLatin1Char('.')) && id.startsWith(kOrder.at(i)))) {
                return i;
            }
        }
        return kOrder.size();
    };
    std::sort(ids.begin(), ids.end(), [&rank](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return ids;
}

const FormStep *RequestForm::step(const QString &id) const
{
    for (const FormStep &s : m_steps) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const FormStep *RequestForm::stepForCollection(const QString &collection) const
{
    for (const FormStep &s : m_steps) {
        if (s.collection == collection) {
            return &s;
        }
    }
    return nullptr;
}

const FormStep *RequestForm::stepFor(const QString &collection, const QString &key) const
{
    if (!collection.isEmpty()) {
        return stepForCollection(collection);
    }
    for (const FormStep &s : m_steps) {
        if (!s.isCollection() && s.field(key)) {
            return &s;
        }
    }
    return nullptr;
}

const FieldDefinition *RequestForm::field(const QString &collection, const QString &key) const
{
    const FormStep *s = stepFor(collection, key);
    return s ? s->field(key) : nullptr;
}

RequestForm RequestForm::relabelled(const QString &title, const std::function<void(FormStep &)> &relabel) const
{
    RequestForm copy = *this;
    copy.m_title = title;
    for (FormStep &step : copy.m_steps) {
        relabel(step);
    }
    return copy;
}

} // namespace mla::core
