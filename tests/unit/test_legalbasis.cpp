#include "legal/legalbasisadvisor.h"
#include "legal/statepack.h"
#include "testpaths.h"
#include "validation/requestchecker.h"

#include <gtest/gtest.h>

using namespace mla::core;

namespace {

const LegalBasisOption *find(const LegalBasisAdvice &advice, const char *id)
{
    for (const LegalBasisOption &o : advice.options) {
        if (o.instrumentId == QLatin1String(id)) {
            return &o;
        }
    }
    return nullptr;
}

const LegalBasisAdvisor &advisor()
{
    static const LegalBasisAdvisor a = [] {
        auto built = LegalBasisAdvisor::builtIn();
        EXPECT_TRUE(built.ok()) << (built.ok() ? "" : built.error().message.toStdString());
        return std::move(built).value();
    }();
    return a;
}

} // namespace

TEST(TreatyStatus, CoversEveryUnMemberWithDatedCells)
{
    const TreatyStatusTable &table = advisor().table();
    int members = 0;
    for (const TreatyStateRow &row : table.rows()) {
        members += row.unMember ? 1 : 0;
        EXPECT_EQ(row.status.size(), table.instruments().size()) << row.iso.toStdString();
    }
    EXPECT_EQ(members, 193);
    EXPECT_FALSE(table.asOf().isEmpty());
    const TreatyCell de = table.cell(QStringLiteral("DE"), QStringLiteral("UNTOC"));
    EXPECT_EQ(de.party, TreatyCell::Party::Yes);
    EXPECT_FALSE(de.sourceUrl.isEmpty());
    EXPECT_EQ(table.cell(QStringLiteral("ZZ"), QStringLiteral("UNTOC")).party, TreatyCell::Party::Unknown);
}

TEST(LegalBasis, CorruptionBetweenPartiesPointsToUncac)
{
    const LegalBasisAdvice advice = advisor().advise(
        {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("mla"), QStringLiteral("corruption")}, nullptr);
    const LegalBasisOption *uncac = find(advice, "UNCAC");
    ASSERT_NE(uncac, nullptr);
    EXPECT_EQ(uncac->availability, LegalBasisOption::Availability::BothParties);
    EXPECT_EQ(uncac->article, QStringLiteral("art. 46"));
    EXPECT_TRUE(uncac->reason.contains(QStringLiteral("Both states are parties")));
    // The European convention covers any offence between its parties.
    ASSERT_NE(find(advice, "ETS030"), nullptr);
    EXPECT_EQ(find(advice, "ETS030")->availability, LegalBasisOption::Availability::BothParties);
    // The drug convention does not cover corruption.
    EXPECT_EQ(find(advice, "1988")->availability, LegalBasisOption::Availability::NotAvailable);
    EXPECT_TRUE(advice.hasUsableInstrument());
    EXPECT_EQ(advice.options.first().availability, LegalBasisOption::Availability::BothParties) << "usable first";
}

TEST(LegalBasis, ElectronicEvidenceNeedsBothStatesInBudapest)
{
    const LegalBasisAdvice withParties = advisor().advise(
        {QStringLiteral("FR"), QStringLiteral("US"), QStringLiteral("mla"), QStringLiteral("electronicEvidence")}, nullptr);
    EXPECT_EQ(find(withParties, "ETS185")->availability, LegalBasisOption::Availability::BothParties);
    // Brazil: whatever the table says about it, a "no" cell must exclude the instrument.
    for (const TreatyStateRow &row : advisor().table().rows()) {
        if (row.status.value(QStringLiteral("ETS185")).party == TreatyCell::Party::No) {
            const LegalBasisAdvice advice = advisor().advise(
                {QStringLiteral("FR"), row.iso, QStringLiteral("mla"), QStringLiteral("electronicEvidence")}, nullptr);
            EXPECT_EQ(find(advice, "ETS185")->availability, LegalBasisOption::Availability::NotAvailable);
            break;
        }
    }
}

