#include "legal/statepack.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mla::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StatePack", text);
}

enum class FactShape { Text, List, Object, ObjectList, Boolean, Enum };

struct FactSpec
{
    QString key;
    FactShape shape;
    QStringList allowed; ///< for Enum, and for the items of List where non-empty
};

const QList<FactSpec> &factSpecs()
{
    static const QList<FactSpec> specs = {
        {QStringLiteral("mlaCentralAuthority"), FactShape::Object, {}},
        {QStringLiteral("extraditionAuthority"), FactShape::Object, {}},
        {QStringLiteral("conventionCentralAuthority"), FactShape::Text, {}},
        {QStringLiteral("languages"), FactShape::List, {}},
        {QStringLiteral("translationCertification"), FactShape::Enum,
         {QStringLiteral("none"), QStringLiteral("certified"), QStringLiteral("sworn")}},
        {QStringLiteral("channels"), FactShape::List,
         {QStringLiteral("centralAuthority"), QStringLiteral("diplomatic"), QStringLiteral("interpol"),
          QStringLiteral("directJudicial")}},
        {QStringLiteral("dualCriminality"), FactShape::Enum,
         {QStringLiteral("none"), QStringLiteral("coerciveOnly"), QStringLiteral("all")}},
        {QStringLiteral("evidentiaryThresholds"), FactShape::ObjectList, {}},
        {QStringLiteral("extraditionEvidence"), FactShape::Enum,
         {QStringLiteral("none"), QStringLiteral("recordOfCase"), QStringLiteral("reasonableGrounds"),
          QStringLiteral("probableCause"), QStringLiteral("primaFacie")}},
        {QStringLiteral("extraditionTreatyRequired"), FactShape::Boolean, {}},
        {QStringLiteral("conventionAsExtraditionBasis"), FactShape::Boolean, {}},
        {QStringLiteral("extraditesNationals"), FactShape::Boolean, {}},
        {QStringLiteral("assurancesRequired"), FactShape::List,
         {QStringLiteral("deathPenalty"), QStringLiteral("fairTrial"), QStringLiteral("lifeImprisonment"),
          QStringLiteral("noTorture")}},
        {QStringLiteral("legalisation"), FactShape::Enum,
         {QStringLiteral("none"), QStringLiteral("apostille"), QStringLiteral("consular")}},
        {QStringLiteral("formalRequirements"), FactShape::List, {}},
        {QStringLiteral("specialRules"), FactShape::List, {}},
        {QStringLiteral("confiscationNotes"), FactShape::List, {}},
        {QStringLiteral("processingAdvice"), FactShape::List, {}},
    };
    return specs;
}

const FactSpec *specFor(const QString &key)
{
    for (const FactSpec &spec : factSpecs()) {
        if (spec.key == key) {
            return &spec;
        }
    }
    return nullptr;
}

bool valueFits(const FactSpec &spec, const QJsonValue &value, QString &why)
{
    switch (spec.shape) {
    case FactShape::Text:
        why = tr("expected a string");
        return value.isString();
    case FactShape::Boolean:
        why = tr("expected true or false");
        return value.isBool();
    case FactShape::Enum:
        why = tr("expected one of: %1").arg(spec.allowed.join(QStringLiteral(", ")));
        return value.isString() && spec.allowed.contains(value.toString());
    case FactShape::Object:
        why = tr("expected an object with a \"name\"");
        return value.isObject() && value.toObject().value(QStringLiteral("name")).isString();
    case FactShape::List:
    case FactShape::ObjectList: {
        if (!value.isArray()) {
            why = tr("expected an array");
            return false;
        }
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (spec.shape == FactShape::ObjectList ? !item.isObject() : !item.isString()) {
                why = spec.shape == FactShape::ObjectList ? tr("expected an array of objects")
                                                          : tr("expected an array of strings");
                return false;
            }
            if (!spec.allowed.isEmpty() && !spec.allowed.contains(item.toString())) {
                why = tr("'%1' is not one of: %2").arg(item.toString(), spec.allowed.join(QStringLiteral(", ")));
                return false;
            }
        }
        return true;
    }
    }
    return false;
}

} // namespace

QString PackFact::text() const
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isObject()) {
        return member(QStringLiteral("name"));
    }
    return list().join(QStringLiteral(", "));
}

QStringList PackFact::list() const
{
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            out << (item.isObject() ? item.toObject().value(QStringLiteral("standard")).toString() : item.toString());
        }
    } else if (value.isString()) {
        out << value.toString();
    }
    return out;
}

QString PackFact::member(const QString &name) const
{
    return value.toObject().value(name).toString();
}

const QStringList &StatePack::knownFactKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const auto &spec : factSpecs()) {
            k << spec.key;
        }
        return k;
    }();
    return keys;
}

const PackFact *StatePack::fact(const QString &key) const
{
    const auto it = m_facts.constFind(key);
    return it == m_facts.constEnd() ? nullptr : &*it;
}

void StatePack::setIdentity(const QString &state, const QString &name)
{
    m_state = state;
    m_name = name;
}

