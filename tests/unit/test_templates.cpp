#include "model/requestform.h"
#include "testpaths.h"
#include "validation/requirementtemplate.h"
#include "validation/ruletexts.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace mla::core;

namespace {

QString loadError(const QByteArray &json)
{
    auto t = RequirementTemplate::fromJson(json, QStringLiteral("t.json"));
    EXPECT_FALSE(t.ok()) << "expected an error for: " << json.toStdString();
    if (t.ok()) {
        return {};
    }
    EXPECT_EQ(t.error().code, ErrorCode::MalformedTemplate);
    return t.error().message;
}

// A valid rule with one member replaced, to test each member's checks alone.
QByteArray templateWithRule(const char *ruleMembers)
{
    return QByteArray(R"({"formatVersion": 1, "id": "t", "title": "T", "layer": "instrument",
                          "appliesTo": ["mla.general"], "sources": {"S": "https://example.org"},
                          "rules": [{"id": "R-1", "message": "m", "action": "a", "citation": "c", )") +
           ruleMembers + "}]}";
}

} // namespace

TEST(Templates, BuiltInTemplatesAndFormsAreConsistent)
{
    auto library = TemplateLibrary::builtIn();
    ASSERT_TRUE(library.ok()) << library.error().message.toStdString();
    EXPECT_GE(library->templates().size(), 2);
    auto consistent = library->checkAgainstForms();
    EXPECT_TRUE(consistent.ok()) << consistent.error().message.toStdString();
    EXPECT_TRUE(RequestForm::builtInTypeIds().contains(QStringLiteral("mla.general")));
}

TEST(Templates, TheSourceFolderLoadsAsWell)
{
    auto library = TemplateLibrary::fromFolder(mla::test::templatesPath(QStringLiteral("requirements")));
    ASSERT_TRUE(library.ok()) << library.error().message.toStdString();
    EXPECT_EQ(library->templates().size(), TemplateLibrary::builtIn()->templates().size());
}

TEST(Templates, SyntaxErrorsNameFileLineAndColumn)
{
    auto library = TemplateLibrary::fromFolder(mla::test::dataPath(QStringLiteral("templates-broken")));
    ASSERT_FALSE(library.ok());
    const QString message = library.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("a-syntax.json:6:"))) << message.toStdString();
}

TEST(Templates, StructuralErrorsNameTheJsonPointer)
{
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "fatal", "field": "x", "check": "required")"))
                    .contains(QStringLiteral("t.json: at /rules/0/severity: 'fatal' is not one of: blocking, warning")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "exists")"))
                    .contains(QStringLiteral("/rules/0/check")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "check": "required")"))
                    .contains(QStringLiteral("/rules/0/field: this check needs a 'field'")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "required", "sevrity": 1)"))
                    .contains(QStringLiteral("/rules/0/sevrity: unknown member")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "pattern", "pattern": "([a-z")"))
                    .contains(QStringLiteral("/rules/0/pattern: invalid regular expression")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "required", "source": "NOPE")"))
                    .contains(QStringLiteral("/rules/0/source")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "collection": "measures", "check": "minItems")"))
                    .contains(QStringLiteral("/rules/0/min")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "required", "when": {"field": "y"})"))
                    .contains(QStringLiteral("/rules/0/when/equals")));
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "required", "when": {"bogus": 1})"))
                    .contains(QStringLiteral("/rules/0/when: a condition needs one of")));
    EXPECT_TRUE(loadError(R"({"formatVersion": 2, "id": "t", "title": "T", "layer": "instrument", "appliesTo": ["x"], "rules": []})")
                    .contains(QStringLiteral("/formatVersion")));
    EXPECT_TRUE(loadError(R"([1, 2])").contains(QStringLiteral("expected an object")));
    EXPECT_TRUE(loadError(R"({"formatVersion": 1, "id": "t", "title": "T", "layer": "instrument", "appliesTo": ["x"],
                              "rules": [{"id": "A", "severity": "warning", "field": "x", "check": "required", "message": "m", "action": "a", "citation": "c"},
                                        {"id": "A", "severity": "warning", "field": "x", "check": "required", "message": "m", "action": "a", "citation": "c"}]})")
                    .contains(QStringLiteral("/rules/1/id: duplicate rule id 'A'")));
}

TEST(Templates, RulesNamingUnknownFieldsAreCaught)
{
    auto library = TemplateLibrary::fromFolder(mla::test::dataPath(QStringLiteral("templates-bad-field")));
    ASSERT_TRUE(library.ok()) << library.error().message.toStdString();
    auto consistent = library->checkAgainstForms();
    ASSERT_FALSE(consistent.ok());
    EXPECT_TRUE(consistent.error().message.contains(QStringLiteral("bad-field.json: at /rules/0/field: request type "
                                                                   "'mla.general' has no field 'facts.summry'")))
        << consistent.error().message.toStdString();
}

TEST(Templates, AMissingFolderIsReported)
{
    auto library = TemplateLibrary::fromFolder(mla::test::dataPath(QStringLiteral("no-such-folder")));
    ASSERT_FALSE(library.ok());
    EXPECT_EQ(library.error().code, ErrorCode::NotFound);
}

