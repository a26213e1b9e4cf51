#include "demo/democase.h"
#include "testpaths.h"
#include "validation/requestchecker.h"
#include "validation/validator.h"

#include <gtest/gtest.h>


using namespace mla::core;

namespace {

const QDate kToday(2026, 11, 28);

QList<RequirementTemplate> builtInFor(const QString &typeId)
{
    auto library = TemplateLibrary::builtIn();
    EXPECT_TRUE(library.ok()) << (library.ok() ? "" : library.error().message.toStdString());
    return library.ok() ? library->forType(typeId) : QList<RequirementTemplate>{};
}

/// The built-in templates with the fixture state packs of tests/data/states (Testland A and B), so
/// the rules that read a requested state's facts are tested independently of the shipped packs.
const RequestChecker &fixtureChecker()
{
    static const RequestChecker checker = [] {
        auto templates = TemplateLibrary::builtIn();
        auto packs = StatePackLibrary::fromFolder(mla::test::dataPath(QStringLiteral("states")));
        EXPECT_TRUE(templates.ok() && packs.ok()) << (packs.ok() ? "" : packs.error().message.toStdString());
        return RequestChecker::create(std::move(templates).value(), std::move(packs).value());
    }();
    return checker;
}

/// The demo request addressed to Testland A, complete for its pack.
Request completeRequest()
{
    Request r = DemoCase::generalMlaRequest();
    r.values.insert(QStringLiteral("addressee.state"), QStringLiteral("XA"));
    r.values.insert(QStringLiteral("addressee.authority"), QStringLiteral("Central Authority of Testland (CATL)"));
    return r;
}

QStringList ruleIds(const ValidationReport &report)
{
    QStringList ids;
    for (const Finding &f : report.findings) {
        ids << f.ruleId;
    }
    return ids;
}

void setFirst(Request &r, const char *collection, const char *key, const QString &value)
{
    auto &items = r.collections[QString::fromLatin1(collection)];
    ASSERT_FALSE(items.isEmpty());
    items.first().values.insert(QString::fromLatin1(key), value);
}


} // namespace

TEST(Validation, TheCompleteDemoRequestHasNoFindings)
{
    ASSERT_GE(builtInFor(QStringLiteral("mla.general")).size(), 3);
    const ValidationReport report = fixtureChecker().check(completeRequest(), kToday);
    EXPECT_TRUE(report.findings.isEmpty()) << ruleIds(report).join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(report.completenessPercent(), 100);
    EXPECT_GT(report.checksApplicable, 30);
}

TEST(Validation, ConditionalRulesStayQuietWhenTheirConditionIsOff)
{
    Request request = completeRequest();
    request.values.insert(QStringLiteral("urgency.isUrgent"), QStringLiteral("false"));
    request.values.remove(QStringLiteral("urgency.reasons"));
    request.values.remove(QStringLiteral("urgency.deadline"));
    request.values.insert(QStringLiteral("confidentiality.required"), QStringLiteral("false"));
    request.values.remove(QStringLiteral("confidentiality.reasons"));
    // A state that does not require dual criminality needs no statement.
    request.values.insert(QStringLiteral("addressee.state"), QStringLiteral("XC"));
    request.values.insert(QStringLiteral("language.letter"), QStringLiteral("en"));
    request.values.remove(QStringLiteral("dualCriminality.statement"));
    const ValidationReport report = fixtureChecker().check(request, kToday);
    EXPECT_EQ(ruleIds(report), QStringList{QStringLiteral("STATE-LANGUAGE-UNKNOWN")});
}

TEST(Validation, ServiceOfDocumentsAloneNeedsNoSummaryOfFacts)
{
    const auto templates = builtInFor(QStringLiteral("mla.general"));
    Request request = DemoCase::generalMlaRequest();
    request.values.remove(QStringLiteral("facts.summary"));
    auto &measures = request.collections[QStringLiteral("measures")];
    for (CollectionItem &m : measures) {
        m.values.insert(QStringLiteral("kind"), QStringLiteral("service"));
    }
    EXPECT_FALSE(ruleIds(Validator(kToday).validate(request, templates)).contains(QStringLiteral("CONV-15C-FACTS")));
    measures.first().values.insert(QStringLiteral("kind"), QStringLiteral("statement"));
    EXPECT_TRUE(ruleIds(Validator(kToday).validate(request, templates)).contains(QStringLiteral("CONV-15C-FACTS")));
}

TEST(Validation, CollectionFindingsPointAtTheEntry)
{
    const auto templates = builtInFor(QStringLiteral("mla.general"));
    Request request = DemoCase::generalMlaRequest();
    auto &measures = request.collections[QStringLiteral("measures")];
    measures[1].id = 77;
    measures[1].values.remove(QStringLiteral("nexus"));
    const ValidationReport report = Validator(kToday).validate(request, templates);
    const auto it = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                 [](const Finding &f) { return f.ruleId == QLatin1String("Q-NEXUS-PRESENT"); });
    ASSERT_NE(it, report.findings.cend());
    EXPECT_EQ(it->field.collection, QStringLiteral("measures"));
    EXPECT_EQ(it->field.itemId, 77);
    EXPECT_EQ(it->field.key, QStringLiteral("nexus"));
    EXPECT_EQ(it->itemNumber, 2);
    EXPECT_EQ(it->field.toString(), QStringLiteral("measures[77].nexus"));
}

