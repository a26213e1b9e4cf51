#pragma once

#include "util/result.h"

#include <QString>

namespace mla::core {

/// The fonts exported documents are set in. They are compiled into core (resource :/fonts) rather
/// than taken from the system, so a letter comes out with the same glyphs, metrics and page breaks
/// on every machine, and every font the PDF embeds may legally be embedded (SIL OFL 1.1).
class FontRegistry
{
public:
    /// Registers the bundled fonts with Qt on the first call and returns their family name.
    /// Safe to call from any thread and as often as needed. Fails when no QGuiApplication exists
    /// yet (Qt cannot register fonts without one) or a font resource is missing or unreadable;
    /// a failed attempt is retried on the next call.
    static Result<QString> documentFontFamily();
};

} // namespace mla::core