TEST(Forms, MalformedFormsAreReportedWithPosition)
{
    auto form = RequestForm::fromJson(R"({"type": "x", "family": "mla", "title": "X",
        "steps": [{"id": "s", "title": "S", "fields": [{"key": "a", "label": "A", "kind": "choice"}]}]})",
                                      QStringLiteral("f.json"));
    ASSERT_FALSE(form.ok());
    EXPECT_TRUE(form.error().message.contains(QStringLiteral("f.json: at /steps/0/fields/0/options: a choice field needs options")))
        << form.error().message.toStdString();
}

TEST(Templates, RequestTypeConditionsAreRead)
{
    auto t = RequirementTemplate::fromJson(R"({"formatVersion": 1, "id": "t", "title": "T", "layer": "quality",
        "appliesTo": ["mla.general"], "rules": [{"id": "R", "severity": "warning", "field": "facts.summary",
        "check": "required", "when": {"requestType": ["mla.general"]}, "message": "m", "action": "a", "citation": "c"}]})",
                                           QStringLiteral("t.json"));
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->rules().first().when.kind, Condition::Kind::RequestType);
    EXPECT_TRUE(loadError(templateWithRule(R"("severity": "warning", "field": "x", "check": "required", "when": {"requestType": []})"))
                    .contains(QStringLiteral("/rules/0/when/requestType: name at least one request type")));
}

TEST(Templates, ARuleLimitedToARequestTypeNeedsItsFieldsOnlyThere)
{
    TemplateLibrary::FormLookup forms = [](const QString &typeId) -> Result<RequestForm> {
        if (typeId == QLatin1String("x.one")) {
            return RequestForm::fromJson(R"({"type": "x.one", "family": "mla", "title": "One",
                "steps": [{"id": "s", "title": "S", "fields": [{"key": "only.here", "label": "A"}]}]})",
                                         QStringLiteral("one.json"));
        }
        return RequestForm::fromJson(R"({"type": "x.two", "family": "mla", "title": "Two",
            "steps": [{"id": "s", "title": "S", "fields": [{"key": "elsewhere", "label": "B"}]}]})",
                                     QStringLiteral("two.json"));
    };
    auto limited = RequirementTemplate::fromJson(R"({"formatVersion": 1, "id": "t", "title": "T", "layer": "quality",
        "appliesTo": ["x.one", "x.two"], "rules": [{"id": "R", "severity": "warning", "field": "only.here",
        "check": "required", "when": {"requestType": ["x.one"]}, "message": "m", "action": "a", "citation": "c"}]})",
                                                 QStringLiteral("limited.json"));
    ASSERT_TRUE(limited.ok());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("limited.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"formatVersion": 1, "id": "t", "title": "T", "layer": "quality",
        "appliesTo": ["x.one", "x.two"], "rules": [{"id": "R", "severity": "warning", "field": "only.here",
        "check": "required", "when": {"requestType": ["x.one"]}, "message": "m", "action": "a", "citation": "c"}]})");
    file.close();
    auto library = TemplateLibrary::fromFolder(dir.path());
    ASSERT_TRUE(library.ok());
    EXPECT_TRUE(library->checkAgainstForms(forms).ok());
}

TEST(RuleTexts, FrenchTranslatesEveryMessageAndActionAndNothingElse)
{
    const auto library = TemplateLibrary::builtIn();
    ASSERT_TRUE(library.ok()) << library.error().message.toStdString();
    const auto french = RuleTexts::forLanguage(QStringLiteral("fr"));
    ASSERT_TRUE(french.ok()) << french.error().message.toStdString();
    EXPECT_EQ(french->language(), QStringLiteral("fr"));
    EXPECT_FALSE(french->review().isEmpty()) << "marked for review by a qualified translator";
    const QStringList missing = french->missing(library->templates());
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
    const QStringList unused = french->unused(library->templates());
    EXPECT_TRUE(unused.isEmpty()) << unused.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(french->text(QStringLiteral("The request has no signatory.")), QStringLiteral("La demande n’a pas de signataire."));
    EXPECT_EQ(french->text(QStringLiteral("A text no rule has")), QStringLiteral("A text no rule has"));
    // English needs no file and changes nothing.
    const auto english = RuleTexts::forLanguage(QStringLiteral("en"));
    ASSERT_TRUE(english.ok());
    EXPECT_EQ(english->text(QStringLiteral("The request has no signatory.")), QStringLiteral("The request has no signatory."));
    EXPECT_TRUE(english->missing(library->templates()).isEmpty());
}

TEST(RuleTexts, BrokenFilesAreRefusedWithWhereAndWhy)
{
    EXPECT_EQ(RuleTexts::forLanguage(QStringLiteral("xx")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(RuleTexts::forLanguage(QStringLiteral("../fr")).error().code, ErrorCode::NotFound);
    const auto syntax = RuleTexts::fromJson(QByteArray("{\"language\": \"fr\",\n  \"texts\": {"), QStringLiteral("fr.json"));
    ASSERT_FALSE(syntax.ok());
    EXPECT_TRUE(syntax.error().message.startsWith(QStringLiteral("fr.json:2:"))) << syntax.error().message.toStdString();
    const auto empty = RuleTexts::fromJson(QByteArray(R"({"language": "fr", "texts": {"A": ""}})"), QStringLiteral("fr.json"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("/texts/A"))) << empty.error().message.toStdString();
    const auto unknown = RuleTexts::fromJson(QByteArray(R"({"language": "fr", "txets": {}})"), QStringLiteral("fr.json"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("txets"))) << unknown.error().message.toStdString();
}
