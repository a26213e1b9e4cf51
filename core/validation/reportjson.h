#pragma once

#include "validation/validator.h"

#include <QJsonObject>

namespace mla::core {

/// The findings of a validation as JSON (used by `validate --json` and the golden files), and as
/// the plain text the command line prints.
QJsonObject reportToJson(const ValidationReport &report);
QString reportToText(const ValidationReport &report);
QString severityName(Severity severity);

} // namespace mla::core
