#include "legal/legalbasisadvisor.h"

#include "util/jsonerror.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mla::core {

QList<std::pair<QString, QString>> LegalBasisOption::fieldValues() const
{
    return {{QStringLiteral("legalBasis.kind"), QStringLiteral("convention")},
            {QStringLiteral("legalBasis.instrument"), title},
            {QStringLiteral("legalBasis.article"), article}};
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LegalBasisAdvisor", text);
}

QString stateName(const TreatyStatusTable &table, const QString &iso)
{
    const TreatyStateRow *row = table.row(iso);
    return row ? row->name : iso;
}

QString describeCell(const TreatyCell &cell)
{
    switch (cell.party) {
    case TreatyCell::Party::Yes:
        return cell.date.isEmpty() ? tr("party") : tr("party since %1").arg(cell.date);
    case TreatyCell::Party::No:
        return tr("not a party");
    case TreatyCell::Party::Unknown:
        break;
    }
    return tr("party status unknown");
}

int rank(LegalBasisOption::Availability a)
{
    return static_cast<int>(a);
}

} // namespace

bool LegalBasisAdvice::hasUsableInstrument() const
{
    return std::any_of(options.cbegin(), options.cend(), [](const LegalBasisOption &o) {
        return o.availability == LegalBasisOption::Availability::BothParties;
    });
}

QStringList LegalBasisAdvisor::offenceCategories()
{
    return {QStringLiteral("corruption"),     QStringLiteral("moneyLaundering"), QStringLiteral("drugTrafficking"),
            QStringLiteral("organizedCrime"), QStringLiteral("cybercrime"),      QStringLiteral("electronicEvidence"),
            QStringLiteral("other")};
}

Result<LegalBasisAdvisor> LegalBasisAdvisor::create(TreatyStatusTable table, const QByteArray &catalogueJson,
                                                    const QString &catalogueName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(catalogueJson, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::MalformedTemplate, describeJsonParseError(catalogueName, catalogueJson, parseError));
    }
    QString error;
    JsonReader root(doc.object(), QString(), &error);
    LegalBasisAdvisor advisor;
    advisor.m_table = std::move(table);
    const QJsonArray instruments = root.requiredArray(QStringLiteral("instruments"));
    for (qsizetype i = 0; i < instruments.size() && !root.failed(); ++i) {
        JsonReader r = root.child(instruments, QStringLiteral("instruments"), i);
        r.rejectUnknownKeys({QStringLiteral("id"), QStringLiteral("families"), QStringLiteral("offenceCategories"),
                             QStringLiteral("why"), QStringLiteral("scopeNote")});
        Instrument in;
        in.id = r.requiredString(QStringLiteral("id"));
        if (!advisor.m_table.instruments().contains(in.id)) {
            r.fail(r.pointer(QStringLiteral("id")), tr("'%1' is not an instrument of the treaty-status table").arg(in.id));
        }
        in.categories = r.optionalStringList(QStringLiteral("offenceCategories"));
        in.why = r.requiredString(QStringLiteral("why"));
        in.scopeNote = r.optionalString(QStringLiteral("scopeNote"));
        if (auto families = r.optionalObject(QStringLiteral("families"))) {
            for (auto it = families->constBegin(); it != families->constEnd(); ++it) {
                const QJsonObject f = it.value().toObject();
                in.articles.insert(it.key(), {f.value(QStringLiteral("article")).toString(),
                                              f.value(QStringLiteral("verified")).toBool()});
            }
        }
        advisor.m_instruments.append(std::move(in));
    }
    if (!error.isEmpty()) {
        return jsonReaderError(catalogueName, error);
    }
    return advisor;
}

Result<LegalBasisAdvisor> LegalBasisAdvisor::builtIn()
{
    auto table = TreatyStatusTable::builtIn();
    if (!table) {
        return table.error();
    }
    const QString path = QStringLiteral(":/templates/legal-basis/instruments.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound, tr("The instrument catalogue is missing from this build."));
    }
    return create(std::move(table).value(), file.readAll(), path);
}

