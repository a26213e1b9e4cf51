#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla::core {

/// One cell of the treaty-status table: is a state party to an instrument, since when, says who.
struct TreatyCell
{
    enum class Party { Yes, No, Unknown };
    Party party = Party::Unknown;
    QString date; ///< date of deposit (YYYY-MM-DD) when the source showed it
    QString how;  ///< ratification, accession or succession, when known
    QString sourceKey;
    QString sourceUrl;
    bool derived = false;  ///< deduced from a complete list rather than read directly
    bool inferred = false; ///< a reasoning step beyond the source: to be verified
    QString note;
};

struct TreatyStateRow
{
    QString iso;
    QString name;
    bool unMember = true;
    QMap<QString, TreatyCell> status; ///< instrument id → cell
};

/// What a state notified under an instrument: its central authority, accepted languages, and
/// whether it takes the convention as a legal basis for extradition.
struct TreatyNotification
{
    QString iso;
    QString instrument;
    QString centralAuthority;
    QStringList languages;
    QString extraditionBasis;
    QString sourceKey;
    QString sourceUrl;
    QString note;
};

/// The dated table of which state is party to which instrument (templates/treaty-status.json),
/// built from public depositary records; unknown cells stay unknown.
class TreatyStatusTable
{
public:
    static Result<TreatyStatusTable> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<TreatyStatusTable> builtIn();

    const QString &asOf() const { return m_asOf; }
    QStringList instruments() const { return m_instrumentTitles.keys(); }
    QString instrumentTitle(const QString &id) const { return m_instrumentTitles.value(id, id); }
    QString instrumentStatusAsOf(const QString &id) const { return m_instrumentAsOf.value(id); }
    const QList<TreatyStateRow> &rows() const { return m_rows; }
    const TreatyStateRow *row(const QString &iso) const;
    /// The cell for a state and instrument; Unknown when either is not in the table.
    TreatyCell cell(const QString &iso, const QString &instrument) const;
    QList<TreatyNotification> notifications(const QString &iso) const;

private:
    QString m_asOf;
    QMap<QString, QString> m_instrumentTitles;
    QMap<QString, QString> m_instrumentAsOf;
    QMap<QString, QString> m_sources;
    QList<TreatyStateRow> m_rows;
    QMap<QString, qsizetype> m_index;
    QList<TreatyNotification> m_notifications;
};

} // namespace mla::core