Result<StatePack> StatePack::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedTemplate, describeJsonParseError(sourceName, json, parseError));
    }
    QString error;
    JsonReader root(doc.object(), QString(), &error);
    if (!doc.isObject()) {
        root.fail(QStringLiteral("/"), tr("expected an object"));
    }
    root.rejectUnknownKeys({QStringLiteral("$schema"), QStringLiteral("formatVersion"), QStringLiteral("state"),
                            QStringLiteral("name"), QStringLiteral("jurisdiction"), QStringLiteral("confidence"),
                            QStringLiteral("asOf"), QStringLiteral("sources"), QStringLiteral("facts")});
    StatePack pack;
    pack.m_sourceName = sourceName;
    if (root.optionalInt(QStringLiteral("formatVersion"), 0) != 1) {
        root.fail(root.pointer(QStringLiteral("formatVersion")), tr("must be 1 (the format this app reads)"));
    }
    pack.m_state = root.requiredString(QStringLiteral("state"));
    static const QRegularExpression kIso(QStringLiteral("^([A-Z]{2}|\\*)$"));
    if (!pack.m_state.isEmpty() && !kIso.match(pack.m_state).hasMatch()) {
        root.fail(root.pointer(QStringLiteral("state")), tr("expected an ISO 3166-1 alpha-2 code or \"*\""));
    }
    pack.m_name = root.requiredString(QStringLiteral("name"));
    pack.m_jurisdiction = root.optionalBool(QStringLiteral("jurisdiction"), false);
    pack.m_confidence = root.optionalString(QStringLiteral("confidence"));
    pack.m_asOf = root.optionalString(QStringLiteral("asOf"));
    if (auto sources = root.optionalObject(QStringLiteral("sources"))) {
        for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
            if (!it.value().isString()) {
                root.fail(root.pointer(QStringLiteral("sources")) + QLatin1Char('/') + it.key(), tr("expected a string"));
            }
            pack.m_sources.insert(it.key(), it.value().toString());
        }
    }
    if (auto facts = root.optionalObject(QStringLiteral("facts"))) {
        for (auto it = facts->constBegin(); it != facts->constEnd() && !root.failed(); ++it) {
            const QString where = root.pointer(QStringLiteral("facts")) + QLatin1Char('/') + it.key();
            const FactSpec *spec = specFor(it.key());
            if (!spec) {
                root.fail(where, tr("unknown fact (known: %1)").arg(knownFactKeys().join(QStringLiteral(", "))));
                break;
            }
            if (!it.value().isObject()) {
                root.fail(where, tr("expected an object with value, verified and source"));
                break;
            }
            JsonReader factReader(it.value().toObject(), where, &error);
            factReader.rejectUnknownKeys({QStringLiteral("value"), QStringLiteral("verified"), QStringLiteral("source"),
                                          QStringLiteral("asOf"), QStringLiteral("note")});
            PackFact fact;
            fact.value = it.value().toObject().value(QStringLiteral("value"));
            QString why;
            if (fact.value.isUndefined()) {
                factReader.fail(factReader.pointer(QStringLiteral("value")), tr("required member is missing"));
            } else if (!valueFits(*spec, fact.value, why)) {
                factReader.fail(factReader.pointer(QStringLiteral("value")), why);
            }
            if (!factReader.has(QStringLiteral("verified"))) {
                factReader.fail(factReader.pointer(QStringLiteral("verified")), tr("required member is missing"));
            }
            fact.verified = factReader.optionalBool(QStringLiteral("verified"), false);
            fact.sourceKey = factReader.optionalString(QStringLiteral("source"));
            fact.asOf = factReader.optionalString(QStringLiteral("asOf"));
            fact.note = factReader.optionalString(QStringLiteral("note"));
            if (!fact.sourceKey.isEmpty()) {
                if (!pack.m_sources.contains(fact.sourceKey)) {
                    factReader.fail(factReader.pointer(QStringLiteral("source")),
                                    tr("source '%1' is not listed in the pack's sources").arg(fact.sourceKey));
                }
                fact.sourceUrl = pack.m_sources.value(fact.sourceKey);
            } else if (fact.verified) {
                factReader.fail(factReader.pointer(QStringLiteral("source")), tr("a verified fact needs its source"));
            }
            pack.m_facts.insert(it.key(), std::move(fact));
        }
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error);
    }
    return pack;
}

Result<StatePackLibrary> StatePackLibrary::fromFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return makeError(ErrorCode::NotFound, tr("The state pack folder %1 does not exist.").arg(folder));
    }
    StatePackLibrary library;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        }
        auto pack = StatePack::fromJson(file.readAll(), file.fileName());
        if (!pack) {
            return pack.error();
        }
        if (library.m_packs.contains(pack->state())) {
            return makeError(ErrorCode::MalformedTemplate,
                             tr("%1: a pack for '%2' already exists").arg(file.fileName(), pack->state()));
        }
        library.m_packs.insert(pack->state(), std::move(pack).value());
    }
    return library;
}

Result<StatePackLibrary> StatePackLibrary::builtIn()
{
    return fromFolder(QStringLiteral(":/templates/states"));
}

const StatePack *StatePackLibrary::ownPack(const QString &isoCode) const
{
    if (isoCode == QLatin1String("*")) {
        return nullptr;
    }
    const auto it = m_packs.constFind(isoCode);
    return it == m_packs.constEnd() ? nullptr : &*it;
}

const StatePack *StatePackLibrary::defaultPack() const
{
    const auto it = m_packs.constFind(QStringLiteral("*"));
    return it == m_packs.constEnd() ? nullptr : &*it;
}

std::optional<StatePack> StatePackLibrary::forState(const QString &isoCode) const
{
    if (const StatePack *own = ownPack(isoCode)) {
        return *own;
    }
    if (const StatePack *fallback = defaultPack()) {
        StatePack pack = *fallback;
        pack.setIdentity(isoCode, fallback->name());
        return pack;
    }
    return std::nullopt;
}

QStringList StatePackLibrary::states() const
{
    QStringList out = m_packs.keys();
    out.removeAll(QStringLiteral("*"));
    return out;
}

} // namespace mla::core
