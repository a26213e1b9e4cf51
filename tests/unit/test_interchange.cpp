#include "demo/democase.h"
#include "interchange/requestjson.h"
#include "storage/casestore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace mla::core;

namespace {

void expectSameContent(const Request &a, const Request &b)
{
    EXPECT_EQ(a.typeId, b.typeId);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.values, b.values);
    ASSERT_EQ(a.collections.keys(), b.collections.keys());
    for (const QString &c : a.collections.keys()) {
        ASSERT_EQ(a.items(c).size(), b.items(c).size()) << c.toStdString();
        for (qsizetype i = 0; i < a.items(c).size(); ++i) {
            EXPECT_EQ(a.items(c).at(i).values, b.items(c).at(i).values);
        }
    }
}

QString readError(const QByteArray &json)
{
    auto r = RequestJson::read(json, QStringLiteral("r.json"));
    EXPECT_FALSE(r.ok()) << json.toStdString();
    return r.ok() ? QString() : r.error().message;
}

} // namespace

TEST(Interchange, EveryDemoRequestRoundTripsWithoutLoss)
{
    for (const QString &type : DemoCase::typeIds()) {
        auto original = DemoCase::request(type);
        ASSERT_TRUE(original.ok()) << type.toStdString();
        const QByteArray json = RequestJson::write(*original);
        auto back = RequestJson::read(json, QStringLiteral("roundtrip.json"));
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        expectSameContent(*original, *back);
        EXPECT_EQ(RequestJson::write(*back), json) << "the bytes are deterministic";
    }
}

TEST(Interchange, HostileTextSurvivesTheRoundTripThroughACaseFile)
{
    Request r = DemoCase::generalMlaRequest();
    const QString hostile = QStringLiteral("<w:t>&amp;\"'\\ \u202e\U0001F600 \u0000end").replace(QChar(0), QChar(1));
    r.values.insert(QStringLiteral("facts.summary"), hostile);
    QTemporaryDir dir;
    auto store = CaseStore::open(dir.filePath(QStringLiteral("x.mlacase")));
    ASSERT_TRUE(store.ok());
    auto caseId = (*store)->createCase({}, {});
    auto back = RequestJson::read(RequestJson::write(r), QStringLiteral("x.json"));
    ASSERT_TRUE(back.ok());
    auto id = (*store)->insertRequest(*caseId, *back);
    ASSERT_TRUE(id.ok());
    auto loaded = (*store)->loadRequest(*id);
    EXPECT_EQ(loaded->value(QStringLiteral("facts.summary")), hostile);
    expectSameContent(r, *RequestJson::read(RequestJson::write(*loaded), QStringLiteral("y.json")));
}

TEST(Interchange, ErrorsNamePositionAndReason)
{
    EXPECT_TRUE(readError("{\"format\": \"mla-request\",\n \"formatVersion\": 1,,}").contains(QStringLiteral("r.json:2:")));
    EXPECT_TRUE(readError(R"({"format": "other", "formatVersion": 1, "type": "mla.general"})")
                    .contains(QStringLiteral("at /format: expected \"mla-request\"")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 7, "type": "mla.general"})")
                    .contains(QStringLiteral("at /formatVersion: format version 7 was written by a newer version")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.nonsense"})")
                    .contains(QStringLiteral("at /type: unknown request type 'mla.nonsense'")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general", "values": {"facts.sumary": "x"}})")
                    .contains(QStringLiteral("at /values/facts.sumary: request type 'mla.general' has no field 'facts.sumary'")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general", "values": {"facts.summary": 5}})")
                    .contains(QStringLiteral("at /values/facts.summary: expected a string")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general",
                              "collections": {"measures": [{"kind": "statement"}, {"nexsu": "x"}]}})")
                    .contains(QStringLiteral("at /collections/measures/1/nexsu: entries of 'measures' have no field 'nexsu'")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general", "collections": {"witches": []}})")
                    .contains(QStringLiteral("at /collections/witches")));
    EXPECT_TRUE(readError(R"({"format": "mla-request", "formatVersion": 1, "type": "mla.general", "extra": 1})")
                    .contains(QStringLiteral("at /extra: unknown member")));
}