TEST(Validation, AnEmptyRequestIsBlockedAndListsTheConventionItems)
{
    Request empty;
    empty.typeId = QStringLiteral("mla.general");
    const ValidationReport report = Validator(kToday).validate(empty, builtInFor(empty.typeId));
    EXPECT_TRUE(report.hasBlocking());
    const QStringList ids = ruleIds(report);
    for (const char *id : {"CONV-15A-AUTHORITY", "CONV-15B-SUBJECT", "CONV-15C-FACTS", "CONV-15D-MEASURES",
                           "CONV-13-ADDRESSEE", "BASIS-STATED"}) {
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
    }
    EXPECT_LT(report.completenessPercent(), 20);
    // Blocking findings come first.
    bool seenWarning = false;
    for (const Finding &f : report.findings) {
        seenWarning = seenWarning || f.severity == Severity::Warning;
        EXPECT_FALSE(seenWarning && f.severity == Severity::Blocking);
    }
}

TEST(Validation, ALaterLayerOverridesARuleWithTheSameId)
{
    auto stateLayer = RequirementTemplate::fromJson(R"({
        "formatVersion": 1, "id": "state.xx", "title": "State XX", "layer": "state",
        "appliesTo": ["mla.general"],
        "rules": [{"id": "CONTACT-HOURS", "severity": "blocking", "field": "authority.officeHours",
                   "check": "required", "message": "XX needs office hours.", "action": "Add them.",
                   "citation": "XX MLA Act s. 3", "verified": false}]
    })",
                                                    QStringLiteral("state.xx.json"));
    ASSERT_TRUE(stateLayer.ok()) << stateLayer.error().message.toStdString();
    auto templates = builtInFor(QStringLiteral("mla.general"));
    templates.append(*stateLayer);
    Request request = DemoCase::generalMlaRequest();
    request.values.remove(QStringLiteral("authority.officeHours"));
    const ValidationReport report = Validator(kToday).validate(request, templates);
    ASSERT_EQ(report.findings.size(), 1);
    EXPECT_EQ(report.findings.first().severity, Severity::Blocking);
    EXPECT_EQ(report.findings.first().citation, QStringLiteral("XX MLA Act s. 3"));
    EXPECT_FALSE(report.findings.first().verified);
    EXPECT_EQ(report.findings.first().templateId, QStringLiteral("state.xx"));
}

TEST(Validation, FindingsFromUnverifiedStateFactsAreToBeVerified)
{
    Request request = completeRequest();
    setFirst(request, "offences", "deathPenalty", QStringLiteral("true"));
    const ValidationReport report = fixtureChecker().check(request, kToday);
    ASSERT_EQ(report.findings.size(), 1);
    const Finding &f = report.findings.first();
    EXPECT_EQ(f.ruleId, QStringLiteral("STATE-DEATH-PENALTY-ASSURANCE"));
    EXPECT_FALSE(f.verified);
    EXPECT_TRUE(f.stateBasis.contains(QStringLiteral("Testland A: assurancesRequired = deathPenalty (to be verified)")))
        << f.stateBasis.toStdString();
}

TEST(Validation, StateFindingsNameTheFactTheyRestOn)
{
    Request request = completeRequest();
    request.values.insert(QStringLiteral("language.letter"), QStringLiteral("es"));
    request.values.remove(QStringLiteral("language.translation"));
    const ValidationReport report = fixtureChecker().check(request, kToday);
    ASSERT_EQ(ruleIds(report), QStringList{QStringLiteral("STATE-LANGUAGE")});
    EXPECT_TRUE(report.findings.first().verified);
    EXPECT_EQ(report.findings.first().stateBasis, QStringLiteral("Testland A: languages = en, fr"));
    // A planned translation into an accepted language satisfies the rule.
    request.values.insert(QStringLiteral("language.translation"), QStringLiteral("FR"));
    EXPECT_TRUE(fixtureChecker().check(request, kToday).findings.isEmpty());
}

TEST(Validation, TheAddresseeMayBeNamedDifferentlyButMustBeTheCentralAuthority)
{
    Request request = completeRequest();
    for (const char *name : {"central authority of testland", "The CATL unit", "Central Authority of Testland, Ministry of Justice"}) {
        request.values.insert(QStringLiteral("addressee.authority"), QString::fromUtf8(name));
        EXPECT_FALSE(ruleIds(fixtureChecker().check(request, kToday)).contains(QStringLiteral("STATE-ADDRESSEE"))) << name;
    }
    request.values.insert(QStringLiteral("addressee.channel"), QStringLiteral("diplomatic"));
    request.values.insert(QStringLiteral("addressee.authority"), QStringLiteral("Embassy of Testland"));
    EXPECT_FALSE(ruleIds(fixtureChecker().check(request, kToday)).contains(QStringLiteral("STATE-ADDRESSEE")))
        << "the diplomatic channel has its own addressee";
}

TEST(Validation, WithoutARequestedStateThePackRulesWait)
{
    Request request = completeRequest();
    request.values.remove(QStringLiteral("addressee.state"));
    EXPECT_EQ(ruleIds(fixtureChecker().check(request, kToday)), QStringList{QStringLiteral("CONV-13-STATE")});
}
