// Every rule of every built-in requirement template has a case in tests/data/rule-cases/*.json:
// a change to a demo request that makes the rule fire, and (optionally) one that keeps it quiet.
// The unchanged demo request must not trigger the rule either. A rule without a case fails here.
#include "demo/democase.h"
#include "testpaths.h"
#include "validation/requestchecker.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mla::core;

namespace {

const QDate kToday(2026, 11, 28);

struct RuleCase
{
    QString rule;
    QString requestType;
    QJsonObject fire;
    QJsonObject quiet;
    QString file;
};

QList<RuleCase> loadCases()
{
    QList<RuleCase> cases;
    const QDir dir(mla::test::dataPath(QStringLiteral("rule-cases")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << name.toStdString() << ": " << error.errorString().toStdString();
        const QJsonArray array = doc.object().value(QStringLiteral("cases")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            cases.append({o.value(QStringLiteral("rule")).toString(), o.value(QStringLiteral("request")).toString(),
                          o.value(QStringLiteral("fire")).toObject(), o.value(QStringLiteral("quiet")).toObject(), name});
        }
    }
    return cases;
}

const QList<RuleCase> &cases()
{
    static const QList<RuleCase> all = loadCases();
    return all;
}

const RequestChecker &checker()
{
    static const RequestChecker c = [] {
        auto built = RequestChecker::builtIn();
        EXPECT_TRUE(built.ok()) << (built.ok() ? "" : built.error().message.toStdString());
        return std::move(built).value();
    }();
    return c;
}

/// Applies a patch: {"set": {key: value}}, {"setItems": [{collection, index|"*", key, value}]},
/// {"clear": [collection]}, {"addItems": [{collection, values: {}}]}. An empty value removes the key.
void applyPatch(Request &r, const QJsonObject &patch)
{
    const QJsonObject set = patch.value(QStringLiteral("set")).toObject();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (it.value().toString().isEmpty()) {
            r.values.remove(it.key());
        } else {
            r.values.insert(it.key(), it.value().toString());
        }
    }
    for (const QJsonValue &c : patch.value(QStringLiteral("clear")).toArray()) {
        r.collections.remove(c.toString());
    }
    qint64 nextId = 900000;
    for (const QJsonValue &v : patch.value(QStringLiteral("addItems")).toArray()) {
        const QJsonObject o = v.toObject();
        CollectionItem item;
        item.id = ++nextId;
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            item.values.insert(it.key(), it.value().toString());
        }
        r.collections[o.value(QStringLiteral("collection")).toString()].append(item);
    }
    for (const QJsonValue &v : patch.value(QStringLiteral("setItems")).toArray()) {
        const QJsonObject o = v.toObject();
        QList<CollectionItem> &items = r.collections[o.value(QStringLiteral("collection")).toString()];
        ASSERT_FALSE(items.isEmpty()) << "patch names an empty collection";
        const bool all = o.value(QStringLiteral("index")).toString() == QLatin1String("*");
        const int index = o.value(QStringLiteral("index")).toInt();
        for (int i = 0; i < items.size(); ++i) {
            if (!all && i != index) {
                continue;
            }
            const QString key = o.value(QStringLiteral("key")).toString();
            const QString value = o.value(QStringLiteral("value")).toString();
            if (value.isEmpty()) {
                items[i].values.remove(key);
            } else {
                items[i].values.insert(key, value);
            }
        }
    }
}

QStringList firedRules(const Request &request)
{
    QStringList ids;
    for (const Finding &f : checker().check(request, kToday).findings) {
        ids << f.ruleId;
    }
    return ids;
}

/// Demo requests in ids order, with their test ids so every request gets items ids (as from a store).
Request demoRequest(const QString &type)
{
    auto r = DemoCase::request(type, kToday);
    EXPECT_TRUE(r.ok()) << type.toStdString() << ": " << (r.ok() ? "" : r.error().message.toStdString());
    if (!r) {
        return {};
    }
    qint64 id = 1;
    for (QList<CollectionItem> &items : r->collections) {
        for (CollectionItem &item : items) {
            item.id = id++;
        }
    }
    return std::move(r).value();
}

} // namespace

TEST(RuleCases, EveryRuleOfEveryTemplateHasACase)
{
    QStringList covered;
    for (const RuleCase &c : cases()) {
        covered << c.rule;
    }
    for (const RequirementTemplate &t : checker().templates().templates()) {
        for (const Rule &rule : t.rules()) {
            EXPECT_TRUE(covered.contains(rule.id))
                << "rule " << rule.id.toStdString() << " of " << t.id().toStdString() << " has no case";
        }
    }
}

TEST(RuleCases, EveryDemoRequestIsComplete)
{
    const QStringList types = DemoCase::typeIds();
    ASSERT_FALSE(types.isEmpty());
    for (const QString &type : types) {
        const ValidationReport report = checker().check(demoRequest(type), kToday);
        EXPECT_FALSE(report.hasBlocking()) << type.toStdString() << " has blocking findings: "
                                           << firedRules(demoRequest(type)).join(QStringLiteral(", ")).toStdString();
    }
}

class RuleCaseTest : public ::testing::TestWithParam<int>
{
};

TEST_P(RuleCaseTest, FiresWhenBrokenAndStaysQuietOtherwise)
{
    const RuleCase &c = cases().at(GetParam());
    SCOPED_TRACE(c.file.toStdString() + ": " + c.rule.toStdString());
    Request base = demoRequest(c.requestType);
    ASSERT_FALSE(base.typeId.isEmpty());
    EXPECT_FALSE(firedRules(base).contains(c.rule)) << "the complete demo request already triggers the rule";

    Request quiet = base;
    applyPatch(quiet, c.quiet);
    EXPECT_FALSE(firedRules(quiet).contains(c.rule)) << "the quiet case triggers the rule";

    Request broken = base;
    applyPatch(broken, c.fire);
    const ValidationReport report = checker().check(broken, kToday);
    const auto it = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                 [&c](const Finding &f) { return f.ruleId == c.rule; });
    ASSERT_NE(it, report.findings.cend()) << "the rule did not fire; fired: "
                                          << firedRules(broken).join(QStringLiteral(", ")).toStdString();
    EXPECT_FALSE(it->citation.isEmpty());
    EXPECT_FALSE(it->action.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(AllRules, RuleCaseTest, ::testing::Range(0, static_cast<int>(cases().size())),
                         [](const ::testing::TestParamInfo<int> &param) {
                             QString name = cases().at(param.param).rule + QStringLiteral("_") + QString::number(param.param);
                             return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });
