#include "demo/democase.h"
#include "testpaths.h"
#include "validation/requestchecker.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

#include <functional>

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

void set(Request &r, const char *key, const QString &value)
{
    r.values.insert(QString::fromLatin1(key), value);
}

using Mutation = std::function<void(Request &)>;

/// For every rule of the built-in templates: a change to the complete demo request that must make
/// exactly that rule fire. A rule added to a template without an entry here fails the suite.
const std::map<QString, Mutation> &mutations()
{
    static const std::map<QString, Mutation> table = {
        {QStringLiteral("CONV-15A-AUTHORITY"), [](Request &r) { set(r, "authority.name", {}); }},
        {QStringLiteral("CONV-15B-SUBJECT"), [](Request &r) { set(r, "proceedings.subject", QStringLiteral("  ")); }},
        {QStringLiteral("CONV-15B-CONDUCTING"), [](Request &r) { set(r, "proceedings.conductingAuthority", {}); }},
        {QStringLiteral("CONV-15B-STAGE"), [](Request &r) { set(r, "proceedings.stage", {}); }},
        {QStringLiteral("CONV-15C-FACTS"), [](Request &r) { set(r, "facts.summary", {}); }},
        {QStringLiteral("CONV-15D-MEASURES"), [](Request &r) { r.collections.remove(QStringLiteral("measures")); }},
        {QStringLiteral("CONV-15D-KIND"), [](Request &r) { setFirst(r, "measures", "kind", {}); }},
        {QStringLiteral("CONV-15D-DESCRIPTION"), [](Request &r) { setFirst(r, "measures", "description", {}); }},
        {QStringLiteral("CONV-15D-PROCEDURE"), [](Request &r) { set(r, "procedures.special", {}); }},
        {QStringLiteral("CONV-15E-PERSON-NAME"), [](Request &r) { setFirst(r, "persons", "familyName", {}); }},
        {QStringLiteral("CONV-15E-PERSON-NATIONALITY"), [](Request &r) { setFirst(r, "persons", "nationality", {}); }},
        {QStringLiteral("CONV-15E-PERSON-LOCATION"), [](Request &r) { setFirst(r, "persons", "address", {}); }},
        {QStringLiteral("CONV-13-STATE"), [](Request &r) { set(r, "addressee.state", {}); }},
        {QStringLiteral("CONV-13-STATE-CODE"), [](Request &r) { set(r, "addressee.state", QStringLiteral("France")); }},
        {QStringLiteral("CONV-13-ADDRESSEE"), [](Request &r) { set(r, "addressee.authority", {}); }},
        {QStringLiteral("BASIS-STATED"),
         [](Request &r) {
             set(r, "legalBasis.instrument", {});
             set(r, "legalBasis.reciprocity", {});
         }},
        {QStringLiteral("BASIS-RECIPROCITY"), [](Request &r) { set(r, "legalBasis.kind", QStringLiteral("reciprocity")); }},
        {QStringLiteral("OFFENCE-PRESENT"), [](Request &r) { r.collections[QStringLiteral("offences")].clear(); }},
        {QStringLiteral("OFFENCE-QUALIFICATION"), [](Request &r) { setFirst(r, "offences", "qualification", {}); }},
        {QStringLiteral("OFFENCE-TEXT"), [](Request &r) { setFirst(r, "offences", "provision", {}); }},
        {QStringLiteral("OFFENCE-PENALTY"), [](Request &r) { setFirst(r, "offences", "maxPenalty", {}); }},
        {QStringLiteral("CONTACT-PERSON"), [](Request &r) { set(r, "authority.contactPerson", {}); }},
        {QStringLiteral("CONTACT-CHANNEL"),
         [](Request &r) {
             set(r, "authority.email", {});
             set(r, "authority.phone", {});
         }},
        {QStringLiteral("CONTACT-EMAIL-FORMAT"), [](Request &r) { set(r, "authority.email", QStringLiteral("kestrel at demo")); }},
        {QStringLiteral("CONTACT-HOURS"), [](Request &r) { set(r, "authority.officeHours", {}); }},
        {QStringLiteral("CONTACT-TIMEZONE"), [](Request &r) { set(r, "authority.timeZone", {}); }},
        {QStringLiteral("SIGNATURE-NAME"), [](Request &r) { set(r, "signature.name", {}); }},
        {QStringLiteral("DATE-FORMAT-SIGNATURE"), [](Request &r) { set(r, "signature.date", QStringLiteral("28/11/2026")); }},
        {QStringLiteral("DATE-FORMAT-BIRTH"), [](Request &r) { setFirst(r, "persons", "dateOfBirth", QStringLiteral("14.06.1971")); }},
        {QStringLiteral("Q-NEXUS-PRESENT"), [](Request &r) { setFirst(r, "measures", "nexus", {}); }},
        {QStringLiteral("Q-NEXUS-SUBSTANCE"), [](Request &r) { setFirst(r, "measures", "nexus", QStringLiteral("Relevant.")); }},
        {QStringLiteral("Q-FACTS-SUBSTANCE"), [](Request &r) { set(r, "facts.summary", QStringLiteral("Bribery.")); }},
        {QStringLiteral("Q-URGENCY-REASONS"), [](Request &r) { set(r, "urgency.reasons", {}); }},
        {QStringLiteral("Q-URGENCY-DEADLINE"), [](Request &r) { set(r, "urgency.deadline", {}); }},
        {QStringLiteral("Q-URGENCY-DEADLINE-DATE"), [](Request &r) { set(r, "urgency.deadline", QStringLiteral("soon")); }},
        {QStringLiteral("Q-URGENCY-DEADLINE-PAST"), [](Request &r) { set(r, "urgency.deadline", QStringLiteral("2026-01-01")); }},
        {QStringLiteral("Q-CONFIDENTIALITY-REASONS"), [](Request &r) { set(r, "confidentiality.reasons", {}); }},
        {QStringLiteral("Q-FACTS-WHEN"), [](Request &r) { set(r, "facts.period", {}); }},
        {QStringLiteral("Q-FACTS-WHERE"), [](Request &r) { set(r, "facts.place", {}); }},
        {QStringLiteral("Q-FACTS-WHO"), [](Request &r) { r.collections.remove(QStringLiteral("persons")); }},
        {QStringLiteral("Q-RECORDS-IDENTIFIERS"), [](Request &r) { setFirst(r, "measures", "identifiers", {}); }},
        {QStringLiteral("Q-RECORDS-PERIOD"),
         [](Request &r) {
             setFirst(r, "measures", "periodFrom", {});
             setFirst(r, "measures", "periodTo", {});
         }},
        {QStringLiteral("Q-RECORDS-PERIOD-DATES"), [](Request &r) { setFirst(r, "measures", "periodFrom", QStringLiteral("Jan 2024")); }},
        {QStringLiteral("Q-COERCIVE-MARKED"),
         [](Request &r) {
             setFirst(r, "measures", "kind", QStringLiteral("searchSeizure"));
             setFirst(r, "measures", "coercive", QStringLiteral("false"));
         }},
        {QStringLiteral("Q-USE-LIMITATION"), [](Request &r) { set(r, "assurances.useLimitation", {}); }},
        {QStringLiteral("STATE-LANGUAGE"),
         [](Request &r) {
             set(r, "language.letter", QStringLiteral("es"));
             set(r, "language.translation", {});
         }},
        {QStringLiteral("STATE-LANGUAGE-UNKNOWN"), [](Request &r) { set(r, "addressee.state", QStringLiteral("XC")); }},
        {QStringLiteral("STATE-ADDRESSEE"), [](Request &r) { set(r, "addressee.authority", QStringLiteral("Ministry of Foreign Affairs")); }},
        {QStringLiteral("STATE-CHANNEL"), [](Request &r) { set(r, "addressee.channel", QStringLiteral("interpol")); }},
        {QStringLiteral("STATE-DUAL-CRIMINALITY-COERCIVE"), [](Request &r) { set(r, "dualCriminality.statement", {}); }},
        {QStringLiteral("STATE-DUAL-CRIMINALITY-ALL"),
         [](Request &r) {
             set(r, "addressee.state", QStringLiteral("XB"));
             set(r, "dualCriminality.statement", {});
         }},
        {QStringLiteral("STATE-DEATH-PENALTY-ASSURANCE"), [](Request &r) { setFirst(r, "offences", "deathPenalty", QStringLiteral("true")); }},
    };
    return table;
}

