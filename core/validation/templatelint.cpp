#include "validation/templatelint.h"

#include "legal/legalbasisadvisor.h"
#include "legal/statepack.h"
#include "legal/treatystatus.h"
#include "model/requestform.h"
#include "validation/requirementtemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace mla::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateLint", text);
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}
} // namespace

Result<LintSummary> lintTemplatesFolder(const QString &root)
{
    const QDir dir(root);
    if (!dir.exists()) {
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(root));
    }
    LintSummary summary;

    QHash<QString, RequestForm> forms;
    if (dir.exists(QStringLiteral("forms"))) {
        const QDir formsDir(dir.filePath(QStringLiteral("forms")));
        const QStringList files = formsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            auto form = RequestForm::fromFile(formsDir.filePath(name));
            if (!form) {
                return form.error();
            }
            if (form->typeId() + QStringLiteral(".json") != name) {
                return makeError(ErrorCode::MalformedTemplate,
                                 tr("%1: the type '%2' must match the file name").arg(formsDir.filePath(name), form->typeId()));
            }
            forms.insert(form->typeId(), std::move(form).value());
        }
        summary.forms = static_cast<int>(forms.size());
    }

    if (!dir.exists(QStringLiteral("requirements"))) {
        return makeError(ErrorCode::NotFound, tr("%1 has no requirements/ folder.").arg(root));
    }
    auto library = TemplateLibrary::fromFolder(dir.filePath(QStringLiteral("requirements")));
    if (!library) {
        return library.error();
    }
    TemplateLibrary::FormLookup lookup;
    if (!forms.isEmpty()) {
        lookup = [&forms](const QString &typeId) -> Result<RequestForm> {
            const auto it = forms.constFind(typeId);
            if (it == forms.constEnd()) {
                return makeError(ErrorCode::NotFound, tr("no form for '%1'").arg(typeId));
            }
            return *it;
        };
    }
    if (auto consistent = library->checkAgainstForms(lookup); !consistent) {
        return consistent.error();
    }
    summary.templates = static_cast<int>(library->templates().size());
    for (const RequirementTemplate &t : library->templates()) {
        summary.rules += static_cast<int>(t.rules().size());
    }

    if (dir.exists(QStringLiteral("states"))) {
        auto packs = StatePackLibrary::fromFolder(dir.filePath(QStringLiteral("states")));
        if (!packs) {
            return packs.error();
        }
        summary.statePacks = static_cast<int>(packs->states().size());
    }

    std::optional<TreatyStatusTable> table;
    if (dir.exists(QStringLiteral("treaty-status.json"))) {
        const QString path = dir.filePath(QStringLiteral("treaty-status.json"));
        auto bytes = readAll(path);
        if (!bytes) {
            return bytes.error();
        }
        auto loaded = TreatyStatusTable::fromJson(*bytes, path);
        if (!loaded) {
            return loaded.error();
        }
        summary.treatyStates = static_cast<int>(loaded->rows().size());
        table = std::move(loaded).value();
    }
    const QString cataloguePath = dir.filePath(QStringLiteral("legal-basis/instruments.json"));
    if (QFile::exists(cataloguePath)) {
        if (!table) {
            return makeError(ErrorCode::MalformedTemplate,
                             tr("%1 needs treaty-status.json beside legal-basis/").arg(cataloguePath));
        }
        auto bytes = readAll(cataloguePath);
        if (!bytes) {
            return bytes.error();
        }
        auto advisor = LegalBasisAdvisor::create(*table, *bytes, cataloguePath);
        if (!advisor) {
            return advisor.error();
        }
        summary.instruments = static_cast<int>(table->instruments().size());
    }
    return summary;
}

} // namespace mla::core
