#pragma once

#include "legal/statepack.h"
#include "legal/treatystatus.h"
#include "validation/requirementtemplate.h"
#include "validation/validator.h"

#include <optional>

namespace mla::core {

/// Everything a request is validated against, loaded once: the requirement templates (instrument,
/// quality and state layers), the state packs and the treaty-status table. The UI, the CLI and the
/// tests validate through this one object, so they always agree.
class RequestChecker
{
public:
    static Result<RequestChecker> builtIn();
    /// A templates root laid out as the source tree's templates/ folder: requirements/, states/ and
    /// treaty-status.json (the last two optional).
    static Result<RequestChecker> fromFolder(const QString &root);
    static RequestChecker create(TemplateLibrary templates, StatePackLibrary packs,
                                 std::optional<TreatyStatusTable> treaties = std::nullopt);

    /// Validates against the templates for the request's type and the requested state's pack
    /// (chosen by the request's addressee.state).
    ValidationReport check(const Request &request, QDate today = QDate::currentDate()) const;

    /// The pack for a requested state: its own, or the convention default completed with what
    /// the state notified to the depositary (central authority, languages). nullopt without packs.
    std::optional<StatePack> packFor(const QString &isoCode) const;

    const TemplateLibrary &templates() const { return m_templates; }
    const StatePackLibrary &packs() const { return m_packs; }
    const std::optional<TreatyStatusTable> &treaties() const { return m_treaties; }

private:
    TemplateLibrary m_templates;
    StatePackLibrary m_packs;
    std::optional<TreatyStatusTable> m_treaties;
};

} // namespace mla::core
