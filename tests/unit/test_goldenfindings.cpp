// The findings of every demo request, and of the seeded-deficiency fixtures in tests/data/requests,
// are compared with golden files in tests/golden/findings. After an intended change to rules or
// demo data, regenerate them with MLA_UPDATE_GOLDEN=1 and review the diff like code.
#include "demo/democase.h"
#include "interchange/requestjson.h"
#include "testpaths.h"
#include "validation/reportjson.h"
#include "validation/requestchecker.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace mla::core;

namespace {

const QDate kToday(2026, 11, 28);

const RequestChecker &checker()
{
    static const RequestChecker c = RequestChecker::builtIn().value();
    return c;
}

void compareWithGolden(const QString &name, const Request &request)
{
    const QByteArray actual =
        QJsonDocument(reportToJson(checker().check(request, kToday))).toJson(QJsonDocument::Indented);
    const QString path = mla::test::goldenPath(QStringLiteral("findings/%1.json").arg(name));
    if (qEnvironmentVariableIsSet("MLA_UPDATE_GOLDEN")) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QFile expected(path);
    ASSERT_TRUE(expected.open(QIODevice::ReadOnly))
        << "missing golden file " << path.toStdString() << " (run the test with MLA_UPDATE_GOLDEN=1)";
    EXPECT_EQ(QString::fromUtf8(actual).toStdString(), QString::fromUtf8(expected.readAll()).toStdString())
        << "findings of " << name.toStdString() << " changed";
}

} // namespace

TEST(GoldenFindings, DemoRequests)
{
    const QStringList types = DemoCase::typeIds();
    ASSERT_FALSE(types.isEmpty());
    for (const QString &type : types) {
        SCOPED_TRACE(type.toStdString());
        compareWithGolden(QStringLiteral("demo.") + type, DemoCase::request(type, kToday).value());
    }
}

TEST(GoldenFindings, SeededDeficiencies)
{
    const QDir dir(mla::test::dataPath(QStringLiteral("requests")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        auto request = RequestJson::readFile(dir.filePath(file));
        ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
        compareWithGolden(QStringLiteral("seeded.") + file.chopped(5), *request);
    }
}
