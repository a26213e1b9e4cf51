#include "testfiles.h"

#include "demo/democase.h"
#include "export/lettercomposer.h"
#include "model/requestform.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QFile>

namespace mla::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

core::ComposedDocument demoLetter()
{
    const auto form = core::RequestForm::builtIn(QStringLiteral("mla.general"));
    EXPECT_TRUE(form.ok());
    const auto doc = core::composeLetter(core::DemoCase::generalMlaRequest(QDate(2024, 3, 5)),
                                         form.ok() ? *form : core::RequestForm());
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message.toStdString());
    return doc.ok() ? *doc : core::ComposedDocument();
}

} // namespace mla::test
