#include "legal/treatystatus.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mla::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TreatyStatusTable", text);
}
} // namespace

Result<TreatyStatusTable> TreatyStatusTable::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedTemplate, describeJsonParseError(sourceName, json, parseError));
    }
    QString error;
    JsonReader root(doc.object(), QString(), &error);
    if (root.optionalInt(QStringLiteral("formatVersion"), 0) != 1) {
        root.fail(root.pointer(QStringLiteral("formatVersion")), tr("must be 1 (the format this app reads)"));
    }
    TreatyStatusTable table;
    table.m_asOf = root.requiredString(QStringLiteral("asOf"));
    if (auto instruments = root.optionalObject(QStringLiteral("instruments"))) {
        for (auto it = instruments->constBegin(); it != instruments->constEnd(); ++it) {
            const QJsonObject o = it.value().toObject();
            table.m_instrumentTitles.insert(it.key(), o.value(QStringLiteral("title")).toString(it.key()));
            table.m_instrumentAsOf.insert(it.key(), o.value(QStringLiteral("statusAsOf")).toString());
        }
    } else {
        root.fail(root.pointer(QStringLiteral("instruments")), tr("required member is missing"));
    }
    if (auto sources = root.optionalObject(QStringLiteral("sources"))) {
        for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
            table.m_sources.insert(it.key(), it.value().toString());
        }
    }
    const QJsonArray states = root.requiredArray(QStringLiteral("states"));
    for (qsizetype i = 0; i < states.size() && !root.failed(); ++i) {
        JsonReader r = root.child(states, QStringLiteral("states"), i);
        TreatyStateRow row;
        row.iso = r.requiredString(QStringLiteral("iso"));
        row.name = r.requiredString(QStringLiteral("name"));
        row.unMember = r.optionalBool(QStringLiteral("unMember"), true);
        const auto status = r.optionalObject(QStringLiteral("status"));
        if (!status) {
            r.fail(r.pointer(QStringLiteral("status")), tr("required member is missing"));
            break;
        }
        for (auto it = status->constBegin(); it != status->constEnd(); ++it) {
            if (!table.m_instrumentTitles.contains(it.key())) {
                r.fail(r.pointer(QStringLiteral("status")) + QLatin1Char('/') + it.key(), tr("unknown instrument"));
                break;
            }
            JsonReader c = r.childObject(it.value().toObject(), QStringLiteral("status/") + it.key());
            TreatyCell cell;
            const QString party = c.requiredEnum(QStringLiteral("party"),
                                                 {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")});
            cell.party = party == QLatin1String("yes")  ? TreatyCell::Party::Yes
                         : party == QLatin1String("no") ? TreatyCell::Party::No
                                                        : TreatyCell::Party::Unknown;
            cell.date = c.optionalString(QStringLiteral("date"));
            cell.how = c.optionalString(QStringLiteral("how"));
            cell.sourceKey = c.optionalString(QStringLiteral("source"));
            cell.sourceUrl = table.m_sources.value(cell.sourceKey);
            cell.derived = c.optionalBool(QStringLiteral("derived"), false);
            cell.inferred = c.optionalBool(QStringLiteral("inferred"), false);
            cell.note = c.optionalString(QStringLiteral("note"));
            row.status.insert(it.key(), cell);
        }
        if (table.m_index.contains(row.iso)) {
            r.fail(r.pointer(QStringLiteral("iso")), tr("state '%1' appears twice").arg(row.iso));
        }
        table.m_index.insert(row.iso, table.m_rows.size());
        table.m_rows.append(std::move(row));
    }
    const QJsonArray notifications = root.optionalArray(QStringLiteral("notifications"));
    for (qsizetype i = 0; i < notifications.size() && !root.failed(); ++i) {
        JsonReader r = root.child(notifications, QStringLiteral("notifications"), i);
        TreatyNotification n;
        n.iso = r.requiredString(QStringLiteral("iso"));
        n.instrument = r.requiredString(QStringLiteral("instrument"));
        n.centralAuthority = r.optionalString(QStringLiteral("centralAuthority"));
        n.languages = r.optionalStringList(QStringLiteral("languages"));
        n.extraditionBasis = r.optionalString(QStringLiteral("extraditionBasis"));
        n.sourceKey = r.optionalString(QStringLiteral("source"));
        n.sourceUrl = table.m_sources.value(n.sourceKey);
        n.note = r.optionalString(QStringLiteral("note"));
        table.m_notifications.append(std::move(n));
    }
    if (!error.isEmpty()) {
        return jsonReaderError(sourceName, error);
    }
    return table;
}

Result<TreatyStatusTable> TreatyStatusTable::builtIn()
{
    const QString path = QStringLiteral(":/templates/treaty-status.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("The treaty-status table is missing from this build."));
    }
    return fromJson(file.readAll(), path);
}

const TreatyStateRow *TreatyStatusTable::row(const QString &iso) const
{
    const auto it = m_index.constFind(iso);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(*it);
}

TreatyCell TreatyStatusTable::cell(const QString &iso, const QString &instrument) const
{
    const TreatyStateRow *r = row(iso);
    return r ? r->status.value(instrument) : TreatyCell{};
}

QList<TreatyNotification> TreatyStatusTable::notifications(const QString &iso) const
{
    QList<TreatyNotification> out;
    for (const TreatyNotification &n : m_notifications) {
        if (n.iso == iso) {
            out.append(n);
        }
    }
    return out;
}

} // namespace mla::core