QStringList allRuleIds(const QList<RequirementTemplate> &templates)
{
    QStringList ids;
    for (const RequirementTemplate &t : templates) {
        for (const Rule &rule : t.rules()) {
            ids << rule.id;
        }
    }
    return ids;
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

TEST(Validation, EveryBuiltInRuleHasAFiringCase)
{
    const QStringList ids = allRuleIds(builtInFor(QStringLiteral("mla.general")));
    for (const QString &id : ids) {
        EXPECT_TRUE(mutations().count(id)) << "no test makes rule " << id.toStdString() << " fire";
    }
    for (const auto &[id, mutation] : mutations()) {
        EXPECT_TRUE(ids.contains(id)) << "test names unknown rule " << id.toStdString();
    }
}

class EachRule : public ::testing::TestWithParam<QString>
{
};

TEST_P(EachRule, FiresWhenItsRequirementIsBrokenWithItsCitation)
{
    Request request = completeRequest();
    ASSERT_FALSE(ruleIds(fixtureChecker().check(request, kToday)).contains(GetParam())) << "quiet when satisfied";

    mutations().at(GetParam())(request);
    const ValidationReport report = fixtureChecker().check(request, kToday);
    const auto it = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                 [](const Finding &f) { return f.ruleId == GetParam(); });
    ASSERT_NE(it, report.findings.cend()) << "rule did not fire";
    EXPECT_FALSE(it->citation.isEmpty());
    EXPECT_FALSE(it->message.isEmpty());
    EXPECT_FALSE(it->action.isEmpty());
    EXPECT_LT(report.completenessPercent(), 100);
}

INSTANTIATE_TEST_SUITE_P(BuiltInRules, EachRule, ::testing::ValuesIn([] {
                             std::vector<QString> ids;
                             for (const auto &entry : mutations()) {
                                 ids.push_back(entry.first);
                             }
                             return ids;
                         }()),
                         [](const ::testing::TestParamInfo<QString> &param) {
                             QString name = param.param;
                             return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

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