LegalBasisAdvice LegalBasisAdvisor::advise(const LegalBasisQuestion &q, const StatePack *requestedPack) const
{
    LegalBasisAdvice advice;
    const QString requesting = stateName(m_table, q.requestingState);
    const QString requested = stateName(m_table, q.requestedState);

    for (const Instrument &in : m_instruments) {
        const auto article = in.articles.constFind(q.family);
        if (article == in.articles.constEnd()) {
            continue; // the instrument says nothing about this kind of request
        }
        LegalBasisOption option;
        option.instrumentId = in.id;
        option.title = m_table.instrumentTitle(in.id);
        option.article = article->first;
        option.verified = article->second;
        option.statusAsOf = m_table.instrumentStatusAsOf(in.id);

        const bool covers = in.categories.contains(QStringLiteral("*")) || in.categories.contains(q.offenceCategory);
        const TreatyCell a = m_table.cell(q.requestingState, in.id);
        const TreatyCell b = m_table.cell(q.requestedState, in.id);
        const QString status = tr("%1: %2; %3: %4").arg(requesting, describeCell(a), requested, describeCell(b));

        if (!covers) {
            option.availability = LegalBasisOption::Availability::NotAvailable;
            option.reason = tr("Does not cover this kind of offence. %1").arg(status);
        } else if (a.party == TreatyCell::Party::No || b.party == TreatyCell::Party::No) {
            option.availability = LegalBasisOption::Availability::NotAvailable;
            option.reason = status;
        } else if (a.party == TreatyCell::Party::Yes && b.party == TreatyCell::Party::Yes) {
            option.availability = LegalBasisOption::Availability::BothParties;
            option.reason = tr("Both states are parties (%1). %2").arg(status, in.why);
            if (a.inferred || b.inferred) {
                option.caveats << tr("The party status rests on an inference: to be verified.");
            }
        } else {
            option.availability = LegalBasisOption::Availability::StatusUnknown;
            option.reason = tr("%1. Check the depositary's records before relying on it. %2").arg(status, in.why);
        }
        if (covers && !in.scopeNote.isEmpty()) {
            option.caveats << in.scopeNote;
        }
        if (!option.verified) {
            option.caveats << tr("Article reference to be verified against the authentic text.");
        }
        advice.options.append(option);
    }
    std::stable_sort(advice.options.begin(), advice.options.end(),
                     [](const LegalBasisOption &x, const LegalBasisOption &y) {
                         return rank(x.availability) < rank(y.availability);
                     });

    if (q.family == QLatin1String("extradition") && requestedPack) {
        const PackFact *treatyRequired = requestedPack->fact(QStringLiteral("extraditionTreatyRequired"));
        const PackFact *conventionBasis = requestedPack->fact(QStringLiteral("conventionAsExtraditionBasis"));
        const QString mark = [&](const PackFact *f) {
            return f && !f->verified ? tr(" (to be verified)") : QString();
        }(treatyRequired);
        if (treatyRequired && treatyRequired->value.toBool()) {
            if (conventionBasis && !conventionBasis->value.toBool()) {
                advice.notes << tr("%1 extradites only under a treaty and does not take the UN conventions as the "
                                   "legal basis: a bilateral or regional extradition treaty is needed.%2")
                                    .arg(requested, mark);
            } else if (conventionBasis && conventionBasis->value.toBool()) {
                advice.notes << tr("%1 extradites only under a treaty, and accepts the UN conventions as such a "
                                   "treaty for the offences they cover.%2")
                                    .arg(requested, mark);
            } else {
                advice.notes << tr("%1 extradites only under a treaty; whether it accepts a UN convention as the "
                                   "basis is not known: check its notification.%2")
                                    .arg(requested, mark);
            }
        }
        if (const PackFact *nationals = requestedPack->fact(QStringLiteral("extraditesNationals"));
            nationals && !nationals->value.toBool()) {
            advice.notes << tr("%1 does not extradite its own nationals; if the person is a national, ask for "
                               "prosecution there instead (aut dedere aut judicare).%2")
                                .arg(requested, nationals->verified ? QString() : tr(" (to be verified)"));
        }
    }
    for (const TreatyNotification &n : m_table.notifications(q.requestedState)) {
        if (!n.extraditionBasis.isEmpty() && q.family == QLatin1String("extradition")) {
            advice.notes << tr("%1 notified under %2: %3").arg(requested, n.instrument, n.extraditionBasis);
        }
    }
    if (!advice.hasUsableInstrument()) {
        advice.notes << tr("No instrument was found to which both states are parties for this request: rely on a "
                           "bilateral treaty if there is one, or give an undertaking of reciprocity.");
    }
    return advice;
}

} // namespace mla::core
