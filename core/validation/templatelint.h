#pragma once

#include "util/result.h"

#include <QString>

namespace mla::core {

struct LintSummary
{
    int forms = 0;
    int templates = 0;
    int rules = 0;
    int statePacks = 0;
    int treatyStates = 0;
    int instruments = 0;
};

/// Checks a templates folder laid out as the source tree's templates/: forms/ (with steps/),
/// requirements/, states/, treaty-status.json and legal-basis/instruments.json, each where present,
/// and that every rule names fields of its request types. The first problem is returned with its
/// file and JSON position.
Result<LintSummary> lintTemplatesFolder(const QString &root);

} // namespace mla::core
