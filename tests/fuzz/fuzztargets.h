#pragma once

#include "signing/certificates.h"

#include <QByteArray>

namespace mla::fuzz {

/// Feeds one input to every parser that reads data from outside the app: request interchange
/// JSON, requirement templates, request forms, state packs and the treaty-status table. Each must
/// return a result (value or error) and never crash, hang or read out of bounds.
void parseEverything(const QByteArray &input);

/// Feeds one input, taken as a PDF that may be signed, to the verifier and to the signer (with
/// @p identity, when it is not null): both must report a result, never crash or read out of
/// bounds, and the signer must refuse what the verifier finds broken.
void verifyAndSign(const QByteArray &input, const mla::core::SigningIdentity &identity);

} // namespace mla::fuzz
