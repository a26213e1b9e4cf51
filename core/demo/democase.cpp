#include "demo/democase.h"

#include "storage/casestore.h"

#include <QCoreApplication>
#include <QDate>

namespace mla::core {

namespace {

CollectionItem entry(std::initializer_list<std::pair<const char *, const char *>> values)
{
    CollectionItem item;
    for (const auto &[key, value] : values) {
        item.values.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return item;
}

} // namespace

Request DemoCase::generalMlaRequest()
{
    Request r;
    r.typeId = QStringLiteral("mla.general");
    r.title = QStringLiteral("Bank records and witness statement - Northwind Trading (demo)");
    const std::pair<const char *, const char *> values[] = {
        {"authority.reference", "DEMO-2026/0142"},
        {"authority.name", "Office of the Public Prosecutor for Economic Crime, Riverton (demo)"},
        {"authority.role", "Public prosecutor directing the criminal investigation"},
        {"authority.address", "12 Harbour Street\nRiverton 4410\nRepublic of Demoland (fictional)"},
        {"authority.contactPerson", "Senior Prosecutor Alma Kestrel"},
        {"authority.phone", "+00 555 0142 100"},
        {"authority.email", "a.kestrel@prosecution.demo.example"},
        {"authority.officeHours", "Monday to Friday, 08:30-17:00"},
        {"authority.timeZone", "UTC+01:00"},
        {"addressee.state", "FR"},
        {"addressee.authority", "Ministère de la Justice, Bureau de l'entraide pénale internationale (DACG/BEPI)"},
        {"addressee.address", "13 place Vendôme\n75042 Paris Cedex 01\nFrance"},
        {"addressee.channel", "centralAuthority"},
        {"language.letter", "en"},
        {"language.translation", "fr"},
        {"legalBasis.kind", "convention"},
        {"legalBasis.instrument", "United Nations Convention against Corruption"},
        {"legalBasis.article", "Article 46"},
        {"proceedings.stage", "investigation"},
        {"proceedings.subject",
         "Criminal investigation into the bribery of a public official and the laundering of the proceeds "
         "through company accounts abroad."},
        {"proceedings.conductingAuthority",
         "Office of the Public Prosecutor for Economic Crime, Riverton, which directs the investigation and "
         "decides on prosecution"},
        {"proceedings.caseNumbers", "Investigation file EC-2026-0142; court register RV-77/2026"},
        {"facts.summary",
         "Between March 2024 and June 2025, Victor Oakridge, procurement director of the Riverton Port Authority, "
         "awarded three dredging contracts worth 14.2 million to Northwind Trading Ltd. In return, Northwind "
         "Trading paid 1.1 million in eleven transfers to an account held by Harbourline Consulting SARL at a "
         "bank in Lyon, France. Harbourline Consulting has no staff and no business activity; its sole manager "
         "is Mr Oakridge's brother-in-law, Pierre Demaret. Part of the money was then used to buy an apartment "
         "in Riverton registered to Mr Oakridge's spouse."},
        {"facts.period", "March 2024 to June 2025"},
        {"facts.place", "Riverton (Demoland) and Lyon (France)"},
        {"facts.evidence",
         "Contract files of the Port Authority, the domestic bank records of Northwind Trading showing the "
         "eleven transfers, and the statement of a former Northwind accountant."},
        {"procedures.special",
         "Please provide the bank records with a certificate of authenticity signed by the bank's records "
         "custodian. Please take the witness statement after informing the witness of the right not to "
         "incriminate himself; a prosecutor of the requesting authority would like to attend by video link."},
        {"dualCriminality.statement",
         "The conduct consists of paying a public official money in return for the award of public contracts, and of "
         "moving the money through a company account abroad to hide where it came from. It would be punishable in "
         "France as corruption of a public official and as money laundering."},
        {"assurances.useLimitation",
         "The evidence will be used only for the investigation and any prosecution named in this request, unless "
         "the competent French authorities consent to another use."},
        {"urgency.isUrgent", "true"},
        {"urgency.reasons",
         "The main suspect is to be questioned in about four months; the records are needed before then so "
         "that he can be confronted with them."},
        {"confidentiality.required", "true"},
        {"confidentiality.reasons",
         "The suspects are not aware of the investigation. Disclosure could lead to the transfer of the funds "
         "and to the destruction of evidence."},
        {"signature.name", "Alma Kestrel"},
        {"signature.capacity", "Senior Public Prosecutor"},
        {"signature.place", "Riverton"},
    };
    for (const auto &[key, value] : values) {
        r.values.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    // Relative dates keep the demo valid whenever it is created: a fixed deadline would expire.
    const QDate today = QDate::currentDate();
    r.values.insert(QStringLiteral("urgency.deadline"), today.addDays(90).toString(Qt::ISODate));
    r.values.insert(QStringLiteral("signature.date"), today.toString(Qt::ISODate));
    r.collections.insert(QStringLiteral("offences"),
                         {entry({{"qualification", "Bribery of a public official (Criminal Code, s. 312)"},
                                 {"provision",
                                  "Whoever offers, promises or gives an undue advantage to a public official, for "
                                  "that official or another person, in order that the official act or refrain from "
                                  "acting in the exercise of official duties, shall be punished by imprisonment of "
                                  "up to ten years."},
                                 {"maxPenalty", "Ten years' imprisonment"}}),
                          entry({{"qualification", "Money laundering (Criminal Code, s. 401)"},
                                 {"provision",
                                  "Whoever converts or transfers property knowing that it is the proceeds of crime, "
                                  "for the purpose of concealing or disguising its illicit origin, shall be punished "
                                  "by imprisonment of up to eight years."},
                                 {"maxPenalty", "Eight years' imprisonment"}})});
    r.collections.insert(QStringLiteral("persons"),
                         {entry({{"role", "suspect"},
                                 {"familyName", "Oakridge"},
                                 {"givenNames", "Victor"},
                                 {"dateOfBirth", "1971-06-14"},
                                 {"placeOfBirth", "Riverton"},
                                 {"nationality", "GB"},
                                 {"address", "44 Quay Road, Riverton, Demoland"}}),
                          entry({{"role", "accountHolder"},
                                 {"familyName", "Demaret"},
                                 {"givenNames", "Pierre"},
                                 {"dateOfBirth", "1975-02-03"},
                                 {"placeOfBirth", "Lyon"},
                                 {"nationality", "FR"},
                                 {"address", "8 rue des Tanneurs, 69002 Lyon, France"}})});
    r.collections.insert(
        QStringLiteral("measures"),
        {entry({{"kind", "bankRecords"},
                {"coercive", "true"},
                {"identifiers", "IBAN FR76 0000 0000 0000 0000 0000 000 (fictional), held by Harbourline Consulting SARL"},
                {"periodFrom", "2024-01-01"},
                {"periodTo", "2025-06-30"},
                {"description",
                 "Account opening documents, signature cards, statements and transfer records for the account of "
                 "Harbourline Consulting SARL (IBAN FR76 0000 0000 0000 0000 0000 000, fictional) for the period "
                 "1 January 2024 to 30 June 2025."},
                {"nexus",
                 "The eleven transfers from Northwind Trading went to this account. The records will show who "
                 "controls the account and where the money went next, including the purchase of the apartment."}}),
         entry({{"kind", "statement"},
                {"description", "Taking a statement from Pierre Demaret as a witness about the business of "
                                "Harbourline Consulting SARL and the payments it received."},
                {"nexus",
                 "Mr Demaret is the manager of the company that received the payments and lives in Lyon. He can "
                 "say whether any service was provided to Northwind Trading in return for the money."}})});
    r.collections.insert(QStringLiteral("annexes"),
                         {entry({{"title", "Extracts of the Criminal Code, ss. 312 and 401"}, {"pages", "2"}}),
                          entry({{"title", "Schedule of the eleven transfers"}, {"pages", "1"}})});
    return r;
}

Result<qint64> DemoCase::addTo(CaseStore &store)
{
    auto caseId = store.createCase(QStringLiteral("DEMO-2026/0142"),
                                   QCoreApplication::translate("DemoCase", "Riverton port contracts (demo case)"));
    if (!caseId) {
        return caseId.error();
    }
    return store.insertRequest(*caseId, generalMlaRequest());
}

} // namespace mla::core
