#pragma once

#include <QByteArray>

namespace mla::fuzz {

/// Feeds one input to every parser that reads data from outside the app: request interchange
/// JSON, requirement templates, request forms, state packs and the treaty-status table. Each must
/// return a result (value or error) and never crash, hang or read out of bounds.
void parseEverything(const QByteArray &input);

} // namespace mla::fuzz