TEST(LegalBasis, TreatyOnlyExtraditionIsExplained)
{
    auto packs = StatePackLibrary::fromFolder(mla::test::dataPath(QStringLiteral("states")));
    ASSERT_TRUE(packs.ok());
    const LegalBasisAdvice advice = advisor().advise(
        {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("extradition"), QStringLiteral("corruption")},
        packs->ownPack(QStringLiteral("XA")));
    const QString notes = advice.notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("extradites only under a treaty and does not take the UN conventions")))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("does not extradite its own nationals")));
    // ECMA is not an extradition instrument.
    EXPECT_EQ(find(advice, "ETS030"), nullptr);
    EXPECT_NE(find(advice, "ETS024"), nullptr);
}

TEST(LegalBasis, UnknownStatusIsNeverPresentedAsUsable)
{
    for (const TreatyStateRow &row : advisor().table().rows()) {
        if (row.status.value(QStringLiteral("UNCAC")).party == TreatyCell::Party::Unknown) {
            const LegalBasisAdvice advice = advisor().advise(
                {QStringLiteral("DE"), row.iso, QStringLiteral("mla"), QStringLiteral("corruption")}, nullptr);
            EXPECT_EQ(find(advice, "UNCAC")->availability, LegalBasisOption::Availability::StatusUnknown)
                << row.iso.toStdString();
            return;
        }
    }
    GTEST_SKIP() << "every UNCAC cell is known in this table";
}

TEST(LegalBasis, NoCommonInstrumentSuggestsReciprocity)
{
    const LegalBasisAdvice advice = advisor().advise(
        {QStringLiteral("DE"), QStringLiteral("ZZ"), QStringLiteral("mla"), QStringLiteral("cybercrime")}, nullptr);
    EXPECT_FALSE(advice.hasUsableInstrument());
    EXPECT_TRUE(advice.notes.join(QLatin1Char(' ')).contains(QStringLiteral("reciprocity")));
}

TEST(StatePacks, EveryShippedPackLoadsAndKeepsProvenance)
{
    auto checker = RequestChecker::builtIn();
    ASSERT_TRUE(checker.ok()) << checker.error().message.toStdString();
    const QStringList states = checker->packs().states();
    EXPECT_EQ(states.size(), 24);
    for (const QString &code : states) {
        const StatePack *pack = checker->packs().ownPack(code);
        for (auto it = pack->facts().constBegin(); it != pack->facts().constEnd(); ++it) {
            if (it->verified) {
                EXPECT_FALSE(it->sourceUrl.isEmpty()) << code.toStdString() << " " << it.key().toStdString();
            }
        }
    }
    ASSERT_NE(checker->packs().defaultPack(), nullptr);
    // A state without its own pack gets the default one under its own name.
    const auto pack = checker->packFor(QStringLiteral("UY"));
    ASSERT_TRUE(pack.has_value());
    EXPECT_EQ(pack->state(), QStringLiteral("UY"));
    EXPECT_EQ(pack->name(), QStringLiteral("Uruguay"));
}

TEST(StatePacks, MalformedPacksAreReportedPrecisely)
{
    auto bad = StatePack::fromJson(R"({"formatVersion": 1, "state": "XQ", "name": "Q", "sources": {},
        "facts": {"dualCriminality": {"value": "sometimes", "verified": false}}})",
                                   QStringLiteral("XQ.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("XQ.json: at /facts/dualCriminality/value: expected one of: none, coerciveOnly, all")))
        << bad.error().message.toStdString();
    auto unsourced = StatePack::fromJson(R"({"formatVersion": 1, "state": "XQ", "name": "Q",
        "facts": {"languages": {"value": ["en"], "verified": true}}})",
                                         QStringLiteral("XQ.json"));
    ASSERT_FALSE(unsourced.ok());
    EXPECT_TRUE(unsourced.error().message.contains(QStringLiteral("a verified fact needs its source")));
    auto unknownFact = StatePack::fromJson(R"({"formatVersion": 1, "state": "XQ", "name": "Q",
        "facts": {"favouriteColour": {"value": "blue", "verified": false}}})",
                                           QStringLiteral("XQ.json"));
    ASSERT_FALSE(unknownFact.ok());
    EXPECT_TRUE(unknownFact.error().message.contains(QStringLiteral("/facts/favouriteColour: unknown fact")));
}
