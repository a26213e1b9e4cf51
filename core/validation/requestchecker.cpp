#include "validation/requestchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace mla::core {

Result<RequestChecker> RequestChecker::builtIn()
{
    RequestChecker checker;
    auto templates = TemplateLibrary::builtIn();
    if (!templates) {
        return templates.error();
    }
    checker.m_templates = std::move(templates).value();
    auto packs = StatePackLibrary::builtIn();
    if (!packs) {
        return packs.error();
    }
    checker.m_packs = std::move(packs).value();
    auto treaties = TreatyStatusTable::builtIn();
    if (!treaties) {
        return treaties.error();
    }
    checker.m_treaties = std::move(treaties).value();
    return checker;
}

RequestChecker RequestChecker::create(TemplateLibrary templates, StatePackLibrary packs,
                                     std::optional<TreatyStatusTable> treaties)
{
    RequestChecker checker;
    checker.m_templates = std::move(templates);
    checker.m_packs = std::move(packs);
    checker.m_treaties = std::move(treaties);
    return checker;
}

Result<RequestChecker> RequestChecker::fromFolder(const QString &root)
{
    const QDir dir(root);
    RequestChecker checker;
    auto templates = TemplateLibrary::fromFolder(dir.filePath(QStringLiteral("requirements")));
    if (!templates) {
        return templates.error();
    }
    checker.m_templates = std::move(templates).value();
    if (dir.exists(QStringLiteral("states"))) {
        auto packs = StatePackLibrary::fromFolder(dir.filePath(QStringLiteral("states")));
        if (!packs) {
            return packs.error();
        }
        checker.m_packs = std::move(packs).value();
    }
    if (QFile file(dir.filePath(QStringLiteral("treaty-status.json"))); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, QCoreApplication::translate("RequestChecker", "Cannot read %1: %2")
                                                .arg(file.fileName(), file.errorString()));
        }
        auto treaties = TreatyStatusTable::fromJson(file.readAll(), file.fileName());
        if (!treaties) {
            return treaties.error();
        }
        checker.m_treaties = std::move(treaties).value();
    }
    return checker;
}

std::optional<StatePack> RequestChecker::packFor(const QString &isoCode) const
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.isEmpty()) {
        return std::nullopt;
    }
    if (const StatePack *own = m_packs.ownPack(code)) {
        return *own;
    }
    std::optional<StatePack> pack = m_packs.forState(code);
    if (!pack || !m_treaties) {
        return pack;
    }
    if (const TreatyStateRow *row = m_treaties->row(code)) {
        pack->setIdentity(code, row->name);
    }
    // What the state notified to the UN depositary fills the default pack's unknowns.
    for (const TreatyNotification &n : m_treaties->notifications(code)) {
        if (!n.centralAuthority.isEmpty() && !pack->has(QStringLiteral("mlaCentralAuthority"))) {
            PackFact fact;
            fact.value = QJsonObject{{QStringLiteral("name"), n.centralAuthority}};
            fact.verified = !n.sourceUrl.isEmpty();
            fact.sourceUrl = n.sourceUrl;
            fact.note = QStringLiteral("Notified under %1").arg(n.instrument);
            pack->setFact(QStringLiteral("mlaCentralAuthority"), fact);
        }
        if (!n.languages.isEmpty() && !pack->has(QStringLiteral("languages"))) {
            PackFact fact;
            fact.value = QJsonArray::fromStringList(n.languages);
            fact.verified = !n.sourceUrl.isEmpty();
            fact.sourceUrl = n.sourceUrl;
            fact.note = QStringLiteral("Notified under %1").arg(n.instrument);
            pack->setFact(QStringLiteral("languages"), fact);
        }
    }
    return pack;
}

ValidationReport RequestChecker::check(const Request &request, QDate today) const
{
    const std::optional<StatePack> pack = packFor(request.value(QStringLiteral("addressee.state")));
    ValidationContext context;
    context.today = today;
    context.requestedState = pack ? &*pack : nullptr;
    return Validator(context).validate(request, m_templates.forType(request.typeId));
}

} // namespace mla::core
