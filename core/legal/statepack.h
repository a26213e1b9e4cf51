#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla::core {

/// One fact of a state pack with its provenance. A fact that was not checked against its source is
/// unverified and must be presented as "to be verified".
struct PackFact
{
    QJsonValue value;
    bool verified = false;
    QString sourceKey;
    QString sourceUrl;
    QString asOf;
    QString note;

    /// The value as text (strings as they are; lists joined; objects by their "name").
    QString text() const;
    QStringList list() const;
    /// A member of an object value ("name" of mlaCentralAuthority).
    QString member(const QString &name) const;
};

/// What one requested state needs: central authorities, languages, channels, dual-criminality
/// policy, evidentiary thresholds and other facts, each with its source (templates/states/<ISO>.json).
class StatePack
{
public:
    static Result<StatePack> fromJson(const QByteArray &json, const QString &sourceName);

    /// ISO 3166-1 alpha-2 code, or "*" for the convention-default pack.
    const QString &state() const { return m_state; }
    const QString &name() const { return m_name; }
    const QString &confidence() const { return m_confidence; }
    const QString &asOf() const { return m_asOf; }
    const QString &sourceName() const { return m_sourceName; }
    bool isDefault() const { return m_state == QLatin1String("*"); }
    bool isJurisdiction() const { return m_jurisdiction; }

    bool has(const QString &key) const { return m_facts.contains(key); }
    /// nullptr when the pack does not know the fact.
    const PackFact *fact(const QString &key) const;
    const QMap<QString, PackFact> &facts() const { return m_facts; }
    const QMap<QString, QString> &sources() const { return m_sources; }

    /// Adds or replaces a fact (used to complete the default pack from treaty notifications).
    void setFact(const QString &key, PackFact fact) { m_facts.insert(key, std::move(fact)); }
    void setIdentity(const QString &state, const QString &name);

    /// Keys every pack may use, with the kind of value each holds; the loader rejects others.
    static const QStringList &knownFactKeys();

private:
    QString m_state;
    QString m_name;
    QString m_confidence;
    QString m_asOf;
    QString m_sourceName;
    bool m_jurisdiction = false;
    QMap<QString, QString> m_sources;
    QMap<QString, PackFact> m_facts;
};

/// Every state pack the app ships (or a folder of them), looked up by requested state.
class StatePackLibrary
{
public:
    static Result<StatePackLibrary> builtIn();
    static Result<StatePackLibrary> fromFolder(const QString &folder);

    /// The state's own pack, or a copy of the convention-default pack carrying the state's code
    /// when there is none. Returns nullopt only when neither exists.
    std::optional<StatePack> forState(const QString &isoCode) const;
    /// The state's own pack only.
    const StatePack *ownPack(const QString &isoCode) const;
    const StatePack *defaultPack() const;
    QStringList states() const;

private:
    QMap<QString, StatePack> m_packs;
};

} // namespace mla::core
