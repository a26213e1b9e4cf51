#pragma once

#include "legal/statepack.h"

#include <QString>

namespace mla::ui {

/// How the Requested state tab words a state pack's facts in the interface language. Packs store
/// codes ("coerciveOnly", "deathPenalty", true); the user reads "For coercive measures only",
/// "No death penalty", "Yes". A code without wording is shown as it is, so a new code added to
/// the packs is visible rather than hidden.
namespace factwording {

/// The name of fact @p key ("dualCriminality" -> "Dual criminality").
QString label(const QString &key);
/// The value of @p fact of @p key as a reader would say it; lists joined by "; ".
QString value(const QString &key, const core::PackFact &fact);
/// A pack's confidence ("medium-high" -> "medium to high").
QString confidence(const QString &code);

} // namespace factwording

} // namespace mla::ui
