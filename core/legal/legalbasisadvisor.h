#pragma once

#include "legal/statepack.h"
#include "legal/treatystatus.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace mla::core {

/// One instrument considered as the legal basis of a request.
struct LegalBasisOption
{
    enum class Availability {
        BothParties,   ///< both states are parties: usable
        StatusUnknown, ///< at least one state's status is not known: check before relying on it
        NotAvailable,  ///< a state is not a party, or the instrument does not cover the request
    };
    QString instrumentId;
    QString title;
    QString article;
    Availability availability = Availability::NotAvailable;
    QString reason;       ///< why the instrument fits (or does not)
    QStringList caveats;  ///< scope limits, the requested state's conditions
    bool verified = false; ///< whether the article reference was checked against the authentic text
    QString statusAsOf;   ///< as-of date of the party-status data

    /// The request's fields that choosing this instrument fills in, with their values: the
    /// legal-basis kind, the instrument's title and the article.
    QList<std::pair<QString, QString>> fieldValues() const;
};

/// What the advisor is asked.
struct LegalBasisQuestion
{
    QString requestingState; ///< ISO code
    QString requestedState;  ///< ISO code
    QString family;          ///< mla, extradition, confiscation, transfer
    QString offenceCategory; ///< corruption, moneyLaundering, drugTrafficking, organizedCrime, cybercrime,
                             ///< electronicEvidence, other
};

struct LegalBasisAdvice
{
    QList<LegalBasisOption> options; ///< usable first, then unknown, then not available
    QStringList notes;              ///< general notes (treaty required, reciprocity)
    bool hasUsableInstrument() const;
};

/// Lists the instruments that can serve as the legal basis of a request between two states, from
/// the treaty-status table, the instrument catalogue (templates/legal-basis/instruments.json) and
/// the requested state's pack, and explains each choice.
class LegalBasisAdvisor
{
public:
    static Result<LegalBasisAdvisor> builtIn();
    static Result<LegalBasisAdvisor> create(TreatyStatusTable table, const QByteArray &catalogueJson,
                                            const QString &catalogueName);

    LegalBasisAdvice advise(const LegalBasisQuestion &question, const StatePack *requestedPack) const;
    const TreatyStatusTable &table() const { return m_table; }
    static QStringList offenceCategories();

private:
    struct Instrument
    {
        QString id;
        QMap<QString, QPair<QString, bool>> articles; ///< family → (article, verified)
        QStringList categories;
        QString why;
        QString scopeNote;
    };
    TreatyStatusTable m_table;
    QList<Instrument> m_instruments;
};

} // namespace mla::core
