#pragma once

#include "legal/statepack.h"
#include "model/request.h"
#include "validation/requirementtemplate.h"

#include <QDate>
#include <QList>

namespace mla::core {

/// One unmet requirement of a request.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Blocking;
    FieldRef field;
    int itemNumber = 0; ///< 1-based position of the entry for collection rules, else 0
    QString message;
    QString action;
    QString citation;
    QString source; ///< address of the legal source, when the template names one
    bool verified = false;
    QString templateId;
    /// For rules that read the requested state's pack: which facts, with their source and status,
    /// e.g. "France: languages = fr (to be verified)". Empty otherwise.
    QString stateBasis;
};

/// What a request is checked against besides its own content.
struct ValidationContext
{
    /// The requested state's pack; rules that read pack facts are skipped without one.
    const StatePack *requestedState = nullptr;
    /// Anchors date checks (a deadline must not be in the past); tests pass a fixed day.
    QDate today = QDate::currentDate();
};

struct ValidationReport
{
    QList<Finding> findings;
    int checksApplicable = 0;
    int checksSatisfied = 0;

    /// Share of applicable checks that are satisfied, 0..100 (100 when nothing applies).
    int completenessPercent() const;
    int blockingCount() const;
    int warningCount() const;
    bool hasBlocking() const { return blockingCount() > 0; }
};

/// Evaluates a request against requirement templates. Pure and re-entrant: safe to call on every
/// keystroke and from any thread.
class Validator
{
public:
    Validator() = default;
    explicit Validator(QDate today) { m_context.today = today; }
    explicit Validator(ValidationContext context) : m_context(context) {}

    /// Later templates override earlier rules with the same id (a state layer refines a convention).
    ValidationReport validate(const Request &request, const QList<RequirementTemplate> &templates) const;

private:
    ValidationContext m_context;
};

} // namespace mla::core
