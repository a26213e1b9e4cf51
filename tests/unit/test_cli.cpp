#include "storage/casestore.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace mla::core;
using mla::test::runProgram;

namespace {

class CliTest : public ::testing::Test
{
protected:
    mla::test::ProcessOutput cli(const QStringList &args) { return runProgram(mla::test::cliPath(), args); }

    QString caseFile() const { return m_dir.filePath(QStringLiteral("cli.mlacase")); }

    qint64 createDemo()
    {
        const auto out = cli({QStringLiteral("demo"), QStringLiteral("--case-file"), caseFile()});
        EXPECT_EQ(out.exitCode, 0) << out.standardError.toStdString();
        bool ok = false;
        const qint64 id = QString::fromUtf8(out.standardOutput).trimmed().toLongLong(&ok);
        EXPECT_TRUE(ok) << out.standardOutput.toStdString();
        return id;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, VersionAndHelp)
{
    auto out = cli({QStringLiteral("--version")});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_TRUE(out.standardOutput.startsWith("mla-writer-cli "));
    out = cli({QStringLiteral("--help")});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_TRUE(out.standardOutput.contains("validate --case-file FILE --request ID"));
}

TEST_F(CliTest, UsageErrorsExitWithTwoOnStderr)
{
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("validate")},
          QStringList{QStringLiteral("validate"), QStringLiteral("--case-file"), caseFile(), QStringLiteral("--request"),
                      QStringLiteral("abc")},
          QStringList{QStringLiteral("export"), QStringLiteral("--case-file"), caseFile(), QStringLiteral("--request"),
                      QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--format"),
                      QStringLiteral("odt")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--bogus")}}) {
        const auto out = cli(args);
        EXPECT_EQ(out.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(out.standardOutput.isEmpty());
        EXPECT_TRUE(out.standardError.startsWith("mla-writer-cli: ")) << out.standardError.toStdString();
    }
}

TEST_F(CliTest, DemoThenValidateIsCleanAndJsonIsWellFormed)
{
    const qint64 id = createDemo();
    const QStringList base{QStringLiteral("validate"), QStringLiteral("--case-file"), caseFile(),
                           QStringLiteral("--request"), QString::number(id)};
    auto out = cli(base);
    EXPECT_EQ(out.exitCode, 0) << out.standardOutput.toStdString();
    EXPECT_TRUE(out.standardOutput.contains("Completeness: 100 %"));

    out = cli(base + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(out.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.standardOutput, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(doc.object().value(QStringLiteral("request")).toInteger(), id);
    EXPECT_EQ(doc.object().value(QStringLiteral("completeness")).toInt(), 100);
    EXPECT_TRUE(doc.object().value(QStringLiteral("findings")).toArray().isEmpty());
}

TEST_F(CliTest, EmptyFactsAreBlockingWithTheirCitation)
{
    const qint64 id = createDemo();
    {
        auto store = CaseStore::open(caseFile(), CaseStore::OpenMode::OpenExisting);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->setValue(id, QStringLiteral("facts.summary"), QString()).ok());
    }
    const QStringList base{QStringLiteral("validate"), QStringLiteral("--case-file"), caseFile(),
                           QStringLiteral("--request"), QString::number(id)};
    auto out = cli(base);
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_TRUE(out.standardOutput.contains("BLOCKING CONV-15C-FACTS"));
    EXPECT_TRUE(out.standardOutput.contains("UNTOC art. 18(15)(c); UNCAC art. 46(15)(c)"));

    out = cli(base + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(out.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(out.standardOutput).object().value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    const QJsonObject first = findings.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("rule")).toString(), QStringLiteral("CONV-15C-FACTS"));
    EXPECT_EQ(first.value(QStringLiteral("severity")).toString(), QStringLiteral("blocking"));
    EXPECT_EQ(first.value(QStringLiteral("field")).toString(), QStringLiteral("facts.summary"));
}

TEST_F(CliTest, ExportWritesACheckedPdfAndRecordsIt)
{
    const qint64 id = createDemo();
    const QString pdf = m_dir.filePath(QStringLiteral("request.pdf"));
    const auto out = cli({QStringLiteral("export"), QStringLiteral("--case-file"), caseFile(), QStringLiteral("--request"),
                          QString::number(id), QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--out"), pdf});
    ASSERT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    if (mla::test::hasProgram(QStringLiteral("qpdf"))) {
        const auto check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        EXPECT_EQ(check.exitCode, 0) << check.standardOutput.toStdString();
    }
    if (mla::test::hasProgram(QStringLiteral("pdftotext"))) {
        const auto text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        EXPECT_TRUE(text.standardOutput.contains("Harbourline Consulting"));
    }
    auto store = CaseStore::open(caseFile(), CaseStore::OpenMode::OpenExisting);
    ASSERT_TRUE(store.ok());
    auto exports = (*store)->exports(id);
    ASSERT_TRUE(exports.ok());
    ASSERT_EQ(exports->size(), 1);
    EXPECT_EQ(exports->first().sha256.size(), 64);
    EXPECT_EQ(exports->first().fileName, QStringLiteral("request.pdf"));
}

TEST_F(CliTest, ExportIntoAMissingFolderFailsWithExitThreeAndWritesNothing)
{
    const qint64 id = createDemo();
    const QString pdf = m_dir.filePath(QStringLiteral("missing/folder/request.pdf"));
    const auto out = cli({QStringLiteral("export"), QStringLiteral("--case-file"), caseFile(), QStringLiteral("--request"),
                          QString::number(id), QStringLiteral("--out"), pdf});
    EXPECT_EQ(out.exitCode, 3);
    EXPECT_TRUE(out.standardError.contains("request.pdf")) << out.standardError.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(CliTest, ATextFileRenamedToMlacaseIsRefused)
{
    const QString fake = m_dir.filePath(QStringLiteral("fake.mlacase"));
    QFile file(fake);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("hello, I am a text file\n");
    file.close();
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("export"), QStringLiteral("demo")}) {
        QStringList args{command, QStringLiteral("--case-file"), fake};
        if (command != QLatin1String("demo")) {
            args << QStringLiteral("--request") << QStringLiteral("1") << QStringLiteral("--out")
                 << m_dir.filePath(QStringLiteral("x.pdf"));
            if (command == QLatin1String("validate")) {
                args.removeLast();
                args.removeLast();
            }
        }
        const auto out = cli(args);
        EXPECT_EQ(out.exitCode, 2) << command.toStdString();
        EXPECT_TRUE(out.standardError.contains("is not an MLA case file")) << out.standardError.toStdString();
        EXPECT_TRUE(out.standardError.contains(fake.toUtf8()));
    }
}

TEST_F(CliTest, UnknownRequestIsAnInputError)
{
    createDemo();
    const auto out = cli({QStringLiteral("validate"), QStringLiteral("--case-file"), caseFile(),
                          QStringLiteral("--request"), QStringLiteral("999")});
    EXPECT_EQ(out.exitCode, 2);
    EXPECT_TRUE(out.standardError.contains("no request 999"));
}

TEST_F(CliTest, ExportJsonImportRoundTripsAndValidateJsonAgrees)
{
    const qint64 id = createDemo();
    const QString json = m_dir.filePath(QStringLiteral("request.json"));
    auto out = cli({QStringLiteral("export-json"), QStringLiteral("--case-file"), caseFile(), QStringLiteral("--request"),
                    QString::number(id), QStringLiteral("--out"), json});
    ASSERT_EQ(out.exitCode, 0) << out.standardError.toStdString();

    out = cli({QStringLiteral("validate-json"), json});
    EXPECT_EQ(out.exitCode, 0) << out.standardOutput.toStdString();
    EXPECT_TRUE(out.standardOutput.contains("Completeness: 100 %"));

    const QString other = m_dir.filePath(QStringLiteral("other.mlacase"));
    out = cli({QStringLiteral("import"), QStringLiteral("--case-file"), other, QStringLiteral("--case"),
               QStringLiteral("abc"), json});
    EXPECT_EQ(out.exitCode, 2);
    EXPECT_FALSE(QFile::exists(other)) << "a wrong --case is refused before the case file is created";
    out = cli({QStringLiteral("import"), QStringLiteral("--case-file"), other, json});
    ASSERT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    const QString newId = QString::fromUtf8(out.standardOutput).trimmed();
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    out = cli({QStringLiteral("export-json"), QStringLiteral("--case-file"), other, QStringLiteral("--request"), newId,
               QStringLiteral("--out"), again});
    ASSERT_EQ(out.exitCode, 0);
    QFile a(json), b(again);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll()) << "import then export gives the same bytes";
}

TEST_F(CliTest, ValidateJsonReportsEachSeededDeficiencyWithItsCitation)
{
    const auto out = cli({QStringLiteral("validate-json"),
                          mla::test::dataPath(QStringLiteral("requests/seeded-deficiencies.json")), QStringLiteral("--json")});
    EXPECT_EQ(out.exitCode, 1);
    const QJsonArray findings =
        QJsonDocument::fromJson(out.standardOutput).object().value(QStringLiteral("findings")).toArray();
    QMap<QString, QJsonObject> byRule;
    for (const QJsonValue &f : findings) {
        byRule.insert(f.toObject().value(QStringLiteral("rule")).toString(), f.toObject());
    }
    const std::pair<const char *, const char *> expected[] = {
        {"Q-NEXUS-PRESENT", "UNTOC art. 18(15)(f)"},          // a measure without a link to the facts
        {"Q-RECORDS-IDENTIFIERS", "UNTOC art. 18(15)(d)"},    // records request without identifiers
        {"Q-RECORDS-PERIOD", "UNTOC art. 18(15)(d)"},         // ... and without a date range
        {"Q-URGENCY-REASONS", "UNTOC art. 18(24)"},           // urgent without reasons
        {"Q-URGENCY-DEADLINE", "UNTOC art. 18(24)"},          // ... and without a deadline
        {"Q-FACTS-WHEN", "UNTOC art. 18(15)(c)"},             // facts without when
        {"Q-FACTS-WHERE", "UNTOC art. 18(15)(c)"},            // ... and where
        {"Q-COERCIVE-MARKED", "UNTOC art. 18(9)"},            // search not marked coercive
        {"STATE-DUAL-CRIMINALITY-COERCIVE", "UNTOC art. 18(9)"}, // Spain requires dual criminality
        {"STATE-DEATH-PENALTY-ASSURANCE", "state pack"},       // Spain requires the assurance
        {"STATE-LANGUAGE", "UNTOC art. 18(14)"},              // English letter to Spain, no translation
        {"STATE-ADDRESSEE", "UNTOC art. 18(13)"},             // not the central authority
    };
    for (const auto &[rule, citation] : expected) {
        ASSERT_TRUE(byRule.contains(QLatin1String(rule))) << rule;
        EXPECT_TRUE(byRule.value(QLatin1String(rule)).value(QStringLiteral("citation")).toString().contains(QLatin1String(citation)))
            << rule;
    }
    EXPECT_FALSE(byRule.value(QStringLiteral("STATE-DEATH-PENALTY-ASSURANCE")).value(QStringLiteral("verified")).toBool());
    EXPECT_TRUE(byRule.value(QStringLiteral("STATE-LANGUAGE")).value(QStringLiteral("stateBasis")).toString().startsWith(QStringLiteral("Spain: languages = es")));
}

TEST_F(CliTest, ValidateJsonReportsPreservationConfiscationAndProvisionalArrestGaps)
{
    const std::pair<const char *, QStringList> cases[] = {
        {"seeded-preservation.json", {QStringLiteral("BUD-PRES-FOLLOWUP")}},
        {"seeded-foreign-order.json", {QStringLiteral("CONF-ORDER-FINAL"), QStringLiteral("CONF-ORDER-THIRD-PARTIES")}},
        {"seeded-provisional-arrest.json", {QStringLiteral("PA-DEADLINE")}},
    };
    for (const auto &[file, rules] : cases) {
        const auto out = cli({QStringLiteral("validate-json"),
                              mla::test::dataPath(QStringLiteral("requests/") + QLatin1String(file)), QStringLiteral("--json")});
        EXPECT_EQ(out.exitCode, 1) << file;
        QStringList fired;
        for (const QJsonValue &f :
             QJsonDocument::fromJson(out.standardOutput).object().value(QStringLiteral("findings")).toArray()) {
            fired << f.toObject().value(QStringLiteral("rule")).toString();
            EXPECT_FALSE(f.toObject().value(QStringLiteral("citation")).toString().isEmpty());
        }
        EXPECT_EQ(fired, rules) << file;
    }
}

TEST_F(CliTest, EveryDemoRequestValidatesCompleteThroughTheCli)
{
    const qint64 generalId = createDemo();
    auto store = CaseStore::open(caseFile(), CaseStore::OpenMode::OpenExisting);
    ASSERT_TRUE(store.ok());
    const auto requests = (*store)->requests((*store)->loadRequest(generalId)->caseId);
    ASSERT_TRUE(requests.ok());
    ASSERT_GT(requests->size(), 10);
    for (const RequestSummary &r : *requests) {
        const auto out = cli({QStringLiteral("validate"), QStringLiteral("--case-file"), caseFile(),
                              QStringLiteral("--request"), QString::number(r.id)});
        EXPECT_EQ(out.exitCode, 0) << r.typeId.toStdString() << "\n" << out.standardOutput.toStdString();
        EXPECT_TRUE(out.standardOutput.contains("Completeness: 100 %")) << r.typeId.toStdString();
    }
}

TEST_F(CliTest, MalformedImportIsRefusedAndNothingIsWritten)
{
    const QString json = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general",
                  "collections": {"measures": [{"kind": "statement"}, {"nexsu": "typo"}]}})");
    file.close();
    const auto out = cli({QStringLiteral("import"), QStringLiteral("--case-file"), caseFile(), json});
    EXPECT_EQ(out.exitCode, 2);
    EXPECT_TRUE(out.standardError.contains("at /collections/measures/1/nexsu")) << out.standardError.toStdString();
    EXPECT_FALSE(QFile::exists(caseFile())) << "a refused import does not even create the case file";
}

TEST_F(CliTest, TemplatesLintPassesOnTheShippedTemplatesAndPinpointsBrokenOnes)
{
    auto out = cli({QStringLiteral("templates"), QStringLiteral("lint"), mla::test::templatesPath()});
    EXPECT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    EXPECT_TRUE(out.standardOutput.startsWith("OK: "));

    out = cli({QStringLiteral("templates"), QStringLiteral("lint"), mla::test::dataPath(QStringLiteral("templates-lint-broken"))});
    EXPECT_EQ(out.exitCode, 1);
    EXPECT_TRUE(out.standardError.contains("broken.json: at /rules/0/check: 'exists' is not one of"))
        << out.standardError.toStdString();
}

TEST_F(CliTest, TemplatesListAndShow)
{
    auto out = cli({QStringLiteral("templates"), QStringLiteral("list")});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_TRUE(out.standardOutput.contains("mla.general"));
    EXPECT_TRUE(out.standardOutput.contains("convention.mla"));
    EXPECT_TRUE(out.standardOutput.contains("FR  France"));

    out = cli({QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("fr")});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_TRUE(out.standardOutput.contains("languages: fr"));
    EXPECT_TRUE(out.standardOutput.contains("[to be verified]"));
    EXPECT_TRUE(out.standardOutput.contains("dualCriminality: unknown"));

    out = cli({QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("UY")});
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_TRUE(out.standardOutput.contains("convention-default pack"));
}

TEST_F(CliTest, LegalBasisExplainsTheChoice)
{
    auto out = cli({QStringLiteral("legal-basis"), QStringLiteral("--from"), QStringLiteral("DE"), QStringLiteral("--to"),
                    QStringLiteral("FR"), QStringLiteral("--family"), QStringLiteral("mla"), QStringLiteral("--offence"),
                    QStringLiteral("corruption"), QStringLiteral("--json")});
    ASSERT_EQ(out.exitCode, 0) << out.standardError.toStdString();
    const QJsonArray options = QJsonDocument::fromJson(out.standardOutput).object().value(QStringLiteral("options")).toArray();
    ASSERT_FALSE(options.isEmpty());
    EXPECT_EQ(options.first().toObject().value(QStringLiteral("availability")).toString(), QStringLiteral("usable"));
    out = cli({QStringLiteral("legal-basis"), QStringLiteral("--from"), QStringLiteral("DE"), QStringLiteral("--to"),
               QStringLiteral("Atlantis"), QStringLiteral("--family"), QStringLiteral("mla")});
    EXPECT_EQ(out.exitCode, 2);
}
