#include "demo/democase.h"

#include "interchange/requestjson.h"
#include "model/requestform.h"
#include "storage/casestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace mla::core {

namespace {

const QString kDemoFolder = QStringLiteral(":/templates/demo");

QString resolveDate(const QString &value, QDate today)
{
    static const QRegularExpression kRelative(QStringLiteral("^\\$today(?:\\+(\\d{1,4}))?$"));
    const QRegularExpressionMatch m = kRelative.match(value);
    if (!m.hasMatch()) {
        return value;
    }
    return today.addDays(m.captured(1).toLongLong()).toString(Qt::ISODate);
}

void resolveDates(QMap<QString, QString> &values, QDate today)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        it.value() = resolveDate(it.value(), today);
    }
}

} // namespace

QStringList DemoCase::typeIds()
{
    QStringList ids;
    const QStringList files = QDir(kDemoFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        ids << name.chopped(5);
    }
    // Same order as the request types are offered in (the general MLA request first).
    const QStringList order = RequestForm::builtInTypeIds();
    std::stable_sort(ids.begin(), ids.end(),
                     [&order](const QString &x, const QString &y) { return order.indexOf(x) < order.indexOf(y); });
    return ids;
}

Result<Request> DemoCase::request(const QString &typeId, QDate today)
{
    auto request = RequestJson::readFile(QStringLiteral("%1/%2.json").arg(kDemoFolder, typeId));
    if (!request) {
        return request.error();
    }
    resolveDates(request->values, today);
    for (QList<CollectionItem> &items : request->collections) {
        for (CollectionItem &item : items) {
            resolveDates(item.values, today);
        }
    }
    return request;
}

Request DemoCase::generalMlaRequest(QDate today)
{
    auto r = request(QStringLiteral("mla.general"), today);
    if (!r) {
        qFatal("The built-in demo request is broken: %s", qPrintable(r.error().message));
    }
    return std::move(r).value();
}

Result<qint64> DemoCase::addTo(CaseStore &store, QDate today)
{
    QList<Request> requests;
    for (const QString &typeId : typeIds()) {
        auto r = request(typeId, today);
        if (!r) {
            return r.error();
        }
        requests.append(std::move(r).value());
    }
    auto caseId = store.createCase(QStringLiteral("DEMO-2026/0142"),
                                   QCoreApplication::translate("DemoCase", "Riverton port contracts (demo case)"));
    if (!caseId) {
        return caseId.error();
    }
    qint64 generalId = 0;
    for (const Request &r : std::as_const(requests)) {
        auto id = store.insertRequest(*caseId, r);
        if (!id) {
            return id.error();
        }
        if (r.typeId == QLatin1String("mla.general")) {
            generalId = *id;
        }
    }
    return generalId;
}

} // namespace mla::core
